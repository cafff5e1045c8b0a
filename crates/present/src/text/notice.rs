//! The status line's notices, in words: the app keeps what happened, typed,
//! and only the screen turns it into a sentence in the user's language.

use super::{Lang, words};
use crate::status::{Loading, Notice, Screen, Waiting};
use tiendo_model::{Due, Filter, Level};

/// What the status line says about the last thing that happened.
pub fn notice(lang: Lang, n: &Notice) -> String {
    let w = words(lang);
    match n {
        Notice::Exported { path, command } => {
            format!("{}: {} · {command}", w.exported, path.display())
        }
        Notice::ExportFailed(why) => format!("{}: {why}", w.export_failed),
        Notice::Reloading(loading) if loading.total > 0 => {
            let mb = |b: u64| b / 1_000_000;
            format!(
                "{}: {}/{} MB · {}",
                w.reloading,
                mb(loading.done),
                mb(loading.total),
                w.reloading_keeps
            )
        }
        Notice::Reloading(_) => format!("{}… · {}", w.reloading, w.reloading_keeps),
        Notice::Reloaded => format!("{} ✓", w.reload),
        Notice::ReloadFailed(problems) => format!("{} ({problems})", w.reload_failed),
        Notice::Found(query) => format!("{}: {query}", w.search),
        Notice::NoMatch {
            query,
            nearest: None,
        } => format!("{}: {query}", w.no_match),
        Notice::NoMatch {
            query,
            nearest: Some(name),
        } => format!("{}: {query} · {}", w.no_match, (w.did_you_mean)(name)),
        Notice::Sorted { key, descending } => {
            format!(
                "{}: {}",
                w.sort,
                crate::columns::sorted_by(lang, *key, *descending)
            )
        }
        Notice::Filtered(f) => format!("{}: {}", w.filter, filter(lang, *f)),
        Notice::Era(era) => era.label(lang),
        Notice::Level(level) => level_name(lang, *level).to_string(),
        Notice::AsOf(Some(day)) => format!("{} {}", w.judged_on, super::date(lang, *day)),
        Notice::AsOf(None) => w.latest_figures.to_string(),
        Notice::NoEarlier => w.no_earlier.to_string(),
        Notice::AlreadyLatest => w.latest_figures.to_string(),
        Notice::NotYetMerged(era) => era.not_yet(lang),
        Notice::OneMap => w.one_map.to_string(),
        Notice::WatchWithoutData => w.watch_without_data.to_string(),
        Notice::NationalMilestone => w.national_milestone.to_string(),
        Notice::NotReady(waiting) => {
            let what = match waiting {
                Waiting::Search => w.rest_search,
                Waiting::Levels => w.rest_levels,
                Waiting::Export => w.rest_export,
                Waiting::Reload => w.rest_reload,
            };
            format!("{}: {what}", w.rest_reading)
        }
        Notice::Completed => format!("{} ✓", w.rest_done),
    }
}

/// "Đang đọc các đơn vị cấp dưới: 45/166 MB", for the status line and
/// the Province screen's list of units while the rest of the data loads.
pub fn rest_reading(lang: Lang, loading: Loading) -> String {
    let w = words(lang);
    let mb = |b: u64| b / 1_000_000;
    let reading = if loading.total == 0 {
        format!("{}…", w.rest_reading)
    } else {
        format!(
            "{}: {}/{} MB",
            w.rest_reading,
            mb(loading.done),
            mb(loading.total)
        )
    };
    match loading.waiting {
        0 => reading,
        n => format!("{reading} · {}", (w.rest_waiting)(n)),
    }
}

/// The fewest columns the start of a command is worth showing in.
const COMMAND_ROOM: usize = 16;

/// The notice cut to a width: a path loses its start, anything else its
/// end, and either way the cut shows as `…`.
pub fn notice_within(lang: Lang, n: &Notice, width: usize) -> String {
    match n {
        // The path first, whole or with its start cut; the command in the
        // room left, cut at its end (the file's header has it whole).
        Notice::Exported { path, command } => {
            let lead = format!("{}: ", words(lang).exported);
            let room = width.saturating_sub(usize::from(super::width(&lead)));
            let path = path.display().to_string();
            let shown = format!("{lead}{}", super::truncate_start(&path, room));
            let left = width.saturating_sub(usize::from(super::width(&shown)));
            // Too little room for the command to say anything: the path alone.
            if left < COMMAND_ROOM {
                return shown;
            }
            format!("{shown}{}", super::truncate(&format!(" · {command}"), left))
        }
        n => super::truncate(&notice(lang, n), width),
    }
}

/// The status filter as the status line and a snapshot's header say it.
pub fn filter(lang: Lang, f: Option<Filter>) -> String {
    match f {
        None => words(lang).all.to_string(),
        Some(Filter::Status(s)) => super::status_label(lang, s),
        Some(Filter::Due(d)) => due_label(lang, d),
    }
}

/// A way of faring against the last target due, as the filter says it:
/// `Đến hạn: ✗ không đạt`.
pub fn due_label(lang: Lang, d: Due) -> String {
    let w = super::verdict_words(lang);
    let said = match d {
        Due::Met => format!("✓ {}", w.met),
        Due::Missed => format!("✗ {}", w.missed),
        Due::Estimated => format!("≈ {}", w.estimated_short),
        Due::Partial => format!("~ {}", w.partial_short),
        Due::NoFigure => format!("· {}", w.no_figure_short),
    };
    format!("{}: {said}", w.past_short)
}

impl Screen {
    /// The screen's name, as its tab says it.
    pub fn name(self, lang: Lang) -> &'static str {
        let [overview, provinces, province, timeline] = words(lang).tabs;
        match self {
            Screen::Overview => overview,
            Screen::Provinces => provinces,
            Screen::Province => province,
            Screen::Timeline => timeline,
        }
    }
}

/// What the table's first column and title call a unit of `level`.
pub fn level_name(lang: Lang, level: Level) -> &'static str {
    let w = words(lang);
    match level {
        Level::Province => w.province,
        Level::District => w.district,
        Level::Commune => w.commune,
    }
}
