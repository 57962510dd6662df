//! Per-node keystores, keystore files, `reload_secure_settings` per node, and the `esconnect-sim keystore`
//! stand-in for `elasticsearch-keystore`.

mod common;

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use common::*;
use esconnect_sim::{ClusterSpec, Sim};
use serde_json::{Value, json};

const CRED: &str = "cluster.remote.r.credentials";

/// Run the keystore stand-in with `stdin`; (exit code, stdout, stderr).
fn keystore_bin(args: &[&str], stdin: &str, env_conf: Option<&Path>) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_esconnect-sim"));
    cmd.arg("keystore")
        .args(args)
        .env_remove("ES_PATH_CONF")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(dir) = env_conf {
        cmd.env("ES_PATH_CONF", dir);
    }
    let mut child = cmd.spawn().expect("binary starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

async fn reload(sim: &Sim, cluster: &str, node_filter: Option<&str>, body: Option<Value>) -> Value {
    let c = client(sim);
    let path = match node_filter {
        Some(f) => format!("/_nodes/{f}/reload_secure_settings"),
        None => "/_nodes/reload_secure_settings".to_owned(),
    };
    let (status, v) = su(
        &c,
        "POST",
        &format!("{}{path}", sim.cluster(cluster).url()),
        body,
    )
    .await;
    assert_eq!(status, 200, "{v}");
    v
}

#[test]
fn keystore_stand_in_adds_lists_and_removes_like_elasticsearch_keystore() {
    let dir = tempfile::tempdir().unwrap();
    let ks = dir.path().join("elasticsearch.keystore");
    let ks_arg = ks.to_str().unwrap();
    // -x -f creates the keystore and reads the value from stdin
    let (code, _, err) = keystore_bin(
        &["add", "-x", "-f", CRED, "--keystore", ks_arg],
        "c2VjcmV0\n",
        None,
    );
    assert_eq!(code, 0, "{err}");
    let entries = esconnect_sim::keystore::read(&ks).unwrap();
    assert_eq!(entries.get(CRED).map(String::as_str), Some("c2VjcmV0"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(
            std::fs::metadata(&ks).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    // without -f an existing setting is not overwritten
    let (code, _, err) = keystore_bin(&["add", "-x", CRED, "--keystore", ks_arg], "other\n", None);
    assert_eq!(code, 1);
    assert!(err.contains("already exists"), "{err}");
    assert!(
        !err.contains("other"),
        "the value must not be echoed: {err}"
    );
    assert_eq!(
        esconnect_sim::keystore::read(&ks).unwrap()[CRED],
        "c2VjcmV0"
    );
    // ES_PATH_CONF names the directory, as for Elasticsearch
    let (code, out, _) = keystore_bin(&["list"], "", Some(dir.path()));
    assert_eq!(code, 0);
    assert_eq!(out, format!("{CRED}\nkeystore.seed\n"));
    let (code, _, _) = keystore_bin(&["remove", CRED], "", Some(dir.path()));
    assert_eq!(code, 0);
    let (code, _, err) = keystore_bin(&["remove", CRED], "", Some(dir.path()));
    assert_eq!(code, 1);
    assert!(
        err.contains(&format!("Setting [{CRED}] does not exist in the keystore.")),
        "{err}"
    );
    // setting names follow Elasticsearch's pattern
    let (code, _, err) = keystore_bin(
        &["add", "-x", "-f", "bad name", "--keystore", ks_arg],
        "v\n",
        None,
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("does not match the allowed setting name pattern"),
        "{err}"
    );
    // no keystore location at all is a usage error
    let (code, _, err) = keystore_bin(&["list"], "", None);
    assert_eq!(code, 2);
    assert!(err.contains("ES_PATH_CONF"), "{err}");
}

#[tokio::test]
async fn a_keystore_written_by_the_binary_is_what_reload_reads_per_node() {
    let dir = tempfile::tempdir().unwrap();
    let ks0 = dir.path().join("node0.keystore");
    let ks1 = dir.path().join("node1.keystore");
    let sim = Sim::builder()
        .cluster(
            ClusterSpec::new("c", "8.17.0")
                .node_names(&["es-0", "es-1"])
                .node_keystore_path(0, &ks0)
                .node_keystore_path(1, &ks1),
        )
        .start()
        .unwrap();
    let c = sim.cluster("c");
    assert_eq!(
        c.nodes()
            .iter()
            .map(|(_, n)| n.as_str())
            .collect::<Vec<_>>(),
        ["es-0", "es-1"]
    );
    // only node 0's keystore gets the credentials
    let (code, _, err) = keystore_bin(
        &["add", "-x", "-f", CRED, "--keystore", ks0.to_str().unwrap()],
        "ZW5jb2RlZA==\n",
        None,
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        c.loaded_keystore_names().is_empty(),
        "nothing is loaded before a reload"
    );
    let got = reload(&sim, "c", None, None).await;
    assert_eq!(
        got["_nodes"],
        json!({"total": 2, "successful": 2, "failed": 0})
    );
    let (id0, _) = c.nodes()[0].clone();
    let (id1, _) = c.nodes()[1].clone();
    assert_eq!(
        got["nodes"][&id0],
        json!({"name": "es-0"}),
        "8.17 lists no names"
    );
    // node 1 has no keystore file: Elasticsearch's "Keystore is missing"
    assert_eq!(
        got["nodes"][&id1]["reload_exception"],
        json!({"type": "illegal_state_exception", "reason": "Keystore is missing"})
    );
    assert_eq!(
        c.node_loaded_secure_setting(0, CRED).as_deref(),
        Some("ZW5jb2RlZA==")
    );
    assert_eq!(c.node_loaded_secure_setting(1, CRED), None);

    // a reload of one node by name only touches that node
    keystore_bin(
        &["add", "-x", "-f", CRED, "--keystore", ks1.to_str().unwrap()],
        "bmV3\n",
        None,
    );
    keystore_bin(
        &["add", "-x", "-f", CRED, "--keystore", ks0.to_str().unwrap()],
        "bmV3\n",
        None,
    );
    let got = reload(&sim, "c", Some("es-1"), None).await;
    assert_eq!(got["_nodes"]["total"], 1);
    assert_eq!(
        got["nodes"].as_object().unwrap().keys().collect::<Vec<_>>(),
        [&id1]
    );
    assert_eq!(
        c.node_loaded_secure_setting(1, CRED).as_deref(),
        Some("bmV3")
    );
    assert_eq!(
        c.node_loaded_secure_setting(0, CRED).as_deref(),
        Some("ZW5jb2RlZA==")
    );
    // by id, then _local (node 0)
    let got = reload(&sim, "c", Some(&id0), None).await;
    assert_eq!(
        got["nodes"].as_object().unwrap().keys().collect::<Vec<_>>(),
        [&id0]
    );
    assert_eq!(
        c.node_loaded_secure_setting(0, CRED).as_deref(),
        Some("bmV3")
    );
    let got = reload(&sim, "c", Some("_local"), None).await;
    assert_eq!(got["_nodes"]["total"], 1);
}

#[tokio::test]
async fn reload_reports_secure_setting_names_on_9_3_and_faults_as_reload_exception() {
    let dir = tempfile::tempdir().unwrap();
    let ks = dir.path().join("elasticsearch.keystore");
    let sim = Sim::builder()
        .cluster(
            ClusterSpec::new("c", "9.3.0")
                .nodes(2)
                .keystore_path(&ks)
                .keystore_password("pw")
                .keystore(CRED, "ZW5jb2RlZA=="),
        )
        .start()
        .unwrap();
    let c = sim.cluster("c");
    // ClusterSpec::keystore entries went into the file and are loaded from the start
    assert_eq!(
        c.node_loaded_secure_setting(1, CRED).as_deref(),
        Some("ZW5jb2RlZA==")
    );
    let raw = std::fs::read(&ks).unwrap();
    let got = reload(
        &sim,
        "c",
        None,
        Some(json!({"secure_settings_password": "pw"})),
    )
    .await;
    for node in got["nodes"].as_object().unwrap().values() {
        assert_eq!(node["secure_setting_names"], json!([CRED, "keystore.seed"]));
        assert_eq!(node["keystore_path"], json!(ks.display().to_string()));
        // the digest is the SHA-256 of the file's bytes
        let digest = node["keystore_digest"].as_str().unwrap();
        assert_eq!(digest.len(), 64);
        assert_eq!(digest, hex_sha256(&raw));
        assert!(node.get("reload_exception").is_none());
    }
    // a wrong password
    let got = reload(
        &sim,
        "c",
        None,
        Some(json!({"secure_settings_password": "nope"})),
    )
    .await;
    for node in got["nodes"].as_object().unwrap().values() {
        assert_eq!(
            node["reload_exception"],
            json!({"type": "security_exception", "reason": "Provided keystore password was incorrect"})
        );
        assert!(node.get("secure_setting_names").is_none());
    }
    // a corrupt file: the nodes keep what they had
    std::fs::write(&ks, b"garbage").unwrap();
    let got = reload(
        &sim,
        "c",
        None,
        Some(json!({"secure_settings_password": "pw"})),
    )
    .await;
    for node in got["nodes"].as_object().unwrap().values() {
        assert_eq!(
            node["reload_exception"]["reason"],
            "Keystore has been corrupted or tampered with"
        );
    }
    assert_eq!(
        c.node_loaded_secure_setting(0, CRED).as_deref(),
        Some("ZW5jb2RlZA==")
    );
}

#[tokio::test]
async fn remote_credentials_in_a_keystore_file_need_a_restart_before_8_14() {
    let dir = tempfile::tempdir().unwrap();
    let ks = dir.path().join("elasticsearch.keystore");
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("c", "8.13.4").keystore_path(&ks))
        .start()
        .unwrap();
    let c = sim.cluster("c");
    esconnect_sim::keystore::add(&ks, CRED, "ZW5jb2RlZA==").unwrap();
    esconnect_sim::keystore::add(&ks, "s3.client.default.access_key", "AKIA").unwrap();
    reload(&sim, "c", None, None).await;
    // the reloadable setting is loaded, the remote credentials are not
    assert_eq!(
        c.node_loaded_secure_setting(0, "s3.client.default.access_key")
            .as_deref(),
        Some("AKIA")
    );
    assert_eq!(c.node_loaded_secure_setting(0, CRED), None);
    c.restart();
    assert_eq!(
        c.node_loaded_secure_setting(0, CRED).as_deref(),
        Some("ZW5jb2RlZA==")
    );
}

fn hex_sha256(data: &[u8]) -> String {
    let d = ring::digest::digest(&ring::digest::SHA256, data);
    d.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}
