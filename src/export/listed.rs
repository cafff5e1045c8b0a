//! The units a view's tables list, in their order: what the csv, the
//! workbook's sheets and a province's figures over time each go through.

use crate::app::{App, Screen};
use crate::model::Era;
use crate::present::{self, Unit};

/// A unit the view's table lists: its index, the era its figures are
/// judged in, the name the table gives it.
pub struct Listed {
    pub index: usize,
    pub era: Era,
    pub name: String,
}

/// The units of the view's table, in its order (none for the Timeline).
pub fn listed(app: &App) -> Vec<Listed> {
    let m = &app.model;
    let of = |index: usize, era: Era, name: String| Listed { index, era, name };
    let name = |i: usize| m.locality(i).map(|l| l.name.clone()).unwrap_or_default();
    match app.screen {
        Screen::Timeline => Vec::new(),
        Screen::Province => {
            let Some(i) = app.province() else {
                return Vec::new();
            };
            std::iter::once(of(i, app.era, name(i)))
                .chain(
                    present::units(m, i, app.era)
                        .into_iter()
                        .map(|u| of(u.index, Unit::ERA, u.name(m, app.lang))),
                )
                .collect()
        }
        Screen::Overview | Screen::Provinces => {
            app.rows.iter().map(|&i| of(i, app.era, name(i))).collect()
        }
    }
}
