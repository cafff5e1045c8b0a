//! The running of each command: the dashboard, `check` and `export`, and
//! the flags a command refuses.

use std::path::PathBuf;

use super::out::{print_out, report};
use super::{CheckArgs, Cli, Command, DashboardOnly, DatasetArgs, ExportArgs, Failure, say};
use crate::app::{App, Loading, Notice, Table};
use crate::export::Format;
use crate::loading::{How, Source};
use crate::model::Model;
use crate::start::Start;
use crate::text;

pub(super) fn dispatch(cli: &Cli) -> Result<(), Failure> {
    match &cli.command {
        Some(Command::Check(args)) => {
            let after = DashboardOnly {
                watch: args.dashboard_only.watch,
                export_dir: args.dashboard_only.export_dir.clone(),
            };
            refuse_dashboard_flags(cli, &after, args.as_of.is_some(), "check")?;
            let paths = check_paths(cli, args)?;
            check(cli, paths)
        }
        Some(Command::Export(args)) => {
            refuse_dashboard_flags(cli, &args.dashboard_only, false, "export")?;
            let dataset = either(cli, &cli.dataset, &args.dataset)?;
            export(cli, &dataset, args)
        }
        Some(Command::Import(args)) => {
            refuse_dashboard_flags(cli, &DashboardOnly::default(), false, "import")?;
            super::import::run(cli, args)
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
/// (`tiendo --data x export`): every `--data` of either place, in order;
/// `--as-of` twice must agree.
fn either(cli: &Cli, before: &DatasetArgs, after: &DatasetArgs) -> Result<DatasetArgs, Failure> {
    let as_of = match (before.as_of, after.as_of) {
        (Some(x), Some(y)) if x != y => {
            return Err(Failure::Usage(anyhow::anyhow!(
                "--as-of {}",
                crate::text::words(cli.lang).given_twice
            )));
        }
        (a, b) => b.or(a),
    };
    Ok(DatasetArgs {
        data: distinct(before.data.iter().chain(&after.data)),
        as_of,
        no_cache: before.no_cache || after.no_cache,
    })
}

/// The paths in the order first given, each once: a dataset named twice
/// is loaded once.
fn distinct<'a>(paths: impl Iterator<Item = &'a PathBuf>) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = Vec::new();
    for p in paths {
        if !out.contains(p) {
            out.push(p.clone());
        }
    }
    out
}

/// What `check` checks: its PATHs, and those given as `--data` (before or
/// after `check`), which is what a user of `tiendo --data PATH` types;
/// several are checked as one dataset.
fn check_paths(cli: &Cli, args: &CheckArgs) -> Result<Vec<PathBuf>, Failure> {
    let given = distinct(cli.dataset.data.iter().chain(&args.path).chain(&args.data));
    if given.is_empty() {
        let w = crate::text::words(cli.lang);
        return Err(Failure::Usage(anyhow::anyhow!("{}", w.check_needs_path)));
    }
    Ok(given)
}

fn export(cli: &Cli, dataset: &DatasetArgs, args: &ExportArgs) -> Result<(), Failure> {
    let model = load_model(cli, dataset)?;
    crate::timings::mark("model ready");
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
    // The screen as it would be: without colours, the html has none and
    // the charts of txt and html draw their lines with the marks that tell
    // them apart without colour, as `e` on such a screen writes them.
    app.mono = wants_mono(cli);
    app.ascii = wants_ascii(cli);
    let to_stdout = args.output.as_ref().is_none_or(|p| p.as_os_str() == "-");
    if args.format == Format::Xlsx
        && to_stdout
        && std::io::IsTerminal::is_terminal(&std::io::stdout())
    {
        let refusal = crate::text::sheet_words(cli.lang).xlsx_to_terminal;
        return Err(Failure::Usage(anyhow::anyhow!("{refusal}")));
    }
    let taken = crate::export::dashboard::taken_at(cli.today);
    app.csv_style = args.csv_style;
    crate::timings::mark("view opened");
    let bytes = crate::export::render_bytes(&app, args.format, args.csv_style, args.width, &taken)?;
    crate::timings::mark("rendered");
    match &args.output {
        // `-o -` is standard output, as for most command-line tools: never
        // a file named `-`.
        Some(path) if path.as_os_str() != "-" => crate::export::write_to(cli.lang, path, &bytes)?,
        _ => print_out(cli.lang, &bytes)?,
    }
    crate::timings::mark("written");
    // A csv or a sheet has no header to say the figures it leaves out, as
    // the other formats do: said beside it, never silently.
    let left_out = app.model.left_out();
    if left_out > 0 && matches!(args.format, Format::Csv | Format::Xlsx) {
        let said = text::left_out(cli.lang, left_out, app.model.now);
        say(&format!("tiendo: {said}"));
    }
    // The process ends with this command: its memory goes back whole, where
    // freeing the model piece by piece would take a tenth of a second at
    // 100,000 localities.
    std::mem::forget(app);
    Ok(())
}

/// NO_COLOR (any non-empty value) or `--no-color`.
pub fn wants_mono(cli: &Cli) -> bool {
    cli.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// TIENDO_ASCII (any non-empty value) or `--ascii`.
pub fn wants_ascii(cli: &Cli) -> bool {
    cli.ascii || std::env::var_os("TIENDO_ASCII").is_some_and(|v| !v.is_empty())
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

/// The datasets as the screen and a snapshot's header name them:
/// "dữ liệu kèm theo + thang-9.toml".
fn dataset_label(cli: &Cli, dataset: &DatasetArgs) -> String {
    let bundled = crate::text::words(cli.lang).bundled;
    if dataset.data.is_empty() {
        return bundled.to_string();
    }
    dataset
        .data
        .iter()
        .map(|p| {
            if crate::bundled::is_named(p) {
                bundled.to_string()
            } else {
                p.display().to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

fn dashboard(cli: &Cli) -> Result<(), Failure> {
    let dataset = &cli.dataset;
    // `--watch` on the bundled data: said, then the dashboard opens as
    // without it (an official who asked to follow the data still wants
    // to see it).
    let source = cached_source(cli, dataset);
    let idle_watch = cli.watch && source.watched().is_empty();
    if idle_watch {
        say(&format!(
            "tiendo: {}",
            crate::text::words(cli.lang).watch_without_data
        ));
    }
    if !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        // Piped or redirected: the plain summary is what a script wants.
        let mut model = load_model(cli, dataset)?;
        model.set_as_of(dataset.as_of);
        print_out(cli.lang, &crate::export::summary::render(&model, cli.lang))?;
        return Ok(());
    }
    let (model, rest) = match crate::start::open(&source)? {
        Ok(Start::Whole(model)) => (model, None),
        Ok(Start::Head { model, rest }) => (model, Some(rest)),
        Err(invalid) => {
            refuse(cli, dataset, &invalid);
            return Err(Failure::Invalid);
        }
    };
    as_of_within(cli, dataset, &model)?;
    let mut app = new_app(cli, dataset, model);
    app.rest = rest.as_ref().map(|_| Loading::default());
    // What `App::new` has to say (the figures dated after the judging day)
    // is the start's notice, unless `--watch` has nothing to watch; the
    // as-of day is in the header already.
    let left_out = app.notice.take();
    app.judge_as_of(dataset.as_of);
    app.notice = if idle_watch {
        Some(Notice::WatchWithoutData)
    } else {
        left_out
    };
    app.mono = wants_mono(cli);
    app.ascii = wants_ascii(cli);
    let changes = if cli.watch && !idle_watch {
        Some(crate::watch::changes(cli.lang, &source.watched())?)
    } else {
        None
    };
    // Kept alive while the dashboard runs: dropping them stops the watching.
    let (_watchers, changes) = match changes {
        Some((w, rx)) => (w, Some(rx)),
        None => (Vec::new(), None),
    };
    let invalid = crate::tui::run(
        app,
        crate::tui::Session {
            source,
            export_dir: cli.export_dir.clone().unwrap_or_else(|| PathBuf::from(".")),
            today: cli.today,
            changes,
            rest,
        },
    )?;
    match invalid {
        // The rest of the data, read behind its head, was not valid: the
        // official saw the dashboard close, and is told why first.
        Some(invalid) => {
            say(&format!(
                "tiendo: {}",
                crate::text::words(cli.lang).cli.rest_invalid
            ));
            refuse(cli, dataset, &invalid);
            Err(Failure::Invalid)
        }
        None => Ok(()),
    }
}

/// Where a command's data comes from: the datasets of `paths` as one,
/// or the bundled data when there is none.
fn source(cli: &Cli, paths: Vec<PathBuf>) -> Source {
    Source {
        paths,
        today: cli.today,
        lang: cli.lang,
        cache: None,
    }
}

/// The source of the dashboard or `export`: the datasets of `--data`, with
/// the warm-start cache unless `--no-cache`.
fn cached_source(cli: &Cli, dataset: &DatasetArgs) -> Source {
    Source {
        cache: if dataset.no_cache {
            None
        } else {
            crate::cache::Policy::from_env()
        },
        ..source(cli, dataset.data.clone())
    }
}

/// The dataset of `--data`, or the bundled one; problems go to stderr.
fn load_model(cli: &Cli, dataset: &DatasetArgs) -> Result<Model, Failure> {
    match cached_source(cli, dataset).model(How::Shown)? {
        Ok(model) => {
            as_of_within(cli, dataset, &model)?;
            Ok(model)
        }
        Err(invalid) => {
            refuse(cli, dataset, &invalid);
            Err(Failure::Invalid)
        }
    }
}

/// The problems of data the dashboard or an export will not open, errors
/// first, then what `check` says last ("data: 3 errors, 1,744 warnings"):
/// below a screenful of warnings, the errors would otherwise go unseen.
fn refuse(cli: &Cli, dataset: &DatasetArgs, invalid: &crate::model::Invalid) {
    report(cli.lang, &invalid.diagnostics);
    say(&text::refused(
        invalid,
        cli.lang,
        &dataset_label(cli, dataset),
    ));
}

/// `--as-of` on a day the data can be judged on: not after today.
fn as_of_within(cli: &Cli, dataset: &DatasetArgs, model: &Model) -> Result<(), Failure> {
    match dataset.as_of.filter(|d| *d > model.now) {
        Some(day) => Err(Failure::Usage(anyhow::anyhow!((text::words(cli.lang)
            .cli
            .as_of_after_today)(
            &text::date(cli.lang, day),
            &text::date(cli.lang, model.now)
        )))),
        None => Ok(()),
    }
}

fn check(cli: &Cli, paths: Vec<PathBuf>) -> Result<(), Failure> {
    // "bundled + thang-9.toml: no errors, …", as the paths were written.
    let named = paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(" + ");
    let source = source(cli, paths);
    let sets = source.files()?;
    let count = sets.iter().map(Vec::len).sum();
    match source.load(sets, How::Checked, |loaded| loaded) {
        Ok(loaded) => {
            report(cli.lang, &loaded.warnings);
            let mut summary = text::accepted(&loaded, cli.lang, &named, count);
            // Later than the judging day given, not wrong: the dashboard
            // on that day leaves them out, and says so as this does.
            let day = source.judging_day();
            let left_out = crate::model::left_out::dated_after(&loaded.dataset.localities, day);
            if left_out > 0 {
                summary = format!("{summary}; {}", text::left_out(cli.lang, left_out, day));
            }
            print_out(cli.lang, &format!("{summary}\n"))?;
            Ok(())
        }
        Err(invalid) => {
            report(cli.lang, &invalid.diagnostics);
            say(&text::refused(&invalid, cli.lang, &named));
            Err(Failure::Invalid)
        }
    }
}
