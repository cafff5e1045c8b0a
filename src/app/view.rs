//! Opening a view by the name `--view` gives it, as `tiendo export` does.

use super::{Action, App, Screen};
use crate::model::Era;

impl App {
    /// Puts the app on the view `view` names: `overview`, `provinces`,
    /// `province:<id>` or `timeline`; the error lists what is valid.
    pub fn open_view(&mut self, view: &str) -> Result<(), String> {
        let screen = match view {
            "overview" => Screen::Overview,
            "provinces" => Screen::Provinces,
            "timeline" => Screen::Timeline,
            _ => match view.strip_prefix("province:") {
                Some(id) => {
                    let found = self
                        .model
                        .index_of(id)
                        .filter(|&i| self.model.is_province(i) && self.select(i));
                    if found.is_none() {
                        let mut ids: Vec<&str> = self
                            .model
                            .provinces(Era::Former)
                            .iter()
                            .filter_map(|&i| Some(self.model.locality(i)?.id.value.as_str()))
                            .collect();
                        ids.sort_unstable();
                        return Err(format!(
                            "no province has the id {id:?}; the ids are {}",
                            ids.join(", ")
                        ));
                    }
                    Screen::Province
                }
                None => {
                    return Err(format!(
                        "unknown view {view:?}: write overview, provinces, province:<id> or timeline"
                    ));
                }
            },
        };
        self.update(Action::ShowScreen(screen));
        Ok(())
    }
}
