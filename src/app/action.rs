//! What the dashboard can be asked to do, and the screens it shows.

use std::path::PathBuf;

use crate::model::{Filter, Level, Model, SortKey};

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
    /// The as-of day back to the year end before it (`t`).
    EarlierYear,
    /// The as-of day on to the next year end, up to the latest figures (`T`).
    LaterYear,
    /// Provinces, districts, communes: the levels the data has.
    CycleLevel,
    ToggleHelp,
    /// Every source of the province shown, in a panel that scrolls.
    ShowSources,
    /// The reasons of the verdict on the province shown or the row
    /// selected, in a panel that scrolls.
    ShowWhy,
    /// A key with no action of its own, pressed while the reasons are
    /// open: it closes them.
    ClosePanel,
    /// The terminal's size changed: the table now shows `rows` rows
    /// (`ui::table_rows` works them out), and a page is that many.
    Resize {
        rows: usize,
    },
    /// Asks the loop to export; the loop answers with `Exported`.
    Export,
    /// Asks the loop to reload; the loop answers with `Reloading` when it
    /// has started, then `Loaded`.
    Reload,
    /// The loop is reading the data again, off the screen's thread: the
    /// old data stays on screen and keys keep working until `Loaded`.
    Reloading,
    /// How far that reload has come.
    ReloadProgress(Loading),
    /// An export's result: the file written, or why none was.
    Exported(Result<PathBuf, String>),
    /// A reload's result: the new model, or the problems that kept the
    /// last good data on screen.
    Loaded(Result<Box<Model>, Vec<String>>),
    /// Closes the panel of reload problems.
    DismissProblems,
    /// How far the rest of the data has been read while the head is shown.
    Progress(Loading),
    /// The whole dataset, read while its head was shown.
    Completed(Box<Model>),
}

impl Action {
    /// Whether the user pressed something: results, resizes and progress
    /// are not keys, and leave messages and panels as they are.
    pub fn is_key(&self) -> bool {
        !matches!(
            self,
            Action::Resize { .. }
                | Action::Loaded(_)
                | Action::Exported(_)
                | Action::Progress(_)
                | Action::Completed(_)
                | Action::Reloading
                | Action::ReloadProgress(_)
        )
    }
}

/// How far the rest of the data has been read while the head (the nation
/// and the provinces) is on screen: bytes parsed of all (`total` is 0 when
/// the rest comes from the cache, which gives no count), and how many
/// provinces are left out of the head because their figures need the rest.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loading {
    pub done: u64,
    pub total: u64,
    pub waiting: usize,
}

/// What waits for the rest of the data: each asks for units not read yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Waiting {
    Search,
    Levels,
    Export,
    Reload,
}

/// What the terminal loop must do after an update: the app only asks, so
/// that reading and writing files stay out of `App::update`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Effect {
    #[default]
    None,
    /// Write a snapshot of the current view, then send `Action::Exported`.
    Export,
    /// Load the data again, then send `Action::Loaded`.
    Reload,
    Quit,
}

/// What the status line reports, kept as what happened rather than as a
/// sentence: `text::notice` words it in the language on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Exported(PathBuf),
    /// Why the export failed, as one sentence from the file system.
    ExportFailed(String),
    /// The data is being read again, this far; the old data stays until
    /// it is done.
    Reloading(Loading),
    Reloaded,
    /// How many problems kept the last good data on screen.
    ReloadFailed(usize),
    /// A confirmed search that selected a match.
    Found(String),
    NoMatch(String),
    Sorted {
        key: SortKey,
        descending: bool,
    },
    Filtered(Option<Filter>),
    /// `m`: the map now shown, counted.
    Era(crate::text::EraLabel),
    Level(Level),
    /// Figures judged as of this day, or the latest ones.
    AsOf(Option<chrono::NaiveDate>),
    /// `t` on the year of the first figure: nothing earlier to show.
    NoEarlier,
    /// `T` on the latest figures.
    AlreadyLatest,
    /// `m` on a day before the merger: only the former map existed (the
    /// current map, counted, with the day it starts).
    NotYetMerged(crate::text::EraLabel),
    /// `m` on data without a merger: it has one map only.
    OneMap,
    /// `--watch` without `--data`: the bundled data never changes.
    WatchWithoutData,
    /// Enter on a milestone of the whole country: no province to open.
    NationalMilestone,
    /// A key whose answer needs the districts and communes, pressed while
    /// they are still being read.
    NotReady(Waiting),
    /// The rest of the data is read: every view is complete.
    Completed,
}
