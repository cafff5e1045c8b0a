//! A rendered buffer as plain text: what the screen shows, one line per row,
//! aligned by display width, with no trailing spaces.

use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

pub fn buffer_text(buf: &Buffer) -> String {
    let width = usize::from(buf.area.width);
    let mut out = String::with_capacity(buf.content.len() + usize::from(buf.area.height));
    for row in buf.content.chunks(width.max(1)) {
        let mut line = String::with_capacity(width);
        let mut hidden = 0usize;
        for cell in row {
            // The cells after a wide grapheme are covered by it on screen.
            if hidden > 0 {
                hidden -= 1;
                continue;
            }
            let symbol = cell.symbol();
            line.push_str(symbol);
            hidden = symbol.width().saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
