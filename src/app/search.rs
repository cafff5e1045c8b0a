//! Searching from any screen: the matches narrow the table as they are
//! typed; Enter opens or selects what was found, Esc goes back to where the
//! search began.

use super::{Action, App, Effect, Notice, Screen};

impl App {
    /// A key of the search line.
    pub(super) fn search_action(&mut self, action: Action) -> Effect {
        match action {
            Action::StartSearch => {
                // The matches show in the table as they are typed, from any screen.
                self.search_from = (self.screen != Screen::Provinces).then_some(self.screen);
                self.screen = Screen::Provinces;
                self.before_search = self.province();
                self.search = Some(String::new());
                self.refresh_rows(self.before_search);
            }
            Action::SearchInput(c) => {
                if let Some(q) = &mut self.search {
                    q.push(c);
                    // A longer query only narrows: filter the rows shown.
                    self.narrow_rows();
                }
            }
            Action::SearchBackspace => {
                if let Some(q) = &mut self.search {
                    q.pop();
                    self.refresh_rows(None);
                    self.selected = 0;
                }
            }
            Action::ConfirmSearch => {
                let from = self.search_from.take();
                if from.is_some() && self.search.as_deref().is_none_or(|q| q.trim().is_empty()) {
                    // Nothing typed: nothing to open.
                    self.cancel_search(from);
                    return Effect::None;
                }
                let found = self.province();
                let query = self.search.take().unwrap_or_default();
                self.refresh_rows(found.or(self.before_search));
                self.notice = Some(match found {
                    Some(_) => Notice::Found(query),
                    None => {
                        let folded = crate::model::fold::fold(query.trim());
                        let nearest = self
                            .model
                            .nearest_name(self.era, self.level, &folded)
                            .and_then(|i| self.model.locality(i))
                            .map(|l| l.name.clone());
                        Notice::NoMatch { query, nearest }
                    }
                });
                // Typed on another screen, the search opens what it found;
                // on the table it only selects it there.
                match (from, found) {
                    (Some(from), Some(_)) => {
                        if from != Screen::Province {
                            self.came_from = from;
                        }
                        self.trail.clear();
                        self.unit = 0;
                        self.screen = Screen::Province;
                    }
                    (Some(from), None) => self.screen = from,
                    (None, _) => {}
                }
            }
            Action::CancelSearch => {
                let from = self.search_from.take();
                self.cancel_search(from);
            }
            _ => {}
        }
        Effect::None
    }

    /// Ends a search without opening anything: the selection it began
    /// with, on the screen it was typed on.
    fn cancel_search(&mut self, from: Option<Screen>) {
        self.search = None;
        let back = self.before_search;
        self.refresh_rows(back);
        if let Some(from) = from {
            self.screen = from;
        }
    }
}
