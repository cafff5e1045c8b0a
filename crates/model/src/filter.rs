//! What the table's filter keeps: the units of one status, or those that
//! fared one way against the last target due ("who missed last year's
//! target?").

use super::model::Model;
use super::point::Era;
use super::progress::Status;
use super::verdict::Outcome;

/// How a unit fared against the last target due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Due {
    Met,
    Missed,
    /// Reached only by an estimate: not met until an official figure.
    Estimated,
    Partial,
    NoFigure,
}

impl Due {
    pub const ALL: [Due; 5] = [
        Due::Met,
        Due::Missed,
        Due::Estimated,
        Due::Partial,
        Due::NoFigure,
    ];

    pub fn of(outcome: Outcome) -> Due {
        match outcome {
            Outcome::Met(_) => Due::Met,
            Outcome::Missed { .. } => Due::Missed,
            Outcome::Estimated(_) => Due::Estimated,
            Outcome::PartialOnly(_) => Due::Partial,
            Outcome::NoFigure { .. } => Due::NoFigure,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Filter {
    Status(Status),
    Due(Due),
}

impl Filter {
    /// The order `f` cycles: every status, then every way of faring
    /// against the last target due.
    pub fn all() -> impl Iterator<Item = Filter> {
        Status::ALL
            .into_iter()
            .map(Filter::Status)
            .chain(Due::ALL.into_iter().map(Filter::Due))
    }

    /// The filter after `self` in `all`, or none after the last.
    pub fn next(current: Option<Filter>) -> Option<Filter> {
        match current {
            None => Filter::all().next(),
            Some(f) => Filter::all().skip_while(|x| *x != f).nth(1),
        }
    }

    /// Whether unit `i` of `era` passes the filter.
    pub fn keeps(self, m: &Model, i: usize, era: Era) -> bool {
        match self {
            Filter::Status(s) => m.status(i, era) == s,
            Filter::Due(d) => m.due(i, era) == Some(d),
        }
    }
}

impl Model {
    /// How unit `i` fared against the last target due, if one is.
    pub fn due(&self, i: usize, era: Era) -> Option<Due> {
        Some(Due::of(self.progress(i, era)?.past?.outcome))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_cycles_statuses_then_the_last_target_due_then_none() {
        let all: Vec<Filter> = Filter::all().collect();
        assert_eq!(all.len(), Status::ALL.len() + 5);
        assert_eq!(Filter::next(None), Some(Filter::Status(Status::Achieved)));
        assert_eq!(
            Filter::next(Some(Filter::Status(Status::NoData))),
            Some(Filter::Due(Due::Met))
        );
        assert_eq!(
            Filter::next(Some(Filter::Due(Due::Met))),
            Some(Filter::Due(Due::Missed))
        );
        assert_eq!(
            Filter::next(Some(Filter::Due(Due::Missed))),
            Some(Filter::Due(Due::Estimated))
        );
        assert_eq!(Filter::next(Some(Filter::Due(Due::NoFigure))), None);
    }
}
