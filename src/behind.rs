//! Loads read behind the screen (the rest of the data after the head, `r`
//! and `--watch`) yield the cores to the thread that reads keys and draws.
//!
//! A reload at 100,000 localities keeps every core busy for about a
//! second. A key pressed meanwhile waited for a core about half the time
//! (`cargo bench --bench scale -- d_key_move_during_reload`: 0.55–0.66 ms
//! when a core was free, up to 7 ms when not). From the first such load
//! on, its own thread and rayon's pool run at a lower priority than the
//! main thread: the system lets a key's work go first, and the load takes
//! the core back once the frame is drawn. With the dashboard idle, which
//! is nearly always, a load runs as fast as before.
//!
//! Not before: the head of the data, which the official waits for, is read
//! at the program's priority, so that on a machine busy with other
//! programs it does not wait behind them. rayon's own pool rather than
//! one of its own: the rest of the data is then read on the threads that
//! read the head and uses again the memory they freed (a pool of its own
//! peaked 13–15 MB higher at 100,000 localities).
//!
//! Linux only. Windows runs a thread below normal priority only when no
//! thread of normal priority of any program wants its core: behind a busy
//! spreadsheet a load would all but stop. Windows also lifts the priority
//! of a thread whose wait for keyboard input ends.

/// A thread for a load behind the screen, at a lower priority, with
/// rayon's pool lowered with it the first time.
pub fn spawn<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> std::thread::JoinHandle<T> {
    std::thread::spawn(move || {
        lower_the_pool();
        lower_this_thread();
        work()
    })
}

/// Every thread of rayon's pool lowered, once: it stays so, since a
/// program may lower its own priority but not raise it again.
fn lower_the_pool() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            rayon::broadcast(|_| lower_this_thread());
        });
    }
}

/// Lowers the calling thread's priority: `nice` 10 more, for this thread
/// alone. A system that refuses leaves it as it is: the load is then only
/// slower to yield.
fn lower_this_thread() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: nice takes no pointer; on Linux it changes the calling
    // thread's priority, not the process's.
    unsafe {
        libc::nice(NICE);
    }
}

/// How far below the program a load behind the screen runs: 10 below, a
/// thread gets about a tenth of a core another thread also wants.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const NICE: libc::c_int = 10;

#[cfg(all(test, target_os = "linux", target_env = "gnu"))]
mod tests {
    fn own_nice() -> i32 {
        // SAFETY: getpriority takes no pointer; 0 is the calling thread.
        unsafe { libc::getpriority(libc::PRIO_PROCESS, 0) }
    }

    /// The nice value of a thread for a load behind the screen.
    fn behind() -> Result<i32, String> {
        super::spawn(own_nice)
            .join()
            .map_err(|_| "a load's thread panicked".to_string())
    }

    #[test]
    fn a_load_s_thread_and_rayon_s_pool_yield_and_the_caller_does_not() -> Result<(), String> {
        let caller = own_nice();
        let inside = behind()?;
        assert_eq!(inside, (caller + 10).min(19));
        let pool = rayon::broadcast(|_| own_nice());
        assert!(
            pool.iter().all(|&nice| nice == (caller + 10).min(19)),
            "{pool:?}"
        );
        // Once: a second load lowers its own thread, not the pool again.
        assert_eq!(behind()?, inside);
        assert_eq!(rayon::broadcast(|_| own_nice()), pool);
        assert_eq!(own_nice(), caller);
        Ok(())
    }
}
