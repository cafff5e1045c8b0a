//! The Timeline's parts as finished words, the same for the screen and
//! every export: each milestone's symbol, date, short label and title, the
//! list's title, the today marker's label, and the selected milestone
//! described (its document and issuer, its province, summary and source).

use tiendo_model::Model;
use tiendo_model::schema::{Milestone, MilestoneKind};

use crate::figure::{milestone_date, milestone_title};
use crate::text::{self, Lang};

/// A milestone's kind as the axis and the list draw it: documents ◆,
/// plans ◇, reviews ●, campaigns ▲, targets ◎, other events •.
pub fn symbol(kind: MilestoneKind) -> char {
    match kind {
        MilestoneKind::Law
        | MilestoneKind::Directive
        | MilestoneKind::Resolution
        | MilestoneKind::Decision => '◆',
        MilestoneKind::Plan => '◇',
        MilestoneKind::Review => '●',
        MilestoneKind::Campaign => '▲',
        MilestoneKind::Target => '◎',
        MilestoneKind::Event => '•',
    }
}

/// A milestone's kind as people read it (md, csv, the workbook), in
/// `lang`: `Luật`, `Chỉ thị`, `Kế hoạch`…
pub fn kind_name(lang: Lang, kind: MilestoneKind) -> &'static str {
    let vi = lang == Lang::Vi;
    let (vi_word, en_word) = match kind {
        MilestoneKind::Law => ("Luật", "Law"),
        MilestoneKind::Directive => ("Chỉ thị", "Directive"),
        MilestoneKind::Resolution => ("Nghị quyết", "Resolution"),
        MilestoneKind::Decision => ("Quyết định", "Decision"),
        MilestoneKind::Plan => ("Kế hoạch", "Plan"),
        MilestoneKind::Review => ("Sơ kết, tổng kết", "Review"),
        MilestoneKind::Campaign => ("Đợt vận động", "Campaign"),
        MilestoneKind::Target => ("Mục tiêu", "Target"),
        MilestoneKind::Event => ("Sự kiện", "Event"),
    };
    if vi { vi_word } else { en_word }
}

/// A milestone's kind as programs read it (json): `law`, `plan`…
pub fn kind_code(kind: MilestoneKind) -> String {
    format!("{kind:?}").to_lowercase()
}

/// Longest a label made from a title runs, in characters.
const LABEL_CHARS: usize = 12;

/// The label under a milestone's marker: the data's own, else the title's
/// first characters (the data's title, in either language: it is how the
/// source names it).
pub fn short_label(ms: &Milestone) -> String {
    ms.label
        .clone()
        .unwrap_or_else(|| ms.title.chars().take(LABEL_CHARS).collect())
}

/// A milestone's date as precise as the data knows it: `2011`,
/// `05/2011`, `12/05/2011`.
pub fn when(lang: Lang, ms: &Milestone) -> String {
    milestone_date(ms).show(lang)
}

/// A year on the axis.
pub fn year(y: i32) -> String {
    y.to_string()
}

/// The today marker's label: the day judged on when `--as-of` (or `t`)
/// moved it, else `hôm nay`.
pub fn today_label(lang: Lang, m: &Model) -> String {
    match m.as_of() {
        Some(day) => text::date(lang, day),
        None => text::words(lang).today.to_string(),
    }
}

/// The list's title: `Mốc · 34`.
pub fn list_title(lang: Lang, n: usize) -> String {
    text::counted(lang, text::words(lang).milestones_count, n)
}

/// The symbols in the order the legend lists them, one for each word of
/// `milestone_kinds`.
const LEGEND: [char; 6] = ['◆', '◇', '●', '▲', '◎', '•'];

/// The Timeline's legend: each symbol the data's milestones use, with the
/// kind it stands for: `◆ văn bản · ◇ kế hoạch · ◎ mục tiêu`.
pub fn legend(lang: Lang, m: &Model) -> String {
    let words = text::words(lang).milestone_kinds;
    LEGEND
        .iter()
        .zip(words)
        .filter(|(c, _)| m.milestones.iter().any(|x| symbol(x.kind) == **c))
        .map(|(c, word)| format!("{c} {word}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// What the screen says in place of a milestone when the data has none.
pub fn no_milestones(lang: Lang) -> &'static str {
    text::words(lang).no_milestones
}

/// One line of the list.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub symbol: char,
    pub when: String,
    pub label: String,
    pub title: String,
}

/// Every milestone, in the data's order.
pub fn entries(lang: Lang, m: &Model) -> Vec<Entry> {
    m.milestones
        .iter()
        .map(|ms| Entry {
            symbol: symbol(ms.kind),
            when: when(lang, ms),
            label: short_label(ms),
            title: milestone_title(ms, lang).to_string(),
        })
        .collect()
}

/// The selected milestone described.
#[derive(Clone, Debug, PartialEq)]
pub struct Selected {
    pub symbol: char,
    pub when: String,
    /// After the date, each after ` · `: the document's code and issuer,
    /// then the province it belongs to.
    pub about: Vec<String>,
    pub title: String,
    pub summary: Option<String>,
    /// `Nguồn: …`.
    pub source: String,
}

impl Selected {
    /// The head as one line: `◎ 2026 · 52-CT/TW · Ban Bí thư`.
    pub fn head(&self) -> String {
        let mut head = format!("{} {}", self.symbol, self.when);
        for piece in &self.about {
            head.push_str(" · ");
            head.push_str(piece);
        }
        head
    }
}

/// The `k`-th milestone described; none when the data has no such one.
pub fn selected(lang: Lang, m: &Model, k: usize) -> Option<Selected> {
    let ms = m.milestones.get(k)?;
    let mut about = Vec::new();
    if let Some(d) = ms.directive.as_ref().and_then(|d| m.directive(&d.value)) {
        about.push(d.code.clone());
        about.push(d.issuer.clone());
    }
    if let Some(l) = ms
        .locality
        .as_ref()
        .and_then(|l| m.index_of(&l.value))
        .and_then(|i| m.locality(i))
    {
        about.push(l.name.clone());
    }
    Some(Selected {
        symbol: symbol(ms.kind),
        when: when(lang, ms),
        about,
        title: milestone_title(ms, lang).to_string(),
        summary: ms.summary.clone(),
        source: source_line(lang, &ms.source),
    })
}

/// `Nguồn: …`.
pub fn source_line(lang: Lang, source: &str) -> String {
    format!("{}: {source}", text::words(lang).source)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_made_from_a_title_keeps_its_first_twelve_characters() {
        let ms = |label: Option<&str>| Milestone {
            date: chrono::NaiveDate::from_ymd_opt(2025, 10, 3).unwrap(),
            date_precision: tiendo_model::schema::Precision::Day,
            title: "Ban Bí thư ban hành Chỉ thị 52-CT/TW".to_string(),
            title_en: None,
            kind: MilestoneKind::Directive,
            label: label.map(String::from),
            summary: None,
            directive: None,
            locality: None,
            source: String::new(),
            at: Default::default(),
        };
        assert_eq!(short_label(&ms(None)), "Ban Bí thư b");
        assert_eq!(short_label(&ms(Some("CT 52"))), "CT 52");
        assert_eq!(when(Lang::Vi, &ms(None)), "03/10/2025");
    }

    #[test]
    fn each_kind_has_its_symbol() {
        assert_eq!(symbol(MilestoneKind::Law), '◆');
        assert_eq!(symbol(MilestoneKind::Decision), '◆');
        assert_eq!(symbol(MilestoneKind::Plan), '◇');
        assert_eq!(symbol(MilestoneKind::Review), '●');
        assert_eq!(symbol(MilestoneKind::Campaign), '▲');
        assert_eq!(symbol(MilestoneKind::Target), '◎');
        assert_eq!(symbol(MilestoneKind::Event), '•');
        assert_eq!(kind_code(MilestoneKind::Campaign), "campaign");
        assert_eq!(kind_name(Lang::Vi, MilestoneKind::Directive), "Chỉ thị");
        assert_eq!(
            kind_name(Lang::Vi, MilestoneKind::Review),
            "Sơ kết, tổng kết"
        );
        assert_eq!(kind_name(Lang::En, MilestoneKind::Law), "Law");
    }

    #[test]
    fn the_head_joins_the_date_and_what_it_is_about() {
        let s = Selected {
            symbol: '◎',
            when: "2026".to_string(),
            about: vec!["52-CT/TW".to_string(), "Ban Bí thư".to_string()],
            title: String::new(),
            summary: None,
            source: String::new(),
        };
        assert_eq!(s.head(), "◎ 2026 · 52-CT/TW · Ban Bí thư");
        assert_eq!(list_title(Lang::Vi, 34), "34 mốc");
        assert_eq!(list_title(Lang::En, 1), "1 milestone");
        assert_eq!(list_title(Lang::En, 2), "2 milestones");
        assert_eq!(source_line(Lang::Vi, "x"), "Nguồn: x");
    }
}
