//! The `e` key: the current view as a new file in the format picked, at
//! the screen's width, the same bytes `tiendo export` prints for that view.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::app::App;
use crate::text::{self, Lang};

/// The snapshot header's "taken at": the `--today` given, else the clock.
pub fn taken_at(lang: Lang, today: Option<NaiveDate>) -> String {
    match today {
        Some(d) => text::date(lang, d),
        None => {
            let now = chrono::Local::now().naive_local();
            format!(
                "{} {}",
                text::date(lang, now.date()),
                now.format("%H:%M:%S")
            )
        }
    }
}

/// Writes what `app` shows into `dir` under a name that takes no one's
/// file; the path written, or why nothing was, as one sentence.
pub fn write(app: &App, dir: &Path, today: Option<NaiveDate>) -> Result<PathBuf, String> {
    let format = app.export_format;
    let bytes = super::render_bytes(
        app,
        format,
        app.csv_style,
        app.width,
        &taken_at(app.lang, today),
    )
    .map_err(|e| format!("{e:#}"))?;
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S").to_string();
    super::write_new(
        app.lang,
        dir,
        &super::view_file_name(app),
        &stamp,
        format.extension(),
        &bytes,
    )
    // `{:#}` is the error and its causes joined by ": ", as the CLI says them.
    .map_err(|e| format!("{e:#}"))
}
