#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Every part of the Timeline on screen is in its md and json exports,
//! made by the same functions of `present::timeline`.

use crate::common;

use serde_json::Value;
use tiendo::app::App;
use tiendo::export::{self, Format};
use tiendo::present::timeline;
use tiendo::text::{self, Lang};

fn timeline_app(lang: Lang, view: &str) -> App {
    let mut a = common::bundled_app(lang);
    common::resize(&mut a, 120, 40);
    a.open_view(view).unwrap();
    a
}

/// The first milestone that belongs to a province: its head names it.
fn of_a_province(a: &App) -> usize {
    a.model
        .milestones
        .iter()
        .position(|x| x.locality.is_some() && x.directive.is_some())
        .unwrap()
}

#[test]
fn the_selected_milestone_is_on_screen_and_in_the_markdown() {
    for lang in [Lang::Vi, Lang::En] {
        let near = timeline_app(lang, "timeline");
        let k = of_a_province(&near);
        let local = timeline_app(lang, &format!("timeline:{}", k + 1));
        for a in [near, local] {
            let screen = common::screen_text(&a, 120, 40);
            let md = export::render(&a, Format::Md, 120, "t").unwrap();
            let sel = timeline::selected(lang, &a.model, a.milestone).unwrap();
            let head = sel.head();
            assert!(
                screen.contains(&format!("▸ {head}")),
                "screen lacks {head:?}"
            );
            assert!(md.contains(&format!("\n## {head}\n")), "md lacks {head:?}");
            let ms = &a.model.milestones[a.milestone];
            let summary = ms.summary.as_deref().unwrap_or("—");
            let row = format!("| {} | {summary} | {} |", sel.title, ms.source);
            assert!(md.contains(&row), "md lacks {row:?}");
            assert!(screen.contains(&format!("   {}\n", sel.title)));
            if let Some(s) = &ms.summary {
                assert!(screen.contains(s.as_str()), "screen lacks {s:?}");
            }
            // The source line wraps on screen: its start is there whole.
            let start: String = sel.source.chars().take(60).collect();
            assert!(screen.contains(&start), "screen lacks {start:?}");
            assert!(sel.source.starts_with(text::words(lang).source));
        }
        // A province's milestone names it in the head, on screen and in md.
        let a = timeline_app(lang, &format!("timeline:{}", k + 1));
        let province = a.model.milestones[k].locality.as_ref().unwrap();
        let i = a.model.index_of(&province.value).unwrap();
        let name = &a.model.locality(i).unwrap().name;
        let head = timeline::selected(lang, &a.model, k).unwrap().head();
        assert!(head.ends_with(&format!(" · {name}")), "{head}");
    }
}

#[test]
fn the_list_is_on_screen_and_in_the_markdown() {
    for lang in [Lang::Vi, Lang::En] {
        let a = timeline_app(lang, "timeline");
        let screen = common::screen_text(&a, 120, 40);
        let md = export::render(&a, Format::Md, 120, "t").unwrap();
        let entries = timeline::entries(lang, &a.model);
        let title = timeline::list_title(lang, entries.len());
        assert!(
            screen.contains(&format!(" {title} ")),
            "screen lacks {title:?}"
        );
        // The title, then what each symbol of the rows stands for.
        let legend = timeline::legend(lang, &a.model);
        assert!(
            md.contains(&format!("\n## {title} ({legend})\n")),
            "md lacks {title:?} ({legend})"
        );
        for (e, ms) in entries.iter().zip(&a.model.milestones) {
            let row = format!(
                "| {} | {} | {} | {} |",
                e.symbol,
                e.when,
                timeline::kind_name(lang, ms.kind),
                ms.label.as_deref().unwrap_or("—")
            );
            assert!(md.contains(&row), "md lacks {row:?}");
            assert!(md.contains(&format!(" | {} | ", e.title)), "{}", e.title);
        }
        // The selected entry is always in view, as the list draws it.
        let e = &entries[a.milestone];
        let drawn = format!("{} {:<10} {}", e.symbol, e.when, e.label);
        assert!(screen.contains(&drawn), "screen lacks {drawn:?}");
        // The today marker; its day is the header's.
        let today = timeline::today_label(lang, &a.model);
        assert_eq!(today, text::words(lang).today);
        assert!(screen.contains(&format!("▼ {today}")));
        let judged = format!(
            "{}: {}",
            text::words(lang).judged_on,
            text::date(lang, a.model.today)
        );
        assert!(md.contains(&judged), "md lacks {judged:?}");
    }
}

#[test]
fn the_today_marker_names_the_day_judged_on_when_moved() {
    let mut a = timeline_app(Lang::Vi, "timeline");
    a.judge_as_of(Some(common::day(2024, 12, 31)));
    assert_eq!(timeline::today_label(Lang::Vi, &a.model), "31/12/2024");
    assert_eq!(timeline::today_label(Lang::En, &a.model), "2024-12-31");
    let screen = common::screen_text(&a, 120, 40);
    assert!(screen.contains("▼ 31/12/2024"), "{screen}");
    let md = export::render(&a, Format::Md, 120, "t").unwrap();
    assert!(md.contains("31/12/2024"));
}

#[test]
fn the_json_holds_every_milestone_and_the_selected_one() {
    let a = timeline_app(Lang::Vi, "timeline");
    let doc: Value =
        serde_json::from_str(&export::render(&a, Format::Json, 120, "t").unwrap()).unwrap();
    let list = doc["milestones"].as_array().unwrap();
    assert_eq!(list.len(), a.model.milestones.len());
    assert_eq!(doc["selected_milestone"].as_u64(), Some(a.milestone as u64));
    let sel = timeline::selected(Lang::Vi, &a.model, a.milestone).unwrap();
    let picked = &list[a.milestone];
    // The head's document and issuer, as the screen writes them.
    assert_eq!(picked["directive"].as_str(), Some(sel.about[0].as_str()));
    assert_eq!(picked["issuer"].as_str(), Some(sel.about[1].as_str()));
    for (x, ms) in list.iter().zip(&a.model.milestones) {
        assert_eq!(x["summary"].as_str(), ms.summary.as_deref());
        assert_eq!(
            x["kind"].as_str(),
            Some(timeline::kind_code(ms.kind).as_str())
        );
    }
    let k = of_a_province(&a);
    let i = a
        .model
        .index_of(&a.model.milestones[k].locality.as_ref().unwrap().value)
        .unwrap();
    assert_eq!(
        list[k]["locality_name"].as_str(),
        Some(a.model.locality(i).unwrap().name.as_str())
    );
}
