//! Names folded for search and sorting, so that `bac giang` finds Bắc Giang.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lowercase, without diacritics, with đ as d: `Bắc Giang` → `bac giang`.
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Folded, with every run of characters that are not letters or digits
/// (spaces, `.`, `-`, `–`) as one space, and none at the ends:
/// `TP.HCM` → `tp hcm`, `Bà Rịa – Vũng Tàu` → `ba ria vung tau`.
pub fn words(s: &str) -> String {
    words_of_folded(&fold(s))
}

/// `words` of a text already folded.
pub fn words_of_folded(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    for word in folded.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Folded, letters and digits only: `TP HCM`, `TP.HCM` and `tphcm` are all
/// `tphcm`, and `BR-VT` is `brvt`.
pub fn compact(s: &str) -> String {
    fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

#[cfg(test)]
mod tests {
    use super::{compact, words};

    #[test]
    fn words_and_compact_forms() {
        assert_eq!(words(" TP.HCM "), "tp hcm");
        assert_eq!(words("Bà Rịa – Vũng Tàu"), "ba ria vung tau");
        assert_eq!(compact("TP. Hồ Chí Minh"), "tphochiminh");
        assert_eq!(compact("BR-VT"), "brvt");
        assert_eq!(compact("Đà Nẵng"), "danang");
        assert_eq!(words("–"), "");
    }
}
