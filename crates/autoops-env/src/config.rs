//! The AutoOps agent's configuration after every check: what each output format renders.
//!
//! [`AgentConfig::entries`] lists the agent's environment variables in the documented order (seed 000's
//! table, then the variables Elastic's manifests and installers add), each marked with the key it has in
//! the Kubernetes Secret of Elastic's manifest, or none for the plain (non-secret) ones.

use esconnect_core::Secret;
use esconnect_core::env::{self, EnvVar};
use esconnect_core::proxy::ProxyUrl;
use std::path::PathBuf;

/// How the agent authenticates to Elasticsearch.
#[derive(Debug, Clone, PartialEq)]
pub enum EsAuth {
    /// The API key, normalised to `id:api_key` (ES 9.1.0-9.1.3 need this form; every version accepts it).
    ApiKey {
        id: String,
        id_colon_key: Secret,
    },
    Basic {
        username: String,
        password: Secret,
    },
}

/// A custom CA for the agent's connection to Elasticsearch.
#[derive(Debug, Clone, PartialEq)]
pub struct CaCert {
    /// The absolute path on the machine the tool ran on.
    pub path: PathBuf,
    /// The PEM text (certificates only; checked).
    pub pem: String,
}

/// Validated settings. Secrets stay in [`Secret`] until an output that is meant to hold them renders them.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentConfig {
    /// Normalised: scheme, host, port (9200 when none was given), no trailing slash.
    pub es_url: String,
    /// The host of `es_url` (brackets stripped for IPv6).
    pub es_host: String,
    pub auth: EsAuth,
    pub otel_url: String,
    pub cloud_api_key: Secret,
    /// Only when given (the agent defaults to https://api.elastic-cloud.com).
    pub cloud_api_url: Option<String>,
    pub temp_resource_id: String,
    pub token: Secret,
    pub ca_cert: Option<CaCert>,
    /// Proxy URLs may carry credentials: never plain strings.
    pub https_proxy: Option<ProxyUrl>,
    pub http_proxy: Option<ProxyUrl>,
    pub no_proxy: Option<String>,
}

/// An environment variable's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Plain(String),
    Secret(Secret),
}

impl Value {
    /// The text to write. Called only by the renderers of outputs meant to hold the value.
    pub fn expose(&self) -> &str {
        match self {
            Value::Plain(s) => s,
            Value::Secret(s) => s.expose(),
        }
    }
    pub fn is_secret(&self) -> bool {
        matches!(self, Value::Secret(_))
    }
}

/// One variable of the agent's environment.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub var: EnvVar,
    pub value: Value,
    /// The key in the Kubernetes Secret (Elastic's `autoops-secret` key names), or `None` for a variable
    /// set as a plain value (CA path, proxies).
    pub secret_key: Option<&'static str>,
}

/// Keys of Elastic's Kubernetes Secret (`elastic/autoops-install k8s/autoops_agent_deployment.yaml`).
pub mod keys {
    pub const TOKEN: &str = "autoops-token";
    pub const TEMP_RESOURCE_ID: &str = "temp-resource-id";
    pub const OTEL_URL: &str = "autoops-otel-url";
    pub const CLOUD_API_KEY: &str = "cloud-connected-mode-api-key";
    pub const CLOUD_API_URL: &str = "cloud-connected-mode-api-url";
    pub const ES_URL: &str = "autoops-es-url";
    pub const ES_API_KEY: &str = "es-api-key";
    pub const ES_USERNAME: &str = "es-username";
    pub const ES_PASSWORD: &str = "es-password";
    /// Proxy URLs that carry credentials (not in Elastic's manifest; kept out of the Deployment).
    pub const HTTPS_PROXY: &str = "https-proxy";
    pub const HTTP_PROXY: &str = "http-proxy";
}

/// Does this proxy URL carry credentials? Then it is a secret: written only where secrets go (the env
/// file, the Kubernetes Secret), never as a plain value in a Deployment, policy or script.
pub fn proxy_has_credentials(proxy: &str) -> bool {
    url::Url::parse(proxy).is_ok_and(|u| !u.username().is_empty() || u.password().is_some())
}

impl AgentConfig {
    /// The agent's variables in order. `ca_path` is where the agent will find the CA (a path inside a
    /// container, or the host path); `None` leaves `AUTOOPS_CA_CERT` out.
    pub fn entries(&self, ca_path: Option<&str>) -> Vec<Entry> {
        let plain = |var: EnvVar, v: &str, key: Option<&'static str>| Entry {
            var,
            value: Value::Plain(v.to_string()),
            secret_key: key,
        };
        let secret = |var: EnvVar, v: &Secret, key: &'static str| Entry {
            var,
            value: Value::Secret(v.clone()),
            secret_key: Some(key),
        };
        let mut out = vec![
            plain(env::AUTOOPS_OTEL_URL, &self.otel_url, Some(keys::OTEL_URL)),
            plain(env::AUTOOPS_ES_URL, &self.es_url, Some(keys::ES_URL)),
        ];
        match &self.auth {
            EsAuth::ApiKey { id_colon_key, .. } => out.push(secret(
                env::AUTOOPS_ES_API_KEY,
                id_colon_key,
                keys::ES_API_KEY,
            )),
            EsAuth::Basic { username, password } => {
                out.push(plain(
                    env::AUTOOPS_ES_USERNAME,
                    username,
                    Some(keys::ES_USERNAME),
                ));
                out.push(secret(
                    env::AUTOOPS_ES_PASSWORD,
                    password,
                    keys::ES_PASSWORD,
                ));
            }
        }
        out.push(secret(
            env::ELASTIC_CLOUD_CONNECTED_MODE_API_KEY,
            &self.cloud_api_key,
            keys::CLOUD_API_KEY,
        ));
        if let Some(u) = &self.cloud_api_url {
            out.push(plain(
                env::ELASTIC_CLOUD_CONNECTED_MODE_API_URL,
                u,
                Some(keys::CLOUD_API_URL),
            ));
        }
        out.push(plain(
            env::AUTOOPS_TEMP_RESOURCE_ID,
            &self.temp_resource_id,
            Some(keys::TEMP_RESOURCE_ID),
        ));
        out.push(secret(env::AUTOOPS_TOKEN, &self.token, keys::TOKEN));
        if let Some(p) = ca_path {
            out.push(plain(env::AUTOOPS_CA_CERT, p, None));
        }
        for (var, v, key) in [
            (env::HTTPS_PROXY, &self.https_proxy, keys::HTTPS_PROXY),
            (env::HTTP_PROXY, &self.http_proxy, keys::HTTP_PROXY),
        ] {
            match v {
                Some(v) if proxy_has_credentials(v.expose()) => {
                    out.push(secret(var, &Secret::new(v.expose()), key))
                }
                Some(v) => out.push(plain(var, v.expose(), None)),
                None => {}
            }
        }
        if let Some(v) = &self.no_proxy {
            out.push(plain(env::NO_PROXY, v, None));
        }
        out
    }

    /// The host path of the CA, as text, if one was given.
    pub fn host_ca_path(&self) -> Option<String> {
        self.ca_cert.as_ref().map(|c| c.path.display().to_string())
    }

    /// Every secret, for the last-line-of-defence scrubbing of messages and for tests.
    pub fn secrets(&self) -> Vec<Secret> {
        let mut v = match &self.auth {
            EsAuth::ApiKey { id_colon_key, .. } => vec![id_colon_key.clone()],
            EsAuth::Basic { password, .. } => vec![password.clone()],
        };
        v.push(self.cloud_api_key.clone());
        v.push(self.token.clone());
        v.extend(
            [&self.https_proxy, &self.http_proxy]
                .into_iter()
                .flatten()
                .filter(|p| proxy_has_credentials(p.expose()))
                .map(|p| Secret::new(p.expose())),
        );
        v
    }

    /// A one-line description without secrets, for the status message.
    pub fn describe(&self) -> String {
        let auth = match &self.auth {
            EsAuth::ApiKey { id, .. } => format!("API key id {id}"),
            EsAuth::Basic { username, .. } => format!("user `{username}`"),
        };
        format!("{} ({auth}) -> {}", self.es_url, self.otel_url)
    }
}

/// Validated settings for `--format eck`: only what ECK's Secret holds (ECK connects to its clusters and
/// creates their API keys itself) and the proxies.
#[derive(Debug, Clone, PartialEq)]
pub struct EckConfig {
    /// Normalised like [`AgentConfig::otel_url`].
    pub otel_url: String,
    pub cloud_api_key: Secret,
    /// Only when given (the agent defaults to https://api.elastic-cloud.com).
    pub cloud_api_url: Option<String>,
    pub token: Secret,
    pub https_proxy: Option<ProxyUrl>,
    pub http_proxy: Option<ProxyUrl>,
    pub no_proxy: Option<String>,
}

impl EckConfig {
    /// The keys and values of ECK's AutoOps Secret (`autoOpsRef.secretName`), in the order the CRD
    /// lists them.
    pub fn secret_entries(&self) -> Vec<(&'static str, Value)> {
        let mut v = vec![
            (
                keys::CLOUD_API_KEY,
                Value::Secret(self.cloud_api_key.clone()),
            ),
            (keys::OTEL_URL, Value::Plain(self.otel_url.clone())),
            (keys::TOKEN, Value::Secret(self.token.clone())),
        ];
        if let Some(u) = &self.cloud_api_url {
            v.push((keys::CLOUD_API_URL, Value::Plain(u.clone())));
        }
        v
    }

    /// The proxy variables given, in the order of [`AgentConfig::entries`].
    pub fn proxies(&self) -> Vec<(EnvVar, &str)> {
        [
            (
                env::HTTPS_PROXY,
                self.https_proxy.as_ref().map(ProxyUrl::expose),
            ),
            (
                env::HTTP_PROXY,
                self.http_proxy.as_ref().map(ProxyUrl::expose),
            ),
            (env::NO_PROXY, self.no_proxy.as_deref()),
        ]
        .into_iter()
        .filter_map(|(var, v)| v.map(|v| (var, v)))
        .collect()
    }

    /// Every secret, for scrubbing messages and for tests.
    pub fn secrets(&self) -> Vec<Secret> {
        vec![self.cloud_api_key.clone(), self.token.clone()]
    }

    /// A one-line description without secrets, for the status message.
    pub fn describe(&self) -> String {
        format!(
            "ECK-selected clusters -> {} (Cloud Connected API {})",
            self.otel_url,
            self.cloud_api_url
                .as_deref()
                .unwrap_or(autoops_common::DEFAULT_CLOUD_API_URL)
        )
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn sample(auth: EsAuth) -> AgentConfig {
        AgentConfig {
            es_url: "https://es.example.com:9200".into(),
            es_host: "es.example.com".into(),
            auth,
            otel_url: "https://otel-auto-ops.eu-west-1.aws.svc.elastic.cloud".into(),
            cloud_api_key: Secret::new("cloud-key-SECRET-1"),
            cloud_api_url: None,
            temp_resource_id: "temp-123".into(),
            token: Secret::new("token-SECRET-2"),
            ca_cert: None,
            https_proxy: None,
            http_proxy: None,
            no_proxy: None,
        }
    }

    pub fn api_key() -> EsAuth {
        EsAuth::ApiKey {
            id: "kid".into(),
            id_colon_key: Secret::new("kid:apikey-SECRET-3"),
        }
    }

    #[test]
    fn proxy_credentials_are_in_no_debug_output_but_in_the_env_file_entry() {
        let mut c = sample(api_key());
        c.https_proxy = Some("http://user:s3cret@proxy:3128".into());
        assert!(!format!("{c:?}").contains("s3cret"), "{c:?}");
        let e = c.entries(None);
        let p = e.iter().find(|e| e.var.name == "HTTPS_PROXY").unwrap();
        assert_eq!(
            p.value,
            Value::Secret(Secret::new("http://user:s3cret@proxy:3128"))
        );
        assert!(c.secrets().iter().any(|s| s.expose().contains("s3cret")));
    }

    #[test]
    fn entries_follow_the_documented_order() {
        let mut c = sample(api_key());
        c.cloud_api_url = Some("https://cloud.example".into());
        c.https_proxy = Some("http://proxy:3128".into());
        c.no_proxy = Some("es.example.com".into());
        let names: Vec<&str> = c
            .entries(Some("/certs/ca.crt"))
            .iter()
            .map(|e| e.var.name)
            .collect();
        assert_eq!(
            names,
            [
                "AUTOOPS_OTEL_URL",
                "AUTOOPS_ES_URL",
                "AUTOOPS_ES_API_KEY",
                "ELASTIC_CLOUD_CONNECTED_MODE_API_KEY",
                "ELASTIC_CLOUD_CONNECTED_MODE_API_URL",
                "AUTOOPS_TEMP_RESOURCE_ID",
                "AUTOOPS_TOKEN",
                "AUTOOPS_CA_CERT",
                "HTTPS_PROXY",
                "NO_PROXY"
            ]
        );
    }

    #[test]
    fn eck_config_holds_ecks_keys_and_no_secret_in_text() {
        let c = EckConfig {
            otel_url: "https://otel.example".into(),
            cloud_api_key: Secret::new("ck-SECRET"),
            cloud_api_url: Some("https://cloud.example".into()),
            token: Secret::new("tok-SECRET"),
            https_proxy: None,
            http_proxy: Some("http://proxy:3128".into()),
            no_proxy: Some(".svc".into()),
        };
        let e = c.secret_entries();
        let keys: Vec<&str> = e.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            keys,
            [
                "cloud-connected-mode-api-key",
                "autoops-otel-url",
                "autoops-token",
                "cloud-connected-mode-api-url"
            ]
        );
        let secret: Vec<bool> = e.iter().map(|(_, v)| v.is_secret()).collect();
        assert_eq!(secret, [true, false, true, false]);
        let proxies: Vec<(&str, &str)> =
            c.proxies().into_iter().map(|(v, s)| (v.name, s)).collect();
        assert_eq!(
            proxies,
            [("HTTP_PROXY", "http://proxy:3128"), ("NO_PROXY", ".svc")]
        );
        assert_eq!(c.secrets().len(), 2);
        assert!(!format!("{c:?}").contains("SECRET"));
        assert!(!c.describe().contains("SECRET"));
        assert!(c.describe().contains("https://cloud.example"));
    }

    #[test]
    fn secrets_are_marked_and_keys_match_elastics_manifest() {
        let c = sample(EsAuth::Basic {
            username: "autoops".into(),
            password: Secret::new("pw-SECRET"),
        });
        let e = c.entries(None);
        let secret_vars: Vec<&str> = e
            .iter()
            .filter(|e| e.value.is_secret())
            .map(|e| e.var.name)
            .collect();
        assert_eq!(
            secret_vars,
            [
                "AUTOOPS_ES_PASSWORD",
                "ELASTIC_CLOUD_CONNECTED_MODE_API_KEY",
                "AUTOOPS_TOKEN"
            ]
        );
        // Every variable the catalogue calls secret is held as a Secret here.
        for entry in &e {
            assert_eq!(
                entry.var.secret,
                entry.value.is_secret(),
                "{}",
                entry.var.name
            );
        }
        let keys: Vec<_> = e.iter().map(|e| e.secret_key).collect();
        assert_eq!(
            keys,
            [
                Some("autoops-otel-url"),
                Some("autoops-es-url"),
                Some("es-username"),
                Some("es-password"),
                Some("cloud-connected-mode-api-key"),
                Some("temp-resource-id"),
                Some("autoops-token")
            ]
        );
        assert_eq!(e[3].value.expose(), "pw-SECRET");
        assert!(!format!("{c:?}").contains("SECRET"));
        assert!(!c.describe().contains("SECRET"));
    }
}
