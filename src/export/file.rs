//! Writing a snapshot: to a temporary file first, then into place, so a
//! reader never sees half a file and an existing file is never overwritten.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

/// Writes `content` as `tiendo-<view>-<stamp>.<ext>` in `dir`, or with
/// `-2`, `-3`… when that name is taken. Returns the path written.
pub fn write_new(
    dir: &Path,
    view: &str,
    stamp: &str,
    ext: &str,
    content: &str,
) -> anyhow::Result<PathBuf> {
    let tmp = temporary(dir, content)?;
    let result = (1..10_000)
        .map(|n| {
            let name = if n == 1 {
                format!("tiendo-{view}-{stamp}.{ext}")
            } else {
                format!("tiendo-{view}-{stamp}-{n}.{ext}")
            };
            dir.join(name)
        })
        .find_map(|path| match std::fs::hard_link(&tmp, &path) {
            // A link fails when the name exists: no other program's file is lost.
            Ok(()) => Some(Ok(path)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => None,
            // Some file systems have no links: move it, if the name is free.
            Err(_) if !path.exists() => Some(std::fs::rename(&tmp, &path).map(|()| path)),
            Err(_) => None,
        });
    let _ = std::fs::remove_file(&tmp);
    match result {
        Some(r) => r.with_context(|| format!("cannot write in {}", dir.display())),
        None => anyhow::bail!("cannot find a free file name in {}", dir.display()),
    }
}

/// Writes `content` to `path` (which the user named, so it may be replaced).
pub fn write_to(path: &Path, content: &str) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = temporary(dir, content)?;
    std::fs::rename(&tmp, path).with_context(|| {
        let _ = std::fs::remove_file(&tmp);
        format!("cannot write {}", path.display())
    })
}

fn temporary(dir: &Path, content: &str) -> anyhow::Result<PathBuf> {
    let tmp = dir.join(format!(".tiendo-{}-{}.tmp", std::process::id(), unique()));
    let written = std::fs::File::create_new(&tmp).and_then(|mut f| {
        f.write_all(content.as_bytes())?;
        f.sync_all()
    });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("cannot write in {}", dir.display()));
    }
    Ok(tmp)
}

fn unique() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
