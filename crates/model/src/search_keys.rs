//! The forms of a unit's name search compares besides the folded name,
//! made once at load.

use super::fold;
use super::schema::Locality;

/// A form of a unit's name, or of an alias, that search compares besides
/// the folded name: only units with aliases or punctuation in their name
/// have any, so the search of 100,000 plain names costs what it did.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OtherKey {
    /// The alias it comes from; `None`: the name itself.
    pub(crate) alias: Option<usize>,
    /// `fold::words`: `tp hcm` for `TP.HCM`, `ba ria vung tau`.
    pub(crate) words: String,
    /// `fold::compact`, for aliases only: `tphcm` for `TP HCM`, so that
    /// `tphcm` and `tp hcm` both find it.
    pub(crate) compact: String,
}

/// The other keys of one unit (see `OtherKey`), given its folded name.
pub fn other_keys(l: &Locality, folded: &str) -> Vec<OtherKey> {
    let mut keys = Vec::new();
    let words = fold::words_of_folded(folded);
    if words != folded {
        keys.push(OtherKey {
            alias: None,
            words,
            compact: String::new(),
        });
    }
    for (k, a) in l.aliases.iter().enumerate() {
        keys.push(OtherKey {
            alias: Some(k),
            words: fold::words(&a.value),
            compact: fold::compact(&a.value),
        });
    }
    keys
}
