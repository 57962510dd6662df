//! Checks of user input done before anything is sent: each failure is bad usage (exit 2) and its
//! message says what is wrong and how to fix it, without echoing secrets.

use esconnect_cli::CliError;
use esconnect_core::Secret;
use std::path::Path;

/// Elasticsearch's shortest accepted password.
pub const MIN_PASSWORD_LEN: usize = 6;

/// The built-in users of Elasticsearch, whose roles cannot be changed.
pub const RESERVED_USERS: &[&str] = &[
    "elastic",
    "kibana",
    "kibana_system",
    "logstash_system",
    "beats_system",
    "apm_system",
    "remote_monitoring_user",
];

/// Checks an Elasticsearch duration as the create API key API takes it (`90d`, `12h`, `30m`, `1d`).
pub fn expiration(s: &str) -> Result<String, CliError> {
    duration_millis("--expiration", s).map(|_| s.to_string())
}

/// An Elasticsearch duration given to `flag` (`90d`, `12h`, `30m`, `45s`, `500ms`), in milliseconds.
pub fn duration_millis(flag: &str, s: &str) -> Result<i64, CliError> {
    let bad = || {
        CliError::usage(format!("{flag} `{s}` is not an Elasticsearch duration"))
            .with_remedy("write a positive whole number and a unit, e.g. 90d, 12h or 30m (units: d, h, m, s, ms)")
    };
    let split = s.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
    let (num, unit) = s.split_at(split);
    let n: i64 = num.parse().map_err(|_| bad())?;
    let factor = match unit {
        "d" => 86_400_000,
        "h" => 3_600_000,
        "m" => 60_000,
        "s" => 1000,
        "ms" => 1,
        _ => return Err(bad()),
    };
    if n == 0 {
        return Err(bad());
    }
    n.checked_mul(factor).ok_or_else(bad)
}

/// An API key id as Elasticsearch makes them (URL-safe base64: letters, digits, `-`, `_`).
pub fn key_id(s: &str) -> Result<(), CliError> {
    if s.is_empty()
        || s.len() > 64
        || !s
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(CliError::usage(format!(
            "`{}` is not an API key id",
            s.escape_debug()
        ))
        .with_remedy("give the key's id (e.g. VuaCfGcBCdbkQm-e5aOx), as `es-role cross-cluster-key list` shows it, not the key itself"));
    }
    Ok(())
}

/// Role and user names: 1 to 507 printable ASCII characters, no surrounding spaces (Elasticsearch's rule).
pub fn name(what: &str, flag: &str, s: &str) -> Result<(), CliError> {
    let problem = if s.is_empty() {
        Some("is empty")
    } else if s.len() > 507 {
        Some("is longer than 507 characters")
    } else if s.trim() != s {
        Some("starts or ends with whitespace")
    } else if !s.chars().all(|c| c.is_ascii_graphic() || c == ' ') {
        Some("contains a character outside printable ASCII")
    } else {
        None
    };
    match problem {
        Some(p) => Err(CliError::usage(format!("the {what} `{}` {p}", s.escape_debug()))
            .with_remedy(format!("give {flag} 1 to 507 printable ASCII characters (letters, digits, spaces, punctuation)"))),
        None => Ok(()),
    }
}

/// A user name: as [`name`], and not starting with `_` (Elasticsearch keeps that prefix).
pub fn user_name(s: &str) -> Result<(), CliError> {
    if s.starts_with('_') {
        return Err(CliError::usage(format!(
            "the user name `{}` starts with `_`, which Elasticsearch keeps for its own users",
            s.escape_debug()
        ))
        .with_remedy("pick a name such as autoops-agent"));
    }
    name("user name", "NAME", s)
}

/// An API key's name: not empty, at most 1024 characters, no surrounding whitespace.
pub fn key_name(s: &str) -> Result<(), CliError> {
    if s.is_empty() || s.chars().count() > 1024 || s.trim() != s {
        return Err(CliError::usage(format!("the API key name `{}` is not accepted by Elasticsearch", s.escape_debug()))
            .with_remedy("give --name 1 to 1024 characters without leading or trailing whitespace, e.g. --name autoops-prod"));
    }
    Ok(())
}

/// The new user's password: Elasticsearch refuses fewer than 6 characters.
pub fn password(p: &Secret, from: &str) -> Result<(), CliError> {
    if p.expose().chars().count() < MIN_PASSWORD_LEN {
        return Err(CliError::usage(format!(
            "the new password from {from} is shorter than {MIN_PASSWORD_LEN} characters"
        ))
        .with_remedy(format!(
            "Elasticsearch requires at least {MIN_PASSWORD_LEN} characters; use a long random one"
        )));
    }
    Ok(())
}

/// Where `--out` will write: the directory must exist and the path must not be a directory, checked
/// before the key is created (it is shown only once).
pub fn out_path(p: &Path) -> Result<(), CliError> {
    if p.is_dir() {
        return Err(
            CliError::usage(format!("--out {} is a directory", p.display()))
                .with_remedy("give a file path, e.g. --out ./autoops.key"),
        );
    }
    let dir = match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(CliError::usage(format!(
            "--out {}: the directory {} does not exist",
            p.display(),
            dir.display()
        ))
        .with_remedy("create the directory first, or write the key elsewhere"));
    }
    Ok(())
}

/// Percent-encodes one path segment (a role or user name may hold spaces, `/` or `?`).
pub fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expirations() {
        for ok in ["90d", "12h", "30m", "1d", "3600s", "500ms"] {
            assert_eq!(expiration(ok).unwrap(), ok);
        }
        for bad in [
            "", "90", "d", "0d", "-1d", "1.5d", "90 d", "90days", "1w", "1y", " 1d",
        ] {
            let e = expiration(bad).unwrap_err();
            assert_eq!(e.code, 2, "{bad}");
            assert!(
                e.message.contains("--expiration") && e.remedy.as_deref().unwrap().contains("90d"),
                "{bad}"
            );
        }
    }

    #[test]
    fn durations_in_millis() {
        assert_eq!(duration_millis("--x", "30d").unwrap(), 30 * 86_400_000);
        assert_eq!(duration_millis("--x", "12h").unwrap(), 12 * 3_600_000);
        assert_eq!(duration_millis("--x", "500ms").unwrap(), 500);
        let e = duration_millis("--expiring-within", "30 days").unwrap_err();
        assert!(
            e.message.starts_with("--expiring-within `30 days`"),
            "{}",
            e.message
        );
        assert!(duration_millis("--x", "99999999999999999d").is_err());
    }

    #[test]
    fn key_ids() {
        assert!(key_id("VuaCfGcBCdbkQm-e5aOx").is_ok());
        for bad in ["", "a b", "a/b", "id:secret"] {
            assert_eq!(key_id(bad).unwrap_err().code, 2, "{bad}");
        }
    }

    #[test]
    fn names() {
        assert!(name("role name", "--name", "autoops").is_ok());
        assert!(name("role name", "--name", "my role/1").is_ok());
        for bad in ["", " x", "x ", "a\tb", "é"] {
            assert_eq!(
                name("role name", "--name", bad).unwrap_err().code,
                2,
                "{bad:?}"
            );
        }
        assert!(name("user name", "NAME", &"a".repeat(508)).is_err());
        assert!(user_name("_agent").is_err() && user_name(" agent").is_err());
        assert!(user_name("autoops-agent").is_ok());
        assert!(key_name("autoops-prod").is_ok());
        assert!(key_name("").is_err() && key_name(" x").is_err());
    }

    #[test]
    fn passwords_are_checked_without_echo() {
        assert!(password(&Secret::new("123456"), "f").is_ok());
        let e = password(&Secret::new("abc12"), "file pw").unwrap_err();
        assert_eq!(e.code, 2);
        assert!(
            !e.message.contains("abc12") && e.message.contains("file pw"),
            "{}",
            e.message
        );
    }

    #[test]
    fn segments_are_encoded() {
        assert_eq!(segment("autoops"), "autoops");
        assert_eq!(segment("a b/c?d%"), "a%20b%2Fc%3Fd%25");
    }

    #[test]
    fn out_paths() {
        let d = tempfile::tempdir().unwrap();
        assert!(out_path(&d.path().join("k")).is_ok());
        assert_eq!(out_path(d.path()).unwrap_err().code, 2);
        assert_eq!(
            out_path(&d.path().join("nope").join("k")).unwrap_err().code,
            2
        );
    }
}
