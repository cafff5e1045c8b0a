//! The html snapshot: golden files, its text against the txt snapshot's
//! (by reading the `<pre>` back, and in headless Chromium), colours only
//! where the screen has them, and a print that is A4 landscape.

// Test helpers outside #[test] functions: a failed fixture is meant to stop the test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use crate::common::Run;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use tiendo::app::Screen;
use tiendo::export::{self, Format};
use tiendo::text::Lang;

const TODAY: &str = "2026-11-23";
const TAKEN: &str = "23/11/2026";
const VIEWS: [&str; 3] = ["overview", "provinces", "province:bac-ninh"];
const WIDTHS: [u16; 2] = [80, 120];
const LANGS: [&str; 2] = ["vi", "en"];

/// `tiendo --lang LANG export --view VIEW --format FORMAT --width WIDTH`
/// on the bundled data, judged on the goldens' day, with colours.
fn export_cli(view: &str, format: &str, width: u16, lang: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
        .env_remove("TIENDO_LANG")
        .env_remove("NO_COLOR")
        .args(["--lang", lang, "export", "--view", view, "--format", format])
        .args(["--width", &width.to_string(), "--today", TODAY])
        .run()
        .expect("tiendo runs");
    assert!(
        out.status.success(),
        "{view} {format} {width} {lang}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The text a reader sees: the `<pre>`'s content without its tags, its
/// entities read back.
fn pre_text(html: &str) -> String {
    let start = html.find("<pre>").expect("a <pre>") + "<pre>".len();
    let end = html.rfind("</pre>").expect("a </pre>");
    let mut text = String::new();
    let mut in_tag = false;
    for c in html[start..end].chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    unescape(&text)
}

/// The page's text as the txt of the same screen reads: the command in
/// its header writes html, the txt's writes txt.
fn as_txt(text: &str) -> String {
    text.replacen(" --format html ", " --format txt ", 1)
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

#[test]
fn every_view_matches_its_golden_html_at_80_and_120_in_both_languages() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for view in VIEWS {
        for width in WIDTHS {
            for lang in LANGS {
                let html = export_cli(view, "html", width, lang);
                let path = format!(
                    "tests/golden/html/{}-{width}.{lang}.html",
                    view.replace(':', "-")
                );
                if update {
                    std::fs::write(&path, &html).unwrap();
                } else if std::fs::read_to_string(&path).ok().as_deref() != Some(html.as_str()) {
                    failures.push(path);
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "differ from golden files (UPDATE_GOLDEN=1 to accept): {failures:?}"
    );
}

#[test]
fn the_pages_text_is_the_txt_snapshot_and_the_page_stands_alone() {
    for view in VIEWS.iter().copied().chain(["timeline"]) {
        for width in WIDTHS {
            for lang in LANGS {
                let html = export_cli(view, "html", width, lang);
                let txt = export_cli(view, "txt", width, lang);
                let case = format!("{view} {width} {lang}");
                assert_eq!(as_txt(&pre_text(&html)), txt, "{case}");
                assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{case}");
                assert!(html.contains("<meta charset=\"utf-8\">"), "{case}");
                assert!(html.contains("size: A4 landscape"), "{case}");
                assert!(html.contains("print-color-adjust: exact"), "{case}");
                for outside in ["<script", "<link", "src=", "url(", "@import", "http"] {
                    assert!(!html.contains(outside), "{case}: {outside}");
                }
                assert_eq!(html.matches("<pre>").count(), 1, "{case}");
            }
        }
    }
}

#[test]
fn the_title_names_the_view_and_the_datas_date() {
    let title = |html: &str| {
        let start = html.find("<title>").unwrap() + "<title>".len();
        html[start..html.find("</title>").unwrap()].to_string()
    };
    let vi = export_cli("province:bac-ninh", "html", 80, "vi");
    assert_eq!(
        title(&vi),
        "tiendo · Chi tiết: Bắc Ninh (34 tỉnh/thành hiện nay) · Số liệu đến: 31/12/2025"
    );
    let en = export_cli("overview", "html", 80, "en");
    assert_eq!(
        title(&en),
        "tiendo · Overview (34 current provinces) · Figures up to: 2025-12-31"
    );
}

/// The css rules that give a run of cells its look.
fn look_rules(html: &str) -> Vec<&str> {
    html.lines().filter(|l| l.starts_with(".s")).collect()
}

#[test]
fn colours_show_as_on_screen_and_not_at_all_without_colour() {
    let coloured = export_cli("provinces", "html", 120, "vi");
    let rules = look_rules(&coloured);
    // The table's borders are the theme's dark grey, its header yellow and
    // the achieved green, each in its shade for paper.
    for colour in ["#7a7a7a", "#8a6500", "#1b7a33"] {
        assert!(
            rules.iter().any(|r| r.contains(&format!("color:{colour}"))),
            "{colour} in {rules:?}"
        );
    }
    for mono in [
        Command::new(env!("CARGO_BIN_EXE_tiendo"))
            .args(["--no-color", "export", "--view", "provinces"])
            .args(["--format", "html", "--width", "120", "--today", TODAY])
            .env_remove("NO_COLOR")
            .run()
            .unwrap(),
        Command::new(env!("CARGO_BIN_EXE_tiendo"))
            .args(["export", "--view", "provinces"])
            .args(["--format", "html", "--width", "120", "--today", TODAY])
            .env("NO_COLOR", "1")
            .run()
            .unwrap(),
    ] {
        assert!(mono.status.success());
        let html = String::from_utf8(mono.stdout).unwrap();
        let rules = look_rules(&html);
        assert!(!rules.is_empty(), "emphasis stays");
        for rule in &rules {
            // Reversed text is drawn in the page's own two colours.
            let plain = rule.replace("color:#fff;background:#000", "");
            assert!(
                !plain.contains("color") && !plain.contains("background"),
                "{rule}"
            );
        }
        assert_eq!(
            pre_text(&html).replacen(" --no-color", "", 1),
            pre_text(&coloured),
            "the same text, but for the flag in the command"
        );
    }
}

#[test]
fn a_colourless_dashboard_gives_the_same_text_as_its_txt() {
    // The dashboard's `e` renders its own app: without colours its chart
    // draws other marks, and the html shows those very cells.
    for view in ["overview", "province:bac-ninh"] {
        let mut a = common::bundled_app(Lang::En);
        a.mono = true;
        a.open_view(view).unwrap();
        let html = export::render(&a, Format::Html, 80, TAKEN).unwrap();
        let txt = export::render(&a, Format::Txt, 80, TAKEN).unwrap();
        assert_eq!(as_txt(&pre_text(&html)), txt, "{view}");
    }
}

#[test]
fn the_page_is_the_same_whatever_the_tables_paging() {
    let mut a = common::bundled_app(Lang::Vi);
    a.update(tiendo::app::Action::ShowScreen(Screen::Provinces));
    let whole = export::render_html_paged(&a, 100, TAKEN, export::PAGE_ROWS);
    for page_rows in [1, 7, 33] {
        assert_eq!(
            export::render_html_paged(&a, 100, TAKEN, page_rows),
            whole,
            "{page_rows}"
        );
    }
}

#[test]
fn markup_in_the_data_is_text_on_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("d.toml");
    std::fs::write(
        &data,
        "schema = 1\n[meta]\ntitle = \"Báo cáo <b>&\\\"x\\\"</b>\"\nas_of = 2025-12-31\n\
         [[locality]]\nid = \"VN\"\nname = \"<i>VN</i>\"\nkind = \"nation\"\n",
    )
    .unwrap();
    let run = |format: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_tiendo"))
            .env_remove("TIENDO_LANG")
            .arg("--data")
            .arg(&data)
            .args(["export", "--format", format, "--today", TODAY])
            .run()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let html = run("html");
    assert!(
        html.contains("tiendo · Báo cáo &lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;\n"),
        "{html}"
    );
    assert!(!html.contains("<b>") && !html.contains("<i>VN"), "{html}");
    assert_eq!(as_txt(&pre_text(&html)), run("txt"));
}

// ---------------------------------------------------------------------
// In a browser

/// Chromium, or why the browser tests cannot run: they must run in CI.
fn chromium() -> Option<PathBuf> {
    // The Windows build is tested under Wine (`.ci/windows`), where no
    // Windows browser is installed; the page is the same on every system.
    if cfg!(windows) {
        eprintln!("export_html: skipped the browser checks: they run on Linux");
        return None;
    }
    let found = ["chromium", "chromium-browser"].iter().find_map(|name| {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join(name))
                .find(|p| p.is_file())
        })
    });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but chromium is not on PATH: the html snapshot must be checked in a browser"
        );
        eprintln!("export_html: skipped the browser checks: chromium is not on PATH");
    }
    found
}

/// Runs headless Chromium on `args` (a fresh profile in `dir`) and gives
/// its standard output; a browser that hangs is killed after a minute.
fn run_chromium(browser: &Path, dir: &Path, args: &[String]) -> String {
    let mut child = Command::new(browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu"])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || std::io::read_to_string(stdout).unwrap());
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium {args:?}: {status}");
            break;
        }
        if Instant::now() > deadline {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("chromium {args:?} did not finish within a minute");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().unwrap()
}

/// A script the test adds to a copy of the page (the page itself has
/// none): it writes what the browser shows as the `<pre>`'s text into an
/// element, and how wide the `<pre>` is at its printed size against the
/// printed page's width, for `--dump-dom` to give back.
const PROBE: &str = r#"<script>
const pre = document.querySelector('pre');
const out = document.createElement('div');
out.id = 'probe';
out.textContent = pre.innerText;
for (const rule of document.styleSheets[0].cssRules) {
  if (rule.media && rule.media.mediaText === 'print') {
    for (const r of rule.cssRules) if (r.selectorText === 'pre') pre.style.fontSize = r.style.fontSize;
  }
}
pre.style.display = 'inline-block';
const page = document.createElement('div');
page.style.width = '277mm';
document.body.appendChild(page);
out.dataset.pre = pre.getBoundingClientRect().width;
out.dataset.page = page.getBoundingClientRect().width;
document.body.appendChild(out);
</script>"#;

struct Probe {
    text: String,
    pre_px: f64,
    page_px: f64,
}

fn probe(browser: &Path, dir: &Path, html: &str) -> Probe {
    let page = dir.join("probe.html");
    std::fs::write(&page, html.replace("</body>", &format!("{PROBE}\n</body>"))).unwrap();
    let dom = run_chromium(
        browser,
        dir,
        &["--dump-dom".into(), format!("file://{}", page.display())],
    );
    let start = dom.find("<div id=\"probe\"").expect("the probe ran");
    let open_end = start + dom[start..].find('>').unwrap();
    let attrs = &dom[start..open_end];
    let attr = |name: &str| -> f64 {
        let key = format!("data-{name}=\"");
        let from = attrs.find(&key).unwrap() + key.len();
        attrs[from..from + attrs[from..].find('"').unwrap()]
            .parse()
            .unwrap()
    };
    let close = open_end + dom[open_end..].find("</div>").unwrap();
    Probe {
        text: unescape(&dom[open_end + 1..close]),
        pre_px: attr("pre"),
        page_px: attr("page"),
    }
}

#[test]
fn in_chromium_the_page_reads_as_the_txt_and_fits_a4_landscape() {
    let Some(browser) = chromium() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let cases = VIEWS
        .iter()
        .flat_map(|view| WIDTHS.map(|width| (*view, width)))
        .flat_map(|(view, width)| LANGS.map(|lang| (view, width, lang)))
        // The widest a terminal is likely to be, printed on the same page.
        .chain([("provinces", 200, "vi")]);
    for (view, width, lang) in cases {
        let case = format!("{view} {width} {lang}");
        let html = export_cli(view, "html", width, lang);
        let txt = export_cli(view, "txt", width, lang);
        let seen = probe(&browser, dir.path(), &html);
        // Compared as they are: the browser's text of the `<pre>` keeps
        // every space and the final newline.
        assert_eq!(as_txt(&seen.text), txt, "{case}");
        assert!(
            seen.pre_px <= seen.page_px && seen.pre_px > seen.page_px * 0.9,
            "{case}: the text is {} px wide on a page of {} px",
            seen.pre_px,
            seen.page_px
        );
    }
}

/// The pages of a PDF and each page's size in points, read from its
/// uncompressed page objects (Chromium writes them so).
fn pdf_pages(pdf: &[u8]) -> Vec<(f64, f64)> {
    let text = String::from_utf8_lossy(pdf);
    let pages = text
        .match_indices("/Type /Page")
        .filter(|(i, _)| !text[i + "/Type /Page".len()..].starts_with('s'))
        .count();
    let boxes: Vec<(f64, f64)> = text
        .match_indices("/MediaBox [")
        .map(|(i, m)| {
            let rest = &text[i + m.len()..];
            let numbers: Vec<f64> = rest[..rest.find(']').unwrap()]
                .split_whitespace()
                .map(|n| n.parse().unwrap())
                .collect();
            (numbers[2] - numbers[0], numbers[3] - numbers[1])
        })
        .collect();
    assert_eq!(boxes.len(), pages, "a size for every page");
    boxes
}

#[test]
fn chromium_prints_it_on_a4_landscape_pages() {
    let Some(browser) = chromium() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for (view, width, lang) in [("provinces", 80, "vi"), ("province:bac-ninh", 120, "en")] {
        let html = export_cli(view, "html", width, lang);
        let lines = export_cli(view, "txt", width, lang).lines().count();
        let page = dir.path().join("print.html");
        std::fs::write(&page, &html).unwrap();
        let pdf = dir.path().join("print.pdf");
        run_chromium(
            &browser,
            dir.path(),
            &[
                "--no-pdf-header-footer".into(),
                format!("--print-to-pdf={}", pdf.display()),
                format!("file://{}", page.display()),
            ],
        );
        let pages = pdf_pages(&std::fs::read(&pdf).unwrap());
        for (w, h) in &pages {
            // A4 is 297 × 210 mm: 841.9 × 595.3 points.
            assert!(
                (w - 841.9).abs() < 1.0 && (h - 595.3).abs() < 1.0,
                "{view}: a page of {w} × {h} points"
            );
        }
        // The lines a page holds: 190 mm of height over lines 1.2 times
        // a font 277 mm / (0.61 × width) high, in whole CSS pixels' worth.
        let px_per_mm = 96.0 / 25.4;
        let line = 1.2 * 277.0 * px_per_mm / (0.61 * f64::from(width));
        let per_page = (190.0 * px_per_mm / line).floor() as usize;
        assert_eq!(pages.len(), lines.div_ceil(per_page), "{view} {width}");
    }
}
