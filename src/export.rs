//! Snapshots: a view rendered into an off-screen buffer by the same code that
//! draws the screen, then written as text.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::{Action, App};
use crate::{snapshot, ui};

/// The dashboard as it would look on a `width`×`height` terminal.
pub fn screen_text(app: &mut App, width: u16, height: u16) -> String {
    app.update(Action::Resize { width, height });
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    ui::render(app, area, &mut buf);
    snapshot::buffer_text(&buf)
}
