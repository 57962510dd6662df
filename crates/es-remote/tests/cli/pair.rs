//! Two simulated clusters with real TLS: the local one connects to the remote one's remote cluster server
//! (9443) or transport port (9300). The keystore is written by the simulator's `elasticsearch-keystore`
//! stand-in, run by es-remote as it would run the real one.

use crate::harness::{ADMIN, ADMIN_PW, Run, es_remote, s};
use esconnect_sim::{ClusterHandle, ClusterSpec, SIM_CA, Sim};
use serde_json::{Value, json};
use std::cell::RefCell;
use std::path::{Path, PathBuf};

pub const AUTO_TRANSPORT_CA: &str = "Elastic Auto Transport CA";

/// A local and a remote cluster, an Elasticsearch home whose `bin/elasticsearch-keystore` is the stand-in,
/// and the config directory that holds the local node's keystore.
pub struct Pair {
    pub sim: Sim,
    pub dir: tempfile::TempDir,
    pub ca: PathBuf,
    pub home: PathBuf,
    pub conf: PathBuf,
    /// The CA of the remote's HTTP and remote cluster server certificates (the simulator's unless the
    /// remote has its own).
    pub remote_ca: PathBuf,
    secrets: RefCell<Vec<String>>,
}

/// The simulator's binary, built next to this test's (the workspace's tests build it).
fn sim_binary() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let bin = exe
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("esconnect-sim");
    assert!(
        bin.is_file(),
        "{} is missing: build it with `cargo build -p esconnect-sim` (cargo xtask ci does)",
        bin.display()
    );
    bin
}

impl Pair {
    pub fn new() -> Self {
        Self::with(|l| l, |r| r)
    }

    pub fn with(
        local: impl FnOnce(ClusterSpec) -> ClusterSpec,
        remote: impl FnOnce(ClusterSpec) -> ClusterSpec,
    ) -> Self {
        Self::with_version("8.17.0", local, remote)
    }

    pub fn with_version(
        version: &str,
        local: impl FnOnce(ClusterSpec) -> ClusterSpec,
        remote: impl FnOnce(ClusterSpec) -> ClusterSpec,
    ) -> Self {
        Self::build(version, local, remote, None)
    }

    /// With an ECE or ECH API too (its deployments may be backed by `local`).
    pub fn build(
        version: &str,
        local: impl FnOnce(ClusterSpec) -> ClusterSpec,
        remote: impl FnOnce(ClusterSpec) -> ClusterSpec,
        ece: Option<esconnect_sim::EceSpec>,
    ) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().join("es-home");
        let conf = dir.path().join("config");
        std::fs::create_dir_all(home.join("bin")).unwrap();
        std::fs::create_dir_all(&conf).unwrap();
        std::os::unix::fs::symlink(sim_binary(), home.join("bin/elasticsearch-keystore")).unwrap();
        let mut builder = Sim::builder();
        if let Some(e) = ece {
            builder = builder.ece(e);
        }
        let sim = builder
            .cluster(local(
                ClusterSpec::new("local", version)
                    .user(ADMIN, ADMIN_PW, &["superuser"])
                    .keystore_path(conf.join("elasticsearch.keystore")),
            ))
            .cluster(remote(
                ClusterSpec::new("remote", version)
                    .user(ADMIN, ADMIN_PW, &["superuser"])
                    .remote_cluster_server(true)
                    .transport_port(true)
                    .transport_ca(AUTO_TRANSPORT_CA)
                    .index("logs-1"),
            ))
            .start()
            .unwrap();
        let ca = sim.write_ca(dir.path()).unwrap();
        let remote_ca = dir.path().join("remote-http-ca.pem");
        std::fs::write(&remote_ca, sim.cluster("remote").http_ca_pem()).unwrap();
        Self {
            sim,
            dir,
            ca,
            home,
            conf,
            remote_ca,
            secrets: RefCell::new(vec![ADMIN_PW.into(), "changeme".into()]),
        }
    }

    pub fn local(&self) -> &ClusterHandle {
        self.sim.cluster("local")
    }
    pub fn remote(&self) -> &ClusterHandle {
        self.sim.cluster("remote")
    }
    pub fn rcs(&self) -> String {
        self.remote().rcs_addr().unwrap().to_string()
    }
    pub fn transport(&self) -> String {
        self.remote().transport_addr().unwrap().to_string()
    }

    /// A cross-cluster key on the remote, written to a file: (id, path). The key is registered as a secret.
    pub fn key(&self, expiration: Option<&str>) -> (String, PathBuf) {
        let mut body = json!({"name": "to-local", "access": {"search": [{"names": ["logs-*"]}]}});
        if let Some(e) = expiration {
            body["expiration"] = json!(e);
        }
        let (status, v) = self.remote().call(
            "POST",
            "/_security/cross_cluster/api_key",
            ADMIN,
            ADMIN_PW,
            Some(&body),
        );
        assert_eq!(status, 200, "{v}");
        let id = v["id"].as_str().unwrap().to_string();
        let encoded = v["encoded"].as_str().unwrap().to_string();
        self.secrets.borrow_mut().push(encoded.clone());
        self.secrets
            .borrow_mut()
            .push(v["api_key"].as_str().unwrap().to_string());
        let path = self.dir.path().join(format!("{id}.key"));
        std::fs::write(&path, format!("{encoded}\n")).unwrap();
        (id, path)
    }

    /// Registers a secret: no later run may print it.
    pub fn secret(&self, s: &str) {
        self.secrets.borrow_mut().push(s.to_string());
    }

    pub fn env(&self) -> Vec<(String, String)> {
        vec![
            ("ELASTICSEARCH_URL".into(), self.local().url()),
            ("ELASTICSEARCH_CA_CERT".into(), s(&self.ca)),
            ("ELASTICSEARCH_USERNAME".into(), ADMIN.into()),
            ("ELASTICSEARCH_PASSWORD".into(), ADMIN_PW.into()),
            ("ES_PATH_CONF".into(), s(&self.conf)),
            ("ES_HOME".into(), s(&self.home)),
        ]
    }

    /// Runs es-remote against the local cluster; no secret may appear in what it printed.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_env(args, &[])
    }

    pub fn run_env(&self, args: &[&str], extra: &[(&str, String)]) -> Run {
        let mut env = self.env();
        env.extend(extra.iter().map(|(k, v)| (k.to_string(), v.clone())));
        let r = es_remote(args, &env, None);
        r.no_secret(&self.secrets.borrow());
        r
    }

    /// The remote's connection, for commands that talk to both clusters.
    pub fn remote_env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("REMOTE_ELASTICSEARCH_URL", self.remote().url()),
            ("REMOTE_ELASTICSEARCH_CA_CERT", s(&self.remote_ca)),
            ("REMOTE_ELASTICSEARCH_USERNAME", ADMIN.into()),
            ("REMOTE_ELASTICSEARCH_PASSWORD", ADMIN_PW.into()),
        ]
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Starts `es-remote ARGS` (a rotation, with both clusters' connections), waits (bounded) until it
    /// has recorded step 1 in `state`, and kills it. The caller makes a later step slow with a fault.
    pub fn rotate_killed_after_step_1(&self, args: &[&str], state: &Path) {
        let mut env = self.env();
        env.extend(
            self.remote_env()
                .into_iter()
                .map(|(k, v)| (k.to_string(), v)),
        );
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("es-remote"))
            .args(args)
            .env_clear()
            .envs(env)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while !state.exists() {
            assert!(
                std::time::Instant::now() < deadline,
                "the rotation never recorded step 1"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        child.kill().unwrap();
        child.wait().unwrap();
    }
}

pub fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn the_api_key_flow_connects_and_reruns_change_nothing() {
    let p = Pair::new();
    let (_, key) = p.key(None);
    // -vvv logs every request: the key must not be in them either
    let r = p.run(&["credentials", "prod", "--key-file", &s(&key), "-vvv"]);
    r.code(0)
        .stdout_has("reloaded")
        .stderr_has("cluster.remote.prod.credentials written");
    // the stand-in wrote the keystore file (never with the key in argv: it came on stdin)
    assert_eq!(mode(&p.conf.join("elasticsearch.keystore")), 0o600);
    assert!(
        p.local()
            .node_loaded_keystore_names(0)
            .contains(&"cluster.remote.prod.credentials".to_string())
    );

    let r = p.run(&[
        "add",
        "prod",
        "--proxy-address",
        &p.rcs(),
        "--server-name",
        "localhost",
        "--wait",
        "--wait-timeout",
        "20s",
    ]);
    r.code(0)
        .stdout_has("remote `prod` created")
        .stdout_has("connected");
    let st = p.run(&["status", "prod", "--output", "json"]);
    st.code(0);
    let rows = st.json();
    assert_eq!(rows[0]["connected"], true, "{rows}");
    assert_eq!(rows[0]["model"], "api_key");

    p.local().clear_journal();
    p.run(&[
        "add",
        "prod",
        "--proxy-address",
        &p.rcs(),
        "--server-name",
        "localhost",
    ])
    .code(0)
    .stdout_has("unchanged");
    assert!(
        p.local().journal().iter().all(|e| e.method == "GET"),
        "a rerun wrote: {:?}",
        p.local().journal()
    );
}

#[test]
fn credentials_dry_run_touches_nothing() {
    let p = Pair::new();
    let (_, key) = p.key(None);
    p.local().clear_journal();
    let r = p.run(&["credentials", "prod", "--key-file", &s(&key), "--dry-run"]);
    r.code(0)
        .stderr_has("would run:")
        .stdout_has("POST https://");
    assert!(!p.conf.join("elasticsearch.keystore").exists());
    assert!(p.local().journal().is_empty());
    // bad input: a key file that holds no key, exit 2, nothing run
    let junk = p.path("junk");
    std::fs::write(&junk, "not-a-key\n").unwrap();
    p.run(&["credentials", "prod", "--key-file", &s(&junk)])
        .code(2);
    assert!(!p.conf.join("elasticsearch.keystore").exists());
    p.run(&[
        "credentials",
        "prod",
        "--key-file",
        &s(&key),
        "--keystore-bin",
        "/nonexistent/elasticsearch-keystore",
    ])
    .code(2)
    .stderr_has("is not a file");
}

#[test]
fn a_node_without_the_key_is_reported() {
    // node 1 has a keystore of its own (another machine): only node 0's is written here
    let other = tempfile::tempdir().unwrap();
    let elsewhere = other.path().join("elasticsearch.keystore");
    esconnect_sim::keystore::write(&elsewhere, &esconnect_sim::keystore::new_entries()).unwrap();
    let node1 = elsewhere.clone();
    // 9.3 lists each node's keystore settings in the reload's answer
    let p = Pair::with_version(
        "9.3.0",
        move |l| l.nodes(2).node_keystore_path(1, node1),
        |r| r,
    );
    let (_, key) = p.key(None);
    let r = p.run(&[
        "credentials",
        "prod",
        "--key-file",
        &s(&key),
        "--output",
        "json",
    ]);
    r.code(1);
    let results: Vec<(String, String)> = r.json()["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["name"].as_str().unwrap().to_string(),
                n["result"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        results,
        [
            ("local-node-0".to_string(), "reloaded".to_string()),
            ("local-node-1".to_string(), "missing".to_string())
        ]
    );
    // before 9.3 the answer cannot tell: every node reloads, with a note
    let other = tempfile::tempdir().unwrap();
    let elsewhere = other.path().join("elasticsearch.keystore");
    esconnect_sim::keystore::write(&elsewhere, &esconnect_sim::keystore::new_entries()).unwrap();
    let p = Pair::with(move |l| l.nodes(2).node_keystore_path(1, elsewhere), |r| r);
    let (_, key) = p.key(None);
    p.run(&["credentials", "prod", "--key-file", &s(&key)])
        .code(0)
        .stdout_has("does not list the keystore's settings");
}

/// Points `prod` at `addr` and waits briefly: the cause named, exit 1.
fn wait_cause(p: &Pair, addr: &str) -> Value {
    p.run(&[
        "add",
        "prod",
        "--proxy-address",
        addr,
        "--server-name",
        "localhost",
    ])
    .code(0);
    let r = p.run(&[
        "status",
        "prod",
        "--wait",
        "--wait-timeout",
        "1s",
        "--output",
        "json",
    ]);
    r.code(1);
    r.json()
}

#[test]
fn wait_names_the_cause_of_each_fault() {
    // no key in the keystore, against the remote cluster server port
    let p = Pair::new();
    let v = wait_cause(&p, &p.rcs());
    assert_eq!(v["cause"]["code"], "MISSING_CREDENTIALS", "{v}");
    assert!(
        v["error"]
            .as_str()
            .unwrap()
            .contains("_cross_cluster_access_credentials")
    );

    // the key aimed at the transport port: its certificate comes from the transport CA
    let (id, key) = p.key(None);
    p.run(&["credentials", "prod", "--key-file", &s(&key)])
        .code(0);
    let v = wait_cause(&p, &p.transport());
    assert_eq!(v["cause"]["code"], "WRONG_PORT_TRANSPORT", "{v}");

    // an invalidated key
    let (status, _) = p.remote().call(
        "DELETE",
        "/_security/api_key",
        ADMIN,
        ADMIN_PW,
        Some(&json!({"ids": [id]})),
    );
    assert_eq!(status, 200);
    let v = wait_cause(&p, &p.rcs());
    assert_eq!(v["cause"]["code"], "INVALID_KEY", "{v}");
    let text = p.run(&["status", "prod", "--wait", "--wait-timeout", "500ms"]);
    text.code(1)
        .stdout_has("not connected")
        .stdout_has("remedy:");

    // an expired key
    let (_, short) = p.key(Some("1ms"));
    p.run(&["credentials", "prod", "--key-file", &s(&short)])
        .code(0);
    std::thread::sleep(std::time::Duration::from_millis(5)); // past a 1 ms lifetime, not a wait for an outcome
    let v = wait_cause(&p, &p.rcs());
    assert_eq!(v["cause"]["code"], "INVALID_KEY", "{v}");
}

#[test]
fn remove_with_credentials_clears_the_keystore_too() {
    let p = Pair::new();
    let (_, key) = p.key(None);
    p.run(&["credentials", "prod", "--key-file", &s(&key)])
        .code(0);
    p.run(&[
        "add",
        "prod",
        "--proxy-address",
        &p.rcs(),
        "--server-name",
        "localhost",
    ])
    .code(0);
    p.local().clear_journal();
    let dry = p.run(&["remove", "prod", "--credentials", "--dry-run"]);
    dry.code(0)
        .stdout_has("PUT https://")
        .stderr_has("remove cluster.remote.prod.credentials");
    assert!(p.local().journal().iter().all(|e| e.method == "GET"));
    let cred = "cluster.remote.prod.credentials".to_string();
    assert!(p.local().node_loaded_keystore_names(0).contains(&cred));
    p.run(&["remove", "prod", "--credentials"])
        .code(0)
        .stdout_has("removed");
    assert!(!p.local().node_loaded_keystore_names(0).contains(&cred));
    let keystore = std::fs::read_to_string(p.conf.join("elasticsearch.keystore")).unwrap();
    assert!(!keystore.contains(&cred), "{keystore}");
    let settings = p.local().settings();
    assert!(
        settings["persistent"]
            .as_object()
            .unwrap()
            .keys()
            .all(|k| !k.contains(".prod."))
    );
}

#[test]
fn requests_have_the_specifications_shape() {
    // PUT /_cluster/settings: the examples' top-level sections, flat setting keys, scalar values
    let p = Pair::new();
    p.run(&[
        "add",
        "prod",
        "--proxy-address",
        &p.rcs(),
        "--server-name",
        "localhost",
    ])
    .code(0);
    p.run(&["remove", "prod"]).code(0);
    let Some(examples) = test_support::specs::request_examples("cluster.put_settings") else {
        return;
    };
    let allowed: std::collections::BTreeSet<String> = examples
        .iter()
        .flat_map(|e| e.as_object().unwrap().keys().cloned().collect::<Vec<_>>())
        // the API's other section (ClusterPutSettingsRequest.ts)
        .chain(["transient".to_string()])
        .collect();
    let puts: Vec<_> = p
        .local()
        .journal()
        .into_iter()
        .filter(|e| e.method == "PUT")
        .collect();
    assert_eq!(puts.len(), 2);
    for e in puts {
        assert_eq!(e.path, "/_cluster/settings");
        let body: Value = serde_json::from_str(&e.body).unwrap();
        for (section, settings) in body.as_object().unwrap() {
            assert!(
                allowed.contains(section),
                "{section} is not a section of the API"
            );
            for (k, v) in settings.as_object().unwrap() {
                assert!(k.starts_with("cluster.remote.prod."), "{k}");
                assert!(v.is_string() || v.is_null() || v.is_array(), "{k}: {v}");
            }
        }
    }
}

#[test]
fn an_untrusted_remote_ca_is_named() {
    let p = Pair::with(|l| l, |r| r.ca("Remote HTTP CA"));
    let (_, key) = p.key(None);
    p.run(&["credentials", "prod", "--key-file", &s(&key)])
        .code(0);
    let v = wait_cause(&p, &p.rcs());
    assert_eq!(v["cause"]["code"], "REMOTE_CA_NOT_TRUSTED", "{v}");
    // trusting it (xpack.security.remote_cluster_client.ssl.certificate_authorities) connects
    p.local()
        .set_remote_cluster_client_cas(&[SIM_CA, "Remote HTTP CA"]);
    p.run(&["status", "prod", "--wait", "--wait-timeout", "20s"])
        .code(0);
}

#[test]
fn doctor_passes_on_a_healthy_pair_and_checks_the_remote_side() {
    let p = Pair::new();
    let (_, key) = p.key(None);
    p.run(&["credentials", "prod", "--key-file", &s(&key)])
        .code(0);
    p.run(&[
        "add",
        "prod",
        "--proxy-address",
        &p.rcs(),
        "--server-name",
        "localhost",
    ])
    .code(0);
    let r = p.run_env(
        &[
            "doctor",
            "prod",
            "--remote-ca",
            &s(&p.ca),
            "--key-file",
            &s(&key),
            "--output",
            "json",
        ],
        &p.remote_env(),
    );
    r.code(0);
    let v = r.json();
    assert_eq!(v["ok"], true, "{v:#}");
    let ids: Vec<&str> = v["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "settings",
            "nodes",
            "network",
            "tls",
            "credentials",
            "connection",
            "remote_server",
            "remote_key"
        ]
    );
    assert!(
        v["checks"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["status"] == "pass"),
        "{v:#}"
    );
}

#[test]
fn doctor_names_the_transport_port_and_an_invalidated_key() {
    let p = Pair::new();
    let (id, key) = p.key(None);
    p.run(&["credentials", "prod", "--key-file", &s(&key)])
        .code(0);
    p.run(&[
        "add",
        "prod",
        "--proxy-address",
        &p.transport(),
        "--server-name",
        "localhost",
    ])
    .code(0);
    let (status, _) = p.remote().call(
        "DELETE",
        "/_security/api_key",
        ADMIN,
        ADMIN_PW,
        Some(&json!({"ids": [id]})),
    );
    assert_eq!(status, 200);
    let r = p.run_env(
        &[
            "doctor",
            "prod",
            "--remote-ca",
            &s(&p.ca),
            "--key-file",
            &s(&key),
            "--output",
            "json",
        ],
        &p.remote_env(),
    );
    r.code(1);
    let v = r.json();
    let check = |id: &str| {
        v["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .unwrap()
            .clone()
    };
    let tls = check("tls");
    assert_eq!(tls["status"], "fail");
    assert_eq!(tls["code"], "WRONG_PORT_TRANSPORT", "{tls}");
    assert!(
        tls["message"]
            .as_str()
            .unwrap()
            .contains("Elastic Auto Transport CA"),
        "{tls}"
    );
    assert_eq!(check("credentials")["code"], "WRONG_PORT_TRANSPORT");
    assert_eq!(check("remote_key")["code"], "INVALID_KEY");
    assert_eq!(check("network")["status"], "pass");
}

#[test]
fn explain_intersects_the_role_and_the_key() {
    let p = Pair::with(
        |l| {
            l.role(
                "analyst",
                json!({"remote_indices": [{"clusters": ["prod"], "names": ["logs-*"], "privileges": ["read", "read_cross_cluster", "view_index_metadata"]}]}),
            )
            .user("alice", "Al1ce-pw-77x", &["analyst"])
        },
        |r| r,
    );
    let (id, _) = p.key(None);
    let ok = p.run_env(
        &[
            "explain",
            "--user",
            "alice",
            "--alias",
            "prod",
            "--index",
            "logs-1",
            &format!("--key-id={id}"),
            "--output",
            "json",
        ],
        &p.remote_env(),
    );
    ok.code(0);
    assert_eq!(ok.json()["allowed"], true);
    // the key covers logs-* only
    let no = p.run_env(
        &[
            "explain",
            "--user",
            "alice",
            "--alias",
            "prod",
            "--index",
            "metrics-1",
            &format!("--key-id={id}"),
        ],
        &p.remote_env(),
    );
    no.code(1)
        .stdout_has("this action is granted by the index privileges [read,all]");
    // no remote_indices for another alias
    let none = p.run_env(
        &[
            "explain",
            "--user",
            "alice",
            "--alias",
            "other",
            "--index",
            "logs-1",
            &format!("--key-id={id}"),
        ],
        &p.remote_env(),
    );
    none.code(1)
        .stdout_has("because no remote indices privileges apply for the target cluster");
}

#[test]
fn a_pairing_bundle_goes_from_the_remote_to_a_connected_local() {
    let p = Pair::new();
    let bundle = p.path("bundle.json");
    let on_remote = [("ELASTICSEARCH_URL", p.remote().url())];
    let r = p.run_env(
        &[
            "pair",
            "export",
            "--alias",
            "prod",
            "--address",
            &p.rcs(),
            "--server-name",
            "localhost",
            "--server-ca",
            &s(&p.ca),
            "--search",
            "logs-*",
            "--expiration",
            "30d",
            "--out",
            &s(&bundle),
        ],
        &on_remote,
    );
    r.code(0).stdout_has("mode 0600");
    assert_eq!(mode(&bundle), 0o600);
    let b: Value = serde_json::from_str(&std::fs::read_to_string(&bundle).unwrap()).unwrap();
    let encoded = b["key"]["encoded"].as_str().unwrap().to_string();
    assert!(
        !r.stdout.contains(&encoded) && !r.stderr.contains(&encoded),
        "the key leaked"
    );
    assert_eq!(b["remote"]["cluster_name"], "remote");
    assert_eq!(b["alias"], "prod");
    assert!(b["key"]["expiration"].as_i64().is_some());
    // the key exists on the remote, marked as ours
    let keys = p.remote().api_keys();
    let key = keys
        .iter()
        .find(|k| k["id"] == b["key"]["id"])
        .expect("the key was created");
    assert_eq!(key["type"], "cross_cluster");
    assert_eq!(key["metadata"]["managed_by"], "esconnect");
    p.secret(&encoded);

    // dry run: the steps, nothing written
    p.local().clear_journal();
    let ca_out = p.path("prod-ca.crt");
    p.run(&[
        "pair",
        "import",
        &s(&bundle),
        "--ca-out",
        &s(&ca_out),
        "--dry-run",
    ])
    .code(0)
    .stderr_has("1. write the remote's CA");
    assert!(!p.conf.join("elasticsearch.keystore").exists());
    assert!(!ca_out.exists());
    assert!(p.local().journal().iter().all(|e| e.method == "GET"));

    let r = p.run(&[
        "pair",
        "import",
        &s(&bundle),
        "--ca-out",
        &s(&ca_out),
        "--wait-timeout",
        "20s",
    ]);
    r.code(0)
        .stdout_has("connected")
        .stderr_has("running es-remote doctor");
    assert_eq!(std::fs::read_to_string(&ca_out).unwrap(), p.sim.ca_pem());
    let st = p.run(&["status", "prod", "--output", "json"]);
    assert_eq!(st.json()[0]["connected"], true);
}

#[test]
fn a_bad_bundle_is_refused_before_anything_is_done() {
    let p = Pair::new();
    let (id, key) = p.key(None);
    let encoded = std::fs::read_to_string(&key).unwrap().trim().to_string();
    let write = |name: &str, v: &Value| {
        let path = p.path(name);
        std::fs::write(&path, v.to_string()).unwrap();
        path
    };
    let good = json!({
        "format": "esconnect-pairing/v1", "alias": "prod", "address": p.rcs(),
        "key": {"id": id, "encoded": encoded}, "created": "2026-12-06T00:00:00Z",
        "remote": {"cluster_name": "remote", "cluster_uuid": "u", "version": "8.17.0"}
    });
    let mut expired = good.clone();
    expired["key"]["expiration"] = json!(1_000);
    let mut with_key = good.clone();
    with_key["ca_pem"] = json!("-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n");
    let mut unknown = good.clone();
    unknown["extra"] = json!(1);
    for (name, v, needle) in [
        ("expired.json", expired, "has expired"),
        ("with-key.json", with_key, "private key"),
        ("unknown.json", unknown, "unknown field"),
    ] {
        p.local().clear_journal();
        let path = write(name, &v);
        p.run(&["pair", "import", &s(&path)])
            .code(2)
            .stderr_has(needle);
        assert!(
            p.local().journal().is_empty(),
            "{name}: sent {:?}",
            p.local().journal()
        );
        assert!(!p.conf.join("elasticsearch.keystore").exists());
    }
}

/// A pair connected with a key (its id and file), through `prod`.
fn connected(p: &Pair) -> (String, PathBuf) {
    let (id, key) = p.key(None);
    p.run(&["credentials", "prod", "--key-file", &s(&key)])
        .code(0);
    p.run(&[
        "add",
        "prod",
        "--proxy-address",
        &p.rcs(),
        "--server-name",
        "localhost",
        "--wait",
    ])
    .code(0);
    (id, key)
}

pub fn invalidated(p: &Pair, id: &str) -> bool {
    p.remote()
        .api_keys()
        .iter()
        .find(|k| k["id"] == id)
        .unwrap_or_else(|| panic!("no key {id}"))["invalidated"]
        == true
}

fn active_key(p: &Pair) -> String {
    p.local()
        .node_loaded_secure_setting(0, "cluster.remote.prod.credentials")
        .expect("a loaded key")
}

#[test]
fn rotate_replaces_the_key_and_invalidates_the_old_one() {
    let p = Pair::new();
    let (old_id, old_key) = connected(&p);
    let old_encoded = std::fs::read_to_string(&old_key)
        .unwrap()
        .trim()
        .to_string();
    let state = p.path("rot.state");
    // a dry run changes nothing
    let keys_before = p.remote().api_keys().len();
    p.run_env(
        &[
            "rotate",
            "prod",
            "--key-file",
            &s(&old_key),
            "--state",
            &s(&state),
            "--dry-run",
        ],
        &p.remote_env(),
    )
    .code(0)
    .stderr_has("invalidate the old key");
    assert_eq!(p.remote().api_keys().len(), keys_before);
    assert!(!state.exists());

    let r = p.run_env(
        &[
            "rotate",
            "prod",
            "--key-file",
            &s(&old_key),
            "--state",
            &s(&state),
            "--output",
            "json",
        ],
        &p.remote_env(),
    );
    r.code(0);
    let v = r.json();
    let new_id = v["new_key"].as_str().unwrap().to_string();
    assert_ne!(new_id, old_id);
    assert!(invalidated(&p, &old_id));
    assert!(!invalidated(&p, &new_id));
    let active = active_key(&p);
    p.secret(&active);
    assert_ne!(active, old_encoded);
    assert!(
        !state.exists(),
        "the state file (it holds the new key) is removed at the end"
    );
    // the new key has the old one's access
    let keys = p.remote().api_keys();
    let new = keys.iter().find(|k| k["id"] == new_id.as_str()).unwrap();
    let old = keys.iter().find(|k| k["id"] == old_id.as_str()).unwrap();
    assert_eq!(new["access"], old["access"]);
    assert_eq!(new["metadata"]["rotated_from"], old_id.as_str());
    p.run(&["status", "prod", "--wait", "--wait-timeout", "10s"])
        .code(0);
}

#[test]
fn a_rotation_that_cannot_connect_rolls_back_to_the_old_key() {
    let p = Pair::new();
    let (old_id, old_key) = connected(&p);
    let old_encoded = std::fs::read_to_string(&old_key)
        .unwrap()
        .trim()
        .to_string();
    let state = p.path("rot.state");
    p.remote().set_remote_cluster_server_up(false);
    let r = p.run_env(
        &[
            "rotate",
            "prod",
            "--key-file",
            &s(&old_key),
            "--state",
            &s(&state),
            "--wait-timeout",
            "1s",
        ],
        &p.remote_env(),
    );
    r.code(1).stderr_has("rolled back");
    assert!(!invalidated(&p, &old_id), "the old key must stay valid");
    assert_eq!(
        active_key(&p),
        old_encoded,
        "the old key is back in the keystore"
    );
    let new: Vec<_> = p
        .remote()
        .api_keys()
        .into_iter()
        .filter(|k| k["metadata"]["rotated_from"] == old_id.as_str())
        .collect();
    assert_eq!(new.len(), 1);
    assert_eq!(
        new[0]["invalidated"], true,
        "the unused new key is invalidated"
    );
    p.remote().set_remote_cluster_server_up(true);
    p.run(&["status", "prod", "--wait", "--wait-timeout", "10s"])
        .code(0);
}

#[test]
fn a_rotation_killed_between_steps_is_resumed() {
    use esconnect_sim::{Fault, FaultRule};
    let p = Pair::new();
    let (old_id, old_key) = connected(&p);
    let state = p.path("rot.state");
    // The reload after staging takes 3 s: the process is killed while it waits for it.
    p.local().add_fault(
        FaultRule::path(
            "/_nodes/reload_secure_settings",
            Fault::Latency(std::time::Duration::from_secs(3)),
        )
        .times(1),
    );
    p.rotate_killed_after_step_1(
        &[
            "rotate",
            "prod",
            "--key-file",
            &s(&old_key),
            "--state",
            &s(&state),
        ],
        &state,
    );
    // Killed after step 1: the old key is valid and the connection holds.
    assert!(!invalidated(&p, &old_id));
    p.run(&["status", "prod", "--wait", "--wait-timeout", "10s"])
        .code(0);
    let st: Value = serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    p.secret(st["new_encoded"].as_str().unwrap());
    // --continue finishes it
    let r = p.run_env(
        &[
            "rotate",
            "prod",
            "--key-file",
            &s(&old_key),
            "--state",
            &s(&state),
            "--continue",
        ],
        &p.remote_env(),
    );
    r.code(0).stderr_has("resuming");
    assert!(invalidated(&p, &old_id));
    assert!(!state.exists());
    p.run(&["status", "prod", "--wait", "--wait-timeout", "10s"])
        .code(0);
}
