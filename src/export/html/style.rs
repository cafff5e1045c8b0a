//! A cell's look in CSS for a page printed on white paper: the terminal's
//! colours are drawn for a dark background, so a colour of text is darkened
//! and a colour behind text is lightened until both read on paper.

use ratatui::style::{Color, Modifier};

/// What a run of cells looks like: equal looks share one `<span>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Look {
    pub fg: Color,
    pub bg: Color,
    pub modifier: Modifier,
}

impl Look {
    pub const PLAIN: Look = Look {
        fg: Color::Reset,
        bg: Color::Reset,
        modifier: Modifier::empty(),
    };

    /// The CSS declarations of this look; empty for plain text.
    pub fn css(self) -> String {
        let reversed = self.modifier.contains(Modifier::REVERSED);
        // Reversed: the text takes the background's colour and the other
        // way round; the page's own colours when the cell names none.
        let (text, behind) = if reversed {
            (
                background(self.bg).unwrap_or_else(|| PAPER.into()),
                text(self.fg).unwrap_or_else(|| INK.into()),
            )
        } else {
            (
                text(self.fg).unwrap_or_default(),
                background(self.bg).unwrap_or_default(),
            )
        };
        let hidden = self.modifier.contains(Modifier::HIDDEN);
        let mut css = Vec::new();
        if hidden {
            css.push("color:transparent".to_string());
        } else if !text.is_empty() {
            css.push(format!("color:{text}"));
        }
        if !behind.is_empty() {
            css.push(format!("background:{behind}"));
        }
        let m = self.modifier;
        if m.contains(Modifier::BOLD) {
            css.push("font-weight:bold".into());
        }
        if m.contains(Modifier::DIM) {
            css.push("opacity:.6".into());
        }
        if m.contains(Modifier::ITALIC) {
            css.push("font-style:italic".into());
        }
        let lines: Vec<&str> = [
            (Modifier::UNDERLINED, "underline"),
            (Modifier::CROSSED_OUT, "line-through"),
        ]
        .into_iter()
        .filter(|(flag, _)| m.contains(*flag))
        .map(|(_, line)| line)
        .collect();
        if !lines.is_empty() {
            css.push(format!("text-decoration:{}", lines.join(" ")));
        }
        css.join(";")
    }
}

const INK: &str = "#000";
const PAPER: &str = "#fff";

/// A colour of text on white paper; `None` for the page's own.
fn text(c: Color) -> Option<String> {
    Some(String::from(match c {
        Color::Reset => return None,
        // The terminal's brightest text is paper's darkest.
        Color::Black | Color::White => "#000",
        Color::Red => "#b71c1c",
        Color::Green => "#1b7a33",
        Color::Yellow => "#8a6500",
        Color::Blue => "#1a4fb5",
        Color::Magenta => "#8e24aa",
        Color::Cyan => "#00727f",
        // On a dark screen Gray is the quieter text and DarkGray the
        // quietest: on paper, quieter is lighter.
        Color::Gray => "#4d4d4d",
        Color::DarkGray => "#7a7a7a",
        Color::LightRed => "#d32f2f",
        Color::LightGreen => "#2e8b47",
        Color::LightYellow => "#9a7b00",
        Color::LightBlue => "#1e66d0",
        Color::LightMagenta => "#ad1f8a",
        Color::LightCyan => "#00838f",
        Color::Indexed(_) | Color::Rgb(..) => return Some(exact(c, true)),
    }))
}

/// A colour behind text on white paper; `None` for the page's own.
fn background(c: Color) -> Option<String> {
    Some(String::from(match c {
        Color::Reset => return None,
        Color::Black => "#000",
        Color::White => "#fff",
        Color::Red => "#f4c7c3",
        Color::Green => "#c8e6c9",
        Color::Yellow => "#fff0b3",
        Color::Blue => "#c5d5f5",
        Color::Magenta => "#e8c8ef",
        Color::Cyan => "#b2ebf2",
        Color::Gray => "#e0e0e0",
        Color::DarkGray => "#bdbdbd",
        Color::LightRed => "#fbe0de",
        Color::LightGreen => "#e2f3e3",
        Color::LightYellow => "#fff8d9",
        Color::LightBlue => "#dde7fa",
        Color::LightMagenta => "#f4e1f7",
        Color::LightCyan => "#d9f5f8",
        Color::Indexed(_) | Color::Rgb(..) => return Some(exact(c, false)),
    }))
}

/// An exact colour as `#rrggbb`, readable on paper.
fn exact(c: Color, is_text: bool) -> String {
    hex(readable(rgb(c), is_text))
}

fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// Text lighter than mid-grey is darkened, a background darker than it
/// lightened, keeping the hue.
pub fn readable((r, g, b): (u8, u8, u8), is_text: bool) -> (u8, u8, u8) {
    let luma = (299 * u32::from(r) + 587 * u32::from(g) + 114 * u32::from(b)) / 1000;
    let scale = |v: u8, f: fn(u32) -> u32| u8::try_from(f(u32::from(v))).unwrap_or(u8::MAX);
    match (is_text, luma) {
        (true, l) if l > 140 => (
            scale(r, |v| v * 11 / 20),
            scale(g, |v| v * 11 / 20),
            scale(b, |v| v * 11 / 20),
        ),
        (false, l) if l < 140 => (
            scale(r, |v| 255 - (255 - v) * 3 / 10),
            scale(g, |v| 255 - (255 - v) * 3 / 10),
            scale(b, |v| 255 - (255 - v) * 3 / 10),
        ),
        _ => (r, g, b),
    }
}

/// The colour's red, green and blue as xterm draws it.
pub fn rgb(c: Color) -> (u8, u8, u8) {
    const BASIC: [(u8, u8, u8); 16] = [
        (0, 0, 0),
        (205, 0, 0),
        (0, 205, 0),
        (205, 205, 0),
        (0, 0, 238),
        (205, 0, 205),
        (0, 205, 205),
        (229, 229, 229),
        (127, 127, 127),
        (255, 0, 0),
        (0, 255, 0),
        (255, 255, 0),
        (92, 92, 255),
        (255, 0, 255),
        (0, 255, 255),
        (255, 255, 255),
    ];
    match c {
        Color::Rgb(r, g, b) => (r, g, b),
        Color::Indexed(i @ 0..=15) => BASIC.get(usize::from(i)).copied().unwrap_or((0, 0, 0)),
        Color::Indexed(i @ 16..=231) => {
            let i = i - 16;
            let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
            (level(i / 36), level(i / 6 % 6), level(i % 6))
        }
        Color::Indexed(i) => {
            let v = 8 + 10 * (i - 232);
            (v, v, v)
        }
        _ => (0, 0, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn look(fg: Color, bg: Color, modifier: Modifier) -> Look {
        Look { fg, bg, modifier }
    }

    #[test]
    fn plain_cells_need_no_style() {
        assert_eq!(Look::PLAIN.css(), "");
    }

    #[test]
    fn reversed_cells_swap_text_and_background() {
        // The selection: the page's ink behind paper-white text.
        let selected = look(Color::Reset, Color::Reset, Modifier::REVERSED);
        assert_eq!(selected.css(), "color:#fff;background:#000");
        // A status shown reversed: its colour behind white text.
        let green = look(Color::Green, Color::Reset, Modifier::REVERSED);
        assert_eq!(green.css(), "color:#fff;background:#1b7a33");
        let tab = look(Color::Black, Color::Cyan, Modifier::BOLD);
        assert_eq!(tab.css(), "color:#000;background:#b2ebf2;font-weight:bold");
    }

    #[test]
    fn every_emphasis_has_its_css() {
        let all = Modifier::BOLD
            | Modifier::DIM
            | Modifier::ITALIC
            | Modifier::UNDERLINED
            | Modifier::CROSSED_OUT;
        assert_eq!(
            look(Color::Reset, Color::Reset, all).css(),
            "font-weight:bold;opacity:.6;font-style:italic;text-decoration:underline line-through"
        );
        let hidden = look(Color::Red, Color::Reset, Modifier::HIDDEN);
        assert_eq!(hidden.css(), "color:transparent");
    }

    #[test]
    fn the_screens_quiet_greys_stay_quieter_on_paper() {
        // On a dark screen DarkGray is quieter than Gray, and White the
        // loudest: on white paper the quieter is the lighter.
        let grey = |c| u8::from_str_radix(&text(c).unwrap()[1..3], 16).unwrap();
        assert!(grey(Color::DarkGray) > grey(Color::Gray));
        assert_eq!(text(Color::White).as_deref(), Some("#000"));
        assert_eq!(text(Color::Reset), None);
        assert_eq!(background(Color::Reset), None);
    }

    #[test]
    fn exact_colours_are_made_readable_on_paper() {
        // Light text is darkened, dark text kept; a dark background is
        // lightened, a light one kept.
        assert_eq!(readable((255, 255, 0), true), (140, 140, 0));
        assert_eq!(readable((0, 0, 139), true), (0, 0, 139));
        assert_eq!(readable((0, 0, 0), false), (179, 179, 179));
        assert_eq!(readable((200, 230, 201), false), (200, 230, 201));
        assert_eq!(
            look(Color::Rgb(255, 255, 0), Color::Reset, Modifier::empty()).css(),
            "color:#8c8c00"
        );
    }

    #[test]
    fn indexed_colours_are_xterms() {
        assert_eq!(rgb(Color::Indexed(1)), (205, 0, 0));
        assert_eq!(rgb(Color::Indexed(16)), (0, 0, 0));
        assert_eq!(rgb(Color::Indexed(196)), (255, 0, 0));
        assert_eq!(rgb(Color::Indexed(231)), (255, 255, 255));
        assert_eq!(rgb(Color::Indexed(232)), (8, 8, 8));
        assert_eq!(rgb(Color::Indexed(255)), (238, 238, 238));
    }
}
