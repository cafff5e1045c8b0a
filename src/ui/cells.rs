//! Cells with their style: the presentation layer says what a cell reads,
//! the theme how it looks.

use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::model::Status;
use crate::present::Value;
use crate::text::Lang;
pub use crate::text::{truncate, width};

pub fn status(s: Status, lang: Lang, t: &Theme) -> Span<'static> {
    Span::styled(Value::Status(s).show(lang), t.status(s))
}

/// A styled line cut to a display width, the cut marked with `…`: for
/// titles and legends, which ratatui would clip without a mark.
pub fn fit(line: Line<'static>, width: usize) -> Line<'static> {
    if line.width() <= width {
        return line;
    }
    let mut left = width;
    let mut spans = Vec::new();
    for span in line.spans {
        let w = usize::from(self::width(&span.content));
        if w < left {
            left -= w;
            spans.push(span);
            continue;
        }
        // The span the cut falls in, with room for the mark.
        spans.push(Span::styled(
            crate::text::cut(&span.content, left),
            span.style,
        ));
        return Line::from(spans).style(line.style);
    }
    Line::from(spans).style(line.style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_too_wide_is_cut_with_a_mark_and_keeps_its_styles() {
        let bold = ratatui::style::Style::new().bold();
        let line = Line::from(vec![
            Span::raw("━ Bao phủ  "),
            Span::styled("━ Mục tiêu", bold),
        ]);
        let cut = fit(line.clone(), 14);
        assert_eq!(cut.to_string(), "━ Bao phủ  ━ …");
        assert_eq!(cut.width(), 14);
        assert_eq!(cut.spans.last().map(|s| s.style), Some(bold));
        assert_eq!(fit(line.clone(), 30), line);
        assert_eq!(fit(line, 11).to_string(), "━ Bao phủ …");
    }
}
