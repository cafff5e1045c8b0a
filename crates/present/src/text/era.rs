//! The provinces of a map as labels name them, counted from the data: a
//! dataset of one province says "1 tỉnh/thành", never "34", and one without
//! a merger never mentions a second map.

use chrono::NaiveDate;

use super::{Lang, count, words};
use tiendo_model::{Era, Level, Model};

/// The provinces an era lists, and the merger that separates the two maps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EraLabel {
    pub era: Era,
    /// How many provinces the era lists.
    pub count: usize,
    /// The first day of the current map; `None`: the data has no merger,
    /// so it has one map only.
    pub merged_on: Option<NaiveDate>,
}

impl EraLabel {
    pub fn of(m: &Model, era: Era) -> Self {
        Self {
            era,
            count: m.provinces(era).len(),
            merged_on: m.merged_on(),
        }
    }

    /// `34 tỉnh/thành hiện nay`, `63 tỉnh/thành trước 01/07/2025`, and
    /// without a merger `1 tỉnh/thành`.
    pub fn label(self, lang: Lang) -> String {
        let w = words(lang);
        match (self.merged_on, self.era) {
            (None, _) => counted(lang, w.provinces_count, self.count),
            (Some(_), Era::Current) => counted(lang, w.current_era, self.count),
            (Some(on), Era::Former) => {
                counted(lang, w.former_era, self.count).replace("{date}", &long_date(lang, on))
            }
        }
    }

    /// What the status line says of the map: its provinces counted
    /// (`34 tỉnh/thành`), and nothing when the data has one map only.
    pub fn short(self, lang: Lang) -> Option<String> {
        self.merged_on
            .map(|_| counted(lang, words(lang).provinces_count, self.count))
    }

    /// `m` before the merger: the current map and the day it starts.
    pub fn not_yet(self, lang: Lang) -> String {
        let on = self
            .merged_on
            .map_or_else(String::new, |d| super::date(lang, d));
        counted(lang, words(lang).not_yet_merged, self.count).replace("{date}", &on)
    }
}

/// `forms[0]` for one, `forms[1]` for any other count, with `{n}` the count.
pub fn counted(lang: Lang, forms: [&str; 2], n: usize) -> String {
    let [one, many] = forms;
    let form = if n == 1 { one } else { many };
    form.replace("{n}", &count(lang, n as u64))
}

/// Units of a level, counted: `1 tỉnh/thành`, `12 quận/huyện`, `3 communes`.
pub fn level_count(lang: Lang, level: Level, n: usize) -> String {
    let w = words(lang);
    let [districts, communes] = w.lower_counts;
    let forms = match level {
        Level::Province => w.provinces_count,
        Level::District => districts,
        Level::Commune => communes,
    };
    counted(lang, forms, n)
}

/// The units the Overview counts, counted: `34 tỉnh/thành`, `120 xã/phường`.
pub fn counted_units(lang: Lang, m: &Model, era: Era) -> String {
    level_count(lang, m.counted_level(era), m.counted(era).len())
}

/// A top unit as the Overview and exports title it: the nation by the word
/// officials use for it (`Cả nước`), any other unit by its own name.
pub fn top_name(lang: Lang, m: &Model, i: usize) -> String {
    if m.is_nation(i) {
        return words(lang).nationwide.to_string();
    }
    m.locality(i).map_or_else(String::new, |l| l.name.clone())
}

/// A day written out, as a label reads it: `01/07/2025`, `1 July 2025`.
fn long_date(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Vi => super::date(lang, d),
        Lang::En => d.format("%-d %B %Y").to_string(),
    }
}

/// The help's line for `m`: the counts of both maps.
pub fn era_help(lang: Lang, m: &Model) -> String {
    words(lang)
        .key_help
        .era
        .replace(
            "{now}",
            &count(lang, m.provinces(Era::Current).len() as u64),
        )
        .replace(
            "{before}",
            &count(lang, m.provinces(Era::Former).len() as u64),
        )
}

/// The help's line for `c`: the levels the data has.
pub fn level_help(lang: Lang, m: &Model) -> String {
    let w = words(lang);
    let [province, district, commune] = w.levels;
    let names: Vec<&str> = m
        .levels()
        .iter()
        .map(|l| match l {
            Level::Province => province,
            Level::District => district,
            Level::Commune => commune,
        })
        .collect();
    w.key_help.level.replace("{levels}", &names.join(", "))
}
