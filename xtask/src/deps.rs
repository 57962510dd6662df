//! `cargo xtask ci`'s check that every declared dependency is used: a dependency in a member's
//! Cargo.toml its code never names, and an entry of `[workspace.dependencies]` no member takes, fail
//! the check, named.
//!
//! "Used" means the crate's code (src/, tests/, benches/, examples/, build.rs) names it as a path
//! (`ident::...`), with `use ident` or `extern crate ident`, where `ident` is the dependency's name in
//! the manifest (its rename if it has one) with `-` turned into `_`. A dependency declared only to turn
//! on features of something else is listed in its manifest under
//! `[package.metadata.xtask] used-without-import = ["name"]`, with a comment saying why.

use anyhow::{Result, bail};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// A dependency as the manifest declares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dep {
    /// The package's name (what `[workspace.dependencies]` is keyed by).
    pub package: String,
    /// The name code refers to it by: the rename, else the package name, with `-` as `_`.
    pub ident: String,
    /// `normal`, `dev` or `build`.
    pub kind: String,
}

/// One member's declared dependencies and those its manifest says are used without an import.
#[derive(Debug, Clone)]
pub struct Member {
    pub name: String,
    pub dir: std::path::PathBuf,
    pub deps: Vec<Dep>,
    pub allowed: BTreeSet<String>,
}

impl Member {
    /// From a package of `cargo metadata`.
    pub fn from_metadata(p: &Value) -> Option<Self> {
        let manifest = Path::new(p["manifest_path"].as_str()?);
        let deps = p["dependencies"]
            .as_array()?
            .iter()
            .filter_map(|d| {
                let package = d["name"].as_str()?.to_string();
                let ident = d["rename"].as_str().unwrap_or(&package).replace('-', "_");
                let kind = d["kind"].as_str().unwrap_or("normal").to_string();
                Some(Dep {
                    package,
                    ident,
                    kind,
                })
            })
            .collect();
        let allowed = p["metadata"]["xtask"]["used-without-import"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        Some(Self {
            name: p["name"].as_str()?.to_string(),
            dir: manifest.parent()?.to_path_buf(),
            deps,
            allowed,
        })
    }

    /// `crate: dependency (kind)` for each dependency the code never names.
    pub fn unused(&self) -> Result<Vec<String>> {
        let code = crate_code(&self.dir)?;
        let mut seen = BTreeSet::new();
        Ok(self
            .deps
            .iter()
            .filter(|d| !self.allowed.contains(&d.package) && !names(&code, &d.ident))
            // The same package can be both a dependency and a dev-dependency: name it once per kind.
            .filter(|d| seen.insert((d.package.clone(), d.kind.clone())))
            .map(|d| format!("{}: {} ({})", self.name, d.package, d.kind))
            .collect())
    }
}

/// Whether `code` refers to the crate `ident` (a path, a `use`, an `extern crate`).
pub fn names(code: &str, ident: &str) -> bool {
    let word_before = |i: usize| {
        code[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    };
    let mut from = 0;
    while let Some(pos) = code[from..].find(ident) {
        let i = from + pos;
        let after = &code[i + ident.len()..];
        if !word_before(i) {
            let before = code[..i].trim_end();
            if after.starts_with("::")
                || ((before.ends_with("use") || before.ends_with("extern crate"))
                    && !after.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
            {
                return true;
            }
        }
        from = i + ident.len();
    }
    false
}

/// The text of every Rust file of the crate at `dir` (src/, tests/, benches/, examples/, build.rs).
pub fn crate_code(dir: &Path) -> Result<String> {
    let mut code = String::new();
    for sub in ["src", "tests", "benches", "examples"] {
        collect_rs(&dir.join(sub), &mut code)?;
    }
    let build = dir.join("build.rs");
    if build.is_file() {
        code.push_str(&std::fs::read_to_string(build)?);
    }
    Ok(code)
}

fn collect_rs(dir: &Path, out: &mut String) -> Result<()> {
    if !dir.is_dir() {
        return Ok(());
    }
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_rs(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push_str(&std::fs::read_to_string(&path)?);
            out.push('\n');
        }
    }
    Ok(())
}

/// The keys of the root manifest's `[workspace.dependencies]`.
pub fn workspace_dependencies(root_manifest: &str) -> Vec<String> {
    let mut in_section = false;
    let mut keys = Vec::new();
    for line in root_manifest.lines() {
        let t = line.trim();
        if t.starts_with('[') {
            in_section = t == "[workspace.dependencies]";
            continue;
        }
        if !in_section || t.starts_with('#') {
            continue;
        }
        if let Some((key, _)) = t.split_once('=') {
            let key = key.trim();
            keys.push(
                key.strip_suffix(".workspace")
                    .unwrap_or(key)
                    .trim()
                    .to_string(),
            );
        }
    }
    keys
}

/// Every unused dependency of the workspace at `root`, named; an error listing them if any.
pub fn check(root: &Path) -> Result<()> {
    let ws = crate::meta::Workspace::load(root)?;
    let members: Vec<Member> = ws
        .members
        .iter()
        .filter_map(Member::from_metadata)
        .collect();
    let mut problems = Vec::new();
    for m in &members {
        problems.extend(m.unused()?);
    }
    let taken: BTreeSet<&str> = members
        .iter()
        .flat_map(|m| m.deps.iter().map(|d| d.package.as_str()))
        .collect();
    let manifest = std::fs::read_to_string(root.join("Cargo.toml"))?;
    for key in workspace_dependencies(&manifest) {
        if !taken.contains(key.as_str()) {
            problems.push(format!(
                "[workspace.dependencies]: {key} (no member depends on it)"
            ));
        }
    }
    if !problems.is_empty() {
        bail!(
            "unused dependencies (remove them from Cargo.toml, or list a features-only one under \
             [package.metadata.xtask] used-without-import):\n  {}",
            problems.join("\n  ")
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dep(package: &str, kind: &str) -> Dep {
        Dep {
            package: package.into(),
            ident: package.replace('-', "_"),
            kind: kind.into(),
        }
    }

    #[test]
    fn a_fixture_crate_names_what_it_does_not_use() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("src/nested")).unwrap();
        std::fs::create_dir_all(root.join("tests")).unwrap();
        std::fs::write(
            root.join("src/lib.rs"),
            "use serde_json::Value;\nmod nested;\n// tokio is mentioned in a comment only\n",
        )
        .unwrap();
        std::fs::write(
            root.join("src/nested/mod.rs"),
            "#[derive(serde::Serialize)] struct A;\n",
        )
        .unwrap();
        std::fs::write(root.join("tests/t.rs"), "use tempfile;\n").unwrap();
        std::fs::write(root.join("build.rs"), "fn main() { cc::Build::new(); }\n").unwrap();
        let mut renamed = dep("http-body-util", "normal");
        renamed.ident = "body".into();
        let member = Member {
            name: "fixture".into(),
            dir: root.to_path_buf(),
            deps: vec![
                dep("serde-json", "normal"),
                dep("serde", "normal"),
                dep("tokio", "normal"),
                dep("sha2", "normal"),
                dep("tempfile", "dev"),
                dep("cc", "build"),
                renamed,
                dep("rustls", "normal"),
            ],
            allowed: ["rustls".to_string()].into(),
        };
        assert_eq!(
            member.unused().unwrap(),
            [
                "fixture: tokio (normal)",
                "fixture: sha2 (normal)",
                "fixture: http-body-util (normal)"
            ]
        );
    }

    #[test]
    fn names_needs_a_path_or_a_use() {
        assert!(names("let x = url::Url::parse(s);", "url"));
        assert!(names("use url;", "url"));
        assert!(names("extern crate url;", "url"));
        assert!(!names("let curl::X = 1;", "url"));
        assert!(!names("// see the url crate", "url"));
        assert!(!names("\"reqwest=warn\"", "reqwest"));
        assert!(!names("use urlencoding::x;", "url"));
    }

    #[test]
    fn workspace_dependency_keys() {
        let manifest = "[workspace]\nmembers = []\n\n[workspace.dependencies]\n# internal\nfoo = { path = \"x\" }\nbar-baz = \"1\"\nqux.workspace = true\n\n[profile.dev]\ndebug = 0\n";
        assert_eq!(workspace_dependencies(manifest), ["foo", "bar-baz", "qux"]);
    }
}
