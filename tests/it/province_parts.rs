#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Every part of the Province screen is in its md and json exports, made
//! by the same functions of `present::province`.

use crate::common;

use serde_json::Value;
use tiendo::app::App;
use tiendo::export::{self, Format};
use tiendo::model::Era;
use tiendo::present::{self, Unit, province, province::history};
use tiendo::text::Lang;

fn province_app(lang: Lang, id: &str) -> App {
    let mut a = common::bundled_app(lang);
    common::resize(&mut a, 120, 40);
    a.open_view(&format!("province:{id}")).unwrap();
    a
}

fn md_of(a: &App) -> String {
    export::render(a, Format::Md, 120, "t").unwrap()
}

fn json_of(a: &App) -> Value {
    serde_json::from_str(&export::render(a, Format::Json, 120, "t").unwrap()).unwrap()
}

fn on_both(screen: &str, md: &str, part: &str) {
    assert!(screen.contains(part), "screen lacks {part:?}");
    assert!(md.contains(part), "md lacks {part:?}");
}

#[test]
fn the_screens_parts_are_in_the_markdown() {
    for lang in [Lang::Vi, Lang::En] {
        let a = province_app(lang, "bac-ninh");
        let (m, i) = (&a.model, a.province().unwrap());
        let p = m.progress(i, a.era).unwrap();
        let screen = common::screen_text(&a, 120, 40);
        let md = md_of(&a);

        let name = &m.locality(i).unwrap().name;
        let made_of = province::made_of(lang, m, a.era, i).unwrap();
        on_both(&screen, &md, &format!("{name} {made_of}"));
        assert!(md.contains(&format!("## {name} {made_of}\n")), "{made_of}");
        on_both(&screen, &md, &province::head_target(lang, m, p));
        let mark = province::gauge_mark(lang, m, p).unwrap();
        on_both(&screen, &md, &format!("│{mark}"));
        on_both(&screen, &md, &province::gauge_words(lang, m, p).join(" · "));
        on_both(&screen, &md, &province::changes(lang, m, p));
        assert!(province::groups(lang, m, i, a.era).is_none());
        on_both(&screen, &md, &province::no_groups(lang));

        // The chart: its title, the legend's names, the former units'
        // series under their own names, each figure drawn.
        let series = history::former_series(lang, m, i, a.era);
        assert_eq!(series.len(), 1, "Bắc Ninh's own former self has a figure");
        let title = history::title(lang, history::years_of(m, p, m.points(i, a.era), &series));
        on_both(&screen, &md, &title);
        let legend = history::legend(lang, p, m.points(i, a.era));
        on_both(&screen, &md, legend.coverage);
        on_both(&screen, &md, legend.target.as_deref().unwrap());
        for x in &series {
            on_both(&screen, &md, &x.name);
            assert!(md.contains(&format!("## {title} · {}\n", x.name)));
            for pt in m.points(x.index, Era::Former).judged() {
                let [date, coverage] = history::point_row(&pt);
                let row = format!("| {} | {} |", date.show(lang), coverage.show(lang));
                assert!(md.contains(&row), "md lacks {row}");
            }
        }

        // The targets box: md lists them all, the screen those that fit.
        let targets = province::targets_title(lang);
        on_both(&screen, &md, &format!(" {targets} "));
        assert!(md.contains(&format!("## {targets}\n")));
        let verdicts = m.verdicts(i, a.era);
        for (k, v) in &verdicts {
            let (head, said) = present::target_row(m, *k, v, lang).unwrap();
            assert!(md.contains(&format!("| {head} | {said} |")), "{head}");
        }
        let (head, _) = present::target_row(m, verdicts[5].0, &verdicts[5].1, lang).unwrap();
        assert!(screen.contains(&head), "screen lacks {head}");

        // The units box: its title and each unit's words.
        let list = present::units(m, i, a.era);
        let units = province::units_title(lang, &list);
        on_both(&screen, &md, units);
        assert!(md.contains(&format!("## {units}\n")));
        for u in &list {
            let q = m.progress(u.index, Unit::ERA).unwrap();
            let said = province::unit_figure(lang, m, u.index, q);
            on_both(&screen, &md, &format!("{} ", u.name(m, lang)));
            on_both(&screen, &md, &said);
        }
    }
}

/// Phú Xuyên, a district of Hà Nội, gives the groups: opened from Hà
/// Nội's list of units.
fn with_groups(lang: Lang) -> (App, usize) {
    let mut a = province_app(lang, "ha-noi");
    let list = present::units(&a.model, a.province().unwrap(), a.era);
    let k = list
        .iter()
        .position(|u| common::id_of(&a, u.index) == "phu-xuyen")
        .unwrap();
    a.unit = k;
    common::press(&mut a, "\n");
    let i = a.province().unwrap();
    assert_eq!(common::id_of(&a, i), "phu-xuyen");
    (a, i)
}

#[test]
fn the_groups_are_on_screen_in_the_markdown_and_in_json() {
    for lang in [Lang::Vi, Lang::En] {
        let (a, i) = with_groups(lang);
        assert_eq!(a.province(), Some(i));
        let screen = common::screen_text(&a, 120, 40);
        let md = md_of(&a);
        let groups = province::groups(lang, &a.model, i, a.era).unwrap();
        assert!(!groups.is_empty());
        assert!(!screen.contains(&province::no_groups(lang)));
        for g in &groups {
            assert!(screen.contains(&format!(" {} ", g.name)), "{}", g.name);
            assert!(screen.contains(&format!(" {}", g.figure)), "{}", g.figure);
            let row = format!("| {} | {} |", g.name, g.figure);
            assert!(md.contains(&row), "md lacks {row}");
        }
        let doc = json_of(&a);
        let codes: Vec<&str> = doc["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["group"].as_str().unwrap())
            .collect();
        let want: Vec<&str> = groups
            .iter()
            .map(|g| province::group_code(g.group))
            .collect();
        assert_eq!(codes, want);
        for (x, g) in doc["groups"].as_array().unwrap().iter().zip(&groups) {
            assert_eq!(x["coverage"].as_f64(), Some(present::round2(g.coverage)));
        }
    }
}

#[test]
fn the_json_holds_the_series_drawn_and_the_change_since_the_directive() {
    let a = province_app(Lang::Vi, "bac-ninh");
    let (m, i) = (&a.model, a.province().unwrap());
    let doc = json_of(&a);
    let series = history::former_series(Lang::Vi, m, i, a.era);
    let ids: Vec<&str> = doc["former_series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap())
        .collect();
    let want: Vec<&str> = series.iter().map(|x| common::id_of(&a, x.index)).collect();
    assert_eq!(ids, want);
    let first = &doc["former_series"][0];
    assert_eq!(first["name"], "Bắc Ninh (cũ)");
    let drawn = m.progress(series[0].index, Era::Former).unwrap();
    assert_eq!(
        first["history"].as_array().unwrap().len(),
        drawn.history.len()
    );
    // No complete figure after 52-CT/TW was issued: said so, no number.
    let since = &doc["since_directive"];
    assert_eq!(since["directive"], "52-CT/TW");
    assert_eq!(since["kind"], "no_figure");
    assert!(since["points"].is_null());
    assert_eq!(doc["groups"].as_array().unwrap().len(), 0);
}
