//! What the dashboard shows and what its status line reports, kept as what
//! happened rather than as sentences: `text::notice` words them in the
//! language on screen, and the app keeps them as state.

use std::path::PathBuf;

use tiendo_model::{Filter, Level, SortKey};

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

    pub fn step(self, forward: bool) -> Self {
        let n = Self::ALL.len();
        let i = if forward {
            self.index() + 1
        } else {
            self.index() + n - 1
        };
        Self::ALL.get(i % n).copied().unwrap_or_default()
    }
}

/// How far the rest of the data has been read while the head (the nation
/// and the provinces) is on screen: bytes parsed of all (`total` is 0 when
/// the rest comes from the cache, which gives no count).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loading {
    pub done: u64,
    pub total: u64,
}

/// What waits for the rest of the data: each asks for units not read yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Waiting {
    Search,
    Levels,
    Export,
    Reload,
}

/// What the status line reports, kept as what happened rather than as a
/// sentence: `text::notice` words it in the language on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A snapshot written, and the command that writes it again.
    Exported {
        path: PathBuf,
        command: String,
    },
    /// Why the export failed, as one sentence from the file system.
    ExportFailed(String),
    /// The data is being read again, this far; the old data stays until
    /// it is done.
    Reloading(Loading),
    /// The data read again is on screen, with how many of its figures are
    /// dated after the judging day `day` (said as `LeftOut` says it).
    Reloaded {
        left_out: usize,
        day: chrono::NaiveDate,
    },
    /// A reload found the files as the data shown was read from.
    Unchanged,
    /// How many problems kept the last good data on screen, and the
    /// first of them in short (`x.toml:20: …`: its file's name and line).
    ReloadFailed {
        problems: usize,
        first: Option<String>,
    },
    /// A confirmed search that selected a match.
    Found(String),
    /// A confirmed search that matched nothing, with the name of the unit
    /// nearest to what was typed, if one is near enough to be meant.
    NoMatch {
        query: String,
        nearest: Option<String>,
    },
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
    /// Figures dated after the judging day, which no view uses: how many,
    /// and that day.
    LeftOut {
        figures: usize,
        day: chrono::NaiveDate,
    },
    /// `n` on a unit none of whose figures names a source.
    NoSources(String),
    /// `n` where no unit is selected: an empty table or timeline, data
    /// without a top unit.
    NoUnitForSources,
    /// A key whose answer needs the districts and communes, pressed while
    /// they are still being read.
    NotReady(Waiting),
    /// The rest of the data is read: every view is complete. Its figures
    /// dated after `day` are counted only now, so they are said with it.
    Completed {
        left_out: usize,
        day: chrono::NaiveDate,
    },
}
