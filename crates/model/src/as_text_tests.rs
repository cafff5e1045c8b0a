//! What `check` suggests for a figure or a date written as text, read by
//! `numbers_as_text` and `dates_as_text`.

use crate::lang::Lang;

const HEAD: &str = "schema = 1\n\n[meta]\ntitle = \"t\"\nas_of = 2025-12-31\n\n[[locality]]\nid = \"VN\"\nname = \"Việt Nam\"\nkind = \"nation\"\n\n[[locality]]\nid = \"ha-noi\"\nname = \"Hà Nội\"\nkind = \"province\"\nparent = \"VN\"\n  [[locality.record]]\n  source = \"s\"\n";

/// The errors of a record with `fields`, each without its place.
fn errors(fields: &str) -> Vec<String> {
    let text = format!("{HEAD}{fields}\n");
    let Err(invalid) = crate::load::load_files_checked(
        vec![("t.toml".into(), text.into_bytes())],
        &crate::LoadProgress::default(),
        None,
        Lang::En,
    ) else {
        return Vec::new();
    };
    invalid
        .errors()
        .map(|d| d.message.clone())
        .filter(|m| m.starts_with("write"))
        .collect()
}

#[test]
fn a_percentage_in_quotes_is_read_as_reports_write_it() {
    let said = |v: &str| errors(&format!("  date = 2025-12-31\n  coverage = \"{v}\""));
    assert_eq!(
        said("94,47"),
        ["write coverage = 94.47: a number with a decimal point, without quotes"]
    );
    assert_eq!(
        said("94.5%"),
        ["write coverage = 94.5: a number with a decimal point, without quotes"]
    );
    // Before: no fix read, the example 94.47 offered.
    assert_eq!(
        said("1.234,5"),
        ["write coverage = 1234.5: a number with a decimal point, without quotes"]
    );
}

#[test]
fn a_count_in_quotes_is_read_as_reports_write_it() {
    let said = |v: &str| errors(&format!("  date = 2025-12-31\n  population = \"{v}\""));
    let fix = |n: &str| {
        vec![format!(
            "write population = {n}: a count is a whole number without quotes or separators"
        )]
    };
    assert_eq!(said("1.234.567"), fix("1234567"));
    assert_eq!(said("1,234,567"), fix("1234567"));
    assert_eq!(said("1_234_567"), fix("1234567"));
    // Before: the digits run together, 945; a count has no decimals.
    assert_eq!(said("94,5"), fix("1741540"));
}

#[test]
fn a_date_in_quotes_is_read_day_first() {
    let said = |v: &str| errors(&format!("  date = \"{v}\""));
    let fix = |d: &str| {
        vec![format!(
            "write date = {d}: a date is written year-month-day, without quotes"
        )]
    };
    assert_eq!(said("31/12/2023"), fix("2023-12-31"));
    assert_eq!(said("05/11/2025"), fix("2025-11-05"));
    assert_eq!(said("31.12.2023"), fix("2023-12-31"));
    // Never month first; before, a two-digit year was the year 23.
    assert_eq!(said("12/31/2025"), fix("2025-12-31"));
    assert_eq!(said("31/12/23"), fix("2025-12-31"));
}
