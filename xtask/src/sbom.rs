//! The software bill of materials of a release: CycloneDX 1.5 JSON listing every crate linked into the
//! shipped binaries, with its version, licence, Cargo.lock checksum and dependencies.
//!
//! "Linked" is the closure of normal dependencies (not dev, not build) of the binary packages for the host
//! target, from `cargo metadata --filter-platform HOST`; procedural macros run in the compiler and are not
//! linked, so neither they nor their own dependencies are listed. `cargo metadata` resolves features for
//! every target at once, so an optional dependency that only a dev-dependency switches on (rcgen's
//! x509-parser, regex's aho-corasick) shows up as a normal edge there; the closure is therefore narrowed to
//! the crates cargo's feature resolver builds for the binaries (`cargo tree -e normal,no-proc-macro
//! --target HOST`). The document holds no time stamp or random serial number, so the same tree gives the
//! same bytes.

use anyhow::{Context, Result};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::Path;

/// A crate in the SBOM.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Component {
    pub name: String,
    pub version: String,
    pub license: Option<String>,
    /// From the registry (not a workspace member).
    pub registry: bool,
    /// The crate's linked dependencies, as (name, version).
    pub depends_on: Vec<(String, String)>,
}

/// The linked closure of `roots` (package names of workspace members) in `metadata` (the JSON of
/// `cargo metadata --format-version 1 --filter-platform HOST`), keeping only the crates in `built` (what a
/// build of the binaries compiles, from [`built`]).
pub fn linked(
    metadata: &Value,
    roots: &[&str],
    built: &BTreeSet<(String, String)>,
) -> Result<Vec<Component>> {
    let packages: BTreeMap<&str, &Value> = metadata["packages"]
        .as_array()
        .context("metadata has packages")?
        .iter()
        .filter_map(|p| Some((p["id"].as_str()?, p)))
        .collect();
    let nodes: BTreeMap<&str, &Value> = metadata["resolve"]["nodes"]
        .as_array()
        .context("metadata has a resolve graph (not --no-deps)")?
        .iter()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    let members: BTreeSet<&str> = metadata["workspace_members"]
        .as_array()
        .context("workspace_members")?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let is_proc_macro = |id: &str| {
        packages[id]["targets"].as_array().is_some_and(|ts| {
            ts.iter().any(|t| {
                t["kind"]
                    .as_array()
                    .is_some_and(|k| k.iter().any(|k| k == "proc-macro"))
            })
        })
    };
    let name_version = |id: &str| {
        let p = packages[id];
        (
            p["name"].as_str().unwrap_or_default().to_string(),
            p["version"].as_str().unwrap_or_default().to_string(),
        )
    };
    let linked_deps = |id: &str| -> Vec<&str> {
        nodes[id]["deps"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|d| {
                d["dep_kinds"]
                    .as_array()
                    .is_some_and(|ks| ks.iter().any(|k| k["kind"].is_null()))
            })
            .filter_map(|d| d["pkg"].as_str())
            .filter(|pkg| !is_proc_macro(pkg) && built.contains(&name_version(pkg)))
            .collect()
    };

    let mut seen = BTreeSet::new();
    let mut queue: VecDeque<&str> = VecDeque::new();
    for r in roots {
        let id = members
            .iter()
            .find(|id| packages[**id]["name"] == *r)
            .with_context(|| format!("{r} is not a workspace member"))?;
        queue.push_back(id);
    }
    while let Some(id) = queue.pop_front() {
        if seen.insert(id) {
            queue.extend(linked_deps(id));
        }
    }
    let mut out: Vec<Component> = seen
        .iter()
        .map(|id| {
            let (name, version) = name_version(id);
            let mut depends_on: Vec<_> = linked_deps(id).into_iter().map(name_version).collect();
            depends_on.sort();
            Component {
                name,
                version,
                license: packages[id]["license"].as_str().map(spdx),
                registry: !members.contains(id),
                depends_on,
            }
        })
        .collect();
    out.sort();
    Ok(out)
}

/// Old-style `MIT/Apache-2.0` as an SPDX expression.
fn spdx(license: &str) -> String {
    license
        .split('/')
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" OR ")
}

/// The checksums Cargo.lock records for registry packages, by (name, version).
pub fn lock_checksums(lock: &str) -> BTreeMap<(String, String), String> {
    let mut out = BTreeMap::new();
    for block in lock.split("[[package]]").skip(1) {
        let field = |key: &str| {
            block.lines().find_map(|l| {
                l.strip_prefix(key)?
                    .trim_start()
                    .strip_prefix('=')?
                    .trim()
                    .strip_prefix('"')?
                    .strip_suffix('"')
                    .map(str::to_string)
            })
        };
        if let (Some(n), Some(v)) = (field("name"), field("version")) {
            out.insert((n, v), field("checksum").unwrap_or_default());
        }
    }
    out
}

fn purl(name: &str, version: &str) -> String {
    format!("pkg:cargo/{name}@{version}")
}

/// The CycloneDX document for `product` at `version`: the `applications` packages build the binaries `tools`.
pub fn cyclonedx(
    product: &str,
    version: &str,
    applications: &[&str],
    tools: &[&str],
    components: &[Component],
    lock: &str,
) -> Value {
    let sums = lock_checksums(lock);
    let comps: Vec<Value> = components
        .iter()
        .map(|c| {
            let mut v = json!({
                "type": if applications.contains(&c.name.as_str()) { "application" } else { "library" },
                "bom-ref": purl(&c.name, &c.version),
                "name": c.name,
                "version": c.version,
                "purl": purl(&c.name, &c.version),
            });
            if let Some(l) = &c.license {
                v["licenses"] = json!([{ "expression": l }]);
            }
            if let Some(sum) = sums.get(&(c.name.clone(), c.version.clone()))
                && !sum.is_empty()
            {
                v["hashes"] = json!([{ "alg": "SHA-256", "content": sum }]);
            }
            if !c.registry {
                v["properties"] = json!([{ "name": "cargo:source", "value": "workspace" }]);
            }
            v
        })
        .collect();
    let deps: Vec<Value> = components
        .iter()
        .map(|c| {
            json!({
                "ref": purl(&c.name, &c.version),
                "dependsOn": c.depends_on.iter().map(|(n, v)| purl(n, v)).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "version": 1,
        "metadata": {
            "component": {
                "type": "application",
                "bom-ref": format!("pkg:generic/{product}@{version}"),
                "name": product,
                "version": version,
            },
            "tools": { "components": [{ "type": "application", "name": "cargo xtask dist" }] },
            "properties": [{ "name": "cargo:binaries", "value": tools.join(",") }],
        },
        "components": comps,
        "dependencies": deps,
    })
}

/// `cargo metadata --filter-platform host` of the workspace at `root`, without changing Cargo.lock.
pub fn metadata(root: &Path, host: &str) -> Result<Value> {
    crate::meta::json_output(
        crate::cargo()
            .args([
                "metadata",
                "--format-version",
                "1",
                "--locked",
                "--filter-platform",
                host,
            ])
            .current_dir(root),
    )
}

/// The (name, version) of every crate a build of `packages`' binaries links for `host`, as cargo's feature
/// resolver decides: `cargo tree -e normal,no-proc-macro`.
pub fn built(root: &Path, host: &str, packages: &[&str]) -> Result<BTreeSet<(String, String)>> {
    let mut tree = crate::cargo();
    tree.args([
        "tree",
        "--locked",
        "-e",
        "normal,no-proc-macro",
        "--prefix",
        "none",
    ])
    .args(["--target", host, "--format", "{p}"])
    .current_dir(root);
    for p in packages {
        tree.args(["-p", p]);
    }
    let out = tree
        .output()
        .with_context(|| format!("cannot run {}", crate::show(&tree)))?;
    if !out.status.success() {
        anyhow::bail!(
            "`{}` failed: {}",
            crate::show(&tree),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            let name = w.next()?.to_string();
            let version = w.next()?.strip_prefix('v')?.to_string();
            Some((name, version))
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meta::{Workspace, host, root};

    fn shipped_packages() -> Vec<String> {
        let mut p: Vec<String> = Workspace::load(root())
            .unwrap()
            .bins()
            .into_iter()
            .map(|b| b.package)
            .collect();
        p.dedup();
        p
    }

    /// Every crate cargo compiles into the binaries is in the SBOM, no other; every one is a package of
    /// Cargo.lock with a licence; its edges stay inside the document; test-only, build-time and the crates
    /// only dev-dependencies switch on are not listed.
    #[test]
    fn sbom_lists_every_linked_crate_of_cargo_lock() {
        let host = host().unwrap();
        let packages = shipped_packages();
        let roots: Vec<&str> = packages.iter().map(String::as_str).collect();
        let built = built(root(), &host, &roots).unwrap();
        assert!(built.len() > 20, "{built:?}");
        let meta = metadata(root(), &host).unwrap();
        let comps = linked(&meta, &roots, &built).unwrap();
        let listed: BTreeSet<(String, String)> = comps
            .iter()
            .map(|c| (c.name.clone(), c.version.clone()))
            .collect();
        assert_eq!(listed, built, "the SBOM and cargo's build differ");

        // Without the narrowing, metadata's closure holds the crates of the dev-dependencies' features too.
        let everything: BTreeSet<(String, String)> =
            lock_checksums(&std::fs::read_to_string(root().join("Cargo.lock")).unwrap())
                .into_keys()
                .collect();
        let wide = linked(&meta, &roots, &everything).unwrap();
        assert!(wide.len() >= comps.len());

        for c in &comps {
            assert!(
                everything.contains(&(c.name.clone(), c.version.clone())),
                "{} {} is not in Cargo.lock",
                c.name,
                c.version
            );
            if c.registry {
                assert!(c.license.is_some(), "{} has no licence", c.name);
            }
            for d in &c.depends_on {
                assert!(listed.contains(d), "{} depends on unlisted {d:?}", c.name);
            }
        }
        for absent in [
            "insta",
            "assert_cmd",
            "predicates",
            "serde_derive",
            "syn",
            "xtask",
            "test-support",
        ] {
            assert!(!comps.iter().any(|c| c.name == absent), "{absent} listed");
        }
        for present in ["rustls", "ring", "clap", "serde_json", "esconnect-core"] {
            assert!(comps.iter().any(|c| c.name == present), "{present} missing");
        }
    }

    #[test]
    fn document_is_cyclonedx_with_licences_hashes_and_edges() {
        let comps = vec![
            Component {
                name: "tool".into(),
                version: "1.0.0".into(),
                license: Some("Apache-2.0".into()),
                registry: false,
                depends_on: vec![("dep".into(), "0.2.1".into())],
            },
            Component {
                name: "dep".into(),
                version: "0.2.1".into(),
                license: Some(spdx("MIT/Apache-2.0")),
                registry: true,
                depends_on: vec![],
            },
        ];
        let lock = "version = 4\n\n[[package]]\nname = \"dep\"\nversion = \"0.2.1\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"abc123\"\n\n[[package]]\nname = \"tool\"\nversion = \"1.0.0\"\n";
        let doc = cyclonedx("esconnect", "1.0.0", &["tool"], &["tool"], &comps, lock);
        assert_eq!(doc["bomFormat"], "CycloneDX");
        assert_eq!(doc["components"][0]["type"], "application");
        assert_eq!(doc["components"][0]["purl"], "pkg:cargo/tool@1.0.0");
        assert!(doc["components"][0].get("hashes").is_none());
        assert_eq!(
            doc["components"][1]["licenses"][0]["expression"],
            "MIT OR Apache-2.0"
        );
        assert_eq!(doc["components"][1]["hashes"][0]["content"], "abc123");
        assert_eq!(
            doc["dependencies"][0]["dependsOn"][0],
            "pkg:cargo/dep@0.2.1"
        );
    }
}
