//! One record per unit and date: a second is an error, unless it says
//! `replaces = true`, when it supersedes the one loaded before it (from an
//! earlier file, an earlier dataset, or earlier in the same file). The
//! superseded record is dropped from everything; the one that replaced it
//! keeps what it said (`Record::replaced`) and `check` notes the change.
//!
//! Done while the files are merged, before any check or figure, so that
//! the whole load, the head drawn before it and the cache all hold the
//! same records.

use crate::diagnostic::{Loc, RawDiagnostic, Severity, SourceFile, line_and_column};
use crate::lang::Lang;
use crate::schema::{Dataset, Record, Replaced};

/// Drops every record another replaces, and reports each replacement (a
/// note), each clash without the mark and each mark with nothing before
/// it to replace (errors).
pub(super) fn resolve(
    dataset: &mut Dataset,
    sources: &[SourceFile],
    raw: &mut Vec<RawDiagnostic>,
    lang: Lang,
) {
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
                settle(id, std::mem::take(&mut group), &mut kept, raw, lang, &place);
            }
            group.push(r);
        }
        settle(id, group, &mut kept, raw, lang, &place);
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
    lang: Lang,
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
        let message = match records.as_slice().first() {
            None => say!(
                lang,
                "`replaces = true`, but `{id}` has no other record for {date}: there is nothing to replace; remove `replaces`, or load first the data that holds the record it replaces",
                "`replaces = true`, nhưng `{id}` không có bản ghi nào khác cho ngày {date}: không có gì để thay; hãy bỏ `replaces`, hoặc nạp trước dữ liệu chứa bản ghi cần thay"
            ),
            Some(later) => {
                misplaced = true;
                let later = place(later.at);
                say!(
                    lang,
                    "`replaces = true`, but the record of `{id}` for {date} it would replace, at {later}, is loaded after it: a record replaces only one loaded before it; give the data in the other order",
                    "`replaces = true`, nhưng bản ghi của `{id}` ngày {date} cần thay, tại {later}, lại được nạp sau bản ghi này: một bản ghi chỉ thay được bản ghi nạp trước nó; hãy nạp dữ liệu theo thứ tự ngược lại"
                )
            }
        };
        push(raw, standing.at, Severity::Error, message);
    }
    for next in records {
        // Said already: the first record is the one out of place.
        let said = std::mem::take(&mut misplaced);
        if next.replaces {
            let (source, earlier) = (&standing.source, place(standing.at));
            let message = say!(
                lang,
                "`{id}` on {date}: this record replaces the one at {earlier} (source \"{source}\"), which is no longer used",
                "`{id}` ngày {date}: bản ghi này thay cho bản ghi tại {earlier} (nguồn \"{source}\"), bản ghi đó không còn được dùng"
            );
            push(raw, next.at, Severity::Note, message);
            let old = standing;
            standing = next;
            standing.replaced = Some(Box::new(Replaced {
                coverage: old.coverage_or_ratio(),
                estimate: old.estimate,
                source: old.source,
                at: old.at,
                earlier: old.replaced,
            }));
        } else {
            if !said {
                let message = say!(
                    lang,
                    "`{id}` has two records for {date}: keep one and name the other source in its `note`",
                    "`{id}` có hai bản ghi cho ngày {date}: hãy giữ một bản ghi và ghi nguồn còn lại vào `note` của nó"
                );
                push(raw, next.at, Severity::Error, message);
            }
            kept.push(std::mem::replace(&mut standing, next));
        }
    }
    kept.push(standing);
}

fn push(raw: &mut Vec<RawDiagnostic>, at: Loc, severity: Severity, message: String) {
    raw.push(RawDiagnostic {
        at,
        severity,
        message,
    });
}

/// `file:line` of a record, as a message names it.
fn place(sources: &[SourceFile], at: Loc) -> String {
    match sources.get(at.file as usize) {
        Some(f) => {
            let (line, _) = line_and_column(&f.text, at.offset as usize);
            format!("{}:{line}", f.name)
        }
        None => "?".to_string(),
    }
}

#[cfg(test)]
#[path = "replace_tests.rs"]
mod tests;
