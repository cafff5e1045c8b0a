//! tiendo: a terminal dashboard of Vietnam's universal health insurance
//! (BHYT) directives, province by province.

pub mod app;
pub mod behind;
pub mod cache;
pub mod cli;
pub mod export;
pub mod input;
pub mod loading;
pub mod memory;
pub mod source;
pub mod start;
pub mod timings;
pub mod tui;
pub mod ui;
pub mod watch;

// The layers below the binary, under the names the binary's modules use.
pub use tiendo_import as import;
pub use tiendo_model as model;
pub use tiendo_model::{bundled, synth};
pub use tiendo_present as present;
pub use tiendo_present::text;
