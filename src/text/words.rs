//! Every word on screen, in Vietnamese and English side by side (PRODUCT §10),
//! so the two languages always say the same thing.

use super::Lang;

pub struct Words {
    pub tabs: [&'static str; 4],
    pub nationwide: &'static str,
    pub coverage: &'static str,
    pub target: &'static str,
    /// A chart's target line when its steps set one number a year.
    pub target_yearly: &'static str,
    /// A chart's target line when its steps change at other times: short,
    /// so the legend keeps room for the trend.
    pub target_stepped: &'static str,
    pub gap: &'static str,
    pub gap_short: &'static str,
    pub provinces_word: &'static str,
    pub trend: &'static str,
    pub projected: &'static str,
    pub projected_short: &'static str,
    /// After a projected year already past: short, for a table cell.
    pub passed: &'static str,
    /// After a projected year already past, in full.
    pub passed_long: &'static str,
    /// Before the last day of a unit that ceased: "judged as of".
    pub judged_as_of: &'static str,
    /// The table's note on units that ceased, before their last day.
    pub ceased_note: &'static str,
    pub partial_mark: &'static str,
    pub participants: &'static str,
    pub population: &'static str,
    pub plan: &'static str,
    pub status: &'static str,
    /// A column: the unit a district or commune belongs to.
    pub part_of: &'static str,
    /// A column: the date of the latest figure.
    pub as_of: &'static str,
    /// Before a date: the day the dataset is current to (`meta.as_of`).
    pub data_to: &'static str,
    /// Before a date: the day every figure is judged on (`--as-of`, `t`).
    pub judged_on: &'static str,
    pub latest_figures: &'static str,
    pub no_earlier: &'static str,
    /// `m` before the merger: the current map's count (`{n}`) and first
    /// day (`{date}`); one province, then more (see `text::EraLabel`).
    pub not_yet_merged: [&'static str; 2],
    /// Enter on a milestone that belongs to no province.
    pub national_milestone: &'static str,
    pub source: &'static str,
    pub sources: &'static str,
    pub province: &'static str,
    pub district: &'static str,
    pub commune: &'static str,
    pub level: &'static str,
    pub stale: &'static str,
    pub rolled_up: &'static str,
    pub partial: &'static str,
    pub universal: &'static str,
    /// The provinces since the merger, counted: `{n}`, one then more.
    pub current_era: [&'static str; 2],
    /// The provinces before the merger on `{date}`, counted: `{n}`.
    pub former_era: [&'static str; 2],
    /// The provinces of data without a merger, counted: `{n}`.
    pub provinces_count: [&'static str; 2],
    /// The levels `c` lists, as the help names them.
    pub levels: [&'static str; 3],
    /// `m` on data without a merger.
    pub one_map: &'static str,
    pub search: &'static str,
    pub filter: &'static str,
    pub sort: &'static str,
    pub export: &'static str,
    pub reload: &'static str,
    pub help: &'static str,
    pub quit: &'static str,
    pub all: &'static str,
    pub too_small: &'static str,
    pub by_status: &'static str,
    pub furthest_behind: &'static str,
    pub furthest_ahead: &'static str,
    pub history: &'static str,
    pub units: &'static str,
    pub former_units: &'static str,
    pub milestones: &'static str,
    pub groups: &'static str,
    pub today: &'static str,
    pub no_milestones: &'static str,
    pub no_units: &'static str,
    pub no_figures: &'static str,
    pub merged_into: &'static str,
    pub former_self: &'static str,
    pub includes: &'static str,
    pub keys: &'static str,
    pub search_keys: [&'static str; 2],
    pub no_match: &'static str,
    /// A level the current map no longer has (its name, the day it ended).
    pub level_abolished: fn(&str, &str) -> String,
    pub view: &'static str,
    pub dataset: &'static str,
    pub language: &'static str,
    pub taken: &'static str,
    pub kind: &'static str,
    pub title_word: &'static str,
    pub document: &'static str,
    pub date_word: &'static str,
    pub label_word: &'static str,
    pub count_word: &'static str,
    pub note: &'static str,
    pub exported: &'static str,
    pub reload_failed: &'static str,
    pub problems: &'static str,
    pub dismiss: &'static str,
    pub export_failed: &'static str,
    pub bundled: &'static str,
    /// `--watch` on the bundled data: why it does nothing (stderr and the
    /// status line).
    pub watch_without_data: &'static str,
    /// After a flag written before a command that does not use it:
    /// "--watch does not apply to `tiendo check`".
    pub does_not_apply: &'static str,
    /// After "`tiendo check --help`".
    pub help_lists: &'static str,
    /// After a flag given before and after `export` with different values.
    pub given_twice: &'static str,
    /// `tiendo check` without a path.
    pub check_needs_path: &'static str,
    /// `tiendo check a --data b`.
    pub check_one_path: &'static str,
    /// What sorting by name is called.
    pub name_word: &'static str,
    /// What sorting by the date of the figure is called.
    pub date_of_figure: &'static str,
    /// The trend column's header in exports, which give the slope.
    pub trend_per_year: &'static str,
    /// The change from the same period a year before: export and screen headers.
    pub year_on_year: &'static str,
    pub year_on_year_short: &'static str,
    /// Before the date a change is measured from.
    pub compared_with: &'static str,
    /// The snapshot header's command that makes it again.
    pub command: &'static str,
    /// No complete figure since the directive in force was issued.
    pub none_since: &'static str,
    /// A target met only above its number: the data's "trên 95 %".
    pub above: &'static str,
    /// A merged province's header: "since 01/07/2025 includes …".
    pub since: &'static str,
    /// After a cut list of sources: the key that lists them all.
    pub all_sources: &'static str,
    /// The sources panel's foot.
    pub scroll_close: &'static str,
    /// "n lines hidden": how much of a panel does not fit, before "↑↓".
    pub hidden: fn(usize) -> String,
    pub group_short: [&'static str; 6],
    /// What each binding of the key table does, one field per binding.
    pub key_help: KeyHelp,
    /// The command line's help and the program's own errors.
    pub cli: CliWords,
}

pub const VI: Words = Words {
    tabs: ["Tổng quan", "Tỉnh/thành", "Chi tiết", "Dòng thời gian"],
    nationwide: "Cả nước",
    coverage: "Bao phủ",
    target: "Mục tiêu",
    target_yearly: "Mục tiêu (theo năm)",
    target_stepped: "Các mục tiêu",
    gap: "Chênh lệch",
    gap_short: "Chênh",
    provinces_word: "tỉnh/thành",
    trend: "Xu hướng",
    projected: "Dự kiến đạt",
    projected_short: "Dự kiến",
    passed: "đã qua",
    passed_long: "đã qua mà chưa có số liệu xác nhận",
    judged_as_of: "đánh giá đến",
    ceased_note: "đơn vị cũ: đánh giá đến",
    partial_mark: "một phần",
    participants: "Người tham gia",
    population: "Dân số",
    plan: "Kế hoạch giao",
    status: "Trạng thái",
    part_of: "Thuộc",
    as_of: "Số liệu đến",
    data_to: "Số liệu đến",
    judged_on: "Tính đến ngày",
    latest_figures: "Số liệu mới nhất",
    no_earlier: "Không có số liệu sớm hơn",
    not_yet_merged: ["{n} tỉnh/thành mới có từ {date}"; 2],
    national_milestone: "Mốc cả nước, không có tỉnh để mở",
    source: "Nguồn",
    sources: "Nguồn",
    province: "Tỉnh/thành",
    district: "Quận/huyện",
    commune: "Xã/phường",
    level: "Cấp",
    stale: "Số liệu cũ (quá 18 tháng)",
    rolled_up: "Số liệu tổng hợp",
    partial: "tổng hợp một phần",
    universal: "toàn dân",
    current_era: ["{n} tỉnh/thành hiện nay"; 2],
    former_era: ["{n} tỉnh/thành trước {date}"; 2],
    provinces_count: ["{n} tỉnh/thành"; 2],
    levels: ["tỉnh/thành", "quận/huyện", "xã/phường"],
    one_map: "Dữ liệu không có sáp nhập: chỉ một danh sách tỉnh/thành",
    search: "Tìm",
    filter: "Lọc",
    sort: "Sắp xếp",
    export: "Xuất",
    reload: "Tải lại",
    help: "Trợ giúp",
    quit: "Thoát",
    all: "tất cả",
    too_small: "Cửa sổ quá nhỏ: cần ít nhất 60×15",
    by_status: "theo trạng thái",
    furthest_behind: "Xa mục tiêu nhất",
    furthest_ahead: "Vượt xa nhất",
    history: "Diễn biến",
    units: "Đơn vị",
    former_units: "Đơn vị trước sáp nhập",
    milestones: "Mốc",
    groups: "Nhóm đối tượng",
    today: "hôm nay",
    no_milestones: "Chưa có mốc riêng",
    no_units: "Chưa có đơn vị cấp dưới trong dữ liệu",
    no_figures: "Chưa có số liệu",
    merged_into: "sáp nhập vào",
    former_self: " (cũ)",
    includes: "gồm",
    keys: "Phím tắt",
    search_keys: [
        "Khi tìm: gõ tên, ↑↓ chọn, Enter đến đó, Esc huỷ",
        "Enter ở mốc của một tỉnh: mở tỉnh đó",
    ],
    no_match: "Không tìm thấy",
    level_abolished: |level, day| {
        format!("{level}: cấp này không còn từ ngày {day}. Nhấn m để xem các đơn vị trước đó.")
    },
    view: "Màn hình",
    dataset: "Dữ liệu",
    language: "Ngôn ngữ",
    taken: "Chụp lúc",
    kind: "Loại",
    title_word: "Nội dung",
    document: "Văn bản",
    date_word: "Ngày",
    label_word: "Ký hiệu",
    count_word: "Số lượng",
    note: "Ghi chú",
    exported: "Đã xuất",
    reload_failed: "Tải lại không được, vẫn giữ số liệu trước",
    problems: "Lỗi trong dữ liệu",
    dismiss: "Esc để đóng",
    export_failed: "Không xuất được",
    bundled: "dữ liệu kèm theo",
    watch_without_data: "--watch không có tác dụng khi thiếu --data: dữ liệu kèm theo không thay đổi",
    does_not_apply: "không áp dụng cho",
    help_lists: "liệt kê các tùy chọn của lệnh này",
    given_twice: "được ghi hai lần với hai giá trị khác nhau: chỉ ghi một lần",
    check_needs_path: "hãy ghi dữ liệu cần kiểm tra: tiendo check ĐƯỜNG_DẪN (một tệp TOML hoặc một thư mục)",
    check_one_path: "chỉ kiểm tra một bộ dữ liệu mỗi lần: tiendo check ĐƯỜNG_DẪN (--data ĐƯỜNG_DẪN cũng được, nhưng không cả hai với hai đường dẫn khác nhau)",
    name_word: "tên",
    date_of_figure: "ngày số liệu",
    trend_per_year: "Xu hướng (điểm/năm)",
    year_on_year: "So cùng kỳ (điểm)",
    year_on_year_short: "Cùng kỳ",
    compared_with: "so với",
    command: "Lệnh",
    none_since: "chưa có số liệu sau ngày ban hành",
    above: "trên",
    since: "từ",
    all_sources: "n: xem hết",
    scroll_close: "↑↓ cuộn · Esc đóng",
    hidden: |n| format!("còn {n} dòng bị ẩn · ↑↓ cuộn"),
    group_short: [
        "Người nghèo",
        "Cận nghèo",
        "Trẻ dưới 6 tuổi",
        "Trên 80 tuổi",
        "HS-SV",
        "Hộ NLNDN",
    ],
    key_help: KeyHelp {
        screens: "chuyển màn hình",
        screen_step: "màn hình sau / trước",
        up_down: "lên / xuống (cả danh sách ở Tổng quan)",
        page: "lên / xuống một trang",
        ends: "đầu / cuối danh sách",
        open: "mở tỉnh/thành, đơn vị, hoặc tỉnh của mốc",
        back: "quay lại",
        sideways: "tỉnh/thành, đơn vị, mốc trước / sau",
        search: "tìm theo tên (không cần dấu), Enter mở",
        sort: "đổi cột sắp xếp",
        reverse_sort: "đảo chiều sắp xếp",
        filter: "lọc theo trạng thái",
        era: "{now} / {before} tỉnh/thành",
        as_of: "lùi / tới một năm (ngày 31/12)",
        level: "cấp: {levels}",
        export: "xuất ảnh chụp ra tệp văn bản",
        reload: "tải lại dữ liệu",
        sources: "mọi nguồn số liệu của tỉnh/thành đang xem",
        help: "trợ giúp",
        quit: "thoát",
    },
    cli: CLI_VI,
};

pub const EN: Words = Words {
    tabs: ["Overview", "Provinces", "Province", "Timeline"],
    nationwide: "Nationwide",
    coverage: "Coverage",
    target: "Target",
    target_yearly: "Target (yearly)",
    target_stepped: "Targets",
    gap: "Gap",
    gap_short: "Gap",
    provinces_word: "provinces",
    trend: "Trend",
    projected: "Projected to reach",
    projected_short: "Projected",
    passed: "passed",
    passed_long: "passed with no figure confirming it",
    judged_as_of: "judged as of",
    ceased_note: "former units: judged as of",
    partial_mark: "partial",
    participants: "Participants",
    population: "Population",
    plan: "Assigned plan",
    status: "Status",
    part_of: "Part of",
    as_of: "As of",
    data_to: "Figures up to",
    judged_on: "Judged as of",
    latest_figures: "Latest figures",
    no_earlier: "No earlier figures",
    not_yet_merged: [
        "The {n} current province exists from {date}",
        "The {n} current provinces exist from {date}",
    ],
    national_milestone: "Nationwide milestone: no province to open",
    source: "Source",
    sources: "Sources",
    province: "Province",
    district: "District",
    commune: "Commune",
    level: "Level",
    stale: "Stale (over 18 months)",
    rolled_up: "Rolled up",
    partial: "partly rolled up",
    universal: "universal",
    current_era: ["{n} current province", "{n} current provinces"],
    former_era: ["{n} province before {date}", "{n} provinces before {date}"],
    provinces_count: ["{n} province", "{n} provinces"],
    levels: ["provinces", "districts", "communes"],
    one_map: "The data has no merger: one list of provinces only",
    search: "Search",
    filter: "Filter",
    sort: "Sort",
    export: "Export",
    reload: "Reload",
    help: "Help",
    quit: "Quit",
    all: "all",
    too_small: "Terminal too small: need at least 60×15",
    by_status: "by status",
    furthest_behind: "Furthest behind",
    furthest_ahead: "Furthest ahead",
    history: "History",
    units: "Units",
    former_units: "Former units",
    milestones: "Milestones",
    groups: "Groups",
    today: "today",
    no_milestones: "No milestones of its own",
    no_units: "No lower-level units in the data",
    no_figures: "No data",
    merged_into: "merged into",
    former_self: " (former)",
    includes: "includes",
    keys: "Keys",
    search_keys: [
        "Searching: type, ↑↓ choose, Enter goes there, Esc cancels",
        "Enter on a province's milestone opens the province",
    ],
    no_match: "No match",
    level_abolished: |level, day| {
        format!("{level}: this level was abolished on {day}. Press m for the units before it.")
    },
    view: "View",
    dataset: "Data",
    language: "Language",
    taken: "Taken",
    kind: "Kind",
    title_word: "Title",
    document: "Document",
    date_word: "Date",
    label_word: "Label",
    count_word: "Count",
    note: "Note",
    exported: "Exported",
    reload_failed: "Reload failed; the last good data stays",
    problems: "Problems in the data",
    dismiss: "Esc closes",
    export_failed: "Export failed",
    bundled: "bundled data",
    watch_without_data: "--watch does nothing without --data: the bundled data never changes",
    does_not_apply: "does not apply to",
    help_lists: "lists what it takes",
    given_twice: "is given twice with different values: give it once",
    check_needs_path: "name the data to check: tiendo check PATH (a TOML file or a folder)",
    check_one_path: "check one dataset at a time: tiendo check PATH (--data PATH works too, but not both with different paths)",
    name_word: "name",
    date_of_figure: "date",
    trend_per_year: "Trend (points/year)",
    year_on_year: "Year on year (points)",
    year_on_year_short: "Yr/yr",
    compared_with: "against",
    command: "Command",
    none_since: "no figure since it was issued",
    above: "above",
    since: "since",
    all_sources: "n: all of them",
    scroll_close: "↑↓ scroll · Esc closes",
    hidden: |n| match n {
        1 => "1 line hidden · ↑↓ scroll".to_string(),
        n => format!("{n} lines hidden · ↑↓ scroll"),
    },
    group_short: [
        "Poor",
        "Near-poor",
        "Under 6",
        "Over 80",
        "Students",
        "Farming hh.",
    ],
    key_help: KeyHelp {
        screens: "switch screen",
        screen_step: "next / previous screen",
        up_down: "up / down (also the Overview's two lists)",
        page: "page up / down",
        ends: "first / last",
        open: "open province, unit (or the milestone's)",
        back: "back",
        sideways: "previous / next province, unit, milestone",
        search: "search (diacritics optional), Enter opens",
        sort: "change sort column",
        reverse_sort: "reverse sort",
        filter: "filter by status",
        era: "{now} / {before} provinces",
        as_of: "one year back / forward (31 Dec)",
        level: "level: {levels}",
        export: "export a text snapshot",
        reload: "reload the data",
        sources: "every source of the province shown",
        help: "help",
        quit: "quit",
    },
    cli: CLI_EN,
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

/// The help overlay's line for each binding of `input::BINDINGS`: a named
/// field each, so a binding cannot go without words in either language.
pub struct KeyHelp {
    pub screens: &'static str,
    pub screen_step: &'static str,
    pub up_down: &'static str,
    pub page: &'static str,
    pub ends: &'static str,
    pub open: &'static str,
    pub back: &'static str,
    pub sideways: &'static str,
    pub search: &'static str,
    pub sort: &'static str,
    pub reverse_sort: &'static str,
    pub filter: &'static str,
    /// `{now}` and `{before}`: the counts of the two maps.
    pub era: &'static str,
    pub as_of: &'static str,
    /// `{levels}`: the levels the data has.
    pub level: &'static str,
    pub export: &'static str,
    pub reload: &'static str,
    pub sources: &'static str,
    pub help: &'static str,
    pub quit: &'static str,
}

/// The command line's own words: `--help` (Vietnamese; the English is the
/// code's doc comments, which clap shows as they are) and the sentences
/// of the errors the program itself says, one sentence each.
pub struct CliWords {
    /// `--help` in this language, or `None` for clap's English.
    pub help: Option<HelpWords>,
    /// What `tiendo help` is for.
    pub help_command: &'static str,
    /// Its argument: the command whose help to print.
    pub help_command_arg: &'static str,
    /// `TIENDO_LANG` holding something else than vi or en (the value).
    pub bad_env_lang: fn(&str) -> String,
    /// The sentences of clap's usage errors.
    pub usage: UsageWords,
    /// The sentences of files that cannot be read or written.
    pub io: IoWords,
    /// `--as-of` after today: the day given, today.
    pub as_of_after_today: fn(&str, &str) -> String,
    /// A date not written as YYYY-MM-DD (what was written).
    pub bad_day: fn(&str) -> String,
    /// `--width` under 60 or not a number (what was written).
    pub bad_width: fn(&str) -> String,
    /// An unknown `--sort`, `--filter`, `--era` or `--level` value: what
    /// it names, the value, the accepted codes.
    pub unknown_name: fn(&str, &str, &str) -> String,
    /// What `--sort`, `--filter`, `--era` and `--level` take, as
    /// `unknown_name` says it.
    pub name_kinds: [&'static str; 4],
    /// `--view timeline:<n>` out of range (the view, the count).
    pub bad_milestone: fn(&str, usize) -> String,
    /// An unknown `--view`.
    pub unknown_view: fn(&str) -> String,
    /// No province (`true`) or locality with this id; the closest ids.
    pub unknown_id: fn(bool, &str, &str) -> String,
    /// The dashboard run without a terminal.
    pub needs_terminal: &'static str,
    pub terminal_size: &'static str,
    pub terminal_draw: &'static str,
    pub keyboard: &'static str,
    pub watch_failed: &'static str,
    /// Before a folder that cannot be watched.
    pub watch_folder: &'static str,
    pub write_csv: &'static str,
    pub write_json: &'static str,
    pub write_stdout: &'static str,
}

/// `--help` in a language clap does not speak: its headings, the usage
/// lines, and every command's and argument's words.
pub struct HelpWords {
    pub usage_heading: &'static str,
    pub options: &'static str,
    pub arguments: &'static str,
    pub commands: &'static str,
    /// `tiendo`, `tiendo check`, `tiendo export`, `tiendo help` usage lines.
    pub usage: [&'static str; 4],
    /// What `tiendo`, `check` and `export` do.
    pub about: [&'static str; 3],
    pub help_flag: &'static str,
    pub version_flag: &'static str,
    /// Every argument by its id: its value's name ("" for a flag) and help.
    pub args: &'static [(&'static str, &'static str, &'static str)],
}

/// clap's usage errors, said again in the user's language.
pub struct UsageWords {
    /// An option that does not exist (the option, a suggestion or "").
    pub unknown_option: fn(&str, &str) -> String,
    /// A word where none is expected (the word).
    pub unexpected: fn(&str) -> String,
    /// A command that does not exist (the word, the commands).
    pub unknown_command: fn(&str, &str) -> String,
    /// A value not among the accepted ones (option, value, accepted).
    pub bad_value: fn(&str, &str, &str) -> String,
    /// An option given without its value.
    pub needs_value: fn(&str) -> String,
    /// An option given twice.
    pub given_again: fn(&str) -> String,
    /// Something missing (what).
    pub missing: fn(&str) -> String,
    /// Text that is not valid UTF-8.
    pub not_utf8: &'static str,
    /// Anything else clap refuses (its own words).
    pub other: fn(&str) -> String,
    /// After an unknown option or command: where the options are listed.
    pub see_help: fn(&str) -> String,
}

/// Files that cannot be read or written: what was being done, and why.
pub struct IoWords {
    pub open: &'static str,
    pub read: &'static str,
    pub list: &'static str,
    /// A folder holding no `.toml` file (the folder).
    pub no_toml: fn(&str) -> String,
    pub write: &'static str,
    pub write_in: &'static str,
    /// No free snapshot name in a folder (the folder).
    pub no_free_name: fn(&str) -> String,
    pub not_found: &'static str,
    pub denied: &'static str,
    pub exists: &'static str,
    pub not_a_folder: &'static str,
    pub is_a_folder: &'static str,
    pub read_only: &'static str,
    pub full: &'static str,
    pub invalid_name: &'static str,
    /// Any other failure: the system's error code, when it has one.
    pub other: fn(Option<i32>) -> String,
}

const CLI_VI: CliWords = CliWords {
    help: Some(HelpWords {
        usage_heading: "Cách dùng:",
        options: "Tùy chọn",
        arguments: "Đối số",
        commands: "Lệnh",
        usage: [
            "tiendo [TÙY_CHỌN] [LỆNH]",
            "tiendo check [TÙY_CHỌN] <ĐƯỜNG_DẪN>",
            "tiendo export [TÙY_CHỌN]",
            "tiendo help [LỆNH]",
        ],
        about: [
            "Tiến độ thực hiện BHYT toàn dân: tỷ lệ bao phủ của từng tỉnh/thành so với mục tiêu của Chỉ thị 38-CT/TW và Chỉ thị 52-CT/TW",
            "Kiểm tra một bộ dữ liệu và in mọi lỗi theo dạng tệp:dòng:cột: nội dung",
            "In ảnh chụp màn hình mà phím e ghi ra, không cần mở bảng điều khiển",
        ],
        help_flag: "In trợ giúp này",
        version_flag: "In số phiên bản",
        args: &[
            (
                "data",
                "ĐƯỜNG_DẪN",
                "Bộ dữ liệu: một tệp TOML, hoặc một thư mục gồm các tệp TOML (mặc định: dữ liệu kèm theo)",
            ),
            (
                "as_of",
                "YYYY-MM-DD",
                "Đánh giá mọi số liệu như tại ngày này (YYYY-MM-DD): chỉ dùng những gì đã biết đến ngày đó, so với các mục tiêu có hiệu lực khi ấy",
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
                "Một tệp TOML, hoặc một thư mục gồm các tệp TOML",
            ),
            (
                "view",
                "MÀN_HÌNH",
                "overview (tổng quan), provinces (tỉnh/thành), province:<mã>, unit:<mã> (mọi đơn vị) hoặc timeline (dòng thời gian); mặc định: overview",
            ),
            (
                "format",
                "ĐỊNH_DẠNG",
                "txt (màn hình dạng văn bản), md, csv (bảng các đơn vị, cho bảng tính) hoặc json (các số liệu); mặc định: txt",
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
                "filter",
                "TRẠNG_THÁI",
                "Chỉ các đơn vị có trạng thái này (achieved, on_track, at_risk, off_track, too_few_figures, stale, no_target, no_data, hoặc tên trạng thái như \"Chậm tiến độ\")",
            ),
        ],
    }),
    help_command: "In trợ giúp này, hoặc trợ giúp của một lệnh",
    help_command_arg: "Lệnh cần xem trợ giúp (check, export)",
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
    needs_terminal: "bảng điều khiển cần một cửa sổ dòng lệnh: hãy chạy `tiendo export` để in ảnh chụp",
    terminal_size: "không đọc được kích thước cửa sổ dòng lệnh",
    terminal_draw: "không vẽ được lên cửa sổ dòng lệnh",
    keyboard: "không đọc được bàn phím",
    watch_failed: "không theo dõi được thay đổi của dữ liệu",
    watch_folder: "không theo dõi được",
    write_csv: "không tạo được csv",
    write_json: "không tạo được json",
    write_stdout: "không ghi được ra đầu ra chuẩn",
};

const CLI_EN: CliWords = CliWords {
    help: None,
    help_command: "Print this message or the help of the given command",
    help_command_arg: "The command whose help to print (check, export)",
    bad_env_lang: |v| {
        format!(
            "TIENDO_LANG={v:?} is not a language tiendo speaks (vi or en): the interface is in Vietnamese"
        )
    },
    usage: UsageWords {
        unknown_option: |arg, like| match like {
            "" => format!("there is no option {arg}"),
            like => format!("there is no option {arg}; did you mean {like}?"),
        },
        unexpected: |word| format!("{word:?} is not expected here"),
        unknown_command: |word, all| {
            format!("there is no command {word:?}; the commands are {all}")
        },
        bad_value: |arg, value, valid| {
            format!("{arg} does not take {value:?}: write one of {valid}")
        },
        needs_value: |arg| format!("{arg} needs a value"),
        given_again: |arg| format!("{arg} can be given only once"),
        missing: |what| format!("{what} is missing"),
        not_utf8: "the command line holds text that is not UTF-8",
        other: |clap| format!("invalid command line ({clap})"),
        see_help: |command| format!("`{command} --help` lists the options"),
    },
    io: IoWords {
        open: "cannot open",
        read: "cannot read",
        list: "cannot list the folder",
        no_toml: |dir| format!("the folder {dir} holds no .toml file"),
        write: "cannot write",
        write_in: "cannot write in",
        no_free_name: |dir| format!("cannot find a free file name in {dir}"),
        not_found: "no such file or folder",
        denied: "permission denied",
        exists: "a file of that name exists",
        not_a_folder: "a part of the path is not a folder",
        is_a_folder: "it is a folder, not a file",
        read_only: "the disk is read-only",
        full: "the disk is full",
        invalid_name: "the file name is not valid",
        other: |code| match code {
            Some(code) => format!("system error {code}"),
            None => "system error".to_string(),
        },
    },
    as_of_after_today: |day, today| {
        format!(
            "--as-of {day} is after today ({today}): figures can be judged as of today or an earlier day"
        )
    },
    bad_day: |s| format!("write the date as YYYY-MM-DD, e.g. 2026-11-23, not {s:?}"),
    bad_width: |s| format!("write the width as a number of columns, 60 or more, not {s:?}"),
    unknown_name: |what, given, codes| {
        format!("no {what} is called {given:?}; write one of {codes}")
    },
    name_kinds: ["column", "status", "era", "level"],
    bad_milestone: |view, n| {
        format!("{view:?}: write timeline:<n> with n the milestone's place, 1 to {n}")
    },
    unknown_view: |view| {
        format!(
            "unknown view {view:?}: write overview, provinces, province:<id>, unit:<id> or timeline"
        )
    },
    unknown_id: |province, id, closest| {
        let what = if province { "province" } else { "locality" };
        format!("no {what} has the id {id:?}; the closest are {closest}")
    },
    needs_terminal: "the dashboard needs a terminal: run `tiendo export` to print a snapshot instead",
    terminal_size: "cannot read the terminal's size",
    terminal_draw: "cannot draw on the terminal",
    keyboard: "cannot read the keyboard",
    watch_failed: "cannot watch the data for changes",
    watch_folder: "cannot watch",
    write_csv: "cannot write the csv",
    write_json: "cannot write the json",
    write_stdout: "cannot write to standard output",
};
