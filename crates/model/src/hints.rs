//! Rules for text and the fixes suggested for typing slips: which
//! characters are refused, how long text may be, the key or number meant.

use toml::de::DeValue;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::problem::Found;

/// The longest text a key may hold: names and codes are shown in table
/// cells, notes and sources in panels; a megabyte of either is a mistake.
pub fn text_limit(key: &str) -> usize {
    match key {
        "id" | "name" | "aliases" | "code" | "label" | "kind" | "parent" | "merged_into"
        | "locality" | "directive" | "issued_precision" | "date_precision" => 200,
        _ => 4000,
    }
}

/// Characters that must never reach a terminal or a report: controls (ESC
/// included), bidirectional overrides and isolates, zero-width characters.
pub fn is_forbidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// A character as a message names it: `ESC, U+001B` for a control
/// character with a short name, else `U+200B`.
pub fn char_code(c: char) -> String {
    const C0: [&str; 32] = [
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF",
        "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM",
        "SUB", "ESC", "FS", "GS", "RS", "US",
    ];
    let n = u32::from(c);
    let name = match c {
        '\u{7F}' => Some("DEL"),
        _ => usize::try_from(n).ok().and_then(|i| C0.get(i)).copied(),
    };
    match name {
        Some(name) => format!("{name}, U+{n:04X}"),
        None => format!("U+{n:04X}"),
    }
}

pub fn nfc(s: &str) -> String {
    nfc_cow(s).into_owned()
}

/// `nfc`, borrowing text that is NFC already (nearly all: ASCII is).
pub fn nfc_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.nfc().collect())
    }
}

/// A value as a problem names it: what kind of value, and as written.
pub fn describe(value: &DeValue<'_>) -> Found {
    match value {
        DeValue::String(s) => Found::Text(s.to_string()),
        DeValue::Integer(i) => Found::Whole(i.to_string()),
        DeValue::Float(f) => Found::Number(f.to_string()),
        DeValue::Boolean(b) => Found::Boolean(*b),
        DeValue::Datetime(d) => Found::Date(d.to_string()),
        DeValue::Array(_) => Found::List,
        DeValue::Table(_) => Found::Table,
    }
}

pub fn shown_as_text(value: &DeValue<'_>) -> String {
    match value {
        DeValue::Integer(i) => i.to_string(),
        DeValue::Float(f) => f.to_string(),
        DeValue::Boolean(b) => b.to_string(),
        DeValue::Datetime(d) => d.to_string(),
        _ => "…".to_string(),
    }
}

/// A valid id made from what was written: diacritics dropped, spaces to `-`.
pub fn slug(s: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refused_characters_are_named() {
        assert_eq!(char_code('\u{1B}'), "ESC, U+001B");
        assert_eq!(char_code('\u{0}'), "NUL, U+0000");
        assert_eq!(char_code('\u{7F}'), "DEL, U+007F");
        assert_eq!(char_code('\u{85}'), "U+0085");
        assert_eq!(char_code('\u{200B}'), "U+200B");
    }

    #[test]
    fn ids_are_suggested_without_diacritics() {
        assert_eq!(slug("Bắc Giang"), "bac-giang");
        assert_eq!(slug("Đắk Lắk"), "dak-lak");
    }
}
