#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Any top unit (issue 20, point 4): a dataset need not hold the nation. A
//! provincial office's own file (`tests/top/province.toml`, made-up test
//! data) passes `check`, heads the Overview with its province under its own
//! name, and counts its communes; a file of two provinces heads it with
//! both. The bundled data keeps the nation at the top and counts provinces.

use crate::common;
use crate::common::Run;

use std::process::Command;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tiendo::app::{Action, App, Screen};
use tiendo::model::{self, Era, Level, LoadProgress, Model, preview};
use tiendo::text::Lang;

const PROVINCE: &str = "tests/top/province.toml";
const TWO: &str = "tests/top/two-provinces.toml";

fn model_of(path: &str) -> Model {
    let text = std::fs::read(path).unwrap();
    model::derive(
        common::load(vec![(path.to_string(), text)]).dataset,
        common::today(),
    )
}

fn model_of_text(text: &str) -> Model {
    model::derive(
        common::load(vec![("d.toml".into(), text.as_bytes().to_vec())]).dataset,
        common::today(),
    )
}

fn app_of(path: &str, lang: Lang) -> App {
    App::new(model_of(path), lang, "own".into())
}

/// Draws through a real ratatui `Terminal` on the test backend, as the
/// dashboard does, and returns the screen as text.
fn draw(app: &mut App, width: u16, height: u16) -> String {
    common::resize(app, width, height);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| tiendo::ui::render(app, f.area(), f.buffer_mut()))
        .unwrap();
    tiendo::export::snapshot::buffer_text(terminal.backend().buffer())
}

fn tiendo(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("TIENDO_LANG")
        .run()
        .expect("the tiendo binary runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn names(m: &Model, units: &[usize]) -> Vec<String> {
    units
        .iter()
        .map(|&i| m.locality(i).unwrap().name.clone())
        .collect()
}

#[test]
fn check_passes_a_province_file_without_a_nation() {
    for path in [PROVINCE, TWO] {
        let (code, out, err) = tiendo(&["check", path, "--today", "2026-11-23"]);
        assert_eq!(code, Some(0), "{path}: {out}{err}");
        assert!(out.contains("không có lỗi, 0 cảnh báo"), "{out}");
    }
}

#[test]
fn the_province_is_the_top_and_its_communes_are_counted() {
    let m = model_of(PROVINCE);
    assert_eq!(names(&m, &m.tops), ["Mẫu Sơn"]);
    assert_eq!(m.nation(), None);
    // The districts were abolished on 1 July 2025: the current map counts
    // communes; the map before it counts the districts of the time.
    assert_eq!(m.counted_level(Era::Current), Level::Commune);
    assert_eq!(m.counted(Era::Current).len(), 5);
    assert_eq!(m.counted_level(Era::Former), Level::District);
    assert_eq!(m.status_counts(Era::Current).iter().sum::<usize>(), 5);
    // Furthest behind first, and only communes.
    assert_eq!(
        names(&m, m.by_gap(Era::Current)),
        [
            "Phường Mẫu Định",
            "Xã Mẫu Êm",
            "Xã Mẫu Châu",
            "Xã Mẫu Bình",
            "Xã Mẫu An"
        ]
    );
}

#[test]
fn the_overview_is_titled_with_the_province_and_counts_its_communes() {
    for (lang, counts, box_title) in [
        (Lang::Vi, "5 xã/phường theo trạng thái", "┌ Mẫu Sơn ─"),
        (Lang::En, "5 communes by status", "┌ Mẫu Sơn ─"),
    ] {
        for (width, height) in [(80, 24), (120, 40)] {
            let mut a = app_of(PROVINCE, lang);
            let screen = draw(&mut a, width, height);
            assert!(screen.contains(box_title), "{screen}");
            assert!(screen.contains(counts), "{screen}");
            for never in ["Cả nước", "Nationwide", "tỉnh/thành theo", "provinces by"] {
                assert!(!screen.contains(never), "{never:?} on screen:\n{screen}");
            }
            let name = format!("top_province_{}_overview_{width}x{height}", lang.code());
            insta::assert_snapshot!(name, screen);
        }
    }
}

#[test]
fn enter_on_a_commune_of_the_overview_lists_opens_it() {
    let mut a = app_of(PROVINCE, Lang::Vi);
    common::resize(&mut a, 120, 40);
    a.update(Action::Down);
    a.update(Action::Open);
    assert_eq!(a.screen, Screen::Province);
    let shown = a.province().and_then(|i| a.model.locality(i)).unwrap();
    assert_eq!(shown.name, "Phường Mẫu Định");
}

#[test]
fn exports_and_the_plain_summary_name_the_province() {
    let base = ["--data", PROVINCE, "export", "--view", "overview"];
    let run = |extra: &[&str]| {
        let args: Vec<&str> = base
            .iter()
            .chain(extra)
            .chain(&["--today", "2026-11-23"])
            .copied()
            .collect();
        let (code, out, err) = tiendo(&args);
        assert_eq!(code, Some(0), "{err}");
        out
    };
    let txt = run(&[]);
    assert!(txt.contains("┌ Mẫu Sơn ─"), "{txt}");
    assert!(txt.contains("5 xã/phường theo trạng thái"), "{txt}");
    assert!(!txt.contains("Cả nước"), "{txt}");
    let md = run(&["--format", "md"]);
    assert!(md.contains("\n## Mẫu Sơn\n"), "{md}");
    assert!(md.contains("| Mẫu Sơn | 92,40 % |"), "{md}");
    assert!(md.contains("\n## 5 xã/phường theo trạng thái\n"), "{md}");
    let en = run(&["--format", "md", "--lang", "en"]);
    assert!(en.contains("\n## 5 communes by status\n"), "{en}");
    let json: serde_json::Value = serde_json::from_str(&run(&["--format", "json"])).unwrap();
    assert!(json["nation"].is_null());
    let tops = json["tops"].as_array().unwrap();
    assert_eq!(tops.len(), 1);
    assert_eq!(tops[0]["id"], "mau-son");
    assert_eq!(tops[0]["name"], "Mẫu Sơn");
    assert!(tops[0]["parent"].is_null());
    assert_eq!(json["status_counts_level"], "commune");
    let counted: u64 = json["status_counts"]
        .as_object()
        .unwrap()
        .values()
        .map(|n| n.as_u64().unwrap())
        .sum();
    assert_eq!(counted, 5);

    // Not a terminal: the plain summary, the province first, then its communes.
    let (code, summary, err) = tiendo(&["--data", PROVINCE, "--today", "2026-11-23"]);
    assert_eq!(code, Some(0), "{err}");
    let lines: Vec<&str> = summary.lines().collect();
    assert!(lines[1].starts_with("Mẫu Sơn: 92,40 % · "), "{summary}");
    assert_eq!(lines[3], "5 xã/phường", "{summary}");
    assert!(lines[4].contains("Thuộc"), "{summary}");
    assert!(!summary.contains("Cả nước"), "{summary}");
}

#[test]
fn two_top_provinces_each_head_the_overview() {
    let m = model_of(TWO);
    assert_eq!(names(&m, &m.tops), ["Đông Mẫu", "Tây Mẫu"]);
    assert_eq!(m.counted_level(Era::Current), Level::Commune);
    let mut a = App::new(m, Lang::Vi, "own".into());
    let screen = draw(&mut a, 80, 24);
    for said in ["┌ Đông Mẫu ─", "┌ Tây Mẫu ─", "3 xã/phường theo trạng thái"]
    {
        assert!(screen.contains(said), "{said:?} not on screen:\n{screen}");
    }
    // The first one's series, the other's beside it under its name.
    assert!(screen.contains("Diễn biến · Đông Mẫu"), "{screen}");
    insta::assert_snapshot!("top_two_provinces_vi_overview_80x24", screen);

    // Too low for both boxes: the first, saying the table lists one more.
    let low = draw(&mut a, 80, 17);
    assert!(low.contains("┌ Đông Mẫu ─"), "{low}");
    assert!(!low.contains("┌ Tây Mẫu ─"), "{low}");
    assert!(low.contains("còn 1 đơn vị cùng cấp: xem bảng"), "{low}");

    let (code, out, err) = tiendo(&[
        "--data",
        TWO,
        "export",
        "--view",
        "overview",
        "--format",
        "json",
        "--today",
        "2026-11-23",
    ]);
    assert_eq!(code, Some(0), "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let tops: Vec<&str> = json["tops"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(tops, ["Đông Mẫu", "Tây Mẫu"]);
    // Every top has its box in a txt snapshot, however many there are.
    let (_, txt, _) = tiendo(&[
        "--data",
        TWO,
        "export",
        "--view",
        "overview",
        "--today",
        "2026-11-23",
    ]);
    assert!(
        txt.contains("┌ Đông Mẫu ─") && txt.contains("┌ Tây Mẫu ─"),
        "{txt}"
    );
}

#[test]
fn provinces_alone_are_counted_themselves_and_a_merged_one_is_no_top() {
    // No level below the provinces: the Overview counts the provinces.
    let m = model_of_text(
        "schema = 1\n[meta]\ntitle = \"t\"\nas_of = 2025-12-31\n\n\
         [[locality]]\nid = \"a\"\nname = \"Tỉnh A\"\nkind = \"province\"\n\n\
         [[locality]]\nid = \"b\"\nname = \"Tỉnh B\"\nkind = \"province\"\n\
         merged_into = \"a\"\nmerged_on = 2025-07-01\n",
    );
    // Tỉnh B lives on in Tỉnh A since the merger: A alone heads.
    assert_eq!(names(&m, &m.tops), ["Tỉnh A"]);
    assert_eq!(m.counted_level(Era::Current), Level::Province);
    assert_eq!(names(&m, m.counted(Era::Former)), ["Tỉnh A", "Tỉnh B"]);
}

#[test]
fn a_district_file_is_headed_by_its_district_and_counts_its_communes() {
    let m = model_of_text(
        "schema = 1\n[meta]\ntitle = \"t\"\nas_of = 2024-12-31\n\n\
         [[locality]]\nid = \"h\"\nname = \"Huyện Thử\"\nkind = \"district\"\n\n\
         [[locality]]\nid = \"x\"\nname = \"Xã Thử\"\nkind = \"commune\"\nparent = \"h\"\n",
    );
    assert_eq!(names(&m, &m.tops), ["Huyện Thử"]);
    assert_eq!(m.counted_level(Era::Current), Level::Commune);
    let mut a = App::new(m, Lang::En, "own".into());
    let screen = draw(&mut a, 80, 24);
    assert!(screen.contains("┌ Huyện Thử ─"), "{screen}");
    assert!(screen.contains("1 commune by status"), "{screen}");
}

#[test]
fn the_bundled_data_keeps_the_nation_at_the_top_counting_provinces() {
    let m = common::bundled_model();
    assert_eq!(m.tops, vec![m.nation().unwrap()]);
    assert_eq!(m.locality(m.tops[0]).unwrap().id.value, "VN");
    assert_eq!(m.counted_level(Era::Current), Level::Province);
    assert_eq!(m.counted(Era::Current), m.provinces(Era::Current));
    assert_eq!(m.counted(Era::Former), m.provinces(Era::Former));
}

#[test]
fn without_a_nation_the_large_data_start_loads_whole() {
    // The head (nation and provinces) is drawn first only under a nation:
    // below a province the Overview counts communes, which are the rest.
    let text = std::fs::read(PROVINCE).unwrap();
    let sets = vec![vec![(PROVINCE.to_string(), text.clone())]];
    let head = model::load::head_first(&sets, &LoadProgress::default());
    assert!(head.is_none());
    let whole = common::load(vec![(PROVINCE.to_string(), text.clone())]).dataset;
    assert!(preview::head_of(&whole).is_none());
    // The same file under a nation with figures on every date has a head:
    // what is missing above is only the nation. (The districts' abolition
    // day is a date of the rest the province has no figure on: it goes.)
    let mut with_nation = String::from_utf8(text)
        .unwrap()
        .replacen(
            "kind = \"province\"\n",
            "kind = \"province\"\nparent = \"VN\"\n",
            1,
        )
        .replace("abolished_on = 2025-07-01\n", "");
    with_nation.push_str("\n[[locality]]\nid = \"VN\"\nname = \"Việt Nam\"\nkind = \"nation\"\n");
    for year in 2023..=2025 {
        with_nation.push_str(&format!(
            "  [[locality.record]]\n  date = {year}-12-31\n  coverage = 90.0\n  source = \"test\"\n"
        ));
    }
    let sets = vec![vec![("n.toml".to_string(), with_nation.into_bytes())]];
    let head = model::load::head_first(&sets, &LoadProgress::default()).unwrap();
    let mut ids: Vec<&str> = head
        .dataset
        .localities
        .iter()
        .map(|l| l.id.value.as_str())
        .collect();
    ids.sort_unstable();
    assert_eq!(ids, ["VN", "mau-son"]);
}
