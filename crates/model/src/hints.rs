//! Rules for text and the fixes suggested for typing slips: which
//! characters are refused, how long text may be, the key or number meant.

use toml::de::DeValue;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::lang::Lang;

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

/// Why a text holding `c` (a character `is_forbidden` refuses) is refused,
/// whether the TOML parser met it raw or an escape (`\u001B`) wrote it.
pub fn forbidden_in(lang: Lang, key: &str, c: char) -> String {
    let code = char_code(c);
    match (lang, c.is_control()) {
        (Lang::En, true) => format!(
            "`{key}` holds a control character ({code}): remove it; text must be plain and on one line"
        ),
        (Lang::En, false) => format!(
            "`{key}` holds an invisible formatting character ({code}): remove it; text must be plain and on one line"
        ),
        (Lang::Vi, true) => format!(
            "`{key}` chứa một ký tự điều khiển ({code}): hãy xóa ký tự đó; nội dung phải là văn bản thuần, nằm trên một dòng"
        ),
        (Lang::Vi, false) => format!(
            "`{key}` chứa một ký tự định dạng ẩn ({code}): hãy xóa ký tự đó; nội dung phải là văn bản thuần, nằm trên một dòng"
        ),
    }
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
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        s.to_string()
    } else {
        s.nfc().collect()
    }
}

/// A value as a message names it: "the text \"x\"" / "văn bản \"x\"".
pub fn describe(lang: Lang, value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(s) => say!(lang, "the text \"{s}\"", "văn bản \"{s}\""),
        DeValue::Integer(i) => say!(lang, "the whole number {i}", "số nguyên {i}"),
        DeValue::Float(f) => say!(lang, "the number {f}", "số {f}"),
        DeValue::Boolean(b) => say!(lang, "{b}", "`{b}`"),
        DeValue::Datetime(d) => say!(lang, "the date {d}", "ngày {d}"),
        DeValue::Array(_) => say!(lang, "a list", "một danh sách"),
        DeValue::Table(_) => say!(lang, "a table", "một bảng"),
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

pub fn list(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| format!("`{w}`"))
        .collect::<Vec<_>>()
        .join(", ")
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
