//! The milestones in the json snapshot: each with its date as precise as
//! the data knows it, its document and issuer, and its province.

use serde::Serialize;

use crate::model::Model;
use crate::model::schema::Precision;
use crate::present;

#[derive(Serialize)]
pub(super) struct MilestoneFacts<'a> {
    /// As precise as the data knows it: `2011`, `2011-05`, `2011-05-12`.
    date: String,
    date_precision: &'static str,
    kind: String,
    label: Option<&'a str>,
    title: &'a str,
    title_en: Option<&'a str>,
    directive: Option<&'a str>,
    /// Who issued the document.
    issuer: Option<&'a str>,
    locality: Option<&'a str>,
    /// The name of the province it belongs to.
    locality_name: Option<&'a str>,
    summary: Option<&'a str>,
    source: &'a str,
}

pub(super) fn precision_code(p: Precision) -> &'static str {
    match p {
        Precision::Day => "day",
        Precision::Month => "month",
        Precision::Year => "year",
    }
}

pub(super) fn milestones(m: &Model) -> Vec<MilestoneFacts<'_>> {
    m.milestones
        .iter()
        .map(|x| {
            let document = x.directive.as_ref().and_then(|d| m.directive(&d.value));
            MilestoneFacts {
                date: crate::text::iso_date(x.date, x.date_precision),
                date_precision: precision_code(x.date_precision),
                kind: present::timeline::kind_code(x.kind),
                label: x.label.as_deref(),
                title: &x.title,
                title_en: x.title_en.as_deref(),
                directive: document.map(|d| d.code.as_str()),
                issuer: document.map(|d| d.issuer.as_str()),
                locality: x.locality.as_ref().map(|l| l.value.as_str()),
                locality_name: x
                    .locality
                    .as_ref()
                    .and_then(|l| m.index_of(&l.value))
                    .and_then(|i| m.locality(i))
                    .map(|l| l.name.as_str()),
                summary: x.summary.as_deref(),
                source: &x.source,
            }
        })
        .collect()
}
