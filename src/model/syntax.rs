//! TOML syntax errors said in plain words, with the fix for the slips a
//! person typing Vietnamese figures makes most: decimal commas and dd/mm/yyyy
//! dates.

use std::ops::Range;

pub fn explain(text: &str, span: Range<usize>, message: &str) -> String {
    let line_start = text
        .get(..span.start)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |i| i + 1);
    let line_end = text
        .get(span.start..)
        .and_then(|a| a.find('\n'))
        .map_or(text.len(), |i| span.start + i);
    let line = text
        .get(line_start..line_end)
        .unwrap_or("")
        .trim_end_matches('\r');
    // A control character typed raw (an ESC pasted from a terminal): the
    // parser stops there and calls the text unclosed; say what it is, as
    // for one written as an escape. A line end there is a text not closed.
    if let Some(c) = text
        .get(span.start..)
        .and_then(|t| t.chars().next())
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r'))
    {
        return control_character(line, span.start - line_start, message, c);
    }
    if let Some((key, value)) = line.split_once('=') {
        let key = key.trim();
        let value = value.split('#').next().unwrap_or("").trim();
        if let Some(fix) = decimal_comma(value) {
            return format!("write {key} = {fix}: a number with a decimal point");
        }
        if let Some(fix) = day_first_date(value) {
            return format!(
                "write {key} = {fix}: a date is written year-month-day, without quotes"
            );
        }
        if message.starts_with("invalid date") || message.starts_with("invalid time") {
            return format!("{key} = {value} is not a day of the calendar: {message}");
        }
        if value.chars().all(|c| c.is_ascii_digit() || c == '.') && value.matches('.').count() > 1 {
            let digits: String = value.chars().filter(char::is_ascii_digit).collect();
            return format!("write {key} = {digits}: a whole number without thousands separators");
        }
    }
    let header = line.trim();
    if message.starts_with("duplicate key")
        && let Some(name) = header.strip_prefix('[').and_then(|h| h.strip_suffix(']'))
        && !name.starts_with('[')
        && text.contains(&format!("[[{name}]]"))
    {
        return format!("write [[{name}]] with two brackets: a dataset may hold many of them");
    }
    if message.starts_with("invalid basic string") || message.starts_with("invalid literal string")
    {
        return "this text is not closed: end it with a quote on the same line".to_string();
    }
    if message.contains("recursion") || message.contains("recurse") {
        return "values are nested too deeply here: a dataset needs at most a few levels of [ ] and { }"
            .to_string();
    }
    format!("this is not valid TOML: {message}")
}

/// A control character met by the parser at byte `at` of `line`: in a
/// comment, in the value of the key the line sets, or elsewhere.
fn control_character(line: &str, at: usize, message: &str, c: char) -> String {
    if message.starts_with("invalid comment") {
        return format!(
            "a comment holds a control character ({}): remove it",
            super::hints::char_code(c)
        );
    }
    let in_text = |before: &str| {
        before.matches('"').count() % 2 == 1 || before.matches('\'').count() % 2 == 1
    };
    match line.split_once('=') {
        Some((key, value))
            if !key.trim().is_empty()
                && value
                    .get(..at.saturating_sub(key.len() + 1))
                    .is_some_and(in_text) =>
        {
            super::hints::forbidden_in(key.trim().trim_matches('"'), c)
        }
        _ => format!(
            "a control character ({}) is not allowed here: remove it; text must be plain and on one line",
            super::hints::char_code(c)
        ),
    }
}

/// `94,47` → `94.47`.
fn decimal_comma(value: &str) -> Option<String> {
    let (whole, frac) = value.split_once(',')?;
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    (digits(whole) && digits(frac.trim_end_matches('%').trim()))
        .then(|| format!("{whole}.{}", frac.trim_end_matches('%').trim()))
}

/// `31/12/2023` → `2023-12-31`.
fn day_first_date(value: &str) -> Option<String> {
    let d = chrono::NaiveDate::parse_from_str(value, "%d/%m/%Y").ok()?;
    Some(d.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_commas_and_day_first_dates_get_their_fix() {
        let text = "coverage = 94,47\n";
        assert_eq!(
            explain(text, 13..14, "x"),
            "write coverage = 94.47: a number with a decimal point"
        );
        let text = "date = 31/12/2023\n";
        assert_eq!(
            explain(text, 9..10, "x"),
            "write date = 2023-12-31: a date is written year-month-day, without quotes"
        );
        assert_eq!(
            explain("a = [", 4..5, "boom"),
            "this is not valid TOML: boom"
        );
    }
}
