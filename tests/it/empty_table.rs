//! An empty table says why in its own words (issue 24): a level the map
//! no longer has names the key on the screen and the flag in a file; a
//! filter that keeps no unit says so, not "no match" as if a search had
//! failed; a search that finds nothing still says it found nothing.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use tiendo::export::{Format, render};
use tiendo::model::{Era, Level};
use tiendo::text::Lang;

use crate::common;

#[test]
fn a_level_the_map_no_longer_has_names_the_key_on_screen_and_the_flag_in_a_file() {
    for (lang, key, flag) in [
        (
            Lang::Vi,
            "Nhấn m để xem các đơn vị trước đó.",
            "Dùng --era former để xem các đơn vị trước đó.",
        ),
        (
            Lang::En,
            "Press m for the units before it.",
            "Use --era former for the units before it.",
        ),
    ] {
        let mut a = common::bundled_app(lang);
        common::resize(&mut a, 120, 30);
        common::press(&mut a, "2c");
        assert_eq!((a.era, a.level), (Era::Current, Level::District));
        assert!(a.rows.is_empty());
        let screen = common::screen_text(&a, 120, 30);
        assert!(screen.contains(key), "{screen}");
        for format in [Format::Txt, Format::Md] {
            let file = render(&a, format, 120, "x").unwrap();
            let one_line = file.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(one_line.contains(flag), "{format:?}:\n{file}");
            assert!(!file.contains(key), "{format:?}:\n{file}");
        }
    }
}

#[test]
fn a_filter_that_keeps_no_unit_says_so_and_names_the_next_one() {
    for lang in [Lang::Vi, Lang::En] {
        let mut a = common::bundled_app(lang);
        common::resize(&mut a, 120, 30);
        common::press(&mut a, "2");
        // The first filter of the cycle that keeps no province.
        let mut pressed = 0;
        while !a.rows.is_empty() {
            common::press(&mut a, "f");
            pressed += 1;
            assert!(pressed < 20, "every filter keeps a province");
        }
        let label = tiendo::text::filter(lang, a.filter);
        let (screen_words, file_words) = match lang {
            Lang::Vi => (
                format!(
                    "Không có đơn vị nào thuộc bộ lọc “{label}”. Nhấn f để chuyển sang bộ lọc tiếp theo."
                ),
                format!("Không có đơn vị nào thuộc bộ lọc “{label}”."),
            ),
            Lang::En => (
                format!("No unit matches the filter “{label}”. Press f for the next filter."),
                format!("No unit matches the filter “{label}”."),
            ),
        };
        let screen = common::screen_text(&a, 120, 30);
        let one_line = screen.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(one_line.contains(&screen_words), "{screen}");
        let no_match = tiendo::text::words(lang).no_match;
        assert!(!screen.contains(no_match), "{screen}");
        let md = render(&a, Format::Md, 120, "x").unwrap();
        assert!(md.contains(&file_words), "{md}");
        assert!(!md.contains(&screen_words), "{md}");
    }
}

#[test]
fn a_search_that_finds_nothing_still_says_so() {
    let mut a = common::bundled_app(Lang::Vi);
    common::resize(&mut a, 120, 30);
    common::press(&mut a, "2/zzqq");
    assert!(a.rows.is_empty());
    let screen = common::screen_text(&a, 120, 30);
    assert!(screen.contains("Không tìm thấy"), "{screen}");
    assert!(!screen.contains("bộ lọc"), "{screen}");
}
