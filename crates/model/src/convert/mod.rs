//! One file's spanned TOML document turned into schema-1 values, every
//! problem collected rather than stopping at the first.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

mod keys;
mod locality;
mod record;
mod written;

pub(crate) use locality::{LocalityFields, PopulationFields};
pub(crate) use record::RecordFields;
pub use record::TopRecord;
pub(crate) use written::Written;

use super::fields::{Reader, Slot};
use super::schema::{Directive, Locality, Located, Meta, Milestone, Target};
use crate::problem::Field;
use keys::{DIRECTIVE, DOCUMENT_KINDS, META, MILESTONE, MILESTONE_KINDS, PRECISIONS, TARGET, TOP};

/// What one file contributes to the dataset.
#[derive(Clone, Debug, Default)]
pub struct FileContent {
    pub meta: Option<Located<Meta>>,
    pub directives: Vec<Directive>,
    pub milestones: Vec<Milestone>,
    pub targets: Vec<Target>,
    pub localities: Vec<Locality>,
    /// Top-level `[[record]]`s, attached to their localities once every
    /// file (of every dataset) is read.
    pub records: Vec<TopRecord>,
    /// Ids of tables refused for a bad id (see `Dataset::refused_ids`).
    pub refused_ids: Vec<String>,
}

type Entry<'v, 'i> = (
    &'v Spanned<std::borrow::Cow<'i, str>>,
    &'v Spanned<DeValue<'i>>,
);

pub(super) fn entries<'v, 'i>(table: &'v DeTable<'i>) -> impl Iterator<Item = Entry<'v, 'i>> {
    table.iter()
}

/// `first`: the document is a file, or the first piece of one, and so must
/// say `schema = 1`; the later pieces of a file start at a header.
pub fn file(r: &mut Reader<'_>, doc: &Spanned<DeTable<'_>>, first: bool) -> FileContent {
    let mut out = FileContent::default();
    let mut schema_seen = false;
    for (key, value) in entries(doc.get_ref()) {
        match key.get_ref().as_ref() {
            "schema" => {
                schema_seen = true;
                match value.get_ref() {
                    DeValue::Integer(i) if i.as_str() == "1" && i.radix() == 10 => {}
                    DeValue::Integer(i) => {
                        let problem = Field::SchemaUnknown {
                            written: i.to_string(),
                        };
                        r.error(value.span(), problem);
                    }
                    _ => {
                        let problem = Field::SchemaNotWhole;
                        r.error(value.span(), problem);
                    }
                }
            }
            "meta" => {
                if let Some(t) = r.table(value, "[meta]") {
                    let at = r.loc(value.span().start);
                    out.meta = meta(r, t, &value.span()).map(|value| Located { value, at });
                }
            }
            "directive" => {
                for t in r.tables(value, "directive") {
                    out.directives.extend(directive(r, t));
                }
            }
            "milestone" => {
                for t in r.tables(value, "milestone") {
                    out.milestones.extend(milestone(r, t));
                }
            }
            "target" => {
                for t in r.tables(value, "target") {
                    out.targets.extend(target(r, t));
                }
            }
            "locality" => {
                for t in r.tables(value, "locality") {
                    out.localities.extend(locality::locality(r, t));
                }
            }
            "record" => {
                for t in r.tables(value, "record") {
                    out.records.extend(record::top_record(r, t));
                }
            }
            _ => r.unknown_key(key, None, TOP),
        }
    }
    if first && !schema_seen {
        let problem = Field::NoSchema;
        r.error(0..0, problem);
    }
    out.refused_ids = std::mem::take(&mut r.refused_ids);
    out
}

fn meta(r: &mut Reader<'_>, t: &DeTable<'_>, at: &Range<usize>) -> Option<Meta> {
    let (mut title, mut as_of, mut indicator, mut note) = (
        Slot::default(),
        Slot::default(),
        Slot::default(),
        Slot::default(),
    );
    for (key, v) in entries(t) {
        match key.get_ref().as_ref() {
            "title" => title.set(r.text(v, "title")),
            "as_of" => as_of.set(r.date(v, "as_of", "[meta]")),
            "indicator" => indicator.set(r.text(v, "indicator")),
            "note" => note.set(r.text(v, "note")),
            _ => r.unknown_key(key, Some("[meta]"), META),
        }
    }
    const T: &str = "[meta]";
    let title = r.need(title, "title", T, at);
    let as_of = r.need(as_of, "as_of", T, at);
    Some(Meta {
        title: title?,
        as_of: as_of?,
        indicator: indicator.get(),
        note: note.get(),
    })
}

fn directive(r: &mut Reader<'_>, v: &Spanned<DeValue<'_>>) -> Option<Directive> {
    let t = r.table(v, "[[directive]]")?;
    let at = v.span();
    let mut id = Slot::default();
    let (mut code, mut issuer, mut title, mut title_en, mut source) = (
        Slot::default(),
        Slot::default(),
        Slot::default(),
        Slot::default(),
        Slot::default(),
    );
    let (mut issued, mut precision, mut kind) = (Slot::default(), Slot::default(), Slot::default());
    for (key, v) in entries(t) {
        match key.get_ref().as_ref() {
            "id" => id.set(r.own_id(v)),
            "code" => code.set(r.text(v, "code")),
            "issued" => issued.set(r.date(v, "issued", "[[directive]]")),
            "issued_precision" => precision.set(r.choice(v, "issued_precision", PRECISIONS)),
            "issuer" => issuer.set(r.text(v, "issuer")),
            "title" => title.set(r.text(v, "title")),
            "title_en" => title_en.set(r.text(v, "title_en")),
            "kind" => kind.set(r.choice(v, "kind", DOCUMENT_KINDS)),
            "source" => source.set(r.text(v, "source")),
            _ => r.unknown_key(key, Some("[[directive]]"), DIRECTIVE),
        }
    }
    const T: &str = "[[directive]]";
    let id = r.need(id, "id", T, &at);
    let code = r.need(code, "code", T, &at);
    let issued = r.need(issued, "issued", T, &at);
    let issuer = r.need(issuer, "issuer", T, &at);
    let title = r.need(title, "title", T, &at);
    // A directive whose other fields were refused has been reported; it is
    // kept under its id so that targets and milestones naming it bring no
    // second, false problem. The load fails all the same.
    let id = id?;
    Some(Directive {
        code: code.unwrap_or_else(|| id.value.clone()),
        id,
        issued: issued.unwrap_or_default(),
        issued_precision: precision.get().unwrap_or_default(),
        issuer: issuer.unwrap_or_default(),
        title: title.unwrap_or_default(),
        title_en: title_en.get(),
        kind: kind.get(),
        source: source.get(),
    })
}

fn milestone(r: &mut Reader<'_>, v: &Spanned<DeValue<'_>>) -> Option<Milestone> {
    let t = r.table(v, "[[milestone]]")?;
    let at = v.span();
    let (mut date, mut precision, mut kind) = (Slot::default(), Slot::default(), Slot::default());
    let (mut title, mut title_en, mut label, mut summary, mut source) = (
        Slot::default(),
        Slot::default(),
        Slot::default(),
        Slot::default(),
        Slot::default(),
    );
    let (mut directive, mut locality) = (Slot::default(), Slot::default());
    for (key, v) in entries(t) {
        match key.get_ref().as_ref() {
            "date" => date.set(r.date(v, "date", "[[milestone]]")),
            "date_precision" => precision.set(r.choice(v, "date_precision", PRECISIONS)),
            "title" => title.set(r.text(v, "title")),
            "title_en" => title_en.set(r.text(v, "title_en")),
            "kind" => kind.set(r.choice(v, "kind", MILESTONE_KINDS)),
            "label" => label.set(r.text(v, "label")),
            "summary" => summary.set(r.text(v, "summary")),
            "directive" => directive.set(r.reference(v, "directive")),
            "locality" => locality.set(r.reference(v, "locality")),
            "source" => source.set(r.text(v, "source")),
            _ => r.unknown_key(key, Some("[[milestone]]"), MILESTONE),
        }
    }
    const T: &str = "[[milestone]]";
    let date = r.need(date, "date", T, &at);
    let title = r.need(title, "title", T, &at);
    let kind = r.need(kind, "kind", T, &at);
    let source = r.need(source, "source", T, &at);
    Some(Milestone {
        date: date?,
        date_precision: precision.get().unwrap_or_default(),
        title: title?,
        title_en: title_en.get(),
        kind: kind?,
        label: label.get(),
        summary: summary.get(),
        directive: directive.get(),
        locality: locality.get(),
        source: source?,
        at: r.loc(at.start),
    })
}

fn target(r: &mut Reader<'_>, v: &Spanned<DeValue<'_>>) -> Option<Target> {
    let t = r.table(v, "[[target]]")?;
    let at = v.span();
    let (mut locality, mut directive) = (Slot::default(), Slot::default());
    let (mut by, mut coverage, mut strict) = (Slot::default(), Slot::default(), Slot::default());
    let (mut label, mut note, mut source) = (Slot::default(), Slot::default(), Slot::default());
    let mut published = Slot::default();
    for (key, v) in entries(t) {
        match key.get_ref().as_ref() {
            "locality" => locality.set(r.reference(v, "locality")),
            "by" => by.set(r.date(v, "by", "[[target]]")),
            "coverage" => coverage.set(r.percent(v, "coverage")),
            "strict" => strict.set(r.boolean(v, "strict")),
            "label" => label.set(r.text(v, "label")),
            "directive" => directive.set(r.reference(v, "directive")),
            "published" => published.set(r.date(v, "published", "[[target]]")),
            "note" => note.set(r.text(v, "note")),
            "source" => source.set(r.text(v, "source")),
            _ => r.unknown_key(key, Some("[[target]]"), TARGET),
        }
    }
    const T: &str = "[[target]]";
    let no_figure = !coverage.seen_any() && !label.seen_any();
    let locality = r.need(locality, "locality", T, &at);
    let by = r.need(by, "by", T, &at);
    let source = r.need(source, "source", T, &at);
    if no_figure {
        let problem = Field::TargetWithoutFigure;
        r.error(at.clone(), problem);
    }
    let strict = strict.get().unwrap_or(false);
    if strict && !coverage.seen_any() && !no_figure {
        let problem = Field::StrictWithoutCoverage;
        r.error(at.clone(), problem);
    }
    if directive.seen_any() && published.seen_any() {
        let problem = Field::DirectiveAndPublished;
        r.error(at.clone(), problem);
    }
    Some(Target {
        locality: locality?,
        by: by?,
        coverage: coverage.get(),
        strict,
        label: label.get(),
        directive: directive.get(),
        published: published.get(),
        note: note.get(),
        source: source?,
        at: r.loc(at.start),
    })
}
