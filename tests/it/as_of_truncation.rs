//! As of a day is as known on that day (issue 20, part 8): judging a
//! dataset as of D, with today later, gives the same figures and statuses
//! as judging, with today = D, a copy of it without the records published
//! (or dated) after D. Over small generated datasets: records with and
//! without `published`, targets with and without a directive or a
//! `published` day, a province merged into another, a district.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use std::fmt::Write;

use chrono::{Datelike, Days, Months, NaiveDate};
use proptest::prelude::*;
use tiendo::model::figures::Progress;
use tiendo::model::point::Origin;
use tiendo::model::{self, Era, Model, Status};

/// Units: the nation, then A, B, C (C merged into A when there is a
/// merger) and A's district D.
const UNITS: [&str; 5] = ["VN", "A", "B", "C", "D"];
const MERGED_ON: &str = "2025-07-01";

/// The last day of the `k`-th month from January 2019.
fn month_end(k: u32) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap() + Months::new(k + 1);
    first.pred_opt().unwrap()
}

#[derive(Clone, Debug)]
struct Rec {
    month: u32,
    /// Days after the record's date it was made public.
    published: Option<u64>,
    /// Coverage in hundredths of a point; none: words only.
    coverage: Option<u32>,
    population: Option<u64>,
    /// `estimate = true`: never meets a target.
    estimate: bool,
}

impl Rec {
    fn date(&self) -> NaiveDate {
        month_end(self.month)
    }

    fn known_on(&self) -> NaiveDate {
        self.date() + Days::new(self.published.unwrap_or(0))
    }
}

#[derive(Clone, Debug)]
struct Goal {
    unit: usize,
    year: i32,
    coverage: Option<u32>,
    strict: bool,
    /// 0: no document, no day; 1, 2: directive D1, D2; 3: a `published` day.
    set_by: u8,
    published_month: u32,
}

#[derive(Clone, Debug)]
struct Data {
    merger: bool,
    issued: [u32; 2],
    records: Vec<Vec<Rec>>,
    goals: Vec<Goal>,
}

fn rec() -> impl Strategy<Value = Rec> {
    (
        0u32..96,
        prop::option::of(0u64..150),
        prop::option::weighted(0.9, 8000u32..9990),
        prop::option::of(500u64..2000),
        prop::bool::weighted(0.25),
    )
        .prop_map(|(month, published, coverage, population, estimate)| Rec {
            month,
            published,
            coverage,
            population,
            estimate,
        })
}

fn goal() -> impl Strategy<Value = Goal> {
    (
        0usize..5,
        2020i32..=2030,
        prop::option::weighted(0.8, 9000u32..9800),
        any::<bool>(),
        0u8..4,
        0u32..96,
    )
        .prop_map(
            |(unit, year, coverage, strict, set_by, published_month)| Goal {
                unit,
                year,
                coverage,
                strict: strict && coverage.is_some(),
                set_by,
                published_month,
            },
        )
}

fn data() -> impl Strategy<Value = Data> {
    (
        any::<bool>(),
        [0u32..96, 0u32..96],
        prop::collection::vec(prop::collection::vec(rec(), 0..6), 5),
        prop::collection::vec(goal(), 0..5),
    )
        .prop_map(|(merger, issued, records, goals)| Data {
            merger,
            issued,
            records,
            goals,
        })
}

/// The dataset as TOML, keeping only the records `keep` accepts. One
/// record per date, and a merged unit's records before its merger, as
/// validation asks.
fn toml(d: &Data, keep: impl Fn(&Rec) -> bool) -> String {
    let mut s = String::from("schema = 1\n\n[meta]\ntitle = \"t\"\nas_of = 2026-12-31\n\n");
    for (k, month) in d.issued.iter().enumerate() {
        let _ = writeln!(
            s,
            "[[directive]]\nid = \"D{}\"\ncode = \"{}/CT\"\nissued = {}\nissuer = \"x\"\ntitle = \"x\"\n",
            k + 1,
            k + 1,
            month_end(*month)
        );
    }
    for g in &d.goals {
        let _ = writeln!(
            s,
            "[[target]]\nlocality = \"{}\"\nby = {}-12-31\nsource = \"s\"",
            UNITS[g.unit], g.year
        );
        match g.coverage {
            Some(c) => {
                let _ = writeln!(s, "coverage = {}.{:02}", c / 100, c % 100);
                if g.strict {
                    s.push_str("strict = true\n");
                }
            }
            None => s.push_str("label = \"toàn dân\"\n"),
        }
        match g.set_by {
            1 | 2 => {
                let _ = writeln!(s, "directive = \"D{}\"", g.set_by);
            }
            3 => {
                let _ = writeln!(s, "published = {}", month_end(g.published_month));
            }
            _ => {}
        }
        s.push('\n');
    }
    let merged_on = NaiveDate::parse_from_str(MERGED_ON, "%Y-%m-%d").unwrap();
    for (i, id) in UNITS.iter().enumerate() {
        let (kind, parent) = match i {
            0 => ("nation", None),
            4 => ("district", Some("A")),
            _ => ("province", Some("VN")),
        };
        let _ = writeln!(
            s,
            "[[locality]]\nid = \"{id}\"\nname = \"{id}\"\nkind = \"{kind}\""
        );
        if let Some(p) = parent {
            let _ = writeln!(s, "parent = \"{p}\"");
        }
        let merged = d.merger && *id == "C";
        if merged {
            let _ = writeln!(s, "merged_into = \"A\"\nmerged_on = {MERGED_ON}");
        }
        let mut seen = std::collections::BTreeSet::new();
        for r in &d.records[i] {
            if !seen.insert(r.month) || (merged && r.date() >= merged_on) || !keep(r) {
                continue;
            }
            let _ = writeln!(
                s,
                "  [[locality.record]]\n  date = {}\n  source = \"s\"",
                r.date()
            );
            if r.published.is_some() {
                let _ = writeln!(s, "  published = {}", r.known_on());
            }
            match r.coverage {
                Some(c) => {
                    let _ = writeln!(s, "  coverage = {}.{:02}", c / 100, c % 100);
                }
                None => s.push_str("  coverage_words = \"gần 95 %\"\n"),
            }
            if let Some(n) = r.population {
                let _ = writeln!(s, "  population = {n}");
            }
            if r.estimate {
                s.push_str("  estimate = true\n");
            }
        }
        s.push('\n');
    }
    s
}

fn derive(text: String, today: NaiveDate) -> Model {
    let loaded = common::load(vec![("p.toml".into(), text.into_bytes())]);
    model::derive(loaded.dataset, today)
}

/// A progress with each record index replaced by that record's date, so
/// that two datasets holding different records compare: an index into the
/// full list and one into the truncated list name the same record by date.
fn by_date(m: &Model, i: usize, p: &Progress) -> String {
    let records = &m.localities[i].records;
    let date_of = |k: usize| records.get(k).map(|r| r.date);
    let mut p = p.clone();
    // Compared as the points read back, not as the records named.
    let mut points = p.points(records).to_vec();
    let owns: Vec<Option<NaiveDate>> = points
        .iter()
        .map(|x| match x.origin {
            Origin::Own(k) => date_of(k as usize),
            Origin::RolledUp(_) => None,
        })
        .collect();
    for x in points.iter_mut().chain(p.shown.as_mut()) {
        if let Origin::Own(_) = x.origin {
            x.origin = Origin::Own(0);
        }
    }
    p.history = points.into_iter().collect();
    let said = p.said.take().map(|s| (s.date, s.words, date_of(s.record)));
    format!("{p:?} own records {owns:?} words {said:?}")
}

fn judged(m: &Model) -> Vec<String> {
    let mut out = Vec::new();
    for i in 0..m.localities.len() {
        for era in [Era::Current, Era::Former] {
            let p = m.progress(i, era).unwrap();
            out.push(format!(
                "{} {era:?}: {} status {:?} every target {:?}",
                m.localities[i].id.value,
                by_date(m, i, p),
                m.status(i, era),
                m.verdicts(i, era)
            ));
        }
    }
    out.push(format!("{:?}", m.status_counts(Era::Current)));
    out.push(format!("{:?}", m.status_counts(Era::Former)));
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn as_of_a_day_equals_the_data_known_that_day(d in data(), day in 0u32..2900) {
        let start = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap();
        let on = start + Days::new(u64::from(day));
        let now = NaiveDate::from_ymd_opt(2027, 12, 31).unwrap();
        prop_assume!(on < now);
        let mut whole = derive(toml(&d, |_| true), now);
        whole.set_as_of(Some(on));
        let known = derive(toml(&d, |r| r.known_on() <= on), on);
        let (a, b) = (judged(&whole), judged(&known));
        for (x, y) in a.iter().zip(&b) {
            prop_assert_eq!(x, y);
        }
        prop_assert_eq!(a.len(), b.len());
    }
}

/// Every verdict of `m`, on the target in force and on every target: none
/// says two things at once.
fn no_verdict_contradicts_itself(m: &Model) -> Result<(), TestCaseError> {
    use tiendo::model::verdict::{Outcome, Rule};
    for i in 0..m.localities.len() {
        for era in [Era::Current, Era::Former] {
            let p = m.progress(i, era).unwrap();
            // The last target due (the Overview's counts, the filter):
            // never met on an estimate either.
            if let Some(Outcome::Met(f)) = p.past.map(|x| x.outcome) {
                prop_assert!(!f.estimate, "last target due met on an estimate");
            }
            let mut all: Vec<(Option<usize>, tiendo::model::verdict::Verdict)> = m
                .verdicts(i, era)
                .into_iter()
                .map(|(t, v)| (Some(t), v))
                .collect();
            all.push((
                p.numeric_target,
                tiendo::model::verdict::Verdict {
                    status: p.status,
                    projection: p.projection,
                    rule: p.rule,
                },
            ));
            for (t, v) in all {
                let target = t.and_then(|t| m.targets.get(t));
                if v.status == Status::OnTrack {
                    match (target, v.rule) {
                        (Some(t), Rule::Reaches { on, .. }) => {
                            prop_assert!(on <= t.by, "on track, reaching on {on} past {}", t.by);
                            prop_assert!(v.projection.year().is_some_and(|y| y <= t.by.year()));
                        }
                        // An estimate that reaches the target: on track,
                        // awaiting the official figure.
                        (Some(t), Rule::EstimateMeets { latest }) => {
                            prop_assert!(latest.estimate && t.is_met_by(latest.coverage));
                        }
                        _ => return Err(TestCaseError::fail(format!("on track from {v:?}"))),
                    }
                }
                // An estimate never meets a target, ahead or passed.
                if let Some(Outcome::Met(f)) = v.outcome() {
                    prop_assert!(!f.estimate, "met on an estimate: {v:?}");
                }
                if v.status == Status::Achieved {
                    let figure = match v.rule {
                        Rule::Meets { latest } => latest,
                        Rule::AtDue(Outcome::Met(f)) => f,
                        other => {
                            return Err(TestCaseError::fail(format!("achieved from {other:?}")));
                        }
                    };
                    prop_assert!(target.is_some_and(|t| t.is_met_by(figure.coverage)));
                    prop_assert!(!figure.estimate, "achieved on an estimate: {v:?}");
                }
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn no_verdict_contradicts_itself_on_any_day(d in data(), day in 0u32..2900) {
        let start = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap();
        let on = start + Days::new(u64::from(day));
        let m = derive(toml(&d, |_| true), on);
        no_verdict_contradicts_itself(&m)?;
    }
}

#[test]
fn a_record_published_later_is_the_difference() {
    // A's 2025 figure was made public 35 days after the year end: as of
    // 31/12/2025 the whole dataset shows the 2024 figure, as the dataset
    // without it does.
    let d = Data {
        merger: false,
        issued: [0, 0],
        records: vec![
            vec![],
            vec![
                Rec {
                    month: 71,
                    published: None,
                    coverage: Some(9300),
                    population: Some(1000),
                    estimate: false,
                },
                Rec {
                    month: 83,
                    published: Some(35),
                    coverage: Some(9520),
                    population: Some(1000),
                    estimate: false,
                },
            ],
            vec![],
            vec![],
            vec![],
        ],
        goals: vec![],
    };
    let on = month_end(83);
    let mut whole = derive(toml(&d, |_| true), month_end(95));
    whole.set_as_of(Some(on));
    let known = derive(toml(&d, |r| r.known_on() <= on), on);
    assert_eq!(judged(&whole), judged(&known));
    let a = whole.progress(1, Era::Current).unwrap();
    assert_eq!(a.latest_point().map(|p| p.date), Some(month_end(71)));
    whole.set_as_of(Some(on + Days::new(35)));
    let a = whole.progress(1, Era::Current).unwrap();
    assert_eq!(a.latest_point().map(|p| p.date), Some(month_end(83)));
}
