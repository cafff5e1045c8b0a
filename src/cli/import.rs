//! Running `tiendo import`: the dataset its units are matched to, the
//! spreadsheet read, every problem listed, and the file written.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::text::Lang;

use super::out::{print_out, report};
use super::{Cli, Failure, ImportArgs, say};
use crate::import::header::Guess;
use crate::import::{self, DateFrom, How, Index, Options, Role, Skip};
use crate::loading::{How as LoadHow, Source};
use crate::text;

/// The datasets the units are matched to: `import --data`, else the global
/// `--data` (as many as given), else the bundled one; `bundled` names it.
fn dataset_paths(cli: &Cli, args: &ImportArgs) -> Vec<PathBuf> {
    match &args.data {
        Some(path) => vec![path.clone()],
        None => cli.dataset.data.clone(),
    }
}

/// `--column ROLE=HEADER`, and `--column ignore=HEADER` apart.
type Columns = (Vec<(Role, String)>, Vec<String>);

fn parse_columns(cli: &Cli, args: &ImportArgs) -> Result<Columns, Failure> {
    let w = &text::words(cli.lang).cli.import;
    let mut named = Vec::new();
    let mut ignore = Vec::new();
    for c in &args.columns {
        let bad = || Failure::Usage(anyhow::anyhow!((w.bad_column)(c)));
        let (role, header) = c.split_once('=').ok_or_else(bad)?;
        let header = header.trim().to_string();
        if header.is_empty() {
            return Err(bad());
        }
        let role_words = crate::model::fold::words(role);
        if matches!(role_words.as_str(), "ignore" | "bo qua" | "none") {
            ignore.push(header);
        } else {
            named.push((Role::parse(role).ok_or_else(bad)?, header));
        }
    }
    Ok((named, ignore))
}

/// `--map "name=id"`, each id one the data has.
fn parse_map(
    cli: &Cli,
    args: &ImportArgs,
    index: &Index,
) -> Result<Vec<(String, String)>, Failure> {
    let w = &text::words(cli.lang).cli.import;
    args.map
        .iter()
        .map(|m| {
            let (name, id) = m
                .rsplit_once('=')
                .map(|(n, i)| (n.trim().to_string(), i.trim().to_string()))
                .filter(|(n, i)| !n.is_empty() && !i.is_empty())
                .ok_or_else(|| Failure::Usage(anyhow::anyhow!((w.bad_map)(m))))?;
            if !index.contains(&id) {
                return Err(Failure::Usage(anyhow::anyhow!((w.map_unknown)(&id))));
            }
            Ok((name, id))
        })
        .collect()
}

/// `file:line` of a place in the data in use.
fn placed(names: &[(String, String)], at: crate::model::diagnostic::Loc) -> String {
    match names.get(at.file as usize) {
        Some((name, text)) => {
            let (line, _) = crate::model::diagnostic::line_and_column(text, at.offset as usize);
            format!("{name}:{line}")
        }
        None => "?".to_string(),
    }
}

pub(super) fn run(cli: &Cli, args: &ImportArgs) -> Result<(), Failure> {
    let lang = cli.lang;
    let w = &text::words(lang).cli.import;
    let (columns, ignore) = parse_columns(cli, args)?;
    let source = Source {
        paths: dataset_paths(cli, args),
        today: cli.today,
        lang,
        cache: None,
    };
    let files = source.files()?;
    // Kept to say where a record the import would clash with is written.
    let names: Vec<(String, String)> = files
        .iter()
        .flatten()
        .map(|(name, bytes)| (name.clone(), String::from_utf8_lossy(bytes).into_owned()))
        .collect();
    let dataset = match source.load(files, LoadHow::Quiet, |l| l.dataset) {
        Ok(d) => d,
        Err(invalid) => {
            report(lang, &invalid.diagnostics);
            return Err(Failure::Invalid);
        }
    };
    let index = Index::new(&dataset);
    let map = parse_map(cli, args, &index)?;
    let sheet = import::read::read(lang, &args.file, args.sheet.as_deref())?;
    let file_name = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let opts = Options {
        file: args.file.clone(),
        date: args.date,
        source: args.source.clone(),
        sheet: args.sheet.clone(),
        columns,
        ignore,
        map,
        skip_unmatched: args.skip_unmatched,
        replace: args.replace,
        today: source.judging_day(),
        lang,
    };
    let done = import::import(&opts, &file_name, &sheet, &index);
    let shown = args.file.display().to_string();
    let at = |place: &str| {
        if place.is_empty() {
            shown.clone()
        } else {
            format!("{shown}: {place}")
        }
    };
    // What was found: the columns and the date.
    let mut out = String::new();
    if let Some(layout) = &done.layout {
        let _ = writeln!(out, "{}:", w.columns);
        for (c, header) in layout.headers.iter().enumerate() {
            if header.is_empty() {
                continue;
            }
            let role = match layout.role_at(c) {
                Some(role) => w.roles.get(role.index()).copied().unwrap_or_default(),
                None if layout.guesses.get(c) == Some(&Guess::Change) => {
                    w.not_used.get(1).copied().unwrap_or_default()
                }
                None => w.not_used.first().copied().unwrap_or_default(),
            };
            let _ = writeln!(
                out,
                "  {} {:?} → {role}",
                import::read::column_letters(c),
                header.shown(),
            );
        }
    }
    if let Some((day, from)) = &done.date {
        let from = match from {
            DateFrom::Flag => w.date_from_flag.to_string(),
            DateFrom::Title(cell, _) => (w.date_from_title)(cell),
        };
        let _ = writeln!(out, "{}: {day} ({from})", w.date);
    }
    if let Some(cell) = &done.estimate_title {
        let _ = writeln!(out, "{}", (w.estimate)(cell));
    } else if done.rows.iter().any(|r| r.estimate) {
        let _ = writeln!(out, "{}", (w.estimate)(w.columns));
    }
    // Records the data in use already has: an error each, unless --replace.
    let mut errors = done.errors.clone();
    let unit_col = done.layout.as_ref().and_then(|l| l.column(Role::Unit));
    for clash in &done.clashes {
        let place = unit_col
            .map(|c| sheet.name_cell(clash.row, c))
            .unwrap_or_default();
        let at = placed(&names, clash.existing.at);
        if !args.replace {
            errors.push(import::Problem {
                place,
                message: (w.clash)(
                    &clash.id,
                    &done
                        .date
                        .as_ref()
                        .map(|(d, _)| d.to_string())
                        .unwrap_or_default(),
                    &at,
                    &clash.existing.source,
                ),
            });
        }
    }
    if args.dry_run {
        out.push_str(&dry_run(cli, &done, &sheet, &names));
    }
    if !done.unmatched.is_empty() {
        let _ = writeln!(out, "{}", (w.unmatched_left)(done.unmatched.len()));
        for u in &done.unmatched {
            let _ = writeln!(out, "  {}: {:?}", u.place, u.unit);
        }
    }
    if !errors.is_empty() {
        print_out(lang, &out)?;
        let mut lines = String::new();
        for e in &errors {
            let _ = writeln!(lines, "{}: {}", at(&e.place), e.message);
        }
        for wn in &done.warnings {
            let _ = writeln!(lines, "{}: {}: {}", at(&wn.place), w.warning, wn.message);
        }
        let _ = write!(lines, "{shown}: {}", (w.errors)(errors.len()));
        say(&lines);
        return Err(Failure::Invalid);
    }
    for wn in &done.warnings {
        say(&format!("{}: {}: {}", at(&wn.place), w.warning, wn.message));
    }
    let Some((day, _)) = done.date else {
        return Err(Failure::Invalid);
    };
    if args.dry_run {
        let _ = writeln!(out, "{}", (w.dry_run)(done.rows.len()));
        print_out(lang, &out)?;
        return Ok(());
    }
    let content = import::write::toml(lang, &file_name, day, &done.rows);
    let default = import::write::default_output(&args.file);
    let written = write(lang, args.output.as_deref(), &default, &content)?;
    let _ = writeln!(
        out,
        "{}",
        (w.written)(done.rows.len(), &written.display().to_string())
    );
    // Which of them replace a record of the data in use, and where it is.
    for clash in &done.clashes {
        let place = unit_col
            .map(|c| sheet.name_cell(clash.row, c))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {place}: `{}`: {}",
            clash.id,
            (w.will_replace)(&placed(&names, clash.existing.at))
        );
    }
    print_out(lang, &out)?;
    Ok(())
}

/// The table as read, row by row, and how each row was matched.
fn dry_run(
    cli: &Cli,
    done: &import::Import,
    sheet: &import::Sheet,
    names: &[(String, String)],
) -> String {
    let w = &text::words(cli.lang).cli.import;
    let mut out = String::new();
    let mut lines: Vec<(usize, String)> = Vec::new();
    for r in &done.rows {
        let how = match &r.how {
            How::Name => w
                .matched_by
                .first()
                .copied()
                .unwrap_or_default()
                .to_string(),
            How::Former(old) => format!(
                "{} `{old}`",
                w.matched_by.get(1).copied().unwrap_or_default()
            ),
            How::Alias => w.matched_by.get(2).copied().unwrap_or_default().to_string(),
            How::Mapped => w.matched_by.get(3).copied().unwrap_or_default().to_string(),
            How::Parts => w.matched_by.get(4).copied().unwrap_or_default().to_string(),
        };
        let mut figures = Vec::new();
        let role = |i: usize| w.roles.get(i).copied().unwrap_or_default();
        if let Some(n) = r.population {
            figures.push(format!("{} {n}", role(1)));
        }
        if let Some(n) = r.participants {
            figures.push(format!("{} {n}", role(2)));
        }
        if let Some(n) = r.coverage {
            figures.push(format!("{} {n}", role(3)));
        }
        if let Some(n) = r.plan {
            figures.push(format!("{} {n}", role(4)));
        }
        if let Some(n) = r.plan_percent {
            figures.push(format!("{} {n}", role(5)));
        }
        let mut line = format!("{} → {} ({how}): {}", r.unit, r.id, figures.join(", "));
        if r.estimate {
            line.insert_str(0, "≈ ");
        }
        if let Some(clash) = done.clashes.iter().find(|c| c.row == r.row && r.replaces) {
            let _ = write!(
                line,
                "; {}",
                (w.will_replace)(&placed(names, clash.existing.at))
            );
        }
        if let Some(note) = &r.note {
            let _ = write!(line, "; {note}");
        }
        lines.push((r.row, line));
    }
    for (row, unit, skip) in &done.skipped {
        let why = match skip {
            Skip::Total => 0,
            Skip::Numbering => 1,
            Skip::NoFigures => 2,
        };
        lines.push((
            *row,
            format!(
                "{unit}: {}",
                w.skipped.get(why).copied().unwrap_or_default()
            ),
        ));
    }
    lines.sort_by_key(|(r, _)| *r);
    for (row, line) in lines {
        let place = match &sheet.name {
            Some(name) => format!("{name}, {} {}", w.row_word, row + 1),
            None => format!("{} {}", w.row_word, row + 1),
        };
        let _ = writeln!(out, "  {place}: {line}");
    }
    out
}

/// Writes `content` to `output` when `-o` named it (replacing it), else to
/// `default` or `<stem>-2.toml`, `-3`… whichever is free.
pub fn write(
    lang: Lang,
    named: Option<&Path>,
    default: &Path,
    content: &str,
) -> anyhow::Result<PathBuf> {
    match named {
        Some(path) => crate::export::write_to(lang, path, content).map(|()| path.to_path_buf()),
        None => {
            let dir = default
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let stem = default
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default();
            let written = crate::export::file::write_free(lang, dir, &stem, "toml", content)?;
            // `./x.toml` said as `x.toml`.
            Ok(written
                .strip_prefix(".")
                .map(Path::to_path_buf)
                .unwrap_or(written))
        }
    }
}
