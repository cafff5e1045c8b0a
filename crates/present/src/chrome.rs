//! The words around every screen, the same for the screen and the
//! exports: the day in the title bar, the tabs, the status line's view,
//! sort and filter, its hints, and the titles of the panels drawn over
//! the screens.

use tiendo_model::{Era, Filter, Model, SortKey};

use crate::columns::{sort_arrow, sort_name};
use crate::status::{Loading, Notice, Screen};
use crate::text::{self, Lang};

/// The title bar's days, longest first, for the bar to take the first
/// that fits: the day every verdict is judged on, always, and the data's
/// date before it where there is room (`số liệu đến 31/12/2025 · đánh giá
/// ngày 06/12/2026`). An earlier day set with `t` is the judging day
/// itself (`tính đến ngày 31/12/2024`).
pub fn title_days(lang: Lang, m: &Model) -> Vec<String> {
    let w = text::words(lang);
    match m.as_of() {
        Some(day) => vec![format!(
            "{} {}",
            w.judged_on.to_lowercase(),
            text::date(lang, day)
        )],
        None => {
            let (data, today) = (text::date(lang, m.meta.as_of), text::date(lang, m.today));
            let judged = format!("{} {today}", w.judged_day);
            vec![
                format!("{} {data} · {judged}", w.data_to.to_lowercase()),
                format!("{} {data} · {} {today}", w.data_short, w.judged_short),
                judged,
            ]
        }
    }
}

/// A tab: the screen's name after the key that opens it, `2 Tỉnh/thành`.
pub fn tab(lang: Lang, s: Screen) -> String {
    format!("{} {}", s.index() + 1, s.name(lang))
}

/// The day the figures on screen go up to: the data's date, or the day
/// judged on when it is earlier.
pub fn figures_to(lang: Lang, m: &Model) -> String {
    text::date(
        lang,
        m.as_of().map_or(m.meta.as_of, |d| d.min(m.meta.as_of)),
    )
}

/// The order and filter of a table, as the status line says them.
#[derive(Clone, Copy, Debug)]
pub struct Order {
    pub sort: SortKey,
    pub descending: bool,
    pub filter: Option<Filter>,
}

/// The status line's view: the screen, the map shown when the data has
/// two, and where a table is shown its order and filter:
/// `Tỉnh/thành · 34 tỉnh/thành · ↑ chênh lệch · lọc: tất cả`. `compact`
/// counts the map's provinces without their word (`· 34`), for a line
/// with no room for both.
pub fn view_line(
    lang: Lang,
    m: &Model,
    s: Screen,
    era: Era,
    order: Option<Order>,
    compact: bool,
) -> String {
    let label = text::EraLabel::of(m, era);
    let era = match label.short(lang) {
        Some(_) if compact => format!(" · {}", label.count),
        Some(n) => format!(" · {n}"),
        None => String::new(),
    };
    match order {
        Some(o) => format!(
            "{}{era} · {} {} · {}: {}",
            s.name(lang),
            sort_arrow(o.descending),
            sort_name(lang, o.sort),
            text::words(lang).filter.to_lowercase(),
            text::filter(lang, o.filter)
        ),
        None => format!("{}{era}", s.name(lang)),
    }
}

/// A key's hint: `q thoát`.
pub fn hint(key: &str, word: &str) -> String {
    format!("{key} {}", word.to_lowercase())
}

/// What leads the query being typed: `Tìm ›`.
pub fn search_lead(lang: Lang) -> String {
    format!("{} ›", text::words(lang).search)
}

/// A message of the status line, cut to `width`.
pub fn notice(lang: Lang, n: &Notice, width: usize) -> String {
    text::notice_within(lang, n, width)
}

/// How far the rest of a large dataset has been read.
pub fn reading(lang: Lang, loading: Loading) -> String {
    text::rest_reading(lang, loading)
}

/// The `?` panel's title: `Trợ giúp · Phím`.
pub fn help_title(lang: Lang) -> String {
    let w = text::words(lang);
    format!("{} · {}", w.help, w.keys)
}

/// The problems panel's title, with how many there are.
pub fn problems_title(lang: Lang, n: usize) -> String {
    format!("{} · {n}", text::words(lang).problems)
}

/// A panel's foot when lines are hidden below it, with the key that
/// closes it: `còn 3 dòng · Esc đóng`.
pub fn hidden_and_dismiss(lang: Lang, hidden: usize) -> String {
    let w = text::words(lang);
    format!("{} · {}", (w.hidden)(hidden), w.dismiss)
}

/// The `w` panel's title: `Vì sao · Hà Nội`.
pub fn why_title(lang: Lang, name: &str) -> String {
    format!("{} · {name}", text::words(lang).why.title)
}

/// The `n` panel's title, with the first source shown of how many:
/// `Nguồn · Hà Nội · 2/5`.
pub fn sources_title(lang: Lang, name: &str, first: usize, n: usize) -> String {
    format!(
        "{} · {name} · {}/{n}",
        text::words(lang).sources,
        (first + 1).min(n)
    )
}

/// A source's number in the `n` panel, from 1, two wide: ` 1. `.
pub fn source_number(k: usize) -> String {
    format!("{:>2}. ", k + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sources_title_counts_from_one_and_never_past_the_last() {
        let s = sources_title(Lang::En, "Hà Nội", 0, 5);
        assert!(s.ends_with("Hà Nội · 1/5"), "{s}");
        assert!(sources_title(Lang::En, "X", 7, 5).ends_with("· 5/5"));
        assert!(sources_title(Lang::En, "X", 0, 0).ends_with("· 0/0"));
        assert_eq!(source_number(0), " 1. ");
        assert_eq!(source_number(11), "12. ");
    }

    #[test]
    fn a_hint_lowers_its_word_and_a_tab_counts_from_one() {
        assert_eq!(hint("q", "Quit"), "q quit");
        assert_eq!(tab(Lang::En, Screen::Overview).chars().next(), Some('1'));
        assert!(tab(Lang::Vi, Screen::Timeline).starts_with("4 "));
    }
}
