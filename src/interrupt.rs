//! Ctrl-C during an import: the import's transaction is never committed, so the catalog is as
//! it was; one line on standard error says so, then the process ends as interrupted (exit
//! status 130 in the shell). A catalog the import was making is removed again (an empty file it
//! was made in is emptied again), as a failed import leaves it.

use std::path::Path;

/// Says so on Ctrl-C from now on; `made`: the catalog this import creates (`Some(true)`: in an
/// empty file), to take away again.
pub fn arm(db: &Path, made: Option<bool>) {
    imp::arm(db, made);
}

/// Ctrl-C ends the process silently again, as by default: from the moment the import commits,
/// "nothing was written" would no longer be true.
pub fn disarm() {
    imp::disarm();
}

#[cfg(unix)]
mod imp {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    use std::path::Path;
    use std::sync::OnceLock;

    const MESSAGE: &[u8] =
        b"diplocat: interrupted; nothing was written (the catalog is as it was)\n";

    /// The files to take away on Ctrl-C, and whether the first is to be emptied rather than
    /// removed; made before the handler is installed, so that the handler only reads them.
    static UNDO: OnceLock<(Vec<CString>, bool)> = OnceLock::new();

    extern "C" fn on_interrupt(signal: libc::c_int) {
        // SAFETY: only async-signal-safe calls (write, open, ftruncate, close, unlink, signal,
        // raise) on buffers made before the handler was installed.
        unsafe {
            if let Some((files, empty_file)) = UNDO.get() {
                for (i, f) in files.iter().enumerate() {
                    if i == 0 && *empty_file {
                        let fd = libc::open(f.as_ptr(), libc::O_WRONLY);
                        if fd >= 0 {
                            libc::ftruncate(fd, 0);
                            libc::close(fd);
                        }
                    } else {
                        libc::unlink(f.as_ptr());
                    }
                }
            }
            libc::write(2, MESSAGE.as_ptr().cast(), MESSAGE.len());
            libc::signal(signal, libc::SIG_DFL);
            libc::raise(signal);
        }
    }

    pub(super) fn arm(db: &Path, made: Option<bool>) {
        if let Some(empty_file) = made {
            let mut files = Vec::new();
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let mut p = db.as_os_str().as_bytes().to_vec();
                p.extend_from_slice(suffix.as_bytes());
                if let Ok(c) = CString::new(p) {
                    files.push(c);
                }
            }
            let _ = UNDO.set((files, empty_file));
        }
        // SAFETY: installs a handler that makes only async-signal-safe calls.
        unsafe {
            libc::signal(
                libc::SIGINT,
                on_interrupt as extern "C" fn(libc::c_int) as libc::sighandler_t,
            );
        }
    }

    pub(super) fn disarm() {
        // SAFETY: restores the default action.
        unsafe {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
        }
    }
}

#[cfg(not(unix))]
mod imp {
    use std::path::Path;

    pub(super) fn arm(_db: &Path, _made: Option<bool>) {}

    pub(super) fn disarm() {}
}
