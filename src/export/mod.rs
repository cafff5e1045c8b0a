//! Snapshots for reports: the view on screen as txt and html (the same
//! rendering as the dashboard, into an off-screen buffer), md and csv (its
//! tables) and json (its derived figures).

pub mod dashboard;
pub mod file;
mod history;
mod html;
mod json;
mod overview;
mod province;
mod reasons;
pub mod snapshot;
pub mod summary;
mod table;
mod timeline;
mod txt;

use anyhow::Context;

use crate::app::App;
use crate::text;

pub use file::{write_new, write_to};
pub use html::{print_size as html_print_size, render_paged as render_html_paged};
pub use txt::{PAGE_ROWS, render_paged as render_txt_paged};

pub use crate::app::Format;

pub use crate::app::{DEFAULT_WIDTH, MIN_WIDTH};

/// The snapshot of what `app` shows, in `format`. `taken` is the header's
/// "taken at": `--today`, or the clock.
pub fn render(app: &App, format: Format, width: u16, taken: &str) -> anyhow::Result<String> {
    let width = width.max(MIN_WIDTH);
    Ok(match format {
        Format::Txt => txt::render(app, width, taken),
        Format::Md => table::markdown(app, taken),
        Format::Csv => table::csv(app).context(text::words(app.lang).cli.write_csv)?,
        Format::Json => json::render(app, taken).context(text::words(app.lang).cli.write_json)?,
        Format::Html => html::render(app, width, taken),
    })
}

/// The view as a file name takes it: `province-bac-ninh`.
pub fn view_file_name(app: &App) -> String {
    app.view_name().replace(':', "-")
}
