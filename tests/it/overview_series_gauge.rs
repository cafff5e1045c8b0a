#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The Overview's gauge and series, on screen and in md, made by the same
//! functions of `present::overview`.

use crate::common;

use tiendo::app::App;
use tiendo::export::{self, Format};
use tiendo::model::Era;
use tiendo::present::overview;
use tiendo::text::Lang;

fn overview_app(lang: Lang) -> App {
    let mut a = common::bundled_app(lang);
    common::resize(&mut a, 120, 40);
    a.open_view("overview").unwrap();
    a
}

#[test]
fn the_gauge_and_its_key_are_on_screen_and_in_the_markdown() {
    for lang in [Lang::Vi, Lang::En] {
        let a = overview_app(lang);
        let screen = common::screen_text(&a, 120, 40);
        let md = export::render(&a, Format::Md, 120, "t").unwrap();
        let m = &a.model;
        let top = m.top().unwrap();
        let p = m.progress(top, Era::Current).unwrap();
        let key = overview::gauge_key(lang, m, top, p);
        assert!(screen.contains(&key), "screen lacks {key:?}");
        let words = overview::gauge_words(lang, m, top, p);
        assert!(
            md.contains(&format!("\n## {words}\n")),
            "md lacks {words:?}"
        );
        let marks = overview::gauge_marks(lang, m, top, p);
        // The bundled nation: above 95 % by 2026, everyone insured by 2030.
        let keys: Vec<&str> = marks.iter().map(|x| x.key.as_str()).collect();
        assert_eq!(keys, ["│95", "┊2030"]);
        assert_eq!(key, " │95 ┊2030");
        for x in &marks {
            let row = format!("| {} | {} | {} |", x.key, x.target, x.year);
            assert!(md.contains(&row), "md lacks {row:?}");
        }
        assert_eq!(marks[0].year, "2026");
        assert!(
            marks[0].target.ends_with("(52-CT/TW)"),
            "{}",
            marks[0].target
        );
    }
}

#[test]
fn the_series_is_on_screen_and_its_points_in_the_markdown() {
    for lang in [Lang::Vi, Lang::En] {
        let a = overview_app(lang);
        let screen = common::screen_text(&a, 120, 40);
        let md = export::render(&a, Format::Md, 120, "t").unwrap();
        let m = &a.model;
        assert!(m.progress(m.top().unwrap(), Era::Current).is_some());
        // One top unit: no name in the title, the years the axis spans,
        // on to the 2030 target's last day.
        let title = overview::history_title(lang, m, None, Some((2008, 2031)));
        assert!(
            screen.contains(&format!(" {title} ")),
            "screen lacks {title:?}"
        );
        assert!(
            md.contains(&format!("\n## {title}\n")),
            "md lacks {title:?}"
        );
        let drawn = m.points(m.top().unwrap(), Era::Current);
        let points = overview::series_points(drawn);
        assert_eq!(points.len(), drawn.judged().count());
        assert!(points.len() > 10);
        for (date, figure) in points {
            let row = format!("| {} | {} |", date.show(lang), figure.show(lang));
            assert!(md.contains(&row), "md lacks {row:?}");
        }
    }
}
