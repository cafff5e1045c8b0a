//! The key table: every key and the action it asks for, in one place that
//! also writes the help overlay and the status line's hints, so neither
//! drifts from the keys.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::app::{Action, App, CHOICES, Screen};
use crate::text::Words;

pub struct Binding {
    /// Each key and the action it asks for.
    pub keys: &'static [(KeyCode, Action)],
    /// The keys as the help overlay shows them; the first is the hint's.
    pub shown: &'static str,
    /// What the keys do, as the help overlay says it.
    pub help: fn(&Words) -> &'static str,
    /// Whether the status line hints at these keys when it has nothing else to say.
    pub hint: Option<Hint>,
}

pub struct Hint {
    /// Where the hint stands among the others, first to last.
    pub order: u8,
    /// The hint's word, lowercased on the status line.
    pub word: fn(&Words) -> &'static str,
}

pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[
            (KeyCode::Char('1'), Action::ShowScreen(Screen::Overview)),
            (KeyCode::Char('2'), Action::ShowScreen(Screen::Provinces)),
            (KeyCode::Char('3'), Action::ShowScreen(Screen::Province)),
            (KeyCode::Char('4'), Action::ShowScreen(Screen::Timeline)),
        ],
        shown: "1–4",
        help: |w| w.key_help.screens,
        hint: None,
    },
    Binding {
        keys: &[
            (KeyCode::Tab, Action::NextScreen),
            (KeyCode::BackTab, Action::PrevScreen),
        ],
        shown: "Tab  Shift-Tab",
        help: |w| w.key_help.screen_step,
        hint: None,
    },
    Binding {
        keys: &[
            (KeyCode::Up, Action::Up),
            (KeyCode::Down, Action::Down),
            (KeyCode::Char('k'), Action::Up),
            (KeyCode::Char('j'), Action::Down),
        ],
        shown: "↑ ↓  k j",
        help: |w| w.key_help.up_down,
        hint: None,
    },
    Binding {
        keys: &[
            (KeyCode::PageUp, Action::PageUp),
            (KeyCode::PageDown, Action::PageDown),
        ],
        shown: "PgUp PgDn",
        help: |w| w.key_help.page,
        hint: None,
    },
    Binding {
        keys: &[
            (KeyCode::Char('g'), Action::First),
            (KeyCode::Char('G'), Action::Last),
            (KeyCode::Home, Action::First),
            (KeyCode::End, Action::Last),
        ],
        shown: "g G  Home End",
        help: |w| w.key_help.ends,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Enter, Action::Open)],
        shown: "Enter",
        help: |w| w.key_help.open,
        hint: None,
    },
    Binding {
        keys: &[
            (KeyCode::Esc, Action::Back),
            (KeyCode::Backspace, Action::Back),
        ],
        shown: "Esc  Backspace",
        help: |w| w.key_help.back,
        hint: None,
    },
    Binding {
        keys: &[
            (KeyCode::Left, Action::Previous),
            (KeyCode::Right, Action::Next),
            (KeyCode::Char('['), Action::Previous),
            (KeyCode::Char(']'), Action::Next),
        ],
        shown: "← →  [ ]",
        help: |w| w.key_help.sideways,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('/'), Action::StartSearch)],
        shown: "/",
        help: |w| w.key_help.search,
        hint: Some(Hint {
            order: 1,
            word: |w| w.search,
        }),
    },
    Binding {
        keys: &[(KeyCode::Char('s'), Action::CycleSort)],
        shown: "s",
        help: |w| w.key_help.sort,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('S'), Action::ReverseSort)],
        shown: "S",
        help: |w| w.key_help.reverse_sort,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('f'), Action::CycleFilter)],
        shown: "f",
        help: |w| w.key_help.filter,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('m'), Action::ToggleEra)],
        shown: "m",
        help: |w| w.key_help.era,
        hint: None,
    },
    Binding {
        keys: &[
            (KeyCode::Char('t'), Action::EarlierYear),
            (KeyCode::Char('T'), Action::LaterYear),
        ],
        shown: "t T",
        help: |w| w.key_help.as_of,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('c'), Action::CycleLevel)],
        shown: "c",
        help: |w| w.key_help.level,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('n'), Action::ShowSources)],
        shown: "n",
        help: |w| w.key_help.sources,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('v'), Action::ToggleFigures)],
        shown: "v",
        help: |w| w.key_help.figures,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('w'), Action::ShowWhy)],
        shown: "w",
        help: |w| w.key_help.why,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('e'), Action::Export)],
        shown: "e",
        help: |w| w.key_help.export,
        hint: Some(Hint {
            order: 2,
            word: |w| w.export,
        }),
    },
    Binding {
        keys: &[(KeyCode::Char('r'), Action::Reload)],
        shown: "r",
        help: |w| w.key_help.reload,
        hint: None,
    },
    Binding {
        keys: &[(KeyCode::Char('?'), Action::ToggleHelp)],
        shown: "?",
        help: |w| w.key_help.help,
        hint: Some(Hint {
            order: 0,
            word: |w| w.help,
        }),
    },
    Binding {
        // Ctrl-C quits in every mode: `action_for` sees to it.
        keys: &[(KeyCode::Char('q'), Action::Quit)],
        shown: "q  Ctrl-C",
        help: |w| w.key_help.quit,
        hint: Some(Hint {
            order: 3,
            word: |w| w.quit,
        }),
    },
];

/// The keys that edit a search while one is typed; any other character
/// joins the query.
pub const SEARCHING: &[(KeyCode, Action)] = &[
    (KeyCode::Enter, Action::ConfirmSearch),
    (KeyCode::Esc, Action::CancelSearch),
    (KeyCode::Backspace, Action::SearchBackspace),
    (KeyCode::Up, Action::Up),
    (KeyCode::Down, Action::Down),
];

/// The bindings the help overlay lists: `m` and `c` only where the data
/// has two maps, or two levels.
pub fn help_bindings(m: &crate::model::Model) -> impl Iterator<Item = &'static Binding> + '_ {
    let does = |b: &Binding, what: fn(&Action) -> bool| b.keys.iter().any(|(_, a)| what(a));
    BINDINGS
        .iter()
        .filter(move |b| !does(b, |a| matches!(a, Action::ToggleEra)) || m.merged_on().is_some())
        .filter(move |b| !does(b, |a| matches!(a, Action::CycleLevel)) || m.levels().len() > 1)
}

/// How many lines the help overlay holds: a key per line, then the search keys.
pub fn help_lines(lang: crate::text::Lang, m: &crate::model::Model) -> usize {
    help_bindings(m).count() + crate::text::words(lang).search_keys.len()
}

/// The status line's hints in their order: the key, as the help overlay
/// shows it first, and the binding's hint.
pub fn hints() -> Vec<(&'static str, &'static Hint)> {
    let mut hints: Vec<(&'static str, &'static Hint)> = BINDINGS
        .iter()
        .filter_map(|b| {
            let key = b.shown.split_whitespace().next()?;
            Some((key, b.hint.as_ref()?))
        })
        .collect();
    hints.sort_by_key(|(_, h)| h.order);
    hints
}

/// The action a key press asks for, given what the app is doing: while a
/// search is typed, letters are the query.
pub fn action_for(app: &App, key: KeyEvent) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return matches!(key.code, KeyCode::Char('c')).then_some(Action::Interrupt);
    }
    if app.problems.is_some() && key.code == KeyCode::Esc {
        return Some(Action::DismissProblems);
    }
    let find = |keys: &[(KeyCode, Action)]| {
        keys.iter()
            .find(|(k, _)| *k == key.code)
            .map(|(_, a)| a.clone())
    };
    // The menu of formats: its key writes one, Enter the one last written.
    if app.export_menu {
        let picked = match key.code {
            KeyCode::Enter => CHOICES
                .into_iter()
                .find(|c| c.format == app.export_format && c.csv == app.csv_style),
            KeyCode::Char(k) => CHOICES.into_iter().find(|c| c.key == k),
            _ => None,
        };
        return Some(picked.map_or(Action::ClosePanel, Action::ExportAs));
    }
    if app.search.is_some() {
        return match key.code {
            KeyCode::Char(c) => Some(Action::SearchInput(c)),
            _ => find(SEARCHING),
        };
    }
    let bound = BINDINGS.iter().find_map(|b| find(b.keys));
    // Any key closes the reasons, one that does nothing elsewhere too.
    if bound.is_none() && app.why.is_some() {
        return Some(Action::ClosePanel);
    }
    bound
}
