//! The command line's words in English: help, usage errors, I/O
//! (import's in `en_import`).

use super::en_import::IMPORT_EN;
use super::{CliWords, IoWords, UsageWords};

pub(super) const CLI_EN: CliWords = CliWords {
    help: None,
    help_command: "Print this message or the help of the given command",
    help_command_arg: "The command whose help to print (check, export, import)",
    bad_env_lang: |v| {
        format!(
            "TIENDO_LANG={v:?} is not a language tiendo speaks (vi or en): the interface is in Vietnamese"
        )
    },
    usage: UsageWords {
        unknown_option: |arg, like| match like {
            "" => format!("there is no option {arg}"),
            like => format!("there is no option {arg}; did you mean {like}?"),
        },
        unexpected: |word| format!("{word:?} is not expected here"),
        unknown_command: |word, all| {
            format!("there is no command {word:?}; the commands are {all}")
        },
        bad_value: |arg, value, valid| {
            format!("{arg} does not take {value:?}: write one of {valid}")
        },
        needs_value: |arg| format!("{arg} needs a value"),
        given_again: |arg| format!("{arg} can be given only once"),
        missing: |what| format!("{what} is missing"),
        not_utf8: "the command line holds text that is not UTF-8",
        other: |clap| format!("invalid command line ({clap})"),
        see_help: |command| format!("`{command} --help` lists the options"),
    },
    io: IoWords {
        open: "cannot open",
        read: "cannot read",
        list: "cannot list the folder",
        no_toml: |dir| format!("the folder {dir} holds no .toml file"),
        spreadsheet: |path, word| {
            format!(
                "{path} is a spreadsheet, not a TOML dataset: run `tiendo import {word}` to turn its figures into one"
            )
        },
        write: "cannot write",
        write_in: "cannot write in",
        no_free_name: |dir| format!("cannot find a free file name in {dir}"),
        not_found: "no such file or folder",
        denied: "permission denied",
        exists: "a file of that name exists",
        not_a_folder: "a part of the path is not a folder",
        is_a_folder: "it is a folder, not a file",
        read_only: "the disk is read-only",
        full: "the disk is full",
        invalid_name: "the file name is not valid",
        other: |code| match code {
            Some(code) => format!("system error {code}"),
            None => "system error".to_string(),
        },
    },
    as_of_after_today: |day, today| {
        format!(
            "--as-of {day} is after today ({today}): figures can be judged as of today or an earlier day"
        )
    },
    bad_day: |s| format!("write the date as YYYY-MM-DD, e.g. 2026-11-23, not {s:?}"),
    bad_width: |s| format!("write the width as a number of columns, 60 or more, not {s:?}"),
    unknown_name: |what, given, codes| {
        format!("no {what} is called {given:?}; write one of {codes}")
    },
    name_kinds: ["column", "status", "era", "level"],
    bad_milestone: |view, n| {
        format!("{view:?}: write timeline:<n> with n the milestone's place, 1 to {n}")
    },
    unknown_view: |view| {
        format!(
            "unknown view {view:?}: write overview, provinces, province:<id>, unit:<id> or timeline"
        )
    },
    unknown_id: |province, id, closest| {
        let what = if province { "province" } else { "locality" };
        format!("no {what} has the id {id:?}; the closest are {closest}")
    },
    not_a_province: |id, level| {
        format!("the id {id:?} is a {level}'s, not a province's: use --view unit:{id}")
    },
    needs_terminal: "the dashboard needs a terminal: run `tiendo export` to print a snapshot instead",
    terminal_size: "cannot read the terminal's size",
    terminal_draw: "cannot draw on the terminal",
    rest_lost: "reading the data stopped halfway (an internal error): run `tiendo check` on it",
    rest_invalid: "the dashboard closed: the rest of the data has the mistakes below; mend them and open it again",
    keyboard: "cannot read the keyboard",
    watch_failed: "cannot watch the data for changes",
    watch_folder: "cannot watch",
    write_csv: "cannot write the csv",
    write_json: "cannot write the json",
    write_stdout: "cannot write to standard output",
    import: IMPORT_EN,
};
