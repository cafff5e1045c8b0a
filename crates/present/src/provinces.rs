//! The Provinces table's parts as finished words, the same for the screen
//! and every export: its title, its headings, a name as a search found
//! it, why it is empty, and the notes on the marks under it.

use chrono::NaiveDate;
use tiendo_model::search::Match;
use tiendo_model::{Era, Filter, Level, Model, SortKey};

use crate::columns::{Column, sort_arrow};
use crate::text::{self, Lang};
use crate::value::{ESTIMATE_MARK, Made, STALE_MARK};

/// The table's title: `34 tỉnh/thành hiện nay · 34`, a level below the
/// provinces named first (`Quận/huyện · … · 705`).
pub fn title(lang: Lang, m: &Model, era: Era, level: Level, rows: usize) -> String {
    format!(
        "{} · {}",
        unit_title(lang, m, era, level),
        text::count(lang, rows as u64)
    )
}

/// The title without the count of rows: the map, and the level when it is
/// not the provinces'.
pub fn unit_title(lang: Lang, m: &Model, era: Era, level: Level) -> String {
    let era = text::EraLabel::of(m, era).label(lang);
    match level {
        Level::Province => era,
        level => format!("{} · {era}", text::level_name(lang, level)),
    }
}

/// A column's heading as the screen writes it: the name column says the
/// level, the sorted column carries the arrow of the order.
pub fn heading(lang: Lang, c: Column, level: Level, sort: SortKey, descending: bool) -> String {
    let spec = c.spec();
    let label = match c {
        Column::NAME => text::level_name(lang, level),
        _ => (spec.short)(text::words(lang)),
    };
    match spec.sort {
        Some(key) if key == sort => format!("{label}{}", sort_arrow(descending)),
        _ => label.to_string(),
    }
}

/// What emptied the table, and where the sentence is read.
#[derive(Clone, Copy, Debug, Default)]
pub struct Emptied<'a> {
    pub filter: Option<Filter>,
    /// The search being typed.
    pub search: Option<&'a str>,
    /// In a file, where no key acts: the flag of `tiendo export` is named.
    pub in_file: bool,
}

/// Why the table has no row: the level did not exist on the map shown
/// after the day it was abolished, the search found nothing, the filter
/// keeps no unit, or the data has no unit of the level.
pub fn empty(lang: Lang, m: &Model, era: Era, level: Level, why: Emptied<'_>) -> String {
    let w = text::words(lang);
    let searched = why.search.is_some_and(|q| !q.trim().is_empty());
    match (m.abolished_on(era, level), why.filter) {
        (Some(day), _) => {
            let said = if why.in_file {
                w.level_abolished_file
            } else {
                w.level_abolished
            };
            said(text::level_name(lang, level), &text::date(lang, day))
        }
        _ if searched => w.no_match.to_string(),
        (None, Some(f)) => {
            let label = text::filter(lang, Some(f));
            if why.in_file {
                (w.filter_keeps_none_file)(&label)
            } else {
                (w.filter_keeps_none)(&label)
            }
        }
        (None, None) => w.level_without_units.to_string(),
    }
}

/// The name, and while a search is typed the merged unit it matched through
/// (`Bắc Ninh ← Bắc Giang`) or the alias (`TP Hồ Chí Minh (Sài Gòn)`).
pub fn matched_name(m: &Model, i: usize, era: Era, query: Option<&str>) -> String {
    let name = m.locality(i).map_or("", |l| l.name.as_str());
    let query = query.map(text::fold);
    let via = query
        .as_deref()
        .map(str::trim)
        .filter(|q| !q.is_empty())
        .and_then(|q| m.search_match(i, era, q));
    match via {
        Some(Match::Via(j)) => match m.locality(j) {
            Some(v) => format!("{name} ← {}", v.name),
            None => name.to_string(),
        },
        // The name may not hold the query: say which alias did.
        Some(Match::Alias(k)) => match m.locality(i).and_then(|l| l.aliases.get(k)) {
            Some(a) => format!("{name} ({})", a.value),
            None => name.to_string(),
        },
        Some(Match::Own) | None => name.to_string(),
    }
}

/// The marks' notes, one each: what `!`, `*`, `~` and `≈` mean, and the
/// day former provinces are judged on.
pub struct Marks;

impl Marks {
    pub fn stale(lang: Lang) -> String {
        format!("{STALE_MARK} {}", text::words(lang).stale)
    }

    pub fn rolled_up(lang: Lang) -> String {
        format!("{} {}", Made::RolledUp.mark(), text::words(lang).rolled_up)
    }

    pub fn partial(lang: Lang) -> String {
        format!("{} {}", Made::Partial.mark(), text::words(lang).partial)
    }

    pub fn estimate(lang: Lang) -> String {
        format!("{ESTIMATE_MARK} {}", text::words(lang).estimate)
    }

    /// Former provinces ceased on 1 July 2025: their figures are judged as
    /// of their last day.
    pub fn ceased(lang: Lang, judged_on: NaiveDate) -> String {
        format!(
            "{} {}",
            text::words(lang).ceased_note,
            text::date(lang, judged_on)
        )
    }
}

/// The notes under the rows listed, most needed first: the day former
/// provinces are judged on when one is listed, what an estimate is when
/// one is shown, then the marks every table may use. The screen drops
/// what does not fit its line.
pub fn foot(lang: Lang, m: &Model, era: Era, rows: &[usize]) -> Vec<String> {
    let ceased = ceased_on(m, era, rows).map(|day| Marks::ceased(lang, day));
    let estimate = any_estimate(m, era, rows).then(|| Marks::estimate(lang));
    ceased
        .into_iter()
        .chain(estimate)
        .chain([
            Marks::stale(lang),
            Marks::rolled_up(lang),
            Marks::partial(lang),
        ])
        .collect()
}

/// The day the first ceased unit of `rows` is judged on, if any is listed.
pub fn ceased_on(m: &Model, era: Era, rows: &[usize]) -> Option<NaiveDate> {
    rows.iter()
        .filter_map(|&i| m.progress(i, era))
        .find(|p| p.ceased)
        .map(|p| p.judged_on)
}

/// Whether a coverage of `rows` is the source's estimate: an estimate
/// shown is never left unexplained.
pub fn any_estimate(m: &Model, era: Era, rows: &[usize]) -> bool {
    rows.iter()
        .filter_map(|&i| m.progress(i, era))
        .any(|p| crate::coverage_value(p).is_estimate())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Model {
        let files = tiendo_model::bundled::files();
        let loaded = tiendo_model::load_files(files).unwrap();
        tiendo_model::derive(
            loaded.dataset,
            NaiveDate::from_ymd_opt(2026, 12, 6).unwrap(),
        )
    }

    fn all(m: &Model, era: Era) -> Vec<usize> {
        (0..m.localities.len())
            .filter(|&i| m.is_province(i) && m.progress(i, era).is_some())
            .collect()
    }

    #[test]
    fn the_foot_says_the_three_marks_in_order_when_nothing_else_is_listed() {
        let m = bundled();
        let foot = foot(Lang::Vi, &m, Era::Current, &[]);
        assert_eq!(
            foot,
            [
                Marks::stale(Lang::Vi),
                Marks::rolled_up(Lang::Vi),
                Marks::partial(Lang::Vi),
            ]
        );
        assert_eq!(foot[0], "! Số liệu cũ (quá 18 tháng)");
        assert!(foot[1].starts_with("* "), "{}", foot[1]);
        assert!(foot[2].starts_with("~ "), "{}", foot[2]);
    }

    #[test]
    fn a_ceased_province_listed_leads_the_foot_with_its_last_day() {
        let m = bundled();
        let rows = all(&m, Era::Former);
        let day = ceased_on(&m, Era::Former, &rows).expect("the 63 provinces ceased");
        assert_eq!(day, NaiveDate::from_ymd_opt(2025, 6, 30).unwrap());
        let foot = foot(Lang::En, &m, Era::Former, &rows);
        assert_eq!(foot[0], Marks::ceased(Lang::En, day));
        assert!(foot[0].ends_with("2025-06-30"), "{}", foot[0]);
        let vi = Marks::ceased(Lang::Vi, day);
        assert!(vi.ends_with("30/06/2025"), "{vi}");
        // A table of none has no day to say.
        assert_eq!(ceased_on(&m, Era::Former, &[]), None);
    }

    #[test]
    fn an_estimate_is_explained_only_when_one_is_listed() {
        let m = bundled();
        for era in [Era::Current, Era::Former] {
            for i in all(&m, era) {
                let estimate = any_estimate(&m, era, &[i]);
                let said = foot(Lang::Vi, &m, era, &[i]).contains(&Marks::estimate(Lang::Vi));
                assert_eq!(said, estimate, "unit {i}");
            }
        }
    }

    #[test]
    fn only_the_sorted_column_carries_the_arrow_of_the_order() {
        let gap = Column::Figure(SortKey::Gap);
        let up = heading(Lang::Vi, gap, Level::Province, SortKey::Gap, false);
        let down = heading(Lang::Vi, gap, Level::Province, SortKey::Gap, true);
        assert!(up.ends_with('↑') && down.ends_with('↓'), "{up} {down}");
        let other = heading(Lang::Vi, gap, Level::Province, SortKey::Coverage, false);
        assert!(!other.contains(['↑', '↓']), "{other}");
        assert_eq!(up, format!("{other}↑"));
        assert_eq!(
            heading(Lang::En, Column::NAME, Level::District, SortKey::Gap, false),
            text::level_name(Lang::En, Level::District)
        );
    }

    #[test]
    fn the_title_counts_its_rows_and_names_a_level_below_the_provinces() {
        let m = bundled();
        let era = text::EraLabel::of(&m, Era::Current).label(Lang::Vi);
        assert_eq!(
            title(Lang::Vi, &m, Era::Current, Level::Province, 1234),
            format!("{era} · 1.234")
        );
        let en = text::EraLabel::of(&m, Era::Current).label(Lang::En);
        assert_eq!(
            title(Lang::En, &m, Era::Current, Level::District, 1234),
            format!(
                "{} · {en} · 1,234",
                text::level_name(Lang::En, Level::District)
            )
        );
    }
}
