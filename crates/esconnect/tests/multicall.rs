//! The multi-call binary runs each tool exactly as its own binary does: a representative subset of each
//! tool's end-to-end commands, run both as `esconnect <tool> ...` and through a link named after the
//! tool, against the simulator where the tool talks to a cluster. Both forms must give the same exit
//! code and the same output, and that output must be the tool's (checked on its content).

use esconnect_sim::{ClusterSpec, Sim};
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_esconnect");
const PW: &str = "changeme";

struct Lab {
    dir: tempfile::TempDir,
    sim: Sim,
    ca: PathBuf,
}

impl Lab {
    fn new() -> Self {
        let sim = Sim::builder()
            .cluster(ClusterSpec::new("es", "8.17.0"))
            .cloud(true)
            .start()
            .expect("the simulator starts");
        let dir = tempfile::tempdir().unwrap();
        let ca = sim.write_ca(dir.path()).unwrap();
        // Links named after each tool, as the container image makes them.
        for t in esconnect::TOOLS {
            std::os::unix::fs::symlink(BIN, dir.path().join(t.name)).unwrap();
        }
        Lab { dir, sim, ca }
    }

    /// Both ways of running `tool args`: through `esconnect tool` and through the link.
    fn both(&self, tool: &str, args: &[&str], env: &[(&str, &str)]) -> [Run; 2] {
        let mut via_arg = Command::new(BIN);
        via_arg.arg(tool);
        let via_link = Command::new(self.dir.path().join(tool));
        [via_arg, via_link].map(|mut c| {
            c.args(args)
                .env_clear()
                .env("PATH", std::env::var_os("PATH").unwrap_or_default())
                .current_dir(self.dir.path());
            for (k, v) in env {
                c.env(k, v);
            }
            let out = c.output().unwrap();
            Run {
                code: out.status.code().unwrap_or(-1),
                stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
                stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            }
        })
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Both forms agree (output with times removed); returns one of them.
fn same(runs: [Run; 2]) -> Run {
    let [a, b] = runs;
    let norm = |s: &str| {
        s.split('"')
            .filter(|p| !p.starts_with("elapsed_ms"))
            .collect::<Vec<_>>()
            .join("\"")
    };
    assert_eq!(a.code, b.code, "{a:?}\n{b:?}");
    if a.stdout.starts_with('{') {
        let strip = |s: &str| -> Value {
            let mut v: Value = serde_json::from_str(s).unwrap();
            strip_elapsed(&mut v);
            v
        };
        assert_eq!(strip(&a.stdout), strip(&b.stdout));
    } else {
        assert_eq!(norm(&a.stdout), norm(&b.stdout));
    }
    a
}

fn strip_elapsed(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.remove("elapsed_ms");
            m.values_mut().for_each(strip_elapsed);
        }
        Value::Array(a) => a.iter_mut().for_each(strip_elapsed),
        _ => {}
    }
}

#[test]
fn the_binary_lists_and_describes_its_tools_and_refuses_others() {
    let list = Command::new(BIN).arg("--list").output().unwrap();
    assert!(list.status.success());
    let names: Vec<String> = String::from_utf8(list.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(
        names,
        [
            "es-role",
            "autoops-env",
            "autoops-probe",
            "es-remote",
            "ece-trust"
        ]
    );

    let help = Command::new(BIN).output().unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    for n in &names {
        assert!(help.contains(n.as_str()), "{help}");
    }

    let bad = Command::new(BIN).arg("es-rol").output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(bad.stdout.is_empty());
    let err = String::from_utf8(bad.stderr).unwrap();
    assert!(
        err.contains("`es-rol` is not a tool") && err.contains("es-role"),
        "{err}"
    );
}

#[test]
fn each_tool_reports_its_own_name_and_version() {
    let l = Lab::new();
    for t in esconnect::TOOLS {
        let r = same(l.both(t.name, &["--version"], &[]));
        assert_eq!(r.code, 0);
        assert_eq!(
            r.stdout.trim(),
            format!("{} {}", t.name, env!("CARGO_PKG_VERSION"))
        );
        // Bad usage is the tool's own: exit 2, its name in the message.
        let r = same(l.both(t.name, &["--no-such-flag"], &[]));
        assert_eq!(r.code, 2, "{r:?}");
        assert!(r.stderr.contains("--no-such-flag"), "{r:?}");
    }
}

#[test]
fn es_remote_and_ece_trust_run_the_same_through_both_forms() {
    let l = Lab::new();
    let url = l.sim.cluster("es").url();
    let ca = l.ca.display().to_string();
    let env = [
        ("ELASTICSEARCH_URL", url.as_str()),
        ("ELASTICSEARCH_CA_CERT", ca.as_str()),
        ("ELASTICSEARCH_USERNAME", "elastic"),
        ("ELASTICSEARCH_PASSWORD", PW),
    ];
    // A change, a rerun that changes nothing, and the list: the same through `esconnect es-remote` and a link.
    let r = same(l.both(
        "es-remote",
        &[
            "add",
            "prod",
            "--proxy-address",
            "rcs.example.com:9443",
            "--dry-run",
        ],
        &env,
    ));
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.contains("PUT https://"), "{r:?}");
    let r = same(l.both("es-remote", &["list", "--output", "json"], &env));
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.stdout.trim(), "[]");
    let r = same(l.both("es-remote", &["status", "nope"], &env));
    assert_eq!(r.code, 2, "{r:?}");
    // ece-trust offline: the restrictions file
    let r = same(l.both(
        "ece-trust",
        &["restrictions", "--cluster", "abc123", "--scope", "myscope"],
        &[],
    ));
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.contains("trust.subject_name"), "{r:?}");
}

#[test]
fn es_role_show_and_check_against_the_simulator() {
    let l = Lab::new();
    let r = same(l.both("es-role", &["autoops", "show", "--output", "json"], &[]));
    assert_eq!(r.code, 0, "{r:?}");
    let role: Value = serde_json::from_str(&r.stdout).unwrap();
    let text = role.to_string();
    assert!(
        text.contains("read_ilm") && text.contains("view_index_metadata"),
        "{text}"
    );

    let url = l.sim.cluster("es").url();
    let ca = l.ca.display().to_string();
    let env = [
        ("ELASTICSEARCH_URL", url.as_str()),
        ("ELASTICSEARCH_CA_CERT", ca.as_str()),
        ("ELASTICSEARCH_USERNAME", "elastic"),
        ("ELASTICSEARCH_PASSWORD", PW),
    ];
    let r = same(l.both("es-role", &["autoops", "check"], &env));
    assert_eq!(r.code, 0, "{r:?}");
    assert!(!r.stdout.contains(PW) && !r.stderr.contains(PW));
    // Each run sent the one privilege check.
    let sent: Vec<_> = l
        .sim
        .cluster("es")
        .journal()
        .into_iter()
        .filter(|e| e.method == "POST" && e.path == "/_security/user/_has_privileges")
        .collect();
    assert_eq!(sent.len(), 2);
}

#[test]
fn autoops_env_writes_the_same_env_file() {
    let l = Lab::new();
    std::fs::write(l.path("key"), "kid-mc:apikey-SECRET-mc\n").unwrap();
    std::fs::write(l.path("ccm"), "cloudkey-SECRET-mc\n").unwrap();
    std::fs::write(l.path("tok"), "token-SECRET-mc\n").unwrap();
    let args = |out: &str| {
        vec![
            "--es-url".to_string(),
            "https://es.example.com:9200".into(),
            "--api-key-file".into(),
            "key".into(),
            "--region".into(),
            "aws/eu-west-1".into(),
            "--cloud-connected-key-file".into(),
            "ccm".into(),
            "--temp-resource-id".into(),
            "tmp-1".into(),
            "--token-file".into(),
            "tok".into(),
            "--format".into(),
            "env".into(),
            "--out".into(),
            out.into(),
        ]
    };
    let mut via_arg = Command::new(BIN);
    via_arg.arg("autoops-env").args(args("a.env"));
    let mut via_link = Command::new(l.path("autoops-env"));
    via_link.args(args("b.env"));
    for mut c in [via_arg, via_link] {
        let out = c.current_dir(l.dir.path()).env_clear().output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        for secret in ["apikey-SECRET-mc", "cloudkey-SECRET-mc", "token-SECRET-mc"] {
            assert!(!String::from_utf8_lossy(&out.stdout).contains(secret));
            assert!(!String::from_utf8_lossy(&out.stderr).contains(secret));
        }
    }
    let a = std::fs::read_to_string(l.path("a.env")).unwrap();
    assert_eq!(a, std::fs::read_to_string(l.path("b.env")).unwrap());
    let vars = esconnect_core::dotenv::parse_map(&a).unwrap();
    assert_eq!(vars["AUTOOPS_ES_URL"], "https://es.example.com:9200");
    assert_eq!(vars["AUTOOPS_TOKEN"], "token-SECRET-mc");
    use std::os::unix::fs::PermissionsExt as _;
    for f in ["a.env", "b.env"] {
        let mode = std::fs::metadata(l.path(f)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{f}");
    }
}

#[test]
fn autoops_probe_single_and_fleet_against_the_simulator() {
    let l = Lab::new();
    let url = l.sim.cluster("es").url();
    let ca = l.ca.display().to_string();
    let cloud = l.sim.cloud_api().url();
    let otel = l.sim.otel().url();
    let env = [
        ("AUTOOPS_ES_URL", url.as_str()),
        ("AUTOOPS_ES_USERNAME", "elastic"),
        ("AUTOOPS_ES_PASSWORD", PW),
        ("AUTOOPS_CA_CERT", ca.as_str()),
        ("SSL_CERT_FILE", ca.as_str()),
        ("ELASTIC_CLOUD_CONNECTED_MODE_API_URL", cloud.as_str()),
        ("AUTOOPS_OTEL_URL", otel.as_str()),
    ];
    let r = same(l.both("autoops-probe", &["--output", "json"], &env));
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    let failed: Vec<&Value> = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["status"] == "fail")
        .collect();
    assert!(failed.is_empty(), "{failed:?}");
    // `elastic` is a superuser: a warning, not a failure.
    assert_eq!(r.code, 0, "{r:?}");
    assert!(!r.stdout.contains(PW) && !r.stderr.contains(PW));

    let inv = format!(
        "clusters:\n  - name: es\n    url: {url}\n    username: elastic\n    password_env: FLEET_PW\n"
    );
    std::fs::write(l.path("inv.yml"), inv).unwrap();
    let fleet_env = [
        ("FLEET_PW", PW),
        ("AUTOOPS_CA_CERT", ca.as_str()),
        ("SSL_CERT_FILE", ca.as_str()),
        ("ELASTIC_CLOUD_CONNECTED_MODE_API_URL", cloud.as_str()),
        ("AUTOOPS_OTEL_URL", otel.as_str()),
    ];
    let [a, b] = l.both(
        "autoops-probe",
        &["--inventory", "inv.yml", "--output", "jsonl"],
        &fleet_env,
    );
    assert_eq!((a.code, b.code), (0, 0), "{a:?}\n{b:?}");
    for r in [a, b] {
        let lines: Vec<Value> = r
            .stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["name"], "es");
        assert_eq!(lines[1]["summary"]["ok"], 1);
    }
}

#[test]
fn links_in_another_directory_work_too() {
    // A link's directory does not matter, only its name.
    let l = Lab::new();
    let other = l.path("bin");
    std::fs::create_dir(&other).unwrap();
    std::os::unix::fs::symlink(BIN, other.join("es-role")).unwrap();
    let out = Command::new(other.join("es-role"))
        .arg("--version")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        format!("es-role {}", env!("CARGO_PKG_VERSION"))
    );
}
