//! The Cloud Connected API and the OTel collector.

mod common;

use std::time::Duration;

use common::*;
use esconnect_sim::{
    ClusterSpec, DEFAULT_AUTOOPS_TOKEN, DEFAULT_CLOUD_API_KEY, Fault, FaultRule, Sim, TlsFault,
};
use serde_json::{Value, json};

fn sim() -> Sim {
    Sim::builder()
        .cluster(ClusterSpec::new("c", "8.17.0"))
        .cloud(true)
        .start()
        .expect("sim starts")
}

fn registration() -> Value {
    json!({
        "self_managed_cluster": {"id": "my-cluster-uuid", "name": "my-cluster-name", "version": "9.1.0"},
        "license": {"uid": "my-license-id", "type": "basic"}
    })
}

fn clusters_url(sim: &Sim) -> String {
    format!("{}/api/v1/cloud-connected/clusters", sim.cloud_api().url())
}

#[tokio::test]
async fn registration_without_credentials_is_the_exact_401() {
    let sim = sim();
    let c = client(&sim);
    let resp = c
        .post(clusters_url(&sim))
        .json(&registration())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
    assert_eq!(
        resp.text().await.unwrap(),
        r#"{"UnauthorizedMessages":["Invalid credential headers"],"Cause":null}"#
    );
    let (status, _, body) = call(
        &c,
        "POST",
        &clusters_url(&sim),
        Some("ApiKey not-the-key"),
        Some(registration()),
    )
    .await;
    assert_eq!(status, 401);
    assert_eq!(
        body,
        json!({"UnauthorizedMessages": ["Invalid credential headers"], "Cause": null})
    );
    let journal = sim.cloud_api().journal();
    assert_eq!(journal.len(), 2);
    assert_eq!(
        journal[1].header("authorization"),
        Some("ApiKey not-the-key")
    );
}

#[tokio::test]
async fn registration_with_the_key_is_201_and_echoes_an_id() {
    let sim = sim();
    assert_eq!(sim.cloud_api_key(), DEFAULT_CLOUD_API_KEY);
    let c = client(&sim);
    let auth = format!("ApiKey {}", sim.cloud_api_key());
    let (status, _, body) = call(
        &c,
        "POST",
        &clusters_url(&sim),
        Some(&auth),
        Some(registration()),
    )
    .await;
    assert_eq!(status, 201);
    let id = body["id"].as_str().unwrap().to_owned();
    assert!(!id.is_empty());
    assert_eq!(body["self_managed_cluster"]["id"], "my-cluster-uuid");
    let (status, _, again) = call(
        &c,
        "POST",
        &clusters_url(&sim),
        Some(&auth),
        Some(registration()),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(again["id"], id);
    let (status, _, body) = call(
        &c,
        "POST",
        &clusters_url(&sim),
        Some(&auth),
        Some(json!({"self_managed_cluster": {"id": "x"}})),
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("self_managed_cluster.name")
    );
    let (status, _, body) = call(
        &c,
        "GET",
        &format!("{}/api/v1/nothing", sim.cloud_api().url()),
        Some(&auth),
        None,
    )
    .await;
    assert_eq!(status, 404);
    assert!(body["errors"][0]["code"].is_string());
}

#[tokio::test]
async fn custom_cloud_credentials_are_honoured() {
    let sim = Sim::builder()
        .cloud(true)
        .cloud_api_key("k-123")
        .autoops_token("t-456")
        .start()
        .unwrap();
    let c = client(&sim);
    let (status, _, _) = call(
        &c,
        "POST",
        &clusters_url(&sim),
        Some("ApiKey k-123"),
        Some(registration()),
    )
    .await;
    assert_eq!(status, 201);
    let resp = c
        .post(format!("{}/v1/logs", sim.otel().url()))
        .header("authorization", "AutoOpsToken t-456")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 415);
}

#[tokio::test]
async fn otel_without_token_is_the_exact_401_and_with_token_empty_body_415() {
    let sim = sim();
    let c = client(&sim);
    let url = format!("{}/v1/logs", sim.otel().url());
    let resp = c
        .post(&url)
        .header("content-length", "0")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
    assert_eq!(
        resp.text().await.unwrap(),
        r#"{"code":16,"message":"no auth provided"}"#
    );
    let resp = c
        .post(&url)
        .header(
            "authorization",
            format!("AutoOpsToken {DEFAULT_AUTOOPS_TOKEN}"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 415);
    let resp = c
        .post(&url)
        .header("authorization", "AutoOpsToken wrong")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
    let resp = c
        .post(&url)
        .header(
            "authorization",
            format!("AutoOpsToken {}", sim.autoops_token()),
        )
        .json(&json!({"resourceLogs": []}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let resp = c
        .post(format!("{}/v1/other", sim.otel().url()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 404);
}

#[tokio::test]
async fn cloud_listeners_honour_faults() {
    let sim = sim();
    let c = client_with_timeout(&sim, Duration::from_secs(5));
    sim.cloud_api()
        .add_fault(FaultRule::any(Fault::Status(502)).times(1));
    let resp = c
        .post(clusters_url(&sim))
        .json(&registration())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 502);
    assert_eq!(resp.headers()["content-type"], "text/html");
    sim.otel().set_tls_fault(Some(TlsFault::UnknownCa));
    let err = c
        .post(format!("{}/v1/logs", sim.otel().url()))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(
        find_rustls_error(&err),
        Some(rustls::Error::InvalidCertificate(
            rustls::CertificateError::UnknownIssuer
        ))
    ));
}

#[test]
#[should_panic(expected = "without cloud listeners")]
fn cloud_api_panics_when_not_started() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("c", "8.17.0"))
        .start()
        .unwrap();
    let _ = sim.cloud_api();
}
