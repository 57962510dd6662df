//! `cargo xtask dist [--profile NAME]`: the release artefacts in `dist/`.
//!
//! - one archive per binary, `TOOL-VERSION-HOST.tar.gz`, holding the binary, its man page and completions
//!   when it has them, README.md, CHANGELOG.md and the exit-code and environment references. The binaries
//!   are every `bin` target of the workspace members (from `cargo metadata`, xtask excepted), so a new tool
//!   crate ships without editing this file;
//! - `esconnect-VERSION-HOST.cdx.json`: the CycloneDX SBOM of the crates linked into them (see `sbom`);
//! - `SHA256SUMS` of all of the above.
//!
//! Every archive's listing is printed and checked against what it should hold, and each binary, unpacked
//! from its archive, must answer `--version` with the release version. The build goes where cargo says
//! (`CARGO_TARGET_DIR`, `build.target-dir`): the target directory comes from `cargo metadata`.

use crate::meta::{Bin, Workspace};
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The files of `bin`'s archive, relative to the archive's top directory, with where each comes from.
pub fn contents(root: &Path, release_dir: &Path, bin: &Bin) -> Vec<(String, PathBuf)> {
    let mut files = vec![(bin.name.clone(), release_dir.join(&bin.name))];
    for doc in [
        "README.md",
        "CHANGELOG.md",
        "docs/exit-codes.md",
        "docs/environment.md",
    ] {
        let src = root.join(doc);
        if src.exists() {
            let name = Path::new(doc)
                .file_name()
                .expect("a file")
                .to_string_lossy()
                .into_owned();
            files.push((name, src));
        }
    }
    let man = root.join(format!("docs/man/{}.1", bin.name));
    if man.exists() {
        files.push((format!("man/{}.1", bin.name), man));
    }
    for ext in ["bash", "zsh", "fish"] {
        let c = root.join(format!("docs/completions/{}.{ext}", bin.name));
        if c.exists() {
            files.push((format!("completions/{}.{ext}", bin.name), c));
        }
    }
    files
}

/// Compares an archive's listing (`tar -tzf`) with the files it should hold under `top/`; returns what is
/// missing and what is extra.
pub fn check_listing(listing: &str, top: &str, expected: &[String]) -> (Vec<String>, Vec<String>) {
    let got: Vec<String> = listing
        .lines()
        .map(|l| l.trim_end_matches('/'))
        .filter(|l| !l.is_empty() && *l != top)
        .filter_map(|l| l.strip_prefix(&format!("{top}/")).map(str::to_string))
        // directories are listed too
        .filter(|l| !expected.iter().any(|e| e.starts_with(&format!("{l}/"))))
        .collect();
    let missing = expected
        .iter()
        .filter(|e| !got.contains(e))
        .cloned()
        .collect();
    let extra = got
        .iter()
        .filter(|g| !expected.contains(g))
        .cloned()
        .collect();
    (missing, extra)
}

fn output(cmd: &mut Command) -> Result<String> {
    let out = cmd
        .output()
        .with_context(|| format!("cannot run {}", crate::show(cmd)))?;
    if !out.status.success() {
        bail!(
            "`{}` failed with {}: {}",
            crate::show(cmd),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn run(args: &[String]) -> Result<()> {
    let mut profile = "release".to_string();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--profile" => profile = it.next().context("--profile needs a name")?.clone(),
            other => bail!("unknown argument `{other}`: cargo xtask dist [--profile NAME]"),
        }
    }
    let root = crate::root();
    let ws = Workspace::load(root)?;
    let bins = ws.bins();
    if bins.is_empty() {
        bail!("no binary to ship: no workspace member has a bin target");
    }
    let manifest = std::fs::read_to_string(root.join("Cargo.toml"))?;
    let (_, version) = crate::meta::workspace_version(&manifest)?;
    if let Some(b) = bins.iter().find(|b| b.version != version) {
        bail!(
            "{} is version {}, the workspace {version}: every crate inherits the workspace version",
            b.package,
            b.version
        );
    }
    let host = crate::meta::host()?;

    let mut build = crate::cargo();
    build.args(["build", "--locked", "--profile", &profile]);
    for b in &bins {
        build.args(["--bin", &b.name]);
    }
    crate::run_cmd(&mut build)?;
    // cargo's directory for a profile: `dev` builds into `debug`.
    let profile_dir = if profile == "dev" {
        "debug"
    } else {
        profile.as_str()
    };
    let release_dir = ws.target_dir.join(profile_dir);

    let dist = root.join("dist");
    if dist.exists() {
        std::fs::remove_dir_all(&dist).with_context(|| format!("clean {}", dist.display()))?;
    }
    std::fs::create_dir_all(&dist)?;
    let mut artefacts = Vec::new();
    let check_dir = tempfile::tempdir()?;
    for bin in &bins {
        let top = format!("{}-{version}-{host}", bin.name);
        let stage = dist.join(&top);
        let files = contents(root, &release_dir, bin);
        for (rel, src) in &files {
            let dst = stage.join(rel);
            std::fs::create_dir_all(dst.parent().expect("in the stage"))?;
            std::fs::copy(src, &dst)
                .with_context(|| format!("copy {} to {}", src.display(), dst.display()))?;
        }
        let archive = format!("{top}.tar.gz");
        crate::run_cmd(
            Command::new("tar")
                .args([
                    "--sort=name",
                    "--owner=0",
                    "--group=0",
                    "--numeric-owner",
                    "-C",
                ])
                .arg(&dist)
                .arg("-czf")
                .arg(dist.join(&archive))
                .arg(&top),
        )?;
        std::fs::remove_dir_all(&stage)?;

        // What is in the archive, checked: the expected files, and a binary that runs and knows its version.
        let listing = output(Command::new("tar").arg("-tzf").arg(dist.join(&archive)))?;
        println!("{archive}:");
        for l in listing.lines() {
            println!("  {l}");
        }
        let expected: Vec<String> = files.iter().map(|(r, _)| r.clone()).collect();
        let (missing, extra) = check_listing(&listing, &top, &expected);
        if !missing.is_empty() || !extra.is_empty() {
            bail!("{archive}: missing {missing:?}, unexpected {extra:?}");
        }
        output(
            Command::new("tar")
                .arg("-xzf")
                .arg(dist.join(&archive))
                .arg("-C")
                .arg(check_dir.path()),
        )?;
        let shown =
            output(Command::new(check_dir.path().join(&top).join(&bin.name)).arg("--version"))?;
        if !shown.split_whitespace().any(|w| w == version) {
            bail!(
                "{archive}: `{} --version` printed {shown:?}, not {version}",
                bin.name
            );
        }
        let size = std::fs::metadata(check_dir.path().join(&top).join(&bin.name))?.len();
        println!(
            "  ok: `{} --version` = {}; {:.1} MB",
            bin.name,
            shown.trim(),
            size as f64 / 1_000_000.0
        );
        artefacts.push(archive);
    }

    let mut packages: Vec<&str> = bins.iter().map(|b| b.package.as_str()).collect();
    packages.dedup();
    let built = crate::sbom::built(root, &host, &packages)?;
    let components = crate::sbom::linked(&crate::sbom::metadata(root, &host)?, &packages, &built)?;
    let lock = std::fs::read_to_string(root.join("Cargo.lock"))?;
    let tools: Vec<&str> = bins.iter().map(|b| b.name.as_str()).collect();
    let doc = crate::sbom::cyclonedx("esconnect", &version, &packages, &tools, &components, &lock);
    let sbom = format!("esconnect-{version}-{host}.cdx.json");
    std::fs::write(dist.join(&sbom), serde_json::to_string_pretty(&doc)? + "\n")?;
    println!(
        "{sbom}: {} crates linked into {}",
        components.len(),
        tools.join(", ")
    );
    artefacts.push(sbom);

    let sums = output(
        Command::new("sha256sum")
            .args(&artefacts)
            .current_dir(&dist),
    )?;
    std::fs::write(dist.join("SHA256SUMS"), &sums)?;
    println!("SHA256SUMS:\n{sums}");
    println!("{}", dist.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listing_checked_both_ways() {
        let expected: Vec<String> = ["t", "README.md", "man/t.1"].map(String::from).to_vec();
        let ok = "t-1-x/\nt-1-x/README.md\nt-1-x/man/\nt-1-x/man/t.1\nt-1-x/t\n";
        assert_eq!(check_listing(ok, "t-1-x", &expected), (vec![], vec![]));
        let bad = "t-1-x/\nt-1-x/README.md\nt-1-x/stray\n";
        assert_eq!(
            check_listing(bad, "t-1-x", &expected),
            (
                vec!["t".to_string(), "man/t.1".to_string()],
                vec!["stray".to_string()]
            )
        );
    }

    #[test]
    fn every_tool_ships_its_docs() {
        let root = crate::root();
        let ws = Workspace::load(root).unwrap();
        for bin in ws.bins() {
            let files = contents(root, Path::new("/rel"), &bin);
            assert_eq!(
                files[0],
                (bin.name.clone(), PathBuf::from("/rel").join(&bin.name))
            );
            let names: Vec<&str> = files.iter().map(|(r, _)| r.as_str()).collect();
            assert!(names.contains(&"README.md"), "{names:?}");
            // Tools with a generated man page ship it (the simulator has none).
            if root.join(format!("docs/man/{}.1", bin.name)).exists() {
                assert!(
                    names.contains(&format!("man/{}.1", bin.name).as_str()),
                    "{names:?}"
                );
            }
        }
    }
}
