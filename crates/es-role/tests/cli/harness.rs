//! Runs the built `es-role` against a simulated cluster, and checks every run for leaked secrets.

use esconnect_sim::{ClusterHandle, ClusterSpec, Sim};
use serde_json::json;
use std::cell::RefCell;
use std::path::{Path, PathBuf};

/// A superuser made for the tests (the sim's default `elastic` / `changeme` stays too).
pub const ADMIN: &str = "admin";
pub const ADMIN_PW: &str = "Adm1n-pw-7Qz";
/// A user with only the `monitor` cluster privilege: no manage_security, not all AutoOps privileges.
pub const MONITOR: &str = "watcher";
pub const MONITOR_PW: &str = "W4tch-pw-3Kp";
/// A user with the `reader` role, for the read-modify-write of `user`.
pub const BOB: &str = "bob";
pub const BOB_PW: &str = "B0b-old-pw-9Lx";

pub use test_support::run::Run;

/// Runs the binary with a clean environment plus `env`, optional stdin. No secret check (no sim).
pub fn es_role(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Run {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("es-role");
    cmd.env_clear()
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    if let Some(s) = stdin {
        cmd.write_stdin(s.as_bytes().to_vec());
    }
    let out = cmd.output().expect("es-role runs");
    Run::from_output(out)
}

/// A simulated cluster `prod` (8.17.0, HTTPS) with a temp dir holding its CA and secret files.
pub struct T {
    pub sim: Sim,
    pub dir: tempfile::TempDir,
    pub ca: PathBuf,
    secrets: RefCell<Vec<String>>,
}

impl T {
    pub fn new() -> Self {
        Self::with(|c| c)
    }

    /// A cluster with the standard users, changed by `f`.
    pub fn with(f: impl FnOnce(ClusterSpec) -> ClusterSpec) -> Self {
        Self::version("8.17.0", f)
    }

    pub fn version(version: &str, f: impl FnOnce(ClusterSpec) -> ClusterSpec) -> Self {
        let spec = ClusterSpec::new("prod", version)
            .user(ADMIN, ADMIN_PW, &["superuser"])
            .role("mon_only", json!({"cluster": ["monitor"]}))
            .user(MONITOR, MONITOR_PW, &["mon_only"])
            .role(
                "reader",
                json!({"indices": [{"names": ["logs-*"], "privileges": ["read"]}]}),
            )
            .user(BOB, BOB_PW, &["reader"]);
        let sim = Sim::builder()
            .cluster(f(spec))
            .start()
            .expect("the simulator starts");
        let dir = tempfile::tempdir().unwrap();
        let ca = sim.write_ca(dir.path()).unwrap();
        let t = Self {
            sim,
            dir,
            ca,
            secrets: RefCell::new(Vec::new()),
        };
        for s in [ADMIN_PW, MONITOR_PW, BOB_PW, "changeme"] {
            t.secret(s);
        }
        t
    }

    pub fn es(&self) -> &ClusterHandle {
        self.sim.cluster("prod")
    }

    pub fn url(&self) -> String {
        self.es().url()
    }

    /// Registers a secret: no later run may print it, on stdout or stderr.
    pub fn secret(&self, s: &str) {
        self.secrets.borrow_mut().push(s.to_string());
    }

    /// Writes a file in the temp dir.
    pub fn file(&self, name: &str, contents: &str) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, contents).unwrap();
        p
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `--es-url`, `--ca-cert`, `--username`, `--password-file` for `user` / `password`.
    pub fn conn_as(&self, user: &str, password: &str) -> Vec<String> {
        let pw = self.file(&format!("{user}.pw"), &format!("{password}\n"));
        vec![
            "--es-url".into(),
            self.url(),
            "--ca-cert".into(),
            s(&self.ca),
            "--username".into(),
            user.into(),
            "--password-file".into(),
            s(&pw),
        ]
    }

    /// Runs `es-role autoops <args...>` connected as the admin.
    pub fn admin(&self, args: &[&str]) -> Run {
        let mut all: Vec<String> = vec!["autoops".into()];
        all.extend(args.iter().map(|a| a.to_string()));
        all.extend(self.conn_as(ADMIN, ADMIN_PW));
        self.run(
            &all.iter().map(String::as_str).collect::<Vec<_>>(),
            &[],
            None,
        )
    }

    /// Runs the binary and asserts that no registered secret appears in its output.
    pub fn run(&self, args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Run {
        let r = es_role(args, env, stdin);
        for secret in self.secrets.borrow().iter() {
            assert!(
                !r.stdout.contains(secret.as_str()),
                "a secret leaked to stdout of {args:?}:\n{}",
                r.stdout
            );
            assert!(
                !r.stderr.contains(secret.as_str()),
                "a secret leaked to stderr of {args:?}:\n{}",
                r.stderr
            );
        }
        r
    }

    /// Replaces what varies between runs (port, temp dir) for snapshots.
    pub fn stable(&self, text: &str) -> String {
        test_support::redactions()
            .path(self.dir.path(), "[TMP]")
            .apply(text)
    }

    /// Requests the cluster received that change something.
    pub fn writes(&self) -> Vec<esconnect_sim::JournalEntry> {
        self.es()
            .journal()
            .into_iter()
            .filter(|e| {
                e.method != "GET" && e.method != "HEAD" && !e.path.ends_with("/_has_privileges")
            })
            .collect()
    }
}

pub fn s(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// The role descriptor of seed 000's `POST /_security/role/autoops`, typed out from the document.
pub fn seed_role() -> serde_json::Value {
    json!({
      "cluster": ["monitor", "read_ilm", "read_slm"],
      "indices": [{"names": ["*"], "privileges": ["monitor", "view_index_metadata"], "allow_restricted_indices": true}],
      "applications": [],
      "run_as": [],
      "metadata": {"description": "Allows Elastic agent to pull cluster metrics for AutoOps."},
      "transient_metadata": {"enabled": true}
    })
}

/// The "Control security privileges" box of seed 000's API key flyout, typed out from the document.
pub fn seed_api_key_box() -> serde_json::Value {
    json!({"autoops": {
      "cluster": ["monitor", "read_ilm", "read_slm"],
      "indices": [{"names": ["*"], "privileges": ["monitor", "view_index_metadata"], "allow_restricted_indices": true}],
      "applications": [],
      "run_as": [],
      "metadata": {},
      "transient_metadata": {"enabled": true}
    }})
}

impl T {
    /// Runs `es-role <args...>` connected as the admin; asserts that no registered secret is on the
    /// command line (secrets come from files and the environment only).
    pub fn top(&self, args: &[&str]) -> Run {
        let mut all: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        all.extend(self.conn_as(ADMIN, ADMIN_PW));
        self.run_clean_argv(&all.iter().map(String::as_str).collect::<Vec<_>>(), &[])
    }

    /// [`T::run`], after asserting that no registered secret is in `args`.
    pub fn run_clean_argv(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        for secret in self.secrets.borrow().iter() {
            assert!(
                !args.iter().any(|a| a.contains(secret.as_str())),
                "a secret is on the command line: {args:?}"
            );
        }
        self.run(args, env, None)
    }
}

/// The `value` of the request examples of an API in the Elasticsearch specification, merged into one
/// reference shape; `None` when the specs are absent.
pub fn spec_request_shape(api: &str) -> Option<serde_json::Value> {
    let mut merged = serde_json::Value::Null;
    for value in test_support::specs::request_examples(api)? {
        merge_shape(&mut merged, &value);
    }
    Some(merged)
}

/// Adds the fields of `v` to the reference shape `into`.
pub fn merge_shape(into: &mut serde_json::Value, v: &serde_json::Value) {
    use serde_json::Value;
    match (into, v) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, bv) in b {
                merge_shape(a.entry(k.clone()).or_insert(Value::Null), bv);
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.is_empty() {
                a.push(Value::Null);
            }
            for bv in b {
                merge_shape(&mut a[0], bv);
            }
        }
        (slot @ Value::Null, other) => {
            *slot = match other {
                Value::Array(items) => {
                    let mut one = Value::Null;
                    for i in items {
                        merge_shape(&mut one, i);
                    }
                    Value::Array(if one.is_null() { vec![] } else { vec![one] })
                }
                _ => other.clone(),
            }
        }
        _ => {}
    }
}

/// Asserts that `actual` (a request body we sent) has the shape of the spec's examples: every field is
/// one the examples use, with the same JSON type. `opaque` fields (free-form metadata, DLS queries) are
/// not looked into; `documented` fields are those the specification defines but no example shows
/// (elastic-facts §3.1, §3.2), accepted anywhere.
#[track_caller]
pub fn assert_spec_shape(
    actual: &serde_json::Value,
    reference: &serde_json::Value,
    opaque: &[&str],
    documented: &[&str],
) {
    fn walk(
        a: &serde_json::Value,
        r: &serde_json::Value,
        opaque: &[&str],
        documented: &[&str],
        path: &str,
    ) {
        use serde_json::Value;
        match (a, r) {
            (Value::Object(a), Value::Object(r)) => {
                for (k, av) in a {
                    let p = format!("{path}.{k}");
                    if opaque.contains(&k.as_str()) {
                        continue;
                    }
                    match r.get(k) {
                        Some(rv) => walk(av, rv, opaque, documented, &p),
                        None => assert!(
                            documented.contains(&k.as_str()),
                            "{p} is in no spec example and not listed as documented"
                        ),
                    }
                }
            }
            (Value::Array(a), Value::Array(r)) => {
                if let Some(r0) = r.first() {
                    for (i, av) in a.iter().enumerate() {
                        walk(av, r0, opaque, documented, &format!("{path}[{i}]"));
                    }
                }
            }
            (a, r) => assert_eq!(
                std::mem::discriminant(a),
                std::mem::discriminant(r),
                "{path}: {a} has another JSON type than the spec example's {r}"
            ),
        }
    }
    walk(actual, reference, opaque, documented, "$");
}
