#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Every mark on screen has a legend (issue 24): the gauge's `│95 ┊2030`
//! in its box's title, the Timeline's symbols under its axis, the chart's
//! lines by shape as well as colour, and each count says what it counts.

use crate::common;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;
use tiendo::app::{Action, Screen};
use tiendo::text::Lang;

fn drawn(a: &tiendo::app::App, width: u16, height: u16) -> Buffer {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    tiendo::ui::render(a, area, &mut buf);
    buf
}

#[test]
fn the_gauges_marks_are_named_in_its_title() {
    for (lang, said) in [
        (Lang::Vi, "│95 mục tiêu 2026 · ┊2030 hạn bao phủ toàn dân"),
        (Lang::En, "│95 2026 target · ┊2030 universal coverage due"),
    ] {
        let mut a = common::bundled_app(lang);
        common::resize(&mut a, 80, 24);
        let text = common::screen_text(&a, 80, 24);
        let title = text.lines().nth(2).unwrap();
        assert!(title.contains(said), "{title}");
    }
}

#[test]
fn the_timeline_names_each_symbol_and_counts_its_milestones() {
    for (lang, legend, count) in [
        (
            Lang::Vi,
            "◆ văn bản · ◇ kế hoạch · ● tổng kết · ▲ vận động · ◎ mục tiêu · • sự kiện",
            "┌ 34 mốc ",
        ),
        (
            Lang::En,
            "◆ document · ◇ plan · ● review · ▲ campaign · ◎ target · • event",
            "┌ 34 milestones ",
        ),
    ] {
        let mut a = common::bundled_app(lang);
        a.update(Action::ShowScreen(Screen::Timeline));
        common::resize(&mut a, 120, 40);
        let text = common::screen_text(&a, 120, 40);
        assert!(text.contains(legend), "{text}");
        assert!(text.contains(count), "{text}");
        // The status line counts provinces in words too.
        let status = text.lines().last().unwrap();
        assert!(status.contains("34 "), "{status}");
    }
}

#[test]
fn in_colour_each_chart_legend_entry_wears_its_lines_colour() {
    let mut a = common::bundled_app(Lang::Vi);
    common::resize(&mut a, 80, 24);
    let buf = drawn(&a, 80, 24);
    let row: Vec<(String, Color)> = (0..40)
        .map(|x| &buf[(x, 22)])
        .map(|c| (c.symbol().to_string(), c.fg))
        .collect();
    let text: String = row.iter().map(|(s, _)| s.as_str()).collect();
    // The key and its words alike: Cyan figures, Yellow targets, Gray trend.
    for (word, colour) in [
        ("━ Bao phủ", Color::Cyan),
        ("━ Các mục tiêu", Color::Yellow),
        ("━ Xu hướng", Color::Gray),
    ] {
        let at = text
            .find(word)
            .unwrap_or_else(|| panic!("{word} in {text}"));
        let start = text[..at].chars().count();
        for (s, fg) in row.iter().skip(start).take(word.chars().count()) {
            if s != " " {
                assert_eq!(*fg, colour, "{s} of {word}");
            }
        }
    }
}
