//! Rules for text and the fixes suggested for typing slips: which
//! characters are refused, how long text may be, the key or number meant.

use chrono::NaiveDate;
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
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        s.to_string()
    } else {
        s.nfc().collect()
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

/// "94,47", "94,47 %" or "94.47" written as text: the number it means.
pub fn guess_number(s: &str) -> Option<String> {
    let t = s.trim().trim_end_matches('%').trim();
    let t = if t.contains(',') && !t.contains('.') {
        t.replace(',', ".")
    } else {
        t.to_string()
    };
    t.parse::<f64>().ok().filter(|n| n.is_finite()).map(|_| t)
}

/// "2023-12-31" or "31/12/2023" written as text: the TOML date it means.
pub fn guess_date(s: &str) -> Option<String> {
    let s = s.trim();
    let parsed = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .or_else(|_| NaiveDate::parse_from_str(s, "%d-%m-%Y"))
        .or_else(|_| NaiveDate::parse_from_str(s, "%d.%m.%Y"))
        .ok()?;
    Some(parsed.format("%Y-%m-%d").to_string())
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

/// The known word nearest to a misspelt one, if it is near enough to be meant.
pub fn closest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (edit_distance(word, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// The `n` known words nearest to `word` (nearest first, ties by name),
/// however far: for an unknown id, the ids to look at.
pub fn nearest<'a>(word: &str, known: &[&'a str], n: usize) -> Vec<&'a str> {
    let mut scored: Vec<(usize, &str)> =
        known.iter().map(|k| (edit_distance(word, k), *k)).collect();
    scored.sort_unstable();
    scored.dedup();
    scored.into_iter().take(n).map(|(_, k)| k).collect()
}

/// Known words indexed for `closest` and `nearest` against many of them:
/// `check` on 100,000 localities with a thousand misspelt references must
/// not run a full edit distance against every id for each (issue 22). Each
/// word keeps a bag of its characters; the bag distance (what one bag has
/// that the other lacks) is never more than the edit distance, so words
/// are tried in order of it, and the search stops once no word left can
/// beat the best found. The answers are those of `closest` and `nearest`
/// over the words in their given order.
pub struct Near<'a> {
    words: Vec<&'a str>,
    /// Each word's characters counted in 32 bins: merging characters into
    /// a bin only lowers the bag distance, which stays a lower bound.
    bags: Vec<[u8; 32]>,
    lengths: Vec<usize>,
    /// The longest word, in bytes: no word is allowed more edits than it.
    longest: usize,
}

fn bag(word: &str) -> [u8; 32] {
    let mut b = [0u8; 32];
    for c in word.chars() {
        let bin = (u32::from(c) % 32) as usize;
        if let Some(n) = b.get_mut(bin) {
            *n = n.saturating_add(1);
        }
    }
    b
}

/// A lower bound of the edit distance between two words by their bags and
/// lengths in characters: the larger of what either bag has that the other
/// lacks. As each bag holds its word's length in all (no word the index
/// keeps is long enough to fill a bin), that is half the sum of the bins'
/// differences and the length difference, a sum the compiler vectorises.
fn bound(a: &[u8; 32], b: &[u8; 32], la: usize, lb: usize) -> usize {
    let apart: u32 = a
        .iter()
        .zip(b)
        .map(|(x, y)| u32::from(x.abs_diff(*y)))
        .sum();
    (((apart as usize) + la.abs_diff(lb)) / 2).max(la.abs_diff(lb))
}

impl<'a> Near<'a> {
    pub fn new(words: Vec<&'a str>) -> Self {
        let bags = words.iter().map(|w| bag(w)).collect();
        let lengths = words.iter().map(|w| w.chars().count()).collect();
        let longest = words.iter().map(|w| w.len()).max().unwrap_or(0);
        Self {
            words,
            bags,
            lengths,
            longest,
        }
    }

    /// Each word's bound from `word`, capped at 255. Kept as bytes and
    /// read a bound at a time: most words of a large dataset fall within
    /// a few bounds, and sorting or collecting them for every query cost
    /// more than the search.
    fn bounds(&self, word: &str) -> Vec<u8> {
        let b = bag(word);
        let len = word.chars().count();
        self.bags
            .iter()
            .zip(&self.lengths)
            .map(|(other, l)| u8::try_from(bound(&b, other, len, *l)).unwrap_or(u8::MAX))
            .collect()
    }

    /// `closest(word, words)`: the nearest word within a quarter of its
    /// length (at least 2 edits), the first of equals.
    pub fn closest(&self, word: &str) -> Option<&'a str> {
        let limit = |k: &str| 2.max(k.len() / 4);
        let bounds = self.bounds(word);
        let widest = 2.max(self.longest / 4);
        let top = bounds.iter().copied().max().unwrap_or(0);
        let mut best: Option<(usize, usize)> = None;
        for level in 0..=top {
            // No word this far can beat the best found, or be let in.
            if best.is_some_and(|(d, _)| usize::from(level) > d) || usize::from(level) > widest {
                break;
            }
            for (i, _) in bounds.iter().enumerate().filter(|(_, b)| **b == level) {
                let Some(k) = self.words.get(i) else {
                    continue;
                };
                if usize::from(level) > limit(k) {
                    continue;
                }
                let d = edit_distance(word, k);
                if d <= limit(k) && best.is_none_or(|b| (d, i) < b) {
                    best = Some((d, i));
                }
            }
        }
        best.and_then(|(_, i)| self.words.get(i).copied())
    }

    /// `nearest(word, words, n)`: the `n` nearest words however far,
    /// nearest first, ties by the words themselves.
    pub fn nearest(&self, word: &str, n: usize) -> Vec<&'a str> {
        if n == 0 {
            return Vec::new();
        }
        let bounds = self.bounds(word);
        let top = bounds.iter().copied().max().unwrap_or(0);
        let mut scored: Vec<(usize, &'a str)> = Vec::new();
        for level in 0..=top {
            // The n-th best so far cannot be beaten by a word this far;
            // the last level holds every word past it, and is read whole.
            if level < u8::MAX
                && scored.len() >= n
                && scored
                    .get(n - 1)
                    .is_some_and(|(d, _)| usize::from(level) > *d)
            {
                break;
            }
            for (i, _) in bounds.iter().enumerate().filter(|(_, b)| **b == level) {
                let Some(k) = self.words.get(i) else {
                    continue;
                };
                scored.push((edit_distance(word, k), k));
            }
            scored.sort_unstable();
            scored.dedup();
            scored.truncate(n);
        }
        scored.into_iter().take(n).map(|(_, k)| k).collect()
    }
}

/// Levenshtein distance, by characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
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
    fn the_nearest_ids_come_first() {
        let known = ["ha-noi", "ha-tinh", "ha-nam", "hue", "bac-ninh"];
        assert_eq!(
            nearest("ha-noii", &known, 3),
            ["ha-noi", "ha-nam", "ha-tinh"]
        );
        assert_eq!(nearest("x", &[], 3), Vec::<&str>::new());
    }

    #[test]
    fn numbers_written_as_text_get_their_fix() {
        assert_eq!(guess_number("94,47").as_deref(), Some("94.47"));
        assert_eq!(guess_number("94,47 %").as_deref(), Some("94.47"));
        assert_eq!(guess_number("abc"), None);
        assert_eq!(guess_date("31/12/2023").as_deref(), Some("2023-12-31"));
    }

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

    proptest::proptest! {
        /// The index answers exactly as the plain search over every word.
        #[test]
        fn near_answers_as_the_plain_search(
            words in proptest::collection::vec("[a-e0-3-]{0,9}", 0..40),
            word in "[a-e0-3-]{0,9}",
            n in 0usize..5,
        ) {
            let known: Vec<&str> = words.iter().map(String::as_str).collect();
            let near = Near::new(known.clone());
            proptest::prop_assert_eq!(near.closest(&word), closest(&word, &known));
            proptest::prop_assert_eq!(near.nearest(&word, n), nearest(&word, &known, n));
        }
    }
}
