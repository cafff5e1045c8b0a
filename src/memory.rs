//! Giving freed memory back to the system after a model is replaced, and
//! keeping reloads from building the new model among the old one's holes.
//!
//! A model of 100,000 localities is some 600 MB of small allocations, built
//! on the loading threads. glibc's malloc keeps what they free in those
//! threads' arenas, for reuse, without returning it: measured on the
//! 100,000-locality file (`cargo bench --bench memory`), the resident size
//! grew with each `r` (1,761 → 2,098 → 2,880 → 2,933 MB after 5) and the
//! peak with it (1,816 → 3,098 MB). `malloc_trim(0)` once the old model is
//! dropped returns the free pages of every arena: each reload ends at one
//! model's size again (911 MB) and the peak stays at 1,790 MB from the
//! first reload on: the old model on screen plus the load of the new one.
//! Limiting arenas (`M_ARENA_MAX`) would serialise the parallel load.
//! mimalloc (0.1.52, measured on 2026-12-07 in `scripts/side-by-side.py`)
//! read all the data twice as fast warm (275 ms, where 513) and a folder a
//! quarter faster cold, but peaked at 472 MB where glibc peaks at 353
//! (406 MB with `MIMALLOC_PURGE_DELAY=0`): over issue 25's memory goal, so
//! not taken.

/// Returns the memory freed so far to the system, where the allocator keeps it.
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks glibc's own heaps under their locks;
    // it takes no pointer from us and is safe to call from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// From the first reload on, a block of 256 KiB or more (a model's
/// per-unit vectors, a load's buffers) that the allocator has no room for
/// is taken from the system on its own and given back when freed. glibc
/// otherwise raises that size to the largest block freed so far (up to 32
/// MiB), and each reload of changed files built the new model among the
/// holes the old one left: measured over 5 such reloads at 100,000
/// localities (`cargo bench --bench memory`), the peak went 516 → 576 MB
/// and the resident size after 221 → 280 MB; with this, 502 → 532 and
/// 194 → 228 MB. Not from the start: the first load then takes 2–3 %
/// longer (fresh pages for blocks the arenas would have had), for a peak
/// 25 MB lower. Whether the allocator took it (always false elsewhere).
pub fn before_reloads() -> bool {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt takes no pointer and sets glibc's own parameters
    // under its lock; it is safe to call from any thread at any time.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 256 << 10) == 1
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    false
}

#[cfg(all(test, target_os = "linux", target_env = "gnu"))]
mod tests {
    const CHILD: &str = "TIENDO_TEST_MMAP_CHILD";
    const NAME: &str = "memory::tests::after_before_reloads_a_large_block_is_mapped_on_its_own";

    /// In a process of its own, whose allocator nothing else has touched:
    /// whether a block of 1 MiB, allocated after a block of 16 MiB was
    /// freed, is mapped on its own.
    fn child(set: bool) -> bool {
        // Freeing a large block raises glibc's own threshold to its size,
        // as a load's buffers do: 1 MiB would then come from the heap.
        drop(std::hint::black_box(vec![1u8; 16 << 20]));
        if set {
            assert!(super::before_reloads());
        }
        // SAFETY: mallinfo2 takes no pointer and only reads counters.
        let mapped = || unsafe { libc::mallinfo2().hblkhd };
        let before = mapped();
        let block = std::hint::black_box(vec![1u8; 1 << 20]);
        let during = mapped();
        drop(block);
        during >= before + (1 << 20)
    }

    /// What the child said, run for `how` ("set" or "unset").
    fn mapped(how: &str) -> Result<bool, String> {
        let exe = std::env::current_exe().map_err(|e| format!("no test binary: {e}"))?;
        let out = std::process::Command::new(exe)
            .args(["--exact", NAME, "--nocapture", "--test-threads=1"])
            .env(CHILD, how)
            .output()
            .map_err(|e| format!("the child did not run: {e}"))?;
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        match (
            out.status.success(),
            text.contains("mapped: true"),
            text.contains("mapped: false"),
        ) {
            (true, true, false) => Ok(true),
            (true, false, true) => Ok(false),
            _ => Err(format!("the child failed or said nothing: {text}")),
        }
    }

    #[test]
    fn after_before_reloads_a_large_block_is_mapped_on_its_own() -> Result<(), String> {
        if let Some(how) = std::env::var_os(CHILD) {
            println!("mapped: {}", child(how == "set"));
            return Ok(());
        }
        assert!(mapped("set")?);
        // Without it the same block comes from the heap: the test tells.
        assert!(!mapped("unset")?);
        Ok(())
    }
}
