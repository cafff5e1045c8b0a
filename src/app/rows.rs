//! Which rows the table lists and where the selection sits: orders come
//! ready from the model; here they are filtered, searched and scrolled.

use super::{App, Screen};
use crate::text;

impl App {
    pub(super) fn move_by(&mut self, delta: isize) {
        match self.screen {
            Screen::Timeline => {
                let n = self.model.milestones.len();
                self.milestone = clamp_add(self.milestone, delta, n);
            }
            Screen::Provinces | Screen::Overview => {
                self.selected = clamp_add(self.selected, delta, self.rows.len());
                self.keep_visible();
            }
            Screen::Province => {
                let n = self
                    .province()
                    .map_or(0, |i| self.model.units_of(i, self.era).len());
                self.unit = clamp_add(self.unit, delta, n);
            }
        }
    }

    /// ←/→: the next milestone on the timeline; on the Province screen the
    /// next unit of the list a unit was opened from, else the next
    /// province of the table.
    pub(super) fn step_sideways(&mut self, delta: isize) {
        match self.screen {
            Screen::Timeline => {
                self.milestone = clamp_add(self.milestone, delta, self.model.milestones.len())
            }
            Screen::Province => {
                if !self.step_unit(delta) {
                    self.selected = clamp_add(self.selected, delta, self.rows.len());
                    self.unit = 0;
                    self.keep_visible();
                }
            }
            Screen::Overview | Screen::Provinces => {}
        }
    }

    pub(super) fn keep_visible(&mut self) {
        let page = self.page.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + page {
            self.offset = self.selected + 1 - page;
        }
        self.offset = self.offset.min(self.rows.len().saturating_sub(page));
    }

    pub(super) fn resort(&mut self) {
        let keep = self.province();
        self.refresh_rows(keep);
        self.notice = Some(super::Notice::Sorted {
            key: self.sort,
            descending: self.descending,
        });
    }

    /// Recomputes the row order and selects `keep` if it is still listed.
    /// The order comes ready from the model; only the filters run here.
    pub(super) fn refresh_rows(&mut self, keep: Option<usize>) {
        self.model.ensure_sorted(self.era, self.level, self.sort);
        let m = &self.model;
        let query = self.search.as_deref().map(text::fold);
        let query = query.as_deref().map(str::trim).filter(|q| !q.is_empty());
        let (era, filter) = (self.era, self.filter);
        let shown = |i: usize| {
            filter.is_none_or(|f| m.status(i, era) == f) && query.is_none_or(|q| self.matches(i, q))
        };
        let rows: Vec<usize> = match m.sorted(era, self.level, self.sort) {
            None => Vec::new(),
            Some(sorted) => {
                let order = if self.descending {
                    &sorted.descending
                } else {
                    &sorted.ascending
                };
                order.iter().copied().filter(|&i| shown(i)).collect()
            }
        };
        self.rows = rows;
        self.selected = keep
            .and_then(|k| self.rows.iter().position(|&r| r == k))
            .unwrap_or(0);
        self.offset = 0;
        self.keep_visible();
    }

    /// The rows that still match a query one character longer.
    pub(super) fn narrow_rows(&mut self) {
        let query = self.search.as_deref().map(text::fold).unwrap_or_default();
        let q = query.trim();
        if !q.is_empty() {
            let rows = std::mem::take(&mut self.rows);
            self.rows = rows.into_iter().filter(|&i| self.matches(i, q)).collect();
        }
        self.selected = 0;
        self.offset = 0;
    }

    pub(super) fn matches(&self, i: usize, query: &str) -> bool {
        self.model.search_match(i, self.era, query).is_some()
    }
}

fn clamp_add(at: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    let moved = if delta < 0 {
        at.saturating_sub(delta.unsigned_abs())
    } else {
        at.saturating_add(delta.unsigned_abs())
    };
    moved.min(len - 1)
}
