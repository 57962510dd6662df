//! Secrets: the only type that holds passwords, API keys and tokens.
//!
//! [`Secret`] never shows its value through `Debug` or `Display` and has no `Serialize`; the value is
//! reached only through [`Secret::expose`], which makes every use greppable. [`SecretInput`] reads a
//! secret from where the user put it: a flag, an environment variable, a file, or standard input.

use secrecy::{ExposeSecret, SecretString};
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The placeholder shown instead of a secret.
pub const REDACTED: &str = "[redacted]";

/// A secret string. Cloning is allowed (it stays secret); printing shows `[redacted]`.
#[derive(Clone)]
pub struct Secret(SecretString);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(SecretString::from(value.into()))
    }
    /// The secret value. Call only where it is sent or written to its destination.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
    pub fn is_empty(&self) -> bool {
        self.expose().is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl PartialEq for Secret {
    fn eq(&self, other: &Self) -> bool {
        // Not constant-time; secrets are compared only in tests and for de-duplication.
        self.expose() == other.expose()
    }
}

/// Where a value came from, so errors can name the source ("--api-key-file key", "ELASTICSEARCH_API_KEY").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    File(PathBuf),
    Stdin,
    Default,
    EnvFile(PathBuf),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "{flag}"),
            Source::Env(var) => write!(f, "${var}"),
            Source::File(p) => write!(f, "file {}", p.display()),
            Source::Stdin => f.write_str("standard input"),
            Source::Default => f.write_str("the default"),
            Source::EnvFile(p) => write!(f, "env file {}", p.display()),
        }
    }
}

/// A value together with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

impl<T> Sourced<T> {
    pub fn new(value: T, source: Source) -> Self {
        Self { value, source }
    }
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Sourced<U> {
        Sourced {
            value: f(self.value),
            source: self.source,
        }
    }
}

/// Errors reading a secret from a file or standard input.
#[derive(Debug, thiserror::Error)]
pub enum SecretReadError {
    #[error("cannot read {what} from {path}: {source}")]
    File {
        what: String,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot read {what} from standard input: {source}")]
    Stdin {
        what: String,
        source: std::io::Error,
    },
    #[error("{what} from {from} is empty")]
    Empty { what: String, from: Source },
    #[error("{what}: standard input (`-`) can be used for only one secret per command")]
    StdinTwice { what: String },
}

/// Reads a secret from a file path, or from standard input when the path is `-`. Surrounding whitespace
/// (the trailing newline of `echo`, editors) is trimmed; an empty secret is an error.
pub fn read_secret_file(path: &Path, what: &str) -> Result<Sourced<Secret>, SecretReadError> {
    read_secret_from(path, what, &mut std::io::stdin().lock())
}

/// As [`read_secret_file`], with the reader that stands for standard input given (for tests).
pub fn read_secret_from(
    path: &Path,
    what: &str,
    stdin: &mut dyn Read,
) -> Result<Sourced<Secret>, SecretReadError> {
    let (raw, source) = if path == Path::new("-") {
        let mut buf = String::new();
        stdin
            .read_to_string(&mut buf)
            .map_err(|source| SecretReadError::Stdin {
                what: what.to_string(),
                source,
            })?;
        (buf, Source::Stdin)
    } else {
        let buf = std::fs::read_to_string(path).map_err(|source| SecretReadError::File {
            what: what.to_string(),
            path: path.to_path_buf(),
            source,
        })?;
        (buf, Source::File(path.to_path_buf()))
    };
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(SecretReadError::Empty {
            what: what.to_string(),
            from: source,
        });
    }
    Ok(Sourced::new(Secret::new(trimmed), source))
}

/// Replaces every occurrence of each secret in `text` with `[redacted]`. Used as a last line of defence on
/// text that may echo what was sent (error bodies, proxy pages).
pub fn scrub(text: &str, secrets: &[&Secret]) -> String {
    let mut out = text.to_string();
    for s in secrets {
        let v = s.expose();
        if v.len() >= 4 && out.contains(v) {
            out = out.replace(v, REDACTED);
        }
    }
    out
}

impl<'de> serde::Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Secret::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_hide_the_value() {
        let s = Secret::new("hunter2-very-secret");
        assert_eq!(format!("{s:?}"), "[redacted]");
        assert_eq!(format!("{s}"), "[redacted]");
        assert_eq!(format!("{:?}", Some(s.clone())), "Some([redacted])");
        assert_eq!(s.expose(), "hunter2-very-secret");
    }

    #[test]
    fn reads_and_trims_files_and_stdin() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("key");
        std::fs::write(&p, "  abc:def\n").unwrap();
        let got = read_secret_from(&p, "API key", &mut std::io::empty()).unwrap();
        assert_eq!(got.value.expose(), "abc:def");
        assert_eq!(got.source, Source::File(p.clone()));

        let got = read_secret_from(Path::new("-"), "password", &mut "s3cr3t\n".as_bytes()).unwrap();
        assert_eq!(got.value.expose(), "s3cr3t");
        assert_eq!(got.source, Source::Stdin);
    }

    #[test]
    fn empty_and_missing_files_are_errors_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("empty");
        std::fs::write(&p, "\n").unwrap();
        let e = read_secret_from(&p, "API key", &mut std::io::empty()).unwrap_err();
        assert!(
            e.to_string().contains("is empty") && e.to_string().contains("empty"),
            "{e}"
        );
        let e = read_secret_from(&dir.path().join("nope"), "API key", &mut std::io::empty())
            .unwrap_err();
        assert!(e.to_string().contains("nope"), "{e}");
    }

    #[test]
    fn scrub_replaces_known_secrets() {
        let s = Secret::new("topsecretvalue");
        assert_eq!(scrub("x topsecretvalue y", &[&s]), "x [redacted] y");
    }
}
