//! `cargo xtask dist` on a temporary clone with `CARGO_TARGET_DIR` set elsewhere (the clone has no
//! `target/`, so a task looking there fails as `dist` once did: "copy es-role: No such file or directory").
//! Compiling every binary in release mode would take minutes, so a stand-in cargo answers `build` by
//! writing, for each `--bin NAME`, a script into `$CARGO_TARGET_DIR/<profile dir>/NAME` that prints
//! `NAME $FAKE_VERSION`; every other cargo command (metadata, tree) is the real one. Everything after the
//! build is real: discovery of the binaries, archives, their listing and `--version` checks, the SBOM and
//! SHA256SUMS.

mod common;

use common::{clone, text};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn stand_in_cargo(dir: &Path) -> std::path::PathBuf {
    let script = dir.join("cargo");
    let real = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    std::fs::write(
        &script,
        format!(
            r#"#!/bin/sh
if [ "$1" = build ]; then
  profile=release; bins=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --profile) profile="$2"; shift ;;
      --bin) bins="$bins $2"; shift ;;
    esac
    shift
  done
  [ "$profile" = dev ] && profile=debug
  mkdir -p "$CARGO_TARGET_DIR/$profile"
  for b in $bins; do
    printf '#!/bin/sh\necho "%s %s"\n' "$b" "$FAKE_VERSION" > "$CARGO_TARGET_DIR/$profile/$b"
    chmod +x "$CARGO_TARGET_DIR/$profile/$b"
  done
  exit 0
fi
exec '{real}' "$@"
"#
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

/// The binaries of the clone's members (xtask excepted), from cargo metadata: what dist must ship.
fn expected_bins(dir: &Path) -> Vec<String> {
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["metadata", "--format-version", "1", "--no-deps"])
        .current_dir(dir)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut bins: Vec<String> = v["packages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["name"] != "xtask")
        .flat_map(|p| p["targets"].as_array().unwrap().clone())
        .filter(|t| t["kind"].as_array().unwrap().iter().any(|k| k == "bin"))
        .map(|t| t["name"].as_str().unwrap().to_string())
        .collect();
    bins.sort();
    bins
}

#[test]
fn dist_honours_cargo_target_dir_and_checks_what_it_ships() {
    let c = clone();
    let (version, _) = c.versions();
    let tools = tempfile::tempdir().unwrap();
    let cargo = stand_in_cargo(tools.path());
    let target = tools.path().join("elsewhere");
    let host = String::from_utf8(Command::new("rustc").arg("-vV").output().unwrap().stdout)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("host: ").map(str::to_string))
        .unwrap();

    let run = |fake_version: &str| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_xtask"));
        cmd.args(["dist"])
            .current_dir(&c.dir)
            .env("CARGO", &cargo)
            .env("CARGO_TARGET_DIR", &target)
            .env("FAKE_VERSION", fake_version);
        cmd.output().unwrap()
    };
    let o = run(&version);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(
        !c.dir.join("target").exists(),
        "built into the clone's target/"
    );

    let dist = c.dir.join("dist");
    let bins = expected_bins(&c.dir);
    assert!(bins.contains(&"es-role".to_string()), "{bins:?}");
    let mut names: Vec<String> = std::fs::read_dir(&dist)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut want: Vec<String> = bins
        .iter()
        .map(|b| format!("{b}-{version}-{host}.tar.gz"))
        .collect();
    want.push(format!("esconnect-{version}-{host}.cdx.json"));
    want.push("SHA256SUMS".into());
    want.sort();
    assert_eq!(names, want);

    // The checksums verify; the listing and the version check were printed for each archive.
    let check = Command::new("sha256sum")
        .args(["--check", "--strict", "SHA256SUMS"])
        .current_dir(&dist)
        .output()
        .unwrap();
    assert!(check.status.success(), "{}", text(&check));
    assert_eq!(
        String::from_utf8_lossy(&check.stdout).lines().count(),
        bins.len() + 1
    );
    let out = String::from_utf8_lossy(&o.stdout);
    for b in &bins {
        assert!(
            out.contains(&format!("{b}-{version}-{host}/{b}\n")),
            "{out}"
        );
        assert!(
            out.contains(&format!("ok: `{b} --version` = {b} {version}")),
            "{out}"
        );
    }
    // Each tool with a man page ships it.
    assert!(
        out.contains(&format!("es-role-{version}-{host}/man/es-role.1\n")),
        "{out}"
    );

    // The SBOM: CycloneDX, the tools as applications, licences on every crate.
    let sbom: Value = serde_json::from_str(
        &std::fs::read_to_string(dist.join(format!("esconnect-{version}-{host}.cdx.json")))
            .unwrap(),
    )
    .unwrap();
    assert_eq!(sbom["bomFormat"], "CycloneDX");
    let comps = sbom["components"].as_array().unwrap();
    assert!(
        comps
            .iter()
            .all(|c| c["licenses"][0]["expression"].is_string())
    );
    assert!(
        comps
            .iter()
            .any(|c| c["name"] == "es-role" && c["type"] == "application")
    );

    // A binary that does not answer with the release version fails the build of the release.
    let o = run("9.9.9-wrong");
    assert_ne!(o.status.code(), Some(0), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains(&format!("not {version}")),
        "{}",
        text(&o)
    );
}
