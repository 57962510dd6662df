//! Project tasks: `cargo xtask <task>`. Few dependencies; shells out to cargo for builds.
//!
//! - `ci`: fmt check, clippy (warnings denied), generated files up to date, no unused dependency
//!   (`deps`), the whole test suite.
//! - `codegen [--check]`: man pages, completions and the CLI reference in docs/, docs/environment.md,
//!   docs/exit-codes.md and docs/failures.md from the code.
//! - `dist [--profile NAME]`: per-tool archives, the SBOM and SHA256SUMS in dist/, checked.
//! - `release X.Y.Z [--dry-run]`: version, generated files, changelog, ci, commit and tag.
//! - `snapshots [--accept [NAME]] [--no-run] [-p CRATE]`: pending snapshot changes as diffs; accept them.
//! - `demo`: the AutoOps flow against the simulator, start to finish.
//! - `bench`: the benchmarks, each as a ratio to a reference measured in the same run.
//! - `fuzz [--cases N]`: the property tests of every input parser, 100,000 cases each.
//! - `specs [--base-url URL] [--dest DIR]`: the official specifications, pinned by commit and SHA-256,
//!   into target/specs (for a fresh clone without ../shared/specs).
//!
//! Where things are comes from cargo (`meta`): the workspace root, the target directory, the binaries.

mod bench;
mod bench_remote;
mod changelog;
mod codegen;
mod demo;
mod deps;
mod dist;
mod examples;
mod fuzz;
#[cfg(test)]
mod invariants;
mod meta;
mod release;
mod sbom;
mod snapshots;
mod specs;

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = args.first().map(String::as_str).unwrap_or("help");
    let rest = &args[args.len().min(1)..];
    match task {
        "ci" => ci(),
        "codegen" => codegen::run(rest.iter().any(|a| a == "--check")),
        "dist" => dist::run(rest),
        "release" => release::run(rest),
        "snapshots" => snapshots::run(rest),
        "demo" => demo::run(),
        "bench" => bench::run(rest),
        "fuzz" => fuzz::run(rest),
        "specs" => specs::run(rest),
        "help" | "--help" | "-h" => {
            println!("cargo xtask <task>");
            println!(
                "  ci                        fmt, clippy, generated files, snapshots, all tests"
            );
            println!("  codegen [--check]         man pages, completions, docs/cli, docs/*.md");
            println!(
                "  dist [--profile NAME]     per-tool archives, SBOM, SHA256SUMS in dist/, checked"
            );
            println!(
                "  release X.Y.Z [--dry-run] version, generated files, changelog, ci, commit, tag"
            );
            println!("  snapshots [--accept [NAME]] [--no-run] [-p CRATE]...");
            println!("                            pending snapshot changes as diffs; accept them");
            println!("  demo | bench [--quick] [--fleet | --only NAME]");
            println!(
                "  fuzz [--cases N]          property tests of every parser, 100,000 cases each"
            );
            println!(
                "  specs [--base-url URL]    the official specifications, pinned, into target/specs"
            );
            Ok(())
        }
        other => bail!("unknown task `{other}`: try `cargo xtask help`"),
    }
}

/// The workspace root, as cargo finds it from the current directory.
pub fn root() -> &'static Path {
    meta::root()
}

/// Runs a command in the workspace root, echoing it, failing on a non-zero exit.
pub fn run_cmd(cmd: &mut Command) -> Result<()> {
    eprintln!("$ {}", show(cmd));
    let status = cmd
        .current_dir(root())
        .status()
        .with_context(|| format!("cannot start {}", show(cmd)))?;
    if !status.success() {
        bail!("`{}` failed with {status}", show(cmd));
    }
    Ok(())
}

fn show(cmd: &Command) -> String {
    std::iter::once(cmd.get_program().to_string_lossy().into_owned())
        .chain(cmd.get_args().map(|a| a.to_string_lossy().into_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn ci() -> Result<()> {
    // Pending snapshot changes are decisions nobody made yet: name them before spending minutes on tests.
    let pending = snapshots::pending_files(&[root().to_path_buf()]);
    if !pending.is_empty() {
        bail!(
            "pending snapshot files in the tree: {}\nreview them with `cargo xtask snapshots` (accept or delete)",
            rel_list(&pending)
        );
    }
    run_cmd(cargo().args(["fmt", "--all", "--", "--check"]))?;
    run_cmd(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--locked",
        "--",
        "-D",
        "warnings",
    ]))?;
    codegen::run(true)?;
    deps::check(root())?;
    let refs = tempfile::NamedTempFile::new()?;
    let mut test = cargo();
    test.args(["test", "--workspace", "--locked"])
        .env("INSTA_UPDATE", "no")
        .env("INSTA_SNAPSHOT_REFERENCES_FILE", refs.path());
    let squid_started = ensure_squid(&mut test)?;
    let result = run_cmd(&mut test);
    if squid_started {
        let _ = Command::new(root().join("tests/squid/stop.sh"))
            .arg(squid_dir())
            .status();
    }
    result?;
    // Every test ran: a snapshot file no assertion read is left over from a renamed or deleted test.
    let dirs: Vec<PathBuf> = meta::Workspace::load(root())?
        .snapshot_packages()
        .into_iter()
        .map(|(_, d)| d)
        .collect();
    let orphaned = snapshots::orphans(&dirs, &std::fs::read_to_string(refs.path())?);
    if !orphaned.is_empty() {
        bail!(
            "orphaned snapshot files (no test asserts them): {}\ndelete them, or restore the test",
            rel_list(&orphaned)
        );
    }
    Ok(())
}

fn rel_list(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.strip_prefix(root()).unwrap_or(p).display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn squid_dir() -> PathBuf {
    std::env::temp_dir().join("esconnect-xtask-squid")
}

/// Starts squid for the proxy tests when it is installed and not already running for us.
fn ensure_squid(cmd: &mut Command) -> Result<bool> {
    if std::env::var_os("ESCONNECT_TEST_SQUID").is_some() {
        return Ok(false);
    }
    let installed = Command::new("sh")
        .args(["-c", "command -v squid || test -x /usr/sbin/squid"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !installed {
        eprintln!(
            "note: squid is not installed; the proxy tests will skip (apt-get install -y squid)"
        );
        return Ok(false);
    }
    let mut last_err = String::new();
    let mut started = None;
    for base in [3138u16, 13138, 23138, 33138] {
        let out = Command::new(root().join("tests/squid/start.sh"))
            .arg(squid_dir())
            .env("SQUID_PORT_OPEN", base.to_string())
            .env("SQUID_PORT_AUTH", (base + 1).to_string())
            .env("SQUID_PORT_DENY", (base + 2).to_string())
            .output()
            .context("cannot run tests/squid/start.sh")?;
        if out.status.success() {
            started = Some(out);
            break;
        }
        last_err = String::from_utf8_lossy(&out.stderr).into_owned();
    }
    let Some(out) = started else {
        bail!("squid did not start: {last_err}")
    };
    let line = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let (k, v) = line
        .split_once('=')
        .context("start.sh printed no KEY=VALUE")?;
    cmd.env(k, v);
    eprintln!("started squid for the proxy tests: {v}");
    Ok(true)
}
