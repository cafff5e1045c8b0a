//! Ids and the references between tables: ids unique across all files,
//! references that resolve, and no cycle of parents.

use std::sync::OnceLock;

use foldhash::{HashMap, HashMapExt, HashSet};
use std::ops::Deref;

use super::Sink;
use crate::diagnostic::{Loc, SourceFile};
use crate::problem::{IdKind, Place, Reference};
use crate::schema::{Dataset, LocalityKind, Located};

/// The ids of one kind of table, with the index that suggests the id meant
/// for one that is not there, built the first time one is needed.
pub(super) struct Known<'a> {
    ids: HashMap<&'a str, Loc>,
    near: OnceLock<crate::similar::Near<'a>>,
}

impl<'a> Known<'a> {
    pub(super) fn new(ids: HashMap<&'a str, Loc>) -> Self {
        Self {
            ids,
            near: OnceLock::new(),
        }
    }

    /// Sorted, so that of two ids equally near the same one is named
    /// whatever the order the files were read in.
    fn near(&self) -> &crate::similar::Near<'a> {
        self.near.get_or_init(|| {
            let mut ids: Vec<&'a str> = self.ids.keys().copied().collect();
            ids.sort_unstable();
            crate::similar::Near::new(ids)
        })
    }
}

impl<'a> Deref for Known<'a> {
    type Target = HashMap<&'a str, Loc>;

    fn deref(&self) -> &Self::Target {
        &self.ids
    }
}

pub(super) fn unique<'a>(
    sink: &mut Sink<'_>,
    sources: &[SourceFile],
    ids: impl Iterator<Item = &'a Located<String>>,
    kind: IdKind,
) -> HashMap<&'a str, Loc> {
    // Sized once: 100,000 ids grown into a map double it 17 times.
    let mut seen: HashMap<&str, Loc> = HashMap::with_capacity(ids.size_hint().0);
    for id in ids {
        if let Some(first) = seen.get(id.value.as_str()) {
            let first = sources.get(first.file as usize).map(|f| {
                let (line, column) = f.line_and_column(first.offset as usize);
                Place {
                    file: f.name.clone(),
                    line,
                    column,
                }
            });
            let problem = Reference::DuplicateId {
                kind,
                id: id.value.clone(),
                first,
            };
            sink.error(id.at, problem);
        } else {
            seen.insert(&id.value, id.at);
        }
    }
    seen
}

pub(super) fn resolve(
    sink: &mut Sink<'_>,
    r: &Located<String>,
    (known, refused): (&Known<'_>, &HashSet<&str>),
    key: &str,
    kind: IdKind,
) {
    // A reference to a table refused for its id has been reported there.
    if known.contains_key(r.value.as_str()) || refused.contains(r.value.as_str()) {
        return;
    }
    let problem = Reference::UnknownId {
        key: key.to_string(),
        id: r.value.clone(),
        kind,
        guess: known.near().closest(&r.value).map(str::to_string),
    };
    sink.error(r.at, problem);
}

pub(super) fn check_cycles(sink: &mut Sink<'_>, d: &Dataset, known: &HashMap<&str, Loc>) {
    // Each id numbered once, in the order first written: the walk up the
    // parents then reads arrays, not maps (at 100,000 units, six map
    // lookups and a list made per unit took 40–50 ms on one core).
    let mut number: HashMap<&str, u32> = HashMap::with_capacity(d.localities.len());
    let mut ids: Vec<&str> = Vec::with_capacity(d.localities.len());
    let mut of: Vec<u32> = Vec::with_capacity(d.localities.len());
    for l in &d.localities {
        let id = l.id.value.as_str();
        let n = *number.entry(id).or_insert_with(|| {
            ids.push(id);
            u32::try_from(ids.len() - 1).unwrap_or(u32::MAX)
        });
        of.push(n);
    }
    // An id's parent as the last unit written with that id names it (as a
    // map of them all would hold it); none when it names no unit (`number`
    // holds every id `known` does). The nation's own `parent` is reported
    // on its own; it is no cycle.
    let mut up: Vec<Option<u32>> = vec![None; ids.len()];
    for (l, &n) in d.localities.iter().zip(&of) {
        if l.kind == LocalityKind::Nation {
            continue;
        }
        if let (Some(p), Some(slot)) = (&l.parent, up.get_mut(n as usize)) {
            *slot = number.get(p.value.as_str()).copied();
        }
    }
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let mut state: Vec<u8> = vec![0; ids.len()];
    let mut path: Vec<u32> = Vec::new();
    // In file order, so the same data always gives the same message.
    for &start in &of {
        path.clear();
        let mut at = start;
        loop {
            match state.get(at as usize).copied() {
                Some(DONE) | None => break,
                Some(ON_PATH) => {
                    let from = path.iter().position(|x| *x == at).unwrap_or(0);
                    let members: Vec<&str> = path
                        .get(from..)
                        .unwrap_or(&[])
                        .iter()
                        .filter_map(|&m| ids.get(m as usize).copied())
                        .collect();
                    let at = ids.get(at as usize).copied().unwrap_or_default();
                    sink_cycle(sink, known, &members, at);
                    break;
                }
                Some(_) => {}
            }
            if let Some(s) = state.get_mut(at as usize) {
                *s = ON_PATH;
            }
            path.push(at);
            match up.get(at as usize).copied().flatten() {
                Some(p) => at = p,
                None => break,
            }
        }
        for &p in &path {
            if let Some(s) = state.get_mut(p as usize) {
                *s = DONE;
            }
        }
    }
}

/// A cycle of `members` (in the order walked), told once, from the member
/// written first.
fn sink_cycle(sink: &mut Sink<'_>, known: &HashMap<&str, Loc>, members: &[&str], at: &str) {
    let first = members
        .iter()
        .copied()
        .min_by_key(|m| known.get(m).copied().unwrap_or_default())
        .unwrap_or(at);
    let k = members.iter().position(|m| *m == first).unwrap_or(0);
    let mut cycle: Vec<&str> = members
        .iter()
        .cycle()
        .skip(k)
        .take(members.len())
        .copied()
        .collect();
    cycle.push(first);
    let cycle = cycle.iter().map(|m| m.to_string()).collect();
    let problem = Reference::ParentCycle { cycle };
    sink.error(known.get(first).copied().unwrap_or_default(), problem);
}

#[cfg(test)]
#[path = "references_tests.rs"]
mod tests;
