//! What a load derives from the units' names and places alone, whatever
//! the day they are judged on: each name folded for search and its other
//! keys, and the units of every era and level in Vietnamese name order.
//! A warm start takes them from the cache with the dataset (`derive_named`)
//! instead of folding and collating 100,000 names again.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::model::Model;
use super::orders::{Level, Orders};
use super::point::Era;
use super::search_keys::OtherKey;

/// The names' part of a model, as the cache keeps it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Names {
    pub(crate) search_keys: Vec<String>,
    pub(crate) other_keys: Vec<Vec<OtherKey>>,
    pub(crate) name_rank: Vec<u32>,
    pub(crate) members: Vec<((Era, Level), Vec<usize>)>,
}

/// A model's `Names` by reference, encoded exactly as `Names` is.
#[derive(Clone, Debug, Serialize)]
pub struct NamesRef<'a> {
    search_keys: &'a [String],
    other_keys: &'a [Vec<OtherKey>],
    name_rank: &'a [u32],
    members: Vec<((Era, Level), &'a [usize])>,
}

impl Model {
    /// The names' part of the model, to keep with its dataset.
    pub fn names(&self) -> NamesRef<'_> {
        let mut members: Vec<((Era, Level), &[usize])> = self
            .orders
            .members
            .iter()
            .map(|(&k, v)| (k, v.as_slice()))
            .collect();
        // In one order, so that the same model is always kept the same.
        members.sort_by_key(|&((era, level), _)| (era as u8, level as u8));
        NamesRef {
            search_keys: &self.search_keys,
            other_keys: &self.other_keys,
            name_rank: &self.orders.name_rank,
            members,
        }
    }

    /// `names()`, to keep once the model is elsewhere.
    pub fn shared_names(&self) -> SharedNames {
        let names = self.names();
        SharedNames {
            search_keys: Arc::clone(&self.search_keys),
            other_keys: Arc::clone(&self.other_keys),
            name_rank: self.orders.name_rank.clone(),
            members: names
                .members
                .iter()
                .map(|&(k, v)| (k, v.to_vec()))
                .collect(),
        }
    }
}

impl NamesRef<'_> {
    /// A copy, to compare.
    #[cfg(test)]
    fn to_names(&self) -> Names {
        Names {
            search_keys: self.search_keys.to_vec(),
            other_keys: self.other_keys.to_vec(),
            name_rank: self.name_rank.to_vec(),
            members: self.members.iter().map(|&(k, v)| (k, v.to_vec())).collect(),
        }
    }
}

/// A model's `Names` kept once the model is elsewhere: its keys shared
/// with it, its orders of names copied (a few hundred KB at 100,000 units).
#[derive(Clone, Debug)]
pub struct SharedNames {
    search_keys: Arc<Vec<String>>,
    other_keys: Arc<Vec<Vec<OtherKey>>>,
    name_rank: Vec<u32>,
    members: Vec<((Era, Level), Vec<usize>)>,
}

impl SharedNames {
    /// By reference, encoded as the model's own `names()`.
    pub fn by_ref(&self) -> NamesRef<'_> {
        NamesRef {
            search_keys: &self.search_keys,
            other_keys: &self.other_keys,
            name_rank: &self.name_rank,
            members: self
                .members
                .iter()
                .map(|(k, v)| (*k, v.as_slice()))
                .collect(),
        }
    }
}

impl Names {
    /// Whether these are names of `n` units: one of each per unit, and no
    /// member beyond them. Anything else is not used.
    pub(crate) fn fit(&self, n: usize) -> bool {
        self.search_keys.len() == n
            && self.other_keys.len() == n
            && self.name_rank.len() == n
            && self.members.iter().flat_map(|(_, m)| m).all(|&i| i < n)
    }

    /// The orders they hold, no column's yet.
    pub(crate) fn orders(members: Vec<((Era, Level), Vec<usize>)>, name_rank: Vec<u32>) -> Orders {
        Orders {
            members: members.into_iter().collect(),
            name_rank,
            ..Orders::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> crate::schema::Dataset {
        let text = crate::synth::single_file(&crate::synth::Spec {
            localities: 300,
            years: 3,
            seed: 2,
        });
        let loaded = crate::load::load_files(vec![("s.toml".into(), text.into_bytes())]);
        loaded.map(|l| l.dataset).unwrap_or_default()
    }

    fn kept(m: &Model) -> Names {
        m.names().to_names()
    }

    #[test]
    fn names_that_fit_are_taken_as_given_and_others_are_derived_afresh() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default();
        let fresh = crate::derive::derive_when_asked(dataset(), today);
        assert_eq!(fresh.localities.len(), 300);
        let mut names = kept(&fresh);
        assert!(names.fit(300));
        // Taken as given: a changed key is what the model holds.
        names.search_keys[0] = "đã đổi".into();
        names.name_rank.reverse();
        let taken = crate::derive::derive_named(dataset(), today, Some(names.clone()));
        assert_eq!(kept(&taken), names);
        // Names of another number of units, or a member beyond them, are not.
        for broken in [
            Names {
                search_keys: vec![],
                ..names.clone()
            },
            Names {
                name_rank: vec![0; 301],
                ..names.clone()
            },
            Names {
                members: vec![((Era::Current, Level::Commune), vec![300])],
                ..names.clone()
            },
        ] {
            assert!(!broken.fit(300));
            let derived = crate::derive::derive_named(dataset(), today, Some(broken));
            assert_eq!(kept(&derived), kept(&fresh));
        }
    }

    /// What the cache keeps of a model's names, kept apart from it, is
    /// what the model itself holds.
    #[test]
    fn shared_names_are_the_model_s_own() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default();
        let model = crate::derive::derive_when_asked(dataset(), today);
        let shared = model.shared_names();
        assert_eq!(
            format!("{:?}", shared.by_ref()),
            format!("{:?}", model.names())
        );
        assert!(Arc::ptr_eq(&shared.search_keys, &model.search_keys));
        drop(model);
        assert_eq!(shared.by_ref().to_names().search_keys.len(), 300);
    }
}
