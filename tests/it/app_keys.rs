#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The key table: each key reaches its action, in each mode, and every
//! binding has words in both languages.

use crate::common;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use tiendo::app::{Action, App, Screen};
use tiendo::input::{self, BINDINGS};
use tiendo::text::{self, Lang};

/// The action `code` asks for, written as the test compares it (`Action`
/// holds a whole model, so it has no `PartialEq`).
fn action(app: &App, code: KeyCode) -> String {
    format!("{:?}", input::action_for(app, common::key(code)))
}

fn expect(app: &App, table: &[(KeyCode, Option<Action>)]) {
    for (code, want) in table {
        assert_eq!(action(app, *code), format!("{want:?}"), "{code:?}");
    }
}

#[test]
fn every_key_reaches_its_action() {
    use KeyCode::*;
    let a = common::app();
    expect(
        &a,
        &[
            (Char('1'), Some(Action::ShowScreen(Screen::Overview))),
            (Char('2'), Some(Action::ShowScreen(Screen::Provinces))),
            (Char('3'), Some(Action::ShowScreen(Screen::Province))),
            (Char('4'), Some(Action::ShowScreen(Screen::Timeline))),
            (Char('5'), None),
            (Tab, Some(Action::NextScreen)),
            (BackTab, Some(Action::PrevScreen)),
            (Up, Some(Action::Up)),
            (Char('k'), Some(Action::Up)),
            (Down, Some(Action::Down)),
            (Char('j'), Some(Action::Down)),
            (PageUp, Some(Action::PageUp)),
            (PageDown, Some(Action::PageDown)),
            (Char('g'), Some(Action::First)),
            (Home, Some(Action::First)),
            (Char('G'), Some(Action::Last)),
            (End, Some(Action::Last)),
            (Enter, Some(Action::Open)),
            (Esc, Some(Action::Back)),
            (Backspace, Some(Action::Back)),
            (Left, Some(Action::Previous)),
            (Char('['), Some(Action::Previous)),
            (Right, Some(Action::Next)),
            (Char(']'), Some(Action::Next)),
            (Char('/'), Some(Action::StartSearch)),
            (Char('s'), Some(Action::CycleSort)),
            (Char('S'), Some(Action::ReverseSort)),
            (Char('f'), Some(Action::CycleFilter)),
            (Char('m'), Some(Action::ToggleEra)),
            (Char('c'), Some(Action::CycleLevel)),
            (Char('n'), Some(Action::ShowSources)),
            (Char('w'), Some(Action::ShowWhy)),
            (Char('e'), Some(Action::Export)),
            (Char('r'), Some(Action::Reload)),
            (Char('?'), Some(Action::ToggleHelp)),
            (Char('q'), Some(Action::Quit)),
            (Char('x'), None),
        ],
    );
}

#[test]
fn while_searching_letters_are_the_query() {
    use KeyCode::*;
    let mut a = common::app();
    a.update(Action::StartSearch);
    expect(
        &a,
        &[
            (Enter, Some(Action::ConfirmSearch)),
            (Esc, Some(Action::CancelSearch)),
            (Backspace, Some(Action::SearchBackspace)),
            (Up, Some(Action::Up)),
            (Down, Some(Action::Down)),
            (Char('q'), Some(Action::SearchInput('q'))),
            (Char('s'), Some(Action::SearchInput('s'))),
            (Char('ắ'), Some(Action::SearchInput('ắ'))),
            (Char(' '), Some(Action::SearchInput(' '))),
            (Tab, None),
        ],
    );
}

#[test]
fn ctrl_c_quits_esc_closes_problems_and_releases_are_ignored() {
    let mut a = common::app();
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(matches!(
        input::action_for(&a, ctrl_c),
        Some(Action::Interrupt)
    ));
    a.update(Action::StartSearch);
    assert!(
        matches!(input::action_for(&a, ctrl_c), Some(Action::Interrupt)),
        "even while searching"
    );
    a.update(Action::CancelSearch);
    a.update(Action::Loaded(Err(vec!["x".into()])));
    expect(&a, &[(KeyCode::Esc, Some(Action::DismissProblems))]);
    let mut release = common::key(KeyCode::Char('q'));
    release.kind = KeyEventKind::Release;
    assert!(input::action_for(&a, release).is_none());
}

#[test]
fn pressed_keys_change_the_app() {
    let mut a = common::app();
    common::press(&mut a, "2jj");
    assert_eq!((a.screen, a.selected), (Screen::Provinces, 2));
    common::press(&mut a, "/hue");
    assert_eq!(a.search.as_deref(), Some("hue"));
}

#[test]
fn every_binding_has_help_words_in_both_languages() {
    for lang in [Lang::Vi, Lang::En] {
        let w = text::words(lang);
        let mut seen = Vec::new();
        for b in BINDINGS {
            let help = (b.help)(w);
            assert!(!help.trim().is_empty(), "{} in {lang:?}", b.shown);
            assert!(!seen.contains(&help), "{} says what another says", b.shown);
            seen.push(help);
            assert!(!b.keys.is_empty(), "{} has keys", b.shown);
        }
    }
    let vi: Vec<&str> = BINDINGS
        .iter()
        .map(|b| (b.help)(text::words(Lang::Vi)))
        .collect();
    let en: Vec<&str> = BINDINGS
        .iter()
        .map(|b| (b.help)(text::words(Lang::En)))
        .collect();
    assert_ne!(vi, en, "each language has its own words");
}

#[test]
fn the_status_line_hints_at_help_search_export_and_quit() {
    let hints: Vec<String> = input::hints()
        .into_iter()
        .map(|(key, h)| format!("{key} {}", (h.word)(text::words(Lang::Vi)).to_lowercase()))
        .collect();
    assert_eq!(hints, ["? trợ giúp", "/ tìm", "e xuất", "q thoát"]);
}
