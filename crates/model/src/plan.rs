//! The plan assigned to a unit (`Kế hoạch giao`: how many people it is to
//! have enrolled this year) and the share of it achieved (`% KH`): as a
//! record states it, as its counts give it, and as a whole's parts add up.

use super::schema::Record;

/// The share of its plan a point stands for, in percent, and whether it was
/// added up from the unit's parts rather than given by its own record.
/// Packed: kept in every history point, whose size it decides (`point`).
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(C, packed)]
pub struct Share {
    pub percent: f64,
    pub rolled_up: bool,
}

/// Participants over the plan, in percent; none without both.
pub fn ratio(participants: Option<u64>, plan: Option<u64>) -> Option<f64> {
    crate::agreement::percent(participants, plan)
}

/// A record's share of its plan: the one it states, else its participants
/// over its plan. The stated one wins, as a stated coverage does: the
/// office may count the plan on another base than the one it published.
pub fn of_record(r: &Record) -> Option<f64> {
    r.plan_percent()
        .or_else(|| ratio(r.participants(), r.plan()))
}

/// The stated share and the one the counts give, when they differ by
/// more than `agreement::AGREEMENT_POINTS`.
pub fn disagreement(r: &Record) -> Option<(f64, f64)> {
    let stated = r.plan_percent()?;
    let counted = ratio(r.participants(), r.plan())?;
    crate::agreement::disagrees(stated, counted).then_some((stated, counted))
}

/// The share of a whole from its parts' summed participants and plans.
/// The sums are those `rollup` makes for participants and population: none
/// unless every part has a figure at the date and gives the count. Stricter
/// than coverage, a partial roll-up gives no share at all: coverage
/// averages what it has and is marked partial, but a sum over some parts
/// would pass for the whole's plan.
pub fn rolled_up(participants: Option<u64>, plan: Option<u64>, partial: bool) -> Option<Share> {
    if partial {
        return None;
    }
    ratio(participants, plan).map(|percent| Share {
        percent,
        rolled_up: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Loc;

    fn record(participants: Option<u64>, plan: Option<u64>, stated: Option<f64>) -> Record {
        let date = chrono::NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
        let mut r = Record::new(date, "".into(), Loc::default());
        r.set_participants(participants);
        r.more_mut().plan = plan;
        r.more_mut().plan_percent = stated;
        r
    }

    #[test]
    fn a_stated_share_wins_else_participants_over_plan() {
        assert_eq!(of_record(&record(Some(985), Some(1000), None)), Some(98.5));
        assert_eq!(
            of_record(&record(Some(985), Some(1000), Some(99.2))),
            Some(99.2)
        );
        assert_eq!(of_record(&record(None, None, Some(100.36))), Some(100.36));
        // A share above the plan is a share all the same.
        assert_eq!(
            of_record(&record(Some(1010), Some(1000), None)),
            Some(101.0)
        );
        assert_eq!(of_record(&record(Some(985), None, None)), None);
        assert_eq!(of_record(&record(None, Some(1000), None)), None);
        assert_eq!(ratio(Some(5), Some(0)), None);
    }

    #[test]
    fn a_stated_share_more_than_half_a_point_off_the_counts_disagrees() {
        // 985 of 1,000 is 98.5 %: 99.0 is exactly half a point off.
        assert_eq!(
            disagreement(&record(Some(985), Some(1000), Some(99.0))),
            None
        );
        assert_eq!(
            disagreement(&record(Some(985), Some(1000), Some(98.0))),
            None
        );
        assert_eq!(
            disagreement(&record(Some(985), Some(1000), Some(99.01))),
            Some((99.01, 98.5))
        );
        assert_eq!(
            disagreement(&record(Some(985), Some(1000), Some(97.99))),
            Some((97.99, 98.5))
        );
        // Nothing to compare without the counts.
        assert_eq!(disagreement(&record(None, Some(1000), Some(50.0))), None);
    }

    #[test]
    fn a_roll_up_needs_both_sums_and_every_part() {
        assert_eq!(
            rolled_up(Some(1_970), Some(2_000), false),
            Some(Share {
                percent: 98.5,
                rolled_up: true
            })
        );
        assert_eq!(rolled_up(Some(1_970), Some(2_000), true), None);
        assert_eq!(rolled_up(None, Some(2_000), false), None);
        assert_eq!(rolled_up(Some(1_970), None, false), None);
    }
}
