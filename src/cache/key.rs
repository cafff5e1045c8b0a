//! What a cache is valid for: the program that wrote it and, file by file,
//! the dataset it was loaded from.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

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
}

impl Key {
    /// The key of `sets` (the files `source.files()` read), or `None` when
    /// this load is not cached: caching is off, the data is the bundled
    /// data alone, its files total less than the policy's minimum, or a
    /// path cannot be made canonical.
    pub fn of(source: &Source, sets: &[Files]) -> Option<Key> {
        let policy = source.cache.as_ref()?;
        if source.paths.iter().all(|p| crate::bundled::is_named(p)) {
            return None;
        }
        let total: usize = sets.iter().flatten().map(|(_, b)| b.len()).sum();
        if (total as u64) < policy.min_bytes || source.paths.len() != sets.len() {
            return None;
        }
        let mut bytes = Vec::new();
        put(&mut bytes, env!("CARGO_PKG_VERSION").as_bytes());
        put_u64(&mut bytes, super::file::FORMAT.into());
        put_stamp(&mut bytes, std::env::current_exe().ok().as_deref());
        let mut named = Vec::new();
        for (path, files) in source.paths.iter().zip(sets) {
            let bundled = crate::bundled::is_named(path);
            let canonical = if bundled {
                PathBuf::from(crate::bundled::WORD)
            } else {
                std::fs::canonicalize(path).ok()?
            };
            put(&mut named, canonical.as_os_str().as_encoded_bytes());
            put_u64(&mut bytes, files.len() as u64);
            for (name, content) in files {
                if bundled {
                    // Built into the program, whose fingerprint is above.
                    put(&mut bytes, name.as_bytes());
                } else {
                    let file = std::fs::canonicalize(name).ok()?;
                    put(&mut bytes, file.as_os_str().as_encoded_bytes());
                    put_stamp(&mut bytes, Some(&file));
                }
                put_u64(&mut bytes, content.len() as u64);
                put_u64(&mut bytes, xxh3_64(content));
            }
        }
        let name = format!("{:016x}.cache", xxh3_64(&named));
        Some(Key {
            path: policy.dir.join(name),
            bytes,
        })
    }
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
