//! `remote-role`: remote_indices and remote_cluster for one alias, read-modify-write, version gates.

use crate::harness::{T, assert_spec_shape, spec_request_shape};
use serde_json::json;

/// Fields of a role the specification defines and its request examples leave out (elastic-facts §3.2).
const DOCUMENTED: &[&str] = &["allow_restricted_indices", "global", "transient_metadata"];

fn check_shape(body: &serde_json::Value) {
    if let Some(spec) = spec_request_shape("security.put_role") {
        assert_spec_shape(body, &spec, &["metadata"], DOCUMENTED);
    }
}

#[test]
fn ccs_preset_creates_the_docs_role_and_a_rerun_changes_nothing() {
    let t = T::new();
    let args = [
        "remote-role",
        "analysts",
        "--cluster",
        "prod-remote",
        "--indices",
        "logs-*,metrics-*",
        "--for",
        "ccs",
        "--remote-cluster-privileges",
        "monitor_stats",
    ];
    let r = t.top(&args);
    r.code(0);
    insta::assert_snapshot!("remote_role_created", t.stable(&r.stdout));
    let writes = t.writes();
    assert_eq!(writes.len(), 1);
    assert_eq!(
        (writes[0].method.as_str(), writes[0].path.as_str()),
        ("PUT", "/_security/role/analysts")
    );
    let body = writes[0].json();
    assert_eq!(
        body,
        json!({
            "remote_indices": [{"clusters": ["prod-remote"], "names": ["logs-*", "metrics-*"], "privileges": ["read", "read_cross_cluster", "view_index_metadata"]}],
            "remote_cluster": [{"clusters": ["prod-remote"], "privileges": ["monitor_stats"]}],
            "metadata": {"managed_by": "esconnect", "tool": "es-role", "purpose": "remote-cluster"}
        })
    );
    check_shape(&body);
    let stored = t.es().role("analysts").unwrap();
    assert_eq!(
        stored["remote_indices"][0]["clusters"],
        json!(["prod-remote"])
    );

    t.es().clear_journal();
    let r = t.top(&args);
    r.code(0).stdout_has("role `analysts` unchanged");
    assert!(t.writes().is_empty());
}

#[test]
fn an_existing_role_keeps_everything_else() {
    let existing = json!({
        "cluster": ["monitor"],
        "indices": [{"names": ["local-*"], "privileges": ["read"]}],
        "metadata": {"team": "sre"},
        "description": "hand made",
        "remote_indices": [{"clusters": ["other"], "names": ["x-*"], "privileges": ["read"]}],
        "remote_cluster": [{"clusters": ["other"], "privileges": ["monitor_enrich"]}]
    });
    let t = T::with(|c| c.role("replicator", existing.clone()));
    let before = t.es().role("replicator").unwrap();
    let args = [
        "remote-role",
        "replicator",
        "--cluster",
        "leader",
        "--indices",
        "leader-index",
        "--for",
        "ccr",
    ];
    let r = t.top(&args);
    r.code(0).stdout_has("role `replicator` updated");
    let body = t.writes()[0].json();
    check_shape(&body);
    let after = t.es().role("replicator").unwrap();
    assert_eq!(after["cluster"], json!(["monitor", "manage_ccr"]));
    for field in [
        "indices",
        "metadata",
        "description",
        "remote_cluster",
        "applications",
        "run_as",
    ] {
        assert_eq!(after[field], before[field], "{field}");
    }
    assert_eq!(
        after["remote_indices"],
        json!([
            before["remote_indices"][0],
            {"names": ["leader-index"], "privileges": ["cross_cluster_replication"], "allow_restricted_indices": false, "clusters": ["leader"]}
        ])
    );
    // Twice changes nothing.
    t.es().clear_journal();
    t.top(&args).code(0).stdout_has("unchanged");
    assert!(t.writes().is_empty());
    // Other privileges for the same indices of the alias replace that entry only.
    t.top(&[
        "remote-role",
        "replicator",
        "--cluster",
        "leader",
        "--indices",
        "leader-index",
        "--privileges",
        "cross_cluster_replication,read",
    ])
    .code(0)
    .stdout_has("(changed: remote_indices)");
    let after = t.es().role("replicator").unwrap();
    assert_eq!(after["remote_indices"].as_array().unwrap().len(), 2);
    assert_eq!(
        after["remote_indices"][1]["privileges"],
        json!(["cross_cluster_replication", "read"])
    );
}

#[test]
fn dry_run_shows_the_put_and_sends_nothing() {
    let t = T::with(|c| c.role("analysts", json!({"cluster": ["monitor"]})));
    let r = t.top(&[
        "remote-role",
        "analysts",
        "--cluster",
        "prod-remote",
        "--indices",
        "logs-*",
        "--privileges",
        "read",
        "--dry-run",
    ]);
    r.code(0);
    insta::assert_snapshot!("remote_role_dry_run", t.stable(&r.stdout));
    r.stderr_has("only remote_indices would change");
    assert!(t.writes().is_empty());
    assert!(
        t.es()
            .role("analysts")
            .unwrap()
            .get("remote_indices")
            .is_none()
    );
}

#[test]
fn version_gates_are_checked_before_sending() {
    let base = [
        "remote-role",
        "r",
        "--cluster",
        "a",
        "--indices",
        "logs-*",
        "--for",
        "ccs",
    ];
    let with = |extra: &[&'static str]| {
        let mut v = base.to_vec();
        v.extend_from_slice(extra);
        v
    };
    for (version, extra, needle) in [
        (
            "8.13.4",
            with(&[]),
            "a role's remote_indices needs 8.14 or later",
        ),
        (
            "8.14.3",
            with(&["--remote-cluster-privileges", "monitor_enrich"]),
            "a role's remote_cluster needs 8.15 or later",
        ),
        (
            "8.16.1",
            with(&[
                "--remote-cluster-privileges",
                "monitor_enrich,monitor_stats",
            ]),
            "the remote cluster privilege monitor_stats needs 8.17 or later",
        ),
    ] {
        let t = T::version(version, |c| c);
        let r = t.top(&extra);
        r.code(1)
            .stderr_has(needle)
            .stderr_has(&format!("Elasticsearch {version}"));
        assert!(t.writes().is_empty(), "{version}");
        assert!(t.es().role("r").is_none());
    }
    // At the gates, accepted.
    let t = T::version("8.15.0", |c| c);
    t.top(&with(&["--remote-cluster-privileges", "monitor_enrich"]))
        .code(0);
    assert_eq!(
        t.es().role("r").unwrap()["remote_cluster"][0]["privileges"],
        json!(["monitor_enrich"])
    );
}

#[test]
fn bad_input_and_built_in_roles() {
    let t = T::new();
    for (args, needle) in [
        (
            vec![
                "remote-role",
                "r",
                "--cluster",
                "a b",
                "--indices",
                "x",
                "--for",
                "ccs",
            ],
            "is not a remote cluster alias",
        ),
        (
            vec!["remote-role", "r", "--cluster", "a", "--indices", "x"],
            "--privileges",
        ),
        (
            vec![
                "remote-role",
                "r",
                "--cluster",
                "a",
                "--indices",
                "x",
                "--for",
                "ccs",
                "--privileges",
                "read",
            ],
            "cannot be used with",
        ),
        (
            vec![
                "remote-role",
                "r",
                "--cluster",
                "a",
                "--indices",
                "x,",
                "--for",
                "ccs",
            ],
            "--indices holds ``",
        ),
        (
            vec![
                "remote-role",
                "r",
                "--cluster",
                "a",
                "--indices",
                "x",
                "--for",
                "ccs",
                "--remote-cluster-privileges",
                "all",
            ],
            "invalid value 'all'",
        ),
        (
            vec![
                "remote-role",
                " r",
                "--cluster",
                "a",
                "--indices",
                "x",
                "--for",
                "ccs",
            ],
            "the role name",
        ),
    ] {
        t.top(&args).code(2).stderr_has(needle);
    }
    assert!(t.es().journal().is_empty());
    t.top(&[
        "remote-role",
        "superuser",
        "--cluster",
        "a",
        "--indices",
        "x",
        "--for",
        "ccs",
    ])
    .code(1)
    .stderr_has("is a built-in role");
    assert!(t.writes().is_empty());
}
