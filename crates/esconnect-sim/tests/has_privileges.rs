//! `_has_privileges`: hierarchy, index patterns, restricted indices, API key intersection.

mod common;

use common::*;
use esconnect_sim::{ClusterSpec, Sim};
use serde_json::{Value, json};

fn sim() -> Sim {
    Sim::builder()
        .cluster(
            ClusterSpec::new("c", "8.17.0")
                .role(
                    "autoops",
                    json!({
                        "cluster": ["monitor", "read_ilm", "read_slm"],
                        "indices": [{"names": ["*"], "privileges": ["monitor", "view_index_metadata"], "allow_restricted_indices": true}]
                    }),
                )
                .role(
                    "plain",
                    json!({"indices": [{"names": ["*"], "privileges": ["monitor"]}]}),
                )
                .role(
                    "ops",
                    json!({
                        "cluster": ["manage"],
                        "indices": [
                            {"names": ["logs-*"], "privileges": ["read"]},
                            {"names": ["suppliers", "products", "inventory"], "privileges": ["read"]},
                            {"names": ["admin-*"], "privileges": ["manage"]}
                        ],
                        "applications": [{"application": "inventory_manager", "privileges": ["read"], "resources": ["product/*"]}]
                    }),
                )
                .user("auto", "autopass", &["autoops"])
                .user("plain", "plainpass", &["plain"])
                .user("ops", "opspass", &["ops"]),
        )
        .start()
        .expect("sim starts")
}

async fn check(sim: &Sim, auth: &str, body: Value) -> Value {
    let c = client(sim);
    let (status, _, v) = call(
        &c,
        "POST",
        &format!("{}/_security/user/_has_privileges", sim.cluster("c").url()),
        Some(auth),
        Some(body),
    )
    .await;
    assert_eq!(status, 200, "{v}");
    v
}

#[tokio::test]
async fn spec_example_request_gives_spec_shaped_response() {
    let sim = sim();
    let body = spec_example("security.has_privileges", "request-SecurityHasPrivilegesRequestExample1.yaml")
        .unwrap_or_else(|| {
            json!({"cluster": ["monitor", "manage"],
                   "index": [{"names": ["suppliers", "products"], "privileges": ["read"]}, {"names": ["inventory"], "privileges": ["read", "write"]}],
                   "application": [{"application": "inventory_manager", "privileges": ["read", "data:write/inventory"], "resources": ["product/1852563"]}]})
        });
    let got = check(&sim, &basic("ops", "opspass"), body).await;
    assert_eq!(
        got,
        json!({
            "username": "ops",
            "has_all_requested": false,
            "cluster": {"monitor": true, "manage": true},
            "index": {
                "suppliers": {"read": true},
                "products": {"read": true},
                "inventory": {"read": true, "write": false}
            },
            "application": {
                "inventory_manager": {"product/1852563": {"read": true, "data:write/inventory": false}}
            }
        })
    );
    if let Some(spec) = spec_example(
        "security.has_privileges",
        "response-SecurityHasPrivilegesResponseExample1.yaml",
    ) {
        assert_eq!(keys(&got), keys(&spec));
        assert_eq!(keys(&got["index"]), keys(&spec["index"]));
        assert_eq!(
            keys(&got["index"]["inventory"]),
            keys(&spec["index"]["inventory"])
        );
        assert_eq!(
            keys(&got["application"]["inventory_manager"]),
            keys(&spec["application"]["inventory_manager"])
        );
    }
}

#[tokio::test]
async fn cluster_hierarchy_manage_implies_monitor_not_security() {
    let sim = sim();
    let got = check(
        &sim,
        &basic("ops", "opspass"),
        json!({"cluster": ["monitor", "manage", "read_ilm", "manage_security", "read_security", "cluster:monitor/main"]}),
    )
    .await;
    assert_eq!(
        got["cluster"],
        json!({"monitor": true, "manage": true, "read_ilm": true, "manage_security": false, "read_security": false, "cluster:monitor/main": true})
    );
    assert_eq!(got["has_all_requested"], false);
    let got = check(
        &sim,
        &basic("auto", "autopass"),
        json!({"cluster": ["monitor", "read_ilm", "read_slm", "manage"]}),
    )
    .await;
    assert_eq!(
        got["cluster"],
        json!({"monitor": true, "read_ilm": true, "read_slm": true, "manage": false})
    );
    let got = check(
        &sim,
        &elastic(),
        json!({"cluster": ["manage_security", "manage_own_api_key", "all"]}),
    )
    .await;
    assert_eq!(got["has_all_requested"], true);
}

#[tokio::test]
async fn index_hierarchy_and_patterns() {
    let sim = sim();
    let got = check(
        &sim,
        &basic("ops", "opspass"),
        json!({"index": [
            {"names": ["logs-2024.01"], "privileges": ["read", "read_cross_cluster", "write"]},
            {"names": ["logs-2024*"], "privileges": ["read"]},
            {"names": ["log*"], "privileges": ["read"]},
            {"names": ["admin-x"], "privileges": ["monitor", "view_index_metadata", "read"]}
        ]}),
    )
    .await;
    assert_eq!(
        got["index"],
        json!({
            "logs-2024.01": {"read": true, "read_cross_cluster": true, "write": false},
            "logs-2024*": {"read": true},
            "log*": {"read": false},
            "admin-x": {"monitor": true, "view_index_metadata": true, "read": false}
        })
    );
}

#[tokio::test]
async fn restricted_indices_need_allow_restricted_indices() {
    let sim = sim();
    let body = json!({"index": [
        {"names": [".security-7", "logs"], "privileges": ["monitor"]},
        {"names": ["*"], "privileges": ["monitor"], "allow_restricted_indices": true}
    ]});
    let with_flag = check(&sim, &basic("auto", "autopass"), body.clone()).await;
    assert_eq!(
        with_flag["index"],
        json!({".security-7": {"monitor": true}, "logs": {"monitor": true}, "*": {"monitor": true}})
    );
    assert_eq!(with_flag["has_all_requested"], true);
    let without = check(&sim, &basic("plain", "plainpass"), body).await;
    assert_eq!(
        without["index"],
        json!({".security-7": {"monitor": false}, "logs": {"monitor": true}, "*": {"monitor": false}})
    );
    // "*" without allow_restricted_indices leaves the restricted names out: granted
    let got = check(
        &sim,
        &basic("plain", "plainpass"),
        json!({"index": [{"names": ["*"], "privileges": ["monitor"]}]}),
    )
    .await;
    assert_eq!(got["index"]["*"]["monitor"], true);
    // a pattern only over restricted names, asked without the flag, selects nothing: true
    let got = check(
        &sim,
        &basic("plain", "plainpass"),
        json!({"index": [{"names": [".security*"], "privileges": ["monitor"]}]}),
    )
    .await;
    assert_eq!(got["index"][".security*"]["monitor"], true);
}

#[tokio::test]
async fn superuser_on_8x_cannot_write_restricted_indices() {
    let sim = sim();
    let got = check(
        &sim,
        &elastic(),
        json!({"index": [{"names": [".security-7"], "privileges": ["read", "write"]}]}),
    )
    .await;
    assert_eq!(
        got["index"][".security-7"],
        json!({"read": true, "write": false})
    );
}

#[tokio::test]
async fn api_key_privileges_are_intersected_with_the_owner() {
    let sim = sim();
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let (status, key) = su(
        &c,
        "POST",
        &format!("{base}/_security/api_key"),
        Some(json!({"name": "k", "role_descriptors": {"r": {"cluster": ["monitor"], "indices": [{"names": ["logs-*"], "privileges": ["read"]}]}}})),
    )
    .await;
    assert_eq!(status, 200);
    let got = check(
        &sim,
        &api_key_header(key["encoded"].as_str().unwrap()),
        json!({"cluster": ["monitor", "manage"], "index": [{"names": ["logs-1", "metrics-1"], "privileges": ["read"]}]}),
    )
    .await;
    assert_eq!(got["username"], "elastic");
    assert_eq!(got["cluster"], json!({"monitor": true, "manage": false}));
    assert_eq!(
        got["index"],
        json!({"logs-1": {"read": true}, "metrics-1": {"read": false}})
    );
}

#[tokio::test]
async fn unknown_privileges_and_empty_requests_are_rejected() {
    let sim = sim();
    let c = client(&sim);
    let url = format!("{}/_security/user/_has_privileges", sim.cluster("c").url());
    let (status, body) = su(&c, "POST", &url, Some(json!({"cluster": ["monitr"]}))).await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["type"], "illegal_argument_exception");
    assert!(
        body["error"]["reason"]
            .as_str()
            .unwrap()
            .starts_with("unknown cluster privilege [monitr]")
    );
    let (status, body) = su(&c, "GET", &url, Some(json!({}))).await;
    assert_eq!(status, 400);
    assert_eq!(
        body["error"]["reason"],
        "failed to parse privileges check [elastic]. All privilege fields [cluster,index,applications] are missing"
    );
}
