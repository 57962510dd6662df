//! `cert inspect` and `cert convert`.

use crate::harness::{Fx, NODE1_CN, P12_PASS, filters, sha256_hex};
use esconnect_sim::certs::{ClientAuth, TestCa, TlsEndpoint};

#[test]
fn inspect_a_pem_bundle_with_a_key() {
    let fx = Fx::new();
    let r = fx.run(&["cert", "inspect", "node1.pem"]);
    r.code(0)
        .stdout_has("node1.pem: PEM, 2 certificates, contains a private key (not shown)")
        .stdout_has(&format!("otherName CN:      {NODE1_CN}"))
        .stdout_has("Cloud convention:  yes (node node1, cluster 1234567abcd, scope myscope)")
        .stdout_has(&sha256_hex(&fx.node.cert_der))
        .stdout_has(&sha256_hex(&fx.ca.cert_der));
    insta::with_settings!({filters => filters()}, {
        insta::assert_snapshot!("inspect_pem_bundle", fx.redact(&r.stdout));
    });
}

#[test]
fn inspect_pkcs12_with_a_password_as_json() {
    let fx = Fx::new();
    // The password from a file, and from standard input.
    for (args, stdin) in [
        (
            vec![
                "cert",
                "inspect",
                "node1.p12",
                "--password-file",
                "p12.pw",
                "--output",
                "json",
            ],
            None,
        ),
        (
            vec![
                "--output",
                "json",
                "cert",
                "inspect",
                "node1.p12",
                "--password-file",
                "-",
            ],
            Some(P12_PASS),
        ),
    ] {
        let r = fx.run_with(&args, &[], stdin);
        r.code(0);
        let j = r.json();
        assert_eq!(j["format"], "pkcs12");
        assert_eq!(j["contains_private_key"], true);
        assert_eq!(j["cloud_convention"], true);
        let certs = j["certificates"].as_array().unwrap();
        assert_eq!(certs.len(), 2);
        assert_eq!(certs[0]["subject"], "CN=node1");
        assert_eq!(certs[0]["is_ca"], false);
        assert_eq!(
            certs[0]["sans"]["other_name_cn"],
            serde_json::json!([NODE1_CN])
        );
        assert_eq!(
            certs[0]["sans"]["dns"],
            serde_json::json!(["node1.example.com", "localhost"])
        );
        assert_eq!(certs[0]["sans"]["ip"], serde_json::json!(["127.0.0.1"]));
        assert_eq!(certs[0]["sha256"]["hex"], sha256_hex(&fx.node.cert_der));
        assert_eq!(certs[0]["cloud_names"][0]["cluster"], "1234567abcd");
        assert_eq!(certs[1]["is_ca"], true);
        assert_eq!(certs[1]["sha256"]["hex"], sha256_hex(&fx.ca.cert_der));
    }
}

#[test]
fn pkcs12_password_problems_are_bad_input() {
    let fx = Fx::new();
    fx.run(&["cert", "inspect", "node1.p12"])
        .code(2)
        .stderr_has("protected by a password")
        .stderr_has("--password-file");
    fx.write("wrong.pw", b"not-the-password\n");
    let r = fx.run(&[
        "cert",
        "inspect",
        "node1.p12",
        "--password-file",
        "wrong.pw",
    ]);
    r.code(2).stderr_has("the PKCS#12 password is wrong");
    assert!(!r.stderr.contains("not-the-password"));
    assert!(r.stdout.is_empty());
    // The legacy (3DES) CA keystore, as older certutil versions wrote it.
    let r = fx.run(&[
        "cert",
        "inspect",
        "elastic-stack-ca.p12",
        "--password-file",
        "p12.pw",
    ]);
    r.code(0)
        .stdout_has("PKCS#12, 1 certificate, contains a private key (not shown)")
        .stdout_has("CA:                yes");
}

#[test]
fn inspect_der_expired_and_default_certificates() {
    let fx = Fx::new();
    fx.run(&["cert", "inspect", "ca.der"])
        .code(0)
        .stdout_has("ca.der: DER, 1 certificate\n");
    let r = fx.run(&["cert", "inspect", "old.crt"]);
    r.code(0).stdout_has("EXPIRED 3 days ago");
    let r = fx.run(&["cert", "inspect", "es01.crt"]);
    r.code(0)
        .stdout_has("Cloud convention:  no: no otherName commonName SAN");
    insta::with_settings!({filters => filters()}, {
        insta::assert_snapshot!("inspect_default_cert", fx.redact(&r.stdout));
    });
    let j = fx
        .run(&["cert", "inspect", "es01.crt", "--output", "json"])
        .json();
    assert_eq!(j["cloud_convention"], false);
    assert_eq!(j["contains_private_key"], false);
}

#[test]
fn inspect_refuses_what_it_cannot_read() {
    let fx = Fx::new();
    fx.run(&["cert", "inspect", "nope.pem"])
        .code(2)
        .stderr_has("no such file, and not HOST:PORT");
    fx.write("garbage.bin", b"\x01\x02\x03 not a certificate");
    fx.run(&["cert", "inspect", "garbage.bin"])
        .code(2)
        .stderr_has("neither PEM, a DER certificate nor a PKCS#12 file");
    fx.write("key.pem", fx.node.key_pem.as_bytes());
    fx.run(&["cert", "inspect", "key.pem"])
        .code(2)
        .stderr_has("holds no certificate");
    fx.run(&["cert", "inspect", "ca.pem", "--server-name", "x"])
        .code(2)
        .stderr_has("for an endpoint");
    fx.run(&["cert", "inspect", "127.0.0.1:9", "--timeout", "0s"])
        .code(2)
        .stderr_has("--timeout must be more than zero");
    fx.run(&[
        "cert",
        "inspect",
        "127.0.0.1:9",
        "--server-name",
        "bad name!",
    ])
    .code(2)
    .stderr_has("not a valid TLS server name");
}

#[test]
fn inspect_a_transport_port_that_requires_a_client_certificate() {
    let fx = Fx::new();
    let ep = TlsEndpoint::start(
        &[&fx.node.cert_der, &fx.ca.cert_der],
        &fx.node.key_der,
        ClientAuth::Required,
        &fx.ca.cert_der,
    )
    .unwrap();
    let addr = ep.addr.to_string();
    let r = fx.run(&["cert", "inspect", &addr, "--ca-cert", "ca.pem"]);
    r.code(0)
        .stdout_has("presents 2 certificates")
        .stdout_has("chain:               trusted by the given CAs")
        .stdout_has("server name:         valid for 127.0.0.1")
        .stdout_has("client certificate:  required by the server (mutual TLS)")
        .stdout_has("accepted issuer: CN=Elastic Certificate Tool Autogenerated CA")
        .stdout_has(&format!("otherName CN:      {NODE1_CN}"));
    insta::with_settings!({filters => filters()}, {
        insta::assert_snapshot!("inspect_transport_port", fx.redact(&r.stdout));
    });
    let j = fx
        .run(&[
            "cert",
            "inspect",
            &addr,
            "--ca-cert",
            "ca.pem",
            "--output",
            "json",
        ])
        .json();
    assert_eq!(j["endpoint"]["client_cert_requested"], true);
    assert_eq!(
        j["certificates"][0]["sha256"]["hex"],
        sha256_hex(&fx.node.cert_der)
    );

    // Checked against another CA: shown, not trusted, exit 1.
    let other = TestCa::new("Other CA").unwrap();
    fx.write("other.pem", other.cert_pem.as_bytes());
    fx.run(&["cert", "inspect", &addr, "--ca-cert", "other.pem"])
        .code(1)
        .stdout_has("NOT trusted by the given CAs");
    // A name the certificate lacks.
    fx.run(&[
        "cert",
        "inspect",
        &addr,
        "--ca-cert",
        "ca.pem",
        "--server-name",
        "es.example.com",
    ])
    .code(1)
    .stdout_has("NOT valid for es.example.com");
}

#[test]
fn inspect_an_https_port_that_does_not_ask() {
    let fx = Fx::new();
    let ep = TlsEndpoint::start(
        &[&fx.plain.cert_der],
        &fx.plain.key_der,
        ClientAuth::None,
        &fx.ca.cert_der,
    )
    .unwrap();
    let addr = format!("localhost:{}", ep.addr.port());
    fx.run(&["cert", "inspect", &addr, "--ca-cert", "ca.pem"])
        .code(0)
        .stdout_has("client certificate:  not requested")
        .stdout_has("valid for localhost");
}

#[test]
fn an_unreachable_endpoint_exits_3() {
    let fx = Fx::new();
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap().to_string();
    drop(l);
    fx.run(&["cert", "inspect", &addr, "--timeout", "2s"])
        .code(3)
        .stderr_has("cannot connect");
}

#[test]
fn convert_extracts_the_ca_without_the_key() {
    let fx = Fx::new();
    let r = fx.run(&[
        "cert",
        "convert",
        "elastic-stack-ca.p12",
        "--password-file",
        "p12.pw",
        "--out",
        "ca-upload.pem",
    ]);
    r.code(0)
        .stdout_has("1 certificate(s), PEM, no private key")
        .stdout_has("left out the private key(s)")
        .stderr_has("wrote");
    let out = std::fs::read_to_string(fx.path("ca-upload.pem")).unwrap();
    assert_eq!(out.matches("-----BEGIN CERTIFICATE-----").count(), 1);
    assert!(!out.contains("PRIVATE KEY"));
    fx.assert_no_secret(&out, "the written file");
    // The written certificate is the CA's, byte for byte.
    let der = pem_ders(&out);
    assert_eq!(der, vec![fx.ca.cert_der.clone()]);
    // Again: unchanged.
    fx.run(&[
        "cert",
        "convert",
        "elastic-stack-ca.p12",
        "--password-file",
        "p12.pw",
        "--out",
        "ca-upload.pem",
    ])
    .code(0)
    .stderr_has("is unchanged");
}

#[test]
fn convert_leaves_out_node_certificates() {
    let fx = Fx::new();
    // A node keystore (leaf + CA): only the CA is written.
    fx.run(&[
        "cert",
        "convert",
        "node1.p12",
        "--password-file",
        "p12.pw",
        "--out",
        "ca1.pem",
    ])
    .code(0)
    .stdout_has("left out 1 certificate(s) that are not CAs");
    assert_eq!(
        pem_ders(&std::fs::read_to_string(fx.path("ca1.pem")).unwrap()),
        vec![fx.ca.cert_der.clone()]
    );
    // Only a node certificate: refused, nothing written.
    fx.run(&["cert", "convert", "node1.crt", "--out", "leaf.pem"])
        .code(2)
        .stderr_has("no CA certificate in it")
        .stderr_has("--allow-leaf");
    assert!(!std::path::Path::new(&fx.path("leaf.pem")).exists());
    fx.run(&[
        "cert",
        "convert",
        "node1.crt",
        "--out",
        "leaf.pem",
        "--allow-leaf",
    ])
    .code(0);
    assert_eq!(
        pem_ders(&std::fs::read_to_string(fx.path("leaf.pem")).unwrap()),
        vec![fx.node.cert_der.clone()]
    );
    // The output must not be the input.
    fx.run(&["cert", "convert", "ca.pem", "--out", "ca.pem"])
        .code(2);
}

/// The DER certificates of a PEM text, decoded here with base64 (not with the code under test).
fn pem_ders(text: &str) -> Vec<Vec<u8>> {
    use base64::Engine as _;
    text.split("-----BEGIN CERTIFICATE-----")
        .skip(1)
        .map(|b| {
            let body: String = b
                .split("-----END CERTIFICATE-----")
                .next()
                .unwrap()
                .split_whitespace()
                .collect();
            base64::engine::general_purpose::STANDARD
                .decode(body)
                .unwrap()
        })
        .collect()
}

#[test]
fn a_closed_stdout_is_not_an_error() {
    let fx = Fx::new();
    test_support::run::with_closed_stdout(
        std::process::Command::new(env!("CARGO_BIN_EXE_ece-trust"))
            .env_clear()
            .current_dir(fx.dir.path())
            .args(["cert", "inspect", "node1.pem"]),
    )
    .code(0);
}

#[test]
fn json_and_convert_outputs_are_pinned() {
    let fx = Fx::new();
    let r = fx.run(&["cert", "inspect", "node1.crt", "--output", "json"]);
    r.code(0);
    insta::with_settings!({filters => filters()}, {
        insta::assert_snapshot!("inspect_json", fx.redact(&r.stdout));
    });
    let r = fx.run(&[
        "cert",
        "convert",
        "node1.p12",
        "--password-file",
        "p12.pw",
        "--out",
        "ca.crt.pem",
    ]);
    r.code(0);
    insta::with_settings!({filters => filters()}, {
        insta::assert_snapshot!("convert_text", fx.redact(&r.stdout));
    });
}

#[test]
fn options_without_a_command_are_usage_and_generate_prints_completions() {
    let fx = Fx::new();
    fx.run(&["-q"])
        .code(2)
        .stderr_has("no command given: try `ece-trust --help`");
    let r = fx.run(&["--generate", "zsh"]);
    r.code(0).stdout_has("#compdef ece-trust");
    assert!(r.stderr.is_empty(), "{}", r.stderr);
}
