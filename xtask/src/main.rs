//! Project tasks: `cargo xtask <task>`. Few dependencies; shells out to cargo for builds.
//!
//! - `ci`: fmt check, clippy (warnings denied), generated files up to date, the whole test suite.
//! - `codegen [--check]`: man pages, completions and the CLI reference in docs/, docs/environment.md,
//!   docs/exit-codes.md and docs/failures.md from the code.
//! - `dist`: release archive of the binaries with SHA256SUMS in dist/.
//! - `demo`: the AutoOps flow against the simulator, start to finish.
//! - `bench`: the benchmarks, each as a ratio to a reference measured in the same run.
//! - `fuzz [--cases N]`: the property tests of every input parser, 100,000 cases each.
//! - `specs [--base-url URL] [--dest DIR]`: the official specifications, pinned by commit and SHA-256,
//!   into target/specs (for a fresh clone without ../shared/specs).

mod bench;
mod codegen;
mod demo;
mod examples;
mod fuzz;
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
        "dist" => dist(),
        "demo" => demo::run(),
        "bench" => bench::run(rest),
        "fuzz" => fuzz::run(rest),
        "specs" => specs::run(rest),
        "help" | "--help" | "-h" => {
            println!(
                "cargo xtask <ci | codegen [--check] | dist | demo | bench [--quick] [--fleet] | fuzz [--cases N] | specs [--base-url URL]>"
            );
            Ok(())
        }
        other => bail!("unknown task `{other}`: try `cargo xtask help`"),
    }
}

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
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
    let mut test = cargo();
    test.args(["test", "--workspace", "--locked"])
        .env("INSTA_UPDATE", "no");
    let squid_started = ensure_squid(&mut test)?;
    let result = run_cmd(&mut test);
    if squid_started {
        let _ = Command::new(root().join("tests/squid/stop.sh"))
            .arg(squid_dir())
            .status();
    }
    result
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

/// The binaries shipped in a release.
pub const BINARIES: &[&str] = &["es-role", "autoops-env", "autoops-probe", "esconnect-sim"];

fn dist() -> Result<()> {
    let mut build = cargo();
    build.args(["build", "--release", "--locked"]);
    for b in BINARIES {
        build.args(["--bin", b]);
    }
    run_cmd(&mut build)?;
    let version = env!("CARGO_PKG_VERSION");
    let target = "x86_64-unknown-linux-gnu";
    let name = format!("esconnect-{version}-{target}");
    let dist = root().join("dist");
    let stage = dist.join(&name);
    if stage.exists() {
        std::fs::remove_dir_all(&stage)?;
    }
    std::fs::create_dir_all(stage.join("man"))?;
    std::fs::create_dir_all(stage.join("completions"))?;
    for b in BINARIES {
        std::fs::copy(root().join("target/release").join(b), stage.join(b))
            .with_context(|| format!("copy {b}"))?;
    }
    for f in ["README.md", "docs/exit-codes.md", "docs/environment.md"] {
        let src = root().join(f);
        std::fs::copy(&src, stage.join(src.file_name().expect("a file")))
            .with_context(|| format!("copy {f}"))?;
    }
    for entry in std::fs::read_dir(root().join("docs/man"))? {
        let p = entry?.path();
        std::fs::copy(&p, stage.join("man").join(p.file_name().expect("a file")))?;
    }
    for entry in std::fs::read_dir(root().join("docs/completions"))? {
        let p = entry?.path();
        std::fs::copy(
            &p,
            stage
                .join("completions")
                .join(p.file_name().expect("a file")),
        )?;
    }
    let archive = format!("{name}.tar.gz");
    run_cmd(
        Command::new("tar")
            .args(["-C"])
            .arg(&dist)
            .args(["-czf"])
            .arg(dist.join(&archive))
            .arg(&name),
    )?;
    let sums = Command::new("sha256sum")
        .arg(&archive)
        .current_dir(&dist)
        .output()
        .context("sha256sum")?;
    if !sums.status.success() {
        bail!("sha256sum failed");
    }
    std::fs::write(dist.join("SHA256SUMS"), &sums.stdout)?;
    std::fs::remove_dir_all(&stage)?;
    println!("{}", dist.join(&archive).display());
    print!("{}", String::from_utf8_lossy(&sums.stdout));
    Ok(())
}
