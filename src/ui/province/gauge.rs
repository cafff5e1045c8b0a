//! The Province screen's gauge line: the figure, its bar against the
//! target, the status and what the figure is.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::app::App;
use crate::model::Progress;
use crate::model::point::Origin;
use crate::model::progress::Projection;
use crate::present::{self, Value};
use crate::text::{self, Lang};
use crate::ui::theme::Theme;
use crate::ui::widgets;

pub(super) fn render_gauge(app: &App, t: &Theme, p: &Progress, area: Rect, buf: &mut Buffer) {
    let m = &app.model;
    let w = text::words(app.lang);
    let figure = present::coverage(p, app.lang);
    let target = m.target(p.numeric_target).and_then(|x| x.coverage);
    let mut tail = format!(" {}", Value::Status(p.status).show(app.lang));
    match (p.latest_point(), &p.said) {
        (_, Some(said)) => tail.push_str(&format!(
            " · {} {}",
            said.words,
            text::date(app.lang, said.date)
        )),
        (Some(x), None) if !x.is_partial() => {
            tail.push_str(&format!(" · {}", text::date(app.lang, x.date)));
            // The status says so already when it is "stale".
            if p.stale && p.status != crate::model::Status::Stale {
                tail.push_str(&format!(" · {}", w.stale.to_lowercase()));
            }
        }
        _ => tail.push_str(&partial_words(p, app.lang).unwrap_or_default()),
    }
    if matches!(p.projection, Projection::Year(_) | Projection::Passed(_)) {
        tail.push_str(&format!(
            " · {} {}",
            w.projected.to_lowercase(),
            present::projected(p.projection, present::judged_target(m, p), app.lang)
        ));
    }
    if p.ceased {
        tail.push_str(&format!(
            " · {} {}",
            w.judged_as_of,
            text::date(app.lang, p.judged_on)
        ));
    }
    let lead = format!(" {} {figure} ", w.coverage);
    let bar_width = usize::from(area.width)
        .saturating_sub(text::width(&lead) as usize + text::width(&tail) as usize + 6)
        .min(60);
    let mut spans = vec![
        Span::raw(format!(" {} ", w.coverage)),
        Span::styled(format!("{figure} "), t.emphasis),
    ];
    spans.extend(widgets::bar(
        bar_width,
        p.coverage(),
        &target.into_iter().collect::<Vec<_>>(),
        t,
    ));
    if let Some(c) = target {
        spans.push(Span::styled(
            text::decimal(app.lang, c, if c.fract() == 0.0 { 0 } else { 2 }),
            t.mark,
        ));
    }
    spans.push(Span::styled(tail, t.status(p.status)));
    Paragraph::new(Line::from(spans)).render(area, buf);
}

/// "partly rolled up: 95,23 % of 25 % of the population, 31/12/2023".
fn partial_words(p: &Progress, lang: Lang) -> Option<String> {
    let w = text::words(lang);
    let x = p.history.iter().rev().find(|x| x.is_partial())?;
    let Origin::RolledUp(r) = x.origin else {
        return None;
    };
    let share = r
        .population_share
        .map(|s| {
            format!(
                " · {}/{} ({})",
                r.with_figures,
                r.parts,
                text::percent(lang, s * 100.0, 0)
            )
        })
        .unwrap_or_else(|| format!(" · {}/{}", r.with_figures, r.parts));
    Some(format!(
        " · {}: {}{}{share}, {}",
        w.partial,
        present::estimate_mark(x.estimate),
        text::percent(lang, x.coverage, 2),
        text::date(lang, x.date)
    ))
}
