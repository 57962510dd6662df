//! Input rules shared by the commands. Everything is checked before anything is read from the network or
//! written: a bad value exits 2 with a message naming it and the fix.

use esconnect_cli::CliResult;

/// The scope of the Cloud convention: an ECE environment id or an ECH organization id. ECH organization ids
/// are digits (`1053523734` in seed 002) and the docs' example scope is `myscope`; lowercase letters and
/// digits cover both. The 32-character bound is our assumption (the docs give none).
pub fn scope(s: &str) -> CliResult<()> {
    let ok = !s.is_empty()
        && s.len() <= 32
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    if ok {
        return Ok(());
    }
    Err(crate::usage(
        format!("`{s}` is not a valid scope"),
        "A scope is the ECE environment id or the ECH organization id: lowercase letters and digits, \
         at most 32 (e.g. 1053523734).",
    ))
}

/// A cluster id of the Cloud convention: ECE/ECH cluster ids are lowercase hex (32 characters); the docs'
/// examples (`aaaabbbbaaaabbbb`, `1234567abcd`) are shorter, and a self-managed cluster may choose its own,
/// so lowercase letters, digits and `-`, at most 64, starting with a letter or digit. No dots: the name is
/// split at dots.
pub fn cluster_id(s: &str) -> CliResult<()> {
    let ok = !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-');
    if ok {
        return Ok(());
    }
    Err(crate::usage(
        format!("`{s}` is not a valid cluster id"),
        "A cluster id is lowercase letters, digits and `-` (at most 64, no dots), e.g. the 32-character \
         id the ECE/ECH console shows for the deployment's Elasticsearch cluster.",
    ))
}

/// A node name for instances.yml: it becomes certutil's `name` (the certificate's file name) and the first
/// label of the `cn`, so letters, digits, `-` and `_`, at most 64, no dots.
pub fn node_name(s: &str) -> CliResult<()> {
    let ok = !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && !s.starts_with(['-', '_']);
    if ok {
        return Ok(());
    }
    Err(crate::usage(
        format!("`{s}` is not a valid node name"),
        "A node name is letters, digits, `-` and `_` (at most 64, no dots: it becomes the first label of \
         `<node>.node.<cluster_id>.cluster.<scope_id>.account`).",
    ))
}

/// A trust restriction pattern (`*` any run of characters, `?` one): letters, digits, `.`, `-`, `_` and the
/// two wildcards, with at least one literal label. Lucene `/regex/` forms are refused (unverified for this
/// setting, elastic-facts §7).
pub fn pattern(s: &str) -> CliResult<()> {
    let chars_ok = !s.is_empty()
        && s.len() <= 255
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'*' | b'?'));
    if !chars_ok {
        return Err(crate::usage(
            format!("`{s}` is not a valid trust restriction pattern"),
            "Use letters, digits, `.`, `-`, `_` and the wildcards `*` (any characters) and `?` (one \
             character), e.g. `node*.es.example.com`.",
        ));
    }
    if !s.bytes().any(|b| b.is_ascii_alphanumeric()) {
        return Err(crate::usage(
            format!("the pattern `{s}` admits every certificate the CA signed"),
            "Name the nodes, e.g. `node*.es.example.com`: the point of trust restrictions is to admit \
             fewer than every certificate of the CA.",
        ));
    }
    Ok(())
}

/// True when `name` matches `pattern`: `*` any run of characters (dots included), `?` exactly one, the
/// rest literally, as Elasticsearch's `Automatons.predicate` does for these patterns.
pub fn matches(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    let (mut pi, mut ni) = (0, 0);
    let (mut star, mut mark) = (None, 0);
    while ni < n.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == n[ni]) {
            pi += 1;
            ni += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ni;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ni = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes() {
        for ok in ["1053523734", "myscope", "a", &"9".repeat(32)] {
            assert!(scope(ok).is_ok(), "{ok}");
        }
        for bad in ["", "MyScope", "my-scope", "my.scope", &"9".repeat(33), "*"] {
            let e = scope(bad).unwrap_err();
            assert_eq!(e.code, 2, "{bad}");
        }
    }

    #[test]
    fn cluster_ids() {
        for ok in [
            "aaaabbbbaaaabbbb",
            "1234567abcd",
            "my-cluster",
            &"f".repeat(32),
        ] {
            assert!(cluster_id(ok).is_ok(), "{ok}");
        }
        for bad in ["", "ABC", "a.b", "*", "-a", "a b", &"a".repeat(65)] {
            assert!(cluster_id(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn node_names() {
        for ok in ["node1", "es-data_2", "Node1"] {
            assert!(node_name(ok).is_ok(), "{ok}");
        }
        for bad in ["", "node1.example.com", "a b", "-x", "n*"] {
            assert!(node_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn patterns() {
        for ok in [
            "node*.es.example.com",
            "*.node.*.cluster.83988631.account",
            "es-0?",
        ] {
            assert!(pattern(ok).is_ok(), "{ok}");
        }
        for bad in [
            "", "*", "*.*", "?*", "a b", "\"x\"", "/node.*/", "a'b", "x\ny",
        ] {
            assert!(pattern(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn wildcard_semantics() {
        let p = "*.node.aaaabbbbaaaabbbb.cluster.1053523734.account";
        assert!(matches(
            p,
            "n1.node.aaaabbbbaaaabbbb.cluster.1053523734.account"
        ));
        // `*` spans dots
        assert!(matches(
            p,
            "a.b.node.aaaabbbbaaaabbbb.cluster.1053523734.account"
        ));
        assert!(!matches(
            p,
            "n1.node.xxxxyyyyxxxxyyyy.cluster.1053523734.account"
        ));
        assert!(!matches(
            p,
            "n1.node.aaaabbbbaaaabbbb.cluster.1053523734.accounts"
        ));
        assert!(matches(
            "*.node.*.cluster.83988631.account",
            "x.node.y.cluster.83988631.account"
        ));
        assert!(matches("node?.es", "node1.es"));
        assert!(!matches("node?.es", "node12.es"));
        assert!(!matches("node?.es", "node.es"));
        assert!(matches("node*", "node"));
        assert!(matches("a*b*c", "aXXbYYc"));
        assert!(!matches("a*b*c", "aXXbYY"));
        assert!(!matches("abc", "ABC"));
    }
}
