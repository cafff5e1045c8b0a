use super::super::{Chunking, LoadProgress, load_sets_chunked};
use crate::diagnostic::{Diagnostic, Severity};
use crate::lang::Lang;
use crate::schema::{Dataset, Replaced};

const BASE: &str = "schema = 1\n\n[meta]\ntitle = \"t\"\nas_of = 2025-12-31\n\n[[locality]]\nid = \"VN\"\nname = \"Việt Nam\"\nkind = \"nation\"\n\n  [[locality.record]]\n  date = 2025-09-30\n  coverage = 93.0\n  source = \"báo cáo cũ\"\n";

/// A top-level record of the nation for 30/09/2025 with `extra` lines.
fn record(coverage: f64, source: &str, extra: &str) -> String {
    format!(
        "\n[[record]]\nlocality = \"VN\"\ndate = 2025-09-30\ncoverage = {coverage}\nsource = \"{source}\"\n{extra}"
    )
}

fn load(sets: &[&[(&str, &str)]], lang: Lang) -> Result<Dataset, Vec<Diagnostic>> {
    let sets = sets
        .iter()
        .map(|files| {
            files
                .iter()
                .map(|(name, text)| (name.to_string(), text.as_bytes().to_vec()))
                .collect()
        })
        .collect();
    match load_sets_chunked(
        sets,
        &LoadProgress::default(),
        None,
        lang,
        Chunking::DEFAULT,
    ) {
        Ok(l) => {
            assert!(
                l.warnings.iter().all(|d| d.severity == Severity::Note),
                "{:?}",
                l.warnings
            );
            Ok(l.dataset)
        }
        Err(e) => Err(e.diagnostics),
    }
}

fn lines(diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics.iter().map(ToString::to_string).collect()
}

fn nation_records(d: &Dataset) -> Vec<(f64, &str, Option<&Replaced>)> {
    d.localities[0]
        .records
        .iter()
        .map(|r| {
            (
                r.coverage.unwrap(),
                r.source.as_str(),
                r.replaced.as_deref(),
            )
        })
        .collect()
}

#[test]
fn a_later_record_marked_replaces_drops_the_earlier_one() {
    let later = format!(
        "schema = 1\n{}",
        record(94.1, "báo cáo mới", "replaces = true\n")
    );
    let d = load(&[&[("a.toml", BASE)], &[("b.toml", &later)]], Lang::En).unwrap();
    let replaced = Replaced {
        source: "báo cáo cũ".into(),
        at: crate::diagnostic::Loc::new(0, BASE.find("[[locality.record]]").unwrap()),
        coverage: Some(93.0),
        estimate: false,
        earlier: None,
    };
    assert_eq!(
        nation_records(&d),
        vec![(94.1, "báo cáo mới", Some(&replaced))]
    );
}

#[test]
fn the_replacement_is_a_note_naming_the_replaced_record_in_both_languages() {
    let later = format!(
        "schema = 1\n{}",
        record(94.1, "báo cáo mới", "replaces = true\n")
    );
    let sets: &[&[(&str, &str)]] = &[&[("a.toml", BASE)], &[("b.toml", &later)]];
    let notes = |lang| {
        let out = load_sets_chunked(
            sets.iter()
                .map(|f| {
                    f.iter()
                        .map(|(n, t)| (n.to_string(), t.as_bytes().to_vec()))
                        .collect()
                })
                .collect(),
            &LoadProgress::default(),
            None,
            lang,
            Chunking::DEFAULT,
        )
        .unwrap();
        lines(&out.warnings)
    };
    assert_eq!(
        notes(Lang::En),
        vec![
            "b.toml:3:1: note: `VN` on 2025-09-30: this record replaces the one at a.toml:12 (source \"báo cáo cũ\"), which is no longer used"
        ]
    );
    assert_eq!(
        notes(Lang::Vi),
        vec![
            "b.toml:3:1: ghi chú: `VN` ngày 2025-09-30: bản ghi này thay cho bản ghi tại a.toml:12 (nguồn \"báo cáo cũ\"), bản ghi đó không còn được dùng"
        ]
    );
}

#[test]
fn without_the_mark_two_records_for_a_date_stay_an_error() {
    let later = format!("schema = 1\n{}", record(94.1, "báo cáo mới", ""));
    let e = load(&[&[("a.toml", BASE)], &[("b.toml", &later)]], Lang::En).unwrap_err();
    assert_eq!(
        lines(&e),
        vec![
            "b.toml:3:1: `VN` has two records for 2025-09-30: keep one and name the other source in its `note`"
        ]
    );
}

#[test]
fn replaces_with_nothing_before_it_is_an_error() {
    let base = BASE.replace("2025-09-30", "2025-06-30");
    let later = format!(
        "schema = 1\n{}",
        record(94.1, "báo cáo mới", "replaces = true\n")
    );
    let e = load(&[&[("a.toml", &base)], &[("b.toml", &later)]], Lang::En).unwrap_err();
    assert_eq!(
        lines(&e),
        vec![
            "b.toml:3:1: `replaces = true`, but `VN` has no other record for 2025-09-30: there is nothing to replace; remove `replaces`, or load first the data that holds the record it replaces"
        ]
    );
}

#[test]
fn replaces_loaded_before_the_record_it_would_replace_is_an_error() {
    let first = format!(
        "schema = 1\n{}",
        record(94.1, "báo cáo mới", "replaces = true\n")
    );
    // The replacing file given first: one error, at the misplaced mark.
    let e = load(&[&[("b.toml", &first)], &[("a.toml", BASE)]], Lang::En).unwrap_err();
    assert_eq!(
        lines(&e),
        vec![
            "b.toml:3:1: `replaces = true`, but the record of `VN` for 2025-09-30 it would replace, at a.toml:12, is loaded after it: a record replaces only one loaded before it; give the data in the other order"
        ]
    );
}

#[test]
fn in_one_file_the_later_record_replaces_the_earlier() {
    let text = format!("{BASE}{}", record(94.1, "báo cáo mới", "replaces = true\n"));
    let d = load(&[&[("a.toml", &text)]], Lang::En).unwrap();
    let got = nation_records(&d);
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].0, got[0].1), (94.1, "báo cáo mới"));
}

#[test]
fn a_chain_of_replacements_keeps_the_last_and_remembers_each() {
    let b = format!("schema = 1\n{}", record(94.1, "b", "replaces = true\n"));
    let c = format!("schema = 1\n{}", record(94.3, "c", "replaces = true\n"));
    let d = load(
        &[&[("a.toml", BASE)], &[("b.toml", &b)], &[("c.toml", &c)]],
        Lang::En,
    )
    .unwrap();
    let got = nation_records(&d);
    assert_eq!(got.len(), 1);
    let (coverage, source, replaced) = got[0];
    assert_eq!((coverage, source), (94.3, "c"));
    let replaced = replaced.unwrap();
    assert_eq!(
        (replaced.source.as_str(), replaced.coverage),
        ("b", Some(94.1))
    );
    let earlier = replaced.earlier.as_deref().unwrap();
    assert_eq!(
        (earlier.source.as_str(), earlier.coverage, &earlier.earlier),
        ("báo cáo cũ", Some(93.0), &None)
    );
}

#[test]
fn replaces_that_is_not_a_boolean_is_an_error_at_its_value() {
    let later = format!("schema = 1\n{}", record(94.1, "b", "replaces = \"yes\"\n"));
    let e = load(&[&[("a.toml", BASE)], &[("b.toml", &later)]], Lang::En).unwrap_err();
    assert_eq!(
        lines(&e),
        vec![
            "b.toml:8:12: write replaces = true or replaces = false: `replaces` is yes or no, not the text \"yes\"",
        ]
    );
}

#[test]
fn the_replaced_figure_is_gone_from_the_figures() {
    let later = format!("schema = 1\n{}", record(94.1, "b", "replaces = true\n"));
    let d = load(&[&[("a.toml", BASE)], &[("b.toml", &later)]], Lang::En).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let m = crate::derive(d, today);
    let p = m.progress(0, crate::Era::Current).unwrap();
    let history: Vec<f64> = p.history.iter().map(|x| x.coverage).collect();
    assert_eq!(history, vec![94.1]);
}

#[test]
fn estimate_that_is_not_a_boolean_is_an_error_at_its_value() {
    let later = format!("schema = 1\n{}", record(94.1, "b", "estimate = \"yes\"\n"));
    let e = load(&[&[("a.toml", BASE)], &[("b.toml", &later)]], Lang::En).unwrap_err();
    assert_eq!(
        lines(&e),
        vec![
            "b.toml:3:1: `VN` has two records for 2025-09-30: keep one and name the other source in its `note`",
            "b.toml:8:12: write estimate = true or estimate = false: `estimate` is yes or no, not the text \"yes\"",
        ]
    );
    let later = format!("schema = 1\n{}", record(94.1, "b", "estimate = \"true\"\n"));
    let e = load(
        &[
            &[("a.toml", &BASE.replace("2025-09-30", "2025-06-30"))],
            &[("b.toml", &later)],
        ],
        Lang::Vi,
    )
    .unwrap_err();
    assert_eq!(
        lines(&e),
        vec!["b.toml:8:12: viết estimate = true: `true` hoặc `false`, không có dấu ngoặc kép"]
    );
}

#[test]
fn an_estimate_is_read_and_kept() {
    let later = format!(
        "schema = 1\n{}",
        record(95.3, "ước", "estimate = true\nreplaces = true\n")
    );
    let d = load(&[&[("a.toml", BASE)], &[("b.toml", &later)]], Lang::En).unwrap();
    let r = &d.localities[0].records[0];
    assert!(r.estimate && r.replaces);
    assert!(!r.replaced.as_ref().unwrap().estimate);
}
