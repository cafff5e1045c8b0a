#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Every part of the Overview on screen is in its md and json exports,
//! made by the same functions of `present::overview`.

use crate::common;

use serde_json::Value;
use tiendo::app::App;
use tiendo::export::{self, Format};
use tiendo::model::Era;
use tiendo::present::overview;
use tiendo::text::{self, Lang};

fn overview_app(lang: Lang) -> App {
    let mut a = common::bundled_app(lang);
    common::resize(&mut a, 120, 40);
    a.open_view("overview").unwrap();
    a
}

#[test]
fn the_screens_parts_are_in_the_markdown() {
    for lang in [Lang::Vi, Lang::En] {
        let a = overview_app(lang);
        let screen = common::screen_text(&a, 120, 40);
        let md = export::render(&a, Format::Md, 120, "t").unwrap();
        let m = &a.model;
        let w = text::words(lang);
        let counts = overview::counts_title(lang, m, a.era);
        let last_due = overview::last_due(lang, m, a.era).unwrap();
        for part in [w.furthest_behind, w.furthest_ahead, counts.as_str()] {
            assert!(screen.contains(part), "screen lacks {part:?}");
            assert!(md.contains(&format!("## {part}\n")), "md lacks {part:?}");
        }
        assert!(screen.contains(&last_due), "screen lacks {last_due:?}");
        assert!(
            md.contains(&format!("## {last_due}\n")),
            "md lacks {last_due:?}"
        );
        let [behind, ahead] = a.overview_lists();
        assert!(!behind.is_empty() && !ahead.is_empty());
        for list in [&behind, &ahead] {
            for r in overview::ranked(lang, m, Era::Current, list) {
                // The screen shows as many as fit; md lists them all.
                assert!(
                    md.contains(&format!("| {} | {} |", r.name, r.gap)),
                    "md lacks {} {}",
                    r.name,
                    r.gap
                );
            }
        }
        let first = overview::ranked(lang, m, Era::Current, &behind[..1]);
        assert!(screen.contains(&first[0].gap), "{}", first[0].gap);
        assert!(first[0].points.unwrap() < 0.0, "behind is negative");
    }
}

#[test]
fn the_json_holds_the_lists_and_the_series() {
    let a = overview_app(Lang::Vi);
    let doc: Value =
        serde_json::from_str(&export::render(&a, Format::Json, 120, "t").unwrap()).unwrap();
    let [behind, ahead] = a.overview_lists();
    let ids = |key: &str| -> Vec<String> {
        doc[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["id"].as_str().unwrap().to_string())
            .collect()
    };
    let want = |list: &[usize]| -> Vec<String> {
        list.iter()
            .map(|&i| common::id_of(&a, i).to_string())
            .collect()
    };
    assert_eq!(ids("furthest_behind"), want(&behind));
    assert_eq!(ids("furthest_ahead"), want(&ahead));
    for x in doc["furthest_behind"].as_array().unwrap() {
        assert!(x["gap"].as_f64().unwrap() < 0.0, "{x}");
    }
    for x in doc["furthest_ahead"].as_array().unwrap() {
        assert!(x["gap"].as_f64().unwrap() >= 0.0, "{x}");
    }
    let top = a.model.top().unwrap();
    let series = a.model.progress(top, Era::Current).unwrap().history.len();
    assert_eq!(doc["history"].as_array().unwrap().len(), series);
}

/// The Overview's target lines never cut a verdict: where the whole does
/// not fit, the verdict is said without its projection. Judged on 1
/// January 2020, the nation's line passes 2019 before any 2019 figure
/// confirms it, and says so where there is room.
#[test]
fn a_target_line_says_its_verdict_whole_or_without_its_projection() {
    let model = tiendo::model::derive(
        common::load(tiendo::bundled::files()).dataset,
        common::day(2020, 1, 1),
    );
    let mut a = App::new(model, Lang::Vi, "data".into());
    for width in [60, 80, 100, 120, 200] {
        common::resize(&mut a, width, 40);
        let screen = common::screen_text(&a, width, 40);
        let line = |year: &str| {
            screen
                .lines()
                .find(|l| l.contains(&format!("Mục tiêu {year}: ")))
                .unwrap_or_else(|| panic!("{width}: no {year} line in\n{screen}"))
                .to_string()
        };
        let in_2020 = line("2020");
        assert!(in_2020.contains("● Đúng tiến độ"), "{width}: {in_2020}");
        // A projection is whole, its year and all, or not there.
        for l in screen.lines().filter(|l| l.contains("Mục tiêu 20")) {
            if let Some((_, after)) = l.split_once(" vào ") {
                let year: String = after.chars().take(4).collect();
                assert!(year.parse::<i32>().is_ok(), "{width}: {l}");
            }
        }
        let passed = "vào 2019, đã qua mà chưa có số liệu xác nhận";
        assert_eq!(in_2020.contains(passed), width >= 200, "{width}: {in_2020}");
        assert!(!in_2020.contains("vào 2019 "), "{width}: {in_2020}");
    }
}
