//! The presentation layer's words behind a figure: the target in words in
//! both languages, the record a figure comes from, the units of a province
//! and the sources they cite.

// Test helpers outside #[test] functions: a failed fixture is meant to stop the test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use tiendo::model::{self, Era, Model};
use tiendo::present::{self, Column};
use tiendo::text::Lang;

fn marks() -> Model {
    let text = std::fs::read("tests/marks/marks.toml").unwrap();
    model::derive(
        common::load(vec![("marks.toml".into(), text)]).dataset,
        common::today(),
    )
}

fn at(m: &Model, id: &str) -> usize {
    m.index_of(id).unwrap()
}

#[test]
fn the_target_reads_in_each_language() {
    let m = marks();
    let p = m.progress(at(&m, "own"), Era::Current).unwrap();
    assert_eq!(present::coverage(p, Lang::Vi), "93,50 %");
    assert_eq!(
        present::target_words(&m, p.target, Lang::Vi),
        "trên 95 % (52-CT/TW)"
    );
    assert_eq!(
        present::target_words(&m, p.target, Lang::En),
        "above 95% (52-CT/TW)"
    );
    assert_eq!(
        present::target_heading(&m, p.target, Lang::Vi),
        "Mục tiêu 2026"
    );
    let universal = m.targets.iter().find(|t| t.coverage.is_none()).unwrap();
    assert_eq!(present::target_figure(universal, Lang::En), "universal");
    assert_eq!(present::target_figure(universal, Lang::Vi), "toàn dân");
    // Other words stay the data's own; a number without "trên" is just the number.
    let mut worded = universal.clone();
    worded.label = Some("gần toàn dân".into());
    assert_eq!(present::target_figure(&worded, Lang::En), "gần toàn dân");
    let mut plain = m.target(p.target).unwrap().clone();
    plain.label = Some("95 %".into());
    assert_eq!(present::target_figure(&plain, Lang::En), "95%");
}

#[test]
fn a_figure_cites_its_own_record_a_roll_up_its_parts_and_no_figure_the_latest_words() {
    let m = marks();
    let note_source = |id: &str| {
        let i = at(&m, id);
        let p = m.progress(i, Era::Former).unwrap();
        (present::note(&m, i, p), present::source(&m, i, p, Lang::En))
    };
    assert_eq!(
        note_source("own"),
        (Some("own note".into()), Some("own 2026".into()))
    );
    assert_eq!(
        note_source("rolled"),
        (
            None,
            Some("rolled up from the figures of 2 of 2 units".into())
        )
    );
    assert_eq!(
        note_source("p2"),
        (Some("p2 note".into()), Some("p2 source".into()))
    );
}

#[test]
fn a_province_lists_its_units_and_every_source_of_theirs() {
    let m = marks();
    let part = at(&m, "part");
    let units = present::units(&m, part, Era::Current);
    let names: Vec<String> = units.iter().map(|u| u.name(&m, Lang::Vi)).collect();
    assert_eq!(names, ["P One", "P Two"]);
    assert!(units.iter().all(|u| !u.former_self && u.depth == 0));
    assert_eq!(
        present::sources(&m, part, Era::Current),
        ["p1 source", "p2 source"]
    );
    assert_eq!(Column::NAME.header(Lang::Vi, "Đơn vị"), "Đơn vị");
}

#[test]
fn a_merged_province_lists_its_former_self_first_in_the_current_era_only() {
    let m = common::bundled_model();
    let an_giang = at(&m, "an-giang");
    let now = present::units(&m, an_giang, Era::Current);
    let first = now.first().unwrap();
    assert!(first.former_self && first.index == an_giang);
    assert_eq!(first.name(&m, Lang::Vi), "An Giang (cũ)");
    assert_eq!(now.iter().filter(|u| u.former_self).count(), 1);
    let kien_giang = now.get(1).unwrap();
    assert!(!kien_giang.former_self);
    assert_eq!(kien_giang.name(&m, Lang::En), "Kiên Giang");
    assert!(
        present::units(&m, an_giang, Era::Former)
            .iter()
            .all(|u| !u.former_self)
    );
}

#[test]
fn a_milestone_reads_in_the_interface_language_dated_as_precisely_as_known() {
    let m = common::bundled_model();
    let translated = m.milestones.iter().find(|x| x.title_en.is_some()).unwrap();
    assert_eq!(
        present::milestone_title(translated, Lang::Vi),
        translated.title
    );
    assert_eq!(
        Some(present::milestone_title(translated, Lang::En)),
        translated.title_en.as_deref()
    );
    let m = marks();
    let review = m.milestones.first().unwrap();
    assert_eq!(present::milestone_title(review, Lang::En), review.title);
    assert_eq!(present::milestone_date(review).show(Lang::Vi), "2011");
}
