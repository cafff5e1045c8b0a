//! The dataset as written in schema 1, after reading and before deriving.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::diagnostic::Loc;

mod record;

pub use record::{Group, Groups, More, PopulationPoint, Record, Replaced};

/// A value together with where it was written, for messages about it later.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Located<T> {
    pub value: T,
    pub at: Loc,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Dataset {
    pub meta: Meta,
    pub directives: Vec<Directive>,
    pub milestones: Vec<Milestone>,
    pub targets: Vec<Target>,
    pub localities: Vec<Locality>,
    /// Ids written on a locality or directive that was refused: references
    /// to them are not reported again, so one mistake gives one error.
    pub refused_ids: Vec<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Meta {
    pub title: String,
    #[serde(with = "super::days")]
    pub as_of: NaiveDate,
    pub indicator: Option<String>,
    pub note: Option<String>,
}

/// How exactly a date is known: a source may give only the month or year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Precision {
    #[default]
    Day,
    Month,
    Year,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Directive {
    pub id: Located<String>,
    pub code: String,
    #[serde(with = "super::days")]
    pub issued: NaiveDate,
    pub issued_precision: Precision,
    pub issuer: String,
    pub title: String,
    pub title_en: Option<String>,
    pub kind: Option<DocumentKind>,
    /// Where the document can be read; optional, as the schema sketch has none.
    pub source: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DocumentKind {
    Law,
    Directive,
    Resolution,
    Decision,
    Plan,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum MilestoneKind {
    Law,
    Directive,
    Resolution,
    Decision,
    Plan,
    Review,
    Campaign,
    Target,
    Event,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Milestone {
    #[serde(with = "super::days")]
    pub date: NaiveDate,
    pub date_precision: Precision,
    pub title: String,
    pub title_en: Option<String>,
    pub kind: MilestoneKind,
    pub label: Option<String>,
    pub summary: Option<String>,
    pub directive: Option<Located<String>>,
    pub locality: Option<Located<String>>,
    pub source: String,
    pub at: Loc,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Target {
    pub locality: Located<String>,
    #[serde(with = "super::days")]
    pub by: NaiveDate,
    pub coverage: Option<f64>,
    /// Met only above `coverage` ("trên 95 %"), not at it.
    pub strict: bool,
    pub label: Option<String>,
    pub directive: Option<Located<String>>,
    /// For a target no document in the data sets: the day its source was
    /// published, from which it counts.
    #[serde(with = "super::days::option")]
    pub published: Option<NaiveDate>,
    pub note: Option<String>,
    pub source: String,
    pub at: Loc,
}

impl Target {
    /// The nation's target of `goal` (none: in words, `toàn dân`) due `by`,
    /// as tests build one.
    pub fn of_nation(goal: Option<f64>, by: NaiveDate, strict: bool) -> Target {
        Target {
            locality: Located {
                value: "VN".into(),
                at: Loc::default(),
            },
            by,
            coverage: goal,
            strict,
            label: goal.is_none().then(|| "toàn dân".to_string()),
            directive: None,
            published: None,
            note: None,
            source: String::new(),
            at: Loc::default(),
        }
    }

    /// Whether a coverage meets this target; never for a target in words only.
    pub fn is_met_by(&self, coverage: f64) -> bool {
        match self.coverage {
            Some(goal) if self.strict => coverage > goal,
            Some(goal) => coverage >= goal,
            None => false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LocalityKind {
    Nation,
    Province,
    District,
    Commune,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Locality {
    pub id: Located<String>,
    pub name: String,
    /// Other names people use for it (`TP HCM`, `Sài Gòn`): search finds
    /// the locality by them too.
    pub aliases: Vec<Located<String>>,
    pub kind: LocalityKind,
    pub parent: Option<Located<String>>,
    pub merged_into: Option<Located<String>>,
    #[serde(with = "super::days::option")]
    pub merged_on: Option<NaiveDate>,
    #[serde(with = "super::days::option")]
    pub abolished_on: Option<NaiveDate>,
    pub note: Option<String>,
    pub records: Vec<Record>,
    pub population: Vec<PopulationPoint>,
}

impl Locality {
    /// The date the unit ceased to exist, by merger or abolition.
    pub fn ceased_on(&self) -> Option<NaiveDate> {
        match (self.merged_on, self.abolished_on) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}
