//! Units matched to the ids of a dataset: by name without its prefix
//! (Tỉnh, TP., Quận, Huyện, Thị xã, Xã, Phường…), folded; by former name
//! (a unit merged into another before the report's date); by alias.

use std::collections::HashMap;

use chrono::NaiveDate;

use tiendo_model::diagnostic::Loc;
use tiendo_model::fold::words;
use tiendo_model::schema::{Dataset, Locality, LocalityKind};
use tiendo_model::similar;

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
        // The prefix chooses first, among units living or not: `Huyện Bình
        // Minh` in a report after that district was abolished names the
        // district that ceased, never the commune Bình Minh that lives on.
        if resolved.len() > 1
            && let Some(kind) = kind
        {
            let of_kind: Vec<(usize, How, bool)> = resolved
                .iter()
                .filter(|(i, _, _)| self.units.get(*i).is_some_and(|l| l.kind == kind))
                .cloned()
                .collect();
            if !of_kind.is_empty() {
                resolved = of_kind;
            }
        }
        let any_alive = resolved.iter().any(|(_, _, a)| *a);
        let living: Vec<(usize, How)> = resolved
            .into_iter()
            .filter(|(_, _, a)| *a || !any_alive)
            .map(|(i, h, _)| (i, h))
            .collect();
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
            source: r.source.to_string(),
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

    /// Up to three names near enough to `k` to be meant (`similar::near`),
    /// nearest first, then by id.
    fn closest(&self, k: &str) -> Vec<String> {
        if k.is_empty() {
            return Vec::new();
        }
        let mut near: Vec<(usize, usize)> = self
            .by_key
            .iter()
            .filter_map(|(other, list)| {
                let d = similar::near(k, other)?;
                list.first().map(|(i, _)| (d, *i))
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
    use super::{How, Index, Match, NaiveDate, key};
    use tiendo_model::schema::LocalityKind;

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

    /// An Giang took in Kiên Giang on 2025-07-01; Trung Sơn was made that
    /// day of Bắc Sơn and Nam Sơn; the commune Hà Tiên took in the former
    /// one of its name; the district Bình Minh and Thoại Sơn were
    /// abolished, the commune Bình Minh lives on.
    const DATA: &str = r#"
schema = 1

[meta]
title = "ghép tên"
as_of = 2025-12-31

[[locality]]
id = "VN"
name = "Việt Nam"
kind = "nation"

[[locality]]
id = "an-giang"
name = "An Giang"
kind = "province"
parent = "VN"
aliases = ["AG"]
  [[locality.record]]
  date = 2025-06-30
  coverage = 90.0
  source = "tháng 6"

[[locality]]
id = "kien-giang"
name = "Kiên Giang"
kind = "province"
parent = "VN"
merged_into = "an-giang"
merged_on = 2025-07-01

[[locality]]
id = "trung-son"
name = "Trung Sơn"
kind = "province"
parent = "VN"
  [[locality.record]]
  date = 2025-07-01
  coverage = 91.0
  source = "tháng 7"

[[locality]]
id = "bac-son"
name = "Bắc Sơn"
kind = "province"
parent = "VN"
merged_into = "trung-son"
merged_on = 2025-07-01

[[locality]]
id = "nam-son"
name = "Nam Sơn"
kind = "province"
parent = "VN"
merged_into = "trung-son"
merged_on = 2025-07-01

[[locality]]
id = "ha-tien"
name = "Hà Tiên"
kind = "commune"
parent = "an-giang"

[[locality]]
id = "ha-tien-cu"
name = "Hà Tiên"
kind = "commune"
parent = "kien-giang"
merged_into = "ha-tien"
merged_on = 2025-07-01

[[locality]]
id = "binh-minh-huyen"
name = "Bình Minh"
kind = "district"
parent = "an-giang"
abolished_on = 2025-07-01

[[locality]]
id = "binh-minh-xa"
name = "Bình Minh"
kind = "commune"
parent = "an-giang"

[[locality]]
id = "thoai-son"
name = "Thoại Sơn"
kind = "district"
parent = "an-giang"
abolished_on = 2025-07-01
"#;

    /// Leaked: the index borrows the dataset for the whole test.
    fn index() -> Index<'static> {
        let loaded = tiendo_model::load_files(vec![("t.toml".into(), DATA.as_bytes().to_vec())])
            .unwrap_or_else(|e| {
                panic!(
                    "{}",
                    tiendo_present::text::invalid(tiendo_present::text::Lang::En, &e)
                )
            });
        Index::new(Box::leak(Box::new(loaded.dataset)))
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn one(id: &str, how: How) -> Match {
        Match::One { id: id.into(), how }
    }

    fn many(all: &[&str]) -> Match {
        Match::Many(all.iter().map(|s| s.to_string()).collect())
    }

    /// The day before the mergers and abolitions.
    fn before() -> NaiveDate {
        d(2025, 6, 30)
    }

    fn merger() -> NaiveDate {
        d(2025, 7, 1)
    }

    #[test]
    fn a_merged_unit_is_the_unit_it_became_from_the_merger_day() {
        let index = index();
        assert_eq!(
            index.find("Tỉnh Kiên Giang", before()),
            one("kien-giang", How::Name)
        );
        for day in [merger(), d(2025, 10, 31)] {
            assert_eq!(
                index.find("Tỉnh Kiên Giang", day),
                one("an-giang", How::Former("kien-giang".into()))
            );
        }
        assert_eq!(index.find("AG", before()), one("an-giang", How::Alias));
        assert_eq!(index.find("An Giang", before()), one("an-giang", How::Name));
    }

    #[test]
    fn an_abolished_unit_has_ceased_unless_another_of_its_name_lives_on() {
        let index = index();
        assert_eq!(
            index.find("Huyện Thoại Sơn", before()),
            one("thoai-son", How::Name)
        );
        for day in [merger(), d(2025, 10, 31)] {
            assert_eq!(
                index.find("Huyện Thoại Sơn", day),
                Match::Ceased {
                    id: "thoai-son".into(),
                    name: "Thoại Sơn".into(),
                    on: merger(),
                }
            );
        }
        // Another unit of the name lives on: the name alone is that one,
        // the abolished district's prefix is still the district.
        assert_eq!(
            index.find("Bình Minh", d(2025, 10, 31)),
            one("binh-minh-xa", How::Name)
        );
        assert_eq!(
            index.find("Huyện Bình Minh", d(2025, 10, 31)),
            Match::Ceased {
                id: "binh-minh-huyen".into(),
                name: "Bình Minh".into(),
                on: merger(),
            }
        );
    }

    #[test]
    fn the_prefix_chooses_among_units_of_one_name() {
        let index = index();
        let both = many(&["Bình Minh (binh-minh-huyen)", "Bình Minh (binh-minh-xa)"]);
        assert_eq!(index.find("Bình Minh", before()), both);
        assert_eq!(
            index.find("Huyện Bình Minh", before()),
            one("binh-minh-huyen", How::Name)
        );
        assert_eq!(
            index.find("Xã Bình Minh", before()),
            one("binh-minh-xa", How::Name)
        );
        // A prefix no unit of the name has narrows nothing.
        assert_eq!(index.find("Tỉnh Bình Minh", before()), both);
    }

    #[test]
    fn a_unit_that_took_a_former_ones_name_is_found_once() {
        let index = index();
        assert_eq!(
            index.find("Phường Hà Tiên", before()),
            many(&["Hà Tiên (ha-tien)", "Hà Tiên (ha-tien-cu)"])
        );
        assert_eq!(
            index.find("Phường Hà Tiên", merger()),
            one("ha-tien", How::Name)
        );
    }

    #[test]
    fn the_closest_names_are_within_a_third_of_the_name() {
        let index = index();
        // `kien giang`, 10 letters: up to 3 edits away, here 3.
        assert_eq!(
            index.find("Kien Giangxyz", before()),
            Match::None(vec!["Kiên Giang (kien-giang)".into()])
        );
        // Short names: up to 2 edits.
        assert_eq!(
            index.find("Nam Sonn", before()),
            Match::None(vec!["Nam Sơn (nam-son)".into()])
        );
        assert_eq!(index.find("Hà Nội", before()), Match::None(Vec::new()));
        // The threshold is the known name's (`similar::allowed_edits`),
        // not the typed one's: a short name stays short however long the
        // text typed, and a long one forgives as many slips when cut.
        assert_eq!(index.find("Nam Sonxyz", before()), Match::None(Vec::new()));
        assert_eq!(
            index.find("Kien Gi", before()),
            Match::None(vec!["Kiên Giang (kien-giang)".into()])
        );
    }

    #[test]
    fn parts_are_the_units_merged_in_by_the_day_and_the_unit_as_it_was() {
        let index = index();
        let an_giang = vec![
            ("an-giang".to_string(), merger()),
            ("kien-giang".to_string(), merger()),
        ];
        assert_eq!(index.parts("an-giang", merger()), an_giang);
        assert_eq!(index.parts("an-giang", d(2025, 10, 31)), an_giang);
        assert_eq!(index.parts("an-giang", before()), Vec::new());
        // Made by the merger: only the units merged in.
        assert_eq!(
            index.parts("trung-son", d(2025, 10, 31)),
            vec![
                ("bac-son".to_string(), merger()),
                ("nam-son".to_string(), merger()),
            ]
        );
        assert_eq!(index.parts("kien-giang", d(2025, 10, 31)), Vec::new());
    }

    #[test]
    fn records_names_and_ids_of_the_dataset() {
        let index = index();
        assert_eq!(
            index.record_on("an-giang", before()).map(|e| e.source),
            Some("tháng 6".to_string())
        );
        assert_eq!(index.record_on("an-giang", d(2025, 6, 29)), None);
        assert_eq!(index.name("kien-giang"), "Kiên Giang");
        assert_eq!(index.name("khong-co"), "khong-co");
        assert!(index.contains("kien-giang"));
        assert!(!index.contains("khong-co"));
    }
}
