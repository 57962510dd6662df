//! Writing files safely: atomically (temp file in the same directory, fsync, rename) and, for files that
//! hold secrets, created with mode 0600 from the start (never widened then narrowed).

use std::io::Write;
use std::path::Path;

/// Who may read the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileMode {
    /// 0600: the file holds a secret.
    Secret,
    /// 0644.
    Public,
    /// 0755: a script that holds no secret.
    Executable,
}

impl FileMode {
    pub fn bits(self) -> u32 {
        match self {
            FileMode::Secret => 0o600,
            FileMode::Public => 0o644,
            FileMode::Executable => 0o755,
        }
    }
}

/// Writes `contents` to `path` atomically with the given mode. An existing file is replaced only once the
/// new contents are complete on disk; on any error the old file is untouched and the temp file removed.
pub fn write_atomic(path: &Path, contents: &[u8], mode: FileMode) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path.file_name().ok_or_else(|| {
        std::io::Error::new(std::io::ErrorKind::InvalidInput, "the path names no file")
    })?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".tmp-{}", std::process::id()));
    let tmp = dir.join(tmp_name);
    let result = (|| {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(mode.bits());
        }
        let mut f = opts.open(&tmp)?;
        // The umask may have narrowed the mode; make it exactly what was asked.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            f.set_permissions(std::fs::Permissions::from_mode(mode.bits()))?;
        }
        f.write_all(contents)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(unix)]
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn writes_with_mode_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("autoops.env");
        write_atomic(&p, b"A=1\n", FileMode::Secret).unwrap();
        #[cfg(unix)]
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
        write_atomic(&p, b"A=2\n", FileMode::Secret).unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "A=2\n");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers.len(), 1, "{leftovers:?}");
    }

    #[test]
    fn failure_leaves_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("missing-dir").join("f");
        assert!(write_atomic(&p, b"x", FileMode::Public).is_err());
        assert!(!p.exists());
    }
}
