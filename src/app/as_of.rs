//! The day figures are judged on, as `t`, `T` and `--as-of` set it.

use super::{App, Notice, Screen};
use crate::model::Era;

impl App {
    /// Judges every figure as of `day` (the latest with `None`), keeping
    /// screen, selection, sort and filter. Before the merger the table
    /// shows the 63 provinces that existed then, and the 34 again after.
    pub fn judge_as_of(&mut self, day: Option<chrono::NaiveDate>) {
        let keep = self.province();
        self.model.set_as_of(day);
        let keep = if self.model.before_merger() && self.era == Era::Current {
            self.era = Era::Former;
            self.era_forced = true;
            keep
        } else if !self.model.before_merger() && self.era_forced {
            self.era = Era::Current;
            self.era_forced = false;
            // A former province is shown as the one it became.
            keep.map(|i| self.model.successor(i))
        } else {
            keep
        };
        self.refresh_rows(keep);
        // The Province screen stays on its province even when the filter
        // no longer lists it.
        if self.screen == Screen::Province && keep.is_some() && self.province() != keep {
            self.filter = None;
            self.refresh_rows(keep);
        }
        self.notice = Some(Notice::AsOf(self.model.as_of()));
    }
}
