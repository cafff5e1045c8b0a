//! The command line's words in Vietnamese: help, usage errors, I/O
//! (import's in `vi_import`).

use super::vi_import::IMPORT_VI;
use super::{CliWords, HelpWords, IoWords, UsageWords};

pub(super) const CLI_VI: CliWords = CliWords {
    help: Some(HelpWords {
        usage_heading: "Cách dùng:",
        options: "Tùy chọn",
        arguments: "Đối số",
        commands: "Lệnh",
        usage: [
            "tiendo [TÙY_CHỌN] [LỆNH]",
            "tiendo check [TÙY_CHỌN] <ĐƯỜNG_DẪN>...",
            "tiendo export [TÙY_CHỌN]",
            "tiendo help [LỆNH]",
            "tiendo import [TÙY_CHỌN] <TỆP>",
        ],
        about: [
            "Tiến độ thực hiện BHYT toàn dân: tỷ lệ bao phủ của từng tỉnh/thành so với mục tiêu của Chỉ thị 38-CT/TW và Chỉ thị 52-CT/TW",
            "Kiểm tra một bộ dữ liệu và in mọi lỗi theo dạng tệp:dòng:cột: nội dung",
            "In ảnh chụp màn hình mà phím e ghi ra, không cần mở bảng điều khiển",
            "Đọc một báo cáo dạng bảng tính (xlsx, xls, ods, csv) và ghi số liệu của nó thành một tệp dữ liệu TOML",
        ],
        help_flag: "In trợ giúp này",
        version_flag: "In số phiên bản",
        args: &[
            (
                "data",
                "ĐƯỜNG_DẪN",
                "Bộ dữ liệu: một tệp TOML, một thư mục gồm các tệp TOML, hoặc `bundled` (dữ liệu kèm theo, mặc định); ghi nhiều lần thì các bộ dữ liệu hợp thành một",
            ),
            (
                "as_of",
                "YYYY-MM-DD",
                "Đánh giá mọi số liệu như tại ngày này (YYYY-MM-DD): chỉ dùng những gì đã biết đến ngày đó, so với các mục tiêu có hiệu lực khi ấy",
            ),
            (
                "no_cache",
                "",
                "Đọc lại các tệp TOML kể cả khi đã có bản lưu đệm của chúng, và không lưu bản nào",
            ),
            (
                "lang",
                "NGÔN_NGỮ",
                "Ngôn ngữ của giao diện và cách viết số: vi (tiếng Việt) hoặc en (tiếng Anh); mặc định: vi, hoặc theo biến môi trường TIENDO_LANG",
            ),
            (
                "today",
                "YYYY-MM-DD",
                "Ngày được coi là hôm nay khi đánh giá tiến độ, để kết quả lặp lại được (YYYY-MM-DD)",
            ),
            (
                "no_color",
                "",
                "Không dùng màu (cũng vậy khi có biến môi trường NO_COLOR)",
            ),
            (
                "ascii",
                "",
                "Chỉ dùng ký hiệu ASCII trên màn hình và trong bản xuất txt, html, cho cửa sổ lệnh cổ điển của Windows (cũng vậy khi có biến môi trường TIENDO_ASCII)",
            ),
            (
                "watch",
                "",
                "Tự tải lại bảng điều khiển khi tệp dữ liệu thay đổi (dùng cùng --data)",
            ),
            (
                "export_dir",
                "THƯ_MỤC",
                "Thư mục để phím e ghi ảnh chụp vào (mặc định: thư mục hiện tại)",
            ),
            (
                "path",
                "ĐƯỜNG_DẪN",
                "Một tệp TOML, một thư mục gồm các tệp TOML, hoặc `bundled`; nhiều đường dẫn được kiểm tra như một bộ dữ liệu",
            ),
            (
                "view",
                "MÀN_HÌNH",
                "overview (tổng quan), provinces (tỉnh/thành), province:<mã>, unit:<mã> (mọi đơn vị) hoặc timeline (dòng thời gian); mặc định: overview",
            ),
            (
                "format",
                "ĐỊNH_DẠNG",
                "txt (màn hình dạng văn bản), md, csv (bảng các đơn vị, cho bảng tính), json (các số liệu) hoặc xlsx (sổ tính: bảng các đơn vị, số liệu theo thời gian, mục tiêu, mốc thời gian); mặc định: txt",
            ),
            (
                "csv_style",
                "KIỂU",
                "Cách csv tách các trường: plain (dấu phẩy giữa các trường, dấu chấm thập phân) hoặc vi (dấu chấm phẩy giữa các trường, dấu phẩy thập phân, cho Excel cài đặt tiếng Việt); mặc định: plain",
            ),
            (
                "width",
                "SỐ_CỘT",
                "Số cột của ảnh chụp txt (ít nhất 60; mặc định: 100)",
            ),
            ("output", "TỆP", "Ghi vào tệp này thay vì ra đầu ra chuẩn"),
            (
                "era",
                "THỜI_KỲ",
                "current (34 tỉnh/thành từ ngày 01/07/2025) hoặc former (63 tỉnh/thành trước đó); mặc định: current",
            ),
            (
                "level",
                "CẤP",
                "province (tỉnh/thành), district (quận/huyện) hoặc commune (xã/phường): cấp đơn vị mà bảng liệt kê; mặc định: province",
            ),
            (
                "sort",
                "CỘT",
                "Cột để sắp xếp, ghi theo tên cột của bảng bằng tiếng Việt hoặc tiếng Anh (gap, \"chênh lệch\", year_on_year…); mặc định: gap",
            ),
            ("reverse", "", "Sắp xếp ngược với chiều thường dùng của cột"),
            (
                "file",
                "TỆP",
                "Bảng tính cần đọc: xlsx, xls, ods hoặc csv (dấu phân cách , hoặc ;, mã UTF-8)",
            ),
            (
                "out",
                "TỆP.toml",
                "Ghi vào tệp này (ghi đè nếu đã có); mặc định: <tên bảng tính>.toml trong thư mục hiện tại, không bao giờ ghi đè (thêm -2, -3…)",
            ),
            (
                "date",
                "YYYY-MM-DD",
                "Ngày của số liệu (YYYY-MM-DD); mặc định: ngày cuối của kỳ mà dòng tiêu đề ghi (\"đến ngày 30/09/2025\", \"tháng 9/2025\", \"6 tháng đầu năm 2025\", \"quý III/2025\", \"năm 2024\"); không bao giờ lấy ngày của công văn gửi kèm",
            ),
            (
                "source",
                "VĂN_BẢN",
                "Ghi thêm vào nguồn của mỗi bản ghi (mặc định nguồn là tên tệp, trang tính và dòng)",
            ),
            (
                "sheet",
                "TÊN",
                "Trang tính cần đọc (mặc định: trang đầu tiên)",
            ),
            (
                "import_data",
                "BỘ_DỮ_LIỆU",
                "Bộ dữ liệu để đối chiếu tên đơn vị: một tệp TOML, một thư mục, hoặc bundled (mặc định: dữ liệu kèm theo)",
            ),
            (
                "dry_run",
                "",
                "Chỉ in bảng đã đọc và cách khớp từng dòng; không ghi tệp nào",
            ),
            (
                "columns",
                "VAI_TRÒ=TIÊU_ĐỀ",
                "Cột nào là số liệu nào, khi tiêu đề không tự nhận ra được: unit, population, participants, coverage, plan hoặc plan_percent = tiêu đề cột hoặc chữ cái cột; ignore=TIÊU_ĐỀ để bỏ qua một cột (ghi nhiều lần được)",
            ),
            (
                "map",
                "TÊN=MÃ",
                "Một tên trong báo cáo và đơn vị mà nó chỉ: \"Tên trong báo cáo=mã\" (ghi nhiều lần được)",
            ),
            (
                "skip_unmatched",
                "",
                "Ghi các dòng khớp được đơn vị, liệt kê các dòng không khớp thay vì dừng lại",
            ),
            (
                "replace",
                "",
                "Số liệu của một đơn vị cho một ngày mà dữ liệu đang dùng đã có sẽ thay thế bản ghi đó (ghi kèm replaces = true)",
            ),
            (
                "filter",
                "TRẠNG_THÁI",
                "Chỉ các đơn vị có trạng thái này (achieved, on_track, at_risk, off_track, needs_newer_figure, too_few_figures, stale, partial, approximate, no_target, no_data, hoặc tên trạng thái như \"Chậm tiến độ\"), hoặc có kết quả này ở mục tiêu đến hạn gần nhất (last_due_met, last_due_missed, last_due_partial, last_due_no_figure)",
            ),
        ],
    }),
    help_command: "In trợ giúp này, hoặc trợ giúp của một lệnh",
    help_command_arg: "Lệnh cần xem trợ giúp (check, export, import)",
    bad_env_lang: |v| {
        format!(
            "biến môi trường TIENDO_LANG={v:?} không dùng được, chỉ nhận vi hoặc en: giao diện dùng tiếng Việt"
        )
    },
    usage: UsageWords {
        unknown_option: |arg, like| match like {
            "" => format!("không có tùy chọn {arg}"),
            like => format!("không có tùy chọn {arg}; có phải ý là {like}?"),
        },
        unexpected: |word| format!("không hiểu {word:?} ở vị trí này"),
        unknown_command: |word, all| format!("không có lệnh {word:?}; các lệnh là {all}"),
        bad_value: |arg, value, valid| {
            format!("{arg} không nhận giá trị {value:?}: hãy ghi một trong {valid}")
        },
        needs_value: |arg| format!("{arg} cần một giá trị"),
        given_again: |arg| format!("{arg} chỉ được ghi một lần"),
        missing: |what| format!("còn thiếu {what}"),
        not_utf8: "dòng lệnh có ký tự không đọc được (không phải UTF-8)",
        other: |clap| format!("dòng lệnh không hợp lệ ({clap})"),
        see_help: |command| format!("`{command} --help` liệt kê các tùy chọn"),
    },
    io: IoWords {
        open: "không mở được",
        read: "không đọc được",
        list: "không xem được thư mục",
        no_toml: |dir| format!("thư mục {dir} không có tệp .toml nào"),
        spreadsheet: |path, word| {
            format!(
                "{path} là một bảng tính, không phải tệp dữ liệu TOML: hãy chạy `tiendo import {word}` để chuyển số liệu của nó thành tệp TOML"
            )
        },
        write: "không ghi được",
        write_in: "không ghi được vào",
        no_free_name: |dir| format!("không tìm được tên tệp còn trống trong {dir}"),
        not_found: "không có tệp hoặc thư mục này",
        denied: "không có quyền truy cập",
        exists: "đã có tệp trùng tên",
        not_a_folder: "một phần của đường dẫn không phải là thư mục",
        is_a_folder: "đây là thư mục, không phải tệp",
        read_only: "ổ đĩa chỉ cho phép đọc",
        full: "ổ đĩa đã đầy",
        invalid_name: "tên tệp không hợp lệ",
        other: |code| match code {
            Some(code) => format!("lỗi hệ thống, mã {code}"),
            None => "lỗi hệ thống".to_string(),
        },
    },
    as_of_after_today: |day, today| {
        format!(
            "--as-of {day} là sau hôm nay ({today}): chỉ đánh giá được đến hôm nay hoặc một ngày trước đó"
        )
    },
    bad_day: |s| format!("hãy ghi ngày theo dạng YYYY-MM-DD, ví dụ 2026-11-23, không phải {s:?}"),
    bad_width: |s| format!("hãy ghi số cột là một số từ 60 trở lên, không phải {s:?}"),
    unknown_name: |what, given, codes| {
        format!("không có {what} nào tên {given:?}; hãy ghi một trong {codes}")
    },
    name_kinds: ["cột", "trạng thái", "thời kỳ", "cấp"],
    bad_milestone: |view, n| {
        format!("{view:?}: hãy ghi timeline:<n>, với n là thứ tự của mốc, từ 1 đến {n}")
    },
    unknown_view: |view| {
        format!(
            "không có màn hình {view:?}: hãy ghi overview, provinces, province:<mã>, unit:<mã> hoặc timeline"
        )
    },
    unknown_id: |province, id, closest| {
        let what = if province {
            "tỉnh/thành"
        } else {
            "đơn vị"
        };
        format!("không có {what} nào mang mã {id:?}; các mã gần nhất là {closest}")
    },
    not_a_province: |id, level| {
        format!("mã {id:?} là của một {level}, không phải tỉnh/thành: hãy dùng --view unit:{id}")
    },
    needs_terminal: "bảng điều khiển cần một cửa sổ dòng lệnh: hãy chạy `tiendo export` để in ảnh chụp",
    terminal_size: "không đọc được kích thước cửa sổ dòng lệnh",
    terminal_draw: "không vẽ được lên cửa sổ dòng lệnh",
    rest_lost: "việc đọc dữ liệu dừng giữa chừng (lỗi bên trong chương trình): hãy chạy `tiendo check` trên dữ liệu này",
    rest_invalid: "đã đóng bảng điều khiển: phần còn lại của dữ liệu có lỗi (bên dưới); hãy sửa rồi mở lại",
    keyboard: "không đọc được bàn phím",
    watch_failed: "không theo dõi được thay đổi của dữ liệu",
    watch_folder: "không theo dõi được",
    write_csv: "không tạo được csv",
    write_json: "không tạo được json",
    write_stdout: "không ghi được ra đầu ra chuẩn",
    import: IMPORT_VI,
};
