//! Opening a view by the name `--view` gives it, and setting the table as
//! the export flags say, as `tiendo export` does; and the flags that give
//! back what the app shows, so a snapshot's reader can rerun it.

use super::{Action, App, Format, Level, Screen, SortKey};
use crate::model::{Era, Filter};
use crate::present;

/// The table as the export flags set it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Table {
    pub era: Era,
    pub level: Level,
    pub sort: SortKey,
    /// Against the sort's natural direction.
    pub reverse: bool,
    pub filter: Option<Filter>,
}

impl App {
    /// Puts the app on the view `view` names: `overview`, `provinces`,
    /// `province:<id>`, `unit:<id>` (any locality), `timeline` or
    /// `timeline:<n>` (its n-th milestone selected); the error
    /// lists what is valid, or the closest ids.
    pub fn open_view(&mut self, view: &str) -> Result<(), String> {
        let screen = match view {
            "overview" => Screen::Overview,
            "provinces" => Screen::Provinces,
            "timeline" => Screen::Timeline,
            _ if view.starts_with("timeline:") => {
                let n = self.model.milestones.len();
                let k = view
                    .strip_prefix("timeline:")
                    .and_then(|k| k.parse::<usize>().ok())
                    .filter(|k| (1..=n).contains(k))
                    .ok_or_else(|| (crate::text::words(self.lang).cli.bad_milestone)(view, n))?;
                self.update(Action::ShowScreen(Screen::Timeline));
                self.milestone = k - 1;
                return Ok(());
            }
            _ => {
                let (id, provinces_only) = match view.split_once(':') {
                    Some(("province", id)) => (id, true),
                    Some(("unit", id)) => (id, false),
                    _ => {
                        return Err((crate::text::words(self.lang).cli.unknown_view)(view));
                    }
                };
                let fits = |m: &crate::model::Model, i: usize| {
                    !m.is_nation(i) && (!provinces_only || m.is_province(i))
                };
                let found = self.model.index_of(id).filter(|&i| fits(&self.model, i));
                if found.is_none()
                    && let Some(level) = self.other_level(id)
                {
                    let level = crate::text::level_name(self.lang, level).to_lowercase();
                    return Err((crate::text::words(self.lang).cli.not_a_province)(
                        id, &level,
                    ));
                }
                if !found.is_some_and(|i| self.select(i)) {
                    let m = &self.model;
                    let ids = (0..m.localities.len())
                        .filter(|&i| fits(m, i))
                        .filter_map(|i| Some(m.locality(i)?.id.value.as_str()));
                    return Err((crate::text::words(self.lang).cli.unknown_id)(
                        provinces_only,
                        id,
                        &present::closest(ids, id).join(", "),
                    ));
                }
                Screen::Province
            }
        };
        self.update(Action::ShowScreen(screen));
        Ok(())
    }

    /// The level of the unit `id` names when it is no province (a
    /// district, a commune), which `unit:<id>` opens.
    fn other_level(&self, id: &str) -> Option<Level> {
        let m = &self.model;
        let i = m
            .index_of(id)
            .filter(|&i| !m.is_nation(i) && !m.is_province(i))?;
        let kind = m.locality(i)?.kind;
        Level::ALL.into_iter().find(|l| l.kind() == kind)
    }

    /// Sets era, level, sort and filter as the export flags give them.
    pub fn set_table(&mut self, table: Table) {
        self.era = table.era;
        self.level = table.level;
        self.sort = table.sort;
        self.descending = table.sort.natural_descending() != table.reverse;
        self.filter = table.filter;
        self.refresh_rows(None);
    }

    /// The `tiendo export` arguments that give back what the app shows in
    /// `format` at `width` columns: every flag that shapes the output, the
    /// format always, the width where it draws, other defaults left out.
    pub fn export_args(&self, format: Format, width: u16) -> Vec<String> {
        let mut flags: Vec<String> = self
            .data_args
            .iter()
            .flat_map(|d| ["--data".to_string(), d.clone()])
            .collect();
        flags.extend(["--view".to_string(), self.view_name()]);
        flags.extend(["--format".to_string(), format.extension().to_string()]);
        if format.drawn() {
            flags.extend(["--width".to_string(), width.to_string()]);
        }
        if format == Format::Csv && self.csv_style != super::CsvStyle::default() {
            flags.extend(["--csv-style".to_string(), self.csv_style.code().to_string()]);
        }
        let default = SortKey::default();
        let mut flag = |name: &str, value: Option<&str>, on: bool| {
            if on {
                flags.push(format!("--{name}"));
                flags.extend(value.map(String::from));
            }
        };
        flag(
            "era",
            Some(present::era_code(self.era)),
            self.era != Era::Current,
        );
        flag(
            "level",
            Some(present::level_code(self.level)),
            self.level != Level::Province,
        );
        flag(
            "sort",
            Some(crate::present::sort_code(self.sort)),
            self.sort != default,
        );
        flag(
            "reverse",
            None,
            self.descending != self.sort.natural_descending(),
        );
        flag(
            "filter",
            self.filter.map(present::filter_code),
            self.filter.is_some(),
        );
        flag(
            "lang",
            Some(self.lang.code()),
            self.lang != crate::text::Lang::Vi,
        );
        // The charts draw their lines apart by marks instead of colours,
        // and the html has no colours.
        flag("no-color", None, self.mono && format.drawn());
        flag("ascii", None, self.ascii && format.drawn());
        flag(
            "as-of",
            self.model.as_of().map(|d| d.to_string()).as_deref(),
            self.model.as_of().is_some(),
        );
        flags.push("--today".to_string());
        flags.push(self.model.now.to_string());
        flags
    }

    /// `export_args` as one line a shell takes back: `tiendo export …`,
    /// each argument quoted where it needs to be.
    pub fn export_command(&self, format: Format, width: u16) -> String {
        let mut line = String::from("tiendo export");
        for arg in self.export_args(format, width) {
            line.push(' ');
            line.push_str(&crate::text::shell_quoted(&arg));
        }
        line
    }

    /// The command that lists every problem of the data shown: `tiendo
    /// check` on the `--data` paths, or on `bundled`.
    pub fn check_command(&self) -> String {
        let mut line = String::from("tiendo check");
        if self.data_args.is_empty() {
            line.push_str(" bundled");
        }
        for arg in &self.data_args {
            line.push(' ');
            line.push_str(&crate::text::shell_quoted(arg));
        }
        line
    }

    /// The view as `--view` names it: `provinces`, `province:bac-ninh`,
    /// `unit:son-dong`.
    pub fn view_name(&self) -> String {
        match self.screen {
            Screen::Overview => "overview".to_string(),
            Screen::Provinces => "provinces".to_string(),
            // The milestone selected, when it is not the one the timeline
            // opens on: its place, from 1.
            Screen::Timeline if self.milestone != Self::milestone_near_today(&self.model) => {
                format!("timeline:{}", self.milestone + 1)
            }
            Screen::Timeline => "timeline".to_string(),
            Screen::Province => match self.province().map(|i| (i, self.model.locality(i))) {
                Some((i, Some(l))) if self.model.is_province(i) => {
                    format!("province:{}", l.id.value)
                }
                Some((_, Some(l))) => format!("unit:{}", l.id.value),
                _ => "province".to_string(),
            },
        }
    }
}
