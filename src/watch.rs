//! `--watch`: a message each time a file of the dataset changes, appears or
//! vanishes. The folder is watched rather than the file, so a file that an
//! editor replaces, or that is deleted and written again, is still seen.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use anyhow::Context;
use notify::{RecursiveMode, Watcher};

use crate::text::{self, Lang};

/// Watches the dataset at `data`; a failure is said in `lang`.
pub fn changes(
    lang: Lang,
    data: &Path,
) -> anyhow::Result<(notify::RecommendedWatcher, Receiver<()>)> {
    let w = &text::words(lang).cli;
    let (tx, rx) = channel();
    let (folder, only): (PathBuf, Option<PathBuf>) = if data.is_dir() {
        (data.to_path_buf(), None)
    } else {
        let folder = data
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        (folder.to_path_buf(), data.file_name().map(PathBuf::from))
    };
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else {
            // The watcher itself failed (the folder went away): try a reload,
            // which will say what is wrong.
            let _ = tx.send(());
            return;
        };
        let relevant = event.paths.iter().any(|p| match &only {
            Some(name) => p.file_name() == Some(name.as_os_str()),
            None => p.extension().is_some_and(|e| e == "toml"),
        });
        if relevant && !event.kind.is_access() {
            let _ = tx.send(());
        }
    })
    .context(w.watch_failed)?;
    watcher
        .watch(&folder, RecursiveMode::NonRecursive)
        .with_context(|| format!("{} {}", w.watch_folder, folder.display()))?;
    Ok((watcher, rx))
}
