//! `--watch`: a message each time a file of the dataset changes, appears or
//! vanishes. The folder is watched rather than the file, so a file that an
//! editor replaces, or that is deleted and written again, is still seen.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use notify::{RecursiveMode, Watcher};

use crate::text::{self, Lang};

/// Watches every dataset in `paths` (those given with `--data`, the
/// bundled one left out): a change to any of them is one message on the
/// receiver. The watchers must be kept alive while watching.
pub fn changes(
    lang: Lang,
    paths: &[&Path],
) -> anyhow::Result<(Vec<notify::RecommendedWatcher>, Receiver<()>)> {
    let (tx, rx) = channel();
    let watchers = paths
        .iter()
        .map(|p| watch(lang, p, tx.clone()))
        .collect::<anyhow::Result<Vec<_>>>()?;
    Ok((watchers, rx))
}

fn watch(
    lang: Lang,
    data: &Path,
    tx: std::sync::mpsc::Sender<()>,
) -> anyhow::Result<notify::RecommendedWatcher> {
    let w = &text::words(lang).cli;
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
    .map_err(|e| said(lang, w.watch_failed, e))?;
    watcher
        .watch(&folder, RecursiveMode::NonRecursive)
        .map_err(|e| said(lang, &format!("{} {}", w.watch_folder, folder.display()), e))?;
    Ok(watcher)
}

/// What could not be watched and why: a failure of the system in `lang`,
/// anything else as notify says it.
fn said(lang: Lang, doing: &str, e: notify::Error) -> anyhow::Error {
    match e.kind {
        notify::ErrorKind::Io(io) => anyhow::anyhow!("{doing}: {}", text::io_reason(lang, &io)),
        notify::ErrorKind::PathNotFound => {
            anyhow::anyhow!("{doing}: {}", text::words(lang).cli.io.not_found)
        }
        _ => anyhow::Error::new(e).context(doing.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_that_cannot_be_watched_is_said_in_the_language() {
        let gone = || notify::Error::io(std::io::Error::from(std::io::ErrorKind::NotFound));
        assert_eq!(
            said(Lang::Vi, "không theo dõi được /x", gone()).to_string(),
            "không theo dõi được /x: không có tệp hoặc thư mục này"
        );
        assert_eq!(
            said(Lang::En, "cannot watch /x", notify::Error::path_not_found()).to_string(),
            "cannot watch /x: no such file or folder"
        );
    }
}
