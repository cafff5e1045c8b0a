//! What `check` suggests for a figure or a date written as text, read by
//! `numbers_as_text` and `dates_as_text`.

use crate::problem::{Problem, Value};

const HEAD: &str = "schema = 1\n\n[meta]\ntitle = \"t\"\nas_of = 2025-12-31\n\n[[locality]]\nid = \"VN\"\nname = \"Việt Nam\"\nkind = \"nation\"\n\n[[locality]]\nid = \"ha-noi\"\nname = \"Hà Nội\"\nkind = \"province\"\nparent = \"VN\"\n  [[locality.record]]\n  source = \"s\"\n";

/// The fixes offered for a record with `fields`: the key and what to
/// write, none when the text cannot be read as what the key holds.
fn fixes(fields: &str) -> Vec<(String, Option<String>)> {
    let text = format!("{HEAD}{fields}\n");
    let Err(invalid) = crate::load::load_files_checked(
        vec![("t.toml".into(), text.into_bytes())],
        &crate::LoadProgress::default(),
        None,
    ) else {
        return Vec::new();
    };
    invalid
        .errors()
        .filter_map(|d| match &d.problem {
            Problem::Value(
                Value::DateInQuotes { key, fix }
                | Value::NumberInQuotes { key, fix }
                | Value::CountInQuotes { key, fix },
            ) => Some((key.clone(), fix.clone())),
            _ => None,
        })
        .collect()
}

fn fix(key: &str, fix: &str) -> Vec<(String, Option<String>)> {
    vec![(key.to_string(), Some(fix.to_string()))]
}

/// No fix: an example offered instead would be copied as a figure.
fn none(key: &str) -> Vec<(String, Option<String>)> {
    vec![(key.to_string(), None)]
}

#[test]
fn a_percentage_in_quotes_is_read_as_reports_write_it() {
    let said = |v: &str| fixes(&format!("  date = 2025-12-31\n  coverage = \"{v}\""));
    assert_eq!(said("94,47"), fix("coverage", "94.47"));
    assert_eq!(said("94.5%"), fix("coverage", "94.5"));
    // Before: no fix read, the example 94.47 offered.
    assert_eq!(said("1.234,5"), fix("coverage", "1234.5"));
}

#[test]
fn a_count_in_quotes_is_read_as_reports_write_it() {
    let said = |v: &str| fixes(&format!("  date = 2025-12-31\n  population = \"{v}\""));
    assert_eq!(said("1.234.567"), fix("population", "1234567"));
    assert_eq!(said("1,234,567"), fix("population", "1234567"));
    assert_eq!(said("1_234_567"), fix("population", "1234567"));
    // Before: the digits run together, 945; a count has no decimals, and
    // no example count is offered in its place.
    assert_eq!(said("94,5"), none("population"));
}

#[test]
fn a_date_in_quotes_is_read_day_first() {
    let said = |v: &str| fixes(&format!("  date = \"{v}\""));
    assert_eq!(said("31/12/2023"), fix("date", "2023-12-31"));
    assert_eq!(said("05/11/2025"), fix("date", "2025-11-05"));
    assert_eq!(said("31.12.2023"), fix("date", "2023-12-31"));
    // Never month first; before, a two-digit year was the year 23. No
    // example day is offered in its place: copied, it would be a date.
    assert_eq!(said("12/31/2025"), none("date"));
    assert_eq!(said("31/12/23"), none("date"));
}
