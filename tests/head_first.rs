#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The head of a large dataset (nation and provinces) drawn before the
//! rest: its figures are exactly the whole's, and while the rest is read
//! what needs it says so.

mod common;

use common::{load, press, resize, screen_text, today};
use tiendo::app::{Action, App, Loading, Notice, Screen, Waiting};
use tiendo::model::{self, Model, preview};
use tiendo::text::Lang;

/// A nation, two provinces and their communes: `tinh-a` has its own figure
/// on every date, `tinh-b` lacks 2024, on which its commune has one.
const TWO_PROVINCES: &str = r#"
schema = 1

[meta]
title = "Hai tỉnh"
as_of = 2025-12-31

[[target]]
locality = "vn"
by = 2026-12-31
coverage = 95.0
source = "test"

[[locality]]
id = "vn"
name = "Cả nước"
kind = "nation"
  [[locality.record]]
  date = 2024-12-31
  coverage = 93.0
  source = "test"
  [[locality.record]]
  date = 2025-12-31
  coverage = 94.0
  source = "test"

[[locality]]
id = "tinh-a"
name = "Tỉnh A"
kind = "province"
parent = "vn"
  [[locality.population]]
  date = 2025-12-31
  count = 1000
  source = "test"
  [[locality.record]]
  date = 2024-12-31
  coverage = 90.0
  source = "test"
  [[locality.record]]
  date = 2025-12-31
  coverage = 91.0
  source = "test"

[[locality]]
id = "tinh-b"
name = "Tỉnh B"
kind = "province"
parent = "vn"
  [[locality.population]]
  date = 2025-12-31
  count = 1000
  source = "test"
  [[locality.record]]
  date = 2025-12-31
  coverage = 96.0
  source = "test"

[[locality]]
id = "xa-a1"
name = "Xã A1"
kind = "commune"
parent = "tinh-a"
  [[locality.population]]
  date = 2025-12-31
  count = 400
  source = "test"
  [[locality.record]]
  date = 2024-12-31
  coverage = 80.0
  source = "test"

[[locality]]
id = "xa-a2"
name = "Xã A2"
kind = "commune"
parent = "tinh-a"
  [[locality.population]]
  date = 2025-12-31
  count = 600
  source = "test"
  [[locality.record]]
  date = 2024-12-31
  coverage = 85.0
  source = "test"

[[locality]]
id = "xa-b1"
name = "Xã B1"
kind = "commune"
parent = "tinh-b"
  [[locality.population]]
  date = 2025-12-31
  count = 990
  source = "test"
  [[locality.record]]
  date = 2024-12-31
  coverage = 70.0
  source = "test"

[[locality]]
id = "xa-a3"
name = "Xã A3"
kind = "commune"
parent = "tinh-a"
  [[locality.record]]
  date = 2025-12-31
  coverage = 88.0
  source = "test"
"#;

fn whole(text: &str) -> tiendo::model::schema::Dataset {
    load(vec![("d.toml".into(), text.as_bytes().to_vec())]).dataset
}

fn ids(d: &tiendo::model::schema::Dataset) -> Vec<&str> {
    let mut ids: Vec<&str> = d.localities.iter().map(|l| l.id.value.as_str()).collect();
    ids.sort_unstable();
    ids
}

/// Each unit of the head judged as the whole judges it, to the last field.
fn assert_same_figures(head: &Model, whole: &Model) {
    for (i, l) in head.localities.iter().enumerate() {
        let j = whole.index_of(&l.id.value).unwrap();
        assert_eq!(
            format!("{:?}", head.figures.get(i)),
            format!("{:?}", whole.figures.get(j)),
            "{} is judged differently from its head",
            l.id.value
        );
    }
    for era in [model::Era::Current, model::Era::Former] {
        assert_eq!(head.status_counts(era), whole.status_counts(era));
    }
}

#[test]
fn a_province_without_a_figure_on_a_date_its_communes_have_brings_them_into_the_head() {
    let d = whole(TWO_PROVINCES);
    let head = preview::head_of(&d);
    // tinh-b lacks 2024, when xa-b1 has a figure: xa-b1 is read with it;
    // tinh-a has every date, so its communes wait.
    let head = head.expect("a head");
    assert_eq!(ids(&head), vec!["tinh-a", "tinh-b", "vn", "xa-b1"]);
    assert_same_figures(
        &model::derive(head, today()),
        &model::derive(d.clone(), today()),
    );
}

#[test]
fn without_the_communes_that_province_would_be_judged_wrongly() {
    // What the rule guards against: drop xa-b1 from the head and tinh-b's
    // 2024 roll-up is gone, so its figures differ from the whole's.
    let d = whole(TWO_PROVINCES);
    let mut head = preview::head_of(&d).unwrap();
    head.localities.retain(|l| l.id.value != "xa-b1");
    let (head, whole) = (model::derive(head, today()), model::derive(d, today()));
    let b = |m: &Model| format!("{:?}", m.figures.get(m.index_of("tinh-b").unwrap()));
    assert_ne!(b(&head), b(&whole));
}

#[test]
fn a_head_that_would_be_most_of_the_data_is_not_drawn_first() {
    // Every province lacking 2024: all communes join, nothing is gained.
    let text = TWO_PROVINCES.replace(
        "  [[locality.record]]\n  date = 2024-12-31\n  coverage = 90.0\n  source = \"test\"\n",
        "",
    );
    assert!(preview::head_of(&whole(&text)).is_none());
    // A dataset of provinces only has no rest to read after its head.
    let provinces_only: String = TWO_PROVINCES
        .split("[[locality]]")
        .filter(|part| !part.contains("kind = \"commune\""))
        .collect::<Vec<_>>()
        .join("[[locality]]");
    assert!(preview::head_of(&whole(&provinces_only)).is_none());
}

#[test]
fn a_commune_under_a_district_joins_with_the_whole_tree_of_its_province() {
    let spec = tiendo::synth::Spec {
        localities: 3000,
        years: 6,
        seed: 7,
    };
    let d = whole(&tiendo::synth::single_file(&spec));
    let head = preview::head_of(&d).expect("a head");
    let whole_model = model::derive(d.clone(), today());
    let head_model = model::derive(head.clone(), today());
    assert_same_figures(&head_model, &whole_model);
    // Every unit read with the head has all its children with it.
    let in_head: std::collections::HashSet<&str> = ids(&head).into_iter().collect();
    for l in &d.localities {
        if let Some(p) = &l.parent
            && in_head.contains(p.value.as_str())
            && !preview::in_head(
                d.localities
                    .iter()
                    .find(|x| x.id.value == p.value)
                    .unwrap()
                    .kind,
            )
        {
            assert!(
                in_head.contains(l.id.value.as_str()),
                "{} left behind",
                l.id.value
            );
        }
    }
    assert!(head.localities.len() < d.localities.len() / 2);
}

/// The dashboard on the head of the two-province data, the rest pending.
fn app_on_head() -> (App, Model) {
    let d = whole(TWO_PROVINCES);
    let head = model::derive(preview::head_of(&d).unwrap(), today());
    let mut app = App::new(head, Lang::Vi, "d.toml".into());
    app.rest = Some(Loading::default());
    resize(&mut app, 80, 24);
    (app, model::derive(d, today()))
}

#[test]
fn while_the_rest_is_read_search_levels_export_and_reload_say_they_wait() {
    let (mut app, _) = app_on_head();
    for (keys, waiting) in [
        ("/", Waiting::Search),
        ("c", Waiting::Levels),
        ("e", Waiting::Export),
        ("r", Waiting::Reload),
    ] {
        assert_eq!(press(&mut app, keys), tiendo::app::Effect::None, "{keys}");
        assert_eq!(app.notice, Some(Notice::NotReady(waiting)), "{keys}");
        if keys == "e" {
            let text = screen_text(&app, 80, 24);
            assert!(
                text.contains("Đang đọc các đơn vị cấp dưới: xuất được khi đọc xong"),
                "{text}"
            );
        }
    }
    assert!(app.search.is_none());
}

#[test]
fn the_status_line_counts_the_rest_and_the_province_says_its_units_are_coming() {
    let (mut app, _) = app_on_head();
    app.update(Action::Progress(Loading {
        done: 45_000_000,
        total: 166_000_000,
    }));
    let text = screen_text(&app, 80, 24);
    assert!(
        text.contains("Đang đọc các đơn vị cấp dưới: 45/166 MB"),
        "{text}"
    );
    press(&mut app, "2");
    press(&mut app, "\n");
    assert_eq!(app.screen, Screen::Province);
    let text = screen_text(&app, 120, 40);
    assert!(
        text.contains("Đang đọc các đơn vị cấp dưới: 45/166 MB"),
        "{text}"
    );
    assert!(!text.contains("Chưa có đơn vị cấp dưới"), "{text}");
}

#[test]
fn the_whole_model_comes_in_with_the_province_shown_kept_and_keys_work_again() {
    let (mut app, whole) = app_on_head();
    press(&mut app, "2");
    let b = app
        .rows
        .iter()
        .position(|&i| app.model.locality(i).unwrap().id.value == "tinh-b");
    app.selected = b.unwrap();
    press(&mut app, "\n");
    app.update(Action::Completed(Box::new(whole)));
    assert!(app.rest.is_none());
    assert_eq!(app.notice, Some(Notice::Completed));
    assert_eq!(common::name(&app), "Tỉnh B");
    assert_eq!(app.screen, Screen::Province);
    // Progress after the end changes nothing.
    app.update(Action::Progress(Loading { done: 1, total: 2 }));
    assert!(app.rest.is_none());
    press(&mut app, "/");
    assert!(app.search.is_some());
    let text = screen_text(&app, 120, 40);
    assert!(!text.contains("Đang đọc"), "{text}");
}
