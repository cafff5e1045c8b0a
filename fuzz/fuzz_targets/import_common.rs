//! The import of a sheet as `tiendo import` runs it, for the import targets.

use std::sync::OnceLock;

use tiendo::import::{self, Index, Options, Sheet, table};
use tiendo::text::Lang;

/// The bundled data's units, indexed once.
fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let loaded = tiendo::model::load_files(tiendo::bundled::files())
            .unwrap_or_else(|_| panic!("the bundled data loads"));
        Index::new(&loaded.dataset)
    })
}

/// Finds the table and imports it, with the date from the title lines and
/// from `--date`: never a panic, and every row imported is one of the
/// sheet's rows, named by a unit of the index.
pub fn import(sheet: &Sheet) {
    let _ = table::find(sheet, &[]);
    for date in [None, chrono::NaiveDate::from_ymd_opt(2025, 10, 31)] {
        let opts = Options {
            file: "fuzz".into(),
            date,
            source: None,
            sheet: None,
            columns: Vec::new(),
            lang: Lang::Vi,
        };
        let done = import::import(&opts, "fuzz", sheet, index());
        for row in &done.rows {
            assert!(row.row < sheet.rows.len());
            assert!(!row.id.is_empty());
        }
    }
}
