//! `api-key`: the key on stdout as `id:api_key`, stored with seed 000's descriptor, usable right away.

use crate::harness::{ADMIN, ADMIN_PW, MONITOR, MONITOR_PW, T, s, seed_api_key_box};
use serde_json::json;

/// Creates a key as the admin and returns (id, secret part) after checking the run.
fn create(t: &T, extra: &[&str]) -> (String, String) {
    let mut args = vec!["api-key", "--name", "autoops-prod"];
    args.extend_from_slice(extra);
    let r = t.admin(&args);
    r.code(0);
    assert!(
        r.stdout.ends_with('\n') && r.stdout.lines().count() == 1,
        "only the key on stdout: {:?}",
        r.stdout
    );
    let (id, key) = r.stdout.trim_end().split_once(':').expect("id:api_key");
    r.stderr_has("warning: the key is shown only once");
    // The key is stdout's business only.
    assert!(!r.stderr.contains(key), "{}", r.stderr);
    t.secret(key);
    t.secret(r.stdout.trim_end());
    (id.to_string(), key.to_string())
}

#[test]
fn the_key_is_printed_as_id_colon_key_and_stored_with_the_seed_descriptor() {
    let t = T::new();
    let (id, _) = create(&t, &["--expiration", "90d"]);
    let keys = t.es().api_keys();
    assert_eq!(keys.len(), 1);
    assert_eq!(keys[0]["id"], json!(id));
    assert_eq!(keys[0]["name"], "autoops-prod");
    assert!(
        keys[0]["expiration"].as_i64().unwrap()
            > keys[0]["creation"].as_i64().unwrap() + 89 * 86_400_000
    );
    let post = t.writes();
    assert_eq!(post.len(), 1);
    assert_eq!(post[0].path, "/_security/api_key");
    let body = post[0].json();
    assert_eq!(
        body,
        json!({
            "name": "autoops-prod",
            "expiration": "90d",
            "role_descriptors": seed_api_key_box(),
            "metadata": {"managed_by": "esconnect", "tool": "es-role", "purpose": "autoops"}
        })
    );
}

#[test]
fn the_new_key_authenticates_and_holds_the_autoops_privileges() {
    let t = T::new();
    let (id, key) = create(&t, &[]);
    let key_file = t.file("autoops.key", &format!("{id}:{key}\n"));
    let url = t.url();
    let ca = s(&t.ca);
    let r = t.run(
        &[
            "autoops",
            "check",
            "--es-url",
            &url,
            "--ca-cert",
            &ca,
            "--api-key-file",
            &s(&key_file),
        ],
        &[],
        None,
    );
    r.code(0);
    assert!(
        r.stdout.starts_with(&format!(
            "OK: API key {id} of user `{ADMIN}` holds every privilege"
        )),
        "{}",
        r.stdout
    );
    // The encoded form, given on the command line, works too.
    let encoded = base64_encode(&format!("{id}:{key}"));
    t.secret(&encoded);
    t.run(
        &[
            "autoops",
            "check",
            "--es-url",
            &url,
            "--ca-cert",
            &ca,
            "--api-key",
            &encoded,
        ],
        &[],
        None,
    )
    .code(0);
    // And the environment variables.
    let env = [
        ("ELASTICSEARCH_URL", url.as_str()),
        ("ELASTICSEARCH_API_KEY", encoded.as_str()),
        ("ELASTICSEARCH_CA_CERT", ca.as_str()),
    ];
    t.run(&["autoops", "check"], &env, None).code(0);
    let auth = format!("ApiKey {encoded}");
    let checks: Vec<_> = t
        .es()
        .journal()
        .into_iter()
        .filter(|e| e.path == "/_security/user/_has_privileges")
        .collect();
    assert_eq!(checks.len(), 3);
    assert!(
        checks
            .iter()
            .all(|e| e.header("authorization") == Some(auth.as_str()))
    );
}

#[test]
fn json_output_has_id_name_encoded_and_expiration() {
    let t = T::new();
    let r = t.admin(&["api-key", "--name", "autoops-prod", "-o", "json"]);
    r.code(0);
    let v = r.json();
    let id = v["id"].as_str().unwrap().to_string();
    let colon = v["id_colon_key"].as_str().unwrap().to_string();
    let encoded = v["encoded"].as_str().unwrap().to_string();
    assert!(colon.starts_with(&format!("{id}:")));
    assert_eq!(base64_encode(&colon), encoded);
    assert!(!r.stderr.contains(&colon) && !r.stderr.contains(&encoded));
    assert_eq!(t.es().api_keys()[0]["id"], json!(id));
    let shown = r
        .stdout
        .replace(&encoded, "[ENCODED]")
        .replace(&colon, "[ID]:[KEY]")
        .replace(&id, "[ID]");
    insta::assert_snapshot!("api_key_json", shown);
}

#[test]
fn out_writes_the_key_to_a_0600_file_and_nothing_to_stdout() {
    let t = T::new();
    let out = t.path("keys.d-autoops.key");
    let r = t.admin(&["api-key", "--name", "autoops-prod", "--out", &s(&out)]);
    r.code(0);
    assert_eq!(r.stdout, "");
    let content = std::fs::read_to_string(&out).unwrap();
    let (id, key) = content.trim_end().split_once(':').unwrap();
    assert!(!r.stderr.contains(key));
    t.secret(key);
    r.stderr_has(&format!(
        "created API key `autoops-prod` (id {id}), which never expires"
    ));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    // The file is what --api-key-file reads.
    let url = t.url();
    let ca = s(&t.ca);
    t.run(
        &[
            "autoops",
            "check",
            "--es-url",
            &url,
            "--ca-cert",
            &ca,
            "--api-key-file",
            &s(&out),
        ],
        &[],
        None,
    )
    .code(0);
}

#[test]
fn verbose_logging_never_shows_the_key() {
    let t = T::new();
    for v in ["-vv", "-vvv"] {
        t.es().clear_journal();
        let r = t.admin(&["api-key", "--name", "k", v]);
        r.code(0);
        let key = r.stdout.trim_end().split_once(':').unwrap().1.to_string();
        assert!(!r.stderr.contains(&key), "{v}: {}", r.stderr);
        assert!(
            r.stderr.contains("POST") || r.stderr.contains("request"),
            "{v} logs the request: {}",
            r.stderr
        );
    }
    let mut args: Vec<String> = vec![
        "autoops".into(),
        "api-key".into(),
        "--name".into(),
        "k".into(),
    ];
    args.extend(t.conn_as(ADMIN, ADMIN_PW));
    let r = t.run(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &[("ESCONNECT_LOG", "trace")],
        None,
    );
    r.code(0);
    let key = r.stdout.trim_end().split_once(':').unwrap().1.to_string();
    assert!(
        !r.stderr.contains(&key),
        "ESCONNECT_LOG=trace: {}",
        r.stderr
    );
}

#[test]
fn bad_input_sends_nothing() {
    let t = T::new();
    for (args, needle) in [
        (
            vec!["api-key", "--name", "k", "--expiration", "90 days"],
            "--expiration `90 days` is not an Elasticsearch duration",
        ),
        (
            vec!["api-key", "--name", "k", "--expiration", "0d"],
            "is not an Elasticsearch duration",
        ),
        (vec!["api-key", "--name", " k"], "the API key name"),
        (
            vec!["api-key", "--name", "k", "--out", "/nonexistent-dir/k"],
            "does not exist",
        ),
    ] {
        let r = t.admin(&args);
        r.code(2).stderr_has(needle);
    }
    assert!(t.es().journal().is_empty(), "{:?}", t.es().journal());
    assert!(t.es().api_keys().is_empty());
}

#[test]
fn an_api_key_cannot_create_the_key() {
    let t = T::with(|c| c.api_key("seedkey0000000000001", "seedsecret000001", ADMIN, json!({})));
    t.secret("seedsecret000001");
    let url = t.url();
    let ca = s(&t.ca);
    let r = t.run(
        &[
            "autoops",
            "api-key",
            "--name",
            "k",
            "--es-url",
            &url,
            "--ca-cert",
            &ca,
            "--api-key",
            "seedkey0000000000001:seedsecret000001",
        ],
        &[],
        None,
    );
    r.code(2)
        .stderr_has("an API key cannot create the AutoOps key")
        .stderr_has("--username");
    assert!(t.es().journal().is_empty());
}

fn base64_encode(id_colon_key: &str) -> String {
    let key =
        esconnect_core::auth::ApiKey::parse(&esconnect_core::Secret::new(id_colon_key)).unwrap();
    key.encoded().expose().to_string()
}

#[test]
fn without_an_api_key_privilege_the_error_says_which() {
    let t = T::new();
    let mut args = vec![
        "autoops".to_string(),
        "api-key".into(),
        "--name".into(),
        "k".into(),
    ];
    args.extend(t.conn_as(MONITOR, MONITOR_PW));
    let r = t.run(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &[],
        None,
    );
    r.code(4);
    r.stderr_has("es-role: error: creating the API key failed: POST ");
    r.stderr_has("security_exception: action [cluster:admin/xpack/security/api_key/create] is unauthorized for user [watcher]");
    r.stderr_has(
        "hint: the credentials need the manage_own_api_key (or manage_api_key) cluster privilege",
    );
    assert_eq!(r.stdout, "");
    assert!(t.es().api_keys().is_empty());
}
