//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use esconnect_sim::Sim;
use serde_json::Value;

/// Install the ring provider for reqwest (idempotent).
pub fn init() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// A rustls client configuration trusting exactly `ca_der`.
pub fn tls_config(ca_der: &[u8]) -> rustls::ClientConfig {
    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(rustls::pki_types::CertificateDer::from(ca_der.to_vec()))
        .expect("CA is a valid certificate");
    rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_root_certificates(roots)
        .with_no_client_auth()
}

/// A client trusting the simulator's CA, no connection reuse surprises (fresh pool per client).
pub fn client(sim: &Sim) -> reqwest::Client {
    init();
    reqwest::Client::builder()
        .use_preconfigured_tls(tls_config(&sim.ca_der()))
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client")
}

/// Like [`client`] with a request timeout.
pub fn client_with_timeout(sim: &Sim, timeout: Duration) -> reqwest::Client {
    init();
    reqwest::Client::builder()
        .use_preconfigured_tls(tls_config(&sim.ca_der()))
        .no_proxy()
        .pool_max_idle_per_host(0)
        .timeout(timeout)
        .build()
        .expect("client")
}

pub fn basic(user: &str, password: &str) -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
    )
}

pub fn elastic() -> String {
    basic("elastic", "changeme")
}

pub fn api_key_header(encoded: &str) -> String {
    format!("ApiKey {encoded}")
}

/// Send a request and return status, headers and JSON body (Null when the body is not JSON).
pub async fn call(
    client: &reqwest::Client,
    method: &str,
    url: &str,
    auth: Option<&str>,
    body: Option<Value>,
) -> (u16, reqwest::header::HeaderMap, Value) {
    let mut rb = client.request(method.parse().expect("method"), url);
    if let Some(a) = auth {
        rb = rb.header("authorization", a);
    }
    if let Some(b) = body {
        rb = rb.json(&b);
    }
    let resp = rb.send().await.expect("request succeeds at the HTTP level");
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let text = resp.text().await.expect("body");
    let json = serde_json::from_str(&text).unwrap_or(Value::Null);
    (status, headers, json)
}

/// `call` with the elastic superuser.
pub async fn su(
    client: &reqwest::Client,
    method: &str,
    url: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let (s, _, v) = call(client, method, url, Some(&elastic()), body).await;
    (s, v)
}

#[allow(unused_imports)] // not every test binary reads the spec examples
pub use esconnect_sim::specs::spec_example;

/// The keys of a JSON object, sorted.
pub fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v
        .as_object()
        .unwrap_or_else(|| panic!("expected an object, got {v}"))
        .keys()
        .cloned()
        .collect();
    k.sort();
    k
}

/// Every key of `expected` (recursively through objects) is in `actual`.
pub fn assert_has_keys_of(actual: &Value, expected: &Value, path: &str) {
    if let (Value::Object(a), Value::Object(e)) = (actual, expected) {
        for (k, ev) in e {
            let av = a
                .get(k)
                .unwrap_or_else(|| panic!("missing key {path}.{k} in {actual}"));
            assert_has_keys_of(av, ev, &format!("{path}.{k}"));
        }
    }
}

/// Walk an error's source chain and render every level (Debug), for matching error kinds.
pub fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = format!("{e:?}");
    let mut cur = e.source();
    while let Some(s) = cur {
        out.push_str(" <- ");
        out.push_str(&format!("{s:?}"));
        cur = s.source();
    }
    out
}

/// Find a `rustls::Error` somewhere in an error's source chain (also inside nested `io::Error`s, whose
/// `source()` skips the wrapped error).
pub fn find_rustls_error(e: &(dyn std::error::Error + 'static)) -> Option<rustls::Error> {
    if let Some(r) = e.downcast_ref::<rustls::Error>() {
        return Some(r.clone());
    }
    if let Some(io) = e.downcast_ref::<std::io::Error>()
        && let Some(inner) = io.get_ref()
        && let Some(r) = find_rustls_error(inner)
    {
        return Some(r);
    }
    e.source().and_then(find_rustls_error)
}

/// Find an `io::ErrorKind` in an error's source chain.
pub fn find_io_kind(e: &(dyn std::error::Error + 'static)) -> Option<std::io::ErrorKind> {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = cur {
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            return Some(io.kind());
        }
        cur = err.source();
    }
    None
}
