//! The dashboard while only the head of a large dataset (nation and
//! provinces) is loaded and the rest is read behind it, and the swap to a
//! whole model, whether that rest or a reload.

use super::{Action, App, Loading, Model, Notice, Waiting};

impl App {
    /// What `action` would need of the data not read yet, while only its
    /// head is loaded: the search and the lower levels list units that are
    /// not there, an export would write a partial table, and a reload would
    /// start a second load beside the first.
    pub(super) fn waiting_for_rest(&self, action: &Action) -> Option<Waiting> {
        self.rest?;
        match action {
            Action::StartSearch => Some(Waiting::Search),
            Action::CycleLevel => Some(Waiting::Levels),
            Action::Export => Some(Waiting::Export),
            Action::Reload => Some(Waiting::Reload),
            _ => None,
        }
    }

    /// A newly loaded model in place of the one shown, with the day, the
    /// province and the milestone shown kept where they still exist.
    pub(super) fn replace_model(&mut self, model: Model) {
        let keep = self
            .province()
            .and_then(|i| self.model.locality(i))
            .map(|l| l.id.value.clone());
        let as_of = self.model.as_of();
        // The old model goes before the new one is judged; its memory, and
        // what the load freed on its threads, is given back after the frame.
        self.model = model;
        self.freed = true;
        self.model.set_as_of(as_of);
        let keep = keep.and_then(|id| self.model.index_of(&id));
        self.milestone = self
            .milestone
            .min(self.model.milestones.len().saturating_sub(1));
        self.refresh_rows(keep);
    }

    /// How far the rest has come.
    pub(super) fn rest_progress(&mut self, loading: Loading) {
        if let Some(rest) = &mut self.rest {
            rest.done = loading.done;
            rest.total = loading.total;
        }
    }

    /// The whole model, read behind the head, in its place.
    pub(super) fn complete(&mut self, model: Model) {
        self.replace_model(model);
        self.rest = None;
        self.notice = Some(Notice::Completed {
            left_out: self.model.left_out(),
            day: self.model.now,
        });
    }
}
