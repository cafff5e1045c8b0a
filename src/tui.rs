//! The terminal loop: draw, read a key, turn it into an action, update.
//! Loading and writing files happen here, outside `App::update`.

use std::io::IsTerminal;

use anyhow::Context;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};

use crate::app::{Action, App};
use crate::model::Model;
use crate::{input, ui};

/// Runs the dashboard until the user quits. `ratatui::init` restores the
/// terminal on a panic too; `restore` does it on every other exit.
pub fn run(
    mut app: App,
    reload: &dyn Fn() -> Result<Model, String>,
    export: &dyn Fn(&App) -> String,
) -> anyhow::Result<()> {
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
    let result = event_loop(&mut terminal, &mut app, reload, export);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    reload: &dyn Fn() -> Result<Model, String>,
    export: &dyn Fn(&App) -> String,
) -> anyhow::Result<()> {
    let size = terminal.size().context("cannot read the terminal's size")?;
    app.update(Action::Resize {
        width: size.width,
        height: size.height,
    });
    while app.running {
        terminal
            .draw(|frame| ui::render(app, frame.area(), frame.buffer_mut()))
            .context("cannot draw on the terminal")?;
        match event::read().context("cannot read the keyboard")? {
            Event::Key(key) => match input::action_for(app, key) {
                Some(Action::Reload) => {
                    let loaded = reload().map(Box::new);
                    app.update(Action::Loaded(loaded));
                }
                Some(Action::Export) => {
                    let said = export(app);
                    app.update(Action::Say(said));
                }
                Some(action) => app.update(action),
                None => {}
            },
            Event::Resize(width, height) => app.update(Action::Resize { width, height }),
            _ => {}
        }
    }
    Ok(())
}
