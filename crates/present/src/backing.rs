//! What each source of a province's figures backs, as the sources panel
//! (`n`) lists it: `31/12/2017 · 90,00 % — bacninhtv.vn: …`; a source of
//! several figures lists their dates, those of a unit after its name.

use tiendo_model::schema::Record;
use tiendo_model::{Era, Model};

use crate::figure::family;
use crate::text::{self, Lang};
use crate::value::estimate_mark;

/// A source and, per unit, the records it backs.
struct Backed<'a> {
    source: &'a str,
    units: Vec<(usize, Vec<&'a Record>)>,
}

/// Every source of the figures of province `i` and its units up to their
/// judging day, each once in the order met, with what it backs.
pub fn entries(m: &Model, i: usize, era: Era, lang: Lang) -> Vec<String> {
    let mut list: Vec<Backed<'_>> = Vec::new();
    for (j, era) in family(m, i, era) {
        let day = m.progress(j, era).map_or(m.today, |p| p.judged_on);
        let records = m.records(j);
        for r in records
            .iter()
            .filter(|r| r.date <= day && r.known_by(m.today))
        {
            let k = match list.iter().position(|b| b.source == &*r.source) {
                Some(k) => k,
                None => {
                    list.push(Backed {
                        source: &r.source,
                        units: Vec::new(),
                    });
                    list.len() - 1
                }
            };
            let Some(b) = list.get_mut(k) else { continue };
            match b.units.iter_mut().find(|(u, _)| *u == j) {
                Some((_, rs)) => rs.push(r),
                None => b.units.push((j, vec![r])),
            }
        }
    }
    list.iter().map(|b| entry(m, i, b, lang)).collect()
}

fn entry(m: &Model, i: usize, b: &Backed<'_>, lang: Lang) -> String {
    let one = b.units.len() == 1 && b.units.iter().all(|(_, rs)| rs.len() == 1);
    let said: Vec<String> = b
        .units
        .iter()
        .map(|(j, rs)| {
            let mut figures: Vec<String> = rs.iter().map(|r| text::date(lang, r.date)).collect();
            if let (true, Some(r), Some(first)) = (one, rs.first(), figures.first_mut())
                && let Some(figure) = figure(r, lang)
            {
                first.push_str(&format!(" · {figure}"));
            }
            let figures = figures.join(", ");
            match m.locality(*j).filter(|_| *j != i) {
                Some(l) => format!(
                    "{} {figures}",
                    (text::figure_words(lang).backs_unit)(&l.name)
                ),
                None => figures,
            }
        })
        .collect();
    format!("{} — {}", said.join("; "), b.source)
}

/// A record's coverage as the screens write it: the figure (`≈` for an
/// estimate), or the source's words.
fn figure(r: &Record, lang: Lang) -> Option<String> {
    match r.coverage_or_ratio() {
        Some(c) => Some(format!(
            "{}{}",
            estimate_mark(r.estimate),
            text::percent(lang, c, 2)
        )),
        None => r.coverage_words().map(str::to_string),
    }
}
