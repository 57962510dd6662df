//! End-to-end tests: the built binary against the simulator, with a cleared environment. Every code is
//! produced by a real fault (a closed port, a TLS listener presenting a bad certificate, a hung request...).

use esconnect_core::env;
use esconnect_sim::{ClusterSpec, Fault, FaultRule, Sim, SimBuilder, TlsFault};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

const PW: &str = "autoops-s3cret-pw";
const KEY_ID: &str = "Kx7ypZ0BAAAAexample";
const KEY_SECRET: &str = "s3cretKeyMaterial-9Qz";

fn autoops_role() -> Value {
    serde_json::to_value(autoops_common::role_descriptor()).unwrap()
}

/// A cluster with the `autoops` role and a user holding it.
fn cluster(name: &str, version: &str) -> ClusterSpec {
    ClusterSpec::new(name, version)
        .role("autoops", autoops_role())
        .user("autoops", PW, &["autoops"])
}

struct Lab {
    sim: Sim,
    dir: tempfile::TempDir,
    ca: PathBuf,
}

fn lab(builder: SimBuilder) -> Lab {
    let sim = builder.cloud(true).start().expect("the simulator starts");
    let dir = tempfile::tempdir().unwrap();
    let ca = sim.write_ca(dir.path()).unwrap();
    Lab { sim, dir, ca }
}

fn one(spec: ClusterSpec) -> Lab {
    lab(Sim::builder().cluster(spec))
}

impl Lab {
    /// The binary with a cleared environment: PATH, the sim's CA for both trust settings, the Cloud and
    /// OTel URLs of the simulator.
    fn cmd(&self) -> assert_cmd::Command {
        let mut c = assert_cmd::cargo::cargo_bin_cmd!("autoops-probe");
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env(env::SSL_CERT_FILE.name, &self.ca)
            .env(env::AUTOOPS_CA_CERT.name, &self.ca)
            .env(
                env::ELASTIC_CLOUD_CONNECTED_MODE_API_URL.name,
                self.sim.cloud_api().url(),
            )
            .env(env::AUTOOPS_OTEL_URL.name, self.sim.otel().url())
            .timeout(Duration::from_secs(60));
        c
    }

    /// The binary set up for basic authentication as `autoops` against cluster `name`.
    fn basic(&self, name: &str) -> assert_cmd::Command {
        let mut c = self.cmd();
        c.env(env::AUTOOPS_ES_URL.name, self.sim.cluster(name).url())
            .env(env::AUTOOPS_ES_USERNAME.name, "autoops")
            .env(env::AUTOOPS_ES_PASSWORD.name, PW);
        c
    }

    fn settings(&self) -> insta::Settings {
        test_support::redactions()
            .path(self.dir.path(), "[TMP]")
            .settings()
    }
}

/// The secrets any test gives the tool; none may appear in any output.
fn secrets() -> Vec<String> {
    use base64::Engine as _;
    let encoded =
        base64::engine::general_purpose::STANDARD.encode(format!("{KEY_ID}:{KEY_SECRET}"));
    vec![
        PW.into(),
        "changeme".into(),
        "wrong-password-123".into(),
        KEY_SECRET.into(),
        encoded,
    ]
}

fn assert_no_secrets(out: &Output) {
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    test_support::assert_no_secret(&all, &secrets());
}

/// Runs, checks the exit code and the absence of secrets, returns the JSON report.
fn json_run(cmd: &mut assert_cmd::Command, code: i32) -> Value {
    let out = cmd.arg("--output").arg("json").output().unwrap();
    assert_no_secrets(&out);
    assert_eq!(
        out.status.code(),
        Some(code),
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

fn check<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no check {id} in {report:#}"))
}

fn code_of(report: &Value, id: &str) -> Option<String> {
    check(report, id)["code"].as_str().map(str::to_string)
}

fn status_of(report: &Value, id: &str) -> String {
    check(report, id)["status"].as_str().unwrap().to_string()
}

fn failing_codes(report: &Value) -> Vec<String> {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["status"] == "fail")
        .map(|c| c["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn all_pass_on_8_17_enterprise() {
    let l = one(cluster("prod", "8.17.0"));
    let r = json_run(&mut l.basic("prod"), 0);
    assert_eq!(r["ok"], true);
    assert!(failing_codes(&r).is_empty());
    l.settings().bind(
        || insta::assert_json_snapshot!("all_pass_json", r, {".checks[].elapsed_ms" => "[ms]"}),
    );
    // Exactly the documented requests went to the cluster.
    let j = l.sim.cluster("prod").journal();
    let mut sent: Vec<String> = j
        .iter()
        .map(|e| format!("{} {}", e.method, e.path))
        .collect();
    sent.sort();
    assert_eq!(
        sent,
        [
            "GET /",
            "GET /_license",
            "POST /_security/user/_has_privileges"
        ]
    );
    let hp = j
        .iter()
        .find(|e| e.path == "/_security/user/_has_privileges")
        .unwrap();
    assert_eq!(
        hp.json(),
        serde_json::to_value(autoops_common::privileges_check()).unwrap()
    );
}

#[test]
fn text_report() {
    let l = one(cluster("prod", "8.17.0"));
    let out = l.basic("prod").output().unwrap();
    assert_no_secrets(&out);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    l.settings()
        .bind(|| insta::assert_snapshot!("all_pass_text", text));
}

#[test]
fn text_report_with_failures_shows_remedies() {
    let l = one(cluster("prod", "8.17.0").license("basic", "active"));
    l.sim.otel().add_fault(FaultRule::any(Fault::Status(502)));
    let out = l.basic("prod").output().unwrap();
    assert_no_secrets(&out);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    l.settings()
        .bind(|| insta::assert_snapshot!("failures_text", text));
}

#[test]
fn debug_logs_and_yaml_hold_no_secrets() {
    let l = one(cluster("prod", "8.17.0").api_key(
        KEY_ID,
        KEY_SECRET,
        "autoops",
        json!({"autoops": autoops_role()}),
    ));
    for (key_env, user) in [
        (Some(format!("{KEY_ID}:{KEY_SECRET}")), false),
        (None, true),
    ] {
        let mut c = if user { l.basic("prod") } else { l.cmd() };
        c.env(env::AUTOOPS_ES_URL.name, l.sim.cluster("prod").url())
            .args(["-vvv", "--output", "yaml"]);
        if let Some(k) = key_env {
            c.env(env::AUTOOPS_ES_API_KEY.name, k);
        }
        let out = c.output().unwrap();
        assert_no_secrets(&out);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("request"),
            "debug logs are on"
        );
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            stdout.starts_with("ok: true\n") && stdout.contains("id: elasticsearch.privileges"),
            "{stdout}"
        );
    }
}

#[test]
fn cloud_and_otel_probes_carry_no_credentials_and_register_nothing() {
    let l = one(cluster("prod", "8.17.0"));
    let r = json_run(
        l.basic("prod")
            .env(env::AUTOOPS_TOKEN.name, "tok-should-not-be-sent")
            .env(
                env::ELASTIC_CLOUD_CONNECTED_MODE_API_KEY.name,
                "cloud-key-not-sent",
            ),
        0,
    );
    assert_eq!(status_of(&r, "cloud-connected-api.reachable"), "pass");
    assert_eq!(status_of(&r, "otel-collector.reachable"), "pass");
    let cloud = l.sim.cloud_api().journal();
    assert_eq!(cloud.len(), 1);
    assert_eq!(
        (cloud[0].method.as_str(), cloud[0].path.as_str()),
        ("POST", "/api/v1/cloud-connected/clusters")
    );
    assert_eq!(cloud[0].header("authorization"), None);
    assert_eq!(cloud[0].header("content-type"), Some("application/json"));
    assert_eq!(
        cloud[0].json()["self_managed_cluster"]["id"],
        "autoops-probe"
    );
    let otel = l.sim.otel().journal();
    assert_eq!(otel.len(), 1);
    assert_eq!(
        (otel[0].method.as_str(), otel[0].path.as_str()),
        ("POST", "/v1/logs")
    );
    assert_eq!(otel[0].header("authorization"), None);
    assert_eq!(otel[0].header("content-length"), Some("0"));
    assert!(otel[0].body.is_empty());
    // The cluster's credentials went to the cluster only.
    assert!(l.sim.cluster("prod").journal().iter().all(|e| {
        e.header("authorization")
            .is_some_and(|a| a.starts_with("Basic "))
    }));
    let all = format!("{r}");
    assert!(!all.contains("tok-should-not-be-sent") && !all.contains("cloud-key-not-sent"));
}

#[test]
fn closed_port_is_http_0() {
    let l = one(cluster("prod", "8.17.0"));
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let r = json_run(
        l.basic("prod").env(
            env::AUTOOPS_ES_URL.name,
            format!("https://127.0.0.1:{port}"),
        ),
        1,
    );
    assert_eq!(
        code_of(&r, "elasticsearch.connect").as_deref(),
        Some("HTTP_0")
    );
    assert!(
        check(&r, "elasticsearch.connect")["remedy"]
            .as_str()
            .unwrap()
            .contains("9200")
    );
    for later in [
        "elasticsearch.version",
        "elasticsearch.license",
        "elasticsearch.privileges",
    ] {
        assert_eq!(status_of(&r, later), "skip", "{later}");
    }
    assert_eq!(failing_codes(&r), ["HTTP_0"]);
}

#[test]
fn unknown_ca_is_x509() {
    // The cluster presents a chain from a CA nobody trusts.
    let l = one(cluster("prod", "8.17.0"));
    l.sim
        .cluster("prod")
        .set_tls_fault(Some(TlsFault::UnknownCa));
    let r = json_run(&mut l.basic("prod"), 1);
    assert_eq!(
        code_of(&r, "elasticsearch.connect").as_deref(),
        Some("x509")
    );
    let remedy = check(&r, "elasticsearch.connect")["remedy"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        remedy.contains("AUTOOPS_CA_CERT") && remedy.contains("ssl.certificate_authorities"),
        "{remedy}"
    );
    assert_eq!(failing_codes(&r), ["x509"]);
}

#[test]
fn missing_ca_cert_is_x509_even_with_ssl_cert_file() {
    // SSL_CERT_FILE trusts the sim's CA for the Cloud connections only; without AUTOOPS_CA_CERT the
    // cluster's certificate is unknown, as it is to the agent.
    let l = one(cluster("prod", "8.17.0"));
    let r = json_run(l.basic("prod").env_remove(env::AUTOOPS_CA_CERT.name), 1);
    assert_eq!(failing_codes(&r), ["x509"]);
    assert_eq!(status_of(&r, "cloud-connected-api.reachable"), "pass");
}

#[test]
fn insecure_skips_verification_with_a_warning() {
    let l = one(cluster("prod", "8.17.0"));
    l.sim
        .cluster("prod")
        .set_tls_fault(Some(TlsFault::UnknownCa));
    let out = l
        .basic("prod")
        .args(["--insecure", "--output", "json"])
        .output()
        .unwrap();
    assert_no_secrets(&out);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("verification is OFF"));
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(code_of(&r, "environment.tls").as_deref(), Some("INSECURE"));
    assert_eq!(status_of(&r, "elasticsearch.connect"), "pass");
}

#[test]
fn hang_times_out_as_http_504_and_the_report_is_still_produced() {
    let l = one(cluster("prod", "8.17.0"));
    l.sim.cluster("prod").add_fault(FaultRule::any(Fault::Hang));
    let r = json_run(l.basic("prod").args(["--check-timeout", "1s"]), 1);
    assert_eq!(
        code_of(&r, "elasticsearch.connect").as_deref(),
        Some("HTTP_504")
    );
    let c = check(&r, "elasticsearch.connect");
    assert!(c["elapsed_ms"].as_u64().unwrap() >= 1000, "{c}");
    assert!(c["remedy"].as_str().unwrap().contains("--check-timeout"));
    // The other components were not held up.
    assert_eq!(status_of(&r, "cloud-connected-api.reachable"), "pass");
    assert_eq!(status_of(&r, "otel-collector.reachable"), "pass");
}

#[test]
fn status_faults_map_to_seed_codes() {
    let l = one(cluster("prod", "8.17.0"));
    for (status, code) in [(503, "HTTP_503"), (502, "HTTP_502"), (504, "HTTP_504")] {
        let c = l.sim.cluster("prod");
        c.clear_faults();
        c.add_fault(FaultRule::path("/", Fault::Status(status)));
        let r = json_run(&mut l.basic("prod"), 1);
        assert_eq!(failing_codes(&r), [code], "{status}");
    }
    // No retries: one GET / per run.
    let gets = l
        .sim
        .cluster("prod")
        .journal()
        .iter()
        .filter(|e| e.path == "/")
        .count();
    assert_eq!(gets, 3);
}

#[test]
fn license_fault_fails_only_the_license_check() {
    let l = one(cluster("prod", "8.17.0"));
    l.sim
        .cluster("prod")
        .add_fault(FaultRule::path("/_license", Fault::Status(503)));
    let r = json_run(&mut l.basic("prod"), 1);
    assert_eq!(failing_codes(&r), ["HTTP_503"]);
    assert_eq!(
        code_of(&r, "elasticsearch.license").as_deref(),
        Some("HTTP_503")
    );
    assert_eq!(status_of(&r, "elasticsearch.privileges"), "pass");
}

#[test]
fn wrong_password_is_http_401() {
    let l = one(cluster("prod", "8.17.0"));
    let r = json_run(
        l.basic("prod")
            .env(env::AUTOOPS_ES_PASSWORD.name, "wrong-password-123"),
        1,
    );
    assert_eq!(failing_codes(&r), ["HTTP_401"]);
    let c = check(&r, "elasticsearch.connect");
    assert!(
        c["message"]
            .as_str()
            .unwrap()
            .contains("unable to authenticate user [autoops]"),
        "{c}"
    );
    assert!(
        c["remedy"]
            .as_str()
            .unwrap()
            .contains("username and/or password")
    );
}

#[test]
fn old_version_is_version_mismatch() {
    let l = one(cluster("old", "7.16.3"));
    let r = json_run(&mut l.basic("old"), 1);
    assert_eq!(failing_codes(&r), ["VERSION_MISMATCH"]);
    assert!(
        check(&r, "elasticsearch.version")["message"]
            .as_str()
            .unwrap()
            .contains("7.16.3")
    );
}

#[test]
fn expired_license_is_license_expired() {
    let l = one(cluster("prod", "8.17.0").license("enterprise", "expired"));
    let r = json_run(&mut l.basic("prod"), 1);
    assert_eq!(failing_codes(&r), ["LICENSE_EXPIRED"]);
}

#[test]
fn basic_license_is_not_supported() {
    let l = one(cluster("prod", "8.17.0").license("basic", "active"));
    let r = json_run(&mut l.basic("prod"), 1);
    assert_eq!(failing_codes(&r), ["LICENSE_NOT_SUPPORTED"]);
    assert!(
        check(&r, "elasticsearch.license")["message"]
            .as_str()
            .unwrap()
            .contains("cluster license type is not supported")
    );
    // A trial is accepted.
    l.sim.cluster("prod").set_license("trial", "active");
    let r = json_run(&mut l.basic("prod"), 0);
    assert_eq!(status_of(&r, "elasticsearch.license"), "pass");
}

#[test]
fn monitor_only_user_misses_privileges() {
    let spec = cluster("prod", "8.17.0")
        .role("only_monitor", json!({"cluster": ["monitor"], "indices": [{"names": ["*"], "privileges": ["monitor"], "allow_restricted_indices": true}]}))
        .user("mon", PW, &["only_monitor"]);
    let l = one(spec);
    let r = json_run(l.basic("prod").env(env::AUTOOPS_ES_USERNAME.name, "mon"), 1);
    assert_eq!(failing_codes(&r), ["MISSING_PRIVILEGES"]);
    let msg = check(&r, "elasticsearch.privileges")["message"]
        .as_str()
        .unwrap()
        .to_string();
    for p in [
        "cluster privilege `read_ilm`",
        "cluster privilege `read_slm`",
        "index privilege `view_index_metadata` on `*`",
    ] {
        assert!(msg.contains(p), "{p} not in {msg}");
    }
    assert!(!msg.contains("`monitor`"), "{msg}");
}

#[test]
fn both_auth_methods_fail_and_nothing_reaches_the_cluster() {
    let l = one(cluster("prod", "8.17.0"));
    let r = json_run(
        l.basic("prod").env(
            env::AUTOOPS_ES_API_KEY.name,
            format!("{KEY_ID}:{KEY_SECRET}"),
        ),
        1,
    );
    assert_eq!(failing_codes(&r), ["BOTH_AUTH_METHODS"]);
    assert_eq!(
        check(&r, "environment.credentials")["remedy"]
            .as_str()
            .unwrap()
            .split(':')
            .next(),
        Some("Choose one type of authentication only")
    );
    for id in [
        "elasticsearch.connect",
        "elasticsearch.version",
        "elasticsearch.license",
        "elasticsearch.privileges",
    ] {
        assert_eq!(status_of(&r, id), "skip", "{id}");
    }
    assert!(
        l.sim.cluster("prod").journal().is_empty(),
        "nothing may be sent with conflicting credentials"
    );
    // The Elastic Cloud connections are still diagnosed.
    assert_eq!(status_of(&r, "otel-collector.reachable"), "pass");
}

#[test]
fn api_key_form_on_9_1_2() {
    use base64::Engine as _;
    let spec = cluster("new", "9.1.2").api_key(
        KEY_ID,
        KEY_SECRET,
        "autoops",
        json!({"autoops": autoops_role()}),
    );
    let l = one(spec);
    let base = || {
        let mut c = l.cmd();
        c.env(env::AUTOOPS_ES_URL.name, l.sim.cluster("new").url());
        c
    };
    let encoded =
        base64::engine::general_purpose::STANDARD.encode(format!("{KEY_ID}:{KEY_SECRET}"));
    let r = json_run(base().env(env::AUTOOPS_ES_API_KEY.name, &encoded), 1);
    assert_eq!(failing_codes(&r), ["API_KEY_ENCODING"]);
    assert!(
        check(&r, "elasticsearch.api_key_form")["remedy"]
            .as_str()
            .unwrap()
            .contains("echo $AUTOOPS_ES_API_KEY | base64 -d")
    );
    // The probe itself authenticated: the other checks passed.
    assert_eq!(status_of(&r, "elasticsearch.privileges"), "pass");

    let r = json_run(
        base().env(
            env::AUTOOPS_ES_API_KEY.name,
            format!("{KEY_ID}:{KEY_SECRET}"),
        ),
        0,
    );
    assert_eq!(status_of(&r, "elasticsearch.api_key_form"), "pass");

    // From 9.1.4 the encoded form is fine too.
    l.sim.cluster("new").set_version("9.1.4");
    let r = json_run(base().env(env::AUTOOPS_ES_API_KEY.name, &encoded), 0);
    assert_eq!(status_of(&r, "elasticsearch.api_key_form"), "pass");
}

#[test]
fn api_key_from_a_file_flag() {
    let l = one(cluster("prod", "8.17.0").api_key(
        KEY_ID,
        KEY_SECRET,
        "autoops",
        json!({"autoops": autoops_role()}),
    ));
    let key = l.dir.path().join("key");
    std::fs::write(&key, format!("{KEY_ID}:{KEY_SECRET}\n")).unwrap();
    let mut c = l.cmd();
    c.args(["--es-url", &l.sim.cluster("prod").url(), "--api-key-file"])
        .arg(&key);
    let r = json_run(&mut c, 0);
    assert!(
        check(&r, "environment.credentials")["message"]
            .as_str()
            .unwrap()
            .contains("from file")
    );
    let auth = l.sim.cluster("prod").journal()[0]
        .header("authorization")
        .unwrap()
        .to_string();
    assert!(auth.starts_with("ApiKey "));
}

#[test]
fn tls_certificate_faults() {
    let l = one(cluster("prod", "8.17.0"));
    for (fault, code) in [
        (TlsFault::WrongHost, "TLS_HOSTNAME_MISMATCH"),
        (TlsFault::Expired, "TLS_EXPIRED"),
    ] {
        l.sim.cluster("prod").set_tls_fault(Some(fault));
        let r = json_run(&mut l.basic("prod"), 1);
        assert_eq!(failing_codes(&r), [code], "{fault:?}");
    }
}

#[test]
fn http_to_a_tls_port() {
    let l = one(cluster("prod", "8.17.0"));
    let url = l.sim.cluster("prod").url().replace("https://", "http://");
    let r = json_run(l.basic("prod").env(env::AUTOOPS_ES_URL.name, url), 1);
    assert_eq!(failing_codes(&r), ["PLAIN_HTTP_TO_TLS_PORT"]);
    assert!(
        check(&r, "elasticsearch.connect")["remedy"]
            .as_str()
            .unwrap()
            .contains("https://")
    );
}

#[test]
fn https_to_a_plain_port() {
    let l = lab(Sim::builder()
        .cluster(cluster("prod", "8.17.0"))
        .plain_http(true));
    let url = l.sim.cluster("prod").url().replace("http://", "https://");
    let r = json_run(l.basic("prod").env(env::AUTOOPS_ES_URL.name, url), 1);
    assert_eq!(failing_codes(&r), ["TLS_TO_PLAIN_PORT"]);
    // The same cluster over http:// passes (plain-HTTP Cloud endpoints too).
    let r = json_run(&mut l.basic("prod"), 0);
    assert_eq!(status_of(&r, "elasticsearch.connect"), "pass");
}

#[test]
fn dns_failure() {
    // `.invalid` never resolves (RFC 6761); this machine's resolver says so at once.
    let l = one(cluster("prod", "8.17.0"));
    let r = json_run(
        l.basic("prod")
            .env(env::AUTOOPS_ES_URL.name, "https://does-not-exist.invalid")
            .args(["--check-timeout", "5s"]),
        1,
    );
    assert_eq!(failing_codes(&r), ["DNS"]);
    assert!(
        check(&r, "environment.es_url")["message"]
            .as_str()
            .unwrap()
            .contains("9200")
    );
}

#[test]
fn cloud_503_fails_that_component_only() {
    let l = one(cluster("prod", "8.17.0"));
    l.sim
        .cloud_api()
        .add_fault(FaultRule::any(Fault::Status(503)));
    let r = json_run(&mut l.basic("prod"), 1);
    assert_eq!(failing_codes(&r), ["HTTP_503"]);
    let c = check(&r, "cloud-connected-api.reachable");
    assert_eq!(c["code"], "HTTP_503");
    assert!(
        c["remedy"]
            .as_str()
            .unwrap()
            .contains("POST https://127.0.0.1:"),
        "{c}"
    );
}

#[test]
fn otel_answering_401_with_another_body_is_unexpected() {
    // A collector that knows the token: with the wrong one it answers 401 "invalid token" — fine, that is
    // still the collector. A gateway answering 401 in another shape is not.
    let l = one(cluster("prod", "8.17.0"));
    l.sim.otel().add_fault(FaultRule::any(Fault::Status(401)));
    let r = json_run(&mut l.basic("prod"), 1);
    assert_eq!(
        code_of(&r, "otel-collector.reachable").as_deref(),
        Some("UNEXPECTED_RESPONSE")
    );
}

#[test]
fn the_three_components_run_concurrently() {
    let l = one(cluster("prod", "8.17.0"));
    let latency = || FaultRule::any(Fault::Latency(Duration::from_millis(300)));
    l.sim.cluster("prod").add_fault(latency());
    l.sim.cloud_api().add_fault(latency());
    l.sim.otel().add_fault(latency());
    let r = json_run(&mut l.basic("prod"), 0);
    for id in [
        "elasticsearch.connect",
        "elasticsearch.license",
        "elasticsearch.privileges",
        "cloud-connected-api.reachable",
        "otel-collector.reachable",
    ] {
        let ms = check(&r, id)["elapsed_ms"].as_u64().unwrap();
        assert!(ms >= 300, "{id}: {ms} ms");
    }
}

#[test]
fn env_file_input_and_precedence() {
    let l = one(cluster("prod", "8.17.0"));
    let file = l.dir.path().join("autoops.env");
    let body = format!(
        "# written by autoops-env\n{}={}\n{}=autoops\n{}=\"{PW}\"\n{}=https://127.0.0.1:1\n",
        env::AUTOOPS_ES_URL.name,
        l.sim.cluster("prod").url(),
        env::AUTOOPS_ES_USERNAME.name,
        env::AUTOOPS_ES_PASSWORD.name,
        env::AUTOOPS_OTEL_URL.name
    );
    std::fs::write(&file, body).unwrap();
    // The env file's OTel URL (a closed port) wins over the process environment's...
    let mut c = l.cmd();
    c.arg("--env-file").arg(&file);
    let r = json_run(&mut c, 1);
    assert_eq!(status_of(&r, "elasticsearch.privileges"), "pass");
    assert_eq!(failing_codes(&r), ["HTTP_0"]);
    assert!(
        check(&r, "environment.es_url")["message"]
            .as_str()
            .unwrap()
            .contains("env file")
    );
    // ...and a flag wins over the env file.
    let mut c = l.cmd();
    c.arg("--env-file")
        .arg(&file)
        .args(["--otel-url", &l.sim.otel().url()]);
    let r = json_run(&mut c, 0);
    assert_eq!(status_of(&r, "otel-collector.reachable"), "pass");
}

#[test]
fn unreadable_or_malformed_env_file_is_usage_and_sends_nothing() {
    let l = one(cluster("prod", "8.17.0"));
    let missing = l.dir.path().join("nope.env");
    let out = l
        .basic("prod")
        .arg("--env-file")
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope.env"));
    let bad = l.dir.path().join("bad.env");
    std::fs::write(&bad, "AUTOOPS_ES_URL\n").unwrap();
    let out = l
        .basic("prod")
        .arg("--env-file")
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 1"));
    assert!(out.stdout.is_empty());
    assert!(
        l.sim.cluster("prod").journal().is_empty()
            && l.sim.cloud_api().journal().is_empty()
            && l.sim.otel().journal().is_empty()
    );
}

#[test]
fn missing_settings_are_reported_without_sending_to_the_cluster() {
    let l = one(cluster("prod", "8.17.0"));
    let mut c = l.cmd();
    c.env_remove(env::AUTOOPS_OTEL_URL.name);
    let r = json_run(&mut c, 1);
    assert_eq!(
        failing_codes(&r),
        ["MISSING_ES_URL", "MISSING_CREDENTIALS", "MISSING_OTEL_URL"]
    );
    assert_eq!(status_of(&r, "otel-collector.reachable"), "skip");
    assert_eq!(status_of(&r, "cloud-connected-api.reachable"), "pass");
}

#[test]
fn a_proxy_without_no_proxy_for_the_cluster_warns() {
    // --proxy applies to every host not in NO_PROXY; the proxy is a closed port, so the cluster check
    // shows what the agent would meet.
    let l = one(cluster("prod", "8.17.0"));
    let r = json_run(
        l.basic("prod")
            .args(["--proxy", "http://proxyuser:proxy-pw-77@127.0.0.1:1"])
            .env(env::NO_PROXY.name, "localhost"),
        1,
    );
    assert_eq!(
        code_of(&r, "environment.proxy").as_deref(),
        Some("PROXY_FOR_ES")
    );
    assert_eq!(
        code_of(&r, "elasticsearch.connect").as_deref(),
        Some("PROXY_UNREACHABLE")
    );
    assert!(!r.to_string().contains("proxy-pw-77"));
    // With the cluster in NO_PROXY the cluster is reached directly.
    let r = json_run(
        l.basic("prod")
            .args(["--proxy", "http://127.0.0.1:1"])
            .env(env::NO_PROXY.name, "127.0.0.1"),
        0,
    );
    assert_eq!(status_of(&r, "environment.proxy"), "pass");
    assert_eq!(status_of(&r, "elasticsearch.connect"), "pass");
    // Proxies from the environment never apply to loopback addresses, as in the Go agent: the dead
    // HTTPS_PROXY is not used for the cluster on 127.0.0.1.
    let r = json_run(
        l.basic("prod")
            .env(env::HTTPS_PROXY.name, "http://127.0.0.1:1"),
        0,
    );
    assert_eq!(status_of(&r, "elasticsearch.connect"), "pass");
}

/// The real forward proxy (squid), started by .ci/run or `cargo xtask ci`.
fn squid_ports() -> Option<(u16, u16, u16)> {
    match std::env::var("ESCONNECT_TEST_SQUID") {
        Ok(v) => {
            let ports: Vec<u16> = v
                .split_once(':')
                .unwrap()
                .1
                .split(',')
                .map(|p| p.parse().unwrap())
                .collect();
            Some((ports[0], ports[1], ports[2]))
        }
        Err(_) if std::env::var("CI").as_deref() == Ok("true") => {
            panic!("CI=true but ESCONNECT_TEST_SQUID is not set: .ci/run must start squid")
        }
        Err(_) => {
            eprintln!(
                "SKIPPED: needs squid (tests/squid/start.sh, then export the line it prints)"
            );
            None
        }
    }
}

#[test]
fn through_a_real_proxy() {
    let Some((open, auth, deny)) = squid_ports() else {
        return;
    };
    let l = one(cluster("prod", "8.17.0"));
    // Every component through squid's open port.
    let r = json_run(
        l.basic("prod")
            .args(["--proxy", &format!("http://127.0.0.1:{open}")]),
        0,
    );
    assert_eq!(status_of(&r, "elasticsearch.connect"), "pass");
    assert_eq!(status_of(&r, "cloud-connected-api.reachable"), "pass");
    assert_eq!(status_of(&r, "otel-collector.reachable"), "pass");
    // With the proxy's credentials in its URL, through the port that requires them.
    let r = json_run(
        l.basic("prod").args([
            "--proxy",
            &format!("http://esconnect:proxy-pass@127.0.0.1:{auth}"),
        ]),
        0,
    );
    assert_eq!(status_of(&r, "otel-collector.reachable"), "pass");
    assert!(!r.to_string().contains("proxy-pass"));
    // Without them: 407 on every component.
    let r = json_run(
        l.basic("prod")
            .args(["--proxy", &format!("http://127.0.0.1:{auth}")]),
        1,
    );
    for id in [
        "elasticsearch.connect",
        "cloud-connected-api.reachable",
        "otel-collector.reachable",
    ] {
        assert_eq!(
            code_of(&r, id).as_deref(),
            Some("PROXY_AUTH_REQUIRED"),
            "{id}: {r}"
        );
    }
    // A proxy that refuses.
    let r = json_run(
        l.basic("prod")
            .args(["--proxy", &format!("http://127.0.0.1:{deny}")]),
        1,
    );
    for id in [
        "elasticsearch.connect",
        "cloud-connected-api.reachable",
        "otel-collector.reachable",
    ] {
        assert_eq!(
            code_of(&r, id).as_deref(),
            Some("PROXY_REFUSED"),
            "{id}: {r}"
        );
    }
}

#[test]
fn help() {
    let out = assert_cmd::cargo::cargo_bin_cmd!("autoops-probe")
        .env_clear()
        .arg("--help")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("help", String::from_utf8(out.stdout).unwrap());
}

#[test]
fn bad_flags_are_usage_errors() {
    for args in [
        &["--check-timeout", "0s"][..],
        &["--shard", "1/3"],
        &["--retries", "9"],
        &["--bogus"],
    ] {
        let out = assert_cmd::cargo::cargo_bin_cmd!("autoops-probe")
            .env_clear()
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    let out = assert_cmd::cargo::cargo_bin_cmd!("autoops-probe")
        .env_clear()
        .args(["--proxy", "proxy:3128"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("http://HOST:PORT"));
}

#[test]
fn generates_its_man_page() {
    let out = assert_cmd::cargo::cargo_bin_cmd!("autoops-probe")
        .env_clear()
        .args(["--generate", "man"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains(".TH autoops-probe"));
}

// ---------------------------------------------------------------------------------------------------
// Fleet

const FLEET: usize = 50;

fn fleet_lab(n: usize) -> Lab {
    lab(Sim::builder().clusters_from(cluster("c", "8.17.0"), n))
}

fn write_inventory(l: &Lab, n: usize, wrong_pw: &[usize]) -> PathBuf {
    let mut y = String::from("clusters:\n");
    for i in 0..n {
        let name = format!("c-{i:04}");
        let var = if wrong_pw.contains(&i) {
            "WRONG_PW"
        } else {
            "FLEET_PW"
        };
        y.push_str(&format!(
            "  - name: {name}\n    url: {}\n    username: autoops\n    password_env: {var}\n",
            l.sim.cluster(&name).url()
        ));
    }
    let p = l.dir.path().join("inventory.yaml");
    std::fs::write(&p, y).unwrap();
    p
}

fn fleet_cmd(l: &Lab, inv: &Path) -> assert_cmd::Command {
    let mut c = l.cmd();
    c.arg("--inventory")
        .arg(inv)
        .env("FLEET_PW", PW)
        .env("WRONG_PW", "wrong-password-123");
    c
}

fn names(r: &Value) -> Vec<String> {
    r["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn fleet_report() {
    let l = fleet_lab(FLEET);
    l.sim.cluster("c-0003").set_license("basic", "active");
    l.sim
        .cluster("c-0010")
        .add_fault(FaultRule::any(Fault::Status(503)));
    l.sim.cluster("c-0020").set_version("7.16.3");
    l.sim
        .cluster("c-0041")
        .set_tls_fault(Some(TlsFault::UnknownCa));
    let inv = write_inventory(&l, FLEET, &[30]);

    let out = fleet_cmd(&l, &inv).output().unwrap();
    assert_no_secrets(&out);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    l.settings()
        .bind(|| insta::assert_snapshot!("fleet_text", text));

    let r = json_run(&mut fleet_cmd(&l, &inv), 1);
    assert_eq!(
        r["summary"],
        json!({"total": FLEET, "ok": FLEET - 5, "failed": 5})
    );
    assert_eq!(names(&r).len(), FLEET);
    let failed: Vec<(String, Vec<String>)> = r["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["ok"] == false)
        .map(|c| (c["name"].as_str().unwrap().to_string(), failing_codes(c)))
        .collect();
    let expect = |n: &str, c: &str| (n.to_string(), vec![c.to_string()]);
    assert_eq!(
        failed,
        [
            expect("c-0003", "LICENSE_NOT_SUPPORTED"),
            expect("c-0010", "HTTP_503"),
            expect("c-0020", "VERSION_MISMATCH"),
            expect("c-0030", "HTTP_401"),
            expect("c-0041", "x509")
        ]
    );
    // The Cloud and OTel checks ran once for the whole fleet, and without credentials.
    let shared: Vec<&str> = r["shared"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert!(
        shared.contains(&"cloud-connected-api.reachable")
            && shared.contains(&"otel-collector.reachable"),
        "{shared:?}"
    );
    assert_eq!(l.sim.cloud_api().journal().len(), 2, "once per run");
    assert_eq!(l.sim.otel().journal().len(), 2, "once per run");
    assert!(
        l.sim
            .cloud_api()
            .journal()
            .iter()
            .chain(l.sim.otel().journal().iter())
            .all(|e| e.header("authorization").is_none())
    );
}

#[test]
fn shard_selects_a_stable_share() {
    let l = fleet_lab(10);
    let inv = write_inventory(&l, 10, &[]);
    let r = json_run(fleet_cmd(&l, &inv).args(["--shard", "1/3"]), 0);
    assert_eq!(names(&r), ["c-0001", "c-0004", "c-0007"]);
    // Nothing was sent to the other clusters.
    assert!(
        l.sim.cluster("c-0000").journal().is_empty()
            && l.sim.cluster("c-0002").journal().is_empty()
    );

    let r = json_run(
        fleet_cmd(&l, &inv)
            .args(["--shards", "3"])
            .env(env::JOB_COMPLETION_INDEX.name, "2"),
        0,
    );
    assert_eq!(names(&r), ["c-0002", "c-0005", "c-0008"]);
    assert_eq!(r["summary"]["total"], 3);

    // A bad share is bad usage.
    for (args, idx) in [
        (vec!["--shard", "3/3"], None),
        (vec!["--shards", "3"], None),
        (vec!["--shards", "3"], Some("3")),
        (vec!["--shard", "x/3"], None),
    ] {
        let mut c = fleet_cmd(&l, &inv);
        c.args(&args);
        if let Some(i) = idx {
            c.env(env::JOB_COMPLETION_INDEX.name, i);
        }
        let out = c.output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?} {idx:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn malformed_inventory_is_usage_and_sends_nothing() {
    let l = fleet_lab(3);
    let good = write_inventory(&l, 3, &[]);
    let text = std::fs::read_to_string(&good).unwrap().replace(
        "    password_env: FLEET_PW\n  - name: c-0001",
        "    pasword_env: FLEET_PW\n  - name: c-0001",
    );
    let bad = l.dir.path().join("bad.yaml");
    std::fs::write(&bad, text).unwrap();
    let out = fleet_cmd(&l, &bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("clusters[0] (`c-0000`)") && err.contains("pasword_env"),
        "{err}"
    );

    // A variable that is not set names the entry and the field.
    let out = fleet_cmd(&l, &good)
        .env_remove("FLEET_PW")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("clusters[0] (`c-0000`)")
            && err.contains("password_env")
            && err.contains("FLEET_PW"),
        "{err}"
    );

    // Not YAML at all.
    std::fs::write(&bad, "clusters: [\n").unwrap();
    assert_eq!(fleet_cmd(&l, &bad).output().unwrap().status.code(), Some(2));

    for c in l.sim.clusters() {
        assert!(c.journal().is_empty());
    }
    assert!(l.sim.cloud_api().journal().is_empty() && l.sim.otel().journal().is_empty());
}

#[test]
fn a_fleet_under_a_low_open_file_limit_has_no_false_failures() {
    // As a user with `ulimit -n 128` (soft and hard): 300 clusters, more than the limit. A probe that kept a
    // connection to every finished cluster would run out of descriptors and blame the clusters (HTTP_0).
    const N: usize = 300;
    let l = fleet_lab(N);
    let inv = write_inventory(&l, N, &[]);
    let inv = inv.display().to_string();
    let out = under_limits(
        &l,
        "ulimit -n 128",
        &[
            "--inventory",
            &inv,
            "--concurrency",
            "200",
            "--output",
            "json",
        ],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    let r: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    let failing: Vec<String> = r["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(failing_codes)
        .collect();
    assert!(failing.is_empty(), "false failures: {failing:?}\n{stderr}");
    assert_eq!(
        r["summary"],
        json!({"total": N, "ok": N, "failed": 0}),
        "{stderr}"
    );
    // The concurrency was capped to what fits in 128 descriptors, and the user was told.
    assert!(
        stderr.contains("--concurrency 200") && stderr.contains("ulimit -n"),
        "{stderr}"
    );
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

/// The probe under `sh -c '<limits> && exec probe ARGS'` with the lab's environment.
fn under_limits(l: &Lab, limits: &str, args: &[&str]) -> std::process::Output {
    let c = l.cmd();
    let mut sh = assert_cmd::Command::new("sh");
    sh.env_clear();
    for (k, v) in c.get_envs() {
        if let Some(v) = v {
            sh.env(k, v);
        }
    }
    sh.env("FLEET_PW", PW)
        .args([
            "-c",
            &format!("{limits} && exec \"$0\" \"$@\""),
            env!("CARGO_BIN_EXE_autoops-probe"),
        ])
        .args(args)
        .timeout(Duration::from_secs(120));
    sh.output().unwrap()
}

#[test]
fn the_soft_open_file_limit_is_raised_to_the_hard_one() {
    // A soft limit below the hard one (a common default: 1024 soft, more hard) is raised, so the
    // requested concurrency is kept.
    let l = fleet_lab(3);
    let inv = write_inventory(&l, 3, &[]);
    let inv = inv.display().to_string();
    let out = under_limits(
        &l,
        "ulimit -S -n 100 && ulimit -H -n 4096",
        &[
            "--inventory",
            &inv,
            "--concurrency",
            "200",
            "-v",
            "--output",
            "json",
        ],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("raised the open-file limit (RLIMIT_NOFILE) from 100 to 4096"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("clusters at a time"),
        "no cap needed: {stderr}"
    );
}

#[test]
fn jsonl_streams_one_line_per_cluster_then_a_summary() {
    const N: usize = 20;
    let l = fleet_lab(N);
    let inv = write_inventory(&l, N, &[7]);
    let out = fleet_cmd(&l, &inv)
        .args(["--output", "jsonl"])
        .output()
        .unwrap();
    assert_no_secrets(&out);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(lines.len(), N + 1, "{text}");
    let (summary, clusters) = lines.split_last().unwrap();
    let mut indexes: Vec<u64> = clusters
        .iter()
        .map(|c| {
            assert_eq!(c["type"], "cluster");
            assert_eq!(
                c["name"].as_str().unwrap(),
                format!("c-{:04}", c["index"].as_u64().unwrap())
            );
            c["index"].as_u64().unwrap()
        })
        .collect();
    indexes.sort_unstable();
    assert_eq!(indexes, (0..N as u64).collect::<Vec<_>>());
    let failed: Vec<&Value> = clusters.iter().filter(|c| c["ok"] == false).collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["index"], 7);
    assert_eq!(failing_codes(failed[0]), ["HTTP_401"]);
    assert_eq!(summary["type"], "summary");
    assert_eq!(summary["ok"], false);
    assert_eq!(
        summary["summary"],
        json!({"total": N, "ok": N - 1, "failed": 1})
    );
    assert!(
        summary["shared"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == "otel-collector.reachable")
    );
}

#[test]
fn a_redirect_in_front_of_the_cluster_is_reported_not_followed() {
    let l = one(cluster("es", "8.17.0"));
    l.sim.cluster("es").add_fault(FaultRule::path(
        "/_security",
        Fault::Redirect {
            status: 302,
            location: "https://sso.example.com/login".into(),
        },
    ));
    let r = json_run(&mut l.basic("es"), 1);
    assert_eq!(failing_codes(&r), ["REDIRECT"]);
    let c = check(&r, "elasticsearch.privileges");
    let msg = c["message"].as_str().unwrap();
    assert!(
        msg.contains("Location: https://sso.example.com/login"),
        "{msg}"
    );
    assert!(
        c["remedy"].as_str().unwrap().contains("never redirects"),
        "{c}"
    );
    // The POST was not replayed as a GET anywhere.
    let j = l.sim.cluster("es").journal();
    let privileges: Vec<_> = j
        .iter()
        .filter(|e| e.path.starts_with("/_security"))
        .collect();
    assert_eq!(privileges.len(), 1);
    assert_eq!(privileges[0].method, "POST");
}
