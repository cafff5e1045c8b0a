//! Giving freed memory back to the system after a model is replaced.
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
