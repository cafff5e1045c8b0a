//! What the integration tests share: the fixed day they judge progress on,
//! loading that names every problem when it fails, and the bundled data.
#![allow(dead_code)]
// Test helpers outside #[test] functions: a failed fixture is meant to stop the test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::NaiveDate;
use tiendo::app::App;
use tiendo::model::{self, Loaded, Model};
use tiendo::text::Lang;

/// The `--today` of every snapshot and golden file.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("a real day")
}

/// Loads files, or fails the test with every problem found.
pub fn load(files: Vec<(String, Vec<u8>)>) -> Loaded {
    model::load_files(files).unwrap_or_else(|e| {
        let lines: Vec<String> = e.diagnostics.iter().map(ToString::to_string).collect();
        panic!("{}", lines.join("\n"))
    })
}

/// The bundled dataset, derived as of `today()`.
pub fn bundled_model() -> Model {
    model::derive(load(tiendo::bundled::files()).dataset, today())
}

/// The dashboard on the bundled data, as it opens.
pub fn bundled_app(lang: Lang) -> App {
    App::new(bundled_model(), lang, "data".into())
}
