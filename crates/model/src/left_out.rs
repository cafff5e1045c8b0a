//! Figures dated after the day the data is judged on. `check --today` on
//! an earlier day and the dashboard judging on it both leave them out, and
//! both say how many: they are not wrong, only later than that day.

use chrono::NaiveDate;

use super::model::Model;
use super::schema::Locality;

/// How many records and population figures of `localities` are dated
/// after `day`.
pub fn dated_after(localities: &[Locality], day: NaiveDate) -> usize {
    localities
        .iter()
        .map(|l| {
            let records = l.records.iter().filter(|r| r.date > day).count();
            let population = l.population.iter().filter(|p| p.date > day).count();
            records + population
        })
        .sum()
}

impl Model {
    /// The figures dated after `now` (`--today` or the clock), which no
    /// view of this model uses.
    pub fn left_out(&self) -> usize {
        self.left_out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn only_figures_after_the_day_are_counted() {
        let loaded = crate::load_files(crate::bundled::files()).unwrap();
        let ls = &loaded.dataset.localities;
        let dates = ls
            .iter()
            .flat_map(|l| l.records.iter().map(|r| r.date))
            .chain(ls.iter().flat_map(|l| l.population.iter().map(|p| p.date)));
        let on = day(2025, 6, 30);
        let expected = dates.filter(|d| *d > on).count();
        assert!(expected > 0);
        assert_eq!(dated_after(ls, on), expected);
        // A figure of the day itself is judged, not left out.
        let same_day = ls
            .iter()
            .flat_map(|l| &l.records)
            .filter(|r| r.date == on)
            .count();
        assert!(same_day > 0);
        assert_eq!(
            dated_after(ls, on.pred_opt().unwrap()),
            expected + same_day + {
                ls.iter()
                    .flat_map(|l| &l.population)
                    .filter(|p| p.date == on)
                    .count()
            }
        );
        let model = crate::derive(loaded.dataset.clone(), on);
        assert_eq!(model.left_out(), expected);
        assert_eq!(dated_after(ls, day(2100, 1, 1)), 0);
    }

    #[test]
    fn a_population_figure_of_the_day_itself_is_judged_and_one_after_it_left_out() {
        let loaded = crate::load_files(crate::bundled::files()).unwrap();
        let mut unit = loaded
            .dataset
            .localities
            .into_iter()
            .find(|l| !l.population.is_empty())
            .unwrap();
        // Its population alone: the records have a test of their own.
        unit.records.clear();
        let last = unit.population.iter().map(|p| p.date).max().unwrap();
        let on_last = unit.population.iter().filter(|p| p.date == last).count();
        let unit = std::slice::from_ref(&unit);
        assert_eq!(dated_after(unit, last), 0);
        assert_eq!(dated_after(unit, last.pred_opt().unwrap()), on_last);
    }

    #[test]
    fn check_refuses_only_figures_after_the_refusal_day() {
        let judged = day(2025, 6, 30);
        let load = |refuse_after| {
            crate::load_sets_judged(
                vec![crate::bundled::files()],
                &Default::default(),
                Some(crate::Judging {
                    day: judged,
                    refuse_after,
                }),
            )
        };
        // The clock past them: later than the judging day, not wrong.
        let loaded = load(day(2026, 12, 31)).unwrap();
        assert_eq!(dated_after(&loaded.dataset.localities, judged), 32);
        // The judging day the latest possible: each is an error.
        let invalid = load(judged).unwrap_err();
        let future = invalid.errors().filter(|d| {
            matches!(
                d.problem,
                crate::Problem::Figure(crate::problem::Figure::Future { .. })
            )
        });
        assert_eq!(future.count(), 32);
    }
}
