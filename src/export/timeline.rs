//! The Timeline's tables, made of the parts the screen shows: the selected
//! milestone under the screen's head of it (date, document, issuer,
//! province) with its title, summary and source, then the list under the
//! screen's title, each milestone with its symbol.

use super::table::Section;
use crate::app::App;
use crate::present::{self, Value, timeline};
use crate::text;

/// The selected milestone described, as the screen's lines under the axis
/// say it; none when the data has no milestone.
fn selected_section(app: &App) -> Option<Section> {
    let w = text::words(app.lang);
    let ms = app.model.milestones.get(app.milestone)?;
    let sel = timeline::selected(app.lang, &app.model, app.milestone)?;
    Some(Section {
        title: sel.head(),
        headers: vec![
            w.title_word.to_string(),
            w.summary_word.to_string(),
            w.source.to_string(),
        ],
        right: vec![false; 3],
        rows: vec![vec![
            Value::Text(sel.title),
            sel.summary.map_or(Value::Missing, Value::Text),
            // The source as the data gives it: the header names it.
            Value::Text(ms.source.clone()),
        ]],
        figures: None,
    })
}

/// Every milestone, a row each; `symbols` leads each row with the symbol
/// the screen draws it with (md), which csv, made for spreadsheets, leaves
/// to the kind's column.
pub(super) fn list(app: &App, symbols: bool) -> Section {
    let m = &app.model;
    let w = text::words(app.lang);
    let opt = |v: Option<String>| v.map_or(Value::Missing, Value::Text);
    let mut headers = vec![
        w.date_word,
        w.kind,
        w.label_word,
        w.title_word,
        w.document,
        w.source,
    ];
    if symbols {
        headers.insert(0, "");
    }
    let entries = timeline::entries(app.lang, m);
    let mut title = timeline::list_title(app.lang, entries.len());
    // Where the symbols lead the rows, what each stands for, as the
    // screen's legend under the axis says it.
    if symbols {
        title = format!("{title} ({})", timeline::legend(app.lang, m));
    }
    Section {
        title,
        headers: headers.iter().map(|s| s.to_string()).collect(),
        right: vec![false; headers.len()],
        rows: m
            .milestones
            .iter()
            .zip(entries)
            .map(|(x, entry)| {
                let code = x
                    .directive
                    .as_ref()
                    .and_then(|d| m.directive(&d.value))
                    .map(|d| d.code.clone());
                let mut row = vec![
                    present::milestone_date(x),
                    Value::Text(timeline::kind_name(app.lang, x.kind).to_string()),
                    opt(x.label.clone()),
                    Value::Text(entry.title),
                    opt(code),
                    Value::Text(x.source.clone()),
                ];
                if symbols {
                    row.insert(0, Value::Text(entry.symbol.to_string()));
                }
                row
            })
            .collect(),
        figures: None,
    }
}

pub(super) fn sections(app: &App) -> Vec<Section> {
    let mut out: Vec<Section> = selected_section(app).into_iter().collect();
    out.push(list(app, true));
    out
}
