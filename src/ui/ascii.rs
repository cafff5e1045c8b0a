//! `--ascii`: the screens for a console whose font lacks the symbols they
//! draw. Windows' classic console (conhost, Consolas or Lucida Console)
//! shows Vietnamese letters but not braille, the heavy and dotted rules,
//! `✓` or `✗`: a chart there is a field of boxes. The screen is drawn as
//! always, then every symbol that is not a letter is replaced, cell by
//! cell, by an ASCII one of the same width; letters (Vietnamese included)
//! and digits stay. One pass over the finished buffer, so that no screen
//! can forget it and the txt export of an `--ascii` screen is the screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_normalization::char::is_combining_mark;

/// Replaces every symbol of `area` by its ASCII stand-in.
pub fn fold(buf: &mut Buffer, area: Rect) {
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if let Some(cell) = buf.cell_mut((x, y)) {
                let mut chars = cell.symbol().chars();
                if let (Some(c), None) = (chars.next(), chars.next())
                    && let Some(stand_in) = stand_in(c)
                {
                    cell.set_char(stand_in);
                }
            }
        }
    }
}

/// `s` with every symbol replaced, as `fold` replaces it on a screen.
pub fn text(s: &str) -> String {
    s.chars().map(|c| stand_in(c).unwrap_or(c)).collect()
}

/// The ASCII character drawn for `c`; `None` to keep it (ASCII, letters
/// and the marks on them, digits).
pub fn stand_in(c: char) -> Option<char> {
    if c.is_ascii() || c.is_alphanumeric() || is_combining_mark(c) {
        return None;
    }
    Some(match c {
        // Braille: a chart's line, or the key of its legend.
        '\u{2801}'..='\u{28FF}' => '#',
        '\u{2800}' => ' ',
        // Box drawing: rules and corners.
        '─' | '━' | '┄' | '┅' | '┈' | '┉' | '╌' | '╍' => '-',
        '│' | '┃' | '┆' | '┇' | '╎' | '╏' => '|',
        '┊' | '┋' => ':',
        '═' => '=',
        '║' => '|',
        '\u{2500}'..='\u{257F}' => '+',
        // Blocks: gauges and sparklines, full from half a cell up.
        '█' | '▉' | '▊' | '▋' | '▌' | '▇' | '▆' | '▅' | '▄' | '▀' | '▐' => {
            '#'
        }
        '▍' | '▎' | '▏' | '▃' | '▂' | '▁' => '_',
        '░' | '▒' | '▓' => ':',
        // One for each symbol a legend tells apart: the statuses
        // (`✓ ● ▲ ✗ » ? ! ~ ≈ ○ ·`, of which `? ! ~` are ASCII already)
        // and the Timeline's kinds (`◆ ◇ ● ▲ ◎ •`).
        '✓' | '✔' => '+',
        '✗' | '✘' | '×' => 'x',
        '●' => 'o',
        '▲' | '△' | '↑' | '▴' => '^',
        '»' | '▶' | '▸' | '›' | '→' => '>',
        '≈' | '∼' => '=',
        '○' => '-',
        '·' | '…' => '.',
        '◆' => '#',
        '◇' => '&',
        '◎' => '@',
        '•' | '★' => '*',
        '◀' | '◂' | '‹' | '«' | '←' => '<',
        '▼' | '▾' | '↓' => 'v',
        // Punctuation.
        '—' | '–' | '−' | '‒' => '-',
        '“' | '”' | '„' => '"',
        '‘' | '’' => '\'',
        '÷' => '/',
        '§' => 'S',
        '°' => 'o',
        '\u{A0}' => ' ',
        _ => '?',
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_digits_and_ascii_stay() {
        for c in "Bắc Ninh đạt 95,5 % (2026) ƯỚC".chars() {
            assert_eq!(stand_in(c), None, "{c}");
        }
    }

    #[test]
    fn the_timelines_kinds_stay_apart() {
        let kinds: Vec<_> = ['◆', '◇', '●', '▲', '◎', '•']
            .iter()
            .filter_map(|&c| stand_in(c))
            .collect();
        let mut distinct = kinds.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!((kinds.len(), distinct.len()), (6, 6), "{kinds:?}");
    }

    #[test]
    fn each_symbol_has_a_distinct_stand_in_where_it_matters() {
        // The statuses, which the legend and the table tell apart, beside
        // those already ASCII (`? ! ~`).
        let statuses: Vec<char> = "✓●▲✗»?!~≈○·"
            .chars()
            .map(|c| stand_in(c).unwrap_or(c))
            .collect();
        assert_eq!(statuses.iter().collect::<String>(), "+o^x>?!~=-.");
        let mut distinct = statuses.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), statuses.len());
        // A chart's lines: the figures (braille), the goal, the projection.
        assert_eq!(stand_in('⠒'), Some('#'));
        assert_eq!(stand_in('═'), Some('='));
        assert_eq!(stand_in('·'), Some('.'));
        assert_eq!(stand_in('┌'), Some('+'));
        assert_eq!(stand_in('−'), Some('-'));
    }

    #[test]
    fn a_folded_buffer_is_ascii_and_letters_only() {
        let area = Rect::new(0, 0, 12, 1);
        let mut buf = Buffer::empty(area);
        buf.set_string(0, 0, "┌✓ Đạt ⣿▌→…", ratatui::style::Style::new());
        fold(&mut buf, area);
        let line: String = (0..12)
            .filter_map(|x| buf.cell((x, 0)).map(|c| c.symbol().to_string()))
            .collect();
        assert_eq!(line, "++ Đạt ##>. ");
    }
}
