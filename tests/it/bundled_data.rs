//! The bundled dataset: it checks clean, every figure names its source, the
//! merger mapping is whole, and seed figures arrive exactly as written.

// Test helpers outside #[test] functions: a failed fixture is meant to stop the test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use common::day;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use tiendo::model::schema::{Locality, LocalityKind, Record};
use tiendo::model::{self, Era};

fn loaded() -> model::Loaded {
    common::load(tiendo::bundled::files())
}

#[test]
fn the_bundled_files_are_every_toml_file_of_data() {
    let on_disk: BTreeSet<String> = std::fs::read_dir("data")
        .unwrap()
        .filter_map(|e| {
            let name = e.ok()?.file_name().to_string_lossy().into_owned();
            name.ends_with(".toml").then(|| format!("data/{name}"))
        })
        .collect();
    let bundled: BTreeSet<String> = tiendo::bundled::FILES
        .iter()
        .map(|(n, _)| n.to_string())
        .collect();
    assert_eq!(bundled, on_disk);
}

#[test]
fn data_checks_without_errors_and_every_figure_has_a_source() {
    let d = loaded().dataset;
    for l in &d.localities {
        for r in &l.records {
            assert!(
                !r.source.trim().is_empty(),
                "a record of {} has no source",
                l.id.value
            );
        }
        for p in &l.population {
            assert!(
                !p.source.trim().is_empty(),
                "a population figure of {} has no source",
                l.id.value
            );
        }
    }
    assert!(d.targets.iter().all(|t| !t.source.trim().is_empty()));
    assert!(d.milestones.iter().all(|m| !m.source.trim().is_empty()));
    // `source` is optional for a directive in the schema; the bundled data
    // still names where each one was read.
    assert!(
        d.directives
            .iter()
            .all(|x| x.source.as_deref().is_some_and(|s| !s.trim().is_empty()))
    );
}

#[test]
fn the_merger_maps_63_former_provinces_onto_34() {
    let m = common::bundled_model();
    assert_eq!(m.provinces(Era::Current).len(), 34);
    assert_eq!(m.provinces(Era::Former).len(), 63);
    let absorbed: usize = m.absorbed.iter().map(Vec::len).sum();
    assert_eq!(absorbed, 29, "63 − 34 provinces were merged into others");
    let survivors = m.absorbed.iter().filter(|a| !a.is_empty()).count();
    assert_eq!(
        survivors, 23,
        "23 new units absorbed others; 11 were unchanged"
    );
    let bac_giang = m.index_of("bac-giang").unwrap();
    assert_eq!(
        m.locality(bac_giang)
            .unwrap()
            .merged_into
            .as_ref()
            .unwrap()
            .value,
        "bac-ninh"
    );
}

#[test]
fn seed_figures_are_copied_exactly() {
    let d = loaded().dataset;
    let find = |id: &str| d.localities.iter().find(|l| l.id.value == id).unwrap();
    // seed 001: Phú Xuyên, end of 2023: 217.536 people, 94,47 %, students 98,9 %.
    let phu_xuyen = find("phu-xuyen");
    assert_eq!(phu_xuyen.kind, LocalityKind::District);
    let r = phu_xuyen
        .records
        .iter()
        .find(|r| r.coverage() == Some(94.47))
        .unwrap();
    assert_eq!(r.participants(), Some(217_536));
    assert_eq!(r.groups().students, Some(98.9));
    assert_eq!(r.source, "001_f753e4b803fa250f.txt");
    // seed 002: Bắc Giang, 30/09/2022: 1.741.540 people, 100,1 % of plan;
    // "trên 99 %" is a bound, so no coverage figure.
    let bac_giang = find("bac-giang");
    let r = bac_giang
        .records
        .iter()
        .find(|r| r.participants() == Some(1_741_540))
        .unwrap();
    assert_eq!(r.plan_percent(), Some(100.1));
    assert_eq!(r.coverage(), None);
    assert!(r.note().unwrap_or("").contains("99"));
}

#[test]
fn the_nation_reaches_the_2026_target_and_universal_coverage_has_no_number() {
    let m = common::bundled_model();
    let p = m.progress(m.nation().unwrap(), Era::Current).unwrap();
    let target = m.target(p.numeric_target).unwrap();
    assert_eq!(target.coverage, Some(95.0));
    assert_eq!(m.target_code(target), Some("52-CT/TW"));
    let universal = m
        .own_targets_after(m.nation().unwrap(), target.by)
        .find(|t| t.label.as_deref() == Some("toàn dân"));
    assert!(universal.is_some_and(|t| t.coverage.is_none()));
}

#[test]
fn the_worked_example_in_data_readme_loads() {
    let readme = std::fs::read_to_string("data/README.md").unwrap();
    let example = readme
        .split("## A worked example")
        .nth(1)
        .and_then(|rest| rest.split("```toml\n").nth(1))
        .and_then(|rest| rest.split("```").next())
        .expect("a toml example");
    // The example is one province's file: the country file gives the rest.
    let country = "schema = 1\n[meta]\ntitle = \"t\"\nas_of = 2025-12-31\n\n[[directive]]\nid = \"QD546\"\ncode = \"546/QĐ-TTg\"\nissued = 2022-04-29\nissuer = \"Thủ tướng Chính phủ\"\ntitle = \"t\"\nsource = \"s\"\n\n[[locality]]\nid = \"VN\"\nname = \"Việt Nam\"\nkind = \"nation\"\n";
    let files = vec![
        ("00.toml".to_string(), country.as_bytes().to_vec()),
        ("bac-ninh.toml".to_string(), example.as_bytes().to_vec()),
    ];
    assert_eq!(common::load(files).dataset.localities.len(), 4);
}

fn record_on(l: &Locality, date: NaiveDate) -> &Record {
    let on: Vec<&Record> = l.records.iter().filter(|r| r.date == date).collect();
    assert_eq!(on.len(), 1, "{} has one record on {date}", l.id.value);
    on[0]
}

#[test]
fn the_fourth_pass_figures_are_copied_exactly() {
    let m = common::bundled_model();
    let find = |id: &str| m.locality(m.index_of(id).unwrap()).unwrap();

    // Thanh Hóa, end of 9/2025: 3.319.601 people, 88,19 %; its latest figure.
    let p = m
        .progress(m.index_of("thanh-hoa").unwrap(), Era::Current)
        .unwrap();
    let latest = p.latest_point().unwrap();
    assert_eq!(latest.date, day(2025, 9, 30));
    assert_eq!(latest.coverage, 88.19);
    assert_eq!(latest.participants(), Some(3_319_601));

    // Hòa Bình 2023: one record, two sources; 840.451 people, 100,2 % of plan.
    let r = record_on(find("hoa-binh"), day(2023, 12, 31));
    assert_eq!(r.coverage(), Some(95.23));
    assert_eq!(r.participants(), Some(840_451));
    assert_eq!(r.plan_percent(), Some(100.2));
    assert!(r.source.contains("10120") && r.source.contains("9204"));

    // Bắc Ninh (old) 2017: 90 %; "1.087,8 nghìn người" is rounded, so no count.
    let r = record_on(find("bac-ninh"), day(2017, 12, 31));
    assert_eq!(r.coverage(), Some(90.0));
    assert_eq!(r.participants(), None);
    assert!(r.note().unwrap().contains("1.087,8 nghìn"));

    // Hưng Yên (old) 2016: 947.566 people, 80,98 %.
    let r = record_on(find("hung-yen"), day(2016, 12, 31));
    assert_eq!(r.coverage(), Some(80.98));
    assert_eq!(r.participants(), Some(947_566));

    // Quảng Ngãi (old), article of 16/06/2019: "trên 91%" is a bound.
    let r = record_on(find("quang-ngai"), day(2019, 6, 16));
    assert_eq!(r.coverage(), None);
    assert_eq!(r.participants(), Some(1_164_915));
    assert_eq!(r.coverage_words(), Some("trên 91 %"));

    // Lạng Sơn, end of 2012: "khoảng 90%" only; "trên 671.000 thẻ" a bound.
    let r = record_on(find("lang-son"), day(2012, 12, 31));
    assert_eq!((r.coverage(), r.participants()), (None, None));
    assert_eq!(r.coverage_words(), Some("khoảng 90 %"));

    // Việt Nam 2025: 95,2 % stays the figure; VSS's 95,16 % is a second source.
    let r = record_on(find("VN"), day(2025, 12, 31));
    assert_eq!(r.coverage(), Some(95.2));
    assert!(r.source.contains("ItemID=12882"));
}

#[test]
fn ho_chi_minh_city_shows_nearly_95_in_words_where_its_figure_would_be() {
    let m = common::bundled_model();
    let hcm = m.index_of("ho-chi-minh").unwrap();
    let r = record_on(m.locality(hcm).unwrap(), day(2025, 12, 31));
    assert_eq!(r.coverage(), None);
    assert_eq!(r.coverage_words(), Some("gần 95 %"));
    let p = m.progress(hcm, Era::Current).unwrap();
    let said = p.said.as_ref().unwrap();
    assert_eq!(
        (said.date, said.words.as_str()),
        (day(2025, 12, 31), "gần 95 %")
    );
    let words_record = m.locality(hcm).unwrap().records.get(said.record).unwrap();
    assert_eq!(words_record.date, day(2025, 12, 31));
}

#[test]
fn words_stand_in_only_for_a_missing_figure_and_fit_a_cell() {
    let d = loaded().dataset;
    let mut n = 0;
    for l in &d.localities {
        for r in &l.records {
            if let Some(w) = r.coverage_words() {
                n += 1;
                assert_eq!(
                    r.coverage(),
                    None,
                    "{} {}: words and a figure",
                    l.id.value,
                    r.date
                );
                // The rate phrase only ("khoảng 92,5 %" is the longest); the
                // longer quote stays in the note.
                assert!(
                    w.chars().count() <= 13,
                    "{} {}: {w:?} too long",
                    l.id.value,
                    r.date
                );
            }
        }
    }
    assert!(
        n >= 10,
        "every bound or approximation in a note-only record has words"
    );
}

#[test]
fn targets_worded_above_their_number_are_strict() {
    let d = loaded().dataset;
    let ct52_2026 = d
        .targets
        .iter()
        .find(|t| {
            t.locality.value == "VN"
                && t.by == day(2026, 12, 31)
                && t.directive.as_ref().is_some_and(|x| x.value == "CT52")
        })
        .unwrap();
    assert!(ct52_2026.strict);
    assert_eq!(ct52_2026.coverage, Some(95.0));
    // "đạt 95% dân số" (Resolution 20, 2025) is met at 95.
    let nq20_2025 = d
        .targets
        .iter()
        .find(|t| {
            t.locality.value == "VN"
                && t.by == day(2025, 12, 31)
                && t.directive.as_ref().is_some_and(|x| x.value == "NQ20")
        })
        .unwrap();
    assert!(!nq20_2025.strict);
    for t in &d.targets {
        let above = t.label.as_deref().is_some_and(|l| l.starts_with("trên"));
        if t.coverage.is_some() {
            assert_eq!(t.strict, above, "{} {}", t.locality.value, t.by);
        }
    }
    assert_eq!(d.targets.iter().filter(|t| t.strict).count(), 9);
}

#[test]
fn ha_noi_reports_against_the_same_period_a_year_before() {
    let m = common::bundled_model();
    let p = m
        .progress(m.index_of("ha-noi").unwrap(), Era::Current)
        .unwrap();
    let y = p.year_on_year.unwrap();
    // 30/06/2025: 95,50 %, against 30/06/2024: 94,33 %.
    assert_eq!(y.before, NaiveDate::from_ymd_opt(2024, 6, 30).unwrap());
    assert!((y.change - 1.17).abs() < 1e-9, "{}", y.change);
    let mut a = common::bundled_app(tiendo::text::Lang::Vi);
    a.open_view("provinces").unwrap();
    let md = tiendo::export::render(&a, tiendo::export::Format::Md, 100, "t").unwrap();
    let row = md.lines().find(|l| l.starts_with("| Hà Nội |")).unwrap();
    assert!(row.contains("| +1,17 |"), "{row}");
    // The Province screen says it, with the date it is measured from.
    a.open_view("province:ha-noi").unwrap();
    let txt = tiendo::export::render(&a, tiendo::export::Format::Txt, 100, "t").unwrap();
    assert!(
        txt.contains("Cùng kỳ: +1,17 (so với 30/06/2024) · từ 52-CT/TW: chưa có số liệu"),
        "{txt}"
    );
}
