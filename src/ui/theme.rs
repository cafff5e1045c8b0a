//! Colours and emphasis as data: one theme in colour, one without, so the
//! screens read the same in monochrome (status words and symbols carry the
//! meaning, colour only repeats it).

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::Marker;

use crate::model::Status;

pub struct Theme {
    pub title: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub border: Style,
    pub dim: Style,
    pub header: Style,
    pub selected: Style,
    pub bar: Style,
    pub bar_empty: Style,
    pub mark: Style,
    pub today: Style,
    pub series: Style,
    pub target_line: Style,
    pub trend_line: Style,
    /// Lines of the former units drawn beside a merged province's own.
    pub parts: [Style; 4],
    /// What each chart line is drawn with; without colour, the only way to
    /// tell the lines apart.
    pub marks: ChartMarks,
    pub status_line: Style,
    pub emphasis: Style,
    pub achieved: Style,
    pub on_track: Style,
    pub at_risk: Style,
    pub off_track: Style,
    pub no_data: Style,
}

/// A chart line's marker and the glyph the legend shows for it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    pub marker: Marker,
    pub key: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartMarks {
    pub series: Mark,
    pub target: Mark,
    pub trend: Mark,
    /// In the same order as `Theme::parts`.
    pub parts: [Mark; 4],
}

/// In colour the lines differ by colour, so all keep the finest marker.
const LINE: Mark = Mark {
    marker: Marker::Braille,
    key: "━",
};

const fn glyph(c: char, key: &'static str) -> Mark {
    Mark {
        marker: Marker::Custom(c),
        key,
    }
}

impl Theme {
    pub fn status(&self, s: Status) -> Style {
        match s {
            Status::Achieved => self.achieved,
            Status::OnTrack => self.on_track,
            Status::AtRisk => self.at_risk,
            Status::OffTrack => self.off_track,
            // Statuses that judge nothing read as quiet as a gap.
            Status::NeedsNewer
            | Status::TooFewFigures
            | Status::Stale
            | Status::Partial
            | Status::InWords
            | Status::NoTarget
            | Status::NoData => self.no_data,
        }
    }
}

const fn fg(c: Color) -> Style {
    Style::new().fg(c)
}

pub const COLOR: Theme = Theme {
    title: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    tab: fg(Color::Gray),
    tab_active: Style::new()
        .fg(Color::Black)
        .bg(Color::Cyan)
        .add_modifier(Modifier::BOLD),
    border: fg(Color::DarkGray),
    dim: fg(Color::DarkGray),
    header: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    selected: Style::new().add_modifier(Modifier::REVERSED),
    bar: fg(Color::Cyan),
    bar_empty: fg(Color::DarkGray),
    mark: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
    today: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
    series: fg(Color::Cyan),
    target_line: fg(Color::Yellow),
    trend_line: fg(Color::Gray),
    parts: [
        fg(Color::Magenta),
        fg(Color::Green),
        fg(Color::LightBlue),
        fg(Color::LightRed),
    ],
    marks: ChartMarks {
        series: LINE,
        target: LINE,
        trend: LINE,
        parts: [LINE; 4],
    },
    status_line: Style::new().fg(Color::Gray),
    emphasis: Style::new().add_modifier(Modifier::BOLD),
    achieved: fg(Color::Green),
    on_track: fg(Color::Blue),
    at_risk: fg(Color::Yellow),
    off_track: fg(Color::Red),
    no_data: fg(Color::DarkGray),
};

pub const MONO: Theme = Theme {
    title: Style::new().add_modifier(Modifier::BOLD),
    tab: Style::new(),
    tab_active: Style::new()
        .add_modifier(Modifier::REVERSED)
        .add_modifier(Modifier::BOLD),
    border: Style::new(),
    dim: Style::new(),
    header: Style::new().add_modifier(Modifier::BOLD),
    selected: Style::new()
        .add_modifier(Modifier::REVERSED)
        .add_modifier(Modifier::BOLD),
    bar: Style::new(),
    bar_empty: Style::new(),
    mark: Style::new().add_modifier(Modifier::BOLD),
    today: Style::new().add_modifier(Modifier::BOLD),
    series: Style::new(),
    target_line: Style::new(),
    trend_line: Style::new(),
    parts: [Style::new(); 4],
    // The figures keep Braille's fine line (a lone figure is drawn `•`, so no
    // other line uses it); the others fill whole cells with a glyph of
    // their own: a double rule for the goal, dots for the projection.
    marks: ChartMarks {
        series: Mark {
            marker: Marker::Braille,
            key: "⠒",
        },
        target: glyph('═', "═"),
        trend: glyph('·', "·"),
        parts: [
            glyph('+', "+"),
            glyph('x', "x"),
            glyph('o', "o"),
            glyph('*', "*"),
        ],
    },
    status_line: Style::new(),
    emphasis: Style::new().add_modifier(Modifier::BOLD),
    achieved: Style::new(),
    on_track: Style::new(),
    at_risk: Style::new(),
    off_track: Style::new().add_modifier(Modifier::BOLD),
    no_data: Style::new(),
};
