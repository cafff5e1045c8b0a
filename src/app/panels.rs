//! The panels over the screen (help, a reload's problems, a province's
//! sources, a verdict's reasons): while one is open, keys act on it first.

use super::{Action, App, Effect, Notice, Screen};

impl App {
    /// What a key does to an open panel: `Some` when the panel took it.
    pub(super) fn panel_key(&mut self, action: &Action) -> Option<Effect> {
        if self.help && action.is_key() {
            // Moving keys scroll a help that does not fit, no further than
            // its last line at the bottom; any other key closes it, `e`,
            // `r` and `q` included; Ctrl-C still quits. Results and
            // resizes are not keys: they pass.
            if let Some(at) = scrolled(self.help_scroll, action, self.page) {
                let lines = crate::input::help_lines(self.lang, &self.model);
                let shown = usize::from(self.height.saturating_sub(2));
                self.help_scroll = at.min(lines.saturating_sub(shown));
                return Some(Effect::None);
            }
            self.help = false;
            if !matches!(action, Action::Interrupt) {
                return Some(Effect::None);
            }
        }
        // While the problems panel is open, moving keys scroll it and `q`
        // closes it, as Esc does.
        if let Some(problems) = &self.problems
            && let Some(at) = scrolled(self.problems_scroll, action, self.page)
        {
            self.problems_scroll = at.min(problems.len());
            return Some(Effect::None);
        }
        if self.problems.is_some() && matches!(action, Action::Quit) {
            self.problems = None;
            self.problems_scroll = 0;
            return Some(Effect::None);
        }
        // The menu of formats takes the next key: a format writes, any
        // other key closes it; quitting still quits.
        if self.export_menu && action.is_key() {
            self.export_menu = false;
            return Some(match action {
                Action::ExportAs(choice) => self.loop_action(Action::ExportAs(*choice)),
                Action::Interrupt => Effect::Quit,
                _ => Effect::None,
            });
        }
        if let Some(at) = self.sources
            && action.is_key()
        {
            return Some(self.scroll_sources(at, action));
        }
        if let Some(at) = self.why
            && action.is_key()
        {
            return Some(self.scroll_why(at, action));
        }
        None
    }

    /// `w`: the reasons of the verdict on the province shown, or on the
    /// row selected in the table.
    pub(super) fn show_why(&mut self) {
        if matches!(self.screen, Screen::Province | Screen::Provinces) && self.province().is_some()
        {
            self.why = Some(0);
        }
    }

    /// While the reasons are open, moving keys scroll them by a line of
    /// reasons and any other key closes them; quitting still quits.
    fn scroll_why(&mut self, at: usize, action: &Action) -> Effect {
        let Some(next) = scrolled(at, action, self.page) else {
            self.why = None;
            return match action {
                Action::Interrupt => Effect::Quit,
                _ => Effect::None,
            };
        };
        let lines = self.province().map_or(0, |i| {
            crate::present::reason::lines(&self.model, i, self.era, self.lang).len()
        });
        self.why = Some(next.min(lines.saturating_sub(1)));
        Effect::None
    }

    /// The unit whose sources `n` lists: the nation (the top unit) on the
    /// Overview, the selected milestone's unit on the Timeline (the
    /// nation's for a national milestone), the province shown or the row
    /// selected on the others.
    pub fn sources_unit(&self) -> Option<usize> {
        let m = &self.model;
        match self.screen {
            Screen::Overview => m.top(),
            Screen::Timeline => {
                let ms = m.milestones.get(self.milestone)?;
                match &ms.locality {
                    Some(id) => m.index_of(&id.value),
                    None => m.top(),
                }
            }
            Screen::Province | Screen::Provinces => self.province(),
        }
    }

    /// `n`: every source of the unit `sources_unit` names, in a panel;
    /// the status line says why when there is none to show.
    pub(super) fn show_sources(&mut self) {
        let Some(i) = self.sources_unit() else {
            self.notice = Some(Notice::NoUnitForSources);
            return;
        };
        if crate::present::source_entries(&self.model, i, self.era, self.lang).is_empty() {
            let name = crate::text::top_name(self.lang, &self.model, i);
            self.notice = Some(Notice::NoSources(name));
        } else {
            self.sources = Some(0);
        }
    }

    /// PgUp PgDn on the Province screen's table of figures: back to
    /// earlier rows and on to the latest. Whether it took the key.
    pub(super) fn scroll_figures(&mut self, action: &Action) -> bool {
        let (Some(back), Some(i), Screen::Province) = (self.figures, self.province(), self.screen)
        else {
            return false;
        };
        let rows = crate::present::province::figures::rows(&self.model, i, self.era).len();
        let page = self.page.max(1);
        let back = match action {
            Action::PageUp => back.saturating_add(page),
            _ => back.saturating_sub(page),
        };
        self.figures = Some(back.min(rows.saturating_sub(1)));
        true
    }

    /// While the sources panel is open, moving keys scroll it and any
    /// other key closes it; quitting still quits.
    fn scroll_sources(&mut self, at: usize, action: &Action) -> Effect {
        let last = self
            .sources_unit()
            .map_or(0, |i| {
                crate::present::source_entries(&self.model, i, self.era, self.lang).len()
            })
            .saturating_sub(1);
        let page = self.page.max(1);
        self.sources = match action {
            Action::Up => Some(at.saturating_sub(1)),
            Action::Down => Some((at + 1).min(last)),
            Action::PageUp => Some(at.saturating_sub(page)),
            Action::PageDown => Some((at + page).min(last)),
            Action::First => Some(0),
            Action::Last => Some(last),
            Action::Interrupt => return Effect::Quit,
            _ => None,
        };
        Effect::None
    }
}

/// Where a moving key takes a panel's first line shown, or `None` for any
/// other key. The panel clamps it to its last page when drawn.
fn scrolled(at: usize, action: &Action, page: usize) -> Option<usize> {
    let page = page.max(1);
    match action {
        Action::Up => Some(at.saturating_sub(1)),
        Action::Down => Some(at + 1),
        Action::PageUp => Some(at.saturating_sub(page)),
        Action::PageDown => Some(at + page),
        Action::First => Some(0),
        Action::Last => Some(usize::MAX / 2),
        _ => None,
    }
}
