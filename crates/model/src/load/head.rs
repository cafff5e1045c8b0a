//! Reading the head of a large dataset before the rest (see `preview`):
//! each file is cut at its top-level headers, the nation's and provinces'
//! elements are parsed, and of the districts and communes only what a few
//! key lines say (kind, parent, merger) and the dates written in them are
//! looked at, until `preview::to_read` asks for some of them: those are
//! parsed too, with the head.

use std::collections::BTreeSet;

use foldhash::HashSet;
use std::ops::Range;

use chrono::NaiveDate;
use rayon::prelude::*;

use std::sync::atomic::Ordering;

use super::chunk::{self, Chunk};
use super::parse::merge;
use super::pieces::parse_piece;
use super::{Cuts, LoadProgress};
use crate::convert::FileContent;
use crate::diagnostic::SourceFile;
use crate::preview::{self, Head, in_head};
use crate::schema::LocalityKind;

/// An element of a file outside the head, only peeked at: where it is, the
/// parent it names and the unit it was merged into.
struct Piece {
    file: usize,
    range: Range<usize>,
    parent: Option<String>,
    merged_into: Option<String>,
}

/// An element of a file: its file, where it is, and, for a `[[locality]]`,
/// what its key lines say.
type Element = (usize, Range<usize>, Option<Peeked>);

/// Elements parsed, each by where it starts: the whole load's order.
type Parsed = Vec<((usize, usize), FileContent)>;

/// The head of the datasets, its figures exactly the whole's; `None` when
/// some file cannot be cut or peeked at safely, or has a mistake in what
/// the head reads, or the data has no nation, or the head would need more
/// than `preview::most_read` units of the rest. The whole load that
/// follows says what is wrong; this only decides whether there is a head
/// to draw.
pub fn head_first(sets: &[Vec<(String, Vec<u8>)>], progress: &LoadProgress) -> Option<Head> {
    head_first_cut(sets, progress).map(|(head, _)| head)
}

/// `head_first`, with where each file was cut: the whole load that
/// follows (`load_sets_cut`) need not cut them again.
pub fn head_first_cut(
    sets: &[Vec<(String, Vec<u8>)>],
    progress: &LoadProgress,
) -> Option<(Head, Cuts)> {
    let files: Vec<(&str, &str)> = sets
        .iter()
        .flatten()
        .map(|(name, bytes)| {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            Some((name.as_str(), std::str::from_utf8(bytes).ok()?))
        })
        .collect::<Option<_>>()?;
    progress.files_total.store(files.len(), Ordering::Relaxed);
    let bytes = files.iter().map(|(_, t)| t.len() as u64).sum();
    progress.bytes_total.store(bytes, Ordering::Relaxed);
    // Cutting looks at every byte: that is what the progress line counts.
    let cut: Vec<Vec<Chunk>> = files
        .par_iter()
        .map(|(_, text)| {
            let chunks = chunk::split(text, 0);
            progress.files_done.fetch_add(1, Ordering::Relaxed);
            progress
                .bytes_done
                .fetch_add(text.len() as u64, Ordering::Relaxed);
            chunks
        })
        .collect::<Option<_>>()?;
    // Each element peeked at on every core; kept in file order.
    let peeked: Vec<Option<Element>> = cut
        .iter()
        .enumerate()
        .flat_map(|(file, chunks)| chunks.iter().map(move |c| (file, c)))
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|(file, c)| {
            let text = files.get(file).map_or("", |f| f.1);
            let part = text.get(c.range.clone()).unwrap_or("");
            match c.root.as_deref() {
                // A unit whose key lines cannot be read plainly could be
                // anywhere in the tree: no head is drawn without the whole.
                Some("locality") => Some((file, c.range.clone(), Some(peek(part)?))),
                _ => Some((file, c.range.clone(), None)),
            }
        })
        .collect();
    let mut head: Vec<(usize, Range<usize>)> = Vec::new();
    let mut held: Vec<Piece> = Vec::new();
    for element in peeked {
        match element? {
            (file, range, Some(Peeked { kind, .. })) if in_head(kind) => head.push((file, range)),
            (
                file,
                range,
                Some(Peeked {
                    parent,
                    merged_into,
                    ..
                }),
            ) => held.push(Piece {
                file,
                range,
                parent,
                merged_into,
            }),
            (file, range, None) => head.push((file, range)),
        }
    }
    if held.is_empty() {
        return None;
    }
    let mut parsed = parse_all(&files, &head)?;
    let rest = rest_of(&files, &parsed, &held);
    let sources: Vec<SourceFile> = files
        .iter()
        .map(|(name, _)| SourceFile::new((*name).to_string(), String::new()))
        .collect();
    let set_of: Vec<usize> = sets
        .iter()
        .enumerate()
        .flat_map(|(k, files)| std::iter::repeat_n(k, files.len()))
        .collect();
    // Records naming units not read are not attached: their complaint is
    // not a mistake here, and the whole load checks every record.
    let dataset_of = |parsed: &Parsed| {
        let mut parsed = parsed.clone();
        parsed.sort_by_key(|(at, _)| *at);
        let contents = parsed.into_iter().map(|(_, c)| c).collect();
        merge(&sources, &set_of, contents, &mut Vec::new())
    };
    let limit = preview::most_read(held.len());
    let mut read = 0;
    let mut dataset = dataset_of(&parsed)?;
    // Without a nation the Overview has nothing in the head to stand on:
    // a province's own file is headed by its province, whose Overview
    // counts its districts or communes, the rest itself. Such data loads
    // whole rather than show empty counts.
    if !dataset
        .localities
        .iter()
        .any(|l| l.kind == LocalityKind::Nation)
    {
        return None;
    }
    loop {
        let units: Vec<_> = dataset.localities.iter().collect();
        let views: Vec<preview::Held<'_>> = held
            .iter()
            .map(|h| preview::Held {
                parent: h.parent.as_deref(),
                merged_into: h.merged_into.as_deref(),
            })
            .collect();
        let more: HashSet<usize> = preview::to_read(&units, &views, &rest)
            .into_iter()
            .collect();
        if more.is_empty() {
            break;
        }
        read += more.len();
        if read > limit {
            return None;
        }
        let mut ranges: Vec<(usize, Range<usize>)> = Vec::new();
        let mut k = 0;
        held.retain(|h| {
            let read_now = more.contains(&k);
            k += 1;
            if read_now {
                ranges.push((h.file, h.range.clone()));
            }
            !read_now
        });
        parsed.extend(parse_all(&files, &ranges)?);
        dataset = dataset_of(&parsed)?;
    }
    for l in &mut dataset.localities {
        l.records.sort_by_key(|r| r.date);
        l.population.sort_by_key(|p| p.date);
    }
    Some((Head { dataset }, Cuts(cut.into_iter().map(Some).collect())))
}

/// What the head knows of the units it has not read: every date written
/// in them, and in records written apart for a unit outside the head;
/// whether a plan figure is written there.
fn rest_of(files: &[(&str, &str)], parsed: &Parsed, held: &[Piece]) -> preview::Rest {
    let head_ids: HashSet<&str> = parsed
        .iter()
        .flat_map(|(_, c)| &c.localities)
        .map(|l| l.id.value.as_str())
        .collect();
    let apart: Vec<_> = parsed
        .iter()
        .flat_map(|(_, c)| &c.records)
        .filter(|r| !head_ids.contains(r.locality.value.as_str()))
        .map(|r| &r.record)
        .collect();
    // A hundred thousand units write the same twenty-odd days, 1.6 million
    // times: one set per core's run of units, not one per unit, of the days
    // as written (ten bytes compare faster than a day is read), read as
    // days once at the end.
    let (shapes, plans) = held
        .par_iter()
        .fold(
            || (BTreeSet::new(), false),
            |(mut shapes, plans), h| {
                let text = files.get(h.file).map_or("", |f| f.1);
                let text = text.get(h.range.clone()).unwrap_or("");
                shapes.extend(date_shapes(text.as_bytes()));
                (shapes, plans || writes_plan(text))
            },
        )
        .reduce(
            || (BTreeSet::new(), false),
            |mut a, b| {
                a.0.extend(b.0);
                (a.0, a.1 || b.1)
            },
        );
    let dates = shapes.iter().filter_map(date_of).collect();
    let mut rest = preview::Rest { dates, plans };
    rest.dates.extend(apart.iter().map(|r| r.date));
    rest.plans |= apart.iter().any(|r| preview::gives_plan(r));
    rest
}

/// The elements at `ranges` parsed on every core (runs of adjacent
/// elements as one piece), each with where it starts; `None` at the first
/// mistake.
fn parse_all(files: &[(&str, &str)], ranges: &[(usize, Range<usize>)]) -> Option<Parsed> {
    let mut sorted = ranges.to_vec();
    sorted.sort_by_key(|(file, range)| (*file, range.start));
    let mut runs: Vec<(usize, Range<usize>)> = Vec::new();
    for (file, range) in sorted {
        match runs.last_mut() {
            Some((f, r)) if *f == file && r.end == range.start => r.end = range.end,
            _ => runs.push((file, range)),
        }
    }
    runs.into_par_iter()
        .map(|(file, range)| {
            let text = files.get(file)?.1.get(range.clone())?;
            let at = u32::try_from(file).ok()?;
            let (content, problems) = parse_piece(at, range.start, text, range.start == 0);
            problems
                .is_empty()
                .then_some(((file, range.start), content))
        })
        .collect()
}

/// Whether a `plan` or `plan_percent` key may be written in the text: any
/// such word followed by `=` counts, in a string or a comment too.
fn writes_plan(text: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), b"plan").any(|k| {
        let after = text.get(k + 4..).unwrap_or("");
        let after = after.strip_prefix("_percent").unwrap_or(after);
        let after = after.strip_prefix(['"', '\'']).unwrap_or(after);
        after.trim_start_matches([' ', '\t']).starts_with('=')
    })
}

/// What the key lines of a `[[locality]]` element say of it.
struct Peeked {
    kind: LocalityKind,
    parent: Option<String>,
    merged_into: Option<String>,
}

/// What the key lines of a `[[locality]]` element say of it, before its
/// first sub-table: its kind, id, parent and the unit it was merged into,
/// each written as a plain string. `None` when they are, or may be,
/// written any other way (a quoted key): never guessed at.
fn peek(part: &str) -> Option<Peeked> {
    let (mut id, mut kind, mut parent, mut merged_into) = (None, None, None, None);
    for line in part.lines().skip(1) {
        let line = line.trim();
        if line.starts_with('[') {
            break;
        }
        // A multi-line string could hold lines that look like keys. Byte
        // by byte: a line is too short to pay for a substring search.
        let triple = |w: &[u8]| w == b"\"\"\"" || w == b"'''";
        if line.as_bytes().windows(3).any(triple) {
            return None;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let key = key.trim();
        if key.starts_with(['"', '\'']) {
            return None;
        }
        let slot = match key {
            "id" => &mut id,
            "kind" => &mut kind,
            "parent" => &mut parent,
            "merged_into" => &mut merged_into,
            _ => continue,
        };
        *slot = Some(plain_string(value)?);
    }
    let kind = match kind? {
        "nation" => LocalityKind::Nation,
        "province" => LocalityKind::Province,
        "district" => LocalityKind::District,
        "commune" => LocalityKind::Commune,
        _ => return None,
    };
    // An element without an id is a mistake the whole load will tell.
    id?;
    Some(Peeked {
        kind,
        parent: parent.map(str::to_string),
        merged_into: merged_into.map(str::to_string),
    })
}

/// `"text"` with nothing to unescape, maybe followed by a comment.
fn plain_string(value: &str) -> Option<&str> {
    let inner = value.trim().strip_prefix('"')?;
    let (text, after) = inner.split_once('"')?;
    let after = after.trim();
    (!text.contains('\\') && (after.is_empty() || after.starts_with('#'))).then_some(text)
}

/// Every date written `YYYY-MM-DD` anywhere in the text, in a value, a
/// string or a comment: more than the figures' dates, never fewer.
#[cfg(test)]
fn dates_in(text: &str) -> impl Iterator<Item = NaiveDate> + '_ {
    date_shapes(text.as_bytes()).filter_map(|s| date_of(&s))
}

/// Every run of bytes shaped `dddd-dd-dd`, as written: a day or not.
fn date_shapes(b: &[u8]) -> impl Iterator<Item = [u8; 10]> + '_ {
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    memchr::memchr_iter(b'-', b).filter_map(move |k| {
        let start = k.checked_sub(4)?;
        let shaped = digits(start..k)
            && digits(k + 1..k + 3)
            && b.get(k + 3) == Some(&b'-')
            && digits(k + 4..k + 6);
        if !shaped {
            return None;
        }
        b.get(start..start + 10)?.try_into().ok()
    })
}

/// The day a `dddd-dd-dd` shape names, if it is one.
fn date_of(shape: &[u8; 10]) -> Option<NaiveDate> {
    let number = |r: std::ops::Range<usize>| super::digits_value(shape.get(r)?);
    let year = i32::try_from(number(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_commune_is_peeked_at_from_its_key_lines() {
        let part = "[[locality]]\nid = \"xa-1\" # the commune\nname = \"Xã 1\"\nkind = \"commune\"\nparent = \"huyen-1\"\n\n  [[locality.record]]\n  id = \"not-this\"\n";
        let peeked = peek(part).unwrap();
        assert_eq!(peeked.kind, LocalityKind::Commune);
        assert_eq!(peeked.parent.as_deref(), Some("huyen-1"));
        assert_eq!(peeked.merged_into, None);
    }

    #[test]
    fn key_lines_inside_a_multi_line_note_are_not_read() {
        let part = "[[locality]]\nid = \"xa\"\nnote = \"\"\"\nkind = \"province\"\n\"\"\"\nkind = \"commune\"\n";
        assert!(peek(part).is_none());
        let literal =
            "[[locality]]\nid = \"xa\"\nnote = '''\nkind = \"province\"\n'''\nkind = \"commune\"\n";
        assert!(peek(literal).is_none());
    }

    #[test]
    fn an_id_written_with_escapes_or_without_kind_is_not_guessed() {
        assert!(peek("[[locality]]\nid = \"x\\u0041\"\nkind = \"commune\"\n").is_none());
        assert!(peek("[[locality]]\nid = \"x\"\n").is_none());
        assert!(peek("[[locality]]\nid = 'x'\nkind = \"commune\"\n").is_none());
        assert!(peek("[[locality]]\nid = \"x\"\nkind = \"town\"\n").is_none());
    }

    #[test]
    fn digits_are_summed_and_anything_else_refused() {
        use crate::load::digits_value;
        assert_eq!(digits_value(b"2025"), Some(2025));
        assert_eq!(digits_value(b"07"), Some(7));
        assert_eq!(digits_value(b"2:"), None);
        assert_eq!(digits_value(b"-1"), None);
        assert_eq!(digits_value(b"99999999999"), None);
    }

    #[test]
    fn every_written_date_is_found_even_in_words() {
        let found: Vec<NaiveDate> =
            dates_in("date = 2020-12-31\nnote = \"số 2019-06-30\" 2021-02-30 12-31 x2022-1-01 2021-0:-05 2021-07x31 2021-07-0:")
                .collect();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(found, vec![day(2020, 12, 31), day(2019, 6, 30)]);
    }
}
