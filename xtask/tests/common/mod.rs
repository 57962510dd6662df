//! A temporary clone of this repository, and running the built xtask in it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Clone {
    _tmp: tempfile::TempDir,
    pub dir: PathBuf,
}

pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A clone of the repository's committed state (no network: a local path).
pub fn clone() -> Clone {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("repo");
    let out = Command::new("git")
        .args(["clone", "--quiet"])
        .arg(repo)
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Clone { _tmp: tmp, dir }
}

impl Clone {
    pub fn xtask(&self, args: &[&str]) -> Output {
        self.xtask_with(args, &[])
    }
    pub fn xtask_with(&self, args: &[&str], env: &[(&str, &Path)]) -> Output {
        let mut c = Command::new(env!("CARGO_BIN_EXE_xtask"));
        c.args(args)
            .current_dir(&self.dir)
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.invalid");
        for (k, v) in env {
            c.env(k, v);
        }
        c.output().unwrap()
    }
    pub fn read(&self, f: &str) -> String {
        std::fs::read_to_string(self.dir.join(f)).unwrap()
    }
    /// Everything a release could touch: the tree's status, HEAD, the tags, the manifest and the changelog.
    pub fn state(&self) -> (String, String, String, String, String) {
        (
            git(
                &self.dir,
                &["status", "--porcelain", "--untracked-files=all"],
            ),
            git(&self.dir, &["rev-parse", "HEAD"]),
            git(&self.dir, &["tag", "--list"]),
            self.read("Cargo.toml"),
            self.read("CHANGELOG.md"),
        )
    }
    /// The workspace version, and the next minor one.
    pub fn versions(&self) -> (String, String) {
        let manifest = self.read("Cargo.toml");
        let section = &manifest[manifest.find("[workspace.package]").unwrap()..];
        let line = section.lines().find(|l| l.starts_with("version")).unwrap();
        let current = line.split('"').nth(1).unwrap().to_string();
        let parts: Vec<u64> = current.split('.').map(|p| p.parse().unwrap()).collect();
        let next = format!("{}.{}.0", parts[0], parts[1] + 1);
        (current, next)
    }
}

pub fn text(o: &Output) -> String {
    format!(
        "exit {:?}\nstdout:\n{}\nstderr:\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}
