//! `autoops-probe`: diagnosis of the three connections of the AutoOps agent (seed 001, "My organization's
//! firewall may be preventing Elastic Agent from collecting and sending metrics"), run where the agent
//! runs (inside its container or pod).
//!
//! It reads the agent's variables (`AUTOOPS_ES_URL`, `AUTOOPS_ES_API_KEY` or `AUTOOPS_ES_USERNAME` and
//! `AUTOOPS_ES_PASSWORD`, `AUTOOPS_OTEL_URL`, `ELASTIC_CLOUD_CONNECTED_MODE_API_URL`, `AUTOOPS_CA_CERT`,
//! the proxy variables), or an env file (`--env-file`, as autoops-env writes it), or flags; flags win
//! over the env file, which wins over the process environment.
//!
//! # Checks
//!
//! | component | check | sends |
//! |---|---|---|
//! | `environment` | `es_url`, `credentials`, `tls`, `ca_cert`, `proxy`, `otel_url`, `cloud_api_url`, `ssl_cert_file` | nothing |
//! | `elasticsearch` | `connect`, `version`, `api_key_form` (API keys only), `license`, `privileges` | `GET /`, `GET /_license`, `POST /_security/user/_has_privileges` with the cluster's credentials |
//! | `cloud-connected-api` | `reachable` | `POST <base>/api/v1/cloud-connected/clusters`, no credentials, a placeholder body |
//! | `otel-collector` | `reachable` | `POST <AUTOOPS_OTEL_URL>/v1/logs`, no token, `Content-Length: 0` |
//!
//! - The three connections are probed at the same time; each check has its own time limit
//!   (`--check-timeout`). `version` and `api_key_form` are read from the answer to `GET /` and report
//!   `elapsed_ms` 0.
//! - When `GET /` fails, the other cluster checks are `skip`. When the credentials are in conflict (both an
//!   API key and a username: `BOTH_AUTH_METHODS`), missing or malformed, or the URL or CA file is unusable,
//!   every cluster check is `skip` and nothing is sent to the cluster.
//! - The Cloud and OTel probes never carry credentials (no `Authorization` header) and register nothing:
//!   their documented 401 answers (`{"UnauthorizedMessages":["Invalid credential headers"],"Cause":null}`
//!   and `{"code":16,"message":"no auth provided"}`) mean "reachable". A 401 with another body, or a 2xx,
//!   is `UNEXPECTED_RESPONSE` (a proxy or middlebox answered); other statuses map as below.
//! - Trust: the cluster connection trusts the public roots plus `AUTOOPS_CA_CERT`/`--ca-cert` (as the agent
//!   does with `ssl.certificate_authorities`), not `SSL_CERT_FILE`; the Cloud and OTel connections trust
//!   the public roots plus `SSL_CERT_FILE` (e.g. a TLS-inspecting proxy's CA). `--insecure` turns off
//!   verification for the cluster connection only, with a warning and an `environment.tls` warn check.
//! - Retries: none by default (`--retries`, at most 3): a probe reports what it sees. The POSTs to Elastic
//!   Cloud are never retried.
//!
//! Settings decisions:
//! - The OTel URL in the current documented form (`https://otel-auto-ops.<region>.<csp>.svc.elastic.cloud`)
//!   passes; the older form of the troubleshooting page (`https://otel-collector.auto-ops.<region>.<csp>.cloud.elastic.co:4318`)
//!   passes with a note (both are documented and accepted); any other URL is a warning
//!   (`OTEL_URL_UNRECOGNISED`: "shouldn't be edited", but a relay may be intended), and a URL ending in
//!   `/v1/logs` is a warning (`OTEL_URL_HAS_PATH`: the agent appends the path itself, and so does the probe).
//! - A proxy that applies to the cluster's URL (its host is not in `NO_PROXY`) is a warning (`PROXY_FOR_ES`).
//! - Basic authentication as `elastic` is a warning (`SUPERUSER`), as seed 001 advises against it.
//!
//! # Codes
//!
//! Settings problems carry the code of `autoops_common::settings::resolve` (`BOTH_AUTH_METHODS`,
//! `BAD_URL`, `BAD_API_KEY`, `MISSING_PASSWORD`, `MISSING_USERNAME`, `PASSWORD_WITHOUT_USERNAME`,
//! `UNKNOWN_REGION`, `REGION_MISMATCH`) or the probe's own: `MISSING_ES_URL`, `MISSING_CREDENTIALS`,
//! `MISSING_OTEL_URL`, `BAD_CA_CERT`, `INSECURE`, `SUPERUSER`, `PROXY_FOR_ES`, `OTEL_URL_UNRECOGNISED`,
//! `OTEL_URL_HAS_PATH`. Cluster findings: `VERSION_MISMATCH` (below 7.17.0), `LICENSE_EXPIRED`,
//! `LICENSE_NOT_ACTIVE` (status neither active nor expired), `LICENSE_NOT_SUPPORTED` (not enterprise or
//! trial: "cluster license type is not supported"), `MISSING_PRIVILEGES` (each missing privilege listed),
//! `API_KEY_ENCODING` (a base64-encoded key on 9.1.0-9.1.3, which need `id:api_key`).
//!
//! Wire failures (`esconnect_core::failure::FailureKind`, by its code) map to these codes, seed 001's where
//! one applies:
//!
//! | failure kind | code |
//! |---|---|
//! | `dns` | `DNS` |
//! | `connection_refused` | `HTTP_0` |
//! | `connection_reset` | `HTTP_0` |
//! | `connection_closed` | `HTTP_0` |
//! | `other` | `HTTP_0` |
//! | `connect_timeout` | `CONNECT_TIMEOUT` |
//! | `response_timeout` | `HTTP_504` |
//! | `tls_unknown_authority` | `x509` |
//! | `tls_hostname_mismatch` | `TLS_HOSTNAME_MISMATCH` |
//! | `tls_expired` | `TLS_EXPIRED` |
//! | `tls_fingerprint_mismatch` | `TLS_FINGERPRINT_MISMATCH` |
//! | `tls_other` | `TLS_HANDSHAKE` |
//! | `plain_http_to_tls_port` | `PLAIN_HTTP_TO_TLS_PORT` |
//! | `tls_to_plain_port` | `TLS_TO_PLAIN_PORT` |
//! | `proxy_unreachable` | `PROXY_UNREACHABLE` |
//! | `proxy_refused` | `PROXY_REFUSED` |
//! | `proxy_auth_required` | `PROXY_AUTH_REQUIRED` |
//! | `http_401` | `HTTP_401` |
//! | `http_403` | `HTTP_403` |
//! | `http_404` | `HTTP_404` |
//! | `http_429` | `HTTP_429` |
//! | `http_502` | `HTTP_502` |
//! | `http_503` | `HTTP_503` |
//! | `http_504` | `HTTP_504` |
//! | `http_5xx` | `HTTP_<status>` |
//! | `http_4xx` | `HTTP_<status>` |
//! | `unexpected_body` | `UNEXPECTED_RESPONSE` |
//! | `redirect` | `REDIRECT` |
//! | `local_resources` | `LOCAL_RESOURCES` |
//!
//! Time limits: a check whose response does not arrive within `--check-timeout` is `HTTP_504` (seed 001's
//! "Request timed out"), whether the client's own timer or the check's fired first; a connection that
//! cannot be opened within `--connect-timeout` (which includes name resolution) is `CONNECT_TIMEOUT`.
//! A name that does not resolve is `DNS`. Each failure's remedy follows seed 001's "Proposed solution"
//! column and error table (see `codes.rs`).
//!
//! # Fleet
//!
//! `--inventory FILE` probes the Elasticsearch connection of many clusters (schema in [`inventory`]),
//! at most `--concurrency` at a time, with one HTTP client per distinct CA file; the settings, Cloud and
//! OTel checks are done once (`shared`). `--shard I/N` takes the clusters whose 0-based index `i` in the
//! inventory satisfies `i % N == I` (stable across runs as long as the file is); `--shards N` takes `I`
//! from `JOB_COMPLETION_INDEX`, so a Kubernetes Indexed Job with `completions: N` splits the fleet.
//!
//! Resources: each cluster gets its own connection pool, dropped when the cluster is done, so a finished
//! cluster holds no connection, TLS session or buffer: open files are bounded by `--concurrency` and memory
//! by the results. At start the probe raises its soft open-file limit to the hard limit and, if
//! `--concurrency` still does not fit (about 2 descriptors per cluster plus a reserve), lowers it and
//! says so on stderr. Running out of descriptors anyway (another process, `ENFILE`) is `LOCAL_RESOURCES`,
//! never a fault of the cluster.
//!
//! # Output and exit codes
//!
//! `--output json` prints one document: `{"ok", "checks": [{"id", "component", "status", "code",
//! "message", "remedy", "elapsed_ms"}]}` (fleet: `{"ok", "clusters": [{"name", "url", "ok", "checks"}],
//! "shared", "summary": {"total", "ok", "failed"}}`). `--output jsonl` (fleets) streams one line per
//! cluster as it finishes (`{"type": "cluster", "index", "name", "url", "ok", "checks"}`, `index` being
//! its position in the inventory), then `{"type": "summary", "ok", "shard"?, "shared", "summary"}`: a
//! fleet of any size needs no memory for its report. Exit 0 when no check failed (warnings allowed), 1
//! when one did, 2 for bad usage (bad flags, an unreadable `--env-file` or secret file, a malformed
//! inventory, a bad shard): then nothing is sent.

pub mod check;
pub mod codes;
pub mod environment;
pub mod fleet;
pub mod inventory;
pub mod probe;
pub mod render;

use autoops_common::cli::AgentArgs;
use autoops_common::settings::AutoOpsInput;
use check::{Check, Component, Report};
use clap::{CommandFactory, Parser};
use environment::{EnvOptions, FlagSettings};
use esconnect_cli::args::{OutputArgs, parse_duration};
use esconnect_cli::generate::Generate;
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::auth::Auth;
use esconnect_core::env;
use esconnect_core::http::{ClientConfig, Endpoint, HttpClient, RetryPolicy, TlsOptions};
use esconnect_core::proxy::ProxyUrl;
use inventory::Shard;
use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn positive_duration(s: &str) -> Result<Duration, String> {
    let d = parse_duration(s)?;
    if d.is_zero() {
        Err(format!("`{s}` must be more than zero"))
    } else {
        Ok(d)
    }
}

const AFTER_HELP: &str = "Exit status: 0 when no check failed (warnings allowed), 1 when a check failed, 2 for bad usage (nothing sent).
Run it where the agent runs (inside its container or pod): that is the network path that matters.";

#[derive(Debug, Parser)]
#[command(
    name = "autoops-probe",
    version,
    about = "Diagnose the AutoOps agent's three connections: Elasticsearch, the Cloud Connected API and the OTel collector",
    long_about = "Diagnose the AutoOps agent's three connections: Elasticsearch, the Cloud Connected API and the OTel collector.\n\nReads the agent's variables (or --env-file, or flags), checks them, then probes the three connections at the same time and reports each check with a code and a remedy. The Elastic Cloud endpoints get no credentials and nothing is registered. --inventory probes many clusters.",
    after_help = AFTER_HELP
)]
struct Cli {
    #[command(flatten)]
    output: OutputArgs,

    #[command(flatten)]
    agent: AgentArgs,
    #[arg(
        long,
        help_heading = "Agent settings",
        help = "Do not verify the cluster's certificate (loud warning; diagnosis only)"
    )]
    insecure: bool,
    #[arg(long, value_name = "URL", help_heading = "Agent settings", help = format!("Proxy for every connection (overrides {} and {}; {} still applies)", env::HTTPS_PROXY.name, env::HTTP_PROXY.name, env::NO_PROXY.name))]
    proxy: Option<ProxyUrl>,

    #[arg(long, value_name = "DURATION", value_parser = positive_duration, default_value = "10s", help_heading = "Probe", help = "Time limit of each check")]
    check_timeout: Duration,
    #[arg(long, value_name = "DURATION", value_parser = positive_duration, default_value = "5s", help_heading = "Probe", help = "Time limit to resolve and connect (at most --check-timeout)")]
    connect_timeout: Duration,
    #[arg(long, value_name = "N", default_value_t = 0, value_parser = clap::value_parser!(u32).range(0..=3), help_heading = "Probe", help = "Retries of the cluster's read requests on connection failures and 429/502/503/504")]
    retries: u32,

    #[arg(long, value_name = "FILE", help_heading = "Fleet", conflicts_with_all = ["es_url", "api_key_file", "username", "password_file"], help = "Probe the clusters listed in this YAML inventory (clusters: [{name, url, api_key_env | api_key_file | username + password_env | password_file, ca_cert?}])")]
    inventory: Option<PathBuf>,
    #[arg(long, value_name = "N", default_value_t = 32, value_parser = clap::value_parser!(u32).range(1..=1024), help_heading = "Fleet", help = "Clusters probed at the same time")]
    concurrency: u32,
    #[arg(long, value_name = "I/N", value_parser = Shard::parse, requires = "inventory", conflicts_with = "shards", help_heading = "Fleet", help = "Probe only the clusters whose 0-based index i in the inventory has i % N == I")]
    shard: Option<Shard>,
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..), requires = "inventory", help_heading = "Fleet", help = format!("Split into N shares and take share ${} (a Kubernetes Indexed Job)", env::JOB_COMPLETION_INDEX.name))]
    shards: Option<u32>,

    #[arg(
        long,
        value_enum,
        value_name = "WHAT",
        hide_short_help = true,
        help = "Print a man page or shell completions and exit"
    )]
    generate: Option<Generate>,
}

/// The full command line definition (for man pages, completions and docs).
pub fn command() -> clap::Command {
    <Cli as CommandFactory>::command()
}

esconnect_cli::tool_cli!(Cli);

/// The entry point.
pub fn run(args: Vec<OsString>) -> CliResult<u8> {
    let Some((cli, printer)) = esconnect_cli::parse::<Cli>(args)? else {
        return Ok(esconnect_core::exit::SUCCESS);
    };
    if let Some(p) = &cli.proxy {
        esconnect_core::url::parse_proxy_url(p.expose()).map_err(|e| CliError::usage(format!("--proxy: {e}")).with_remedy("Give the proxy as http://HOST:PORT (credentials as http://user:password@HOST:PORT)."))?;
    }
    if cli.insecure {
        printer.warn(
            "--insecure: TLS certificate verification is OFF for the Elasticsearch connection. A pass does not mean the agent will trust the certificate; give AUTOOPS_CA_CERT instead.",
        );
    }

    let flags = FlagSettings {
        es_url: cli.agent.es_url.clone(),
        api_key_file: cli.agent.api_key_file.clone(),
        username: cli.agent.username.clone(),
        password_file: cli.agent.password_file.clone(),
        otel_url: cli.agent.otel_url.clone(),
        region: cli.agent.region.clone(),
        cloud_api_url: cli.agent.cloud_connected_url.clone(),
        ca_cert: cli.agent.ca_cert.clone(),
    };
    let mut input = environment::flag_input(&flags)?;
    if let Some(path) = &cli.agent.env_file {
        input = input.or(environment::env_file_input(path)?);
    }
    input = input.or(AutoOpsInput::from_process_env());
    let opts = EnvOptions {
        proxy_flag: cli.proxy.clone(),
        insecure: cli.insecure,
        ssl_cert_file: env::SSL_CERT_FILE.get().map(PathBuf::from),
        fleet: cli.inventory.is_some(),
    };
    match cli.inventory.clone() {
        Some(path) => run_fleet(&cli, &printer, input, opts, &path),
        None => run_single(&cli, &printer, input, opts),
    }
}

fn base_config(cli: &Cli, proxy: esconnect_core::proxy::ProxyConfig) -> ClientConfig {
    let retry = if cli.retries == 0 {
        RetryPolicy::NONE
    } else {
        RetryPolicy {
            max_attempts: cli.retries + 1,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(1),
            max_elapsed: cli.check_timeout,
        }
    };
    ClientConfig {
        tls: TlsOptions::default(),
        proxy,
        connect_timeout: cli.connect_timeout.min(cli.check_timeout),
        timeout: cli.check_timeout,
        retry,
        user_agent: format!("autoops-probe/{}", env!("CARGO_PKG_VERSION")),
        extra_roots: Vec::new(),
    }
}

/// The client of the Elastic Cloud connections (public roots plus `SSL_CERT_FILE`), or why there is none.
fn cloud_endpoints(
    base: &ClientConfig,
    a: &environment::Assessment,
    ssl_cert_file: Option<PathBuf>,
) -> (Result<Endpoint, String>, Result<Endpoint, String>) {
    let client = HttpClient::new(ClientConfig {
        extra_roots: ssl_cert_file.into_iter().collect(),
        ..base.clone()
    })
    .map_err(|e| format!("cannot set up TLS for the Elastic Cloud connections: {e}"));
    let cloud = match (&a.cloud_blocked, &client) {
        (Some(r), _) => Err(r.clone()),
        (None, Err(e)) => Err(e.clone()),
        (None, Ok(c)) => Ok(Endpoint::new(
            c.clone(),
            a.settings.cloud_api_url.clone(),
            None,
        )),
    };
    let otel = match (&a.otel_blocked, &client, &a.settings.otel_url) {
        (Some(r), _, _) => Err(r.clone()),
        (None, Err(e), _) => Err(e.clone()),
        (None, Ok(c), Some(u)) => Ok(Endpoint::new(c.clone(), u.clone(), None)),
        (None, Ok(_), None) => Err("no OTel URL".to_string()),
    };
    (cloud, otel)
}

async fn shared_probes(
    cloud: &Result<Endpoint, String>,
    otel: &Result<Endpoint, String>,
    limit: Duration,
) -> (Check, Check) {
    let cloud = async {
        match cloud {
            Ok(e) => probe::cloud_connected_api(e, limit).await,
            Err(r) => Check::skip(
                Component::CloudConnectedApi,
                "reachable",
                format!("not run: {r}"),
            ),
        }
    };
    let otel = async {
        match otel {
            Ok(e) => probe::otel_collector(e, limit).await,
            Err(r) => Check::skip(
                Component::OtelCollector,
                "reachable",
                format!("not run: {r}"),
            ),
        }
    };
    tokio::join!(cloud, otel)
}

fn exit_for(ok: bool) -> u8 {
    if ok {
        esconnect_core::exit::SUCCESS
    } else {
        esconnect_core::exit::FAILURE
    }
}

fn run_single(
    cli: &Cli,
    printer: &Printer,
    input: AutoOpsInput,
    opts: EnvOptions,
) -> CliResult<u8> {
    let a = environment::assess(input, &opts);
    let base = base_config(cli, a.proxy.clone());
    let limit = cli.check_timeout;
    let api_key = matches!(a.settings.auth, Some(Auth::ApiKey(_)));
    let es: Result<probe::EsTarget, String> =
        match (&a.es_blocked, &a.settings.es_url, &a.settings.auth) {
            (Some(r), _, _) => Err(r.clone()),
            (None, Some(u), Some(auth)) => {
                let ca_certs = if cli.insecure {
                    vec![]
                } else {
                    a.settings.ca_cert.iter().cloned().collect()
                };
                let tls = TlsOptions {
                    ca_certs,
                    ca_fingerprint: None,
                    insecure: cli.insecure,
                };
                HttpClient::new(ClientConfig {
                    tls,
                    ..base.clone()
                })
                .map(|c| probe::EsTarget {
                    endpoint: Endpoint::new(c, u.url.clone(), Some(auth.clone())),
                    api_key_form: a.settings.api_key_form,
                })
                .map_err(|e| format!("cannot set up TLS for the cluster: {e}"))
            }
            _ => Err("the Elasticsearch settings are incomplete".to_string()),
        };
    let (cloud, otel) = cloud_endpoints(&base, &a, opts.ssl_cert_file.clone());

    let rt = esconnect_cli::runtime()?;
    let (es_checks, (cloud_check, otel_check)) = rt.block_on(async {
        let es_fut = async {
            match &es {
                Ok(t) => probe::elasticsearch(t, limit, true).await,
                Err(r) => probe::skipped_elasticsearch(api_key, r),
            }
        };
        tokio::join!(es_fut, shared_probes(&cloud, &otel, limit))
    });
    // Connections stuck in a hung server or resolver must not hold the exit.
    rt.shutdown_background();

    let mut checks = a.checks;
    checks.extend(es_checks);
    checks.push(cloud_check);
    checks.push(otel_check);
    let secrets: Vec<&esconnect_core::Secret> = a.secrets.iter().collect();
    for c in &mut checks {
        c.scrub(&secrets);
    }
    let report = Report::new(checks);
    printer.data(&report, |s| render::single(&report, s))?;
    Ok(exit_for(report.ok))
}

fn inventory_error(path: &Path, e: impl std::fmt::Display) -> CliError {
    CliError::usage(format!("the inventory {}: {e}", path.display())).with_remedy(
        "Each entry of `clusters:` needs `name`, `url`, and one of `api_key_env`, `api_key_file`, or `username` with `password_env` or `password_file`; `ca_cert` is optional.",
    )
}

fn run_fleet(
    cli: &Cli,
    printer: &Printer,
    input: AutoOpsInput,
    opts: EnvOptions,
    path: &Path,
) -> CliResult<u8> {
    // Everything about the clusters is checked before anything is sent.
    let text = std::fs::read_to_string(path).map_err(|e| inventory_error(path, e))?;
    let base_dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let refs = inventory::parse(&text, &base_dir).map_err(|e| inventory_error(path, e))?;
    let shard = match (cli.shard, cli.shards) {
        (Some(s), _) => Some(s),
        (None, Some(n)) => {
            let var = env::JOB_COMPLETION_INDEX.name;
            let raw = env::JOB_COMPLETION_INDEX.get().ok_or_else(|| {
                CliError::usage(format!("--shards {n} needs ${var}")).with_remedy(format!(
                    "Run as a Kubernetes Indexed Job (which sets {var}), or use --shard I/{n}."
                ))
            })?;
            let i: u32 = raw
                .trim()
                .parse()
                .map_err(|_| CliError::usage(format!("${var} is `{raw}`, not a share index")))?;
            Some(
                Shard::new(i, n)
                    .map_err(|e| CliError::usage(format!("--shards {n} with ${var}={i}: {e}")))?,
            )
        }
        (None, None) => None,
    };
    let lookup = |v: &str| std::env::var(v).ok();
    let clusters: Vec<inventory::Cluster> = refs
        .iter()
        .filter(|r| shard.is_none_or(|s| s.contains(r.index)))
        .map(|r| r.load(&lookup))
        .collect::<Result<_, _>>()
        .map_err(|e| inventory_error(path, e))?;
    let a = environment::assess(input, &opts);
    let default_ca = if cli.insecure {
        None
    } else {
        a.settings.ca_cert.clone()
    };
    if let Some(ca) = &default_ca
        && clusters.iter().any(|c| c.ca_cert.is_none())
    {
        esconnect_core::http::tls::load_pem_certs(ca).map_err(|e| {
            CliError::usage(format!(
                "the default CA for the inventory's clusters (--ca-cert or ${}): {e}",
                env::AUTOOPS_CA_CERT.name
            ))
        })?;
    }
    if !cli.insecure {
        for c in &clusters {
            if let Some(ca) = &c.ca_cert {
                esconnect_core::http::tls::load_pem_certs(ca).map_err(|e| {
                    inventory_error(
                        path,
                        format!("clusters[{}] (`{}`): field `ca_cert`: {e}", c.index, c.name),
                    )
                })?;
            }
        }
    }
    let concurrency = fit_concurrency(printer, cli.concurrency as usize);
    let fopts = fleet::FleetOptions {
        concurrency,
        check_timeout: cli.check_timeout,
        insecure: cli.insecure,
        default_ca,
    };
    let base = base_config(cli, a.proxy.clone());
    let clients = fleet::clients(&clusters, &base, &fopts).map_err(|e| inventory_error(path, e))?;
    let (cloud, otel) = cloud_endpoints(&base, &a, opts.ssl_cert_file.clone());
    tracing::info!(clusters = clusters.len(), tls_configs = clients.len(), concurrency = fopts.concurrency, shard = ?shard.map(|s| s.to_string()), "probing the fleet");

    let progress = if std::io::stderr().is_terminal() && !printer.quiet {
        let pb = indicatif::ProgressBar::new(clusters.len() as u64);
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{spinner} probing clusters {pos}/{len} [{elapsed}] {wide_bar}",
        ) {
            pb.set_style(style);
        }
        pb
    } else {
        indicatif::ProgressBar::hidden()
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| CliError::failure(format!("cannot start the async runtime: {e}")))?;
    let shard_shown = shard.map(|s| s.to_string());
    let jsonl = printer.format == esconnect_cli::OutputFormat::Jsonl;
    // JSON Lines: each cluster's line as it finishes, nothing kept; otherwise the reports, for one
    // document in inventory order.
    let mut collected: Vec<(usize, check::ClusterReport)> = Vec::new();
    let mut totals = check::Summary {
        total: 0,
        ok: 0,
        failed: 0,
    };
    let sink = |index: usize, report: check::ClusterReport| -> CliResult<()> {
        totals.total += 1;
        if report.ok {
            totals.ok += 1;
        } else {
            totals.failed += 1;
        }
        if jsonl {
            let line = render::ClusterLine {
                kind: "cluster",
                index,
                report: &report,
            };
            printer.raw(&printer.json_line(&line)?)
        } else {
            collected.push((index, report));
            Ok(())
        }
    };
    let (probed, (cloud_check, otel_check)) = rt.block_on(async {
        tokio::join!(
            fleet::probe_clusters(clusters, &clients, &fopts, &a.proxy, progress, sink),
            shared_probes(&cloud, &otel, cli.check_timeout)
        )
    });
    rt.shutdown_background();
    probed?;

    let mut shared = a.checks;
    shared.push(cloud_check);
    shared.push(otel_check);
    let secrets: Vec<&esconnect_core::Secret> = a.secrets.iter().collect();
    for c in &mut shared {
        c.scrub(&secrets);
    }
    if jsonl {
        let ok = totals.failed == 0 && !shared.iter().any(Check::failed);
        let line = render::SummaryLine {
            kind: "summary",
            ok,
            shard: shard_shown,
            shared: &shared,
            summary: totals,
        };
        printer.raw(&printer.json_line(&line)?)?;
        return Ok(exit_for(ok));
    }
    collected.sort_by_key(|(i, _)| *i);
    let report = fleet::report(collected.into_iter().map(|(_, r)| r).collect(), shared);
    printer.data(&report, |s| render::fleet(&report, shard_shown, s))?;
    Ok(exit_for(report.ok))
}

/// Raises the open-file limit to the hard limit where allowed and caps the concurrency to what fits in
/// it, saying so on stderr: running out of descriptors must never look like a cluster's fault.
fn fit_concurrency(printer: &Printer, requested: usize) -> usize {
    use esconnect_core::limits;
    let nofile = limits::raise_nofile(1 << 20);
    if let (Some(from), Some(to)) = (nofile.raised_from, nofile.soft) {
        printer.verbose(&format!(
            "raised the open-file limit (RLIMIT_NOFILE) from {from} to {to}"
        ));
    }
    let fits = limits::fit_concurrency(requested, fleet::FDS_PER_CLUSTER, nofile.soft);
    if fits < requested {
        printer.warn(&format!(
            "--concurrency {requested} needs about {} open files but the limit (ulimit -n) is {}: probing {fits} clusters at a time. Raise the limit (ulimit -n; the hard limit is {}) to go faster.",
            requested as u64 * fleet::FDS_PER_CLUSTER + limits::RESERVED_FDS,
            nofile.soft.unwrap_or(0),
            nofile.hard.map_or_else(|| "unlimited".to_string(), |h| h.to_string()),
        ));
    }
    fits
}
