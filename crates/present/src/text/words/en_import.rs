//! `tiendo import`'s words in English: what it found, what it refuses,
//! what it wrote.

use super::ImportWords;

pub(super) const IMPORT_EN: ImportWords = ImportWords {
    roles: [
        "unit",
        "population",
        "participants",
        "coverage",
        "plan",
        "plan percent",
    ],
    not_used: ["not used", "not used (a change, not a level)"],
    role_twice: |role, cols, flag| {
        format!(
            "the headers of {cols} all name {role}: which one holds it? Say so with {flag} (or another column's letter)"
        )
    },
    vague_column: |col, letter| {
        format!(
            "column {col} holds numbers but its header does not say which figure they are; name it with --column participants={letter} (or population, coverage, plan, plan_percent), or leave it out with --column ignore={letter}"
        )
    },
    mixed_up: |off, all, cov, part, pop| {
        format!(
            "coverage (column {cov}) disagrees with participants ÷ population (columns {part} ÷ {pop}) by more than 0.5 point on {off} of {all} rows: the columns are probably mixed up; check them, or name them with --column"
        )
    },
    over_population: |p, n| {
        format!(
            "participants ({p}) exceed the population ({n}): check both cells and their columns"
        )
    },
    two_dates: |a, b| {
        format!(
            "the title cells {a} and {b} give different dates for the figures; write --date YYYY-MM-DD"
        )
    },
    future: |day, today| {
        format!(
            "the figures are dated {day}, after today ({today}): check the title line or --date"
        )
    },
    ceased: |text, name, id, on, day| {
        format!(
            "{text:?} names {name} (`{id}`), which ceased on {on}: a report dated {day} cannot give its figures; check the date, or the row"
        )
    },
    part_missing: |text, unit, on, day, missing| {
        format!(
            "{text:?} has been part of {unit} since {on}: this report (dated {day}) lists the former units, and {unit} can only be written when all of them are there, added up; missing: {missing}. Part of a unit is never written as the whole"
        )
    },
    part_without_counts: |text, unit| {
        format!(
            "{text:?} gives no participants and population, so it cannot be added up with the other parts of {unit}"
        )
    },
    parts_note: |unit, parts, on| {
        format!(
            "{unit}: the sum of the former units' rows {parts} (merged on {on}); coverage from the sums"
        )
    },
    clash: |id, day, at, source| {
        format!(
            "the data in use already has a record of `{id}` for {day} ({at}, source {source:?}); to put this report's figure in its place, import with --replace"
        )
    },
    will_replace: |at| format!("replaces the record at {at}"),
    unmatched_left: |n| match n {
        1 => "1 row names no unit of the data and was left out (--skip-unmatched):".to_string(),
        n => format!("{n} rows name no unit of the data and were left out (--skip-unmatched):"),
    },
    map_unknown: |id| format!("--map: the data has no unit `{id}`"),
    bad_map: |s| format!("--map {s:?}: write \"Name in the report=id\""),
    estimate: |from| format!("Estimated figures (≈), as {from} says: written with estimate = true"),
    columns: "Columns",
    date: "Date of the figures",
    date_from_flag: "from --date",
    date_from_title: |cell| format!("read from the title line {cell}"),
    no_date: "the date of the figures is unknown: no title line gives it (\"đến ngày 30/09/2025\", \"tháng 9/2025\", \"năm 2024\"); write --date YYYY-MM-DD",
    no_table: "no table found: it needs a header row with a unit column and at least one figure (population, participants, coverage, plan); name them with --column unit=\"Tên đơn vị\"",
    no_rows: "the table has no row of figures",
    no_column: |header, all| format!("no column is headed {header:?}; the columns are: {all}"),
    bad_column: |s| {
        format!(
            "--column {s:?}: write ROLE=HEADER, ROLE being unit, population, participants, coverage, plan or plan_percent"
        )
    },
    no_unit: |text, near| match near {
        "" => format!("no unit of the dataset is called {text:?}"),
        near => format!("no unit of the dataset is called {text:?}; closest: {near}"),
    },
    many_units: |text, all| {
        format!(
            "{text:?} names more than one unit: {all}; write the name in full (with Quận/Huyện/Xã/Phường) or add `aliases` to the dataset"
        )
    },
    twice: |text, id, row| format!("{text:?} (`{id}`) is already on row {row}"),
    not_a_number: |text, role| format!("the {role} cell must be a number, not {text:?}"),
    not_whole: |text, role| format!("the {role} cell must be a whole number, not {text:?}"),
    negative: |text, role| format!("the {role} cell cannot be negative: {text:?}"),
    over_100: |text| format!("coverage {text} is above 100 %"),
    disagrees: |c, ratio, id, date| {
        format!(
            "coverage = {c} but participants / population = {ratio:.2} for `{id}` on {date}: the source may use another population base"
        )
    },
    row_word: "row",
    matched_by: [
        "by name",
        "by former name",
        "by alias",
        "by --map",
        "the former units added up",
    ],
    skipped: [
        "totals, left out",
        "column numbers, left out",
        "no figures, left out",
    ],
    plan_note: "the table gives only the plan assigned, nothing achieved",
    written: |n, file| match n {
        1 => format!("Wrote 1 record to {file}"),
        n => format!("Wrote {n} records to {file}"),
    },
    dry_run: |n| match n {
        1 => "1 record (dry run: nothing written)".to_string(),
        n => format!("{n} records (dry run: nothing written)"),
    },
    errors: |n| match n {
        1 => "1 error; nothing written".to_string(),
        n => format!("{n} errors; nothing written"),
    },
    warning: "warning",
    no_sheet: |name, all| match all {
        "" => "the file has no sheet".to_string(),
        all => format!("there is no sheet {name:?}; the sheets are: {all}"),
    },
    unknown_format: |file| format!("{file}: tiendo reads xlsx, xls, ods and csv files"),
    not_utf8: "the csv file is not UTF-8: save it again as \"CSV UTF-8\"",
    too_big: |mb| {
        format!(
            "the file holds more than {mb} MB of data, far more than a report: is it the right file?"
        )
    },
    not_a_book: |format| {
        format!(
            "the file cannot be read as {format}: it is damaged, or it is another kind of file with that extension"
        )
    },
    beyond_sheet: |cell| {
        format!(
            "the file names a cell {cell}, beyond the last row (1048576) or column (XFD) of a sheet: it is damaged"
        )
    },
    too_many_cells: |cell, n| {
        format!(
            "the sheet reaches cell {cell} and would take more than {n} cells, far more than a report: delete the cells outside the table"
        )
    },
};
