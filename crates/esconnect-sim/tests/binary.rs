//! The `esconnect-sim serve` binary.

mod common;

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject as _;
use serde_json::{Value, json};

fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_esconnect-sim"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("binary starts")
}

/// The first stdout line as JSON (at most 20 s).
fn first_line(child: &mut Child) -> Value {
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("the simulator prints its endpoints");
    serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON ({e}): {line:?}"))
}

/// Write `config` as `dir/sim.json`, start `serve --config` with `--ca-dir dir`, return the child and its
/// first line.
fn serve_config(dir: &std::path::Path, config: &Value) -> (Child, Value) {
    let path = dir.join("sim.json");
    std::fs::write(&path, serde_json::to_vec(config).unwrap()).unwrap();
    let mut child = spawn(&[
        "serve",
        "--config",
        path.to_str().unwrap(),
        "--ca-dir",
        dir.to_str().unwrap(),
    ]);
    let doc = first_line(&mut child);
    (child, doc)
}

fn wait_exit(child: &mut Child) -> std::process::ExitStatus {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        assert!(Instant::now() < deadline, "the simulator did not stop");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn client_for_ca_file(path: &str) -> reqwest::Client {
    init();
    let der = CertificateDer::from_pem_file(path).expect("ca.crt is PEM");
    let mut roots = rustls::RootCertStore::empty();
    roots.add(der).unwrap();
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    reqwest::Client::builder()
        .use_preconfigured_tls(config)
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

#[tokio::test]
async fn serve_prints_endpoints_and_stops_on_stdin_eof() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = spawn(&["serve", "--ca-dir", dir.path().to_str().unwrap()]);
    let doc = first_line(&mut child);
    let ca = dir.path().join("ca.crt");
    assert_eq!(doc["ca_cert"], ca.display().to_string());
    assert!(ca.is_file());
    assert_eq!(doc["clusters"].as_array().unwrap().len(), 1);
    assert_eq!(doc["clusters"][0]["name"], "demo");
    assert_eq!(doc["clusters"][0]["version"], "8.17.0");
    let url = doc["clusters"][0]["url"].as_str().unwrap();
    assert!(url.starts_with("https://127.0.0.1:"));
    assert!(
        doc["cloud_api_url"]
            .as_str()
            .unwrap()
            .starts_with("https://127.0.0.1:")
    );
    assert!(
        doc["otel_url"]
            .as_str()
            .unwrap()
            .starts_with("https://127.0.0.1:")
    );

    let c = client_for_ca_file(ca.to_str().unwrap());
    let (status, _, body) = call(&c, "GET", url, Some(&elastic()), None).await;
    assert_eq!(status, 200);
    assert_eq!(body["cluster_name"], "demo");
    let resp = c
        .post(format!("{}/v1/logs", doc["otel_url"].as_str().unwrap()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);

    drop(child.stdin.take());
    assert!(wait_exit(&mut child).success());
    assert!(ca.is_file(), "a user-chosen CA directory is kept");
}

#[tokio::test]
async fn serve_with_config_file_plain_http_no_cloud_and_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("sim.json");
    std::fs::write(
        &config,
        serde_json::to_vec(&json!({
            "clusters": [
                {"name": "prod", "version": "9.1.0", "users": [{"username": "bob", "password": "bobpass1", "roles": ["superuser"]}],
                 "license": {"type": "trial"}},
                {"name": "edge", "version": "7.17.9", "count": 3}
            ]
        }))
        .unwrap(),
    )
    .unwrap();
    let mut child = spawn(&[
        "serve",
        "--config",
        config.to_str().unwrap(),
        "--plain-http",
        "--no-cloud",
        "--ca-dir",
        dir.path().to_str().unwrap(),
    ]);
    let doc = first_line(&mut child);
    let names: Vec<&str> = doc["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["prod", "edge-0000", "edge-0001", "edge-0002"]);
    assert_eq!(doc["cloud_api_url"], Value::Null);
    assert_eq!(doc["otel_url"], Value::Null);
    let url = doc["clusters"][0]["url"].as_str().unwrap();
    assert!(url.starts_with("http://127.0.0.1:"));
    init();
    let c = reqwest::Client::builder().no_proxy().build().unwrap();
    let (status, _, body) = call(
        &c,
        "GET",
        &format!("{url}/_license"),
        Some(&basic("bob", "bobpass1")),
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["license"]["type"], "trial");

    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    assert!(wait_exit(&mut child).success());
}

#[test]
fn bad_config_exits_with_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("bad.json");
    std::fs::write(
        &config,
        r#"{"clusters": [{"name": "x", "version": "8.17.0", "colour": "red"}]}"#,
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_esconnect-sim"))
        .args(["serve", "--config", config.to_str().unwrap()])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown field `colour`"));
}

/// Two clusters from one config, connected the way `es-remote` would: a cross-cluster key on the remote,
/// the key written with the keystore stand-in (linked as `elasticsearch-keystore`), settings, reload.
#[cfg(unix)]
#[tokio::test]
async fn serve_two_clusters_and_connect_them_with_the_keystore_stand_in() {
    let dir = tempfile::tempdir().unwrap();
    let conf = dir.path().join("local-conf");
    std::fs::create_dir_all(&conf).unwrap();
    let keystore = conf.join("elasticsearch.keystore");
    let (mut child, doc) = serve_config(
        dir.path(),
        &json!({
            "cloud": false,
            "clusters": [
                {"name": "local", "version": "8.17.0", "keystore_path": keystore,
                 "remote_cluster_client_cas": ["sim", "Remote HTTP CA"]},
                {"name": "remote", "version": "9.1.0", "nodes": 2, "node_names": ["r-0", "r-1"],
                 "ca": "Remote HTTP CA", "remote_cluster_server": true, "transport_port": true,
                 "transport_ca": "Elastic Auto Transport CA", "indices": ["logs-1"]}
            ]
        }),
    );
    let local = &doc["clusters"][0];
    let remote = &doc["clusters"][1];
    assert_eq!(local["rcs_address"], Value::Null);
    assert_eq!(
        local["nodes"][0]["keystore_path"],
        keystore.display().to_string()
    );
    let rcs = remote["rcs_address"].as_str().unwrap();
    assert!(rcs.starts_with("127.0.0.1:"));
    assert!(
        remote["transport_address"]
            .as_str()
            .unwrap()
            .starts_with("127.0.0.1:")
    );
    assert_eq!(
        remote["transport_ca_subject"],
        "CN=Elastic Auto Transport CA"
    );
    assert_eq!(remote["http_ca_subject"], "CN=Remote HTTP CA");
    let names: Vec<&str> = remote["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["r-0", "r-1"]);
    let remote_ca = remote["http_ca_cert"].as_str().unwrap();
    assert_eq!(doc["ca_files"]["Remote HTTP CA"], remote_ca);
    assert!(remote_ca.ends_with("ca-remote-http-ca.crt"), "{remote_ca}");

    // a cross-cluster key on the remote (its HTTPS uses its own CA)
    let rc = client_for_ca_file(remote_ca);
    let (status, key) = su(
        &rc,
        "POST",
        &format!(
            "{}/_security/cross_cluster/api_key",
            remote["url"].as_str().unwrap()
        ),
        Some(json!({"name": "local", "access": {"search": [{"names": ["logs-*"]}]}})),
    )
    .await;
    assert_eq!(status, 200, "{key}");
    let encoded = key["encoded"].as_str().unwrap();

    // `elasticsearch-keystore add -x -f` through a link, ES_PATH_CONF naming the directory
    let link = dir.path().join("elasticsearch-keystore");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_esconnect-sim"), &link).unwrap();
    let mut ks = Command::new(&link)
        .args(["add", "-x", "-f", "cluster.remote.r.credentials"])
        .env("ES_PATH_CONF", &conf)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write as _;
        let mut stdin = ks.stdin.take().unwrap();
        writeln!(stdin, "{encoded}").unwrap();
    }
    let out = ks.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !printed.contains(encoded),
        "the keystore tool never prints the value"
    );

    let lc = client_for_ca_file(doc["ca_cert"].as_str().unwrap());
    let lurl = local["url"].as_str().unwrap();
    let (status, body) = su(
        &lc,
        "PUT",
        &format!("{lurl}/_cluster/settings"),
        Some(json!({"persistent": {"cluster.remote.r.mode": "proxy",
            "cluster.remote.r.proxy_address": rcs, "cluster.remote.r.server_name": "localhost"}})),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let (_, info) = su(&lc, "GET", &format!("{lurl}/_remote/info"), None).await;
    assert_eq!(
        info["r"]["connected"], false,
        "not before the reload: {info}"
    );
    let (status, _) = su(
        &lc,
        "POST",
        &format!("{lurl}/_nodes/reload_secure_settings"),
        None,
    )
    .await;
    assert_eq!(status, 200);
    let (_, info) = su(&lc, "GET", &format!("{lurl}/_remote/info"), None).await;
    assert_eq!(info["r"]["connected"], true, "{info}");
    assert_eq!(info["r"]["cluster_credentials"], "::es_redacted::");
    let (_, resolved) = su(
        &lc,
        "GET",
        &format!("{lurl}/_resolve/cluster/r:logs-*"),
        None,
    )
    .await;
    assert_eq!(resolved["r"]["matching_indices"], true, "{resolved}");
    assert_eq!(resolved["r"]["version"]["number"], "9.1.0");

    drop(child.stdin.take());
    assert!(wait_exit(&mut child).success());
}

/// Two `serve` processes: the local one trusts the remote process's `ca.crt` through
/// `remote_cluster_client_ca_files`; without it the handshake fails on trust.
#[tokio::test]
async fn two_serve_processes_connect_when_the_local_one_trusts_the_remote_ca_file() {
    let dir = tempfile::tempdir().unwrap();
    let rdir = dir.path().join("remote");
    let ldir = dir.path().join("local");
    std::fs::create_dir_all(&rdir).unwrap();
    std::fs::create_dir_all(&ldir).unwrap();
    let (mut remote_proc, rdoc) = serve_config(
        &rdir,
        &json!({"cloud": false, "clusters": [
            {"name": "remote", "version": "8.17.0", "remote_cluster_server": true}]}),
    );
    let remote_ca = rdoc["ca_cert"].as_str().unwrap().to_owned();
    let rcs = rdoc["clusters"][0]["rcs_address"]
        .as_str()
        .unwrap()
        .to_owned();
    let rc = client_for_ca_file(&remote_ca);
    let (status, key) = su(
        &rc,
        "POST",
        &format!(
            "{}/_security/cross_cluster/api_key",
            rdoc["clusters"][0]["url"].as_str().unwrap()
        ),
        Some(json!({"name": "local", "access": {"search": [{"names": ["*"]}]}})),
    )
    .await;
    assert_eq!(status, 200, "{key}");

    for (trust, connected) in [(false, false), (true, true)] {
        let mut cluster = json!({"name": "local", "version": "8.17.0",
            "keystore": {"cluster.remote.r.credentials": key["encoded"]},
            "persistent_settings": {"cluster.remote.r.mode": "proxy",
                "cluster.remote.r.proxy_address": rcs, "cluster.remote.r.server_name": "localhost"}});
        if trust {
            cluster["remote_cluster_client_ca_files"] = json!([remote_ca]);
        }
        let (mut local_proc, ldoc) =
            serve_config(&ldir, &json!({"cloud": false, "clusters": [cluster]}));
        let lc = client_for_ca_file(ldoc["ca_cert"].as_str().unwrap());
        let lurl = ldoc["clusters"][0]["url"].as_str().unwrap();
        let (_, resolved) = su(&lc, "GET", &format!("{lurl}/_resolve/cluster/r:*"), None).await;
        assert_eq!(resolved["r"]["connected"], connected, "{resolved}");
        if !connected {
            assert!(
                resolved["r"]["error"]
                    .as_str()
                    .unwrap()
                    .starts_with("failed to establish trust with server at [127.0.0.1]"),
                "{resolved}"
            );
        }
        drop(local_proc.stdin.take());
        assert!(wait_exit(&mut local_proc).success());
    }
    drop(remote_proc.stdin.take());
    assert!(wait_exit(&mut remote_proc).success());
}
