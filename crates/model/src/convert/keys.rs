//! The keys each table of schema 1 knows, and the words a choice accepts.

use crate::schema::{DocumentKind, LocalityKind, MilestoneKind, Precision};

pub const TOP: &[&str] = &[
    "schema",
    "meta",
    "directive",
    "milestone",
    "target",
    "locality",
    "record",
];
pub const META: &[&str] = &["title", "as_of", "indicator", "note"];
pub const DIRECTIVE: &[&str] = &[
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
pub const MILESTONE: &[&str] = &[
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
pub const TARGET: &[&str] = &[
    "locality",
    "by",
    "coverage",
    "strict",
    "label",
    "directive",
    "published",
    "note",
    "source",
];
pub const LOCALITY: &[&str] = &[
    "id",
    "name",
    "aliases",
    "kind",
    "parent",
    "merged_into",
    "merged_on",
    "abolished_on",
    "note",
    "record",
    "population",
];
pub const RECORD: &[&str] = &[
    "date",
    "published",
    "coverage",
    "participants",
    "population",
    "plan",
    "plan_percent",
    "coverage_words",
    "note",
    "source",
    "groups",
    "estimate",
    "replaces",
];
/// A top-level `[[record]]`: a record's keys and the locality it belongs to.
pub const TOP_RECORD: &[&str] = &[
    "locality",
    "date",
    "published",
    "coverage",
    "participants",
    "population",
    "plan",
    "plan_percent",
    "coverage_words",
    "note",
    "source",
    "groups",
    "estimate",
    "replaces",
];
pub const GROUPS: &[&str] = &[
    "poor",
    "near_poor",
    "children_under_6",
    "over_80",
    "students",
    "farming_households",
];
pub const POPULATION: &[&str] = &["date", "count", "note", "source"];

pub const PRECISIONS: &[(&str, Precision)] = &[
    ("day", Precision::Day),
    ("month", Precision::Month),
    ("year", Precision::Year),
];
pub const DOCUMENT_KINDS: &[(&str, DocumentKind)] = &[
    ("law", DocumentKind::Law),
    ("directive", DocumentKind::Directive),
    ("resolution", DocumentKind::Resolution),
    ("decision", DocumentKind::Decision),
    ("plan", DocumentKind::Plan),
];
pub const MILESTONE_KINDS: &[(&str, MilestoneKind)] = &[
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
pub const LOCALITY_KINDS: &[(&str, LocalityKind)] = &[
    ("nation", LocalityKind::Nation),
    ("province", LocalityKind::Province),
    ("district", LocalityKind::District),
    ("commune", LocalityKind::Commune),
];
