//! `tiendo import`'s words in Vietnamese: what it found, what it refuses,
//! what it wrote.

use super::ImportWords;

pub(super) const IMPORT_VI: ImportWords = ImportWords {
    roles: [
        "đơn vị",
        "dân số",
        "số người tham gia",
        "tỷ lệ bao phủ",
        "kế hoạch giao",
        "tỷ lệ đạt kế hoạch",
    ],
    not_used: [
        "không dùng",
        "không dùng (mức tăng giảm, không phải số đạt được)",
    ],
    role_twice: |role, cols, flag| {
        format!(
            "tiêu đề của các cột {cols} đều chỉ {role}: cột nào là đúng? Hãy chỉ rõ bằng {flag} (hoặc chữ cái của cột khác)"
        )
    },
    vague_column: |col, letter| {
        format!(
            "cột {col} có số liệu nhưng tiêu đề không cho biết đó là số gì; hãy chỉ rõ bằng --column participants={letter} (hoặc population, coverage, plan, plan_percent), hoặc bỏ qua bằng --column ignore={letter}"
        )
    },
    mixed_up: |off, all, cov, part, pop| {
        format!(
            "tỷ lệ bao phủ (cột {cov}) lệch quá 0,5 điểm so với số tham gia ÷ dân số (cột {part} ÷ {pop}) ở {off} trên {all} dòng: có lẽ các cột đã bị nhầm; hãy kiểm tra, hoặc chỉ rõ bằng --column"
        )
    },
    over_population: |p, n| {
        format!(
            "số người tham gia ({p}) vượt quá dân số ({n}): hãy kiểm tra cả hai ô và cột của chúng"
        )
    },
    two_dates: |a, b| {
        format!(
            "hai ô tiêu đề {a} và {b} ghi hai ngày số liệu khác nhau; hãy ghi --date YYYY-MM-DD"
        )
    },
    future: |day, today| {
        format!(
            "số liệu ghi ngày {day}, sau ngày hôm nay ({today}): hãy kiểm tra dòng tiêu đề hoặc --date"
        )
    },
    ceased: |text, name, id, on, day| {
        format!(
            "{text:?} là {name} (`{id}`), đơn vị đã chấm dứt hoạt động từ {on}: báo cáo ngày {day} không thể có số liệu của đơn vị này; hãy kiểm tra ngày hoặc dòng"
        )
    },
    part_missing: |text, unit, on, day, missing| {
        format!(
            "{text:?} là một phần của {unit} từ {on}: báo cáo này (ngày {day}) liệt kê các đơn vị cũ, và chỉ ghi được {unit} khi có đủ tất cả các đơn vị cũ để cộng lại; còn thiếu: {missing}. Không bao giờ ghi một phần thành cả đơn vị"
        )
    },
    part_without_counts: |text, unit| {
        format!(
            "{text:?} không có số người tham gia và dân số nên không cộng được với các phần khác của {unit}"
        )
    },
    parts_note: |unit, parts, on| {
        format!(
            "{unit}: cộng các dòng của các đơn vị cũ {parts} (sáp nhập từ {on}); tỷ lệ bao phủ tính từ tổng"
        )
    },
    clash: |id, day, at, source| {
        format!(
            "dữ liệu đang dùng đã có bản ghi của `{id}` ngày {day} ({at}, nguồn {source:?}); muốn thay bằng số liệu của báo cáo này, hãy nhập với --replace"
        )
    },
    will_replace: |at| format!("thay bản ghi tại {at}"),
    unmatched_left: |n| {
        format!(
            "{n} dòng không khớp đơn vị nào trong dữ liệu và đã được bỏ qua (--skip-unmatched):"
        )
    },
    map_unknown: |id| format!("--map: dữ liệu không có đơn vị `{id}`"),
    bad_map: |s| format!("--map {s:?}: hãy ghi \"Tên trong báo cáo=mã\""),
    estimate: |from| format!("Số liệu ước tính (≈), theo {from}: ghi với estimate = true"),
    columns: "Cột",
    date: "Ngày số liệu",
    date_from_flag: "theo --date",
    date_from_title: |cell| format!("đọc từ dòng tiêu đề {cell}"),
    no_date: "không biết số liệu tính đến ngày nào: dòng tiêu đề không ghi ngày (\"đến ngày 30/09/2025\", \"tháng 9/2025\", \"năm 2024\"); hãy ghi --date YYYY-MM-DD",
    no_table: "không tìm thấy bảng: cần một dòng tiêu đề cột có cột tên đơn vị và ít nhất một cột số liệu (dân số, số người tham gia, tỷ lệ bao phủ, kế hoạch giao); có thể chỉ rõ bằng --column unit=\"Tên đơn vị\"",
    no_rows: "bảng không có dòng số liệu nào",
    no_column: |header, all| format!("không có cột nào tên {header:?}; các cột là: {all}"),
    bad_column: |s| {
        format!(
            "--column {s:?}: hãy ghi VAI_TRÒ=TIÊU_ĐỀ, với VAI_TRÒ là unit, population, participants, coverage, plan hoặc plan_percent"
        )
    },
    no_unit: |text, near| match near {
        "" => format!("không có đơn vị nào tên {text:?} trong bộ dữ liệu"),
        near => format!("không có đơn vị nào tên {text:?} trong bộ dữ liệu; gần nhất: {near}"),
    },
    many_units: |text, all| {
        format!(
            "{text:?} là tên của nhiều đơn vị: {all}; hãy ghi rõ tên (kèm Quận/Huyện/Xã/Phường) hoặc thêm `aliases` trong bộ dữ liệu"
        )
    },
    twice: |text, id, row| format!("{text:?} (`{id}`) đã có ở dòng {row}"),
    not_a_number: |text, role| format!("ô {role} phải là một số, không phải {text:?}"),
    not_whole: |text, role| format!("ô {role} phải là một số nguyên, không phải {text:?}"),
    negative: |text, role| format!("ô {role} không thể âm: {text:?}"),
    over_100: |text| format!("tỷ lệ bao phủ {text} vượt quá 100 %"),
    disagrees: |c, ratio, id, date| {
        format!(
            "coverage = {c} nhưng participants / population = {ratio:.2} đối với `{id}` ngày {date}: nguồn có thể dùng một mốc dân số khác"
        )
    },
    row_word: "dòng",
    matched_by: [
        "theo tên",
        "theo tên cũ",
        "theo tên khác",
        "theo --map",
        "cộng các đơn vị cũ",
    ],
    skipped: [
        "dòng tổng, bỏ qua",
        "dòng đánh số cột, bỏ qua",
        "không có số liệu, bỏ qua",
    ],
    plan_note: "bảng chỉ ghi kế hoạch giao, không ghi số đạt được",
    written: |n, file| format!("Đã ghi {n} bản ghi vào {file}"),
    dry_run: |n| format!("{n} bản ghi (chạy thử: không ghi tệp nào)"),
    errors: |n| format!("{n} lỗi; không ghi tệp nào"),
    warning: "cảnh báo",
    no_sheet: |name, all| match all {
        "" => "tệp không có trang tính nào".to_string(),
        all => format!("không có trang tính {name:?}; các trang là: {all}"),
    },
    unknown_format: |file| format!("{file}: tiendo đọc được tệp xlsx, xls, ods và csv"),
    not_utf8: "tệp csv không ở bảng mã UTF-8: hãy lưu lại dưới dạng \"CSV UTF-8\"",
    too_big: |mb| {
        format!("tệp chứa hơn {mb} MB dữ liệu, quá lớn so với một báo cáo: có đúng tệp không?")
    },
    not_a_book: |format| {
        format!(
            "không đọc được tệp dưới dạng {format}: tệp bị hỏng hoặc là một loại tệp khác mang đuôi này"
        )
    },
    beyond_sheet: |cell| {
        format!(
            "tệp ghi một ô {cell} nằm ngoài dòng cuối (1048576) hoặc cột cuối (XFD) của trang tính: tệp bị hỏng"
        )
    },
    too_many_cells: |cell, n| {
        format!(
            "trang tính kéo dài tới ô {cell} và cần hơn {n} ô, quá lớn so với một báo cáo: hãy xoá các ô nằm ngoài bảng"
        )
    },
};
