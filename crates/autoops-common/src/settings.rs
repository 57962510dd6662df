//! The AutoOps agent's settings, gathered from flags, an env file and the process environment (in that
//! order of precedence), checked, and shared by `autoops-env` (which writes them) and `autoops-probe`
//! (which tests them).

use crate::{DEFAULT_CLOUD_API_URL, OtelUrlForm, Region, otel_url_form};
use esconnect_core::auth::{ApiKey, ApiKeyForm, Auth};
use esconnect_core::env::{self, EnvVar};
use esconnect_core::proxy::ProxyUrl;
use esconnect_core::secret::{Secret, Source, Sourced};
use esconnect_core::url::{EndpointUrl, parse_es_url, parse_service_url};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Everything the user may give, each with its source. Later layers only fill what earlier ones left empty.
#[derive(Debug, Clone, Default)]
pub struct AutoOpsInput {
    pub es_url: Option<Sourced<String>>,
    pub api_key: Option<Sourced<Secret>>,
    pub username: Option<Sourced<String>>,
    pub password: Option<Sourced<Secret>>,
    pub otel_url: Option<Sourced<String>>,
    pub region: Option<Sourced<String>>,
    pub cloud_api_key: Option<Sourced<Secret>>,
    pub cloud_api_url: Option<Sourced<String>>,
    pub temp_resource_id: Option<Sourced<String>>,
    pub token: Option<Sourced<Secret>>,
    pub ca_cert: Option<Sourced<PathBuf>>,
    /// Proxy URLs may carry credentials: never plain strings.
    pub https_proxy: Option<Sourced<ProxyUrl>>,
    pub http_proxy: Option<Sourced<ProxyUrl>>,
    pub no_proxy: Option<Sourced<String>>,
}

fn fill<T>(a: &mut Option<T>, b: Option<T>) {
    if a.is_none() {
        *a = b;
    }
}

impl AutoOpsInput {
    /// Fills every field still empty from `lower`.
    pub fn or(mut self, lower: AutoOpsInput) -> Self {
        fill(&mut self.es_url, lower.es_url);
        fill(&mut self.api_key, lower.api_key);
        fill(&mut self.username, lower.username);
        fill(&mut self.password, lower.password);
        fill(&mut self.otel_url, lower.otel_url);
        fill(&mut self.region, lower.region);
        fill(&mut self.cloud_api_key, lower.cloud_api_key);
        fill(&mut self.cloud_api_url, lower.cloud_api_url);
        fill(&mut self.temp_resource_id, lower.temp_resource_id);
        fill(&mut self.token, lower.token);
        fill(&mut self.ca_cert, lower.ca_cert);
        fill(&mut self.https_proxy, lower.https_proxy);
        fill(&mut self.http_proxy, lower.http_proxy);
        fill(&mut self.no_proxy, lower.no_proxy);
        self
    }

    /// Reads the documented variables from a map (an env file's or the process's), naming each value's
    /// source with `source(var)`.
    pub fn from_vars(
        vars: &BTreeMap<String, String>,
        source: impl Fn(&'static str) -> Source,
    ) -> Self {
        let get = |v: &EnvVar| {
            vars.get(v.name)
                .filter(|s| !s.is_empty())
                .map(|s| Sourced::new(s.clone(), source(v.name)))
        };
        let get_either = |v: &EnvVar| {
            let lower = v.name.to_ascii_lowercase();
            vars.get(&lower)
                .filter(|s| !s.is_empty())
                .map(|s| Sourced::new(s.clone(), source(v.name)))
                .or_else(|| get(v))
        };
        let secret = |v: &EnvVar| get(v).map(|s| s.map(Secret::new));
        Self {
            es_url: get(&env::AUTOOPS_ES_URL),
            api_key: secret(&env::AUTOOPS_ES_API_KEY),
            username: get(&env::AUTOOPS_ES_USERNAME),
            password: secret(&env::AUTOOPS_ES_PASSWORD),
            otel_url: get(&env::AUTOOPS_OTEL_URL),
            region: None,
            cloud_api_key: secret(&env::ELASTIC_CLOUD_CONNECTED_MODE_API_KEY),
            cloud_api_url: get(&env::ELASTIC_CLOUD_CONNECTED_MODE_API_URL),
            temp_resource_id: get(&env::AUTOOPS_TEMP_RESOURCE_ID),
            token: secret(&env::AUTOOPS_TOKEN),
            ca_cert: get(&env::AUTOOPS_CA_CERT).map(|s| s.map(PathBuf::from)),
            https_proxy: get_either(&env::HTTPS_PROXY).map(|s| s.map(ProxyUrl::new)),
            http_proxy: get_either(&env::HTTP_PROXY).map(|s| s.map(ProxyUrl::new)),
            no_proxy: get_either(&env::NO_PROXY),
        }
    }

    /// The process environment.
    pub fn from_process_env() -> Self {
        let vars: BTreeMap<String, String> = std::env::vars().collect();
        Self::from_vars(&vars, Source::Env)
    }

    /// Every secret given, for scrubbing output.
    pub fn secrets(&self) -> Vec<Secret> {
        [
            &self.api_key,
            &self.password,
            &self.cloud_api_key,
            &self.token,
        ]
        .into_iter()
        .flatten()
        .map(|s| s.value.clone())
        .collect()
    }
}

/// A problem with the settings. `code` is stable (the probe reports it).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    pub code: &'static str,
    pub setting: &'static str,
    pub message: String,
    pub remedy: String,
}

/// The settings after checking. Fields are `None` when not given (each tool decides what it requires).
#[derive(Debug, Clone)]
pub struct AutoOpsSettings {
    pub es_url: Option<EndpointUrl>,
    pub auth: Option<Auth>,
    /// The form the API key was given in (before normalisation to `id:api_key`).
    pub api_key_form: Option<ApiKeyForm>,
    pub otel_url: Option<url::Url>,
    pub otel_url_form: Option<OtelUrlForm>,
    pub region: Option<Region>,
    pub cloud_api_key: Option<Secret>,
    pub cloud_api_url: url::Url,
    /// True when `cloud_api_url` was given rather than defaulted.
    pub cloud_api_url_given: bool,
    pub temp_resource_id: Option<String>,
    pub token: Option<Secret>,
    pub ca_cert: Option<PathBuf>,
    pub https_proxy: Option<ProxyUrl>,
    pub http_proxy: Option<ProxyUrl>,
    pub no_proxy: Option<String>,
}

impl AutoOpsSettings {
    /// The normalised `AUTOOPS_ES_API_KEY` value (`id:api_key`), if API key auth.
    pub fn api_key_id_colon_key(&self) -> Option<Secret> {
        match &self.auth {
            Some(Auth::ApiKey(k)) => Some(k.id_colon_key()),
            _ => None,
        }
    }

    /// Every secret held, for scrubbing.
    pub fn secrets(&self) -> Vec<Secret> {
        let mut v: Vec<Secret> = self.auth.as_ref().map(Auth::secrets).unwrap_or_default();
        v.extend(self.cloud_api_key.clone());
        v.extend(self.token.clone());
        v
    }

    /// The proxy configuration these settings describe.
    pub fn proxy_config(&self) -> esconnect_core::proxy::ProxyConfig {
        esconnect_core::proxy::ProxyConfig {
            explicit: None,
            https: self.https_proxy.clone(),
            http: self.http_proxy.clone(),
            all: None,
            no_proxy: self.no_proxy.clone(),
        }
    }
}

/// Checks the input. Returns the settings (with the problem fields left empty) and every problem found,
/// so a tool can report all of them at once.
pub fn resolve(input: AutoOpsInput) -> (AutoOpsSettings, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut problem = |code: &'static str, setting: &'static str, message: String, remedy: &str| {
        problems.push(Problem {
            code,
            setting,
            message,
            remedy: remedy.to_string(),
        })
    };

    let es_url = input
        .es_url
        .as_ref()
        .and_then(|u| match parse_es_url(&u.value) {
            Ok(e) => Some(e),
            Err(e) => {
                problem(
                    "BAD_URL",
                    env::AUTOOPS_ES_URL.name,
                    format!("{} (from {})", e, u.source),
                    "Give the URL with scheme, host and port, e.g. https://es.example.com:9200.",
                );
                None
            }
        });

    let mut api_key_form = None;
    let auth = match (&input.api_key, &input.username, &input.password) {
        (Some(k), Some(u), _) => {
            problem(
                "BOTH_AUTH_METHODS",
                env::AUTOOPS_ES_API_KEY.name,
                format!(
                    "both an API key (from {}) and a username (from {}) are set",
                    k.source, u.source
                ),
                "Choose one type of authentication only: unset AUTOOPS_ES_API_KEY, or AUTOOPS_ES_USERNAME and AUTOOPS_ES_PASSWORD.",
            );
            None
        }
        (Some(k), None, pw) => {
            if let Some(p) = pw {
                problem(
                    "PASSWORD_WITHOUT_USERNAME",
                    env::AUTOOPS_ES_PASSWORD.name,
                    format!(
                        "a password (from {}) is set with an API key and no username",
                        p.source
                    ),
                    "Remove AUTOOPS_ES_PASSWORD: API key authentication uses the key alone.",
                );
            }
            match ApiKey::parse(&k.value) {
                Ok(key) => {
                    api_key_form = Some(ApiKeyForm::of(&k.value));
                    Some(Auth::ApiKey(key))
                }
                Err(e) => {
                    problem(
                        "BAD_API_KEY",
                        env::AUTOOPS_ES_API_KEY.name,
                        format!("the API key from {}: {e}", k.source),
                        "Give the key as id:api_key, or the base64 `encoded` value Elasticsearch returned.",
                    );
                    None
                }
            }
        }
        (None, Some(u), Some(p)) => Some(Auth::Basic {
            username: u.value.clone(),
            password: p.value.clone(),
        }),
        (None, Some(u), None) => {
            problem(
                "MISSING_PASSWORD",
                env::AUTOOPS_ES_PASSWORD.name,
                format!(
                    "a username (from {}) is set without AUTOOPS_ES_PASSWORD",
                    u.source
                ),
                "Set AUTOOPS_ES_PASSWORD (or --password-file).",
            );
            None
        }
        (None, None, Some(p)) => {
            problem(
                "MISSING_USERNAME",
                env::AUTOOPS_ES_USERNAME.name,
                format!(
                    "a password (from {}) is set without AUTOOPS_ES_USERNAME",
                    p.source
                ),
                "Set AUTOOPS_ES_USERNAME, or use AUTOOPS_ES_API_KEY instead.",
            );
            None
        }
        (None, None, None) => None,
    };

    let region = input
        .region
        .as_ref()
        .and_then(|r| match Region::parse(&r.value) {
            Ok(r) => Some(r),
            Err(e) => {
                problem(
                    "UNKNOWN_REGION",
                    "--region",
                    e.to_string(),
                    "Pick one of the listed CSP/REGION values.",
                );
                None
            }
        });

    let otel_url = match (&input.otel_url, region) {
        (Some(u), _) => match parse_service_url(&u.value) {
            Ok(e) => Some(e.url),
            Err(e) => {
                problem(
                    "BAD_URL",
                    env::AUTOOPS_OTEL_URL.name,
                    format!("{e} (from {})", u.source),
                    "Give the OTel URL the wizard shows, or --region CSP/REGION to derive it.",
                );
                None
            }
        },
        (None, Some(r)) => url::Url::parse(&r.otel_url()).ok(),
        (None, None) => None,
    };
    if let (Some(u), Some(r)) = (&otel_url, region)
        && input.otel_url.is_some()
    {
        let form = otel_url_form(u);
        let matches = matches!(form, OtelUrlForm::Current(x) | OtelUrlForm::Legacy(x) if x == r);
        if !matches && form != OtelUrlForm::Other {
            problem(
                "REGION_MISMATCH",
                env::AUTOOPS_OTEL_URL.name,
                format!("AUTOOPS_OTEL_URL points at a different region than --region {r}"),
                "Give either the OTel URL or the region, or make them agree.",
            );
        }
    }
    let otel_url_form = otel_url.as_ref().map(otel_url_form);

    let (cloud_api_url, cloud_api_url_given) = match &input.cloud_api_url {
        Some(u) => match parse_service_url(&u.value) {
            Ok(e) => (e.url, true),
            Err(e) => {
                problem(
                    "BAD_URL",
                    env::ELASTIC_CLOUD_CONNECTED_MODE_API_URL.name,
                    format!("{e} (from {})", u.source),
                    "Leave it unset to use https://api.elastic-cloud.com.",
                );
                (default_cloud_url(), false)
            }
        },
        None => (default_cloud_url(), false),
    };

    for (p, setting) in [
        (&input.https_proxy, env::HTTPS_PROXY.name),
        (&input.http_proxy, env::HTTP_PROXY.name),
    ] {
        if let Some(p) = p
            && let Err(e) = esconnect_core::url::parse_proxy_url(p.value.expose())
        {
            problem(
                "BAD_URL",
                setting,
                format!("{e} (from {})", p.source),
                "Give the proxy as http://HOST:PORT.",
            );
        }
    }

    let settings = AutoOpsSettings {
        es_url,
        auth,
        api_key_form,
        otel_url,
        otel_url_form,
        region,
        cloud_api_key: input.cloud_api_key.map(|s| s.value),
        cloud_api_url,
        cloud_api_url_given,
        temp_resource_id: input.temp_resource_id.map(|s| s.value),
        token: input.token.map(|s| s.value),
        ca_cert: input.ca_cert.map(|s| s.value),
        https_proxy: input.https_proxy.map(|s| s.value),
        http_proxy: input.http_proxy.map(|s| s.value),
        no_proxy: input.no_proxy.map(|s| s.value),
    };
    (settings, problems)
}

fn default_cloud_url() -> url::Url {
    url::Url::parse(DEFAULT_CLOUD_API_URL).expect("the default Cloud API URL parses")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn reads_documented_variables_and_normalises_key() {
        let v = vars(&[
            ("AUTOOPS_ES_URL", "https://es.local"),
            ("AUTOOPS_ES_API_KEY", "aWQxOmtleTE="),
            (
                "AUTOOPS_OTEL_URL",
                "https://otel-collector.auto-ops.eu-west-1.aws.cloud.elastic.co:4318",
            ),
            ("https_proxy", "http://user:pw@proxy:3128"),
        ]);
        let (s, problems) = resolve(AutoOpsInput::from_vars(&v, Source::Env));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(s.es_url.as_ref().unwrap().url.port(), Some(9200));
        assert_eq!(s.api_key_form, Some(ApiKeyForm::Encoded));
        assert_eq!(s.api_key_id_colon_key().unwrap().expose(), "id1:key1");
        assert!(matches!(s.otel_url_form, Some(OtelUrlForm::Legacy(_))));
        assert_eq!(
            s.https_proxy.as_ref().map(ProxyUrl::expose),
            Some("http://user:pw@proxy:3128")
        );
        assert_eq!(s.cloud_api_url.as_str(), "https://api.elastic-cloud.com/");
    }

    #[test]
    fn proxy_credentials_are_in_no_debug_output() {
        let v = vars(&[
            ("HTTPS_PROXY", "http://user:s3cret@proxy:3128"),
            ("http_proxy", "http://user:s3cret@proxy:3128"),
        ]);
        let input = AutoOpsInput::from_vars(&v, Source::Env);
        assert!(!format!("{input:?}").contains("s3cret"));
        let (s, problems) = resolve(input);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(!format!("{s:?}").contains("s3cret"), "{s:?}");
        assert!(!format!("{:?}", s.proxy_config()).contains("s3cret"));
        assert_eq!(
            s.http_proxy.as_ref().map(ProxyUrl::expose),
            Some("http://user:s3cret@proxy:3128")
        );
        // A malformed one is reported without its password.
        let bad = vars(&[("HTTPS_PROXY", "user:s3cret@proxy:3128")]);
        let (_, problems) = resolve(AutoOpsInput::from_vars(&bad, Source::Env));
        assert_eq!(problems[0].code, "BAD_URL");
        assert!(!format!("{problems:?}").contains("s3cret"), "{problems:?}");
    }

    #[test]
    fn both_auth_methods_is_reported_with_sources() {
        let v = vars(&[
            ("AUTOOPS_ES_API_KEY", "a:b"),
            ("AUTOOPS_ES_USERNAME", "u"),
            ("AUTOOPS_ES_PASSWORD", "pppppp"),
        ]);
        let (s, problems) = resolve(AutoOpsInput::from_vars(&v, Source::Env));
        assert!(s.auth.is_none());
        assert_eq!(problems[0].code, "BOTH_AUTH_METHODS");
        assert!(problems[0].message.contains("$AUTOOPS_ES_API_KEY"));
        assert!(!format!("{problems:?}").contains("pppppp"));
    }

    #[test]
    fn flags_win_over_env_file_over_process_env() {
        let flags = AutoOpsInput {
            region: Some(Sourced::new(
                "aws/us-east-1".into(),
                Source::Flag("--region"),
            )),
            ..Default::default()
        };
        let file = AutoOpsInput::from_vars(&vars(&[("AUTOOPS_ES_URL", "https://a:1")]), |_| {
            Source::EnvFile("f".into())
        });
        let procenv = AutoOpsInput::from_vars(
            &vars(&[("AUTOOPS_ES_URL", "https://b:2"), ("AUTOOPS_TOKEN", "t")]),
            Source::Env,
        );
        let (s, p) = resolve(flags.or(file).or(procenv));
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(s.es_url.unwrap().url.as_str(), "https://a:1/");
        assert_eq!(
            s.otel_url.unwrap().as_str(),
            "https://otel-auto-ops.us-east-1.aws.svc.elastic.cloud/"
        );
        assert_eq!(s.token.unwrap().expose(), "t");
    }

    #[test]
    fn region_mismatch_and_unknown_region() {
        let input = AutoOpsInput {
            region: Some(Sourced::new(
                "aws/us-east-1".into(),
                Source::Flag("--region"),
            )),
            otel_url: Some(Sourced::new(
                "https://otel-auto-ops.eu-west-1.aws.svc.elastic.cloud".into(),
                Source::Flag("--otel-url"),
            )),
            ..Default::default()
        };
        assert_eq!(resolve(input).1[0].code, "REGION_MISMATCH");
        let input = AutoOpsInput {
            region: Some(Sourced::new("aws/nowhere".into(), Source::Flag("--region"))),
            ..Default::default()
        };
        let p = resolve(input).1;
        assert_eq!(p[0].code, "UNKNOWN_REGION");
        assert!(p[0].message.contains("gcp/europe-west4"));
    }
}
