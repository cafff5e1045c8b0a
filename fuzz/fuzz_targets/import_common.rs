//! The import of a sheet as `tiendo import` runs it, for the import targets.

use std::sync::OnceLock;

use tiendo::import::{self, Index, Options, Sheet, table};
use tiendo::model::schema::Dataset;
use tiendo::text::Lang;

/// The bundled data, loaded once.
fn dataset() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(|| {
        tiendo::model::load_files(tiendo::bundled::files())
            .unwrap_or_else(|_| panic!("the bundled data loads"))
            .dataset
    })
}

/// The bundled data's units, indexed once.
fn index() -> &'static Index<'static> {
    static INDEX: OnceLock<Index<'static>> = OnceLock::new();
    INDEX.get_or_init(|| Index::new(dataset()))
}

/// Finds the table and imports it, with the date from the title lines and
/// from `--date`: never a panic, and every row imported is one of the
/// sheet's rows, named by a unit of the index.
pub fn import(sheet: &Sheet) {
    let _ = table::find(sheet, &[], &[]);
    for date in [None, chrono::NaiveDate::from_ymd_opt(2025, 10, 31)] {
        let opts = Options {
            file: "fuzz".into(),
            date,
            source: None,
            sheet: None,
            columns: Vec::new(),
            ignore: Vec::new(),
            map: Vec::new(),
            skip_unmatched: false,
            replace: false,
            today: chrono::NaiveDate::from_ymd_opt(2026, 12, 6)
                .unwrap_or_else(|| panic!("a calendar day")),
            lang: Lang::Vi,
        };
        let done = import::import(&opts, "fuzz", sheet, index());
        for row in &done.rows {
            assert!(row.row < sheet.rows.len());
            assert!(!row.id.is_empty());
        }
    }
}
