//! The bundled dataset: it checks clean, every figure names its source, the
//! merger mapping is whole, and seed figures arrive exactly as written.

mod common;

use std::collections::BTreeSet;

use tiendo::model::schema::LocalityKind;
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
    assert!(
        d.directives
            .iter()
            .all(|x| x.source.as_deref().is_some_and(|s| !s.trim().is_empty()))
    );
}

#[test]
fn the_merger_maps_63_former_provinces_onto_34() {
    let m = model::derive(loaded().dataset, common::today());
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
        .find(|r| r.coverage == Some(94.47))
        .unwrap();
    assert_eq!(r.participants, Some(217_536));
    assert_eq!(r.groups.students, Some(98.9));
    assert_eq!(r.source, "001_f753e4b803fa250f.txt");
    // seed 002: Bắc Giang, 30/09/2022: 1.741.540 people, 100,1 % of plan;
    // "trên 99 %" is a bound, so no coverage figure.
    let bac_giang = find("bac-giang");
    let r = bac_giang
        .records
        .iter()
        .find(|r| r.participants == Some(1_741_540))
        .unwrap();
    assert_eq!(r.plan_percent, Some(100.1));
    assert_eq!(r.coverage, None);
    assert!(r.note.as_deref().unwrap_or("").contains("99"));
}

#[test]
fn the_nation_reaches_the_2026_target_and_universal_coverage_has_no_number() {
    let m = model::derive(loaded().dataset, common::today());
    let p = m.progress(m.nation, Era::Current).unwrap();
    let target = m.target(p.numeric_target).unwrap();
    assert_eq!(target.coverage, Some(95.0));
    assert_eq!(m.target_code(target), Some("52-CT/TW"));
    let universal = m
        .own_targets_after(m.nation, target.by)
        .find(|t| t.label.as_deref() == Some("toàn dân"));
    assert!(universal.is_some_and(|t| t.coverage.is_none()));
}

#[test]
fn the_worked_example_in_data_readme_loads() {
    let readme = std::fs::read_to_string("data/README.md").unwrap();
    let example = readme
        .split("```toml\n")
        .nth(1)
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
