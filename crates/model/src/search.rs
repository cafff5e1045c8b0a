//! Finding a unit by name as it is typed: diacritics folded, by the other
//! names people use for it (`aliases`), and in the 34-province view through
//! the units merged into it.

use super::fold;
use super::model::Model;
use super::orders::Level;
use super::point::Era;
use super::similar;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    /// Its own name holds the query.
    Own,
    /// One of its aliases does (index in `Locality::aliases`): `sai gon`
    /// finds TP Hồ Chí Minh.
    Alias(usize),
    /// The name or an alias of a unit merged into it does (index of that
    /// unit): `bac giang` finds Bắc Ninh, which includes Bắc Giang since 2025.
    Via(usize),
}

impl Model {
    /// How unit `i` matches `query`, which is already folded and trimmed.
    pub fn search_match(&self, i: usize, era: Era, query: &str) -> Option<Match> {
        // Built only when a unit with other keys is met.
        let mut forms: Option<(String, String)> = None;
        let mut hit = |j: usize| -> Option<Match> {
            if self.search_keys.get(j).is_some_and(|k| k.contains(query)) {
                return Some(Match::Own);
            }
            let others = self.other_keys.get(j).filter(|o| !o.is_empty())?;
            let (words, compact) =
                forms.get_or_insert_with(|| (fold::words(query), fold::compact(query)));
            if words.is_empty() {
                return None;
            }
            others
                .iter()
                .find(|o| {
                    o.words.contains(words.as_str())
                        || (o.alias.is_some() && o.compact.contains(compact.as_str()))
                })
                .map(|o| o.alias.map_or(Match::Own, Match::Alias))
        };
        if let Some(m) = hit(i) {
            return Some(m);
        }
        if era != Era::Current {
            return None;
        }
        self.absorbed
            .get(i)?
            .iter()
            .find(|&&j| hit(j).is_some())
            .map(|&j| Match::Via(j))
    }
}

impl Model {
    /// The unit of `level` in `era` whose name is nearest to `query` (folded
    /// and trimmed) within `similar`'s one threshold, when no name holds
    /// it: what the search offers after `dac lac` finds nothing (Đắk Lắk).
    /// The first of equals in name order.
    pub fn nearest_name(&self, era: Era, level: Level, query: &str) -> Option<usize> {
        if query.is_empty() {
            return None;
        }
        let mut best: Option<(usize, usize)> = None;
        for &i in self.orders.members(era, level) {
            let Some(key) = self.search_keys.get(i) else {
                continue;
            };
            if let Some(d) = similar::near(query, key)
                && best.is_none_or(|(shortest, _)| d < shortest)
            {
                best = Some((d, i));
            }
        }
        best.map(|(_, i)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Model {
        let loaded = crate::load_files(crate::bundled::files()).unwrap();
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        crate::derive(loaded.dataset, day)
    }

    #[test]
    fn the_nearest_name_is_offered_only_within_the_threshold_and_at_the_level_shown() {
        let m = bundled();
        let near = |q: &str, level| {
            m.nearest_name(Era::Current, level, q)
                .and_then(|i| m.locality(i))
                .map(|l| l.id.value.clone())
        };
        // `dak lak` folded: two edits away, as many as seven letters allow.
        assert_eq!(near("dac lac", Level::Province).as_deref(), Some("dak-lak"));
        assert_eq!(near("dac lak", Level::Province).as_deref(), Some("dak-lak"));
        // Three edits are one too many.
        assert_eq!(near("dxc lxc", Level::Province), None);
        assert_eq!(near("dac lxc", Level::Province), None);
        assert_eq!(near("", Level::Province), None);
        assert_eq!(near("ha nol", Level::Province).as_deref(), Some("ha-noi"));
        // Of two near enough, the nearer: `ba ninh` is one edit from `bac
        // ninh` and two from `tay ninh`.
        assert_eq!(
            near("ba ninh", Level::Province).as_deref(),
            Some("bac-ninh")
        );
        assert_eq!(
            near("ta ninh", Level::Province).as_deref(),
            Some("tay-ninh")
        );
        // Of two as near, the first by name: `tac ninh` is one edit from each.
        assert_eq!(
            near("tac ninh", Level::Province).as_deref(),
            Some("bac-ninh")
        );
        // Only the units of the level shown are offered.
        assert_eq!(near("dac lac", Level::Commune), None);
    }
}
