//! Units matched to the ids of a dataset: by name without its prefix
//! (Tỉnh, TP., Quận, Huyện, Thị xã, Xã, Phường…), folded; by former name
//! (a unit merged into another before the report's date); by alias.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::model::diagnostic::Loc;
use crate::model::fold::words;
use crate::model::hints::edit_distance;
use crate::model::schema::{Dataset, Locality, LocalityKind};

/// How a row's unit was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum How {
    Name,
    /// Its former name: the unit it was merged into (the former id).
    Former(String),
    Alias,
    /// `--map "name=id"`.
    Mapped,
    /// The sum of the rows of its former parts.
    Parts,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Match {
    One {
        id: String,
        how: How,
    },
    /// No unit of that name: the closest names, as `Name (id)`.
    None(Vec<String>),
    /// More than one: each as `Name (id)`.
    Many(Vec<String>),
    /// A unit that had ceased by the date, and into nothing: an abolished
    /// district. Its id, name and last day.
    Ceased {
        id: String,
        name: String,
        on: NaiveDate,
    },
}

/// A record the dataset already has for a unit and day: where it is
/// written and its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Existing {
    pub at: Loc,
    pub source: String,
}

type Map<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// The dataset's units by id and by folded name, borrowed from it: a
/// report of 10,000 rows is matched against as many units, and copying
/// them would cost more than the matching.
pub struct Index<'a> {
    units: &'a [Locality],
    by_id: Map<&'a str, usize>,
    /// Folded name without prefix → (unit, found by alias).
    by_key: Map<String, Vec<(usize, bool)>>,
}

const PREFIXES: [(&str, Option<LocalityKind>); 12] = [
    ("thanh pho", None),
    ("thi xa", Some(LocalityKind::District)),
    ("thi tran", Some(LocalityKind::Commune)),
    ("tinh", Some(LocalityKind::Province)),
    ("tp", None),
    ("quan", Some(LocalityKind::District)),
    ("huyen", Some(LocalityKind::District)),
    ("tx", Some(LocalityKind::District)),
    ("xa", Some(LocalityKind::Commune)),
    ("phuong", Some(LocalityKind::Commune)),
    ("tt", Some(LocalityKind::Commune)),
    ("province", Some(LocalityKind::Province)),
];

/// The folded name without its prefix, and the kind the prefix says.
pub fn key(name: &str) -> (String, Option<LocalityKind>) {
    let w = words(name);
    for (prefix, kind) in PREFIXES {
        if let Some(rest) = w.strip_prefix(prefix)
            && let Some(rest) = rest.strip_prefix(' ')
            && !rest.is_empty()
        {
            return (rest.to_string(), kind);
        }
    }
    (w, None)
}

impl<'a> Index<'a> {
    pub fn new(dataset: &'a Dataset) -> Self {
        let units = dataset.localities.as_slice();
        let mut by_id = Map::default();
        by_id.reserve(units.len());
        let mut by_key: Map<String, Vec<(usize, bool)>> = Map::default();
        by_key.reserve(units.len());
        for (i, l) in units.iter().enumerate() {
            by_id.insert(l.id.value.as_str(), i);
            by_key.entry(key(&l.name).0).or_default().push((i, false));
            for alias in &l.aliases {
                let k = key(&alias.value).0;
                let list = by_key.entry(k).or_default();
                if !list.iter().any(|(j, _)| *j == i) {
                    list.push((i, true));
                }
            }
        }
        Self {
            units,
            by_id,
            by_key,
        }
    }

    fn shown(&self, i: usize) -> String {
        self.units
            .get(i)
            .map(|l| format!("{} ({})", l.name, l.id.value))
            .unwrap_or_default()
    }

    /// The unit `text` names on `date`.
    pub fn find(&self, text: &str, date: NaiveDate) -> Match {
        let (k, kind) = key(text);
        let Some(found) = self.by_key.get(&k) else {
            return Match::None(self.closest(&k));
        };
        // Each unit found, as it stood on `date`: a unit merged by then
        // is the unit it was merged into; one abolished by then is kept
        // only when nothing else is found.
        let mut resolved: Vec<(usize, How, bool)> = Vec::new();
        for &(i, alias) in found {
            let Some(l) = self.units.get(i) else {
                continue;
            };
            let gone = l.ceased_on().is_some_and(|d| d <= date);
            let (j, how, alive) = match (&l.merged_into, gone) {
                (Some(into), true) => match self.by_id.get(into.value.as_str()) {
                    Some(j) => (*j, How::Former(l.id.value.clone()), true),
                    None => (i, How::Name, false),
                },
                (None, true) => (i, if alias { How::Alias } else { How::Name }, false),
                _ if alias => (i, How::Alias, true),
                _ => (i, How::Name, true),
            };
            if !resolved.iter().any(|(x, _, _)| *x == j) {
                resolved.push((j, how, alive));
            }
        }
        let any_alive = resolved.iter().any(|(_, _, a)| *a);
        let mut living: Vec<(usize, How)> = resolved
            .into_iter()
            .filter(|(_, _, a)| *a || !any_alive)
            .map(|(i, h, _)| (i, h))
            .collect();
        if living.len() > 1
            && let Some(kind) = kind
        {
            let of_kind: Vec<(usize, How)> = living
                .iter()
                .filter(|(i, _)| self.units.get(*i).is_some_and(|l| l.kind == kind))
                .cloned()
                .collect();
            if !of_kind.is_empty() {
                living = of_kind;
            }
        }
        match living.as_slice() {
            [(i, how)] => match self.units.get(*i) {
                Some(l) if !any_alive => Match::Ceased {
                    id: l.id.value.clone(),
                    name: l.name.clone(),
                    on: l.ceased_on().unwrap_or(date),
                },
                Some(l) => Match::One {
                    id: l.id.value.clone(),
                    how: how.clone(),
                },
                None => Match::None(Vec::new()),
            },
            many => Match::Many(many.iter().map(|(i, _)| self.shown(*i)).collect()),
        }
    }

    fn unit(&self, id: &str) -> Option<&'a Locality> {
        self.units.get(*self.by_id.get(id)?)
    }

    /// Whether the dataset has a unit `id`.
    pub fn contains(&self, id: &str) -> bool {
        self.by_id.contains_key(id)
    }

    /// The name of unit `id`, or the id itself.
    pub fn name(&self, id: &str) -> String {
        self.unit(id)
            .map_or_else(|| id.to_string(), |l| l.name.clone())
    }

    /// The record the dataset has for `id` on `date`.
    pub fn record_on(&self, id: &str, date: NaiveDate) -> Option<Existing> {
        let r = self.unit(id)?.records.iter().find(|r| r.date == date)?;
        Some(Existing {
            at: r.at,
            source: r.source.clone(),
        })
    }

    /// The parts `id` was made of on `date`, as reports from before its
    /// merger list them: each unit merged into it by then, with the day it
    /// ceased, and `id` itself (as it stood before) unless the merger made
    /// it: a unit with no figure dated before the first merger into it.
    /// Empty when nothing was merged into it by then.
    pub fn parts(&self, id: &str, date: NaiveDate) -> Vec<(String, NaiveDate)> {
        let merged: Vec<(String, NaiveDate)> = self
            .units
            .iter()
            .filter(|l| l.merged_into.as_ref().is_some_and(|m| m.value == id))
            .filter_map(|l| Some((l.id.value.clone(), l.ceased_on().filter(|d| *d <= date)?)))
            .collect();
        let Some(first_merger) = merged.iter().map(|(_, d)| *d).min() else {
            return Vec::new();
        };
        let itself = self
            .unit(id)
            .filter(|l| {
                l.records
                    .iter()
                    .map(|r| r.date)
                    .chain(l.population.iter().map(|p| p.date))
                    .any(|d| d < first_merger)
            })
            .map(|l| (l.id.value.clone(), first_merger));
        itself.into_iter().chain(merged).collect()
    }

    /// Up to three names nearest `k`.
    fn closest(&self, k: &str) -> Vec<String> {
        if k.is_empty() {
            return Vec::new();
        }
        let limit = 2.max(k.chars().count() / 3);
        let mut near: Vec<(usize, usize)> = self
            .by_key
            .iter()
            .filter(|(other, _)| other.len().abs_diff(k.len()) <= limit + 2)
            .filter_map(|(other, list)| {
                let d = edit_distance(k, other);
                (d <= limit).then(|| list.first().map(|(i, _)| (d, *i)))?
            })
            .collect();
        near.sort_unstable_by_key(|(d, i)| (*d, self.units.get(*i).map(|l| l.id.value.as_str())));
        near.dedup_by_key(|(_, i)| *i);
        near.into_iter()
            .take(3)
            .map(|(_, i)| self.shown(i))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::key;
    use crate::model::schema::LocalityKind;

    #[test]
    fn prefixes_are_dropped() {
        assert_eq!(key("Tỉnh Bắc Ninh").0, "bac ninh");
        assert_eq!(key("TP. Hồ Chí Minh").0, "ho chi minh");
        assert_eq!(key("Thành phố Hà Nội").0, "ha noi");
        assert_eq!(
            key("Thị xã Sơn Tây"),
            ("son tay".into(), Some(LocalityKind::District))
        );
        assert_eq!(key("Phường 1"), ("1".into(), Some(LocalityKind::Commune)));
        assert_eq!(key("Xã"), ("xa".into(), None));
    }
}
