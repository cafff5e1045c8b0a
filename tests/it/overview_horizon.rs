#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The Overview's chart runs on to the directives' horizon: the targets
//! due after the one in force are drawn to the last one's date (2030).

use crate::common;

use chrono::Datelike;
use tiendo::export::{self, Format};
use tiendo::present::province::history;
use tiendo::text::Lang;

#[test]
fn the_nations_horizon_steps_on_to_its_2030_target() {
    let m = common::bundled_model();
    let i = m.top().unwrap();
    let p = m.progress(i, tiendo::model::Era::Current).unwrap();
    let in_force = p.target_steps.last().unwrap();
    assert_eq!(in_force.until.year(), 2026);
    let horizon = history::horizon(&m, i, p);
    let last = horizon.last().expect("a target due after 2026");
    assert_eq!(last.until, common::day(2030, 12, 31));
    assert_eq!(last.coverage, 95.0);
    // Each step starts the day after the one before ends.
    let mut end = in_force.until;
    for s in &horizon {
        assert_eq!(s.from, end.succ_opt().unwrap());
        assert!(s.until > s.from);
        end = s.until;
    }
}

#[test]
fn the_overview_chart_and_its_md_section_run_to_the_end_of_2030() {
    for (lang, title) in [(Lang::Vi, "Diễn biến 2008–2031"), (Lang::En, "2008–2031")] {
        let a = common::bundled_app(lang);
        for (w, h) in [(80, 24), (120, 40)] {
            let screen = common::screen_text(&a, w, h);
            assert!(screen.contains(title), "{screen}");
            // The axis's last year, one past the 2030 target's last day.
            let axis = screen.lines().find(|l| l.contains("2008 ")).unwrap();
            assert!(axis.contains("2031"), "{axis}");
        }
        let md = export::render(&a, Format::Md, 120, "t").unwrap();
        assert!(md.contains("2008–2031"), "{md}");
    }
}
