//! Local resource limits: the open-file limit (`RLIMIT_NOFILE`) a fleet of connections needs, and the
//! errors that mean "this machine ran out of something" rather than "the peer is at fault".
//!
//! A process started under `ulimit -n 1024` (a common default soft limit) may raise its soft limit up to
//! the hard one without privileges; [`raise_nofile`] does so once at start, and [`fit_concurrency`] caps a
//! requested concurrency to what the limit allows, so that running out of descriptors never shows up as a
//! network failure of a cluster.

use rustix::io::Errno;
use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};

/// The open-file limit after [`raise_nofile`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoFile {
    /// The soft limit in effect (`None`: unlimited).
    pub soft: Option<u64>,
    /// The hard limit (`None`: unlimited).
    pub hard: Option<u64>,
    /// The soft limit before it was raised, when it was.
    pub raised_from: Option<u64>,
}

/// The current open-file limit, without changing it.
pub fn nofile() -> NoFile {
    let l = getrlimit(Resource::Nofile);
    NoFile {
        soft: l.current,
        hard: l.maximum,
        raised_from: None,
    }
}

/// Raises the soft open-file limit to the hard limit where allowed (an unlimited hard limit is capped at
/// `ceiling`, as the kernel refuses more than `fs.nr_open`). Never lowers it; a refusal leaves it as is.
pub fn raise_nofile(ceiling: u64) -> NoFile {
    let before = getrlimit(Resource::Nofile);
    let target = before.maximum.unwrap_or(ceiling);
    let Some(soft) = before.current else {
        return nofile();
    };
    if soft >= target {
        return nofile();
    }
    let raised = setrlimit(
        Resource::Nofile,
        Rlimit {
            current: Some(target),
            maximum: before.maximum,
        },
    );
    let mut now = nofile();
    if raised.is_ok() && now.soft != Some(soft) {
        now.raised_from = Some(soft);
    }
    now
}

/// Lowers the soft open-file limit (tests use it to produce `EMFILE` for real in a child process).
pub fn set_soft_nofile(soft: u64) -> std::io::Result<()> {
    let l = getrlimit(Resource::Nofile);
    setrlimit(
        Resource::Nofile,
        Rlimit {
            current: Some(soft),
            maximum: l.maximum,
        },
    )
    .map_err(std::io::Error::from)
}

/// Descriptors a process keeps for itself besides its connections (stdio, the async runtime's epoll
/// and wakers, files it reads, DNS): a margin, not a measurement.
pub const RESERVED_FDS: u64 = 64;

/// The concurrency that fits in `soft` open files when each task needs at most `per_task` descriptors at
/// a time; `requested` when it fits (or the limit is unlimited), never less than 1.
pub fn fit_concurrency(requested: usize, per_task: u64, soft: Option<u64>) -> usize {
    let Some(soft) = soft else {
        return requested.max(1);
    };
    let room = soft.saturating_sub(RESERVED_FDS) / per_task.max(1);
    let room = usize::try_from(room).unwrap_or(usize::MAX);
    requested.min(room).max(1)
}

/// What an OS error says when it means a local resource ran out (open files in the process or the
/// system, buffer space, memory, local ports): its name, or `None` for any other error.
pub fn local_exhaustion(e: &std::io::Error) -> Option<&'static str> {
    let errno = Errno::from_io_error(e)?;
    Some(match errno {
        Errno::MFILE => "EMFILE: too many open files in this process",
        Errno::NFILE => "ENFILE: too many open files in the system",
        Errno::NOBUFS => "ENOBUFS: no buffer space available",
        Errno::NOMEM => "ENOMEM: out of memory",
        Errno::ADDRNOTAVAIL => "EADDRNOTAVAIL: no local port or address available",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concurrency_fits_the_limit() {
        assert_eq!(fit_concurrency(32, 3, Some(1024)), 32);
        // (1024 - 64) / 3 = 320
        assert_eq!(fit_concurrency(1000, 3, Some(1024)), 320);
        assert_eq!(fit_concurrency(1000, 3, None), 1000);
        assert_eq!(fit_concurrency(10, 3, Some(10)), 1);
        assert_eq!(fit_concurrency(0, 3, Some(1024)), 1);
    }

    #[test]
    fn exhaustion_errnos_are_recognised_and_others_are_not() {
        let emfile = std::io::Error::from(Errno::MFILE);
        assert!(local_exhaustion(&emfile).unwrap().starts_with("EMFILE"));
        let enfile = std::io::Error::from(Errno::NFILE);
        assert!(local_exhaustion(&enfile).unwrap().starts_with("ENFILE"));
        let refused = std::io::Error::from(Errno::CONNREFUSED);
        assert_eq!(local_exhaustion(&refused), None);
        let custom = std::io::Error::other("x");
        assert_eq!(local_exhaustion(&custom), None);
    }

    #[test]
    fn raising_never_lowers_the_limit() {
        let before = nofile();
        let after = raise_nofile(1 << 20);
        assert!(after.soft >= before.soft || after.soft.is_none());
        assert_eq!(after.hard, before.hard);
    }
}
