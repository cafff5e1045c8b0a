//! `--ascii` (issue 26): every screen for Windows' classic console, whose
//! font has no braille, rules or check marks. Each screen at 80×24 and
//! 120×40 holds only ASCII and letters (Vietnamese kept), its legends keep
//! every symbol apart, and its txt export says `--ascii` and is as plain.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use tiendo::app::{Action, Screen};
use tiendo::export::Format;
use tiendo::text::Lang;
use unicode_normalization::char::is_combining_mark;

const SCREENS: [(&str, Screen); 4] = [
    ("overview", Screen::Overview),
    ("provinces", Screen::Provinces),
    ("province", Screen::Province),
    ("timeline", Screen::Timeline),
];

fn plain(c: char) -> bool {
    c.is_ascii() || c.is_alphanumeric() || is_combining_mark(c)
}

fn ascii_app(lang: Lang, screen: Screen, width: u16, height: u16) -> tiendo::app::App {
    let mut a = common::bundled_app(lang);
    a.ascii = true;
    a.update(Action::ShowScreen(screen));
    common::resize(&mut a, width, height);
    a
}

#[test]
fn every_screen_in_ascii_at_80x24_and_120x40() {
    for (name, screen) in SCREENS {
        for (width, height) in [(80, 24), (120, 40)] {
            for lang in [Lang::Vi, Lang::En] {
                let a = ascii_app(lang, screen, width, height);
                let text = common::screen_text(&a, width, height);
                let odd: String = text.chars().filter(|&c| !plain(c)).collect();
                assert!(odd.is_empty(), "{name} {width}x{height}: {odd:?}\n{text}");
                if lang == Lang::Vi {
                    insta::assert_snapshot!(format!("ascii_{name}_{width}x{height}"), text);
                }
            }
        }
    }
}

#[test]
fn the_legends_in_ascii_keep_every_symbol_apart() {
    let a = ascii_app(Lang::Vi, Screen::Timeline, 120, 40);
    let text = common::screen_text(&a, 120, 40);
    assert!(
        text.contains("# văn bản . & kế hoạch . o tổng kết . ^ vận động . @ mục tiêu . * sự kiện"),
        "{text}"
    );
    let a = ascii_app(Lang::Vi, Screen::Overview, 120, 40);
    let text = common::screen_text(&a, 120, 40);
    for status in ["+ Đạt", "o Đúng tiến độ", "^ Có nguy cơ", "x Chậm tiến độ"] {
        assert!(text.contains(status), "{status}\n{text}");
    }
}

#[test]
fn an_ascii_snapshot_says_so_and_holds_only_ascii_and_letters() {
    for (name, screen) in SCREENS {
        let a = ascii_app(Lang::Vi, screen, 100, 30);
        let txt = tiendo::export::render(&a, Format::Txt, 100, "23/11/2026").unwrap();
        let odd: String = txt.chars().filter(|&c| !plain(c)).collect();
        assert!(odd.is_empty(), "{name}: {odd:?}\n{txt}");
        let command = txt.lines().find(|l| l.contains("tiendo export")).unwrap();
        assert!(command.contains(" --ascii"), "{command}");
    }
}
