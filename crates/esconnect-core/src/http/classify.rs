//! Turning what went wrong into a [`FailureKind`].
//!
//! 1. Typed inspection of the error chain: our resolver's [`DnsError`], `rustls::Error` (certificate
//!    errors by variant, a non-TLS answer as `InvalidMessage`), `std::io::ErrorKind`, hyper's
//!    incomplete-message flag, and reqwest's connect/timeout flags.
//! 2. Where the chain cannot tell (a proxy's CONNECT refusal is an opaque error inside hyper-util; a
//!    server that closes a plain-HTTP connection looks like any other closed connection), a diagnostic
//!    that asks the network: a raw CONNECT to the proxy, or a TLS handshake against the port.
//!
//! No decision is made by reading error message text.

use super::dns::DnsError;
use super::tls::{AcceptAny, FingerprintMismatch};
use super::{ClientConfig, Response, WireError, snippet};
use crate::failure::FailureKind;
use rustls::CertificateError;
use std::error::Error as StdError;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use url::Url;

const DIAGNOSTIC_TIMEOUT: Duration = Duration::from_secs(3);

/// The kind for a rustls error.
pub fn tls_kind(e: &rustls::Error) -> FailureKind {
    match e {
        rustls::Error::InvalidCertificate(ce) => match ce {
            CertificateError::UnknownIssuer => FailureKind::TlsUnknownAuthority,
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                FailureKind::TlsHostnameMismatch
            }
            CertificateError::Expired
            | CertificateError::ExpiredContext { .. }
            | CertificateError::NotValidYet
            | CertificateError::NotValidYetContext { .. } => FailureKind::TlsExpired,
            CertificateError::Other(o) if o.0.downcast_ref::<FingerprintMismatch>().is_some() => {
                FailureKind::TlsFingerprintMismatch
            }
            _ => FailureKind::TlsOther,
        },
        rustls::Error::InvalidMessage(_) => FailureKind::TlsToPlainPort,
        _ => FailureKind::TlsOther,
    }
}

/// What the typed chain says.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ChainVerdict {
    kind: Option<FailureKind>,
    /// A hyper "incomplete message" or parse error: the peer closed or spoke something other than HTTP.
    not_http: bool,
    detail: Option<String>,
}

fn inspect_chain(top: &(dyn StdError + 'static)) -> ChainVerdict {
    let mut verdict = ChainVerdict {
        kind: None,
        not_http: false,
        detail: None,
    };
    let mut cur: Option<&(dyn StdError + 'static)> = Some(top);
    while let Some(e) = cur {
        if let Some(d) = e.downcast_ref::<DnsError>() {
            // The resolver itself may fail for lack of descriptors (reading /etc/hosts, a socket to the
            // DNS server): that is this machine's limit, not the name.
            if let Some(what) = crate::limits::local_exhaustion(&d.source) {
                verdict.detail = Some(what.to_string());
                verdict.kind = Some(FailureKind::LocalResources);
                return verdict;
            }
            verdict.detail = Some(d.to_string());
            verdict.kind = Some(FailureKind::Dns);
            return verdict;
        }
        if let Some(t) = e.downcast_ref::<rustls::Error>() {
            verdict.detail = Some(t.to_string());
            verdict.kind = Some(tls_kind(t));
            return verdict;
        }
        if let Some(h) = e.downcast_ref::<hyper::Error>()
            && (h.is_incomplete_message() || h.is_parse())
        {
            verdict.not_http = true;
        }
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            // EMFILE/ENFILE and friends (by errno, not by message): the socket was never opened.
            if let Some(what) = crate::limits::local_exhaustion(io) {
                verdict.detail = Some(what.to_string());
                verdict.kind = Some(FailureKind::LocalResources);
                return verdict;
            }
            let kind = match io.kind() {
                std::io::ErrorKind::ConnectionRefused => Some(FailureKind::ConnectionRefused),
                std::io::ErrorKind::ConnectionReset
                | std::io::ErrorKind::ConnectionAborted
                | std::io::ErrorKind::BrokenPipe => Some(FailureKind::ConnectionReset),
                std::io::ErrorKind::UnexpectedEof => Some(FailureKind::ConnectionClosed),
                std::io::ErrorKind::TimedOut => Some(FailureKind::ConnectTimeout),
                _ => None,
            };
            // io::Error::source() skips the error it wraps (which may itself be an io::Error wrapping a
            // rustls error): descend into it explicitly, and prefer what it says.
            if let Some(inner) = io.get_ref() {
                let deeper = inspect_chain(inner);
                if deeper.kind.is_some() {
                    return deeper;
                }
                verdict.not_http |= deeper.not_http;
            }
            if kind.is_some() {
                verdict.detail = Some(format!("{:?}", io.kind()));
                verdict.kind = kind;
                return verdict;
            }
        }
        cur = e.source();
    }
    verdict
}

/// Classifies a reqwest error, running a diagnostic where the chain is not enough.
pub async fn classify(
    e: &reqwest::Error,
    method: &str,
    url: &Url,
    proxy: Option<&str>,
    _cfg: &ClientConfig,
) -> WireError {
    let shown = crate::url::redact(url);
    let mut err = WireError::new(FailureKind::Other, method, &shown);
    let chain = inspect_chain(e);

    if e.is_timeout() {
        err.kind = if e.is_connect() {
            FailureKind::ConnectTimeout
        } else {
            FailureKind::ResponseTimeout
        };
        return err;
    }

    err.kind = chain.kind.unwrap_or(if chain.not_http {
        FailureKind::ConnectionClosed
    } else {
        FailureKind::Other
    });
    err.detail = chain.detail.clone();

    if let Some(proxy) = proxy {
        // Failures reaching the proxy itself.
        match err.kind {
            FailureKind::ConnectionRefused | FailureKind::ConnectTimeout | FailureKind::Dns => {
                err.detail = Some(format!(
                    "proxy {}: {}",
                    crate::url::redact_str(proxy),
                    err.detail.clone().unwrap_or_default()
                ));
                err.kind = FailureKind::ProxyUnreachable;
                return err;
            }
            _ => {}
        }
        // A CONNECT refused by the proxy surfaces as an opaque connect error: ask the proxy directly.
        if url.scheme() == "https"
            && e.is_connect()
            && !err.kind.is_tls()
            && let Some((kind, detail)) = diagnose_proxy(proxy, url).await
        {
            err.kind = kind;
            err.detail = Some(detail);
        }
        return err;
    }

    // Plain HTTP to a TLS port: the server hangs up (Elasticsearch) or answers in TLS. Check by handshaking.
    if url.scheme() == "http"
        && matches!(
            err.kind,
            FailureKind::ConnectionClosed | FailureKind::ConnectionReset | FailureKind::Other
        )
        && speaks_tls(url).await
    {
        err.kind = FailureKind::PlainHttpToTlsPort;
        err.detail = Some("the port completed a TLS handshake".into());
    }
    err
}

/// The failure for a non-2xx response.
pub fn status_failure(resp: &Response) -> WireError {
    let mut err = WireError::new(
        FailureKind::from_status(resp.status),
        &resp.method,
        &resp.url,
    );
    err.status = Some(resp.status);
    err.attempts = resp.attempts;
    err.es_error = resp.es_error();
    if resp.proxied && resp.status == 403 && err.es_error.is_none() {
        err.kind = FailureKind::ProxyRefused;
    }
    if err.kind == FailureKind::Redirect {
        // Redirects are never followed (see `HttpClient::new`): say where it pointed.
        err.detail = Some(match resp.header("location") {
            Some(l) => format!("Location: {}", snippet(&crate::url::redact_str(l))),
            None => "no Location header".to_string(),
        });
        return err;
    }
    if err.es_error.is_none() && !resp.body.trim().is_empty() {
        err.detail = Some(snippet(&resp.body));
    }
    err
}

/// Does the server at `url`'s host and port complete a TLS handshake?
pub async fn speaks_tls(url: &Url) -> bool {
    let (Some(host), Some(port)) = (url.host_str(), url.port_or_known_default()) else {
        return false;
    };
    let host = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_string();
    let attempt = async {
        let tcp = tokio::net::TcpStream::connect((host.as_str(), port))
            .await
            .ok()?;
        let config = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .ok()?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(AcceptAny::new()))
        .with_no_client_auth();
        let name = rustls_pki_types::ServerName::try_from(host.clone()).ok()?;
        tokio_rustls::TlsConnector::from(Arc::new(config))
            .connect(name, tcp)
            .await
            .ok()
            .map(|_| ())
    };
    matches!(
        tokio::time::timeout(DIAGNOSTIC_TIMEOUT, attempt).await,
        Ok(Some(()))
    )
}

/// Sends `CONNECT host:port` to the proxy and reads its answer.
pub async fn diagnose_proxy(proxy: &str, target: &Url) -> Option<(FailureKind, String)> {
    let p = Url::parse(proxy).ok()?;
    let phost = p
        .host_str()?
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_string();
    let pport = p.port_or_known_default().unwrap_or(3128);
    let thost = target.host_str()?;
    let tport = target.port_or_known_default()?;
    let shown_proxy = crate::url::redact(&p);
    let attempt = async {
        let mut tcp = match tokio::net::TcpStream::connect((phost.as_str(), pport)).await {
            Ok(t) => t,
            Err(e) => {
                return Some((
                    FailureKind::ProxyUnreachable,
                    format!("proxy {shown_proxy}: {:?}", e.kind()),
                ));
            }
        };
        let mut req = format!("CONNECT {thost}:{tport} HTTP/1.1\r\nHost: {thost}:{tport}\r\n");
        if !p.username().is_empty() {
            use base64::Engine as _;
            let user = percent_decode(p.username());
            let pass = percent_decode(p.password().unwrap_or(""));
            let cred = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{pass}"));
            req.push_str(&format!("Proxy-Authorization: Basic {cred}\r\n"));
        }
        req.push_str("\r\n");
        tcp.write_all(req.as_bytes()).await.ok()?;
        let mut buf = vec![0u8; 4096];
        let mut got = 0;
        while got < buf.len() {
            let n = tcp.read(&mut buf[got..]).await.ok()?;
            if n == 0 {
                break;
            }
            got += n;
            if buf[..got].windows(4).any(|w| w == b"\r\n\r\n") {
                break;
            }
        }
        let head = String::from_utf8_lossy(&buf[..got]);
        let status: u16 = head
            .lines()
            .next()?
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()?;
        let proxy_error = head.lines().find_map(|l| {
            l.split_once(':')
                .filter(|(k, _)| k.eq_ignore_ascii_case("x-squid-error"))
                .map(|(_, v)| v.trim().to_string())
        });
        let what = match proxy_error {
            Some(e) => {
                format!("proxy {shown_proxy} answered {status} to CONNECT {thost}:{tport} ({e})")
            }
            None => format!("proxy {shown_proxy} answered {status} to CONNECT {thost}:{tport}"),
        };
        Some(match status {
            200..=299 => return None,
            407 => (FailureKind::ProxyAuthRequired, what),
            _ => (FailureKind::ProxyRefused, what),
        })
    };
    tokio::time::timeout(DIAGNOSTIC_TIMEOUT, attempt)
        .await
        .ok()
        .flatten()
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rustls_errors_map_by_variant() {
        use rustls::Error as E;
        assert_eq!(
            tls_kind(&E::InvalidCertificate(CertificateError::UnknownIssuer)),
            FailureKind::TlsUnknownAuthority
        );
        assert_eq!(
            tls_kind(&E::InvalidCertificate(CertificateError::NotValidForName)),
            FailureKind::TlsHostnameMismatch
        );
        assert_eq!(
            tls_kind(&E::InvalidCertificate(CertificateError::Expired)),
            FailureKind::TlsExpired
        );
        assert_eq!(
            tls_kind(&E::InvalidMessage(
                rustls::InvalidMessage::InvalidContentType
            )),
            FailureKind::TlsToPlainPort
        );
        let fp = CertificateError::Other(rustls::OtherError(Arc::new(FingerprintMismatch {
            expected: "AA".into(),
        })));
        assert_eq!(
            tls_kind(&E::InvalidCertificate(fp)),
            FailureKind::TlsFingerprintMismatch
        );
    }

    #[test]
    fn percent_decoding_of_proxy_credentials() {
        assert_eq!(percent_decode("p%40ss"), "p@ss");
        assert_eq!(percent_decode("plain"), "plain");
        assert_eq!(percent_decode("bad%zz"), "bad%zz");
    }
}
