//! `cargo xtask release` on a temporary clone of this repository (never on the worktree itself): the
//! refusals change nothing and exit 2, the dry run prints every step and changes nothing, and a real run
//! (with the two slow steps, `codegen` and `ci`, answered by a stand-in cargo that records them) commits
//! exactly the release and tags it. Also `ci`'s guard against pending snapshot files.

mod common;

use common::{Clone, clone, git, text};
use std::path::{Path, PathBuf};

fn refused(c: &Clone, args: &[&str], expect: &str) {
    let before = c.state();
    let o = c.xtask(args);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(expect),
        "expected {expect:?} in:\n{}",
        text(&o)
    );
    assert!(err.contains("nothing was changed"), "{}", text(&o));
    assert!(o.stdout.is_empty(), "{}", text(&o));
    assert_eq!(c.state(), before, "a refused release changed something");
}

#[test]
fn refusals_change_nothing() {
    let c = clone();
    let (current, next) = c.versions();
    refused(&c, &["release"], "which version?");
    refused(&c, &["release", "1.2"], "X.Y.Z");
    refused(&c, &["release", "1.2.x", "--dry-run"], "X.Y.Z");
    refused(
        &c,
        &["release", &current],
        "must be greater than the current one",
    );
    refused(
        &c,
        &["release", "0.0.1", "--dry-run"],
        &format!("the current one, {current}"),
    );
    refused(
        &c,
        &["release", &next, "--bogus"],
        "unknown option `--bogus`",
    );

    git(&c.dir, &["tag", &format!("v{next}")]);
    refused(
        &c,
        &["release", &next],
        &format!("the tag v{next} exists already"),
    );
    git(&c.dir, &["tag", "--delete", &format!("v{next}")]);

    // A dirty tree: an untracked file, then a modified one; the message names them.
    std::fs::write(c.dir.join("scratch.txt"), "x").unwrap();
    refused(&c, &["release", &next, "--dry-run"], "?? scratch.txt");
    std::fs::remove_file(c.dir.join("scratch.txt")).unwrap();
    std::fs::write(c.dir.join("README.md"), "changed").unwrap();
    refused(&c, &["release", &next], "M README.md");
    git(&c.dir, &["checkout", "--", "README.md"]);

    // Nothing under Unreleased: nothing to release.
    let log = c.read("CHANGELOG.md");
    let start = log.find("## [Unreleased]\n").unwrap() + "## [Unreleased]\n".len();
    let end = start + log[start..].find("\n## [").unwrap() + 1;
    std::fs::write(
        c.dir.join("CHANGELOG.md"),
        format!("{}\n{}", &log[..start], &log[end..]),
    )
    .unwrap();
    git(&c.dir, &["commit", "--quiet", "-am", "empty unreleased"]);
    refused(&c, &["release", &next], "lists no change");
}

#[test]
fn dry_run_prints_every_step_and_changes_nothing() {
    let c = clone();
    let (current, next) = c.versions();
    let before = c.state();
    let o = c.xtask(&["release", &next, "--dry-run"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    let steps = [
        format!("set the workspace version in Cargo.toml: {current} -> {next}"),
        "Cargo.lock".to_string(),
        "-- codegen".to_string(),
        format!("CHANGELOG.md: move Unreleased under [{next}]"),
        "-- ci".to_string(),
        "git add --all".to_string(),
        format!("git commit --quiet -m Release {next}"),
        format!("git tag -a v{next}"),
    ];
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), steps.len() + 1, "{out}");
    for (i, (line, step)) in lines.iter().zip(&steps).enumerate() {
        assert!(
            line.starts_with(&format!("[{}/{}] ", i + 1, steps.len())),
            "{line}"
        );
        assert!(
            line.contains(step.as_str()),
            "step {}: {step:?} not in {line:?}",
            i + 1
        );
        assert!(line.ends_with("(dry run: skipped)"), "{line}");
    }
    assert!(lines[steps.len()].contains("nothing was changed"), "{out}");
    assert_eq!(c.state(), before, "the dry run changed something");
}

/// A stand-in for cargo: records `codegen` and `ci` runs of xtask instead of building, passes the rest on.
fn stand_in_cargo(dir: &Path) -> (PathBuf, PathBuf) {
    let log = dir.join("cargo.log");
    let script = dir.join("cargo");
    let real = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\ncase \"$*\" in\n  *' -- codegen'|*' -- ci') echo \"$*\" >> '{}'; exit 0 ;;\nesac\nexec '{real}' \"$@\"\n",
            log.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    (script, log)
}

#[test]
fn a_release_commits_the_version_and_changelog_and_tags() {
    let c = clone();
    let (current, next) = c.versions();
    let head = git(&c.dir, &["rev-parse", "HEAD"]);
    let unreleased_entry = {
        let log = c.read("CHANGELOG.md");
        let start = log.find("## [Unreleased]").unwrap();
        log[start..]
            .lines()
            .find(|l| l.starts_with("- "))
            .unwrap()
            .to_string()
    };
    let tools = tempfile::tempdir().unwrap();
    let (cargo, log) = stand_in_cargo(tools.path());
    let o = c.xtask_with(&["release", &next], &[("CARGO", &cargo)]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains(&format!("git push origin HEAD v{next}")));

    // codegen then ci ran, in that order, through cargo.
    let ran = std::fs::read_to_string(&log).unwrap();
    let ran: Vec<&str> = ran.lines().collect();
    assert_eq!(ran.len(), 2, "{ran:?}");
    assert!(
        ran[0].ends_with("-- codegen") && ran[1].ends_with("-- ci"),
        "{ran:?}"
    );

    // One commit on top of the old HEAD, tagged, nothing left over.
    assert_eq!(git(&c.dir, &["rev-parse", "HEAD~1"]), head);
    assert_eq!(git(&c.dir, &["status", "--porcelain"]), "");
    assert_eq!(
        git(&c.dir, &["log", "-1", "--format=%s"]).trim(),
        format!("Release {next}")
    );
    assert_eq!(
        git(&c.dir, &["rev-parse", &format!("v{next}^{{commit}}")]),
        git(&c.dir, &["rev-parse", "HEAD"])
    );
    let changed = git(&c.dir, &["diff", "--name-only", "HEAD~1", "HEAD"]);
    let mut changed: Vec<&str> = changed.lines().collect();
    changed.sort();
    assert_eq!(changed, ["CHANGELOG.md", "Cargo.lock", "Cargo.toml"]);

    // The manifest and the lock file carry the new version; the changelog moved Unreleased under it.
    assert_eq!(c.versions().0, next);
    let lock = c.read("Cargo.lock");
    assert!(
        lock.contains(&format!("name = \"xtask\"\nversion = \"{next}\"")),
        "Cargo.lock not updated"
    );
    assert!(!lock.contains(&format!("name = \"xtask\"\nversion = \"{current}\"")));
    let changelog = c.read("CHANGELOG.md");
    let unreleased = changelog.find("## [Unreleased]\n").unwrap();
    let section = changelog.find(&format!("## [{next}] - ")).unwrap();
    let entry = changelog.find(&unreleased_entry).unwrap();
    assert!(unreleased < section && section < entry, "{changelog}");
    assert!(
        changelog[unreleased..section]
            .lines()
            .all(|l| !l.starts_with("- ")),
        "Unreleased is empty after a release"
    );

    // Releasing the same version again is refused.
    refused(&c, &["release", &next], "must be greater");
}

/// `cargo xtask ci` stops at once, naming it, when a pending snapshot file is in the tree (before fmt,
/// clippy or any test spends time).
#[test]
fn ci_names_a_pending_snapshot_first() {
    let c = clone();
    let pending = c
        .dir
        .join("crates/autoops-env/tests/snapshots/cli__env.snap.new");
    std::fs::write(&pending, "---\nsource: x\n---\nchanged\n").unwrap();
    let o = c.xtask(&["ci"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("pending snapshot files in the tree: crates/autoops-env/tests/snapshots/cli__env.snap.new"),
        "{}",
        text(&o)
    );
    assert!(!err.contains("$ "), "ran something first:\n{}", text(&o));
}
