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
        // Asked before 166 MB are hashed for nothing (`--no-cache`, `check`).
        let lens = sets
            .iter()
            .map(|files| files.iter().map(|(_, c)| c.len() as u64));
        if !Key::wanted(source, lens.flatten().sum(), sets.len()) {
            return None;
        }
        let seen = sets
            .iter()
            .map(|files| {
                files
                    .iter()
                    .map(|(name, content)| Seen {
                        name: name.as_str().into(),
                        len: content.len() as u64,
                        hash: content_hash(content),
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
        Key::hashed(source)
    }

    /// `streamed`, whether or not a cache file is there: a reload hashes
    /// the files to learn whether they changed since the model shown.
    pub fn hashed(source: &Source) -> Option<Key> {
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
                                hash: content_hash(&content),
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

    /// What `Model::read_from` keeps of the key: equal for equal keys.
    pub fn digest(&self) -> u64 {
        digest_of(&self.bytes)
    }

    /// Whether data of `total` bytes in `sets` datasets is cached at all.
    fn wanted(source: &Source, total: u64, sets: usize) -> bool {
        let Some(policy) = source.cache.as_ref() else {
            return false;
        };
        let bundled = source.paths.iter().all(|p| crate::bundled::is_named(p));
        !bundled && total >= policy.min_bytes && source.paths.len() == sets
    }

    fn of_seen(source: &Source, sets: Vec<Vec<Seen<'_>>>) -> Option<Key> {
        let total: u64 = sets.iter().flatten().map(|s| s.len).sum();
        if !Key::wanted(source, total, sets.len()) {
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

/// `Key::digest` of a key's bytes, as a cache that matched them keeps it.
pub(super) fn digest_of(bytes: &[u8]) -> u64 {
    xxh3_64(bytes)
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

/// Files are hashed in blocks of this many bytes, each on its own core,
/// and then the blocks' hashes in order: the same hash whether the bytes
/// are in memory (`content_hash`) or read from disk (`stream_hash`).
const BLOCK: usize = 4 << 20;

/// The hash of a file's bytes.
fn content_hash(bytes: &[u8]) -> u64 {
    let blocks: Vec<u64> = bytes.par_chunks(BLOCK).map(xxh3_64).collect();
    of_blocks(&blocks)
}

fn of_blocks(blocks: &[u64]) -> u64 {
    let bytes: Vec<u8> = blocks.iter().flat_map(|h| h.to_le_bytes()).collect();
    xxh3_64(&bytes)
}

/// A file's length and `content_hash`, its blocks read on every core, each
/// core through one buffer: the file is never held whole.
fn stream_hash(path: &Path) -> Option<(u64, u64)> {
    use std::io::{Read, Seek, SeekFrom};
    let len = std::fs::metadata(path).ok()?.len();
    let block = BLOCK as u64;
    let blocks: Vec<u64> = (0..len.div_ceil(block))
        .into_par_iter()
        .map_init(
            || (std::fs::File::open(path).ok(), Vec::new()),
            |(file, buffer), k| {
                let start = k * block;
                let size = usize::try_from(block.min(len - start)).ok()?;
                let file = file.as_mut()?;
                file.seek(SeekFrom::Start(start)).ok()?;
                buffer.resize(size, 0);
                file.read_exact(buffer).ok()?;
                Some(xxh3_64(buffer))
            },
        )
        .collect::<Option<_>>()?;
    Some((len, of_blocks(&blocks)))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_streamed_in_blocks_hashes_as_its_bytes_in_memory() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.toml");
        for len in [0, 1, BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK + 5] {
            let bytes: Vec<u8> = (0..len).map(|k| (k % 251) as u8).collect();
            std::fs::write(&path, &bytes).unwrap();
            let hash = content_hash(&bytes);
            assert_eq!(stream_hash(&path), Some((len as u64, hash)), "{len} bytes");
            if let Some(last) = bytes.len().checked_sub(1) {
                // One byte changed in the last block changes the hash.
                let mut changed = bytes.clone();
                changed[last] ^= 1;
                assert_ne!(content_hash(&changed), hash, "{len} bytes");
            }
        }
        assert_eq!(stream_hash(&dir.path().join("gone.toml")), None);
    }
}
