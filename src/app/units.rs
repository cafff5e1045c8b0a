//! Moving to a unit: selecting it on the table that lists it, opening a
//! province's unit in its place, and stepping among the units of that list.

use super::{App, Step};
use crate::model::{Era, Level};

impl App {
    /// Selects a province by index, switching to the 63-province view if it
    /// no longer exists in the 34 and clearing filters that hide it.
    pub fn select(&mut self, i: usize) -> bool {
        let Some((level, era)) = self.table_of(i) else {
            return false;
        };
        self.level_and_era(i, level, era)
    }

    /// The table that lists `i`: its level, and the era shown if that one
    /// lists it, else the other; none when no table lists it.
    fn table_of(&self, i: usize) -> Option<(Level, Era)> {
        let level = self
            .model
            .locality(i)
            .and_then(|l| Level::ALL.into_iter().find(|v| v.kind() == l.kind))?;
        let listed = |era| self.model.units(era, level).contains(&i);
        [self.era, self.era.toggled()]
            .into_iter()
            .find(|&era| listed(era))
            .map(|era| (level, era))
    }

    /// Shows `i` on the table of `level` in `era`, clearing a filter that
    /// would hide it.
    pub(super) fn level_and_era(&mut self, i: usize, level: Level, era: Era) -> bool {
        self.level = level;
        self.era = era;
        self.search = None;
        self.unit = 0;
        self.refresh_rows(Some(i));
        if self.province() != Some(i) {
            self.filter = None;
            self.refresh_rows(Some(i));
        }
        self.province() == Some(i)
    }

    /// Enter on the Province screen: the highlighted unit opens in the
    /// province's place (a province's former self opens nothing), and the
    /// way back is kept for Esc.
    pub(super) fn open_unit(&mut self) {
        let here = self.province();
        let target = here
            .and_then(|i| self.model.units_of(i, self.era).get(self.unit).copied())
            .map(|(j, _)| j)
            .filter(|&j| Some(j) != here);
        if let (Some(at), Some(j)) = (here, target) {
            let back = Step {
                at,
                era: self.era,
                level: self.level,
                unit: self.unit,
            };
            if self.select(j) {
                self.trail.push(back);
            } else {
                self.level_and_era(back.at, back.level, back.era);
            }
        }
    }

    /// ←/→ on a unit opened from a list of units: the one before or after
    /// it in that list that opens, as Esc, ↑/↓ and Enter would reach it, so
    /// the 34/63 map is the one that list's units open in and Esc still
    /// goes back to the list. False when the unit was not opened from a
    /// list (←/→ then walk the table).
    pub(super) fn step_unit(&mut self, delta: isize) -> bool {
        let Some(&step) = self.trail.last() else {
            return false;
        };
        let list = self.model.units_of(step.at, step.era);
        let opens = |k: &usize| {
            list.get(*k)
                .is_some_and(|&(j, _)| j != step.at && self.table_of(j).is_some())
        };
        let next = if delta < 0 {
            (0..step.unit).rev().find(opens)
        } else {
            (step.unit + 1..list.len()).find(opens)
        };
        if let Some(k) = next {
            self.trail.pop();
            self.level_and_era(step.at, step.level, step.era);
            self.unit = k;
            self.open_unit();
        }
        true
    }
}
