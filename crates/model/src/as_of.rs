//! The dataset as it stood on an earlier day: every figure judged again as
//! of that day, and the year ends the `t` and `T` keys step through.

use chrono::{Datelike, NaiveDate};

use super::model::{Judged, Model};
use super::orders::{Level, SortKey};
use super::point::Era;

impl Model {
    /// The day figures are judged on when it is earlier than `now`.
    pub fn as_of(&self) -> Option<NaiveDate> {
        (self.today != self.now).then_some(self.today)
    }

    /// Judges every figure as of `day`: records, roll-ups, targets in force,
    /// trends, statuses and staleness as they stood then. `None`, or a day
    /// from `now` on, goes back to the latest figures.
    pub fn set_as_of(&mut self, day: Option<NaiveDate>) {
        let day = day.filter(|d| *d < self.now).unwrap_or(self.now);
        if day == self.today {
            return;
        }
        if day == self.now {
            if let Some(latest) = self.latest.take() {
                self.put_judged(*latest);
            }
            self.today = day;
            return;
        }
        if self.latest.is_none() {
            let latest = self.take_judged();
            self.latest = Some(Box::new(latest));
        }
        self.today = day;
        self.figures = super::derive::judge_all(self);
        // Built again only when asked for: the table needs one of them.
        drop(self.orders.take_sorted());
        super::tally::tally(self);
    }

    /// Builds every column's order not built yet.
    pub fn sort_every(&mut self) {
        let mut orders = std::mem::take(&mut self.orders);
        super::sorting::sort_every(self, &mut orders);
        self.orders = orders;
    }

    /// Builds a column's order for the judging day if it is not there yet.
    pub fn ensure_sorted(&mut self, era: Era, level: Level, key: SortKey) {
        if self.orders.sorted(era, level, key).is_none()
            && !self.orders.members(era, level).is_empty()
        {
            let sorted = super::sorting::sort(self, &self.orders, era, level, key);
            self.orders.insert_sorted((era, level, key), sorted);
        }
    }

    /// Whether a target had been set by the judging day: its document
    /// issued, or its source published; one whose source gives no day
    /// counts from the start, as the target in force does.
    pub fn target_is_set(&self, t: &super::schema::Target) -> bool {
        let set_on = match &t.directive {
            Some(d) => self.directive(&d.value).map(|d| d.issued),
            None => t.published,
        };
        set_on.is_none_or(|on| on <= self.today)
    }

    /// The first day of the map of 34 provinces: the earliest merger in the
    /// data, if it has one.
    pub fn merged_on(&self) -> Option<NaiveDate> {
        self.localities.iter().filter_map(|l| l.merged_on).min()
    }

    /// The unit a locality merged into, or itself.
    pub fn successor(&self, i: usize) -> usize {
        self.localities
            .get(i)
            .and_then(|l| l.merged_into.as_ref())
            .and_then(|m| self.index_of(&m.value))
            .unwrap_or(i)
    }

    /// Whether the units of the current map did not exist yet on the
    /// judging day.
    pub fn before_merger(&self) -> bool {
        self.merged_on().is_some_and(|on| self.today < on)
    }

    /// The year end before the day shown (`t`): from the latest view, the
    /// last 31 December before `now`, which may be the day the data is
    /// current to (31/12/2025, the due date of the 2025 targets, is one to
    /// stop at); none before the year of the first figure, where there is
    /// nothing left to show.
    pub fn year_end_before(&self) -> Option<NaiveDate> {
        let first = self
            .localities
            .iter()
            .flat_map(|l| l.records.iter().map(|r| r.date))
            .min()?;
        step_back(self.today, first)
    }

    /// Where `T` goes: the year end after the day shown, or `Some(None)`,
    /// the latest view, once that year end is not before `now`; `None`
    /// when the latest view is already shown.
    pub fn year_end_after(&self) -> Option<Option<NaiveDate>> {
        Some(step_forward(self.as_of()?, self.now))
    }

    fn take_judged(&mut self) -> Judged {
        Judged {
            figures: std::mem::take(&mut self.figures),
            sorted: self.orders.take_sorted(),
            by_gap: std::mem::take(&mut self.by_gap),
            statuses: std::mem::take(&mut self.statuses),
            status_counts: self.status_counts,
            past_counts: self.past_counts,
            blank: std::mem::take(&mut self.blank),
        }
    }

    fn put_judged(&mut self, j: Judged) {
        self.figures = j.figures;
        self.orders.put_sorted(j.sorted);
        self.by_gap = j.by_gap;
        self.statuses = j.statuses;
        self.status_counts = j.status_counts;
        self.past_counts = j.past_counts;
        self.blank = j.blank;
    }
}

/// Where `t` goes from the day shown (`now` in the latest view): the last
/// 31 December before it, unless that is before the year of the `first`
/// figure.
pub fn step_back(shown: NaiveDate, first: NaiveDate) -> Option<NaiveDate> {
    year_end_before(shown).filter(|back| back.year() >= first.year())
}

/// Where `T` goes from an as-of day: the next 31 December while it is
/// before `now`, else `None`, the latest view.
pub fn step_forward(as_of: NaiveDate, now: NaiveDate) -> Option<NaiveDate> {
    year_end_after(as_of).filter(|d| *d < now)
}

/// The last 31 December strictly before `day`.
pub fn year_end_before(day: NaiveDate) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(day.year(), 12, 31)?;
    if this_year < day {
        Some(this_year)
    } else {
        NaiveDate::from_ymd_opt(day.year() - 1, 12, 31)
    }
}

/// The first 31 December strictly after `day`.
pub fn year_end_after(day: NaiveDate) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(day.year(), 12, 31)?;
    if this_year > day {
        Some(this_year)
    } else {
        NaiveDate::from_ymd_opt(day.year() + 1, 12, 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn a_year_end_steps_to_the_one_before_and_after() {
        assert_eq!(year_end_before(d(2025, 12, 31)), Some(d(2024, 12, 31)));
        assert_eq!(year_end_after(d(2024, 12, 31)), Some(d(2025, 12, 31)));
    }

    #[test]
    fn from_the_latest_view_t_stops_first_at_the_last_year_end_before_now() {
        // Bundled data current to 31/12/2025, today 06/12/2026: the due date
        // of the 2025 targets is the first stop.
        let (now, first) = (d(2026, 12, 6), d(2008, 12, 31));
        assert_eq!(step_back(now, first), Some(d(2025, 12, 31)));
        assert_eq!(step_back(d(2025, 12, 31), first), Some(d(2024, 12, 31)));
        // On a 31 December itself the latest view is that day.
        assert_eq!(step_back(d(2026, 12, 31), first), Some(d(2025, 12, 31)));
        assert_eq!(step_back(d(2027, 1, 1), first), Some(d(2026, 12, 31)));
    }

    #[test]
    fn t_stops_at_the_year_end_of_the_first_figures_year() {
        let first = d(2008, 6, 30);
        assert_eq!(step_back(d(2009, 12, 31), first), Some(d(2008, 12, 31)));
        assert_eq!(step_back(d(2008, 12, 31), first), None);
    }

    #[test]
    fn t_upper_case_goes_back_to_the_latest_view_after_the_last_year_end_before_now() {
        let now = d(2026, 12, 6);
        assert_eq!(step_forward(d(2024, 12, 31), now), Some(d(2025, 12, 31)));
        assert_eq!(step_forward(d(2025, 12, 31), now), None);
        assert_eq!(step_forward(d(2025, 12, 31), d(2026, 12, 31)), None);
        assert_eq!(
            step_forward(d(2025, 12, 31), d(2027, 1, 1)),
            Some(d(2026, 12, 31))
        );
    }

    #[test]
    fn another_day_steps_to_the_nearest_year_end_on_either_side() {
        assert_eq!(year_end_before(d(2025, 9, 30)), Some(d(2024, 12, 31)));
        assert_eq!(year_end_after(d(2025, 9, 30)), Some(d(2025, 12, 31)));
        assert_eq!(year_end_before(d(2026, 1, 1)), Some(d(2025, 12, 31)));
        assert_eq!(year_end_after(d(2025, 12, 30)), Some(d(2025, 12, 31)));
    }
}
