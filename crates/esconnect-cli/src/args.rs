//! Arguments shared by several binaries.

use clap::Args;
#[cfg(feature = "http")]
use esconnect_core::env;
#[cfg(feature = "http")]
use esconnect_core::proxy::ProxyUrl;
#[cfg(feature = "http")]
use std::path::PathBuf;
use std::time::Duration;

/// `-v`, `-q` and `--output`.
#[derive(Debug, Clone, Args)]
pub struct OutputArgs {
    /// Output format for results on stdout.
    #[arg(long, short = 'o', value_enum, default_value_t = crate::OutputFormat::Text, global = true)]
    pub output: crate::OutputFormat,
    /// More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace).
    #[arg(long, short = 'v', action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    /// Only errors and warnings on stderr.
    #[arg(long, short = 'q', global = true, conflicts_with = "verbose")]
    pub quiet: bool,
}

impl OutputArgs {
    pub fn printer(&self) -> crate::Printer {
        crate::init_logging(self.verbose, self.quiet);
        crate::Printer::new(self.output, self.quiet, self.verbose)
    }
}

/// `--dry-run` for commands whose plan depends on what the cluster holds: the changes are printed and none
/// is made, the reads the plan depends on still are.
#[derive(Debug, Clone, Copy, Args)]
pub struct DryRun {
    /// Print the requests that would change the cluster (secrets redacted) and send none of them. The
    /// harmless reads the plan depends on (GET only) are still made: the cluster must be reachable, and
    /// the plan shows exactly what would change.
    #[arg(long)]
    pub dry_run: bool,
}

/// `--dry-run` for commands whose plan needs nothing from the cluster: nothing at all is sent.
#[derive(Debug, Clone, Copy, Args)]
pub struct DryRunOffline {
    /// Print the requests that would change the cluster (secrets redacted) and send nothing at all, not
    /// even a read: the cluster need not be reachable and no credentials are needed.
    #[arg(long)]
    pub dry_run: bool,
}

/// Parses `500ms`, `30s`, `2m`, `1h` (a bare number is seconds).
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: f64 = num
        .parse()
        .map_err(|_| format!("`{s}` is not a duration: use e.g. 500ms, 30s, 2m"))?;
    let secs = match unit {
        "ms" => n / 1000.0,
        "" | "s" => n,
        "m" => n * 60.0,
        "h" => n * 3600.0,
        _ => {
            return Err(format!(
                "`{s}` has an unknown unit `{unit}`: use ms, s, m or h"
            ));
        }
    };
    if !(0.0..=86400.0).contains(&secs) {
        return Err(format!("`{s}` is out of range"));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// Connection to an Elasticsearch cluster (the `ELASTICSEARCH_*` variables).
#[cfg(feature = "http")]
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Connection")]
pub struct ConnectionArgs {
    /// Elasticsearch URL, e.g. https://es.example.com:9200 (port 9200 when none is given).
    #[arg(long, value_name = "URL", help = format!("Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: {}]", env::ELASTICSEARCH_URL.name))]
    pub es_url: Option<String>,
    /// API key (`id:api_key` or the base64 `encoded` form). Prefer --api-key-file or the variable: argv is visible to other users.
    #[arg(long, value_name = "KEY", help = format!("API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or ${} (argv is visible to other users)", env::ELASTICSEARCH_API_KEY.name))]
    pub api_key: Option<String>,
    /// Read the API key from FILE (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    pub api_key_file: Option<PathBuf>,
    #[arg(long, value_name = "NAME", help = format!("Username for basic authentication [env: {}]", env::ELASTICSEARCH_USERNAME.name))]
    pub username: Option<String>,
    #[arg(long, value_name = "PASSWORD", help = format!("Password; prefer --password-file or ${}", env::ELASTICSEARCH_PASSWORD.name))]
    pub password: Option<String>,
    /// Read the password from FILE (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
    #[arg(long, value_name = "PEM", help = format!("Trust this CA (PEM) for the cluster's certificate; repeatable [env: {}]", env::ELASTICSEARCH_CA_CERT.name))]
    pub ca_cert: Vec<PathBuf>,
    #[arg(long, value_name = "SHA256", help = format!("Trust the certificate with this SHA-256 fingerprint (colons optional) [env: {}]", env::ELASTICSEARCH_CA_FINGERPRINT.name))]
    pub ca_fingerprint: Option<String>,
    /// Do not verify the server's certificate (loud warning; for diagnosis only).
    #[arg(long)]
    pub insecure: bool,
    /// Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies).
    #[arg(long, value_name = "URL")]
    pub proxy: Option<ProxyUrl>,
    /// Time limit to open a connection.
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, default_value = "10s")]
    pub connect_timeout: Duration,
    /// Time limit for each request attempt.
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, default_value = "30s")]
    pub timeout: Duration,
    /// Retries for idempotent requests on 429/502/503/504 and connection failures.
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub retries: u32,
}

#[cfg(feature = "http")]
impl ConnectionArgs {
    pub fn flags(&self) -> esconnect_core::settings::ConnectionFlags {
        use esconnect_core::Secret;
        esconnect_core::settings::ConnectionFlags {
            url: self.es_url.clone(),
            api_key: self.api_key.clone().map(Secret::new),
            api_key_file: self.api_key_file.clone(),
            username: self.username.clone(),
            password: self.password.clone().map(Secret::new),
            password_file: self.password_file.clone(),
            ca_cert: self.ca_cert.clone(),
            ca_fingerprint: self.ca_fingerprint.clone(),
            insecure: self.insecure,
            proxy: self.proxy.clone(),
            connect_timeout: Some(self.connect_timeout),
            timeout: Some(self.timeout),
            retries: Some(self.retries),
            target: None,
        }
    }

    /// Resolves the connection (flags, then `ELASTICSEARCH_*`), warning about `--insecure` and saying
    /// when the port was defaulted.
    pub fn connect(
        &self,
        printer: &crate::Printer,
    ) -> crate::CliResult<esconnect_core::settings::Connection> {
        let c = esconnect_core::settings::resolve(
            self.flags(),
            esconnect_core::settings::ELASTICSEARCH,
            &esconnect_core::settings::process_env,
        )?;
        if c.url.defaulted_port {
            printer.verbose(&format!(
                "no port in the URL: using {} (Elasticsearch's default HTTP port)",
                esconnect_core::url::DEFAULT_ES_PORT
            ));
        }
        if self.insecure {
            printer.warn_insecure();
        }
        if self.api_key.is_some() || self.password.is_some() {
            printer.verbose("a secret was given on the command line; --api-key-file/--password-file or the environment keep it out of the process list");
        }
        Ok(c)
    }
}

/// Connection to the other cluster of a pair (the `REMOTE_ELASTICSEARCH_*` variables), for commands that
/// talk to both clusters; flattened next to [`ConnectionArgs`], so every flag is prefixed `--remote-`.
#[cfg(feature = "http")]
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Remote cluster connection")]
pub struct RemoteConnectionArgs {
    #[arg(long, value_name = "URL", help = format!("URL of the other cluster of the pair; port 9200 when none is given [env: {}]", env::REMOTE_ELASTICSEARCH_URL.name))]
    pub remote_es_url: Option<String>,
    #[arg(long, value_name = "KEY", help = format!("API key of the other cluster; prefer --remote-api-key-file or ${}", env::REMOTE_ELASTICSEARCH_API_KEY.name))]
    pub remote_api_key: Option<String>,
    /// Read the other cluster's API key from FILE (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    pub remote_api_key_file: Option<PathBuf>,
    #[arg(long, value_name = "NAME", help = format!("Username for the other cluster [env: {}]", env::REMOTE_ELASTICSEARCH_USERNAME.name))]
    pub remote_username: Option<String>,
    #[arg(long, value_name = "PASSWORD", help = format!("Password for the other cluster; prefer --remote-password-file or ${}", env::REMOTE_ELASTICSEARCH_PASSWORD.name))]
    pub remote_password: Option<String>,
    /// Read the other cluster's password from FILE (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    pub remote_password_file: Option<PathBuf>,
    #[arg(long, value_name = "PEM", help = format!("Trust this CA (PEM) for the other cluster's certificate; repeatable [env: {}]", env::REMOTE_ELASTICSEARCH_CA_CERT.name))]
    pub remote_ca_cert: Vec<PathBuf>,
    #[arg(long, value_name = "SHA256", help = format!("Trust the other cluster's certificate with this SHA-256 fingerprint [env: {}]", env::REMOTE_ELASTICSEARCH_CA_FINGERPRINT.name))]
    pub remote_ca_fingerprint: Option<String>,
    /// Do not verify the other cluster's certificate (loud warning; for diagnosis only).
    #[arg(long)]
    pub remote_insecure: bool,
    /// Proxy for the other cluster (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies).
    #[arg(long, value_name = "URL")]
    pub remote_proxy: Option<ProxyUrl>,
}

#[cfg(feature = "http")]
impl RemoteConnectionArgs {
    pub fn flags(&self) -> esconnect_core::settings::ConnectionFlags {
        use esconnect_core::Secret;
        esconnect_core::settings::ConnectionFlags {
            url: self.remote_es_url.clone(),
            api_key: self.remote_api_key.clone().map(Secret::new),
            api_key_file: self.remote_api_key_file.clone(),
            username: self.remote_username.clone(),
            password: self.remote_password.clone().map(Secret::new),
            password_file: self.remote_password_file.clone(),
            ca_cert: self.remote_ca_cert.clone(),
            ca_fingerprint: self.remote_ca_fingerprint.clone(),
            insecure: self.remote_insecure,
            proxy: self.remote_proxy.clone(),
            ..Default::default()
        }
    }

    /// Resolves the other cluster's connection (flags, then `REMOTE_ELASTICSEARCH_*`).
    pub fn connect(
        &self,
        printer: &crate::Printer,
    ) -> crate::CliResult<esconnect_core::settings::Connection> {
        let c = esconnect_core::settings::resolve(
            self.flags(),
            esconnect_core::settings::REMOTE_ELASTICSEARCH,
            &esconnect_core::settings::process_env,
        )?;
        if self.remote_insecure {
            printer.warn_insecure();
        }
        Ok(c)
    }
}

/// Connection to the ECE or ECH API (`EC_HOST`, `EC_API_KEY`); every flag is prefixed `--ec-` so it can sit
/// next to [`ConnectionArgs`].
#[cfg(feature = "http")]
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "ECE/ECH API connection")]
pub struct EcConnectionArgs {
    #[arg(long, value_name = "HOST[:PORT]", help = format!("ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https:// is implied [env: {}]", env::EC_HOST.name))]
    pub ec_host: Option<String>,
    /// Which API: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE).
    #[arg(long, value_name = "TARGET", value_parser = ["ece", "ech"])]
    pub target: Option<String>,
    #[arg(long, value_name = "KEY", help = format!("ECE/ECH API key, sent as given; prefer --ec-api-key-file or ${} (argv is visible to other users)", env::EC_API_KEY.name))]
    pub ec_api_key: Option<String>,
    /// Read the ECE/ECH API key from FILE (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    pub ec_api_key_file: Option<PathBuf>,
    #[arg(long, value_name = "NAME", help = format!("ECE only: a user for basic authentication, with --ec-password-file [env: {}]", env::EC_USER.name))]
    pub ec_username: Option<String>,
    #[arg(long, value_name = "FILE", help = format!("ECE only: read the user's password from FILE (`-` for standard input) [env: {}]", env::EC_PASS.name))]
    pub ec_password_file: Option<PathBuf>,
    #[arg(long, value_name = "PEM", help = format!("Trust this CA (PEM) for the API's certificate (ECE often uses a private CA); repeatable [env: {}]", env::EC_CA_CERT.name))]
    pub ec_ca_cert: Vec<PathBuf>,
    #[arg(long, value_name = "SHA256", help = format!("Trust the API certificate with this SHA-256 fingerprint [env: {}]", env::EC_CA_FINGERPRINT.name))]
    pub ec_ca_fingerprint: Option<String>,
    /// Do not verify the API's certificate (loud warning; for diagnosis only).
    #[arg(long)]
    pub ec_insecure: bool,
    /// Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies).
    #[arg(long, value_name = "URL")]
    pub ec_proxy: Option<ProxyUrl>,
    /// Time limit for each request attempt to the API.
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, default_value = "60s")]
    pub ec_timeout: Duration,
}

#[cfg(feature = "http")]
impl EcConnectionArgs {
    pub fn flags(&self) -> esconnect_core::settings::ConnectionFlags {
        use esconnect_core::Secret;
        esconnect_core::settings::ConnectionFlags {
            url: self.ec_host.clone(),
            api_key: self.ec_api_key.clone().map(Secret::new),
            api_key_file: self.ec_api_key_file.clone(),
            username: self.ec_username.clone(),
            password_file: self.ec_password_file.clone(),
            ca_cert: self.ec_ca_cert.clone(),
            ca_fingerprint: self.ec_ca_fingerprint.clone(),
            insecure: self.ec_insecure,
            proxy: self.ec_proxy.clone(),
            timeout: Some(self.ec_timeout),
            target: self.target.as_deref().and_then(|t| t.parse().ok()),
            ..Default::default()
        }
    }

    /// Resolves the API connection (flags, then `EC_*`): the base URL `https://HOST[:PORT]/api/v1`, the
    /// target and the API key.
    pub fn connect(
        &self,
        printer: &crate::Printer,
    ) -> crate::CliResult<esconnect_core::settings::Connection> {
        let c = esconnect_core::settings::resolve(
            self.flags(),
            esconnect_core::settings::ELASTIC_CLOUD,
            &esconnect_core::settings::process_env,
        )?;
        if c.url.defaulted_port {
            printer.verbose(&format!(
                "no port in the host: using {} (the ECE API's port)",
                esconnect_core::settings::DEFAULT_ECE_PORT
            ));
        }
        if self.ec_insecure {
            printer.warn_insecure();
        }
        if self.ec_api_key.is_some() {
            printer.verbose("the API key was given on the command line; --ec-api-key-file or $EC_API_KEY keep it out of the process list");
        }
        Ok(c)
    }
}

/// [`EcConnectionArgs`] for a command whose own `--target` already says ECE or ECH (`es-remote pair
/// import --target self|eck|ece|ech`): the same flags, without `--target`. The command sets
/// [`EcConnectionArgs::target`] from its own flag.
#[cfg(feature = "http")]
#[derive(Debug, Clone)]
pub struct EcApiArgs(pub EcConnectionArgs);

#[cfg(feature = "http")]
impl clap::FromArgMatches for EcApiArgs {
    fn from_arg_matches(m: &clap::ArgMatches) -> Result<Self, clap::Error> {
        EcConnectionArgs::from_arg_matches(m).map(Self)
    }
    fn update_from_arg_matches(&mut self, m: &clap::ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(m)
    }
}

#[cfg(feature = "http")]
impl Args for EcApiArgs {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        // The id stays `target` (the derive reads it); the flag moves out of the command's way, hidden.
        EcConnectionArgs::augment_args(cmd).mut_arg("target", |a| a.long("ec-target").hide(true))
    }
    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        EcConnectionArgs::augment_args_for_update(cmd)
            .mut_arg("target", |a| a.long("ec-target").hide(true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn durations() {
        assert_eq!(parse_duration("500ms").unwrap(), Duration::from_millis(500));
        assert_eq!(parse_duration("30").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_duration("2m").unwrap(), Duration::from_secs(120));
        assert!(parse_duration("2 weeks").is_err());
        assert!(parse_duration("-1s").is_err());
    }

    #[cfg(feature = "http")]
    #[test]
    fn the_three_profiles_flatten_together() {
        use clap::{CommandFactory, Parser};
        #[derive(Parser, Debug)]
        struct Both {
            #[command(flatten)]
            es: ConnectionArgs,
            #[command(flatten)]
            remote: RemoteConnectionArgs,
            #[command(flatten)]
            ec: EcConnectionArgs,
        }
        Both::command().debug_assert();
        let b = Both::try_parse_from([
            "x",
            "--es-url",
            "https://a",
            "--remote-es-url",
            "https://b",
            "--ec-host",
            "ece.example",
            "--target",
            "ech",
        ])
        .unwrap();
        assert_eq!(b.es.flags().url.as_deref(), Some("https://a"));
        assert_eq!(b.remote.flags().url.as_deref(), Some("https://b"));
        let ec = b.ec.flags();
        assert_eq!(ec.url.as_deref(), Some("ece.example"));
        assert_eq!(ec.target, Some(esconnect_core::settings::CloudTarget::Ech));
    }

    #[cfg(feature = "http")]
    #[test]
    fn ec_api_args_leave_target_to_the_command() {
        use clap::{CommandFactory, Parser};
        #[derive(Parser, Debug)]
        struct Import {
            #[arg(long, id = "kind", value_parser = ["self", "ece", "ech"])]
            target: String,
            #[command(flatten)]
            ec: EcApiArgs,
        }
        Import::command().debug_assert();
        let i = Import::try_parse_from(["x", "--target", "ech", "--ec-host", "h"]).unwrap();
        assert_eq!(i.target, "ech");
        assert_eq!(i.ec.0.ec_host.as_deref(), Some("h"));
        assert_eq!(i.ec.0.target, None);
    }
}
