//! The real binary in a real pseudo-terminal: keys in, screen text out.

// Test helpers outside #[test] functions: a failed fixture is meant to stop the test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![cfg(unix)]

use crate::common;

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const ROWS: u16 = 30;
const COLS: u16 = 100;

struct Session {
    screen: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    /// The warm-start cache of this run: never the user's own.
    _cache: tempfile::TempDir,
}

impl Session {
    fn start(env: &[(&str, &str)]) -> Session {
        Self::start_with(env, &[])
    }

    fn start_with(env: &[(&str, &str)], args: &[&str]) -> Session {
        Self::start_sized(env, args, COLS, ROWS)
    }

    fn start_sized(env: &[(&str, &str)], args: &[&str], cols: u16, rows: u16) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_tiendo"));
        // The fixed day, unless the test judges on a day of its own.
        if !args.contains(&"--today") {
            cmd.args(["--today", "2026-11-23"]);
        }
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("TIENDO_LANG");
        let cache = tempfile::tempdir().expect("a cache folder");
        cmd.env("TIENDO_CACHE_DIR", cache.path());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("tiendo starts");
        // Without this the reader never sees the end of the output.
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("a reader");
        let writer = pty.master.take_writer().expect("a writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            rows.try_into().unwrap(),
            cols.try_into().unwrap(),
            0,
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (s, r) = (Arc::clone(&screen), Arc::clone(&raw));
        std::thread::spawn(move || {
            let _master = pty.master;
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        let chunk = buf.get(..n).unwrap_or(&[]);
                        s.lock().unwrap().process(chunk);
                        r.lock().unwrap().extend_from_slice(chunk);
                    }
                }
            }
        });
        Session {
            screen,
            raw,
            writer,
            child,
            _cache: cache,
        }
    }

    fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `what`; fails with the screen if it never does.
    fn wait_for(&self, what: &str) -> String {
        self.wait_for_up_to(what, Duration::from_secs(20))
    }

    fn wait_for_up_to(&self, what: &str, limit: Duration) -> String {
        self.wait_until(what, limit, |text| text.contains(what))
    }

    /// Waits until the screen shows every one of `all`: a frame is drawn
    /// row by row, so one string on screen does not mean the rest is there.
    fn wait_for_all(&self, all: &[&str]) -> String {
        let what = all.join(" + ");
        self.wait_until(&what, Duration::from_secs(20), |text| {
            all.iter().all(|a| text.contains(a))
        })
    }

    fn wait_until(&self, what: &str, limit: Duration, done: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + limit;
        loop {
            let text = self.text();
            if done(&text) {
                return text;
            }
            assert!(
                Instant::now() < deadline,
                "the screen never showed {what}:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "tiendo did not exit:\n{}",
                self.text()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// The province after Bắc Ninh in the default order, worked out from the library.
fn province_after_bac_ninh() -> String {
    let mut app = common::bundled_app(tiendo::text::Lang::Vi);
    let i = app.model.index_of("bac-ninh").unwrap();
    app.select(i);
    app.update(tiendo::app::Action::ShowScreen(
        tiendo::app::Screen::Province,
    ));
    app.update(tiendo::app::Action::Next);
    app.model
        .locality(app.province().unwrap())
        .unwrap()
        .name
        .clone()
}

#[test]
fn an_official_finds_bac_giang_steps_on_and_quits() {
    let mut s = Session::start(&[]);
    s.wait_for("Cả nước");
    s.wait_for("1 Tổng quan");

    s.keys("2");
    s.wait_for("34 tỉnh/thành hiện nay · 34");

    s.keys("/");
    s.wait_for("Tìm ›");
    s.keys("bac giang");
    // Bắc Giang has been part of Bắc Ninh since 1 July 2025 (at 100
    // columns the name column cuts the match: "Bắc Ninh ← Bắ…").
    s.wait_for_all(&["34 tỉnh/thành hiện nay · 1 ", "Bắc Ninh ← Bắ"]);
    s.wait_until("no other province", Duration::from_secs(20), |t| {
        !t.contains("An Giang")
    });

    s.keys("\r");
    s.wait_for_all(&["Tìm: bac giang", "34 tỉnh/thành hiện nay · 34"]);
    s.wait_until("Bắc Ninh selected", Duration::from_secs(20), |t| {
        t.lines().any(|l| l.contains('▶') && l.contains("Bắc Ninh"))
    });

    s.keys("\r");
    s.wait_for("← Bắc Ninh (từ 01/07/2025 gồm Bắc Ninh, Bắc Giang) →");
    s.wait_for("Đơn vị trước sáp nhập");

    s.keys("]");
    let next = province_after_bac_ninh();
    s.wait_for(&format!("← {next}"));

    s.keys("4");
    s.wait_for_all(&["▼ hôm nay", "34 mốc"]);

    s.keys("?");
    s.wait_for("Trợ giúp · Phím tắt");

    // q closes the help first, then quits.
    s.keys("q");
    s.wait_until("the help closed", Duration::from_secs(20), |t| {
        !t.contains("Trợ giúp · Phím tắt")
    });
    s.keys("q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    std::thread::sleep(Duration::from_millis(100));
    assert!(
        !s.screen.lock().unwrap().screen().alternate_screen(),
        "left the alternate screen"
    );
    let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
    assert!(
        raw.contains("\x1b[?1049l"),
        "the sequence that leaves the alternate screen"
    );
    assert!(raw.contains("\x1b[?25h"), "the cursor is shown again");
}

#[test]
fn t_steps_to_the_2025_year_end_then_back_to_the_63_provinces_and_t_comes_back() {
    let mut s = Session::start(&[]);
    s.wait_for("Cả nước");
    s.keys("2");
    s.wait_for("34 tỉnh/thành hiện nay · 34");
    // The due date of the 2025 targets comes first, on the 34-province map.
    s.keys("t");
    s.wait_for_all(&["tính đến ngày 31/12/2025", "34 tỉnh/thành hiện nay · 34"]);
    s.keys("t");
    s.wait_for_all(&[
        "tính đến ngày 31/12/2024",
        "63 tỉnh/thành trước 01/07/2025 · 63",
    ]);
    s.keys("t");
    s.wait_for("tính đến ngày 31/12/2023");
    s.keys("TTT");
    s.wait_for("34 tỉnh/thành hiện nay · 34");
    s.wait_until("the latest figures again", Duration::from_secs(20), |t| {
        !t.contains("tính đến ngày")
    });
    s.keys("q");
    assert!(s.wait_exit().success());
}

#[test]
fn with_no_color_the_selection_still_shows_and_no_colour_is_sent() {
    let mut s = Session::start(&[("NO_COLOR", "1")]);
    s.wait_for("Cả nước");
    s.keys("2");
    s.wait_for("34 tỉnh/thành hiện nay · 34");
    s.keys("jj");
    s.wait_until("the third row selected", Duration::from_secs(20), |t| {
        // The third row by the gap is Lào Cai (its rank shown at 100
        // columns, where the room left brings it back).
        t.lines().any(|l| l.contains('▶') && l.contains("Lào Cai"))
    });
    {
        let parser = s.screen.lock().unwrap();
        let screen = parser.screen();
        let row = (0..ROWS)
            .find(|&r| screen.contents_between(r, 0, r, COLS).contains('▶'))
            .expect("a selected row");
        let marked = (0..COLS)
            .filter_map(|c| screen.cell(row, c))
            .filter(|cell| cell.inverse() || cell.bold())
            .count();
        assert!(
            marked > 20,
            "the selected row is reversed or bold ({marked} cells)"
        );
        for r in 0..ROWS {
            for c in 0..COLS {
                let cell = screen.cell(r, c).unwrap();
                assert_eq!(cell.fgcolor(), vt100::Color::Default, "colour at {r},{c}");
                assert_eq!(
                    cell.bgcolor(),
                    vt100::Color::Default,
                    "background at {r},{c}"
                );
            }
        }
    }
    let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
    for colour in ["\x1b[38;", "\x1b[48;", "\x1b[31m", "\x1b[32m", "\x1b[36m"] {
        assert!(
            !raw.contains(colour),
            "a colour sequence {colour:?} was sent"
        );
    }
    s.keys("q");
    assert!(s.wait_exit().success());
}

/// The name of the province furthest behind, first of the Overview's list.
fn furthest_behind() -> String {
    let app = common::bundled_app(tiendo::text::Lang::Vi);
    let [behind, _] = app.overview_lists();
    app.model.locality(behind[0]).unwrap().name.clone()
}

#[test]
fn the_overviews_lists_and_a_search_open_provinces_without_colour() {
    let mut s = Session::start(&[("NO_COLOR", "1")]);
    s.wait_for("Cả nước");
    s.keys("j");
    s.wait_until(
        "an entry of the Overview picked",
        Duration::from_secs(20),
        |t| t.lines().any(|l| l.contains('▶')),
    );
    {
        let parser = s.screen.lock().unwrap();
        let screen = parser.screen();
        let row = (0..ROWS)
            .find(|&r| screen.contents_between(r, 0, r, COLS).contains('▶'))
            .expect("a picked entry");
        let marked = (0..COLS)
            .filter_map(|c| screen.cell(row, c))
            .filter(|cell| cell.inverse())
            .count();
        assert!(marked > 10, "the picked entry is reversed ({marked} cells)");
    }
    s.keys("\r");
    s.wait_for(&format!("← {}", furthest_behind()));
    s.keys("\x1b");
    s.wait_for("Cả nước");
    // `/` on the Overview: Enter opens the province found.
    s.keys("/ha tinh");
    s.wait_for("Tìm › ha tinh");
    s.keys("\r");
    s.wait_for("← Hà Tĩnh");
    s.keys("q");
    assert!(s.wait_exit().success());
}

/// The one file in `dir`, and its name.
fn only_file(dir: &std::path::Path) -> (std::path::PathBuf, String) {
    let files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    (files[0].clone(), name)
}

/// What a shell prints for the command `line` (`tiendo export …`, quoted
/// for the shell), with this build's binary as `tiendo`.
fn run_in_shell(line: &str) -> Vec<u8> {
    let rest = line.strip_prefix("tiendo ").expect("a tiendo command");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("\"$TIENDO\" {rest}"))
        .env("TIENDO", env!("CARGO_BIN_EXE_tiendo"))
        .env_remove("TIENDO_LANG")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{line}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn the_e_key_writes_what_was_seen_and_its_header_command_writes_it_again() {
    let dir = tempfile::tempdir().unwrap();
    let dir_arg = dir.path().to_str().unwrap().to_string();
    let mut s = Session::start_sized(&[], &["--export-dir", &dir_arg], 120, 40);
    s.wait_for("Cả nước");
    s.keys("2");
    s.wait_for("34 tỉnh/thành hiện nay · 34");
    // Sorted by the trend, as an official might before writing the table.
    s.keys("s");
    s.wait_for("Sắp xếp: xu hướng ↑");
    s.keys("e");
    s.wait_for_all(&["Xuất ảnh chụp", "Enter: txt"]);
    s.keys("\r");
    let screen = s.wait_for("Đã xuất: ");
    // The status line names the file and the command that writes it again.
    let line = status_line(&screen);
    assert!(
        line.contains(" · tiendo export --view provinces --format txt"),
        "{line}"
    );
    let (path, name) = only_file(dir.path());
    assert!(
        name.starts_with("tiendo-provinces-") && name.ends_with(".txt"),
        "{name}"
    );
    let written = std::fs::read_to_string(&path).unwrap();
    // As wide as the screen: the table's border runs the 120 columns.
    let widest = written
        .lines()
        .filter(|l| !l.starts_with("Lệnh: "))
        .map(tiendo::text::width)
        .max()
        .unwrap();
    assert_eq!(widest, 120, "{written}");
    assert!(
        written.contains("Xu hướng"),
        "the columns a 120-column screen shows"
    );
    let command = written
        .lines()
        .find_map(|l| l.strip_prefix("Lệnh: "))
        .unwrap();
    assert_eq!(
        command,
        "tiendo export --view provinces --format txt --width 120 --sort trend --today 2026-11-23"
    );
    assert_eq!(
        run_in_shell(command),
        written.as_bytes(),
        "the header's command gives the file back"
    );

    // Another format from the menu: md, whose command says so.
    std::fs::remove_file(&path).unwrap();
    s.keys("e");
    s.wait_for("Enter: txt");
    s.keys("m");
    s.wait_for(".md · tiendo export");
    let (path, name) = only_file(dir.path());
    assert!(name.ends_with(".md"), "{name}");
    let written = std::fs::read_to_string(&path).unwrap();
    let command = written
        .lines()
        .find_map(|l| l.strip_prefix("- Lệnh: "))
        .unwrap();
    assert!(command.contains("--format md"), "{command}");
    assert_eq!(run_in_shell(command), written.as_bytes());

    // A folder that cannot be written: the error is said and the dashboard goes on.
    drop(dir);
    s.keys("e");
    s.wait_for("Enter: md");
    s.keys("\r");
    let screen = s.wait_for("Không xuất được: không ghi được vào ");
    assert_no_english_on_screen("an export that failed", &[status_line(&screen)], &screen);
    s.keys("1");
    s.wait_for("Cả nước");
    s.keys("q");
    assert!(s.wait_exit().success());
}

/// A folder large enough that loading takes more than a quarter of a second
/// in a test build.
#[cfg(debug_assertions)]
fn large_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let spec = tiendo::synth::Spec {
        localities: 30_000,
        years: 10,
        seed: 5,
    };
    for (name, text) in tiendo::synth::per_province(&spec) {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

// In an optimised build this folder is read before the progress line is
// due (its first frame at 74 ms, the line after 250): there is no long
// load to see. `cargo test`, as CI runs it, builds for debugging.
#[cfg(debug_assertions)]
#[test]
fn a_long_load_shows_its_progress_instead_of_a_blank_screen() {
    let dir = large_folder();
    let data = dir.path().to_str().unwrap().to_string();
    let mut s = Session::start_with(&[], &["--data", &data]);
    s.wait_for_all(&["Đang đọc dữ liệu: tệp ", " MB · "]);
    // Then the dashboard, on the synthetic data: a debug build on a busy
    // machine may take a while, which is what the progress line is for.
    s.wait_for_up_to("Dữ liệu thử nghiệm", Duration::from_secs(120));
    s.keys("q");
    assert!(s.wait_exit().success());
}

#[cfg(debug_assertions)]
#[test]
fn ctrl_c_during_a_long_load_exits_cleanly() {
    let dir = large_folder();
    let data = dir.path().to_str().unwrap().to_string();
    let mut s = Session::start_with(&[], &["--data", &data]);
    s.wait_for("Đang đọc dữ liệu: tệp ");
    s.keys("\x03");
    let status = s.wait_exit();
    assert!(!status.success(), "interrupted, not finished: {status:?}");
    std::thread::sleep(Duration::from_millis(100));
    assert!(
        !s.screen.lock().unwrap().screen().alternate_screen(),
        "the terminal was never taken"
    );
}

#[test]
fn a_mistake_in_the_rest_closes_the_dashboard_shown_on_the_head_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let spec = tiendo::synth::Spec {
        localities: 4000,
        years: 17,
        seed: 11,
    };
    let text = tiendo::synth::single_file(&spec);
    // The last commune's last figure written with a decimal comma.
    let at = text.rfind("coverage = ").unwrap() + "coverage = ".len();
    let end = at + text[at..].find('\n').unwrap();
    let file = dir.path().join("big.toml");
    std::fs::write(&file, format!("{}91,5{}", &text[..at], &text[end..])).unwrap();
    let data = file.to_str().unwrap().to_string();
    let mut s = Session::start_with(&[], &["--data", &data]);
    // The head is drawn while the rest is read.
    s.wait_for_up_to("Đang đọc cấp dưới", Duration::from_secs(60));
    s.wait_for_up_to("đã đóng bảng điều khiển", Duration::from_secs(120));
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 1, "{status:?}");
    let text = s.text();
    assert!(
        text.contains("big.toml:") && text.contains("91.5"),
        "{text}"
    );
}

fn small_dataset(coverage: &str) -> String {
    format!(
        "schema = 1\n[meta]\ntitle = \"Theo dõi\"\nas_of = 2025-12-31\n\n[[target]]\nlocality = \"VN\"\nby = 2026-12-31\ncoverage = 95.0\nsource = \"s\"\n\n[[locality]]\nid = \"VN\"\nname = \"Việt Nam\"\nkind = \"nation\"\n\n[[locality]]\nid = \"p\"\nname = \"Tỉnh Một\"\nkind = \"province\"\nparent = \"VN\"\n  [[locality.record]]\n  date = 2025-12-31\n  coverage = {coverage}\n  source = \"s\"\n"
    )
}

#[test]
fn watch_reloads_on_change_keeps_the_last_good_data_and_shows_problems() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("data.toml");
    std::fs::write(&file, small_dataset("91.25")).unwrap();
    let data = file.to_str().unwrap().to_string();
    let mut s = Session::start_with(&[], &["--watch", "--data", &data]);
    s.wait_for("Theo dõi");
    s.keys("2");
    s.wait_for("91,25 %");

    // A slip while editing: the figures stay, the problem is shown where it is.
    std::fs::write(&file, small_dataset("\"93,5\"")).unwrap();
    // In the user's language, Vietnamese by default (issue 12, item 1).
    let shown = s.wait_for_all(&[
        "Lỗi trong dữ liệu · 1",
        "data.toml:24:14: viết coverage = 93.5: số có dấu chấm thập phân",
        "91,25 %",
    ]);
    assert!(
        !shown.contains("write") && !shown.contains("decimal"),
        "{shown}"
    );
    s.keys("\x1b");
    let deadline = Instant::now() + Duration::from_secs(5);
    while s.text().contains("Lỗi trong dữ liệu") {
        assert!(Instant::now() < deadline, "Esc closes the panel");
        std::thread::sleep(Duration::from_millis(20));
    }

    // The file vanishes: said, and the data stays.
    std::fs::remove_file(&file).unwrap();
    s.wait_for_all(&["Lỗi trong dữ liệu", "không mở được", "91,25 %"]);

    // Fixed: reloaded, the panel goes, the selection and screen stay.
    std::fs::write(&file, small_dataset("93.5")).unwrap();
    s.wait_until(
        "the reloaded figure and no panel",
        Duration::from_secs(20),
        |t| t.contains("93,50 %") && t.contains("Tải lại ✓") && !t.contains("Lỗi trong dữ liệu"),
    );
    s.wait_until("the same province selected", Duration::from_secs(20), |t| {
        t.lines().any(|l| l.contains('▶') && l.contains("Tỉnh Một"))
    });
    s.keys("q");
    assert!(s.wait_exit().success());
}

#[test]
fn watch_with_two_datasets_reloads_on_a_change_to_the_second() {
    // Two datasets in two folders: the first defines the province, the
    // second only adds a top-level record to it (issue 13, item 6).
    let (first, second) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let base = first.path().join("base.toml");
    std::fs::write(&base, small_dataset("91.25")).unwrap();
    let extra = second.path().join("thang-6.toml");
    let record = |coverage: &str| {
        format!(
            "schema = 1\n\n[[record]]\nlocality = \"p\"\ndate = 2026-06-30\ncoverage = {coverage}\nsource = \"báo cáo tháng 6\"\n"
        )
    };
    std::fs::write(&extra, record("92.5")).unwrap();
    let (base, extra_arg) = (
        base.to_str().unwrap().to_string(),
        extra.to_str().unwrap().to_string(),
    );
    let mut s = Session::start_with(&[], &["--watch", "--data", &base, "--data", &extra_arg]);
    s.wait_for("Theo dõi");
    s.keys("2");
    s.wait_for("92,50 %");

    std::fs::write(&extra, record("94.75")).unwrap();
    s.wait_until(
        "the second dataset's new figure, reloaded",
        Duration::from_secs(20),
        |t| t.contains("94,75 %") && t.contains("Tải lại ✓"),
    );
    s.keys("q");
    assert!(s.wait_exit().success());
}

#[test]
fn watch_without_data_says_so_in_the_status_line_and_opens_the_dashboard() {
    let mut s = Session::start_with(&[], &["--watch"]);
    // The status line's start: the sentence is on stderr in full.
    s.wait_for_all(&["Cả nước", " --watch không có tác dụng"]);
    s.keys("q");
    assert!(s.wait_exit().success());
}

#[test]
fn judged_on_an_earlier_day_the_start_says_how_many_figures_it_leaves_out() {
    // The bundled data has 32 figures dated after 30 June 2025. The start
    // used to clear the sentence App::new had put in the status line.
    let mut s = Session::start_with(&[], &["--today", "2025-06-30"]);
    s.wait_for_all(&[
        "Cả nước",
        "32 bản ghi đề ngày sau ngày đánh giá 30/06/2025 nên không được tính",
    ]);
    s.keys("q");
    assert!(s.wait_exit().success());
}

/// What gives away English in text meant to be Vietnamese, on the screen
/// around a failed reload.
const ENGLISH_GIVEAWAYS: [&str; 5] = [" the ", "error", "warning", "Reload", "cannot"];

/// The reload-problems panel as it stands on `screen`, cut from the screen
/// behind it: its rows from the top border (the one titled `title`) to the
/// bottom one (titled `dismiss`), each between its corners. Empty when
/// there is no panel.
fn problems_panel(screen: &str, title: &str, dismiss: &str) -> Vec<String> {
    let rows: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let as_text = |r: &[char]| r.iter().collect::<String>();
    let Some(top) = rows.iter().position(|r| as_text(r).contains(title)) else {
        return Vec::new();
    };
    let top_row = as_text(&rows[top]);
    let title_at = top_row[..top_row.find(title).unwrap()].chars().count();
    // The corner, then the title after a space.
    let left = title_at.saturating_sub(2);
    let right = rows[top]
        .iter()
        .skip(left)
        .position(|&c| c == '┐')
        .map_or(rows[top].len(), |i| left + i + 1);
    rows.iter()
        .skip(top)
        .map(|r| as_text(r.get(left..right.min(r.len())).unwrap_or(&[])))
        .scan(false, |done, row| {
            // Up to and with the bottom border.
            if *done {
                return None;
            }
            *done = row.contains(dismiss);
            Some(row)
        })
        .collect()
}

/// The panel's frame (its top and bottom borders, with their titles) and
/// its heading: the words the program itself puts around the problems.
fn panel_frame_and_heading(panel: &[String]) -> Vec<String> {
    [panel.first(), panel.get(1), panel.last()]
        .into_iter()
        .flatten()
        .cloned()
        .collect()
}

/// The status line: the screen's last row.
fn status_line(screen: &str) -> String {
    screen.lines().last().unwrap_or_default().to_string()
}

/// Fails on any English giveaway in `texts`: the panel's frame and the
/// status line (`panel_frame_and_heading`, `status_line`), or the whole
/// panel with the dataset's diagnostics in it (`problems_panel`).
fn assert_no_english_on_screen(what: &str, texts: &[String], screen: &str) {
    for text in texts {
        for english in ENGLISH_GIVEAWAYS {
            assert!(
                !text.contains(english),
                "{what}: {english:?} in {text:?}\n{screen}"
            );
        }
    }
}

/// The words around a failed reload, in one language: the panel's title,
/// heading and foot, the status line, the reason a vanished file gives,
/// and the figure that stays on screen.
struct ReloadWords {
    title: &'static str,
    heading: &'static str,
    dismiss: &'static str,
    /// The status line's start: the first problem, in short.
    status: &'static str,
    /// The panel's last line but its foot, before the `--data` path.
    see_all: &'static str,
    missing: &'static str,
    coverage: &'static str,
}

fn dashboard_on_a_data_file(
    env: &[(&str, &str)],
    args: &[&str],
    w: &ReloadWords,
) -> (Session, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("data.toml");
    std::fs::write(&file, small_dataset("91.25")).unwrap();
    let data = file.to_str().unwrap().to_string();
    let mut s = Session::start_with(env, &[args, &["--data", &data][..]].concat());
    s.wait_for("Theo dõi");
    s.keys("2");
    s.wait_for(w.coverage);
    (s, dir)
}

#[test]
fn a_failed_reload_is_said_in_vietnamese_around_and_inside_the_panel() {
    let w = ReloadWords {
        title: "Lỗi trong dữ liệu · 1",
        heading: "Tải lại không được, vẫn giữ số liệu trước",
        dismiss: "Esc để đóng",
        status: "Tải lại không được (1 lỗi): data.toml:24: viết coverage = 93.5",
        see_all: "Xem đủ mọi lỗi bằng lệnh: tiendo check ",
        missing: "không mở được",
        coverage: "91,25 %",
    };
    // TIENDO_LANG is no reason to leave Vietnamese when --lang says it.
    let (mut s, dir) = dashboard_on_a_data_file(&[("TIENDO_LANG", "en")], &["--lang", "vi"], &w);
    let file = dir.path().join("data.toml");

    // A slip in the data: the panel's frame, heading and the status line
    // (the program's own words) and the problem itself (the dataset's
    // diagnostics) are all Vietnamese.
    std::fs::write(&file, small_dataset("\"93,5\"")).unwrap();
    s.keys("r");
    // The status line too: a frame is drawn row by row.
    let screen = s.wait_for_all(&[w.title, w.heading, w.dismiss, w.coverage, w.status]);
    let panel = problems_panel(&screen, w.title, w.dismiss);
    assert!(panel.len() >= 4, "{panel:#?}\n{screen}");
    let mut ours = panel_frame_and_heading(&panel);
    assert!(
        ours[0].starts_with("┌ ")
            && ours[0].ends_with('┐')
            && ours[1].contains(w.heading)
            && ours[2].starts_with('└')
            && ours[2].contains(w.dismiss),
        "{ours:#?}"
    );
    ours.push(status_line(&screen));
    assert!(ours.last().unwrap().contains(w.status), "{screen}");
    assert_no_english_on_screen("a slip in the data", &ours, &screen);
    assert!(
        panel
            .iter()
            .any(|r| r.contains("data.toml:24:14: viết coverage = 93.5")),
        "{panel:#?}"
    );
    // The panel ends with the command that lists every problem.
    let hint = format!("{}{}", w.see_all, file.display());
    let last = &panel[panel.len() - 2];
    assert!(last.contains(&hint), "{hint}\n{panel:#?}");
    assert_no_english_on_screen("a slip in the data: the problem", &panel, &screen);
    s.keys("\x1b");
    s.wait_until("the panel closed", Duration::from_secs(5), |t| {
        !t.contains(w.title)
    });

    // The file gone: every word of the panel is the program's own.
    std::fs::remove_file(&file).unwrap();
    s.keys("r");
    let screen = s.wait_for_all(&[w.title, w.missing, w.dismiss, w.coverage]);
    let panel = problems_panel(&screen, w.title, w.dismiss);
    let mut all = panel.clone();
    all.push(status_line(&screen));
    assert!(
        panel
            .iter()
            .any(|r| r.contains("không có tệp hoặc thư mục này")),
        "{panel:#?}"
    );
    assert_no_english_on_screen("the file gone", &all, &screen);
    // The first q closes the panel, the second quits.
    s.keys("qq");
    assert!(s.wait_exit().success());
}

#[test]
fn a_failed_reload_is_said_in_english_with_tiendo_lang_en() {
    let w = ReloadWords {
        title: "Problems in the data · 1",
        heading: "Reload failed; the last good data stays",
        dismiss: "Esc closes",
        status: "Reload failed (1 problem): cannot open ",
        see_all: "To see every problem, run: tiendo check ",
        missing: "cannot open",
        coverage: "91.25%",
    };
    let (mut s, dir) = dashboard_on_a_data_file(&[("TIENDO_LANG", "en")], &[], &w);
    std::fs::remove_file(dir.path().join("data.toml")).unwrap();
    s.keys("r");
    let screen = s.wait_for_all(&[w.title, w.heading, w.missing, w.dismiss, w.coverage]);
    let panel = problems_panel(&screen, w.title, w.dismiss);
    assert!(
        panel
            .iter()
            .any(|r| r.contains("data.toml: no such file or folder")),
        "{panel:#?}\n{screen}"
    );
    assert!(status_line(&screen).contains(w.status), "{screen}");
    let hint = format!("{}{}", w.see_all, dir.path().join("data.toml").display());
    assert!(panel[panel.len() - 2].contains(&hint), "{hint}\n{panel:#?}");
    for vietnamese in ["Lỗi", "Tải lại", "không"] {
        assert!(!screen.contains(vietnamese), "{vietnamese}\n{screen}");
    }
    // The first q closes the panel, the second quits.
    s.keys("qq");
    assert!(s.wait_exit().success());
}

/// The way in, end to end: a report imported with `tiendo import`, then
/// opened with the bundled data; Bắc Ninh shows the imported figure and
/// its sources panel names the report.
#[test]
fn an_imported_report_shows_on_the_dashboard_with_its_source() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("thang-9.toml");
    let report = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/import/semicolon-bom.csv"
    );
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_tiendo"))
        .env_remove("TIENDO_LANG")
        .args(["import", report, "-o", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let mut s = Session::start_with(&[], &["--data", "bundled", "--data", out.to_str().unwrap()]);
    s.wait_for("Cả nước");
    s.keys("/bac ninh");
    s.wait_for("Tìm ›");
    s.keys("\r");
    s.wait_for_all(&["95,36 %", "30/09/2025"]);
    s.keys("n");
    s.wait_for("semicolon-bom.csv, dòng 7");
    // The first q closes the panel, the second quits.
    s.keys("qq");
    assert!(s.wait_exit().success());
}

/// `r` reads the data again behind the screen (issue 22, point 5): on a
/// dataset that takes a while to read, `j` pressed right after `r` moves
/// the cursor while the status line still says the reload runs, and the
/// reload then ends with the data in place.
#[test]
fn keys_keep_working_while_r_reads_the_data_again() {
    let dir = tempfile::tempdir().unwrap();
    let file = crate::head_first::large_file(dir.path());
    let data = file.to_str().unwrap().to_string();
    // No cache: the reload must read and derive the whole file.
    let mut s = Session::start_with(&[], &["--data", &data, "--no-cache"]);
    s.wait_for_up_to("Đã đọc xong toàn bộ dữ liệu", Duration::from_secs(120));
    s.keys("2");
    let selected = |screen: &str| {
        screen
            .lines()
            .find(|l| l.contains('▶'))
            .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
            .unwrap_or_default()
    };
    let first = selected(&s.wait_until("the table", Duration::from_secs(10), |t| t.contains('▶')));
    s.keys("r");
    s.keys("j");
    let during = s.wait_until(
        "the cursor moved while the reload runs",
        Duration::from_secs(30),
        |t| t.contains("Đang tải lại") && selected(t) != first && !selected(t).is_empty(),
    );
    assert!(
        during.contains("Đang tải lại") && during.contains("· vẫn hiện số liệu trước"),
        "{during}"
    );
    s.wait_for_up_to("Tải lại ✓", Duration::from_secs(120));
    s.keys("q");
    assert!(s.wait_exit().success());
}

/// `r` on files saved unchanged reads nothing (issue 25, point 5: a second
/// model beside the one shown doubled the memory); a changed figure is
/// read as ever.
#[test]
fn r_on_unchanged_files_says_so_and_a_changed_figure_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let spec = tiendo::synth::Spec {
        localities: 1200,
        years: 17,
        seed: 4,
    };
    let text = tiendo::synth::single_file(&spec);
    assert!(
        text.len() as u64 >= tiendo::cache::MIN_BYTES,
        "large enough to key"
    );
    let file = dir.path().join("big.toml");
    std::fs::write(&file, &text).unwrap();
    let data = file.to_str().unwrap().to_string();
    let mut s = Session::start_with(&[], &["--data", &data]);
    s.wait_for_up_to("Dữ liệu thử nghiệm", Duration::from_secs(60));
    s.keys("r");
    s.wait_for_up_to(
        "Tải lại ✓ · tệp không đổi từ lần đọc trước",
        Duration::from_secs(60),
    );
    // The data's day moved back one: read again, said as a plain reload.
    std::fs::write(
        &file,
        text.replacen("as_of = 2025-12-31", "as_of = 2025-12-30", 1),
    )
    .unwrap();
    s.keys("r");
    s.wait_until("the changed file read", Duration::from_secs(60), |t| {
        t.contains("Tải lại ✓") && !t.contains("tệp không đổi")
    });
    s.keys("q");
    assert!(s.wait_exit().success());
}

/// The nice value of a task of a process (`/proc/PID/task/TID/stat`, the
/// 19th field; the name in brackets before it may hold spaces).
#[cfg(target_os = "linux")]
fn nice_of(stat: &str) -> i32 {
    let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    after_name
        .split_whitespace()
        .nth(16)
        .unwrap()
        .parse()
        .unwrap()
}

/// Each thread of a process: its id, name and nice value.
#[cfg(target_os = "linux")]
fn tasks_of(pid: u32) -> Vec<(u32, String, i32)> {
    let mut tasks = Vec::new();
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).unwrap() {
        let task = task.unwrap();
        let tid: u32 = task.file_name().to_str().unwrap().parse().unwrap();
        let name = std::fs::read_to_string(task.path().join("comm")).unwrap();
        let stat = std::fs::read_to_string(task.path().join("stat")).unwrap();
        tasks.push((tid, name.trim().to_string(), nice_of(&stat)));
    }
    tasks
}

#[cfg(target_os = "linux")]
#[test]
fn a_reload_s_threads_yield_to_the_one_that_reads_keys() {
    let own = nice_of(&std::fs::read_to_string("/proc/thread-self/stat").unwrap());
    let mut s = Session::start(&[]);
    s.wait_for("Tổng quan");
    let pid = s.child.process_id().unwrap();
    // Read before any load behind the screen: every thread as it was given.
    let first = tasks_of(pid);
    assert!(first.iter().all(|(_, _, nice)| *nice == own), "{first:?}");
    s.keys("r");
    s.wait_for("Tải lại ✓");
    let tasks = tasks_of(pid);
    // The main thread reads keys and draws, at the priority it was given;
    // rayon's pool, on which the reload ran, 10 below it from then on.
    let lowered = (own + 10).min(19);
    assert!(
        tasks.contains(&(pid, "tiendo".to_string(), own)),
        "{tasks:?}"
    );
    assert!(
        tasks
            .iter()
            .all(|(_, _, nice)| *nice == own || *nice == lowered),
        "{tasks:?}"
    );
    let below = tasks.iter().filter(|(_, _, nice)| *nice == lowered).count();
    assert!(
        below >= 1,
        "the reload ran on no thread below the main one: {tasks:?}"
    );
    s.keys("q");
    assert!(s.wait_exit().success());
}

/// The cache of data read from the TOML is written once the figures are
/// on screen; quitting at that moment waits for it: what is left is one
/// whole cache, which the next start opens, and no temporary file.
#[test]
fn quitting_as_all_the_data_comes_in_leaves_a_whole_cache_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = crate::head_first::large_file(dir.path());
    let data = file.to_str().unwrap().to_string();
    let cache = dir.path().join("cache");
    let cache_dir = cache.to_str().unwrap().to_string();
    let mut s = Session::start_with(&[("TIENDO_CACHE_DIR", &cache_dir)], &["--data", &data]);
    s.wait_for_up_to("Đã đọc xong", Duration::from_secs(120));
    s.keys("q");
    assert!(s.wait_exit().success());
    let names: Vec<String> = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].ends_with(".cache"), "{names:?}");
    // Whole: the next start reads it and no file.
    let timings = dir.path().join("timings.txt");
    let timings_file = timings.to_str().unwrap().to_string();
    let mut again = Session::start_with(
        &[
            ("TIENDO_CACHE_DIR", &cache_dir),
            ("TIENDO_TIMINGS", &timings_file),
        ],
        &["--data", &data],
    );
    again.wait_for_up_to("Đã đọc xong", Duration::from_secs(120));
    again.keys("q");
    assert!(again.wait_exit().success());
    let marks = std::fs::read_to_string(&timings).unwrap();
    assert!(marks.contains("cache opened"), "{marks}");
    assert!(!marks.contains("files read"), "{marks}");
}
