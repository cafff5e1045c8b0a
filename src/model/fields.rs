//! Reading single TOML values into typed fields, with a plain-language fix for
//! every mistake an official is likely to make by hand.

use std::ops::Range;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::{DeTable, DeValue};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::diagnostic::{Loc, RawDiagnostic, Severity};
use super::schema::Located;

/// Collects the problems of one file while its tables are converted.
pub struct Reader<'d> {
    pub file: u32,
    /// The file's text, to place a fault inside a string by what was typed.
    pub source: &'d str,
    pub diagnostics: &'d mut Vec<RawDiagnostic>,
}

/// A field of a table being read: whether the key was written at all, and the
/// value if it was valid (an invalid value has been reported already).
pub struct Slot<T> {
    seen: bool,
    value: Option<T>,
}

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Self {
            seen: false,
            value: None,
        }
    }
}

impl<T> Slot<T> {
    pub fn set(&mut self, value: Option<T>) {
        self.seen = true;
        self.value = value;
    }

    /// The value, when the key was optional.
    pub fn get(self) -> Option<T> {
        self.value
    }

    /// Whether the key was written, valid or not.
    pub fn seen_any(&self) -> bool {
        self.seen
    }
}

impl Reader<'_> {
    pub fn loc(&self, offset: usize) -> Loc {
        Loc::new(self.file, offset)
    }

    pub fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.diagnostics.push(RawDiagnostic {
            at: self.loc(span.start),
            severity: Severity::Error,
            message: message.into(),
        });
    }

    /// A required field: reports its absence at the table it belongs to.
    pub fn need<T>(
        &mut self,
        slot: Slot<T>,
        key: &str,
        table: &str,
        at: &Range<usize>,
    ) -> Option<T> {
        if !slot.seen {
            self.error(
                at.clone(),
                format!("{table} lacks `{key}`: add a line `{key} = …`"),
            );
        }
        slot.value
    }

    pub fn unknown_key(
        &mut self,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        table: &str,
        known: &[&str],
    ) {
        let name = key.get_ref().as_ref();
        let hint = match closest(name, known) {
            Some(guess) => format!("did you mean `{guess}`?"),
            None => format!("the keys it knows are {}", list(known)),
        };
        self.error(
            key.span(),
            format!("unknown key `{name}` in {table}: {hint}"),
        );
    }

    pub fn table<'v, 'i>(
        &mut self,
        value: &'v Spanned<DeValue<'i>>,
        what: &str,
    ) -> Option<&'v DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(t) => Some(t),
            other => {
                self.error(
                    value.span(),
                    format!("{what} must be a table, not {}", describe(other)),
                );
                None
            }
        }
    }

    /// An array of tables such as `[[locality]]`; a single `[locality]` table
    /// is the likely slip, and gets its own fix.
    pub fn tables<'v, 'i>(
        &mut self,
        value: &'v Spanned<DeValue<'i>>,
        name: &str,
    ) -> Vec<&'v Spanned<DeValue<'i>>> {
        match value.get_ref() {
            DeValue::Array(items) => items.iter().collect(),
            DeValue::Table(_) => {
                self.error(
                    value.span(),
                    format!("write [[{name}]] with two brackets: a dataset may hold many of them"),
                );
                Vec::new()
            }
            other => {
                self.error(
                    value.span(),
                    format!(
                        "`{name}` must be a list of [[{name}]] tables, not {}",
                        describe(other)
                    ),
                );
                Vec::new()
            }
        }
    }

    /// Text: normalised to NFC; control, bidirectional-override and
    /// zero-width characters are refused so they never reach a terminal.
    pub fn text(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<String> {
        let DeValue::String(s) = value.get_ref() else {
            let shown = shown_as_text(value.get_ref());
            self.error(
                value.span(),
                format!("write {key} = \"{shown}\": `{key}` is text, in quotes"),
            );
            return None;
        };
        if let Some((i, c)) = s.char_indices().find(|&(_, c)| is_forbidden(c)) {
            let what = if c.is_control() {
                "a control character"
            } else {
                "an invisible formatting character"
            };
            let at = self.typed_position(value.span(), s, i, c);
            self.error(
                at..at + 1,
                format!(
                    "`{key}` holds {what} (U+{:04X}): remove it; text must be plain and on one line",
                    u32::from(c)
                ),
            );
            return None;
        }
        if s.trim().is_empty() {
            self.error(
                value.span(),
                format!("`{key}` is empty: write the text or remove the line"),
            );
            return None;
        }
        let limit = text_limit(key);
        if s.len() > limit && s.chars().count() > limit {
            self.error(
                value.span(),
                format!("`{key}` is longer than {limit} characters: shorten it"),
            );
            return None;
        }
        Some(nfc(s))
    }

    /// Where the `i`-th byte of a decoded string was typed: the string may
    /// hold escapes (`\u001B`), so count in the source, not the value.
    fn typed_position(&self, span: Range<usize>, decoded: &str, i: usize, c: char) -> usize {
        let raw = self.source.get(span.clone()).unwrap_or("");
        let literal = raw.find(c);
        let code = u32::from(c);
        let escapes = [
            format!("\\u{code:04X}"),
            format!("\\u{code:04x}"),
            format!("\\U{code:08X}"),
            format!("\\U{code:08x}"),
        ];
        let short = match c {
            '\u{1b}' => Some("\\e"),
            '\t' => Some("\\t"),
            '\n' => Some("\\n"),
            '\r' => Some("\\r"),
            '\u{8}' => Some("\\b"),
            '\u{c}' => Some("\\f"),
            _ => None,
        };
        let escaped = escapes
            .iter()
            .map(String::as_str)
            .chain(short)
            .filter_map(|e| raw.find(e))
            .min();
        match literal.or(escaped) {
            Some(k) => span.start + k,
            // Cannot happen for text that parsed, but a place near it will do.
            None => span.start + 1 + i.min(decoded.len()),
        }
    }

    pub fn located_text(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        key: &str,
    ) -> Option<Located<String>> {
        let at = self.loc(value.span().start);
        self.text(value, key).map(|value| Located { value, at })
    }

    /// An id: letters, digits and `-`, as references must match it exactly.
    pub fn id(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<Located<String>> {
        let id = self.located_text(value, key)?;
        if id
            .value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            Some(id)
        } else {
            self.error(
                value.span(),
                format!(
                    "write {key} = \"{}\": an id holds only letters without diacritics, digits and `-`",
                    slug(&id.value)
                ),
            );
            None
        }
    }

    /// A plain date, written as a TOML date without quotes.
    pub fn date(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<NaiveDate> {
        match value.get_ref() {
            DeValue::Datetime(dt) => {
                let (Some(d), None, None) = (dt.date, dt.time, dt.offset) else {
                    let fix = dt
                        .date
                        .map_or_else(|| "2025-12-31".to_string(), |d| d.to_string());
                    self.error(
                        value.span(),
                        format!(
                            "write {key} = {fix}: `{key}` is a date without a time or time zone"
                        ),
                    );
                    return None;
                };
                let date = NaiveDate::from_ymd_opt(
                    i32::from(d.year),
                    u32::from(d.month),
                    u32::from(d.day),
                );
                if date.is_none() {
                    self.error(value.span(), format!("{d} is not a day of the calendar"));
                }
                date
            }
            DeValue::String(s) => {
                let fix = guess_date(s).unwrap_or_else(|| "2025-12-31".to_string());
                self.error(
                    value.span(),
                    format!(
                        "write {key} = {fix}: a date is written year-month-day, without quotes"
                    ),
                );
                None
            }
            other => {
                self.error(
                    value.span(),
                    format!(
                        "write {key} = 2025-12-31: `{key}` is a date (year-month-day), not {}",
                        describe(other)
                    ),
                );
                None
            }
        }
    }

    /// A number such as a percentage: a TOML float or integer, finite.
    pub fn number(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<f64> {
        let parsed = match value.get_ref() {
            DeValue::Float(f) => f.as_str().parse::<f64>().ok(),
            DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
                .ok()
                .map(|n| n as f64),
            DeValue::String(s) => {
                let fix = guess_number(s).unwrap_or_else(|| "94.47".to_string());
                self.error(
                    value.span(),
                    format!("write {key} = {fix}: a number with a decimal point, without quotes"),
                );
                return None;
            }
            other => {
                self.error(
                    value.span(),
                    format!(
                        "write {key} = 94.47: `{key}` is a number, not {}",
                        describe(other)
                    ),
                );
                return None;
            }
        };
        match parsed {
            Some(n) if n.is_finite() => Some(n),
            _ => {
                self.error(
                    value.span(),
                    format!("`{key}` must be a real number: nan and inf are not figures"),
                );
                None
            }
        }
    }

    /// A percentage of a population, between 0 and 100.
    pub fn percent(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<f64> {
        let n = self.number(value, key)?;
        if (0.0..=100.0).contains(&n) {
            Some(n)
        } else {
            self.error(
                value.span(),
                format!(
                    "`{key}` = {n} is outside 0–100: a share of the population is a percentage"
                ),
            );
            None
        }
    }

    /// A share of a plan, which may exceed 100 but not fall below 0.
    pub fn plan_share(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<f64> {
        let n = self.number(value, key)?;
        if n >= 0.0 {
            Some(n)
        } else {
            self.error(
                value.span(),
                format!("`{key}` = {n} is negative: a share of a plan is 0 or more"),
            );
            None
        }
    }

    /// A count of people: a whole number, not negative.
    pub fn count(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<u64> {
        match value.get_ref() {
            DeValue::Integer(i) => match i128::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) if n < 0 => {
                    self.error(
                        value.span(),
                        format!("`{key}` = {n} is negative: a count of people is 0 or more"),
                    );
                    None
                }
                Ok(n) => u64::try_from(n).ok().or_else(|| {
                    self.error(
                        value.span(),
                        format!("`{key}` = {n} is too large to be a count of people"),
                    );
                    None
                }),
                Err(_) => {
                    self.error(
                        value.span(),
                        format!("`{key}` is too large to be a count of people"),
                    );
                    None
                }
            },
            DeValue::Float(f) => {
                let whole = f
                    .as_str()
                    .parse::<f64>()
                    .ok()
                    .filter(|n| n.is_finite() && n.fract() == 0.0 && *n >= 0.0);
                match whole {
                    Some(n) => self.error(value.span(), format!("write {key} = {n:.0}: a count is a whole number, without a decimal point")),
                    None => self.error(value.span(), format!("`{key}` = {f} is not a whole number: a count of people has no decimals")),
                }
                None
            }
            DeValue::String(s) => {
                let digits: String = s.chars().filter(char::is_ascii_digit).collect();
                let plain = s
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '_'));
                let fix = if plain && !digits.is_empty() {
                    digits
                } else {
                    "1741540".to_string()
                };
                self.error(
                    value.span(),
                    format!("write {key} = {fix}: a count is a whole number without quotes or separators"),
                );
                None
            }
            other => {
                self.error(
                    value.span(),
                    format!(
                        "write {key} = 1741540: `{key}` is a whole number, not {}",
                        describe(other)
                    ),
                );
                None
            }
        }
    }

    /// One word out of a fixed list, such as a locality's `kind`.
    pub fn choice<T: Copy>(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        key: &str,
        choices: &[(&str, T)],
    ) -> Option<T> {
        let words: Vec<&str> = choices.iter().map(|(w, _)| *w).collect();
        let text = self.text(value, key)?;
        if let Some((_, v)) = choices.iter().find(|(w, _)| *w == text) {
            return Some(*v);
        }
        let hint =
            closest(&text, &words).map_or(String::new(), |g| format!("did you mean \"{g}\"? "));
        self.error(
            value.span(),
            format!(
                "`{key}` = \"{text}\" is not known: {hint}write one of {}",
                list(&words)
            ),
        );
        None
    }
}

/// The longest text a key may hold: names and codes are shown in table
/// cells, notes and sources in panels; a megabyte of either is a mistake.
pub fn text_limit(key: &str) -> usize {
    match key {
        "id" | "name" | "code" | "label" | "kind" | "parent" | "merged_into" | "locality"
        | "directive" | "issued_precision" | "date_precision" => 200,
        _ => 4000,
    }
}

/// Characters that must never reach a terminal or a report: controls (ESC
/// included), bidirectional overrides and isolates, zero-width characters.
pub fn is_forbidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

pub fn nfc(s: &str) -> String {
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        s.to_string()
    } else {
        s.nfc().collect()
    }
}

fn describe(value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(s) => format!("the text \"{s}\""),
        DeValue::Integer(i) => format!("the whole number {i}"),
        DeValue::Float(f) => format!("the number {f}"),
        DeValue::Boolean(b) => format!("{b}"),
        DeValue::Datetime(d) => format!("the date {d}"),
        DeValue::Array(_) => "a list".to_string(),
        DeValue::Table(_) => "a table".to_string(),
    }
}

fn shown_as_text(value: &DeValue<'_>) -> String {
    match value {
        DeValue::Integer(i) => i.to_string(),
        DeValue::Float(f) => f.to_string(),
        DeValue::Boolean(b) => b.to_string(),
        DeValue::Datetime(d) => d.to_string(),
        _ => "…".to_string(),
    }
}

fn list(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| format!("`{w}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "94,47", "94,47 %" or "94.47" written as text: the number it means.
fn guess_number(s: &str) -> Option<String> {
    let t = s.trim().trim_end_matches('%').trim();
    let t = if t.contains(',') && !t.contains('.') {
        t.replace(',', ".")
    } else {
        t.to_string()
    };
    t.parse::<f64>().ok().filter(|n| n.is_finite()).map(|_| t)
}

/// "2023-12-31" or "31/12/2023" written as text: the TOML date it means.
fn guess_date(s: &str) -> Option<String> {
    let s = s.trim();
    let parsed = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .or_else(|_| NaiveDate::parse_from_str(s, "%d-%m-%Y"))
        .or_else(|_| NaiveDate::parse_from_str(s, "%d.%m.%Y"))
        .ok()?;
    Some(parsed.format("%Y-%m-%d").to_string())
}

/// A valid id made from what was written: diacritics dropped, spaces to `-`.
fn slug(s: &str) -> String {
    let folded = super::fold::fold(s);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The known word nearest to a misspelt one, if it is near enough to be meant.
pub fn closest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (edit_distance(word, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row.first().copied().unwrap_or(0);
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let above = row.get(j + 1).copied().unwrap_or(usize::MAX - 1);
            let left = row.get(j).copied().unwrap_or(usize::MAX - 1);
            let best = (diagonal + usize::from(ca != *cb))
                .min(above + 1)
                .min(left + 1);
            diagonal = above;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = best;
            }
        }
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspelt_keys_find_the_key_meant() {
        let known = ["coverage", "participants", "population", "date"];
        assert_eq!(closest("covrage", &known), Some("coverage"));
        assert_eq!(closest("particpants", &known), Some("participants"));
        assert_eq!(closest("colour", &known), None);
    }

    #[test]
    fn numbers_written_as_text_get_their_fix() {
        assert_eq!(guess_number("94,47").as_deref(), Some("94.47"));
        assert_eq!(guess_number("94,47 %").as_deref(), Some("94.47"));
        assert_eq!(guess_number("abc"), None);
        assert_eq!(guess_date("31/12/2023").as_deref(), Some("2023-12-31"));
    }

    #[test]
    fn ids_are_suggested_without_diacritics() {
        assert_eq!(slug("Bắc Giang"), "bac-giang");
        assert_eq!(slug("Đắk Lắk"), "dak-lak");
    }
}
