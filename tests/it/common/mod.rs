//! What the integration tests share: the fixed day they judge progress on,
//! loading that names every problem when it fails, the bundled data, and
//! driving the app as the terminal loop does.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tiendo::app::{Action, App, Effect, Screen};
use tiendo::model::{self, Loaded, Model};
use tiendo::text::Lang;

/// The `--today` of every snapshot and golden file.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("a real day")
}

/// A day of the calendar, written as numbers.
pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
}

/// Loads files, or fails the test with every problem found.
pub fn load(files: Vec<(String, Vec<u8>)>) -> Loaded {
    model::load_files(files).unwrap_or_else(|e| {
        let lines: Vec<String> = e
            .diagnostics
            .iter()
            .map(|d| tiendo::text::diagnostic(tiendo::text::Lang::En, d))
            .collect();
        panic!("{}", lines.join("\n"))
    })
}

/// The bundled dataset, derived as of `today()`.
pub fn bundled_model() -> Model {
    model::derive(load(tiendo::bundled::files()).dataset, today())
}

/// The dashboard on the bundled data, as it opens.
pub fn bundled_app(lang: Lang) -> App {
    App::new(bundled_model(), lang, "data".into())
}

/// Tells `app` the terminal is `width`×`height`, as the terminal loop does.
pub fn resize(app: &mut App, width: u16, height: u16) {
    app.update(Action::Resize {
        rows: tiendo::ui::table_rows(width, height),
        width,
        height,
    });
}

/// The dashboard on the bundled data in Vietnamese, on a 100×30 terminal.
pub fn app() -> App {
    let mut app = bundled_app(Lang::Vi);
    resize(&mut app, 100, 30);
    app
}

/// The dashboard on a synthetic dataset of `localities` units, showing the
/// Provinces table on a 120×40 terminal.
pub fn synthetic(localities: usize) -> App {
    let spec = tiendo::synth::Spec {
        localities,
        years: 5,
        seed: 3,
    };
    let text = tiendo::synth::single_file(&spec);
    let loaded = load(vec![("s.toml".into(), text.into_bytes())]);
    let mut app = App::new(
        model::derive(loaded.dataset, today()),
        Lang::Vi,
        "synthetic".into(),
    );
    resize(&mut app, 120, 40);
    app.update(Action::ShowScreen(Screen::Provinces));
    app
}

/// A key press as the terminal reports it.
pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Presses each character of `keys` as a key, through the key table, and
/// returns what the last update asked of the terminal loop. `\n` is Enter
/// and `\x1b` is Esc.
pub fn press(app: &mut App, keys: &str) -> Effect {
    let mut effect = Effect::None;
    for c in keys.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\x1b' => KeyCode::Esc,
            c => KeyCode::Char(c),
        };
        if let Some(action) = tiendo::input::action_for(app, key(code)) {
            effect = app.update(action);
        }
    }
    effect
}

/// The name of the selected province, or "" when none is.
pub fn name(app: &App) -> String {
    app.province()
        .and_then(|i| app.model.locality(i))
        .map(|l| l.name.clone())
        .unwrap_or_default()
}

/// The id of unit `i`.
pub fn id_of(app: &App, i: usize) -> &str {
    &app.model.locality(i).expect("a unit of the model").id.value
}

/// The dashboard drawn on a `width`×`height` buffer, as text.
pub fn screen_text(app: &App, width: u16, height: u16) -> String {
    let area = ratatui::layout::Rect::new(0, 0, width, height);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    tiendo::ui::render(app, area, &mut buf);
    tiendo::export::snapshot::buffer_text(&buf)
}

/// `text` with the files read in folder `folder` named with `/`, as the
/// `.expected` files write them. Windows joins a folder given and the
/// files read in it with `\` (`tests/bad/second-meta\00-ca-nuoc.toml`):
/// the one difference its messages may have from Linux's.
pub fn slashed(text: &str, folder: &str) -> String {
    let native = format!("{folder}{}", std::path::MAIN_SEPARATOR);
    text.replace(&native, &format!("{folder}/"))
}

/// Runs a program to its end, as [`std::process::Command::output`] does.
pub trait Run {
    fn run(&mut self) -> std::io::Result<std::process::Output>;
}

impl Run for std::process::Command {
    /// Under Wine a start can fail with Windows' "internal error" (1359)
    /// before the program runs a line: CI saw it once in some 2,000
    /// starts, on a loaded 2-core machine. A failed start is tried again,
    /// twice at most; what the program itself prints and returns is never.
    fn run(&mut self) -> std::io::Result<std::process::Output> {
        const WINDOWS_INTERNAL_ERROR: i32 = 1359;
        let mut tries = 1;
        loop {
            match self.output() {
                Err(e)
                    if cfg!(windows)
                        && e.raw_os_error() == Some(WINDOWS_INTERNAL_ERROR)
                        && tries < 3 =>
                {
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(200));
                }
                done => return done,
            }
        }
    }
}
