//! The time axis of a history chart. ratatui's `Chart` spreads axis labels
//! evenly whatever they name, so the chart is drawn without them and this
//! module writes the years itself, each at the column where its 1 January is
//! plotted.
//!
//! Label convention: a year is centred on the column of its 1 January. A
//! four-digit year starts two columns left of that column, so the column
//! falls under its third digit; the first year reaches two columns into the
//! y axis's margin, the last one column past the plot (`RIGHT_ROOM`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;

/// Columns kept free right of the plot for the last year's label.
pub const RIGHT_ROOM: u16 = 1;
/// About one label per this many columns.
const COLUMNS_PER_LABEL: f64 = 10.0;
/// Blank cells at least between two labels, so they never read as one.
const GAP: u16 = 2;
/// Years between labels: the first that leaves `COLUMNS_PER_LABEL`.
const STEPS: [i32; 10] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/// Where the chart's plot and its label row lie.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plot {
    pub area: Rect,
    pub label_row: Option<u16>,
}

/// The plot inside `area` as ratatui 0.30's `Chart::layout` computes it for
/// an x axis with one empty label (which keeps the label row and the axis
/// row and writes nothing) and y labels `y_label_width` wide. If ratatui
/// changes this, the tests that find the plotted glyphs under their labels
/// fail.
pub fn plot(area: Rect, y_label_width: u16) -> Option<Plot> {
    if area.is_empty() {
        return None;
    }
    let mut y = area.bottom().saturating_sub(1);
    let mut label_row = None;
    if y > area.top() {
        label_row = Some(y);
        y -= 1;
    }
    let mut x = area
        .left()
        .saturating_add(y_label_width.min(area.width / 3));
    if y > area.top() {
        y -= 1;
    }
    if x.saturating_add(1) < area.right() {
        x += 1;
    }
    let plot = Rect::new(
        x,
        area.top(),
        area.right().saturating_sub(x),
        y.saturating_sub(area.top()).saturating_add(1),
    );
    Some(Plot {
        area: plot,
        label_row,
    })
}

/// Dots a marker divides one cell into across.
pub fn dots_across(marker: Marker) -> u16 {
    match marker {
        Marker::Braille | Marker::Quadrant | Marker::Sextant | Marker::Octant => 2,
        _ => 1,
    }
}

/// The column where ratatui's canvas plots `x` with `marker`: the dot is
/// `Painter::get_point`'s `round((x − left) × (dots − 1) / width)`, and the
/// cell is that dot divided by the dots per cell, as the grids paint it.
pub fn column(x: f64, [left, right]: [f64; 2], plot: Rect, marker: Marker) -> Option<u16> {
    let across = dots_across(marker);
    if plot.width == 0 || right <= left || !(left..=right).contains(&x) {
        return None;
    }
    let dots = f64::from(plot.width) * f64::from(across);
    let dot = ((x - left) * (dots - 1.0) / (right - left)).round();
    // `dot` lies in 0..dots, so it fits a u32 and the cell a u16.
    let cell = u16::try_from(dot as u32 / u32::from(across)).ok()?;
    plot.x.checked_add(cell)
}

/// The years labelled on an axis from 1 January `first` to 1 January
/// `last`, each with the column its label starts at: always the first (and
/// the last where it fits beside it), between them the multiples of a step
/// of 1, 2, 5, 10… years, those that would crowd a neighbour left out.
/// Labels lie wholly within `room`.
pub fn years(first: i32, last: i32, plot: Rect, room: Rect, marker: Marker) -> Vec<(i32, u16)> {
    let bounds = [f64::from(first), f64::from(last)];
    let place = |year: i32| -> Option<(i32, u16)> {
        let col = column(f64::from(year), bounds, plot, marker)?;
        let start = col.checked_sub(label_width(year) / 2)?;
        let fits = start >= room.left() && start.saturating_add(label_width(year)) <= room.right();
        fits.then_some((year, start))
    };
    let end = |(year, start): (i32, u16)| start.saturating_add(label_width(year));
    let apart = |a: (i32, u16), b: (i32, u16)| end(a).saturating_add(GAP) <= b.1;
    let Some(head) = place(first) else {
        return Vec::new();
    };
    let tail = place(last).filter(|&t| last > first && apart(head, t));
    let span = last.saturating_sub(first).max(1);
    let per_year = f64::from(plot.width) / f64::from(span);
    let step = STEPS
        .into_iter()
        .find(|s| f64::from(*s) * per_year >= COLUMNS_PER_LABEL)
        .unwrap_or(span);
    let mut out = vec![head];
    let mut year = first
        .div_euclid(step)
        .saturating_add(1)
        .saturating_mul(step);
    while year < last {
        if let (Some(here), Some(&prev)) = (place(year), out.last())
            && apart(prev, here)
            && tail.is_none_or(|t| apart(here, t))
        {
            out.push(here);
        }
        year = year.saturating_add(step);
    }
    out.extend(tail);
    out
}

fn label_width(year: i32) -> u16 {
    u16::try_from(crate::present::province::history::year_label(year).len()).unwrap_or(u16::MAX)
}

/// Writes the year labels in the plot's label row.
pub fn render(
    first: i32,
    last: i32,
    plot: Plot,
    room: Rect,
    marker: Marker,
    style: Style,
    buf: &mut Buffer,
) {
    let room = room.intersection(buf.area);
    let Some(row) = plot
        .label_row
        .filter(|r| (room.top()..room.bottom()).contains(r))
    else {
        return;
    };
    for (year, x) in years(first, last, plot.area, room, marker) {
        buf.set_string(
            x,
            row,
            crate::present::province::history::year_label(year),
            style,
        );
    }
}
