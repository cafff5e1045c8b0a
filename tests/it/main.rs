//! The integration tests, as one test binary: one module per capability,
//! their fixtures in the folders beside this one (`tests/bad/`,
//! `tests/judging/`, …). One binary links the program once, where a file
//! per capability linked it fifty times after every change.

mod common;
mod reports;

mod app_effects;
mod app_keys;
mod app_moves;
mod app_search;
mod app_table;
mod as_of;
mod as_of_truncation;
mod bundled_data;
mod cache;
mod cache_cli;
mod check_languages;
mod command_line;
mod derive;
mod diagnostics_vi;
mod e2e_pty;
mod empty_table;
mod every_target;
mod export;
mod export_html;
mod figures_table;
mod gap_sign;
mod head_first;
mod head_first_screen;
mod hostile;
mod import;
mod import_bounds;
mod import_trust;
mod json_shape;
mod judging;
mod layers;
mod load_never_panics;
mod load_order;
mod marks;
mod one_language;
mod overview_parts;
mod overview_series_gauge;
mod own_data;
mod plan;
mod plan_shown;
mod population;
mod present;
mod province_parts;
mod provinces_parts;
mod reload_sequences;
mod replace_and_estimate;
mod rerun;
mod rollup;
mod screen_in_md;
mod screens;
mod several_datasets;
mod since_directive;
mod sort_arrow;
mod sources;
mod status_line;
mod table_widths;
mod tables;
mod timeline_parts;
mod top_unit;
mod validation;
mod why;
