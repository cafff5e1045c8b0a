//! Arbitrary bytes as a dataset of one to three files: loading and checking
//! must never panic, the direct reader and the TOML parser must give the
//! same outcome to the last word and place, and whatever loads must
//! derive, draw and export.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use tiendo::app::{Action, App, Screen};
use tiendo::export::Format;

fuzz_target!(|data: &[u8]| {
    let (split, rest) = data.split_first().unwrap_or((&0, &[]));
    let parts = usize::from(split % 3) + 1;
    let size = rest.len() / parts + 1;
    let files: Vec<(String, Vec<u8>)> = rest
        .chunks(size)
        .enumerate()
        .map(|(i, c)| (format!("f{i}.toml"), c.to_vec()))
        .collect();
    // Cut at every header, so that small inputs reach the direct reader too.
    let direct = tiendo::model::load::load_files_cut(files.clone(), true);
    let parsed = tiendo::model::load::load_files_cut(files.clone(), false);
    let (direct, parsed) = (format!("{direct:#?}"), format!("{parsed:#?}"));
    assert!(
        direct == parsed,
        "read directly:\n{direct}\nby the parser:\n{parsed}"
    );
    let Ok(loaded) = tiendo::model::load_files(files) else {
        return;
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
    let model = tiendo::model::derive(loaded.dataset, today);
    let mut app = App::new(model, tiendo::text::Lang::Vi, "fuzz".into());
    app.update(Action::Resize {
        rows: tiendo::ui::table_rows(80, 24),
        width: 80,
        height: 24,
    });
    for screen in Screen::ALL {
        app.update(Action::ShowScreen(screen));
        let area = Rect::new(0, 0, 80, 24);
        let mut buf = Buffer::empty(area);
        tiendo::ui::render(&app, area, &mut buf);
        for format in [Format::Txt, Format::Csv, Format::Json, Format::Md] {
            // Writing a snapshot of data that loaded must never fail.
            assert!(tiendo::export::render(&app, format, 60, "t").is_ok());
        }
        let style = tiendo::export::CsvStyle::Vi;
        assert!(tiendo::export::render_bytes(&app, Format::Xlsx, style, 60, "t").is_ok());
    }
    app.update(Action::ToggleEra);
    app.update(Action::CycleSort);
    app.update(Action::CycleLevel);
});
