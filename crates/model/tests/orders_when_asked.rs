//! A column's order built when first asked for is the one built with all
//! the others at load: a command that builds only its view's order shows
//! the rows in the dashboard's order.

#![allow(clippy::unwrap_used, clippy::panic)]

use chrono::NaiveDate;
use tiendo_model::synth::{Spec, single_file};
use tiendo_model::{Era, Level, SortKey, derive, derive_when_asked, load_files};

#[test]
fn every_order_built_when_asked_is_the_one_built_at_load() {
    let text = single_file(&Spec {
        localities: 600,
        years: 6,
        seed: 11,
    });
    let dataset = || {
        load_files(vec![("synth.toml".to_string(), text.clone().into_bytes())])
            .unwrap()
            .dataset
    };
    let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
    let all = derive(dataset(), today);
    let mut asked = derive_when_asked(dataset(), today);
    let mut compared = 0;
    for era in [Era::Current, Era::Former] {
        for level in Level::ALL {
            for key in SortKey::ALL {
                assert!(asked.sorted(era, level, key).is_none());
                asked.ensure_sorted(era, level, key);
                match (all.sorted(era, level, key), asked.sorted(era, level, key)) {
                    (Some(a), Some(b)) => {
                        for descending in [false, true] {
                            let (a, b): (Vec<_>, Vec<_>) =
                                (a.order(descending).collect(), b.order(descending).collect());
                            assert_eq!(a, b, "{era:?} {level:?} {key:?} {descending}");
                        }
                        compared += 1;
                    }
                    (None, None) => {}
                    (a, b) => panic!("{era:?} {level:?} {key:?}: {a:?} / {b:?}"),
                }
            }
        }
    }
    assert!(compared >= 3 * SortKey::ALL.len(), "{compared}");
}
