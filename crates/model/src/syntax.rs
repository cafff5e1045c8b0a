//! TOML syntax errors said in plain words, with the fix for the slips a
//! person typing Vietnamese figures makes most: decimal commas and dd/mm/yyyy
//! dates.

use std::ops::Range;

use crate::numbers_as_text::{self, Kind};
use crate::partial_dates::{self, Partial};
use crate::problem::{Field, Found, Problem, Syntax, Value};

/// A syntax error of the TOML parser (`message`, in English) at `span` of
/// `text`, as a problem with its fix where the slip is a known one.
pub fn explain(text: &str, span: Range<usize>, message: &str) -> Problem {
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
        let key = key.trim().to_string();
        let value = value.split('#').next().unwrap_or("").trim();
        if let Some(fix) = percent_sign(value) {
            return Syntax::PercentSign { key, fix }.into();
        }
        if let Some((fix, true)) = separated_number(&key, value) {
            return Syntax::DecimalComma { key, fix }.into();
        }
        if let Some((digits, false)) = separated_number(&key, value) {
            return Syntax::ThousandsSeparators { key, digits }.into();
        }
        if let Some(digits) = space_grouped(value) {
            return Syntax::ThousandsSeparators { key, digits }.into();
        }
        if partial_dates::is_date_key(&key)
            && let Some(period) = Partial::read(value)
        {
            let meaning = partial_dates::meaning(&table_at(text, line_start), &key);
            return Value::PartialDate {
                key,
                period,
                meaning,
            }
            .into();
        }
        if let Some(fix) = day_first_date(value) {
            return Syntax::DayFirstDate { key, fix }.into();
        }
        // Words typed bare where a figure or a day is due: the parser asks
        // for quotes, which would make them text, never the figure.
        if message.starts_with("string values must be quoted")
            && let Some(problem) = words_for_a_figure(&key, value)
        {
            return problem;
        }
        if message.starts_with("invalid date") || message.starts_with("invalid time") {
            return Syntax::NotACalendarDay {
                key,
                value: value.to_string(),
                parser: message.to_string(),
            }
            .into();
        }
    }
    let header = line.trim();
    if message.starts_with("duplicate key")
        && let Some(name) = header.strip_prefix('[').and_then(|h| h.strip_suffix(']'))
        && !name.starts_with('[')
        && text.contains(&format!("[[{name}]]"))
    {
        return Syntax::SingleBrackets {
            name: name.to_string(),
        }
        .into();
    }
    if message.starts_with("invalid basic string") || message.starts_with("invalid literal string")
    {
        return Syntax::UnclosedText.into();
    }
    if message.contains("recursion") || message.contains("recurse") {
        return Syntax::TooDeep.into();
    }
    Syntax::NotToml {
        parser: message.to_string(),
    }
    .into()
}

/// A control character met by the parser at byte `at` of `line`: in a
/// comment, in the value of the key the line sets, or elsewhere.
fn control_character(line: &str, at: usize, message: &str, c: char) -> Problem {
    if message.starts_with("invalid comment") {
        return Syntax::ControlInComment { c }.into();
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
            Field::Forbidden {
                key: key.trim().trim_matches('"').to_string(),
                c,
            }
            .into()
        }
        _ => Syntax::ControlHere { c }.into(),
    }
}

/// `key = value` with `value` words, where `key` holds a day, a count or a
/// percentage: what the key holds, instead of the parser's quotes.
fn words_for_a_figure(key: &str, value: &str) -> Option<Problem> {
    let found = Found::Text(value.to_string());
    let key = key.to_string();
    let problem = match key.as_str() {
        k if partial_dates::is_date_key(k) => Value::NotADate { key, found },
        "participants" | "population" | "plan" | "count" => Value::NotACount { key, found },
        "coverage" | "plan_percent" | "poor" | "near_poor" | "children_under_6" | "over_80"
        | "students" | "farming_households" => Value::NotANumber { key, found },
        _ => return None,
    };
    Some(problem.into())
}

/// A number written with a decimal comma or thousands separators
/// (`numbers_as_text`): the plain number, and whether it has decimals.
fn separated_number(key: &str, value: &str) -> Option<(String, bool)> {
    if !value.contains([',', '.']) {
        return None;
    }
    // Only counts of people are whole: a lone `1.741` in one is thousands.
    let kind = match key {
        "participants" | "population" | "plan" | "count" => Kind::Count,
        _ => Kind::Percent,
    };
    let plain = numbers_as_text::plain(value, kind).ok()??;
    let decimals = plain.contains('.');
    Some((plain, decimals))
}

/// `322 000`: digits grouped by three with spaces (plain or no-break), as
/// a Vietnamese report prints a count; the digits alone. Groups of other
/// sizes (`94 5`) are no number.
fn space_grouped(value: &str) -> Option<String> {
    let groups: Vec<&str> = value
        .split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .filter(|g| !g.is_empty())
        .collect();
    let (first, rest) = groups.split_first()?;
    let digits = |g: &str| g.chars().all(|c| c.is_ascii_digit());
    let grouped = !rest.is_empty()
        && (1..=3).contains(&first.len())
        && digits(first)
        && rest.iter().all(|g| g.len() == 3 && digits(g));
    grouped.then(|| groups.concat())
}

/// `92%` or `92.5 %`: the number without its sign.
fn percent_sign(value: &str) -> Option<String> {
    let number = value.strip_suffix('%')?.trim_end();
    let valid = !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit() || c == '.')
        && number.matches('.').count() <= 1
        && !number.starts_with('.')
        && !number.ends_with('.');
    valid.then(|| number.to_string())
}

/// The table the line at byte `at` of `text` belongs to, as its header
/// writes it (`[[milestone]]`); empty at the top level.
fn table_at(text: &str, at: usize) -> String {
    text.get(..at)
        .unwrap_or("")
        .lines()
        .rev()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .find(|l| l.starts_with('['))
        .map(|l| l.chars().filter(|c| !c.is_whitespace()).collect())
        .unwrap_or_default()
}

/// `31/12/2023` or `31-12-2023` → `2023-12-31` (`dates_as_text`). Not
/// `31.12.2023`: here the key's meaning is unknown, and dots are more
/// often a number's thousands than a date's.
fn day_first_date(value: &str) -> Option<String> {
    if value.contains('.') {
        return None;
    }
    crate::dates_as_text::iso(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::partial_dates::DateMeaning;

    #[test]
    fn decimal_commas_and_day_first_dates_get_their_fix() {
        let text = "coverage = 94,47\n";
        assert_eq!(
            explain(text, 13..14, "x"),
            Problem::Syntax(Syntax::DecimalComma {
                key: "coverage".into(),
                fix: "94.47".into()
            })
        );
        let text = "date = 31/12/2023\n";
        assert_eq!(
            explain(text, 9..10, "x"),
            Problem::Syntax(Syntax::DayFirstDate {
                key: "date".into(),
                fix: "2023-12-31".into()
            })
        );
        assert_eq!(
            explain("a = [", 4..5, "boom"),
            Problem::Syntax(Syntax::NotToml {
                parser: "boom".into()
            })
        );
    }

    /// Read by `numbers_as_text` and `dates_as_text`: thousands commas
    /// and counts' lone separators get a fix too.
    #[test]
    fn numbers_and_dates_typed_as_people_write_them_get_their_fix() {
        let said = |line: &str| explain(line, 14..15, "x");
        let thousands = |key: &str, digits: &str| {
            Problem::Syntax(Syntax::ThousandsSeparators {
                key: key.into(),
                digits: digits.into(),
            })
        };
        assert_eq!(
            said("population = 1,741,540\n"),
            thousands("population", "1741540")
        );
        assert_eq!(
            said("population = 1.741.540\n"),
            thousands("population", "1741540")
        );
        assert_eq!(
            said("participants = 1,741\n"),
            thousands("participants", "1741")
        );
        assert_eq!(
            said("coverage = 94,5 %\n"),
            Problem::Syntax(Syntax::DecimalComma {
                key: "coverage".into(),
                fix: "94.5".into()
            })
        );
        assert_eq!(
            said("date = 31-12-2023\n"),
            Problem::Syntax(Syntax::DayFirstDate {
                key: "date".into(),
                fix: "2023-12-31".into()
            })
        );
        // Dots may be thousands as well as a date's: never a date here.
        assert_eq!(
            said("date = 31.12.2023\n"),
            Problem::Syntax(Syntax::NotToml { parser: "x".into() })
        );
    }

    #[test]
    fn thousands_separators_and_calendar_days_are_told_apart() {
        assert_eq!(
            explain("population = 1.741.540\n", 13..14, "x"),
            Problem::Syntax(Syntax::ThousandsSeparators {
                key: "population".into(),
                digits: "1741540".into()
            })
        );
        let parser = "invalid date, expected day between 01 and 28";
        assert_eq!(
            explain("date = 2023-02-30\n", 7..8, parser),
            Problem::Syntax(Syntax::NotACalendarDay {
                key: "date".into(),
                value: "2023-02-30".into(),
                parser: parser.into()
            })
        );
    }

    /// Only digits grouped by three are thousands; only a plain number
    /// before `%` is a percentage; a month alone is dated by its table.
    #[test]
    fn spaces_percent_signs_and_months_are_read_only_when_certain() {
        let said = |line: &str| explain(line, line.find('=').unwrap() + 2..line.len(), "x");
        assert_eq!(
            said("participants = 1 741 540\n"),
            Problem::Syntax(Syntax::ThousandsSeparators {
                key: "participants".into(),
                digits: "1741540".into()
            })
        );
        for not_grouped in [
            "coverage = 94 5\n",
            "participants = 1 7415\n",
            "x = 1234 567\n",
        ] {
            assert_eq!(
                said(not_grouped),
                Problem::Syntax(Syntax::NotToml { parser: "x".into() }),
                "{not_grouped}"
            );
        }
        assert_eq!(
            said("coverage = 92%\n"),
            Problem::Syntax(Syntax::PercentSign {
                key: "coverage".into(),
                fix: "92".into()
            })
        );
        for no_number in ["coverage = %\n", "coverage = 9.2.1%\n"] {
            assert_eq!(
                said(no_number),
                Problem::Syntax(Syntax::NotToml { parser: "x".into() }),
                "{no_number}"
            );
        }
        let month = |text: &str, meaning: DateMeaning| {
            let at = text.rfind("2024").unwrap();
            assert_eq!(
                explain(text, at..at + 1, "x"),
                Problem::Value(Value::PartialDate {
                    key: "date".into(),
                    period: Partial::Month(2024, 10),
                    meaning
                }),
                "{text}"
            );
        };
        month(
            "[[milestone]]\n# c\ndate = 2024-10\n",
            DateMeaning::Precision {
                key: "date_precision".into(),
            },
        );
        month(
            "[[milestone]]\n[[locality]]\n  [[locality.record]]\n  date = 2024-10\n",
            DateMeaning::PeriodEnd,
        );
        // Not a date key: no date is advised.
        assert_eq!(
            said("coverage = 2024-10\n"),
            Problem::Syntax(Syntax::NotToml { parser: "x".into() })
        );
    }

    #[test]
    fn a_single_bracket_table_is_told_only_where_the_double_one_is_used() {
        let text = "[[locality]]\nid = \"a\"\n[locality]\n";
        let at = text.rfind("[locality]").unwrap();
        assert_eq!(
            explain(text, at..at + 1, "duplicate key"),
            Problem::Syntax(Syntax::SingleBrackets {
                name: "locality".into()
            })
        );
        assert_eq!(
            explain("[meta]\n[meta]\n", 7..8, "duplicate key"),
            Problem::Syntax(Syntax::NotToml {
                parser: "duplicate key".into()
            })
        );
    }

    #[test]
    fn control_characters_are_placed_in_a_comment_a_text_or_elsewhere() {
        let text = "# a\u{1b}b\n";
        assert_eq!(
            explain(text, 3..4, "invalid comment"),
            Problem::Syntax(Syntax::ControlInComment { c: '\u{1b}' })
        );
        let text = "name = \"a\u{1b}b\"\n";
        assert_eq!(
            explain(text, 9..10, "invalid basic string"),
            Problem::Field(Field::Forbidden {
                key: "name".into(),
                c: '\u{1b}'
            })
        );
        assert_eq!(
            explain("\u{7}\n", 0..1, "invalid key"),
            Problem::Syntax(Syntax::ControlHere { c: '\u{7}' })
        );
    }
}
