//! `check_cycles` against the walk it replaced, by maps keyed by id: the
//! same problems, in the same order, at the same places, for any parents.

use proptest::prelude::*;

use super::*;
use crate::diagnostic::RawDiagnostic;
use crate::schema::Locality;

fn cycles_by_maps(sink: &mut Sink<'_>, d: &Dataset, known: &HashMap<&str, Loc>) {
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

/// Units named from a few ids (so that ids repeat and parents form
/// cycles), some the nation, some naming a parent that is no unit.
fn units() -> impl Strategy<Value = Vec<(u8, bool, Option<u8>)>> {
    prop::collection::vec(
        (0u8..8, prop::bool::weighted(0.1), prop::option::of(0u8..10)),
        0..14,
    )
}

fn dataset(units: &[(u8, bool, Option<u8>)]) -> Dataset {
    let id = |k: u8| format!("u{k}");
    let localities = units
        .iter()
        .enumerate()
        .map(|(at, &(k, nation, parent))| Locality {
            id: Located {
                value: id(k),
                at: Loc::new(0, at),
            },
            name: id(k),
            aliases: Vec::new(),
            kind: if nation {
                LocalityKind::Nation
            } else {
                LocalityKind::District
            },
            parent: parent.map(|p| Located {
                value: id(p),
                at: Loc::new(0, 1000 + at),
            }),
            merged_into: None,
            merged_on: None,
            abolished_on: None,
            note: None,
            records: Vec::new(),
            population: Vec::new(),
        })
        .collect();
    Dataset {
        localities,
        ..Dataset::default()
    }
}

fn told(d: &Dataset, walk: fn(&mut Sink<'_>, &Dataset, &HashMap<&str, Loc>)) -> Vec<String> {
    let mut raw: Vec<RawDiagnostic> = Vec::new();
    let known = unique(
        &mut Sink(&mut Vec::new()),
        &[],
        d.localities.iter().map(|l| &l.id),
        IdKind::Locality,
    );
    walk(&mut Sink(&mut raw), d, &known);
    raw.iter().map(|r| format!("{r:?}")).collect()
}

proptest! {
    #[test]
    fn the_walk_by_numbers_tells_what_the_walk_by_maps_told(units in units()) {
        let d = dataset(&units);
        prop_assert_eq!(told(&d, check_cycles), told(&d, cycles_by_maps));
    }
}

#[test]
fn a_cycle_is_told_once_from_its_member_written_first() {
    // u1 → u2 → u3 → u1, u3 written first; u4 under u1 reaches it.
    let d = dataset(&[
        (3, false, Some(1)),
        (1, false, Some(2)),
        (2, false, Some(3)),
        (4, false, Some(1)),
    ]);
    let said = told(&d, check_cycles);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains(r#"["u3", "u1", "u2", "u3"]"#), "{said:?}");
    // A unit its own parent is a cycle of one; the nation's parent is not.
    let d = dataset(&[(0, true, Some(0)), (5, false, Some(5))]);
    let said = told(&d, check_cycles);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains(r#"["u5", "u5"]"#), "{said:?}");
}
