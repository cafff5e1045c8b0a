//! Problems of a value that should be a date, a number, a count of people
//! or a yes or no, each with the value to write instead.

use tiendo_model::problem::Value;

use super::{Lang, found};

pub(super) fn value(lang: Lang, p: &Value) -> String {
    match p {
        Value::DateWithTime {
            key,
            fix: Some(fix),
        } => say!(
            lang,
            "write {key} = {fix}: `{key}` is a date without a time or time zone",
            "viết {key} = {fix}: `{key}` là một ngày, không kèm giờ hay múi giờ"
        ),
        // No day was written: none is made up for it.
        Value::DateWithTime { key, fix: None } => say!(
            lang,
            "`{key}` is a date without a time or time zone: write the day the source gives ({key} = YYYY-MM-DD)",
            "`{key}` là một ngày, không kèm giờ hay múi giờ: hãy ghi ngày mà nguồn cho biết ({key} = YYYY-MM-DD)"
        ),
        Value::NotADay { date: d } => say!(
            lang,
            "{d} is not a day of the calendar",
            "{d} không phải là một ngày có thật trên lịch"
        ),
        Value::PartialDate {
            key,
            period,
            meaning,
        } => super::partial_date::partial_date(lang, key, *period, meaning),
        Value::DateInQuotes {
            key,
            fix: Some(fix),
        } => super::fields::date_in_quotes(lang, key, fix),
        // What was typed is no day: the form to write, never an example
        // day, which copied would be a date the source never gave.
        Value::DateInQuotes { key, fix: None } => say!(
            lang,
            "`{key}` is a date: write the day the source gives as year-month-day, without quotes ({key} = YYYY-MM-DD)",
            "`{key}` là một ngày: hãy ghi ngày mà nguồn cho biết theo thứ tự năm-tháng-ngày, không có dấu ngoặc kép ({key} = YYYY-MM-DD)"
        ),
        Value::NotADate { key, found: other } => {
            let other = found(lang, other);
            say!(
                lang,
                "`{key}` is a date (year-month-day), not {other}: write the day the source gives ({key} = YYYY-MM-DD)",
                "`{key}` là một ngày (năm-tháng-ngày), không phải {other}: hãy ghi ngày mà nguồn cho biết ({key} = YYYY-MM-DD)"
            )
        }
        // `"91"` means 91: a whole number is a number too.
        Value::NumberInQuotes {
            key,
            fix: Some(fix),
        } if fix.contains('.') => say!(
            lang,
            "write {key} = {fix}: a number with a decimal point, without quotes",
            "viết {key} = {fix}: số có dấu chấm thập phân, không có dấu ngoặc kép"
        ),
        Value::NumberInQuotes {
            key,
            fix: Some(fix),
        } => say!(
            lang,
            "write {key} = {fix}: a number, without quotes",
            "viết {key} = {fix}: một số, không có dấu ngoặc kép"
        ),
        // The form, not an example figure: copied, one would be data.
        Value::NumberInQuotes { key, fix: None } => say!(
            lang,
            "`{key}` is a number: write the figure the source gives, without quotes and with a decimal point (94.47, not \"94,47\")",
            "`{key}` là một số: hãy ghi con số mà nguồn cho biết, không có dấu ngoặc kép, dùng dấu chấm thập phân (94.47, không phải \"94,47\")"
        ),
        Value::NotANumber { key, found: other } => {
            let other = found(lang, other);
            say!(
                lang,
                "`{key}` is a number, not {other}: write the figure the source gives, with a decimal point (94.47, not 94,47)",
                "`{key}` là một số, không phải {other}: hãy ghi con số mà nguồn cho biết, dùng dấu chấm thập phân (94.47, không phải 94,47)"
            )
        }
        Value::NotFinite { key } => say!(
            lang,
            "`{key}` must be a real number: nan and inf are not figures",
            "`{key}` phải là một số thực: `nan` và `inf` không phải là số liệu"
        ),
        Value::OutsidePercent { key, n } => say!(
            lang,
            "`{key}` = {n} is outside 0–100: a share of the population is a percentage",
            "`{key}` = {n} nằm ngoài khoảng 0–100: tỷ lệ so với dân số được tính bằng phần trăm"
        ),
        Value::NegativeShare { key, n } => say!(
            lang,
            "`{key}` = {n} is negative: a share of a plan is 0 or more",
            "`{key}` = {n} là số âm: tỷ lệ so với kế hoạch phải từ 0 trở lên"
        ),
        Value::PlanNotAbove0 { key, n } => say!(
            lang,
            "`{key}` = {n}: a plan assigned is a number of people above 0; leave `{key}` out when the source gives none",
            "`{key}` = {n}: kế hoạch giao là số người lớn hơn 0; hãy bỏ `{key}` khi nguồn không ghi"
        ),
        Value::NegativeCount { key, n } => say!(
            lang,
            "`{key}` = {n} is negative: a count of people is 0 or more",
            "`{key}` = {n} là số âm: số người phải từ 0 trở lên"
        ),
        Value::CountTooLarge { key, n: Some(n) } => say!(
            lang,
            "`{key}` = {n} is too large to be a count of people",
            "`{key}` = {n} quá lớn để là một số người"
        ),
        Value::CountTooLarge { key, n: None } => say!(
            lang,
            "`{key}` is too large to be a count of people",
            "`{key}` quá lớn để là một số người"
        ),
        Value::CountWithPoint { key, n } => say!(
            lang,
            "write {key} = {n:.0}: a count is a whole number, without a decimal point",
            "viết {key} = {n:.0}: số người là số nguyên, không có dấu chấm thập phân"
        ),
        Value::CountDotAmbiguous {
            key,
            written,
            thousands,
            whole: Some(whole),
        } => say!(
            lang,
            "`{key}` = {written} is unclear: a count of people has no decimals, and a dot may part thousands. If it means {thousands} people, write {key} = {thousands}; if it means {whole}, write {key} = {whole}",
            "`{key}` = {written} không rõ nghĩa: số người không có phần thập phân, còn dấu chấm có thể là dấu phân cách hàng nghìn. Nếu là {thousands} người, hãy viết {key} = {thousands}; nếu là {whole} người, hãy viết {key} = {whole}"
        ),
        Value::CountDotAmbiguous {
            key,
            written,
            thousands,
            whole: None,
        } => say!(
            lang,
            "`{key}` = {written} is not a whole number: a count of people has no decimals. If the dot parts thousands ({thousands} people), write {key} = {thousands}",
            "`{key}` = {written} không phải số nguyên: số người không có phần thập phân. Nếu dấu chấm là dấu phân cách hàng nghìn ({thousands} người), hãy viết {key} = {thousands}"
        ),
        Value::CountNotWhole { key, written: f } => say!(
            lang,
            "`{key}` = {f} is not a whole number: a count of people has no decimals",
            "`{key}` = {f} không phải số nguyên: số người không có phần thập phân"
        ),
        Value::CountInQuotes {
            key,
            fix: Some(fix),
        } => say!(
            lang,
            "write {key} = {fix}: a count is a whole number without quotes or separators",
            "viết {key} = {fix}: số người là số nguyên, không có dấu ngoặc kép hay dấu phân cách hàng nghìn"
        ),
        Value::CountInQuotes { key, fix: None } => say!(
            lang,
            "`{key}` is a count of people: write the whole number the source gives, without quotes or separators (1741540, not \"1.741.540\")",
            "`{key}` là số người: hãy ghi số nguyên mà nguồn cho biết, không có dấu ngoặc kép hay dấu phân cách hàng nghìn (1741540, không phải \"1.741.540\")"
        ),
        Value::NotACount { key, found: other } => {
            let other = found(lang, other);
            say!(
                lang,
                "`{key}` is a whole number, not {other}: write the count the source gives, without separators (1741540, not 1.741.540)",
                "`{key}` là số nguyên, không phải {other}: hãy ghi số người mà nguồn cho biết, không có dấu phân cách hàng nghìn (1741540, không phải 1.741.540)"
            )
        }
        Value::BooleanInQuotes { key, written: s } => say!(
            lang,
            "write {key} = {s}: true or false, without quotes",
            "viết {key} = {s}: `true` hoặc `false`, không có dấu ngoặc kép"
        ),
        Value::NotABoolean { key, found: other } => {
            let other = found(lang, other);
            say!(
                lang,
                "write {key} = true or {key} = false: `{key}` is yes or no, not {other}",
                "viết `{key} = true` hoặc `{key} = false`: `{key}` là có hoặc không, không phải {other}"
            )
        }
    }
}
