//! `cross-cluster-key`: create (only the encoded key on stdout), update (read-modify-write), list (expiry,
//! soonest first), invalidate; version gates; nothing sent on bad input or in a dry run; no key leaks.

use crate::harness::{ADMIN, T, assert_spec_shape, s, spec_request_shape};
use base64::Engine as _;
use serde_json::{Value, json};

/// Fields of a cross-cluster key request that the specification defines and its examples leave out
/// (elastic-facts §3.1).
const DOCUMENTED: &[&str] = &[
    "query",
    "field_security",
    "allow_restricted_indices",
    "certificate_identity",
    "expiration",
];

/// Creates a key as the admin; returns (id, encoded) after checking that stdout is exactly the encoded
/// key, that it decodes to `id:secret`, and registering both as secrets.
fn create(t: &T, extra: &[&str]) -> (String, String) {
    let mut args = vec!["cross-cluster-key", "create", "--name", "to-local"];
    args.extend_from_slice(extra);
    let r = t.top(&args);
    r.code(0);
    assert!(
        r.stdout.ends_with('\n') && r.stdout.lines().count() == 1,
        "only the key on stdout: {:?}",
        r.stdout
    );
    let encoded = r.stdout.trim_end().to_string();
    let decoded = String::from_utf8(
        base64::engine::general_purpose::STANDARD
            .decode(&encoded)
            .expect("stdout is base64"),
    )
    .unwrap();
    let (id, secret) = decoded.split_once(':').expect("id:api_key inside");
    assert!(!r.stderr.contains(&encoded) && !r.stderr.contains(secret));
    t.secret(&encoded);
    t.secret(secret);
    t.secret(&decoded);
    r.stderr_has(&format!(
        "created cross-cluster API key `to-local` (id {id})"
    ));
    (id.to_string(), encoded)
}

fn key(t: &T, id: &str) -> Value {
    t.es()
        .api_keys()
        .into_iter()
        .find(|k| k["id"] == json!(id))
        .expect("the key exists")
}

/// `[NAME]` padded with `_` to the width of what it replaces, so tables stay aligned.
fn placeholder(name: &str, like: &str) -> String {
    format!("{name:_<width$}", width = like.len())
}

fn redact(t: &T, text: &str, ids: &[&str]) -> String {
    let mut out = t.stable(text);
    for (i, id) in ids.iter().enumerate() {
        out = out.replace(id, &placeholder(&format!("[ID{}]", i + 1), id));
    }
    out
}

#[test]
fn create_prints_only_the_encoded_key_and_sends_the_spec_shape() {
    let t = T::new();
    let (id, _) = create(
        &t,
        &[
            "--search",
            "logs-*,metrics-*",
            "--replication",
            "archive-*",
            "--expiration",
            "90d",
            "--metadata",
            "team=search",
        ],
    );
    let writes = t.writes();
    assert_eq!(writes.len(), 1);
    assert_eq!(
        (writes[0].method.as_str(), writes[0].path.as_str()),
        ("POST", "/_security/cross_cluster/api_key")
    );
    let body = writes[0].json();
    assert_eq!(
        body,
        json!({
            "name": "to-local",
            "expiration": "90d",
            "access": {"search": [{"names": ["logs-*", "metrics-*"]}], "replication": [{"names": ["archive-*"]}]},
            "metadata": {"managed_by": "esconnect", "tool": "es-role", "purpose": "cross-cluster", "team": "search"}
        })
    );
    if let Some(spec) = spec_request_shape("security.create_cross_cluster_api_key") {
        assert_spec_shape(&body, &spec, &["metadata"], DOCUMENTED);
    }
    // The version was read first, and the key is a cross-cluster key with what was asked.
    assert_eq!(t.es().journal()[0].path, "/");
    let k = key(&t, &id);
    assert_eq!(k["type"], "cross_cluster");
    assert_eq!(k["access"]["replication"][0]["names"], json!(["archive-*"]));
    assert!(k["expiration"].as_i64().unwrap() > k["creation"].as_i64().unwrap() + 89 * 86_400_000);
}

#[test]
fn json_output_has_id_name_encoded_and_expiration() {
    let t = T::new();
    let r = t.top(&[
        "cross-cluster-key",
        "create",
        "--name",
        "to-local",
        "--search",
        "logs-*",
        "-o",
        "json",
    ]);
    r.code(0);
    let v = r.json();
    let (id, encoded) = (
        v["id"].as_str().unwrap().to_string(),
        v["encoded"].as_str().unwrap().to_string(),
    );
    t.secret(&encoded);
    assert!(!r.stderr.contains(&encoded));
    assert_eq!(key(&t, &id)["name"], "to-local");
    insta::assert_snapshot!(
        "cc_create_json",
        r.stdout.replace(&encoded, "[ENCODED]").replace(&id, "[ID]")
    );
}

#[test]
fn out_writes_the_encoded_key_to_a_0600_file_and_logs_never_show_it() {
    let t = T::new();
    let out = t.path("cc.key");
    let mut args: Vec<String> = [
        "cross-cluster-key",
        "create",
        "--name",
        "to-local",
        "--search",
        "logs-*",
        "--out",
        &s(&out),
        "-vvv",
    ]
    .iter()
    .map(|a| a.to_string())
    .collect();
    args.extend(t.conn_as(ADMIN, crate::harness::ADMIN_PW));
    let r = t.run_clean_argv(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &[("ESCONNECT_LOG", "trace")],
    );
    r.code(0);
    assert_eq!(r.stdout, "");
    let content = std::fs::read_to_string(&out).unwrap();
    let encoded = content.trim_end();
    assert!(content.ends_with('\n') && !encoded.contains('\n'));
    // run() already checked the registered secrets; this one is new.
    assert!(!r.stderr.contains(encoded), "{}", r.stderr);
    t.secret(encoded);
    assert!(
        r.stderr.contains("POST"),
        "the request is logged: {}",
        r.stderr
    );
    r.stderr_has("(mode 0600)");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
}

#[test]
fn dry_run_reads_the_version_and_sends_nothing() {
    let t = T::new();
    let r = t.top(&[
        "cross-cluster-key",
        "create",
        "--name",
        "to-local",
        "--search",
        "logs-*",
        "--query",
        r#"{"term": {"tenant": "a"}}"#,
        "--dry-run",
    ]);
    r.code(0);
    assert!(t.writes().is_empty());
    assert!(t.es().api_keys().is_empty());
    insta::assert_snapshot!("cc_create_dry_run", t.stable(&r.stdout));
    r.stderr_has("dry run: nothing was sent");
}

#[test]
fn versions_before_8_14_and_certificate_identity_before_9_3_are_refused() {
    let t = T::version("8.13.4", |c| c);
    let r = t.top(&[
        "cross-cluster-key",
        "create",
        "--name",
        "k",
        "--search",
        "logs-*",
    ]);
    r.code(1)
        .stderr_has("the cluster runs Elasticsearch 8.13.4, and a cross-cluster API key (the API key model) needs 8.14 or later: nothing was sent");
    assert!(t.writes().is_empty());

    let t = T::version("9.2.0", |c| c);
    let args = [
        "cross-cluster-key",
        "create",
        "--name",
        "k",
        "--search",
        "logs-*",
        "--certificate-identity",
        "CN=.*.node.abc.cluster.*",
    ];
    t.top(&args)
        .code(1)
        .stderr_has("--certificate-identity (strong identity verification) needs 9.3 or later");
    assert!(t.writes().is_empty());
    // Without it, 9.2 is fine.
    create(&t, &args[4..6]);

    let t = T::version("9.3.0", |c| c);
    let (id, _) = create(&t, &args[4..]);
    let body = t.writes()[0].json();
    assert_eq!(body["certificate_identity"], "CN=.*.node.abc.cluster.*");
    assert_eq!(
        key(&t, &id)["certificate_identity"],
        "CN=.*.node.abc.cluster.*"
    );
    // Updating it to the same pattern sends nothing; another pattern is sent.
    let r = t.top(&[
        "cross-cluster-key",
        "update",
        &id,
        "--certificate-identity",
        "CN=.*.node.abc.cluster.*",
    ]);
    r.code(0).stdout_has("unchanged");
    assert_eq!(t.writes().len(), 1);
    t.top(&[
        "cross-cluster-key",
        "update",
        &id,
        "--certificate-identity",
        "CN=.*.node.xyz.cluster.*",
    ])
    .code(0);
    assert_eq!(
        key(&t, &id)["certificate_identity"],
        "CN=.*.node.xyz.cluster.*"
    );
}

#[test]
fn bad_input_exits_2_and_sends_nothing() {
    let t = T::with(|c| c.api_key("restkey0000000000001", "restsecret000001", ADMIN, json!({})));
    let out_in_missing_dir = s(&t.path("nope").join("k"));
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["create", "--name", "k"], "--search"),
        (
            vec![
                "create",
                "--name",
                "k",
                "--query",
                "{}",
                "--replication",
                "a",
            ],
            "--search",
        ),
        (
            vec![
                "create",
                "--name",
                "k",
                "--search",
                "a",
                "--replication",
                "b",
                "--query",
                "{}",
            ],
            "refuses --query or --field-security on search access when the key also grants replication",
        ),
        (
            vec!["create", "--name", "k", "--search", "a", "--query", "{oops"],
            "--query is not valid JSON",
        ),
        (
            vec!["create", "--name", "k", "--search", "a", "--query", "[1]"],
            "--query is not a JSON object",
        ),
        (
            vec![
                "create",
                "--name",
                "k",
                "--search",
                "a",
                "--field-security",
                r#"{"grant": "*"}"#,
            ],
            "--field-security takes only `grant` and `except`",
        ),
        (
            vec!["create", "--name", "k", "--search", "a,,b"],
            "--search holds ``",
        ),
        (
            vec![
                "create",
                "--name",
                "k",
                "--search",
                "a",
                "--metadata",
                "_x=1",
            ],
            "--metadata key `_x`",
        ),
        (
            vec![
                "create",
                "--name",
                "k",
                "--search",
                "a",
                "--metadata",
                "managed_by=me",
            ],
            "is set by es-role itself",
        ),
        (
            vec![
                "create",
                "--name",
                "k",
                "--search",
                "a",
                "--metadata",
                "novalue",
            ],
            "is not KEY=VALUE",
        ),
        (
            vec![
                "create",
                "--name",
                "k",
                "--search",
                "a",
                "--expiration",
                "90 days",
            ],
            "--expiration `90 days`",
        ),
        (
            vec!["create", "--name", " k", "--search", "a"],
            "the API key name",
        ),
        (
            vec![
                "create",
                "--name",
                "k",
                "--search",
                "a",
                "--out",
                &out_in_missing_dir,
            ],
            "does not exist",
        ),
        (
            vec!["update", "restkey0000000000001"],
            "nothing to update was given",
        ),
        (
            vec!["update", "id:secret", "--search", "a"],
            "is not an API key id",
        ),
        (vec!["invalidate", "a/b"], "is not an API key id"),
        (
            vec!["list", "--expiring-within", "soon"],
            "--expiring-within `soon`",
        ),
    ];
    for (args, needle) in cases {
        let mut all = vec!["cross-cluster-key"];
        all.extend(args.iter());
        let r = t.top(&all);
        r.code(2).stderr_has(needle);
    }
    assert!(t.es().journal().is_empty(), "{:?}", t.es().journal());
}

#[test]
fn an_api_key_cannot_create_or_update_one() {
    let t = T::with(|c| c.api_key("restkey0000000000001", "restsecret000001", ADMIN, json!({})));
    t.secret("restsecret000001");
    let key_file = t.file("admin.key", "restkey0000000000001:restsecret000001\n");
    let (url, ca, kf) = (t.url(), s(&t.ca), s(&key_file));
    for sub in [
        &["create", "--name", "k", "--search", "a"][..],
        &["update", "restkey0000000000001", "--search", "a"],
    ] {
        let mut args = vec!["cross-cluster-key"];
        args.extend_from_slice(sub);
        args.extend(["--es-url", &url, "--ca-cert", &ca, "--api-key-file", &kf]);
        t.run_clean_argv(&args, &[])
            .code(2)
            .stderr_has("an API key cannot")
            .stderr_has("--username");
    }
    assert!(t.es().journal().is_empty());
}

#[test]
fn update_reads_the_key_keeps_the_rest_and_reruns_change_nothing() {
    let t = T::new();
    let (id, _) = create(&t, &["--search", "logs-*", "--metadata", "team=search"]);
    t.es().clear_journal();

    // Replication added: the search access read back is sent again, as is.
    let r = t.top(&[
        "cross-cluster-key",
        "update",
        &id,
        "--replication",
        "archive-*",
    ]);
    r.code(0);
    insta::assert_snapshot!("cc_update_text", redact(&t, &r.stdout, &[&id]));
    let writes = t.writes();
    assert_eq!(writes.len(), 1);
    assert_eq!(writes[0].method, "PUT");
    assert_eq!(
        writes[0].path,
        format!("/_security/cross_cluster/api_key/{id}")
    );
    let body = writes[0].json();
    assert_eq!(
        body,
        json!({"access": {
            "search": [{"names": ["logs-*"], "allow_restricted_indices": false}],
            "replication": [{"names": ["archive-*"]}]
        }})
    );
    if let (Some(mut spec), Some(create)) = (
        spec_request_shape("security.update_cross_cluster_api_key"),
        spec_request_shape("security.create_cross_cluster_api_key"),
    ) {
        // Both APIs take the same `Access` type (security/_types/Access.ts); the update example shows
        // only its replication part.
        crate::harness::merge_shape(&mut spec["access"], &create["access"]);
        assert_spec_shape(&body, &spec, &["metadata"], DOCUMENTED);
    }
    // The key was read before the change.
    let journal = t.es().journal();
    assert!(
        journal.iter().position(|e| e.method == "GET"
            && e.path == "/_security/api_key"
            && e.query.as_deref() == Some(&format!("id={id}")))
            < journal.iter().position(|e| e.method == "PUT")
    );
    let k = key(&t, &id);
    assert_eq!(k["access"]["search"][0]["names"], json!(["logs-*"]));
    assert_eq!(k["access"]["replication"][0]["names"], json!(["archive-*"]));

    // The same again: nothing is sent.
    t.es().clear_journal();
    let r = t.top(&[
        "cross-cluster-key",
        "update",
        &id,
        "--replication",
        "archive-*",
        "--metadata",
        "team=search",
    ]);
    r.code(0)
        .stdout_has("unchanged")
        .stdout_has("nothing was sent");
    assert!(t.writes().is_empty());

    // Metadata merges into what the key has; the tool's marks stay.
    t.top(&["cross-cluster-key", "update", &id, "--metadata", "env=prod"])
        .code(0);
    let body = t.writes()[0].json();
    assert_eq!(
        body,
        json!({"metadata": {"managed_by": "esconnect", "tool": "es-role", "purpose": "cross-cluster", "team": "search", "env": "prod"}})
    );
    assert_eq!(key(&t, &id)["metadata"]["env"], "prod");

    // A new expiration; a dry run of another change sends nothing.
    t.es().clear_journal();
    t.top(&["cross-cluster-key", "update", &id, "--expiration", "30d"])
        .code(0);
    assert_eq!(t.writes()[0].json(), json!({"expiration": "30d"}));
    let exp = key(&t, &id)["expiration"].as_i64().unwrap();
    assert!(exp > key(&t, &id)["creation"].as_i64().unwrap() + 29 * 86_400_000);
    t.es().clear_journal();
    let r = t.top(&[
        "cross-cluster-key",
        "update",
        &id,
        "--search",
        "other-*",
        "--dry-run",
    ]);
    r.code(0).stdout_has(&format!(
        "PUT https://127.0.0.1:{}/_security/cross_cluster/api_key/{id}",
        t.es().port()
    ));
    assert!(t.writes().is_empty());
    assert_eq!(
        key(&t, &id)["access"]["search"][0]["names"],
        json!(["logs-*"])
    );
}

#[test]
fn update_and_invalidate_refuse_what_is_not_a_cross_cluster_key() {
    let t = T::with(|c| c.api_key("restkey0000000000001", "restsecret000001", ADMIN, json!({})));
    t.top(&[
        "cross-cluster-key",
        "update",
        "restkey0000000000001",
        "--search",
        "a",
    ])
    .code(1)
    .stderr_has("the API key restkey0000000000001 is of type `rest`, not a cross-cluster API key");
    t.top(&["cross-cluster-key", "invalidate", "restkey0000000000001"])
        .code(1)
        .stderr_has("not a cross-cluster API key");
    t.top(&["cross-cluster-key", "invalidate", "doesnotexist00000001"])
        .code(1)
        .stderr_has("there is no API key with id doesnotexist00000001")
        .stderr_has("es-role cross-cluster-key list");
    assert!(t.writes().is_empty());
    assert_eq!(t.es().api_keys()[0]["invalidated"], false);
}

#[test]
fn list_shows_cross_cluster_keys_soonest_expiry_first_and_flags_expiring_ones() {
    let t = T::with(|c| c.api_key("restkey0000000000001", "restsecret000001", ADMIN, json!({})));
    let (never, _) = create(&t, &["--search", "logs-*"]);
    let (soon, _) = create(&t, &["--replication", "archive-*", "--expiration", "10d"]);
    let (later, _) = create(
        &t,
        &[
            "--search",
            "metrics-*",
            "--replication",
            "leader-*",
            "--expiration",
            "90d",
        ],
    );
    t.es().clear_journal();

    let r = t.top(&["cross-cluster-key", "list"]);
    r.code(0);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{}", r.stdout);
    assert!(
        lines[1].starts_with(&soon) && lines[2].starts_with(&later) && lines[3].starts_with(&never)
    );
    assert!(!r.stdout.contains("restkey"));
    // The dates first, padded so the table stays aligned (the generic rule would not pad them).
    let mut text = r.stdout.clone();
    for k in [&soon, &later] {
        let at = key(&t, k)["expiration"].as_i64().unwrap();
        let shown = json_expires_at(&t, k);
        assert!(shown.ends_with('Z'), "{shown} for {at}");
        text = text.replace(&shown, &placeholder("[DATE]", &shown));
    }
    let text = redact(&t, &text, &[&soon, &later, &never]);
    insta::assert_snapshot!("cc_list_text", text);
    assert!(t.writes().is_empty());

    let r = t.top(&["cross-cluster-key", "list", "--expiring-within", "30d"]);
    r.code(1).stderr_has(&format!(
        "1 cross-cluster API key expired or expire within 30d: {soon}"
    ));
    assert!(r.stdout.lines().nth(1).unwrap().contains("expiring"));
    t.top(&["cross-cluster-key", "list", "--expiring-within", "5d"])
        .code(0);

    let r = t.top(&["cross-cluster-key", "list", "-o", "json"]);
    let v = r.json();
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [soon.as_str(), later.as_str(), never.as_str()]);
    assert_eq!(v[0]["status"], "active");
    assert_eq!(v[0]["expiration"], key(&t, &soon)["expiration"]);
    assert_eq!(v[2]["expiration"], Value::Null);
    assert_eq!(
        v[1]["access"]["replication"][0]["names"],
        json!(["leader-*"])
    );
}

/// The `expires_at` the JSON list shows for a key.
fn json_expires_at(t: &T, id: &str) -> String {
    let r = t.top(&["cross-cluster-key", "list", "-o", "json"]);
    r.json()
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["id"] == json!(id))
        .unwrap()["expires_at"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn invalidate_sends_the_spec_body_once() {
    let t = T::new();
    let (id, encoded) = create(&t, &["--search", "logs-*"]);
    t.es().clear_journal();
    let r = t.top(&["cross-cluster-key", "invalidate", &id, "--dry-run"]);
    r.code(0);
    assert!(t.writes().is_empty());
    insta::assert_snapshot!("cc_invalidate_dry_run", redact(&t, &r.stdout, &[&id]));

    let r = t.top(&["cross-cluster-key", "invalidate", &id]);
    r.code(0)
        .stdout_has(&format!("cross-cluster API key {id} invalidated"));
    let writes = t.writes();
    assert_eq!(writes.len(), 1);
    assert_eq!(
        (writes[0].method.as_str(), writes[0].path.as_str()),
        ("DELETE", "/_security/api_key")
    );
    let body = writes[0].json();
    assert_eq!(body, json!({"ids": [id]}));
    if let Some(spec) = spec_request_shape("security.invalidate_api_key") {
        assert_spec_shape(&body, &spec, &[], &[]);
    }
    assert_eq!(key(&t, &id)["invalidated"], true);
    assert!(!encoded.is_empty());

    // Again: nothing sent. The plain list no longer shows it; --all does.
    t.es().clear_journal();
    t.top(&["cross-cluster-key", "invalidate", &id])
        .code(0)
        .stdout_has("already invalidated");
    assert!(t.writes().is_empty());
    let r = t.top(&["cross-cluster-key", "list"]);
    assert_eq!(r.stdout, "no cross-cluster API keys\n");
    let r = t.top(&["cross-cluster-key", "list", "--all"]);
    r.stdout_has(&id).stdout_has("invalidated");
    // An invalidated key cannot be updated: refused before anything is sent.
    t.top(&["cross-cluster-key", "update", &id, "--search", "x"])
        .code(1)
        .stderr_has("is invalidated");
    assert!(t.writes().is_empty());
}

#[test]
fn the_spec_shape_check_catches_unknown_fields_and_wrong_types() {
    let Some(spec) = spec_request_shape("security.create_cross_cluster_api_key") else {
        return;
    };
    let good = json!({"name": "k", "access": {"search": [{"names": ["a"]}]}});
    assert_spec_shape(&good, &spec, &[], &[]);
    for bad in [
        json!({"name": "k", "acess": {}}),
        json!({"name": "k", "access": {"search": {"names": ["a"]}}}),
        json!({"name": "k", "access": {"search": [{"names": "a"}]}}),
    ] {
        let caught = std::panic::catch_unwind(|| assert_spec_shape(&bad, &spec, &[], &[]));
        assert!(caught.is_err(), "{bad} passed the shape check");
    }
}

#[test]
fn without_manage_security_the_error_is_exit_4_with_the_privilege() {
    use crate::harness::{MONITOR, MONITOR_PW};
    let t = T::new();
    let mut args: Vec<String> = [
        "cross-cluster-key",
        "create",
        "--name",
        "k",
        "--search",
        "a",
    ]
    .iter()
    .map(|a| a.to_string())
    .collect();
    args.extend(t.conn_as(MONITOR, MONITOR_PW));
    let r = t.run_clean_argv(&args.iter().map(String::as_str).collect::<Vec<_>>(), &[]);
    r.code(4)
        .stderr_has("creating the cross-cluster API key failed: POST ")
        .stderr_has("is unauthorized for user [watcher]")
        .stderr_has("hint: the credentials need the manage_security cluster privilege");
    assert_eq!(r.stdout, "");
    assert!(t.es().api_keys().is_empty());
    t.es().clear_journal();
    let mut args: Vec<String> = [
        "remote-role",
        "r",
        "--cluster",
        "a",
        "--indices",
        "x",
        "--for",
        "ccs",
    ]
    .iter()
    .map(|a| a.to_string())
    .collect();
    args.extend(t.conn_as(MONITOR, MONITOR_PW));
    t.run_clean_argv(&args.iter().map(String::as_str).collect::<Vec<_>>(), &[])
        .code(4)
        .stderr_has("hint: the credentials need the manage_security cluster privilege");
    assert!(t.writes().is_empty());
    assert!(t.es().role("r").is_none());
}

#[test]
fn a_query_read_back_as_a_string_compares_equal_to_the_same_query_given() {
    let t = T::new();
    let q = r#"{"term": {"tenant": "a"}}"#;
    let fs = r#"{"grant": ["*"], "except": ["secret"]}"#;
    let (id, _) = create(
        &t,
        &["--search", "logs-*", "--query", q, "--field-security", fs],
    );
    let sent = t.writes()[0].json();
    assert_eq!(
        sent["access"]["search"][0]["query"],
        json!({"term": {"tenant": "a"}})
    );
    // Elasticsearch keeps the query as a string.
    assert!(key(&t, &id)["access"]["search"][0]["query"].is_string());
    t.es().clear_journal();
    let args = [
        "cross-cluster-key",
        "update",
        &id,
        "--search",
        "logs-*",
        "--query",
        q,
        "--field-security",
        fs,
    ];
    t.top(&args).code(0).stdout_has("unchanged");
    assert!(t.writes().is_empty());
    // Another query is a change, and the field security given again is kept.
    t.top(&[
        "cross-cluster-key",
        "update",
        &id,
        "--search",
        "logs-*",
        "--query",
        r#"{"term": {"tenant": "b"}}"#,
        "--field-security",
        fs,
    ])
    .code(0)
    .stdout_has("updated (access)");
    let k = key(&t, &id);
    assert!(
        k["access"]["search"][0]["query"]
            .as_str()
            .unwrap()
            .contains("\"b\"")
    );
    assert_eq!(
        k["access"]["search"][0]["field_security"],
        json!({"grant": ["*"], "except": ["secret"]})
    );
}

#[test]
fn dropping_a_query_by_giving_search_alone_is_warned_about() {
    let t = T::new();
    let (id, _) = create(
        &t,
        &[
            "--search",
            "logs-*",
            "--query",
            r#"{"term": {"tenant": "a"}}"#,
        ],
    );
    let r = t.top(&["cross-cluster-key", "update", &id, "--search", "logs-*"]);
    r.code(0)
        .stderr_has("warning: the key's search access has a query that --search without --query/--field-security drops");
    assert!(key(&t, &id)["access"]["search"][0].get("query").is_none());
}

#[test]
fn no_replication_removes_one_side_and_keeps_the_other() {
    let t = T::new();
    let (id, _) = create(&t, &["--search", "logs-*", "--replication", "archive-*"]);
    t.es().clear_journal();
    t.top(&["cross-cluster-key", "update", &id, "--no-replication"])
        .code(0);
    assert_eq!(
        t.writes()[0].json(),
        json!({"access": {"search": [{"names": ["logs-*"], "allow_restricted_indices": false}]}})
    );
    let k = key(&t, &id);
    assert!(k["access"].get("replication").is_none());
    // Again: nothing to remove, nothing sent. Removing the last side is refused.
    t.es().clear_journal();
    t.top(&["cross-cluster-key", "update", &id, "--no-replication"])
        .code(0)
        .stdout_has("unchanged");
    t.top(&["cross-cluster-key", "update", &id, "--no-search"])
        .code(2)
        .stderr_has("neither search nor replication");
    assert!(t.writes().is_empty());
}

#[test]
fn ids_may_start_with_a_hyphen() {
    // Elasticsearch's ids are URL-safe base64: `-` and `_` may come first.
    let t = T::with(|c| c.api_key("-restkey000000000001", "restsecret000001", ADMIN, json!({})));
    for args in [
        vec!["cross-cluster-key", "invalidate", "-restkey000000000001"],
        vec![
            "cross-cluster-key",
            "update",
            "-restkey000000000001",
            "--search",
            "a",
        ],
        vec![
            "cross-cluster-key",
            "update",
            "--search",
            "a",
            "-restkey000000000001",
        ],
    ] {
        t.top(&args)
            .code(1)
            .stderr_has("the API key -restkey000000000001 is of type `rest`");
    }
    assert!(t.writes().is_empty());
}

#[test]
fn only_the_owner_may_update_a_key() {
    let t = T::new();
    let (id, _) = create(&t, &["--search", "logs-*"]);
    t.es().clear_journal();
    let mut args: Vec<String> = ["cross-cluster-key", "update", &id, "--search", "other-*"]
        .iter()
        .map(|a| a.to_string())
        .collect();
    args.extend(t.conn_as("elastic", "changeme"));
    t.run_clean_argv(&args.iter().map(String::as_str).collect::<Vec<_>>(), &[])
        .code(1)
        .stderr_has(&format!(
            "the cross-cluster API key {id} belongs to user `{ADMIN}`"
        ))
        .stderr_has(&format!("--username {ADMIN}"));
    assert!(t.writes().is_empty());
}
