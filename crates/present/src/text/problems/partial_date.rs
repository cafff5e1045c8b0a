//! A date typed as its year or its year and month alone: the day the
//! schema writes for it, keeping the year and month typed. A figure's
//! period is dated its last day only "if" it is the whole period's, as
//! the sentence says: the source may give a day inside it.

use tiendo_model::problem::{DateMeaning, Partial};

use super::Lang;

pub(super) fn partial_date(
    lang: Lang,
    key: &str,
    period: Partial,
    meaning: &DateMeaning,
) -> String {
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
    let y = period.year();
    match (meaning, period) {
        (DateMeaning::PeriodEnd, Partial::Year(_)) => {
            let fix = day(period.last_day()).unwrap_or_default();
            say!(
                lang,
                "write {key} = {fix} if it means the end of {y}: `{key}` is a day (year-month-day), and a whole year is dated its last day",
                "viết {key} = {fix} nếu ý là hết năm {y}: `{key}` là một ngày (năm-tháng-ngày), và cả năm được ghi bằng ngày cuối năm"
            )
        }
        (DateMeaning::PeriodEnd, Partial::Month(_, m)) => {
            let fix = day(period.last_day()).unwrap_or_default();
            say!(
                lang,
                "write {key} = {fix} if it means the end of {m}/{y}: `{key}` is a day (year-month-day), and a whole month is dated its last day",
                "viết {key} = {fix} nếu ý là hết tháng {m}/{y}: `{key}` là một ngày (năm-tháng-ngày), và cả tháng được ghi bằng ngày cuối tháng"
            )
        }
        (DateMeaning::Precision { key: precision }, Partial::Year(_)) => {
            let fix = day(period.first_day()).unwrap_or_default();
            say!(
                lang,
                "write {key} = {fix} and {precision} = \"year\" when the source gives only the year {y}: `{key}` is a day (year-month-day)",
                "viết {key} = {fix} và {precision} = \"year\" khi nguồn chỉ ghi năm {y}: `{key}` là một ngày (năm-tháng-ngày)"
            )
        }
        (DateMeaning::Precision { key: precision }, Partial::Month(_, m)) => {
            let fix = day(period.first_day()).unwrap_or_default();
            say!(
                lang,
                "write {key} = {fix} and {precision} = \"month\" when the source gives only the month {m}/{y}: `{key}` is a day (year-month-day)",
                "viết {key} = {fix} và {precision} = \"month\" khi nguồn chỉ ghi tháng {m}/{y}: `{key}` là một ngày (năm-tháng-ngày)"
            )
        }
        (DateMeaning::Exact, Partial::Year(_)) => say!(
            lang,
            "`{key}` is a day (year-month-day): write the day of {y} the source gives, as {y}-MM-DD",
            "`{key}` là một ngày (năm-tháng-ngày): hãy ghi ngày trong năm {y} mà nguồn cho biết, dạng {y}-MM-DD"
        ),
        (DateMeaning::Exact, Partial::Month(_, m)) => say!(
            lang,
            "`{key}` is a day (year-month-day): write the day of {m}/{y} the source gives, as {y}-{m:02}-DD",
            "`{key}` là một ngày (năm-tháng-ngày): hãy ghi ngày trong tháng {m}/{y} mà nguồn cho biết, dạng {y}-{m:02}-DD"
        ),
    }
}
