//! `GET /`, `GET /_license`, `GET /_nodes`, versions, `filter_path` and `pretty`.

mod common;

use common::*;
use esconnect_sim::{ClusterSpec, Sim};
use serde_json::json;

#[tokio::test]
async fn root_matches_spec_shape_and_version_details() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("v9", "9.1.0").uuid("zk-HjQtYQGyL3NFSSu7InA"))
        .cluster(ClusterSpec::new("v8", "8.17.0"))
        .cluster(ClusterSpec::new("v7", "7.17.9"))
        .start()
        .unwrap();
    let c = client(&sim);
    let (status, headers, v9) =
        call(&c, "GET", &sim.cluster("v9").url(), Some(&elastic()), None).await;
    assert_eq!(status, 200);
    assert_eq!(headers["x-elastic-product"], "Elasticsearch");
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(v9["cluster_uuid"], "zk-HjQtYQGyL3NFSSu7InA");
    assert_eq!(v9["cluster_name"], "v9");
    assert_eq!(v9["version"]["number"], "9.1.0");
    assert_eq!(v9["version"]["build_flavor"], "default");
    assert_eq!(v9["version"]["lucene_version"], "10.2.2");
    assert_eq!(
        v9["version"]["minimum_wire_compatibility_version"],
        "8.19.0"
    );
    assert_eq!(
        v9["version"]["minimum_index_compatibility_version"],
        "8.0.0"
    );
    assert_eq!(v9["version"]["build_hash"].as_str().unwrap().len(), 40);
    assert_eq!(v9["tagline"], "You Know, for Search");
    if let Some(spec) = spec_example("_global.info", "response-RootNodeInfoResponseExample1.yaml") {
        assert_eq!(keys(&v9), keys(&spec));
        assert_eq!(keys(&v9["version"]), keys(&spec["version"]));
    }
    let (_, _, v8) = call(&c, "GET", &sim.cluster("v8").url(), Some(&elastic()), None).await;
    assert_eq!(
        v8["version"]["minimum_wire_compatibility_version"],
        "7.17.0"
    );
    assert!(
        v8["version"]["lucene_version"]
            .as_str()
            .unwrap()
            .starts_with("9.")
    );
    let (_, h7, v7) = call(&c, "GET", &sim.cluster("v7").url(), Some(&elastic()), None).await;
    assert_eq!(h7["content-type"], "application/json; charset=UTF-8");
    assert_eq!(v7["version"]["minimum_wire_compatibility_version"], "6.8.0");
    assert!(
        v7["version"]["lucene_version"]
            .as_str()
            .unwrap()
            .starts_with("8.")
    );
    // the derived uuid is stable and 22 URL-safe characters
    let uuid = sim.cluster("v8").uuid();
    assert_eq!(uuid.len(), 22);
    assert_eq!(v8["cluster_uuid"], uuid);
}

#[tokio::test]
async fn set_version_changes_root_and_version_gates() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("c", "8.13.0"))
        .start()
        .unwrap();
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let url = format!("{base}/_security/cross_cluster/api_key");
    let body = json!({"name": "k", "access": {"search": [{"names": ["*"]}]}});
    assert_eq!(su(&c, "POST", &url, Some(body.clone())).await.0, 400);
    sim.cluster("c").set_version("8.14.0");
    assert_eq!(sim.cluster("c").version(), "8.14.0");
    let (_, root) = su(&c, "GET", &base, None).await;
    assert_eq!(root["version"]["number"], "8.14.0");
    assert_eq!(su(&c, "POST", &url, Some(body)).await.0, 200);
}

#[tokio::test]
async fn license_matches_spec_shape_and_reports_type_status_uid() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("ent", "8.17.0"))
        .cluster(ClusterSpec::new("trial", "8.17.0").license("trial", "active"))
        .cluster(ClusterSpec::new("basic", "8.17.0").license("basic", "active"))
        .start()
        .unwrap();
    let c = client(&sim);
    let (status, ent) = su(
        &c,
        "GET",
        &format!("{}/_license", sim.cluster("ent").url()),
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(ent["license"]["type"], "enterprise");
    assert_eq!(ent["license"]["status"], "active");
    assert_eq!(ent["license"]["uid"], sim.cluster("ent").license_uid());
    assert_eq!(ent["license"]["max_nodes"], serde_json::Value::Null);
    assert!(ent["license"]["max_resource_units"].is_u64());
    let (_, trial) = su(
        &c,
        "GET",
        &format!("{}/_license", sim.cluster("trial").url()),
        None,
    )
    .await;
    if let Some(spec) = spec_example("license.get", "response-GetLicenseResponseExample1.yaml") {
        assert_eq!(keys(&trial), keys(&spec));
        assert_eq!(keys(&trial["license"]), keys(&spec["license"]));
    }
    let (_, basic) = su(
        &c,
        "GET",
        &format!("{}/_license", sim.cluster("basic").url()),
        None,
    )
    .await;
    assert!(basic["license"].get("expiry_date_in_millis").is_none());
    assert_eq!(basic["license"]["type"], "basic");
}

#[tokio::test]
async fn license_expired_when_configured_or_past_expiry() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("configured", "8.17.0").license("platinum", "expired"))
        .cluster(ClusterSpec::new("past", "8.17.0").license_expiry_millis(1_000_000_000_000))
        .start()
        .unwrap();
    let c = client(&sim);
    let (_, v) = su(
        &c,
        "GET",
        &format!("{}/_license", sim.cluster("configured").url()),
        None,
    )
    .await;
    assert_eq!(v["license"]["status"], "expired");
    assert_eq!(v["license"]["type"], "platinum");
    let (_, v) = su(
        &c,
        "GET",
        &format!("{}/_license", sim.cluster("past").url()),
        None,
    )
    .await;
    assert_eq!(v["license"]["status"], "expired");
    assert_eq!(v["license"]["expiry_date_in_millis"], 1_000_000_000_000_i64);
    assert_eq!(v["license"]["expiry_date"], "2001-09-09T01:46:40.000Z");
    // changing it at run time
    sim.cluster("configured")
        .set_license("enterprise", "active");
    let (_, v) = su(
        &c,
        "GET",
        &format!("{}/_license", sim.cluster("configured").url()),
        None,
    )
    .await;
    assert_eq!(v["license"]["status"], "active");
    assert_eq!(v["license"]["type"], "enterprise");
}

#[tokio::test]
async fn nodes_have_names_versions_and_roles() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("c", "8.17.0").nodes(3))
        .start()
        .unwrap();
    let c = client(&sim);
    let (status, v) = su(
        &c,
        "GET",
        &format!("{}/_nodes", sim.cluster("c").url()),
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        v["_nodes"],
        json!({"total": 3, "successful": 3, "failed": 0})
    );
    let nodes = v["nodes"].as_object().unwrap();
    assert_eq!(nodes.len(), 3);
    for n in nodes.values() {
        assert_eq!(n["version"], "8.17.0");
        assert!(n["name"].as_str().unwrap().starts_with("c-node-"));
        let roles = n["roles"].as_array().unwrap();
        for r in ["master", "data", "ingest", "remote_cluster_client"] {
            assert!(roles.contains(&json!(r)), "{r}");
        }
    }
}

#[tokio::test]
async fn filter_path_and_pretty_apply_to_responses() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("c", "8.17.0"))
        .start()
        .unwrap();
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let (_, v) = su(
        &c,
        "GET",
        &format!("{base}/?filter_path=version.number,cluster_name"),
        None,
    )
    .await;
    assert_eq!(
        v,
        json!({"cluster_name": "c", "version": {"number": "8.17.0"}})
    );
    let (_, v) = su(
        &c,
        "GET",
        &format!("{base}/_license?filter_path=-license.uid,-license.issue_date*"),
        None,
    )
    .await;
    assert!(v["license"].get("uid").is_none());
    assert!(v["license"].get("issue_date").is_none());
    assert!(v["license"].get("type").is_some());
    let text = c
        .get(format!("{base}/?pretty"))
        .header("authorization", elastic())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(text.starts_with("{\n  \""), "{text}");
    // errors are not filtered
    let (status, _, v) = call(
        &c,
        "GET",
        &format!("{base}/?filter_path=nothing"),
        None,
        None,
    )
    .await;
    assert_eq!(status, 401);
    assert_eq!(v["status"], 401);
}

#[tokio::test]
async fn head_root_and_compatible_with_accept_header() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("c", "8.17.0"))
        .start()
        .unwrap();
    let c = client(&sim);
    let resp = c
        .head(sim.cluster("c").url())
        .header("authorization", elastic())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let resp = c
        .get(sim.cluster("c").url())
        .header("authorization", elastic())
        .header(
            "accept",
            "application/vnd.elasticsearch+json; compatible-with=8",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(
        resp.headers()["content-type"],
        "application/vnd.elasticsearch+json;compatible-with=8"
    );
}

#[test]
fn bad_specs_fail_to_start() {
    assert!(
        Sim::builder()
            .cluster(ClusterSpec::new("c", "banana"))
            .start()
            .is_err()
    );
    assert!(
        Sim::builder()
            .cluster(ClusterSpec::new("c", "6.8.0"))
            .start()
            .is_err()
    );
    let dup = Sim::builder()
        .cluster(ClusterSpec::new("c", "8.17.0"))
        .cluster(ClusterSpec::new("c", "8.17.0"))
        .start();
    assert!(dup.is_err());
}

#[test]
#[should_panic(expected = "no cluster named [missing]")]
fn unknown_cluster_name_panics_clearly() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("c", "8.17.0"))
        .start()
        .unwrap();
    let _ = sim.cluster("missing");
}

#[test]
fn sim_starts_from_sync_code_and_writes_its_ca() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("c", "8.17.0"))
        .start()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = sim.write_ca(dir.path()).unwrap();
    assert_eq!(path, dir.path().join("ca.crt"));
    let pem = std::fs::read_to_string(&path).unwrap();
    assert!(pem.starts_with("-----BEGIN CERTIFICATE-----"));
    assert_eq!(pem, sim.ca_pem());
    assert!(!sim.server_cert_der().is_empty());
    assert_ne!(sim.server_cert_der(), sim.ca_der());
    assert!(sim.cluster("c").url().starts_with("https://127.0.0.1:"));
    assert!(!sim.cluster("c").url().ends_with('/'));
    assert_eq!(sim.cluster("c").addr().ip().to_string(), "127.0.0.1");
}

#[tokio::test]
async fn unrecognized_query_parameters_are_rejected_with_a_suggestion() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("c", "8.17.0"))
        .start()
        .unwrap();
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let (status, body) = su(
        &c,
        "GET",
        &format!("{base}/_cluster/settings?flat_setting=true"),
        None,
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["type"], "illegal_argument_exception");
    assert_eq!(
        body["error"]["reason"],
        "request [/_cluster/settings] contains unrecognized parameter: [flat_setting] -> did you mean [flat_settings]?"
    );
    let (status, body) = su(&c, "GET", &format!("{base}/?zzz=1&yyy"), None).await;
    assert_eq!(status, 400);
    assert_eq!(
        body["error"]["reason"],
        "request [/] contains unrecognized parameters: [yyy], [zzz]"
    );
    let (status, _) = su(
        &c,
        "GET",
        &format!("{base}/_cluster/settings?flat_settings&pretty&human"),
        None,
    )
    .await;
    assert_eq!(status, 200);
}

#[test]
fn handles_are_send_sync_and_clone() {
    fn send_sync<T: Send + Sync>() {}
    fn clone<T: Clone>() {}
    send_sync::<Sim>();
    send_sync::<esconnect_sim::ClusterHandle>();
    send_sync::<esconnect_sim::ServiceHandle>();
    clone::<esconnect_sim::ClusterHandle>();
    clone::<esconnect_sim::ServiceHandle>();
    clone::<esconnect_sim::FaultRule>();
}
