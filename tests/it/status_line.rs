//! The status line, the overlays that may not fit, and text cut to fit:
//! a message takes the line in full and a cut always shows as `…`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use std::path::PathBuf;

use tiendo::app::{Action, Notice};
use tiendo::text::{self, Lang};

fn status_line(a: &tiendo::app::App, w: u16, h: u16) -> String {
    common::screen_text(a, w, h)
        .lines()
        .last()
        .unwrap()
        .to_string()
}

#[test]
fn a_message_takes_the_line_in_full_and_a_long_path_loses_its_start() {
    let mut a = common::app();
    let path = PathBuf::from(
        "/home/official/reports/2026/november/a-long-folder-name/tiendo-overview-20261125-101010.txt",
    );
    a.update(Action::Exported(Ok(path)));
    let line = status_line(&a, 60, 20);
    assert!(line.starts_with(" Đã xuất: …"), "{line:?}");
    assert!(
        line.trim_end()
            .ends_with("/tiendo-overview-20261125-101010.txt"),
        "{line:?}"
    );
    assert!(
        !line.contains("Tổng quan"),
        "no field runs into it: {line:?}"
    );
    // The next key gives the line back to the hints and the fields.
    common::press(&mut a, "j");
    assert_eq!(a.notice, None);
    let line = status_line(&a, 60, 20);
    assert!(
        line.trim_end().ends_with("Tổng quan · 34 tỉnh/thành"),
        "{line:?}"
    );
}

#[test]
fn a_notice_too_long_for_the_line_ends_with_a_mark() {
    let n = Notice::ExportFailed("không ghi được vào thư mục này vì không có quyền".into());
    let cut = text::notice_within(Lang::Vi, &n, 30);
    assert_eq!(tiendo::text::width(&cut), 30);
    assert!(cut.ends_with('…'), "{cut}");
    let reloaded = Notice::Reloaded {
        left_out: 0,
        day: chrono::NaiveDate::MIN,
    };
    let short = text::notice_within(Lang::Vi, &reloaded, 30);
    assert_eq!(short, "Tải lại ✓");
    let path = Notice::Exported {
        path: PathBuf::from("/a/b/c/d/e/f/g/h/tiendo-x.txt"),
        command: "tiendo export --view overview --format txt --width 80 --today 2026-11-23".into(),
    };
    assert_eq!(
        text::notice_within(Lang::En, &path, 25),
        "Exported: …h/tiendo-x.txt"
    );
    // With room, the command follows the path, cut at its end.
    assert_eq!(
        text::notice_within(Lang::En, &path, 70),
        "Exported: /a/b/c/d/e/f/g/h/tiendo-x.txt · tiendo export --view overvi…"
    );
    // Too little room after the path for the command to say anything.
    assert_eq!(
        text::notice_within(Lang::En, &path, 50),
        "Exported: /a/b/c/d/e/f/g/h/tiendo-x.txt"
    );
}

#[test]
fn truncating_from_the_start_keeps_the_end() {
    assert_eq!(text::truncate_start("bac giang", 20), "bac giang");
    assert_eq!(text::truncate_start("abcdefghij", 5), "…ghij");
    assert_eq!(text::truncate_start("Bắc Giang", 4), "…ang");
    assert_eq!(text::truncate_start("abc", 0), "");
}

#[test]
fn sort_and_filter_show_only_where_they_act() {
    let mut a = common::app();
    let overview = status_line(&a, 100, 30);
    assert!(!overview.contains("chênh lệch"), "{overview:?}");
    assert!(!overview.contains("lọc"), "{overview:?}");
    common::press(&mut a, "2");
    let table = status_line(&a, 100, 30);
    assert!(table.contains("↑ chênh lệch · lọc: tất cả"), "{table:?}");
    for screen in ["3", "4"] {
        common::press(&mut a, screen);
        let line = status_line(&a, 100, 30);
        assert!(!line.contains("lọc"), "{screen}: {line:?}");
    }
}

#[test]
fn the_filter_message_is_labelled_like_the_sort_message() {
    let mut a = common::app();
    common::press(&mut a, "2s");
    assert!(status_line(&a, 100, 30).starts_with(" Sắp xếp: "));
    common::press(&mut a, "f");
    let line = status_line(&a, 100, 30);
    assert!(line.starts_with(" Lọc: ✓ Đạt"), "{line:?}");
}

#[test]
fn help_that_does_not_fit_scrolls_and_says_how_much_is_hidden() {
    let mut a = common::bundled_app(Lang::Vi);
    common::resize(&mut a, 60, 20);
    common::press(&mut a, "?");
    let screen = common::screen_text(&a, 60, 20);
    let total = tiendo::input::help_lines(Lang::Vi, &a.model);
    let hidden = total - 18;
    assert!(
        screen.contains(&format!("còn {hidden} dòng bị ẩn · ↑↓ cuộn")),
        "{screen}"
    );
    assert!(screen.contains("1–4"), "{screen}");
    // Four lines down (one a line for `v` of issue 23): the last key shows.
    common::press(&mut a, "jjjj");
    assert!(a.help, "moving keys scroll, they do not close");
    assert_eq!(a.help_scroll, 4);
    let scrolled = common::screen_text(&a, 60, 20);
    assert!(
        !scrolled.contains("1–4 "),
        "the first lines went up: {scrolled}"
    );
    assert!(
        scrolled.contains("Ctrl-C") || scrolled.contains("q "),
        "{scrolled}"
    );
    common::press(&mut a, "2");
    assert!(!a.help, "another key closes it");
    assert_eq!(
        a.screen,
        tiendo::app::Screen::Overview,
        "and does nothing else"
    );
    // Where it fits, nothing is said to be hidden.
    let mut wide = common::bundled_app(Lang::En);
    common::resize(&mut wide, 120, 40);
    common::press(&mut wide, "?");
    let screen = common::screen_text(&wide, 120, 40);
    assert!(!screen.contains("hidden"), "{screen}");
    assert!(screen.contains("next / previous screen"), "{screen}");
    // Nor does it scroll: ↓ would only bring blank lines up.
    common::press(&mut wide, "jjG");
    assert_eq!((wide.help, wide.help_scroll), (true, 0));
    assert_eq!(common::screen_text(&wide, 120, 40), screen);
}

#[test]
fn help_scrolls_no_further_than_its_last_line_at_the_bottom() {
    let mut a = common::bundled_app(Lang::Vi);
    common::resize(&mut a, 60, 20);
    common::press(&mut a, "?G");
    let total = tiendo::input::help_lines(Lang::Vi, &a.model);
    assert_eq!(
        a.help_scroll,
        total - 18,
        "18 lines show between the borders"
    );
    let screen = common::screen_text(&a, 60, 20);
    // The help's last line sits just above the bottom border.
    let rows: Vec<&str> = screen.lines().collect();
    let bottom = rows.iter().position(|l| l.starts_with('└')).unwrap();
    assert!(
        rows[bottom - 1].contains("Enter ở mốc của một tỉnh: mở tỉnh đó"),
        "{screen}"
    );
    assert!(
        rows[bottom].contains(&format!("còn {} dòng bị ẩn", total - 18)),
        "{screen}"
    );
}

#[test]
fn the_problems_panel_scrolls_a_problem_at_a_time() {
    let mut a = common::bundled_app(Lang::En);
    common::resize(&mut a, 80, 24);
    let problems: Vec<String> = (1..=30)
        .map(|k| format!("data/p.toml:{k}:1: problem number {k}"))
        .collect();
    a.update(Action::Loaded(Err(problems)));
    let screen = common::screen_text(&a, 80, 24);
    assert!(screen.contains("problem number 1\u{20}"), "{screen}");
    assert!(!screen.contains("problem number 30"), "{screen}");
    assert!(screen.contains("lines hidden · ↑↓ scroll"), "{screen}");
    common::press(&mut a, "G");
    let end = common::screen_text(&a, 80, 24);
    assert!(end.contains("problem number 30"), "{end}");
    assert!(!end.contains("problem number 1\u{20}"), "{end}");
    assert_eq!(a.rows.len(), 34, "the table did not move");
    common::press(&mut a, "\x1b");
    assert!(a.problems.is_none());
}

#[test]
fn at_20_by_6_the_too_small_message_fits() {
    for lang in [Lang::Vi, Lang::En] {
        let mut a = common::bundled_app(lang);
        common::resize(&mut a, 20, 6);
        let screen = common::screen_text(&a, 20, 6);
        let said: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
        let whole = text::words(lang).too_small;
        assert_eq!(said, whole, "{screen}");
    }
}

#[test]
fn a_provinces_head_cut_to_fit_keeps_its_arrows_and_marks_the_cut() {
    let mut a = common::bundled_app(Lang::En);
    common::resize(&mut a, 80, 24);
    common::press(&mut a, "/hcm\n");
    assert_eq!(common::name(&a), "TP Hồ Chí Minh");
    let screen = common::screen_text(&a, 80, 24);
    let head = screen.lines().nth(2).unwrap().trim_end();
    assert!(head.starts_with(" ← TP Hồ Chí Minh (since"), "{head:?}");
    assert!(head.ends_with("… →"), "{head:?}");
    let wide = common::screen_text(&a, 120, 40);
    let head = wide.lines().nth(2).unwrap().trim_end();
    assert!(head.ends_with("Bà Rịa – Vũng Tàu) →"), "{head:?}");
}

#[test]
fn the_problems_panel_ends_with_the_check_command_on_the_data_shell_quoted() {
    for (lang, lead) in [
        (Lang::Vi, "Xem đủ mọi lỗi bằng lệnh: "),
        (Lang::En, "To see every problem, run: "),
    ] {
        let mut a = common::bundled_app(lang);
        a.data_args = vec!["bundled".into(), "báo cáo/tháng 9.toml".into()];
        common::resize(&mut a, 120, 40);
        a.update(Action::Loaded(Err(vec![
            "báo cáo/tháng 9.toml:3:7: problem one".into(),
            "báo cáo/tháng 9.toml:9:1: problem two".into(),
        ])));
        let screen = common::screen_text(&a, 120, 40);
        // Quoted for the system's shells: PowerShell and cmd.exe on Windows.
        let quoted = if cfg!(windows) {
            "\"báo cáo/tháng 9.toml\""
        } else {
            "'báo cáo/tháng 9.toml'"
        };
        let hint = format!("{lead}tiendo check bundled {quoted}");
        let rows: Vec<&str> = screen.lines().collect();
        let at = rows.iter().position(|r| r.contains(&hint)).expect(&screen);
        assert!(rows[at - 1].contains("problem two"), "{screen}");
        assert!(rows[at + 1].contains('└'), "the last line: {screen}");
        // The status line: the first problem's file, line and reason.
        let status = rows.last().unwrap();
        assert!(status.contains("tháng 9.toml:3: problem one"), "{status}");
    }
}

#[test]
fn at_60_columns_the_map_count_loses_its_word_before_the_help_hint_is_lost() {
    let mut a = common::bundled_app(Lang::Vi);
    common::press(&mut a, "2");
    let narrow = status_line(&a, 60, 20);
    assert!(narrow.starts_with(" ? trợ giúp"), "{narrow:?}");
    assert!(narrow.contains("Tỉnh/thành · 34 · ↑"), "{narrow:?}");
    // With room, the count says what it counts.
    let wide = status_line(&a, 100, 30);
    assert!(wide.contains("Tỉnh/thành · 34 tỉnh/thành · ↑"), "{wide:?}");
}
