#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Every part of the Provinces table on screen is in its md and json
//! exports, made by the same functions of `present::provinces` and
//! `present::chrome`: the title with its count, the order and filter of
//! the status line, each row, the notes on the marks, and why a table is
//! empty.

use crate::common;

use serde_json::Value;
use tiendo::app::{Action, App};
use tiendo::export::{self, Format};
use tiendo::model::Era;
use tiendo::present::{Column, Row, chrome, provinces};
use tiendo::text::Lang;

fn table_app(lang: Lang) -> App {
    let mut a = common::bundled_app(lang);
    common::resize(&mut a, 120, 40);
    a.open_view("provinces").unwrap();
    a
}

fn order(a: &App) -> chrome::Order {
    chrome::Order {
        sort: a.sort,
        descending: a.descending,
        filter: a.filter,
    }
}

/// The title, the status line's view, the rows and the notes of `a` are
/// on its 120×40 screen and in its md.
fn parts_on_screen_and_in_md(a: &App) {
    let (lang, m) = (a.lang, &a.model);
    let screen = common::screen_text(a, 120, 40);
    let md = export::render(a, Format::Md, 120, "t").unwrap();
    let title = provinces::title(lang, m, a.era, a.level, a.rows.len());
    assert!(
        screen.contains(&format!(" {title} ")),
        "screen lacks {title:?}"
    );
    assert!(md.contains(&format!("## {title}\n")), "md lacks {title:?}");
    let view = chrome::view_line(lang, m, a.screen, a.era, Some(order(a)), false);
    assert!(screen.contains(&view), "screen lacks {view:?}");
    assert!(md.contains(&format!("\n{view}\n")), "md lacks {view:?}");
    // The notes the screen's foot has room for, each in md's foot too.
    let shown = a.rows.get(..30).unwrap_or(&a.rows);
    let foot = provinces::foot(lang, m, a.era, shown);
    let md_foot = md.lines().last().unwrap().replace("\\*", "*");
    for note in &foot {
        assert!(md_foot.contains(note.as_str()), "md lacks {note:?}");
    }
    assert!(
        foot.iter().filter(|n| screen.contains(n.as_str())).count() >= 3,
        "screen's foot: {foot:?}"
    );
    // Every row, each figure as its cell reads.
    let names = tiendo::text::level_name(lang, a.level);
    for c in Column::with_parent(Column::table(), a.level) {
        assert!(
            md.contains(&format!(" {} |", c.header(lang, names))),
            "md lacks the heading of {c:?}"
        );
    }
    for &i in &a.rows {
        let p = m.progress(i, a.era).unwrap();
        let row = Row::new(m, i, p);
        let name = &m.locality(i).unwrap().name;
        let cells = [Column::COVERAGE, Column::GAP]
            .map(|c| c.value(&row, lang).show(lang))
            .join(" | ");
        let gap = Column::GAP.value(&row, lang).show(lang);
        assert!(
            md.contains(&format!("| {name} | {cells}"))
                || md.contains(&format!("| {name} |")) && md.contains(&gap),
            "md lacks the row of {name}"
        );
    }
    let first = a.rows.first().unwrap();
    let name = &m.locality(*first).unwrap().name;
    assert!(screen.contains(name.as_str()), "screen lacks {name}");
}

#[test]
fn the_tables_parts_are_on_screen_and_in_the_markdown() {
    for lang in [Lang::Vi, Lang::En] {
        let mut a = table_app(lang);
        parts_on_screen_and_in_md(&a);
        a.update(Action::CycleSort);
        a.update(Action::CycleFilter);
        // The notice of the change takes the status line until a key.
        a.notice = None;
        assert!(!a.rows.is_empty());
        parts_on_screen_and_in_md(&a);
    }
}

#[test]
fn the_former_map_says_its_provinces_are_judged_on_their_last_day() {
    for lang in [Lang::Vi, Lang::En] {
        let mut a = table_app(lang);
        a.update(Action::ToggleEra);
        assert_eq!(a.era, Era::Former);
        a.notice = None;
        let day = provinces::ceased_on(&a.model, a.era, &a.rows).expect("a ceased province");
        let note = provinces::Marks::ceased(lang, day);
        assert_eq!(provinces::foot(lang, &a.model, a.era, &a.rows)[0], note);
        let screen = common::screen_text(&a, 120, 40);
        assert!(screen.contains(&note), "screen lacks {note:?}");
        let md = export::render(&a, Format::Md, 120, "t").unwrap();
        assert!(md.contains(&note), "md lacks {note:?}");
        parts_on_screen_and_in_md(&a);
    }
}

#[test]
fn an_empty_table_says_why_on_screen_and_in_the_markdown() {
    for lang in [Lang::Vi, Lang::En] {
        let mut a = table_app(lang);
        // A filter no province meets.
        for _ in 0..30 {
            if a.rows.is_empty() {
                break;
            }
            a.update(Action::CycleFilter);
        }
        assert!(a.rows.is_empty(), "some filter lists no province");
        // The screen names the key to the next filter; a file, where no
        // key acts, does not.
        let emptied = |in_file| provinces::Emptied {
            filter: a.filter,
            search: None,
            in_file,
        };
        let why = provinces::empty(lang, &a.model, a.era, a.level, emptied(false));
        let screen = common::screen_text(&a, 120, 40);
        assert!(screen.contains(&why), "screen lacks {why:?}");
        let why = provinces::empty(lang, &a.model, a.era, a.level, emptied(true));
        let md = export::render(&a, Format::Md, 120, "t").unwrap();
        assert!(md.contains(&format!("\n{why}\n")), "md lacks {why:?}");
        let title = provinces::title(lang, &a.model, a.era, a.level, 0);
        assert!(md.contains(&format!("## {title}\n")), "md lacks {title:?}");
    }
}

#[test]
fn the_json_lists_the_rows_in_the_tables_order_and_level() {
    let mut a = table_app(Lang::Vi);
    a.update(Action::CycleSort);
    let doc: Value =
        serde_json::from_str(&export::render(&a, Format::Json, 120, "t").unwrap()).unwrap();
    let ids: Vec<&str> = doc["localities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap())
        .collect();
    let want: Vec<&str> = a.rows.iter().map(|&i| common::id_of(&a, i)).collect();
    assert_eq!(ids, want);
    assert_eq!(doc["localities_level"], "province");
    assert_eq!(doc["descending"], a.descending);
    assert_eq!(
        doc["sort"].as_str().unwrap(),
        format!("{:?}", a.sort).to_lowercase()
    );
    // The marks the foot explains are flags of each row.
    for (x, &i) in doc["localities"].as_array().unwrap().iter().zip(&a.rows) {
        let p = a.model.progress(i, a.era).unwrap();
        assert_eq!(x["stale"], p.stale, "{}", x["id"]);
        assert_eq!(x["ceased"], p.ceased, "{}", x["id"]);
    }
    let overview = table_app(Lang::Vi);
    let mut o = overview;
    o.open_view("overview").unwrap();
    let doc: Value =
        serde_json::from_str(&export::render(&o, Format::Json, 120, "t").unwrap()).unwrap();
    assert!(doc.get("localities_level").is_none(), "only the table's");
}
