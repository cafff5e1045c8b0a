//! The command line: flags shared by every command, and one function per
//! subcommand.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use std::ffi::{OsStr, OsString};

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::app::{App, Level, Notice, SortKey, Table};
use crate::export::Format;
use crate::loading::{How, Source};
use crate::model::{self, Model, Severity};
use crate::model::{Era, Status};
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
    /// Language of the interface and of numbers (also the TIENDO_LANG variable)
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
    parse_day_in(Lang::En, s)
}

/// A day written YYYY-MM-DD; the refusal is said in `lang`.
fn parse_day_in(lang: Lang, s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| (text::words(lang).cli.bad_day)(s))
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

/// The program: the language first (so clap's help and refusals are in
/// it), then the command line, then the command.
pub fn run() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let env = std::env::var_os("TIENDO_LANG");
    let (lang, bad_env) = chosen_lang(&args, env.as_deref());
    if let Some(value) = bad_env {
        say(&format!(
            "tiendo: {}",
            (text::words(lang).cli.bad_env_lang)(&value)
        ));
    }
    let matches = match command(lang).try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(e) => return clap_failure(lang, &e, &args),
    };
    if let Some(("help", sub)) = matches.subcommand() {
        // `tiendo help export` is `tiendo export --help`, in the same words.
        let mut again: Vec<OsString> = vec!["tiendo".into()];
        again.extend(sub.get_one::<String>("command").map(OsString::from));
        again.push("--help".into());
        return match command(lang).try_get_matches_from(&again) {
            Ok(_) => ExitCode::SUCCESS,
            Err(e) => clap_failure(lang, &e, &args),
        };
    }
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => return clap_failure(lang, &e, &args),
    };
    match dispatch(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Invalid) => ExitCode::from(1),
        Err(Failure::Usage(e)) => {
            say(&format!("tiendo: {}", one_sentence(&e)));
            ExitCode::from(2)
        }
    }
}

/// The language of this run, known before clap speaks: `--lang` (the
/// last one written before a `--`), else `TIENDO_LANG`, else Vietnamese.
/// Also the value of a `TIENDO_LANG` that names no language, to say so.
pub fn chosen_lang(args: &[OsString], env: Option<&OsStr>) -> (Lang, Option<String>) {
    let code = |v: &OsStr| match v.to_str().map(|v| v.trim().to_ascii_lowercase()) {
        Some(v) if v == "vi" => Some(Lang::Vi),
        Some(v) if v == "en" => Some(Lang::En),
        _ => None,
    };
    let mut flag = None;
    let mut words = args.iter().skip(1);
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if word == "--lang" {
            // A value clap will refuse leaves the language to the rest.
            flag = words.next().and_then(|v| code(v)).or(flag);
        } else if let Some(value) = word.to_str().and_then(|w| w.strip_prefix("--lang=")) {
            flag = code(OsStr::new(value)).or(flag);
        }
    }
    let from_env = env.filter(|v| !v.is_empty()).map(|v| (code(v), v));
    let bad_env = match from_env {
        Some((None, v)) => Some(v.to_string_lossy().into_owned()),
        _ => None,
    };
    let lang = flag
        .or(from_env.and_then(|(lang, _)| lang))
        .unwrap_or_default();
    (lang, bad_env)
}

/// The command line clap reads, in `lang`: its `--help` (headings, usage
/// lines, every command's and argument's words), `--lang`'s default (the
/// language chosen), and value checks whose refusals are said in `lang`.
pub fn command(lang: Lang) -> clap::Command {
    let w = &text::words(lang).cli;
    let help = clap::Command::new("help").about(w.help_command).arg(
        Arg::new("command")
            .value_name(if lang == Lang::Vi {
                "LỆNH"
            } else {
                "COMMAND"
            })
            .help(w.help_command_arg),
    );
    let mut cmd = Cli::command()
        .disable_help_subcommand(true)
        .subcommand(help)
        .mut_arg("lang", |a| a.default_value(lang.code()))
        .mut_args(|a| checked(lang, a))
        .mut_subcommand("export", |c| c.mut_args(|a| checked(lang, a)));
    if let Some(h) = &w.help {
        let [root, check, export, help] = h.usage;
        let [about, check_about, export_about] = h.about;
        // Styled as clap styles its own "Usage:" (plain when not a terminal).
        let style = *cmd.get_styles().get_usage();
        let template = format!(
            "{{before-help}}{{about-with-newline}}\n{style}{}{style:#} {{usage}}\n\n{{all-args}}{{after-help}}",
            h.usage_heading
        );
        let words = |c: clap::Command| {
            c.help_template(&template)
                .subcommand_help_heading(h.commands)
                .disable_help_flag(true)
                .arg(
                    Arg::new("help")
                        .short('h')
                        .long("help")
                        .action(ArgAction::Help)
                        .help(h.help_flag)
                        .display_order(usize::MAX),
                )
                .mut_args(|a| in_words(h, a))
        };
        cmd = words(cmd)
            .about(about)
            .override_usage(root)
            .disable_version_flag(true)
            .arg(
                Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(ArgAction::Version)
                    .help(h.version_flag)
                    .help_heading(h.options)
                    .display_order(usize::MAX),
            )
            .mut_subcommand("check", |c| {
                words(c).about(check_about).override_usage(check)
            })
            .mut_subcommand("export", |c| {
                words(c).about(export_about).override_usage(export)
            })
            .mut_subcommand("help", |c| words(c).override_usage(help));
    }
    cmd
}

/// An argument in the words of `h`: its value's name and help, defaults
/// and accepted values written in the help (clap would say them in English).
fn in_words(h: &text::HelpWords, a: Arg) -> Arg {
    let heading = if a.is_positional() {
        h.arguments
    } else {
        h.options
    };
    let a = a.help_heading(heading);
    let a = if a.get_action().takes_values() {
        a.hide_default_value(true).hide_possible_values(true)
    } else {
        a
    };
    match h.args.iter().find(|(id, _, _)| a.get_id() == *id) {
        Some((_, value, help)) => {
            let a = a.help(*help).long_help(None);
            if value.is_empty() {
                a
            } else {
                a.value_name(*value)
            }
        }
        None => a,
    }
}

/// The value checks of the dashboard's and export's flags, refusing in
/// `lang` (`check`'s hidden `--as-of` is only there to be refused).
fn checked(lang: Lang, a: Arg) -> Arg {
    match a.get_id().as_str() {
        "today" | "as_of" => a.value_parser(move |s: &str| parse_day_in(lang, s)),
        "width" => a.value_parser(move |s: &str| parse_width(lang, s)),
        "sort" => a.value_parser(move |s: &str| present::parse_sort_in(lang, s)),
        "filter" => a.value_parser(move |s: &str| present::parse_status_in(lang, s)),
        "era" => a.value_parser(move |s: &str| present::parse_era_in(lang, s)),
        "level" => a.value_parser(move |s: &str| present::parse_level_in(lang, s)),
        _ => a,
    }
}

fn parse_width(lang: Lang, s: &str) -> Result<u16, String> {
    s.trim()
        .parse::<u16>()
        .ok()
        .filter(|w| *w >= 60)
        .ok_or_else(|| (text::words(lang).cli.bad_width)(s))
}

/// clap's refusal, said as one sentence in `lang` (help and version are
/// printed as clap writes them, in the words `command` gave it).
fn clap_failure(lang: Lang, e: &clap::Error, args: &[OsString]) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // A reader gone early (`| head`) is no failure.
            let _ = e.print();
            ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
        }
        _ => {
            say(&format!("tiendo: {}", usage_sentence(lang, e, args)));
            ExitCode::from(2)
        }
    }
}

/// One of clap's usage errors in the user's words: what was wrong, and
/// what would be right when clap knows it.
pub fn usage_sentence(lang: Lang, e: &clap::Error, args: &[OsString]) -> String {
    let u = &text::words(lang).cli.usage;
    let context = |kind: ContextKind| -> Option<String> {
        match e.get(kind)? {
            ContextValue::String(s) => Some(s.clone()),
            ContextValue::Strings(v) => Some(v.join(", ")),
            ContextValue::StyledStr(s) => Some(s.to_string()),
            ContextValue::StyledStrs(v) => Some(
                v.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            ContextValue::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    // `--sort <COLUMN>` is named `--sort`.
    let arg = context(ContextKind::InvalidArg)
        .map(|a| a.split(' ').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    let value = context(ContextKind::InvalidValue).unwrap_or_default();
    // The command whose help lists the options: the one written, if any.
    let help_of = args
        .iter()
        .skip(1)
        .take_while(|a| *a != "--")
        .find_map(|a| match a.to_str() {
            Some(c @ ("check" | "export")) => Some(format!("tiendo {c}")),
            _ => None,
        })
        .unwrap_or_else(|| "tiendo".to_string());
    let see_help = (u.see_help)(&help_of);
    match e.kind() {
        ErrorKind::UnknownArgument if arg.starts_with('-') => {
            let like = context(ContextKind::SuggestedArg).unwrap_or_default();
            match like.split(' ').next().unwrap_or_default() {
                "" => format!("{}: {see_help}", (u.unknown_option)(&arg, "")),
                like => (u.unknown_option)(&arg, like),
            }
        }
        ErrorKind::UnknownArgument => format!("{}: {see_help}", (u.unexpected)(&arg)),
        ErrorKind::InvalidSubcommand => {
            let word = context(ContextKind::InvalidSubcommand).unwrap_or_default();
            (u.unknown_command)(&word, "check, export, help")
        }
        ErrorKind::InvalidValue if value.is_empty() => (u.needs_value)(&arg),
        ErrorKind::InvalidValue => {
            let valid = context(ContextKind::ValidValue).unwrap_or_default();
            (u.bad_value)(&arg, &value, &valid)
        }
        ErrorKind::ValueValidation => match std::error::Error::source(e) {
            // The checks of `command` say what is wrong and what is right.
            Some(why) => format!("{arg}: {why}"),
            None => (u.bad_value)(&arg, &value, ""),
        },
        ErrorKind::ArgumentConflict => (u.given_again)(&arg),
        ErrorKind::MissingRequiredArgument | ErrorKind::MissingSubcommand => {
            (u.missing)(&context(ContextKind::InvalidArg).unwrap_or_default())
        }
        ErrorKind::InvalidUtf8 => u.not_utf8.to_string(),
        _ => {
            let clap = e.kind().as_str().unwrap_or_default();
            (u.other)(clap)
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
        Some(path) => crate::export::write_to(cli.lang, path, &text)?,
        None => print_out(cli.lang, &text)?,
    }
    Ok(())
}

/// Writes to standard output; a reader that stopped early (`| head`) is
/// no error.
fn print_out(lang: Lang, text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(anyhow::anyhow!(
            "{}: {}",
            crate::text::words(lang).cli.write_stdout,
            crate::text::io_reason(lang, &e)
        )),
        Ok(()) => Ok(()),
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
        print_out(cli.lang, &crate::export::summary::render(&model, cli.lang))?;
        return Ok(());
    }
    let mut app = new_app(cli, dataset, model);
    app.judge_as_of(dataset.as_of);
    app.notice = idle_watch.then_some(Notice::WatchWithoutData);
    app.mono = wants_mono(cli);
    let changes = match (&dataset.data, cli.watch) {
        (Some(path), true) => Some(crate::watch::changes(cli.lang, path)?),
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
                return Err(Failure::Usage(anyhow::anyhow!((text::words(cli.lang)
                    .cli
                    .as_of_after_today)(
                    &text::date(cli.lang, day),
                    &text::date(cli.lang, model.now)
                ))));
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
            print_out(cli.lang, &format!("{summary}\n"))?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn lang_of(args: &[&str], env: Option<&str>) -> (Lang, Option<String>) {
        let args: Vec<OsString> = std::iter::once("tiendo")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect();
        chosen_lang(&args, env.map(OsStr::new))
    }

    #[test]
    fn the_language_is_the_flag_then_the_variable_then_vietnamese() {
        assert_eq!(lang_of(&[], None), (Lang::Vi, None));
        assert_eq!(lang_of(&[], Some("en")), (Lang::En, None));
        assert_eq!(lang_of(&["--lang", "vi"], Some("en")), (Lang::Vi, None));
        assert_eq!(lang_of(&["--lang=en", "export"], Some("vi")).0, Lang::En);
        assert_eq!(lang_of(&["export", "--lang", "en"], None).0, Lang::En);
        // The last one written, as clap would refuse a second anyway.
        assert_eq!(lang_of(&["--lang", "en", "--lang", "vi"], None).0, Lang::Vi);
        // A value clap will refuse leaves the language to the rest.
        assert_eq!(lang_of(&["--lang", "fr"], Some("en")).0, Lang::En);
        // After `--` nothing is a flag.
        assert_eq!(lang_of(&["--", "--lang", "en"], None).0, Lang::Vi);
        // An empty variable is no variable; another value is said.
        assert_eq!(lang_of(&[], Some("")), (Lang::Vi, None));
        assert_eq!(lang_of(&[], Some("EN ")), (Lang::En, None));
        assert_eq!(lang_of(&[], Some("fr")), (Lang::Vi, Some("fr".to_string())));
        assert_eq!(
            lang_of(&["--lang", "en"], Some("fr")).1,
            Some("fr".to_string())
        );
    }

    #[test]
    fn the_command_line_is_well_formed_in_both_languages() {
        // clap's own checks, which otherwise run only in debug builds.
        command(Lang::Vi).debug_assert();
        command(Lang::En).debug_assert();
        // Every argument the Vietnamese words name exists, and every
        // visible one has Vietnamese words.
        let Some(h) = &text::words(Lang::Vi).cli.help else {
            panic!("Vietnamese help words")
        };
        let mut cmd = command(Lang::Vi);
        cmd.build();
        let all: Vec<clap::Command> = std::iter::once(cmd.clone())
            .chain(cmd.get_subcommands().cloned())
            .collect();
        for (id, _, _) in h.args {
            assert!(
                all.iter()
                    .any(|c| c.get_arguments().any(|a| a.get_id() == *id)),
                "{id}"
            );
        }
        for c in &all {
            for a in c.get_arguments().filter(|a| !a.is_hide_set()) {
                let help = a.get_help().map(ToString::to_string).unwrap_or_default();
                assert!(
                    h.args.iter().any(|(_, _, words)| *words == help)
                        || help == h.help_flag
                        || help == h.version_flag
                        || help == text::words(Lang::Vi).cli.help_command_arg,
                    "{} {}: {help}",
                    c.get_name(),
                    a.get_id()
                );
            }
        }
    }
}
