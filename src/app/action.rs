//! What the dashboard can be asked to do, and the screens it shows.

use crate::model::Model;
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

    pub(super) fn step(self, forward: bool) -> Self {
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
