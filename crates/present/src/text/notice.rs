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
        Notice::Reloaded { left_out, day } => done(lang, w.reload, *left_out, *day),
        Notice::Unchanged => format!("{} ✓ · {}", w.reload, w.files_unchanged),
        Notice::ReloadFailed { problems, first } => {
            let failed = super::counted(lang, w.reload_failed_count, *problems);
            match first {
                Some(first) => format!("{failed}: {first}"),
                None => failed,
            }
        }
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
        Notice::NoSources(name) => (w.no_sources)(name),
        Notice::LeftOut { figures, day } => left_out(lang, *figures, *day),
        Notice::NoUnitForSources => w.no_unit_for_sources.to_string(),
        Notice::NotReady(waiting) => {
            let what = match waiting {
                Waiting::Search => w.rest_search,
                Waiting::Levels => w.rest_levels,
                Waiting::Export => w.rest_export,
                Waiting::Reload => w.rest_reload,
            };
            format!("{}: {what}", w.rest_reading)
        }
        Notice::Completed { left_out, day } => done(lang, w.rest_done, *left_out, *day),
    }
}

/// "Đang đọc các đơn vị cấp dưới: 45/166 MB", for the status line and
/// the Province screen's list of units while the rest of the data loads.
pub fn rest_reading(lang: Lang, loading: Loading) -> String {
    let w = words(lang);
    let mb = |b: u64| b / 1_000_000;
    if loading.total == 0 {
        format!("{}…", w.rest_reading)
    } else {
        format!(
            "{}: {}/{} MB",
            w.rest_reading,
            mb(loading.done),
            mb(loading.total)
        )
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
        // Where the sentence of the figures left out does not fit after
        // what was done, the count and the day still should: in short,
        // then without what was done (the progress gone says it).
        Notice::Reloaded { left_out, day } | Notice::Completed { left_out, day }
            if *left_out > 0 =>
        {
            let full = notice(lang, n);
            if usize::from(super::width(&full)) <= width {
                return full;
            }
            let w = words(lang);
            let what = match n {
                Notice::Reloaded { .. } => w.reload,
                _ => w.rest_done,
            };
            let short = left_out_short(lang, *left_out, *day);
            let with_what = format!("{what} ✓ · {short}");
            if usize::from(super::width(&with_what)) <= width {
                return with_what;
            }
            super::truncate(&format!("✓ {short}"), width)
        }
        Notice::LeftOut { figures, day } => {
            let full = notice(lang, n);
            if usize::from(super::width(&full)) <= width {
                return full;
            }
            super::truncate(&left_out_short(lang, *figures, *day), width)
        }
        n => super::truncate(&notice(lang, n), width),
    }
}

/// `33 bản ghi sau 30/06/2025 không được tính`: the figures left out, in short.
fn left_out_short(lang: Lang, figures: usize, day: chrono::NaiveDate) -> String {
    let count = super::count(lang, figures as u64);
    (words(lang).left_out_short)(figures, &count, &super::date(lang, day))
}

/// "Tải lại ✓", and after it the figures the data now on screen leaves
/// out, if any: on start they are said on their own, but a reload or the
/// rest of a large dataset brings figures the start did not count.
fn done(lang: Lang, what: &str, figures: usize, day: chrono::NaiveDate) -> String {
    match figures {
        0 => format!("{what} ✓"),
        _ => format!("{what} ✓ · {}", left_out(lang, figures, day)),
    }
}

/// "32 bản ghi đề ngày sau ngày đánh giá 30/06/2025 nên không được tính":
/// what `check`, the status line and a snapshot's header say alike.
pub fn left_out(lang: Lang, figures: usize, day: chrono::NaiveDate) -> String {
    let n = super::count(lang, figures as u64);
    (words(lang).left_out)(figures, &n, &super::date(lang, day))
}

/// A problem as `check` places it, `folder/x.toml:line:col: message`, in
/// short for the status line: the file's name and line, then the message
/// (the problems panel has the whole path). A line placed otherwise stays
/// as it is.
pub fn problem_in_short(problem: &str) -> String {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    for (at, _) in problem.match_indices(':') {
        let after = problem.get(at + 1..).unwrap_or_default();
        let line = digits(after);
        let Some(rest) = after.get(line..).and_then(|r| r.strip_prefix(':')) else {
            continue;
        };
        let column = digits(rest);
        let message = rest.get(column..).unwrap_or_default();
        if line > 0 && column > 0 && message.starts_with(": ") {
            let path = problem.get(..at).unwrap_or_default();
            let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
            let line = after.get(..line).unwrap_or_default();
            return format!("{name}:{line}{message}");
        }
    }
    problem.to_string()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_placed_problem_in_short_is_its_files_name_line_and_message() {
        assert_eq!(
            problem_in_short("/tmp/data/x.toml:20:16: write coverage = 94.47: a number"),
            "x.toml:20: write coverage = 94.47: a number"
        );
        // A drive letter or a colon in the message is not a place.
        assert_eq!(
            problem_in_short(r"C:\d\x.toml:3:1: cảnh báo: a:1"),
            "x.toml:3: cảnh báo: a:1"
        );
        assert_eq!(
            problem_in_short("cannot read data/x.toml: denied"),
            "cannot read data/x.toml: denied"
        );
    }

    #[test]
    fn on_a_narrow_line_the_figures_left_out_keep_their_count_and_day() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let mid_2025 = day(2025, 6, 30);
        let done = Notice::Completed {
            left_out: 663_926,
            day: day(2020, 1, 1),
        };
        let reloaded = |left_out| Notice::Reloaded {
            left_out,
            day: mid_2025,
        };
        // On start, the sentence alone.
        let start = Notice::LeftOut {
            figures: 33,
            day: mid_2025,
        };
        let cases = [
            (
                Lang::Vi,
                &reloaded(33),
                120,
                "Tải lại ✓ · 33 bản ghi đề ngày sau ngày đánh giá 30/06/2025 nên không được tính",
            ),
            (
                Lang::Vi,
                &reloaded(33),
                60,
                "Tải lại ✓ · 33 bản ghi sau 30/06/2025 không được tính",
            ),
            (
                Lang::Vi,
                &done,
                60,
                "✓ 663.926 bản ghi sau 01/01/2020 không được tính",
            ),
            (
                Lang::En,
                &done,
                60,
                "✓ 663,926 records after 2020-01-01 left out",
            ),
            (
                Lang::En,
                &reloaded(33),
                60,
                "Reload ✓ · 33 records after 2025-06-30 left out",
            ),
            // Narrower still: cut, the count first.
            (Lang::Vi, &done, 20, "✓ 663.926 bản ghi s…"),
            (
                Lang::Vi,
                &start,
                80,
                "33 bản ghi đề ngày sau ngày đánh giá 30/06/2025 nên không được tính",
            ),
            (
                Lang::Vi,
                &start,
                60,
                "33 bản ghi sau 30/06/2025 không được tính",
            ),
            // Nothing left out: as before.
            (Lang::Vi, &reloaded(0), 60, "Tải lại ✓"),
        ];
        for (lang, n, width, said) in cases {
            assert_eq!(notice_within(lang, n, width), said, "{n:?} at {width}");
        }
    }

    #[test]
    fn figures_after_the_judging_day_are_said_left_out() {
        let day = chrono::NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
        assert_eq!(
            left_out(Lang::Vi, 1_032, day),
            "1.032 bản ghi đề ngày sau ngày đánh giá 30/06/2025 nên không được tính"
        );
        assert_eq!(
            left_out(Lang::En, 1, day),
            "1 record dated after the judging day 2025-06-30 is left out"
        );
        let n = Notice::LeftOut { figures: 32, day };
        assert_eq!(
            notice(Lang::En, &n),
            "32 records dated after the judging day 2025-06-30 are left out"
        );
    }

    #[test]
    fn a_failed_reload_names_its_first_problem() {
        let n = Notice::ReloadFailed {
            problems: 3,
            first: Some("data/x.toml:20: broken".into()),
        };
        assert_eq!(
            notice(Lang::Vi, &n),
            "Tải lại không được (3 lỗi): data/x.toml:20: broken"
        );
        assert_eq!(
            notice(Lang::En, &n),
            "Reload failed (3 problems): data/x.toml:20: broken"
        );
        let one = Notice::ReloadFailed {
            problems: 1,
            first: None,
        };
        assert_eq!(notice(Lang::En, &one), "Reload failed (1 problem)");
    }
}
