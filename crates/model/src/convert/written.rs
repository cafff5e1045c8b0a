//! A value as one of the two readers hands it over: a node of the TOML
//! parser's tree, or a value the direct reader (`load::direct`) read
//! itself. The tables' fields are set from either by one dispatch, so the
//! two readers cannot drift apart on what a key means or how it is checked.

use std::convert::Infallible;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::DeValue;

use crate::fields::Reader;
use crate::schema::Located;
use crate::shared::Shared;

/// What a key's value is read as. `Unread`: why a reader leaves the value
/// to another (the direct reader, to the TOML parser); the tree's values
/// are always read.
pub trait Written {
    type Unread;

    fn text(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<String>, Self::Unread>;
    /// `text`, kept once for every value written the same.
    fn shared_text(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<Shared>, Self::Unread>;
    fn date(
        &self,
        r: &mut Reader<'_>,
        key: &str,
        table: &str,
    ) -> Result<Option<NaiveDate>, Self::Unread>;
    fn percent(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<f64>, Self::Unread>;
    fn plan_share(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<f64>, Self::Unread>;
    fn count(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<u64>, Self::Unread>;
    fn plan(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<u64>, Self::Unread>;
    fn boolean(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<bool>, Self::Unread>;
    fn own_id(&self, r: &mut Reader<'_>) -> Result<Option<Located<String>>, Self::Unread>;
    fn reference(
        &self,
        r: &mut Reader<'_>,
        key: &str,
    ) -> Result<Option<Located<String>>, Self::Unread>;
    fn choice<T: Copy>(
        &self,
        r: &mut Reader<'_>,
        key: &str,
        choices: &[(&str, T)],
    ) -> Result<Option<T>, Self::Unread>;
}

impl Written for Spanned<DeValue<'_>> {
    type Unread = Infallible;

    fn text(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<String>, Infallible> {
        Ok(r.text(self, key))
    }
    fn shared_text(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<Shared>, Infallible> {
        Ok(r.shared_text(self, key))
    }
    fn date(
        &self,
        r: &mut Reader<'_>,
        key: &str,
        table: &str,
    ) -> Result<Option<NaiveDate>, Infallible> {
        Ok(r.date(self, key, table))
    }
    fn percent(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<f64>, Infallible> {
        Ok(r.percent(self, key))
    }
    fn plan_share(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<f64>, Infallible> {
        Ok(r.plan_share(self, key))
    }
    fn count(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<u64>, Infallible> {
        Ok(r.count(self, key))
    }
    fn plan(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<u64>, Infallible> {
        Ok(r.plan(self, key))
    }
    fn boolean(&self, r: &mut Reader<'_>, key: &str) -> Result<Option<bool>, Infallible> {
        Ok(r.boolean(self, key))
    }
    fn own_id(&self, r: &mut Reader<'_>) -> Result<Option<Located<String>>, Infallible> {
        Ok(r.own_id(self))
    }
    fn reference(
        &self,
        r: &mut Reader<'_>,
        key: &str,
    ) -> Result<Option<Located<String>>, Infallible> {
        Ok(r.reference(self, key))
    }
    fn choice<T: Copy>(
        &self,
        r: &mut Reader<'_>,
        key: &str,
        choices: &[(&str, T)],
    ) -> Result<Option<T>, Infallible> {
        Ok(r.choice(self, key, choices))
    }
}

/// The tree's values are always read.
pub(super) fn read<T>(result: Result<T, Infallible>) -> T {
    match result {
        Ok(value) => value,
        Err(never) => match never {},
    }
}
