//! A target whose date has passed: met or missed on the figure at its date.

use super::*;

/// A target whose date has passed, judged on the complete figure nearest
/// its date within `DUE_WINDOW_MONTHS` either side: the latest on or
/// before the date, else the first after it.
pub fn at_due(history: &[Point], target: &Target) -> Outcome {
    let due = target.by;
    let from = due
        .checked_sub_months(Months::new(DUE_WINDOW_MONTHS))
        .unwrap_or(due);
    let until = due
        .checked_add_months(Months::new(DUE_WINDOW_MONTHS))
        .unwrap_or(due);
    let nearest = |partial: bool| {
        let fits = |p: &&Point| p.is_partial() == partial;
        history
            .iter()
            .rev()
            .filter(fits)
            .find(|p| (from..=due).contains(&p.date))
            .or_else(|| {
                history
                    .iter()
                    .filter(fits)
                    .find(|p| p.date > due && p.date <= until)
            })
            .map(Figure::of)
    };
    match (nearest(false), target.coverage) {
        (Some(f), _) if target.is_met_by(f.coverage) && f.estimate => Outcome::Estimated(f),
        (Some(f), _) if target.is_met_by(f.coverage) => Outcome::Met(f),
        (Some(f), Some(goal)) => Outcome::Missed {
            figure: f,
            by: (goal - f.coverage).max(0.0),
        },
        _ => match nearest(true) {
            Some(f) => Outcome::PartialOnly(f),
            None => Outcome::NoFigure { from, until },
        },
    }
}
