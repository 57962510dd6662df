//! The ECE/ECH API client against the simulator's ECE/ECH listener, with every request body checked
//! against the Swagger (`shared/specs/ece|ech/apidocs.json`) by the simulator.

use esconnect_core::ec::{EcClient, EcError, MAX_UPDATE_ATTEMPTS, Mode};
use esconnect_core::env::EnvVar;
use esconnect_core::models::ec::{
    AccountTrust, DirectTrust, KeystoreContents, KeystoreSecret, TrustRelationshipCreateRequest,
    TrustRelationshipUpdateRequest, TrustedCertificate,
};
use esconnect_core::settings::{self, CloudTarget, ConnectionFlags};
use esconnect_sim::ece::Swagger;
use test_support::specs_dir;
use esconnect_sim::{DeploymentSpec, EceSpec, Sim};
use serde_json::{Value, json};

const DEP: &str = "f4a2c1e9b0d34a7e8c5b6d7e8f9a0b1c";
const ES: &str = "main-elasticsearch";
const PEM: &str = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ0FDQUNBQ0FDQUNBQ0FDQUNBQ0E=\n-----END CERTIFICATE-----\n";

fn spec(target: CloudTarget) -> EceSpec {
    let mut s = match target {
        CloudTarget::Ece => EceSpec::ece(),
        CloudTarget::Ech => EceSpec::ech(),
    };
    if let Some(dir) = specs_dir() {
        let flavour = if target == CloudTarget::Ece {
            "ece"
        } else {
            "ech"
        };
        s = s.swagger(Swagger::load(&dir.join(flavour).join("apidocs.json")).unwrap());
    }
    s
}

/// A deployment with trust entries of every kind and settings the client does not model.
fn existing() -> DeploymentSpec {
    DeploymentSpec::new(DEP)
        .trust(json!({
            "accounts": [{"account_id": "acc-1", "name": "ours", "trust_all": true}],
            "direct": [{"name": "prod-dc1", "type": "generic", "trust_all": false,
                        "additional_node_names": ["node1.dc1.example"], "certificates": [{"pem": PEM}]}],
            "external": [{"trust_relationship_id": "rel-1", "trust_all": false, "trust_allowlist": ["c1"]}]
        }))
        .es_setting("snapshot", json!({"interval": "30m"}))
        .es_setting("traffic_filter", json!({"rulesets": ["rs-office"]}))
        .es_setting("dedicated_masters_threshold", json!(6))
}

/// Also with fields the Swagger marks read-only (answered by GET, never to be sent back).
fn existing_with_read_only() -> DeploymentSpec {
    existing()
        .es_setting(
            "metadata",
            json!({"name": "prod", "organization_id": "org-1", "hidden": false}),
        )
        .es_setting("snapshot", json!({"interval": "30m", "slm": true}))
}

struct Setup {
    sim: Sim,
    client: EcClient,
    _dir: tempfile::TempDir,
}

fn setup(spec: EceSpec, key: Option<&str>) -> Setup {
    let sim = Sim::builder().ece(spec).start().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ca = sim.write_ca(dir.path()).unwrap();
    let host = sim.ece().host();
    let key = key.unwrap_or(sim.ece().api_key()).to_string();
    let ca_text = ca.display().to_string();
    let env = move |v: &EnvVar| match v.name {
        "EC_HOST" => Some(host.clone()),
        "EC_API_KEY" => Some(key.clone()),
        "EC_CA_CERT" => Some(ca_text.clone()),
        _ => None,
    };
    let target = if sim.ece().target() == esconnect_sim::EceTarget::Ech {
        Some(CloudTarget::Ech)
    } else {
        None
    };
    let conn = settings::resolve(
        ConnectionFlags {
            target,
            ..Default::default()
        },
        settings::ELASTIC_CLOUD,
        &env,
    )
    .unwrap();
    assert!(conn.url.url.as_str().ends_with("/api/v1"));
    let client = conn.ec_client().unwrap();
    Setup {
        sim,
        client,
        _dir: dir,
    }
}

fn new_direct() -> DirectTrust {
    DirectTrust {
        name: "prod-dc2".into(),
        kind: Some("generic".into()),
        additional_node_names: Some(vec!["node1.dc2.example".into()]),
        certificates: vec![TrustedCertificate {
            pem: PEM.into(),
            ..Default::default()
        }],
        ..Default::default()
    }
}

fn puts(s: &Setup) -> Vec<esconnect_sim::JournalEntry> {
    s.sim
        .ece()
        .journal()
        .into_iter()
        .filter(|e| e.method == "PUT")
        .collect()
}

#[tokio::test]
async fn adding_a_direct_trust_keeps_everything_else_and_is_idempotent() {
    let s = setup(
        spec(CloudTarget::Ece).deployment(existing_with_read_only()),
        None,
    );
    let before = s.sim.ece().deployment(DEP).unwrap();
    let u = s
        .client
        .update_trust(DEP, None, Mode::Apply, |t| t.upsert_direct(new_direct()))
        .await
        .unwrap();
    assert_eq!(u.outcome, "applied");
    assert_eq!(u.diff.changes.len(), 1);
    assert_eq!(u.version_read.as_deref(), Some("1"));
    assert_eq!(u.version_written.as_deref(), Some("2"));
    assert!(
        s.sim.ece().swagger_violations().is_empty(),
        "{:?}",
        s.sim.ece().swagger_violations()
    );

    // What was sent: only the Elasticsearch resource, prune_orphans false, the version, the plan read.
    let put = &puts(&s)[0];
    assert_eq!(put.query.as_deref(), Some("version=1"));
    let body = put.json();
    assert_eq!(body["prune_orphans"], false);
    assert_eq!(body["resources"].as_object().unwrap().len(), 1);
    let es = &body["resources"]["elasticsearch"][0];
    assert_eq!(es["ref_id"], ES);
    assert_eq!(es["region"], "ece-region");
    assert_eq!(
        es["plan"],
        before["resources"]["elasticsearch"][0]["info"]["plan_info"]["current"]["plan"]
    );

    // What is stored: every earlier entry and setting, plus the new entry.
    let after = s.sim.ece().deployment(DEP).unwrap();
    let settings = &after["resources"]["elasticsearch"][0]["info"]["settings"];
    assert_eq!(settings["snapshot"]["interval"], "30m");
    assert_eq!(
        settings["traffic_filter"],
        json!({"rulesets": ["rs-office"]})
    );
    assert_eq!(settings["dedicated_masters_threshold"], 6);
    assert_eq!(settings["metadata"]["name"], "prod");
    assert_eq!(
        settings["metadata"]["organization_id"], "org-1",
        "read-only: kept by the service"
    );
    assert_eq!(settings["snapshot"]["slm"], true);
    assert!(
        body["resources"]["elasticsearch"][0]["settings"]["metadata"]
            .get("organization_id")
            .is_none()
    );
    let t = &settings["trust"];
    assert_eq!(
        t["accounts"],
        before["resources"]["elasticsearch"][0]["info"]["settings"]["trust"]["accounts"]
    );
    assert_eq!(t["external"][0]["trust_allowlist"], json!(["c1"]));
    let names: Vec<&str> = t["direct"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["prod-dc1", "prod-dc2"]);
    let old_uid =
        &before["resources"]["elasticsearch"][0]["info"]["settings"]["trust"]["direct"][0]["uid"];
    assert_eq!(
        &t["direct"][0]["uid"], old_uid,
        "the existing entry kept its uid"
    );
    assert_eq!(
        after["resources"]["kibana"].as_array().unwrap().len(),
        1,
        "no orphan pruned"
    );

    // Again: nothing to change, nothing sent.
    let again = s
        .client
        .update_trust(DEP, None, Mode::Apply, |t| t.upsert_direct(new_direct()))
        .await
        .unwrap();
    assert_eq!(again.outcome, "unchanged");
    assert_eq!(puts(&s).len(), 1);
}

#[tokio::test]
async fn a_concurrent_change_is_merged_never_overwritten() {
    let s = setup(spec(CloudTarget::Ece).deployment(existing()), None);
    let h = s.sim.ece().clone();
    s.sim
        .ece()
        .before_next("PUT", &format!("/deployments/{DEP}"), move || {
            h.change_deployment(DEP, |d| {
                let accounts =
                    d["resources"]["elasticsearch"][0]["info"]["settings"]["trust"]["accounts"]
                        .as_array_mut()
                        .unwrap();
                accounts.push(json!({"account_id": "acc-concurrent", "trust_all": true}));
            });
        });
    let u = s
        .client
        .update_trust(DEP, None, Mode::Apply, |t| t.upsert_direct(new_direct()))
        .await
        .unwrap();
    assert_eq!(u.attempts, 2);
    let puts = puts(&s);
    assert_eq!(puts.len(), 2);
    assert_eq!(puts[0].query.as_deref(), Some("version=1"));
    assert_eq!(puts[1].query.as_deref(), Some("version=2"));
    let t = s.sim.ece().trust(DEP, ES);
    let accounts: Vec<&str> = t["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["account_id"].as_str().unwrap())
        .collect();
    assert_eq!(accounts, ["acc-1", "acc-concurrent"]);
    assert_eq!(t["direct"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn a_449_is_retried_with_a_fresh_read() {
    let s = setup(spec(CloudTarget::Ece).deployment(existing()), None);
    s.sim.ece().service().add_fault(
        esconnect_sim::FaultRule::path(
            &format!("/api/v1/deployments/{DEP}"),
            esconnect_sim::Fault::Status(449),
        )
        .method("PUT")
        .times(1),
    );
    let u = s
        .client
        .update_trust(DEP, None, Mode::Apply, |t| t.upsert_direct(new_direct()))
        .await
        .unwrap();
    assert_eq!(u.attempts, 2);
    assert_eq!(puts(&s).len(), 2);
    let gets = s
        .sim
        .ece()
        .journal()
        .iter()
        .filter(|e| e.method == "GET")
        .count();
    assert_eq!(gets, 2, "read again before the second write");
    assert_eq!(
        s.sim.ece().trust(DEP, ES)["direct"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[tokio::test]
async fn a_deployment_that_keeps_changing_is_a_conflict_error_with_nothing_overwritten() {
    let s = setup(spec(CloudTarget::Ece).deployment(existing()), None);
    for i in 0..MAX_UPDATE_ATTEMPTS {
        let h = s.sim.ece().clone();
        s.sim
            .ece()
            .before_next("PUT", &format!("/deployments/{DEP}"), move || {
                h.change_deployment(DEP, |d| {
                    d["resources"]["elasticsearch"][0]["info"]["settings"]["trust"]["accounts"]
                        [0]["name"] = json!(format!("renamed-{i}"));
                });
            });
    }
    let e = s
        .client
        .update_trust(DEP, None, Mode::Apply, |t| t.upsert_direct(new_direct()))
        .await
        .unwrap_err();
    assert!(
        matches!(e, EcError::Conflict { attempts, .. } if attempts == MAX_UPDATE_ATTEMPTS),
        "{e}"
    );
    assert_eq!(e.exit_code(), 1);
    let t = s.sim.ece().trust(DEP, ES);
    assert_eq!(
        t["direct"].as_array().unwrap().len(),
        1,
        "our change was never applied over theirs"
    );
    assert_eq!(
        t["accounts"][0]["name"],
        format!("renamed-{}", MAX_UPDATE_ATTEMPTS - 1)
    );
}

#[tokio::test]
async fn dry_run_sends_no_write() {
    let s = setup(spec(CloudTarget::Ech).deployment(existing()), None);
    let u = s
        .client
        .update_trust(DEP, Some(ES), Mode::DryRun, |t| {
            t.upsert_account(AccountTrust {
                account_id: "acc-2".into(),
                trust_all: false,
                trust_allowlist: Some(vec!["c9".into()]),
                ..Default::default()
            })
        })
        .await
        .unwrap();
    assert_eq!(u.outcome, "planned");
    let planned = u.planned.unwrap();
    assert_eq!(planned.method, "PUT");
    assert!(
        planned
            .url
            .ends_with(&format!("/api/v1/deployments/{DEP}?version=1")),
        "{}",
        planned.url
    );
    assert!(puts(&s).is_empty());
    assert_eq!(s.sim.ece().version(DEP), Some(1));
}

#[tokio::test]
async fn api_errors_carry_the_code_a_remedy_and_no_key() {
    let secret = "wrong-key-Zm9vYmFy==";
    let s = setup(spec(CloudTarget::Ece).deployment(existing()), Some(secret));
    let e = s.client.get_deployment(DEP).await.unwrap_err();
    assert_eq!(e.status(), Some(401));
    assert_eq!(e.exit_code(), 4);
    let text = format!("{e} {}", e.remedy().unwrap());
    assert!(
        text.contains("root.unauthenticated") && text.contains("EC_API_KEY"),
        "{text}"
    );
    assert!(!text.contains(secret));
    let sent = s.sim.ece().journal();
    assert_eq!(
        sent[0].header("authorization"),
        Some(format!("ApiKey {secret}").as_str()),
        "sent as given"
    );

    let s = setup(spec(CloudTarget::Ece), None);
    let e = s.client.get_deployment(DEP).await.unwrap_err();
    assert_eq!(e.status(), Some(404));
    assert!(
        e.to_string().contains("deployments.deployment_not_found"),
        "{e}"
    );
    assert!(e.remedy().unwrap().contains("--deployment"));
    let e = s
        .client
        .update_trust("../x", None, Mode::Apply, |t| t.remove_by_name("a"))
        .await
        .unwrap_err();
    assert_eq!(e.exit_code(), 2);
    assert_eq!(
        s.sim.ece().journal().len(),
        1,
        "a bad id is refused before sending"
    );
}

#[tokio::test]
async fn keystore_patch_sends_only_its_entry() {
    let s = setup(spec(CloudTarget::Ece).deployment(existing()), None);
    s.sim.ece().keystore_set(
        DEP,
        ES,
        "xpack.notification.slack.account.a.secure_url",
        json!("https://hooks"),
        false,
    );
    let mut c = KeystoreContents::default();
    c.secrets.insert(
        "cluster.remote.dc1.credentials".into(),
        KeystoreSecret {
            value: Some(json!("ZW5jb2RlZC1rZXk=")),
            ..Default::default()
        },
    );
    let after = s.client.patch_keystore(DEP, ES, &c).await.unwrap();
    assert_eq!(after.secrets.len(), 2);
    assert!(after.secrets.values().all(|v| v.value.is_none()));
    let ks = s.sim.ece().keystore(DEP, ES);
    assert_eq!(
        ks["cluster.remote.dc1.credentials"].0,
        json!("ZW5jb2RlZC1rZXk=")
    );
    assert_eq!(
        ks["xpack.notification.slack.account.a.secure_url"].0,
        json!("https://hooks")
    );
    let listed = s.client.get_keystore(DEP, ES).await.unwrap();
    assert_eq!(listed.secrets.len(), 2);
    assert!(
        s.sim.ece().swagger_violations().is_empty(),
        "{:?}",
        s.sim.ece().swagger_violations()
    );
}

#[tokio::test]
async fn platform_trust_relationships_crud_and_ech_refusal() {
    let s = setup(spec(CloudTarget::Ece), None);
    let created = s
        .client
        .create_trust_relationship(&TrustRelationshipCreateRequest {
            name: "ECE B".into(),
            public_ca_cert: PEM.into(),
            trust_by_default: Some(false),
            ..Default::default()
        })
        .await
        .unwrap();
    let updated = s
        .client
        .update_trust_relationship(
            &created.id,
            &TrustRelationshipUpdateRequest {
                account_ids: Some(vec!["acc-9".into()]),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(updated.account_ids, Some(vec!["acc-9".to_string()]));
    let list = s.client.list_trust_relationships(false).await.unwrap();
    assert_eq!(list.trust_relationships.len(), 2);
    let got = s.client.get_trust_relationship(&created.id).await.unwrap();
    assert_eq!(got.public_ca_cert.as_deref(), Some(PEM));
    s.client
        .delete_trust_relationship(&created.id)
        .await
        .unwrap();
    let e = s
        .client
        .get_trust_relationship(&created.id)
        .await
        .unwrap_err();
    assert_eq!(e.status(), Some(404));
    assert!(e.remedy().unwrap().contains("relationships list"));
    assert!(s.sim.ece().swagger_violations().is_empty());

    let s = setup(spec(CloudTarget::Ech), None);
    let e = s.client.list_trust_relationships(false).await.unwrap_err();
    assert!(matches!(e, EcError::EceOnly { .. }));
    assert_eq!(e.exit_code(), 2);
    assert!(s.sim.ece().journal().is_empty());
    let _: Value = json!(null);
}
