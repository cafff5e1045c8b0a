//! What a cache is valid for: the program that wrote it and, file by file,
//! the dataset it was loaded from.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use rayon::prelude::*;
use xxhash_rust::xxh3::xxh3_64;

use crate::source::{Files, Source};

/// The identity of a load: where its cache lives and the bytes its cache
/// file must hold to be used.
#[derive(Clone, Debug)]
pub struct Key {
    /// The cache file of these datasets' paths, whatever their content.
    pub path: PathBuf,
    /// Program version and executable, then every file's path, size,
    /// modification time and content hash: compared byte for byte.
    pub bytes: Vec<u8>,
    /// How many files the key covers, and their bytes.
    pub sizes: (usize, u64),
}

/// What a key holds of one file: its name, length and content hash.
struct Seen<'a> {
    name: std::borrow::Cow<'a, str>,
    len: u64,
    hash: u64,
}

impl Key {
    /// The key of `sets` (the files `source.files()` read), or `None` when
    /// this load is not cached: caching is off, the data is the bundled
    /// data alone, its files total less than the policy's minimum, or a
    /// path cannot be made canonical.
    pub fn of(source: &Source, sets: &[Files]) -> Option<Key> {
        let seen = sets
            .iter()
            .map(|files| {
                files
                    .iter()
                    .map(|(name, content)| Seen {
                        name: name.as_str().into(),
                        len: content.len() as u64,
                        hash: xxh3_64(content),
                    })
                    .collect()
            })
            .collect();
        Key::of_seen(source, seen)
    }

    /// The key `of` would give the files `source.files()` would read now,
    /// hashed as they stream from disk and never held whole: a warm start
    /// whose cache matches reads no file into memory (166 MB at 100,000
    /// localities, whose fresh pages cost more than hashing them).
    /// `None` as for `of`, or when a file cannot be listed or read: the
    /// load then reads them and says why.
    pub fn streamed(source: &Source) -> Option<Key> {
        // No cache written for these paths: nothing to hash the files for.
        if !cache_path(source)?.is_file() {
            return None;
        }
        let seen = source
            .paths
            .iter()
            .map(|path| {
                if crate::bundled::is_named(path) {
                    return Some(
                        crate::bundled::files()
                            .into_iter()
                            .map(|(name, content)| Seen {
                                name: name.into(),
                                len: content.len() as u64,
                                hash: xxh3_64(&content),
                            })
                            .collect(),
                    );
                }
                let files = crate::model::load::list_path(path).ok()?;
                files
                    .par_iter()
                    .map(|file| {
                        let (len, hash) = stream_hash(file)?;
                        Some(Seen {
                            name: file.display().to_string().into(),
                            len,
                            hash,
                        })
                    })
                    .collect::<Option<Vec<_>>>()
            })
            .collect::<Option<Vec<_>>>()?;
        Key::of_seen(source, seen)
    }

    fn of_seen(source: &Source, sets: Vec<Vec<Seen<'_>>>) -> Option<Key> {
        let policy = source.cache.as_ref()?;
        if source.paths.iter().all(|p| crate::bundled::is_named(p)) {
            return None;
        }
        let total: u64 = sets.iter().flatten().map(|s| s.len).sum();
        if total < policy.min_bytes || source.paths.len() != sets.len() {
            return None;
        }
        let mut bytes = Vec::new();
        put(&mut bytes, env!("CARGO_PKG_VERSION").as_bytes());
        put_u64(&mut bytes, super::file::FORMAT.into());
        put_stamp(&mut bytes, std::env::current_exe().ok().as_deref());
        for (path, files) in source.paths.iter().zip(&sets) {
            let bundled = crate::bundled::is_named(path);
            put_u64(&mut bytes, files.len() as u64);
            for seen in files {
                if bundled {
                    // Built into the program, whose fingerprint is above.
                    put(&mut bytes, seen.name.as_bytes());
                } else {
                    let file = std::fs::canonicalize(seen.name.as_ref()).ok()?;
                    put(&mut bytes, file.as_os_str().as_encoded_bytes());
                    put_stamp(&mut bytes, Some(&file));
                }
                put_u64(&mut bytes, seen.len);
                put_u64(&mut bytes, seen.hash);
            }
        }
        Some(Key {
            path: cache_path(source)?,
            bytes,
            sizes: (sets.iter().map(Vec::len).sum(), total),
        })
    }
}

/// The cache file of `source`'s paths, whatever the files hold: named by
/// the hash of the paths made canonical.
fn cache_path(source: &Source) -> Option<PathBuf> {
    let policy = source.cache.as_ref()?;
    let mut named = Vec::new();
    for path in &source.paths {
        let canonical = if crate::bundled::is_named(path) {
            PathBuf::from(crate::bundled::WORD)
        } else {
            std::fs::canonicalize(path).ok()?
        };
        put(&mut named, canonical.as_os_str().as_encoded_bytes());
    }
    Some(policy.dir.join(format!("{:016x}.cache", xxh3_64(&named))))
}

/// A file's length and the `xxh3_64` of its bytes, read a block at a time.
fn stream_hash(path: &Path) -> Option<(u64, u64)> {
    use std::io::Read;
    let mut file = std::fs::File::open(path).ok()?;
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    let mut block = vec![0u8; 1 << 20];
    let mut len = 0u64;
    loop {
        match file.read(&mut block) {
            Ok(0) => break,
            Ok(n) => {
                let read = block.get(..n)?;
                hasher.update(read);
                len += n as u64;
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
    Some((len, hasher.digest()))
}

/// A length, then the bytes: no two lists of fields encode the same.
fn put(out: &mut Vec<u8>, bytes: &[u8]) {
    put_u64(out, bytes.len() as u64);
    out.extend_from_slice(bytes);
}

fn put_u64(out: &mut Vec<u8>, n: u64) {
    out.extend_from_slice(&n.to_le_bytes());
}

/// Size and modification time; a file whose time cannot be read still has
/// its content hash to tell a change.
fn put_stamp(out: &mut Vec<u8>, path: Option<&Path>) {
    let meta = path.and_then(|p| std::fs::metadata(p).ok());
    put_u64(out, meta.as_ref().map_or(u64::MAX, std::fs::Metadata::len));
    let nanos = meta
        .and_then(|m| m.modified().ok())
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(u128::MAX, |d| d.as_nanos());
    out.extend_from_slice(&nanos.to_le_bytes());
}
