//! The command line: flags shared by every command, and one function per
//! subcommand.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::app::{App, Level, Notice, SortKey, Table};
use crate::export::Format;
use crate::loading::{How, Source};
use crate::model::{self, Model, Severity};
use crate::model::{Era, Status};
use crate::present;
use crate::text::Lang;

#[derive(Debug, Parser)]
#[command(
    name = "tiendo",
    version,
    about = "Tiến độ thực hiện BHYT toàn dân: coverage by province against Directives 38-CT/TW and 52-CT/TW"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub dataset: DatasetArgs,
    /// Language of the interface and of numbers
    #[arg(long, global = true, value_enum, default_value_t = Lang::Vi)]
    pub lang: Lang,
    /// The day to judge progress on, for reproducible output (YYYY-MM-DD)
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub today: Option<NaiveDate>,
    /// No colours (also when NO_COLOR is set)
    #[arg(long, global = true)]
    pub no_color: bool,
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
    /// A dataset: a TOML file, or a folder of TOML files (default: the bundled data)
    #[arg(long, value_name = "PATH")]
    pub data: Option<PathBuf>,
    /// Judge every figure as it stood on this day (YYYY-MM-DD): only what was
    /// known by then, against the targets in force then
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub as_of: Option<NaiveDate>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a dataset and print every problem as file:line:col: message
    #[command(override_usage = "tiendo check [OPTIONS] <PATH>")]
    Check(CheckArgs),
    /// Print the snapshot the `e` key writes, without a terminal
    Export(ExportArgs),
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// A TOML file, or a folder of TOML files
    #[arg(value_name = "PATH")]
    path: Option<PathBuf>,
    /// The same as PATH, for those used to `tiendo --data PATH`
    #[arg(long, value_name = "PATH", hide = true)]
    data: Option<PathBuf>,
    /// Not used by `check`: refused in one sentence.
    #[arg(long, value_name = "YYYY-MM-DD", hide = true)]
    as_of: Option<String>,
    #[command(flatten)]
    dashboard_only: DashboardOnly,
}

/// The dashboard's own flags written after `check` or `export`: taken
/// (hidden from their help) so that one sentence, not clap's usage text,
/// says they do not apply.
#[derive(Debug, Default, clap::Args)]
pub struct DashboardOnly {
    #[arg(long, hide = true)]
    watch: bool,
    #[arg(long, value_name = "DIR", hide = true)]
    export_dir: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    #[command(flatten)]
    dataset: DatasetArgs,
    #[command(flatten)]
    dashboard_only: DashboardOnly,
    /// overview, provinces, province:<id>, unit:<id> (any locality) or timeline
    #[arg(long, default_value = "overview")]
    view: String,
    /// txt (the screen as text), md, csv (the locality table) or json (the figures)
    #[arg(long, value_enum, default_value_t = Format::Txt)]
    format: Format,
    /// Columns of a txt snapshot (at least 60)
    #[arg(long, default_value_t = crate::export::DEFAULT_WIDTH, value_parser = clap::value_parser!(u16).range(60..))]
    width: u16,
    /// Write to this file instead of standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
    /// current (the 34 provinces since 1 July 2025) or former (the 63 before)
    #[arg(long, value_parser = present::parse_era, default_value = "current")]
    era: Era,
    /// province, district or commune: the units the table lists
    #[arg(long, value_parser = present::parse_level, default_value = "province")]
    level: Level,
    /// The column to sort by, as the table names it in either language (gap, "chênh lệch", year_on_year…)
    #[arg(long, value_name = "COLUMN", value_parser = present::parse_sort, default_value = "gap")]
    sort: SortKey,
    /// Sort against the column's usual direction
    #[arg(long)]
    reverse: bool,
    /// Only the localities of this status (achieved, on_track, at_risk, off_track, too_few_figures, stale, no_target, no_data)
    #[arg(long, value_name = "STATUS", value_parser = present::parse_status)]
    filter: Option<Status>,
}

fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("write the date as YYYY-MM-DD, e.g. 2026-11-23, not {s:?}"))
}

/// How a run ends: its exit code, per PRODUCT §2.
pub enum Failure {
    /// The data is invalid: exit 1.
    Invalid,
    /// The command could not be carried out as asked: exit 2.
    Usage(anyhow::Error),
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Self {
        Failure::Usage(e)
    }
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    match dispatch(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Invalid) => ExitCode::from(1),
        Err(Failure::Usage(e)) => {
            say(&format!("tiendo: {}", one_sentence(&e)));
            ExitCode::from(2)
        }
    }
}

/// One line on stderr. A closed stderr (`2>&1 | head`) is no reason to
/// fail, and `eprintln!` would panic on it.
fn say(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// An error and its causes as one line: "cannot open x: No such file".
pub fn one_sentence(e: &anyhow::Error) -> String {
    e.chain()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(": ")
}

fn dispatch(cli: &Cli) -> Result<(), Failure> {
    match &cli.command {
        Some(Command::Check(args)) => {
            let after = DashboardOnly {
                watch: args.dashboard_only.watch,
                export_dir: args.dashboard_only.export_dir.clone(),
            };
            refuse_dashboard_flags(cli, &after, args.as_of.is_some(), "check")?;
            let path = check_path(cli, args)?;
            check(cli, &path)
        }
        Some(Command::Export(args)) => {
            refuse_dashboard_flags(cli, &args.dashboard_only, false, "export")?;
            let dataset = either(cli, &cli.dataset, &args.dataset)?;
            export(cli, &dataset, args)
        }
        None => dashboard(cli),
    }
}

/// `tiendo --watch check …`, `tiendo check … --watch`: a flag the command
/// does not use is said in one sentence, not silently dropped. `--data`
/// and `--as-of` before `export` are its own; `--data` with `check` is its
/// PATH (see `check_path`); `--as-of` is not for `check`.
fn refuse_dashboard_flags(
    cli: &Cli,
    after: &DashboardOnly,
    as_of_after: bool,
    command: &str,
) -> Result<(), Failure> {
    let checks = command == "check";
    let given = [
        ("--watch", cli.watch || after.watch),
        (
            "--export-dir",
            cli.export_dir.is_some() || after.export_dir.is_some(),
        ),
        (
            "--as-of",
            checks && (cli.dataset.as_of.is_some() || as_of_after),
        ),
    ];
    match given.iter().find(|(_, on)| *on) {
        Some((flag, _)) => {
            let w = crate::text::words(cli.lang);
            Err(Failure::Usage(anyhow::anyhow!(
                "{flag} {} `tiendo {command}`: `tiendo {command} --help` {}",
                w.does_not_apply,
                w.help_lists
            )))
        }
        None => Ok(()),
    }
}

/// The dataset flags of `export`, written after it or before it
/// (`tiendo --data x export`): the same flag twice must agree.
fn either(cli: &Cli, before: &DatasetArgs, after: &DatasetArgs) -> Result<DatasetArgs, Failure> {
    fn one<T: PartialEq + Clone>(
        lang: Lang,
        flag: &str,
        a: &Option<T>,
        b: &Option<T>,
    ) -> Result<Option<T>, Failure> {
        match (a, b) {
            (Some(x), Some(y)) if x != y => Err(Failure::Usage(anyhow::anyhow!(
                "{flag} {}",
                crate::text::words(lang).given_twice
            ))),
            _ => Ok(b.clone().or_else(|| a.clone())),
        }
    }
    Ok(DatasetArgs {
        data: one(cli.lang, "--data", &before.data, &after.data)?,
        as_of: one(cli.lang, "--as-of", &before.as_of, &after.as_of)?,
    })
}

/// What `check` checks: its PATH, or the same given as `--data` (before or
/// after `check`), which is what a user of `tiendo --data PATH` types.
fn check_path(cli: &Cli, args: &CheckArgs) -> Result<PathBuf, Failure> {
    let w = crate::text::words(cli.lang);
    let mut given: Vec<&PathBuf> = [&args.path, &args.data, &cli.dataset.data]
        .into_iter()
        .flatten()
        .collect();
    given.sort();
    given.dedup();
    match given.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(Failure::Usage(anyhow::anyhow!("{}", w.check_needs_path))),
        _ => Err(Failure::Usage(anyhow::anyhow!("{}", w.check_one_path))),
    }
}

fn export(cli: &Cli, dataset: &DatasetArgs, args: &ExportArgs) -> Result<(), Failure> {
    let model = load_model(cli, dataset)?;
    let mut app = new_app(cli, dataset, model);
    app.set_table(Table {
        era: args.era,
        level: args.level,
        sort: args.sort,
        reverse: args.reverse,
        filter: args.filter,
    });
    app.judge_as_of(dataset.as_of);
    app.open_view(&args.view)
        .map_err(|e| Failure::Usage(anyhow::anyhow!(e)))?;
    let taken = crate::export::dashboard::taken_at(cli.lang, cli.today);
    let text = crate::export::render(&app, args.format, args.width, &taken)?;
    match &args.output {
        Some(path) => crate::export::write_to(path, &text)?,
        None => print_out(&text)?,
    }
    Ok(())
}

/// Writes to standard output; a reader that stopped early (`| head`) is
/// no error.
fn print_out(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to standard output"),
    }
}

/// NO_COLOR (any non-empty value) or `--no-color`.
pub fn wants_mono(cli: &Cli) -> bool {
    cli.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// The app on the loaded data, knowing which `--data` it came from.
fn new_app(cli: &Cli, dataset: &DatasetArgs, model: Model) -> App {
    let mut app = App::new(model, cli.lang, dataset_label(cli, dataset));
    app.data_args = dataset
        .data
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    app
}

fn dataset_label(cli: &Cli, dataset: &DatasetArgs) -> String {
    match &dataset.data {
        Some(p) => p.display().to_string(),
        None => crate::text::words(cli.lang).bundled.to_string(),
    }
}

fn dashboard(cli: &Cli) -> Result<(), Failure> {
    let dataset = &cli.dataset;
    // `--watch` on the bundled data: said, then the dashboard opens as
    // without it (an official who asked to follow the data still wants
    // to see it).
    let idle_watch = cli.watch && dataset.data.is_none();
    if idle_watch {
        say(&format!(
            "tiendo: {}",
            crate::text::words(cli.lang).watch_without_data
        ));
    }
    let mut model = load_model(cli, dataset)?;
    if !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        // Piped or redirected: the plain summary is what a script wants.
        model.set_as_of(dataset.as_of);
        print_out(&crate::export::summary::render(&model, cli.lang))?;
        return Ok(());
    }
    let mut app = new_app(cli, dataset, model);
    app.judge_as_of(dataset.as_of);
    app.notice = idle_watch.then_some(Notice::WatchWithoutData);
    app.mono = wants_mono(cli);
    let changes = match (&dataset.data, cli.watch) {
        (Some(path), true) => Some(crate::watch::changes(path)?),
        _ => None,
    };
    // Kept alive while the dashboard runs: dropping it stops the watching.
    let (_watcher, changes) = match changes {
        Some((w, rx)) => (Some(w), Some(rx)),
        None => (None, None),
    };
    crate::tui::run(
        app,
        crate::tui::Session {
            source: source(cli, dataset.data.clone()),
            export_dir: cli.export_dir.clone().unwrap_or_else(|| PathBuf::from(".")),
            today: cli.today,
            changes,
        },
    )?;
    Ok(())
}

/// Where a command's data comes from: `path`, or the bundled data.
fn source(cli: &Cli, path: Option<PathBuf>) -> Source {
    Source {
        path,
        today: cli.today,
        lang: cli.lang,
    }
}

/// The dataset of `--data`, or the bundled one; problems go to stderr.
fn load_model(cli: &Cli, dataset: &DatasetArgs) -> Result<Model, Failure> {
    match source(cli, dataset.data.clone()).model(How::Shown)? {
        Ok(model) => {
            if let Some(day) = dataset.as_of.filter(|d| *d > model.now) {
                return Err(Failure::Usage(anyhow::anyhow!(
                    "--as-of {day} is after today ({}): figures can be judged as of today or an earlier day",
                    model.now
                )));
            }
            Ok(model)
        }
        Err(invalid) => {
            report(&invalid.diagnostics);
            Err(Failure::Invalid)
        }
    }
}

fn check(cli: &Cli, path: &Path) -> Result<(), Failure> {
    let source = source(cli, Some(path.to_path_buf()));
    let files = source.files()?;
    let count = files.len();
    match source.load(files, How::Checked, |loaded| loaded) {
        Ok(loaded) => {
            report(&loaded.warnings);
            let summary = loaded.summary(cli.lang, &path.display().to_string(), count);
            print_out(&format!("{summary}\n"))?;
            Ok(())
        }
        Err(invalid) => {
            report(&invalid.diagnostics);
            say(&invalid.summary(cli.lang, &path.display().to_string()));
            Err(Failure::Invalid)
        }
    }
}

fn report(diagnostics: &[model::Diagnostic]) {
    let mut err = std::io::stderr().lock();
    for d in diagnostics.iter().filter(|d| d.severity == Severity::Error) {
        let _ = writeln!(err, "{d}");
    }
    for d in diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
    {
        let _ = writeln!(err, "{d}");
    }
}
