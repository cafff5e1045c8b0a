//! One record per unit and date: a second is an error, unless it says
//! `replaces = true`, when it supersedes the one loaded before it (from an
//! earlier file, an earlier dataset, or earlier in the same file). The
//! superseded record is dropped from everything; the one that replaced it
//! keeps what it said (`Record::replaced`) and `check` notes the change.
//!
//! Done while the files are merged, before any check or figure, so that
//! the whole load, the head drawn before it and the cache all hold the
//! same records.

use crate::diagnostic::{Loc, RawDiagnostic, Severity, SourceFile};
use crate::problem::Load;
use crate::schema::{Dataset, Record, Replaced};

/// Drops every record another replaces, and reports each replacement (a
/// note), each clash without the mark and each mark with nothing before
/// it to replace (errors).
pub(super) fn resolve(dataset: &mut Dataset, sources: &[SourceFile], raw: &mut Vec<RawDiagnostic>) {
    let place = |at: Loc| place(sources, at);
    for l in &mut dataset.localities {
        let plain =
            l.records.iter().all(|r| !r.replaces) && l.records.is_sorted_by(|a, b| a.date < b.date);
        if plain {
            continue;
        }
        let id = l.id.value.as_str();
        let mut records = std::mem::take(&mut l.records);
        // Load order: the file (numbered across datasets in the order
        // given), then the place in it.
        records.sort_by_key(|r| (r.date, r.at));
        let mut kept: Vec<Record> = Vec::with_capacity(records.len());
        let mut group: Vec<Record> = Vec::new();
        for r in records {
            if group.first().is_some_and(|g| g.date != r.date) {
                settle(id, std::mem::take(&mut group), &mut kept, raw, &place);
            }
            group.push(r);
        }
        settle(id, group, &mut kept, raw, &place);
        l.records = kept;
    }
}

/// The records of one unit and date, in load order, down to the one that
/// stands (or to all of them, when a clash is an error).
fn settle(
    id: &str,
    group: Vec<Record>,
    kept: &mut Vec<Record>,
    raw: &mut Vec<RawDiagnostic>,
    place: &dyn Fn(Loc) -> String,
) {
    let mut records = group.into_iter();
    let Some(mut standing) = records.next() else {
        return;
    };
    let date = standing.date;
    // The first record of the date has none before it to replace.
    let mut misplaced = false;
    if standing.replaces {
        let problem = match records.as_slice().first() {
            None => Load::ReplacesNothing {
                id: id.to_string(),
                date,
            },
            Some(later) => {
                misplaced = true;
                let later = place(later.at);
                Load::ReplacesLater {
                    id: id.to_string(),
                    date,
                    later,
                }
            }
        };
        push(raw, standing.at, Severity::Error, problem);
    }
    for next in records {
        // Said already: the first record is the one out of place.
        let said = std::mem::take(&mut misplaced);
        if next.replaces {
            let (source, earlier) = (&standing.source, place(standing.at));
            let problem = Load::Replaced {
                id: id.to_string(),
                date,
                earlier,
                source: source.to_string(),
            };
            push(raw, next.at, Severity::Note, problem);
            let old = standing;
            standing = next;
            let coverage = old.coverage_or_ratio();
            let (estimate, source, at) = (old.estimate, old.source.clone(), old.at);
            let earlier = old.into_replaced();
            standing.more_mut().replaced = Some(Box::new(Replaced {
                coverage,
                estimate,
                source,
                at,
                earlier,
            }));
        } else {
            if !said {
                let problem = Load::TwoRecords {
                    id: id.to_string(),
                    date,
                };
                push(raw, next.at, Severity::Error, problem);
            }
            kept.push(std::mem::replace(&mut standing, next));
        }
    }
    kept.push(standing);
}

fn push(raw: &mut Vec<RawDiagnostic>, at: Loc, severity: Severity, problem: Load) {
    raw.push(RawDiagnostic {
        at,
        severity,
        problem: problem.into(),
    });
}

/// `file:line` of a record, as a problem names it.
fn place(sources: &[SourceFile], at: Loc) -> String {
    match sources.get(at.file as usize) {
        Some(f) => {
            let (line, _) = f.line_and_column(at.offset as usize);
            format!("{}:{line}", f.name)
        }
        None => "?".to_string(),
    }
}

#[cfg(test)]
#[path = "replace_tests.rs"]
mod tests;
