//! REST and cross-cluster API keys.

mod common;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use common::*;
use esconnect_sim::{ClusterSpec, Sim};
use serde_json::{Value, json};

fn sim(version: &str) -> Sim {
    Sim::builder()
        .cluster(
            ClusterSpec::new("c", version)
                .role(
                    "own_keys",
                    json!({"cluster": ["manage_own_api_key", "monitor"]}),
                )
                .role("security_admin", json!({"cluster": ["manage_security"]}))
                .user("alice", "alicepass", &["own_keys"])
                .user("admin", "adminpass", &["security_admin"]),
        )
        .start()
        .expect("sim starts")
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

async fn create(c: &reqwest::Client, base: &str, auth: &str, body: Value) -> (u16, Value) {
    let (s, _, v) = call(
        c,
        "POST",
        &format!("{base}/_security/api_key"),
        Some(auth),
        Some(body),
    )
    .await;
    (s, v)
}

#[tokio::test]
async fn create_returns_encoded_id_colon_key_and_spec_shape() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let (status, key) = create(
        &c,
        &base,
        &elastic(),
        json!({"name": "my-api-key", "expiration": "1d"}),
    )
    .await;
    assert_eq!(status, 200);
    let id = key["id"].as_str().unwrap();
    let secret = key["api_key"].as_str().unwrap();
    assert_eq!(id.len(), 20);
    assert_eq!(secret.len(), 22);
    assert!(
        id.chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_')
    );
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(key["encoded"].as_str().unwrap())
        .expect("standard padded base64");
    assert_eq!(
        String::from_utf8(decoded).unwrap(),
        format!("{id}:{secret}")
    );
    if let Some(spec) = spec_example(
        "security.create_api_key",
        "response-SecurityCreateApiKeyResponseExample1.yaml",
    ) {
        assert_eq!(keys(&key), keys(&spec));
    }
    let exp = key["expiration"].as_i64().unwrap();
    let day = 86_400_000;
    assert!((exp - now_ms() - day).abs() < 60_000, "expiration {exp}");
}

#[tokio::test]
async fn spec_create_request_example_is_accepted_and_metadata_returned() {
    let Some(body) = spec_example(
        "security.create_api_key",
        "request-SecurityCreateApiKeyRequestExample1.yaml",
    ) else {
        return;
    };
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let (status, key) = create(&c, &base, &elastic(), body.clone()).await;
    assert_eq!(status, 200, "{key}");
    let (status, got) = su(
        &c,
        "GET",
        &format!(
            "{base}/_security/api_key?id={}",
            key["id"].as_str().unwrap()
        ),
        None,
    )
    .await;
    assert_eq!(status, 200);
    let k = &got["api_keys"][0];
    assert_eq!(k["metadata"], body["metadata"]);
    assert_eq!(k["type"], "rest");
    assert_eq!(
        k["role_descriptors"]["role-a"]["indices"][0]["names"],
        json!(["index-a*"])
    );
    if let Some(spec) = spec_example(
        "security.get_api_key",
        "response-SecurityGetApiKeyResponseExample1.yaml",
    ) {
        let spec_key = &spec["api_keys"][0];
        let mut expected = keys(spec_key);
        expected.retain(|k| k != "limited_by");
        for k in expected {
            assert!(got["api_keys"][0].get(&k).is_some(), "missing {k}");
        }
    }
    // handle view: same shape, no secrets
    let listed = sim.cluster("c").api_keys();
    assert_eq!(listed.len(), 1);
    assert!(listed[0].get("api_key").is_none());
}

#[tokio::test]
async fn invalid_expiration_is_a_400_with_a_time_value_cause() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let (status, body) = create(
        &c,
        &sim.cluster("c").url(),
        &elastic(),
        json!({"name": "k", "expiration": "1x"}),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["type"], "x_content_parse_exception");
    assert!(
        body["error"]["reason"]
            .as_str()
            .unwrap()
            .ends_with("[api_key_request] failed to parse field [expiration]")
    );
    assert_eq!(body["error"]["caused_by"]["type"], "parse_exception");
    assert_eq!(
        body["error"]["caused_by"]["reason"],
        "failed to parse setting [expiration] with value [1x] as a time value: unit is missing or unrecognized"
    );
}

#[tokio::test]
async fn unknown_field_and_missing_name_are_rejected() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let (status, body) = create(&c, &base, &elastic(), json!({"name": "k", "foo": 1})).await;
    assert_eq!(status, 400);
    assert!(
        body["error"]["reason"]
            .as_str()
            .unwrap()
            .ends_with("[api_key_request] unknown field [foo]")
    );
    let (status, body) = create(&c, &base, &elastic(), json!({"expiration": "1d"})).await;
    assert_eq!(status, 400);
    assert_eq!(
        body["error"]["reason"],
        "Validation Failed: 1: api key name is required;"
    );
}

#[tokio::test]
async fn expired_keys_fail_authentication() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let (status, key) = create(
        &c,
        &base,
        &elastic(),
        json!({"name": "short", "expiration": "1ms"}),
    )
    .await;
    assert_eq!(status, 200);
    let exp = key["expiration"].as_i64().unwrap();
    // wait until the deadline has certainly passed (deterministic: bounded by the 1 ms expiry)
    while now_ms() <= exp {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let (status, _, body) = call(
        &c,
        "GET",
        &base,
        Some(&api_key_header(key["encoded"].as_str().unwrap())),
        None,
    )
    .await;
    assert_eq!(status, 401);
    assert_eq!(
        body["error"]["additional_unsuccessful_credentials"],
        "API key: api key is expired"
    );
}

#[tokio::test]
async fn invalidated_keys_fail_and_invalidation_is_reported() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let (_, key) = create(&c, &base, &elastic(), json!({"name": "doomed"})).await;
    let id = key["id"].as_str().unwrap();
    let (status, body) = su(
        &c,
        "DELETE",
        &format!("{base}/_security/api_key"),
        Some(json!({"ids": [id]})),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        body,
        json!({"invalidated_api_keys": [id], "previously_invalidated_api_keys": [], "error_count": 0})
    );
    if let Some(spec) = spec_example(
        "security.invalidate_api_key",
        "response-SecurityInvalidateApiKeyResponseExample1.yaml",
    ) {
        for k in keys(&body) {
            assert!(spec.get(&k).is_some());
        }
    }
    let (status, body) = su(
        &c,
        "DELETE",
        &format!("{base}/_security/api_key"),
        Some(json!({"name": "doomed"})),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["previously_invalidated_api_keys"], json!([id]));
    let (status, _, body) = call(
        &c,
        "GET",
        &base,
        Some(&api_key_header(key["encoded"].as_str().unwrap())),
        None,
    )
    .await;
    assert_eq!(status, 401);
    assert_eq!(
        body["error"]["additional_unsuccessful_credentials"],
        format!("API key: api key [{id}] has been invalidated")
    );
    let (_, got) = su(
        &c,
        "GET",
        &format!("{base}/_security/api_key?name=doomed"),
        None,
    )
    .await;
    assert_eq!(got["api_keys"][0]["invalidated"], true);
    assert!(got["api_keys"][0]["invalidation"].is_i64());
    let (status, body) = su(
        &c,
        "DELETE",
        &format!("{base}/_security/api_key"),
        Some(json!({})),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["type"], "action_request_validation_exception");
}

#[tokio::test]
async fn get_api_key_shape_depends_on_version() {
    for (version, has_type) in [("8.4.3", false), ("8.5.0", true)] {
        let sim = sim(version);
        let c = client(&sim);
        let base = sim.cluster("c").url();
        create(
            &c,
            &base,
            &elastic(),
            json!({"name": "k", "metadata": {"app": "x"}}),
        )
        .await;
        let (status, got) = su(&c, "GET", &format!("{base}/_security/api_key"), None).await;
        assert_eq!(status, 200);
        let k = &got["api_keys"][0];
        assert_eq!(k.get("type").is_some(), has_type, "{version}: {k}");
        assert_eq!(k.get("role_descriptors").is_some(), has_type);
        assert_eq!(k["metadata"], json!({"app": "x"}));
        assert_eq!(k["username"], "elastic");
    }
}

#[tokio::test]
async fn manage_own_api_key_sees_only_own_keys_and_needs_owner_flag() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let alice = basic("alice", "alicepass");
    let (status, mine) = create(&c, &base, &alice, json!({"name": "alice-key"})).await;
    assert_eq!(status, 200);
    create(&c, &base, &elastic(), json!({"name": "elastic-key"})).await;
    let (status, _, body) = call(
        &c,
        "GET",
        &format!("{base}/_security/api_key"),
        Some(&alice),
        None,
    )
    .await;
    assert_eq!(status, 403);
    assert!(body["error"]["reason"].as_str().unwrap().starts_with(
        "action [cluster:admin/xpack/security/api_key/get] is unauthorized for user [alice]"
    ));
    let (status, _, body) = call(
        &c,
        "GET",
        &format!("{base}/_security/api_key?owner=true"),
        Some(&alice),
        None,
    )
    .await;
    assert_eq!(status, 200);
    let names: Vec<&str> = body["api_keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["alice-key"]);
    // limited_by shows the owner's role snapshot
    let (_, _, body) = call(
        &c,
        "GET",
        &format!("{base}/_security/api_key?owner=true&with_limited_by=true"),
        Some(&alice),
        None,
    )
    .await;
    assert_eq!(
        body["api_keys"][0]["limited_by"][0]["own_keys"]["cluster"],
        json!(["manage_own_api_key", "monitor"])
    );
    // alice may invalidate her own key with owner=true
    let (status, _, body) = call(
        &c,
        "DELETE",
        &format!("{base}/_security/api_key"),
        Some(&alice),
        Some(json!({"owner": true})),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["invalidated_api_keys"], json!([mine["id"]]));
}

#[tokio::test]
async fn derived_keys_need_empty_descriptors() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let (_, parent) = create(&c, &base, &elastic(), json!({"name": "parent"})).await;
    let auth = api_key_header(parent["encoded"].as_str().unwrap());
    let (status, body) = create(&c, &base, &auth, json!({"name": "child"})).await;
    assert_eq!(status, 400);
    assert_eq!(
        body["error"]["reason"],
        "creating derived api keys requires an explicit role descriptor that is empty (has no privileges)"
    );
    let (status, _) = create(
        &c,
        &base,
        &auth,
        json!({"name": "child", "role_descriptors": {"none": {}}}),
    )
    .await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn pre_seeded_keys_authenticate() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("c", "8.17.0").api_key(
            "seededkeyid000000001",
            "seededsecret0000000001",
            "elastic",
            json!({"ro": {"cluster": ["monitor"]}}),
        ))
        .start()
        .unwrap();
    let c = client(&sim);
    let encoded = base64::engine::general_purpose::STANDARD
        .encode("seededkeyid000000001:seededsecret0000000001");
    let (status, _, _) = call(
        &c,
        "GET",
        &sim.cluster("c").url(),
        Some(&api_key_header(&encoded)),
        None,
    )
    .await;
    assert_eq!(status, 200);
    let (status, _, _) = call(
        &c,
        "PUT",
        &format!("{}/_cluster/settings", sim.cluster("c").url()),
        Some(&api_key_header(&encoded)),
        Some(json!({"persistent": {"x.y": 1}})),
    )
    .await;
    assert_eq!(status, 403);
}

fn cc_url(base: &str) -> String {
    format!("{base}/_security/cross_cluster/api_key")
}

#[tokio::test]
async fn cross_cluster_key_from_spec_example_derives_role_descriptor() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let body = spec_example(
        "security.create_cross_cluster_api_key",
        "request-CreateCrossClusterApiKeyRequestExample1.yaml",
    )
    .unwrap_or_else(|| {
        json!({"name": "my-cross-cluster-api-key", "expiration": "1d",
               "access": {"search": [{"names": ["logs*"]}], "replication": [{"names": ["archive*"]}]},
               "metadata": {"description": "phase one"}})
    });
    let (status, key) = su(&c, "POST", &cc_url(&base), Some(body)).await;
    assert_eq!(status, 200, "{key}");
    let mut k = keys(&key);
    k.sort();
    assert_eq!(k, ["api_key", "encoded", "expiration", "id", "name"]);
    let (_, got) = su(
        &c,
        "GET",
        &format!(
            "{base}/_security/api_key?id={}",
            key["id"].as_str().unwrap()
        ),
        None,
    )
    .await;
    let info = &got["api_keys"][0];
    assert_eq!(info["type"], "cross_cluster");
    assert_eq!(info["access"]["search"][0]["names"], json!(["logs*"]));
    let rd = &info["role_descriptors"]["cross_cluster"];
    assert_eq!(
        rd["cluster"],
        json!([
            "cross_cluster_search",
            "monitor_enrich",
            "cross_cluster_replication"
        ])
    );
    assert_eq!(
        rd["indices"][0]["privileges"],
        json!(["read", "read_cross_cluster", "view_index_metadata"])
    );
    assert_eq!(
        rd["indices"][1]["privileges"],
        json!([
            "cross_cluster_replication",
            "cross_cluster_replication_internal"
        ])
    );
    // a cross-cluster key cannot authenticate REST requests
    let (status, _, body) = call(
        &c,
        "GET",
        &base,
        Some(&api_key_header(key["encoded"].as_str().unwrap())),
        None,
    )
    .await;
    assert_eq!(status, 401);
    assert!(
        body["error"]["additional_unsuccessful_credentials"]
            .as_str()
            .unwrap()
            .contains("has type [cross_cluster]")
    );
}

#[tokio::test]
async fn cross_cluster_key_needs_access() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let (status, body) = su(&c, "POST", &cc_url(&base), Some(json!({"name": "k"}))).await;
    assert_eq!(status, 400);
    assert!(
        body["error"]["reason"]
            .as_str()
            .unwrap()
            .contains("Required [access]")
    );
    let (status, body) = su(
        &c,
        "POST",
        &cc_url(&base),
        Some(json!({"name": "k", "access": {}})),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["type"], "illegal_argument_exception");
    assert_eq!(
        body["error"]["reason"],
        "must specify non-empty access for either [search] or [replication]"
    );
}

#[tokio::test]
async fn cross_cluster_key_cannot_be_created_with_api_key_auth() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let (_, key) = create(&c, &base, &elastic(), json!({"name": "rest"})).await;
    let (status, _, body) = call(
        &c,
        "POST",
        &cc_url(&base),
        Some(&api_key_header(key["encoded"].as_str().unwrap())),
        Some(json!({"name": "cc", "access": {"search": [{"names": ["*"]}]}})),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["type"], "illegal_argument_exception");
    assert_eq!(
        body["error"]["reason"],
        "authentication via API key not supported: An API key cannot be used to create a cross-cluster API key"
    );
}

#[tokio::test]
async fn cross_cluster_endpoint_absent_before_8_14() {
    let sim = sim("8.13.4");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let (status, body) = su(
        &c,
        "POST",
        &cc_url(&base),
        Some(json!({"name": "k", "access": {"search": [{"names": ["*"]}]}})),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        body,
        json!({"error": "no handler found for uri [/_security/cross_cluster/api_key] and method [POST]"})
    );
}

#[tokio::test]
async fn cross_cluster_key_requires_manage_security() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let (status, _, body) = call(
        &c,
        "POST",
        &cc_url(&sim.cluster("c").url()),
        Some(&basic("alice", "alicepass")),
        Some(json!({"name": "k", "access": {"search": [{"names": ["*"]}]}})),
    )
    .await;
    assert_eq!(status, 403);
    assert!(
        body["error"]["reason"]
            .as_str()
            .unwrap()
            .ends_with("this action is granted by the cluster privileges [manage_security,all]")
    );
}

#[tokio::test]
async fn update_cross_cluster_key_reports_updated() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let admin = basic("admin", "adminpass");
    let (status, _, key) = call(
        &c,
        "POST",
        &cc_url(&base),
        Some(&admin),
        Some(json!({"name": "k", "access": {"search": [{"names": ["logs*"]}]}})),
    )
    .await;
    assert_eq!(status, 200, "{key}");
    let id = key["id"].as_str().unwrap();
    let update = spec_example(
        "security.update_cross_cluster_api_key",
        "request-UpdateCrossClusterApiKeyRequestExample1.yaml",
    )
    .unwrap_or_else(|| json!({"access": {"replication": [{"names": ["archive"]}]}, "metadata": {"application": "replication"}}));
    let url = format!("{}/{id}", cc_url(&base));
    let (status, _, body) = call(&c, "PUT", &url, Some(&admin), Some(update.clone())).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body, json!({"updated": true}));
    if let Some(spec) = spec_example(
        "security.update_cross_cluster_api_key",
        "response-UpdateCrossClusterApiKeyResponseExample1.yaml",
    ) {
        assert_eq!(keys(&body), keys(&spec));
    }
    let (_, _, body) = call(&c, "PUT", &url, Some(&admin), Some(update)).await;
    assert_eq!(body, json!({"updated": false}));
    let keys = sim.cluster("c").api_keys();
    assert_eq!(
        keys[0]["access"],
        json!({"replication": [{"names": ["archive"], "allow_restricted_indices": false}]})
    );
    assert_eq!(
        keys[0]["role_descriptors"]["cross_cluster"]["cluster"],
        json!(["cross_cluster_replication"])
    );
    // only the owner can update it
    let (status, body) = su(&c, "PUT", &url, Some(json!({"metadata": {}}))).await;
    assert_eq!(status, 404);
    assert_eq!(body["error"]["type"], "resource_not_found_exception");
}

/// Creates a cross-cluster key as `admin` and returns its id.
async fn cc_create(c: &reqwest::Client, base: &str, body: Value) -> String {
    let (status, _, key) = call(
        c,
        "POST",
        &cc_url(base),
        Some(&basic("admin", "adminpass")),
        Some(body),
    )
    .await;
    assert_eq!(status, 200, "{key}");
    key["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn cross_cluster_keys_read_back_with_type_expiration_invalidated_and_access() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let id = cc_create(
        &c,
        &base,
        json!({"name": "cc", "expiration": "30d", "access": {"search": [{"names": ["logs-*"], "query": {"term": {"t": "a"}}}]}}),
    )
    .await;
    let (status, got) = su(&c, "GET", &format!("{base}/_security/api_key"), None).await;
    assert_eq!(status, 200, "{got}");
    let k = got["api_keys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["id"] == json!(id))
        .unwrap()
        .clone();
    // Every field of the spec's GET example (its first key, without limited_by, which cross-cluster
    // keys do not have), plus type and access.
    let spec = spec_example(
        "security.get_api_key",
        "response-SecurityGetApiKeyResponseExample1.yaml",
    );
    if let Some(mut spec) = spec {
        let first = spec["api_keys"][0].as_object_mut().unwrap();
        first.remove("limited_by");
        let (mut want, mut have) = (keys(&Value::Object(first.clone())), keys(&k));
        want.extend(["access".to_owned(), "type".to_owned()]);
        want.sort();
        have.sort();
        assert_eq!(have, want);
    }
    assert_eq!(k["type"], "cross_cluster");
    assert_eq!(k["invalidated"], false);
    let exp = k["expiration"].as_i64().unwrap();
    assert!((exp - now_ms() - 30 * 86_400_000).abs() < 60_000, "{exp}");
    // Elasticsearch stores a query object as its JSON string.
    assert_eq!(
        k["access"],
        json!({"search": [{"names": ["logs-*"], "query": "{\"term\":{\"t\":\"a\"}}", "allow_restricted_indices": false}]})
    );
}

#[tokio::test]
async fn a_cross_cluster_key_is_invalidated_once() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let id = cc_create(
        &c,
        &base,
        json!({"name": "cc", "access": {"replication": [{"names": ["a"]}]}}),
    )
    .await;
    let url = format!("{base}/_security/api_key");
    let (status, body) = su(&c, "DELETE", &url, Some(json!({"ids": [id]}))).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["invalidated_api_keys"], json!([id]));
    let (_, body) = su(&c, "DELETE", &url, Some(json!({"ids": [id]}))).await;
    assert_eq!(body["invalidated_api_keys"], json!([]));
    assert_eq!(body["previously_invalidated_api_keys"], json!([id]));
    assert_eq!(sim.cluster("c").api_keys()[0]["invalidated"], true);
    let (status, _, body) = call(
        &c,
        "PUT",
        &format!("{}/{id}", cc_url(&base)),
        Some(&basic("admin", "adminpass")),
        Some(json!({"metadata": {"a": "b"}})),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert!(
        body["error"]["reason"]
            .as_str()
            .unwrap()
            .contains("invalidated"),
        "{body}"
    );
}

#[tokio::test]
async fn an_update_that_changes_nothing_is_refused() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let id = cc_create(
        &c,
        &base,
        json!({"name": "cc", "access": {"search": [{"names": ["a"]}]}}),
    )
    .await;
    let (status, _, body) = call(
        &c,
        "PUT",
        &format!("{}/{id}", cc_url(&base)),
        Some(&basic("admin", "adminpass")),
        Some(json!({})),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"]["type"], "action_request_validation_exception");
}

#[tokio::test]
async fn certificate_identity_is_a_9_3_field_shown_and_updated() {
    let body = json!({"name": "cc", "access": {"search": [{"names": ["a"]}]}, "certificate_identity": "CN=.*.node.abc.cluster.*"});
    // 9.2: an unknown field.
    let old = sim("9.2.0");
    let c = client(&old);
    let base = old.cluster("c").url();
    let (status, _, err) = call(
        &c,
        "POST",
        &cc_url(&base),
        Some(&basic("admin", "adminpass")),
        Some(body.clone()),
    )
    .await;
    assert_eq!(status, 400, "{err}");
    assert!(
        err["error"]["reason"]
            .as_str()
            .unwrap()
            .contains("unknown field [certificate_identity]"),
        "{err}"
    );
    // 9.3: stored, shown, changed.
    let new = sim("9.3.0");
    let c = client(&new);
    let base = new.cluster("c").url();
    let id = cc_create(&c, &base, body).await;
    assert_eq!(
        new.cluster("c").api_keys()[0]["certificate_identity"],
        "CN=.*.node.abc.cluster.*"
    );
    let url = format!("{}/{id}", cc_url(&base));
    let admin = basic("admin", "adminpass");
    let update = json!({"certificate_identity": "CN=.*.node.xyz.cluster.*"});
    let (_, _, r) = call(&c, "PUT", &url, Some(&admin), Some(update.clone())).await;
    assert_eq!(r, json!({"updated": true}));
    let (_, _, r) = call(&c, "PUT", &url, Some(&admin), Some(update)).await;
    assert_eq!(r, json!({"updated": false}));
    assert_eq!(
        new.cluster("c").api_keys()[0]["certificate_identity"],
        "CN=.*.node.xyz.cluster.*"
    );
}
