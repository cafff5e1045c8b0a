//! A value the direct reader read, handed to the converter's fields as
//! the TOML parser's tree would hand it: text, booleans and days as the
//! very same tree values, numbers as their digits (`fields::Digits`), so
//! each is checked by the converter's own rule.

use std::borrow::Cow;
use std::ops::Range;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::DeValue;
use toml::value::{Date, Datetime};

use crate::convert::Written;
use crate::fields::{Digits, Reader};
use crate::schema::Located;
use crate::shared::Shared;

#[derive(Clone, Debug)]
pub(super) enum Scalar<'t> {
    /// A string on one line, its escapes (if any) undone.
    Text(Cow<'t, str>),
    /// Decimal digits, without sign.
    Integer(&'t str),
    /// Digits, a point and digits.
    Float(&'t str),
    Boolean(bool),
    /// A local date, without time.
    Day(Date),
}

#[derive(Clone, Debug)]
pub(super) struct Value<'t> {
    /// Where the value is written in the piece, as the parser spans it.
    pub span: Range<usize>,
    pub scalar: Scalar<'t>,
}

/// A value the direct reader leaves to the TOML parser (a float where a
/// count is due: its problems are worded from the parser's value).
#[derive(Debug)]
pub(super) struct Unread;

impl Value<'_> {
    /// The value as the parser's tree holds it; a number is not built
    /// here (the tree's numbers cannot be), but read by its digits.
    fn tree(&self) -> Result<Spanned<DeValue<'_>>, Unread> {
        let value = match &self.scalar {
            Scalar::Text(s) => DeValue::String(Cow::Borrowed(s.as_ref())),
            Scalar::Boolean(b) => DeValue::Boolean(*b),
            Scalar::Day(date) => DeValue::Datetime(Datetime {
                date: Some(*date),
                time: None,
                offset: None,
            }),
            Scalar::Integer(_) | Scalar::Float(_) => return Err(Unread),
        };
        Ok(Spanned::new(self.span.clone(), value))
    }

    fn digits(&self) -> Option<Digits<'_>> {
        match self.scalar {
            Scalar::Integer(s) => Some(Digits::Integer(s, 10)),
            Scalar::Float(s) => Some(Digits::Float(s)),
            _ => None,
        }
    }
}

impl Written for Value<'_> {
    type Unread = Unread;

    fn text(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<String>, Unread> {
        Ok(r.text(&self.tree()?, key))
    }
    fn shared_text(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<Shared>, Unread> {
        Ok(r.shared_text(&self.tree()?, key))
    }
    fn date(
        &self,
        r: &mut Reader<'_>,
        key: &str,
        table: &str,
    ) -> Result<Option<NaiveDate>, Unread> {
        Ok(r.date(&self.tree()?, key, table))
    }
    fn percent(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<f64>, Unread> {
        Ok(match self.digits() {
            Some(d) => r.percent_of(d, self.span.clone(), key),
            None => r.percent(&self.tree()?, key),
        })
    }
    fn plan_share(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<f64>, Unread> {
        Ok(match self.digits() {
            Some(d) => r.plan_share_of(d, self.span.clone(), key),
            None => r.plan_share(&self.tree()?, key),
        })
    }
    fn count(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<u64>, Unread> {
        Ok(match self.scalar {
            Scalar::Integer(s) => r.count_of(s, 10, self.span.clone(), key),
            _ => r.count(&self.tree()?, key),
        })
    }
    fn plan(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<u64>, Unread> {
        Ok(match self.scalar {
            Scalar::Integer(s) => r.plan_of(s, 10, self.span.clone(), key),
            _ => r.plan(&self.tree()?, key),
        })
    }
    fn boolean(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<bool>, Unread> {
        Ok(r.boolean(&self.tree()?, key))
    }
    fn own_id(&self, r: &mut Reader<'_>) -> Result<Option<Located<String>>, Unread> {
        Ok(r.own_id(&self.tree()?))
    }
    fn reference(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<Located<String>>, Unread> {
        Ok(r.reference(&self.tree()?, key))
    }
    fn choice<T: Copy>(
        &self,
        r: &mut Reader<'_>,
        key: &str,
        choices: &[(&str, T)],
    ) -> Result<Option<T>, Unread> {
        Ok(r.choice(&self.tree()?, key, choices))
    }
}
