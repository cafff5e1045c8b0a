//! Checks across tables and files: unique ids, references that resolve, no
//! parent cycles, counts that agree, and warnings about doubtful figures.

mod aliases;
mod existence;
mod records;
mod references;

use std::collections::HashSet;

use chrono::NaiveDate;

use super::diagnostic::{Loc, RawDiagnostic, Severity, SourceFile};
use super::schema::{Dataset, LocalityKind};
use crate::lang::Lang;
use aliases::check_aliases;
use existence::check_existence;
use records::check_records;
use references::{Known, check_cycles, resolve, unique};

/// Where problems go, and the language they are said in.
struct Sink<'d>(&'d mut Vec<RawDiagnostic>, Lang);

impl Sink<'_> {
    fn lang(&self) -> Lang {
        self.1
    }

    fn error(&mut self, at: Loc, message: String) {
        self.0.push(RawDiagnostic {
            at,
            severity: Severity::Error,
            message,
        });
    }

    fn warn(&mut self, at: Loc, message: String) {
        self.0.push(RawDiagnostic {
            at,
            severity: Severity::Warning,
            message,
        });
    }
}

/// Every check; `today` (the judging day) also refuses figures dated after
/// it and judges staleness on it rather than on the dataset's `as_of`.
pub fn check(
    d: &Dataset,
    sources: &[SourceFile],
    today: Option<NaiveDate>,
    lang: Lang,
    raw: &mut Vec<RawDiagnostic>,
) {
    let mut sink = Sink(raw, lang);
    let refused: HashSet<&str> = d.refused_ids.iter().map(String::as_str).collect();
    let localities = Known::new(unique(
        &mut sink,
        sources,
        d.localities.iter().map(|l| &l.id),
        "locality",
    ));
    let directives = Known::new(unique(
        &mut sink,
        sources,
        d.directives.iter().map(|x| &x.id),
        "directive",
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
        sink.error(
            extra.id.at,
            say!(
                lang,
                "a second nation `{id}`: a dataset has at most one locality of kind \"nation\"",
                "cấp quốc gia thứ hai `{id}`: một bộ dữ liệu có nhiều nhất một địa phương có kind = \"nation\""
            ),
        );
    }
    // The top units are the highest kind written without a parent; a unit
    // of a lower kind without one would silently head nothing.
    let top = d
        .localities
        .iter()
        .filter(|l| l.parent.is_none() && l.merged_into.is_none())
        .map(|l| l.kind)
        .min_by_key(|&k| super::tops::rank(k));

    for l in &d.localities {
        let id = &l.id.value;
        match (&l.parent, l.kind) {
            (Some(p), LocalityKind::Nation) => {
                sink.error(
                    p.at,
                    say!(
                        lang,
                        "the nation `{id}` has no parent: remove `parent`",
                        "cấp quốc gia `{id}` không có đơn vị cấp trên: hãy bỏ `parent`"
                    ),
                );
            }
            (Some(p), _) => resolve(&mut sink, p, (&localities, &refused), "parent", "locality"),
            (None, LocalityKind::Nation) => {}
            (None, kind) => match (nations.first(), top) {
                (Some(nation), _) => {
                    let nation = &nation.id.value;
                    sink.error(
                        l.id.at,
                        say!(
                            lang,
                            "`{id}` lacks `parent`: name the unit it belongs to (the nation is \"{nation}\")",
                            "`{id}` thiếu `parent`: hãy ghi đơn vị cấp trên của nó (cấp quốc gia là \"{nation}\")"
                        ),
                    );
                }
                (None, Some(top)) if super::tops::rank(kind) > super::tops::rank(top) => {
                    let top = super::tops::code(top);
                    sink.error(
                        l.id.at,
                        say!(
                            lang,
                            "`{id}` lacks `parent`: the top units of this dataset are of kind \"{top}\"; name the unit it belongs to",
                            "`{id}` thiếu `parent`: các đơn vị cao nhất của bộ dữ liệu có kind = \"{top}\"; hãy ghi đơn vị cấp trên của nó"
                        ),
                    );
                }
                (None, _) => {}
            },
        }
        if let Some(m) = &l.merged_into {
            resolve(
                &mut sink,
                m,
                (&localities, &refused),
                "merged_into",
                "locality",
            );
            if m.value == *id {
                sink.error(
                    m.at,
                    say!(
                        lang,
                        "`{id}` cannot be merged into itself",
                        "`{id}` không thể sáp nhập vào chính nó"
                    ),
                );
            }
        }
        match (&l.merged_into, l.merged_on) {
            (Some(m), None) => sink.error(
                m.at,
                say!(
                    lang,
                    "`{id}` has `merged_into` but no `merged_on`: add the date of the merger",
                    "`{id}` có `merged_into` nhưng thiếu `merged_on`: hãy thêm ngày sáp nhập"
                ),
            ),
            (None, Some(_)) => sink.error(
                l.id.at,
                say!(
                    lang,
                    "`{id}` has `merged_on` but no `merged_into`: name the unit it was merged into",
                    "`{id}` có `merged_on` nhưng thiếu `merged_into`: hãy ghi đơn vị mà nó được sáp nhập vào"
                ),
            ),
            _ => {}
        }
        check_records(&mut sink, l, d.meta.as_of, today);
        check_existence(&mut sink, l);
    }
    check_cycles(&mut sink, d, &localities);
    check_aliases(&mut sink, d);

    for t in &d.targets {
        resolve(
            &mut sink,
            &t.locality,
            (&localities, &refused),
            "locality",
            "locality",
        );
        if let Some(x) = &t.directive {
            resolve(
                &mut sink,
                x,
                (&directives, &refused),
                "directive",
                "directive",
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
                "locality",
            );
        }
        if let Some(x) = &m.directive {
            resolve(
                &mut sink,
                x,
                (&directives, &refused),
                "directive",
                "directive",
            );
        }
    }
}
