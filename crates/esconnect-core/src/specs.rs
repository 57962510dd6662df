//! Where the official specifications are, for the tests that check requests and manifests against them
//! and for `cargo xtask specs`, which downloads them (pinned by upstream commit and SHA-256) into a cache.
//!
//! Lookup order ([`candidates`], [`find`]):
//! 1. `$ESCONNECT_SPECS_DIR`, when set (used as given; nothing else is tried);
//! 2. `<workspace>/../shared/specs`, the reference copy next to the repository, when it is there;
//! 3. `<workspace>/target/specs`, the cache `cargo xtask specs` fills on a fresh clone.
//!
//! A test that finds none skips visibly, except under `CI=true` where a missing spec is a failure (CI runs
//! `cargo xtask specs` first).

use std::path::{Path, PathBuf};

/// The cache `cargo xtask specs` writes to.
pub fn cache_dir(workspace: &Path) -> PathBuf {
    workspace.join("target").join("specs")
}

/// The places to look, in order, each with where it comes from.
pub fn candidates(workspace: &Path) -> Vec<(PathBuf, &'static str)> {
    if let Some(dir) = crate::env::ESCONNECT_SPECS_DIR.get() {
        return vec![(PathBuf::from(dir), "$ESCONNECT_SPECS_DIR")];
    }
    vec![
        (
            workspace.join("..").join("shared").join("specs"),
            "../shared/specs",
        ),
        (cache_dir(workspace), "the cache of `cargo xtask specs`"),
    ]
}

/// The first candidate that holds the specifications (`ece/apidocs.json` is the marker), if any.
pub fn find(workspace: &Path) -> Option<PathBuf> {
    candidates(workspace)
        .into_iter()
        .map(|(p, _)| p)
        .find(|p| p.join("ece").join("apidocs.json").is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_comes_after_the_shared_copy() {
        if crate::env::ESCONNECT_SPECS_DIR.get().is_some() {
            return;
        }
        let ws = Path::new("/repo");
        let c: Vec<PathBuf> = candidates(ws).into_iter().map(|(p, _)| p).collect();
        assert_eq!(
            c,
            [
                PathBuf::from("/repo/../shared/specs"),
                PathBuf::from("/repo/target/specs")
            ]
        );
    }

    #[test]
    fn find_takes_the_first_folder_with_the_marker() {
        if crate::env::ESCONNECT_SPECS_DIR.get().is_some() {
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let ws = dir.path().join("repo");
        std::fs::create_dir_all(ws.join("target/specs/ece")).unwrap();
        assert_eq!(find(&ws), None, "no marker yet");
        std::fs::write(ws.join("target/specs/ece/apidocs.json"), "{}").unwrap();
        assert_eq!(find(&ws), Some(cache_dir(&ws)));
        std::fs::create_dir_all(dir.path().join("shared/specs/ece")).unwrap();
        std::fs::write(dir.path().join("shared/specs/ece/apidocs.json"), "{}").unwrap();
        assert_eq!(find(&ws), Some(ws.join("../shared/specs")));
    }
}
