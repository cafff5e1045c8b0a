//! Problems of the figures of a locality's records: figures that disagree,
//! dates past today or `as_of`, and stale figures.

use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq)]
pub enum Figure {
    ParticipantsOverPopulation {
        id: String,
        participants: u64,
        population: u64,
    },
    /// `coverage` and participants / population differ by more than the
    /// points allowed.
    CoverageDisagrees {
        id: String,
        date: NaiveDate,
        coverage: f64,
        ratio: f64,
    },
    /// `plan_percent` and participants / plan differ likewise.
    PlanPercentDisagrees {
        id: String,
        date: NaiveDate,
        stated: f64,
        counted: f64,
    },
    /// A figure dated after the judging day.
    Future {
        id: String,
        date: NaiveDate,
        today: NaiveDate,
    },
    /// A figure dated after the dataset's `as_of`.
    AfterAsOf {
        id: String,
        date: NaiveDate,
        as_of: NaiveDate,
    },
    /// The latest figure more than `months` months before `reference`.
    Stale {
        id: String,
        date: NaiveDate,
        months: u32,
        reference: NaiveDate,
    },
    /// `published` before the day the figure is of.
    PublishedBefore {
        id: String,
        date: NaiveDate,
        published: NaiveDate,
    },
    /// `published` after the judging day.
    PublishedFuture {
        id: String,
        date: NaiveDate,
        published: NaiveDate,
        today: NaiveDate,
    },
}
