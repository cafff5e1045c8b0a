//! The dataset: schema-1 types, loading with located problems, and the
//! figures derived from it once per load. Problems are typed values
//! (`problem`): the model names no language and says no sentence.

pub mod agreement;
pub mod as_of;
#[cfg(test)]
mod as_text_tests;
pub mod bundled;
pub mod collation;
mod convert;
pub mod dates_as_text;
mod days;
mod derive;
pub mod diagnostic;
mod fields;
pub mod figures;
pub mod filter;
pub mod fold;
pub mod hints;
pub mod history;
pub mod left_out;
pub mod load;
pub mod model;
pub mod names;
pub mod numbers_as_text;
pub mod orders;
pub mod partial_dates;
pub mod period;
pub mod plan;
pub mod point;
pub mod population;
pub mod preview;
pub mod problem;
pub mod progress;
mod rollup;
pub mod schema;
pub mod search;
mod search_keys;
pub mod shared;
pub mod similar;
mod sorting;
mod syntax;
pub mod synth;
pub mod tally;
mod targets;
pub mod tops;
mod validate;
pub mod verdict;

pub use derive::{derive, derive_named, derive_when_asked};
pub use diagnostic::{Diagnostic, Severity};
pub use figures::Progress;
pub use filter::{Due, Filter};
pub use load::{
    Invalid, LoadProgress, Loaded, load_files, load_files_checked, load_files_with, load_path,
    load_sets_checked, load_sets_cut, load_sets_judged,
};
pub use model::Model;
pub use orders::{Level, SortKey};
pub use point::{Era, Point};
pub use problem::Problem;
pub use progress::Status;
pub use validate::Judging;
