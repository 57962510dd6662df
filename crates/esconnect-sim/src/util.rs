//! Small helpers: query strings, time formatting, ids, JSON with comments, `filter_path`.

use base64::Engine as _;
use serde_json::{Map, Value};

/// Decode `%XX` escapes (and `+` as space when `plus_is_space`).
pub(crate) fn percent_decode(s: &str, plus_is_space: bool) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Parse a query string into decoded `(key, value)` pairs (a key without `=` gets an empty value).
pub(crate) fn parse_query(q: Option<&str>) -> Vec<(String, String)> {
    let Some(q) = q else { return Vec::new() };
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (percent_decode(k, true), percent_decode(v, true)),
            None => (percent_decode(p, true), String::new()),
        })
        .collect()
}

/// Milliseconds since the Unix epoch, now.
/// A non-blocking listening socket on `addr` with `SO_REUSEADDR` (so that a closed port can be bound
/// again while connections it accepted are in `TIME_WAIT`; accepted sockets inherit the flag, which
/// Linux needs on both sides).
pub(crate) fn listen(addr: std::net::SocketAddr) -> anyhow::Result<std::net::TcpListener> {
    use anyhow::Context as _;
    use socket2::{Domain, Socket, Type};
    let socket =
        Socket::new(Domain::for_address(addr), Type::STREAM, None).context("creating a socket")?;
    socket.set_reuse_address(true)?;
    socket
        .bind(&addr.into())
        .with_context(|| format!("binding {addr}"))?;
    socket.listen(1024).context("listening")?;
    socket.set_nonblocking(true)?;
    Ok(socket.into())
}

pub(crate) fn now_millis() -> i64 {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

/// `2018-10-20T22:05:12.332Z` for epoch milliseconds (proleptic Gregorian, UTC).
pub(crate) fn iso_millis(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let millis = ms.rem_euclid(1000);
    let days = secs.div_euclid(86_400);
    let sod = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{millis:03}Z",
        sod / 3600,
        (sod % 3600) / 60,
        sod % 60
    )
}

// Howard Hinnant's days-to-civil algorithm.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// SHA-256 of `data`.
pub(crate) fn sha256(data: &[u8]) -> Vec<u8> {
    ring::digest::digest(&ring::digest::SHA256, data)
        .as_ref()
        .to_vec()
}

/// Lower-case hex.
pub(crate) fn hex(data: &[u8]) -> String {
    data.iter().map(|b| format!("{b:02x}")).collect()
}

/// URL-safe base64 without padding of `n` bytes derived from `seed` (deterministic ids).
pub(crate) fn derived_id(seed: &str, n: usize) -> String {
    let digest = sha256(seed.as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&digest[..n.min(digest.len())])
}

/// A UUID-looking string derived from `seed`.
pub(crate) fn derived_uuid(seed: &str) -> String {
    let h = hex(&sha256(seed.as_bytes()));
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// `n` random bytes as URL-safe base64 without padding.
pub(crate) fn random_id(n: usize) -> String {
    use ring::rand::SecureRandom as _;
    let mut buf = vec![0u8; n];
    // SystemRandom only fails when the OS has no randomness at all; fall back to a time-derived value.
    if ring::rand::SystemRandom::new().fill(&mut buf).is_err() {
        let seed = format!("{:?}{}", std::time::Instant::now(), now_millis());
        buf = sha256(seed.as_bytes())[..n.min(32)].to_vec();
    }
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&buf)
}

/// Remove `//` and `/* */` comments outside strings (Elasticsearch's JSON parser allows comments).
pub(crate) fn strip_json_comments(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    let mut in_str = false;
    while i < b.len() {
        let c = b[i];
        if in_str {
            out.push(c);
            if c == b'\\' && i + 1 < b.len() {
                out.push(b[i + 1]);
                i += 2;
                continue;
            }
            if c == b'"' {
                in_str = false;
            }
            i += 1;
            continue;
        }
        if c == b'"' {
            in_str = true;
            out.push(c);
            i += 1;
        } else if c == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if c == b'/' && b.get(i + 1) == Some(&b'*') {
            i += 2;
            while i < b.len() && !(b[i] == b'*' && b.get(i + 1) == Some(&b'/')) {
                // keep line structure so error positions stay right
                if b[i] == b'\n' {
                    out.push(b'\n');
                }
                i += 1;
            }
            i += 2;
        } else {
            out.push(c);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// 1-based line and column of byte offset `pos` in `s`.
pub(crate) fn line_col(s: &str, pos: usize) -> (usize, usize) {
    let before = &s[..pos.min(s.len())];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rfind('\n')
        .map_or(before.len(), |i| before.len() - i - 1)
        + 1;
    (line, col)
}

// ---------------------------------------------------------------------------------------------
// filter_path

#[derive(Debug, Clone, PartialEq)]
enum Seg {
    Any,
    Glob(String),
}

fn parse_filter(f: &str) -> Vec<Seg> {
    let mut segs = Vec::new();
    let mut cur = String::new();
    let mut chars = f.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'.') => {
                cur.push('.');
                chars.next();
            }
            '.' => segs.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    segs.push(cur);
    segs.into_iter()
        .filter(|s| !s.is_empty())
        .map(|s| if s == "**" { Seg::Any } else { Seg::Glob(s) })
        .collect()
}

/// Wildcard match: `*` matches any sequence, `?` one character, everything else is literal (used for
/// privileges, index and node patterns and `filter_path` segments).
pub(crate) fn glob_match(pattern: &str, s: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = s.chars().collect();
    let (mut pi, mut ti) = (0usize, 0usize);
    let (mut star, mut mark) = (None::<usize>, 0usize);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(sp) = star {
            pi = sp + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == '*' {
        pi += 1;
    }
    pi == p.len()
}

/// The remaining patterns after `key` consumed a prefix of `pat`.
fn advance(pat: &[Seg], key: &str, out: &mut Vec<Vec<Seg>>) {
    let Some(first) = pat.first() else { return };
    match first {
        Seg::Any => {
            // `**` matches zero levels ...
            advance(&pat[1..], key, out);
            if pat.len() == 1 {
                out.push(Vec::new());
            }
            // ... or this level and possibly more.
            out.push(pat.to_vec());
        }
        Seg::Glob(g) => {
            if glob_match(g, key) {
                out.push(pat[1..].to_vec());
            }
            // a field name with dots can match several segments at once
            if key.contains('.') {
                let parts: Vec<&str> = key.split('.').collect();
                if parts.len() <= pat.len()
                    && parts.iter().zip(pat).all(|(p, s)| match s {
                        Seg::Glob(g) => glob_match(g, p),
                        Seg::Any => false,
                    })
                {
                    out.push(pat[parts.len()..].to_vec());
                } else if parts.len() > pat.len()
                    && pat.iter().zip(&parts).all(|(s, p)| match s {
                        Seg::Glob(g) => glob_match(g, p),
                        Seg::Any => false,
                    })
                {
                    // the filter selects a parent of this dotted field
                    out.push(Vec::new());
                }
            }
        }
    }
}

fn include(v: &Value, pats: &[Vec<Seg>]) -> Option<Value> {
    if pats.iter().any(Vec::is_empty) {
        return Some(v.clone());
    }
    match v {
        Value::Object(map) => {
            let mut out = Map::new();
            for (k, child) in map {
                let mut next = Vec::new();
                for p in pats {
                    advance(p, k, &mut next);
                }
                if next.is_empty() {
                    continue;
                }
                if let Some(c) = include(child, &next) {
                    out.insert(k.clone(), c);
                }
            }
            if out.is_empty() {
                None
            } else {
                Some(Value::Object(out))
            }
        }
        Value::Array(items) => {
            let kept: Vec<Value> = items.iter().filter_map(|i| include(i, pats)).collect();
            if kept.is_empty() {
                None
            } else {
                Some(Value::Array(kept))
            }
        }
        _ => None,
    }
}

fn exclude(v: &mut Value, pats: &[Vec<Seg>]) {
    match v {
        Value::Object(map) => {
            let keys: Vec<String> = map.keys().cloned().collect();
            for k in keys {
                let mut next = Vec::new();
                for p in pats {
                    advance(p, &k, &mut next);
                }
                if next.iter().any(Vec::is_empty) {
                    map.remove(&k);
                } else if !next.is_empty()
                    && let Some(child) = map.get_mut(&k)
                {
                    exclude(child, &next);
                }
            }
        }
        Value::Array(items) => {
            for i in items {
                exclude(i, pats);
            }
        }
        _ => {}
    }
}

/// Apply Elasticsearch's `filter_path` (comma-separated, `*` and `**` wildcards, `\.` for a literal dot,
/// `-` prefix to exclude). A result with nothing left is `{}`.
pub(crate) fn filter_path(v: &Value, filter: &str) -> Value {
    let mut inc = Vec::new();
    let mut exc = Vec::new();
    for f in filter.split(',').map(str::trim).filter(|f| !f.is_empty()) {
        match f.strip_prefix('-') {
            Some(rest) => exc.push(parse_filter(rest)),
            None => inc.push(parse_filter(f)),
        }
    }
    let mut out = if inc.is_empty() {
        v.clone()
    } else {
        include(v, &inc).unwrap_or_else(|| Value::Object(Map::new()))
    };
    if !exc.is_empty() {
        exclude(&mut out, &exc);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn iso_dates() {
        assert_eq!(iso_millis(1_540_073_112_332), "2018-10-20T22:05:12.332Z");
        assert_eq!(iso_millis(0), "1970-01-01T00:00:00.000Z");
    }

    #[test]
    fn comments_are_stripped_outside_strings() {
        let s = "{\"a\": \"//x\", // c\n \"b\": /* d */ 1}";
        let v: Value = serde_json::from_str(&strip_json_comments(s)).unwrap();
        assert_eq!(v, json!({"a": "//x", "b": 1}));
    }

    #[test]
    fn filter_path_variants() {
        let v = json!({"persistent": {"cluster.metadata.display_name": "x", "other": 1}, "transient": {}});
        assert_eq!(
            filter_path(&v, "*.cluster\\.metadata\\.display_name"),
            json!({"persistent": {"cluster.metadata.display_name": "x"}})
        );
        let nested = json!({"persistent": {"cluster": {"remote": {"a": {"mode": "proxy"}}}}});
        assert_eq!(filter_path(&nested, "persistent.cluster.remote"), nested);
        assert_eq!(filter_path(&nested, "**.mode"), nested);
        assert_eq!(filter_path(&nested, "nothing"), json!({}));
        assert_eq!(filter_path(&json!({"a": 1, "b": 2}), "-a"), json!({"b": 2}));
        let flat = json!({"persistent": {"cluster.remote.a.mode": "proxy"}});
        assert_eq!(filter_path(&flat, "persistent.cluster.remote"), flat);
    }

    #[test]
    fn query_parsing() {
        assert_eq!(
            parse_query(Some("a=1&b&c=x%2Cy+z")),
            vec![
                ("a".into(), "1".into()),
                ("b".into(), String::new()),
                ("c".into(), "x,y z".into())
            ]
        );
    }
}
