//! The `e` key: the current view as a new txt file, the same bytes
//! `tiendo export` prints for that view.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::{DEFAULT_WIDTH, Format};
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
    let text = super::render(app, Format::Txt, DEFAULT_WIDTH, &taken_at(app.lang, today))
        .map_err(|e| format!("{e:#}"))?;
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S").to_string();
    super::write_new(
        app.lang,
        dir,
        &super::view_file_name(app),
        &stamp,
        "txt",
        &text,
    )
    // `{:#}` is the error and its causes joined by ": ", as the CLI says them.
    .map_err(|e| format!("{e:#}"))
}
