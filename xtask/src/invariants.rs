//! The workspace's invariants (docs/ARCHITECTURE.md), checked on the source tree by `cargo test -p xtask`:
//! environment variable names only through `esconnect_core::env`, HTTP clients only in the core, the
//! core neither prints nor knows clap.

use crate::deps::Member;
use crate::meta::{Workspace, root};
use std::path::{Path, PathBuf};

/// Paths the environment-variable check never looks at: the catalogue itself, and the simulator,
/// which is deliberately independent of the code it stands in front of.
const ENV_SKIP: &[&str] = &["crates/esconnect-core/src/env.rs", "crates/esconnect-sim"];

fn members() -> Vec<Member> {
    Workspace::load(root())
        .expect("cargo metadata")
        .members
        .iter()
        .filter_map(Member::from_metadata)
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            // Test-only code may spell variables out (it sets them for the binaries it runs).
            if p.file_name().is_some_and(|n| n == "tests") {
                continue;
            }
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs")
            && p.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(p);
        }
    }
}

/// `line: text` for each string literal in `source` equal to one of `names`, up to the first
/// `#[cfg(test)]` line (test modules come last), comment lines skipped.
fn env_literals(source: &str, names: &[&str]) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let t = line.trim_start();
        if t.starts_with("#[cfg(test)]") {
            break;
        }
        if t.starts_with("//") {
            continue;
        }
        for name in names {
            if line.contains(&format!("\"{name}\"")) {
                found.push((i + 1, name.to_string()));
            }
        }
    }
    found
}

#[test]
fn environment_variables_are_named_only_through_the_catalogue() {
    let root = root();
    let names: Vec<&str> = esconnect_core::env::ALL.iter().map(|v| v.name).collect();
    let mut files = Vec::new();
    for entry in std::fs::read_dir(root.join("crates")).unwrap().flatten() {
        rust_files(&entry.path().join("src"), &mut files);
    }
    rust_files(&root.join("xtask/src"), &mut files);
    let skipped = |p: &Path| {
        let rel = p.strip_prefix(root).unwrap();
        ENV_SKIP.iter().any(|s| rel.starts_with(s))
    };
    let mut problems = Vec::new();
    let mut scanned = 0;
    for f in files.iter().filter(|f| !skipped(f)) {
        scanned += 1;
        let source = std::fs::read_to_string(f).unwrap();
        for (line, name) in env_literals(&source, &names) {
            problems.push(format!(
                "{}:{line}: \"{name}\": use esconnect_core::env::{name}.name",
                f.strip_prefix(root).unwrap().display()
            ));
        }
    }
    assert!(scanned > 50, "the walk found only {scanned} files");
    assert!(
        problems.is_empty(),
        "environment variable names spelled out instead of taken from esconnect_core::env:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_env_scan_finds_literals_outside_tests_and_comments() {
    let name = esconnect_core::env::ELASTICSEARCH_URL.name;
    let source = format!(
        "fn a() {{ std::env::var(\"{name}\"); }}\n// \"{name}\" in a comment\nlet b = \"{name}_X\";\n#[cfg(test)]\nmod tests {{ const A: &str = \"{name}\"; }}\n"
    );
    assert_eq!(env_literals(&source, &[name]), [(1, name.to_string())]);
}

#[test]
fn only_the_core_depends_on_reqwest() {
    let members = members();
    assert!(
        members
            .iter()
            .any(|m| m.name == "esconnect-core" && m.deps.iter().any(|d| d.package == "reqwest"))
    );
    let offenders: Vec<String> = members
        .iter()
        .filter(|m| m.name != "esconnect-core")
        .flat_map(|m| {
            m.deps
                .iter()
                .filter(|d| d.package == "reqwest")
                // The simulator's tests use reqwest as an independent client, on purpose: a bug in the
                // core's client must not hide a bug in the simulator. Dev-dependencies only.
                .filter(|d| !(m.name == "esconnect-sim" && d.kind == "dev"))
                .map(move |d| format!("{} ({})", m.name, d.kind))
        })
        .collect();
    assert!(
        offenders.is_empty(),
        "only esconnect-core builds HTTP clients; reqwest is a dependency of: {}",
        offenders.join(", ")
    );
}

#[test]
fn the_core_does_not_know_clap() {
    let core = members()
        .into_iter()
        .find(|m| m.name == "esconnect-core")
        .unwrap();
    assert!(!core.deps.is_empty());
    let clap: Vec<_> = core
        .deps
        .iter()
        .filter(|d| d.package.starts_with("clap"))
        .collect();
    assert!(
        clap.is_empty(),
        "esconnect-core must not depend on clap (only esconnect-cli and the tools do): {clap:?}"
    );
}

#[test]
fn the_core_never_prints() {
    let mut files = Vec::new();
    collect_all_rs(&root().join("crates/esconnect-core/src"), &mut files);
    assert!(files.len() > 10);
    let mut problems = Vec::new();
    for f in &files {
        let source = std::fs::read_to_string(f).unwrap();
        for (i, line) in source.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            if let Some(m) = print_macro(line) {
                problems.push(format!(
                    "{}:{}: {m}",
                    f.strip_prefix(root()).unwrap().display(),
                    i + 1
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "the core never prints (it returns values; esconnect-cli's Printer prints):\n{}",
        problems.join("\n")
    );
}

/// The printing macro a line calls, if any.
fn print_macro(line: &str) -> Option<&'static str> {
    ["print!", "println!", "eprint!", "eprintln!", "dbg!"]
        .into_iter()
        .find(|m| {
            line.match_indices(m).any(|(i, _)| {
                !line[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_')
            })
        })
}

#[test]
fn print_macros_are_recognised() {
    assert_eq!(print_macro("    println!(\"x\");"), Some("println!"));
    assert_eq!(print_macro("std::eprintln!(\"x\")"), Some("eprintln!"));
    assert_eq!(print_macro("let v = dbg!(x);"), Some("dbg!"));
    assert_eq!(print_macro("write!(f, \"x\")"), None);
    assert_eq!(print_macro("my_println!(x)"), None);
}

fn collect_all_rs(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_all_rs(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn every_declared_dependency_is_used() {
    // The same check `cargo xtask ci` runs before the tests (xtask/src/deps.rs).
    if let Err(e) = crate::deps::check(root()) {
        panic!("{e:#}");
    }
}
