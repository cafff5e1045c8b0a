//! The `e` key: the current view as a new file in the format picked, at
//! the screen's width, the same bytes `tiendo export` prints for that view.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::app::App;
use crate::text::{self, Lang};

/// The snapshot's "taken at": the `--today` given, else the clock, written
/// ISO (`2026-11-23`, `2026-11-23T14:03:22`) as json gives it whatever the
/// language; the headers people read say it in theirs (`taken_shown`).
pub fn taken_at(today: Option<NaiveDate>) -> String {
    match today {
        Some(d) => d.format("%Y-%m-%d").to_string(),
        None => chrono::Local::now()
            .naive_local()
            .format("%Y-%m-%dT%H:%M:%S")
            .to_string(),
    }
}

/// `taken_at`'s day in the interface language, its time after it:
/// `23/11/2026 14:03:22`; anything else as given.
pub fn taken_shown(lang: Lang, taken: &str) -> String {
    let (day, time) = taken.split_once('T').unwrap_or((taken, ""));
    match NaiveDate::parse_from_str(day, "%Y-%m-%d") {
        Ok(d) if time.is_empty() => text::date(lang, d),
        Ok(d) => format!("{} {time}", text::date(lang, d)),
        Err(_) => taken.to_string(),
    }
}

/// Writes what `app` shows into `dir` under a name that takes no one's
/// file; the path written, or why nothing was, as one sentence.
pub fn write(app: &App, dir: &Path, today: Option<NaiveDate>) -> Result<PathBuf, String> {
    let format = app.export_format;
    let bytes = super::render_bytes(app, format, app.csv_style, app.width, &taken_at(today))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taken_is_iso_for_programs_and_in_the_language_for_people() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 23);
        assert_eq!(taken_at(day), "2026-11-23");
        assert_eq!(taken_shown(Lang::Vi, "2026-11-23"), "23/11/2026");
        assert_eq!(taken_shown(Lang::En, "2026-11-23"), "2026-11-23");
        assert_eq!(
            taken_shown(Lang::Vi, "2026-11-23T14:03:22"),
            "23/11/2026 14:03:22"
        );
        let now = taken_at(None);
        assert!(
            chrono::NaiveDateTime::parse_from_str(&now, "%Y-%m-%dT%H:%M:%S").is_ok(),
            "{now}"
        );
        assert_eq!(taken_shown(Lang::Vi, "t"), "t");
    }
}
