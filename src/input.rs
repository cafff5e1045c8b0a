//! The key table: every key and the action it asks for, in one place that
//! also writes the help overlay, so help never drifts from the keys.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::app::{Action, App, Screen};

pub struct Binding {
    /// The keys as the help overlay shows them.
    pub shown: &'static str,
    /// Index into `Words::key_help`.
    pub help: usize,
    pub action: fn(KeyCode) -> Option<Action>,
}

pub const BINDINGS: &[Binding] = &[
    Binding {
        shown: "1–4",
        help: 0,
        action: |k| match k {
            KeyCode::Char(c @ '1'..='4') => {
                let i = (c as usize).saturating_sub('1' as usize);
                Screen::ALL.get(i).map(|s| Action::ShowScreen(*s))
            }
            _ => None,
        },
    },
    Binding {
        shown: "Tab  Shift-Tab",
        help: 1,
        action: |k| match k {
            KeyCode::Tab => Some(Action::NextScreen),
            KeyCode::BackTab => Some(Action::PrevScreen),
            _ => None,
        },
    },
    Binding {
        shown: "↑ ↓  k j",
        help: 2,
        action: |k| match k {
            KeyCode::Up | KeyCode::Char('k') => Some(Action::Up),
            KeyCode::Down | KeyCode::Char('j') => Some(Action::Down),
            _ => None,
        },
    },
    Binding {
        shown: "PgUp PgDn",
        help: 3,
        action: |k| match k {
            KeyCode::PageUp => Some(Action::PageUp),
            KeyCode::PageDown => Some(Action::PageDown),
            _ => None,
        },
    },
    Binding {
        shown: "g G  Home End",
        help: 4,
        action: |k| match k {
            KeyCode::Char('g') | KeyCode::Home => Some(Action::First),
            KeyCode::Char('G') | KeyCode::End => Some(Action::Last),
            _ => None,
        },
    },
    Binding {
        shown: "Enter",
        help: 5,
        action: |k| matches!(k, KeyCode::Enter).then_some(Action::Open),
    },
    Binding {
        shown: "Esc  Backspace",
        help: 6,
        action: |k| matches!(k, KeyCode::Esc | KeyCode::Backspace).then_some(Action::Back),
    },
    Binding {
        shown: "← →  [ ]",
        help: 7,
        action: |k| match k {
            KeyCode::Left | KeyCode::Char('[') => Some(Action::Previous),
            KeyCode::Right | KeyCode::Char(']') => Some(Action::Next),
            _ => None,
        },
    },
    Binding {
        shown: "/",
        help: 8,
        action: |k| matches!(k, KeyCode::Char('/')).then_some(Action::StartSearch),
    },
    Binding {
        shown: "s",
        help: 9,
        action: |k| matches!(k, KeyCode::Char('s')).then_some(Action::CycleSort),
    },
    Binding {
        shown: "S",
        help: 10,
        action: |k| matches!(k, KeyCode::Char('S')).then_some(Action::ReverseSort),
    },
    Binding {
        shown: "f",
        help: 11,
        action: |k| matches!(k, KeyCode::Char('f')).then_some(Action::CycleFilter),
    },
    Binding {
        shown: "m",
        help: 12,
        action: |k| matches!(k, KeyCode::Char('m')).then_some(Action::ToggleEra),
    },
    Binding {
        shown: "c",
        help: 13,
        action: |k| matches!(k, KeyCode::Char('c')).then_some(Action::CycleLevel),
    },
    Binding {
        shown: "e",
        help: 14,
        action: |k| matches!(k, KeyCode::Char('e')).then_some(Action::Export),
    },
    Binding {
        shown: "r",
        help: 15,
        action: |k| matches!(k, KeyCode::Char('r')).then_some(Action::Reload),
    },
    Binding {
        shown: "?",
        help: 16,
        action: |k| matches!(k, KeyCode::Char('?')).then_some(Action::ToggleHelp),
    },
    Binding {
        shown: "q  Ctrl-C",
        help: 17,
        action: |k| matches!(k, KeyCode::Char('q')).then_some(Action::Quit),
    },
];

/// The action a key press asks for, given what the app is doing: while a
/// search is typed, letters are the query.
pub fn action_for(app: &App, key: KeyEvent) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return matches!(key.code, KeyCode::Char('c')).then_some(Action::Quit);
    }
    if app.problems.is_some() && key.code == KeyCode::Esc {
        return Some(Action::DismissProblems);
    }
    if app.search.is_some() {
        return match key.code {
            KeyCode::Enter => Some(Action::ConfirmSearch),
            KeyCode::Esc => Some(Action::CancelSearch),
            KeyCode::Backspace => Some(Action::SearchBackspace),
            KeyCode::Up => Some(Action::Up),
            KeyCode::Down => Some(Action::Down),
            KeyCode::Char(c) => Some(Action::SearchInput(c)),
            _ => None,
        };
    }
    BINDINGS.iter().find_map(|b| (b.action)(key.code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_binding_has_help_text_in_both_languages() {
        use crate::text::{Lang, words};
        for b in BINDINGS {
            assert!(
                words(Lang::Vi).key_help.get(b.help).is_some(),
                "{}",
                b.shown
            );
            assert!(
                words(Lang::En).key_help.get(b.help).is_some(),
                "{}",
                b.shown
            );
        }
        assert_eq!(BINDINGS.len(), words(Lang::Vi).key_help.len());
    }
}
