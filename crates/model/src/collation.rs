//! Vietnamese alphabetical order, as officials' lists and dictionaries
//! use it: the 29 letters (`ă` after `a`, `đ` after `d`, `ơ` after `ô`…),
//! the tone marks only where the letters are the same (none, huyền, hỏi,
//! ngã, sắc, nặng), numbers by their value (`Quận 2` before `Quận 10`),
//! and the words that say what kind of unit it is (`TP`, `Tỉnh`, `Thành
//! phố`, `Quận`…) left out, so that TP Hồ Chí Minh files under H.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU16, Ordering};

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Words before a name that say what kind of unit it is, lower case, each
/// with the space after it; the longest first where one starts another.
const KIND_WORDS: [&str; 10] = [
    "thành phố ",
    "tp. ",
    "tp ",
    "tỉnh ",
    "quận ",
    "huyện ",
    "thị xã ",
    "thị trấn ",
    "phường ",
    "xã ",
];

/// The key `name` sorts by: compare keys to compare names.
pub fn key(name: &str) -> Vec<u8> {
    let name_trimmed = name.trim();
    // Nearly every name is written composed already, which a quick look
    // tells without composing it again.
    let lower: String = match is_nfc_quick(name_trimmed.chars()) {
        IsNormalized::Yes => name_trimmed.chars().flat_map(char::to_lowercase).collect(),
        _ => name_trimmed.nfc().flat_map(char::to_lowercase).collect(),
    };
    let proper = KIND_WORDS
        .iter()
        .find_map(|w| lower.strip_prefix(w).filter(|rest| !rest.trim().is_empty()))
        .unwrap_or(&lower);
    let mut letters = Vec::with_capacity(proper.len() + 8);
    let mut tones = Vec::with_capacity(proper.len());
    let mut digits = String::new();
    for c in proper.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        number(&mut letters, &mut digits);
        let (rank, tone) = known_letter(c);
        if let Some(rank) = rank {
            letters.push(rank);
            tones.push(tone);
        }
    }
    number(&mut letters, &mut digits);
    // The tones count only between names of the same letters; then the
    // name as written, so that no two different names tie.
    letters.push(0);
    letters.extend(tones);
    letters.push(0);
    letters.extend(name.as_bytes());
    letters
}

/// A run of digits as its value: a mark below every letter, how many
/// digits (leading zeros left out), then the digits.
fn number(out: &mut Vec<u8>, digits: &mut String) {
    if digits.is_empty() {
        return;
    }
    let value = digits.trim_start_matches('0');
    out.push(NUMBER);
    out.push(u8::try_from(value.len()).unwrap_or(u8::MAX));
    // The digits after their count compare only with digits.
    out.extend(value.bytes());
    digits.clear();
}

/// Between words; below every digit and letter, so `An Giang` comes
/// before `Anh Sơn`.
const SPACE: u8 = 1;
/// Before a number: above a space, below every letter.
const NUMBER: u8 = 2;
/// The first letter's rank, above the digits.
const A: u8 = 20;

/// The letters in order: the 29 of the Vietnamese alphabet, and f, j, w,
/// z of foreign names where the Latin alphabet puts them.
const ALPHABET: [&str; 33] = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o",
    "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
];

/// A lower-case character's place in the alphabet (none for a mark of
/// punctuation, which the order skips; a space or dash separates words),
/// and its tone: 0 none, 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng.
/// `letter`, worked out once for each character: it decomposes and
/// composes the character again, and 100,000 names are keyed at each load.
fn known_letter(c: char) -> (Option<u8>, u8) {
    // Every letter with Vietnamese marks lies below U+1F00 (Latin
    // Extended Additional ends at U+1EFF): those are worked out once each,
    // the first time one is met, and kept packed; the rest of Unicode,
    // which a name rarely holds, in a map for each thread.
    static BELOW: [AtomicU16; 0x1F00] = [const { AtomicU16::new(UNKNOWN) }; 0x1F00];
    if let Some(slot) = BELOW.get(c as usize) {
        let packed = slot.load(Ordering::Relaxed);
        if packed != UNKNOWN {
            return unpack(packed);
        }
        let found = letter(c);
        // Two threads may both work it out: they store the same.
        slot.store(pack(found), Ordering::Relaxed);
        return found;
    }
    thread_local! {
        static OTHERS: RefCell<HashMap<char, (Option<u8>, u8)>> = RefCell::new(HashMap::new());
    }
    OTHERS.with(|known| *known.borrow_mut().entry(c).or_insert_with(|| letter(c)))
}

/// Not worked out yet: no letter packs to it (a tone is at most 5).
const UNKNOWN: u16 = u16::MAX;

/// A rank of `None` packs as 0, below every rank (`SPACE` is 1).
fn pack((rank, tone): (Option<u8>, u8)) -> u16 {
    u16::from(rank.unwrap_or(0)) << 8 | u16::from(tone)
}

fn unpack(packed: u16) -> (Option<u8>, u8) {
    let [rank, tone] = packed.to_be_bytes();
    ((rank != 0).then_some(rank), tone)
}

fn letter(c: char) -> (Option<u8>, u8) {
    if c.is_whitespace() || matches!(c, '-' | '–' | '—') {
        return (Some(SPACE), 0);
    }
    let mut base = String::new();
    let mut tone = 0;
    for d in std::iter::once(c).nfd() {
        match d {
            '\u{300}' => tone = 1,
            '\u{309}' => tone = 2,
            '\u{303}' => tone = 3,
            '\u{301}' => tone = 4,
            '\u{323}' => tone = 5,
            d => base.push(d),
        }
    }
    let base: String = base.nfc().collect();
    let rank = ALPHABET
        .iter()
        .position(|l| *l == base)
        .and_then(|p| u8::try_from(p).ok())
        .map(|p| A + p);
    match rank {
        Some(r) => (Some(r), tone),
        // Another letter (another script, a letter with other marks):
        // after z, by its code.
        None if c.is_alphanumeric() => (Some(u8::MAX), tone),
        None => (None, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::key;

    /// The packed table gives what `letter` gives, the first time and after.
    #[test]
    fn a_letter_kept_is_the_letter_worked_out() {
        let every = (0..0x1F10u32).filter_map(char::from_u32);
        for c in every.chain(['ệ', 'Ỹ', 'ư', 'đ', '中', '😀']) {
            assert_eq!(super::known_letter(c), super::letter(c), "{c:?}");
            assert_eq!(super::known_letter(c), super::letter(c), "{c:?} again");
        }
        assert_eq!(super::known_letter('ệ'), (super::letter('ê').0, 5));
    }

    fn sorted(names: &[&str]) -> Vec<String> {
        let mut v: Vec<&str> = names.to_vec();
        v.sort_by_key(|n| key(n));
        v.into_iter().map(String::from).collect()
    }

    #[test]
    fn the_letters_follow_the_vietnamese_alphabet() {
        assert_eq!(
            sorted(&["Cần Thơ", "Cao Bằng", "Cà Mau"]),
            ["Cà Mau", "Cao Bằng", "Cần Thơ"]
        );
        assert_eq!(
            sorted(&["Đồng Nai", "Điện Biên", "Đà Nẵng", "Dak"]),
            ["Dak", "Đà Nẵng", "Điện Biên", "Đồng Nai"]
        );
        assert_eq!(sorted(&["Ơn", "Ôn", "On"]), ["On", "Ôn", "Ơn"]);
        assert_eq!(sorted(&["Ưu", "Uy", "Vân"]), ["Uy", "Ưu", "Vân"]);
        assert_eq!(sorted(&["Âu", "Ăn", "Ba", "An"]), ["An", "Ăn", "Âu", "Ba"]);
    }

    #[test]
    fn tones_count_only_between_the_same_letters_in_dictionary_order() {
        // ngang, huyền, hỏi, ngã, sắc, nặng
        assert_eq!(
            sorted(&["mạ", "má", "mã", "mả", "mà", "ma"]),
            ["ma", "mà", "mả", "mã", "má", "mạ"]
        );
        // The letters decide first: `bà x` before `ba y`.
        assert_eq!(sorted(&["Ba Yên", "Bà Xuân"]), ["Bà Xuân", "Ba Yên"]);
    }

    #[test]
    fn words_of_kind_are_left_out_and_numbers_go_by_value() {
        assert_eq!(
            sorted(&["TP Hồ Chí Minh", "Hà Nội", "Huế", "Thái Nguyên"]),
            ["Hà Nội", "TP Hồ Chí Minh", "Huế", "Thái Nguyên"]
        );
        assert_eq!(
            sorted(&["Thành phố Cần Thơ", "Tỉnh Bắc Ninh", "Cà Mau"]),
            ["Tỉnh Bắc Ninh", "Cà Mau", "Thành phố Cần Thơ"]
        );
        assert_eq!(
            sorted(&["Quận 10", "Quận 2", "Quận 1"]),
            ["Quận 1", "Quận 2", "Quận 10"]
        );
        // A name that is only such a word keeps it.
        assert_eq!(sorted(&["Xã", "Tân"]), ["Tân", "Xã"]);
        // A space sorts before any letter: `An Giang` before `Anh Sơn`.
        assert_eq!(sorted(&["Anh Sơn", "An Giang"]), ["An Giang", "Anh Sơn"]);
        // A space or a dash ends a word: `Ba Vì` before `Bắc Sơn` (`ba`
        // then a space, before `bă`), `A-Z` before `Ab`.
        assert_eq!(sorted(&["Bắc Sơn", "Ba Vì"]), ["Ba Vì", "Bắc Sơn"]);
        assert_eq!(sorted(&["Ab", "A-Z"]), ["A-Z", "Ab"]);
        assert_eq!(sorted(&["Ab", "A–Z"]), ["A–Z", "Ab"]);
        // A number before any letter, after a space.
        assert_eq!(sorted(&["Khu A", "Khu 5"]), ["Khu 5", "Khu A"]);
        assert_eq!(
            sorted(&["Tổ 1", "Tổ 007", "Tổ 10"]),
            ["Tổ 1", "Tổ 007", "Tổ 10"]
        );
        assert_eq!(sorted(&["1 A", "1A"]), ["1 A", "1A"]);
        // Punctuation is skipped; a letter of another script comes after z.
        assert_eq!(sorted(&["B", "(A)"]), ["(A)", "B"]);
        assert_eq!(sorted(&["Ω", "Z"]), ["Z", "Ω"]);
    }

    #[test]
    fn case_and_composition_do_not_change_the_order_but_two_names_never_tie() {
        let composed = "Bắc Ninh";
        let decomposed = "Ba\u{306}\u{301}c Ninh";
        assert_eq!(key(composed)[..8], key(decomposed)[..8]);
        assert_ne!(key("Hà Nội"), key("Hà nội"));
        assert_eq!(sorted(&["hà nội", "Hà Nam"]), ["Hà Nam", "hà nội"]);
    }
}
