//! Every word on screen, in Vietnamese and English side by side (PRODUCT §10),
//! so the two languages always say the same thing: the structs here and in
//! `cli`, their Vietnamese in `vi` and English in `en`, field for field.

use super::Lang;

mod cli;
mod en;
mod en_cli;
mod en_import;
mod en_why;
mod figures;
mod sheet;
mod verdict;
mod vi;
mod vi_cli;
mod vi_import;
mod vi_why;
mod why;
pub use cli::{CliWords, HelpWords, ImportWords, IoWords, UsageWords};
pub use figures::{FigureWords, figure_words};
pub use sheet::{SheetWords, sheet_words};
pub use verdict::{VerdictWords, verdict_words};
pub use why::{Facts, Limits, Sentence, WhyWords};

pub struct Words {
    pub tabs: [&'static str; 4],
    pub nationwide: &'static str,
    pub coverage: &'static str,
    pub target: &'static str,
    /// A chart's target line when its steps set one number a year.
    pub target_yearly: &'static str,
    /// A chart's target line when its steps change at other times: short,
    /// so the legend keeps room for the trend.
    pub target_stepped: &'static str,
    pub gap: &'static str,
    pub gap_short: &'static str,
    pub provinces_word: &'static str,
    pub trend: &'static str,
    pub projected: &'static str,
    pub projected_short: &'static str,
    /// After a projected year already past: short, for a table cell.
    pub passed: &'static str,
    /// After a projected year already past, in full.
    pub passed_long: &'static str,
    /// How targets are judged: met or missed, the last one due.
    pub verdict: &'static VerdictWords,
    /// Before the last day of a unit that ceased: "judged as of".
    pub judged_as_of: &'static str,
    /// The table's note on units that ceased, before their last day.
    pub ceased_note: &'static str,
    pub partial_mark: &'static str,
    pub participants: &'static str,
    pub population: &'static str,
    pub plan: &'static str,
    /// The column of the share of the plan achieved, short: `% KH`.
    pub plan_share: &'static str,
    /// What sorting by that column is called.
    pub plan_share_name: &'static str,
    /// After a count of people: `1.234.567 người`.
    pub people: &'static str,
    /// The share of the plan achieved, given as a percentage: `đạt 98,50 % KH`.
    pub plan_achieved: fn(&str) -> String,
    /// After a share of the plan its unit's parts add up to.
    pub plan_summed: &'static str,
    pub status: &'static str,
    /// A column: the unit a district or commune belongs to.
    pub part_of: &'static str,
    /// A column: the date of the latest figure.
    pub as_of: &'static str,
    /// Before a date: the day the dataset is current to (`meta.as_of`).
    pub data_to: &'static str,
    /// The title bar's judging day, lower case: `đánh giá ngày 06/12/2026`.
    pub judged_day: &'static str,
    /// The same two days in fewer words, where the bar is narrow:
    /// `số liệu 31/12/2025 · đánh giá 06/12/2026`.
    pub data_short: &'static str,
    pub judged_short: &'static str,
    /// Before a date: the day every figure is judged on (`--as-of`, `t`).
    pub judged_on: &'static str,
    pub latest_figures: &'static str,
    pub no_earlier: &'static str,
    /// `m` before the merger: the current map's count (`{n}`) and first
    /// day (`{date}`); one province, then more (see `text::EraLabel`).
    pub not_yet_merged: [&'static str; 2],
    /// Enter on a milestone that belongs to no province.
    pub national_milestone: &'static str,
    /// The Timeline's list title: `34 mốc`.
    pub milestones_count: [&'static str; 2],
    /// The Timeline's legend, a word for each symbol: documents ◆, plans
    /// ◇, reviews ●, campaigns ▲, targets ◎, other events •.
    pub milestone_kinds: [&'static str; 6],
    /// The gauge's legend: what `│95` stands for, with its year…
    pub gauge_target: fn(&str) -> String,
    /// …and what `┊2030` does.
    pub gauge_universal: &'static str,
    /// Figures dated after the judging day, left out: how many (for the
    /// plural), that count written out, and the day as the screen writes it.
    pub left_out: fn(usize, &str, &str) -> String,
    /// The same in short, for a status line too narrow for the sentence.
    pub left_out_short: fn(usize, &str, &str) -> String,
    /// The snapshot header's name for that count.
    pub left_out_word: &'static str,
    /// `n` on a unit whose figures name no source: "Hà Nội: …".
    pub no_sources: fn(&str) -> String,
    /// `n` where nothing is selected.
    pub no_unit_for_sources: &'static str,
    pub source: &'static str,
    pub sources: &'static str,
    pub province: &'static str,
    pub district: &'static str,
    pub commune: &'static str,
    pub level: &'static str,
    pub stale: &'static str,
    pub rolled_up: &'static str,
    pub partial: &'static str,
    /// A figure the source gives as its estimate (`ước thực hiện`).
    pub estimate: &'static str,
    pub universal: &'static str,
    /// The provinces since the merger, counted: `{n}`, one then more.
    pub current_era: [&'static str; 2],
    /// The provinces before the merger on `{date}`, counted: `{n}`.
    pub former_era: [&'static str; 2],
    /// The provinces of data without a merger, counted: `{n}`.
    pub provinces_count: [&'static str; 2],
    /// The districts, then the communes, counted: what the Overview counts
    /// below a province at the top.
    pub lower_counts: [[&'static str; 2]; 2],
    /// Under the last top unit the Overview has room for: how many more
    /// there are, counted: `{n}`.
    pub more_tops: [&'static str; 2],
    /// The levels `c` lists, as the help names them.
    pub levels: [&'static str; 3],
    /// `m` on data without a merger.
    pub one_map: &'static str,
    pub search: &'static str,
    pub filter: &'static str,
    pub sort: &'static str,
    pub export: &'static str,
    pub reload: &'static str,
    pub help: &'static str,
    pub quit: &'static str,
    pub all: &'static str,
    pub too_small: &'static str,
    pub by_status: &'static str,
    pub furthest_behind: &'static str,
    pub furthest_ahead: &'static str,
    pub history: &'static str,
    pub units: &'static str,
    pub former_units: &'static str,
    pub milestones: &'static str,
    pub groups: &'static str,
    pub today: &'static str,
    pub no_milestones: &'static str,
    pub no_units: &'static str,
    /// While the head of a large dataset is shown: the lower levels are
    /// still being read, and what waits for them.
    pub rest_reading: &'static str,
    pub rest_search: &'static str,
    pub rest_levels: &'static str,
    pub rest_export: &'static str,
    pub rest_reload: &'static str,
    pub rest_done: &'static str,
    pub no_figures: &'static str,
    /// A chart whose unit has figures, none it draws: partial roll-ups
    /// (they do not stand for the whole unit), figures without an exact
    /// rate (`gần 97,5 %`, or counts only), or both; "no data" beside them
    /// would be false.
    pub chart_partial_only: [&'static str; 2],
    pub chart_inexact_only: [&'static str; 2],
    pub chart_not_drawn: [&'static str; 2],
    pub merged_into: &'static str,
    pub former_self: &'static str,
    pub includes: &'static str,
    pub keys: &'static str,
    pub search_keys: [&'static str; 2],
    pub no_match: &'static str,
    /// After `no_match`: the unit whose name is nearest to what was typed.
    pub did_you_mean: fn(&str) -> String,
    /// A level the current map no longer has (its name, the day it ended).
    pub level_abolished: fn(&str, &str) -> String,
    /// The same in a file, which names the flag instead of the key.
    pub level_abolished_file: fn(&str, &str) -> String,
    /// A filter that keeps no unit (the filter's label): on the screen,
    /// with the key to the next one, and in a file.
    pub filter_keeps_none: fn(&str) -> String,
    pub filter_keeps_none_file: fn(&str) -> String,
    /// A level of which the data holds no unit at all.
    pub level_without_units: &'static str,
    pub view: &'static str,
    pub dataset: &'static str,
    pub language: &'static str,
    pub taken: &'static str,
    pub kind: &'static str,
    pub title_word: &'static str,
    pub document: &'static str,
    pub date_word: &'static str,
    pub label_word: &'static str,
    pub count_word: &'static str,
    pub note: &'static str,
    pub exported: &'static str,
    /// The `e` key's menu: its title, and what Enter and other keys do.
    pub export_menu: &'static str,
    pub export_enter: &'static str,
    pub export_close: &'static str,
    /// What each format holds, by its extension, as the menu says it.
    pub format_notes: &'static [(&'static str, &'static str)],
    pub reload_failed: &'static str,
    /// The status line after a failed reload, before the first problem:
    /// `Tải lại không được (3 lỗi)`, one form for one problem, one for more.
    pub reload_failed_count: [&'static str; 2],
    /// What leads the command that lists every problem, at the end of the
    /// problems panel.
    pub see_every_problem: &'static str,
    /// While the data is read again (before how far it has come)…
    pub reloading: &'static str,
    /// …and that the old data stays on screen meanwhile.
    pub reloading_keeps: &'static str,
    /// After "Tải lại ✓": the files were as last read, nothing replaced.
    pub files_unchanged: &'static str,
    pub problems: &'static str,
    pub dismiss: &'static str,
    pub export_failed: &'static str,
    pub bundled: &'static str,
    /// `--watch` on the bundled data: why it does nothing (stderr and the
    /// status line).
    pub watch_without_data: &'static str,
    /// After a flag written before a command that does not use it:
    /// "--watch does not apply to `tiendo check`".
    pub does_not_apply: &'static str,
    /// After "`tiendo check --help`".
    pub help_lists: &'static str,
    /// After a flag given before and after `export` with different values.
    pub given_twice: &'static str,
    /// `tiendo check` without a path.
    pub check_needs_path: &'static str,
    /// What sorting by name is called.
    pub name_word: &'static str,
    /// What sorting by the date of the figure is called.
    pub date_of_figure: &'static str,
    /// The trend column's header in exports, which give the slope.
    pub trend_per_year: &'static str,
    /// The change from the same period a year before: export and screen headers.
    pub year_on_year: &'static str,
    pub year_on_year_short: &'static str,
    /// Before the date a change is measured from.
    pub compared_with: &'static str,
    /// The snapshot header's command that makes it again.
    pub command: &'static str,
    /// The latest figure is the first since the directive in force was
    /// issued: nothing yet to compare it with.
    pub only_latest_since: &'static str,
    /// No complete figure since the directive in force was issued.
    pub none_since: &'static str,
    /// A target met only above its number: the data's "trên 95 %".
    pub above: &'static str,
    /// A merged province's header: "since 01/07/2025 includes …".
    pub since: &'static str,
    /// After a cut list of sources: the key that lists them all.
    pub all_sources: &'static str,
    /// The sources panel's foot.
    pub scroll_close: &'static str,
    /// In the sources panel, a record that replaced another
    /// (`replaces = true`): unit, date, new source, old source, the old
    /// figure and the new.
    pub replaced_line: fn(&str, &str, &str, &str, &str, &str) -> String,
    /// "n lines hidden": how much of a panel does not fit, before "↑↓".
    pub hidden: fn(usize) -> String,
    pub group_short: [&'static str; 6],
    /// What each binding of the key table does, one field per binding.
    pub key_help: KeyHelp,
    /// The command line's help and the program's own errors.
    pub cli: CliWords,
    /// A verdict's reasons: the `w` panel and the exports.
    pub why: WhyWords,
    /// The header of a milestone's summary in exports.
    pub summary_word: &'static str,
}

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Vi => &vi::VI,
        Lang::En => &en::EN,
    }
}

/// The help overlay's line for each binding of `input::BINDINGS`: a named
/// field each, so a binding cannot go without words in either language.
pub struct KeyHelp {
    pub screens: &'static str,
    pub screen_step: &'static str,
    pub up_down: &'static str,
    pub page: &'static str,
    pub ends: &'static str,
    pub open: &'static str,
    pub back: &'static str,
    pub sideways: &'static str,
    pub search: &'static str,
    pub sort: &'static str,
    pub reverse_sort: &'static str,
    pub filter: &'static str,
    /// `{now}` and `{before}`: the counts of the two maps.
    pub era: &'static str,
    pub as_of: &'static str,
    /// `{levels}`: the levels the data has.
    pub level: &'static str,
    pub export: &'static str,
    pub reload: &'static str,
    pub sources: &'static str,
    /// `v`: the chart or the table of figures.
    pub figures: &'static str,
    pub why: &'static str,
    pub help: &'static str,
    pub quit: &'static str,
}
