//! The one fuzzy matcher: how far a word typed is from a word known, and
//! when it is near enough to be the word meant. `check` (keys, choices,
//! references), the import (a unit's name) and `--view` (an id) all ask
//! here, so a slip is forgiven the same way everywhere.

mod index;

pub use index::Near;

/// The fewest slips forgiven, however short the word: a swapped pair of
/// letters is two edits, and `hue` for `hué` folded must still be found.
pub const MIN_EDITS: usize = 2;

/// One slip forgiven for every this many characters of the word known.
/// The threshold is the known word's, not the typed one's: a long string
/// of garbage must not make every short word near.
pub const CHARS_PER_EDIT: usize = 3;

/// How many edits away from `known` a word may be and still be taken as a
/// slip for it: a third of its characters (not bytes: `Đắk Lắk` is seven
/// letters), and never fewer than `MIN_EDITS`.
pub fn allowed_edits(known: &str) -> usize {
    MIN_EDITS.max(known.chars().count() / CHARS_PER_EDIT)
}

/// Levenshtein distance, by characters.
pub fn distance(a: &str, b: &str) -> usize {
    strsim::levenshtein(a, b)
}

/// The distance from `word` to `known` when it is near enough to be meant.
pub fn near(word: &str, known: &str) -> Option<usize> {
    let allowed = allowed_edits(known);
    // The length difference is a lower bound of the distance: most words
    // of a long list are refused without computing it.
    if word.chars().count().abs_diff(known.chars().count()) > allowed {
        return None;
    }
    let d = distance(word, known);
    (d <= allowed).then_some(d)
}

/// The known word nearest to a misspelt one, if it is near enough to be
/// meant (the first of equals).
pub fn closest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .filter_map(|k| Some((near(word, k)?, *k)))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// The `n` known words nearest to `word` (nearest first, ties by name),
/// however far. Deliberately without the threshold: an id that names
/// nothing must be fixed before anything loads (`check`) or opens
/// (`--view`), so the user is always shown where to look.
pub fn nearest<'a>(word: &str, known: &[&'a str], n: usize) -> Vec<&'a str> {
    let mut scored: Vec<(usize, &str)> = known.iter().map(|k| (distance(word, k), *k)).collect();
    scored.sort_unstable();
    scored.dedup();
    scored.into_iter().take(n).map(|(_, k)| k).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The threshold itself: changing it changes which suggestions every
    /// command makes, and must be done here, on purpose.
    #[test]
    fn a_third_of_the_known_word_and_at_least_two_edits_are_forgiven() {
        assert_eq!((MIN_EDITS, CHARS_PER_EDIT), (2, 3));
        assert_eq!(allowed_edits(""), 2);
        assert_eq!(allowed_edits("hue"), 2);
        assert_eq!(allowed_edits("coverage"), 2);
        assert_eq!(allowed_edits("kien giang"), 3);
        assert_eq!(allowed_edits("participants"), 4);
        // Characters, not bytes: "Đắk Lắk" is 7 letters, 11 bytes.
        assert_eq!(allowed_edits("Đắk Lắk"), 2);
        assert_eq!(allowed_edits("Thừa Thiên Huế"), 4);
    }

    #[test]
    fn the_threshold_at_its_edge() {
        // 9 letters: 3 edits forgiven, 4 not.
        assert_eq!(near("abcxyzghi", "abcdefghi"), Some(3));
        assert_eq!(near("abwxyzghi", "abcdefghi"), None);
        // 5 letters: still 2.
        assert_eq!(near("hxxoi", "hanoi"), Some(2));
        assert_eq!(near("hxxxi", "hanoi"), None);
        // Length alone can rule a word out.
        assert_eq!(near("ha", "ha-noi-moi"), None);
    }

    #[test]
    fn vietnamese_names_with_and_without_diacritics() {
        // Each dropped diacritic is one edit, by characters.
        assert_eq!(distance("Đắk Lắk", "Dak Lak"), 3);
        assert_eq!(distance("Huế", "Hue"), 1);
        assert_eq!(near("Dak Lak", "Đắk Lắk"), None);
        assert_eq!(near("Đăk Lăk", "Đắk Lắk"), Some(2));
        let known = ["Thừa Thiên Huế", "Hà Nội", "Hà Tĩnh"];
        assert_eq!(closest("Thua Thien Hue", &known), Some("Thừa Thiên Huế"));
        assert_eq!(closest("Ha Noi", &known), Some("Hà Nội"));
        // Folded as the import and `--view` fold them, no edit is left.
        assert_eq!(near("ha noi", "ha noi"), Some(0));
    }

    #[test]
    fn misspelt_keys_find_the_key_meant() {
        let known = ["coverage", "participants", "population", "date"];
        assert_eq!(closest("covrage", &known), Some("coverage"));
        assert_eq!(closest("particpants", &known), Some("participants"));
        assert_eq!(closest("colour", &known), None);
    }

    #[test]
    fn the_nearest_ids_come_first_however_far() {
        let known = ["ha-noi", "ha-tinh", "ha-nam", "hue", "bac-ninh"];
        assert_eq!(
            nearest("ha-noii", &known, 3),
            ["ha-noi", "ha-nam", "ha-tinh"]
        );
        // All ten edits away: ties go by name.
        assert_eq!(nearest("zzzzzzzzzz", &known, 1), ["bac-ninh"]);
        assert_eq!(nearest("x", &[], 3), Vec::<&str>::new());
    }
}
