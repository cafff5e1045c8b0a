//! The names the command line takes for what the dashboard shows: the
//! sort column, the status filter, the era and the level. Each is read in
//! either language, with or without diacritics, and an unknown one is
//! answered with the list of names accepted.

use crate::columns::sort_name;
use crate::text::{self, Lang};
use tiendo_model::{Era, Filter, Level, SortKey, Status};

/// The name `--sort` takes and a snapshot's header writes.
pub fn sort_code(key: SortKey) -> &'static str {
    match key {
        SortKey::Name => "name",
        SortKey::Coverage => "coverage",
        SortKey::Target => "target",
        SortKey::Gap => "gap",
        SortKey::Trend => "trend",
        SortKey::YearOnYear => "year_on_year",
        SortKey::Projected => "projected",
        SortKey::Participants => "participants",
        SortKey::Population => "population",
        SortKey::Plan => "plan_percent",
        SortKey::Status => "status",
        SortKey::Past => "last_due",
        SortKey::Date => "date",
    }
}

pub fn era_code(era: Era) -> &'static str {
    match era {
        Era::Current => "current",
        Era::Former => "former",
    }
}

pub fn level_code(level: Level) -> &'static str {
    match level {
        Level::Province => "province",
        Level::District => "district",
        Level::Commune => "commune",
    }
}

/// Finds the one whose code, or name in either language, is `given`
/// (folded); the error lists the codes.
fn find<T: Copy>(
    lang: Lang,
    all: &[T],
    given: &str,
    what: usize,
    code: impl Fn(T) -> &'static str,
    names: impl Fn(T, Lang) -> String,
) -> Result<T, String> {
    let wanted = text::fold(given.trim()).replace(['-', ' '], "_");
    let same = |s: &str| text::fold(s).replace(['-', ' '], "_") == wanted;
    all.iter()
        .copied()
        .find(|&x| same(code(x)) || [Lang::Vi, Lang::En].iter().any(|&l| same(&names(x, l))))
        .ok_or_else(|| {
            let codes: Vec<&str> = all.iter().map(|&x| code(x)).collect();
            let w = &text::words(lang).cli;
            (w.unknown_name)(w.name_kinds[what], given, &codes.join(", "))
        })
}

pub fn parse_sort(given: &str) -> Result<SortKey, String> {
    parse_sort_in(Lang::En, given)
}

pub fn parse_status(given: &str) -> Result<Status, String> {
    parse_status_in(Lang::En, given)
}

pub fn parse_filter(given: &str) -> Result<Filter, String> {
    parse_filter_in(Lang::En, given)
}

/// `--filter`: a status, or a way of faring against the last target due.
pub fn parse_filter_in(lang: Lang, given: &str) -> Result<Filter, String> {
    let all: Vec<Filter> = Filter::all().collect();
    find(lang, &all, given, 1, super::filter_code, |f, l| match f {
        Filter::Status(s) => text::status(l, s).to_string(),
        Filter::Due(d) => text::due_label(l, d),
    })
}

pub fn parse_era(given: &str) -> Result<Era, String> {
    parse_era_in(Lang::En, given)
}

pub fn parse_level(given: &str) -> Result<Level, String> {
    parse_level_in(Lang::En, given)
}

/// `parse_sort`, refusing in `lang`.
pub fn parse_sort_in(lang: Lang, given: &str) -> Result<SortKey, String> {
    find(lang, &SortKey::ALL, given, 0, sort_code, |k, lang| {
        sort_name(lang, k)
    })
}

pub fn parse_status_in(lang: Lang, given: &str) -> Result<Status, String> {
    find(lang, &Status::ALL, given, 1, super::status_code, |s, l| {
        text::status(l, s).to_string()
    })
}

pub fn parse_era_in(lang: Lang, given: &str) -> Result<Era, String> {
    find(
        lang,
        &[Era::Current, Era::Former],
        given,
        2,
        era_code,
        |e, _| era_code(e).to_string(),
    )
}

pub fn parse_level_in(lang: Lang, given: &str) -> Result<Level, String> {
    find(lang, &Level::ALL, given, 3, level_code, |l, lang| {
        text::level_name(lang, l).to_string()
    })
}

/// The five ids nearest to `id`, folded, for "the closest are":
/// `similar::nearest`, however far, as `check` names ids for an unknown one.
pub fn closest<'a>(ids: impl Iterator<Item = &'a str>, id: &str) -> Vec<&'a str> {
    let ids: Vec<&str> = ids.collect();
    tiendo_model::similar::nearest(&text::fold(id), &ids, 5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_read_in_either_language_and_codes_round_trip() {
        for key in SortKey::ALL {
            assert_eq!(parse_sort(sort_code(key)), Ok(key));
            assert_eq!(parse_sort(&sort_name(Lang::Vi, key)), Ok(key));
            assert_eq!(parse_sort(&sort_name(Lang::En, key)), Ok(key));
        }
        assert_eq!(parse_sort("chenh lech"), Ok(SortKey::Gap));
        assert_eq!(parse_status("Số liệu cũ"), Ok(Status::Stale));
        assert_eq!(parse_status("off-track"), Ok(Status::OffTrack));
        assert_eq!(parse_level("Quận/huyện"), Ok(Level::District));
        assert_eq!(parse_era("former"), Ok(Era::Former));
        for level in Level::ALL {
            assert_eq!(parse_level(level_code(level)), Ok(level));
        }
        for era in [Era::Current, Era::Former] {
            assert_eq!(parse_era(era_code(era)), Ok(era));
        }
    }

    #[test]
    fn an_unknown_name_lists_the_accepted_ones() {
        let e = parse_sort("speed").unwrap_err();
        assert!(e.contains("name, coverage, target, gap"), "{e}");
        assert!(parse_era("old").unwrap_err().contains("current, former"));
    }

    #[test]
    fn the_closest_ids_come_first() {
        let ids = ["ha-noi", "ha-tinh", "hue", "an-giang"];
        assert_eq!(closest(ids.into_iter(), "Ha-Noi").first(), Some(&"ha-noi"));
    }
}
