//! Bad input (exit 2, nothing sent), authentication (exit 4), transport (exit 3), dry runs (nothing sent).

use crate::harness::{ADMIN, ADMIN_PW, T, es_role, s};

#[test]
fn dry_runs_send_nothing_and_show_no_secret() {
    let t = T::new();
    let new_pw = "Dry-run-pw-77";
    t.secret(new_pw);
    let pw = t.file("new.pw", new_pw);
    let r = t.admin(&["role", "--dry-run"]);
    r.code(0)
        .stdout_has("PUT https://127.0.0.1:")
        .stderr_has("dry run: nothing was sent");
    let r = t.admin(&["api-key", "--name", "k", "--expiration", "30d", "--dry-run"]);
    r.code(0).stdout_has("POST https://127.0.0.1:");
    let r = t.admin(&["user", "agent", "--new-password-file", &s(&pw), "--dry-run"]);
    r.code(0);
    assert!(
        r.stdout.contains("\"password\": \"[redacted]\""),
        "{}",
        r.stdout
    );
    insta::assert_snapshot!("dry_run_user", t.stable(&r.stdout));
    let r = t.admin(&[
        "user",
        "agent",
        "--new-password-file",
        &s(&pw),
        "--dry-run",
        "-o",
        "json",
    ]);
    r.code(0);
    let plan = r.json();
    assert_eq!(plan.as_array().unwrap().len(), 2);
    assert_eq!(plan[1]["method"], "PUT");
    assert_eq!(plan[1]["body"]["password"], "[redacted]");
    assert!(t.es().journal().is_empty(), "{:?}", t.es().journal());
}

#[test]
fn a_dry_run_needs_no_reachable_cluster_nor_credentials() {
    let r = es_role(
        &[
            "autoops",
            "role",
            "--dry-run",
            "--es-url",
            "https://127.0.0.1:1",
        ],
        &[],
        None,
    );
    r.code(0);
    assert!(
        r.stdout
            .starts_with("PUT https://127.0.0.1:1/_security/role/autoops\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn both_auth_methods_is_usage_and_sends_nothing() {
    let t = T::new();
    t.secret("id1:sekrit-key-1");
    let url = t.url();
    let ca = s(&t.ca);
    let r = t.run(
        &[
            "autoops",
            "role",
            "--es-url",
            &url,
            "--ca-cert",
            &ca,
            "--api-key",
            "id1:sekrit-key-1",
            "--username",
            ADMIN,
        ],
        &[],
        None,
    );
    r.code(2).stderr_has("use one authentication method");
    // Across sources: the key from the environment, the user from a flag.
    let r = t.run(
        &[
            "autoops",
            "check",
            "--es-url",
            &url,
            "--ca-cert",
            &ca,
            "--username",
            ADMIN,
        ],
        &[("ELASTICSEARCH_API_KEY", "id1:sekrit-key-1")],
        None,
    );
    r.code(2).stderr_has("$ELASTICSEARCH_API_KEY");
    assert!(t.es().journal().is_empty());
}

#[test]
fn bad_or_missing_url_is_usage() {
    let r = es_role(
        &[
            "autoops",
            "check",
            "--es-url",
            "es.example.com:9200",
            "--username",
            "u",
            "--password",
            "pw1234",
        ],
        &[],
        None,
    );
    r.code(2);
    assert!(
        r.stderr.contains("https://es.example.com:9200"),
        "{}",
        r.stderr
    );
    let r = es_role(
        &["autoops", "role", "--username", "u", "--password", "pw1234"],
        &[],
        None,
    );
    r.code(2);
    assert!(
        r.stderr.contains("ELASTICSEARCH_URL") && r.stderr.contains("--es-url"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("pw1234"));
}

#[test]
fn no_credentials_is_usage() {
    let t = T::new();
    let url = t.url();
    let ca = s(&t.ca);
    let r = t.run(
        &["autoops", "role", "--es-url", &url, "--ca-cert", &ca],
        &[],
        None,
    );
    r.code(2)
        .stderr_has("no credentials")
        .stderr_has("--api-key-file");
    assert!(t.es().journal().is_empty());
}

#[test]
fn a_wrong_password_is_exit_4_with_the_reason() {
    let t = T::new();
    t.secret("not-the-password");
    let mut args = vec!["autoops".to_string(), "role".into()];
    args.extend(t.conn_as(ADMIN, "not-the-password"));
    let r = t.run(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &[],
        None,
    );
    r.code(4);
    r.stderr_has(
        "authentication failed (HTTP 401): security_exception: unable to authenticate user [admin]",
    );
    r.stderr_has("hint: ");
    assert!(t.writes().is_empty());
}

#[test]
fn the_environment_variables_work() {
    let t = T::new();
    let url = t.url();
    let ca = s(&t.ca);
    let env = [
        ("ELASTICSEARCH_URL", url.as_str()),
        ("ELASTICSEARCH_CA_CERT", ca.as_str()),
        ("ELASTICSEARCH_USERNAME", ADMIN),
        ("ELASTICSEARCH_PASSWORD", ADMIN_PW),
    ];
    t.run(&["autoops", "role"], &env, None)
        .code(0)
        .stdout_has("created");
    let auth = t.es().journal()[0]
        .header("authorization")
        .unwrap()
        .to_string();
    assert!(auth.starts_with("Basic "));
}

#[test]
fn an_untrusted_certificate_is_exit_3() {
    let t = T::new();
    let pw = t.file("a.pw", ADMIN_PW);
    let url = t.url();
    let r = t.run(
        &[
            "autoops",
            "role",
            "--es-url",
            &url,
            "--username",
            ADMIN,
            "--password-file",
            &s(&pw),
        ],
        &[],
        None,
    );
    // Exit 3 (unreachable/TLS), classified as an unknown authority, with the hint to give the CA.
    r.code(3)
        .stderr_has(&format!("GET {url}/_security/role/autoops"))
        .stderr_has("x509: certificate signed by unknown authority")
        .stderr_has("--ca-cert");
    assert!(
        t.es().journal().is_empty(),
        "the handshake failed before any request"
    );
}
