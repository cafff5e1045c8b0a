//! The marks a figure carries (`*` rolled up, `~` partial, `!` stale) on
//! screen and in every export, pinned by golden files: changing a mark, or
//! losing it in one place, fails here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use tiendo::app::{Action, App, Screen};
use tiendo::export::{self, Format};
use tiendo::model;
use tiendo::text::Lang;

fn app(lang: Lang) -> App {
    let text = std::fs::read("tests/marks/marks.toml").unwrap();
    let loaded = common::load(vec![("marks.toml".into(), text)]);
    let mut app = App::new(
        model::derive(loaded.dataset, common::today()),
        lang,
        "marks".into(),
    );
    app.update(Action::ShowScreen(Screen::Provinces));
    app
}

fn screen(app: &App) -> String {
    let area = Rect::new(0, 0, 120, 15);
    let mut buf = Buffer::empty(area);
    tiendo::ui::render(app, area, &mut buf);
    export::snapshot::buffer_text(&buf)
}

fn outputs() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for lang in [Lang::Vi, Lang::En] {
        let a = app(lang);
        out.push((format!("{}.screen.txt", lang.code()), screen(&a)));
        for format in [Format::Txt, Format::Md, Format::Csv, Format::Json] {
            let text = export::render(&a, format, 120, "23/11/2026").unwrap();
            out.push((format!("{}.{}", lang.code(), format.extension()), text));
        }
    }
    out
}

#[test]
fn every_mark_is_the_same_on_screen_and_in_each_export() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for (name, text) in outputs() {
        let path = format!("tests/golden/marks/{name}");
        if update {
            std::fs::create_dir_all("tests/golden/marks").unwrap();
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            failures.push(path);
        }
    }
    assert!(
        failures.is_empty(),
        "differ from golden files (UPDATE_GOLDEN=1 to accept): {failures:?}"
    );
}

/// The rows, read back: each province's coverage and date cell as every
/// human-readable output writes it.
#[test]
fn the_marks_sit_on_the_right_figures() {
    let a = app(Lang::Vi);
    let md = export::render(&a, Format::Md, 120, "t").unwrap();
    let txt = export::render(&a, Format::Txt, 120, "t").unwrap();
    let shown = screen(&a);
    for text in [&md, &txt, &shown] {
        let line = |name: &str| {
            text.lines()
                .find(|l| l.contains(name))
                .unwrap_or_else(|| panic!("no row {name} in\n{text}"))
                .to_string()
        };
        assert!(line("Rolled").contains("96,00 %*"), "{text}");
        assert!(line("Part").contains("96,00 %~"), "{text}");
        assert!(line("Old").contains("31/12/2023 !"), "{text}");
        assert!(line("Own").contains("93,50 % "), "{text}");
        assert!(!line("Own").contains('!'), "{text}");
    }
    let csv = export::render(&a, Format::Csv, 120, "t").unwrap();
    let row = |name: &str| {
        csv.lines()
            .find(|l| l.contains(&format!(",{name}")))
            .unwrap()
            .rsplit(',')
            .take(4)
            .collect::<Vec<_>>()
    };
    // The last four columns, read from the end: estimate, stale, partial,
    // rolled up.
    assert_eq!(row("Rolled"), ["", "", "", "x"]);
    assert_eq!(row("Part"), ["", "", "x", "x"]);
    assert_eq!(row("Old"), ["", "x", "", ""]);
    assert_eq!(row("Own"), ["", "", "", ""]);
    // The target's strictness and year beside it, the year and outcome of
    // the last target due beside its points.
    let header = csv.lines().next().unwrap();
    assert!(
        header.contains(",Mục tiêu,Mục tiêu phải vượt (>),Năm của mục tiêu,"),
        "{header}"
    );
    assert!(
        header.contains(
            ",Mục tiêu đã đến hạn: chênh lệch (điểm),Năm của mục tiêu đã đến hạn,Mục tiêu đã đến hạn: kết quả,"
        ),
        "{header}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&export::render(&a, Format::Json, 120, "t").unwrap()).unwrap();
    let by_id = |id: &str| {
        json["localities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(by_id("rolled")["derived"], true);
    assert_eq!(by_id("rolled")["partial"], false);
    assert_eq!(by_id("part")["partial"], true);
    assert_eq!(by_id("old")["stale"], true);
    assert_eq!(by_id("own")["gap"], -1.5);
}
