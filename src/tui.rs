//! The terminal loop: draw, read a key, turn it into an action, update.
//! Loading and writing files happen here, outside `App::update`.

use std::io::IsTerminal;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use anyhow::Context;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};

use crate::app::{Action, App};
use crate::model::Model;
use crate::{input, ui};

/// Editors write a file in several steps: reload once they are done.
pub const DEBOUNCE: Duration = Duration::from_millis(300);
/// How often the loop looks for file changes while no key comes.
const IDLE: Duration = Duration::from_millis(200);

/// What the loop does on the app's behalf.
pub struct Effects<'a> {
    /// Loads the data again: the model, or the problems as lines.
    pub reload: &'a dyn Fn() -> Result<Model, Vec<String>>,
    /// Writes a snapshot of the current view; the answer is the status line.
    pub export: &'a dyn Fn(&App) -> String,
    /// A message each time a data file changes (`--watch`).
    pub changes: Option<Receiver<()>>,
}

/// Runs the dashboard until the user quits. `ratatui::init` restores the
/// terminal on a panic too; `restore` does it on every other exit.
pub fn run(mut app: App, effects: Effects<'_>) -> anyhow::Result<()> {
    if !std::io::stdout().is_terminal() {
        anyhow::bail!(
            "the dashboard needs a terminal: run `tiendo export` to print a snapshot instead"
        );
    }
    if app.mono {
        // crossterm would otherwise react to NO_COLOR itself with full
        // attribute resets that wipe the reversed selection.
        ratatui::crossterm::style::force_color_output(true);
    }
    let mut terminal = ratatui::init();
    let result = event_loop(&mut terminal, &mut app, &effects);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    effects: &Effects<'_>,
) -> anyhow::Result<()> {
    let size = terminal.size().context("cannot read the terminal's size")?;
    app.update(Action::Resize {
        width: size.width,
        height: size.height,
    });
    let mut reload_due: Option<Instant> = None;
    while app.running {
        terminal
            .draw(|frame| ui::render(app, frame.area(), frame.buffer_mut()))
            .context("cannot draw on the terminal")?;
        let wait = match reload_due {
            Some(due) => due.saturating_duration_since(Instant::now()),
            None if effects.changes.is_some() => IDLE,
            None => Duration::from_secs(3600),
        };
        if event::poll(wait).context("cannot read the keyboard")? {
            match event::read().context("cannot read the keyboard")? {
                Event::Key(key) => match input::action_for(app, key) {
                    Some(Action::Reload) => reload(app, effects),
                    Some(Action::Export) => {
                        let said = (effects.export)(app);
                        app.update(Action::Say(said));
                    }
                    Some(action) => app.update(action),
                    None => {}
                },
                Event::Resize(width, height) => app.update(Action::Resize { width, height }),
                _ => {}
            }
        }
        if let Some(changes) = &effects.changes {
            // Every change in a burst pushes the reload back: one reload
            // when the editor is done, not one per write.
            while changes.try_recv().is_ok() {
                reload_due = Some(Instant::now() + DEBOUNCE);
            }
        }
        if reload_due.is_some_and(|due| Instant::now() >= due) {
            reload_due = None;
            reload(app, effects);
        }
    }
    Ok(())
}

fn reload(app: &mut App, effects: &Effects<'_>) {
    let loaded = (effects.reload)().map(Box::new);
    app.update(Action::Loaded(loaded));
}
