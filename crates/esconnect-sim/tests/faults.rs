//! Request-level faults, TLS faults, plaintext on HTTPS, and the journal, seen from a real client.

mod common;

use std::time::{Duration, Instant};

use common::*;
use esconnect_sim::{ClusterSpec, Fault, FaultRule, Sim, TlsFault};
use rustls::CertificateError;
use serde_json::{Value, json};

fn sim() -> Sim {
    Sim::builder()
        .cluster(ClusterSpec::new("c", "8.17.0"))
        .start()
        .expect("sim starts")
}

async fn get(c: &reqwest::Client, url: &str) -> Result<reqwest::Response, reqwest::Error> {
    c.get(url).header("authorization", elastic()).send().await
}

#[tokio::test]
async fn reset_gives_a_connection_reset_error() {
    let sim = sim();
    let es = sim.cluster("c");
    es.add_fault(FaultRule::any(Fault::Reset).times(1));
    let c = client_with_timeout(&sim, Duration::from_secs(5));
    let err = get(&c, &es.url())
        .await
        .expect_err("reset must fail the request");
    assert!(!err.is_timeout(), "{err:?}");
    assert_eq!(
        find_io_kind(&err),
        Some(std::io::ErrorKind::ConnectionReset),
        "{}",
        error_chain(&err)
    );
    // the rule was used up: the next request succeeds, and both were journaled
    assert_eq!(get(&c, &es.url()).await.unwrap().status(), 200);
    assert_eq!(es.journal().len(), 2);
}

#[tokio::test]
async fn hang_makes_the_client_time_out() {
    let sim = sim();
    let es = sim.cluster("c");
    es.add_fault(FaultRule::path("/_license", Fault::Hang));
    let c = client_with_timeout(&sim, Duration::from_millis(500));
    let started = Instant::now();
    let err = get(&c, &format!("{}/_license", es.url()))
        .await
        .expect_err("hang");
    assert!(err.is_timeout(), "{}", error_chain(&err));
    assert!(started.elapsed() >= Duration::from_millis(500));
    // other paths are not affected
    assert_eq!(get(&c, &es.url()).await.unwrap().status(), 200);
    assert_eq!(es.journal()[0].path, "/_license");
}

#[tokio::test]
async fn close_ends_the_connection_without_a_response() {
    let sim = sim();
    let es = sim.cluster("c");
    es.add_fault(FaultRule::any(Fault::Close).times(1));
    let c = client_with_timeout(&sim, Duration::from_secs(5));
    let err = get(&c, &es.url()).await.expect_err("close");
    assert!(!err.is_timeout());
    let chain = error_chain(&err);
    assert!(
        chain.contains("IncompleteMessage")
            || chain.contains("UnexpectedEof")
            || chain.contains("close_notify")
            || chain.contains("connection closed"),
        "{chain}"
    );
}

#[tokio::test]
async fn status_503_is_a_load_balancer_page() {
    let sim = sim();
    let es = sim.cluster("c");
    es.add_fault(FaultRule::any(Fault::Status(503)).times(2));
    let c = client(&sim);
    for _ in 0..2 {
        let resp = get(&c, &es.url()).await.unwrap();
        assert_eq!(resp.status(), 503);
        assert_eq!(resp.headers()["content-type"], "text/html");
        assert!(resp.headers().get("x-elastic-product").is_none());
        let text = resp.text().await.unwrap();
        assert!(
            text.contains("503 Service Temporarily Unavailable"),
            "{text}"
        );
    }
    assert_eq!(get(&c, &es.url()).await.unwrap().status(), 200);
}

#[tokio::test]
async fn status_429_is_an_es_rejected_execution_exception() {
    let sim = sim();
    let es = sim.cluster("c");
    es.add_fault(FaultRule::any(Fault::Status(429)).method("GET"));
    let c = client(&sim);
    let (status, headers, body) = call(&c, "GET", &es.url(), Some(&elastic()), None).await;
    assert_eq!(status, 429);
    assert_eq!(headers["x-elastic-product"], "Elasticsearch");
    assert_eq!(body["status"], 429);
    assert_eq!(body["error"]["type"], "es_rejected_execution_exception");
    assert_eq!(
        body["error"]["root_cause"][0]["type"],
        "es_rejected_execution_exception"
    );
    // method filter: PUT is not affected
    let (status, _, _) = call(
        &c,
        "PUT",
        &format!("{}/_cluster/settings", es.url()),
        Some(&elastic()),
        Some(json!({"persistent": {"a.b": "c"}})),
    )
    .await;
    assert_eq!(status, 200);
    es.clear_faults();
    assert_eq!(
        call(&c, "GET", &es.url(), Some(&elastic()), None).await.0,
        200
    );
}

#[tokio::test]
async fn latency_delays_then_answers_normally() {
    let sim = sim();
    let es = sim.cluster("c");
    let c = client(&sim);
    // warm the connection so the measurement is the fault, not the handshake
    get(&c, &es.url()).await.unwrap();
    es.add_fault(FaultRule::any(Fault::Latency(Duration::from_millis(300))).times(1));
    let started = Instant::now();
    let resp = get(&c, &es.url()).await.unwrap();
    assert_eq!(resp.status(), 200);
    assert!(
        started.elapsed() >= Duration::from_millis(300),
        "{:?}",
        started.elapsed()
    );
}

async fn tls_error(sim: &Sim, fault: TlsFault) -> rustls::Error {
    let es = sim.cluster("c");
    es.set_tls_fault(Some(fault));
    let c = client_with_timeout(sim, Duration::from_secs(5));
    let err = get(&c, &es.url()).await.expect_err("TLS must fail");
    let found = find_rustls_error(&err);
    es.set_tls_fault(None);
    found.unwrap_or_else(|| panic!("no rustls error in {}", error_chain(&err)))
}

#[tokio::test]
async fn unknown_ca_is_an_unknown_issuer_error() {
    let sim = sim();
    let e = tls_error(&sim, TlsFault::UnknownCa).await;
    assert!(
        matches!(
            e,
            rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer)
        ),
        "{e:?}"
    );
    // back to normal for new connections
    let c = client_with_timeout(&sim, Duration::from_secs(5));
    assert_eq!(
        get(&c, &sim.cluster("c").url()).await.unwrap().status(),
        200
    );
}

#[tokio::test]
async fn wrong_host_is_a_not_valid_for_name_error() {
    let sim = sim();
    let e = tls_error(&sim, TlsFault::WrongHost).await;
    assert!(
        matches!(
            e,
            rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. }
            )
        ),
        "{e:?}"
    );
}

#[tokio::test]
async fn expired_is_an_expired_certificate_error() {
    let sim = sim();
    let e = tls_error(&sim, TlsFault::Expired).await;
    assert!(
        matches!(
            e,
            rustls::Error::InvalidCertificate(
                CertificateError::Expired | CertificateError::ExpiredContext { .. }
            )
        ),
        "{e:?}"
    );
}

#[tokio::test]
async fn plain_http_listener_gives_tls_clients_an_invalid_message() {
    let sim = sim();
    let es = sim.cluster("c");
    es.set_tls_fault(Some(TlsFault::PlainHttp));
    assert_eq!(es.tls_fault(), Some(TlsFault::PlainHttp));
    let c = client_with_timeout(&sim, Duration::from_secs(5));
    let err = get(&c, &es.url()).await.expect_err("TLS client must fail");
    match find_rustls_error(&err) {
        Some(rustls::Error::InvalidMessage(_)) => {}
        other => panic!(
            "expected InvalidMessage, got {other:?}: {}",
            error_chain(&err)
        ),
    }
    // a plain HTTP client is served
    let http_url = es.url().replacen("https://", "http://", 1);
    let resp = get(&c, &http_url).await.unwrap();
    assert_eq!(resp.status(), 200);
}

#[tokio::test]
async fn plain_http_client_on_https_listener_gets_the_connection_closed() {
    let sim = sim();
    let es = sim.cluster("c");
    let c = client_with_timeout(&sim, Duration::from_secs(5));
    let http_url = es.url().replacen("https://", "http://", 1);
    let err = get(&c, &http_url).await.expect_err("no HTTP response");
    assert!(!err.is_timeout());
    assert!(
        err.is_request() || err.is_connect(),
        "{}",
        error_chain(&err)
    );
    assert!(
        error_chain(&err).contains("IncompleteMessage"),
        "{}",
        error_chain(&err)
    );
    assert!(es.journal().is_empty(), "nothing reached the HTTP layer");
}

#[tokio::test]
async fn journal_records_method_path_query_headers_and_body() {
    let sim = sim();
    let es = sim.cluster("c");
    let c = client(&sim);
    let resp = c
        .put(format!("{}/_cluster/settings?flat_settings=true", es.url()))
        .header("authorization", elastic())
        .header("X-Opaque-Id", "test-42")
        .json(&json!({"persistent": {"cluster.metadata.display_name": "x"}}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let journal = es.journal();
    assert_eq!(journal.len(), 1);
    let e = &journal[0];
    assert_eq!(e.method, "PUT");
    assert_eq!(e.path, "/_cluster/settings");
    assert_eq!(e.query.as_deref(), Some("flat_settings=true"));
    assert_eq!(e.header("x-opaque-id"), Some("test-42"));
    assert_eq!(e.header("X-Opaque-Id"), Some("test-42"));
    assert_eq!(e.header("content-type"), Some("application/json"));
    assert!(e.headers.iter().all(|(k, _)| k == &k.to_ascii_lowercase()));
    assert_eq!(
        e.json(),
        json!({"persistent": {"cluster.metadata.display_name": "x"}})
    );
    assert_eq!(e.uri(), "/_cluster/settings?flat_settings=true");
    get(&c, &es.url()).await.unwrap();
    let journal = es.journal();
    assert_eq!(journal[1].json(), Value::Null);
    assert_eq!(journal[1].query, None);
    es.clear_journal();
    assert!(es.journal().is_empty());
}

#[tokio::test]
async fn plain_http_simulator_serves_http() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("c", "8.17.0"))
        .plain_http(true)
        .start()
        .unwrap();
    assert!(sim.cluster("c").url().starts_with("http://127.0.0.1:"));
    let c = client(&sim);
    assert_eq!(
        get(&c, &sim.cluster("c").url()).await.unwrap().status(),
        200
    );
}

#[tokio::test]
async fn redirect_answers_a_3xx_with_its_location() {
    let sim = sim();
    let es = sim.cluster("c");
    es.add_fault(FaultRule::path(
        "/_security",
        Fault::Redirect {
            status: 302,
            location: "https://login.example.com/sso".into(),
        },
    ));
    init();
    let c = reqwest::Client::builder()
        .use_preconfigured_tls(tls_config(&sim.ca_der()))
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let r = c
        .post(format!("{}/_security/user/_has_privileges", es.url()))
        .header("authorization", elastic())
        .json(&json!({"cluster": ["monitor"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 302);
    assert_eq!(
        r.headers().get("location").unwrap(),
        "https://login.example.com/sso"
    );
    // Other paths answer normally.
    assert_eq!(get(&c, &es.url()).await.unwrap().status(), 200);
}
