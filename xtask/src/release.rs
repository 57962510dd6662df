//! `cargo xtask release X.Y.Z [--dry-run]`: cuts a release in one command. Refuses (exit 2, nothing
//! changed) a malformed version, a version not greater than the current one, an existing tag, a working
//! tree with uncommitted changes, an empty Unreleased section. Then: sets the workspace version, updates
//! Cargo.lock, regenerates what embeds the version (man pages, CLI reference: `codegen` run by a fresh
//! build of xtask, since the version is compiled in), moves Unreleased under the version in CHANGELOG.md,
//! runs `cargo xtask ci`, commits and tags `vX.Y.Z`. Pushing stays with the user. `--dry-run` prints each
//! step and changes nothing.

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A release version, `MAJOR.MINOR.PATCH`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version(pub u64, pub u64, pub u64);

impl std::str::FromStr for Version {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let parts: Vec<&str> = s.split('.').collect();
        let num = |p: &str| -> Option<u64> {
            (!p.is_empty()
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p == "0" || !p.starts_with('0')))
            .then(|| p.parse().ok())
            .flatten()
        };
        match parts.as_slice() {
            [a, b, c] => match (num(a), num(b), num(c)) {
                (Some(a), Some(b), Some(c)) => Ok(Version(a, b, c)),
                _ => Err(format!(
                    "`{s}` is not a version of the form X.Y.Z (numbers, no leading zeros)"
                )),
            },
            _ => Err(format!(
                "`{s}` is not a version of the form X.Y.Z (for example 0.2.0)"
            )),
        }
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}.{}", self.0, self.1, self.2)
    }
}

/// Why a release was refused; printed with exit code 2, nothing changed.
#[derive(Debug)]
pub struct Refused(pub String);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refused {}

fn refuse<T>(msg: impl Into<String>) -> Result<T> {
    Err(Refused(msg.into()).into())
}

const USAGE: &str = "usage: cargo xtask release X.Y.Z [--dry-run]";

fn git(root: &Path, args: &[&str]) -> Result<String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(root)
        .output()
        .with_context(|| format!("cannot run git {}", args.join(" ")))?;
    if !out.status.success() {
        bail!(
            "git {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// One step of a release.
pub enum Step {
    Write {
        path: PathBuf,
        content: String,
        what: String,
    },
    Run {
        cmd: Command,
        what: String,
    },
}

impl Step {
    fn describe(&self) -> String {
        match self {
            Step::Write { what, .. } => what.clone(),
            Step::Run { cmd, what } => format!("{what}: `{}`", crate::show(cmd)),
        }
    }
}

/// A checked release: what to do.
pub struct Plan {
    pub version: Version,
    pub dry_run: bool,
    pub steps: Vec<Step>,
}

/// The checks and the steps of the release `args` ask for, from the repository at `root`.
pub fn plan(root: &Path, args: &[String]) -> Result<Plan> {
    let mut version = None;
    let mut dry_run = false;
    for a in args {
        match a.as_str() {
            "--dry-run" => dry_run = true,
            s if s.starts_with('-') => return refuse(format!("unknown option `{s}`\n{USAGE}")),
            s if version.is_none() => version = Some(s.to_string()),
            s => return refuse(format!("one version only (got `{s}` too)\n{USAGE}")),
        }
    }
    let Some(version) = version else {
        return refuse(format!("which version? {USAGE}"));
    };
    let version: Version = match version.strip_prefix('v').unwrap_or(&version).parse() {
        Ok(v) => v,
        Err(e) => return refuse(e),
    };

    let manifest_path = root.join("Cargo.toml");
    let manifest = std::fs::read_to_string(&manifest_path).context("read Cargo.toml")?;
    let (_, current) = crate::meta::workspace_version(&manifest)?;
    let current: Version = current
        .parse()
        .map_err(|e| anyhow::anyhow!("the workspace version: {e}"))?;
    if version <= current {
        return refuse(format!(
            "the new version {version} must be greater than the current one, {current}"
        ));
    }
    let dirty = git(root, &["status", "--porcelain", "--untracked-files=all"])?;
    if !dirty.trim().is_empty() {
        return refuse(format!(
            "the working tree has uncommitted changes; commit or stash them first:\n{}",
            dirty.trim_end()
        ));
    }
    let tag = format!("v{version}");
    if !git(root, &["tag", "--list", &tag])?.trim().is_empty() {
        return refuse(format!("the tag {tag} exists already"));
    }
    let changelog_path = root.join("CHANGELOG.md");
    let changelog = std::fs::read_to_string(&changelog_path)
        .or_else(|_| refuse("there is no CHANGELOG.md (Keep a Changelog form) to release from"))?;
    let date = crate::changelog::today();
    let changelog = match crate::changelog::release(&changelog, &version.to_string(), &date) {
        Ok(c) => c,
        Err(e) => return refuse(e.to_string()),
    };

    let cargo_in = |args: &[&str]| {
        let mut c = crate::cargo();
        c.args(args).current_dir(root);
        c
    };
    let git_in = |args: &[&str]| {
        let mut c = Command::new("git");
        c.args(args).current_dir(root);
        c
    };
    let steps = vec![
        Step::Write {
            content: crate::meta::set_workspace_version(&manifest, &version.to_string())?,
            path: manifest_path,
            what: format!("set the workspace version in Cargo.toml: {current} -> {version}"),
        },
        Step::Run {
            cmd: cargo_in(&["update", "--workspace", "--offline"]),
            what: "record the members' new version in Cargo.lock".into(),
        },
        Step::Run {
            cmd: cargo_in(&[
                "run",
                "--quiet",
                "--locked",
                "--package",
                "xtask",
                "--",
                "codegen",
            ]),
            what: "regenerate what embeds the version (man pages, CLI reference)".into(),
        },
        Step::Write {
            path: changelog_path,
            content: changelog,
            what: format!("CHANGELOG.md: move Unreleased under [{version}] - {date}"),
        },
        Step::Run {
            cmd: cargo_in(&[
                "run",
                "--quiet",
                "--locked",
                "--package",
                "xtask",
                "--",
                "ci",
            ]),
            what: "run the whole CI suite".into(),
        },
        Step::Run {
            cmd: git_in(&["add", "--all"]),
            what: "stage the release".into(),
        },
        Step::Run {
            cmd: git_in(&["commit", "--quiet", "-m", &format!("Release {version}")]),
            what: "commit".into(),
        },
        Step::Run {
            cmd: git_in(&["tag", "-a", &tag, "-m", &format!("esconnect {version}")]),
            what: format!("tag {tag}"),
        },
    ];
    Ok(Plan {
        version,
        dry_run,
        steps,
    })
}

pub fn run(args: &[String]) -> Result<()> {
    let root = crate::root();
    let Plan {
        version,
        dry_run,
        steps,
    } = match plan(root, args) {
        Ok(p) => p,
        Err(e) if e.downcast_ref::<Refused>().is_some() => {
            eprintln!("error: {e}");
            eprintln!("nothing was changed");
            std::process::exit(2);
        }
        Err(e) => return Err(e),
    };
    let n = steps.len();
    for (i, step) in steps.into_iter().enumerate() {
        let line = format!("[{}/{n}] {}", i + 1, step.describe());
        if dry_run {
            println!("{line} (dry run: skipped)");
            continue;
        }
        println!("{line}");
        let done = match step {
            Step::Write { path, content, .. } => {
                std::fs::write(&path, content).with_context(|| format!("write {}", path.display()))
            }
            Step::Run { mut cmd, .. } => crate::run_cmd(&mut cmd),
        };
        if let Err(e) = done {
            eprintln!(
                "the release stopped at step {}: the changes so far are in the working tree, uncommitted; \
                 fix and run again after `git checkout -- . ` (or `git stash`)",
                i + 1
            );
            return Err(e);
        }
    }
    if dry_run {
        println!("dry run: nothing was changed; without --dry-run this releases {version}");
    } else {
        println!("released {version}: publish it with `git push origin HEAD v{version}`");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_parse_and_order() {
        assert_eq!("1.2.3".parse(), Ok(Version(1, 2, 3)));
        assert!(Version(0, 10, 0) > Version(0, 9, 9));
        assert!(Version(1, 0, 0) > Version(0, 99, 99));
        for bad in [
            "1.2",
            "1.2.3.4",
            "1.02.3",
            "a.b.c",
            "1.2.3-rc.1",
            "",
            "1..3",
        ] {
            assert!(bad.parse::<Version>().is_err(), "{bad}");
        }
        assert_eq!(Version(0, 2, 0).to_string(), "0.2.0");
    }
}
