//! Records: `[[locality.record]]` and top-level `[[record]]` tables, with
//! their groups.

use std::ops::Range;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::entries;
use super::keys::{GROUPS, RECORD, TOP_RECORD};
use super::written::{Written, read};
use crate::fields::{Reader, Slot};
use crate::problem::Field;
use crate::schema::{Groups, Located, More, Record};
use crate::shared::Shared;

/// A top-level `[[record]]`, before it is attached to its locality.
#[derive(Clone, Debug)]
pub struct TopRecord {
    pub locality: Located<String>,
    pub record: Record,
}

pub(super) fn record(r: &mut Reader<'_>, v: &Spanned<DeValue<'_>>) -> Option<Record> {
    read_record(r, v, false).and_then(|(_, record)| record)
}

/// A top-level `[[record]]`: the same keys as `[[locality.record]]`, and
/// `locality`, the id of the unit it is attached to (defined in any file
/// of any dataset loaded with it). `None` when the table was refused.
pub fn top_record(r: &mut Reader<'_>, v: &Spanned<DeValue<'_>>) -> Option<TopRecord> {
    let (locality, record) = read_record(r, v, true)?;
    Some(TopRecord {
        locality: locality?,
        record: record?,
    })
}

/// A record and, for a top-level `[[record]]` (`top`), its `locality`.
fn read_record(
    r: &mut Reader<'_>,
    v: &Spanned<DeValue<'_>>,
    top: bool,
) -> Option<(Option<Located<String>>, Option<Record>)> {
    let mut fields = RecordFields::new(r, top);
    let table = fields.table();
    let keys = if top { TOP_RECORD } else { RECORD };
    let t = r.table(v, table)?;
    for (key, v) in entries(t) {
        match key.get_ref().as_ref() {
            "groups" => {
                let name = if top {
                    "[record.groups]"
                } else {
                    "[locality.record.groups]"
                };
                if let Some(g) = r.table(v, name) {
                    fields.groups = read_groups(r, g, name);
                }
            }
            name => {
                if !read(fields.set(r, name, v)) {
                    r.unknown_key(key, Some(table), keys);
                }
            }
        }
    }
    Some(fields.finish(r, v.span()))
}

/// A record's table as its keys are read, by either reader.
pub(crate) struct RecordFields {
    /// A top-level `[[record]]`, which names its locality.
    top: bool,
    /// The problems told before the table was read.
    problems_before: usize,
    locality: Slot<Located<String>>,
    date: Slot<NaiveDate>,
    published: Slot<NaiveDate>,
    coverage: Slot<f64>,
    participants: Slot<u64>,
    population: Slot<u64>,
    plan: Slot<u64>,
    plan_percent: Slot<f64>,
    words: Slot<String>,
    note: Slot<Shared>,
    source: Slot<Shared>,
    estimate: Slot<bool>,
    replaces: Slot<bool>,
    pub groups: Groups,
}

impl RecordFields {
    /// Before the table's first key is read.
    pub fn new(r: &Reader<'_>, top: bool) -> Self {
        Self {
            top,
            problems_before: r.diagnostics.len(),
            locality: Slot::default(),
            date: Slot::default(),
            published: Slot::default(),
            coverage: Slot::default(),
            participants: Slot::default(),
            population: Slot::default(),
            plan: Slot::default(),
            plan_percent: Slot::default(),
            words: Slot::default(),
            note: Slot::default(),
            source: Slot::default(),
            estimate: Slot::default(),
            replaces: Slot::default(),
            groups: Groups::default(),
        }
    }

    /// The table as TOML writes it.
    pub fn table(&self) -> &'static str {
        if self.top {
            "[[record]]"
        } else {
            "[[locality.record]]"
        }
    }

    /// Reads the value of `key`; `Ok(false)`: no key of a single value
    /// (`groups` is the reader's to read).
    pub fn set<W: Written>(
        &mut self,
        r: &mut Reader<'_>,
        key: &str,
        v: &W,
    ) -> Result<bool, W::Unread> {
        let table = self.table();
        match key {
            "locality" if self.top => self.locality.set(v.reference(r, "locality")?),
            "date" => self.date.set(v.date(r, "date", table)?),
            "published" => self.published.set(v.date(r, "published", table)?),
            "coverage" => self.coverage.set(v.percent(r, "coverage")?),
            "participants" => self.participants.set(v.count(r, "participants")?),
            "population" => self.population.set(v.count(r, "population")?),
            "plan" => self.plan.set(v.plan(r, "plan")?),
            "plan_percent" => self.plan_percent.set(v.plan_share(r, "plan_percent")?),
            "coverage_words" => self.words.set(v.text(r, "coverage_words")?),
            "note" => self.note.set(v.shared_text(r, "note")?),
            "source" => self.source.set(v.shared_text(r, "source")?),
            "estimate" => self.estimate.set(v.boolean(r, "estimate")?),
            "replaces" => self.replaces.set(v.boolean(r, "replaces")?),
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The record of the table written at `at` once all its keys are read,
    /// and for a top-level one its `locality`.
    pub fn finish(
        self,
        r: &mut Reader<'_>,
        at: Range<usize>,
    ) -> (Option<Located<String>>, Option<Record>) {
        let table = self.table();
        let locality = if self.top {
            r.need(self.locality, "locality", table, &at)
        } else {
            None
        };
        let date = r.need(self.date, "date", table, &at);
        let source = r.need(self.source, "source", table, &at);
        // A refused `replaces` leaves unknown whether the record was meant to
        // replace another: it is dropped, lest a false clash be reported.
        let replaces_refused = self.replaces.seen_any() && self.replaces.value().is_none();
        let (Some(date), Some(source), false) = (date, source, replaces_refused) else {
            return (locality, None);
        };
        let more = More {
            published: self.published.get(),
            plan: self.plan.get(),
            plan_percent: self.plan_percent.get(),
            coverage_words: self.words.get().map(String::into_boxed_str),
            note: self.note.get(),
            groups: self.groups.boxed(),
            ..More::default()
        };
        let mut record = Record::new(date, source, r.loc(at.start));
        record.set_coverage(self.coverage.get());
        record.set_participants(self.participants.get());
        record.set_population(self.population.get());
        record.estimate = self.estimate.get().unwrap_or(false);
        record.replaces = self.replaces.get().unwrap_or(false);
        record.set_more(more);
        // A figure that was written but refused has been reported already: saying
        // the record holds none would only hide the real mistake.
        if r.diagnostics.len() == self.problems_before
            && record.coverage().is_none()
            && record.participants().is_none()
            && record.plan_percent().is_none()
            && record.coverage_words().is_none()
            && record.note().is_none()
            && record.groups().is_empty()
        {
            // A plan is what was assigned, not what was achieved: alone, it
            // holds no result to show or judge.
            let problem = if record.plan().is_some() {
                Field::OnlyPlan {
                    table: table.to_string(),
                }
            } else {
                Field::NoFigure {
                    table: table.to_string(),
                }
            };
            r.error(at, problem);
            return (locality, None);
        }
        (locality, Some(record))
    }
}

fn read_groups(r: &mut Reader<'_>, t: &DeTable<'_>, table: &str) -> Groups {
    let mut g = Groups::default();
    for (key, v) in entries(t) {
        let name = key.get_ref().as_ref();
        let slot = match name {
            "poor" => &mut g.poor,
            "near_poor" => &mut g.near_poor,
            "children_under_6" => &mut g.children_under_6,
            "over_80" => &mut g.over_80,
            "students" => &mut g.students,
            "farming_households" => &mut g.farming_households,
            _ => {
                r.unknown_key(key, Some(table), GROUPS);
                continue;
            }
        };
        *slot = r.percent(v, name);
    }
    g
}
