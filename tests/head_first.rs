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
    // The Overview counts the provinces drawn, each by its whole status.
    let drawn = head
        .localities
        .iter()
        .filter(|l| head.is_province(head.index_of(&l.id.value).unwrap()))
        .count();
    assert_eq!(
        head.status_counts(model::Era::Current)
            .iter()
            .sum::<usize>(),
        drawn
    );
}

#[test]
fn a_province_without_a_figure_on_a_date_its_communes_have_waits_for_them() {
    let d = whole(TWO_PROVINCES);
    // tinh-b lacks 2024, when xa-b1 has a figure: its 2024 is a roll-up of
    // its communes, so it waits; tinh-a has every date and is drawn.
    let head = preview::head_of(&d).expect("a head");
    assert_eq!(ids(&head.dataset), vec!["tinh-a", "vn"]);
    assert_eq!(head.waiting, 1);
    assert_same_figures(
        &model::derive(head.dataset, today()),
        &model::derive(d.clone(), today()),
    );
}

#[test]
fn drawn_without_its_communes_that_province_would_be_judged_wrongly() {
    // What the rule guards against: tinh-b judged on its own records alone.
    let d = whole(TWO_PROVINCES);
    let mut all_heads = d.clone();
    all_heads.localities.retain(|l| preview::in_head(l.kind));
    let (head, whole) = (model::derive(all_heads, today()), model::derive(d, today()));
    let b = |m: &Model| format!("{:?}", m.figures.get(m.index_of("tinh-b").unwrap()));
    assert_ne!(b(&head), b(&whole));
}

#[test]
fn a_province_another_waiting_one_was_merged_into_waits_too() {
    // Before the merger, tinh-a's history is its parts': tinh-b's among them.
    let text = TWO_PROVINCES.replace(
        "name = \"Tỉnh B\"\nkind = \"province\"\nparent = \"vn\"\n",
        "name = \"Tỉnh B\"\nkind = \"province\"\nparent = \"vn\"\nmerged_into = \"tinh-a\"\nmerged_on = 2025-07-01\n",
    );
    assert!(text.contains("merged_into"));
    let head = preview::head_of(&whole(&text)).expect("a head");
    assert_eq!(ids(&head.dataset), vec!["vn"]);
    assert_eq!(head.waiting, 2);
}

#[test]
fn no_head_when_the_nation_itself_waits_or_there_is_no_rest() {
    // The nation lacking 2024 rolls up its provinces then, tinh-b among them.
    let text = TWO_PROVINCES.replacen(
        "  [[locality.record]]\n  date = 2024-12-31\n  coverage = 93.0\n  source = \"test\"\n",
        "",
        1,
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
fn on_synthetic_data_every_province_drawn_first_is_judged_as_the_whole_judges_it() {
    let spec = tiendo::synth::Spec {
        localities: 3000,
        years: 6,
        seed: 7,
    };
    let d = whole(&tiendo::synth::single_file(&spec));
    let head = preview::head_of(&d).expect("a head");
    let provinces = |d: &tiendo::model::schema::Dataset| {
        d.localities
            .iter()
            .filter(|l| l.kind == tiendo::model::schema::LocalityKind::Province)
            .count()
    };
    assert_eq!(provinces(&head.dataset) + head.waiting, provinces(&d));
    assert!(head.waiting > 0, "synthetic provinces have gaps");
    assert_same_figures(
        &model::derive(head.dataset, today()),
        &model::derive(d, today()),
    );
}

/// The dashboard on the head of the two-province data, the rest pending.
fn app_on_head() -> (App, Model) {
    let d = whole(TWO_PROVINCES);
    let head = model::derive(preview::head_of(&d).unwrap().dataset, today());
    let mut app = App::new(head, Lang::Vi, "d.toml".into());
    app.rest = Some(Loading {
        waiting: 1,
        ..Loading::default()
    });
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
                text.contains("Đang đọc cấp dưới: xuất được khi đọc xong"),
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
        waiting: 0,
    }));
    let text = screen_text(&app, 120, 40);
    assert!(
        text.contains("Đang đọc cấp dưới: 45/166 MB · 1 tỉnh/thành đang chờ"),
        "{text}"
    );
    // The Overview counts the provinces drawn: the one waiting is not there.
    assert!(text.contains("1 tỉnh/thành theo trạng thái"), "{text}");
    press(&mut app, "2");
    press(&mut app, "\n");
    assert_eq!(app.screen, Screen::Province);
    let text = screen_text(&app, 120, 40);
    assert!(text.contains("Đang đọc cấp dưới: 45/166 MB"), "{text}");
    assert!(!text.contains("Chưa có đơn vị cấp dưới"), "{text}");
}

#[test]
fn the_whole_model_comes_in_with_the_province_shown_kept_and_keys_work_again() {
    let (mut app, whole) = app_on_head();
    press(&mut app, "2");
    press(&mut app, "\n");
    assert_eq!(common::name(&app), "Tỉnh A");
    app.update(Action::Completed(Box::new(whole)));
    assert!(app.rest.is_none());
    assert_eq!(app.notice, Some(Notice::Completed));
    assert_eq!(common::name(&app), "Tỉnh A");
    assert_eq!(app.screen, Screen::Province);
    press(&mut app, "2");
    assert_eq!(app.rows.len(), 2, "tinh-b has come in");
    // Progress after the end changes nothing.
    app.update(Action::Progress(Loading {
        done: 1,
        total: 2,
        waiting: 0,
    }));
    assert!(app.rest.is_none());
    press(&mut app, "/");
    assert!(app.search.is_some());
    let text = screen_text(&app, 120, 40);
    assert!(!text.contains("Đang đọc"), "{text}");
}

/// A synthetic dataset large enough to be read head first, on disk.
fn large_file(dir: &std::path::Path) -> std::path::PathBuf {
    let spec = tiendo::synth::Spec {
        localities: 4000,
        years: 17,
        seed: 11,
    };
    let file = dir.join("big.toml");
    std::fs::write(&file, tiendo::synth::single_file(&spec)).unwrap();
    assert!(std::fs::metadata(&file).unwrap().len() >= tiendo::start::HEAD_FIRST_FROM);
    file
}

fn source(file: &std::path::Path, cache: Option<&std::path::Path>) -> tiendo::loading::Source {
    tiendo::loading::Source {
        paths: vec![file.to_path_buf()],
        today: Some(today()),
        lang: Lang::Vi,
        cache: cache.map(|dir| tiendo::cache::Policy {
            dir: dir.to_path_buf(),
            min_bytes: 0,
        }),
    }
}

fn opened(source: &tiendo::loading::Source) -> (Model, tiendo::start::Rest) {
    match tiendo::start::open(source).unwrap().ok().unwrap() {
        tiendo::start::Start::Head { model, rest } => (model, rest),
        tiendo::start::Start::Whole(_) => panic!("opened whole, not head first"),
    }
}

#[test]
fn a_large_file_opens_on_its_head_and_the_whole_that_follows_judges_it_the_same() {
    let data = tempfile::tempdir().unwrap();
    let file = large_file(data.path());
    let (head, rest) = opened(&source(&file, None));
    assert!(rest.waiting > 0);
    let whole = rest.wait().ok().unwrap();
    assert_eq!(whole.localities.len(), 4000);
    assert_same_figures(&head, &whole);
}

#[test]
fn the_second_start_draws_the_head_kept_in_the_cache_and_then_its_whole() {
    let data = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let file = large_file(data.path());
    let source = source(&file, Some(cache.path()));
    let (cold_head, rest) = opened(&source);
    let waiting = rest.waiting;
    let cold = rest.wait().ok().unwrap();
    // The cache is written once the whole is on its way to the screen.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while tiendo::cache::Cache::open(&source, &source.files().unwrap()).is_none() {
        assert!(std::time::Instant::now() < deadline, "no cache was written");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let (warm_head, rest) = opened(&source);
    assert_eq!(rest.waiting, waiting);
    assert_eq!(
        format!("{:?}", warm_head.figures),
        format!("{:?}", cold_head.figures)
    );
    let warm = rest.wait().ok().unwrap();
    assert_eq!(format!("{:?}", warm.figures), format!("{:?}", cold.figures));
    // Changed data is read from the TOML again, never from the cache: the
    // nation's first figure, changed, is what the head shows.
    let text = std::fs::read_to_string(&file).unwrap();
    let at = text.find("coverage = ").unwrap() + "coverage = ".len();
    let end = at + text[at..].find('\n').unwrap();
    std::fs::write(&file, format!("{}50.0{}", &text[..at], &text[end..])).unwrap();
    let (changed, rest) = opened(&source);
    let nation = |m: &Model| format!("{:?}", m.figures.get(m.nation));
    assert_ne!(nation(&changed), nation(&cold_head));
    assert!(
        nation(&changed).contains("coverage: 50.0"),
        "{}",
        nation(&changed)
    );
    assert!(rest.wait().is_ok());
}

fn head_first(files: Vec<(String, String)>) -> Option<preview::Head> {
    let files = files
        .into_iter()
        .map(|(name, text)| (name, text.into_bytes()))
        .collect();
    tiendo::model::load::head_first(&[files], Lang::Vi, &Default::default())
}

#[test]
fn read_in_pieces_the_head_is_the_one_the_whole_dataset_gives() {
    let cut = head_first(vec![("d.toml".into(), TWO_PROVINCES.into())]).unwrap();
    let expected = preview::head_of(&whole(TWO_PROVINCES)).unwrap();
    assert_eq!(ids(&cut.dataset), ids(&expected.dataset));
    assert_eq!(cut.waiting, expected.waiting);
    // On synthetic data, as one file and as a folder.
    let spec = tiendo::synth::Spec {
        localities: 3000,
        years: 6,
        seed: 7,
    };
    let d = whole(&tiendo::synth::single_file(&spec));
    let expected = preview::head_of(&d).unwrap();
    let whole_model = model::derive(d, today());
    for cut in [
        head_first(vec![("s.toml".into(), tiendo::synth::single_file(&spec))]),
        head_first(tiendo::synth::per_province(&spec)),
    ] {
        let cut = cut.expect("a head read in pieces");
        assert_eq!(ids(&cut.dataset), ids(&expected.dataset));
        assert_eq!(cut.waiting, expected.waiting);
        assert_same_figures(&model::derive(cut.dataset, today()), &whole_model);
    }
}

#[test]
fn no_head_is_read_first_without_its_nation_or_from_what_cannot_be_read_plainly() {
    let no_nation = TWO_PROVINCES.replace("kind = \"nation\"", "kind = \"province\"");
    assert!(head_first(vec![("d.toml".into(), no_nation)]).is_none());
    let escaped = TWO_PROVINCES.replace("id = \"xa-a1\"", "id = \"xa-\\u00611\"");
    assert!(head_first(vec![("d.toml".into(), escaped)]).is_none());
    // A mistake in the head: the whole load tells it, no head is drawn.
    let mistake = TWO_PROVINCES.replace("coverage = 91.0", "coverage = \"91\"");
    assert!(head_first(vec![("d.toml".into(), mistake)]).is_none());
    // What cannot be cut safely (a table written twice) is not read first.
    let twice = format!("{TWO_PROVINCES}\n[meta]\ntitle = \"x\"\nas_of = 2025-12-31\n");
    assert!(head_first(vec![("d.toml".into(), twice)]).is_none());
}
