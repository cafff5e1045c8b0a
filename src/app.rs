//! The dashboard's state and the one place it changes: `App::update(Action)`.

use crate::model::{Era, Model, Status};
use crate::text::{self, Lang};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Overview,
    Provinces,
    Province,
    Timeline,
}

impl Screen {
    pub const ALL: [Screen; 4] = [
        Screen::Overview,
        Screen::Provinces,
        Screen::Province,
        Screen::Timeline,
    ];

    pub fn index(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    fn step(self, forward: bool) -> Self {
        let n = Self::ALL.len();
        let i = if forward {
            self.index() + 1
        } else {
            self.index() + n - 1
        };
        Self::ALL.get(i % n).copied().unwrap_or_default()
    }
}

pub use crate::model::{Level, SortKey};

impl SortKey {
    pub fn name(self, lang: Lang) -> &'static str {
        text::words(lang)
            .sort_names
            .get(self.index())
            .copied()
            .unwrap_or("")
    }
}

impl Level {
    /// What the table's first column and title call a unit of this level.
    pub fn name(self, lang: Lang) -> &'static str {
        let w = text::words(lang);
        match self {
            Level::Province => w.province,
            Level::District => w.district,
            Level::Commune => w.commune,
        }
    }
}

#[derive(Clone, Debug)]
pub enum Action {
    Quit,
    ShowScreen(Screen),
    NextScreen,
    PrevScreen,
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    Open,
    Back,
    Previous,
    Next,
    StartSearch,
    SearchInput(char),
    SearchBackspace,
    ConfirmSearch,
    CancelSearch,
    CycleSort,
    ReverseSort,
    CycleFilter,
    ToggleEra,
    /// Provinces, districts, communes: the levels the data has.
    CycleLevel,
    ToggleHelp,
    /// The terminal's size changed: rows per page follow.
    Resize {
        width: u16,
        height: u16,
    },
    /// Asks the loop to export; the loop answers with `Say`.
    Export,
    /// Asks the loop to reload; the loop answers with `Loaded`.
    Reload,
    /// A reload's result: the new model, or the problems that kept the
    /// last good data on screen.
    Loaded(Result<Box<Model>, Vec<String>>),
    /// Closes the panel of reload problems.
    DismissProblems,
    Say(String),
}

/// Rows the Provinces screen spends on everything but table rows: tabs,
/// status line, borders, header and footnote.
pub const PROVINCES_CHROME_ROWS: u16 = 7;

pub struct App {
    pub model: Model,
    pub lang: Lang,
    /// No colours: emphasis and symbols only.
    pub mono: bool,
    /// What the status line calls the dataset.
    pub dataset_label: String,
    pub screen: Screen,
    /// Where Esc goes back to from the Province screen.
    pub came_from: Screen,
    pub era: Era,
    /// Which units the table lists.
    pub level: Level,
    pub sort: SortKey,
    pub descending: bool,
    pub filter: Option<Status>,
    /// The query while the user types a search.
    pub search: Option<String>,
    /// Provinces in display order: era, status filter, sort and the search
    /// being typed applied. Recomputed when one of those changes, never per frame.
    pub rows: Vec<usize>,
    pub selected: usize,
    pub offset: usize,
    pub page: usize,
    pub milestone: usize,
    pub help: bool,
    /// Problems of the last reload that failed, shown until dismissed.
    pub problems: Option<Vec<String>>,
    pub message: Option<String>,
    pub running: bool,
    /// Selection before a search began, restored when it is cancelled.
    before_search: Option<usize>,
}

impl App {
    pub fn new(model: Model, lang: Lang, dataset_label: String) -> Self {
        let milestone = Self::milestone_near_today(&model);
        let mut app = App {
            model,
            lang,
            mono: false,
            dataset_label,
            screen: Screen::Overview,
            came_from: Screen::Provinces,
            era: Era::Current,
            level: Level::Province,
            sort: SortKey::default(),
            descending: SortKey::default().natural_descending(),
            filter: None,
            search: None,
            rows: Vec::new(),
            selected: 0,
            offset: 0,
            page: 10,
            milestone,
            help: false,
            problems: None,
            message: None,
            running: true,
            before_search: None,
        };
        app.refresh_rows(None);
        app
    }

    /// The first milestone from today on, so the timeline opens on what comes next.
    fn milestone_near_today(model: &Model) -> usize {
        let ms = &model.milestones;
        ms.iter()
            .position(|m| m.date >= model.today)
            .unwrap_or(ms.len().saturating_sub(1))
    }

    /// Selects a province by index, switching to the 63-province view if it
    /// no longer exists in the 34 and clearing filters that hide it.
    pub fn select(&mut self, i: usize) -> bool {
        if !self.model.provinces(self.era).contains(&i) {
            if !self.model.provinces(self.era.toggled()).contains(&i) {
                return false;
            }
            self.era = self.era.toggled();
        }
        self.search = None;
        self.refresh_rows(Some(i));
        if self.province() != Some(i) {
            self.filter = None;
            self.refresh_rows(Some(i));
        }
        self.province() == Some(i)
    }

    /// The province the Province screen shows: the selected row.
    pub fn province(&self) -> Option<usize> {
        self.rows.get(self.selected).copied()
    }

    pub fn update(&mut self, action: Action) {
        if self.help
            && !matches!(
                action,
                Action::Resize { .. } | Action::Loaded(_) | Action::Say(_)
            )
        {
            // Any key closes help; quitting still quits.
            self.help = false;
            if !matches!(action, Action::Quit) {
                return;
            }
        }
        match action {
            Action::Quit => self.running = false,
            Action::ShowScreen(s) => self.show(s),
            Action::NextScreen => self.show(self.screen.step(true)),
            Action::PrevScreen => self.show(self.screen.step(false)),
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::PageUp => self.move_by(-(self.page.max(1) as isize)),
            Action::PageDown => self.move_by(self.page.max(1) as isize),
            Action::First => self.move_by(isize::MIN / 2),
            Action::Last => self.move_by(isize::MAX / 2),
            Action::Open => {
                if self.screen == Screen::Provinces && self.province().is_some() {
                    self.show(Screen::Province);
                }
            }
            Action::Back => {
                if self.screen == Screen::Province {
                    self.screen = self.came_from;
                } else if self.screen != Screen::Overview {
                    self.screen = Screen::Overview;
                }
            }
            Action::Previous => self.step_sideways(-1),
            Action::Next => self.step_sideways(1),
            Action::StartSearch => {
                if self.screen != Screen::Provinces {
                    self.screen = Screen::Provinces;
                }
                self.before_search = self.province();
                self.search = Some(String::new());
                self.refresh_rows(self.before_search);
            }
            Action::SearchInput(c) => {
                if let Some(q) = &mut self.search {
                    q.push(c);
                    // A longer query only narrows: filter the rows shown.
                    self.narrow_rows();
                }
            }
            Action::SearchBackspace => {
                if let Some(q) = &mut self.search {
                    q.pop();
                    self.refresh_rows(None);
                    self.selected = 0;
                }
            }
            Action::ConfirmSearch => {
                let found = self.province();
                let query = self.search.take().unwrap_or_default();
                self.refresh_rows(found.or(self.before_search));
                self.message = Some(match found {
                    Some(_) => format!("{}: {query}", text::words(self.lang).search),
                    None => format!("{}: {query}", text::words(self.lang).no_match),
                });
            }
            Action::CancelSearch => {
                self.search = None;
                let back = self.before_search;
                self.refresh_rows(back);
            }
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
                self.filter = match self.filter {
                    None => Status::ALL.first().copied(),
                    Some(s) => Status::ALL.iter().skip_while(|x| **x != s).nth(1).copied(),
                };
                let keep = self.province();
                self.refresh_rows(keep);
                self.message = Some(self.filter_text());
            }
            Action::ToggleEra => {
                self.era = self.era.toggled();
                let keep = self.province();
                self.refresh_rows(keep);
                let w = text::words(self.lang);
                self.message = Some(match self.era {
                    Era::Current => w.current_era.to_string(),
                    Era::Former => w.former_era.to_string(),
                });
            }
            Action::CycleLevel => {
                let present: Vec<Level> = Level::ALL
                    .into_iter()
                    .filter(|&l| !self.model.units(Era::Former, l).is_empty())
                    .collect();
                let at = present.iter().position(|l| *l == self.level).unwrap_or(0);
                self.level = present
                    .get((at + 1) % present.len().max(1))
                    .copied()
                    .unwrap_or_default();
                self.refresh_rows(None);
                self.message = Some(self.level.name(self.lang).to_string());
            }
            Action::ToggleHelp => self.help = true,
            Action::Resize { height, .. } => {
                self.page = usize::from(height.saturating_sub(PROVINCES_CHROME_ROWS)).max(1);
                self.keep_visible();
            }
            Action::Export | Action::Reload => {}
            Action::Loaded(Ok(model)) => {
                let keep = self
                    .province()
                    .and_then(|i| self.model.locality(i))
                    .map(|l| l.id.value.clone());
                self.model = *model;
                let keep = keep.and_then(|id| self.model.index_of(&id));
                self.milestone = self
                    .milestone
                    .min(self.model.milestones.len().saturating_sub(1));
                self.refresh_rows(keep);
                self.problems = None;
                self.message = Some(format!("{} ✓", text::words(self.lang).reload));
            }
            Action::Loaded(Err(problems)) => {
                let w = text::words(self.lang);
                self.message = Some(format!("{} ({})", w.reload_failed, problems.len()));
                self.problems = Some(problems);
            }
            Action::DismissProblems => self.problems = None,
            Action::Say(e) => self.message = Some(e),
        }
    }

    pub fn filter_text(&self) -> String {
        let w = text::words(self.lang);
        match self.filter {
            None => w.all.to_string(),
            Some(s) => format!("{} {}", text::status_symbol(s), text::status(self.lang, s)),
        }
    }

    fn show(&mut self, s: Screen) {
        if s == Screen::Province && self.screen != Screen::Province {
            self.came_from = self.screen;
        }
        self.screen = s;
    }

    fn move_by(&mut self, delta: isize) {
        match self.screen {
            Screen::Timeline => {
                let n = self.model.milestones.len();
                self.milestone = clamp_add(self.milestone, delta, n);
            }
            Screen::Provinces | Screen::Overview => {
                self.selected = clamp_add(self.selected, delta, self.rows.len());
                self.keep_visible();
            }
            Screen::Province => {}
        }
    }

    /// ←/→: the next milestone on the timeline, the next province elsewhere.
    fn step_sideways(&mut self, delta: isize) {
        match self.screen {
            Screen::Timeline => {
                self.milestone = clamp_add(self.milestone, delta, self.model.milestones.len())
            }
            Screen::Province => {
                self.selected = clamp_add(self.selected, delta, self.rows.len());
                self.keep_visible();
            }
            Screen::Overview | Screen::Provinces => {}
        }
    }

    fn keep_visible(&mut self) {
        let page = self.page.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + page {
            self.offset = self.selected + 1 - page;
        }
        self.offset = self.offset.min(self.rows.len().saturating_sub(page));
    }

    fn resort(&mut self) {
        let keep = self.province();
        self.refresh_rows(keep);
        self.message = Some(format!(
            "{}: {} {}",
            text::words(self.lang).sort,
            self.sort.name(self.lang),
            if self.descending { "↓" } else { "↑" }
        ));
    }

    /// Recomputes the row order and selects `keep` if it is still listed.
    /// The order comes ready from the model; only the filters run here.
    fn refresh_rows(&mut self, keep: Option<usize>) {
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
    fn narrow_rows(&mut self) {
        let query = self.search.as_deref().map(text::fold).unwrap_or_default();
        let q = query.trim();
        if !q.is_empty() {
            let rows = std::mem::take(&mut self.rows);
            self.rows = rows.into_iter().filter(|&i| self.matches(i, q)).collect();
        }
        self.selected = 0;
        self.offset = 0;
    }

    /// A name matches, or (34 view) the name of a unit merged into it does:
    /// `bac giang` finds Bắc Ninh, which includes Bắc Giang since 2025.
    fn matches(&self, i: usize, query: &str) -> bool {
        let m = &self.model;
        let hit = |j: usize| m.search_keys.get(j).is_some_and(|k| k.contains(query));
        hit(i)
            || (self.era == Era::Current
                && m.absorbed.get(i).is_some_and(|a| a.iter().any(|&j| hit(j))))
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
