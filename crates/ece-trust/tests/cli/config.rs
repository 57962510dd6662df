//! `config self` and `config eck`.

use crate::harness::{Fx, sha256_hex};

#[test]
fn self_managed_lines() {
    let fx = Fx::new();
    let r = fx.run(&[
        "config",
        "self",
        "--ca",
        "ca.pem",
        "--keep-ca",
        "certs/ca.crt",
    ]);
    r.code(0);
    let m: std::collections::BTreeMap<String, serde_json::Value> =
        serde_saphyr::from_str(&r.stdout).unwrap();
    assert_eq!(
        m["xpack.security.transport.ssl.certificate_authorities"],
        serde_json::json!(["certs/ca.crt", "certs/deployment-ca.crt"])
    );
    assert_eq!(
        m["xpack.security.transport.ssl.trust_restrictions.path"],
        "trust-restrictions.yml"
    );
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
    insta::assert_snapshot!("config_self", fx.redact(&r.stdout));
    // Without --keep-ca: the warning that the list replaces the cluster's own CA.
    fx.run(&["config", "self", "--ca", "ca.der"])
        .code(0)
        .stderr_has("--keep-ca");
    let j = fx
        .run(&["config", "self", "--ca", "ca.pem", "--output", "json"])
        .json();
    assert_eq!(j["ca_sha256"][0], sha256_hex(&fx.ca.cert_der));
}

#[test]
fn a_ca_file_with_a_key_or_a_node_certificate_is_refused() {
    let fx = Fx::new();
    fx.run(&["config", "self", "--ca", "node1.pem"])
        .code(2)
        .stderr_has("contains a private key")
        .stderr_has("cert convert");
    fx.run(&["config", "eck", "--ca", "node1.crt", "--cluster", "qs"])
        .code(2)
        .stderr_has("is not a CA certificate");
    fx.run(&[
        "config",
        "eck",
        "--ca",
        "ca.pem",
        "--cluster",
        "Quick_Start",
    ])
    .code(2)
    .stderr_has("not a valid Kubernetes name");
}

#[test]
fn eck_config_map_and_patch_follow_the_crd() {
    let fx = Fx::new();
    let r = fx.run(&[
        "config",
        "eck",
        "--ca",
        "elastic-stack-ca.p12",
        "--password-file",
        "p12.pw",
        "--cluster",
        "quickstart",
        "-n",
        "elastic",
    ]);
    // elastic-stack-ca.p12 holds the CA's key: refused.
    r.code(2).stderr_has("contains a private key");
    let r = fx.run(&[
        "config",
        "eck",
        "--ca",
        "ca.pem",
        "--cluster",
        "quickstart",
        "-n",
        "elastic",
    ]);
    r.code(0)
        .stderr_has("kubectl patch elasticsearch quickstart -n elastic --type merge -p")
        .stderr_has("names ONE ConfigMap");
    let cm: serde_json::Value = serde_saphyr::from_str(&r.stdout).unwrap();
    assert_eq!(cm["apiVersion"], "v1");
    assert_eq!(cm["kind"], "ConfigMap");
    assert_eq!(cm["metadata"]["name"], "quickstart-transport-cas");
    assert_eq!(cm["metadata"]["namespace"], "elastic");
    assert_eq!(cm["data"]["ca.crt"], fx.ca.cert_pem.replace("\r\n", "\n"));
    insta::with_settings!({filters => vec![(r"(?s)-----BEGIN CERTIFICATE-----.*-----END CERTIFICATE-----", "[CA PEM]")]}, {
        insta::assert_snapshot!("config_eck", r.stdout);
    });

    let j = fx
        .run(&[
            "config",
            "eck",
            "--ca",
            "ca.pem",
            "--cluster",
            "quickstart",
            "-n",
            "elastic",
            "--output",
            "json",
        ])
        .json();
    let patch = &j["elasticsearch_patch"];
    assert_eq!(
        patch.pointer("/spec/transport/tls/certificateAuthorities/configMapName"),
        Some(&serde_json::json!("quickstart-transport-cas"))
    );
    check_patch_against_crd(patch);
}

/// The patch's `spec.transport` checked field by field against the v1 Elasticsearch CRD's schema (when the shared
/// specs are there), with test-support's checker.
fn check_patch_against_crd(patch: &serde_json::Value) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/specs/eck");
    let file = dir.join("elasticsearch.k8s.elastic.co_elasticsearches.yaml");
    let Ok(text) = std::fs::read_to_string(&file) else {
        assert!(
            std::env::var("CI").is_err(),
            "the shared specs are missing under CI: {}",
            file.display()
        );
        eprintln!("SKIPPED: {} is absent", file.display());
        return;
    };
    let crd: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    let schema = test_support::schema::crd_version_schema(&crd, "v1").unwrap();
    // A merge patch is partial (the CRD's required `version` and `nodeSets` stay as they are): it touches
    // `spec.transport` only, and that subtree is checked in full.
    let spec = patch["spec"].as_object().unwrap();
    assert_eq!(spec.keys().collect::<Vec<_>>(), vec!["transport"]);
    let transport_schema = &schema["properties"]["spec"]["properties"]["transport"];
    assert!(transport_schema.is_object());
    let r = test_support::schema::check(&patch["spec"]["transport"], transport_schema);
    assert!(r.is_ok(), "{:#?}", r.errors);
    assert!(r.unchecked.is_empty(), "{:?}", r.unchecked);
    // And the checker does catch a misspelt field, so a pass means something.
    let bad = serde_json::json!({"tls": {"certificateAuthority": {"configMapName": "x"}}});
    assert!(!test_support::schema::check(&bad, transport_schema).is_ok());
}
