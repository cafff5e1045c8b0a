//! Compiled under #[cfg(test)] only (see `chart.rs`). The chart rendered into
//! buffers of many widths, read back cell by cell:
//! the years sit under the dates they name, the targets and the trend span
//! what they should, and without colour every line has a glyph of its own.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;
use ratatui::symbols::Marker;
use ratatui::widgets::Block;

use super::*;
use crate::model::point::{Origin, Point, TargetStep};
use crate::model::schema::{Dataset, Target};
use crate::model::{self, progress};
use crate::ui::theme::{COLOR, MONO};

const WIDTHS: [u16; 5] = [40, 60, 80, 120, 200];
const HEIGHT: u16 = 15;
/// What the charts here say when they draw no line (the words are
/// `province::history::nothing_drawn`'s, tested there).
const EMPTY: &str = "Only 2 partial figures, not drawn";

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn point(date: NaiveDate, coverage: f64) -> Point {
    Point {
        date,
        coverage,
        counts: crate::model::point::Counts::new(None, None, None),
        plan_share: None,
        origin: Origin::Own(0),
        estimate: false,
    }
}

fn step(from: NaiveDate, until: NaiveDate, coverage: f64) -> TargetStep {
    TargetStep {
        target: 0,
        from,
        until,
        coverage,
    }
}

/// A model holding one target, 95 % by the end of 2030: all the chart reads
/// from a model.
fn model() -> Model {
    let target = Target::of_nation(Some(95.0), d(2030, 12, 31), false);
    model::derive(
        Dataset {
            targets: vec![target],
            ..Dataset::default()
        },
        d(2026, 11, 23),
    )
}

/// Figures from 1 January 2020, judged in mid-2024, under a target of 95 %
/// set in mid-2017 for the end of 2030: the axis runs 2017–2031 and 2020
/// lies inside it.
fn progress_with(points: &[(NaiveDate, f64)], steps: Vec<TargetStep>) -> Progress {
    let day = d(2024, 6, 30);
    Progress {
        history: points.iter().map(|&(at, c)| point(at, c)).collect(),
        trend: progress::trend(points, day),
        numeric_target: Some(0),
        judged_on: day,
        target_steps: steps.into(),
        ..Progress::default()
    }
}

/// A progress whose points are all kept whole: no records behind them.
fn shown(p: &Progress) -> Shown<'_> {
    Shown {
        p,
        points: p.points(&[]),
    }
}

fn sample() -> Progress {
    progress_with(
        &[
            (d(2020, 1, 1), 85.0),
            (d(2022, 1, 1), 88.0),
            (d(2024, 1, 1), 90.0),
        ],
        vec![step(d(2017, 6, 15), d(2030, 12, 31), 95.0)],
    )
}

fn render(p: &Progress, parts: &[Part], t: &Theme, width: u16, height: u16) -> Buffer {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    let block = Block::bordered().title_bottom(legend(shown(p), parts, Lang::En, t));
    history(
        &model(),
        shown(p),
        parts,
        EMPTY,
        Lang::En,
        t,
        block,
        area,
        &mut buf,
    );
    buf
}

fn row(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width)
        .map(|x| buf.cell((x, y)).map_or(" ", |c| c.symbol()))
        .collect()
}

/// The words of the label row (above the bottom border), each with the
/// column it starts at.
fn labels(buf: &Buffer) -> Vec<(u16, String)> {
    let y = buf.area.height - 2;
    let mut out: Vec<(u16, String)> = Vec::new();
    let mut prev_blank = true;
    for x in 1..buf.area.width - 1 {
        let s = buf.cell((x, y)).unwrap().symbol().to_string();
        if s == " " {
            prev_blank = true;
            continue;
        }
        if prev_blank {
            out.push((x, s));
        } else {
            out.last_mut().unwrap().1.push_str(&s);
        }
        prev_blank = false;
    }
    out
}

/// Cells of the plot rows (inside the border, above the axis row) that
/// match `f`, as (column, row).
fn plotted(buf: &Buffer, f: impl Fn(&ratatui::buffer::Cell) -> bool) -> Vec<(u16, u16)> {
    let mut out = Vec::new();
    for y in 1..buf.area.height - 3 {
        for x in 1..buf.area.width - 1 {
            if f(buf.cell((x, y)).unwrap()) {
                out.push((x, y));
            }
        }
    }
    out
}

/// The plot as the chart lays it out, to compute columns with.
fn plot_of(width: u16) -> Rect {
    let inner = Rect::new(1, 1, width - 2, HEIGHT - 2);
    let chart = Rect {
        width: inner.width - axis::RIGHT_ROOM,
        ..inner
    };
    // "80", "90" and "100": the y labels are three wide.
    axis::plot(chart, 3).unwrap().area
}

#[test]
fn each_year_label_is_centred_on_its_first_of_january() {
    let p = sample();
    let m = model();
    let (first, last) = x_range(&m, shown(&p), &[]).unwrap();
    assert_eq!((first, last), (2017, 2031));
    // The five widths asked for, and every width between.
    assert!(WIDTHS.iter().all(|w| (40..=200).contains(w)));
    for width in 40..=200 {
        let buf = render(&p, &[], &COLOR, width, HEIGHT);
        let found = labels(&buf);
        let shown: Vec<&str> = found.iter().map(|(_, s)| s.as_str()).collect();
        // The series starts at its 2020-01-01 figure: its leftmost cell is
        // where that day is plotted.
        let series = plotted(&buf, |c| c.fg == Color::Cyan);
        let col = series.iter().map(|c| c.0).min().unwrap();
        let computed = axis::column(2020.0, [2017.0, 2031.0], plot_of(width), Marker::Braille);
        assert_eq!(Some(col), computed, "width {width}");
        let at = found
            .iter()
            .find(|(_, s)| s == "2020")
            .unwrap_or_else(|| panic!("no 2020 at width {width}: {shown:?}"));
        assert_eq!(
            at.0 + 2,
            col,
            "width {width}: 2020's third digit under its day"
        );
        for (k, (x, s)) in found.iter().enumerate() {
            assert!(
                s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()),
                "width {width}: {s:?} is not a year in {shown:?}"
            );
            if let Some((next, _)) = found.get(k + 1) {
                assert!(*next >= x + 4 + 2, "width {width}: labels crowd: {shown:?}");
            }
            // Every year sits where its own 1 January is plotted.
            let year: f64 = s.parse().unwrap();
            let day = axis::column(year, [2017.0, 2031.0], plot_of(width), Marker::Braille);
            assert_eq!(Some(x + 2), day, "width {width}: {s}");
        }
        assert_eq!(shown.first(), Some(&"2017"), "width {width}");
        assert_eq!(shown.last(), Some(&"2031"), "width {width}");
        // About one label per 10–15 columns, never fewer than the ends.
        assert!(shown.len() >= 3, "width {width}: {shown:?}");
        assert!(
            shown.len() <= usize::from(width / 8),
            "width {width}: {shown:?}"
        );
    }
}

#[test]
fn the_label_row_at_sixty_columns_reads_as_years() {
    let buf = render(&sample(), &[], &COLOR, 60, HEIGHT);
    let shown: Vec<String> = labels(&buf).into_iter().map(|x| x.1).collect();
    assert_eq!(shown, ["2017", "2020", "2025", "2031"]);
}

#[test]
fn the_years_step_by_1_2_5_or_10_and_crowded_ones_give_way() {
    let plot = Rect::new(5, 1, 33, 10);
    let room = Rect::new(1, 1, 38, 12);
    let years = |a, b| -> Vec<i32> {
        axis::years(a, b, plot, room, Marker::Braille)
            .into_iter()
            .map(|x| x.0)
            .collect()
    };
    // 23 years in 33 columns: a label per ten years; 2010 and 2030 would
    // touch the ends.
    assert_eq!(years(2008, 2031), [2008, 2020, 2031]);
    // 8 columns a year: every other year between the ends.
    assert_eq!(years(2023, 2027), [2023, 2024, 2026, 2027]);
    assert_eq!(years(2025, 2027), [2025, 2026, 2027]);
    assert_eq!(years(2020, 2021), [2020, 2021]);
    // Too narrow for two labels: the first alone.
    assert_eq!(
        axis::years(2020, 2021, Rect::new(5, 1, 4, 3), room, Marker::Braille).len(),
        1
    );
}

#[test]
fn the_title_names_the_axis_ends() {
    let m = model();
    let p = sample();
    assert_eq!(x_range(&m, shown(&p), &[]), Some((2017, 2031)));
    // Without figures there is no axis and no range.
    let empty = progress_with(&[], Vec::new());
    assert_eq!(x_range(&m, shown(&empty), &[]), None);
    // A figure on 1 January ends the axis there; the target's date reaches
    // past it.
    let mut p = progress_with(&[(d(2020, 1, 1), 80.0)], Vec::new());
    p.numeric_target = None;
    assert_eq!(x_range(&m, shown(&p), &[]), Some((2020, 2021)));
    p.numeric_target = Some(0);
    assert_eq!(x_range(&m, shown(&p), &[]), Some((2020, 2031)));
}

#[test]
fn a_target_line_starts_on_the_day_it_was_set_and_steps() {
    // Figures below both steps and no trend, so nothing is drawn over them.
    let mut p = progress_with(
        &[(d(2016, 1, 1), 70.0), (d(2024, 1, 1), 75.0)],
        vec![
            step(d(2021, 3, 1), d(2025, 12, 31), 85.0),
            step(d(2026, 1, 1), d(2030, 12, 31), 95.0),
        ],
    );
    p.trend = None;
    for width in WIDTHS {
        let buf = render(&p, &[], &COLOR, width, HEIGHT);
        let target = plotted(&buf, |c| c.fg == Color::Yellow);
        let first = target.iter().map(|c| c.0).min().unwrap();
        let from = progress::year_fraction(d(2021, 3, 1));
        let bounds = [2016.0, 2031.0];
        assert_eq!(
            Some(first),
            axis::column(from, bounds, plot_of(width), Marker::Braille),
            "width {width}: nothing left of 1 March 2021"
        );
        let mut rows: Vec<u16> = target.iter().map(|c| c.1).collect();
        rows.sort_unstable();
        rows.dedup();
        assert_eq!(rows.len(), 2, "width {width}: two heights, {rows:?}");
        // The later, higher step is higher on screen and to the right.
        let right_of = |y: u16| target.iter().filter(|c| c.1 == y).map(|c| c.0).min();
        assert!(right_of(rows[0]) > right_of(rows[1]), "width {width}");
        // The axis reaches the last step's end.
        assert_eq!(labels(&buf).last().map(|x| x.1.as_str()), Some("2031"));
    }
}

/// 90 then 96 a year later: 6 points a year, 100 reached two thirds of a
/// year after 1 January 2024, long before the target's end of 2030.
fn steep() -> Progress {
    progress_with(
        &[(d(2023, 1, 1), 90.0), (d(2024, 1, 1), 96.0)],
        vec![step(d(2023, 1, 1), d(2030, 12, 31), 95.0)],
    )
}

#[test]
fn the_trend_stops_where_it_reaches_100() {
    let p = steep();
    let tr = p.trend.unwrap();
    let line = trend_line(&tr, Some(d(2030, 12, 31)));
    assert!(line.iter().all(|x| x.1 <= 100.0), "{line:?}");
    let end = line.last().unwrap();
    let cross = tr.mean_year + (100.0 - tr.mean_coverage) / tr.slope;
    assert!((end.0 - cross).abs() < 1e-9 && (end.1 - 100.0).abs() < 1e-9);
    assert!((2024.6..2024.7).contains(&end.0), "{end:?}");
    // It starts at the first figure it was fitted to.
    assert_eq!(
        line.first().unwrap().0,
        progress::year_fraction(d(2023, 1, 1))
    );
    // On screen: no trend cell right of the crossing (the trend's `·` in
    // monochrome), so the line never runs along the top to 2030.
    for width in WIDTHS {
        let buf = render(&p, &[], &MONO, width, HEIGHT);
        let dots = plotted(&buf, |c| c.symbol() == "·");
        let right = dots.iter().map(|c| c.0).max().unwrap();
        let bounds = [2023.0, 2031.0];
        assert_eq!(
            Some(right),
            axis::column(cross, bounds, plot_of(width), Marker::Custom('·')),
            "width {width}"
        );
    }
}

#[test]
fn a_falling_trend_is_cut_where_it_comes_below_100_and_no_trend_draws_none() {
    let tr = Trend {
        slope: -2.0,
        mean_year: 2021.0,
        mean_coverage: 101.0,
        points: 2,
        first: d(2020, 1, 1),
        last: d(2022, 1, 1),
    };
    let line = trend_line(&tr, None);
    assert_eq!(line.first().map(|x| x.0), Some(2021.5));
    assert!(line.iter().all(|x| x.1 <= 100.0));
    let flat_above = Trend { slope: 0.0, ..tr };
    assert!(trend_line(&flat_above, None).is_empty());

    let mut p = sample();
    p.trend = None;
    let buf = render(&p, &[], &MONO, 80, HEIGHT);
    assert!(plotted(&buf, |c| c.symbol() == "·").is_empty());
    assert!(!row(&buf, HEIGHT - 1).contains("Trend"));
}

#[test]
fn without_colour_every_line_has_its_own_glyph_and_the_legend_shows_it() {
    let p = sample();
    let parts = [
        Part {
            name: "Old A".into(),
            points: vec![(2017.5, 70.0), (2019.5, 80.0)],
        },
        Part {
            name: "Old B".into(),
            points: vec![(2018.0, 75.0), (2019.0, 78.0)],
        },
    ];
    let marks = MONO.marks;
    let keys = [
        marks.series.key,
        marks.target.key,
        marks.trend.key,
        marks.parts[0].key,
        marks.parts[1].key,
    ];
    for (k, a) in keys.iter().enumerate() {
        assert!(!keys[k + 1..].contains(a), "{a} used twice");
    }
    for width in [60, 120] {
        let buf = render(&p, &parts, &MONO, width, HEIGHT);
        let braille = |c: &ratatui::buffer::Cell| {
            c.symbol()
                .chars()
                .all(|ch| ('\u{2801}'..='\u{28FF}').contains(&ch))
        };
        assert!(!plotted(&buf, braille).is_empty(), "the figures in Braille");
        for glyph in ["═", "·", "+", "x"] {
            assert!(
                !plotted(&buf, |c| c.symbol() == glyph).is_empty(),
                "width {width}: no {glyph} drawn"
            );
        }
        let legend = row(&buf, HEIGHT - 1);
        for (key, name) in [
            (marks.series.key, "Coverage"),
            (marks.target.key, "Target 95%"),
            (marks.trend.key, "Trend"),
            (marks.parts[0].key, "Old A"),
            (marks.parts[1].key, "Old B"),
        ] {
            assert!(
                legend.contains(&format!("{key} {name}")),
                "width {width}: {key} {name} in {legend:?}"
            );
        }
    }
    // The figures' key is a Braille glyph like the line it stands for; a
    // lone figure is drawn, and keyed, `•`.
    assert!(braille_key(marks.series.key));
    let lone = progress_with(&[(d(2024, 1, 1), 90.0)], Vec::new());
    let buf = render(&lone, &[], &MONO, 60, HEIGHT);
    assert_eq!(plotted(&buf, |c| c.symbol() == "•").len(), 1);
    assert!(row(&buf, HEIGHT - 1).contains("• Coverage"));
    // In colour the lines keep their one look.
    let colour = COLOR.marks;
    assert_eq!(colour.target, colour.series);
    assert_eq!(colour.series.key, "━");
}

fn braille_key(s: &str) -> bool {
    s.chars().all(|c| ('\u{2801}'..='\u{28FF}').contains(&c))
}

#[test]
fn no_size_panics_and_the_labels_stay_inside() {
    let p = sample();
    for t in [&COLOR, &MONO] {
        for width in 0..=45 {
            for height in 0..=8 {
                let buf = render(&p, &[], t, width, height);
                assert_eq!(buf.area, Rect::new(0, 0, width, height));
            }
        }
    }
    // An area reaching past the buffer is cut to it.
    let mut small = Buffer::empty(Rect::new(0, 0, 30, 10));
    history(
        &model(),
        shown(&p),
        &[],
        EMPTY,
        Lang::En,
        &COLOR,
        Block::bordered(),
        Rect::new(10, 5, 80, 20),
        &mut small,
    );
    // In a larger buffer, a chart in a corner writes nothing outside it.
    let area = Rect::new(3, 2, 40, 12);
    let mut buf = Buffer::empty(Rect::new(0, 0, 50, 20));
    history(
        &model(),
        shown(&p),
        &[],
        EMPTY,
        Lang::Vi,
        &COLOR,
        Block::bordered(),
        area,
        &mut buf,
    );
    for y in 0..20 {
        for x in 0..50 {
            if !area.contains(ratatui::layout::Position::new(x, y)) {
                assert_eq!(buf.cell((x, y)).unwrap().symbol(), " ", "({x}, {y})");
            }
        }
    }
}

/// A unit whose figures are all partial roll-ups draws no line (they do
/// not stand for the whole unit) and says what it was given to say, whole,
/// wrapped when narrow; no legend names lines that are not there. The
/// sentence itself is `province::history::nothing_drawn`'s.
#[test]
fn an_empty_chart_says_why_whole_and_names_no_line() {
    let said = |p: &Progress, width: u16| -> String {
        let buf = render(p, &[], &COLOR, width, HEIGHT);
        (0..HEIGHT)
            .map(|y| row(&buf, y))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut partial = progress_with(&[], Vec::new());
    partial.history = [(d(2024, 12, 31), 92.5), (d(2025, 12, 31), 93.25)]
        .into_iter()
        .map(|(at, c)| Point {
            origin: Origin::RolledUp(crate::model::point::Rollup::new(1, 2, Some(0.25), true)),
            ..point(at, c)
        })
        .collect();
    let wide = said(&partial, 80);
    assert!(wide.contains(EMPTY), "{wide}");
    assert!(
        !wide.contains("Coverage") && !wide.contains("Target"),
        "{wide}"
    );
    // Narrow, it wraps rather than losing its end.
    let narrow = said(&partial, 30);
    assert!(
        narrow.contains("Only 2 partial") && narrow.contains("drawn"),
        "{narrow}"
    );
    // A chart that draws says nothing of the kind.
    assert!(!said(&sample(), 80).contains(EMPTY));
}
