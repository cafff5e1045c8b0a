//! The Vietnamese words of a verdict's reasons.

use super::why::WhyWords;

pub const WHY_VI: WhyWords = WhyWords {
    title: "Vì sao",
    heading: "Vì sao: căn cứ đánh giá",
    verdict: "Đánh giá",
    figures_used: "Số liệu đã dùng",
    no_figures_used: "không có số liệu nào",
    last_passed: "Mục tiêu đã qua hạn gần nhất",
    none_passed: "chưa có mục tiêu nào qua hạn",
    every_target: "Mọi mục tiêu",
    no_targets: "không có mục tiêu nào áp dụng",
    strict_goal: |n| format!("trên {n}"),
    target_line: |goal, strict, due, code| {
        let rule = if strict {
            "đạt khi vượt mức này"
        } else {
            "đạt khi bằng hoặc vượt mức này"
        };
        let doc = code.map_or("không nêu văn bản".to_string(), |c| {
            format!("theo {c}")
        });
        format!("Mục tiêu: {goal} ({rule}), hạn {due}, {doc}")
    },
    target_short: |goal, due, code| match code {
        Some(c) => format!("{goal}, hạn {due}, theo {c}"),
        None => format!("{goal}, hạn {due}"),
    },
    target_words_line: |goal, due, code| {
        let doc = code.map_or("không nêu văn bản".to_string(), |c| {
            format!("theo {c}")
        });
        format!("Mục tiêu: {goal} (nêu bằng lời, không có con số), hạn {due}, {doc}")
    },
    trend_line: |slope, first, last, points| {
        format!("Xu hướng: {slope} điểm/năm, từ {first} đến {last}, {points} số liệu")
    },
    no_trend_line: |_, l| {
        format!(
            "Xu hướng: không có (cần ít nhất hai số liệu cách nhau {} tháng trong {} năm gần nhất)",
            l.trend_min_months, l.trend_years
        )
    },
    figure_line: |date, figure, source| format!("{date} · {figure} · nguồn: {source}"),
    no_figure: |f, _| format!("không có số liệu nào đến ngày {} → chưa có số liệu", f.day),
    words_only: |f, _| {
        format!(
            "nguồn ngày {} chỉ nêu tỷ lệ bằng lời ({}), mới hơn mọi số liệu → số liệu gần đúng, không đánh giá tiến độ",
            f.date, f.words
        )
    },
    partial_only: |f, _| {
        format!(
            "chỉ có số liệu tổng hợp một phần, {} ngày {}, không đại diện cho cả đơn vị → số liệu một phần, không đánh giá tiến độ",
            f.figure, f.date
        )
    },
    stale: |f, l| {
        format!(
            "số liệu mới nhất {} ngày {} đã cũ quá {} tháng (trước ngày {}) → số liệu cũ, không đánh giá tiến độ",
            f.figure, f.date, l.stale_months, f.limit
        )
    },
    no_target: |f, _| {
        format!(
            "không có mục tiêu nào có con số còn hiệu lực sau ngày {} → chưa có mục tiêu",
            f.day
        )
    },
    target_in_words: |f, _| {
        format!(
            "mục tiêu {} hạn {} chỉ nêu bằng lời, không có con số để so → không đánh giá tiến độ",
            f.goal, f.due
        )
    },
    met: |f, l| {
        format!(
            "số liệu gần hạn {} nhất trong vòng {} tháng là {} ngày {}, đạt {} (hơn {} điểm) → đạt",
            f.due, l.window_months, f.figure, f.date, f.goal, f.points
        )
    },
    missed: |f, l| {
        format!(
            "số liệu gần hạn {} nhất trong vòng {} tháng là {} ngày {}, thiếu {} điểm so với {} → không đạt",
            f.due, l.window_months, f.figure, f.date, f.points, f.goal
        )
    },
    partial_at_due: |f, l| {
        format!(
            "trong vòng {} tháng quanh hạn {} chỉ có số liệu tổng hợp một phần, {} ngày {} → không nói được đạt hay không đạt",
            l.window_months, f.due, f.figure, f.date
        )
    },
    no_figure_at_due: |f, l| {
        format!(
            "không có số liệu nào từ {} đến {} ({} tháng trước và sau hạn {}) → không có số liệu tại hạn",
            f.from, f.until, l.window_months, f.due
        )
    },
    estimated_at_due: |f, l| {
        format!(
            "số liệu gần hạn {} nhất trong vòng {} tháng là số ước thực hiện {} ngày {}, ước đạt {} → ước đạt, chờ số chính thức mới kết luận được là đạt",
            f.due, l.window_months, f.figure, f.date, f.goal
        )
    },
    meets: |f, _| {
        format!(
            "số liệu mới nhất {} ngày {} đã đạt {}, xu hướng không xuống dưới mức này trước hạn {} → đạt",
            f.figure, f.date, f.goal, f.due
        )
    },
    estimate_meets: |f, _| {
        format!(
            "số liệu mới nhất là số ước thực hiện {} ngày {}, ước đạt {}, hạn {} → ước đạt, chờ số chính thức; chưa tính là đạt",
            f.figure, f.date, f.goal, f.due
        )
    },
    falls_below: |f, _| {
        format!(
            "số liệu mới nhất {} ngày {} đã đạt {}, nhưng xu hướng {} điểm/năm xuống dưới mức này ngày {}, trước hạn {} → có nguy cơ",
            f.figure, f.date, f.goal, f.slope, f.on, f.due
        )
    },
    met_long_before: |f, l| {
        format!(
            "số liệu mới nhất {} ngày {} đã đạt {}, nhưng chưa tính được xu hướng và hạn {} cách số liệu này quá {} tháng (sau ngày {}) → cần số liệu mới",
            f.figure, f.date, f.goal, f.due, l.horizon_months, f.limit
        )
    },
    too_few: |f, l| {
        format!(
            "số liệu mới nhất {} ngày {} chưa đạt {}; không tính được xu hướng vì chưa có hai số liệu cách nhau {} tháng trong {} năm gần nhất → chưa đủ số liệu",
            f.figure, f.date, f.goal, l.trend_min_months, l.trend_years
        )
    },
    reaches: |f, _| {
        format!(
            "xu hướng {} điểm/năm đạt {} ngày {}, trước hạn {} → đúng tiến độ",
            f.slope, f.goal, f.on, f.due
        )
    },
    beyond_horizon: |f, l| {
        format!(
            "xu hướng {} điểm/năm đạt {} ngày {}, trước hạn {}, nhưng quá {} tháng sau số liệu mới nhất ngày {} (sau ngày {}) → cần số liệu mới",
            f.slope, f.goal, f.on, f.due, l.horizon_months, f.date, f.limit
        )
    },
    falls_beyond_horizon: |f, l| {
        format!(
            "số liệu mới nhất {} ngày {} đã đạt {}; xu hướng {} điểm/năm xuống dưới mức này ngày {}, trước hạn {}, nhưng quá {} tháng sau số liệu đó (sau ngày {}) → cần số liệu mới",
            f.figure, f.date, f.goal, f.slope, f.on, f.due, l.horizon_months, f.limit
        )
    },
    misses: |f, l| {
        let gap = if f.near {
            format!("dưới ngưỡng {} điểm", l.at_risk_points)
        } else {
            format!("từ {} điểm trở lên", l.at_risk_points)
        };
        let later = if f.on.is_empty() {
            String::new()
        } else {
            format!(", đạt mục tiêu ngày {}", f.on)
        };
        format!(
            "xu hướng {} điểm/năm đến hạn {} chỉ đạt {}, thiếu {} điểm so với {} ({gap}){later} → {}",
            f.slope, f.due, f.expected, f.points, f.goal, f.status
        )
    },
    met_short: |figure| format!("✓ đạt ({figure})"),
    missed_short: |points, figure| format!("✗ không đạt, thiếu {points} điểm ({figure})"),
    estimated_short: |figure| format!("≈ ước đạt, chờ số chính thức ({figure})"),
    partial_short: "~ chỉ có số liệu một phần tại hạn",
    no_figure_short: "· không có số liệu tại hạn",
    reaches_short: |on| format!("đạt ngày {on}"),
};
