//! Names folded for search and sorting, so that `bac giang` finds Bắc Giang.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Lowercase, without diacritics, with đ as d: `Bắc Giang` → `bac giang`.
///
/// The text's NFD without its combining marks, a character at a time: NFD
/// reorders nothing but characters of a non-zero combining class, which
/// are all marks (checked over every character by a test) and all dropped.
/// Most characters of a name are ASCII and need no decomposing: 100,000
/// names are folded at every load.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                let d = if matches!(d, 'đ' | 'Đ') { 'd' } else { d };
                out.extend(d.to_lowercase());
            }
        });
    }
    out
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
    use super::{compact, fold, words};
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::{canonical_combining_class, is_combining_mark};

    /// `fold` as the whole text's NFD, filtered.
    fn reference(s: &str) -> String {
        s.nfd()
            .filter(|c| !is_combining_mark(*c))
            .map(|c| match c {
                'đ' | 'Đ' => 'd',
                c => c,
            })
            .flat_map(char::to_lowercase)
            .collect()
    }

    #[test]
    fn only_marks_have_a_combining_class_so_nfd_reorders_only_what_fold_drops() {
        let unmarked = (0..=0x10_FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| canonical_combining_class(c) != 0 && !is_combining_mark(c))
            .count();
        assert_eq!(unmarked, 0);
    }

    #[test]
    fn vietnamese_names_fold_as_their_nfd_does() {
        for name in [
            "Bắc Giang",
            "ĐÀ NẴNG",
            "Xã Thử 00001",
            "Thừa Thiên Huế",
            "A\u{301}\u{323}b",
            "ǅ ﬃ İ ß",
            "",
        ] {
            assert_eq!(fold(name), reference(name), "{name}");
        }
        assert_eq!(fold("Đắk Lắk"), "dak lak");
    }

    proptest! {
        #[test]
        fn any_text_folds_as_its_nfd_does(s in "\\PC{0,24}") {
            prop_assert_eq!(fold(&s), reference(&s));
        }

        #[test]
        fn vietnamese_letters_and_loose_marks_fold_as_their_nfd_does(
            s in "[a-zA-ZđĐăâêôơưĂÂÊÔƠƯàáảãạầấẩẫậằắẳẵặèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ\u{300}\u{301}\u{303}\u{309}\u{323}\u{302}\u{306}\u{31B} 0-9]{0,24}"
        ) {
            prop_assert_eq!(fold(&s), reference(&s));
        }
    }

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
