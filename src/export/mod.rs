//! Snapshots for reports: the view on screen as txt and html (the same
//! rendering as the dashboard, into an off-screen buffer), md and csv (its
//! tables) and json (its derived figures).

mod csv_text;
pub mod dashboard;
pub mod file;
mod grid;
mod history;
mod html;
mod json;
mod listed;
mod overview;
mod province;
mod reasons;
pub mod snapshot;
pub mod summary;
mod table;
mod timeline;
mod txt;
mod xlsx;

use anyhow::Context;

use crate::app::App;
use crate::text;

pub use csv_text::CsvStyle;
pub use file::{write_new, write_to};
pub use html::{print_size as html_print_size, render_paged as render_html_paged};
pub use txt::{PAGE_ROWS, render_paged as render_txt_paged};
pub use xlsx::status_colors;

pub use crate::app::Format;

pub use crate::app::{DEFAULT_WIDTH, MIN_WIDTH};

/// The snapshot of what `app` shows, in `format`, as text (csv in the
/// plain style). `taken` is the header's "taken at": `--today`, or the
/// clock.
pub fn render(app: &App, format: Format, width: u16, taken: &str) -> anyhow::Result<String> {
    let width = width.max(MIN_WIDTH);
    Ok(match format {
        Format::Txt => txt::render(app, width, taken),
        Format::Md => table::markdown(app, taken),
        Format::Csv => csv(app, CsvStyle::Plain)?,
        Format::Json => json::render(app, taken).context(text::words(app.lang).cli.write_json)?,
        Format::Html => html::render(app, width, taken),
        // A workbook is bytes, not text.
        Format::Xlsx => anyhow::bail!(text::sheet_words(app.lang).xlsx_to_terminal),
    })
}

/// The snapshot as the bytes a file or standard output gets, a csv in
/// `style`.
pub fn render_bytes(
    app: &App,
    format: Format,
    style: CsvStyle,
    width: u16,
    taken: &str,
) -> anyhow::Result<Vec<u8>> {
    Ok(match format {
        Format::Csv => csv(app, style)?.into_bytes(),
        Format::Xlsx => xlsx::render(app, taken)
            .map_err(|e| anyhow::anyhow!("{e}"))
            .context(text::sheet_words(app.lang).write_xlsx)?,
        _ => render(app, format, width, taken)?.into_bytes(),
    })
}

/// The csv of the view: its locality table; a province's figures over
/// time, of the province and each unit its screen lists.
fn csv(app: &App, style: CsvStyle) -> anyhow::Result<String> {
    let table = match app.screen {
        crate::app::Screen::Province => history::csv_section(app),
        _ => table::locality_table(app),
    };
    csv_text::write(app.lang, &table, style).context(text::words(app.lang).cli.write_csv)
}

/// The view as a file name takes it: `province-bac-ninh`.
pub fn view_file_name(app: &App) -> String {
    app.view_name().replace(':', "-")
}
