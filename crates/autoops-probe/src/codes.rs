//! Codes and remedies: how a wire failure ([`FailureKind`]) becomes the code a check reports, and what
//! the user should do about it on each connection.
//!
//! The codes are seed 001's where one applies (`HTTP_0`, `HTTP_401`, `HTTP_502`, `HTTP_503`, `HTTP_504`,
//! `x509`), else our own (`DNS`, `CONNECT_TIMEOUT`, `TLS_EXPIRED`...). The table is documented in the crate
//! docs and tested against [`FailureKind::ALL`].

use crate::check::Component;
use esconnect_core::failure::FailureKind;

/// The code a check reports for a wire failure. `status` is the HTTP status when there was a response
/// (it names the generic 4xx/5xx codes, e.g. `HTTP_500`).
pub fn wire_code(kind: FailureKind, status: Option<u16>) -> String {
    let fixed = match kind {
        FailureKind::Dns => "DNS",
        // AutoOps' "Connection error": no HTTP response at all.
        FailureKind::ConnectionRefused
        | FailureKind::ConnectionReset
        | FailureKind::ConnectionClosed
        | FailureKind::Other => "HTTP_0",
        FailureKind::ConnectTimeout => "CONNECT_TIMEOUT",
        // AutoOps' "Request timed out": connected, but no response in time (also a gateway's 504).
        FailureKind::ResponseTimeout | FailureKind::GatewayTimeout => "HTTP_504",
        FailureKind::TlsUnknownAuthority => "x509",
        FailureKind::TlsHostnameMismatch => "TLS_HOSTNAME_MISMATCH",
        FailureKind::TlsExpired => "TLS_EXPIRED",
        FailureKind::TlsFingerprintMismatch => "TLS_FINGERPRINT_MISMATCH",
        FailureKind::TlsOther => "TLS_HANDSHAKE",
        FailureKind::PlainHttpToTlsPort => "PLAIN_HTTP_TO_TLS_PORT",
        FailureKind::TlsToPlainPort => "TLS_TO_PLAIN_PORT",
        FailureKind::ProxyUnreachable => "PROXY_UNREACHABLE",
        FailureKind::ProxyRefused => "PROXY_REFUSED",
        FailureKind::ProxyAuthRequired => "PROXY_AUTH_REQUIRED",
        FailureKind::Unauthorized => "HTTP_401",
        FailureKind::Forbidden => "HTTP_403",
        FailureKind::NotFound => "HTTP_404",
        FailureKind::TooManyRequests => "HTTP_429",
        FailureKind::BadGateway => "HTTP_502",
        FailureKind::ServiceUnavailable => "HTTP_503",
        FailureKind::UnexpectedBody => "UNEXPECTED_RESPONSE",
        FailureKind::Redirect => "REDIRECT",
        // Not the cluster's fault: this machine ran out of descriptors (EMFILE/ENFILE) or memory.
        FailureKind::LocalResources => "LOCAL_RESOURCES",
        FailureKind::ServerError => {
            return status.map_or_else(|| "HTTP_5XX".to_string(), |s| format!("HTTP_{s}"));
        }
        FailureKind::ClientError => {
            return status.map_or_else(|| "HTTP_4XX".to_string(), |s| format!("HTTP_{s}"));
        }
    };
    fixed.to_string()
}

/// How the cluster is authenticated to, for remedies that depend on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthKind {
    ApiKey,
    Basic,
    None,
}

/// What the remedy is about.
#[derive(Debug, Clone, Copy)]
pub struct RemedyContext<'a> {
    pub component: Component,
    pub auth: AuthKind,
    /// The URL that was requested (redacted), for "allow `POST <url>`".
    pub url: &'a str,
}

const ES_ENDPOINT: &str = "Make sure you are using http or https correctly and the right port (Elasticsearch's default is 9200). If the URL is correct, your network team may need to open the firewall to allow-list it. For a local development cluster and an agent in Docker, run the agent with `docker run --network host`.";

const ES_CUSTOM_TLS: &str = "You are using a custom SSL/TLS configuration: give the CA that signed the cluster's certificate as a PEM file in AUTOOPS_CA_CERT (or --ca-cert; in an inventory, the entry's ca_cert), and configure the agent with it: add `ssl.certificate_authorities: [ ${env:AUTOOPS_CA_CERT} ]` to both autoops_es modules of elastic-agent.yml, then restart the agent. To confirm the diagnosis, run again with --insecure (never in production).";

const API_KEY_DECODE: &str = "If your cluster is on versions 9.1.0 through 9.1.3, give the base64-decoded key (`id:api_key`): `echo $AUTOOPS_ES_API_KEY | base64 -d`. A key with a colon (:) is not base64 encoded; a key with an equal sign (=) is. From 9.1.4 both forms work.";

/// The remedy for a wire failure on a connection.
pub fn remedy(kind: FailureKind, ctx: RemedyContext<'_>) -> String {
    match ctx.component {
        Component::Elasticsearch | Component::Environment => es_remedy(kind, ctx.auth),
        Component::CloudConnectedApi | Component::OtelCollector => egress_remedy(kind, ctx),
    }
}

fn es_remedy(kind: FailureKind, auth: AuthKind) -> String {
    let s = match kind {
        FailureKind::Dns => {
            return format!(
                "Check the host name in AUTOOPS_ES_URL: it must resolve where the agent runs (inside its container or pod, not only on your workstation). {ES_ENDPOINT}"
            );
        }
        FailureKind::ConnectionRefused | FailureKind::Other => ES_ENDPOINT,
        FailureKind::ConnectionReset | FailureKind::ConnectionClosed => {
            return format!(
                "The connection was cut without an answer: a firewall, load balancer or TLS inspection appliance may be in the way. {ES_ENDPOINT}"
            );
        }
        FailureKind::ConnectTimeout => {
            "Nothing answered in time: a firewall is probably dropping the packets. Check the host and port (the default is 9200), and have your network team allow-list the URL."
        }
        FailureKind::ResponseTimeout | FailureKind::GatewayTimeout => {
            "Did not receive a response from the cluster within the expected time frame. Check the cluster's performance or consider changing your connection timeout settings (here --check-timeout)."
        }
        FailureKind::TlsUnknownAuthority => ES_CUSTOM_TLS,
        FailureKind::TlsHostnameMismatch => {
            "The cluster's certificate does not name the host in AUTOOPS_ES_URL: use a host name the certificate was issued for (one of its subject alternative names), or reissue the certificate with this name."
        }
        FailureKind::TlsExpired => {
            "Renew the cluster's HTTP certificate, and check the clock of the machine running the agent."
        }
        FailureKind::TlsFingerprintMismatch => {
            "The certificate is not the one expected: check the fingerprint against the one Elasticsearch printed at first start, or give the CA in AUTOOPS_CA_CERT."
        }
        FailureKind::TlsOther => {
            "Check that the cluster and the agent share a TLS version and cipher suite; a TLS-inspecting proxy or appliance on the path can also break the handshake."
        }
        FailureKind::PlainHttpToTlsPort => {
            "Make sure you are using http or https correctly: this port speaks TLS, so AUTOOPS_ES_URL must start with https://."
        }
        FailureKind::TlsToPlainPort => {
            "Make sure you are using http or https correctly: this port speaks plain HTTP, so AUTOOPS_ES_URL must start with http:// (or enable TLS on the cluster with xpack.security.http.ssl.enabled)."
        }
        FailureKind::ProxyUnreachable => {
            "A proxy is configured for the cluster's URL but cannot be reached: fix HTTPS_PROXY/HTTP_PROXY (or --proxy), or add the cluster's host to NO_PROXY so the agent connects directly."
        }
        FailureKind::ProxyRefused => {
            "A proxy is blocking communication with your Elasticsearch cluster: configure NO_PROXY with the cluster's host (or have the proxy allow it)."
        }
        FailureKind::ProxyAuthRequired => {
            "A proxy that requires authentication is in the way: add the cluster's host to NO_PROXY, or put the proxy's credentials in the proxy URL (http://user:password@proxy:3128)."
        }
        FailureKind::Unauthorized => {
            return match auth {
                AuthKind::ApiKey => format!("Your API key is incorrect: recheck it for typos, expiry or invalidation. {API_KEY_DECODE}"),
                AuthKind::Basic => "Your username and/or password are incorrect: recheck them for typos, and make sure the user has the necessary privileges (the `autoops` role). We do not recommend a privileged superuser like `elastic` for this purpose.".to_string(),
                AuthKind::None => "The cluster requires authentication: set AUTOOPS_ES_API_KEY, or AUTOOPS_ES_USERNAME and AUTOOPS_ES_PASSWORD.".to_string(),
            };
        }
        FailureKind::Forbidden => {
            "The credentials authenticate but lack privileges: grant the `autoops` role (cluster: monitor, read_ilm, read_slm; indices `*`: monitor, view_index_metadata, allow_restricted_indices: true)."
        }
        FailureKind::NotFound => {
            "Check the path in AUTOOPS_ES_URL: it must point at Elasticsearch itself (a path prefix only when a reverse proxy serves the cluster there)."
        }
        FailureKind::TooManyRequests => {
            "The cluster is rejecting work: check its health and load, then try again."
        }
        FailureKind::BadGateway => {
            "Received an invalid response from the server. Verify the server status and network configuration."
        }
        FailureKind::ServiceUnavailable => {
            "The server acting as a proxy may be busy or undergoing scheduled maintenance. If the issue persists, check the cluster's health and resource usage."
        }
        FailureKind::ServerError => {
            "The cluster failed to answer: check its logs, health and resource usage."
        }
        FailureKind::ClientError => {
            "The cluster refused the request: check AUTOOPS_ES_URL and the cluster's logs; the error reason says what was refused."
        }
        FailureKind::UnexpectedBody => {
            "The URL answered, but not as Elasticsearch does: check that AUTOOPS_ES_URL points at the cluster and not at a proxy, a load balancer page or another service."
        }
        FailureKind::Redirect => {
            "Elasticsearch never redirects: a proxy, a load balancer or a wrong URL is in front of the cluster (the Location above says where it points). Set AUTOOPS_ES_URL to the cluster's own URL; the agent does not follow redirects either."
        }
        FailureKind::LocalResources => {
            "The cluster is not at fault: the machine running the probe ran out of open files (or memory). Raise the limit (`ulimit -n`, LimitNOFILE= in a systemd unit) or lower --concurrency, then run again."
        }
    };
    s.to_string()
}

fn egress_remedy(kind: FailureKind, ctx: RemedyContext<'_>) -> String {
    let url = ctx.url;
    let what = if ctx.component == Component::OtelCollector {
        "an arbitrary body"
    } else {
        "a JSON body"
    };
    let allow = format!(
        "Configure your HTTP proxy or firewall to allow `POST {url}` (with headers and {what}; outbound port {}). If you are using Docker, you may need to set HTTP_PROXY, HTTPS_PROXY and NO_PROXY on the agent's container.",
        port_of(url)
    );
    let setting = if ctx.component == Component::OtelCollector {
        "AUTOOPS_OTEL_URL is the URL the wizard gave for your region (it shouldn't be edited)"
    } else {
        "ELASTIC_CLOUD_CONNECTED_MODE_API_URL is unset (https://api.elastic-cloud.com) or right"
    };
    match kind {
        FailureKind::Dns => format!(
            "The host name does not resolve where this runs: check the DNS of the agent's container or pod, and that {setting}. {allow}"
        ),
        FailureKind::TlsUnknownAuthority => format!(
            "Something on the path presents a certificate this machine does not trust, usually a TLS-inspecting proxy: exempt the host from inspection, or trust the proxy's CA (SSL_CERT_FILE for this probe, the system CA store of the agent's container). {allow}"
        ),
        FailureKind::TlsHostnameMismatch
        | FailureKind::TlsExpired
        | FailureKind::TlsFingerprintMismatch
        | FailureKind::TlsOther => format!(
            "The TLS handshake with the endpoint failed, often because a proxy or appliance intercepts TLS: exempt the host from inspection. Check this machine's clock too. {allow}"
        ),
        FailureKind::PlainHttpToTlsPort | FailureKind::TlsToPlainPort => {
            format!("Check that {setting}: the scheme does not match what the port speaks.")
        }
        FailureKind::ProxyUnreachable => {
            format!("The proxy cannot be reached: fix HTTPS_PROXY/HTTP_PROXY (or --proxy). {allow}")
        }
        FailureKind::ProxyAuthRequired => format!(
            "The proxy requires authentication: put its credentials in the proxy URL (http://user:password@proxy:3128). {allow}"
        ),
        FailureKind::NotFound => format!("Check that {setting}. {allow}"),
        FailureKind::Redirect => format!(
            "The Elastic endpoint never redirects: a proxy or middlebox answered with a redirect (the Location above says where). {allow}"
        ),
        FailureKind::LocalResources => "The endpoint is not at fault: the machine running the probe ran out of open files (or memory). Raise the limit (`ulimit -n`) or lower --concurrency, then run again.".to_string(),
        FailureKind::UnexpectedBody | FailureKind::Unauthorized => {
            format!(
                "Something other than the Elastic endpoint answered (a proxy or middlebox). {allow}"
            )
        }
        FailureKind::ResponseTimeout
        | FailureKind::GatewayTimeout
        | FailureKind::ConnectTimeout => {
            format!(
                "No answer in time: a firewall may be dropping the traffic, or a proxy is holding the request. {allow}"
            )
        }
        _ => allow,
    }
}

fn port_of(url: &str) -> u16 {
    url::Url::parse(url)
        .ok()
        .and_then(|u| u.port_or_known_default())
        .unwrap_or(443)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_code_and_remedies_on_every_component() {
        for &k in FailureKind::ALL {
            for status in [None, Some(500), Some(418)] {
                let code = wire_code(k, status);
                assert!(
                    !code.is_empty() && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
                    "{k:?}: {code}"
                );
            }
            for component in Component::ALL {
                for auth in [AuthKind::ApiKey, AuthKind::Basic, AuthKind::None] {
                    let r = remedy(
                        k,
                        RemedyContext {
                            component,
                            auth,
                            url: "https://x.example:443/v1/logs",
                        },
                    );
                    assert!(r.len() > 20 && r.ends_with('.'), "{k:?} {component:?}: {r}");
                }
            }
        }
    }

    #[test]
    fn seed_001_codes() {
        let c = |k| wire_code(k, None);
        assert_eq!(c(FailureKind::ConnectionRefused), "HTTP_0");
        assert_eq!(c(FailureKind::ConnectionReset), "HTTP_0");
        assert_eq!(c(FailureKind::ConnectionClosed), "HTTP_0");
        assert_eq!(c(FailureKind::TlsUnknownAuthority), "x509");
        assert_eq!(c(FailureKind::Unauthorized), "HTTP_401");
        assert_eq!(c(FailureKind::BadGateway), "HTTP_502");
        assert_eq!(c(FailureKind::ServiceUnavailable), "HTTP_503");
        assert_eq!(c(FailureKind::GatewayTimeout), "HTTP_504");
        assert_eq!(c(FailureKind::ResponseTimeout), "HTTP_504");
        assert_eq!(wire_code(FailureKind::ServerError, Some(500)), "HTTP_500");
        assert_eq!(wire_code(FailureKind::ClientError, Some(409)), "HTTP_409");
        assert_eq!(c(FailureKind::ServerError), "HTTP_5XX");
    }

    #[test]
    fn the_crate_docs_document_every_code() {
        let docs = include_str!("lib.rs");
        for &k in FailureKind::ALL {
            let code = wire_code(k, Some(500));
            let code = if k == FailureKind::ClientError || k == FailureKind::ServerError {
                "HTTP_<status>".to_string()
            } else {
                code
            };
            let row = format!("| `{}` | `{code}` |", k.code());
            assert!(docs.contains(&row), "the crate docs lack the row {row}");
        }
    }

    #[test]
    fn remedies_follow_seed_001() {
        let es = |k, auth| {
            remedy(
                k,
                RemedyContext {
                    component: Component::Elasticsearch,
                    auth,
                    url: "https://es:9200",
                },
            )
        };
        assert!(es(FailureKind::ConnectionRefused, AuthKind::ApiKey).contains("9200"));
        assert!(es(FailureKind::ConnectionRefused, AuthKind::ApiKey).contains("--network host"));
        assert!(
            es(FailureKind::TlsUnknownAuthority, AuthKind::ApiKey)
                .contains("ssl.certificate_authorities")
        );
        assert!(
            es(FailureKind::Unauthorized, AuthKind::ApiKey)
                .contains("echo $AUTOOPS_ES_API_KEY | base64 -d")
        );
        assert!(es(FailureKind::Unauthorized, AuthKind::Basic).contains("superuser"));
        assert!(es(FailureKind::ProxyRefused, AuthKind::Basic).contains("NO_PROXY"));
        let cloud = remedy(
            FailureKind::ServiceUnavailable,
            RemedyContext {
                component: Component::CloudConnectedApi,
                auth: AuthKind::None,
                url: "https://api.elastic-cloud.com/api/v1/cloud-connected/clusters",
            },
        );
        assert!(
            cloud.contains("POST https://api.elastic-cloud.com/api/v1/cloud-connected/clusters")
                && cloud.contains("port 443"),
            "{cloud}"
        );
        assert!(cloud.contains("JSON body") && cloud.contains("HTTPS_PROXY"));
    }
}
