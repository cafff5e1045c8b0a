//! The dashboard's loads (the head, the rest of the data behind it, `r`
//! and `--watch`) yield the cores to the thread that reads keys and draws.
//!
//! A reload at 100,000 localities keeps every core busy for about a
//! second. A key pressed meanwhile waited for a core about half the time
//! (`cargo bench --bench scale -- d_key_move_during_reload`: 0.55–0.66 ms
//! when a core was free, up to 4 ms when not). Every load runs on rayon's
//! pool, and the rest and a reload on a thread of their own besides; in
//! the dashboard those threads run at a lower priority than the main
//! thread, so the system lets a key's work go first and the load takes
//! the core back once the frame is drawn. With the dashboard
//! idle, which is nearly always, a load runs as fast as before. Its own
//! pool rather than rayon's would have put the rest of the data on other
//! threads than the head's, whose freed memory they would not use again
//! (the cold peak was 15 MB higher).

/// Builds rayon's pool with threads that yield to the screen, for the rest
/// of the process. Call it before any parallel work: if the pool exists
/// already, it is left as it is and this returns false.
pub fn yield_to_the_screen() -> bool {
    builder().build_global().is_ok()
}

/// A thread for a load behind the screen (the rest of the data, a
/// reload): at the same lower priority as the pool, for the work it does
/// between its parallel parts.
pub fn spawn<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> std::thread::JoinHandle<T> {
    std::thread::spawn(move || {
        lower_this_thread();
        work()
    })
}

fn builder() -> rayon::ThreadPoolBuilder {
    rayon::ThreadPoolBuilder::new().start_handler(|_| lower_this_thread())
}

/// Lowers the calling thread's priority below the dashboard's (Linux:
/// `nice` 10 more than the thread that made the pool, for this thread
/// alone; Windows: below normal). A system that refuses leaves it as it
/// is: the load is then only slower to yield.
fn lower_this_thread() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: nice takes no pointer; on Linux it changes the calling
    // thread's priority, not the process's.
    unsafe {
        libc::nice(NICE);
    }
    #[cfg(windows)]
    // SAFETY: the pseudo-handle of the current thread is always valid.
    unsafe {
        use windows_sys::Win32::System::Threading::{
            GetCurrentThread, SetThreadPriority, THREAD_PRIORITY_BELOW_NORMAL,
        };
        SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL);
    }
}

/// How far below the dashboard a load runs on Linux: 10 below, a thread
/// gets about a tenth of a core that the dashboard's thread also wants.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const NICE: libc::c_int = 10;

#[cfg(all(test, target_os = "linux", target_env = "gnu"))]
mod tests {
    use rayon::prelude::*;

    fn own_nice() -> i32 {
        // SAFETY: getpriority takes no pointer; 0 is the calling thread.
        unsafe { libc::getpriority(libc::PRIO_PROCESS, 0) }
    }

    #[test]
    fn the_pool_s_threads_yield_and_the_thread_that_made_it_does_not() {
        let caller = own_nice();
        let pool = super::builder().num_threads(3).build().unwrap();
        let (inside, parts) = pool.install(|| {
            let parts: Vec<i32> = (0..64).into_par_iter().map(|_| own_nice()).collect();
            (own_nice(), parts)
        });
        assert_eq!(inside, (caller + 10).min(19));
        assert!(parts.iter().all(|&nice| nice == (caller + 10).min(19)));
        assert_eq!(own_nice(), caller);
    }

    #[test]
    fn a_thread_for_a_load_yields_and_the_thread_that_made_it_does_not() {
        let caller = own_nice();
        let inside = super::spawn(own_nice).join().unwrap();
        assert_eq!(inside, (caller + 10).min(19));
        assert_eq!(own_nice(), caller);
    }
}
