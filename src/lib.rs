//! tiendo: a terminal dashboard of Vietnam's universal health insurance
//! (BHYT) directives, province by province.

pub mod app;
pub mod bundled;
pub mod cache;
pub mod cli;
pub mod export;
pub mod import;
pub mod input;
pub mod loading;
pub mod model;
pub mod present;
pub mod start;
pub mod synth;
pub mod text;
pub mod tui;
pub mod ui;
pub mod watch;
