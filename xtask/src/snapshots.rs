//! `cargo xtask snapshots [--accept [NAME]] [--no-run] [-p CRATE]...`: the snapshot workflow without extra
//! tools. Runs the snapshot tests (the members with an insta dev-dependency) with `INSTA_UPDATE=new` and
//! `INSTA_FORCE_PASS=1`, so every changed snapshot is written aside as `NAME.snap.new` and no test stops at
//! its first change; then shows each pending change as a diff, test by test; `--accept` moves them all in
//! place, `--accept NAME` one. Exits 1 while any change is pending. Also used by `ci`: a pending or
//! orphaned (no test asserts it) snapshot file in the tree fails the build.

use anyhow::{Context, Result, bail};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A snapshot change written aside by insta.
#[derive(Debug, PartialEq, Eq)]
pub struct Pending {
    /// `path/to/snapshots/NAME.snap.new`
    pub new: PathBuf,
    /// The snapshot it would replace (`NAME.snap`, possibly absent).
    pub old: PathBuf,
}

impl Pending {
    /// The snapshot's name (`cli__env`), what `--accept NAME` matches.
    pub fn name(&self) -> String {
        self.old
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

/// Files of `dirs` (recursively, skipping `target`, `.git` and hidden directories) whose name ends with one of
/// `suffixes`, sorted.
pub fn find_files(dirs: &[PathBuf], suffixes: &[&str]) -> Vec<PathBuf> {
    fn walk(dir: &Path, suffixes: &[&str], out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.flatten() {
            let p = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            let Ok(ft) = e.file_type() else { continue };
            if ft.is_dir() {
                if name != "target" && !name.starts_with('.') {
                    walk(&p, suffixes, out);
                }
            } else if suffixes.iter().any(|s| name.ends_with(s)) {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    for d in dirs {
        walk(d, suffixes, &mut out);
    }
    out.sort();
    out.dedup();
    out
}

/// The pending snapshot files (`.snap.new`, and `.pending-snap` for inline snapshots) under `dirs`.
pub fn pending_files(dirs: &[PathBuf]) -> Vec<PathBuf> {
    find_files(dirs, &[".snap.new", ".pending-snap"])
}

/// The `.snap` files under `dirs` that are not in `referenced` (paths insta memoized during a full run).
pub fn orphans(dirs: &[PathBuf], referenced: &str) -> Vec<PathBuf> {
    let referenced: BTreeSet<PathBuf> = referenced
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| canonical(Path::new(l.trim())))
        .collect();
    find_files(dirs, &[".snap"])
        .into_iter()
        .filter(|p| !referenced.contains(&canonical(p)))
        .collect()
}

fn canonical(p: &Path) -> PathBuf {
    p.canonicalize().unwrap_or_else(|_| p.to_path_buf())
}

/// The body of a `.snap` file: what follows its `---` metadata header.
pub fn body(snap: &str) -> &str {
    if let Some(rest) = snap.strip_prefix("---\n")
        && let Some(end) = rest.find("\n---\n")
    {
        return &rest[end + 5..];
    }
    snap
}

/// A metadata field of a `.snap` header (`source`, `expression`).
pub fn header_field<'a>(snap: &'a str, key: &str) -> Option<&'a str> {
    let header = snap.strip_prefix("---\n")?;
    let header = &header[..header.find("\n---\n")?];
    header
        .lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
        .map(str::trim)
}

/// A unified diff of two texts, by line (`-` old, `+` new, three lines of context).
pub fn diff(old: &str, new: &str) -> String {
    let d = similar::TextDiff::from_lines(old, new);
    let mut out = String::new();
    for group in d.grouped_ops(3) {
        let (first, last) = (&group[0], &group[group.len() - 1]);
        out.push_str(&format!(
            "@@ -{},{} +{},{} @@\n",
            first.old_range().start + 1,
            last.old_range().end - first.old_range().start,
            first.new_range().start + 1,
            last.new_range().end - first.new_range().start
        ));
        for op in &group {
            for change in d.iter_changes(op) {
                let sign = match change.tag() {
                    similar::ChangeTag::Delete => '-',
                    similar::ChangeTag::Insert => '+',
                    similar::ChangeTag::Equal => ' ',
                };
                out.push(sign);
                out.push_str(change.value());
                if change.missing_newline() {
                    out.push_str("\n\\ No newline at end of file\n");
                }
            }
        }
    }
    out
}

/// The pending changes among `files` (`.snap.new` ones; inline `.pending-snap` ones are listed apart).
pub fn pending(files: &[PathBuf]) -> Vec<Pending> {
    files
        .iter()
        .filter_map(|p| {
            let s = p.to_string_lossy();
            let old = s.strip_suffix(".new")?;
            Some(Pending {
                new: p.clone(),
                old: PathBuf::from(old),
            })
        })
        .collect()
}

/// The readable report of one pending change.
pub fn describe(p: &Pending, root: &Path) -> Result<String> {
    let new =
        std::fs::read_to_string(&p.new).with_context(|| format!("read {}", p.new.display()))?;
    let old = std::fs::read_to_string(&p.old).ok();
    let rel = p.old.strip_prefix(root).unwrap_or(&p.old);
    let mut out = format!("── {} ({})\n", p.name(), rel.display());
    if let Some(src) = header_field(&new, "source") {
        out.push_str(&format!("   asserted in {src}\n"));
    }
    match &old {
        Some(old) => out.push_str(&diff(body(old), body(&new))),
        None => {
            out.push_str("   a new snapshot:\n");
            out.push_str(&diff("", body(&new)));
        }
    }
    Ok(out)
}

/// Moves the pending change in place, without the `assertion_line` insta only keeps in pending files (as
/// `cargo insta accept` does), so accepting does not churn the header.
pub fn accept(p: &Pending) -> Result<()> {
    let new =
        std::fs::read_to_string(&p.new).with_context(|| format!("read {}", p.new.display()))?;
    std::fs::write(&p.old, persisted(&new))
        .with_context(|| format!("write {}", p.old.display()))?;
    std::fs::remove_file(&p.new).with_context(|| format!("remove {}", p.new.display()))
}

/// A pending snapshot's text as it is stored: the header without `assertion_line`.
pub fn persisted(snap: &str) -> String {
    let Some(rest) = snap.strip_prefix("---\n") else {
        return snap.to_string();
    };
    let Some(end) = rest.find("\n---\n") else {
        return snap.to_string();
    };
    let header: Vec<&str> = rest[..end]
        .lines()
        .filter(|l| !l.starts_with("assertion_line:"))
        .collect();
    format!("---\n{}{}", header.join("\n"), &rest[end..])
}

/// The pending changes `--accept NAME` selects: the one whose name, or file name, or path ends with NAME.
pub fn select<'a>(all: &'a [Pending], name: &str) -> Result<Vec<&'a Pending>> {
    let hits: Vec<&Pending> = all
        .iter()
        .filter(|p| {
            p.name() == name
                || p.name().ends_with(&format!("__{name}"))
                || p.old.to_string_lossy().ends_with(name)
        })
        .collect();
    match hits.len() {
        0 => bail!(
            "no pending snapshot is named `{name}`; pending: {}",
            all.iter().map(Pending::name).collect::<Vec<_>>().join(", ")
        ),
        1 => Ok(hits),
        _ => bail!(
            "`{name}` names several pending snapshots ({}): give the full name",
            hits.iter().map(|p| p.name()).collect::<Vec<_>>().join(", ")
        ),
    }
}

struct Args {
    accept: Option<Option<String>>,
    run: bool,
    packages: Vec<String>,
}

fn parse(args: &[String]) -> Result<Args> {
    let mut a = Args {
        accept: None,
        run: true,
        packages: Vec::new(),
    };
    let mut it = args.iter().peekable();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--accept" => {
                let name = it.next_if(|n| !n.starts_with('-')).cloned();
                a.accept = Some(name);
            }
            "--no-run" => a.run = false,
            "-p" | "--package" => a
                .packages
                .push(it.next().context("-p needs a crate name")?.clone()),
            other => bail!(
                "unknown argument `{other}`: cargo xtask snapshots [--accept [NAME]] [--no-run] [-p CRATE]..."
            ),
        }
    }
    Ok(a)
}

pub fn run(args: &[String]) -> Result<()> {
    let args = parse(args)?;
    let root = crate::root();
    let ws = crate::meta::Workspace::load(root)?;
    let mut crates = ws.snapshot_packages();
    if !args.packages.is_empty() {
        for p in &args.packages {
            if !crates.iter().any(|(n, _)| n == p) {
                bail!("`{p}` has no snapshot tests (no insta dev-dependency)");
            }
        }
        crates.retain(|(n, _)| args.packages.contains(n));
    }
    let dirs: Vec<PathBuf> = crates.iter().map(|(_, d)| d.clone()).collect();

    let mut orphaned = Vec::new();
    if args.run {
        // A fresh run: stale pending files from an earlier run would otherwise look current.
        for f in pending_files(&dirs) {
            std::fs::remove_file(&f)?;
        }
        let refs = tempfile::NamedTempFile::new()?;
        let mut test = crate::cargo();
        // The test output goes to stderr: stdout is the report.
        test.args(["test", "--quiet", "--locked", "--no-fail-fast"])
            .stdout(std::process::Stdio::from(std::io::stderr()))
            .env("INSTA_UPDATE", "new")
            .env("INSTA_FORCE_PASS", "1")
            .env("INSTA_SNAPSHOT_REFERENCES_FILE", refs.path());
        for (n, _) in &crates {
            test.args(["-p", n]);
        }
        let tests_ok = crate::run_cmd(&mut test).is_ok();
        if tests_ok {
            orphaned = orphans(&dirs, &std::fs::read_to_string(refs.path())?);
        } else {
            eprintln!("note: some tests failed for reasons other than snapshots (see above)");
        }
    }

    let files = pending_files(&dirs);
    let all = pending(&files);
    let inline: Vec<&PathBuf> = files
        .iter()
        .filter(|f| f.to_string_lossy().ends_with(".pending-snap"))
        .collect();
    for p in &all {
        print!("{}", describe(p, root)?);
        println!();
    }
    for f in &inline {
        println!(
            "── inline snapshot change in {} (review it with `cargo insta review`)",
            f.display()
        );
    }
    for o in &orphaned {
        println!(
            "── orphaned: {} (no test asserts it any more; delete it)",
            o.strip_prefix(root).unwrap_or(o).display()
        );
    }

    let mut left = all.len() + inline.len() + orphaned.len();
    match &args.accept {
        Some(None) => {
            for p in &all {
                accept(p)?;
                eprintln!("accepted {}", p.name());
            }
            left -= all.len();
        }
        Some(Some(name)) => {
            for p in select(&all, name)? {
                accept(p)?;
                eprintln!("accepted {}", p.name());
                left -= 1;
            }
        }
        None => {}
    }
    if left > 0 {
        eprintln!(
            "{left} snapshot change(s) pending: `cargo xtask snapshots --accept` takes them all, `--accept NAME` one; \
             delete orphaned files"
        );
        std::process::exit(1);
    }
    if all.is_empty() && inline.is_empty() && orphaned.is_empty() {
        eprintln!("no snapshot changes");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SNAP: &str =
        "---\nsource: crates/x/tests/cli.rs\nexpression: out\n---\nline one\nline two\n";

    #[test]
    fn body_and_header() {
        assert_eq!(body(SNAP), "line one\nline two\n");
        assert_eq!(header_field(SNAP, "source"), Some("crates/x/tests/cli.rs"));
        assert_eq!(header_field(SNAP, "expression"), Some("out"));
        assert_eq!(body("no header\n"), "no header\n");
    }

    #[test]
    fn diff_shows_removed_and_added_lines_with_context() {
        let d = diff("a\nb\nc\n", "a\nB\nc\nd\n");
        assert_eq!(d, "@@ -1,3 +1,4 @@\n a\n-b\n+B\n c\n+d\n");
        assert_eq!(diff("same\n", "same\n"), "");
    }

    #[test]
    fn pending_found_described_selected_and_accepted() {
        let dir = tempfile::tempdir().unwrap();
        let snaps = dir.path().join("tests/snapshots");
        std::fs::create_dir_all(&snaps).unwrap();
        std::fs::create_dir_all(dir.path().join("target/x")).unwrap();
        std::fs::write(snaps.join("cli__env.snap"), SNAP).unwrap();
        std::fs::write(
            snaps.join("cli__env.snap.new"),
            SNAP.replace("line two", "line 2").replace(
                "source: crates/x/tests/cli.rs\n",
                "source: crates/x/tests/cli.rs\nassertion_line: 12\n",
            ),
        )
        .unwrap();
        std::fs::write(snaps.join("cli__help.snap.new"), SNAP).unwrap();
        std::fs::write(dir.path().join("target/x/y.snap.new"), SNAP).unwrap();

        let files = pending_files(&[dir.path().to_path_buf()]);
        assert_eq!(files.len(), 2, "target/ is skipped: {files:?}");
        let all = pending(&files);
        assert_eq!(
            all.iter().map(Pending::name).collect::<Vec<_>>(),
            ["cli__env", "cli__help"]
        );
        let text = describe(&all[0], dir.path()).unwrap();
        assert!(
            text.starts_with("── cli__env (tests/snapshots/cli__env.snap)\n"),
            "{text}"
        );
        assert!(text.contains("-line two\n+line 2\n"), "{text}");
        assert!(
            describe(&all[1], dir.path())
                .unwrap()
                .contains("a new snapshot")
        );

        assert_eq!(select(&all, "env").unwrap()[0].name(), "cli__env");
        assert!(
            select(&all, "nope")
                .unwrap_err()
                .to_string()
                .contains("cli__env, cli__help")
        );
        accept(select(&all, "cli__env").unwrap()[0]).unwrap();
        assert_eq!(
            std::fs::read_to_string(snaps.join("cli__env.snap")).unwrap(),
            SNAP.replace("line two", "line 2")
        );
        assert_eq!(pending_files(&[dir.path().to_path_buf()]).len(), 1);
    }

    #[test]
    fn orphans_are_the_snapshots_no_test_referenced() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.snap");
        let b = dir.path().join("b.snap");
        std::fs::write(&a, SNAP).unwrap();
        std::fs::write(&b, SNAP).unwrap();
        let refs = format!("{}\n{}\n", a.display(), a.display());
        assert_eq!(orphans(&[dir.path().to_path_buf()], &refs), vec![b]);
    }

    #[test]
    fn arguments() {
        let a = parse(&["--accept".into(), "env".into(), "-p".into(), "x".into()]).unwrap();
        assert_eq!(a.accept, Some(Some("env".into())));
        assert_eq!(a.packages, ["x"]);
        let a = parse(&["--accept".into(), "--no-run".into()]).unwrap();
        assert_eq!(a.accept, Some(None));
        assert!(!a.run);
        assert!(parse(&["--bogus".into()]).is_err());
    }
}
