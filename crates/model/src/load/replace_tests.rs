use super::super::{Chunking, LoadProgress, load_sets_chunked};
use crate::diagnostic::{Diagnostic, Severity};
use crate::problem::{Found, Load, Problem, Value};
use crate::schema::{Dataset, Replaced};

const BASE: &str = "schema = 1\n\n[meta]\ntitle = \"t\"\nas_of = 2025-12-31\n\n[[locality]]\nid = \"VN\"\nname = \"Việt Nam\"\nkind = \"nation\"\n\n  [[locality.record]]\n  date = 2025-09-30\n  coverage = 93.0\n  source = \"báo cáo cũ\"\n";

/// A top-level record of the nation for 30/09/2025 with `extra` lines.
fn record(coverage: f64, source: &str, extra: &str) -> String {
    format!(
        "\n[[record]]\nlocality = \"VN\"\ndate = 2025-09-30\ncoverage = {coverage}\nsource = \"{source}\"\n{extra}"
    )
}

fn load(sets: &[&[(&str, &str)]]) -> Result<Dataset, Vec<Diagnostic>> {
    let sets = sets
        .iter()
        .map(|files| {
            files
                .iter()
                .map(|(name, text)| (name.to_string(), text.as_bytes().to_vec()))
                .collect()
        })
        .collect();
    match load_sets_chunked(sets, &LoadProgress::default(), None, Chunking::DEFAULT) {
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

/// Each problem at its `file:line:column`.
fn lines(diagnostics: &[Diagnostic]) -> Vec<(String, Problem)> {
    diagnostics
        .iter()
        .map(|d| {
            (
                format!("{}:{}:{}", d.file, d.line, d.column),
                d.problem.clone(),
            )
        })
        .collect()
}

fn at(place: &str, problem: impl Into<Problem>) -> (String, Problem) {
    (place.to_string(), problem.into())
}

fn date(text: &str) -> chrono::NaiveDate {
    text.parse().unwrap()
}

fn nation_records(d: &Dataset) -> Vec<(f64, &str, Option<&Replaced>)> {
    d.localities[0]
        .records
        .iter()
        .map(|r| (r.coverage().unwrap(), r.source.as_str(), r.replaced()))
        .collect()
}

#[test]
fn a_later_record_marked_replaces_drops_the_earlier_one() {
    let later = format!(
        "schema = 1\n{}",
        record(94.1, "báo cáo mới", "replaces = true\n")
    );
    let d = load(&[&[("a.toml", BASE)], &[("b.toml", &later)]]).unwrap();
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
fn the_replacement_is_a_note_naming_the_replaced_record() {
    let later = format!(
        "schema = 1\n{}",
        record(94.1, "báo cáo mới", "replaces = true\n")
    );
    let sets: &[&[(&str, &str)]] = &[&[("a.toml", BASE)], &[("b.toml", &later)]];
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
        Chunking::DEFAULT,
    )
    .unwrap();
    assert_eq!(
        out.warnings.iter().map(|d| d.severity).collect::<Vec<_>>(),
        [Severity::Note]
    );
    assert_eq!(
        lines(&out.warnings),
        vec![at(
            "b.toml:3:1",
            Load::Replaced {
                id: "VN".into(),
                date: date("2025-09-30"),
                earlier: "a.toml:12".into(),
                source: "báo cáo cũ".into(),
            }
        )]
    );
}

#[test]
fn without_the_mark_two_records_for_a_date_stay_an_error() {
    let later = format!("schema = 1\n{}", record(94.1, "báo cáo mới", ""));
    let e = load(&[&[("a.toml", BASE)], &[("b.toml", &later)]]).unwrap_err();
    assert_eq!(
        lines(&e),
        vec![at(
            "b.toml:3:1",
            Load::TwoRecords {
                id: "VN".into(),
                date: date("2025-09-30")
            }
        )]
    );
}

#[test]
fn replaces_with_nothing_before_it_is_an_error() {
    let base = BASE.replace("2025-09-30", "2025-06-30");
    let later = format!(
        "schema = 1\n{}",
        record(94.1, "báo cáo mới", "replaces = true\n")
    );
    let e = load(&[&[("a.toml", &base)], &[("b.toml", &later)]]).unwrap_err();
    assert_eq!(
        lines(&e),
        vec![at(
            "b.toml:3:1",
            Load::ReplacesNothing {
                id: "VN".into(),
                date: date("2025-09-30")
            }
        )]
    );
}

#[test]
fn replaces_loaded_before_the_record_it_would_replace_is_an_error() {
    let first = format!(
        "schema = 1\n{}",
        record(94.1, "báo cáo mới", "replaces = true\n")
    );
    // The replacing file given first: one error, at the misplaced mark.
    let e = load(&[&[("b.toml", &first)], &[("a.toml", BASE)]]).unwrap_err();
    assert_eq!(
        lines(&e),
        vec![at(
            "b.toml:3:1",
            Load::ReplacesLater {
                id: "VN".into(),
                date: date("2025-09-30"),
                later: "a.toml:12".into()
            }
        )]
    );
}

#[test]
fn in_one_file_the_later_record_replaces_the_earlier() {
    let text = format!("{BASE}{}", record(94.1, "báo cáo mới", "replaces = true\n"));
    let d = load(&[&[("a.toml", &text)]]).unwrap();
    let got = nation_records(&d);
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].0, got[0].1), (94.1, "báo cáo mới"));
}

#[test]
fn a_chain_of_replacements_keeps_the_last_and_remembers_each() {
    let b = format!("schema = 1\n{}", record(94.1, "b", "replaces = true\n"));
    let c = format!("schema = 1\n{}", record(94.3, "c", "replaces = true\n"));
    let d = load(&[&[("a.toml", BASE)], &[("b.toml", &b)], &[("c.toml", &c)]]).unwrap();
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
    let e = load(&[&[("a.toml", BASE)], &[("b.toml", &later)]]).unwrap_err();
    assert_eq!(
        lines(&e),
        vec![at(
            "b.toml:8:12",
            Value::NotABoolean {
                key: "replaces".into(),
                found: Found::Text("yes".into())
            }
        )]
    );
}

#[test]
fn the_replaced_figure_is_gone_from_the_figures() {
    let later = format!("schema = 1\n{}", record(94.1, "b", "replaces = true\n"));
    let d = load(&[&[("a.toml", BASE)], &[("b.toml", &later)]]).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let m = crate::derive(d, today);
    let history: Vec<f64> = m
        .points(0, crate::Era::Current)
        .iter()
        .map(|x| x.coverage)
        .collect();
    assert_eq!(history, vec![94.1]);
}

#[test]
fn estimate_that_is_not_a_boolean_is_an_error_at_its_value() {
    let later = format!("schema = 1\n{}", record(94.1, "b", "estimate = \"yes\"\n"));
    let e = load(&[&[("a.toml", BASE)], &[("b.toml", &later)]]).unwrap_err();
    assert_eq!(
        lines(&e),
        vec![
            at(
                "b.toml:3:1",
                Load::TwoRecords {
                    id: "VN".into(),
                    date: date("2025-09-30")
                }
            ),
            at(
                "b.toml:8:12",
                Value::NotABoolean {
                    key: "estimate".into(),
                    found: Found::Text("yes".into())
                }
            ),
        ]
    );
    let later = format!("schema = 1\n{}", record(94.1, "b", "estimate = \"true\"\n"));
    let e = load(&[
        &[("a.toml", &BASE.replace("2025-09-30", "2025-06-30"))],
        &[("b.toml", &later)],
    ])
    .unwrap_err();
    assert_eq!(
        lines(&e),
        vec![at(
            "b.toml:8:12",
            Value::BooleanInQuotes {
                key: "estimate".into(),
                written: "true".into()
            }
        )]
    );
}

#[test]
fn an_estimate_is_read_and_kept() {
    let later = format!(
        "schema = 1\n{}",
        record(95.3, "ước", "estimate = true\nreplaces = true\n")
    );
    let d = load(&[&[("a.toml", BASE)], &[("b.toml", &later)]]).unwrap();
    let r = &d.localities[0].records[0];
    assert!(r.estimate && r.replaces);
    assert!(!r.replaced().unwrap().estimate);
}
