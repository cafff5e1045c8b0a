//! Finding a unit by name as it is typed: diacritics folded, and in the
//! 34-province view through the units merged into it.

use super::figures::{Era, Model};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    /// Its own name holds the query.
    Own,
    /// The name of a unit merged into it does (index of that unit):
    /// `bac giang` finds Bắc Ninh, which includes Bắc Giang since 2025.
    Via(usize),
}

impl Model {
    /// How unit `i` matches `query`, which is already folded and trimmed.
    pub fn search_match(&self, i: usize, era: Era, query: &str) -> Option<Match> {
        let hit = |j: usize| self.search_keys.get(j).is_some_and(|k| k.contains(query));
        if hit(i) {
            return Some(Match::Own);
        }
        if era != Era::Current {
            return None;
        }
        self.absorbed
            .get(i)?
            .iter()
            .find(|&&j| hit(j))
            .map(|&j| Match::Via(j))
    }
}
