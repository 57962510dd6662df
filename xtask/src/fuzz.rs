//! `cargo xtask fuzz [--cases N]`: the property tests of every input parser (env files, inventories, URLs
//! and proxy addresses, API keys in both forms, PEM bundles, fingerprints, durations, `--shard I/N`) with
//! many cases each: 100,000 by default (`PROPTEST_CASES`, which proptest reads). CI runs the same tests
//! with proptest's default (256) as part of the suite. Built with `--release`: a hundred thousand cases
//! of the inventory round trip take minutes unoptimised.

use anyhow::{Context, Result, bail};

/// The crates with property tests (each in `tests/properties.rs`).
pub const CRATES: &[&str] = &["esconnect-core", "esconnect-cli", "autoops-probe"];

pub const DEFAULT_CASES: u32 = 100_000;

pub fn run(args: &[String]) -> Result<()> {
    let mut cases = DEFAULT_CASES;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--cases" => {
                let n = it.next().context("--cases needs a number")?;
                cases = n
                    .parse()
                    .with_context(|| format!("--cases {n}: not a number"))?;
            }
            other => bail!("unknown argument `{other}`: cargo xtask fuzz [--cases N]"),
        }
    }
    let mut cmd = crate::cargo();
    cmd.args(["test", "--release", "--locked", "--no-fail-fast"]);
    for c in CRATES {
        cmd.args(["-p", c]);
    }
    cmd.args(["--test", "properties", "--", "prop_"])
        .env("PROPTEST_CASES", cases.to_string());
    eprintln!("property tests with PROPTEST_CASES={cases}");
    crate::run_cmd(&mut cmd)
}
