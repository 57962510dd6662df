//! The simulator's stand-in for `elasticsearch.keystore`: a JSON file
//! `{"format": "esconnect-sim-keystore/1", "entries": {"<setting>": "<value>"}}`, written atomically with
//! mode 0600 (a temporary file in the same directory, then a rename), read by simulated nodes on start and
//! on `POST /_nodes/reload_secure_settings`, and written by `esconnect-sim keystore` (the stand-in for
//! `bin/elasticsearch-keystore`). Elasticsearch's real keystore is an encrypted binary file; the values
//! here are plain text, which is fine for tests and demos only.

pub mod cli;

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The `format` marker of a keystore file.
pub const FORMAT: &str = "esconnect-sim-keystore/1";

/// Why a keystore file could not be used.
#[derive(Debug)]
pub enum KeystoreError {
    /// The file does not exist.
    Missing(PathBuf),
    /// The file is not a keystore of this format.
    Corrupt(PathBuf, String),
    /// Reading or writing failed.
    Io(PathBuf, std::io::Error),
}

impl std::fmt::Display for KeystoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Missing(p) => write!(f, "keystore not found at [{}]", p.display()),
            Self::Corrupt(p, why) => write!(
                f,
                "keystore [{}] has been corrupted or tampered with: {why}",
                p.display()
            ),
            Self::Io(p, e) => write!(f, "keystore [{}]: {e}", p.display()),
        }
    }
}

impl std::error::Error for KeystoreError {}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format: String,
    entries: BTreeMap<String, String>,
}

/// The entries of a keystore file.
pub fn read(path: &Path) -> Result<BTreeMap<String, String>, KeystoreError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(KeystoreError::Missing(path.to_owned()));
        }
        Err(e) => return Err(KeystoreError::Io(path.to_owned(), e)),
    };
    let file: File = serde_json::from_str(&text)
        .map_err(|e| KeystoreError::Corrupt(path.to_owned(), e.to_string()))?;
    if file.format != FORMAT {
        return Err(KeystoreError::Corrupt(
            path.to_owned(),
            format!("unknown format [{}]", file.format),
        ));
    }
    Ok(file.entries)
}

/// The raw bytes of a keystore file (for its digest), if it can be read.
pub fn raw(path: &Path) -> Option<Vec<u8>> {
    std::fs::read(path).ok()
}

/// Write `entries` to `path` atomically with mode 0600.
pub fn write(path: &Path, entries: &BTreeMap<String, String>) -> Result<(), KeystoreError> {
    let io = |e: std::io::Error| KeystoreError::Io(path.to_owned(), e);
    let file = File {
        format: FORMAT.to_owned(),
        entries: entries.clone(),
    };
    let mut text = serde_json::to_string_pretty(&file).map_err(|e| io(e.into()))?;
    text.push('\n');
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "keystore".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        opts.mode(0o600);
    }
    let result = (|| {
        let mut f = opts.open(&tmp)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(io)
}

/// Add or replace one entry (creating the keystore, with a fresh `keystore.seed`, when it is missing).
pub fn add(path: &Path, name: &str, value: &str) -> Result<(), KeystoreError> {
    let mut entries = match read(path) {
        Ok(e) => e,
        Err(KeystoreError::Missing(_)) => new_entries(),
        Err(e) => return Err(e),
    };
    entries.insert(name.to_owned(), value.to_owned());
    write(path, &entries)
}

/// A new keystore's entries: only `keystore.seed`, as `elasticsearch-keystore create` makes.
pub fn new_entries() -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    m.insert("keystore.seed".to_owned(), crate::util::random_id(20));
    m
}

/// Remove one entry; `Ok(false)` when it was not there.
pub fn remove(path: &Path, name: &str) -> Result<bool, KeystoreError> {
    let mut entries = read(path)?;
    if entries.remove(name).is_none() {
        return Ok(false);
    }
    write(path, &entries)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_remove_round_trip_with_mode_0600() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("elasticsearch.keystore");
        assert!(matches!(read(&p), Err(KeystoreError::Missing(_))));
        add(&p, "a.b", "v1").unwrap();
        add(&p, "a.b", "v2").unwrap();
        let e = read(&p).unwrap();
        assert_eq!(e.get("a.b").map(String::as_str), Some("v2"));
        assert!(e.contains_key("keystore.seed"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        assert!(remove(&p, "a.b").unwrap());
        assert!(!remove(&p, "a.b").unwrap());
        std::fs::write(&p, "not json").unwrap();
        assert!(matches!(read(&p), Err(KeystoreError::Corrupt(..))));
        // no temporary file left behind
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
