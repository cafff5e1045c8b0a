//! The one pass over a text that finds its top-level headers, and what it
//! reads of a header line, a string and a value's plain run.

use std::collections::HashMap;
use std::sync::Arc;

use super::Chunk;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Table,
    Array,
}

#[derive(Default)]
pub(super) struct Scanner {
    pub(super) chunks: Vec<Chunk>,
    /// Top-level keys of the text before the first header.
    pub(super) top_keys: Vec<String>,
    pub(super) seen: HashMap<Arc<str>, Kind, foldhash::fast::RandomState>,
}

/// A header line: the first part of its key, whether it has more parts,
/// whether it is `[[…]]`, and where the line after it starts. Borrowed:
/// a file has a header or more for each of its figures.
pub(super) struct Header<'t> {
    pub(super) root: &'t str,
    pub(super) dotted: bool,
    pub(super) array: bool,
    pub(super) next: usize,
}

impl Scanner {
    /// Scans `b` into `chunks`; `None` where cutting is not safe.
    pub(super) fn run(&mut self, b: &[u8]) -> Option<()> {
        let mut i = 0;
        // Depth of `[` and `{` in a value; a line starting with `[` inside
        // one is an element of an array, not a header.
        let mut depth = 0usize;
        let mut line_start = true;
        while i < b.len() {
            if line_start && depth == 0 {
                line_start = false;
                let j = skip_blank(b, i);
                if b.get(j) == Some(&b'[') {
                    let header = header(b, j)?;
                    self.header(i, &header)?;
                    i = header.next;
                    line_start = true;
                    continue;
                }
                if self.chunks.is_empty() {
                    self.top_key(b, j)?;
                }
                i = j;
                continue;
            }
            let c = b.get(i).copied()?;
            // Only a line's first character can open a header: an array
            // closed mid-line leaves the rest of that line a value.
            line_start = false;
            i = match c {
                b'\n' => {
                    line_start = true;
                    i + 1
                }
                b'#' => line_end(b, i),
                b'"' | b'\'' => string(b, i, c)?,
                b'[' | b'{' => {
                    depth += 1;
                    i + 1
                }
                b']' | b'}' => {
                    depth = depth.checked_sub(1)?;
                    i + 1
                }
                _ => skip_to(b, i + 1, |c| STOPS[usize::from(c)]),
            };
        }
        if depth != 0 {
            return None;
        }
        self.close(b.len());
        Some(())
    }

    /// A header at line start `at`: a new chunk, the same chunk (a
    /// sub-table of its root), or `None` where cutting is not safe.
    fn header(&mut self, at: usize, header: &Header<'_>) -> Option<()> {
        let root = header.root;
        let current = self.chunks.last().and_then(|c| c.root.as_deref());
        if header.dotted {
            // `[[locality.record]]` belongs to the element above it, which
            // must be of the same root.
            return (current == Some(root)).then_some(());
        }
        if self.top_keys.iter().any(|k| k == root) {
            return None;
        }
        let kind = if header.array {
            Kind::Array
        } else {
            Kind::Table
        };
        match (self.seen.get(root), kind) {
            (None, _) | (Some(Kind::Array), Kind::Array) => {}
            _ => return None,
        }
        let shared = match self.seen.get_key_value(root) {
            Some((known, _)) => Arc::clone(known),
            None => {
                let known: Arc<str> = Arc::from(root);
                self.seen.insert(Arc::clone(&known), kind);
                known
            }
        };
        if self.chunks.is_empty() && at > 0 {
            self.chunks.push(Chunk {
                range: 0..0,
                root: None,
            });
        }
        self.close(at);
        self.chunks.push(Chunk {
            range: at..at,
            root: Some(shared),
        });
        Some(())
    }

    fn close(&mut self, at: usize) {
        if let Some(last) = self.chunks.last_mut() {
            last.range.end = at;
        } else if at > 0 {
            self.chunks.push(Chunk {
                range: 0..at,
                root: None,
            });
        }
    }

    /// Notes the key of a line before the first header; a quoted or
    /// unusual one is not followed.
    fn top_key(&mut self, b: &[u8], at: usize) -> Option<()> {
        match b.get(at).copied() {
            None | Some(b'\n' | b'\r' | b'#') => Some(()),
            Some(c) if is_bare(c) => {
                let end = (at..b.len())
                    .find(|&k| !b.get(k).copied().is_some_and(is_bare))
                    .unwrap_or(b.len());
                let key = std::str::from_utf8(b.get(at..end)?).ok()?;
                self.top_keys.push(key.to_string());
                Some(())
            }
            Some(_) => None,
        }
    }
}

/// The bytes that end a plain run of a value: a line end, a comment, a
/// string or a bracket. A table, not a chain of comparisons: this loop is
/// on the load's serial path.
const STOPS: [bool; 256] = {
    let mut stops = [false; 256];
    let mut k = 0;
    let special = b"\n#\"'[]{}";
    while k < special.len() {
        stops[special[k] as usize] = true;
        k += 1;
    }
    stops
};

fn is_bare(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
}

fn is_blank(c: u8) -> bool {
    c == b' ' || c == b'\t'
}

fn skip_blank(b: &[u8], mut i: usize) -> usize {
    while b.get(i).copied().is_some_and(is_blank) {
        i += 1;
    }
    i
}

/// Spaces and tabs, the blanks TOML allows around a key's parts, trimmed.
fn trim_blank(part: &[u8]) -> &[u8] {
    let start = part
        .iter()
        .position(|&c| !is_blank(c))
        .unwrap_or(part.len());
    let end = part
        .iter()
        .rposition(|&c| !is_blank(c))
        .map_or(start, |k| k + 1);
    part.get(start..end).unwrap_or_default()
}

/// Where the line holding `i` ends (its `\n`, or the end of the text).
fn line_end(b: &[u8], i: usize) -> usize {
    (i..b.len())
        .find(|&k| b.get(k) == Some(&b'\n'))
        .unwrap_or(b.len())
}

/// A header of bare keys: `[meta]`, `[[ locality . record ]]`, followed
/// by nothing but blanks or a comment.
pub(super) fn header(b: &[u8], at: usize) -> Option<Header<'_>> {
    // A large file's headers are nearly all these three lines, each read
    // below exactly as they are here: 1.8 million of them at 100,000 units.
    const USUAL: [(&[u8], bool); 3] = [
        (b"[[locality.record]]\n", true),
        (b"[[locality]]\n", false),
        (b"[[locality.population]]\n", true),
    ];
    let line = b.get(at..).unwrap_or_default();
    if let Some((text, dotted)) = USUAL.iter().find(|(text, _)| line.starts_with(text)) {
        return Some(Header {
            root: "locality",
            dotted: *dotted,
            array: true,
            next: at + text.len(),
        });
    }
    let array = b.get(at + 1) == Some(&b'[');
    let open = if array { 2 } else { 1 };
    let start = at + open;
    let end = (start..b.len()).find(|&k| matches!(b.get(k), Some(b']' | b'\n')))?;
    if b.get(end) != Some(&b']') || (array && b.get(end + 1) != Some(&b']')) {
        return None;
    }
    let inner = b.get(start..end)?;
    let is_key = |part: &[u8]| !part.is_empty() && part.iter().copied().all(is_bare);
    let mut parts = inner.split(|&c| c == b'.').map(trim_blank);
    let root = parts.next().filter(|p| is_key(p))?;
    let mut dotted = false;
    for part in parts {
        dotted = true;
        if !is_key(part) {
            return None;
        }
    }
    // Bare keys are ASCII.
    let root = std::str::from_utf8(root).ok()?;
    let after = skip_blank(b, end + open);
    match b.get(after).copied() {
        None => Some(Header {
            root,
            dotted,
            array,
            next: b.len(),
        }),
        Some(b'#' | b'\n' | b'\r') => {
            let eol = line_end(b, after);
            let rest = b.get(after..eol)?;
            // A bare `\r` not before the line end is not a line end in TOML.
            if rest.first() == Some(&b'\r') && rest.len() > 1 {
                return None;
            }
            Some(Header {
                root,
                dotted,
                array,
                next: (eol + 1).min(b.len()),
            })
        }
        Some(_) => None,
    }
}

/// Past the string opening at `at` with quote `q`: basic or literal, one
/// line or `"""`/`'''` multi-line; `None` when it never closes.
fn string(b: &[u8], at: usize, q: u8) -> Option<usize> {
    let run = run_of(b, at, q);
    if run == 2 {
        return Some(at + 2);
    }
    let multi = run >= 3;
    let mut i = at + if multi { 3 } else { 1 };
    loop {
        let c = b.get(i).copied()?;
        if c == b'\\' && q == b'"' {
            i += 2;
        } else if c == q {
            if !multi {
                return Some(i + 1);
            }
            let n = run_of(b, i, q);
            if n >= 3 {
                // Up to two quotes before the closing three belong to the
                // text; more is a mistake the parser will name.
                return (n <= 5).then_some(i + n);
            }
            i += n;
        } else if c == b'\n' && !multi {
            return None;
        } else {
            i = b
                .get(i + 1..)
                .and_then(|rest| memchr::memchr3(q, b'\\', b'\n', rest))
                .map_or(b.len(), |k| i + 1 + k);
        }
    }
}

/// The first byte from `i` on that `stop` picks, or the end: one pass of
/// a file is on the load's one serial path, so plain runs are skipped in a
/// tight loop.
fn skip_to(b: &[u8], i: usize, stop: impl Fn(u8) -> bool) -> usize {
    b.get(i..)
        .and_then(|rest| rest.iter().position(|&c| stop(c)))
        .map_or(b.len(), |k| i + k)
}

fn run_of(b: &[u8], at: usize, q: u8) -> usize {
    (at..b.len())
        .find(|&k| b.get(k) != Some(&q))
        .unwrap_or(b.len())
        - at
}
