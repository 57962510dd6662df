//! What the listeners serve: the request and response types every service handles, and the
//! [`Service`] trait the HTTP server ([`crate::server`]) calls.
//!
//! This module depends on nothing else in the crate: the server knows services only through the
//! trait, and the services (the clusters in `es`, the Cloud Connected API and the OTel collector in
//! `cloud`, the ECE/ECH API in `ece`) implement it without knowing the server's internals.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use hyper::body::Bytes;

/// A request as the handlers see it.
pub(crate) struct Req {
    pub method: http::Method,
    pub path: String,
    pub query: Option<String>,
    pub headers: http::HeaderMap,
    pub body: Bytes,
}

/// A response from a handler.
pub(crate) struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn json(status: u16, v: &serde_json::Value) -> Self {
        Self {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: serde_json::to_vec(v).unwrap_or_default(),
        }
    }

    pub fn text(status: u16, content_type: &str, body: &str) -> Self {
        Self {
            status,
            headers: vec![("content-type".into(), content_type.into())],
            body: body.as_bytes().to_vec(),
        }
    }
}

/// The future a [`Service`] answers with.
pub(crate) type RespFuture = Pin<Box<dyn Future<Output = Resp> + Send>>;

/// One kind of listener: a simulated cluster, the Cloud Connected API, the OTel collector or the
/// ECE/ECH API.
pub(crate) trait Service: Send + Sync + 'static {
    /// Answer one request (after the server has read, journaled it and applied request faults).
    fn handle(self: Arc<Self>, req: Req) -> RespFuture;

    /// The body of a [`crate::Fault::Status`] with `code` (100..=999), in the service's own error
    /// shape. The server answers 502–504 itself, as the proxy in front of the service would.
    fn fault_response(&self, code: u16) -> Resp;
}

/// The reason phrase of a status code (`Error` for unknown ones).
pub(crate) fn reason(code: u16) -> &'static str {
    http::StatusCode::from_u16(code)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Error")
}
