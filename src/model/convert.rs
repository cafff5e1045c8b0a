//! One file's spanned TOML document turned into schema-1 values, every
//! problem collected rather than stopping at the first.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::fields::{Reader, Slot};
use super::schema::{
    Directive, DocumentKind, Groups, Locality, LocalityKind, Located, Meta, Milestone,
    MilestoneKind, PopulationPoint, Precision, Record, Target,
};

/// What one file contributes to the dataset.
#[derive(Default)]
pub struct FileContent {
    pub meta: Option<Located<Meta>>,
    pub directives: Vec<Directive>,
    pub milestones: Vec<Milestone>,
    pub targets: Vec<Target>,
    pub localities: Vec<Locality>,
}

const TOP: &[&str] = &[
    "schema",
    "meta",
    "directive",
    "milestone",
    "target",
    "locality",
];
const META: &[&str] = &["title", "as_of", "indicator", "note"];
const DIRECTIVE: &[&str] = &[
    "id",
    "code",
    "issued",
    "issued_precision",
    "issuer",
    "title",
    "title_en",
    "kind",
    "source",
];
const MILESTONE: &[&str] = &[
    "date",
    "date_precision",
    "title",
    "title_en",
    "kind",
    "label",
    "summary",
    "directive",
    "locality",
    "source",
];
const TARGET: &[&str] = &[
    "locality",
    "by",
    "coverage",
    "label",
    "directive",
    "note",
    "source",
];
const LOCALITY: &[&str] = &[
    "id",
    "name",
    "kind",
    "parent",
    "merged_into",
    "merged_on",
    "abolished_on",
    "note",
    "record",
    "population",
];
const RECORD: &[&str] = &[
    "date",
    "coverage",
    "participants",
    "population",
    "plan_percent",
    "note",
    "source",
    "groups",
];
const GROUPS: &[&str] = &[
    "poor",
    "near_poor",
    "children_under_6",
    "over_80",
    "students",
    "farming_households",
];
const POPULATION: &[&str] = &["date", "count", "note", "source"];

const PRECISIONS: &[(&str, Precision)] = &[
    ("day", Precision::Day),
    ("month", Precision::Month),
    ("year", Precision::Year),
];
const DOCUMENT_KINDS: &[(&str, DocumentKind)] = &[
    ("law", DocumentKind::Law),
    ("directive", DocumentKind::Directive),
    ("resolution", DocumentKind::Resolution),
    ("decision", DocumentKind::Decision),
    ("plan", DocumentKind::Plan),
];
const MILESTONE_KINDS: &[(&str, MilestoneKind)] = &[
    ("law", MilestoneKind::Law),
    ("directive", MilestoneKind::Directive),
    ("resolution", MilestoneKind::Resolution),
    ("decision", MilestoneKind::Decision),
    ("plan", MilestoneKind::Plan),
    ("review", MilestoneKind::Review),
    ("campaign", MilestoneKind::Campaign),
    ("target", MilestoneKind::Target),
    ("event", MilestoneKind::Event),
];
const LOCALITY_KINDS: &[(&str, LocalityKind)] = &[
    ("nation", LocalityKind::Nation),
    ("province", LocalityKind::Province),
    ("district", LocalityKind::District),
    ("commune", LocalityKind::Commune),
];

type Entry<'v, 'i> = (
    &'v Spanned<std::borrow::Cow<'i, str>>,
    &'v Spanned<DeValue<'i>>,
);

fn entries<'v, 'i>(table: &'v DeTable<'i>) -> impl Iterator<Item = Entry<'v, 'i>> {
    table.iter()
}

pub fn file(r: &mut Reader<'_>, doc: &Spanned<DeTable<'_>>) -> FileContent {
    let mut out = FileContent::default();
    let mut schema_seen = false;
    for (key, value) in entries(doc.get_ref()) {
        match key.get_ref().as_ref() {
            "schema" => {
                schema_seen = true;
                match value.get_ref() {
                    DeValue::Integer(i) if i.as_str() == "1" && i.radix() == 10 => {}
                    DeValue::Integer(i) => r.error(
                        value.span(),
                        format!("schema = {i} is not known: this tiendo reads schema = 1"),
                    ),
                    _ => r.error(
                        value.span(),
                        "write schema = 1: the schema is a whole number",
                    ),
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
                    out.localities.extend(locality(r, t));
                }
            }
            _ => r.unknown_key(key, "the top level", TOP),
        }
    }
    if !schema_seen {
        r.error(0..0, "the file lacks `schema = 1` on its first line");
    }
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
            "as_of" => as_of.set(r.date(v, "as_of")),
            "indicator" => indicator.set(r.text(v, "indicator")),
            "note" => note.set(r.text(v, "note")),
            _ => r.unknown_key(key, "[meta]", META),
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
            "id" => id.set(r.id(v, "id")),
            "code" => code.set(r.text(v, "code")),
            "issued" => issued.set(r.date(v, "issued")),
            "issued_precision" => precision.set(r.choice(v, "issued_precision", PRECISIONS)),
            "issuer" => issuer.set(r.text(v, "issuer")),
            "title" => title.set(r.text(v, "title")),
            "title_en" => title_en.set(r.text(v, "title_en")),
            "kind" => kind.set(r.choice(v, "kind", DOCUMENT_KINDS)),
            "source" => source.set(r.text(v, "source")),
            _ => r.unknown_key(key, "[[directive]]", DIRECTIVE),
        }
    }
    const T: &str = "[[directive]]";
    let id = r.need(id, "id", T, &at);
    let code = r.need(code, "code", T, &at);
    let issued = r.need(issued, "issued", T, &at);
    let issuer = r.need(issuer, "issuer", T, &at);
    let title = r.need(title, "title", T, &at);
    let source = r.need(source, "source", T, &at);
    Some(Directive {
        id: id?,
        code: code?,
        issued: issued?,
        issued_precision: precision.get().unwrap_or_default(),
        issuer: issuer?,
        title: title?,
        title_en: title_en.get(),
        kind: kind.get(),
        source: source?,
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
            "date" => date.set(r.date(v, "date")),
            "date_precision" => precision.set(r.choice(v, "date_precision", PRECISIONS)),
            "title" => title.set(r.text(v, "title")),
            "title_en" => title_en.set(r.text(v, "title_en")),
            "kind" => kind.set(r.choice(v, "kind", MILESTONE_KINDS)),
            "label" => label.set(r.text(v, "label")),
            "summary" => summary.set(r.text(v, "summary")),
            "directive" => directive.set(r.id(v, "directive")),
            "locality" => locality.set(r.id(v, "locality")),
            "source" => source.set(r.text(v, "source")),
            _ => r.unknown_key(key, "[[milestone]]", MILESTONE),
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
    let (mut by, mut coverage) = (Slot::default(), Slot::default());
    let (mut label, mut note, mut source) = (Slot::default(), Slot::default(), Slot::default());
    for (key, v) in entries(t) {
        match key.get_ref().as_ref() {
            "locality" => locality.set(r.id(v, "locality")),
            "by" => by.set(r.date(v, "by")),
            "coverage" => coverage.set(r.percent(v, "coverage")),
            "label" => label.set(r.text(v, "label")),
            "directive" => directive.set(r.id(v, "directive")),
            "note" => note.set(r.text(v, "note")),
            "source" => source.set(r.text(v, "source")),
            _ => r.unknown_key(key, "[[target]]", TARGET),
        }
    }
    const T: &str = "[[target]]";
    let no_figure = !coverage.seen_any() && !label.seen_any();
    let locality = r.need(locality, "locality", T, &at);
    let by = r.need(by, "by", T, &at);
    let source = r.need(source, "source", T, &at);
    if no_figure {
        r.error(
            at.clone(),
            "[[target]] needs `coverage` (a number) or `label` (the target in words, such as \"toàn dân\")",
        );
    }
    Some(Target {
        locality: locality?,
        by: by?,
        coverage: coverage.get(),
        label: label.get(),
        directive: directive.get(),
        note: note.get(),
        source: source?,
        at: r.loc(at.start),
    })
}

fn locality(r: &mut Reader<'_>, v: &Spanned<DeValue<'_>>) -> Option<Locality> {
    let t = r.table(v, "[[locality]]")?;
    let at = v.span();
    let (mut id, mut parent, mut merged_into) = (Slot::default(), Slot::default(), Slot::default());
    let (mut name, mut note, mut kind) = (Slot::default(), Slot::default(), Slot::default());
    let (mut merged_on, mut abolished_on) = (Slot::default(), Slot::default());
    let mut records = Vec::new();
    let mut population = Vec::new();
    for (key, v) in entries(t) {
        match key.get_ref().as_ref() {
            "id" => id.set(r.id(v, "id")),
            "name" => name.set(r.text(v, "name")),
            "kind" => kind.set(r.choice(v, "kind", LOCALITY_KINDS)),
            "parent" => parent.set(r.id(v, "parent")),
            "merged_into" => merged_into.set(r.id(v, "merged_into")),
            "merged_on" => merged_on.set(r.date(v, "merged_on")),
            "abolished_on" => abolished_on.set(r.date(v, "abolished_on")),
            "note" => note.set(r.text(v, "note")),
            "record" => {
                for t in r.tables(v, "locality.record") {
                    records.extend(record(r, t));
                }
            }
            "population" => {
                for t in r.tables(v, "locality.population") {
                    population.extend(population_point(r, t));
                }
            }
            _ => r.unknown_key(key, "[[locality]]", LOCALITY),
        }
    }
    const T: &str = "[[locality]]";
    let id = r.need(id, "id", T, &at);
    let name = r.need(name, "name", T, &at);
    // A kind or name that is missing or refused has been reported; the
    // locality is kept so that references to and from it are still checked
    // and no second, false problem follows from the first.
    let kind = r
        .need(kind, "kind", T, &at)
        .unwrap_or(LocalityKind::Province);
    let id = id?;
    Some(Locality {
        name: name.unwrap_or_else(|| id.value.clone()),
        id,
        kind,
        parent: parent.get(),
        merged_into: merged_into.get(),
        merged_on: merged_on.get(),
        abolished_on: abolished_on.get(),
        note: note.get(),
        records,
        population,
    })
}

fn record(r: &mut Reader<'_>, v: &Spanned<DeValue<'_>>) -> Option<Record> {
    let t = r.table(v, "[[locality.record]]")?;
    let at = v.span();
    let problems_before = r.diagnostics.len();
    let (mut date, mut coverage, mut plan_percent) =
        (Slot::default(), Slot::default(), Slot::default());
    let (mut participants, mut population) = (Slot::default(), Slot::default());
    let (mut note, mut source) = (Slot::default(), Slot::default());
    let mut groups = Groups::default();
    for (key, v) in entries(t) {
        match key.get_ref().as_ref() {
            "date" => date.set(r.date(v, "date")),
            "coverage" => coverage.set(r.percent(v, "coverage")),
            "participants" => participants.set(r.count(v, "participants")),
            "population" => population.set(r.count(v, "population")),
            "plan_percent" => plan_percent.set(r.plan_share(v, "plan_percent")),
            "note" => note.set(r.text(v, "note")),
            "source" => source.set(r.text(v, "source")),
            "groups" => {
                if let Some(g) = r.table(v, "[locality.record.groups]") {
                    groups = read_groups(r, g);
                }
            }
            _ => r.unknown_key(key, "[[locality.record]]", RECORD),
        }
    }
    const T: &str = "[[locality.record]]";
    let date = r.need(date, "date", T, &at);
    let source = r.need(source, "source", T, &at);
    let record = Record {
        date: date?,
        coverage: coverage.get(),
        participants: participants.get(),
        population: population.get(),
        plan_percent: plan_percent.get(),
        note: note.get(),
        source: source?,
        groups,
        at: r.loc(at.start),
    };
    // A figure that was written but refused has been reported already: saying
    // the record holds none would only hide the real mistake.
    if r.diagnostics.len() == problems_before
        && record.coverage.is_none()
        && record.participants.is_none()
        && record.plan_percent.is_none()
        && record.note.is_none()
        && record.groups.is_empty()
    {
        r.error(
            at,
            "[[locality.record]] holds no figure: give `coverage`, or `participants` and `population`, or a `note`",
        );
        return None;
    }
    Some(record)
}

fn read_groups(r: &mut Reader<'_>, t: &DeTable<'_>) -> Groups {
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
                r.unknown_key(key, "[locality.record.groups]", GROUPS);
                continue;
            }
        };
        *slot = r.percent(v, name);
    }
    g
}

fn population_point(r: &mut Reader<'_>, v: &Spanned<DeValue<'_>>) -> Option<PopulationPoint> {
    let t = r.table(v, "[[locality.population]]")?;
    let at = v.span();
    let (mut date, mut count) = (Slot::default(), Slot::default());
    let (mut note, mut source) = (Slot::default(), Slot::default());
    for (key, v) in entries(t) {
        match key.get_ref().as_ref() {
            "date" => date.set(r.date(v, "date")),
            "count" => count.set(r.count(v, "count")),
            "note" => note.set(r.text(v, "note")),
            "source" => source.set(r.text(v, "source")),
            _ => r.unknown_key(key, "[[locality.population]]", POPULATION),
        }
    }
    const T: &str = "[[locality.population]]";
    let date = r.need(date, "date", T, &at);
    let count = r.need(count, "count", T, &at);
    let source = r.need(source, "source", T, &at);
    Some(PopulationPoint {
        date: date?,
        count: count?,
        note: note.get(),
        source: source?,
    })
}
