//! Aliases and `host:port` addresses, checked before anything is sent.

use std::net::Ipv6Addr;

/// Why an alias is refused.
#[derive(Debug, PartialEq, Eq)]
pub enum AliasProblem {
    Empty,
    /// A character Elasticsearch's settings cannot hold in the alias part of `cluster.remote.<alias>.*`.
    BadChar(char),
}

/// Elasticsearch's rule: the alias is the namespace of the affix settings `cluster.remote.<alias>.*`,
/// which Elasticsearch matches as `[-\w]+` (`Setting.AffixKey`): ASCII letters, digits, `_` and `-`.
/// Returns `Ok(true)` when the alias also follows the Cloud UI's stricter rule (lowercase only).
pub fn check_alias(alias: &str) -> Result<bool, AliasProblem> {
    if alias.is_empty() {
        return Err(AliasProblem::Empty);
    }
    if let Some(c) = alias
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '-'))
    {
        return Err(AliasProblem::BadChar(c));
    }
    Ok(!alias.chars().any(|c| c.is_ascii_uppercase()))
}

/// A checked `host:port`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// The host as written, without brackets for IPv6.
    pub host: String,
    pub port: u16,
    pub ipv6: bool,
}

impl Address {
    /// The form Elasticsearch takes: `host:port`, `[v6]:port`.
    pub fn setting(&self) -> String {
        if self.ipv6 {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }
}

/// Parses `host:port` with the port required; IPv6 must be in brackets (`[2001:db8::1]:9443`).
pub fn parse_address(s: &str) -> Result<Address, String> {
    let s = s.trim();
    if s.is_empty() {
        return Err("the address is empty: give HOST:PORT, e.g. rcs.example.com:9443".into());
    }
    if s.contains("://") {
        return Err(format!(
            "`{s}` is a URL: give HOST:PORT without a scheme, e.g. rcs.example.com:9443"
        ));
    }
    let (host, port, ipv6) = if let Some(rest) = s.strip_prefix('[') {
        let Some((h, p)) = rest.split_once(']') else {
            return Err(format!("`{s}`: an IPv6 address needs its closing `]`"));
        };
        if h.parse::<Ipv6Addr>().is_err() {
            return Err(format!("`{h}` in `{s}` is not an IPv6 address"));
        }
        let Some(p) = p.strip_prefix(':') else {
            return Err(format!(
                "`{s}` has no port: give [ADDR]:PORT, e.g. [{h}]:9443"
            ));
        };
        (h.to_string(), p, true)
    } else {
        if s.matches(':').count() > 1 {
            return Err(format!(
                "`{s}` looks like an IPv6 address without brackets: write it as [ADDR]:PORT, e.g. [2001:db8::1]:9443"
            ));
        }
        let Some((h, p)) = s.rsplit_once(':') else {
            return Err(format!(
                "`{s}` has no port: give HOST:PORT (9443 for the API key model, 9300 for certificates)"
            ));
        };
        if h.is_empty() {
            return Err(format!("`{s}` has no host"));
        }
        if let Some(c) = h
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')))
        {
            return Err(format!("`{h}` is not a host name: it contains `{c}`"));
        }
        (h.to_string(), p, false)
    };
    let port: u16 = port
        .parse()
        .ok()
        .filter(|p| *p > 0)
        .ok_or_else(|| format!("`{port}` in `{s}` is not a port (1-65535)"))?;
    Ok(Address { host, port, ipv6 })
}

/// Hosts that are ECE, ECH or ECK endpoints, which accept only proxy mode: they sit behind a proxy that
/// routes by server name. A heuristic (domain suffixes of Elastic Cloud and Kubernetes services); a miss
/// costs only the warning.
pub fn looks_like_cloud(host: &str) -> bool {
    let h = host.to_ascii_lowercase();
    [
        ".elastic-cloud.com",
        ".cloud.es.io",
        ".elastic.cloud",
        ".found.io",
        ".svc",
        ".svc.cluster.local",
    ]
    .iter()
    .any(|s| h.ends_with(s))
        || h.contains("-es-remote-cluster")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases() {
        assert_eq!(check_alias("prod"), Ok(true));
        assert_eq!(check_alias("my_remote-2"), Ok(true));
        assert_eq!(check_alias("Prod"), Ok(false));
        assert_eq!(check_alias(""), Err(AliasProblem::Empty));
        assert_eq!(check_alias("a.b"), Err(AliasProblem::BadChar('.')));
        assert_eq!(check_alias("a:b"), Err(AliasProblem::BadChar(':')));
        assert_eq!(check_alias("é"), Err(AliasProblem::BadChar('é')));
    }

    #[test]
    fn addresses() {
        let a = parse_address("rcs.example.com:9443").unwrap();
        assert_eq!(
            (a.host.as_str(), a.port, a.ipv6),
            ("rcs.example.com", 9443, false)
        );
        assert_eq!(a.setting(), "rcs.example.com:9443");
        let v6 = parse_address("[2001:db8::1]:9443").unwrap();
        assert_eq!(
            (v6.host.as_str(), v6.port, v6.ipv6),
            ("2001:db8::1", 9443, true)
        );
        assert_eq!(v6.setting(), "[2001:db8::1]:9443");
        for bad in [
            "",
            "rcs.example.com",
            "https://rcs.example.com:9443",
            "2001:db8::1:9443",
            "[2001:db8::1]",
            "[zz::1]:9443",
            "host:0",
            "host:70000",
            "host:port",
            ":9443",
            "ho st:9443",
        ] {
            assert!(parse_address(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn cloud_hosts() {
        assert!(looks_like_cloud("abc.us-east-1.aws.found.io"));
        assert!(looks_like_cloud("quickstart-es-remote-cluster.elastic.svc"));
        assert!(!looks_like_cloud("rcs.example.com"));
    }
}
