//! A rendered buffer as plain text: what the screen shows, one line per row,
//! aligned by display width, with no trailing spaces. The txt and html
//! snapshots both walk a row through `visible`, so they show the same text.

use ratatui::buffer::{Buffer, Cell};
use unicode_normalization::UnicodeNormalization;
use unicode_width::UnicodeWidthStr;

pub fn buffer_text(buf: &Buffer) -> String {
    let width = usize::from(buf.area.width);
    let mut out = String::with_capacity(buf.content.len() + usize::from(buf.area.height));
    for row in buf.content.chunks(width.max(1)) {
        out.extend(visible(row).into_iter().map(|(symbol, _)| symbol));
        out.push('\n');
    }
    out
}

/// A row's symbols as the screen shows them, each with its cell: the cells
/// a wide grapheme covers are left out, and so are the trailing blanks
/// (a symbol is cut where the row's text, trimmed, ends).
pub fn visible(row: &[Cell]) -> Vec<(&str, &Cell)> {
    let mut shown = Vec::with_capacity(row.len());
    let mut hidden = 0usize;
    for cell in row {
        // The cells after a wide grapheme are covered by it on screen.
        if hidden > 0 {
            hidden -= 1;
            continue;
        }
        let symbol = cell.symbol();
        shown.push((symbol, cell));
        hidden = symbol.width().saturating_sub(1);
    }
    let line: String = shown.iter().map(|(s, _)| *s).collect();
    let mut room = line.trim_end().len();
    let mut out = Vec::with_capacity(shown.len());
    for (symbol, cell) in shown {
        if room == 0 {
            break;
        }
        let kept = symbol.get(..room.min(symbol.len())).unwrap_or(symbol);
        room -= kept.len();
        out.push((kept, cell));
    }
    out
}

/// Text as a snapshot holds it: NFC, whatever the terminal would have made
/// of it, without control characters but the newline.
pub fn clean(text: &str) -> String {
    text.nfc()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect()
}
