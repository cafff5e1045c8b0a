#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! What `App::update` asks of the terminal loop (export, reload, quit), the
//! results the loop sends back, and the notices they leave in words.

use crate::common;

use std::path::PathBuf;

use tiendo::app::{Action, CsvStyle, Effect, Format, Level, Loading, Notice, Screen, SortKey};
use tiendo::model::{Era, Status};
use tiendo::text::{self, Lang};

/// The `e` menu's entry of `key`.
fn choice(key: char) -> tiendo::app::Choice {
    tiendo::app::CHOICES
        .into_iter()
        .find(|c| c.key == key)
        .unwrap()
}

#[test]
fn export_and_reload_are_asked_of_the_loop_not_done_by_update() {
    let mut a = common::app();
    a.update(Action::ShowScreen(Screen::Provinces));
    // `e` opens the menu of formats; a format picked in it is written.
    assert_eq!(a.update(Action::Export), Effect::None);
    assert!(a.export_menu);
    assert_eq!(a.update(Action::ExportAs(choice('m'))), Effect::Export);
    assert!(!a.export_menu);
    assert_eq!(a.export_format, Format::Md);
    assert_eq!(a.update(Action::Reload), Effect::Reload);
    assert_eq!(a.update(Action::Down), Effect::None);
    assert_eq!((a.screen, a.notice.clone()), (Screen::Provinces, None));
    assert_eq!(common::press(&mut a, "e"), Effect::None);
    // Enter writes the format last written, a letter another.
    assert_eq!(common::press(&mut a, "\n"), Effect::Export);
    assert_eq!(a.export_format, Format::Md);
    common::press(&mut a, "e");
    assert_eq!(common::press(&mut a, "j"), Effect::Export);
    assert_eq!(a.export_format, Format::Json);
    // csv twice: plain, and for Excel in the vi-VN locale, which the
    // command says.
    common::press(&mut a, "e");
    assert_eq!(common::press(&mut a, "v"), Effect::Export);
    assert_eq!((a.export_format, a.csv_style), (Format::Csv, CsvStyle::Vi));
    assert!(
        a.export_command(Format::Csv, 100)
            .contains("--format csv --csv-style vi"),
        "{}",
        a.export_command(Format::Csv, 100)
    );
    common::press(&mut a, "e");
    assert_eq!(common::press(&mut a, "x"), Effect::Export);
    assert_eq!(
        (a.export_format, a.csv_style),
        (Format::Xlsx, CsvStyle::Plain)
    );
    common::press(&mut a, "e");
    assert_eq!(common::press(&mut a, "j"), Effect::Export);
    // Any other key closes the menu and writes nothing.
    common::press(&mut a, "e");
    assert_eq!(common::press(&mut a, "z"), Effect::None);
    assert!(!a.export_menu);
    assert_eq!(a.export_format, Format::Json);
    assert_eq!(common::press(&mut a, "r"), Effect::Reload);
    assert_eq!(common::press(&mut a, "q"), Effect::Quit);
}

#[test]
fn an_export_result_becomes_a_notice() {
    let mut a = common::app();
    let path = PathBuf::from("/tmp/tiendo-overview-20261123-120000.txt");
    common::resize(&mut a, 120, 40);
    a.update(Action::Export);
    a.update(Action::ExportAs(choice('t')));
    assert_eq!(a.update(Action::Exported(Ok(path.clone()))), Effect::None);
    // The command that writes it again: the screen's width, its format.
    let command = "tiendo export --view overview --format txt --width 120 --today 2026-11-23";
    assert_eq!(
        a.notice,
        Some(Notice::Exported {
            path,
            command: command.to_string()
        })
    );
    a.update(Action::Exported(Err("cannot write in /x: denied".into())));
    assert_eq!(
        a.notice,
        Some(Notice::ExportFailed("cannot write in /x: denied".into()))
    );
}

#[test]
fn a_reload_keeps_the_selection_and_a_failed_one_keeps_the_data() {
    let mut a = common::app();
    a.update(Action::ShowScreen(Screen::Provinces));
    a.update(Action::Down);
    let id = common::id_of(&a, a.province().unwrap()).to_string();
    let fresh = common::app().model;
    assert!(!a.freed);
    a.update(Action::Loaded(Ok(Box::new(fresh))));
    assert_eq!(common::id_of(&a, a.province().unwrap()), id);
    assert_eq!(
        a.notice,
        Some(Notice::Reloaded {
            left_out: 0,
            day: common::today()
        })
    );
    // The old model's memory is the loop's to give back, after the frame.
    assert!(std::mem::take(&mut a.freed));
    a.update(Action::Loaded(Err(vec!["data/x.toml:1:1: broken".into()])));
    assert_eq!(a.rows.len(), 34, "the last good data stays");
    assert_eq!(common::id_of(&a, a.province().unwrap()), id);
    assert_eq!(
        a.problems.as_deref(),
        Some(&["data/x.toml:1:1: broken".to_string()][..])
    );
    // The status line names the first problem's file, line and reason.
    assert_eq!(
        a.notice,
        Some(Notice::ReloadFailed {
            problems: 1,
            first: Some("x.toml:1: broken".into())
        })
    );
    a.update(Action::DismissProblems);
    assert!(a.problems.is_none());
}

#[test]
fn a_reload_that_finds_the_files_unchanged_keeps_all_and_clears_old_problems() {
    let mut a = common::app();
    a.update(Action::ShowScreen(Screen::Provinces));
    a.update(Action::Down);
    let id = common::id_of(&a, a.province().unwrap()).to_string();
    // A failed reload left its problems; the files are then put back.
    a.update(Action::Loaded(Err(vec!["data/x.toml:1:1: broken".into()])));
    assert_eq!(a.update(Action::Reload), Effect::Reload);
    a.update(Action::Reloading);
    a.update(Action::Unchanged);
    assert!(!a.freed, "no model replaced");
    assert_eq!(a.reloading, None);
    assert!(a.problems.is_none(), "the files are those shown again");
    assert_eq!(a.notice, Some(Notice::Unchanged));
    assert_eq!(a.rows.len(), 34);
    assert_eq!(common::id_of(&a, a.province().unwrap()), id);
    assert!(!Action::Unchanged.is_key(), "it leaves panels open");
    assert_eq!(
        text::notice(Lang::Vi, &Notice::Unchanged),
        "Tải lại ✓ · tệp không đổi từ lần đọc trước"
    );
    assert_eq!(
        text::notice(Lang::En, &Notice::Unchanged),
        "Reload ✓ · the files are as last read"
    );
}

#[test]
fn a_result_that_arrives_while_help_is_open_leaves_help_open() {
    let mut a = common::app();
    a.update(Action::ToggleHelp);
    a.update(Action::Exported(Ok(PathBuf::from("x.txt"))));
    a.update(Action::Loaded(Err(vec!["x".into()])));
    assert!(a.help);
    assert_eq!(
        a.notice,
        Some(Notice::ReloadFailed {
            problems: 1,
            first: Some("x".into())
        })
    );
}

#[test]
fn notices_read_as_the_status_line_has_always_said_them() {
    let said = |n: Notice| text::notice(Lang::Vi, &n);
    assert_eq!(
        said(Notice::Exported {
            path: PathBuf::from("./tiendo-overview-1.txt"),
            command: "tiendo export --view overview --format md --today 2026-11-23".into()
        }),
        "Đã xuất: ./tiendo-overview-1.txt · tiendo export --view overview --format md --today 2026-11-23"
    );
    assert_eq!(
        said(Notice::ExportFailed("cannot write in x".into())),
        "Không xuất được: cannot write in x"
    );
    let reloaded = |left_out| Notice::Reloaded {
        left_out,
        day: common::day(2025, 6, 30),
    };
    assert_eq!(said(reloaded(0)), "Tải lại ✓");
    // A reload brings figures the start did not count: said with it.
    assert_eq!(
        said(reloaded(1_234)),
        "Tải lại ✓ · 1.234 bản ghi đề ngày sau ngày đánh giá 30/06/2025 nên không được tính"
    );
    assert_eq!(
        said(Notice::ReloadFailed {
            problems: 3,
            first: Some("x.toml:20: viết coverage = 94.47".into())
        }),
        "Tải lại không được (3 lỗi): x.toml:20: viết coverage = 94.47"
    );
    assert_eq!(said(Notice::Found("hue".into())), "Tìm: hue");
    assert_eq!(
        said(Notice::NoMatch {
            query: "zz".into(),
            nearest: None
        }),
        "Không tìm thấy: zz"
    );
    let sorted = |key, descending| said(Notice::Sorted { key, descending });
    assert_eq!(sorted(SortKey::Name, false), "Sắp xếp: tên ↑");
    assert_eq!(sorted(SortKey::Gap, true), "Sắp xếp: chênh lệch ↓");
    assert_eq!(said(Notice::Filtered(None)), "Lọc: tất cả");
    assert_eq!(
        said(Notice::Filtered(Some(tiendo::model::Filter::Status(
            Status::Achieved
        )))),
        "Lọc: ✓ Đạt"
    );
    assert_eq!(
        said(Notice::Filtered(Some(tiendo::model::Filter::Due(
            tiendo::model::Due::NoFigure
        )))),
        "Lọc: Đến hạn: · chưa có số"
    );
    let bundled = common::bundled_model();
    let era = |e| Notice::Era(text::EraLabel::of(&bundled, e));
    assert_eq!(said(era(Era::Current)), "34 tỉnh/thành hiện nay");
    assert_eq!(said(era(Era::Former)), "63 tỉnh/thành trước 01/07/2025");
    assert_eq!(
        text::notice(Lang::En, &era(Era::Former)),
        "63 provinces before 1 July 2025"
    );
    assert_eq!(said(Notice::Level(Level::Commune)), "Xã/phường");
    assert_eq!(
        text::notice(Lang::En, &reloaded(0)),
        "Reload ✓",
        "and in English"
    );
    assert_eq!(
        text::notice(Lang::En, &reloaded(1)),
        "Reload ✓ · 1 record dated after the judging day 2025-06-30 is left out"
    );
}

#[test]
fn the_status_line_shows_the_notice_in_words() {
    let mut a = common::app();
    a.update(Action::ShowScreen(Screen::Provinces));
    a.update(Action::ToggleEra);
    let area = ratatui::layout::Rect::new(0, 0, 100, 30);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    tiendo::ui::render(&a, area, &mut buf);
    let text = tiendo::export::snapshot::buffer_text(&buf);
    let status = text.lines().last().unwrap();
    assert!(
        status.starts_with(" 63 tỉnh/thành trước 01/07/2025"),
        "{status}"
    );
}

/// `r` is read behind the screen (issue 22): while it runs, the old data
/// stays, keys keep moving the cursor, the status line says how far it has
/// come, a second `r` starts no second load, and its result replaces the
/// data whole, or leaves it as it was.
#[test]
fn a_reload_runs_behind_the_screen_and_keys_keep_working() {
    let mut a = common::app();
    a.update(Action::ShowScreen(Screen::Provinces));
    assert_eq!(a.update(Action::Reload), Effect::Reload);
    assert_eq!(a.update(Action::Reloading), Effect::None);
    let start = Loading::default();
    assert_eq!(a.reloading, Some(start));
    assert_eq!(a.notice, Some(Notice::Reloading(start)));
    let before = a.province();
    assert_eq!(a.update(Action::Down), Effect::None);
    assert_ne!(a.province(), before, "the cursor moves while it reads");
    assert_eq!(a.rows.len(), 34, "the old data stays on screen");
    assert_eq!(
        a.notice,
        Some(Notice::Reloading(start)),
        "said until it ends"
    );
    let half = Loading {
        done: 45_000_000,
        total: 166_000_000,
    };
    a.update(Action::ReloadProgress(half));
    assert_eq!(a.notice, Some(Notice::Reloading(half)));
    // Another message stays until the next key; the progress waits.
    a.update(Action::CycleSort);
    assert!(matches!(a.notice, Some(Notice::Sorted { .. })));
    a.update(Action::ReloadProgress(half));
    assert!(matches!(a.notice, Some(Notice::Sorted { .. })));
    // A second `r` asks for no second load.
    assert_eq!(a.update(Action::Reload), Effect::None);
    assert_eq!(a.notice, Some(Notice::Reloading(half)));
    a.update(Action::Loaded(Err(vec!["data/x.toml:1:1: broken".into()])));
    assert_eq!(a.reloading, None);
    assert_eq!(a.rows.len(), 34);
    // Progress after the end is no reload.
    a.update(Action::ReloadProgress(half));
    assert!(matches!(
        a.notice,
        Some(Notice::ReloadFailed { problems: 1, .. })
    ));
    assert_eq!(a.update(Action::Reload), Effect::Reload);
    a.update(Action::Reloading);
    a.update(Action::Loaded(Ok(Box::new(common::app().model))));
    assert_eq!(a.reloading, None);
    assert_eq!(
        a.notice,
        Some(Notice::Reloaded {
            left_out: 0,
            day: common::today()
        })
    );
    assert_eq!(
        text::notice(Lang::Vi, &Notice::Reloading(half)),
        "Đang tải lại: 45/166 MB · vẫn hiện số liệu trước"
    );
    assert_eq!(
        text::notice(Lang::En, &Notice::Reloading(start)),
        "Reloading… · the data shown stays until it is done"
    );
}
