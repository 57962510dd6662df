//! Gathering the settings (flags, then `--env-file`, then the process environment) and checking them.
//!
//! Every problem is collected, so one run reports all of them; nothing here writes or sends anything.

use crate::cli::Cli;
use crate::config::{AgentConfig, CaCert, EckConfig, EsAuth};
use autoops_common::cli::CLOUD_CONNECTED_URL_FLAG;
use autoops_common::settings::{AutoOpsInput, AutoOpsSettings, resolve};
use autoops_common::{OTEL_LOGS_PATH, OtelUrlForm};
use esconnect_cli::{CliError, CliResult};
use esconnect_core::auth::Auth;
use esconnect_core::env;
use esconnect_core::secret::{Secret, SecretReadError, Source, Sourced, read_secret_file};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A problem with the input: what is wrong, and how to fix it. Never holds a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub message: String,
    pub remedy: String,
}

impl Issue {
    pub fn new(message: impl Into<String>, remedy: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            remedy: remedy.into(),
        }
    }
}

/// Something worth telling the user that is not an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// No port in the cluster URL: 9200 was used.
    DefaultedPort,
    /// The OTel URL is in the older documented form.
    LegacyOtelUrl { current: Option<String> },
    /// The OTel URL ended with /v1/logs, which the agent appends itself; it was removed.
    StrippedLogsPath,
}

/// A setting given that `--format eck` does not use. Holds where it came from, never its value.
#[derive(Debug, Clone, PartialEq)]
pub enum Unused {
    /// The Elasticsearch URL or credentials: ECK connects to each cluster and creates the API key itself.
    Elasticsearch { what: &'static str, source: Source },
    /// The temporary resource id: ECK's Secret has no key for it.
    TempResourceId(Source),
    /// The CA certificate: ECK gives the agent each cluster's CA itself.
    CaCert(Source),
}

/// The settings the flags give, secrets read from their files.
pub fn flag_input(cli: &Cli) -> CliResult<AutoOpsInput> {
    let stdin_users: Vec<&str> = [
        ("--api-key-file", &cli.agent.api_key_file),
        ("--password-file", &cli.agent.password_file),
        ("--cloud-connected-key-file", &cli.cloud_connected_key_file),
        ("--token-file", &cli.token_file),
    ]
    .into_iter()
    .filter(|(_, p)| p.as_deref() == Some(Path::new("-")))
    .map(|(f, _)| f)
    .collect();
    if stdin_users.len() > 1 {
        return Err(SecretReadError::StdinTwice {
            what: stdin_users.join(" and "),
        }
        .into());
    }
    let plain = |v: &Option<String>, flag: &'static str| {
        v.clone().map(|v| Sourced::new(v, Source::Flag(flag)))
    };
    let secret = |v: &Option<String>,
                  flag: &'static str,
                  file: &Option<PathBuf>,
                  what: &str|
     -> CliResult<Option<Sourced<Secret>>> {
        if let Some(v) = v {
            return Ok(Some(Sourced::new(
                Secret::new(v.clone()),
                Source::Flag(flag),
            )));
        }
        match file {
            Some(p) => Ok(Some(read_secret_file(p, what)?)),
            None => Ok(None),
        }
    };
    Ok(AutoOpsInput {
        es_url: plain(&cli.agent.es_url, "--es-url"),
        api_key: secret(
            &cli.api_key,
            "--api-key",
            &cli.agent.api_key_file,
            "the API key",
        )?,
        username: plain(&cli.agent.username, "--username"),
        password: secret(
            &cli.password,
            "--password",
            &cli.agent.password_file,
            "the password",
        )?,
        otel_url: plain(&cli.agent.otel_url, "--otel-url"),
        region: plain(&cli.agent.region, "--region"),
        cloud_api_key: secret(
            &cli.cloud_connected_key,
            "--cloud-connected-key",
            &cli.cloud_connected_key_file,
            "the Cloud Connected API key",
        )?,
        cloud_api_url: plain(&cli.agent.cloud_connected_url, CLOUD_CONNECTED_URL_FLAG),
        temp_resource_id: plain(&cli.temp_resource_id, "--temp-resource-id"),
        token: secret(&cli.token, "--token", &cli.token_file, "the AutoOps token")?,
        ca_cert: cli
            .agent
            .ca_cert
            .clone()
            .map(|p| Sourced::new(p, Source::Flag("--ca-cert"))),
        https_proxy: cli
            .https_proxy
            .clone()
            .map(|v| Sourced::new(v, Source::Flag("--https-proxy"))),
        http_proxy: cli
            .http_proxy
            .clone()
            .map(|v| Sourced::new(v, Source::Flag("--http-proxy"))),
        no_proxy: plain(&cli.no_proxy, "--no-proxy"),
    })
}

/// Which secrets were given as arguments (for a hint towards the file and variable forms).
pub fn secrets_on_command_line(cli: &Cli) -> Vec<&'static str> {
    [
        ("--api-key", cli.api_key.is_some()),
        ("--password", cli.password.is_some()),
        ("--cloud-connected-key", cli.cloud_connected_key.is_some()),
        ("--token", cli.token.is_some()),
    ]
    .into_iter()
    .filter(|(_, given)| *given)
    .map(|(f, _)| f)
    .collect()
}

/// The settings of an env file (the format this tool writes, or any `KEY=value` file).
pub fn env_file_input(path: &Path) -> CliResult<AutoOpsInput> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        CliError::usage(format!("cannot read the env file {}: {e}", path.display())).with_remedy("Give the path of a readable KEY=value file, e.g. one written by `autoops-env --format env --out FILE`.")
    })?;
    let vars = esconnect_core::dotenv::parse_map(&text).map_err(|e| {
        CliError::usage(format!(
            "the env file {} is not a KEY=value file: {e}",
            path.display()
        ))
        .with_remedy("Fix that line: one VARIABLE=value per line, # for comments.")
    })?;
    Ok(AutoOpsInput::from_vars(&vars, |_| {
        Source::EnvFile(path.to_path_buf())
    }))
}

/// The settings of a set of environment variables (the process's, in `run`).
pub fn env_input(vars: &BTreeMap<String, String>) -> AutoOpsInput {
    AutoOpsInput::from_vars(vars, Source::Env)
}

fn missing(what: &str, flags: &str, var: &str) -> Issue {
    Issue::new(format!("no {what}"), format!("give {flags}, or set {var}"))
}

fn check_opaque(value: &Sourced<Secret>, what: &str, issues: &mut Vec<Issue>) {
    let v = value.value.expose();
    if v.trim().is_empty() {
        issues.push(Issue::new(
            format!("{what} from {} is empty", value.source),
            "Copy it again from the connect wizard.",
        ));
    } else if v.chars().any(|c| c.is_whitespace() || c.is_control()) {
        issues.push(Issue::new(
            format!("{what} from {} contains whitespace", value.source),
            "Copy it again from the connect wizard, without line breaks or spaces.",
        ));
    }
}

/// Checks everything and builds the configuration. `Err` holds every problem found.
pub fn validate(input: AutoOpsInput) -> Result<(AgentConfig, Vec<Note>), Vec<Issue>> {
    let mut issues: Vec<Issue> = Vec::new();
    let mut notes = Vec::new();

    // Checks resolve does not make (it leaves "required" to each tool).
    if input.es_url.is_none() {
        issues.push(missing(
            "Elasticsearch URL",
            "--es-url URL",
            env::AUTOOPS_ES_URL.name,
        ));
    }
    if input.api_key.is_none() && input.username.is_none() && input.password.is_none() {
        issues.push(Issue::new(
            "no Elasticsearch credentials",
            format!(
                "give --api-key-file FILE (or set {}), or --username NAME with --password-file FILE (or set {} and {})",
                env::AUTOOPS_ES_API_KEY.name,
                env::AUTOOPS_ES_USERNAME.name,
                env::AUTOOPS_ES_PASSWORD.name
            ),
        ));
    }
    require_otel(&input, &mut issues);
    require_cloud_key(&input, &mut issues);
    match &input.temp_resource_id {
        None => issues.push(missing(
            "temporary resource id",
            "--temp-resource-id ID",
            env::AUTOOPS_TEMP_RESOURCE_ID.name,
        )),
        Some(t) => check_opaque(
            &t.clone().map(Secret::new),
            "the temporary resource id",
            &mut issues,
        ),
    }
    require_token(&input, &mut issues);
    if let Some(u) = &input.username
        && (u.value.is_empty() || u.value.contains(':') || u.value.chars().any(char::is_control))
    {
        issues.push(Issue::new(
            format!("the username from {} is empty or contains `:`", u.source),
            "Give the name of the user with the autoops role.",
        ));
    }
    if let Some(p) = &input.password
        && p.value.is_empty()
    {
        issues.push(Issue::new(
            format!("the password from {} is empty", p.source),
            "Give the password of the user.",
        ));
    }
    let ca_source = input.ca_cert.as_ref().map(|c| c.source.clone());
    let otel_given = input.otel_url.is_some();

    let (settings, problems) = resolve(input);
    for p in problems {
        issues.push(Issue::new(p.message, p.remedy));
    }

    let ca_cert = match (&settings.ca_cert, ca_source) {
        (Some(path), Some(source)) => match read_ca(path) {
            Ok(ca) => Some(ca),
            Err(why) => {
                issues.push(Issue::new(
                    format!("the CA certificate {} (from {source}): {why}", path.display()),
                    "Give the PEM file of the CA that signed the cluster's HTTP certificate (e.g. config/certs/http_ca.crt).",
                ));
                None
            }
        },
        _ => None,
    };

    if !issues.is_empty() {
        return Err(issues);
    }
    // Everything below was checked by resolve or above; a `None` here would be a bug, reported as one.
    let bug = || {
        vec![Issue::new(
            "internal error: a checked setting is missing",
            "Report this bug.",
        )]
    };
    let es = settings.es_url.clone().ok_or_else(bug)?;
    if es.defaulted_port {
        notes.push(Note::DefaultedPort);
    }
    let otel_url = checked_otel_url(&settings, otel_given, &mut notes).ok_or_else(bug)?;
    let auth = match settings.auth.clone().ok_or_else(bug)? {
        Auth::ApiKey(k) => EsAuth::ApiKey {
            id: k.id().to_string(),
            id_colon_key: k.id_colon_key(),
        },
        Auth::Basic { username, password } => EsAuth::Basic { username, password },
        // Only the ECE/ECH profile makes this kind; the AutoOps settings never do.
        Auth::CloudApiKey(_) => return Err(bug()),
    };
    let es_host = es
        .url
        .host_str()
        .unwrap_or_default()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_string();
    let config = AgentConfig {
        es_url: es.to_text(),
        es_host,
        auth,
        otel_url,
        cloud_api_key: settings.cloud_api_key.clone().ok_or_else(bug)?,
        cloud_api_url: settings
            .cloud_api_url_given
            .then(|| esconnect_core::url::redact(&settings.cloud_api_url)),
        temp_resource_id: settings.temp_resource_id.clone().ok_or_else(bug)?,
        token: settings.token.clone().ok_or_else(bug)?,
        ca_cert,
        https_proxy: settings.https_proxy.clone(),
        http_proxy: settings.http_proxy.clone(),
        no_proxy: settings.no_proxy.clone(),
    };
    Ok((config, notes))
}

fn require_otel(input: &AutoOpsInput, issues: &mut Vec<Issue>) {
    if input.otel_url.is_none() && input.region.is_none() {
        issues.push(missing(
            "OTel URL",
            "--region CSP/REGION (e.g. aws/us-east-1) or --otel-url URL",
            env::AUTOOPS_OTEL_URL.name,
        ));
    }
}

fn require_cloud_key(input: &AutoOpsInput, issues: &mut Vec<Issue>) {
    match &input.cloud_api_key {
        None => issues.push(missing(
            "Cloud Connected API key",
            "--cloud-connected-key-file FILE",
            env::ELASTIC_CLOUD_CONNECTED_MODE_API_KEY.name,
        )),
        Some(k) => check_opaque(k, "the Cloud Connected API key", issues),
    }
}

fn require_token(input: &AutoOpsInput, issues: &mut Vec<Issue>) {
    match &input.token {
        None => issues.push(missing(
            "AutoOps token",
            "--token-file FILE",
            env::AUTOOPS_TOKEN.name,
        )),
        Some(t) => check_opaque(t, "the AutoOps token", issues),
    }
}

/// The OTel URL as the agent wants it: without the `/v1/logs` it appends itself, credentials redacted.
/// `None` when resolve left it empty (a bug once every check passed).
fn checked_otel_url(
    settings: &AutoOpsSettings,
    otel_given: bool,
    notes: &mut Vec<Note>,
) -> Option<String> {
    let mut otel = settings.otel_url.clone()?;
    if otel.path().trim_end_matches('/').ends_with(OTEL_LOGS_PATH) {
        let p = otel
            .path()
            .trim_end_matches('/')
            .trim_end_matches(OTEL_LOGS_PATH)
            .to_string();
        otel.set_path(&p);
        notes.push(Note::StrippedLogsPath);
    }
    if otel_given && let Some(OtelUrlForm::Legacy(r)) = settings.otel_url_form {
        notes.push(Note::LegacyOtelUrl {
            current: Some(r.otel_url()),
        });
    }
    Some(esconnect_core::url::redact(&otel))
}

/// Checks the settings `--format eck` uses and builds its configuration. The Elasticsearch URL and
/// credentials, the temporary resource id and the CA are not used (ECK connects to its clusters and
/// creates their API keys itself): they are dropped unchecked and returned as [`Unused`], so a value
/// that would be wrong for the other formats does not stop this one. `Err` holds every problem found.
pub fn validate_eck(
    mut input: AutoOpsInput,
) -> Result<(EckConfig, Vec<Note>, Vec<Unused>), Vec<Issue>> {
    let mut unused = Vec::new();
    let mut es = |what: &'static str, source: Option<Source>| {
        if let Some(source) = source {
            unused.push(Unused::Elasticsearch { what, source });
        }
    };
    es(
        "the Elasticsearch URL",
        input.es_url.take().map(|s| s.source),
    );
    es("the API key", input.api_key.take().map(|s| s.source));
    es("the username", input.username.take().map(|s| s.source));
    es("the password", input.password.take().map(|s| s.source));
    if let Some(t) = input.temp_resource_id.take() {
        unused.push(Unused::TempResourceId(t.source));
    }
    if let Some(c) = input.ca_cert.take() {
        unused.push(Unused::CaCert(c.source));
    }

    let mut issues: Vec<Issue> = Vec::new();
    require_otel(&input, &mut issues);
    require_cloud_key(&input, &mut issues);
    require_token(&input, &mut issues);
    let otel_given = input.otel_url.is_some();
    let (settings, problems) = resolve(input);
    for p in problems {
        issues.push(Issue::new(p.message, p.remedy));
    }
    if !issues.is_empty() {
        return Err(issues);
    }
    let bug = || {
        vec![Issue::new(
            "internal error: a checked setting is missing",
            "Report this bug.",
        )]
    };
    let mut notes = Vec::new();
    let otel_url = checked_otel_url(&settings, otel_given, &mut notes).ok_or_else(bug)?;
    let config = EckConfig {
        otel_url,
        cloud_api_key: settings.cloud_api_key.clone().ok_or_else(bug)?,
        cloud_api_url: settings
            .cloud_api_url_given
            .then(|| esconnect_core::url::redact(&settings.cloud_api_url)),
        token: settings.token.clone().ok_or_else(bug)?,
        https_proxy: settings.https_proxy.clone(),
        http_proxy: settings.http_proxy.clone(),
        no_proxy: settings.no_proxy.clone(),
    };
    Ok((config, notes, unused))
}

/// Reads and checks a CA file: readable, PEM, certificates only (a private key would be copied into
/// Secrets and containers).
fn read_ca(path: &Path) -> Result<CaCert, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read it: {e}"))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| "it is not a PEM file (not text; a DER or PKCS#12 file?)".to_string())?;
    let count = esconnect_core::pki::pem::certificates_only(&text).map_err(|e| e.to_string())?;
    let abs =
        std::path::absolute(path).map_err(|e| format!("cannot make the path absolute: {e}"))?;
    debug_assert!(count > 0);
    Ok(CaCert {
        path: abs,
        pem: text,
    })
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

    fn without(
        v: &[(&'static str, &'static str)],
        drop: &[&str],
    ) -> Vec<(&'static str, &'static str)> {
        v.iter()
            .filter(|(k, _)| !drop.contains(k))
            .copied()
            .collect()
    }

    fn complete() -> Vec<(&'static str, &'static str)> {
        vec![
            ("AUTOOPS_ES_URL", "https://es.example.com"),
            ("AUTOOPS_ES_API_KEY", "aWQxOmtleTE="),
            (
                "AUTOOPS_OTEL_URL",
                "https://otel-auto-ops.eu-west-1.aws.svc.elastic.cloud/",
            ),
            ("ELASTIC_CLOUD_CONNECTED_MODE_API_KEY", "cloudkey"),
            ("AUTOOPS_TEMP_RESOURCE_ID", "tmp-1"),
            ("AUTOOPS_TOKEN", "tok"),
        ]
    }

    #[test]
    fn complete_env_gives_normalised_config() {
        let (c, notes) = validate(env_input(&vars(&complete()))).unwrap();
        assert_eq!(c.es_url, "https://es.example.com:9200");
        assert_eq!(c.es_host, "es.example.com");
        assert_eq!(
            c.otel_url,
            "https://otel-auto-ops.eu-west-1.aws.svc.elastic.cloud"
        );
        match &c.auth {
            EsAuth::ApiKey { id, id_colon_key } => {
                assert_eq!(id, "id1");
                assert_eq!(id_colon_key.expose(), "id1:key1");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(c.cloud_api_url, None);
        assert_eq!(notes, vec![Note::DefaultedPort]);
    }

    #[test]
    fn every_missing_setting_names_flag_and_variable() {
        let issues = validate(env_input(&vars(&[]))).unwrap_err();
        let text: Vec<String> = issues
            .iter()
            .map(|i| format!("{} / {}", i.message, i.remedy))
            .collect();
        assert_eq!(issues.len(), 6, "{text:#?}");
        for (flag, var) in [
            ("--es-url", "AUTOOPS_ES_URL"),
            ("--api-key-file", "AUTOOPS_ES_API_KEY"),
            ("--password-file", "AUTOOPS_ES_PASSWORD"),
            ("--region", "AUTOOPS_OTEL_URL"),
            (
                "--cloud-connected-key-file",
                "ELASTIC_CLOUD_CONNECTED_MODE_API_KEY",
            ),
            ("--temp-resource-id", "AUTOOPS_TEMP_RESOURCE_ID"),
            ("--token-file", "AUTOOPS_TOKEN"),
        ] {
            assert!(
                text.iter().any(|t| t.contains(flag) && t.contains(var)),
                "{flag} {var}: {text:#?}"
            );
        }
    }

    #[test]
    fn legacy_url_is_kept_and_logs_path_is_stripped() {
        let mut v = complete();
        v[2] = (
            "AUTOOPS_OTEL_URL",
            "https://otel-collector.auto-ops.eu-west-1.aws.cloud.elastic.co:4318/v1/logs",
        );
        let (c, notes) = validate(env_input(&vars(&v))).unwrap();
        assert_eq!(
            c.otel_url,
            "https://otel-collector.auto-ops.eu-west-1.aws.cloud.elastic.co:4318"
        );
        assert!(notes.contains(&Note::StrippedLogsPath));
        assert!(notes.contains(&Note::LegacyOtelUrl {
            current: Some("https://otel-auto-ops.eu-west-1.aws.svc.elastic.cloud".into())
        }));
    }

    #[test]
    fn whitespace_in_token_is_refused_without_echo() {
        let mut v = complete();
        v[5] = ("AUTOOPS_TOKEN", "tok en-SECRETVALUE");
        let issues = validate(env_input(&vars(&v))).unwrap_err();
        assert_eq!(issues.len(), 1);
        assert!(
            issues[0].message.contains("$AUTOOPS_TOKEN")
                && issues[0].message.contains("whitespace"),
            "{issues:?}"
        );
        assert!(!format!("{issues:?}").contains("SECRETVALUE"));
    }

    #[test]
    fn eck_needs_only_the_autoops_settings() {
        let v = without(
            &complete(),
            &[
                "AUTOOPS_ES_URL",
                "AUTOOPS_ES_API_KEY",
                "AUTOOPS_TEMP_RESOURCE_ID",
            ],
        );
        let (c, notes, unused) = validate_eck(env_input(&vars(&v))).unwrap();
        assert_eq!(
            c.otel_url,
            "https://otel-auto-ops.eu-west-1.aws.svc.elastic.cloud"
        );
        assert_eq!(c.cloud_api_key.expose(), "cloudkey");
        assert_eq!(c.token.expose(), "tok");
        assert_eq!(c.cloud_api_url, None);
        assert!(
            notes.is_empty() && unused.is_empty(),
            "{notes:?} {unused:?}"
        );
    }

    #[test]
    fn eck_drops_the_elasticsearch_settings_unchecked() {
        // Both auth methods, a malformed key, a bad URL and an unreadable CA: wrong for the other
        // formats, merely unused here.
        let mut v = complete();
        v[0] = ("AUTOOPS_ES_URL", "not a url");
        v[1] = ("AUTOOPS_ES_API_KEY", "not a key");
        v.push(("AUTOOPS_ES_USERNAME", "u"));
        v.push(("AUTOOPS_ES_PASSWORD", "pw"));
        v.push(("AUTOOPS_CA_CERT", "/no/such/ca.crt"));
        assert!(validate(env_input(&vars(&v))).is_err());
        let (_, _, unused) = validate_eck(env_input(&vars(&v))).unwrap();
        let env = |n: &'static str| Source::Env(n);
        assert_eq!(
            unused,
            [
                Unused::Elasticsearch {
                    what: "the Elasticsearch URL",
                    source: env("AUTOOPS_ES_URL")
                },
                Unused::Elasticsearch {
                    what: "the API key",
                    source: env("AUTOOPS_ES_API_KEY")
                },
                Unused::Elasticsearch {
                    what: "the username",
                    source: env("AUTOOPS_ES_USERNAME")
                },
                Unused::Elasticsearch {
                    what: "the password",
                    source: env("AUTOOPS_ES_PASSWORD")
                },
                Unused::TempResourceId(env("AUTOOPS_TEMP_RESOURCE_ID")),
                Unused::CaCert(env("AUTOOPS_CA_CERT")),
            ]
        );
        assert!(
            !format!("{unused:?}").contains("not a key") && !format!("{unused:?}").contains("pw")
        );
    }

    #[test]
    fn eck_reports_every_missing_autoops_setting() {
        let issues = validate_eck(env_input(&vars(&[]))).unwrap_err();
        let text: Vec<String> = issues
            .iter()
            .map(|i| format!("{} / {}", i.message, i.remedy))
            .collect();
        assert_eq!(issues.len(), 3, "{text:#?}");
        for (flag, var) in [
            ("--region", "AUTOOPS_OTEL_URL"),
            (
                "--cloud-connected-key-file",
                "ELASTIC_CLOUD_CONNECTED_MODE_API_KEY",
            ),
            ("--token-file", "AUTOOPS_TOKEN"),
        ] {
            assert!(
                text.iter().any(|t| t.contains(flag) && t.contains(var)),
                "{flag}: {text:#?}"
            );
        }
        // Values are checked as for the other formats.
        let mut v = complete();
        v[5] = ("AUTOOPS_TOKEN", "tok en-SECRETVALUE");
        v[2] = (
            "AUTOOPS_OTEL_URL",
            "https://otel-collector.auto-ops.eu-west-1.aws.cloud.elastic.co:4318/v1/logs",
        );
        v.push(("ELASTIC_CLOUD_CONNECTED_MODE_API_URL", "cloud.example"));
        let issues = validate_eck(env_input(&vars(&v))).unwrap_err();
        assert_eq!(issues.len(), 2, "{issues:#?}");
        assert!(!format!("{issues:?}").contains("SECRETVALUE"));
        v[5] = ("AUTOOPS_TOKEN", "tok");
        v.pop();
        let (c, notes, _) = validate_eck(env_input(&vars(&v))).unwrap();
        assert_eq!(
            c.otel_url,
            "https://otel-collector.auto-ops.eu-west-1.aws.cloud.elastic.co:4318"
        );
        assert!(notes.contains(&Note::StrippedLogsPath));
    }
}
