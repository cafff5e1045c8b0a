//! The html snapshot: the txt snapshot's very cells, walked from the same
//! off-screen buffers, with their colours and emphasis, in one file that
//! needs nothing else (no script, no font, no link) and prints on A4
//! landscape as the screen showed it.

mod style;

use std::collections::HashMap;
use std::fmt::Write;

use ratatui::buffer::Cell;

use super::snapshot;
use super::txt::{self, Sink};
use crate::app::{App, Format};
use crate::text;
use style::Look;

/// The A4 landscape page less its margins, in millimetres.
const PAGE_WIDTH_MM: u32 = 297 - 2 * MARGIN_MM;
const MARGIN_MM: u32 = 10;

pub fn render(app: &App, width: u16, taken: &str) -> String {
    render_paged(app, width, taken, txt::PAGE_ROWS)
}

pub fn render_paged(app: &App, width: u16, taken: &str, page_rows: usize) -> String {
    let mut body = Body {
        mono: app.mono,
        out: String::new(),
        looks: HashMap::new(),
        rules: Vec::new(),
    };
    txt::walk(app, Format::Html, width, taken, page_rows, &mut body);
    page(app, width, &body)
}

/// The `<pre>`'s text, and the css of each class it uses.
struct Body {
    mono: bool,
    out: String,
    looks: HashMap<Look, Option<usize>>,
    rules: Vec<String>,
}

impl Body {
    fn run(&mut self, look: Look, text: &str) {
        let text = snapshot::clean(text);
        if text.is_empty() {
            return;
        }
        let Some(class) = self.class(look) else {
            cells_into(&mut self.out, &text);
            return;
        };
        let _ = write!(self.out, "<span class=\"s{class}\">");
        cells_into(&mut self.out, &text);
        self.out.push_str("</span>");
    }

    /// The class of `look`, numbered in the order first seen; none for a
    /// look that needs no style.
    fn class(&mut self, look: Look) -> Option<usize> {
        if let Some(known) = self.looks.get(&look) {
            return *known;
        }
        let css = look.css();
        let class = (!css.is_empty()).then_some(self.rules.len());
        if class.is_some() {
            self.rules.push(css);
        }
        self.looks.insert(look, class);
        class
    }

    fn look(&self, cell: &Cell) -> Look {
        // Without colours the page has none either, as the screen.
        let (fg, bg) = if self.mono {
            Default::default()
        } else {
            (cell.fg, cell.bg)
        };
        Look {
            fg,
            bg,
            modifier: cell.modifier,
        }
    }
}

impl Sink for Body {
    fn line(&mut self, line: &str) {
        self.run(Look::PLAIN, line);
        self.out.push('\n');
    }

    // Wrapped on the page only where it runs past the width: the browser
    // still copies it as one line, and it prints within the page.
    fn command(&mut self, line: &str) {
        self.out.push_str("<span class=\"cmd\">");
        cells_into(&mut self.out, &snapshot::clean(line));
        self.out.push_str("</span>\n");
    }

    fn row(&mut self, shown: &[(&str, &Cell)]) {
        let mut run = String::new();
        let mut current = Look::PLAIN;
        for &(symbol, cell) in shown {
            let look = self.look(cell);
            if look != current && !run.is_empty() {
                self.run(current, &std::mem::take(&mut run));
            }
            current = look;
            run.push_str(symbol);
        }
        self.run(current, &run);
        self.out.push('\n');
    }
}

/// The screen's text, each symbol outside the letters and common
/// punctuation in a box as wide as its cells: a font lacking it (braille in
/// DejaVu Sans Mono, box drawing in Courier New) draws it from another,
/// wider font, which would push the rest of the line out of its columns.
fn cells_into(out: &mut String, text: &str) {
    use unicode_width::UnicodeWidthChar;
    let mut plain = [0u8; 4];
    for c in text.chars() {
        let boxed = match (u32::from(c) >= 0x2190, c.width()) {
            (true, Some(1)) => "c",
            (true, Some(2)) => "w",
            _ => "",
        };
        if boxed.is_empty() {
            escape_into(out, c.encode_utf8(&mut plain));
        } else {
            let _ = write!(out, "<i class=\"{boxed}\">");
            escape_into(out, c.encode_utf8(&mut plain));
            out.push_str("</i>");
        }
    }
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// The page around the `<pre>`: its title, and the style that prints
/// `width` columns across an A4 landscape page.
fn page(app: &App, width: u16, body: &Body) -> String {
    let title = snapshot::clean(&title(app));
    let mut css = String::new();
    for (k, rule) in body.rules.iter().enumerate() {
        let _ = writeln!(css, ".s{k}{{{rule}}}");
    }
    format!(
        "<!DOCTYPE html>\n\
         <html lang=\"{lang}\">\n\
         <head>\n\
         <meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n\
         <style>\n\
         @page {{ size: A4 landscape; margin: {MARGIN_MM}mm; }}\n\
         html {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}\n\
         body {{ margin: 1em; background: #fff; color: #000; }}\n\
         pre {{ margin: 0; white-space: pre; line-height: 1.2; font-size: 13px; \
         font-family: \"DejaVu Sans Mono\", \"Noto Sans Mono\", Consolas, \"Liberation Mono\", \"Courier New\", monospace; }}\n\
         pre {{ width: {width}ch; }}\n\
         pre .cmd {{ white-space: pre-wrap; overflow-wrap: anywhere; }}\n\
         pre i {{ display: inline-block; font-style: normal; }}\n\
         pre i.c {{ width: 1ch; }}\n\
         pre i.w {{ width: 2ch; }}\n\
         @media print {{ body {{ margin: 0; }} pre {{ font-size: {size}; }} }}\n\
         {css}</style>\n\
         </head>\n\
         <body>\n\
         <pre>{pre}</pre>\n\
         </body>\n\
         </html>\n",
        lang = app.lang.code(),
        title = escape(&title),
        size = print_size(width),
        pre = body.out,
    )
}

/// The font size that fits `width` columns across the printed page: a
/// column of these monospace fonts is at most 0.61 of the font's size
/// (DejaVu Sans Mono 0.602, Courier New and Liberation Mono 0.600,
/// Consolas 0.55).
pub fn print_size(width: u16) -> String {
    let columns = u32::from(width.max(1));
    format!(
        "calc({PAGE_WIDTH_MM}mm / {}.{:02})",
        columns * 61 / 100,
        columns * 61 % 100
    )
}

/// "tiendo · Tỉnh, thành: Bắc Ninh (34 tỉnh, thành) · Dữ liệu đến: 01/11/2026"
fn title(app: &App) -> String {
    format!(
        "tiendo · {} · {}: {}",
        txt::view_label(app),
        text::words(app.lang).data_to,
        crate::present::chrome::figures_to(app.lang, &app.model)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(
            escape(r#"<b>"A&B"</b>"#),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
        );
    }

    #[test]
    fn symbols_outside_the_letters_sit_in_boxes_as_wide_as_their_cells() {
        let mut out = String::new();
        cells_into(&mut out, "Số ⠒━ 中<");
        assert_eq!(
            out,
            "Số <i class=\"c\">⠒</i><i class=\"c\">━</i> <i class=\"w\">中</i>&lt;"
        );
    }

    #[test]
    fn the_print_size_fits_the_width_on_the_page() {
        assert_eq!(print_size(80), "calc(277mm / 48.80)");
        assert_eq!(print_size(120), "calc(277mm / 73.20)");
        assert_eq!(print_size(200), "calc(277mm / 122.00)");
        assert_eq!(print_size(101), "calc(277mm / 61.61)");
    }
}
