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
