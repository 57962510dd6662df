//! The agent's settings: gathered from flags, an env file and the process environment (in that order of
//! precedence), checked by `autoops_common::settings::resolve`, and turned into the
//! `environment` checks plus what each connection needs.

use crate::check::{Check, Component};
use autoops_common::cli::CLOUD_CONNECTED_URL_FLAG;
use autoops_common::settings::{AutoOpsInput, AutoOpsSettings, Problem, resolve};
use autoops_common::{OTEL_LOGS_PATH, OtelUrlForm};
use esconnect_cli::{CliError, CliResult};
use esconnect_core::Secret;
use esconnect_core::auth::{ApiKeyForm, Auth};
use esconnect_core::env;
use esconnect_core::proxy::{ProxyConfig, ProxyUrl, no_proxy_matches};
use esconnect_core::secret::{Source, Sourced, read_secret_file};
use std::path::{Path, PathBuf};

/// The settings given as flags.
#[derive(Debug, Clone, Default)]
pub struct FlagSettings {
    pub es_url: Option<String>,
    pub api_key_file: Option<PathBuf>,
    pub username: Option<String>,
    pub password_file: Option<PathBuf>,
    pub otel_url: Option<String>,
    pub region: Option<String>,
    pub cloud_api_url: Option<String>,
    pub ca_cert: Option<PathBuf>,
}

/// The flag layer. Secret files that cannot be read are bad input (exit 2).
pub fn flag_input(f: &FlagSettings) -> CliResult<AutoOpsInput> {
    if f.api_key_file.as_deref() == Some(Path::new("-"))
        && f.password_file.as_deref() == Some(Path::new("-"))
    {
        return Err(CliError::usage(
            "--api-key-file and --password-file cannot both read standard input (`-`)",
        )
        .with_remedy(
            "Give one of them as a file, or use an API key or a username and password, not both.",
        ));
    }
    let flag = |v: &Option<String>, name: &'static str| {
        v.clone().map(|v| Sourced::new(v, Source::Flag(name)))
    };
    Ok(AutoOpsInput {
        es_url: flag(&f.es_url, "--es-url"),
        api_key: f
            .api_key_file
            .as_deref()
            .map(|p| read_secret_file(p, "the API key"))
            .transpose()?,
        username: flag(&f.username, "--username"),
        password: f
            .password_file
            .as_deref()
            .map(|p| read_secret_file(p, "the password"))
            .transpose()?,
        otel_url: flag(&f.otel_url, "--otel-url"),
        region: flag(&f.region, "--region"),
        cloud_api_url: flag(&f.cloud_api_url, CLOUD_CONNECTED_URL_FLAG),
        ca_cert: f
            .ca_cert
            .clone()
            .map(|p| Sourced::new(p, Source::Flag("--ca-cert"))),
        ..AutoOpsInput::default()
    })
}

/// The env-file layer (the file autoops-env writes, or any `KEY=value` file). Unreadable or malformed → exit 2.
pub fn env_file_input(path: &Path) -> CliResult<AutoOpsInput> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        CliError::usage(format!("cannot read the env file {}: {e}", path.display()))
            .with_remedy("Give the path of the env file autoops-env wrote (KEY=value lines).")
    })?;
    let vars = esconnect_core::dotenv::parse_map(&text).map_err(|e| {
        CliError::usage(format!("the env file {} is malformed: {e}", path.display()))
            .with_remedy("Each line must be KEY=value (quotes allowed), a comment (#) or blank.")
    })?;
    Ok(AutoOpsInput::from_vars(&vars, |_| {
        Source::EnvFile(path.to_path_buf())
    }))
}

/// Options that shape the environment checks.
#[derive(Debug, Clone, Default)]
pub struct EnvOptions {
    /// `--proxy` (already validated).
    pub proxy_flag: Option<ProxyUrl>,
    pub insecure: bool,
    /// `SSL_CERT_FILE`: extra roots for the Cloud and OTel connections.
    pub ssl_cert_file: Option<PathBuf>,
    /// A fleet run: the cluster settings come from the inventory, not from the agent's variables.
    pub fleet: bool,
}

/// The checked settings, the `environment` checks, and why a connection cannot be probed (if so).
#[derive(Debug, Clone)]
pub struct Assessment {
    pub checks: Vec<Check>,
    pub settings: AutoOpsSettings,
    pub proxy: ProxyConfig,
    pub es_blocked: Option<String>,
    pub cloud_blocked: Option<String>,
    pub otel_blocked: Option<String>,
    /// Every secret given, to scrub output with.
    pub secrets: Vec<Secret>,
}

const E: Component = Component::Environment;

fn area(p: &Problem) -> &'static str {
    match p.setting {
        s if s == env::AUTOOPS_ES_URL.name => "es_url",
        s if s == env::AUTOOPS_ES_API_KEY.name
            || s == env::AUTOOPS_ES_USERNAME.name
            || s == env::AUTOOPS_ES_PASSWORD.name =>
        {
            "credentials"
        }
        s if s == env::AUTOOPS_OTEL_URL.name || s == "--region" => "otel_url",
        s if s == env::ELASTIC_CLOUD_CONNECTED_MODE_API_URL.name => "cloud_api_url",
        s if s == env::HTTPS_PROXY.name || s == env::HTTP_PROXY.name => "proxy",
        _ => "settings",
    }
}

/// Checks the settings. Nothing is sent.
pub fn assess(input: AutoOpsInput, opts: &EnvOptions) -> Assessment {
    let secrets = input.secrets();
    let es_source = input.es_url.as_ref().map(|s| s.source.clone());
    let otel_source = input
        .otel_url
        .as_ref()
        .map(|s| s.source.clone())
        .or_else(|| input.region.as_ref().map(|s| s.source.clone()));
    let cloud_source = input.cloud_api_url.as_ref().map(|s| s.source.clone());
    let key_source = input.api_key.as_ref().map(|s| s.source.clone());
    let ca_source = input.ca_cert.as_ref().map(|s| s.source.clone());
    let (settings, problems) = resolve(input);
    let mut proxy = settings.proxy_config();
    proxy.explicit = opts.proxy_flag.clone();

    let mut checks = Vec::new();
    let failed = |a: &str| problems.iter().any(|p| area(p) == a);
    for p in &problems {
        if opts.fleet && matches!(area(p), "es_url" | "credentials") {
            continue;
        }
        checks.push(Check::fail(
            E,
            area(p),
            p.code,
            p.message.clone(),
            p.remedy.clone(),
        ));
    }

    let mut es_blocked = None;
    if !opts.fleet {
        // The cluster's URL.
        match (&settings.es_url, failed("es_url")) {
            (Some(u), _) => {
                let note = if u.defaulted_port {
                    " (no port given: Elasticsearch's default 9200)"
                } else {
                    ""
                };
                let from = es_source
                    .as_ref()
                    .map(|s| format!(" from {s}"))
                    .unwrap_or_default();
                checks.push(Check::pass(
                    E,
                    "es_url",
                    format!(
                        "Elasticsearch URL {}{from}{note}",
                        esconnect_core::url::redact(&u.url)
                    ),
                ));
            }
            (None, true) => {
                es_blocked =
                    Some("the Elasticsearch URL is not usable (see environment.es_url)".to_string())
            }
            (None, false) => {
                checks.push(Check::fail(
                    E,
                    "es_url",
                    "MISSING_ES_URL",
                    format!("no Elasticsearch URL: {} is not set", env::AUTOOPS_ES_URL.name),
                    "Set AUTOOPS_ES_URL (or --es-url) to the URL the agent uses to reach the cluster, e.g. https://es.example.com:9200.",
                ));
                es_blocked = Some("no Elasticsearch URL".to_string());
            }
        }
        // The credentials.
        match (&settings.auth, failed("credentials")) {
            (Some(Auth::ApiKey(k)), _) => {
                let form = match settings.api_key_form {
                    Some(ApiKeyForm::Encoded) => "given base64-encoded (the `encoded` form)",
                    _ => "given as id:api_key",
                };
                let from = key_source.as_ref().map(|s| format!(" from {s}")).unwrap_or_default();
                checks.push(Check::pass(E, "credentials", format!("API key authentication (key id `{}`){from}, {form}", k.id())));
            }
            (Some(Auth::Basic { username, .. }), _) if username == "elastic" => checks.push(Check::warn(
                E,
                "credentials",
                "SUPERUSER",
                "basic authentication as `elastic`, the built-in superuser",
                "We do not recommend a privileged superuser like `elastic` for the agent: create a user with the `autoops` role (cluster: monitor, read_ilm, read_slm; indices `*`: monitor, view_index_metadata), or an API key with that role descriptor.",
            )),
            (Some(Auth::Basic { username, .. }), _) => {
                checks.push(Check::pass(E, "credentials", format!("basic authentication as `{username}`")));
            }
            // Only the ECE/ECH connection profile makes this kind; the AutoOps settings never do.
            (Some(Auth::CloudApiKey(_)), _) => {
                checks.push(Check::pass(E, "credentials", "API key authentication".to_string()));
            }
            (None, true) => {
                let both = problems.iter().any(|p| p.code == "BOTH_AUTH_METHODS");
                es_blocked.get_or_insert_with(|| {
                    if both {
                        "both an API key and a username are set (BOTH_AUTH_METHODS): nothing was sent to the cluster with conflicting credentials".to_string()
                    } else {
                        "the credentials are not usable (see environment.credentials): nothing was sent to the cluster".to_string()
                    }
                });
            }
            (None, false) => {
                checks.push(Check::fail(
                    E,
                    "credentials",
                    "MISSING_CREDENTIALS",
                    format!(
                        "no credentials for Elasticsearch: neither {} nor {} and {} is set",
                        env::AUTOOPS_ES_API_KEY.name,
                        env::AUTOOPS_ES_USERNAME.name,
                        env::AUTOOPS_ES_PASSWORD.name
                    ),
                    "Set AUTOOPS_ES_API_KEY (id:api_key of a key with the `autoops` role descriptor), or AUTOOPS_ES_USERNAME and AUTOOPS_ES_PASSWORD (or --api-key-file, or --username with --password-file).",
                ));
                es_blocked.get_or_insert_with(|| "no credentials for Elasticsearch".to_string());
            }
        }
        // The CA for the cluster.
        if opts.insecure {
            checks.push(Check::warn(
                E,
                "tls",
                "INSECURE",
                "--insecure: the cluster's certificate is NOT verified (AUTOOPS_CA_CERT is ignored for this run)",
                "Use this only to confirm a certificate problem. A pass does not mean the agent trusts the certificate: give the CA in AUTOOPS_CA_CERT and configure the agent's ssl.certificate_authorities.",
            ));
        } else if let Some(ca) = &settings.ca_cert {
            let from = ca_source
                .as_ref()
                .map(|s| format!(" (from {s})"))
                .unwrap_or_default();
            match esconnect_core::http::tls::load_pem_certs(ca) {
                Ok(certs) => checks.push(Check::pass(
                    E,
                    "ca_cert",
                    format!("{} CA certificate(s) in {}{from}; the agent must use this file in ssl.certificate_authorities", certs.len(), ca.display()),
                )),
                Err(e) => {
                    checks.push(Check::fail(
                        E,
                        "ca_cert",
                        "BAD_CA_CERT",
                        format!("AUTOOPS_CA_CERT{from}: {e}"),
                        "Give the PEM file of the CA that signed the cluster's HTTP certificate (for a default install: config/certs/http_ca.crt), readable where the agent runs.",
                    ));
                    es_blocked.get_or_insert_with(|| "the CA certificate file is not usable (see environment.ca_cert)".to_string());
                }
            }
        }
        // A proxy on the way to the cluster.
        if let Some(u) = &settings.es_url {
            match proxy.for_url(&u.url) {
                Some(p) => checks.push(Check::warn(
                    E,
                    "proxy",
                    "PROXY_FOR_ES",
                    format!(
                        "requests to the cluster go through the proxy {}: {} is not in NO_PROXY",
                        esconnect_core::url::redact_str(p),
                        u.url.host_str().unwrap_or_default()
                    ),
                    "A proxy may block communication with your Elasticsearch cluster: if the agent reaches the cluster directly, add its host to NO_PROXY.",
                )),
                None if !failed("proxy") => checks.push(Check::pass(E, "proxy", proxy_summary(&proxy, Some(&u.url)))),
                None => {}
            }
        }
    } else if !failed("proxy") {
        checks.push(Check::pass(E, "proxy", proxy_summary(&proxy, None)));
    }

    // The extra roots of the Cloud and OTel connections.
    let mut roots_bad = None;
    if let Some(p) = &opts.ssl_cert_file {
        match esconnect_core::http::tls::load_pem_certs(p) {
            Ok(certs) => checks.push(Check::pass(E, "ssl_cert_file", format!("{} extra CA certificate(s) from SSL_CERT_FILE {} for the Elastic Cloud connections", certs.len(), p.display()))),
            Err(e) => {
                checks.push(Check::fail(E, "ssl_cert_file", "BAD_CA_CERT", format!("SSL_CERT_FILE: {e}"), "Point SSL_CERT_FILE at a readable PEM bundle, or unset it."));
                roots_bad = Some("SSL_CERT_FILE is not usable (see environment.ssl_cert_file)".to_string());
            }
        }
    }

    // The OTel URL.
    let mut otel_blocked = roots_bad.clone();
    match (&settings.otel_url, failed("otel_url")) {
        (Some(u), _) => {
            let shown = esconnect_core::url::redact(u);
            let from = otel_source
                .as_ref()
                .map(|s| format!(" from {s}"))
                .unwrap_or_default();
            let path = u.path().trim_end_matches('/');
            if path.ends_with(OTEL_LOGS_PATH) {
                checks.push(Check::warn(
                    E,
                    "otel_url",
                    "OTEL_URL_HAS_PATH",
                    format!("AUTOOPS_OTEL_URL {shown}{from} ends with {OTEL_LOGS_PATH}, which the agent appends itself"),
                    "Give the URL without /v1/logs, as the wizard shows it (the troubleshooting page's curl adds the path by hand).",
                ));
            } else {
                match settings.otel_url_form {
                    Some(OtelUrlForm::Current(r)) => checks.push(Check::pass(E, "otel_url", format!("OTel URL {shown}{from}: the documented form for {r}"))),
                    Some(OtelUrlForm::Legacy(r)) => checks.push(Check::pass(
                        E,
                        "otel_url",
                        format!(
                            "OTel URL {shown}{from}: the older form for {r} (the troubleshooting page's); the wizard now gives {}, and both are accepted",
                            esconnect_core::url::redact(&url::Url::parse(&r.otel_url()).expect("region URLs parse"))
                        ),
                    )),
                    _ => checks.push(Check::warn(
                        E,
                        "otel_url",
                        "OTEL_URL_UNRECOGNISED",
                        format!("OTel URL {shown}{from} is not one of the documented forms (https://otel-auto-ops.<region>.<csp>.svc.elastic.cloud)"),
                        "The URL the wizard generates shouldn't be edited: use it as given, or --region CSP/REGION. A relay or test endpoint is fine if that is intended.",
                    )),
                }
            }
        }
        (None, true) => {
            otel_blocked.get_or_insert_with(|| {
                "the OTel URL is not usable (see environment.otel_url)".to_string()
            });
        }
        (None, false) => {
            checks.push(Check::fail(
                E,
                "otel_url",
                "MISSING_OTEL_URL",
                format!("no OTel URL: {} is not set", env::AUTOOPS_OTEL_URL.name),
                "Set AUTOOPS_OTEL_URL to the URL the wizard gave (or --otel-url, or --region CSP/REGION to derive it).",
            ));
            otel_blocked.get_or_insert_with(|| "no OTel URL".to_string());
        }
    }

    // The Cloud Connected API URL.
    let mut cloud_blocked = roots_bad;
    if failed("cloud_api_url") {
        cloud_blocked.get_or_insert_with(|| {
            "the Cloud Connected API URL is not usable (see environment.cloud_api_url)".to_string()
        });
    } else {
        let shown = esconnect_core::url::redact(&settings.cloud_api_url);
        let msg = match cloud_source {
            Some(s) => format!(
                "Cloud Connected API {shown} from {s} (overrides https://api.elastic-cloud.com)"
            ),
            None => format!("Cloud Connected API {shown} (the default)"),
        };
        checks.push(Check::pass(E, "cloud_api_url", msg));
    }

    let order = [
        "es_url",
        "credentials",
        "tls",
        "ca_cert",
        "proxy",
        "otel_url",
        "cloud_api_url",
        "ssl_cert_file",
        "settings",
    ];
    checks.sort_by_key(|c| {
        order
            .iter()
            .position(|o| c.id.ends_with(&format!(".{o}")))
            .unwrap_or(order.len())
    });
    Assessment {
        checks,
        settings,
        proxy,
        es_blocked,
        cloud_blocked,
        otel_blocked,
        secrets,
    }
}

fn proxy_summary(proxy: &ProxyConfig, es: Option<&url::Url>) -> String {
    if !proxy.any() {
        return "no proxy configured: every connection is direct".to_string();
    }
    let mut parts = Vec::new();
    // `ProxyUrl` displays with the user info redacted.
    if let Some(p) = &proxy.explicit {
        parts.push(format!("--proxy {p}"));
    }
    if let Some(p) = &proxy.https {
        parts.push(format!("HTTPS_PROXY {p}"));
    }
    if let Some(p) = &proxy.http {
        parts.push(format!("HTTP_PROXY {p}"));
    }
    let mut s = format!("proxy in use: {}", parts.join(", "));
    if let (Some(u), Some(np)) = (es, &proxy.no_proxy)
        && no_proxy_matches(np, u.host_str().unwrap_or_default())
    {
        s.push_str("; the cluster is reached directly (NO_PROXY)");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn input(pairs: &[(&str, &str)]) -> AutoOpsInput {
        let m: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        AutoOpsInput::from_vars(&m, Source::Env)
    }

    fn status_of<'a>(a: &'a Assessment, id: &str) -> Vec<&'a Check> {
        a.checks.iter().filter(|c| c.id == id).collect()
    }

    #[test]
    fn complete_settings_pass() {
        let a = assess(
            input(&[
                ("AUTOOPS_ES_URL", "https://es.internal:9200"),
                ("AUTOOPS_ES_API_KEY", "id1:key1"),
                (
                    "AUTOOPS_OTEL_URL",
                    "https://otel-auto-ops.us-east-1.aws.svc.elastic.cloud",
                ),
            ]),
            &EnvOptions::default(),
        );
        assert!(
            a.checks
                .iter()
                .all(|c| c.status == crate::check::Status::Pass),
            "{:#?}",
            a.checks
        );
        assert!(a.es_blocked.is_none() && a.cloud_blocked.is_none() && a.otel_blocked.is_none());
        assert!(!format!("{:?}", a.checks).contains("key1"));
    }

    #[test]
    fn both_auth_methods_fail_and_block_the_cluster_checks() {
        let a = assess(
            input(&[
                ("AUTOOPS_ES_URL", "https://es:9200"),
                ("AUTOOPS_ES_API_KEY", "a:b"),
                ("AUTOOPS_ES_USERNAME", "u"),
                ("AUTOOPS_ES_PASSWORD", "pw"),
            ]),
            &EnvOptions::default(),
        );
        let c = status_of(&a, "environment.credentials");
        assert_eq!(c[0].code.as_deref(), Some("BOTH_AUTH_METHODS"));
        assert!(
            a.es_blocked
                .as_deref()
                .unwrap()
                .contains("BOTH_AUTH_METHODS")
        );
    }

    #[test]
    fn missing_settings_are_named() {
        let a = assess(input(&[]), &EnvOptions::default());
        let codes: Vec<_> = a.checks.iter().filter_map(|c| c.code.as_deref()).collect();
        assert_eq!(
            codes,
            ["MISSING_ES_URL", "MISSING_CREDENTIALS", "MISSING_OTEL_URL"]
        );
        assert!(a.es_blocked.is_some() && a.otel_blocked.is_some() && a.cloud_blocked.is_none());
    }

    #[test]
    fn proxy_without_no_proxy_warns() {
        let base = [
            ("AUTOOPS_ES_URL", "https://es.corp:9200"),
            ("AUTOOPS_ES_USERNAME", "u"),
            ("AUTOOPS_ES_PASSWORD", "p"),
            ("HTTPS_PROXY", "http://user:pw@proxy:3128"),
        ];
        let a = assess(input(&base), &EnvOptions::default());
        let p = status_of(&a, "environment.proxy")[0];
        assert_eq!(p.code.as_deref(), Some("PROXY_FOR_ES"));
        assert!(
            p.message.contains("es.corp") && !p.message.contains("pw@"),
            "{}",
            p.message
        );
        let mut with_np = base.to_vec();
        with_np.push(("NO_PROXY", ".corp"));
        let a = assess(input(&with_np), &EnvOptions::default());
        let p = status_of(&a, "environment.proxy")[0];
        assert_eq!(p.status, crate::check::Status::Pass);
        assert!(p.message.contains("NO_PROXY"), "{}", p.message);
        // --proxy applies to the cluster too.
        let a = assess(
            input(&base[..3]),
            &EnvOptions {
                proxy_flag: Some("http://p:1".into()),
                ..Default::default()
            },
        );
        assert_eq!(
            status_of(&a, "environment.proxy")[0].code.as_deref(),
            Some("PROXY_FOR_ES")
        );
    }

    #[test]
    fn proxy_urls_may_carry_credentials_but_must_be_urls() {
        let ok = assess(
            input(&[("HTTPS_PROXY", "http://user:pw@proxy:3128")]),
            &EnvOptions::default(),
        );
        assert!(
            ok.checks
                .iter()
                .all(|c| c.code.as_deref() != Some("BAD_URL")),
            "{:?}",
            ok.checks
        );
        let a = assess(
            input(&[("HTTPS_PROXY", "ftp://user:pw@proxy")]),
            &EnvOptions {
                fleet: true,
                ..Default::default()
            },
        );
        assert_eq!(
            status_of(&a, "environment.proxy")[0].code.as_deref(),
            Some("BAD_URL")
        );
        assert!(!format!("{:?}", a.checks).contains("pw@"));
    }

    #[test]
    fn otel_url_forms() {
        let code = |u: &str| {
            let a = assess(
                input(&[("AUTOOPS_OTEL_URL", u)]),
                &EnvOptions {
                    fleet: true,
                    ..Default::default()
                },
            );
            let c = status_of(&a, "environment.otel_url")[0].clone();
            (c.status, c.code)
        };
        use crate::check::Status::*;
        assert_eq!(
            code("https://otel-auto-ops.eu-west-1.aws.svc.elastic.cloud/"),
            (Pass, None)
        );
        assert_eq!(
            code("https://otel-collector.auto-ops.eu-west-1.aws.cloud.elastic.co:4318"),
            (Pass, None)
        );
        assert_eq!(
            code("https://127.0.0.1:4318"),
            (Warn, Some("OTEL_URL_UNRECOGNISED".into()))
        );
        assert_eq!(
            code("https://otel-collector.auto-ops.eu-west-1.aws.cloud.elastic.co:4318/v1/logs"),
            (Warn, Some("OTEL_URL_HAS_PATH".into()))
        );
        assert_eq!(code("otel.example"), (Fail, Some("BAD_URL".into())));
    }

    #[test]
    fn bad_ca_files_fail_and_block() {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("ca.pem");
        std::fs::write(&bad, "not a certificate").unwrap();
        let a = assess(
            input(&[
                ("AUTOOPS_ES_URL", "https://es:9200"),
                ("AUTOOPS_ES_API_KEY", "a:b"),
                ("AUTOOPS_CA_CERT", bad.to_str().unwrap()),
            ]),
            &EnvOptions {
                ssl_cert_file: Some(dir.path().join("missing.pem")),
                ..Default::default()
            },
        );
        assert_eq!(
            status_of(&a, "environment.ca_cert")[0].code.as_deref(),
            Some("BAD_CA_CERT")
        );
        assert_eq!(
            status_of(&a, "environment.ssl_cert_file")[0]
                .code
                .as_deref(),
            Some("BAD_CA_CERT")
        );
        assert!(a.es_blocked.is_some() && a.cloud_blocked.is_some() && a.otel_blocked.is_some());
    }

    #[test]
    fn env_file_errors_are_usage_errors_naming_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("agent.env");
        std::fs::write(
            &p,
            "AUTOOPS_ES_URL=https://x\nsecret-value-without-equals\n",
        )
        .unwrap();
        let e = env_file_input(&p).unwrap_err();
        assert_eq!(e.code, 2);
        assert!(
            e.message.contains("line 2") && !e.message.contains("secret-value"),
            "{}",
            e.message
        );
        assert_eq!(
            env_file_input(&dir.path().join("nope")).unwrap_err().code,
            2
        );
    }
}
