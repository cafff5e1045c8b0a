//! tiendo: a terminal dashboard of Vietnam's universal health insurance
//! (BHYT) directives, province by province.

pub mod bundled;
pub mod cli;
pub mod model;
pub mod summary;
pub mod text;
