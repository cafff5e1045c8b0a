//! The terminal loop: draw, read a key, turn it into an action, update.
//! Loading and writing files happen here, outside `App::update`.

use std::io::IsTerminal;
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};

use crate::app::{Action, App, Effect, Loading};
use crate::loading::{Reloaded, Shown, Source};
use crate::model::{Invalid, LoadProgress};
use crate::start::{Polled, Rest};
use crate::{export, input, ui};

/// Editors write a file in several steps: reload once they are done.
pub const DEBOUNCE: Duration = Duration::from_millis(300);
/// How often the loop looks for file changes while no key comes.
const IDLE: Duration = Duration::from_millis(200);
/// How often the progress of the rest of the data being read, or of a
/// reload running behind the screen, is drawn: a frame of the head costs
/// a millisecond or two.
const REST_TICK: Duration = Duration::from_millis(30);
/// How often the loop looks whether that data has come: it is on screen
/// this long after at worst. Looking costs microseconds, and nothing is
/// drawn for a look that finds nothing new (at a look every `REST_TICK`,
/// the data waited 15 ms on average to be shown).
const REST_LOOK: Duration = Duration::from_millis(4);
/// How long quitting waits for a cache still being written: a disk that
/// takes longer (a network folder) loses it, and the next start reads
/// the TOML.
const CACHE_WRITE_LIMIT: Duration = Duration::from_secs(10);

/// A reload running on its own thread: its result, once it is there, and
/// whether the files changed again while it ran.
struct Reload {
    result: Receiver<Reloaded>,
    progress: Arc<LoadProgress>,
    again: bool,
}

/// What the loop needs to carry out the app's effects.
pub struct Session {
    /// Where `r` and `--watch` load the data from.
    pub source: Source,
    /// Where `e` writes snapshots.
    pub export_dir: PathBuf,
    /// `--today`, for a snapshot's "taken at".
    pub today: Option<NaiveDate>,
    /// A message each time a data file changes (`--watch`).
    pub changes: Option<Receiver<()>>,
    /// The rest of a large dataset, read while its head is on screen.
    pub rest: Option<Rest>,
}

/// Runs the dashboard until the user quits. `ratatui::init` restores the
/// terminal on a panic too; `restore` does it on every other exit. The data
/// read behind the head on screen may turn out invalid: then the dashboard
/// closes and the problems are returned, to be told as any invalid load's.
pub fn run(mut app: App, session: Session) -> anyhow::Result<Option<Invalid>> {
    if !std::io::stdout().is_terminal() {
        anyhow::bail!(crate::text::words(app.lang).cli.needs_terminal);
    }
    if app.mono {
        // crossterm would otherwise react to NO_COLOR itself with full
        // attribute resets that wipe the reversed selection.
        ratatui::crossterm::style::force_color_output(true);
    }
    let mut terminal = ratatui::init();
    let result = event_loop(&mut terminal, &mut app, &session);
    ratatui::restore();
    // A cache being written behind the figures is finished, not left half
    // written: at 100,000 localities that is at most about 115 ms.
    crate::cache::wait_for_writes(CACHE_WRITE_LIMIT);
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    session: &Session,
) -> anyhow::Result<Option<Invalid>> {
    let lang = app.lang;
    let w = &crate::text::words(lang).cli;
    // What failed and why, in the user's words (the system's are English).
    let failed = |doing: &str, e: std::io::Error| {
        anyhow::anyhow!("{doing}: {}", crate::text::io_reason(lang, &e))
    };
    let size = terminal.size().map_err(|e| failed(w.terminal_size, e))?;
    app.update(Action::Resize {
        rows: ui::table_rows(size.width, size.height),
        width: size.width,
        height: size.height,
    });
    let mut reload_due: Option<Instant> = None;
    let mut reload: Option<Reload> = None;
    // Whether the screen may have changed since it was drawn: only a look
    // for data still coming that found none, and whose progress is not
    // due to be drawn yet, leaves it as it is.
    let mut changed = true;
    let mut progress_drawn = Instant::now();
    loop {
        if std::mem::take(&mut changed) {
            terminal
                .draw(|frame| ui::render(app, frame.area(), frame.buffer_mut()))
                .map_err(|e| failed(w.terminal_draw, e))?;
            crate::timings::mark("frame drawn");
        }
        if std::mem::take(&mut app.freed) {
            crate::memory::give_back();
        }
        let wait = match reload_due {
            Some(due) => due.saturating_duration_since(Instant::now()),
            None if session.changes.is_some() => IDLE,
            None => Duration::from_secs(3600),
        };
        let wait = if app.rest.is_some() || reload.is_some() {
            wait.min(REST_LOOK)
        } else {
            wait
        };
        // The progress of data still coming is drawn once a tick.
        let progress_due = progress_drawn.elapsed() >= REST_TICK;
        if progress_due {
            progress_drawn = Instant::now();
        }
        let action = if event::poll(wait).map_err(|e| failed(w.keyboard, e))? {
            // A key, a resize, or any other event: drawn after, as always.
            changed = true;
            match event::read().map_err(|e| failed(w.keyboard, e))? {
                Event::Key(key) => input::action_for(app, key),
                Event::Resize(width, height) => Some(Action::Resize {
                    rows: ui::table_rows(width, height),
                    width,
                    height,
                }),
                _ => None,
            }
        } else {
            None
        };
        if let Some(action) = action {
            let effect = app.update(action);
            if carry_out(app, session, &mut reload, effect).is_break() {
                return Ok(None);
            }
        }
        if let Some(running) = &mut reload {
            let done = match running.result.try_recv() {
                Ok(Reloaded::Read(model)) => Some(Action::Loaded(Ok(model))),
                Ok(Reloaded::Failed(problems)) => Some(Action::Loaded(Err(problems))),
                Ok(Reloaded::Unchanged) => Some(Action::Unchanged),
                Err(TryRecvError::Empty) => {
                    if progress_due {
                        let p = &running.progress;
                        app.update(Action::ReloadProgress(Loading {
                            done: p.bytes_done.load(Ordering::Relaxed),
                            total: p.bytes_total.load(Ordering::Relaxed),
                        }));
                        changed = true;
                    }
                    None
                }
                // The thread ended without a word: it panicked.
                Err(TryRecvError::Disconnected) => {
                    Some(Action::Loaded(Err(vec![w.rest_lost.to_string()])))
                }
            };
            if let Some(done) = done {
                changed = true;
                let again = running.again;
                reload = None;
                let effect = app.update(done);
                if carry_out(app, session, &mut reload, effect).is_break() {
                    return Ok(None);
                }
                // Files saved while it read are read once more.
                if again {
                    reload_due = Some(Instant::now());
                }
            }
        }
        if app.rest.is_some()
            && let Some(rest) = &session.rest
        {
            match rest.poll() {
                Polled::Reading(loading) if progress_due => {
                    changed = true;
                    app.update(Action::Progress(loading))
                }
                Polled::Reading(_) => Effect::None,
                Polled::Read(model) => {
                    changed = true;
                    crate::timings::mark("rest received");
                    let effect = app.update(Action::Completed(model));
                    crate::timings::mark("rest in place");
                    effect
                }
                Polled::Invalid(invalid) => return Ok(Some(invalid)),
                Polled::Lost => anyhow::bail!(w.rest_lost),
            };
        }
        if let Some(changes) = &session.changes {
            // Every change in a burst pushes the reload back: one reload
            // when the editor is done, not one per write.
            while changes.try_recv().is_ok() {
                reload_due = Some(Instant::now() + DEBOUNCE);
            }
        }
        // A change while the first load runs is read once it is done.
        if app.rest.is_none() && reload_due.is_some_and(|due| Instant::now() >= due) {
            reload_due = None;
            changed = true;
            // Not `Action::Reload`: a key would close the help overlay,
            // a file saved elsewhere should not.
            if carry_out(app, session, &mut reload, Effect::Reload).is_break() {
                return Ok(None);
            }
        }
    }
}

/// Does what the app asked and tells it the result, until it asks for
/// nothing more; breaks when it asks to quit. A reload is started on its
/// own thread, so that the screen and the keys keep working while the
/// data is read; the loop hands its result to the app when it comes.
fn carry_out(
    app: &mut App,
    session: &Session,
    reload: &mut Option<Reload>,
    mut effect: Effect,
) -> ControlFlow<()> {
    loop {
        let result = match effect {
            Effect::None => return ControlFlow::Continue(()),
            Effect::Quit => return ControlFlow::Break(()),
            Effect::Export => Action::Exported(export::dashboard::write(
                app,
                &session.export_dir,
                session.today,
            )),
            Effect::Reload => match reload {
                // Files changed while a reload reads them: once more after.
                Some(running) => {
                    running.again = true;
                    return ControlFlow::Continue(());
                }
                None => {
                    let _ = crate::memory::before_reloads();
                    let (send, result) = std::sync::mpsc::channel();
                    let source = session.source.clone();
                    let progress = Arc::new(LoadProgress::default());
                    let counted = Arc::clone(&progress);
                    let shown = Shown::of(&app.model);
                    crate::behind::spawn(move || {
                        let (reloaded, pending) = source.reload_pending(&counted, shown);
                        // The loop may have quit: nobody to tell then.
                        let _ = send.send(reloaded);
                        if let Some(pending) = pending {
                            pending.store_behind();
                        }
                    });
                    *reload = Some(Reload {
                        result,
                        progress,
                        again: false,
                    });
                    Action::Reloading
                }
            },
        };
        effect = app.update(result);
    }
}
