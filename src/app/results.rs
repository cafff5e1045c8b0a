//! What the terminal loop does for the app and tells it back: exports,
//! reloads read behind the screen and their progress, and the rest of a
//! large dataset read behind its head.

use super::{Action, App, Effect, Loading, Notice};

impl App {
    /// An effect asked of the loop, or a result it sends back.
    pub(super) fn loop_action(&mut self, action: Action) -> Effect {
        match action {
            Action::Export => self.export_menu = true,
            Action::ExportAs(choice) => {
                self.export_format = choice.format;
                self.csv_style = choice.csv;
                return Effect::Export;
            }
            // One reload at a time: the one running reads the files as
            // they are now.
            Action::Reload if self.reloading.is_some() => {
                self.notice = self.reloading.map(Notice::Reloading);
            }
            Action::Reload => return Effect::Reload,
            Action::Reloading => {
                self.reloading = Some(Loading::default());
                self.notice = self.reloading.map(Notice::Reloading);
            }
            // The status line follows it while it says the reload; another
            // message stays until the next key.
            Action::ReloadProgress(loading) if self.reloading.is_some() => {
                self.reloading = Some(loading);
                if matches!(self.notice, None | Some(Notice::Reloading(_))) {
                    self.notice = Some(Notice::Reloading(loading));
                }
            }
            Action::Exported(Ok(path)) => {
                self.notice = Some(Notice::Exported {
                    path,
                    command: self.export_command(self.export_format, self.width),
                });
            }
            Action::Exported(Err(why)) => self.notice = Some(Notice::ExportFailed(why)),
            Action::Loaded(Ok(model)) => {
                self.reloading = None;
                self.replace_model(*model);
                self.problems = None;
                self.notice = Some(Notice::Reloaded {
                    left_out: self.model.left_out(),
                    day: self.model.now,
                });
            }
            // The files are back to what is shown: a failed reload's
            // problems no longer stand.
            Action::Unchanged => {
                self.reloading = None;
                self.problems = None;
                self.notice = Some(Notice::Unchanged);
            }
            Action::Progress(loading) => self.rest_progress(loading),
            Action::Completed(model) => self.complete(*model),
            Action::Loaded(Err(problems)) => {
                self.reloading = None;
                self.notice = Some(Notice::ReloadFailed {
                    problems: problems.len(),
                    first: problems.first().map(|p| crate::text::problem_in_short(p)),
                });
                self.problems = Some(problems);
            }
            Action::DismissProblems => {
                self.problems = None;
                self.problems_scroll = 0;
            }
            _ => {}
        }
        Effect::None
    }
}
