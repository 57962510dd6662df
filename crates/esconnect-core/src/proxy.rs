//! Proxy selection as the AutoOps agent (Go's `httpproxy`) does it: `HTTPS_PROXY` for https URLs,
//! `HTTP_PROXY` for http URLs, `ALL_PROXY` otherwise; either case; `NO_PROXY` lists hosts that bypass the
//! proxy; and proxies from the environment never apply to `localhost` or loopback addresses. An explicit
//! `--proxy` applies to every host not in `NO_PROXY`, loopback included.

use crate::env;
use crate::secret::Secret;
use std::fmt;
use std::net::IpAddr;
use url::Url;

/// A proxy URL as given. It may carry credentials (`http://user:password@proxy:3128`), so the value is held
/// in a [`Secret`] and `Debug`/`Display` show it with the user info redacted
/// (`http://[redacted]@proxy:3128`). [`ProxyUrl::expose`] gives the value where it is used or written.
#[derive(Clone, PartialEq)]
pub struct ProxyUrl(Secret);

impl ProxyUrl {
    pub fn new(value: impl Into<String>) -> Self {
        Self(Secret::new(value))
    }
    /// The URL as given, credentials included. Call only where the proxy is used or written.
    pub fn expose(&self) -> &str {
        self.0.expose()
    }
    /// The URL with its user info replaced by `[redacted]`, for messages.
    pub fn redacted(&self) -> String {
        crate::url::redact_str(self.expose())
    }
    /// True when the URL carries a user name or password.
    pub fn has_credentials(&self) -> bool {
        self.redacted() != self.expose()
    }
}

impl Eq for ProxyUrl {}

impl fmt::Debug for ProxyUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ProxyUrl").field(&self.redacted()).finish()
    }
}

impl fmt::Display for ProxyUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

impl From<String> for ProxyUrl {
    fn from(s: String) -> Self {
        Self::new(s)
    }
}

impl From<&str> for ProxyUrl {
    fn from(s: &str) -> Self {
        Self::new(s)
    }
}

/// For flag parsers (clap): any text; it is checked where the settings are resolved.
impl std::str::FromStr for ProxyUrl {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::new(s))
    }
}

/// The proxy configuration in force.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProxyConfig {
    /// `--proxy`: used for every scheme, overriding the variables.
    pub explicit: Option<ProxyUrl>,
    pub https: Option<ProxyUrl>,
    pub http: Option<ProxyUrl>,
    pub all: Option<ProxyUrl>,
    pub no_proxy: Option<String>,
}

impl ProxyConfig {
    /// Reads HTTPS_PROXY/https_proxy, HTTP_PROXY/http_proxy, ALL_PROXY/all_proxy and NO_PROXY/no_proxy.
    pub fn from_env() -> Self {
        Self {
            explicit: None,
            https: env::proxy_var(&env::HTTPS_PROXY).map(ProxyUrl::new),
            http: env::proxy_var(&env::HTTP_PROXY).map(ProxyUrl::new),
            all: env::proxy_var(&env::ALL_PROXY).map(ProxyUrl::new),
            no_proxy: env::proxy_var(&env::NO_PROXY),
        }
    }

    /// The proxy URL to use for `target`, or `None` to connect directly.
    pub fn for_url(&self, target: &Url) -> Option<&str> {
        let host = target.host_str()?;
        if let Some(np) = &self.no_proxy
            && no_proxy_matches(np, host)
        {
            return None;
        }
        if let Some(p) = &self.explicit {
            return Some(p.expose());
        }
        if is_loopback(host) {
            return None;
        }
        let chosen = match target.scheme() {
            "https" => self.https.as_ref().or(self.all.as_ref()),
            "http" => self.http.as_ref().or(self.all.as_ref()),
            _ => self.all.as_ref(),
        };
        chosen.map(ProxyUrl::expose)
    }

    /// True when any proxy is configured.
    pub fn any(&self) -> bool {
        self.explicit.is_some() || self.https.is_some() || self.http.is_some() || self.all.is_some()
    }
}

/// `localhost` (and its subdomains) or a loopback address.
pub fn is_loopback(host: &str) -> bool {
    let h = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_ascii_lowercase();
    if h == "localhost" || h.ends_with(".localhost") {
        return true;
    }
    h.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Does `host` match an entry of a `NO_PROXY` list? Entries: `*`; a domain (`example.com` or
/// `.example.com`, matching it and its subdomains); an IP address; a CIDR block (`10.0.0.0/8`). A port
/// suffix on an entry is ignored.
pub fn no_proxy_matches(no_proxy: &str, host: &str) -> bool {
    let host = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_ascii_lowercase();
    let host_ip: Option<IpAddr> = host.parse().ok();
    no_proxy
        .split(',')
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .any(|entry| {
            let entry = entry.to_ascii_lowercase();
            if entry == "*" {
                return true;
            }
            if let Some((net, bits)) = entry.split_once('/') {
                return match (host_ip, net.parse::<IpAddr>(), bits.parse::<u8>()) {
                    (Some(h), Ok(n), Ok(b)) => cidr_contains(n, b, h),
                    _ => false,
                };
            }
            let entry = strip_port(&entry);
            let entry = entry.trim_start_matches('[').trim_end_matches(']');
            if let (Some(h), Ok(e)) = (host_ip, entry.parse::<IpAddr>()) {
                return h == e;
            }
            let domain = entry.trim_start_matches("*.").trim_start_matches('.');
            host == domain || host.ends_with(&format!(".{domain}"))
        })
}

fn strip_port(entry: &str) -> &str {
    if entry.starts_with('[') {
        return entry
            .split_once("]:")
            .map_or(entry, |(h, _)| h)
            .trim_start_matches('[');
    }
    match entry.rsplit_once(':') {
        Some((h, p)) if !h.contains(':') && p.chars().all(|c| c.is_ascii_digit()) => h,
        _ => entry,
    }
}

fn cidr_contains(net: IpAddr, bits: u8, ip: IpAddr) -> bool {
    match (net, ip) {
        (IpAddr::V4(n), IpAddr::V4(i)) if bits <= 32 => {
            let mask = if bits == 0 {
                0
            } else {
                u32::MAX << (32 - bits)
            };
            u32::from(n) & mask == u32::from(i) & mask
        }
        (IpAddr::V6(n), IpAddr::V6(i)) if bits <= 128 => {
            let mask = if bits == 0 {
                0
            } else {
                u128::MAX << (128 - bits)
            };
            u128::from(n) & mask == u128::from(i) & mask
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WITH_CREDENTIALS: &str = "http://user:s3cret@proxy:3128";

    #[test]
    fn a_proxy_url_never_shows_its_password() {
        let p = ProxyUrl::new(WITH_CREDENTIALS);
        for shown in [format!("{p:?}"), p.to_string(), p.redacted()] {
            assert!(!shown.contains("s3cret"), "{shown}");
            assert!(shown.contains("proxy:3128"), "{shown}");
        }
        assert_eq!(p.expose(), WITH_CREDENTIALS);
        assert!(p.has_credentials());
        assert!(!ProxyUrl::new("http://proxy:3128").has_credentials());
        // Without a scheme too (it is reported as bad input, and must not leak there either).
        assert!(!format!("{:?}", ProxyUrl::new("user:s3cret@proxy:3128")).contains("s3cret"));
    }

    #[test]
    fn proxy_config_debug_redacts_every_proxy() {
        let p = ProxyUrl::new(WITH_CREDENTIALS);
        let cfg = ProxyConfig {
            explicit: Some(p.clone()),
            https: Some(p.clone()),
            http: Some(p.clone()),
            all: Some(p),
            no_proxy: None,
        };
        let shown = format!("{cfg:?}");
        assert!(!shown.contains("s3cret"), "{shown}");
        // The value itself is still what a connection uses.
        let target = Url::parse("https://es.example.com:9200").unwrap();
        assert_eq!(cfg.for_url(&target), Some(WITH_CREDENTIALS));
    }

    #[cfg(feature = "http")]
    #[test]
    fn http_client_debug_redacts_its_proxy() {
        let client = crate::http::HttpClient::new(crate::http::ClientConfig {
            proxy: ProxyConfig {
                explicit: Some(ProxyUrl::new(WITH_CREDENTIALS)),
                ..ProxyConfig::default()
            },
            ..crate::http::ClientConfig::default()
        })
        .unwrap();
        let shown = format!("{client:?}");
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("proxy:3128"), "{shown}");
    }

    #[test]
    fn no_proxy_forms() {
        let np = "localhost, .corp.example, 10.0.0.0/8, 192.168.1.5, [::1], es.internal:9200";
        assert!(no_proxy_matches(np, "localhost"));
        assert!(no_proxy_matches(np, "es.corp.example"));
        assert!(no_proxy_matches(np, "corp.example"));
        assert!(!no_proxy_matches(np, "notcorp.example"));
        assert!(no_proxy_matches(np, "10.1.2.3"));
        assert!(!no_proxy_matches(np, "11.1.2.3"));
        assert!(no_proxy_matches(np, "192.168.1.5"));
        assert!(no_proxy_matches(np, "[::1]"));
        assert!(no_proxy_matches(np, "es.internal"));
        assert!(!no_proxy_matches(np, "api.elastic-cloud.com"));
        assert!(no_proxy_matches("*", "anything"));
    }

    #[test]
    fn picks_proxy_by_scheme() {
        let c = ProxyConfig {
            https: Some("http://p1:3128".into()),
            http: Some("http://p2:3128".into()),
            no_proxy: Some("es.local".into()),
            ..Default::default()
        };
        let u = |s: &str| Url::parse(s).unwrap();
        assert_eq!(
            c.for_url(&u("https://api.elastic-cloud.com")),
            Some("http://p1:3128")
        );
        assert_eq!(c.for_url(&u("http://es:9200")), Some("http://p2:3128"));
        assert_eq!(c.for_url(&u("https://es.local:9200")), None);
        let e = ProxyConfig {
            explicit: Some("http://x:1".into()),
            ..c.clone()
        };
        assert_eq!(e.for_url(&u("http://es:9200")), Some("http://x:1"));
        assert_eq!(e.for_url(&u("https://es.local:9200")), None);
    }
}
