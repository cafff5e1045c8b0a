//! Problems of a file as a whole, and of the files of a load together:
//! decoding, `[meta]`, records attached or replaced across files.

use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    /// A parser failed inside on this file.
    Internal,
    /// The file holds nothing but blanks.
    Empty,
    /// The file is not UTF-8 from byte `at` on.
    NotUtf8 { at: usize },
    /// A large file, read in waves and its text freed as it went, had to be
    /// read again to place a problem, and was no longer what was read.
    ChangedWhileRead,
    /// A `[meta]` of a later dataset, which `first_file`'s overrides.
    MetaUnused { first_file: String },
    /// A second `[meta]` in one dataset; the first is in `first_file`.
    SecondMeta { first_file: String },
    /// No file has `[meta]`.
    NoMeta,
    /// A top-level `[[record]]` names `id`, which no locality has;
    /// `near` are the closest ids (none in a dataset of none).
    UnknownRecordLocality { id: String, near: Vec<String> },
    /// `replaces = true` on the only record of `id` for `date`.
    ReplacesNothing { id: String, date: NaiveDate },
    /// `replaces = true` on a record loaded before the one it would
    /// replace, which is at `later` (`file:line`).
    ReplacesLater {
        id: String,
        date: NaiveDate,
        later: String,
    },
    /// A record that replaces the one at `earlier` (`file:line`), whose
    /// source was `source`: a note.
    Replaced {
        id: String,
        date: NaiveDate,
        earlier: String,
        source: String,
    },
    /// Two records of `id` for `date`, without `replaces`.
    TwoRecords { id: String, date: NaiveDate },
}
