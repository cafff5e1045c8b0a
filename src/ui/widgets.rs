//! Small drawings of our own, built as styled text so they clip safely at
//! any width: the coverage bar with target marks, and text sparklines.

use ratatui::style::Style;
use ratatui::text::Span;

use super::theme::Theme;

const EIGHTHS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const SPARKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// A 0–100 % bar `width` cells wide, filled to `value`, with a `│` at each
/// mark (a target). The true figure is always printed beside it, so the
/// clamping here never hides a number.
pub fn bar(width: usize, value: Option<f64>, marks: &[f64], theme: &Theme) -> Vec<Span<'static>> {
    if width == 0 {
        return Vec::new();
    }
    let eighths = value.map_or(0, |v| {
        ((v.clamp(0.0, 100.0) / 100.0) * (width * 8) as f64).round() as usize
    });
    let mut cells: Vec<(char, Style)> = (0..width)
        .map(|i| {
            let filled = eighths.saturating_sub(i * 8).min(8);
            match filled {
                8 => ('█', theme.bar),
                0 => ('·', theme.bar_empty),
                n => (EIGHTHS.get(n).copied().unwrap_or(' '), theme.bar),
            }
        })
        .collect();
    for m in marks {
        let at = ((m.clamp(0.0, 100.0) / 100.0) * width as f64).round() as usize;
        if let Some(cell) = cells.get_mut(at.min(width - 1)) {
            *cell = ('│', theme.mark);
        }
    }
    // Merge runs of one style into one span each.
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut style = cells.first().map(|c| c.1).unwrap_or_default();
    for (c, s) in cells {
        if s != style && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        style = s;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, style));
    }
    spans
}

/// The last `width` values as a row of block characters, scaled between the
/// lowest and highest of them.
pub fn sparkline(values: &[f64], width: usize) -> String {
    let start = values.len().saturating_sub(width);
    let shown = values.get(start..).unwrap_or(&[]);
    let lo = shown.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = shown.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    shown
        .iter()
        .map(|v| {
            let level = if hi - lo < 1e-9 {
                3
            } else {
                (((v - lo) / (hi - lo)) * 7.0).round() as usize
            };
            SPARKS.get(level).copied().unwrap_or('▄')
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::theme::MONO;

    fn text(spans: &[Span<'_>]) -> String {
        spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn the_bar_fills_to_the_value_and_marks_the_target() {
        // 10 cells: 50 % fills 5; the 95 % mark sits at cell round(9.5) = 10 → the last.
        assert_eq!(text(&bar(10, Some(50.0), &[95.0], &MONO)), "█████····│");
        // Out-of-range values are clamped, never a panic.
        assert_eq!(text(&bar(4, Some(140.0), &[], &MONO)), "████");
        assert_eq!(text(&bar(4, Some(-3.0), &[], &MONO)), "····");
        assert!(bar(0, Some(50.0), &[95.0], &MONO).is_empty());
    }

    #[test]
    fn sparklines_scale_between_the_extremes() {
        assert_eq!(sparkline(&[1.0, 2.0, 3.0], 8), "▁▅█");
        assert_eq!(sparkline(&[5.0, 5.0], 8), "▄▄");
        assert_eq!(sparkline(&[1.0, 2.0, 3.0], 2), "▁█");
        assert_eq!(sparkline(&[], 4), "");
    }
}
