//! The parse floor: schema 1 as plain serde structs, which `toml` fills in
//! with no checks, no roll-ups and no located errors. Shared by the benches.

#![allow(dead_code)]

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Deserialize)]
pub struct Raw {
    pub schema: i64,
    pub meta: Option<RawMeta>,
    #[serde(default)]
    pub directive: Vec<BTreeMap<String, toml::Value>>,
    #[serde(default)]
    pub milestone: Vec<BTreeMap<String, toml::Value>>,
    #[serde(default)]
    pub target: Vec<BTreeMap<String, toml::Value>>,
    #[serde(default)]
    pub locality: Vec<RawLocality>,
}

#[derive(Deserialize)]
pub struct RawMeta {
    pub title: String,
    pub as_of: toml::value::Datetime,
    pub indicator: Option<String>,
    pub note: Option<String>,
}

#[derive(Deserialize)]
pub struct RawLocality {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub parent: Option<String>,
    pub merged_into: Option<String>,
    pub merged_on: Option<toml::value::Datetime>,
    pub abolished_on: Option<toml::value::Datetime>,
    pub note: Option<String>,
    #[serde(default)]
    pub record: Vec<RawRecord>,
    #[serde(default)]
    pub population: Vec<RawPopulation>,
}

#[derive(Deserialize)]
pub struct RawRecord {
    pub date: toml::value::Datetime,
    pub coverage: Option<f64>,
    pub participants: Option<u64>,
    pub population: Option<u64>,
    pub plan_percent: Option<f64>,
    pub note: Option<String>,
    pub source: String,
}

#[derive(Deserialize)]
pub struct RawPopulation {
    pub date: toml::value::Datetime,
    pub count: u64,
    pub note: Option<String>,
    pub source: String,
}
