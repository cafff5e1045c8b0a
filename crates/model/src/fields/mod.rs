//! Reading single TOML values into typed fields, with a plain-language fix for
//! every mistake an official is likely to make by hand.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diagnostic::{Loc, RawDiagnostic, Severity};
mod figures;
pub use figures::Digits;

use super::hints::{describe, is_forbidden, nfc, nfc_cow, shown_as_text, slug, text_limit};
use super::schema::Located;
use super::similar::closest;
use crate::problem::{Field, Problem};

/// Collects the problems of one file while its tables are converted.
pub struct Reader<'d> {
    pub file: u32,
    /// Where `source` starts in the file: a large file is read in pieces,
    /// each with spans of its own, and every place told is the file's.
    pub base: usize,
    /// The text being read (the file, or a piece of it), to place a fault
    /// inside a string by what was typed.
    pub source: &'d str,
    pub diagnostics: &'d mut Vec<RawDiagnostic>,
    /// Ids written but refused, on a table or in a reference: see
    /// `Dataset::refused_ids`.
    pub refused_ids: Vec<String>,
    /// Sources and notes written alike on many records, kept once.
    pub texts: crate::shared::Interner,
}

/// A field of a table being read: whether the key was written at all, and the
/// value if it was valid (an invalid value has been reported already).
pub struct Slot<T> {
    seen: bool,
    value: Option<T>,
}

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Self {
            seen: false,
            value: None,
        }
    }
}

impl<T> Slot<T> {
    pub fn set(&mut self, value: Option<T>) {
        self.seen = true;
        self.value = value;
    }

    /// The value, when the key was optional.
    pub fn get(self) -> Option<T> {
        self.value
    }

    /// The value, if the key was written and accepted, without taking it.
    pub fn value(&self) -> Option<&T> {
        self.value.as_ref()
    }

    /// Whether the key was written, valid or not.
    pub fn seen_any(&self) -> bool {
        self.seen
    }
}

impl Reader<'_> {
    /// `offset` is in `source`; the place is in the file.
    pub fn loc(&self, offset: usize) -> Loc {
        Loc::new(self.file, self.base.saturating_add(offset))
    }

    pub fn error(&mut self, span: Range<usize>, problem: impl Into<Problem>) {
        self.diagnostics.push(RawDiagnostic {
            at: self.loc(span.start),
            severity: Severity::Error,
            problem: problem.into(),
        });
    }

    /// A required field: reports its absence at the table it belongs to.
    pub fn need<T>(
        &mut self,
        slot: Slot<T>,
        key: &str,
        table: &str,
        at: &Range<usize>,
    ) -> Option<T> {
        if !slot.seen {
            let problem = Field::Missing {
                table: table.to_string(),
                key: key.to_string(),
            };
            self.error(at.clone(), problem);
        }
        slot.value
    }

    /// A key `table` does not know (`None`: the top level of the file).
    pub fn unknown_key(
        &mut self,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        table: Option<&str>,
        known: &[&str],
    ) {
        let name = key.get_ref().as_ref();
        let problem = Field::UnknownKey {
            name: name.to_string(),
            table: table.map(str::to_string),
            guess: closest(name, known).map(str::to_string),
            known: known.iter().map(|k| k.to_string()).collect(),
        };
        self.error(key.span(), problem);
    }

    pub fn table<'v, 'i>(
        &mut self,
        value: &'v Spanned<DeValue<'i>>,
        what: &str,
    ) -> Option<&'v DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(t) => Some(t),
            other => {
                let problem = Field::NotATable {
                    what: what.to_string(),
                    found: describe(other),
                };
                self.error(value.span(), problem);
                None
            }
        }
    }

    /// An array of tables such as `[[locality]]`; a single `[locality]` table
    /// is the likely slip, and gets its own fix.
    pub fn tables<'v, 'i>(
        &mut self,
        value: &'v Spanned<DeValue<'i>>,
        name: &str,
    ) -> Vec<&'v Spanned<DeValue<'i>>> {
        match value.get_ref() {
            DeValue::Array(items) => items.iter().collect(),
            DeValue::Table(_) => {
                let name = name.to_string();
                self.error(value.span(), Field::SingleBrackets { name });
                Vec::new()
            }
            other => {
                let problem = Field::NotAList {
                    name: name.to_string(),
                    found: describe(other),
                };
                self.error(value.span(), problem);
                Vec::new()
            }
        }
    }

    /// Text: normalised to NFC; control, bidirectional-override and
    /// zero-width characters are refused so they never reach a terminal.
    pub fn text(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<String> {
        self.checked_text(value, key).map(nfc)
    }

    /// `text`, kept once for all the values written the same (a source
    /// named on every record): no text of its own is made for each.
    pub fn shared_text(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        key: &str,
    ) -> Option<crate::shared::Shared> {
        let s = self.checked_text(value, key)?;
        Some(self.texts.get(&nfc_cow(s)))
    }

    /// A text value that passes every check of `text`, as written.
    fn checked_text<'v>(&mut self, value: &'v Spanned<DeValue<'_>>, key: &str) -> Option<&'v str> {
        let DeValue::String(s) = value.get_ref() else {
            let problem = Field::TextNotQuoted {
                key: key.to_string(),
                shown: shown_as_text(value.get_ref()),
            };
            self.error(value.span(), problem);
            return None;
        };
        if let Some((i, c)) = s.char_indices().find(|&(_, c)| is_forbidden(c)) {
            let at = self.typed_position(value.span(), s, i, c);
            let key = key.to_string();
            self.error(at..at + 1, Field::Forbidden { key, c });
            return None;
        }
        if s.trim().is_empty() {
            let key = key.to_string();
            self.error(value.span(), Field::Empty { key });
            return None;
        }
        let limit = text_limit(key);
        if s.len() > limit && s.chars().count() > limit {
            let key = key.to_string();
            self.error(value.span(), Field::TooLong { key, limit });
            return None;
        }
        Some(s)
    }

    /// Where the `i`-th byte of a decoded string was typed: the string may
    /// hold escapes (`\u001B`), so count in the source, not the value.
    fn typed_position(&self, span: Range<usize>, decoded: &str, i: usize, c: char) -> usize {
        let raw = self.source.get(span.clone()).unwrap_or("");
        let literal = raw.find(c);
        let code = u32::from(c);
        let escapes = [
            format!("\\u{code:04X}"),
            format!("\\u{code:04x}"),
            format!("\\U{code:08X}"),
            format!("\\U{code:08x}"),
        ];
        let short = match c {
            '\u{1b}' => Some("\\e"),
            '\t' => Some("\\t"),
            '\n' => Some("\\n"),
            '\r' => Some("\\r"),
            '\u{8}' => Some("\\b"),
            '\u{c}' => Some("\\f"),
            _ => None,
        };
        let escaped = escapes
            .iter()
            .map(String::as_str)
            .chain(short)
            .filter_map(|e| raw.find(e))
            .min();
        match literal.or(escaped) {
            Some(k) => span.start + k,
            // Cannot happen for text that parsed, but a place near it will do.
            None => span.start + 1 + i.min(decoded.len()),
        }
    }

    pub fn located_text(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        key: &str,
    ) -> Option<Located<String>> {
        let at = self.loc(value.span().start);
        self.text(value, key).map(|value| Located { value, at })
    }

    /// An id: letters, digits and `-`, as references must match it exactly.
    pub fn id(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<Located<String>> {
        let id = self.located_text(value, key)?;
        if id
            .value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            Some(id)
        } else {
            let problem = Field::BadId {
                key: key.to_string(),
                fix: slug(&id.value),
            };
            self.error(value.span(), problem);
            None
        }
    }

    /// The id of a table: refused ones are noted, so that references to
    /// them bring no second problem.
    pub fn own_id(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Located<String>> {
        let id = self.id(value, "id");
        if id.is_none()
            && let DeValue::String(s) = value.get_ref()
        {
            self.refused_ids.push(s.to_string());
        }
        id
    }

    /// A reference to another table's id. A refused one has been reported;
    /// it is kept as written (the load fails all the same) and noted, so
    /// that it is neither "missing" nor "unknown" as well.
    pub fn reference(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        key: &str,
    ) -> Option<Located<String>> {
        let id = self.id(value, key);
        if id.is_some() {
            return id;
        }
        let DeValue::String(s) = value.get_ref() else {
            return None;
        };
        self.refused_ids.push(s.to_string());
        Some(Located {
            value: s.to_string(),
            at: self.loc(value.span().start),
        })
    }

    /// One word out of a fixed list, such as a locality's `kind`.
    pub fn choice<T: Copy>(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        key: &str,
        choices: &[(&str, T)],
    ) -> Option<T> {
        let text = nfc_cow(self.checked_text(value, key)?);
        if let Some((_, v)) = choices.iter().find(|(w, _)| *w == text) {
            return Some(*v);
        }
        let text = text.into_owned();
        let words: Vec<&str> = choices.iter().map(|(w, _)| *w).collect();
        let problem = Field::UnknownChoice {
            key: key.to_string(),
            guess: closest(&text, &words).map(str::to_string),
            text,
            words: words.iter().map(|w| w.to_string()).collect(),
        };
        self.error(value.span(), problem);
        None
    }
}
