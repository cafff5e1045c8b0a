//! Checks across tables and files: unique ids, references that resolve, no
//! parent cycles, counts that agree, and warnings about doubtful figures.

mod aliases;
mod existence;
mod records;
mod references;

use foldhash::HashSet;
use rayon::prelude::*;

use chrono::NaiveDate;

use super::diagnostic::{Loc, RawDiagnostic, Severity, SourceFile};
use super::schema::{Dataset, LocalityKind};
use crate::problem::{IdKind, Problem, Reference};
use aliases::check_aliases;
use existence::check_existence;
use records::check_records;
use references::{Known, check_cycles, resolve, unique};

/// Where problems go.
struct Sink<'d>(&'d mut Vec<RawDiagnostic>);

impl Sink<'_> {
    fn error(&mut self, at: Loc, problem: impl Into<Problem>) {
        self.0.push(RawDiagnostic {
            at,
            severity: Severity::Error,
            problem: problem.into(),
        });
    }

    fn warn(&mut self, at: Loc, problem: impl Into<Problem>) {
        self.0.push(RawDiagnostic {
            at,
            severity: Severity::Warning,
            problem: problem.into(),
        });
    }
}

/// The days `check` judges a dataset by: staleness on `day` (`--today` or
/// the clock), and a figure dated or published after `refuse_after` (the
/// clock's day, or a later `--today`) refused: it cannot exist yet. A
/// figure between the two is only later than the judging day: the
/// dashboard leaves it out (`left_out`), it is not wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Judging {
    pub day: NaiveDate,
    pub refuse_after: NaiveDate,
}

impl Judging {
    /// Judged on `day`, and every figure after it refused.
    pub fn on(day: NaiveDate) -> Self {
        Self {
            day,
            refuse_after: day,
        }
    }
}

/// Every check; with `judging`, also refuses figures from the future and
/// judges staleness on its day rather than on the dataset's `as_of`.
pub fn check(
    d: &Dataset,
    sources: &[SourceFile],
    today: Option<Judging>,
    raw: &mut Vec<RawDiagnostic>,
) {
    let mut sink = Sink(raw);
    let refused: HashSet<&str> = d.refused_ids.iter().map(String::as_str).collect();
    let localities = Known::new(unique(
        &mut sink,
        sources,
        d.localities.iter().map(|l| &l.id),
        IdKind::Locality,
    ));
    let directives = Known::new(unique(
        &mut sink,
        sources,
        d.directives.iter().map(|x| &x.id),
        IdKind::Directive,
    ));

    // A dataset need not hold the nation (a province's own file does not);
    // it holds at most one.
    let nations: Vec<_> = d
        .localities
        .iter()
        .filter(|l| l.kind == LocalityKind::Nation)
        .collect();
    for extra in nations.iter().skip(1) {
        let id = &extra.id.value;
        sink.error(extra.id.at, Reference::SecondNation { id: id.clone() });
    }
    // The top units are the highest kind written without a parent; a unit
    // of a lower kind without one would silently head nothing.
    let top = d
        .localities
        .iter()
        .filter(|l| l.parent.is_none() && l.merged_into.is_none())
        .map(|l| l.kind)
        .min_by_key(|&k| super::tops::rank(k));

    // Each unit's own checks on every core; what they find is told in
    // file order, as one pass would tell it. The walk up the parents for
    // cycles is on one core (15–20 ms at 100,000 units): beside them, not
    // after them, and told after them as before.
    let (per_unit, cycles) = rayon::join(
        || -> Vec<Vec<RawDiagnostic>> {
            d.localities
                .par_iter()
                .map(|l| {
                    let mut found = Vec::new();
                    let units = (&nations[..], top);
                    let known = (&localities, &refused);
                    check_unit(&mut Sink(&mut found), l, known, units, d.meta.as_of, today);
                    found
                })
                .collect()
        },
        || {
            let mut found = Vec::new();
            check_cycles(&mut Sink(&mut found), d, &localities);
            found
        },
    );
    for found in per_unit {
        sink.0.extend(found);
    }
    sink.0.extend(cycles);
    check_aliases(&mut sink, d);

    for t in &d.targets {
        resolve(
            &mut sink,
            &t.locality,
            (&localities, &refused),
            "locality",
            IdKind::Locality,
        );
        if let Some(x) = &t.directive {
            resolve(
                &mut sink,
                x,
                (&directives, &refused),
                "directive",
                IdKind::Directive,
            );
        }
    }
    for m in &d.milestones {
        if let Some(x) = &m.locality {
            resolve(
                &mut sink,
                x,
                (&localities, &refused),
                "locality",
                IdKind::Locality,
            );
        }
        if let Some(x) = &m.directive {
            resolve(
                &mut sink,
                x,
                (&directives, &refused),
                "directive",
                IdKind::Directive,
            );
        }
    }
}

/// One unit's own checks: its parent, its merger, its records.
fn check_unit(
    sink: &mut Sink<'_>,
    l: &crate::schema::Locality,
    known: (&Known<'_>, &HashSet<&str>),
    (nations, top): (&[&crate::schema::Locality], Option<LocalityKind>),
    as_of: NaiveDate,
    today: Option<Judging>,
) {
    let id = &l.id.value;
    match (&l.parent, l.kind) {
        (Some(p), LocalityKind::Nation) => {
            sink.error(p.at, Reference::NationWithParent { id: id.clone() });
        }
        (Some(p), _) => resolve(sink, p, known, "parent", IdKind::Locality),
        (None, LocalityKind::Nation) => {}
        (None, kind) => match (nations.first(), top) {
            (Some(nation), _) => {
                let nation = &nation.id.value;
                sink.error(
                    l.id.at,
                    Reference::NoParentUnderNation {
                        id: id.clone(),
                        nation: nation.clone(),
                    },
                );
            }
            (None, Some(top)) if super::tops::rank(kind) > super::tops::rank(top) => {
                let top = super::tops::code(top);
                sink.error(
                    l.id.at,
                    Reference::NoParentUnderTop {
                        id: id.clone(),
                        top: top.to_string(),
                    },
                );
            }
            (None, _) => {}
        },
    }
    if let Some(m) = &l.merged_into {
        resolve(sink, m, known, "merged_into", IdKind::Locality);
        if m.value == *id {
            sink.error(m.at, Reference::MergedIntoItself { id: id.clone() });
        }
    }
    match (&l.merged_into, l.merged_on) {
        (Some(m), None) => sink.error(m.at, Reference::MergedIntoWithoutDate { id: id.clone() }),
        (None, Some(_)) => sink.error(l.id.at, Reference::MergedOnWithoutInto { id: id.clone() }),
        _ => {}
    }
    check_records(sink, l, as_of, today);
    check_existence(sink, l);
}

#[cfg(test)]
mod tests {
    use crate::problem::{Problem, Reference};

    /// The problems a dataset of `units` (TOML `[[locality]]` tables) is
    /// refused for, none when it loads.
    fn refused(units: &str) -> Vec<Problem> {
        let text = format!("schema = 1\n[meta]\ntitle = \"t\"\nas_of = 2025-12-31\n{units}");
        match crate::load_files(vec![("t.toml".to_string(), text.into_bytes())]) {
            Ok(_) => Vec::new(),
            Err(invalid) => invalid.diagnostics.into_iter().map(|d| d.problem).collect(),
        }
    }

    const UNDER: &str = "
[[locality]]
id = \"huyen-a\"
name = \"Huyện A\"
kind = \"district\"

[[locality]]
id = \"xa-b\"
name = \"Xã B\"
kind = \"commune\"
parent = \"huyen-a\"
";

    #[test]
    fn a_unit_merged_away_does_not_make_its_kind_the_top_units_kind() {
        let merged = "
[[locality]]
id = \"tinh-cu\"
name = \"Tỉnh Cũ\"
kind = \"province\"
merged_into = \"huyen-a\"
merged_on = 2025-07-01
";
        assert_eq!(refused(&format!("{merged}{UNDER}")), []);
        // Not merged, a province without a parent is a top unit, and a
        // district without one below it belongs to nothing.
        let standing = "
[[locality]]
id = \"tinh-cu\"
name = \"Tỉnh Cũ\"
kind = \"province\"
";
        let problems = refused(&format!("{standing}{UNDER}"));
        assert!(
            matches!(
                problems.as_slice(),
                [Problem::Reference(Reference::NoParentUnderTop { id, .. })] if id == "huyen-a"
            ),
            "{problems:?}"
        );
    }
}
