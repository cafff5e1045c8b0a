//! The dataset: schema-1 types, loading with located errors, and the figures
//! derived from it once per load.

/// A message in the language asked for: `say!(lang, "English {x}", "Tiếng Việt {x}")`.
/// Both texts are format strings and may name variables in scope.
macro_rules! say {
    ($lang:expr, $en:literal, $vi:literal $(,)?) => {
        match $lang {
            $crate::lang::Lang::En => format!($en),
            $crate::lang::Lang::Vi => format!($vi),
        }
    };
}

pub mod agreement;
pub mod as_of;
#[cfg(test)]
mod as_text_tests;
pub mod bundled;
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
pub mod lang;
pub mod load;
pub mod numbers_as_text;
pub mod orders;
pub mod period;
pub mod plan;
pub mod preview;
pub mod progress;
mod rollup;
pub mod schema;
pub mod search;
pub mod similar;
mod syntax;
pub mod synth;
pub mod tally;
mod targets;
pub mod tops;
mod validate;
pub mod verdict;

pub use derive::derive;
pub use diagnostic::{Diagnostic, Severity};
pub use figures::{Era, Model, Point, Progress};
pub use filter::{Due, Filter};
pub use load::{
    Invalid, LoadProgress, Loaded, load_files, load_files_checked, load_files_with, load_path,
    load_sets_checked,
};
pub use orders::{Level, SortKey};
pub use progress::Status;
