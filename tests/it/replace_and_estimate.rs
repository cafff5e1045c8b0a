//! Two marks a record may carry (issue 21): `replaces = true`, a record
//! that supersedes the one for the same unit and date loaded before it,
//! and `estimate = true`, the source's estimate (`ước thực hiện`), shown
//! `≈` and never taken to meet a target. The fixtures are under
//! `tests/replace/`: `newer.toml`, loaded after `base.toml`, replaces Tỉnh
//! Một's quick September figure (94,00 %) by the official one (94,60 %)
//! and gives Tỉnh Hai an estimate for the year's end (95,30 %), above the
//! 2025 target of 95 %.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use crate::common::Run;

use std::process::Command;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use tiendo::app::{Action, App};
use tiendo::export::{self, Format};
use tiendo::model::{self, Due, Era, Status};
use tiendo::text::Lang;

const BASE: &str = "tests/replace/base.toml";
const NEWER: &str = "tests/replace/newer.toml";

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
        .env("NO_COLOR", "1")
        .env_remove("TIENDO_LANG")
        .args(["--today", "2026-02-04"])
        .args(args)
        .run()
        .expect("the tiendo binary runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn files(paths: &[&str]) -> Vec<(String, Vec<u8>)> {
    paths
        .iter()
        .map(|p| (p.to_string(), std::fs::read(p).unwrap()))
        .collect()
}

fn app(lang: Lang) -> App {
    let loaded = common::load(files(&[BASE, NEWER]));
    let mut app = App::new(
        model::derive(loaded.dataset, common::day(2026, 2, 4)),
        lang,
        "replace".into(),
    );
    common::resize(&mut app, 120, 40);
    app
}

fn index(app: &App, id: &str) -> usize {
    app.model
        .localities
        .iter()
        .position(|l| l.id.value == id)
        .unwrap()
}

#[test]
fn check_notes_the_replacement_in_both_languages() {
    let (code, out, err) = run(&["--lang", "en", "check", BASE, NEWER]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        err.lines().collect::<Vec<_>>(),
        vec![
            "tests/replace/newer.toml:5:1: note: `p` on 2025-09-30: this record replaces the one at tests/replace/base.toml:36 (source \"Báo cáo nhanh tháng 9/2025\"), which is no longer used"
        ]
    );
    assert_eq!(
        out,
        "tests/replace/base.toml + tests/replace/newer.toml: no errors, 0 warnings, 1 note; 2 files, 4 localities, 8 records, 1 target, 0 milestones, 0 documents\n"
    );
    let (code, out, err) = run(&["--lang", "vi", "check", BASE, NEWER]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        err.lines().collect::<Vec<_>>(),
        vec![
            "tests/replace/newer.toml:5:1: ghi chú: `p` ngày 2025-09-30: bản ghi này thay cho bản ghi tại tests/replace/base.toml:36 (nguồn \"Báo cáo nhanh tháng 9/2025\"), bản ghi đó không còn được dùng"
        ]
    );
    assert!(
        out.contains(": không có lỗi, 0 cảnh báo, 1 ghi chú; "),
        "{out}"
    );
}

#[test]
fn a_replacement_loaded_first_is_refused() {
    let (code, _, err) = run(&["--lang", "en", "check", NEWER, BASE]);
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(
        err.lines().collect::<Vec<_>>(),
        vec![
            "tests/replace/newer.toml:5:1: `replaces = true`, but the record of `p` for 2025-09-30 it would replace, at tests/replace/base.toml:36, is loaded after it: a record replaces only one loaded before it; give the data in the other order",
            "tests/replace/newer.toml + tests/replace/base.toml: 1 error, 0 warnings",
        ]
    );
}

#[test]
fn the_replaced_figure_is_gone_from_figures_and_exports() {
    let a = app(Lang::En);
    let p = index(&a, "p");
    let history: Vec<(String, f64)> = a
        .model
        .points(p, Era::Current)
        .iter()
        .map(|x| (x.date.to_string(), x.coverage))
        .collect();
    assert_eq!(
        history,
        vec![
            ("2024-12-31".into(), 92.0),
            ("2025-09-30".into(), 94.6),
            ("2025-12-31".into(), 94.9)
        ]
    );
    let mut a = a;
    a.open_view("province:p").unwrap();
    // Its sources: the replacement's, never the replaced one's.
    let txt = export::render(&a, Format::Txt, 200, "t").unwrap();
    assert!(txt.contains("Báo cáo chính thức tháng 9/2025"), "{txt}");
    let md = export::render(&a, Format::Md, 120, "t").unwrap();
    for text in [&txt, &md] {
        assert!(
            !text.contains("94.00%") && !text.contains("Báo cáo nhanh"),
            "{text}"
        );
    }
}

/// With the cache: the dataset stored and read back keeps the replacement
/// and the estimate, and holds only the record that stands.
#[test]
fn the_cache_keeps_the_marks() {
    let loaded = common::load(files(&[BASE, NEWER]));
    let bytes = tiendo::cache::encode(tiendo::cache::DatasetRef::of(&loaded.dataset)).unwrap();
    let back = tiendo::cache::decode(&bytes).unwrap();
    let records = |d: &model::schema::Dataset, id: &str| {
        d.localities
            .iter()
            .find(|l| l.id.value == id)
            .unwrap()
            .records
            .iter()
            .map(|r| {
                (
                    r.date.to_string(),
                    r.coverage(),
                    r.estimate,
                    r.replaced().map(|x| (x.source.to_string(), x.coverage)),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        records(&back, "p"),
        vec![
            ("2024-12-31".to_string(), Some(92.0), false, None),
            (
                "2025-09-30".to_string(),
                Some(94.6),
                false,
                Some(("Báo cáo nhanh tháng 9/2025".to_string(), Some(94.0)))
            ),
            ("2025-12-31".to_string(), Some(94.9), false, None),
        ]
    );
    assert_eq!(
        records(&back, "q").last().cloned(),
        Some(("2025-12-31".to_string(), Some(95.3), true, None))
    );
}

/// The head drawn before the whole: one figure for the date, the new one.
#[test]
fn the_head_drawn_first_shows_only_the_replacement() {
    let sets = vec![files(&[BASE]), files(&[NEWER])];
    let head = tiendo::model::load::head_first(&sets, &Default::default()).unwrap();
    let p = head
        .dataset
        .localities
        .iter()
        .find(|l| l.id.value == "p")
        .unwrap();
    let september: Vec<_> = p
        .records
        .iter()
        .filter(|r| r.date.to_string() == "2025-09-30")
        .map(|r| (r.coverage(), r.source.as_str()))
        .collect();
    assert_eq!(
        september,
        vec![(Some(94.6), "Báo cáo chính thức tháng 9/2025")]
    );
}

#[test]
fn the_sources_panel_lists_the_replacement() {
    let mut a = app(Lang::Vi);
    a.open_view("province:p").unwrap();
    a.update(Action::ShowSources);
    let area = Rect::new(0, 0, 120, 30);
    let mut buf = Buffer::empty(area);
    tiendo::ui::render(&a, area, &mut buf);
    let text = export::snapshot::buffer_text(&buf);
    insta::assert_snapshot!("sources_panel_with_a_replacement", text);
    let lines = tiendo::present::replacements(&a.model, index(&a, "p"), Era::Current, Lang::En);
    assert_eq!(
        lines,
        vec![
            "Tỉnh Một, 2025-09-30: the figure of the source \"Báo cáo chính thức tháng 9/2025\" replaces that of the source \"Báo cáo nhanh tháng 9/2025\" (94.00% → 94.60%)"
        ]
    );
}

#[test]
fn an_estimate_is_never_met_and_says_so() {
    let a = app(Lang::En);
    let q = index(&a, "q");
    let past = a.model.progress(q, Era::Current).unwrap().past.unwrap();
    assert!(matches!(
        past.outcome,
        model::verdict::Outcome::Estimated(f) if f.estimate && f.coverage == 95.3
    ));
    assert_eq!(a.model.due(q, Era::Current), Some(Due::Estimated));
    let verdicts = a.model.verdicts(q, Era::Current);
    assert_eq!(verdicts.len(), 1);
    assert_eq!(verdicts[0].1.status, Status::NeedsNewer);
    let counts = a.model.past_counts(Era::Current).unwrap();
    assert_eq!(
        (counts.met, counts.missed, counts.estimated),
        (0, 1, 1),
        "{counts:?}"
    );
}

#[test]
fn an_estimate_is_marked_in_every_export() {
    let mut a = app(Lang::En);
    a.open_view("provinces").unwrap();
    let md = export::render(&a, Format::Md, 120, "t").unwrap();
    let row = md.lines().find(|l| l.starts_with("| Tỉnh Hai")).unwrap();
    assert!(
        row.starts_with("| Tỉnh Hai | ≈95.30% |")
            && row.contains("| ≈953,000 | 1,000,000 (2025) |")
            && row.contains("| 2025: ≈ estimated |"),
        "{row}"
    );
    assert!(
        md.contains("\\* Rolled up · ~ partly rolled up · ! Stale (over 18 months) · ≈ estimate\n"),
        "{md}"
    );
    let txt = export::render(&a, Format::Txt, 160, "t").unwrap();
    let row = txt.lines().find(|l| l.contains("Tỉnh Hai")).unwrap();
    assert!(row.contains("≈95.30%") && row.contains("≈953,000"), "{row}");

    let csv = export::render(&a, Format::Csv, 120, "t").unwrap();
    let body = csv.strip_prefix('\u{FEFF}').unwrap();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(headers.iter().next_back(), Some("estimate"));
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let by_name = |name: &str| rows.iter().find(|r| &r[1] == name).unwrap().clone();
    let (hai, mot) = (by_name("Tỉnh Hai"), by_name("Tỉnh Một"));
    assert_eq!(
        (&hai[column("Coverage")], &hai[column("estimate")]),
        ("95.30", "x")
    );
    assert_eq!(&mot[column("estimate")], "");

    let json: serde_json::Value =
        serde_json::from_str(&export::render(&a, Format::Json, 120, "t").unwrap()).unwrap();
    let rows = json["localities"].as_array().unwrap();
    let hai = rows.iter().find(|r| r["id"] == "q").unwrap();
    assert_eq!(hai["estimate"], serde_json::Value::Bool(true), "{hai}");
    assert_eq!(hai["coverage"], 95.3);
    let mot = rows.iter().find(|r| r["id"] == "p").unwrap();
    assert!(mot.get("estimate").is_none(), "{mot}");
    let history = |id: &str| {
        let mut a = app(Lang::En);
        a.open_view(&format!("province:{id}")).unwrap();
        let json: serde_json::Value =
            serde_json::from_str(&export::render(&a, Format::Json, 120, "t").unwrap()).unwrap();
        json["history"].as_array().unwrap().clone()
    };
    let last = history("q").last().cloned().unwrap();
    assert_eq!(
        (&last["date"], &last["estimate"]),
        (&serde_json::json!("2025-12-31"), &serde_json::json!(true))
    );
    assert!(history("p").iter().all(|x| x.get("estimate").is_none()));
    a.update(Action::ShowScreen(tiendo::app::Screen::Overview));
    let json: serde_json::Value =
        serde_json::from_str(&export::render(&a, Format::Json, 120, "t").unwrap()).unwrap();
    assert_eq!(json["last_due_counts"]["estimated"], 1, "{json}");
}

#[test]
fn the_province_screen_and_reasons_mark_the_estimate() {
    let mut a = app(Lang::Vi);
    a.open_view("province:q").unwrap();
    let lines: Vec<String> =
        tiendo::present::reason::lines(&a.model, index(&a, "q"), a.era, a.lang)
            .iter()
            .map(|l| l.text().to_string())
            .collect();
    assert!(
        lines.contains(&"số liệu gần hạn 31/12/2025 nhất trong vòng 3 tháng là số ước thực hiện ≈95,30 % ngày 31/12/2025, ước đạt 95 % → ước đạt, chờ số chính thức mới kết luận được là đạt".to_string()),
        "{lines:#?}"
    );
    let area = Rect::new(0, 0, 120, 30);
    let mut buf = Buffer::empty(area);
    tiendo::ui::render(&a, area, &mut buf);
    let text = export::snapshot::buffer_text(&buf);
    assert!(text.contains(" Bao phủ ≈95,30 % "), "{text}");
    assert!(text.contains("≈ ước đạt"), "{text}");
    assert!(text.contains("(≈ số ước thực hiện: 31/12/2025)"), "{text}");
}
