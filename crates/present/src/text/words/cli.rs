//! The command line's words: its `--help`, clap's usage errors said again,
//! and the sentences of files that cannot be read or written.

/// The command line's own words: `--help` (Vietnamese; the English is the
/// code's doc comments, which clap shows as they are) and the sentences
/// of the errors the program itself says, one sentence each.
pub struct CliWords {
    /// `--help` in this language, or `None` for clap's English.
    pub help: Option<HelpWords>,
    /// What `tiendo help` is for.
    pub help_command: &'static str,
    /// Its argument: the command whose help to print.
    pub help_command_arg: &'static str,
    /// `TIENDO_LANG` holding something else than vi or en (the value).
    pub bad_env_lang: fn(&str) -> String,
    /// The sentences of clap's usage errors.
    pub usage: UsageWords,
    /// The sentences of files that cannot be read or written.
    pub io: IoWords,
    /// `--as-of` after today: the day given, today.
    pub as_of_after_today: fn(&str, &str) -> String,
    /// A date not written as YYYY-MM-DD (what was written).
    pub bad_day: fn(&str) -> String,
    /// `--width` under 60 or not a number (what was written).
    pub bad_width: fn(&str) -> String,
    /// An unknown `--sort`, `--filter`, `--era` or `--level` value: what
    /// it names, the value, the accepted codes.
    pub unknown_name: fn(&str, &str, &str) -> String,
    /// What `--sort`, `--filter`, `--era` and `--level` take, as
    /// `unknown_name` says it.
    pub name_kinds: [&'static str; 4],
    /// `--view timeline:<n>` out of range (the view, the count).
    pub bad_milestone: fn(&str, usize) -> String,
    /// An unknown `--view`.
    pub unknown_view: fn(&str) -> String,
    /// No province (`true`) or locality with this id; the closest ids.
    pub unknown_id: fn(bool, &str, &str) -> String,
    /// `province:<id>` naming a unit of another level (the id, the
    /// level's name): `unit:<id>` opens it.
    pub not_a_province: fn(&str, &str) -> String,
    /// The dashboard run without a terminal.
    pub needs_terminal: &'static str,
    pub terminal_size: &'static str,
    pub terminal_draw: &'static str,
    /// The rest of the data, read behind its head, never came (a panic).
    pub rest_lost: &'static str,
    /// The rest of the data, read behind its head, was invalid.
    pub rest_invalid: &'static str,
    pub keyboard: &'static str,
    pub watch_failed: &'static str,
    /// Before a folder that cannot be watched.
    pub watch_folder: &'static str,
    pub write_csv: &'static str,
    pub write_json: &'static str,
    pub write_stdout: &'static str,
    /// `tiendo import`'s words.
    pub import: ImportWords,
}

/// `tiendo import`: what it found, what it refuses, what it wrote.
pub struct ImportWords {
    /// The roles of columns, as the output names them: unit, population,
    /// participants, coverage, plan, plan percent.
    pub roles: [&'static str; 6],
    /// A column no role reads; one whose header speaks of a change.
    pub not_used: [&'static str; 2],
    /// A role two columns' headers name (the role, the columns, the
    /// `--column` to write).
    pub role_twice: fn(&str, &str, &str) -> String,
    /// A column of numbers whose header does not say which figure (the
    /// column, its letter).
    pub vague_column: fn(&str, &str) -> String,
    /// Coverage against participants / population off on most rows (rows
    /// off, rows, the coverage, participants and population columns).
    pub mixed_up: fn(usize, usize, &str, &str, &str) -> String,
    /// Participants above population (participants, population).
    pub over_population: fn(u64, u64) -> String,
    /// Two title cells giving dates that disagree (the cells).
    pub two_dates: fn(&str, &str) -> String,
    /// A report dated after today (the date, today).
    pub future: fn(&str, &str) -> String,
    /// A unit that no longer existed on the report's date (the text, the
    /// unit's name, its id, its last day, the report's date).
    pub ceased: fn(&str, &str, &str, &str, &str) -> String,
    /// A former unit's row without every part of the unit it joined (the
    /// row's text, the unit, the merger's day, the report's date, the
    /// missing parts).
    pub part_missing: fn(&str, &str, &str, &str, &str) -> String,
    /// A part without participants and population to add up (the row's
    /// text, the unit).
    pub part_without_counts: fn(&str, &str) -> String,
    /// The note of a record added up from parts (the unit, the parts with
    /// their rows, the merger's day).
    pub parts_note: fn(&str, &str, &str) -> String,
    /// A record the data already has for the unit and day (the unit's
    /// id, the date, where, its source).
    pub clash: fn(&str, &str, &str, &str) -> String,
    /// The same, with `--replace`: it will be replaced (where).
    pub will_replace: fn(&str) -> String,
    /// `--skip-unmatched`: how many rows were left out, and the heading of
    /// their list.
    pub unmatched_left: fn(usize) -> String,
    /// `--map` naming an id the data does not have (the id).
    pub map_unknown: fn(&str) -> String,
    /// `--map` not written NAME=ID (what was written).
    pub bad_map: fn(&str) -> String,
    /// The figures are an estimate: the title cell saying so, or the
    /// columns.
    pub estimate: fn(&str) -> String,
    /// Before the list of columns and their roles.
    pub columns: &'static str,
    /// Before the date of the figures.
    pub date: &'static str,
    /// After the date: given by `--date`.
    pub date_from_flag: &'static str,
    /// After the date: read from a title line (the cell).
    pub date_from_title: fn(&str) -> String,
    /// Neither `--date` nor a date in the title lines.
    pub no_date: &'static str,
    /// No header row naming a unit column and a figure.
    pub no_table: &'static str,
    /// A table with no row of figures.
    pub no_rows: &'static str,
    /// `--column ROLE=HEADER` whose header is not there (the header, the headers).
    pub no_column: fn(&str, &str) -> String,
    /// `--column` not written ROLE=HEADER, or an unknown role (what was written).
    pub bad_column: fn(&str) -> String,
    /// A unit matching none (the text, the closest candidates or "").
    pub no_unit: fn(&str, &str) -> String,
    /// A unit matching several (the text, the candidates).
    pub many_units: fn(&str, &str) -> String,
    /// The same unit twice (the text, the id, the first row).
    pub twice: fn(&str, &str, usize) -> String,
    /// A cell that should be a number (the text, the role).
    pub not_a_number: fn(&str, &str) -> String,
    /// A count with a fraction (the text, the role).
    pub not_whole: fn(&str, &str) -> String,
    /// A negative figure (the text, the role).
    pub negative: fn(&str, &str) -> String,
    /// Coverage above 100 % (the text).
    pub over_100: fn(&str) -> String,
    /// Coverage against participants / population, as `check` warns: the
    /// coverage, the ratio, the id, the date.
    pub disagrees: fn(f64, f64, &str, &str) -> String,
    /// "row" in a record's source and in the dry run.
    pub row_word: &'static str,
    /// How a unit was matched: by name, by former name (the former id), by
    /// alias, by `--map`, added up from former units.
    pub matched_by: [&'static str; 5],
    /// Rows left out in the dry run: totals, column numbers, no figures.
    pub skipped: [&'static str; 3],
    /// The note of a record whose row gives only the plan assigned.
    pub plan_note: &'static str,
    /// The records written and where (the count, the file).
    pub written: fn(usize, &str) -> String,
    /// `--dry-run`'s last line (the count of records).
    pub dry_run: fn(usize) -> String,
    /// The last line when there are errors: the count, "nothing written".
    pub errors: fn(usize) -> String,
    /// Before a warning.
    pub warning: &'static str,
    /// A sheet that is not in the file (the name, the sheets).
    pub no_sheet: fn(&str, &str) -> String,
    /// A file that is no spreadsheet tiendo reads (the file).
    pub unknown_format: fn(&str) -> String,
    /// A csv file that is not UTF-8.
    pub not_utf8: &'static str,
    /// A file larger than any report (the bound in MB).
    pub too_big: fn(&str) -> String,
    /// A file that its extension's reader cannot read (the format: "xlsx").
    pub not_a_book: fn(&str) -> String,
    /// A cell named past the last row or column of a sheet (the cell).
    pub beyond_sheet: fn(&str) -> String,
    /// A sheet whose cells would pass the bound (the cell that passes it,
    /// the bound).
    pub too_many_cells: fn(&str, &str) -> String,
}

/// `--help` in a language clap does not speak: its headings, the usage
/// lines, and every command's and argument's words.
pub struct HelpWords {
    pub usage_heading: &'static str,
    pub options: &'static str,
    pub arguments: &'static str,
    pub commands: &'static str,
    /// `tiendo`, `tiendo check`, `tiendo export`, `tiendo help`,
    /// `tiendo import` usage lines.
    pub usage: [&'static str; 5],
    /// What `tiendo`, `check`, `export` and `import` do.
    pub about: [&'static str; 4],
    pub help_flag: &'static str,
    pub version_flag: &'static str,
    /// Every argument by its id: its value's name ("" for a flag) and help.
    pub args: &'static [(&'static str, &'static str, &'static str)],
}

/// clap's usage errors, said again in the user's language.
pub struct UsageWords {
    /// An option that does not exist (the option, a suggestion or "").
    pub unknown_option: fn(&str, &str) -> String,
    /// A word where none is expected (the word).
    pub unexpected: fn(&str) -> String,
    /// A command that does not exist (the word, the commands).
    pub unknown_command: fn(&str, &str) -> String,
    /// A value not among the accepted ones (option, value, accepted).
    pub bad_value: fn(&str, &str, &str) -> String,
    /// An option given without its value.
    pub needs_value: fn(&str) -> String,
    /// An option given twice.
    pub given_again: fn(&str) -> String,
    /// Something missing (what).
    pub missing: fn(&str) -> String,
    /// Text that is not valid UTF-8.
    pub not_utf8: &'static str,
    /// Anything else clap refuses (its own words).
    pub other: fn(&str) -> String,
    /// After an unknown option or command: where the options are listed.
    pub see_help: fn(&str) -> String,
}

/// Files that cannot be read or written: what was being done, and why.
pub struct IoWords {
    pub open: &'static str,
    pub read: &'static str,
    pub list: &'static str,
    /// A folder holding no `.toml` file (the folder).
    pub no_toml: fn(&str) -> String,
    /// A spreadsheet given as a dataset (the path, and the path as a
    /// shell reads it in the `tiendo import` command to run).
    pub spreadsheet: fn(&str, &str) -> String,
    pub write: &'static str,
    pub write_in: &'static str,
    /// No free snapshot name in a folder (the folder).
    pub no_free_name: fn(&str) -> String,
    pub not_found: &'static str,
    pub denied: &'static str,
    pub exists: &'static str,
    pub not_a_folder: &'static str,
    pub is_a_folder: &'static str,
    pub read_only: &'static str,
    pub full: &'static str,
    pub invalid_name: &'static str,
    /// Any other failure: the system's error code, when it has one.
    pub other: fn(Option<i32>) -> String,
}
