//! A locality's records: figures that agree, none dated or
//! published in the future nor published before their date, and the latest
//! not stale.

use chrono::NaiveDate;

use super::Sink;
use crate::progress;

pub(super) fn check_records(
    sink: &mut Sink<'_>,
    l: &crate::schema::Locality,
    as_of: NaiveDate,
    today: Option<NaiveDate>,
) {
    let id = &l.id.value;
    let lang = sink.lang();
    // Two records for one date are told where the files are merged (see
    // `load::replace`).
    for r in &l.records {
        if let (Some(p), Some(n)) = (r.participants, r.population)
            && p > n
        {
            sink.error(
                r.at,
                say!(
                    lang,
                    "participants ({p}) exceed population ({n}) in this record of `{id}`: check both figures",
                    "số người tham gia ({p}) vượt quá dân số ({n}) trong bản ghi này của `{id}`: hãy kiểm tra cả hai số liệu"
                ),
            );
        }
        if let (Some(c), Some(ratio)) = (r.coverage, r.ratio())
            && crate::agreement::disagrees(c, ratio)
        {
            sink.warn(
                r.at,
                {
                    let date = r.date;
                    say!(
                        lang,
                        "coverage = {c} but participants / population = {ratio:.2} for `{id}` on {date}: the source may use another population base",
                        "coverage = {c} nhưng participants / population = {ratio:.2} đối với `{id}` ngày {date}: nguồn có thể dùng một mốc dân số khác"
                    )
                },
            );
        }
        if let Some((stated, counted)) = crate::plan::disagreement(r) {
            let date = r.date;
            sink.warn(
                r.at,
                say!(
                    lang,
                    "plan_percent = {stated} but participants / plan = {counted:.2} for `{id}` on {date}: check both figures; the stated share is the one shown",
                    "plan_percent = {stated} nhưng participants / plan = {counted:.2} đối với `{id}` ngày {date}: hãy kiểm tra cả hai số liệu; tỷ lệ ghi sẵn là tỷ lệ được hiển thị"
                ),
            );
        }
    }
    for r in &l.records {
        check_published(sink, id, r, today);
    }
    let day = today.unwrap_or(as_of);
    let dated = l
        .records
        .iter()
        .map(|r| (r.date, r.at))
        .chain(l.population.iter().map(|p| (p.date, p.at)));
    for (date, at) in dated {
        if let Some(today) = today
            && date > today
        {
            sink.error(
                at,
                say!(
                    lang,
                    "`{id}` has a figure dated {date}, after today ({today}): a figure cannot come from the future; check the year",
                    "`{id}` có số liệu ngày {date}, sau ngày hôm nay ({today}): số liệu không thể đến từ tương lai; hãy kiểm tra lại năm"
                ),
            );
        } else if date > as_of {
            sink.warn(
                at,
                say!(
                    lang,
                    "`{id}` has a figure dated {date}, after the dataset's as_of ({as_of}): raise `as_of` in [meta] if the data is current to that day",
                    "`{id}` có số liệu ngày {date}, sau ngày `as_of` của bộ dữ liệu ({as_of}): hãy đặt `as_of` trong [meta] muộn hơn nếu dữ liệu đã cập nhật đến ngày đó"
                ),
            );
        }
    }
    let reference = progress::judging_day(day, l.ceased_on());
    let latest = l
        .records
        .iter()
        .filter(|r| r.date <= reference && r.coverage_or_ratio().is_some())
        .max_by_key(|r| r.date);
    if let Some(latest) = latest
        && progress::is_stale(latest.date, reference)
    {
        sink.warn(
            latest.at,
            {
                let (date, months) = (latest.date, progress::STALE_MONTHS);
                say!(
                    lang,
                    "the latest figure of `{id}` is of {date}, more than {months} months before {reference}: it is stale",
                    "số liệu mới nhất của `{id}` là ngày {date}, cũ hơn {months} tháng so với {reference}: số liệu đã cũ"
                )
            },
        );
    }
}

/// A figure is made public on or after the day it refers to, and never
/// after today: either mistake would move it in or out of every as-of view.
fn check_published(
    sink: &mut Sink<'_>,
    id: &str,
    r: &crate::schema::Record,
    today: Option<NaiveDate>,
) {
    let lang = sink.lang();
    let (Some(published), date) = (r.published, r.date) else {
        return;
    };
    if published < date {
        sink.error(
            r.at,
            say!(
                lang,
                "`{id}` has a figure of {date} published on {published}, before the day it refers to: write the day the source made it public (on or after {date}), or leave `published` out",
                "`{id}` có số liệu ngày {date} công bố ngày {published}, trước cả ngày số liệu: hãy ghi ngày nguồn công bố số liệu (từ ngày {date} trở đi), hoặc bỏ `published`"
            ),
        );
    } else if let Some(today) = today
        && published > today
    {
        sink.error(
            r.at,
            say!(
                lang,
                "`{id}` has a figure of {date} published on {published}, after today ({today}): a figure cannot be made public in the future; check the year",
                "`{id}` có số liệu ngày {date} công bố ngày {published}, sau ngày hôm nay ({today}): số liệu không thể được công bố trong tương lai; hãy kiểm tra lại năm"
            ),
        );
    }
}
