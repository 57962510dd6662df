//! Request-level and connection-level fault injection.
//!
//! Request-level faults ([`FaultRule`] holding a [`Fault`]) are matched after the request has been read
//! completely and recorded in the journal, so every faulted request is still visible in
//! [`crate::ServiceHandle::journal`]. Rules are checked in the order they were added; the first matching
//! rule wins. A rule with `times: Some(n)` applies to the next `n` matching requests and is then dropped.
//!
//! Connection-level faults ([`TlsFault`]) are read when a connection is accepted, so a change takes effect
//! for the next new connection; connections already open (pooled keep-alive connections of a client) keep
//! the behaviour they were accepted with.

use std::time::Duration;

/// What to do with a matching request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Wait this long, then answer normally.
    Latency(Duration),
    /// Answer with this status and a realistic body instead of handling the request.
    ///
    /// On cluster listeners 429 gives an Elasticsearch `es_rejected_execution_exception`, 502/503/504 give a
    /// small `text/html` page like a load balancer in front of the cluster, and any other status gives an
    /// Elasticsearch-style JSON error. On the cloud listeners 502/503/504 are HTML as well and everything
    /// else is a JSON `{"code", "message"}` body.
    Status(u16),
    /// Send a TCP RST after reading the request (`SO_LINGER` 0, then close).
    Reset,
    /// Read the request and never answer (the connection stays open until the client gives up or the
    /// simulator stops).
    Hang,
    /// Close the connection without answering (a FIN; for HTTPS without a TLS `close_notify`).
    Close,
    /// Answer `status` (a 3xx) with `Location: <location>` and a small HTML page, as a load balancer or a
    /// login proxy in front of a cluster does (Elasticsearch itself never redirects).
    Redirect { status: u16, location: String },
}

/// A request-level fault with the requests it applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaultRule {
    /// HTTP method to match (case-insensitive); `None` matches every method.
    pub method: Option<String>,
    /// Path prefix to match (the path only, without the query string); `None` matches every path.
    pub path_prefix: Option<String>,
    /// What to do.
    pub fault: Fault,
    /// `None` = forever; `Some(n)` = only the next `n` matching requests.
    pub times: Option<u32>,
}

impl FaultRule {
    /// A rule matching every request.
    pub fn any(fault: Fault) -> Self {
        Self {
            method: None,
            path_prefix: None,
            fault,
            times: None,
        }
    }

    /// A rule matching every request whose path starts with `prefix`.
    pub fn path(prefix: &str, fault: Fault) -> Self {
        Self {
            method: None,
            path_prefix: Some(prefix.to_owned()),
            fault,
            times: None,
        }
    }

    /// Restrict the rule to requests with this HTTP method.
    pub fn method(mut self, method: &str) -> Self {
        self.method = Some(method.to_owned());
        self
    }

    /// Apply the rule only to the next `n` matching requests.
    pub fn times(mut self, n: u32) -> Self {
        self.times = Some(n);
        self
    }

    pub(crate) fn matches(&self, method: &str, path: &str) -> bool {
        if let Some(m) = &self.method
            && !m.eq_ignore_ascii_case(method)
        {
            return false;
        }
        if let Some(p) = &self.path_prefix
            && !path.starts_with(p.as_str())
        {
            return false;
        }
        true
    }
}

/// A connection-level fault of an HTTPS listener (ignored by the listeners of a plain-HTTP simulator).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TlsFault {
    /// Present a certificate chain issued by a different CA, one the client does not trust.
    UnknownCa,
    /// Present a certificate from the simulator's CA whose only SAN is `wrong-host.invalid`.
    WrongHost,
    /// Present a certificate from the simulator's CA with the right names whose `not_after` is in the past.
    Expired,
    /// Speak plain HTTP although the simulator is HTTPS: a TLS client gets a plaintext `HTTP/1.1 400` back
    /// (which TLS clients report as a corrupt or invalid message), a plain HTTP client is served normally.
    PlainHttp,
}
