//! What the dashboard can be asked to do, and the screens it shows.

use std::path::PathBuf;

use super::Choice;
use crate::model::Model;
pub use crate::present::status::{Loading, Notice, Screen, Waiting};

#[derive(Clone, Debug)]
pub enum Action {
    /// `q`: closes the panel open, else quits.
    Quit,
    /// Ctrl-C: quits whatever is open.
    Interrupt,
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
    /// The Province screen's chart, or its table of figures over time.
    ToggleFigures,
    /// The reasons of the verdict on the province shown or the row
    /// selected, in a panel that scrolls.
    ShowWhy,
    /// A key with no action of its own, pressed while the reasons are
    /// open: it closes them.
    ClosePanel,
    /// The terminal's size changed: the table now shows `rows` rows
    /// (`ui::table_rows` works them out), and a page is that many.
    /// `width` and `height` are the screen's: `e` writes at its width,
    /// and a panel scrolls no further than its last line shown.
    Resize {
        rows: usize,
        width: u16,
        height: u16,
    },
    /// `e`: opens the menu of formats to write the view in.
    Export,
    /// A format picked in that menu: asks the loop to write the view in
    /// it; the loop answers with `Exported`.
    ExportAs(Choice),
    /// Asks the loop to reload; the loop answers with `Reloading` when it
    /// has started, then `Loaded`.
    Reload,
    /// The loop is reading the data again, off the screen's thread: the
    /// old data stays on screen and keys keep working until `Loaded`.
    Reloading,
    /// How far that reload has come.
    ReloadProgress(Loading),
    /// An export's result: the file written, or why none was. The
    /// command that writes it again is the app's as it stands.
    Exported(Result<PathBuf, String>),
    /// A reload's result: the new model, or the problems that kept the
    /// last good data on screen.
    Loaded(Result<Box<Model>, Vec<String>>),
    /// A reload's result: the files are as the data shown was read from,
    /// which stays as it is.
    Unchanged,
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
                | Action::Unchanged
                | Action::Exported(_)
                | Action::Progress(_)
                | Action::Completed(_)
                | Action::Reloading
                | Action::ReloadProgress(_)
        )
    }
}

/// What the terminal loop must do after an update: the app only asks, so
/// that reading and writing files stay out of `App::update`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Effect {
    #[default]
    None,
    /// Write a snapshot of the current view, then send `Action::Exported`.
    Export,
    /// Load the data again, then send `Action::Loaded`, or `Unchanged`.
    Reload,
    Quit,
}
