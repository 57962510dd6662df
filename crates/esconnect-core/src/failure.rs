//! The failure taxonomy: every way a request to Elasticsearch or an Elastic endpoint can go wrong on the
//! wire, each with a stable code, a one-line message and a remedy.
//!
//! Classification (in `http::classify`) works on typed errors from real sockets and real TLS handshakes
//! (`std::io::ErrorKind`, `rustls::Error`, `reqwest` timeouts, our own resolver's error type) and on
//! diagnostics run after a failure (a TLS sniff, a CONNECT to the proxy): never on error message text.

use serde::Serialize;

/// A kind of wire failure. The `code()` strings are stable: scripts and the probe's JSON rely on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FailureKind {
    Dns,
    ConnectionRefused,
    ConnectionReset,
    ConnectionClosed,
    ConnectTimeout,
    ResponseTimeout,
    TlsUnknownAuthority,
    TlsHostnameMismatch,
    TlsExpired,
    TlsFingerprintMismatch,
    TlsOther,
    PlainHttpToTlsPort,
    TlsToPlainPort,
    ProxyUnreachable,
    ProxyRefused,
    ProxyAuthRequired,
    Unauthorized,
    Forbidden,
    NotFound,
    TooManyRequests,
    BadGateway,
    ServiceUnavailable,
    GatewayTimeout,
    ServerError,
    ClientError,
    UnexpectedBody,
    /// An HTTP 3xx: Elasticsearch and the Elastic Cloud APIs never redirect, so something else answered.
    Redirect,
    /// This machine ran out of a local resource (open files, memory, local ports): not the peer's fault.
    LocalResources,
    Other,
}

impl FailureKind {
    /// Every kind, for documentation and exhaustiveness tests.
    pub const ALL: &'static [FailureKind] = &[
        FailureKind::Dns,
        FailureKind::ConnectionRefused,
        FailureKind::ConnectionReset,
        FailureKind::ConnectionClosed,
        FailureKind::ConnectTimeout,
        FailureKind::ResponseTimeout,
        FailureKind::TlsUnknownAuthority,
        FailureKind::TlsHostnameMismatch,
        FailureKind::TlsExpired,
        FailureKind::TlsFingerprintMismatch,
        FailureKind::TlsOther,
        FailureKind::PlainHttpToTlsPort,
        FailureKind::TlsToPlainPort,
        FailureKind::ProxyUnreachable,
        FailureKind::ProxyRefused,
        FailureKind::ProxyAuthRequired,
        FailureKind::Unauthorized,
        FailureKind::Forbidden,
        FailureKind::NotFound,
        FailureKind::TooManyRequests,
        FailureKind::BadGateway,
        FailureKind::ServiceUnavailable,
        FailureKind::GatewayTimeout,
        FailureKind::ServerError,
        FailureKind::ClientError,
        FailureKind::UnexpectedBody,
        FailureKind::Redirect,
        FailureKind::LocalResources,
        FailureKind::Other,
    ];

    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            FailureKind::Dns => "dns",
            FailureKind::ConnectionRefused => "connection_refused",
            FailureKind::ConnectionReset => "connection_reset",
            FailureKind::ConnectionClosed => "connection_closed",
            FailureKind::ConnectTimeout => "connect_timeout",
            FailureKind::ResponseTimeout => "response_timeout",
            FailureKind::TlsUnknownAuthority => "tls_unknown_authority",
            FailureKind::TlsHostnameMismatch => "tls_hostname_mismatch",
            FailureKind::TlsExpired => "tls_expired",
            FailureKind::TlsFingerprintMismatch => "tls_fingerprint_mismatch",
            FailureKind::TlsOther => "tls_other",
            FailureKind::PlainHttpToTlsPort => "plain_http_to_tls_port",
            FailureKind::TlsToPlainPort => "tls_to_plain_port",
            FailureKind::ProxyUnreachable => "proxy_unreachable",
            FailureKind::ProxyRefused => "proxy_refused",
            FailureKind::ProxyAuthRequired => "proxy_auth_required",
            FailureKind::Unauthorized => "http_401",
            FailureKind::Forbidden => "http_403",
            FailureKind::NotFound => "http_404",
            FailureKind::TooManyRequests => "http_429",
            FailureKind::BadGateway => "http_502",
            FailureKind::ServiceUnavailable => "http_503",
            FailureKind::GatewayTimeout => "http_504",
            FailureKind::ServerError => "http_5xx",
            FailureKind::ClientError => "http_4xx",
            FailureKind::UnexpectedBody => "unexpected_body",
            FailureKind::Redirect => "redirect",
            FailureKind::LocalResources => "local_resources",
            FailureKind::Other => "other",
        }
    }

    /// A one-line description of what happened.
    pub fn summary(self) -> &'static str {
        match self {
            FailureKind::Dns => "the host name could not be resolved",
            FailureKind::ConnectionRefused => {
                "the connection was refused: nothing listens on that host and port"
            }
            FailureKind::ConnectionReset => "the connection was reset by the peer or a middlebox",
            FailureKind::ConnectionClosed => "the server closed the connection without answering",
            FailureKind::ConnectTimeout => "the connection could not be opened in time",
            FailureKind::ResponseTimeout => "no response arrived in time",
            FailureKind::TlsUnknownAuthority => "x509: certificate signed by unknown authority",
            FailureKind::TlsHostnameMismatch => {
                "the server certificate is not valid for this host name"
            }
            FailureKind::TlsExpired => "the server certificate has expired (or is not yet valid)",
            FailureKind::TlsFingerprintMismatch => {
                "no certificate presented by the server matches the expected SHA-256 fingerprint"
            }
            FailureKind::TlsOther => "the TLS handshake failed",
            FailureKind::PlainHttpToTlsPort => {
                "plain HTTP was sent to a port that speaks TLS (HTTPS)"
            }
            FailureKind::TlsToPlainPort => {
                "TLS (HTTPS) was attempted on a port that speaks plain HTTP"
            }
            FailureKind::ProxyUnreachable => "the proxy could not be reached",
            FailureKind::ProxyRefused => "the proxy refused the request",
            FailureKind::ProxyAuthRequired => "the proxy requires authentication (HTTP 407)",
            FailureKind::Unauthorized => "authentication failed (HTTP 401)",
            FailureKind::Forbidden => {
                "the credentials lack a privilege this request needs (HTTP 403)"
            }
            FailureKind::NotFound => "not found (HTTP 404)",
            FailureKind::TooManyRequests => {
                "too many requests (HTTP 429): the server is rejecting work"
            }
            FailureKind::BadGateway => "bad gateway (HTTP 502)",
            FailureKind::ServiceUnavailable => "service unavailable (HTTP 503)",
            FailureKind::GatewayTimeout => "gateway timeout (HTTP 504)",
            FailureKind::ServerError => "server error (HTTP 5xx)",
            FailureKind::ClientError => "the request was rejected (HTTP 4xx)",
            FailureKind::UnexpectedBody => "the response body is not the JSON expected",
            FailureKind::Redirect => {
                "the server answered with a redirect (HTTP 3xx), which Elasticsearch never sends: something else is in front of it"
            }
            FailureKind::LocalResources => {
                "this machine ran out of a local resource (open files, memory or local ports) before the request was sent"
            }
            FailureKind::Other => "the request failed",
        }
    }

    /// What to do about it.
    pub fn remedy(self) -> &'static str {
        match self {
            FailureKind::Dns => {
                "Check the host name for typos and that this machine's DNS (or /etc/hosts) resolves it."
            }
            FailureKind::ConnectionRefused => {
                "Check the port (Elasticsearch HTTP defaults to 9200; 9300 is transport and 9443 the remote cluster server) and that the node is running and listening on this interface."
            }
            FailureKind::ConnectionReset => {
                "A firewall, load balancer or TLS inspection appliance may be cutting the connection; check the path and the server's logs."
            }
            FailureKind::ConnectionClosed => {
                "Check the server's logs; a proxy or load balancer in between may be dropping the request."
            }
            FailureKind::ConnectTimeout => {
                "A firewall is probably dropping the packets: have the network team allow this host and port, or check the address."
            }
            FailureKind::ResponseTimeout => {
                "The server accepted the connection but did not answer: check the cluster's health and load, or raise --timeout."
            }
            FailureKind::TlsUnknownAuthority => {
                "Give the CA that signed the server's certificate with --ca-cert (or its SHA-256 with --ca-fingerprint); self-managed clusters and ECE use a private CA."
            }
            FailureKind::TlsHostnameMismatch => {
                "Use the host name the certificate was issued for, or reissue the certificate with this name in its subject alternative names."
            }
            FailureKind::TlsExpired => {
                "Renew the server certificate, and check this machine's clock."
            }
            FailureKind::TlsFingerprintMismatch => {
                "Check the fingerprint against the one Elasticsearch printed at first start (or `openssl x509 -fingerprint -sha256 -in ca.crt`)."
            }
            FailureKind::TlsOther => {
                "Check that both sides share a TLS version and cipher suite, and that no TLS inspection alters the handshake."
            }
            FailureKind::PlainHttpToTlsPort => "Use https:// in the URL: this port expects TLS.",
            FailureKind::TlsToPlainPort => {
                "Use http:// in the URL, or enable TLS on the server (xpack.security.http.ssl.enabled)."
            }
            FailureKind::ProxyUnreachable => {
                "Check the proxy address in HTTPS_PROXY/HTTP_PROXY (or --proxy), or add the target to NO_PROXY."
            }
            FailureKind::ProxyRefused => {
                "Have the proxy allow this destination (including the port), or add the host to NO_PROXY if it should be reached directly."
            }
            FailureKind::ProxyAuthRequired => {
                "Put the proxy's credentials in the proxy URL (http://user:password@proxy:3128)."
            }
            FailureKind::Unauthorized => {
                "Check the API key or the username and password for typos, expiry or invalidation."
            }
            FailureKind::Forbidden => {
                "Grant the missing privilege to the user or API key (the error names it), or use other credentials."
            }
            FailureKind::NotFound => "Check the URL's path prefix and the resource name.",
            FailureKind::TooManyRequests => "Retry later; the cluster is overloaded.",
            FailureKind::BadGateway => {
                "A proxy or load balancer in front of the server got an invalid answer: check the server behind it."
            }
            FailureKind::ServiceUnavailable => {
                "The server or a proxy in front of it is busy or in maintenance: check the cluster's health and retry."
            }
            FailureKind::GatewayTimeout => {
                "A proxy or load balancer timed out waiting for the server: check the cluster's performance."
            }
            FailureKind::ServerError => "Check the server's logs.",
            FailureKind::ClientError => {
                "Check the request; the error reason says what was refused."
            }
            FailureKind::UnexpectedBody => {
                "Check that the URL points at Elasticsearch itself and not at a proxy or another service."
            }
            FailureKind::Redirect => {
                "A proxy, a load balancer or a wrong URL is in front of the cluster (the Location header says where it sends you): use the cluster's own URL, or fix the proxy; redirects are not followed, as they would turn a POST into a GET elsewhere."
            }
            FailureKind::LocalResources => {
                "Nothing is wrong with the server: raise the open-file limit (`ulimit -n`, or LimitNOFILE= in a systemd unit) or lower --concurrency."
            }
            FailureKind::Other => "Run again with -v for details.",
        }
    }

    /// The kind for an HTTP status that is an error.
    pub fn from_status(status: u16) -> FailureKind {
        match status {
            401 => FailureKind::Unauthorized,
            403 => FailureKind::Forbidden,
            404 => FailureKind::NotFound,
            407 => FailureKind::ProxyAuthRequired,
            429 => FailureKind::TooManyRequests,
            502 => FailureKind::BadGateway,
            503 => FailureKind::ServiceUnavailable,
            504 => FailureKind::GatewayTimeout,
            300..=399 => FailureKind::Redirect,
            500..=599 => FailureKind::ServerError,
            _ => FailureKind::ClientError,
        }
    }

    /// Failures that TLS configuration can fix.
    pub fn is_tls(self) -> bool {
        matches!(
            self,
            FailureKind::TlsUnknownAuthority
                | FailureKind::TlsHostnameMismatch
                | FailureKind::TlsExpired
                | FailureKind::TlsFingerprintMismatch
                | FailureKind::TlsOther
                | FailureKind::PlainHttpToTlsPort
                | FailureKind::TlsToPlainPort
        )
    }

    /// No HTTP response was received at all (what AutoOps reports as `HTTP_0`).
    pub fn is_transport(self) -> bool {
        matches!(
            self,
            FailureKind::Dns
                | FailureKind::ConnectionRefused
                | FailureKind::ConnectionReset
                | FailureKind::ConnectionClosed
                | FailureKind::ConnectTimeout
                | FailureKind::ProxyUnreachable
                | FailureKind::Other
        )
    }
}

impl Serialize for FailureKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl std::fmt::Display for FailureKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_and_every_kind_is_documented() {
        let mut codes = HashSet::new();
        for k in FailureKind::ALL {
            assert!(codes.insert(k.code()), "duplicate code {}", k.code());
            assert!(
                !k.summary().is_empty() && k.remedy().ends_with('.'),
                "{k:?}"
            );
            assert_eq!(
                serde_json::to_value(k).unwrap(),
                serde_json::json!(k.code())
            );
        }
    }

    #[test]
    fn statuses_map_to_kinds() {
        assert_eq!(FailureKind::from_status(401).code(), "http_401");
        assert_eq!(FailureKind::from_status(503).code(), "http_503");
        assert_eq!(FailureKind::from_status(500), FailureKind::ServerError);
        assert_eq!(FailureKind::from_status(409), FailureKind::ClientError);
        assert_eq!(FailureKind::from_status(302), FailureKind::Redirect);
        assert_eq!(FailureKind::from_status(308), FailureKind::Redirect);
        assert!(!FailureKind::LocalResources.is_transport());
        assert!(!FailureKind::Redirect.is_transport());
    }
}
