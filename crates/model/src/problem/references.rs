//! Problems of ids and the references between tables: unique ids, known
//! ids, parents, mergers, aliases, records past a unit's end.

use chrono::NaiveDate;

/// The kind of table an id names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    Locality,
    Directive,
}

/// Where a file, line and column are told in a sentence: `name:line:column`.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Reference {
    /// An id given twice; `first` is where it was given first.
    DuplicateId {
        kind: IdKind,
        id: String,
        first: Option<Place>,
    },
    /// `key` names `id`, which no table of `kind` has; `guess` is the
    /// known id it is near.
    UnknownId {
        key: String,
        id: String,
        kind: IdKind,
        guess: Option<String>,
    },
    /// Parents that lead back to where they started, in order; the first
    /// id is repeated last.
    ParentCycle {
        cycle: Vec<String>,
    },
    /// A nation after the first.
    SecondNation {
        id: String,
    },
    /// The nation with a `parent`.
    NationWithParent {
        id: String,
    },
    /// A unit without `parent` in a dataset holding the nation `nation`.
    NoParentUnderNation {
        id: String,
        nation: String,
    },
    /// A unit without `parent` below the dataset's top units, of kind
    /// `top` (as the schema writes it).
    NoParentUnderTop {
        id: String,
        top: String,
    },
    MergedIntoItself {
        id: String,
    },
    MergedIntoWithoutDate {
        id: String,
    },
    MergedOnWithoutInto {
        id: String,
    },
    /// An alias that is the unit's own name.
    AliasIsName {
        alias: String,
        id: String,
    },
    /// An alias of `id` that is also a name of `other_id`.
    AliasShared {
        alias: String,
        id: String,
        other_id: String,
        other_name: String,
    },
    /// A record dated `date` of `id`, which ceased on `on`, merged into
    /// `into` when it was.
    AfterCeasing {
        id: String,
        on: NaiveDate,
        date: NaiveDate,
        into: Option<String>,
    },
}
