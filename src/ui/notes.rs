//! The notes under a province's chart: its own milestones, then every source
//! of its figures. A snapshot gets them all; a screen as many as fit, a cut
//! list ending with "…" and the key that lists every source.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::theme::Theme;
use crate::app::App;
use crate::present;
use crate::text;

/// The rows the notes take at least, as the screen has always given them.
pub const MIN_ROWS: u16 = 4;

struct Notes {
    milestones: Vec<String>,
    sources: Vec<String>,
}

fn notes(app: &App, i: usize, width: usize) -> Notes {
    let (m, lang) = (&app.model, app.lang);
    Notes {
        milestones: wrap(&present::notes::milestones_line(lang, m, i, app.era), width),
        sources: wrap(&present::notes::sources_line(lang, m, i, app.era), width),
    }
}

/// The rows the notes need to show in full at `width`.
pub fn rows_needed(app: &App, i: usize, width: u16) -> u16 {
    let n = notes(app, i, usize::from(width));
    u16::try_from(n.milestones.len() + n.sources.len()).unwrap_or(u16::MAX)
}

pub fn render(app: &App, t: &Theme, i: usize, area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    let rows = usize::from(area.height);
    let w = text::words(app.lang);
    let Notes {
        milestones,
        sources,
    } = notes(app, i, width);
    // Sources keep at least half the rows when both lists are long.
    let source_rows = sources
        .len()
        .min(rows.saturating_sub(milestones.len().min(rows / 2).max(1)));
    let milestone_rows = rows.saturating_sub(source_rows).min(milestones.len());
    let label = |line: String, first: bool, rest: Style| -> Line<'static> {
        match line.split_once(": ").filter(|_| first) {
            Some((head, body)) => Line::from(vec![
                Span::styled(format!("{head}: "), t.header),
                Span::styled(body.to_string(), rest),
            ]),
            None => Line::from(Span::styled(line, rest)),
        }
    };
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (k, line) in cut(milestones, milestone_rows, width, None)
        .into_iter()
        .enumerate()
    {
        lines.push(label(line, k == 0, Style::new()));
    }
    for (k, line) in cut(sources, source_rows, width, Some(w.all_sources))
        .into_iter()
        .enumerate()
    {
        lines.push(label(line, k == 0, t.dim));
    }
    Paragraph::new(lines).render(area, buf);
}

/// The first `rows` lines; when that cuts the list, the last one ends with
/// "…" and, when given, the key that shows it all.
fn cut(mut lines: Vec<String>, rows: usize, width: usize, key: Option<&str>) -> Vec<String> {
    if lines.len() <= rows {
        return lines;
    }
    lines.truncate(rows);
    if let Some(last) = lines.last_mut() {
        let tail = key.map(|k| format!(" ({k})")).unwrap_or_default();
        let room = width.saturating_sub(usize::from(text::width(&tail)));
        let line = last.trim_end();
        let head = if usize::from(text::width(line)) + 2 <= room {
            format!("{line} …")
        } else {
            // One cell short, so the cut always shows.
            text::truncate(&format!("{line}  "), room)
        };
        *last = format!("{head}{tail}");
    }
    lines
}

/// Greedy word wrap to a display width; a word wider than a line is split.
pub fn wrap(s: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    // Words on the line so far: a leading space is an empty first word.
    let mut words = 0;
    for word in s.split(' ') {
        let sep = usize::from(words > 0);
        if usize::from(text::width(&line)) + sep + usize::from(text::width(word)) <= width {
            if sep == 1 {
                line.push(' ');
            }
            line.push_str(word);
            words += 1;
            continue;
        }
        if words > 0 {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            let mut buf = [0u8; 4];
            if usize::from(text::width(&line)) + usize::from(text::width(c.encode_utf8(&mut buf)))
                > width
            {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
        words = 1;
    }
    if words > 0 || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_words_whole_and_splits_only_what_cannot_fit() {
        assert_eq!(wrap("a bb ccc", 4), ["a bb", "ccc"]);
        assert_eq!(wrap("abcdef", 4), ["abcd", "ef"]);
        assert_eq!(wrap("", 4), [""]);
        assert_eq!(wrap(" a bb", 4), [" a", "bb"]);
    }

    #[test]
    fn a_cut_list_ends_with_an_ellipsis_and_the_key() {
        let lines = vec!["one two".to_string(), "three".to_string()];
        assert_eq!(cut(lines.clone(), 2, 20, Some("n")), lines);
        assert_eq!(cut(lines.clone(), 1, 20, Some("n")), ["one two … (n)"]);
        assert_eq!(cut(lines.clone(), 1, 9, None), ["one two …"]);
        assert_eq!(cut(lines, 1, 7, None), ["one tw…"]);
    }
}
