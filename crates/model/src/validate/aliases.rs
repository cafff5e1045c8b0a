//! Names and aliases: warnings of an alias that repeats a name search
//! already finds.

use std::collections::HashMap;

use super::Sink;
use crate::problem::Reference;
use crate::schema::Dataset;

/// Warns of an alias that repeats its own unit's name, or that is another
/// unit's name or alias: search then lists both, which may be meant (a
/// district and a ward of the same name) but is worth a look.
pub(super) fn check_aliases(sink: &mut Sink<'_>, d: &Dataset) {
    if d.localities.iter().all(|l| l.aliases.is_empty()) {
        return;
    }
    let mut names: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, l) in d.localities.iter().enumerate() {
        let keys = std::iter::once(&l.name).chain(l.aliases.iter().map(|a| &a.value));
        for key in keys {
            let list = names.entry(crate::fold::words(key)).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    for (i, l) in d.localities.iter().enumerate() {
        let own = crate::fold::words(&l.name);
        for a in &l.aliases {
            let key = crate::fold::words(&a.value);
            let id = &l.id.value;
            if key == own {
                let problem = Reference::AliasIsName {
                    alias: a.value.clone(),
                    id: id.clone(),
                };
                sink.warn(a.at, problem);
                continue;
            }
            let others = names.get(&key).into_iter().flatten();
            if let Some(other) = others
                .filter(|&&j| j != i)
                .find_map(|&j| d.localities.get(j))
            {
                let problem = Reference::AliasShared {
                    alias: a.value.clone(),
                    id: id.clone(),
                    other_id: other.id.value.clone(),
                    other_name: other.name.clone(),
                };
                sink.warn(a.at, problem);
            }
        }
    }
}
