//! The dashboard's state and the one place it changes: `App::update(Action)`,
//! which answers with the `Effect` the terminal loop must carry out (files are
//! read and written there, and the result comes back as an action).

mod action;
mod as_of;
mod format;
mod panels;
mod rest;
mod results;
mod rows;
mod search;
mod units;
mod view;

pub use crate::model::{Level, SortKey};
pub use action::{Action, Effect, Loading, Notice, Screen, Waiting};
pub use format::{CHOICES, Choice, CsvStyle, DEFAULT_WIDTH, Format, MIN_WIDTH};
pub use rows::NameRoom;
pub use view::Table;

use crate::model::{Era, Filter, Model};
use crate::text::{EraLabel, Lang};

pub struct App {
    pub model: Model,
    pub lang: Lang,
    /// No colours: emphasis and symbols only.
    pub mono: bool,
    /// ASCII symbols only (`--ascii`): for a console whose font has no
    /// braille, rules or check marks (`ui::ascii`).
    pub ascii: bool,
    /// What the status line calls the dataset.
    pub dataset_label: String,
    /// The `--data` paths the app was started with, for the command a
    /// snapshot's header gives; none for the bundled data.
    pub data_args: Vec<String>,
    pub screen: Screen,
    /// Where Esc goes back to from the Province screen.
    pub came_from: Screen,
    pub era: Era,
    /// The era was switched to the 63 provinces because the day shown is
    /// before the merger; it switches back when the day passes it.
    era_forced: bool,
    /// Which units the table lists.
    pub level: Level,
    pub sort: SortKey,
    pub descending: bool,
    pub filter: Option<Filter>,
    /// The query while the user types a search.
    pub search: Option<String>,
    /// Provinces in display order: era, status filter, sort and the search
    /// being typed applied. Recomputed when one of those changes, never per frame.
    pub rows: Vec<usize>,
    /// The widest name, and parent's name, of the units the level lists:
    /// the room the table's name columns need (`rows::NameRoom`).
    pub name_room: NameRoom,
    pub selected: usize,
    pub offset: usize,
    pub page: usize,
    pub milestone: usize,
    /// The highlighted unit in the Province screen's list of units.
    pub unit: usize,
    /// Where Enter on a unit came from, so Esc climbs back: the unit, era
    /// and level that were shown, and the place in its list of units of
    /// the unit opened.
    trail: Vec<Step>,
    /// The entry selected in the Overview's lists (furthest behind, then
    /// furthest ahead), none until ↑/↓ picks one.
    pub overview_pick: Option<usize>,
    pub help: bool,
    /// The first line of the help overlay shown, when it does not fit.
    pub help_scroll: usize,
    /// The panel of every source of the unit in view (`sources_unit`): open at this
    /// first line, or closed.
    pub sources: Option<usize>,
    /// The Province screen's table of figures in the chart's place
    /// (`v`): its latest rows scrolled back by this many, or the chart.
    pub figures: Option<usize>,
    /// The panel of the verdict's reasons (`w`): open at this first line,
    /// or closed.
    pub why: Option<usize>,
    /// The menu of formats `e` opens, over the screen.
    pub export_menu: bool,
    /// The format last written: what Enter in that menu writes.
    pub export_format: Format,
    /// How a csv is written: plain, or for Excel in the vi-VN locale.
    pub csv_style: CsvStyle,
    /// The screen's columns: what `e` writes a drawn snapshot at.
    pub width: u16,
    /// The screen's rows: how much of a panel shows.
    pub height: u16,
    /// Problems of the last reload that failed, shown until dismissed.
    pub problems: Option<Vec<String>>,
    /// The data being read again behind the screen (`r`, `--watch`), and
    /// how far it has come.
    pub reloading: Option<Loading>,
    /// The first line of the problems panel shown, when it does not fit.
    pub problems_scroll: usize,
    /// What the status line reports until something else happens.
    pub notice: Option<Notice>,
    /// While only the head of the data (nation and provinces) is loaded:
    /// how far the rest has come. What needs the rest says it is not ready.
    pub rest: Option<Loading>,
    /// A model was replaced: the loop gives its memory back to the system
    /// once the new one is on screen (`memory::give_back`, 10–20 ms at
    /// 100,000 localities, which the frame need not wait for).
    pub freed: bool,
    /// Selection before a search began, restored when it is cancelled.
    before_search: Option<usize>,
    /// The screen a search was started on, when not the Provinces table:
    /// Enter opens what it found, Esc goes back there.
    search_from: Option<Screen>,
}

/// A place on the way down from a province to the unit shown: the
/// locality, era and level that were shown, and the place of the unit
/// opened in that locality's list of units.
#[derive(Clone, Copy, Debug)]
struct Step {
    at: usize,
    era: Era,
    level: Level,
    unit: usize,
}

/// How many provinces each of the Overview's lists (furthest behind,
/// furthest ahead) holds at most.
pub const OVERVIEW_LIST: usize = 5;

impl App {
    pub fn new(model: Model, lang: Lang, dataset_label: String) -> Self {
        let milestone = Self::milestone_near_today(&model);
        let mut app = App {
            model,
            lang,
            mono: false,
            ascii: false,
            dataset_label,
            data_args: Vec::new(),
            screen: Screen::Overview,
            came_from: Screen::Provinces,
            era: Era::Current,
            era_forced: false,
            level: Level::Province,
            sort: SortKey::default(),
            descending: SortKey::default().natural_descending(),
            filter: None,
            search: None,
            rows: Vec::new(),
            name_room: NameRoom::default(),
            selected: 0,
            offset: 0,
            page: 10,
            milestone,
            unit: 0,
            trail: Vec::new(),
            overview_pick: None,
            help: false,
            help_scroll: 0,
            sources: None,
            figures: None,
            why: None,
            export_menu: false,
            export_format: Format::default(),
            csv_style: CsvStyle::default(),
            width: format::DEFAULT_WIDTH,
            height: 30,
            problems: None,
            reloading: None,
            problems_scroll: 0,
            notice: None,
            rest: None,
            freed: false,
            before_search: None,
            search_from: None,
        };
        app.refresh_rows(None);
        // Figures later than the judging day count for nothing on screen:
        // said on start, as `check` says it.
        let figures = app.model.left_out();
        if figures > 0 {
            app.notice = Some(Notice::LeftOut {
                figures,
                day: app.model.now,
            });
        }
        app
    }

    /// The first milestone from today on, so the timeline opens on what comes next.
    pub(super) fn milestone_near_today(model: &Model) -> usize {
        let ms = &model.milestones;
        ms.iter()
            .position(|m| m.date >= model.now)
            .unwrap_or(ms.len().saturating_sub(1))
    }

    /// The province a milestone belongs to: its own locality, or the
    /// province that locality lies in.
    pub fn milestone_province(&self) -> Option<usize> {
        let m = &self.model;
        let id = &m.milestones.get(self.milestone)?.locality.as_ref()?.value;
        let mut at = m.index_of(id)?;
        for _ in 0..m.localities.len() {
            if m.is_province(at) {
                return Some(at);
            }
            at = m.index_of(&m.locality(at)?.parent.as_ref()?.value)?;
        }
        None
    }

    /// The province the Province screen shows: the selected row.
    pub fn province(&self) -> Option<usize> {
        self.rows.get(self.selected).copied()
    }

    /// Carries out `action` and says what the terminal loop must do next.
    pub fn update(&mut self, action: Action) -> Effect {
        // A message lasts until the next key; results and resizes are not
        // keys. A reload running behind the screen is said until it ends.
        if action.is_key() {
            self.notice = self.reloading.map(Notice::Reloading);
        }
        if let Some(effect) = self.panel_key(&action) {
            return effect;
        }
        if let Some(waiting) = self.waiting_for_rest(&action) {
            self.notice = Some(Notice::NotReady(waiting));
            return Effect::None;
        }
        match action {
            Action::Quit | Action::Interrupt => return Effect::Quit,
            Action::ShowScreen(s) => self.show(s),
            Action::NextScreen => self.show(self.screen.step(true)),
            Action::PrevScreen => self.show(self.screen.step(false)),
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::PageUp | Action::PageDown if self.scroll_figures(&action) => {}
            Action::PageUp => self.move_by(-(self.page.max(1) as isize)),
            Action::PageDown => self.move_by(self.page.max(1) as isize),
            Action::First => self.move_by(isize::MIN / 2),
            Action::Last => self.move_by(isize::MAX / 2),
            Action::Open => match self.screen {
                Screen::Provinces if self.province().is_some() => self.show(Screen::Province),
                // A unit of the province opens in its place; Esc climbs back.
                Screen::Province => self.open_unit(),
                // A milestone of a province opens that province; a
                // national one says why nothing opens.
                Screen::Timeline => match self.milestone_province() {
                    Some(p) if self.select(p) => self.show(Screen::Province),
                    Some(_) => {}
                    None if !self.model.milestones.is_empty() => {
                        self.notice = Some(Notice::NationalMilestone);
                    }
                    None => {}
                },
                // A province of the furthest behind or ahead lists.
                Screen::Overview => {
                    if let Some(p) = self.overview_pick().and_then(|k| self.overview_entry(k))
                        && self.select(p)
                    {
                        self.show(Screen::Province);
                    }
                }
                Screen::Provinces => {}
            },
            Action::Back => {
                if self.screen == Screen::Province
                    && let Some(step) = self.trail.pop()
                {
                    // Back on the list, the unit that was open still selected.
                    self.level_and_era(step.at, step.level, step.era);
                    self.unit = step.unit;
                } else if self.screen == Screen::Province {
                    self.screen = self.came_from;
                } else if self.screen != Screen::Overview {
                    self.screen = Screen::Overview;
                }
            }
            Action::Previous => self.step_sideways(-1),
            Action::Next => self.step_sideways(1),
            Action::StartSearch
            | Action::SearchInput(_)
            | Action::SearchBackspace
            | Action::ConfirmSearch
            | Action::CancelSearch => return self.search_action(action),
            Action::CycleSort => {
                let next = SortKey::ALL
                    .get(self.sort.index() + 1)
                    .copied()
                    .unwrap_or(SortKey::Name);
                self.sort = next;
                self.descending = next.natural_descending();
                self.resort();
            }
            Action::ReverseSort => {
                self.descending = !self.descending;
                self.resort();
            }
            Action::CycleFilter => {
                self.filter = Filter::next(self.filter);
                let keep = self.province();
                self.refresh_rows(keep);
                self.notice = Some(Notice::Filtered(self.filter));
            }
            // Without a merger there is one map: nothing to switch to.
            Action::ToggleEra if self.model.merged_on().is_none() => {
                self.notice = Some(Notice::OneMap);
            }
            Action::ToggleEra if self.model.before_merger() => {
                self.notice = Some(Notice::NotYetMerged(EraLabel::of(
                    &self.model,
                    Era::Current,
                )));
            }
            Action::EarlierYear => match self.model.year_end_before() {
                Some(day) => self.judge_as_of(Some(day)),
                None => self.notice = Some(Notice::NoEarlier),
            },
            Action::LaterYear => match self.model.year_end_after() {
                Some(day) => self.judge_as_of(day),
                None => self.notice = Some(Notice::AlreadyLatest),
            },
            Action::ToggleEra => {
                self.era_forced = false;
                self.era = self.era.toggled();
                let keep = self.province();
                self.refresh_rows(keep);
                self.notice = Some(Notice::Era(EraLabel::of(&self.model, self.era)));
            }
            Action::CycleLevel => {
                let present = self.model.levels();
                let at = present.iter().position(|l| *l == self.level).unwrap_or(0);
                self.level = present
                    .get((at + 1) % present.len().max(1))
                    .copied()
                    .unwrap_or_default();
                self.refresh_rows(None);
                self.notice = Some(Notice::Level(self.level));
            }
            Action::ToggleHelp => {
                self.help = true;
                self.help_scroll = 0;
            }
            Action::ShowSources => self.show_sources(),
            Action::ToggleFigures => {
                if self.screen == Screen::Province {
                    self.figures = match self.figures {
                        Some(_) => None,
                        None => Some(0),
                    };
                }
            }
            Action::ShowWhy => self.show_why(),
            // The panel it closes took it first; with none open, nothing.
            Action::ClosePanel => {}
            Action::Resize {
                rows,
                width,
                height,
            } => {
                self.page = rows.max(1);
                self.width = width.max(format::MIN_WIDTH);
                self.height = height;
                self.keep_visible();
            }
            Action::Export
            | Action::ExportAs(_)
            | Action::Exported(_)
            | Action::Reload
            | Action::Reloading
            | Action::ReloadProgress(_)
            | Action::Loaded(_)
            | Action::Unchanged
            | Action::Progress(_)
            | Action::Completed(_)
            | Action::DismissProblems => return self.loop_action(action),
        }
        Effect::None
    }

    fn show(&mut self, s: Screen) {
        if s == Screen::Province && self.screen != Screen::Province {
            self.came_from = self.screen;
            self.trail.clear();
            self.unit = 0;
        }
        self.screen = s;
    }
}
