//! Where things are, as cargo says: the workspace root (`cargo locate-project`), the target directory, the
//! members, their binaries and the workspace version (`cargo metadata`), the host triple (`rustc -vV`).
//! Nothing here assumes `target/` or the directory xtask was built in, so `CARGO_TARGET_DIR`,
//! `.cargo/config.toml`'s `build.target-dir` and a copy of the repository elsewhere all work.

use anyhow::{Context, Result, bail};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The workspace root: the one cargo finds from the current directory, like `cargo run` itself did.
pub fn root() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| locate_root(Path::new(".")).unwrap_or_else(|e| panic!("{e:#}")))
}

/// The target directory cargo builds into (`CARGO_TARGET_DIR`, `build.target-dir` or `<root>/target`).
pub fn target_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        Workspace::load(root())
            .unwrap_or_else(|e| panic!("{e:#}"))
            .target_dir
    })
}

/// The workspace root cargo finds from `dir`.
pub fn locate_root(dir: &Path) -> Result<PathBuf> {
    let out = crate::cargo()
        .args(["locate-project", "--workspace", "--message-format", "plain"])
        .current_dir(dir)
        .output()
        .context("cannot run `cargo locate-project`")?;
    if !out.status.success() {
        bail!(
            "`cargo locate-project --workspace` failed in {}: {}",
            dir.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    let manifest = PathBuf::from(String::from_utf8(out.stdout)?.trim());
    Ok(manifest
        .parent()
        .context("the workspace manifest has a parent")?
        .to_path_buf())
}

/// One binary target of a workspace member.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bin {
    pub package: String,
    pub name: String,
    pub version: String,
}

/// What `cargo metadata --no-deps` says about the workspace.
#[derive(Debug)]
pub struct Workspace {
    pub target_dir: PathBuf,
    pub members: Vec<Value>,
}

/// The packages that never ship (the task runner itself).
pub const NOT_SHIPPED: &[&str] = &["xtask"];

impl Workspace {
    /// `cargo metadata --no-deps` for the workspace at `root`, with the process environment (so
    /// `CARGO_TARGET_DIR` counts).
    pub fn load(root: &Path) -> Result<Self> {
        Self::load_with(root, &[])
    }

    /// Like [`Workspace::load`] with extra environment variables for cargo.
    pub fn load_with(root: &Path, env: &[(&str, &str)]) -> Result<Self> {
        let mut cmd = crate::cargo();
        cmd.args(["metadata", "--format-version", "1", "--no-deps"])
            .current_dir(root);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let v = json_output(&mut cmd)?;
        Ok(Self {
            target_dir: PathBuf::from(v["target_directory"].as_str().context("target_directory")?),
            members: v["packages"].as_array().cloned().unwrap_or_default(),
        })
    }

    /// Every binary a release ships: each `bin` target of each member, except [`NOT_SHIPPED`], by name.
    pub fn bins(&self) -> Vec<Bin> {
        let mut out: Vec<Bin> = self
            .members
            .iter()
            .filter(|p| !NOT_SHIPPED.contains(&p["name"].as_str().unwrap_or_default()))
            .flat_map(|p| {
                let package = p["name"].as_str().unwrap_or_default().to_string();
                let version = p["version"].as_str().unwrap_or_default().to_string();
                p["targets"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|t| {
                        t["kind"]
                            .as_array()
                            .is_some_and(|k| k.iter().any(|k| k == "bin"))
                    })
                    .map(move |t| Bin {
                        package: package.clone(),
                        name: t["name"].as_str().unwrap_or_default().to_string(),
                        version: version.clone(),
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        out.sort_by(|a, b| a.name.cmp(&b.name));
        out
    }

    /// Members with a dev-dependency on insta: the crates with snapshot tests.
    pub fn snapshot_packages(&self) -> Vec<(String, PathBuf)> {
        self.members
            .iter()
            .filter(|p| {
                p["dependencies"]
                    .as_array()
                    .is_some_and(|d| d.iter().any(|d| d["name"] == "insta"))
            })
            .map(|p| {
                let manifest = PathBuf::from(p["manifest_path"].as_str().unwrap_or_default());
                (
                    p["name"].as_str().unwrap_or_default().to_string(),
                    manifest.parent().map(Path::to_path_buf).unwrap_or_default(),
                )
            })
            .collect()
    }
}

/// Runs a command and parses its stdout as JSON.
pub fn json_output(cmd: &mut Command) -> Result<Value> {
    let out = cmd
        .output()
        .with_context(|| format!("cannot start {}", crate::show(cmd)))?;
    if !out.status.success() {
        bail!(
            "`{}` failed: {}",
            crate::show(cmd),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    serde_json::from_slice(&out.stdout)
        .with_context(|| format!("{} printed no JSON", crate::show(cmd)))
}

/// The host's target triple, from `rustc -vV`.
pub fn host() -> Result<String> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let out = Command::new(rustc)
        .arg("-vV")
        .output()
        .context("cannot run rustc -vV")?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .map(str::to_string)
        .context("rustc -vV printed no host line")
}

/// The `version` of `[workspace.package]` in the workspace manifest's text, with its line index.
pub fn workspace_version(manifest: &str) -> Result<(usize, String)> {
    let mut in_section = false;
    for (i, line) in manifest.lines().enumerate() {
        let t = line.trim();
        if t.starts_with('[') {
            in_section = t == "[workspace.package]";
            continue;
        }
        if in_section
            && let Some(rest) = t.strip_prefix("version")
            && let Some(v) = rest.trim_start().strip_prefix('=')
        {
            let v = v.trim();
            let v = v
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .with_context(|| format!("line {}: the version is not a plain string", i + 1))?;
            return Ok((i, v.to_string()));
        }
    }
    bail!("no `version` in the [workspace.package] section of Cargo.toml")
}

/// The manifest with `[workspace.package] version` set to `version` (nothing else changed).
pub fn set_workspace_version(manifest: &str, version: &str) -> Result<String> {
    let (idx, _) = workspace_version(manifest)?;
    let mut out = String::with_capacity(manifest.len());
    for (i, line) in manifest.split_inclusive('\n').enumerate() {
        if i == idx {
            let nl = if line.ends_with('\n') { "\n" } else { "" };
            out.push_str(&format!("version = \"{version}\"{nl}"));
        } else {
            out.push_str(line);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_dir_comes_from_cargo_and_follows_cargo_target_dir() {
        let root = root();
        let plain = Workspace::load(root).unwrap();
        let elsewhere = std::env::temp_dir().join("xtask-target-dir-test");
        let moved =
            Workspace::load_with(root, &[("CARGO_TARGET_DIR", elsewhere.to_str().unwrap())])
                .unwrap();
        assert_eq!(moved.target_dir, elsewhere);
        assert_ne!(moved.target_dir, plain.target_dir);
    }

    #[test]
    fn bins_are_discovered_from_the_members() {
        let ws = Workspace::load(root()).unwrap();
        let bins = ws.bins();
        let names: Vec<&str> = bins.iter().map(|b| b.name.as_str()).collect();
        // Every member's src/main.rs is a shipped binary, whatever its name; the task runner is not.
        for p in &ws.members {
            let name = p["name"].as_str().unwrap();
            let dir = Path::new(p["manifest_path"].as_str().unwrap())
                .parent()
                .unwrap();
            if name != "xtask" && dir.join("src/main.rs").exists() {
                assert!(
                    bins.iter().any(|b| b.package == name),
                    "{name} missing from {names:?}"
                );
            }
        }
        assert!(!names.contains(&"xtask"), "{names:?}");
        assert!(bins.iter().all(|b| !b.version.is_empty()));
    }

    #[test]
    fn workspace_version_is_read_and_set_in_its_section_only() {
        let manifest = "[package]\nversion = \"9.9.9\"\n\n[workspace.package]\nedition = \"2024\"\nversion = \"0.1.0\"\n\n[workspace.dependencies]\nx = { version = \"1\" }\n";
        assert_eq!(
            workspace_version(manifest).unwrap(),
            (5, "0.1.0".to_string())
        );
        let set = set_workspace_version(manifest, "0.2.0").unwrap();
        assert_eq!(
            set,
            manifest.replace("version = \"0.1.0\"", "version = \"0.2.0\"")
        );
        assert!(workspace_version("[workspace]\nmembers = []\n").is_err());
    }
}
