//! How each figure is said, once, for the screens and for every export:
//! the columns of the locality tables, cell values with their marks, the
//! words behind a figure, the units of a province and where figures come
//! from. Screens add styles; exports add their syntax; neither formats a
//! figure of its own.

mod backing;
pub mod chrome;
mod codes;
mod columns;
mod figure;
pub mod notes;
pub mod overview;
pub mod province;
pub mod provinces;
pub mod reason;
pub mod status;
pub mod text;
pub mod timeline;
mod value;
mod verdicts;

pub use codes::{
    closest, era_code, level_code, parse_era, parse_era_in, parse_filter, parse_filter_in,
    parse_level, parse_level_in, parse_sort, parse_sort_in, parse_status, parse_status_in,
    sort_code,
};
pub use columns::{Column, Row, Spec, sort_arrow, sort_name, sorted_by};
pub use figure::{
    Unit, coverage, coverage_value, judged_target, milestone_date, milestone_title, note,
    past_value, plan_line, plan_value, projection_value, replacements, shown_record, source,
    source_entries, sources, target_figure, target_heading, target_value, target_words, units,
};
pub use value::{
    ESTIMATE_MARK, Made, STALE_MARK, Value, estimate_mark, past, projected, projected_long, round2,
    target_number, with_mark_cell,
};

pub use verdicts::{Judged, YearLine, target_row, verdict_words, year_lines};

use tiendo_model::Status;
use tiendo_model::progress::Projection;

/// A status as programs read it (json, and `--filter` one day).
pub fn status_code(s: Status) -> &'static str {
    match s {
        Status::Achieved => "achieved",
        Status::OnTrack => "on_track",
        Status::AtRisk => "at_risk",
        Status::OffTrack => "off_track",
        Status::NeedsNewer => "needs_newer_figure",
        Status::TooFewFigures => "too_few_figures",
        Status::Stale => "stale",
        Status::Partial => "partial",
        Status::InWords => "approximate",
        Status::NoTarget => "no_target",
        Status::NoData => "no_data",
    }
}

/// A filter as programs and `--filter` name it: a status's code, or
/// `last_due_met`, `last_due_missed`, `last_due_partial`, `last_due_no_figure`.
pub fn filter_code(f: tiendo_model::Filter) -> &'static str {
    use tiendo_model::{Due, Filter};
    match f {
        Filter::Status(s) => status_code(s),
        Filter::Due(Due::Met) => "last_due_met",
        Filter::Due(Due::Missed) => "last_due_missed",
        Filter::Due(Due::Estimated) => "last_due_estimated",
        Filter::Due(Due::Partial) => "last_due_partial",
        Filter::Due(Due::NoFigure) => "last_due_no_figure",
    }
}

/// "met", "year" (reached that year on the trend), "passed" (the trend's
/// year has passed without a figure confirming it), or none.
pub fn projection_code(p: Projection) -> Option<&'static str> {
    match p {
        Projection::Met => Some("met"),
        Projection::Year(_) => Some("year"),
        Projection::Passed(_) => Some("passed"),
        Projection::None => None,
    }
}
