//! The command line: flags shared by every command, and one function per
//! subcommand. The flags are in `args`, the language of the run in `lang`,
//! clap's help and refusals in that language in `localized`, and the
//! running of each command in `commands`.

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use clap::FromArgMatches;

use crate::text;

mod args;
mod commands;
mod import;
mod lang;
mod localized;
mod out;

pub use args::{CheckArgs, Cli, Command, DashboardOnly, DatasetArgs, ExportArgs, ImportArgs};
pub use commands::wants_mono;
pub use lang::chosen_lang;
pub use localized::{command, usage_sentence};

use commands::dispatch;
use localized::clap_failure;

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
