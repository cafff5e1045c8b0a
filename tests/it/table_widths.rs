#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The Provinces table's columns at 60, 80, 120 and 200 columns in both
//! languages: the names whole first, the parent's column as wide as its
//! names, the room left showing more columns, never left empty while a
//! column is hidden; decimals in line whether or not a mark follows.

use crate::common;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tiendo::app::{Action, App, Screen};
use tiendo::text::Lang;

fn draw(app: &mut App, width: u16, height: u16) -> String {
    common::resize(app, width, height);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| tiendo::ui::render(app, f.area(), f.buffer_mut()))
        .unwrap();
    tiendo::export::snapshot::buffer_text(terminal.backend().buffer())
}

fn provinces(lang: Lang) -> App {
    let mut a = common::bundled_app(lang);
    a.update(Action::ShowScreen(Screen::Provinces));
    a
}

/// The header line of the table, and the rows, as drawn.
fn table_lines(screen: &str) -> Vec<&str> {
    screen.lines().filter(|l| l.starts_with('│')).collect()
}

#[test]
fn the_provinces_table_at_60_80_120_and_200_columns_in_both_languages() {
    for lang in [Lang::Vi, Lang::En] {
        for (width, height) in [(60, 20), (80, 24), (120, 40), (200, 45)] {
            let mut a = provinces(lang);
            let name = format!("{}_provinces_{width}x{height}", lang.code());
            insta::assert_snapshot!(name, draw(&mut a, width, height));
        }
    }
}

#[test]
fn districts_with_their_parents_at_80_and_120_columns() {
    for lang in [Lang::Vi, Lang::En] {
        for (width, height) in [(80, 16), (120, 16)] {
            let mut a = provinces(lang);
            a.update(Action::ToggleEra);
            common::press(&mut a, "c");
            let name = format!("{}_districts_{width}x{height}", lang.code());
            insta::assert_snapshot!(name, draw(&mut a, width, height));
        }
    }
}

#[test]
fn every_name_shows_whole_from_60_columns_on() {
    for lang in [Lang::Vi, Lang::En] {
        for width in [60, 80, 120, 200] {
            let mut a = provinces(lang);
            let screen = draw(&mut a, width, 45);
            assert_eq!(a.rows.len(), 34);
            for &i in &a.rows {
                let name = &a.model.locality(i).unwrap().name;
                assert!(
                    screen.contains(name.as_str()),
                    "{name} cut at {width}:\n{screen}"
                );
            }
        }
    }
}

#[test]
fn the_parents_column_is_as_wide_as_its_longest_name() {
    let mut a = provinces(Lang::Vi);
    a.update(Action::ToggleEra);
    common::press(&mut a, "c");
    let screen = draw(&mut a, 120, 16);
    let lines = table_lines(&screen);
    let header = lines[0];
    let from = header.find("Thuộc").unwrap();
    let to = header.find("Bao phủ").unwrap();
    // `Bao phủ` is right-aligned in its column: the parent's column ends
    // where the coverage column's first cell starts, at `88,00 %`'s width.
    let widest = a
        .rows
        .iter()
        .filter_map(|&i| a.model.parent(i))
        .map(|j| tiendo::text::width(&a.model.locality(j).unwrap().name))
        .max()
        .unwrap();
    let parent_cells = header[from..to].chars().count();
    let coverage_heading_pad = 11 - "Bao phủ".chars().count();
    assert_eq!(
        parent_cells - coverage_heading_pad,
        usize::from(widest) + 1,
        "{header}"
    );
}

#[test]
fn at_200_columns_every_column_shows() {
    for (lang, words) in [
        (
            Lang::Vi,
            ["Dân số", "% KH", "Người tham gia", "Đến hạn", "Xu hướng"],
        ),
        (
            Lang::En,
            ["Population", "% plan", "Participants", "Last due", "Trend"],
        ),
    ] {
        let mut a = provinces(lang);
        let screen = draw(&mut a, 200, 45);
        let header = table_lines(&screen)[0];
        for w in words {
            assert!(header.contains(w), "{w} hidden:\n{header}");
        }
        // With every column shown, no figure is cut: the largest
        // population with its year (`14.002.598 (2025)`) fits whole.
        for line in table_lines(&screen) {
            assert!(!line.contains('…'), "a cell cut:\n{line}");
        }
    }
}

#[test]
fn room_left_brings_back_a_column_that_gave_way() {
    // At 120 the share of the plan (10 wide) fits where the verdict on the
    // last target due (18) does not.
    let mut a = provinces(Lang::Vi);
    let screen = draw(&mut a, 120, 40);
    let header = table_lines(&screen)[0];
    assert!(header.contains("% KH"), "{header}");
    assert!(!header.contains("Đến hạn"), "{header}");
}

#[test]
fn decimals_line_up_whether_or_not_a_mark_follows() {
    for lang in [Lang::Vi, Lang::En] {
        let mut a = provinces(lang);
        let screen = draw(&mut a, 120, 40);
        let (plain, marked) = match lang {
            Lang::Vi => ("88,00 %", "90,00 %~"),
            Lang::En => ("88.00%", "90.00%~"),
        };
        let column = |figure: &str| {
            let line = screen.lines().find(|l| l.contains(figure)).unwrap();
            let byte = line.find(figure).unwrap();
            line[..byte].chars().count()
        };
        assert_eq!(column(plain), column(marked), "{screen}");
    }
}

#[test]
fn a_filter_does_not_move_the_columns() {
    let mut a = provinces(Lang::Vi);
    let before = draw(&mut a, 120, 40);
    // The heading without the scrollbar's end, which a shorter list drops.
    let heading = |screen: &str| {
        let line = table_lines(screen)[0];
        line.chars()
            .take(line.chars().count() - 1)
            .collect::<String>()
    };
    common::press(&mut a, "f");
    assert!(a.filter.is_some() && a.rows.len() < 34, "{}", a.rows.len());
    let after = draw(&mut a, 120, 40);
    assert_eq!(heading(&before), heading(&after));
}
