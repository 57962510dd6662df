//! Connection settings for an Elasticsearch cluster, gathered in one place from flags, environment
//! variables and files, then checked: URL, credentials, TLS, proxy and timeouts.

use crate::auth::{Auth, AuthError, AuthInput};
use crate::env::{self, EnvVar};
use crate::http::tls::{TlsConfigError, TlsOptions, parse_fingerprint};
use crate::http::{ClientConfig, Endpoint, HttpClient, RetryPolicy};
use crate::proxy::{ProxyConfig, ProxyUrl};
use crate::secret::{Secret, SecretReadError, Source, Sourced, read_secret_file};
use crate::url::{EndpointUrl, UrlError, parse_es_url};
use std::path::PathBuf;
use std::time::Duration;

/// The flag names of a profile, as the user types them (they appear in error messages).
#[derive(Debug, Clone, Copy)]
pub struct FlagNames {
    pub url: &'static str,
    pub api_key: &'static str,
    pub username: &'static str,
    pub password: &'static str,
    pub password_file: &'static str,
    pub api_key_and_password_files: &'static str,
    pub insecure: &'static str,
    pub ca: &'static str,
}

/// What kind of endpoint a profile connects to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileKind {
    /// An Elasticsearch cluster: `http(s)://HOST[:PORT]`, an Elasticsearch API key or basic auth.
    Elasticsearch,
    /// The ECE or ECH API: a host (`https://` implied), an opaque API key, base path `/api/v1`.
    Cloud,
}

/// A connection profile: which flags and environment variables stand for the connection, and the
/// defaults of that kind of endpoint.
#[derive(Debug, Clone, Copy)]
pub struct EnvProfile {
    /// What the endpoint is called in messages ("Elasticsearch", "the remote Elasticsearch").
    pub what: &'static str,
    pub kind: ProfileKind,
    pub flags: FlagNames,
    pub url: &'static EnvVar,
    pub api_key: &'static EnvVar,
    /// `None`: the profile takes API keys only.
    pub username: Option<&'static EnvVar>,
    pub password: Option<&'static EnvVar>,
    pub ca_cert: &'static EnvVar,
    pub ca_fingerprint: Option<&'static EnvVar>,
}

/// The `ELASTICSEARCH_*` variables and `--es-url`, `--api-key`, ... (es-role and the remote-cluster tools).
pub const ELASTICSEARCH: EnvProfile = EnvProfile {
    what: "Elasticsearch",
    kind: ProfileKind::Elasticsearch,
    flags: FlagNames {
        url: "--es-url",
        api_key: "--api-key",
        username: "--username",
        password: "--password",
        password_file: "--password-file",
        api_key_and_password_files: "--api-key-file and --password-file",
        insecure: "--insecure",
        ca: "--ca-cert/--ca-fingerprint",
    },
    url: &env::ELASTICSEARCH_URL,
    api_key: &env::ELASTICSEARCH_API_KEY,
    username: Some(&env::ELASTICSEARCH_USERNAME),
    password: Some(&env::ELASTICSEARCH_PASSWORD),
    ca_cert: &env::ELASTICSEARCH_CA_CERT,
    ca_fingerprint: Some(&env::ELASTICSEARCH_CA_FINGERPRINT),
};

/// The other cluster of a pair: `REMOTE_ELASTICSEARCH_*` and `--remote-es-url`, `--remote-api-key`, ...
pub const REMOTE_ELASTICSEARCH: EnvProfile = EnvProfile {
    what: "remote Elasticsearch",
    kind: ProfileKind::Elasticsearch,
    flags: FlagNames {
        url: "--remote-es-url",
        api_key: "--remote-api-key",
        username: "--remote-username",
        password: "--remote-password",
        password_file: "--remote-password-file",
        api_key_and_password_files: "--remote-api-key-file and --remote-password-file",
        insecure: "--remote-insecure",
        ca: "--remote-ca-cert/--remote-ca-fingerprint",
    },
    url: &env::REMOTE_ELASTICSEARCH_URL,
    api_key: &env::REMOTE_ELASTICSEARCH_API_KEY,
    username: Some(&env::REMOTE_ELASTICSEARCH_USERNAME),
    password: Some(&env::REMOTE_ELASTICSEARCH_PASSWORD),
    ca_cert: &env::REMOTE_ELASTICSEARCH_CA_CERT,
    ca_fingerprint: Some(&env::REMOTE_ELASTICSEARCH_CA_FINGERPRINT),
};

/// The ECE/ECH API: `EC_HOST`, `EC_API_KEY` and `--ec-host`, `--ec-api-key`, ... API keys only (ECH
/// accepts nothing else; ECE's Swagger also allows basic auth, which this profile does not offer).
pub const ELASTIC_CLOUD: EnvProfile = EnvProfile {
    what: "ECE/ECH API",
    kind: ProfileKind::Cloud,
    flags: FlagNames {
        url: "--ec-host",
        api_key: "--ec-api-key",
        username: "--ec-username",
        password: "--ec-password",
        password_file: "--ec-password-file",
        api_key_and_password_files: "--ec-api-key-file",
        insecure: "--ec-insecure",
        ca: "--ec-ca-cert/--ec-ca-fingerprint",
    },
    url: &env::EC_HOST,
    api_key: &env::EC_API_KEY,
    // ECE's Swagger allows basic authentication too (ecctl's EC_USER/EC_PASS); ECH takes API keys only.
    username: Some(&env::EC_USER),
    password: Some(&env::EC_PASS),
    ca_cert: &env::EC_CA_CERT,
    ca_fingerprint: Some(&env::EC_CA_FINGERPRINT),
};

/// Which ECE/ECH API a cloud profile talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CloudTarget {
    /// Elastic Cloud Enterprise: a coordinator host, port 12443 by default; platform endpoints exist.
    Ece,
    /// Elastic Cloud Hosted: `api.elastic-cloud.com`, port 443.
    Ech,
}

/// ECE's API port (elastic-facts §4.1).
pub const DEFAULT_ECE_PORT: u16 = 12443;
/// The ECH API host (elastic-facts §4.1).
pub const ECH_API_HOST: &str = "api.elastic-cloud.com";

impl CloudTarget {
    /// `api.elastic-cloud.com` and every `*.elastic-cloud.com` host is ECH; anything else is an ECE
    /// coordinator.
    pub fn infer(host: &str) -> CloudTarget {
        let h = host.trim_end_matches('.').to_ascii_lowercase();
        if h == "elastic-cloud.com" || h.ends_with(".elastic-cloud.com") {
            CloudTarget::Ech
        } else {
            CloudTarget::Ece
        }
    }
    pub fn default_port(self) -> Option<u16> {
        match self {
            CloudTarget::Ece => Some(DEFAULT_ECE_PORT),
            CloudTarget::Ech => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            CloudTarget::Ece => "ECE",
            CloudTarget::Ech => "ECH",
        }
    }
}

impl std::str::FromStr for CloudTarget {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "ece" => Ok(CloudTarget::Ece),
            "ech" | "ess" => Ok(CloudTarget::Ech),
            _ => Err(format!("`{s}` is not a target: use ece or ech")),
        }
    }
}

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
    /// `--proxy`; may carry credentials, so never a plain string.
    pub proxy: Option<ProxyUrl>,
    pub connect_timeout: Option<Duration>,
    pub timeout: Option<Duration>,
    pub retries: Option<u32>,
    /// Cloud profile only: `--target`; inferred from the host when `None`.
    pub target: Option<CloudTarget>,
}

/// Everything wrong with the connection settings; bad input (exit 2), nothing was sent.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("no {what} URL: give {flag} or set {var}")]
    NoUrl {
        what: &'static str,
        flag: &'static str,
        var: &'static str,
    },
    #[error("the {what} URL from {from}: {error}")]
    Url {
        what: &'static str,
        from: Source,
        error: UrlError,
    },
    #[error("the ECE/ECH host from {from} must use https://: the API is only served over TLS")]
    CloudNotHttps { from: Source },
    #[error(
        "the ECE/ECH host from {from} has a path, query or fragment: give only HOST[:PORT] (the API's /api/v1 is added)"
    )]
    CloudPath { from: Source },
    #[error(
        "no ECE/ECH API key: give --ec-api-key-file FILE (or - for stdin) or set {var} (ECE also takes --ec-username with --ec-password-file)"
    )]
    NoCloudKey { var: &'static str },
    #[error(
        "a username (from {username}) for the ECH API, which takes API keys only: give --ec-api-key-file FILE or set EC_API_KEY"
    )]
    EchBasic { username: Source },
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
    /// For the cloud profile, the API's base URL: `https://HOST[:PORT]/api/v1`.
    pub url: EndpointUrl,
    pub auth: Option<Auth>,
    pub client: ClientConfig,
    /// The cloud profile's target (given or inferred from the host); `None` for Elasticsearch.
    pub target: Option<CloudTarget>,
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
    let names = profile.flags;
    if flags.api_key_file.as_deref() == Some(std::path::Path::new("-"))
        && flags.password_file.as_deref() == Some(std::path::Path::new("-"))
    {
        return Err(SecretReadError::StdinTwice {
            what: names.api_key_and_password_files.into(),
        }
        .into());
    }
    let (url_text, url_source) = match flags.url {
        Some(u) => (u, Source::Flag(names.url)),
        None => match env(profile.url) {
            Some(u) => (u, Source::Env(profile.url.name)),
            None => {
                return Err(SettingsError::NoUrl {
                    what: profile.what,
                    flag: names.url,
                    var: profile.url.name,
                });
            }
        },
    };
    let (url, target) = match profile.kind {
        ProfileKind::Elasticsearch => {
            let url = parse_es_url(&url_text).map_err(|error| SettingsError::Url {
                what: profile.what,
                from: url_source,
                error,
            })?;
            (url, None)
        }
        ProfileKind::Cloud => {
            let (url, target) = parse_cloud_host(&url_text, url_source, flags.target)?;
            (url, Some(target))
        }
    };

    let api_key = secret_from(
        flags.api_key,
        names.api_key,
        flags.api_key_file,
        profile.api_key,
        "the API key",
        env,
    )?;
    let username = match (flags.username, profile.username) {
        (Some(u), _) => Some(Sourced::new(u, Source::Flag(names.username))),
        (None, Some(var)) => env(var).map(|u| Sourced::new(u, Source::Env(var.name))),
        (None, None) => None,
    };
    let password = match profile.password {
        Some(var) => secret_from(
            flags.password,
            names.password,
            flags.password_file,
            var,
            "the password",
            env,
        )?,
        None => None,
    };
    let password_hint = format!(
        "{} FILE (or - for stdin) or ${}",
        names.password_file,
        profile.password.map_or("", |v| v.name)
    );
    let auth = match profile.kind {
        ProfileKind::Elasticsearch => AuthInput {
            api_key,
            username,
            password,
        }
        .resolve(&password_hint)?,
        // The cloud profile: an opaque API key, sent as given and never split, or (ECE only) a user.
        ProfileKind::Cloud => match (api_key, username) {
            (Some(k), Some(u)) => {
                return Err(AuthError::Both {
                    api_key: k.source,
                    username: u.source,
                }
                .into());
            }
            (None, Some(u)) => {
                if target == Some(CloudTarget::Ech) {
                    return Err(SettingsError::EchBasic { username: u.source });
                }
                let basic = AuthInput {
                    api_key: None,
                    username: Some(u),
                    password,
                }
                .resolve(&password_hint)?;
                Some(basic.expect("a username was given"))
            }
            (Some(k), None) if k.value.expose().trim().is_empty() => {
                return Err(AuthError::BadApiKey {
                    from: k.source,
                    error: crate::auth::ApiKeyError::Empty,
                }
                .into());
            }
            (Some(k), None) if k.value.expose().trim().chars().any(char::is_whitespace) => {
                return Err(AuthError::BadApiKey {
                    from: k.source,
                    error: crate::auth::ApiKeyError::Whitespace,
                }
                .into());
            }
            (Some(k), None) => {
                if let Some(p) = password {
                    return Err(AuthError::PasswordWithoutUsername { password: p.source }.into());
                }
                Some(Auth::CloudApiKey(k.value))
            }
            (None, None) => {
                if let Some(p) = password {
                    return Err(AuthError::PasswordWithoutUsername { password: p.source }.into());
                }
                return Err(SettingsError::NoCloudKey {
                    var: profile.api_key.name,
                });
            }
        },
    };

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
            flag: names.insecure,
            other: names.ca,
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
        crate::url::parse_proxy_url(p.expose()).map_err(|error| SettingsError::Proxy {
            given: p.redacted(),
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
    Ok(Connection {
        url,
        auth,
        client,
        target,
    })
}

/// `HOST`, `HOST:PORT` or `https://HOST[:PORT]` to the API's base URL `https://HOST[:PORT]/api/v1`, with the
/// target given or inferred from the host, and the target's default port (ECE 12443, ECH 443).
fn parse_cloud_host(
    text: &str,
    from: Source,
    target: Option<CloudTarget>,
) -> Result<(EndpointUrl, CloudTarget), SettingsError> {
    let trimmed = text.trim().trim_end_matches('/');
    let with_scheme = if trimmed.contains("://") {
        trimmed.to_string()
    } else {
        format!("https://{trimmed}")
    };
    let mut parsed =
        crate::url::parse_service_url(&with_scheme).map_err(|error| SettingsError::Url {
            what: "ECE/ECH API",
            from: from.clone(),
            error,
        })?;
    if parsed.url.scheme() != "https" {
        return Err(SettingsError::CloudNotHttps { from });
    }
    let path = parsed.url.path();
    if !(path.is_empty() || path == "/" || path == "/api/v1" || path == "/api/v1/")
        || parsed.url.query().is_some()
        || parsed.url.fragment().is_some()
    {
        return Err(SettingsError::CloudPath { from });
    }
    let host = parsed.url.host_str().unwrap_or_default().to_string();
    let target = target.unwrap_or_else(|| CloudTarget::infer(&host));
    let explicit_port = crate::url::has_explicit_port(&with_scheme);
    let mut defaulted_port = false;
    if !explicit_port && let Some(p) = target.default_port() {
        let _ = parsed.url.set_port(Some(p));
        defaulted_port = true;
    }
    parsed.url.set_path("/api/v1");
    parsed.defaulted_port = defaulted_port;
    Ok((parsed, target))
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
    fn a_proxy_password_is_in_no_debug_output() {
        let flags = ConnectionFlags {
            url: Some("https://es:9200".into()),
            proxy: Some(ProxyUrl::new("http://user:s3cret@proxy:3128")),
            ..Default::default()
        };
        assert!(!format!("{flags:?}").contains("s3cret"));
        let c = resolve(flags, ELASTICSEARCH, &env_of(&[])).unwrap();
        let shown = format!("{c:?}");
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("proxy:3128"), "{shown}");
        // The connection still uses the proxy as given.
        assert_eq!(
            c.client
                .proxy
                .for_url(&url::Url::parse("https://es:9200").unwrap()),
            Some("http://user:s3cret@proxy:3128")
        );
        // A bad one is reported redacted.
        let e = resolve(
            ConnectionFlags {
                url: Some("https://es:9200".into()),
                proxy: Some(ProxyUrl::new("user:s3cret@proxy:3128")),
                ..Default::default()
            },
            ELASTICSEARCH,
            &env_of(&[]),
        )
        .unwrap_err();
        assert!(!format!("{e} {e:?}").contains("s3cret"), "{e:?}");
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

    #[test]
    fn cloud_profile_infers_target_and_port() {
        let env = env_of(&[("EC_API_KEY", "opaque==key")]);
        let cases = [
            (
                "ece.example.com",
                "https://ece.example.com:12443/api/v1",
                CloudTarget::Ece,
                true,
            ),
            (
                "https://ece.example.com:443",
                "https://ece.example.com/api/v1",
                CloudTarget::Ece,
                false,
            ),
            (
                "10.0.0.5:12400/",
                "https://10.0.0.5:12400/api/v1",
                CloudTarget::Ece,
                false,
            ),
            (
                "api.elastic-cloud.com",
                "https://api.elastic-cloud.com/api/v1",
                CloudTarget::Ech,
                false,
            ),
            (
                "https://api.elastic-cloud.com/api/v1",
                "https://api.elastic-cloud.com/api/v1",
                CloudTarget::Ech,
                false,
            ),
            (
                "staging.elastic-cloud.com",
                "https://staging.elastic-cloud.com/api/v1",
                CloudTarget::Ech,
                false,
            ),
            (
                "elastic-cloud.com.evil.example",
                "https://elastic-cloud.com.evil.example:12443/api/v1",
                CloudTarget::Ece,
                true,
            ),
        ];
        for (host, url, target, defaulted) in cases {
            let c = resolve(
                ConnectionFlags {
                    url: Some(host.into()),
                    ..Default::default()
                },
                ELASTIC_CLOUD,
                &env,
            )
            .unwrap();
            assert_eq!(c.url.url.as_str(), url, "{host}");
            assert_eq!(c.target, Some(target), "{host}");
            assert_eq!(c.url.defaulted_port, defaulted, "{host}");
            match c.auth {
                Some(Auth::CloudApiKey(k)) => assert_eq!(k.expose(), "opaque==key"),
                other => panic!("{other:?}"),
            }
        }
        // An explicit --target wins over the host.
        let c = resolve(
            ConnectionFlags {
                url: Some("localhost".into()),
                target: Some(CloudTarget::Ech),
                ..Default::default()
            },
            ELASTIC_CLOUD,
            &env,
        )
        .unwrap();
        assert_eq!(c.url.url.as_str(), "https://localhost/api/v1");
    }

    #[test]
    fn cloud_profile_takes_basic_authentication_on_ece_only() {
        let env = env_of(&[
            ("EC_HOST", "ece.example.com"),
            ("EC_USER", "admin"),
            ("EC_PASS", "pw"),
        ]);
        let c = resolve(ConnectionFlags::default(), ELASTIC_CLOUD, &env).unwrap();
        assert_eq!(c.target, Some(CloudTarget::Ece));
        match c.auth {
            Some(Auth::Basic { username, password }) => {
                assert_eq!((username.as_str(), password.expose()), ("admin", "pw"));
            }
            other => panic!("{other:?}"),
        }
        let env = env_of(&[
            ("EC_HOST", "api.elastic-cloud.com"),
            ("EC_USER", "admin"),
            ("EC_PASS", "pw"),
        ]);
        let e = resolve(ConnectionFlags::default(), ELASTIC_CLOUD, &env).unwrap_err();
        assert!(matches!(e, SettingsError::EchBasic { .. }), "{e}");
        let env = env_of(&[
            ("EC_HOST", "ece"),
            ("EC_USER", "admin"),
            ("EC_PASS", "pw"),
            ("EC_API_KEY", "k"),
        ]);
        let e = resolve(ConnectionFlags::default(), ELASTIC_CLOUD, &env).unwrap_err();
        assert!(e.to_string().contains("both an API key"), "{e}");
        let env = env_of(&[("EC_HOST", "ece"), ("EC_USER", "admin")]);
        let e = resolve(ConnectionFlags::default(), ELASTIC_CLOUD, &env).unwrap_err();
        assert!(e.to_string().contains("without a password"), "{e}");
    }

    #[test]
    fn cloud_profile_refuses_http_paths_and_missing_keys() {
        let env = env_of(&[("EC_HOST", "http://ece:12443")]);
        let e = resolve(ConnectionFlags::default(), ELASTIC_CLOUD, &env).unwrap_err();
        assert!(matches!(e, SettingsError::CloudNotHttps { .. }), "{e}");
        let env = env_of(&[("EC_HOST", "ece/some/path"), ("EC_API_KEY", "k")]);
        let e = resolve(ConnectionFlags::default(), ELASTIC_CLOUD, &env).unwrap_err();
        assert!(matches!(e, SettingsError::CloudPath { .. }), "{e}");
        let env = env_of(&[("EC_HOST", "ece")]);
        let e = resolve(ConnectionFlags::default(), ELASTIC_CLOUD, &env)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("EC_API_KEY") && e.contains("--ec-api-key-file"),
            "{e}"
        );
        let e = resolve(ConnectionFlags::default(), ELASTIC_CLOUD, &env_of(&[]))
            .unwrap_err()
            .to_string();
        assert!(e.contains("--ec-host") && e.contains("EC_HOST"), "{e}");
        let env = env_of(&[("EC_HOST", "ece"), ("EC_API_KEY", "a b")]);
        let e = resolve(ConnectionFlags::default(), ELASTIC_CLOUD, &env)
            .unwrap_err()
            .to_string();
        assert!(e.contains("$EC_API_KEY") && !e.contains("a b"), "{e}");
    }

    #[test]
    fn remote_profile_uses_its_own_names() {
        let env = env_of(&[
            ("ELASTICSEARCH_URL", "https://local"),
            ("REMOTE_ELASTICSEARCH_URL", "https://remote"),
            ("REMOTE_ELASTICSEARCH_USERNAME", "bob"),
        ]);
        let e = resolve(ConnectionFlags::default(), REMOTE_ELASTICSEARCH, &env)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("$REMOTE_ELASTICSEARCH_USERNAME")
                && e.contains("--remote-password-file")
                && e.contains("$REMOTE_ELASTICSEARCH_PASSWORD"),
            "{e}"
        );
        let e = resolve(
            ConnectionFlags::default(),
            REMOTE_ELASTICSEARCH,
            &env_of(&[]),
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("--remote-es-url") && e.contains("REMOTE_ELASTICSEARCH_URL"),
            "{e}"
        );
        let env = env_of(&[("REMOTE_ELASTICSEARCH_URL", "https://remote")]);
        let c = resolve(ConnectionFlags::default(), REMOTE_ELASTICSEARCH, &env).unwrap();
        assert_eq!(c.url.url.as_str(), "https://remote:9200/");
        assert_eq!(c.target, None);
    }
}
