//! Writing a snapshot: to a temporary file first, then into place, so a
//! reader never sees half a file and an existing file is never overwritten.

use std::io::Write;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::text::{self, Lang};

/// Writes `content` as `tiendo-<view>-<stamp>.<ext>` in `dir`, or with
/// `-2`, `-3`… when that name is taken. Returns the path written, or why
/// nothing was, in `lang`.
pub fn write_new(
    lang: Lang,
    dir: &Path,
    view: &str,
    stamp: &str,
    ext: &str,
    content: &(impl AsRef<[u8]> + ?Sized),
) -> anyhow::Result<PathBuf> {
    write_free(lang, dir, &format!("tiendo-{view}-{stamp}"), ext, content)
}

/// Writes `content` as `<stem>.<ext>` in `dir`, or `<stem>-2.<ext>`,
/// `-3`… when that name is taken: no file is ever replaced.
pub fn write_free(
    lang: Lang,
    dir: &Path,
    stem: &str,
    ext: &str,
    content: &(impl AsRef<[u8]> + ?Sized),
) -> anyhow::Result<PathBuf> {
    let w = &text::words(lang).cli.io;
    let mut tmp = temporary(lang, dir, content.as_ref())?;
    for n in 1..10_000 {
        let name = if n == 1 {
            format!("{stem}.{ext}")
        } else {
            format!("{stem}-{n}.{ext}")
        };
        let path = dir.join(name);
        // Moved into place only if the name is free (a no-replace rename, or
        // a hard link where there is none): no other program's file is lost.
        match tmp.persist_noclobber(&path) {
            Ok(_) => return Ok(path),
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => tmp = e.file,
            Err(e) => {
                return Err(text::io_failed(lang, w.write_in, dir, &e.error));
            }
        }
    }
    // Dropping `tmp` removes the temporary file.
    anyhow::bail!((w.no_free_name)(&dir.display().to_string()))
}

/// Writes `content` to `path` (which the user named, so it may be replaced);
/// a failure is said in `lang`.
pub fn write_to(
    lang: Lang,
    path: &Path,
    content: &(impl AsRef<[u8]> + ?Sized),
) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // A device or a pipe the user named (`-o /dev/null`, a FIFO) is
    // written into: renamed over, it would be replaced by a file.
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        return std::fs::write(path, content.as_ref())
            .map_err(|e| text::io_failed(lang, text::words(lang).cli.io.write, path, &e));
    }
    let tmp = temporary(lang, dir, content.as_ref())?;
    tmp.persist(path)
        .map(drop)
        .map_err(|e| text::io_failed(lang, text::words(lang).cli.io.write, path, &e.error))
}

/// `content` in a new hidden file `.tiendo-XXXXXX.tmp` in `dir`, flushed to
/// disk; removed when dropped unless persisted.
fn temporary(lang: Lang, dir: &Path, content: &[u8]) -> anyhow::Result<NamedTempFile> {
    let failed =
        |e: std::io::Error| text::io_failed(lang, text::words(lang).cli.io.write_in, dir, &e);
    let mut builder = tempfile::Builder::new();
    builder.prefix(".tiendo-").suffix(".tmp");
    // A snapshot is for others to read too: 0o666 less the umask, as
    // `File::create` gives, not tempfile's private 0o600.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir).map_err(failed)?;
    let file = tmp.as_file_mut();
    file.write_all(content)
        .and_then(|()| file.sync_all())
        .map_err(failed)?;
    Ok(tmp)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `-o` naming a pipe writes into it: the pipe is still a pipe after,
    /// and its reader gets the bytes (as `/dev/null` stays a device).
    #[cfg(unix)]
    #[test]
    fn a_pipe_named_by_the_user_is_written_into_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            return; // no mkfifo here: nothing to test
        }
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read(fifo).unwrap())
        };
        write_to(Lang::Vi, &fifo, b"a,b\r\n").unwrap();
        // First: were it replaced, its reader would wait for ever.
        assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
        assert_eq!(reader.join().unwrap(), b"a,b\r\n");
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn write_to_replaces_the_named_file_and_leaves_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("snap.txt");
        std::fs::write(&path, "old").unwrap();
        write_to(Lang::En, &path, "new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(names(dir.path()), ["snap.txt"]);
        let missing = dir.path().join("no-such-folder").join("snap.txt");
        let e = write_to(Lang::En, &missing, "x").unwrap_err();
        assert!(format!("{e}").starts_with("cannot write in"), "{e:#}");
        let e = write_to(Lang::Vi, &missing, "x").unwrap_err();
        assert!(format!("{e}").starts_with("không ghi được vào"), "{e:#}");
        assert!(
            format!("{e}").ends_with("không có tệp hoặc thư mục này"),
            "{e:#}"
        );
    }

    #[test]
    fn a_snapshot_is_readable_by_others_as_a_plain_new_file_would_be() {
        let dir = tempfile::tempdir().unwrap();
        let a = write_new(Lang::Vi, dir.path(), "overview", "x", "txt", "text").unwrap();
        assert_eq!(names(dir.path()), ["tiendo-overview-x.txt"]);
        assert_eq!(std::fs::read_to_string(&a).ok().as_deref(), Some("text"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let plain = dir.path().join("plain");
            std::fs::write(&plain, "").unwrap();
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode();
            assert_eq!(mode(&a), mode(&plain));
        }
    }
}
