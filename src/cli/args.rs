//! The flags and commands as clap reads them, and the day they take.

use std::path::PathBuf;

use chrono::NaiveDate;

use clap::{Parser, Subcommand};

use crate::app::{Level, SortKey};
use crate::export::Format;
use crate::model::{Era, Filter};
use crate::present;
use crate::text::{self, Lang};

/// The flags and commands; `command(lang)` gives them their words (the
/// doc comments here are the English `--help`).
#[derive(Debug, Parser)]
#[command(
    name = "tiendo",
    version,
    about = "Progress of universal health insurance (BHYT toàn dân): coverage by province against Directives 38-CT/TW and 52-CT/TW"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub dataset: DatasetArgs,
    /// Language of the interface and of numbers [default: vi, or the TIENDO_LANG variable]
    #[arg(long, global = true, default_value = "vi", value_parser = lang_value())]
    pub lang: Lang,
    /// The day to judge progress on, for reproducible output (YYYY-MM-DD)
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub today: Option<NaiveDate>,
    /// No colours (also when NO_COLOR is set)
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Only ASCII symbols in the screens and their txt and html exports,
    /// for Windows' classic console (also when TIENDO_ASCII is set)
    #[arg(long, global = true)]
    pub ascii: bool,
    /// Reload the dashboard when a data file changes (with --data)
    #[arg(long)]
    pub watch: bool,
    /// Where the `e` key writes snapshots (default: the current folder)
    #[arg(long, value_name = "DIR")]
    pub export_dir: Option<PathBuf>,
}

/// What the dashboard and `export` show: which data, judged on which day.
/// `check` takes neither: it checks the PATH it is given, on `--today`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct DatasetArgs {
    /// A dataset: a TOML file, a folder of TOML files, or `bundled` (the
    /// built-in data, the default); given more than once, the datasets form one
    #[arg(long, value_name = "PATH")]
    pub data: Vec<PathBuf>,
    /// Judge every figure as it stood on this day (YYYY-MM-DD): only what was
    /// known by then, against the targets in force then
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub as_of: Option<NaiveDate>,
    /// Load the TOML files even when a cache of them is kept, and keep none
    #[arg(long)]
    pub no_cache: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a dataset and print every problem as file:line:col: message
    #[command(override_usage = "tiendo check [OPTIONS] <PATH>...")]
    Check(CheckArgs),
    /// Print the snapshot the `e` key writes, without a terminal
    Export(ExportArgs),
    /// Read a spreadsheet report (xlsx, xls, ods, csv) and write its figures as a TOML dataset file
    Import(ImportArgs),
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The spreadsheet to read: xlsx, xls, ods or csv (`,` or `;`, UTF-8)
    #[arg(value_name = "FILE")]
    pub(super) file: PathBuf,
    /// Write to this file (replaced if it exists); default: <FILE's name>.toml in the current folder, never replacing a file (-2, -3…)
    #[arg(id = "out", short = 'o', long = "output", value_name = "OUT.toml")]
    pub(super) output: Option<PathBuf>,
    /// The date of the figures (YYYY-MM-DD); default: the end of the period a title line names ("đến ngày 30/09/2025", "tháng 9/2025", "6 tháng đầu năm 2025", "quý III/2025", "năm 2024"); a cover letter's date is never taken
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub(super) date: Option<NaiveDate>,
    /// Added to each record's source (by default the file, the sheet and the row)
    #[arg(long, value_name = "TEXT")]
    pub(super) source: Option<String>,
    /// The sheet to read (default: the first)
    #[arg(long, value_name = "NAME")]
    pub(super) sheet: Option<String>,
    /// The dataset whose units the names are matched to: a TOML file, a folder, or `bundled` (the default)
    #[arg(id = "import_data", long = "data", value_name = "DATASET")]
    pub(super) data: Option<PathBuf>,
    /// Print the table as read and how each row was matched; write nothing
    #[arg(long)]
    pub(super) dry_run: bool,
    /// Which column holds which figure, when its header is not recognised: unit, population, participants, coverage, plan or plan_percent = the column's header or letter; ignore=HEADER leaves a column out (repeatable)
    #[arg(id = "columns", long = "column", value_name = "ROLE=HEADER")]
    pub(super) columns: Vec<String>,
    /// A name in the report and the unit it means: "Tên trong báo cáo=id" (repeatable)
    #[arg(id = "map", long = "map", value_name = "NAME=ID")]
    pub(super) map: Vec<String>,
    /// Write the rows whose units are found, and list the rows naming no unit instead of stopping
    #[arg(long)]
    pub(super) skip_unmatched: bool,
    /// A figure for a unit and day the data in use already has replaces it (written with replaces = true)
    #[arg(long)]
    pub(super) replace: bool,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// A TOML file, a folder of TOML files, or `bundled`; several are checked as one dataset
    #[arg(value_name = "PATH")]
    pub(super) path: Vec<PathBuf>,
    /// The same as PATH, for those used to `tiendo --data PATH`
    #[arg(long, value_name = "PATH", hide = true)]
    pub(super) data: Vec<PathBuf>,
    /// Not used by `check`: refused in one sentence.
    #[arg(long, value_name = "YYYY-MM-DD", hide = true)]
    pub(super) as_of: Option<String>,
    #[command(flatten)]
    pub(super) dashboard_only: DashboardOnly,
}

/// The dashboard's own flags written after `check` or `export`: taken
/// (hidden from their help) so that one sentence, not clap's usage text,
/// says they do not apply.
#[derive(Debug, Default, clap::Args)]
pub struct DashboardOnly {
    #[arg(long, hide = true)]
    pub(super) watch: bool,
    #[arg(long, value_name = "DIR", hide = true)]
    pub(super) export_dir: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub(super) dataset: DatasetArgs,
    #[command(flatten)]
    pub(super) dashboard_only: DashboardOnly,
    /// overview, provinces, province:<id>, unit:<id> (any locality) or timeline
    #[arg(long, default_value = "overview")]
    pub(super) view: String,
    /// txt (the screen as text), html (the screen in colour, to print), md, csv (the locality table), json (the figures) or xlsx (a workbook: the table, figures over time, targets, milestones)
    #[arg(long, value_enum, default_value_t = Format::Txt)]
    pub(super) format: Format,
    /// How a csv separates its fields: plain (`,` and `.` decimals) or vi (`;` and `,` decimals, for Excel in the Vietnamese locale)
    #[arg(long, value_enum, default_value_t = crate::export::CsvStyle::Plain)]
    pub(super) csv_style: crate::export::CsvStyle,
    /// Columns of a txt or html snapshot (at least 60)
    #[arg(long, default_value_t = crate::export::DEFAULT_WIDTH, value_parser = clap::value_parser!(u16).range(60..))]
    pub(super) width: u16,
    /// Write to this file instead of standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub(super) output: Option<PathBuf>,
    /// current (the 34 provinces since 1 July 2025) or former (the 63 before)
    #[arg(long, value_parser = present::parse_era, default_value = "current")]
    pub(super) era: Era,
    /// province, district or commune: the units the table lists
    #[arg(long, value_parser = present::parse_level, default_value = "province")]
    pub(super) level: Level,
    /// The column to sort by, as the table names it in either language (gap, "chênh lệch", year_on_year…)
    #[arg(long, value_name = "COLUMN", value_parser = present::parse_sort, default_value = "gap")]
    pub(super) sort: SortKey,
    /// Sort against the column's usual direction
    #[arg(long)]
    pub(super) reverse: bool,
    /// Only the localities of this status (achieved, on_track, at_risk, off_track, needs_newer_figure, too_few_figures, stale, partial, approximate, no_target, no_data), or that fared so against the last target due (last_due_met, last_due_missed, last_due_partial, last_due_no_figure)
    #[arg(long, value_name = "STATUS", value_parser = present::parse_filter)]
    pub(super) filter: Option<Filter>,
}

fn parse_day(s: &str) -> Result<NaiveDate, String> {
    parse_day_in(Lang::En, s)
}

/// A day written YYYY-MM-DD; the refusal is said in `lang`.
pub(super) fn parse_day_in(lang: Lang, s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| (text::words(lang).cli.bad_day)(s))
}

/// `--lang`'s values: the model's `Lang` knows nothing of clap.
fn lang_value() -> impl clap::builder::TypedValueParser<Value = Lang> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new([Lang::Vi.code(), Lang::En.code()]).map(|code| {
        if code == Lang::En.code() {
            Lang::En
        } else {
            Lang::Vi
        }
    })
}
