//! The Province screen's list of units: a merged province's former self and
//! the provinces merged into it, districts and communes, each with its latest
//! figure or, lacking one, what its record does say. Enter opens the one
//! highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::cells;
use super::theme::Theme;
use crate::app::App;
use crate::model::Era;
use crate::text;

pub fn render(app: &App, t: &Theme, i: usize, area: Rect, buf: &mut Buffer) {
    let m = &app.model;
    let w = text::words(app.lang);
    let list = m.units_of(i, app.era);
    let title = if m.absorbed.get(i).is_some_and(|a| !a.is_empty()) && app.era == Era::Current {
        w.former_units
    } else {
        w.units
    };
    let lines: Vec<Line<'_>> = if list.is_empty() {
        vec![Line::from(Span::styled(format!(" {}", w.no_units), t.dim))]
    } else {
        list.iter()
            .enumerate()
            .filter_map(|(k, &(j, depth))| {
                let l = m.locality(j)?;
                // A unit's own figures: the former era for the pre-merger self.
                let p = m.progress(j, Era::Former)?;
                let indent = " ".repeat(depth * 2 + 1);
                let figure = match (p.latest_point(), &p.said) {
                    // The figure or the source's words, the date, `!` when stale.
                    (Some(_), _) | (None, Some(_)) => format!(
                        "{} · {}",
                        cells::coverage(p, app.lang, 2),
                        cells::latest_date(p, app.lang)
                    ),
                    // No coverage: what the latest record does give, in words
                    // and figures (participants, share of the assigned plan).
                    (None, None) => l
                        .records
                        .iter()
                        .rev()
                        .find(|r| r.date <= p.judged_on)
                        .map_or_else(
                            || "—".to_string(),
                            |r| {
                                // The source's own words first: often a bound ("trên 99 %").
                                let mut said: Vec<String> = r.note.iter().cloned().collect();
                                if let Some(n) = r.participants {
                                    said.push(format!(
                                        "{} {}",
                                        text::count(app.lang, n),
                                        w.participants.to_lowercase()
                                    ));
                                }
                                if let Some(share) = r.plan_percent {
                                    said.push(format!(
                                        "{} {}",
                                        text::percent(app.lang, share, 1),
                                        w.plan.to_lowercase()
                                    ));
                                }
                                said.push(text::date(app.lang, r.date));
                                said.join(" · ")
                            },
                        ),
                };
                // The province's own territory before the merger.
                let former = if j == i && app.era == Era::Current {
                    w.former_self
                } else {
                    ""
                };
                let head = format!("{indent}{}{former} ", l.name);
                let room = usize::from(area.width.saturating_sub(2))
                    .saturating_sub(usize::from(cells::width(&head)) + 2);
                let line = Line::from(vec![
                    Span::raw(head),
                    Span::styled(text::status_symbol(p.status), t.status(p.status)),
                    Span::styled(format!(" {}", cells::truncate(&figure, room)), t.dim),
                ]);
                // The highlighted unit is the one Enter opens.
                Some(if k == app.unit {
                    line.style(t.selected)
                } else {
                    line
                })
            })
            .collect()
    };
    // Keep the highlighted unit in view.
    let height = usize::from(area.height.saturating_sub(2)).max(1);
    let start = app
        .unit
        .saturating_sub(height - 1)
        .min(lines.len().saturating_sub(height));
    let lines: Vec<Line<'_>> = lines.into_iter().skip(start).collect();
    Paragraph::new(lines)
        .block(
            Block::bordered()
                .border_style(t.border)
                .title(format!(" {title} · ↑↓ Enter ")),
        )
        .render(area, buf);
}
