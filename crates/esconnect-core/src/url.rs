//! URL parsing for Elasticsearch and Elastic endpoints, and redaction of URLs for display.

use url::Url;

/// The port Elasticsearch listens on for HTTP when none is given.
pub const DEFAULT_ES_PORT: u16 = 9200;

/// A parsed endpoint URL and whether its port was filled in by default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndpointUrl {
    pub url: Url,
    /// True when the input had no port and [`DEFAULT_ES_PORT`] was used.
    pub defaulted_port: bool,
}

impl EndpointUrl {
    /// The URL as text to write (env files, manifests), with its port always written: the url crate
    /// drops a port equal to the scheme's default (`https://es:443` becomes `https://es`), and a reader
    /// that defaults to 9200 (the AutoOps agent, [`parse_es_url`]) would then connect elsewhere. Found by
    /// the property tests (a written URL must parse back to the same URL).
    pub fn to_text(&self) -> String {
        let shown = redact(&self.url);
        let (Some(port), None) = (self.url.port_or_known_default(), self.url.port()) else {
            return shown;
        };
        let Some((scheme, rest)) = shown.split_once("://") else {
            return shown;
        };
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        format!("{scheme}://{}:{port}{}", &rest[..end], &rest[end..])
    }
}

/// Why a URL was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    #[error(
        "`{input}` has no scheme: write it as https://{input} (or http:// for a cluster without TLS)"
    )]
    NoScheme { input: String },
    #[error("`{input}` uses the scheme `{scheme}`: only http:// and https:// are supported")]
    BadScheme { input: String, scheme: String },
    #[error("`{input}` has no host: write it as https://HOST:9200")]
    NoHost { input: String },
    #[error("`{input}` is not a valid URL: {reason}")]
    Invalid { input: String, reason: String },
    #[error("`{input}` has no scheme: write the proxy as http://{input}")]
    ProxyNoScheme { input: String },
    #[error(
        "`{input}` contains credentials: pass them with the credential flags or variables, not in the URL"
    )]
    Credentials { input: String },
}

/// Parses an Elasticsearch URL: the scheme (http or https) and the host are required; a missing port
/// becomes 9200. Credentials in the URL are refused (they would leak into logs and process lists).
pub fn parse_es_url(input: &str) -> Result<EndpointUrl, UrlError> {
    parse_with_default_port(input, Some(DEFAULT_ES_PORT))
}

/// Parses a URL of an Elastic service (Cloud API, OTel collector): the scheme's own default port applies.
pub fn parse_service_url(input: &str) -> Result<EndpointUrl, UrlError> {
    parse_with_default_port(input, None)
}

fn parse_with_default_port(
    input: &str,
    default_port: Option<u16>,
) -> Result<EndpointUrl, UrlError> {
    let trimmed = input.trim();
    if !trimmed.contains("://") {
        return Err(UrlError::NoScheme {
            input: redact_str(trimmed),
        });
    }
    let mut url = Url::parse(trimmed).map_err(|e| match e {
        url::ParseError::EmptyHost => UrlError::NoHost {
            input: redact_str(trimmed),
        },
        other => UrlError::Invalid {
            input: redact_str(trimmed),
            reason: other.to_string(),
        },
    })?;
    let scheme = url.scheme().to_string();
    if scheme != "http" && scheme != "https" {
        return Err(UrlError::BadScheme {
            input: redact_str(trimmed),
            scheme,
        });
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(UrlError::NoHost {
            input: redact_str(trimmed),
        });
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(UrlError::Credentials {
            input: redact_str(trimmed),
        });
    }
    // `Url::port()` is None both when absent and when equal to the scheme's default; look at the text.
    let explicit_port = has_explicit_port(trimmed);
    let mut defaulted_port = false;
    if let (Some(p), false) = (default_port, explicit_port) {
        url.set_port(Some(p)).map_err(|()| UrlError::Invalid {
            input: redact_str(trimmed),
            reason: "cannot set port".into(),
        })?;
        defaulted_port = true;
    }
    Ok(EndpointUrl {
        url,
        defaulted_port,
    })
}

pub(crate) fn has_explicit_port(input: &str) -> bool {
    let after_scheme = input.split_once("://").map_or(input, |(_, r)| r);
    let authority = after_scheme.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if let Some(rest) = host_port.strip_prefix('[') {
        // IPv6 literal: [::1]:9200
        return rest
            .split_once(']')
            .is_some_and(|(_, p)| p.starts_with(':'));
    }
    host_port.contains(':')
}

/// Parses a proxy URL: http:// or https:// with a host. Unlike endpoint URLs, credentials are allowed
/// (`http://user:password@proxy:3128` is how proxy credentials are given); they are redacted on display.
pub fn parse_proxy_url(input: &str) -> Result<Url, UrlError> {
    let trimmed = input.trim();
    let shown = redact_str(trimmed);
    if !trimmed.contains("://") {
        return Err(UrlError::ProxyNoScheme { input: shown });
    }
    let url = Url::parse(trimmed).map_err(|e| UrlError::Invalid {
        input: shown.clone(),
        reason: e.to_string(),
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(UrlError::BadScheme {
            input: shown,
            scheme: url.scheme().to_string(),
        });
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(UrlError::NoHost { input: shown });
    }
    Ok(url)
}

/// A URL for display: user info replaced by `[redacted]`, query values of secret-looking keys too.
pub fn redact(url: &Url) -> String {
    let s = redact_str(url.as_str());
    // Keep `https://host:9200` without the trailing slash Url adds for an empty path.
    if url.path() == "/" && url.query().is_none() && url.fragment().is_none() {
        s.trim_end_matches('/').to_string()
    } else {
        s
    }
}

/// Redacts user info from a URL given as text (for error messages on input that did not parse).
pub fn redact_str(input: &str) -> String {
    let (prefix, rest) = match input.split_once("://") {
        Some((scheme, rest)) => (format!("{scheme}://"), rest),
        None => (String::new(), input),
    };
    let (authority, tail) = match rest.find(['/', '?', '#']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    match authority.rsplit_once('@') {
        Some((_, host)) => format!("{prefix}[redacted]@{host}{tail}"),
        None => input.to_string(),
    }
}

/// Joins an API path (`/_security/role/x`) onto a base URL that may itself carry a path prefix (a cluster
/// behind a reverse proxy at `https://host/es`).
pub fn join_path(base: &Url, path: &str) -> Url {
    let mut u = base.clone();
    let prefix = base.path().trim_end_matches('/');
    let p = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    };
    u.set_path(&format!("{prefix}{p}"));
    u.set_query(None);
    u
}

#[cfg(test)]
mod tests {

    #[test]
    fn written_urls_keep_their_port() {
        let text = |s: &str| parse_es_url(s).unwrap().to_text();
        assert_eq!(
            text("https://es.example.com:443"),
            "https://es.example.com:443"
        );
        assert_eq!(text("http://es:80/prefix?x=1"), "http://es:80/prefix?x=1");
        assert_eq!(text("https://es"), "https://es:9200");
        assert_eq!(text("https://es:9243/"), "https://es:9243");
        assert_eq!(text("https://[::1]:443"), "https://[::1]:443");
        assert_eq!(
            parse_service_url("https://api.elastic-cloud.com")
                .unwrap()
                .to_text(),
            "https://api.elastic-cloud.com:443"
        );
    }

    use super::*;

    #[test]
    fn port_defaults_to_9200_and_is_reported() {
        let e = parse_es_url("https://es.example.com").unwrap();
        assert_eq!(e.url.port(), Some(9200));
        assert!(e.defaulted_port);
        let e = parse_es_url("https://es.example.com:443/").unwrap();
        assert_eq!(e.url.port_or_known_default(), Some(443));
        assert!(!e.defaulted_port);
        let e = parse_es_url("http://[::1]:9201").unwrap();
        assert_eq!(e.url.port(), Some(9201));
        let e = parse_es_url("http://[::1]").unwrap();
        assert_eq!(e.url.port(), Some(9200));
    }

    #[test]
    fn service_urls_keep_scheme_default() {
        let e = parse_service_url("https://api.elastic-cloud.com").unwrap();
        assert_eq!(e.url.port_or_known_default(), Some(443));
        assert!(!e.defaulted_port);
    }

    #[test]
    fn refuses_missing_scheme_host_and_credentials() {
        assert!(matches!(
            parse_es_url("es.example.com:9200"),
            Err(UrlError::NoScheme { .. })
        ));
        assert!(matches!(
            parse_es_url("ftp://es"),
            Err(UrlError::BadScheme { .. })
        ));
        assert!(matches!(
            parse_es_url("https://"),
            Err(UrlError::NoHost { .. }) | Err(UrlError::Invalid { .. })
        ));
        let e = parse_es_url("https://elastic:pw123456@es:9200").unwrap_err();
        assert!(matches!(e, UrlError::Credentials { .. }));
        assert!(!e.to_string().contains("pw123456"), "{e}");
        assert!(
            parse_es_url("es:9200")
                .unwrap_err()
                .to_string()
                .contains("https://es:9200")
        );
    }

    #[test]
    fn proxy_urls_may_carry_credentials() {
        assert_eq!(
            parse_proxy_url("http://u:p@proxy:3128").unwrap().password(),
            Some("p")
        );
        let e = parse_proxy_url("proxy:3128").unwrap_err();
        assert!(matches!(e, UrlError::ProxyNoScheme { .. }));
        assert!(e.to_string().contains("http://proxy:3128"), "{e}");
        let e = parse_proxy_url("u:topsecret@proxy:3128").unwrap_err();
        assert!(!e.to_string().contains("topsecret"), "{e}");
        let e = parse_proxy_url("socks5://u:secretpw@p:1").unwrap_err();
        assert!(!e.to_string().contains("secretpw"), "{e}");
    }

    #[test]
    fn redacts_userinfo() {
        let u = Url::parse("http://user:pass@proxy:3128").unwrap();
        assert_eq!(redact(&u), "http://[redacted]@proxy:3128");
        assert_eq!(
            redact_str("http://u:p@proxy:3128/x"),
            "http://[redacted]@proxy:3128/x"
        );
    }

    #[test]
    fn joins_under_a_path_prefix() {
        let b = Url::parse("https://h:9200/es/").unwrap();
        assert_eq!(
            join_path(&b, "/_license").as_str(),
            "https://h:9200/es/_license"
        );
        let b = Url::parse("https://h:9200").unwrap();
        assert_eq!(
            join_path(&b, "_license").as_str(),
            "https://h:9200/_license"
        );
    }
}
