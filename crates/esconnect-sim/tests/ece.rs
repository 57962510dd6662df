//! The ECE/ECH API listener: auth, deployments and versions, trust semantics, prune_orphans, keystore,
//! platform trust relationships, validation, hooks, and the Swagger checker against the real Swagger.

mod common;

use common::{call, client};
use esconnect_sim::ece::{DEFAULT_EC_API_KEY, Swagger};
use esconnect_sim::{DeploymentSpec, EceSpec, Sim};
use serde_json::{Value, json};
use test_support::specs_dir;

const DEP: &str = "f4a2c1e9b0d34a7e8c5b6d7e8f9a0b1c";
const PEM: &str = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ0FDQUNBQ0FDQUNBQ0FDQUNBQ0E=\n-----END CERTIFICATE-----\n";

fn key() -> String {
    format!("ApiKey {DEFAULT_EC_API_KEY}")
}

fn start(spec: EceSpec) -> Sim {
    Sim::builder().ece(spec).start().expect("sim starts")
}

fn api(sim: &Sim, path: &str) -> String {
    format!("{}/api/v1{path}", sim.ece().url())
}

/// The body an update sends: the resource read back with new settings.
fn update_body(doc: &Value, settings: Value, prune: bool) -> Value {
    let es = &doc["resources"]["elasticsearch"][0];
    json!({"prune_orphans": prune, "resources": {"elasticsearch": [{
        "ref_id": es["ref_id"], "region": es["region"],
        "plan": es["info"]["plan_info"]["current"]["plan"], "settings": settings}]}})
}

#[tokio::test]
async fn auth_is_an_opaque_api_key_and_401_uses_the_swagger_body() {
    let sim = start(EceSpec::ece().deployment(DeploymentSpec::new(DEP)));
    let c = client(&sim);
    for auth in [
        None,
        Some("ApiKey wrong".to_string()),
        Some(format!("Bearer {DEFAULT_EC_API_KEY}")),
    ] {
        let (s, _, body) = call(
            &c,
            "GET",
            &api(&sim, &format!("/deployments/{DEP}")),
            auth.as_deref(),
            None,
        )
        .await;
        assert_eq!(s, 401);
        assert_eq!(body["errors"][0]["code"], "root.unauthenticated");
        assert!(body["errors"][0]["message"].is_string());
    }
    let (s, h, _) = call(
        &c,
        "GET",
        &api(&sim, "/deployments/nope"),
        Some(&key()),
        None,
    )
    .await;
    assert_eq!(s, 404);
    assert_eq!(h["x-cloud-error-codes"], "deployments.deployment_not_found");
}

#[tokio::test]
async fn get_shows_settings_and_plans_only_when_asked_with_a_version() {
    let sim = start(
        EceSpec::ece().deployment(
            DeploymentSpec::new(DEP)
                .trust(json!({"accounts": [{"account_id": "acc1", "trust_all": true}]})),
        ),
    );
    let c = client(&sim);
    let url = api(&sim, &format!("/deployments/{DEP}"));
    let (s, h, plain) = call(&c, "GET", &url, Some(&key()), None).await;
    assert_eq!(s, 200);
    assert_eq!(h["x-cloud-resource-version"], "1");
    let info = &plain["resources"]["elasticsearch"][0]["info"];
    assert!(
        info.get("settings").is_none(),
        "show_settings defaults to false"
    );
    assert!(
        info["plan_info"]["current"]["plan"].is_object(),
        "show_plans defaults to true"
    );
    let (_, _, full) = call(
        &c,
        "GET",
        &format!("{url}?show_settings=true&show_plans=false"),
        Some(&key()),
        None,
    )
    .await;
    let info = &full["resources"]["elasticsearch"][0]["info"];
    assert_eq!(
        info["settings"]["trust"]["accounts"][0]["account_id"],
        "acc1"
    );
    assert!(info["plan_info"]["current"].get("plan").is_none());
}

#[tokio::test]
async fn stale_version_is_a_409_and_a_fresh_one_bumps_the_version() {
    let sim = start(EceSpec::ece().deployment(DeploymentSpec::new(DEP)));
    let c = client(&sim);
    let doc = sim.ece().deployment(DEP).unwrap();
    let body = update_body(
        &doc,
        json!({"trust": {"accounts": [{"account_id": "a", "trust_all": true}]}}),
        false,
    );
    let url = api(&sim, &format!("/deployments/{DEP}"));
    sim.ece().change_deployment(DEP, |_| {});
    let (s, _, err) = call(
        &c,
        "PUT",
        &format!("{url}?version=1"),
        Some(&key()),
        Some(body.clone()),
    )
    .await;
    assert_eq!(s, 409);
    assert_eq!(err["errors"][0]["code"], "deployments.version_conflict");
    assert_eq!(
        sim.ece().trust(DEP, "main-elasticsearch"),
        Value::Null,
        "nothing applied"
    );
    let (s, h, resp) = call(
        &c,
        "PUT",
        &format!("{url}?version=2"),
        Some(&key()),
        Some(body),
    )
    .await;
    assert_eq!(s, 200, "{resp}");
    assert_eq!(h["x-cloud-resource-version"], "3");
    assert_eq!(resp["id"], DEP);
    assert_eq!(sim.ece().version(DEP), Some(3));
    assert_eq!(
        sim.ece().trust(DEP, "main-elasticsearch")["accounts"][0]["account_id"],
        "a"
    );
}

#[tokio::test]
async fn trust_omitted_keeps_null_reverts_and_lists_are_replaced() {
    let sim = start(EceSpec::ece().deployment(DeploymentSpec::new(DEP).trust(json!({
        "accounts": [{"account_id": "a", "trust_all": true}],
        "direct": [{"name": "d1", "trust_all": false, "additional_node_names": ["n1.example"], "certificates": [{"pem": PEM}]}]
    })).es_setting("snapshot", json!({"interval": "30m"}))));
    let c = client(&sim);
    let url = api(&sim, &format!("/deployments/{DEP}"));
    let put = |settings: Value| {
        let doc = sim.ece().deployment(DEP).unwrap();
        update_body(&doc, settings, false)
    };
    let uid = sim.ece().trust(DEP, "main-elasticsearch")["direct"][0]["uid"].clone();
    assert!(uid.is_string(), "the simulator assigns uids");
    // Settings without trust: the trust stays.
    let (s, _, _) = call(
        &c,
        "PUT",
        &url,
        Some(&key()),
        Some(put(json!({"traffic_filter": {"rulesets": ["rs-1"]}}))),
    )
    .await;
    assert_eq!(s, 200);
    let t = sim.ece().trust(DEP, "main-elasticsearch");
    assert_eq!(t["accounts"][0]["account_id"], "a");
    assert_eq!(t["direct"][0]["uid"], uid);
    let stored = sim.ece().deployment(DEP).unwrap();
    assert_eq!(
        stored["resources"]["elasticsearch"][0]["info"]["settings"]["snapshot"]["interval"],
        "30m"
    );
    // One list sent: it replaces that list only.
    let (s, _, _) = call(
        &c,
        "PUT",
        &url,
        Some(&key()),
        Some(put(
            json!({"trust": {"accounts": [{"account_id": "b", "trust_all": false}]}}),
        )),
    )
    .await;
    assert_eq!(s, 200);
    let t = sim.ece().trust(DEP, "main-elasticsearch");
    assert_eq!(
        t["accounts"],
        json!([{"account_id": "b", "trust_all": false}])
    );
    assert_eq!(t["direct"][0]["name"], "d1");
    // A null list reverts it; a null trust reverts everything.
    call(
        &c,
        "PUT",
        &url,
        Some(&key()),
        Some(put(json!({"trust": {"direct": null}}))),
    )
    .await;
    let t = sim.ece().trust(DEP, "main-elasticsearch");
    assert!(t.get("direct").is_none() && t["accounts"].is_array(), "{t}");
    call(
        &c,
        "PUT",
        &url,
        Some(&key()),
        Some(put(json!({"trust": null}))),
    )
    .await;
    assert_eq!(sim.ece().trust(DEP, "main-elasticsearch"), Value::Null);
}

#[tokio::test]
async fn prune_orphans_true_removes_unlisted_resources_false_keeps_them() {
    let sim = start(EceSpec::ece().deployment(DeploymentSpec::new(DEP)));
    let c = client(&sim);
    let url = api(&sim, &format!("/deployments/{DEP}"));
    let doc = sim.ece().deployment(DEP).unwrap();
    let (s, _, resp) = call(
        &c,
        "PUT",
        &url,
        Some(&key()),
        Some(update_body(&doc, json!({}), false)),
    )
    .await;
    assert_eq!(s, 200);
    assert!(resp.get("shutdown_resources").is_none());
    assert_eq!(
        sim.ece().deployment(DEP).unwrap()["resources"]["kibana"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let (s, _, resp) = call(
        &c,
        "PUT",
        &url,
        Some(&key()),
        Some(update_body(&doc, json!({}), true)),
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(
        resp["shutdown_resources"]["kibana"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert!(
        sim.ece().deployment(DEP).unwrap()["resources"]["kibana"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn validation_errors_use_basic_failed_reply_with_fields() {
    let sim = start(EceSpec::ece().deployment(DeploymentSpec::new(DEP)));
    let c = client(&sim);
    let url = api(&sim, &format!("/deployments/{DEP}"));
    let doc = sim.ece().deployment(DEP).unwrap();
    let bad = update_body(
        &doc,
        json!({"trust": {"direct": [{"name": "x", "trust_all": true, "certificates": [{"pem": PEM}]}]}}),
        false,
    );
    let (s, _, err) = call(&c, "PUT", &url, Some(&key()), Some(bad)).await;
    assert_eq!(s, 400);
    assert_eq!(err["errors"][0]["code"], "root.invalid_data");
    let fields = err["errors"][0]["fields"].as_array().unwrap();
    assert!(
        fields.contains(&json!(
            "resources.elasticsearch[0].settings.trust.direct[0].scope_id"
        )),
        "{err}"
    );
    let (s, _, err) = call(
        &c,
        "PUT",
        &url,
        Some(&key()),
        Some(json!({"resources": {}})),
    )
    .await;
    assert_eq!(s, 400);
    assert_eq!(err["errors"][0]["fields"], json!(["prune_orphans"]));
    assert_eq!(sim.ece().version(DEP), Some(1), "nothing applied");
}

#[tokio::test]
async fn keystore_never_shows_values_and_patch_keeps_unsent_entries() {
    let sim = start(EceSpec::ece().deployment(DeploymentSpec::new(DEP)));
    let c = client(&sim);
    sim.ece().keystore_set(
        DEP,
        "main-elasticsearch",
        "s3.client.default.secret_key",
        json!("aws-secret"),
        false,
    );
    let url = api(
        &sim,
        &format!("/deployments/{DEP}/elasticsearch/main-elasticsearch/keystore"),
    );
    let (s, _, body) = call(
        &c,
        "PATCH",
        &url,
        Some(&key()),
        Some(json!({"secrets": {"cluster.remote.a.credentials": {"value": "enc-key"}}})),
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(
        body["secrets"]["cluster.remote.a.credentials"],
        json!({"as_file": false})
    );
    assert_eq!(
        body["secrets"]["s3.client.default.secret_key"],
        json!({"as_file": false})
    );
    let (_, _, listed) = call(&c, "GET", &url, Some(&key()), None).await;
    assert!(!listed.to_string().contains("aws-secret") && !listed.to_string().contains("enc-key"));
    let ks = sim.ece().keystore(DEP, "main-elasticsearch");
    assert_eq!(ks["cluster.remote.a.credentials"].0, json!("enc-key"));
    // Sent without a value: removed.
    call(
        &c,
        "PATCH",
        &url,
        Some(&key()),
        Some(json!({"secrets": {"cluster.remote.a.credentials": {}}})),
    )
    .await;
    let ks = sim.ece().keystore(DEP, "main-elasticsearch");
    assert!(
        !ks.contains_key("cluster.remote.a.credentials")
            && ks.contains_key("s3.client.default.secret_key")
    );
    let (s, h, _) = call(
        &c,
        "GET",
        &api(
            &sim,
            &format!("/deployments/{DEP}/elasticsearch/nope/keystore"),
        ),
        Some(&key()),
        None,
    )
    .await;
    assert_eq!(s, 404);
    assert_eq!(
        h["x-cloud-error-codes"],
        "deployments.deployment_resource_not_found"
    );
}

#[tokio::test]
async fn platform_trust_relationships_on_ece_only() {
    let sim = start(EceSpec::ece());
    let c = client(&sim);
    let url = api(&sim, "/platform/configuration/trust-relationships");
    let (s, _, list) = call(&c, "GET", &url, Some(&key()), None).await;
    assert_eq!(s, 200);
    assert_eq!(list["trust_relationships"][0]["local"], true);
    assert!(
        list["trust_relationships"][0]
            .get("public_ca_cert")
            .is_none()
    );
    let (s, _, created) = call(
        &c,
        "POST",
        &url,
        Some(&key()),
        Some(json!({"name": "ECE B", "public_ca_cert": PEM, "trust_by_default": false})),
    )
    .await;
    assert_eq!(s, 201);
    let id = created["id"].as_str().unwrap().to_owned();
    let one = format!("{url}/{id}");
    let (s, _, _) = call(
        &c,
        "PUT",
        &one,
        Some(&key()),
        Some(json!({"trust_by_default": true})),
    )
    .await;
    assert_eq!(s, 200);
    let (_, _, got) = call(
        &c,
        "GET",
        &format!("{one}?include_certificate=true"),
        Some(&key()),
        None,
    )
    .await;
    assert_eq!(got["trust_by_default"], true);
    assert_eq!(got["public_ca_cert"], PEM);
    let (_, _, nonlocal) = call(
        &c,
        "GET",
        &format!("{url}?filter=non-local"),
        Some(&key()),
        None,
    )
    .await;
    assert_eq!(nonlocal["trust_relationships"].as_array().unwrap().len(), 1);
    let (s, _, _) = call(&c, "DELETE", &one, Some(&key()), None).await;
    assert_eq!(s, 200);
    let (s, h, _) = call(&c, "GET", &one, Some(&key()), None).await;
    assert_eq!(s, 404);
    assert_eq!(h["x-cloud-error-codes"], "trust_relationships.not_found");

    let ech = start(EceSpec::ech());
    let c = client(&ech);
    let (s, _, body) = call(
        &c,
        "GET",
        &api(&ech, "/platform/configuration/trust-relationships"),
        Some(&key()),
        None,
    )
    .await;
    assert_eq!(s, 404);
    assert_eq!(body["errors"][0]["code"], "root.resource_not_found");
}

#[tokio::test]
async fn a_hook_runs_between_a_get_and_a_put() {
    let sim = start(EceSpec::ece().deployment(DeploymentSpec::new(DEP)));
    let c = client(&sim);
    let handle = sim.ece().clone();
    sim.ece()
        .before_next("PUT", &format!("/deployments/{DEP}"), move || {
            handle.change_deployment(DEP, |d| {
                d["resources"]["elasticsearch"][0]["info"]["settings"]["trust"] =
                    json!({"accounts": [{"account_id": "other", "trust_all": true}]});
            });
        });
    let url = api(&sim, &format!("/deployments/{DEP}"));
    let (_, h, doc) = call(
        &c,
        "GET",
        &format!("{url}?show_settings=true"),
        Some(&key()),
        None,
    )
    .await;
    let v = h["x-cloud-resource-version"].to_str().unwrap().to_owned();
    let (s, _, _) = call(
        &c,
        "PUT",
        &format!("{url}?version={v}"),
        Some(&key()),
        Some(update_body(&doc, json!({"trust": {"accounts": []}}), false)),
    )
    .await;
    assert_eq!(s, 409, "the hook's change made the version stale");
    assert_eq!(
        sim.ece().trust(DEP, "main-elasticsearch")["accounts"][0]["account_id"],
        "other"
    );
    assert_eq!(sim.ece().journal().len(), 2);
}

#[tokio::test]
async fn the_swagger_checker_accepts_our_plan_and_catches_bad_bodies() {
    let Some(dir) = specs_dir() else { return };
    for flavour in ["ece", "ech"] {
        let swagger = Swagger::load(&dir.join(flavour).join("apidocs.json")).unwrap();
        let sim = start(
            EceSpec::ece()
                .deployment(
                    DeploymentSpec::new(DEP).es_setting("snapshot", json!({"interval": "30m"})),
                )
                .swagger(swagger.clone()),
        );
        let c = client(&sim);
        let doc = sim.ece().deployment(DEP).unwrap();
        let settings = doc["resources"]["elasticsearch"][0]["info"]["settings"].clone();
        let good = update_body(&doc, settings, false);
        assert!(
            swagger
                .validate("DeploymentUpdateRequest", &good)
                .is_empty(),
            "{:?}",
            swagger.validate("DeploymentUpdateRequest", &good)
        );
        let url = api(&sim, &format!("/deployments/{DEP}"));
        let (s, _, _) = call(&c, "PUT", &url, Some(&key()), Some(good)).await;
        assert_eq!(s, 200);
        assert!(sim.ece().swagger_violations().is_empty());
        let mut bad = update_body(
            &doc,
            json!({"trust": {"direct": [{"name": "x", "trust_all": false, "typo_field": 1,
            "additional_node_names": ["n"], "certificates": [{"pem": PEM, "metadata": {"fingerprint": "f", "valid_from": "x", "valid_to": "y"}}]}]}}),
            false,
        );
        bad["prune_orphans"] = json!("no");
        let (s, _, err) = call(&c, "PUT", &url, Some(&key()), Some(bad)).await;
        assert_eq!(s, 400);
        assert_eq!(err["errors"][0]["code"], "root.invalid_data");
        let v = sim.ece().swagger_violations().join("\n");
        for needle in [
            "$.prune_orphans: expected a boolean",
            "typo_field: unknown field",
            "metadata: read-only field sent",
        ] {
            assert!(v.contains(needle), "{needle} not in\n{v}");
        }
    }
}

#[tokio::test]
async fn serve_with_ec_api_prints_the_host_key_and_deployment() {
    use std::io::{BufRead as _, BufReader};
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_esconnect-sim"))
        .args([
            "serve",
            "--no-cloud",
            "--ec-api",
            "ece",
            "--ca-dir",
            dir.path().to_str().unwrap(),
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = rx
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("the simulator prints its endpoints");
    let doc: Value = serde_json::from_str(&line).unwrap();
    let host = doc["ec_host"].as_str().unwrap().to_owned();
    let dep = doc["ec_deployment"].as_str().unwrap().to_owned();
    assert_eq!(doc["ec_api_key"], DEFAULT_EC_API_KEY);
    common::init();
    let pem = std::fs::read(dir.path().join("ca.crt")).unwrap();
    let der = rustls::pki_types::pem::PemObject::from_pem_slice(&pem).unwrap();
    let c = reqwest::Client::builder()
        .use_preconfigured_tls(common::tls_config(
            &rustls::pki_types::CertificateDer::into_owned(der),
        ))
        .no_proxy()
        .build()
        .unwrap();
    let (s, h, body) = call(
        &c,
        "GET",
        &format!("https://{host}/api/v1/deployments/{dep}"),
        Some(&key()),
        None,
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(h["x-cloud-resource-version"], "1");
    assert_eq!(body["id"], dep);
    drop(child.stdin.take());
    let _ = child.wait();
}

#[tokio::test]
async fn a_backed_deployment_reaches_its_cluster_keystore_and_trust() {
    use esconnect_sim::ClusterSpec;
    // Two deployments, one per version: 8.14 reloads remote credentials at once, 8.13 needs a restart.
    const OLD: &str = "0123456789abcdef0123456789abcdef";
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("new", "8.17.0"))
        .cluster(ClusterSpec::new("old", "8.13.4"))
        .cluster(ClusterSpec::new("other", "8.17.0").ca("Other CA"))
        .ece(
            EceSpec::ece()
                .deployment(DeploymentSpec::new(DEP).backed_by("new"))
                .deployment(DeploymentSpec::new(OLD).backed_by("old")),
        )
        .start()
        .unwrap();
    let c = client(&sim);
    let setting = "cluster.remote.a.credentials";
    for (dep, cluster, loaded) in [(DEP, "new", true), (OLD, "old", false)] {
        let url = api(
            &sim,
            &format!("/deployments/{dep}/elasticsearch/main-elasticsearch/keystore"),
        );
        let body = json!({"secrets": {setting: {"value": "enc-key"}}});
        let (s, _, _) = call(&c, "PATCH", &url, Some(&key()), Some(body)).await;
        assert_eq!(s, 200);
        let es = sim.cluster(cluster);
        assert!(
            es.keystore_names().contains(&setting.to_string()),
            "{cluster}: on disk"
        );
        assert_eq!(
            es.node_loaded_secure_setting(0, setting).is_some(),
            loaded,
            "{cluster}: reloaded only from 8.14"
        );
        // the plan shows the backing cluster's version
        let (_, _, d) = call(
            &c,
            "GET",
            &api(&sim, &format!("/deployments/{dep}")),
            Some(&key()),
            None,
        )
        .await;
        assert_eq!(
            d["resources"]["elasticsearch"][0]["info"]["plan_info"]["current"]["plan"]["elasticsearch"]
                ["version"],
            es.version()
        );
        // removed: gone from the keystore, and from the loaded settings once reloaded
        let body = json!({"secrets": {setting: {}}});
        call(&c, "PATCH", &url, Some(&key()), Some(body)).await;
        assert!(!es.keystore_names().contains(&setting.to_string()));
        assert!(es.node_loaded_secure_setting(0, setting).is_none());
    }

    // A direct trust entry's CA joins the cluster's remote cluster client CAs; removing it drops it.
    let other_ca = sim.cluster("other").http_ca_pem();
    let (_, h, doc) = call(
        &c,
        "GET",
        &api(&sim, &format!("/deployments/{DEP}?show_settings=true")),
        Some(&key()),
        None,
    )
    .await;
    let version = h["x-cloud-resource-version"].to_str().unwrap().to_owned();
    let trust = json!({"trust": {"direct": [{"name": "other", "type": "generic", "trust_all": false,
        "additional_node_names": ["localhost"], "certificates": [{"pem": other_ca}]}]}});
    let (s, _, _) = call(
        &c,
        "PUT",
        &api(&sim, &format!("/deployments/{DEP}?version={version}")),
        Some(&key()),
        Some(update_body(&doc, trust, false)),
    )
    .await;
    assert_eq!(s, 200);
    let new = sim.cluster("new");
    assert!(new.remote_cluster_client_ca_pems().contains(&other_ca));
    let (_, h, doc) = call(
        &c,
        "GET",
        &api(&sim, &format!("/deployments/{DEP}?show_settings=true")),
        Some(&key()),
        None,
    )
    .await;
    let version = h["x-cloud-resource-version"].to_str().unwrap().to_owned();
    call(
        &c,
        "PUT",
        &api(&sim, &format!("/deployments/{DEP}?version={version}")),
        Some(&key()),
        Some(update_body(&doc, json!({"trust": null}), false)),
    )
    .await;
    assert!(!new.remote_cluster_client_ca_pems().contains(&other_ca));
    assert!(
        !new.remote_cluster_client_ca_pems().is_empty(),
        "its own CAs stay"
    );

    // a deployment backed by a cluster the simulator does not have is refused at start
    let err = Sim::builder()
        .ece(EceSpec::ece().deployment(DeploymentSpec::new(DEP).backed_by("nope")))
        .start()
        .unwrap_err();
    assert!(format!("{err:#}").contains("[nope]"), "{err:#}");
}
