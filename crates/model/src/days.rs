//! Dates in the warm-start cache as a day number: chrono's own serde form
//! is text, and formatting then parsing 1.7 million dates would cost more
//! than the rest of a record.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    date.num_days_from_ce().serialize(s)
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let days = i32::deserialize(d)?;
    NaiveDate::from_num_days_from_ce_opt(days)
        .ok_or_else(|| serde::de::Error::custom("a day out of range"))
}

/// The same for an optional date.
pub mod option {
    use super::*;

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        date.map(|d| d.num_days_from_ce()).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<i32>::deserialize(d)? {
            None => Ok(None),
            Some(days) => NaiveDate::from_num_days_from_ce_opt(days)
                .map(Some)
                .ok_or_else(|| serde::de::Error::custom("a day out of range")),
        }
    }
}
