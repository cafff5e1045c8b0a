#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The dashboard while the head of a large dataset is shown and the rest is
//! read: what waits says so, the status line counts, the whole comes in.

use crate::common;

use common::{load, press, resize, screen_text, today};
use tiendo::app::{Action, App, Loading, Notice, Screen, Waiting};
use tiendo::model::{self, Model, preview};
use tiendo::text::Lang;

/// A nation and two provinces with their communes; `tinh-b` brings its
/// commune into the head (see `head_first.rs`).
const TWO_PROVINCES: &str = include_str!("../head_first/two-provinces.toml");

/// The dashboard on the head of the two-province data, the rest pending.
fn app_on_head() -> (App, Model) {
    app_on_head_judged(today())
}

/// `app_on_head`, every figure judged on `day`.
fn app_on_head_judged(day: chrono::NaiveDate) -> (App, Model) {
    let d = load(vec![("d.toml".into(), TWO_PROVINCES.as_bytes().to_vec())]).dataset;
    let head = model::derive(preview::head_of(&d).unwrap().dataset, day);
    let mut app = App::new(head, Lang::Vi, "d.toml".into());
    app.rest = Some(Loading::default());
    resize(&mut app, 80, 24);
    (app, model::derive(d, day))
}

#[test]
fn while_the_rest_is_read_search_levels_export_and_reload_say_they_wait() {
    let (mut app, _) = app_on_head();
    for (keys, waiting) in [
        ("/", Waiting::Search),
        ("c", Waiting::Levels),
        ("e", Waiting::Export),
        ("r", Waiting::Reload),
    ] {
        assert_eq!(press(&mut app, keys), tiendo::app::Effect::None, "{keys}");
        assert_eq!(app.notice, Some(Notice::NotReady(waiting)), "{keys}");
        if keys == "e" {
            let text = screen_text(&app, 80, 24);
            assert!(
                text.contains("Đang đọc cấp dưới: xuất được khi đọc xong"),
                "{text}"
            );
        }
    }
    assert!(app.search.is_none());
}

#[test]
fn the_status_line_counts_the_rest_and_the_province_says_its_units_are_coming() {
    let (mut app, _) = app_on_head();
    app.update(Action::Progress(Loading {
        done: 45_000_000,
        total: 166_000_000,
    }));
    let text = screen_text(&app, 120, 40);
    assert!(text.contains("Đang đọc cấp dưới: 45/166 MB"), "{text}");
    assert!(!text.contains("đang chờ"), "{text}");
    // The Overview counts every province, the one its communes roll up too.
    assert!(text.contains("2 tỉnh/thành theo trạng thái"), "{text}");
    press(&mut app, "2");
    press(&mut app, "\n");
    assert_eq!(app.screen, Screen::Province);
    let text = screen_text(&app, 120, 40);
    assert!(text.contains("Đang đọc cấp dưới: 45/166 MB"), "{text}");
    assert!(!text.contains("Chưa có đơn vị cấp dưới"), "{text}");
}

#[test]
fn the_whole_model_comes_in_with_the_province_shown_kept_and_keys_work_again() {
    let (mut app, whole) = app_on_head();
    press(&mut app, "2");
    press(&mut app, "\n");
    assert_eq!(common::name(&app), "Tỉnh A");
    // Tỉnh A has its own figure on every date: its communes are not in the head.
    assert!(!screen_text(&app, 120, 40).contains("Xã A1"));
    app.update(Action::Completed(Box::new(whole)));
    assert!(app.rest.is_none());
    assert_eq!(
        app.notice,
        Some(Notice::Completed {
            left_out: 0,
            day: today()
        })
    );
    assert_eq!(common::name(&app), "Tỉnh A");
    assert_eq!(app.screen, Screen::Province);
    let text = screen_text(&app, 120, 40);
    assert!(text.contains("Xã A1"), "its communes have come in: {text}");
    press(&mut app, "2");
    assert_eq!(app.rows.len(), 2);
    // Progress after the end changes nothing.
    app.update(Action::Progress(Loading { done: 1, total: 2 }));
    assert!(app.rest.is_none());
    press(&mut app, "/");
    assert!(app.search.is_some());
    let text = screen_text(&app, 120, 40);
    assert!(!text.contains("Đang đọc"), "{text}");
}

#[test]
fn the_figures_the_rest_leaves_out_are_said_when_it_comes_in() {
    // Judged mid-2025: every figure of 31 December 2025 is later. The
    // head (the nation, the provinces and xa-b1) holds 6 of them, the
    // whole 9; the start said the head's, so the end says the whole's.
    let day = common::day(2025, 6, 30);
    let (mut app, whole) = app_on_head_judged(day);
    assert_eq!(
        app.notice,
        Some(Notice::LeftOut { figures: 6, day }),
        "the start counts what it has"
    );
    assert_eq!(whole.left_out(), 9);
    app.update(Action::Completed(Box::new(whole)));
    assert_eq!(app.notice, Some(Notice::Completed { left_out: 9, day }));
    let text = screen_text(&app, 120, 40);
    assert!(
        text.contains(
            "Đã đọc xong toàn bộ dữ liệu ✓ · 9 bản ghi đề ngày sau ngày đánh giá 30/06/2025 nên không được tính"
        ),
        "{text}"
    );
}
