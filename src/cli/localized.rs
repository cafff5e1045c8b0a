//! The command line in the user's language: `command(lang)` with its help
//! template and words, value checks refusing in that language, and clap's
//! usage errors said again as one sentence.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, CommandFactory};

use super::args::parse_day_in;
use super::{Cli, say};
use crate::present;
use crate::text::{self, Lang};

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
        // The language chosen is the value clap parses when `--lang` is
        // not written; the help says the real default, not that choice.
        .mut_arg("lang", |a| {
            a.default_value(lang.code()).hide_default_value(true)
        })
        .mut_args(|a| checked(lang, a))
        .mut_subcommand("export", |c| c.mut_args(|a| checked(lang, a)))
        .mut_subcommand("import", |c| c.mut_args(|a| checked(lang, a)));
    if let Some(h) = &w.help {
        let [root, check, export, help, import] = h.usage;
        let [about, check_about, export_about, import_about] = h.about;
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
            .mut_subcommand("import", |c| {
                words(c).about(import_about).override_usage(import)
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
        "today" | "as_of" | "date" => a.value_parser(move |s: &str| parse_day_in(lang, s)),
        "width" => a.value_parser(move |s: &str| parse_width(lang, s)),
        "sort" => a.value_parser(move |s: &str| present::parse_sort_in(lang, s)),
        "filter" => a.value_parser(move |s: &str| present::parse_filter_in(lang, s)),
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
pub(super) fn clap_failure(lang: Lang, e: &clap::Error, args: &[OsString]) -> ExitCode {
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
            Some(c @ ("check" | "export" | "import")) => Some(format!("tiendo {c}")),
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
            (u.unknown_command)(&word, "check, export, import, help")
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

#[cfg(test)]
mod tests {
    use super::*;

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
