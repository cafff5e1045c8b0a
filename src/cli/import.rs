//! Running `tiendo import`: the dataset its units are matched to, the
//! spreadsheet read, every problem listed, and the file written.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::commands::{print_out, report};
use super::{Cli, Failure, ImportArgs, say};
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

fn parse_columns(cli: &Cli, args: &ImportArgs) -> Result<Vec<(Role, String)>, Failure> {
    let w = &text::words(cli.lang).cli.import;
    args.columns
        .iter()
        .map(|c| {
            c.split_once('=')
                .and_then(|(role, header)| Some((Role::parse(role)?, header.trim().to_string())))
                .filter(|(_, h)| !h.is_empty())
                .ok_or_else(|| Failure::Usage(anyhow::anyhow!((w.bad_column)(c))))
        })
        .collect()
}

pub(super) fn run(cli: &Cli, args: &ImportArgs) -> Result<(), Failure> {
    let lang = cli.lang;
    let w = &text::words(lang).cli.import;
    let columns = parse_columns(cli, args)?;
    let source = Source {
        paths: dataset_paths(cli, args),
        today: cli.today,
        lang,
        cache: None,
    };
    let files = source.files()?;
    let dataset = match source.load(files, LoadHow::Quiet, |l| l.dataset) {
        Ok(d) => d,
        Err(invalid) => {
            report(&invalid.diagnostics);
            return Err(Failure::Invalid);
        }
    };
    let index = Index::new(&dataset);
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
        for role in Role::ALL {
            if let Some(c) = layout.column(role) {
                let header = layout.headers.get(c).cloned().unwrap_or_default();
                let _ = writeln!(
                    out,
                    "  {} {:?} → {}",
                    import::read::column_letters(c),
                    header,
                    w.roles.get(role.index()).copied().unwrap_or_default()
                );
            }
        }
    }
    if let Some((day, from)) = &done.date {
        let from = match from {
            DateFrom::Flag => w.date_from_flag.to_string(),
            DateFrom::Title(cell, _) => (w.date_from_title)(cell),
        };
        let _ = writeln!(out, "{}: {day} ({from})", w.date);
    }
    if args.dry_run {
        out.push_str(&dry_run(cli, &done, &sheet));
    }
    if !done.errors.is_empty() {
        print_out(lang, &out)?;
        let mut lines = String::new();
        for e in &done.errors {
            let _ = writeln!(lines, "{}: {}", at(&e.place), e.message);
        }
        for wn in &done.warnings {
            let _ = writeln!(lines, "{}: {}: {}", at(&wn.place), w.warning, wn.message);
        }
        let _ = write!(lines, "{shown}: {}", (w.errors)(done.errors.len()));
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
    let written = import::write::write(lang, args.output.as_deref(), &default, &content)?;
    let _ = writeln!(
        out,
        "{}",
        (w.written)(done.rows.len(), &written.display().to_string())
    );
    print_out(lang, &out)?;
    Ok(())
}

/// The table as read, row by row, and how each row was matched.
fn dry_run(cli: &Cli, done: &import::Import, sheet: &import::Sheet) -> String {
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
        lines.push((
            r.row,
            format!("{} → {} ({how}): {}", r.unit, r.id, figures.join(", ")),
        ));
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
