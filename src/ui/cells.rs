//! Figures as the screens write them: coverage, target, gap, status, dates.

use ratatui::text::Span;
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::model::progress::Projection;
use crate::model::{Model, Progress, Status};
use crate::text::{self, Lang};

pub fn width(s: &str) -> u16 {
    u16::try_from(s.width()).unwrap_or(u16::MAX)
}

/// `94,47 %`, with `*` when rolled up and `~` when rolled up from only some
/// of the parts; the source's words (`gần 95 %`) when it gives no figure;
/// `—` when there is nothing.
pub fn coverage(p: &Progress, lang: Lang, decimals: usize) -> String {
    match (p.latest_point(), &p.said) {
        (_, Some(said)) => said.words.clone(),
        (Some(x), None) if x.is_partial() => {
            format!("{}~", text::percent(lang, x.coverage, decimals))
        }
        (Some(x), None) if x.is_derived() => {
            format!("{}*", text::percent(lang, x.coverage, decimals))
        }
        (Some(x), None) => text::percent(lang, x.coverage, decimals),
        (None, None) => "—".to_string(),
    }
}

/// The numeric target status is judged against: `95 %`, or `>95 %` when it
/// is met only above its number.
pub fn target(m: &Model, p: &Progress, lang: Lang) -> String {
    let Some(t) = m.target(p.numeric_target) else {
        return "—".to_string();
    };
    let Some(c) = t.coverage else {
        return "—".to_string();
    };
    let n = text::percent(lang, c, if c.fract() == 0.0 { 0 } else { 2 });
    if t.strict { format!(">{n}") } else { n }
}

/// The target in force as words: `trên 95 % (52-CT/TW)`.
pub fn target_words(m: &Model, index: Option<usize>, lang: Lang) -> String {
    let Some(t) = m.target(index) else {
        return "—".to_string();
    };
    let figure = target_figure(t, lang);
    match m.target_code(t) {
        Some(code) => format!("{figure} ({code})"),
        None => figure,
    }
}

/// A target as words in the interface language: the data's own words in
/// Vietnamese (`trên 95 %`), the number or `universal` in English.
pub fn target_figure(t: &crate::model::schema::Target, lang: Lang) -> String {
    let number = t
        .coverage
        .map(|c| text::percent(lang, c, if c.fract() == 0.0 { 0 } else { 2 }));
    let universal = t.label.as_deref() == Some(text::words(Lang::Vi).universal);
    match lang {
        Lang::Vi => t.label.clone().or(number).unwrap_or_default(),
        Lang::En if universal && number.is_none() => text::words(lang).universal.to_string(),
        Lang::En => match (number, t.label.as_deref()) {
            (Some(n), Some(l)) if l.starts_with("trên") => format!("above {n}"),
            (Some(n), _) => n,
            (None, l) => l.unwrap_or_default().to_string(),
        },
    }
}

/// Coverage minus target, so that behind reads negative: `−0,53`.
pub fn gap(p: &Progress, lang: Lang) -> String {
    p.gap
        .map_or_else(|| "—".to_string(), |g| text::points(lang, -g))
}

pub fn status(s: Status, lang: Lang, t: &Theme) -> Span<'static> {
    Span::styled(
        format!("{} {}", text::status_symbol(s), text::status(lang, s)),
        t.status(s),
    )
}

/// "mục tiêu 2026" / "target 2026": the word with the target's year.
pub fn target_heading(m: &Model, index: Option<usize>, lang: Lang) -> String {
    let word = text::words(lang).target;
    match m.target(index) {
        Some(t) => format!("{word} {}", t.by.format("%Y")),
        None => word.to_string(),
    }
}

/// The date of what the coverage cell shows, `!` when stale.
pub fn latest_date(p: &Progress, lang: Lang) -> String {
    match p.shown_date() {
        Some(d) if p.stale => format!("{} !", text::date(lang, d)),
        Some(d) => text::date(lang, d),
        None => "—".to_string(),
    }
}

/// When the trend reaches the target: `2028`, `✓` when met, `2025 đã qua`
/// when that year has passed with no figure confirming it, `—` when the
/// figures cannot say.
pub fn projected(p: &Progress, lang: Lang) -> String {
    match p.projection {
        Projection::Met => "✓".to_string(),
        Projection::Year(y) => y.to_string(),
        Projection::Passed(y) => format!("{y} {}", text::words(lang).passed),
        Projection::None => "—".to_string(),
    }
}

/// The projection in full, for a line of its own.
pub fn projected_long(p: &Progress, lang: Lang) -> String {
    match p.projection {
        Projection::Passed(y) => format!("{y}, {}", text::words(lang).passed_long),
        _ => projected(p, lang),
    }
}

/// Cuts text to a display width, marking the cut with `…`.
pub fn truncate(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    if unicode_width::UnicodeWidthStr::width(s) <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw + 1 > width {
            break;
        }
        used += cw;
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}
