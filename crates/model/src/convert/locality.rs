//! `[[locality]]` tables with their aliases and population figures (their
//! records are `record`'s).

use std::ops::Range;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::DeValue;

use super::entries;
use super::keys::{LOCALITY, LOCALITY_KINDS, POPULATION};
use super::record::record;
use super::written::{Written, read};
use crate::fields::{Reader, Slot};
use crate::fold;
use crate::problem::Field;
use crate::schema::{Locality, LocalityKind, Located, PopulationPoint, Record};

pub fn locality(r: &mut Reader<'_>, v: &Spanned<DeValue<'_>>) -> Option<Locality> {
    let t = r.table(v, "[[locality]]")?;
    let mut fields = LocalityFields::default();
    for (key, v) in entries(t) {
        match key.get_ref().as_ref() {
            "aliases" => fields.aliases = read_aliases(r, v),
            "record" => {
                for t in r.tables(v, "locality.record") {
                    fields.records.extend(record(r, t));
                }
            }
            "population" => {
                for t in r.tables(v, "locality.population") {
                    fields.population.extend(population_point(r, t));
                }
            }
            name => {
                if !read(fields.set(r, name, v)) {
                    r.unknown_key(key, Some("[[locality]]"), LOCALITY);
                }
            }
        }
    }
    fields.finish(r, &v.span())
}

/// A `[[locality]]` as its keys are read, by either reader: the values of
/// its own keys, and what its lists and sub-tables gave.
#[derive(Default)]
pub(crate) struct LocalityFields {
    id: Slot<Located<String>>,
    name: Slot<String>,
    kind: Slot<LocalityKind>,
    parent: Slot<Located<String>>,
    merged_into: Slot<Located<String>>,
    merged_on: Slot<NaiveDate>,
    abolished_on: Slot<NaiveDate>,
    note: Slot<String>,
    pub aliases: Vec<Located<String>>,
    pub records: Vec<Record>,
    pub population: Vec<PopulationPoint>,
}

impl LocalityFields {
    /// Reads the value of `key`; `Ok(false)`: no key of a single value
    /// (`aliases`, `record` and `population` are the reader's to read).
    pub fn set<W: Written>(
        &mut self,
        r: &mut Reader<'_>,
        key: &str,
        v: &W,
    ) -> Result<bool, W::Unread> {
        const T: &str = "[[locality]]";
        match key {
            "id" => self.id.set(v.own_id(r)?),
            "name" => self.name.set(v.text(r, "name")?),
            "kind" => self.kind.set(v.choice(r, "kind", LOCALITY_KINDS)?),
            "parent" => self.parent.set(v.reference(r, "parent")?),
            "merged_into" => self.merged_into.set(v.reference(r, "merged_into")?),
            "merged_on" => self.merged_on.set(v.date(r, "merged_on", T)?),
            "abolished_on" => self.abolished_on.set(v.date(r, "abolished_on", T)?),
            "note" => self.note.set(v.text(r, "note")?),
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The locality of the table written at `at`, once all its keys are read.
    pub fn finish(self, r: &mut Reader<'_>, at: &Range<usize>) -> Option<Locality> {
        const T: &str = "[[locality]]";
        let id = r.need(self.id, "id", T, at);
        let name = r.need(self.name, "name", T, at);
        // A kind or name that is missing or refused has been reported; the
        // locality is kept so that references to and from it are still checked
        // and no second, false problem follows from the first.
        let kind = r
            .need(self.kind, "kind", T, at)
            .unwrap_or(LocalityKind::Province);
        let id = id?;
        Some(Locality {
            name: name.unwrap_or_else(|| id.value.clone()),
            aliases: self.aliases,
            id,
            kind,
            parent: self.parent.get(),
            merged_into: self.merged_into.get(),
            merged_on: self.merged_on.get(),
            abolished_on: self.abolished_on.get(),
            note: self.note.get(),
            records: self.records,
            population: self.population,
        })
    }
}

/// `aliases = ["TP HCM", "Sài Gòn"]`: other names search finds the unit by.
/// Each is text like a name; one that search could not tell from another
/// of the same unit (`HCM`, `hcm`) is refused, as is one with no letter.
fn read_aliases(r: &mut Reader<'_>, v: &Spanned<DeValue<'_>>) -> Vec<Located<String>> {
    let DeValue::Array(items) = v.get_ref() else {
        let example = match v.get_ref() {
            DeValue::String(s) => format!("\"{s}\""),
            _ => "\"TP HCM\", \"Sài Gòn\"".to_string(),
        };
        let problem = Field::AliasesNotList { example };
        r.error(v.span(), problem);
        return Vec::new();
    };
    let mut out: Vec<Located<String>> = Vec::new();
    for item in items {
        let Some(alias) = r.located_text(item, "aliases") else {
            continue;
        };
        let key = fold::words(&alias.value);
        if key.is_empty() {
            let alias = alias.value;
            r.error(item.span(), Field::AliasNoLetter { alias });
        } else if let Some(first) = out.iter().find(|a| fold::words(&a.value) == key) {
            let (alias, first) = (alias.value, first.value.clone());
            r.error(item.span(), Field::AliasRepeated { alias, first });
        } else {
            out.push(alias);
        }
    }
    out
}

fn population_point(r: &mut Reader<'_>, v: &Spanned<DeValue<'_>>) -> Option<PopulationPoint> {
    let t = r.table(v, "[[locality.population]]")?;
    let mut fields = PopulationFields::default();
    for (key, v) in entries(t) {
        if !read(fields.set(r, key.get_ref().as_ref(), v)) {
            r.unknown_key(key, Some("[[locality.population]]"), POPULATION);
        }
    }
    fields.finish(r, &v.span())
}

/// A `[[locality.population]]` as its keys are read, by either reader.
#[derive(Default)]
pub(crate) struct PopulationFields {
    date: Slot<NaiveDate>,
    count: Slot<u64>,
    note: Slot<String>,
    source: Slot<crate::shared::Shared>,
}

impl PopulationFields {
    /// Reads the value of `key`; `Ok(false)`: not a key of the table.
    pub fn set<W: Written>(
        &mut self,
        r: &mut Reader<'_>,
        key: &str,
        v: &W,
    ) -> Result<bool, W::Unread> {
        match key {
            "date" => self.date.set(v.date(r, "date", "[[locality.population]]")?),
            "count" => self.count.set(v.count(r, "count")?),
            "note" => self.note.set(v.text(r, "note")?),
            "source" => self.source.set(v.shared_text(r, "source")?),
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The figure of the table written at `at`, once all its keys are read.
    pub fn finish(self, r: &mut Reader<'_>, at: &Range<usize>) -> Option<PopulationPoint> {
        const T: &str = "[[locality.population]]";
        let date = r.need(self.date, "date", T, at);
        let count = r.need(self.count, "count", T, at);
        let source = r.need(self.source, "source", T, at);
        Some(PopulationPoint {
            date: date?,
            count: count?,
            note: self.note.get(),
            source: source?,
            at: r.loc(at.start),
        })
    }
}
