//! Reload sequences (valid → broken → valid …): after each, the screen shows
//! the newest good figures, a broken file never replaces them, its problems
//! are shown with their place, and the selection stays put.

// Test helpers outside #[test] functions: a failed fixture is meant to stop the test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use proptest::prelude::*;
use tiendo::app::{Action, App, Screen};
use tiendo::model;
use tiendo::text::{self, Lang};

#[derive(Clone, Debug)]
enum Step {
    Valid(u16, u16),
    Broken(u8),
}

fn dataset(a: f64, b: f64) -> String {
    format!(
        "schema = 1\n[meta]\ntitle = \"Thử tải lại\"\nas_of = 2025-12-31\n\n[[target]]\nlocality = \"VN\"\nby = 2026-12-31\ncoverage = 95.0\nsource = \"s\"\n\n[[locality]]\nid = \"VN\"\nname = \"Việt Nam\"\nkind = \"nation\"\n\n[[locality]]\nid = \"a\"\nname = \"Tỉnh A\"\nkind = \"province\"\nparent = \"VN\"\n  [[locality.record]]\n  date = 2025-12-31\n  coverage = {a:.2}\n  source = \"s\"\n\n[[locality]]\nid = \"b\"\nname = \"Tỉnh B\"\nkind = \"province\"\nparent = \"VN\"\n  [[locality.record]]\n  date = 2025-12-31\n  coverage = {b:.2}\n  source = \"s\"\n"
    )
}

/// Four ways an edit goes wrong.
fn broken(kind: u8) -> String {
    let good = dataset(90.0, 90.0);
    match kind % 4 {
        0 => good.replacen("coverage = 90.00", "coverage = \"90,5\"", 1),
        1 => good.replacen("kind = \"province\"", "kind = \"provnce\"", 1),
        2 => good.replacen("[[locality]]\nid = \"b\"", "[[locality]\nid = \"b\"", 1),
        _ => good.replacen("parent = \"VN\"", "parent = \"VM\"", 1),
    }
}

fn reload(text: String) -> Result<Box<model::Model>, Vec<String>> {
    let today = common::today();
    model::load_files(vec![("t.toml".into(), text.into_bytes())])
        .map(|l| Box::new(model::derive(l.dataset, today)))
        .map_err(|e| {
            e.errors()
                .map(|d| tiendo::text::diagnostic(tiendo::text::Lang::En, d))
                .collect()
        })
}

fn screen(app: &mut App) -> String {
    let area = ratatui::layout::Rect::new(0, 0, 100, 30);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    tiendo::ui::render(app, area, &mut buf);
    tiendo::export::snapshot::buffer_text(&buf)
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (5000u16..10000, 5000u16..10000).prop_map(|(a, b)| Step::Valid(a, b)),
        any::<u8>().prop_map(Step::Broken),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_screen_follows_good_data_and_keeps_it_through_bad(steps in prop::collection::vec(step(), 1..8)) {
        let mut app = App::new(*reload(dataset(91.25, 88.5)).unwrap(), Lang::Vi, "t".into());
        common::resize(&mut app, 100, 30);
        app.update(Action::ShowScreen(Screen::Provinces));
        let b = app.model.index_of("b").unwrap();
        prop_assert!(app.select(b));
        let mut shown = (91.25, 88.5);
        for s in steps {
            match s {
                Step::Valid(a, b) => {
                    shown = (f64::from(a) / 100.0, f64::from(b) / 100.0);
                    app.update(Action::Loaded(reload(dataset(shown.0, shown.1))));
                    let text = screen(&mut app);
                    prop_assert!(!text.contains("Lỗi trong dữ liệu"), "{}", text);
                    prop_assert!(app.problems.is_none());
                }
                Step::Broken(kind) => {
                    let result = reload(broken(kind));
                    prop_assert!(result.is_err(), "kind {} must be refused", kind);
                    app.update(Action::Loaded(result));
                    let text = screen(&mut app);
                    prop_assert!(text.contains("Lỗi trong dữ liệu"), "{}", text);
                    prop_assert!(text.contains("t.toml:"), "the problem's place: {}", text);
                }
            }
            let text = screen(&mut app);
            prop_assert!(text.contains(&text::percent(Lang::Vi, shown.0, 2)), "{}", text);
            prop_assert!(text.contains(&text::percent(Lang::Vi, shown.1, 2)), "{}", text);
            let selected = app.province().and_then(|i| app.model.locality(i)).map(|l| l.id.value.clone());
            prop_assert_eq!(selected.as_deref(), Some("b"), "the selection stays on Tỉnh B");
        }
    }
}
