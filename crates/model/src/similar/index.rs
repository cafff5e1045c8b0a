//! Known words indexed for `closest` and `nearest` against many of them:
//! `check` on 100,000 localities with a thousand misspelt references must
//! not run a full edit distance against every id for each (issue 22). Each
//! word keeps a bag of its characters; the bag distance (what one bag has
//! that the other lacks) is never more than the edit distance, so words
//! are tried in order of it, and the search stops once no word left can
//! beat the best found. The answers are those of `closest` and `nearest`
//! over the words in their given order.

use super::{allowed_edits, distance};

/// Words with their bags and lengths, in the order given.
pub struct Near<'a> {
    words: Vec<&'a str>,
    /// Each word's characters counted in 32 bins: merging characters into
    /// a bin only lowers the bag distance, which stays a lower bound.
    bags: Vec<[u8; 32]>,
    lengths: Vec<usize>,
    /// The most edits any word is allowed.
    widest: usize,
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
        let widest = words.iter().map(|w| allowed_edits(w)).max().unwrap_or(0);
        Self {
            words,
            bags,
            lengths,
            widest,
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

    /// `closest(word, words)`: the nearest word near enough to be meant
    /// (`allowed_edits`), the first of equals.
    pub fn closest(&self, word: &str) -> Option<&'a str> {
        let bounds = self.bounds(word);
        let widest = self.widest;
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
                let limit = allowed_edits(k);
                if usize::from(level) > limit {
                    continue;
                }
                let d = distance(word, k);
                if d <= limit && best.is_none_or(|b| (d, i) < b) {
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
                scored.push((distance(word, k), k));
            }
            scored.sort_unstable();
            scored.dedup();
            scored.truncate(n);
        }
        scored.into_iter().take(n).map(|(_, k)| k).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::{closest, nearest};
    use super::*;

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
