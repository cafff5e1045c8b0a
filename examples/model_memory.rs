//! Where a loaded model's memory goes: the heap in use (glibc's
//! `mallinfo2`) with the whole model, then what each part gave back when
//! dropped, largest parts first in the order they are dropped. For
//! choosing what to make smaller next, and checking that it got smaller;
//! Linux (glibc) only.
//!
//! cargo run --release --example model_memory -- DATASET [YYYY-MM-DD]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn in_use() -> f64 {
    // SAFETY: mallinfo2 only reads the allocator's counters.
    let m = unsafe { libc::mallinfo2() };
    (m.uordblks + m.hblkhd) as f64 / 1e6
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("a dataset: a TOML file or a folder");
    let today = std::env::args()
        .nth(2)
        .map(|d| d.parse().expect("a day as YYYY-MM-DD"))
        .unwrap_or_else(|| chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
    let files = tiendo::model::load::read_path(std::path::Path::new(&path)).unwrap();
    let dataset = tiendo::model::load_files(files).unwrap().dataset;
    let mut m = tiendo::model::derive(dataset, today);
    let records: usize = m.localities.iter().map(|l| l.records.len()).sum();
    println!(
        "{} localities, {records} records, {}",
        m.localities.len(),
        today
    );
    let mut last = in_use();
    println!("{:<34} {last:>7.1} MB", "the model, in use");
    let mut gave = |what: &str| {
        let now = in_use();
        println!("{what:<34} {:>7.1} MB", last - now);
        last = now;
    };
    // The model alone holds its localities here: nothing shares them.
    let mut localities = std::mem::take(&mut m.localities);
    let Some(owned) = std::sync::Arc::get_mut(&mut localities) else {
        return;
    };
    for l in owned.iter_mut() {
        l.records = Vec::new();
    }
    gave("records");
    m.figures = Vec::new();
    gave("figures (judged, per unit)");
    for l in owned.iter_mut() {
        l.population = Vec::new();
    }
    gave("population entries");
    m.search_keys = Default::default();
    gave("search keys");
    m.children = Vec::new();
    m.absorbed = Vec::new();
    m.own_targets = Vec::new();
    gave("children, absorbed, own targets");
    drop(localities);
    gave("localities (names, ids, links)");
    drop(m);
    gave("the rest (orders, index of ids…)");
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn main() {
    println!("model_memory: Linux (glibc) only");
}
