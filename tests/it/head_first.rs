#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The head of a large dataset (nation and provinces) drawn before the
//! rest: its figures are exactly the whole's, read in pieces or from the
//! cache (the dashboard meanwhile: `head_first_screen.rs`).

use crate::common;

use common::{load, today};
use tiendo::model::{self, Model, preview};
use tiendo::text::Lang;

/// A nation, two provinces and their communes: `tinh-a` has its own figure
/// on every date, `tinh-b` lacks 2024, on which its commune has one.
const TWO_PROVINCES: &str = include_str!("../head_first/two-provinces.toml");

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
    // The Overview counts the provinces drawn (those of today's map), each
    // by its whole status.
    let drawn = head.provinces(model::Era::Current).len();
    assert_eq!(
        head.status_counts(model::Era::Current)
            .iter()
            .sum::<usize>(),
        drawn
    );
}

#[test]
fn a_province_without_a_figure_on_a_date_its_communes_have_is_drawn_with_them() {
    let d = whole(TWO_PROVINCES);
    // tinh-b lacks 2024, when xa-b1 has a figure: its 2024 is a roll-up of
    // its communes, so they are read with the head; tinh-a has every date
    // and needs none of its own.
    let head = preview::head_of(&d).expect("a head");
    assert_eq!(ids(&head.dataset), vec!["tinh-a", "tinh-b", "vn", "xa-b1"]);
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
fn a_province_merged_into_another_brings_its_communes_and_both_are_judged_as_the_whole() {
    // Before the merger, tinh-a's history is its parts': tinh-b's among
    // them, which rolls up its commune on 2024.
    let text = TWO_PROVINCES.replace(
        "name = \"Tỉnh B\"\nkind = \"province\"\nparent = \"vn\"\n",
        "name = \"Tỉnh B\"\nkind = \"province\"\nparent = \"vn\"\nmerged_into = \"tinh-a\"\nmerged_on = 2026-01-01\n",
    );
    assert!(text.contains("merged_into"));
    let head = preview::head_of(&whole(&text)).expect("a head");
    assert_eq!(ids(&head.dataset), vec!["tinh-a", "tinh-b", "vn", "xa-b1"]);
    let cut = head_first(vec![("d.toml".into(), text.clone())]).expect("a head");
    assert_eq!(ids(&cut.dataset), ids(&head.dataset));
    assert_same_figures(
        &model::derive(cut.dataset, today()),
        &model::derive(whole(&text), today()),
    );
}

#[test]
fn a_nation_without_a_figure_on_a_date_rolls_up_its_provinces_in_the_head() {
    // The nation lacking 2024 rolls up its provinces then, tinh-b with its
    // commune among them: all in the head.
    let text = TWO_PROVINCES.replacen(
        "  [[locality.record]]\n  date = 2024-12-31\n  coverage = 93.0\n  source = \"test\"\n",
        "",
        1,
    );
    let head = preview::head_of(&whole(&text)).expect("a head");
    assert_eq!(ids(&head.dataset), vec!["tinh-a", "tinh-b", "vn", "xa-b1"]);
    assert_same_figures(
        &model::derive(head.dataset, today()),
        &model::derive(whole(&text), today()),
    );
}

#[test]
fn no_head_when_there_is_no_rest() {
    // A dataset of provinces only has no rest to read after its head.
    let provinces_only: String = TWO_PROVINCES
        .split("[[locality]]")
        .filter(|part| !part.contains("kind = \"commune\""))
        .collect::<Vec<_>>()
        .join("[[locality]]");
    assert!(preview::head_of(&whole(&provinces_only)).is_none());
}

fn provinces(d: &tiendo::model::schema::Dataset) -> usize {
    d.localities
        .iter()
        .filter(|l| l.kind == tiendo::model::schema::LocalityKind::Province)
        .count()
}

/// The head of `text` from the whole and read in pieces: both hold every
/// province and the same units, each judged as the whole judges it.
fn assert_every_province_drawn_exactly(text: &str) {
    let d = whole(text);
    let head = preview::head_of(&d).expect("a head");
    assert_eq!(provinces(&head.dataset), tiendo::synth::PROVINCES);
    // Provinces with gaps in their records brought their districts.
    assert!(
        head.dataset
            .localities
            .iter()
            .any(|l| l.kind == tiendo::model::schema::LocalityKind::District),
        "synthetic provinces have gaps"
    );
    let whole_model = model::derive(d, today());
    let cut = head_first(vec![("s.toml".into(), text.to_string())]).expect("a head read in pieces");
    assert_eq!(ids(&cut.dataset), ids(&head.dataset));
    let head_model = model::derive(head.dataset, today());
    assert_same_figures(&head_model, &whole_model);
    assert_same_figures(&model::derive(cut.dataset, today()), &whole_model);
    assert_eq!(
        head_model.provinces(model::Era::Former).len(),
        whole_model.provinces(model::Era::Former).len()
    );
    assert_eq!(
        head_model.status_counts(model::Era::Current),
        whole_model.status_counts(model::Era::Current),
        "the Overview counts every province as the whole does"
    );
}

#[test]
fn on_synthetic_data_every_province_is_drawn_first_and_judged_as_the_whole_judges_it() {
    for (localities, years, seed) in [(3000, 6, 7), (2000, 17, 1)] {
        let spec = tiendo::synth::Spec {
            localities,
            years,
            seed,
        };
        assert_every_province_drawn_exactly(&tiendo::synth::single_file(&spec));
    }
}

#[test]
fn on_synthetic_data_with_merged_provinces_every_province_is_drawn_first_exactly() {
    let spec = tiendo::synth::Spec {
        localities: 2000,
        years: 17,
        seed: 1,
    };
    let text = tiendo::synth::single_file(&spec);
    // Which provinces have a gap: one merged into a province without, and
    // one without merged into one with.
    let d = whole(&text);
    let gappy = |id: &str| {
        let l = d.localities.iter().find(|l| l.id.value == id).unwrap();
        l.records.len() < 17
    };
    let ids: Vec<String> = (1..=tiendo::synth::PROVINCES)
        .map(|p| format!("tinh-{p:02}"))
        .collect();
    let with: Vec<&String> = ids.iter().filter(|id| gappy(id)).collect();
    let without: Vec<&String> = ids.iter().filter(|id| !gappy(id)).collect();
    assert!(with.len() >= 2 && without.len() >= 2);
    let text = tiendo::synth::merge_province(&text, with[0], without[0]);
    let text = tiendo::synth::merge_province(&text, without[1], with[1]);
    assert_eq!(
        text.matches("merged_into = ").count(),
        2,
        "both provinces merged"
    );
    assert_every_province_drawn_exactly(&text);
}

/// A synthetic dataset large enough to be read head first, on disk.
pub(crate) fn large_file(dir: &std::path::Path) -> std::path::PathBuf {
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
    let whole = rest.wait().ok().unwrap();
    assert_eq!(whole.localities.len(), 4000);
    assert_eq!(
        head.provinces(model::Era::Former).len(),
        tiendo::synth::PROVINCES
    );
    assert_same_figures(&head, &whole);
}

#[test]
fn the_second_start_draws_the_head_kept_in_the_cache_and_then_its_whole() {
    let data = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let file = large_file(data.path());
    let source = source(&file, Some(cache.path()));
    let (cold_head, rest) = opened(&source);
    let cold = rest.wait().ok().unwrap();
    // The cache is written once the whole is on its way to the screen.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while tiendo::cache::Cache::open(&source, &source.files().unwrap()).is_none() {
        assert!(std::time::Instant::now() < deadline, "no cache was written");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let (warm_head, rest) = opened(&source);
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
    let nation = |m: &Model| format!("{:?}", m.figures.get(m.nation().unwrap()));
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
    tiendo::model::load::head_first(&[files], &Default::default())
}

#[test]
fn read_in_pieces_the_head_is_the_one_the_whole_dataset_gives() {
    let cut = head_first(vec![("d.toml".into(), TWO_PROVINCES.into())]).unwrap();
    let expected = preview::head_of(&whole(TWO_PROVINCES)).unwrap();
    assert_eq!(ids(&cut.dataset), ids(&expected.dataset));
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

#[test]
fn a_record_written_apart_from_its_province_counts_as_its_own_figure() {
    // tinh-b's 2024 figure, from an imported report: it no longer waits.
    let text = format!(
        "{TWO_PROVINCES}\n[[record]]\nlocality = \"tinh-b\"\ndate = 2024-12-31\ncoverage = 95.5\nsource = \"report\"\n"
    );
    let expected = preview::head_of(&whole(&text)).unwrap();
    assert!(!ids(&expected.dataset).contains(&"xa-b1"));
    let cut = head_first(vec![("d.toml".into(), text.clone())]).unwrap();
    assert_eq!(ids(&cut.dataset), ids(&expected.dataset));
    assert_same_figures(
        &model::derive(cut.dataset, today()),
        &model::derive(whole(&text), today()),
    );
}

#[test]
fn units_between_the_provinces_and_across_files_are_left_to_the_rest() {
    // The elements in another order: communes between the provinces, and
    // the data in two files; the head read is the same.
    let parts: Vec<&str> = TWO_PROVINCES.split("\n[[locality]]").collect();
    let (top, units) = parts.split_first().unwrap();
    let mut units: Vec<String> = units.iter().map(|u| format!("\n[[locality]]{u}")).collect();
    units.rotate_right(2);
    let first = format!("{top}{}", units[..3].concat());
    let second = format!("schema = 1\n{}", units[3..].concat());
    let text = format!("{first}{}", units[3..].concat());
    let expected = preview::head_of(&whole(&text)).unwrap();
    for files in [
        vec![("d.toml".to_string(), text.clone())],
        vec![
            ("a.toml".to_string(), first),
            ("b.toml".to_string(), second),
        ],
    ] {
        let cut = head_first(files).expect("a head");
        assert_eq!(ids(&cut.dataset), ids(&expected.dataset));
    }
}

#[test]
fn a_record_written_apart_for_a_commune_counts_among_the_dates_of_the_rest() {
    // xa-a1 has a 2023 figure from a report: tinh-a and tinh-b lack 2023,
    // so both wait, and the nation, lacking it too, with them.
    let text = format!(
        "{TWO_PROVINCES}\n[[record]]\nlocality = \"xa-a1\"\ndate = 2023-12-31\ncoverage = 75.0\nsource = \"report\"\n"
    );
    assert!(preview::head_of(&whole(&text)).is_none());
    assert!(head_first(vec![("d.toml".into(), text)]).is_none());
}
