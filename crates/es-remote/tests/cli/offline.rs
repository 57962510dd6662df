//! Offline commands: `config` and `eck`. Every Elasticsearch document is checked field by field against
//! the ECK CRD in the shared specs; Kubernetes kinds parse back into k8s-openapi types.

use crate::harness::{T, es_remote, s};
use serde_json::Value;
use std::path::PathBuf;

fn run(args: &[&str]) -> crate::harness::Run {
    es_remote(args, &[], None)
}

/// The shared specs folder, or `None` with a visible note (a failure under CI=true).
fn specs_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/specs");
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "the shared specs folder {} is missing and CI=true",
        dir.display()
    );
    eprintln!(
        "SKIPPED: the shared specs folder {} is absent",
        dir.display()
    );
    None
}

/// The CRD's schema of `spec` with `required` dropped at the top (these documents are merge patches of
/// an existing resource: `nodeSets` and `version` stay as they are).
fn es_spec_schema() -> Option<Value> {
    let dir = specs_dir()?;
    let text =
        std::fs::read_to_string(dir.join("eck/elasticsearch.k8s.elastic.co_elasticsearches.yaml"))
            .unwrap();
    let crd: Value = serde_saphyr::from_str(&text).unwrap();
    let schema = test_support::schema::crd_version_schema(&crd, "v1")
        .expect("v1 is served")
        .clone();
    let mut spec = schema.pointer("/properties/spec").unwrap().clone();
    spec.as_object_mut().unwrap().remove("required");
    Some(spec)
}

fn check_es_doc(doc: &Value) {
    assert_eq!(doc["apiVersion"], "elasticsearch.k8s.elastic.co/v1");
    assert_eq!(doc["kind"], "Elasticsearch");
    assert!(doc["metadata"]["name"].is_string());
    if let Some(schema) = es_spec_schema() {
        let report = test_support::schema::check(&doc["spec"], &schema);
        assert!(report.is_ok(), "{:?}\n{doc:#}", report.errors);
    }
}

fn docs(yaml: &str) -> Vec<Value> {
    yaml.split("\n---\n")
        .map(|d| serde_saphyr::from_str::<Value>(d).unwrap_or_else(|e| panic!("{e}: {d}")))
        .collect()
}

#[test]
fn expose_on_eck_3_3_configures_the_service_in_the_resource() {
    let r = run(&[
        "eck",
        "expose",
        "quickstart",
        "-n",
        "elastic",
        "--eck-version",
        "3.3.0",
        "--port",
        "443",
    ]);
    r.code(0)
        .stderr_has("quickstart-es-transport-certs-public")
        .stderr_has("quickstart-es-remote-cluster.elastic.svc")
        .stderr_has("--type merge");
    let d = docs(&r.stdout);
    assert_eq!(d.len(), 1);
    check_es_doc(&d[0]);
    let rcs = &d[0]["spec"]["remoteClusterServer"];
    assert_eq!(rcs["enabled"], true);
    assert_eq!(rcs["service"]["spec"]["type"], "LoadBalancer");
    assert_eq!(rcs["service"]["spec"]["ports"][0]["port"], 443);
    assert_eq!(rcs["service"]["spec"]["ports"][0]["targetPort"], 9443);
    insta::assert_snapshot!(r.stdout, @r#"
    # elasticsearch-patch.yaml (kubectl patch elasticsearch NAME --type merge --patch-file; never kubectl apply: this is a partial object)
    apiVersion: elasticsearch.k8s.elastic.co/v1
    kind: Elasticsearch
    metadata:
      name: quickstart
      namespace: elastic
    spec:
      remoteClusterServer:
        enabled: true
        service:
          spec:
            ports:
            - name: rcs
              port: 443
              protocol: TCP
              targetPort: 9443
            type: LoadBalancer
    "#);
}

#[test]
fn expose_before_3_3_adds_a_service_of_its_own() {
    let r = run(&[
        "eck",
        "expose",
        "quickstart",
        "--eck-version",
        "3.1.0",
        "--output",
        "json",
    ]);
    r.code(0);
    let d = r.json();
    let d = d.as_array().unwrap();
    assert_eq!(d.len(), 2);
    check_es_doc(&d[0]);
    assert!(d[0]["spec"]["remoteClusterServer"].get("service").is_none());
    let svc: k8s_openapi::api::core::v1::Service = serde_json::from_value(d[1].clone()).unwrap();
    assert_eq!(
        svc.metadata.name.as_deref(),
        Some("quickstart-es-remote-cluster-lb")
    );
    assert_eq!(svc.metadata.namespace.as_deref(), Some("default"));
    let spec = svc.spec.unwrap();
    assert_eq!(spec.type_.as_deref(), Some("LoadBalancer"));
    let port = &spec.ports.unwrap()[0];
    assert_eq!(port.port, 9443);
    assert_eq!(
        port.target_port,
        Some(k8s_openapi::apimachinery::pkg::util::intstr::IntOrString::Int(9443))
    );
    assert_eq!(
        spec.selector.unwrap()["elasticsearch.k8s.elastic.co/cluster-name"],
        "quickstart"
    );
}

#[test]
fn expose_refuses_eck_before_2_16_and_bad_names() {
    run(&["eck", "expose", "quickstart", "--eck-version", "2.15.0"])
        .code(2)
        .stderr_has("2.16");
    run(&["eck", "expose", "Quick_Start", "--eck-version", "3.3.0"]).code(2);
    run(&["eck", "expose", "q", "--eck-version", "three"])
        .code(2)
        .stderr_has("not a version");
}

#[test]
fn expose_certificate_model_trusts_the_other_ca() {
    let t = T::new();
    let ca = t.file("remote-ca.pem", &t.sim.ca_pem());
    let r = run(&[
        "eck",
        "expose",
        "quickstart",
        "--eck-version",
        "2.10.0",
        "--model",
        "certificate",
        "--ca",
        &s(&ca),
        "--output",
        "json",
    ]);
    r.code(0);
    let d = r.json();
    let d = d.as_array().unwrap();
    let cm: k8s_openapi::api::core::v1::ConfigMap = serde_json::from_value(d[0].clone()).unwrap();
    assert_eq!(cm.metadata.name.as_deref(), Some("quickstart-remote-ca"));
    assert_eq!(cm.data.unwrap()["ca.crt"], t.sim.ca_pem());
    check_es_doc(&d[1]);
    assert_eq!(
        d[1]["spec"]["transport"]["tls"]["certificateAuthorities"]["configMapName"],
        "quickstart-remote-ca"
    );
    assert_eq!(
        d[1]["spec"]["transport"]["service"]["spec"]["type"],
        "LoadBalancer"
    );
    // A private key is never put in a ConfigMap.
    let key = t.file(
        "key.pem",
        "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n",
    );
    run(&[
        "eck",
        "expose",
        "q",
        "--eck-version",
        "3.3.0",
        "--model",
        "certificate",
        "--ca",
        &s(&key),
    ])
    .code(2)
    .stderr_has("private key");
}

#[test]
fn eck_credentials_put_the_key_only_in_the_secret() {
    let t = T::new();
    // base64("AbCdId:s3cr3t-cross-cluster")
    let encoded = "QWJDZElkOnMzY3IzdC1jcm9zcy1jbHVzdGVy";
    let key = t.file("key", &format!("{encoded}\n"));
    let r = run(&[
        "eck",
        "credentials",
        "prod",
        "--key-file",
        &s(&key),
        "--cluster",
        "local-es",
        "-n",
        "search",
    ]);
    r.code(0).stderr_has("/spec/secureSettings/-");
    assert!(
        !r.stderr.contains(encoded) && !r.stderr.contains("s3cr3t"),
        "{}",
        r.stderr
    );
    let secret: k8s_openapi::api::core::v1::Secret = serde_saphyr::from_str(&r.stdout).unwrap();
    assert_eq!(
        secret.metadata.name.as_deref(),
        Some("local-es-remote-prod-credentials")
    );
    assert_eq!(
        secret.string_data.unwrap()["cluster.remote.prod.credentials"],
        encoded
    );

    let out = t.path("k8s");
    let r = run(&[
        "eck",
        "credentials",
        "prod",
        "--key-file",
        &s(&key),
        "--cluster",
        "local-es",
        "--out-dir",
        &s(&out),
    ]);
    r.code(0);
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(out.join("secret.yaml"))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
    let patch: Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("secure-settings-patch.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(patch[0]["op"], "add");
    assert_eq!(
        patch[0]["value"]["secretName"],
        "local-es-remote-prod-credentials"
    );
    assert!(
        !std::fs::read_to_string(out.join("secure-settings-patch.json"))
            .unwrap()
            .contains(encoded)
    );
    // A file that holds no key: exit 2, nothing written.
    let junk = t.file("junk", "not a key\n");
    let out2 = t.path("k8s2");
    run(&[
        "eck",
        "credentials",
        "prod",
        "--key-file",
        &s(&junk),
        "--cluster",
        "c",
        "--out-dir",
        &s(&out2),
    ])
    .code(2);
    assert!(!out2.exists());
}

#[test]
fn config_lines() {
    let c = run(&["config", "client", "--ca-file", "remote-cluster-ca.crt"]);
    c.code(0);
    insta::assert_snapshot!(c.stdout, @r#"
    # elasticsearch.yml on every node of the LOCAL cluster (the one that connects)
    xpack.security.remote_cluster_client.ssl.enabled: true
    xpack.security.remote_cluster_client.ssl.certificate_authorities: [ "remote-cluster-ca.crt" ]
    # these are static settings: restart each node (one at a time) to apply them
    # then put the cross-cluster key in each node's keystore: es-remote credentials ALIAS --key-file KEY (8.14+ reloads it without a restart)
    "#);
    let s = run(&[
        "config",
        "server",
        "--keystore",
        "cross-cluster.p12",
        "--output",
        "json",
    ]);
    s.code(0);
    let v = s.json();
    assert_eq!(v["settings"]["remote_cluster_server.enabled"], true);
    assert_eq!(v["settings"]["remote_cluster.port"], 9443);
    assert_eq!(
        v["settings"]["xpack.security.remote_cluster_server.ssl.keystore.path"],
        "cross-cluster.p12"
    );
    assert_eq!(
        v["keystore"][0],
        "xpack.security.remote_cluster_server.ssl.keystore.secure_password"
    );
    assert_eq!(v["restart_required"], true);
    // The lines parse as YAML.
    let text = run(&[
        "config",
        "server",
        "--keystore",
        "cross-cluster.p12",
        "--host",
        "0.0.0.0",
    ])
    .stdout;
    let parsed: Value = serde_saphyr::from_str(&text).unwrap();
    assert_eq!(parsed["remote_cluster.host"], "0.0.0.0");
}

#[test]
fn options_without_a_command_are_usage_and_generate_prints_a_man_page() {
    run(&["-v"])
        .code(2)
        .stderr_has("no command given: try `es-remote --help`");
    let r = run(&["--generate", "man"]);
    r.code(0).stdout_has(".TH es-remote 1");
    assert!(r.stderr.is_empty(), "{}", r.stderr);
}

#[test]
fn a_closed_stdout_is_not_an_error() {
    let r = test_support::run::with_closed_stdout(
        std::process::Command::new(env!("CARGO_BIN_EXE_es-remote"))
            .env_clear()
            .args(["config", "client", "--ca-file", "ca.crt"]),
    );
    r.code(0);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
}
