//! Which rows the table lists and where the selection sits: orders come
//! ready from the model; here they are filtered, searched and scrolled.

use super::{App, OVERVIEW_LIST, Screen};
use crate::text;

/// The cells the widest name and parent's name of a level take, over
/// every unit the level lists, so that a filter or a search does not move
/// the columns: found when the rows change, never per frame, and only
/// when the level's list is another (a sort or a filter keeps it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NameRoom {
    pub name: u16,
    pub parent: u16,
    /// The list measured: where it lies and how long it is.
    of: (usize, usize),
}

impl NameRoom {
    fn of(self, m: &crate::model::Model, units: &[usize]) -> NameRoom {
        let of = (units.as_ptr() as usize, units.len());
        if of == self.of && of != (0, 0) {
            return self;
        }
        let width = |i: usize| m.locality(i).map_or(0, |l| text::width(&l.name));
        units.iter().fold(
            NameRoom {
                of,
                ..NameRoom::default()
            },
            |room, &i| NameRoom {
                name: room.name.max(width(i)),
                parent: room.parent.max(m.parent(i).map_or(0, width)),
                of,
            },
        )
    }
}

impl App {
    pub(super) fn move_by(&mut self, delta: isize) {
        match self.screen {
            Screen::Timeline => {
                let n = self.model.milestones.len();
                self.milestone = clamp_add(self.milestone, delta, n);
            }
            Screen::Provinces => {
                self.selected = clamp_add(self.selected, delta, self.rows.len());
                self.keep_visible();
            }
            // Through the furthest behind list, then the furthest ahead one;
            // the first move picks the first entry.
            Screen::Overview => {
                let n = self.overview_len();
                self.overview_pick = match self.overview_pick() {
                    None if n > 0 => Some(0),
                    None => None,
                    Some(k) => Some(clamp_add(k, delta, n)),
                };
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
    /// province of the table; on the Overview, the other list.
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
            // ← to the furthest behind list, → to the furthest ahead, on
            // the same row as far as the list goes.
            Screen::Overview => {
                let [behind, ahead] = self.overview_lists();
                let row = match self.overview_pick() {
                    Some(k) => k.checked_sub(behind.len()).unwrap_or(k),
                    None => 0,
                };
                let pick = if delta < 0 {
                    behind.len().checked_sub(1).map(|last| row.min(last))
                } else {
                    ahead
                        .len()
                        .checked_sub(1)
                        .map(|last| behind.len() + row.min(last))
                };
                if pick.is_some() {
                    self.overview_pick = pick;
                }
            }
            Screen::Provinces => {}
        }
    }

    /// The Overview's lists: the provinces furthest behind their target,
    /// furthest first, and those furthest ahead, at most `OVERVIEW_LIST`
    /// each; one on its target is in neither (`Model::furthest`).
    pub fn overview_lists(&self) -> [Vec<usize>; 2] {
        self.model.furthest(self.era, OVERVIEW_LIST)
    }

    fn overview_len(&self) -> usize {
        self.overview_lists().iter().map(Vec::len).sum()
    }

    /// The entry selected in the Overview's lists, counted through the
    /// furthest behind, then the furthest ahead; kept within the lists
    /// when they shrink (another day, the other map).
    pub fn overview_pick(&self) -> Option<usize> {
        let n = self.overview_len();
        self.overview_pick
            .filter(|_| n > 0)
            .map(|k| k.min(n.saturating_sub(1)))
    }

    /// The province at place `k` of the Overview's lists.
    pub(super) fn overview_entry(&self, k: usize) -> Option<usize> {
        self.overview_lists().into_iter().flatten().nth(k)
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
            filter.is_none_or(|f| f.keeps(m, i, era)) && query.is_none_or(|q| self.matches(i, q))
        };
        let rows: Vec<usize> = match m.sorted(era, self.level, self.sort) {
            None => Vec::new(),
            Some(sorted) => sorted
                .order(self.descending)
                .filter(|&i| shown(i))
                .collect(),
        };
        self.rows = rows;
        self.name_room = self
            .name_room
            .of(&self.model, self.model.units(era, self.level));
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
