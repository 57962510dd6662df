//! Connection settings for an Elasticsearch cluster, gathered in one place from flags, environment
//! variables and files, then checked: URL, credentials, TLS, proxy and timeouts.

use crate::auth::{Auth, AuthError, AuthInput};
use crate::env::{self, EnvVar};
use crate::http::tls::{TlsConfigError, TlsOptions, parse_fingerprint};
use crate::http::{ClientConfig, Endpoint, HttpClient, RetryPolicy};
use crate::proxy::ProxyConfig;
use crate::secret::{Secret, SecretReadError, Source, Sourced, read_secret_file};
use crate::url::{EndpointUrl, UrlError, parse_es_url};
use std::path::PathBuf;
use std::time::Duration;

/// Which environment variables stand for the connection flags.
#[derive(Debug, Clone, Copy)]
pub struct EnvProfile {
    pub url: &'static EnvVar,
    pub api_key: &'static EnvVar,
    pub username: &'static EnvVar,
    pub password: &'static EnvVar,
    pub ca_cert: &'static EnvVar,
    pub ca_fingerprint: Option<&'static EnvVar>,
}

/// The `ELASTICSEARCH_*` variables (es-role and the remote-cluster tools).
pub const ELASTICSEARCH: EnvProfile = EnvProfile {
    url: &env::ELASTICSEARCH_URL,
    api_key: &env::ELASTICSEARCH_API_KEY,
    username: &env::ELASTICSEARCH_USERNAME,
    password: &env::ELASTICSEARCH_PASSWORD,
    ca_cert: &env::ELASTICSEARCH_CA_CERT,
    ca_fingerprint: Some(&env::ELASTICSEARCH_CA_FINGERPRINT),
};

/// What the flags gave (the CLI crates fill this from clap). Secrets given as values on the command line
/// are accepted but the file and stdin forms are preferred.
#[derive(Debug, Clone, Default)]
pub struct ConnectionFlags {
    pub url: Option<String>,
    pub api_key: Option<Secret>,
    pub api_key_file: Option<PathBuf>,
    pub username: Option<String>,
    pub password: Option<Secret>,
    pub password_file: Option<PathBuf>,
    pub ca_cert: Vec<PathBuf>,
    pub ca_fingerprint: Option<String>,
    pub insecure: bool,
    pub proxy: Option<String>,
    pub connect_timeout: Option<Duration>,
    pub timeout: Option<Duration>,
    pub retries: Option<u32>,
}

/// Everything wrong with the connection settings; bad input (exit 2), nothing was sent.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("no Elasticsearch URL: give --es-url or set {var}")]
    NoUrl { var: &'static str },
    #[error("the Elasticsearch URL from {from}: {error}")]
    Url { from: Source, error: UrlError },
    #[error(transparent)]
    Auth(#[from] AuthError),
    #[error(transparent)]
    Secret(#[from] SecretReadError),
    #[error(transparent)]
    Tls(#[from] TlsConfigError),
    #[error("the proxy `{given}`: {error}")]
    Proxy { given: String, error: UrlError },
    #[error("{flag} and {other} cannot be used together: {why}")]
    Conflict {
        flag: &'static str,
        other: &'static str,
        why: &'static str,
    },
}

/// Resolved, checked settings.
#[derive(Debug, Clone)]
pub struct Connection {
    pub url: EndpointUrl,
    pub auth: Option<Auth>,
    pub client: ClientConfig,
}

impl Connection {
    /// Builds the HTTP client and the endpoint.
    pub fn endpoint(&self) -> Result<Endpoint, TlsConfigError> {
        Ok(Endpoint::new(
            HttpClient::new(self.client.clone())?,
            self.url.url.clone(),
            self.auth.clone(),
        ))
    }
}

/// A way to read environment variables (the process's, or a map in tests).
pub type EnvLookup<'a> = &'a dyn Fn(&EnvVar) -> Option<String>;

/// The process environment.
pub fn process_env(v: &EnvVar) -> Option<String> {
    v.get()
}

fn secret_from(
    flag_value: Option<Secret>,
    flag: &'static str,
    file: Option<PathBuf>,
    var: &'static EnvVar,
    what: &str,
    env: EnvLookup<'_>,
) -> Result<Option<Sourced<Secret>>, SettingsError> {
    if let Some(v) = flag_value {
        return Ok(Some(Sourced::new(v, Source::Flag(flag))));
    }
    if let Some(path) = file {
        return Ok(Some(read_secret_file(&path, what)?));
    }
    Ok(env(var).map(|v| Sourced::new(Secret::new(v), Source::Env(var.name))))
}

/// Gathers and checks the settings: flags first, then the profile's environment variables.
pub fn resolve(
    flags: ConnectionFlags,
    profile: EnvProfile,
    env: EnvLookup<'_>,
) -> Result<Connection, SettingsError> {
    if flags.api_key_file.as_deref() == Some(std::path::Path::new("-"))
        && flags.password_file.as_deref() == Some(std::path::Path::new("-"))
    {
        return Err(SecretReadError::StdinTwice {
            what: "--api-key-file and --password-file".into(),
        }
        .into());
    }
    let (url_text, url_source) = match flags.url {
        Some(u) => (u, Source::Flag("--es-url")),
        None => match env(profile.url) {
            Some(u) => (u, Source::Env(profile.url.name)),
            None => {
                return Err(SettingsError::NoUrl {
                    var: profile.url.name,
                });
            }
        },
    };
    let url = parse_es_url(&url_text).map_err(|error| SettingsError::Url {
        from: url_source,
        error,
    })?;

    let auth_input = AuthInput {
        api_key: secret_from(
            flags.api_key,
            "--api-key",
            flags.api_key_file,
            profile.api_key,
            "the API key",
            env,
        )?,
        username: match flags.username {
            Some(u) => Some(Sourced::new(u, Source::Flag("--username"))),
            None => {
                env(profile.username).map(|u| Sourced::new(u, Source::Env(profile.username.name)))
            }
        },
        password: secret_from(
            flags.password,
            "--password",
            flags.password_file,
            profile.password,
            "the password",
            env,
        )?,
    };
    let auth = auth_input.resolve(&format!(
        "--password-file FILE (or - for stdin) or ${}",
        profile.password.name
    ))?;

    let mut ca_certs = flags.ca_cert;
    if ca_certs.is_empty()
        && let Some(p) = env(profile.ca_cert)
    {
        ca_certs.push(PathBuf::from(p));
    }
    let fingerprint_text = flags
        .ca_fingerprint
        .or_else(|| profile.ca_fingerprint.and_then(env));
    let ca_fingerprint = fingerprint_text
        .as_deref()
        .map(parse_fingerprint)
        .transpose()?;
    if flags.insecure && (ca_fingerprint.is_some() || !ca_certs.is_empty()) {
        return Err(SettingsError::Conflict {
            flag: "--insecure",
            other: "--ca-cert/--ca-fingerprint",
            why: "--insecure turns certificate verification off, so a CA would be ignored; drop --insecure",
        });
    }
    let tls = TlsOptions {
        ca_certs,
        ca_fingerprint,
        insecure: flags.insecure,
    };
    // Check the CA files now, so bad input is reported before anything is sent.
    crate::http::tls::check_ca_files(&tls)?;

    let mut proxy = ProxyConfig::from_env();
    if let Some(p) = flags.proxy {
        crate::url::parse_proxy_url(&p).map_err(|error| SettingsError::Proxy {
            given: crate::url::redact_str(&p),
            error,
        })?;
        proxy.explicit = Some(p);
    }
    let extra_roots = env(&env::SSL_CERT_FILE)
        .map(PathBuf::from)
        .into_iter()
        .collect();
    let mut client = ClientConfig {
        tls,
        proxy,
        extra_roots,
        ..ClientConfig::default()
    };
    if let Some(t) = flags.connect_timeout {
        client.connect_timeout = t;
    }
    if let Some(t) = flags.timeout {
        client.timeout = t;
    }
    if let Some(r) = flags.retries {
        client.retry = RetryPolicy {
            max_attempts: r + 1,
            ..client.retry
        };
    }
    Ok(Connection { url, auth, client })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&EnvVar) -> Option<String> {
        let m: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |v: &EnvVar| m.get(v.name).cloned()
    }

    #[test]
    fn flags_override_environment() {
        let env = env_of(&[
            ("ELASTICSEARCH_URL", "https://env:9200"),
            ("ELASTICSEARCH_API_KEY", "a:b"),
        ]);
        let c = resolve(
            ConnectionFlags {
                url: Some("http://flag".into()),
                ..Default::default()
            },
            ELASTICSEARCH,
            &env,
        )
        .unwrap();
        assert_eq!(c.url.url.as_str(), "http://flag:9200/");
        assert!(c.url.defaulted_port);
        assert!(matches!(c.auth, Some(Auth::ApiKey(_))));
    }

    #[test]
    fn missing_url_names_the_variable() {
        let e = resolve(ConnectionFlags::default(), ELASTICSEARCH, &env_of(&[])).unwrap_err();
        assert!(
            e.to_string().contains("ELASTICSEARCH_URL") && e.to_string().contains("--es-url"),
            "{e}"
        );
    }

    #[test]
    fn both_methods_across_sources() {
        let env = env_of(&[
            ("ELASTICSEARCH_URL", "https://e"),
            ("ELASTICSEARCH_API_KEY", "a:b"),
        ]);
        let flags = ConnectionFlags {
            username: Some("elastic".into()),
            password: Some(Secret::new("pw")),
            ..Default::default()
        };
        let e = resolve(flags, ELASTICSEARCH, &env).unwrap_err().to_string();
        assert!(
            e.contains("$ELASTICSEARCH_API_KEY") && e.contains("--username"),
            "{e}"
        );
    }

    #[test]
    fn insecure_conflicts_with_fingerprint_and_bad_fingerprint_is_refused() {
        let env = env_of(&[("ELASTICSEARCH_URL", "https://e")]);
        let flags = ConnectionFlags {
            insecure: true,
            ca_fingerprint: Some("ab".repeat(32)),
            ..Default::default()
        };
        assert!(matches!(
            resolve(flags, ELASTICSEARCH, &env),
            Err(SettingsError::Conflict { .. })
        ));
        let flags = ConnectionFlags {
            ca_fingerprint: Some("xyz".into()),
            ..Default::default()
        };
        assert!(matches!(
            resolve(flags, ELASTICSEARCH, &env),
            Err(SettingsError::Tls(_))
        ));
    }

    #[test]
    fn reads_password_from_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("pw");
        std::fs::write(&p, "from-file\n").unwrap();
        let env = env_of(&[
            ("ELASTICSEARCH_URL", "https://e"),
            ("ELASTICSEARCH_USERNAME", "bob"),
        ]);
        let c = resolve(
            ConnectionFlags {
                password_file: Some(p),
                ..Default::default()
            },
            ELASTICSEARCH,
            &env,
        )
        .unwrap();
        match c.auth {
            Some(Auth::Basic { username, password }) => {
                assert_eq!(username, "bob");
                assert_eq!(password.expose(), "from-file");
            }
            other => panic!("{other:?}"),
        }
    }
}
