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
    let mut seen: HashMap<&str, Loc> = HashMap::new();
    for id in ids {
        if let Some(first) = seen.get(id.value.as_str()) {
            let first = sources.get(first.file as usize).map(|f| {
                let (line, column) =
                    crate::diagnostic::line_and_column(&f.text, first.offset as usize);
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
    // The nation's own `parent` is reported on its own; it is no cycle.
    let parent: HashMap<&str, &str> = d
        .localities
        .iter()
        .filter(|l| l.kind != LocalityKind::Nation)
        .filter_map(|l| Some((l.id.value.as_str(), l.parent.as_ref()?.value.as_str())))
        .collect();
    // 0 = not visited, 1 = on the current path, 2 = done
    let mut state: HashMap<&str, u8> = HashMap::with_capacity(parent.len());
    // In file order, so the same data always gives the same message.
    for start in d.localities.iter().map(|l| l.id.value.as_str()) {
        let mut path: Vec<&str> = Vec::new();
        let mut at = start;
        loop {
            match state.get(at).copied().unwrap_or(0) {
                2 => break,
                1 => {
                    let from = path.iter().position(|x| *x == at).unwrap_or(0);
                    let members: Vec<&str> = path.get(from..).unwrap_or(&[]).to_vec();
                    // Told once, from the member written first.
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
                    break;
                }
                _ => {}
            }
            state.insert(at, 1);
            path.push(at);
            match parent.get(at) {
                Some(p) if known.contains_key(p) => at = p,
                _ => break,
            }
        }
        for p in path {
            state.insert(p, 2);
        }
    }
}
