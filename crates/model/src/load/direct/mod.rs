//! Pieces of the dataset's usual shape read without the TOML parser: a
//! large file is 99 % `[[locality]]` tables with their records and
//! population figures, plain `key = value` lines the parser would build a
//! tree of thirty times their size for.
//!
//! Only what is certainly read alike is read here (`line` says what a
//! line may hold), and only into the converter's own fields
//! (`convert::LocalityFields`…), whose checks and table rules are the
//! TOML path's. Anything else in a piece — another table, a key or value
//! of another shape, a key written twice, or any problem at all — leaves
//! the whole piece to the TOML parser, so every message stays worded and
//! placed exactly as it is there.

mod line;
mod value;

use std::ops::Range;

use crate::convert::{FileContent, LocalityFields, PopulationFields, RecordFields};
use crate::fields::Reader;
use line::{Line, classify};

/// The content of `text`, a piece of file `file` starting at byte `base`,
/// or `None`: read it with the TOML parser. `first`: the piece starts the
/// file (and must say `schema = 1`), always left to the parser.
pub(super) fn read(file: u32, base: usize, text: &str, first: bool) -> Option<FileContent> {
    // A `\r` anywhere: line ends and what a bare `\r` means are the parser's.
    if first || memchr::memchr(b'\r', text.as_bytes()).is_some() {
        return None;
    }
    let mut diagnostics = Vec::new();
    let mut r = Reader {
        file,
        base,
        source: text,
        diagnostics: &mut diagnostics,
        refused_ids: Vec::new(),
        texts: Default::default(),
    };
    let localities = Piece::default().read(&mut r, text)?;
    let clean = r.refused_ids.is_empty();
    (clean && diagnostics.is_empty()).then(|| FileContent {
        localities,
        ..FileContent::default()
    })
}

#[derive(Default)]
struct Piece<'t> {
    localities: Vec<crate::schema::Locality>,
    locality: Option<(LocalityFields, Range<usize>)>,
    /// The sub-table being read, if any: a record or a population figure.
    record: Option<(RecordFields, Range<usize>)>,
    population: Option<(PopulationFields, Range<usize>)>,
    /// The keys of the table being read: one written twice is the parser's
    /// to refuse.
    keys: Vec<&'t str>,
}

impl<'t> Piece<'t> {
    fn read(mut self, r: &mut Reader<'_>, text: &'t str) -> Option<Vec<crate::schema::Locality>> {
        let mut start = 0;
        while start < text.len() {
            let end = memchr::memchr(b'\n', text.as_bytes().get(start..)?)
                .map_or(text.len(), |k| start + k);
            match classify(text, start, end)? {
                Line::Blank => {}
                Line::Locality(at) => {
                    self.close_locality(r)?;
                    self.locality = Some((LocalityFields::default(), at));
                }
                Line::Record(at) => {
                    self.close_sub(r)?;
                    self.locality.as_ref()?;
                    self.record = Some((RecordFields::new(r, false), at));
                }
                Line::Population(at) => {
                    self.close_sub(r)?;
                    self.locality.as_ref()?;
                    self.population = Some((PopulationFields::default(), at));
                }
                Line::KeyValue(key, value) => {
                    if self.keys.contains(&key) {
                        return None;
                    }
                    self.keys.push(key);
                    let known = match (&mut self.record, &mut self.population, &mut self.locality) {
                        (Some((f, _)), _, _) => f.set(r, key, &value),
                        (_, Some((f, _)), _) => f.set(r, key, &value),
                        (None, None, Some((f, _))) => f.set(r, key, &value),
                        (None, None, None) => return None,
                    };
                    if !known.ok()? || !r.diagnostics.is_empty() {
                        return None;
                    }
                }
            }
            start = end + 1;
        }
        self.close_locality(r)?;
        Some(self.localities)
    }

    /// Ends the sub-table being read, adding what it gave to its locality.
    fn close_sub(&mut self, r: &mut Reader<'_>) -> Option<()> {
        self.keys.clear();
        let (record, population) = (self.record.take(), self.population.take());
        if record.is_none() && population.is_none() {
            return Some(());
        }
        let (locality, _) = self.locality.as_mut()?;
        if let Some((f, at)) = record {
            locality.records.extend(f.finish(r, at).1);
        }
        if let Some((f, at)) = population {
            locality.population.extend(f.finish(r, &at));
        }
        r.diagnostics.is_empty().then_some(())
    }

    fn close_locality(&mut self, r: &mut Reader<'_>) -> Option<()> {
        self.close_sub(r)?;
        if let Some((f, at)) = self.locality.take() {
            // Grown one record at a time, a unit's 17 records would hold
            // room for 32 until the program ends: 100 MB at 100,000 units.
            self.localities.extend(f.finish(r, &at).map(|mut l| {
                l.records.shrink_to_fit();
                l.population.shrink_to_fit();
                l
            }));
        }
        r.diagnostics.is_empty().then_some(())
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
