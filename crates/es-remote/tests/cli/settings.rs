//! `add` and `remove`: read-modify-write of `cluster.remote.<alias>.*`.

use crate::harness::T;
use serde_json::json;

#[test]
fn add_creates_then_leaves_unchanged() {
    let t = T::new();
    let r = t.run(&[
        "add",
        "prod",
        "--proxy-address",
        "rcs.example.com:9443",
        "--server-name",
        "rcs.example.com",
        "--skip-unavailable",
        "true",
    ]);
    r.code(0).stdout_has("remote `prod` created");
    let p = t.persistent();
    assert_eq!(p["cluster.remote.prod.mode"], "proxy");
    assert_eq!(
        p["cluster.remote.prod.proxy_address"],
        "rcs.example.com:9443"
    );
    assert_eq!(p["cluster.remote.prod.server_name"], "rcs.example.com");
    assert_eq!(p["cluster.remote.prod.skip_unavailable"], "true");
    // The write was persistent only, flat keys of this alias only.
    let writes = t.writes();
    assert_eq!(writes.len(), 1, "{writes:?}");
    let body: serde_json::Value = serde_json::from_str(&writes[0].body).unwrap();
    assert_eq!(
        body.as_object().unwrap().keys().collect::<Vec<_>>(),
        vec!["persistent"]
    );
    assert!(
        body["persistent"]
            .as_object()
            .unwrap()
            .keys()
            .all(|k| k.starts_with("cluster.remote.prod."))
    );

    t.local().clear_journal();
    let again = t.run(&[
        "add",
        "prod",
        "--proxy-address",
        "rcs.example.com:9443",
        "--server-name",
        "rcs.example.com",
        "--skip-unavailable",
        "true",
        "--output",
        "json",
    ]);
    again.code(0);
    assert_eq!(again.json()["result"], "unchanged");
    assert!(t.writes().is_empty(), "a rerun wrote: {:?}", t.writes());
}

#[test]
fn add_keeps_other_aliases_and_settings_and_unmentioned_keys() {
    let t = T::with(|c| {
        c.persistent_setting("cluster.remote.other.mode", json!("proxy"))
            .persistent_setting(
                "cluster.remote.other.proxy_address",
                json!("o.example.com:9443"),
            )
            .persistent_setting("cluster.remote.prod.mode", json!("proxy"))
            .persistent_setting(
                "cluster.remote.prod.proxy_address",
                json!("old.example.com:9443"),
            )
            .persistent_setting("cluster.remote.prod.skip_unavailable", json!("true"))
            .persistent_setting("cluster.routing.allocation.enable", json!("primaries"))
    });
    t.run(&["add", "prod", "--proxy-address", "new.example.com:9443"])
        .code(0)
        .stdout_has("remote `prod` updated: proxy_address=new.example.com:9443");
    let p = t.persistent();
    assert_eq!(
        p["cluster.remote.prod.proxy_address"],
        "new.example.com:9443"
    );
    assert_eq!(
        p["cluster.remote.prod.skip_unavailable"], "true",
        "an unmentioned key was lost"
    );
    assert_eq!(
        p["cluster.remote.other.proxy_address"],
        "o.example.com:9443"
    );
    assert_eq!(p["cluster.routing.allocation.enable"], "primaries");
}

#[test]
fn switching_mode_nulls_the_other_modes_keys_in_the_same_request() {
    let t = T::with(|c| {
        c.persistent_setting("cluster.remote.prod.mode", json!("proxy"))
            .persistent_setting(
                "cluster.remote.prod.proxy_address",
                json!("p.example.com:9443"),
            )
            .persistent_setting("cluster.remote.prod.server_name", json!("p.example.com"))
    });
    t.run(&[
        "add",
        "prod",
        "--mode",
        "sniff",
        "--seeds",
        "s1.example.com:9300,[2001:db8::1]:9300",
    ])
    .code(0);
    let p = t.persistent();
    assert_eq!(p["cluster.remote.prod.mode"], "sniff");
    assert_eq!(
        p["cluster.remote.prod.seeds"],
        json!(["s1.example.com:9300", "[2001:db8::1]:9300"])
    );
    assert!(p.get("cluster.remote.prod.proxy_address").is_none());
    assert!(p.get("cluster.remote.prod.server_name").is_none());
    assert_eq!(t.writes().len(), 1, "one request, not two");
}

#[test]
fn dry_run_shows_the_change_and_writes_nothing() {
    let t = T::new();
    let r = t.run(&[
        "add",
        "prod",
        "--proxy-address",
        "rcs.example.com:9443",
        "--dry-run",
    ]);
    r.code(0).stderr_has("dry run: nothing was changed");
    insta::assert_snapshot!(t.stable(&r.stdout), @r#"
    PUT https://127.0.0.1:[PORT]/_cluster/settings
    {
      "persistent": {
        "cluster.remote.prod.mode": "proxy",
        "cluster.remote.prod.proxy_address": "rcs.example.com:9443"
      }
    }
    "#);
    assert!(t.writes().is_empty());
    assert!(t.persistent().get("cluster.remote.prod.mode").is_none());
}

#[test]
fn bad_input_exits_2_and_sends_nothing() {
    let t = T::new();
    for (args, needle) in [
        (
            vec!["add", "a.b", "--proxy-address", "h:9443"],
            "contains `.`",
        ),
        (
            vec!["add", "prod", "--proxy-address", "rcs.example.com"],
            "has no port",
        ),
        (
            vec!["add", "prod", "--proxy-address", "2001:db8::1:9443"],
            "without brackets",
        ),
        (
            vec!["add", "prod", "--proxy-address", "https://h:9443"],
            "is a URL",
        ),
        (
            vec![
                "add",
                "prod",
                "--proxy-address",
                "h:9443",
                "--seeds",
                "s:9300",
            ],
            "different modes",
        ),
        (
            vec![
                "add",
                "prod",
                "--mode",
                "sniff",
                "--seeds",
                "s:9300",
                "--server-name",
                "x",
            ],
            "other mode",
        ),
        (vec!["add", "prod"], "no address"),
        (vec!["remove", "nope"], "no remote cluster `nope`"),
        (vec!["status", "bad alias"], "contains ` `"),
    ] {
        t.local().clear_journal();
        let r = t.run(&args);
        r.code(2).stderr_has(needle);
        assert!(t.writes().is_empty(), "{args:?} wrote {:?}", t.writes());
        if args[0] == "add" {
            assert!(
                t.local().journal().is_empty(),
                "{args:?} sent {:?}",
                t.local().journal()
            );
        }
    }
}

#[test]
fn clap_rejects_zero_connections_with_exit_2() {
    let t = T::new();
    t.run(&[
        "add",
        "prod",
        "--proxy-address",
        "h:9443",
        "--proxy-socket-connections",
        "0",
    ])
    .code(2);
    assert!(t.local().journal().is_empty());
}

#[test]
fn remove_nulls_exactly_that_alias() {
    let t = T::with(|c| {
        c.persistent_setting("cluster.remote.prod.mode", json!("proxy"))
            .persistent_setting(
                "cluster.remote.prod.proxy_address",
                json!("p.example.com:9443"),
            )
            .persistent_setting("cluster.remote.prod.skip_unavailable", json!("false"))
            .persistent_setting("cluster.remote.prod2.mode", json!("proxy"))
            .persistent_setting(
                "cluster.remote.prod2.proxy_address",
                json!("q.example.com:9443"),
            )
            .persistent_setting("cluster.remote.initial_connect_timeout", json!("45s"))
    });
    let r = t.run(&["remove", "prod"]);
    r.code(0)
        .stdout_has("remote `prod` removed")
        .stderr_has("elasticsearch-keystore remove cluster.remote.prod.credentials");
    let p = t.persistent();
    assert!(
        p.as_object()
            .unwrap()
            .keys()
            .all(|k| !k.starts_with("cluster.remote.prod.")),
        "{p}"
    );
    assert_eq!(
        p["cluster.remote.prod2.proxy_address"],
        "q.example.com:9443"
    );
    assert_eq!(p["cluster.remote.initial_connect_timeout"], "45s");
    // Removing it again: an error that lists what is there.
    t.run(&["remove", "prod"])
        .code(2)
        .stderr_has("known aliases: prod2");
}

#[test]
fn missing_credentials_is_a_usage_error() {
    let t = T::new();
    let env = vec![
        ("ELASTICSEARCH_URL".to_string(), t.local().url()),
        (
            "ELASTICSEARCH_CA_CERT".to_string(),
            crate::harness::s(&t.ca),
        ),
    ];
    let r = crate::harness::es_remote(&["list"], &env, None);
    r.code(2).stderr_has("no credentials");
    assert!(t.local().journal().is_empty());
}
