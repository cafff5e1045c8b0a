//! The notes under a province's chart, as finished lines before they are
//! wrapped: its own milestones and those of its units, then every source
//! of its figures.

use tiendo_model::{Era, Model};

use crate::figure::{milestone_date, milestone_title, sources, units};
use crate::text::{self, Lang};

/// ` Mốc: 01/07/2025 Sáp nhập … · …`, or that it has none.
pub fn milestones_line(lang: Lang, m: &Model, i: usize, era: Era) -> String {
    let w = text::words(lang);
    let family: Vec<&str> = std::iter::once(i)
        .chain(units(m, i, era).into_iter().map(|u| u.index))
        .filter_map(|j| Some(m.locality(j)?.id.value.as_str()))
        .collect();
    let own: Vec<String> = m
        .milestones
        .iter()
        .filter(|x| {
            x.locality
                .as_ref()
                .is_some_and(|l| family.contains(&l.value.as_str()))
        })
        .map(|x| {
            format!(
                "{} {}",
                milestone_date(x).show(lang),
                milestone_title(x, lang)
            )
        })
        .collect();
    let list = if own.is_empty() {
        w.no_milestones.to_string()
    } else {
        own.join(" · ")
    };
    format!(" {}: {list}", w.milestones)
}

/// ` Nguồn: … · …`, or a dash when no figure has one.
pub fn sources_line(lang: Lang, m: &Model, i: usize, era: Era) -> String {
    let list = sources(m, i, era);
    let list = if list.is_empty() {
        "—".to_string()
    } else {
        list.join(" · ")
    };
    format!(" {}: {list}", text::words(lang).sources)
}
