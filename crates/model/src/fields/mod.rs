//! Reading single TOML values into typed fields, with a plain-language fix for
//! every mistake an official is likely to make by hand.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diagnostic::{Loc, RawDiagnostic, Severity};
mod figures;

use super::hints::{
    describe, forbidden_in, is_forbidden, list, nfc, shown_as_text, slug, text_limit,
};
use super::schema::Located;
use super::similar::closest;
use crate::lang::Lang;

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
    /// The language problems are said in.
    pub lang: Lang,
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

    pub fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.diagnostics.push(RawDiagnostic {
            at: self.loc(span.start),
            severity: Severity::Error,
            message: message.into(),
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
            let message = say!(
                self.lang,
                "{table} lacks `{key}`: add a line `{key} = …`",
                "{table} thiếu khóa `{key}`: thêm một dòng `{key} = …`"
            );
            self.error(at.clone(), message);
        }
        slot.value
    }

    pub fn unknown_key(
        &mut self,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        table: &str,
        known: &[&str],
    ) {
        let name = key.get_ref().as_ref();
        let lang = self.lang;
        let hint = match closest(name, known) {
            Some(guess) => say!(
                lang,
                "did you mean `{guess}`?",
                "có phải ý bạn là `{guess}`?"
            ),
            None => {
                let keys = list(known);
                say!(
                    lang,
                    "the keys it knows are {keys}",
                    "các khóa được dùng ở đây là {keys}"
                )
            }
        };
        let table = match (lang, table) {
            (Lang::Vi, "the top level") => "cấp ngoài cùng của tệp",
            _ => table,
        };
        let message = say!(
            lang,
            "unknown key `{name}` in {table}: {hint}",
            "khóa không xác định `{name}` trong {table}: {hint}"
        );
        self.error(key.span(), message);
    }

    pub fn table<'v, 'i>(
        &mut self,
        value: &'v Spanned<DeValue<'i>>,
        what: &str,
    ) -> Option<&'v DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(t) => Some(t),
            other => {
                let other = describe(self.lang, other);
                let message = say!(
                    self.lang,
                    "{what} must be a table, not {other}",
                    "{what} phải là một bảng, không phải {other}"
                );
                self.error(value.span(), message);
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
                let message = say!(
                    self.lang,
                    "write [[{name}]] with two brackets: a dataset may hold many of them",
                    "viết [[{name}]] với hai cặp ngoặc vuông: một bộ dữ liệu có thể có nhiều bảng này"
                );
                self.error(value.span(), message);
                Vec::new()
            }
            other => {
                let other = describe(self.lang, other);
                let message = say!(
                    self.lang,
                    "`{name}` must be a list of [[{name}]] tables, not {other}",
                    "`{name}` phải là danh sách các bảng [[{name}]], không phải {other}"
                );
                self.error(value.span(), message);
                Vec::new()
            }
        }
    }

    /// Text: normalised to NFC; control, bidirectional-override and
    /// zero-width characters are refused so they never reach a terminal.
    pub fn text(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> Option<String> {
        let DeValue::String(s) = value.get_ref() else {
            let shown = shown_as_text(value.get_ref());
            let message = say!(
                self.lang,
                "write {key} = \"{shown}\": `{key}` is text, in quotes",
                "viết {key} = \"{shown}\": `{key}` là văn bản, đặt trong dấu ngoặc kép"
            );
            self.error(value.span(), message);
            return None;
        };
        if let Some((i, c)) = s.char_indices().find(|&(_, c)| is_forbidden(c)) {
            let at = self.typed_position(value.span(), s, i, c);
            self.error(at..at + 1, forbidden_in(self.lang, key, c));
            return None;
        }
        if s.trim().is_empty() {
            let message = say!(
                self.lang,
                "`{key}` is empty: write the text or remove the line",
                "`{key}` đang trống: hãy điền nội dung hoặc xóa dòng này"
            );
            self.error(value.span(), message);
            return None;
        }
        let limit = text_limit(key);
        if s.len() > limit && s.chars().count() > limit {
            let message = say!(
                self.lang,
                "`{key}` is longer than {limit} characters: shorten it",
                "`{key}` dài quá {limit} ký tự: hãy rút gọn"
            );
            self.error(value.span(), message);
            return None;
        }
        Some(nfc(s))
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
            let fix = slug(&id.value);
            let message = say!(
                self.lang,
                "write {key} = \"{fix}\": an id holds only letters without diacritics, digits and `-`",
                "viết {key} = \"{fix}\": mã định danh chỉ gồm chữ cái không dấu, chữ số và `-`"
            );
            self.error(value.span(), message);
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
        let words: Vec<&str> = choices.iter().map(|(w, _)| *w).collect();
        let text = self.text(value, key)?;
        if let Some((_, v)) = choices.iter().find(|(w, _)| *w == text) {
            return Some(*v);
        }
        let lang = self.lang;
        let hint = closest(&text, &words).map_or(String::new(), |g| {
            say!(lang, "did you mean \"{g}\"? ", "có phải ý bạn là \"{g}\"? ")
        });
        let words = list(&words);
        let message = say!(
            lang,
            "`{key}` = \"{text}\" is not known: {hint}write one of {words}",
            "`{key}` = \"{text}\" không phải giá trị hợp lệ: {hint}hãy viết một trong các giá trị {words}"
        );
        self.error(value.span(), message);
        None
    }
}
