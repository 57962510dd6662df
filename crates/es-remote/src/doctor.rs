//! `es-remote doctor ALIAS`: every check of a remote connection, run concurrently, each with a status, a
//! stable code, a message and a remedy (the report has the shape of `autoops-probe`'s).
//!
//! The network and TLS checks run from where es-remote runs: the local cluster's nodes may see another
//! network (the report says so). The causes come from Elasticsearch's own messages (elastic-facts.md §2.7).

use crate::address::{self, parse_address};
use crate::cluster::{API_KEY_MODEL_SINCE, Local, RESOLVE_CLUSTER_SINCE};
use esconnect_cli::ops::connect_with_credentials;
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::http::Request;
use esconnect_core::models::remote_cluster::{
    REMOTE_CLUSTER_SERVER_PORT, RemoteCause, RemoteInfo, TRANSPORT_PORT,
};
use esconnect_core::models::version::Version;
use esconnect_core::pki::handshake::{self, Target};
use serde::Serialize;
use serde_json::Value;
use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime};

/// The issuer of the certificates ECK and auto-configured clusters put on the transport port.
const TRANSPORT_CA_NAME: &str = "Elastic Auto Transport CA";
/// Certificates closer than this to their end earn a warning.
const EXPIRY_WARN_DAYS: i64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Warn,
    Fail,
    Skip,
}

#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub id: &'static str,
    pub status: Status,
    pub code: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remedy: Option<String>,
    pub elapsed_ms: u64,
}

#[derive(Debug, Serialize)]
pub struct DoctorReport {
    pub ok: bool,
    pub alias: String,
    /// Where the network and TLS checks ran from.
    pub vantage: &'static str,
    pub checks: Vec<Check>,
}

/// What the checks share, read once.
struct Facts {
    alias: String,
    mode: String,
    address: Option<String>,
    server_name: Option<String>,
    info: Option<RemoteInfo>,
}

impl Facts {
    fn api_key(&self) -> bool {
        self.info.as_ref().is_some_and(RemoteInfo::uses_api_key)
    }
}

fn check(
    id: &'static str,
    started: Instant,
    status: Status,
    code: &str,
    message: String,
    remedy: Option<&str>,
) -> Check {
    Check {
        id,
        status,
        code: code.to_string(),
        message,
        remedy: remedy.map(str::to_string),
        elapsed_ms: started.elapsed().as_millis() as u64,
    }
}

fn from_cause(id: &'static str, started: Instant, cause: RemoteCause, said: &str) -> Check {
    check(
        id,
        started,
        Status::Fail,
        cause.code(),
        format!("{}; Elasticsearch said: {said}", cause.summary()),
        Some(cause.remedy()),
    )
}

fn settings_check(f: &Facts, started: Instant) -> Check {
    let Some(addr) = &f.address else {
        return check(
            "settings",
            started,
            Status::Fail,
            "NO_ADDRESS",
            format!("`{}` has no proxy_address or seeds", f.alias),
            Some("es-remote add ALIAS --proxy-address HOST:PORT"),
        );
    };
    let first = addr.split(',').next().unwrap_or_default();
    let parsed = match parse_address(first) {
        Ok(a) => a,
        Err(e) => {
            return check(
                "settings",
                started,
                Status::Fail,
                "BAD_ADDRESS",
                e,
                Some("es-remote add ALIAS --proxy-address HOST:PORT"),
            );
        }
    };
    if f.mode != "proxy" && address::looks_like_cloud(&parsed.host) {
        return check(
            "settings",
            started,
            Status::Fail,
            "SNIFF_TO_CLOUD",
            format!(
                "`{}` is in {} mode, but {} looks like an ECE, ECH or ECK endpoint, which needs proxy mode",
                f.alias, f.mode, parsed.host
            ),
            Some("es-remote add ALIAS --proxy-address HOST:PORT --server-name NAME"),
        );
    }
    check(
        "settings",
        started,
        Status::Pass,
        "OK",
        format!(
            "{} mode, address {addr}{}",
            f.mode,
            f.server_name
                .as_deref()
                .map(|n| format!(", server name {n}"))
                .unwrap_or_default()
        ),
        None,
    )
}

async fn nodes_check(local: &Local, f: &Facts) -> Check {
    let started = Instant::now();
    let resp = local
        .ep
        .call_json::<Value>(
            &Request::get("/_nodes")
                .query("filter_path", "nodes.*.name,nodes.*.roles,nodes.*.version"),
        )
        .await;
    let v = match resp {
        Ok(v) => v,
        Err(e) => {
            return check(
                "nodes",
                started,
                Status::Fail,
                e.kind.code(),
                format!("GET /_nodes: {e}"),
                Some(e.remedy()),
            );
        }
    };
    let nodes: Vec<(String, Vec<String>, Option<Version>)> = v
        .get("nodes")
        .and_then(Value::as_object)
        .map(|m| {
            m.values()
                .map(|n| {
                    (
                        n.get("name")
                            .and_then(Value::as_str)
                            .unwrap_or("?")
                            .to_string(),
                        n.get("roles")
                            .and_then(Value::as_array)
                            .map(|r| {
                                r.iter()
                                    .filter_map(Value::as_str)
                                    .map(str::to_string)
                                    .collect()
                            })
                            .unwrap_or_default(),
                        n.get("version")
                            .and_then(Value::as_str)
                            .and_then(Version::parse),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let clients = nodes
        .iter()
        .filter(|(_, roles, _)| roles.iter().any(|r| r == "remote_cluster_client"))
        .count();
    if clients == 0 {
        return check(
            "nodes",
            started,
            Status::Fail,
            "NO_REMOTE_CLUSTER_CLIENT",
            format!(
                "none of the {} nodes has the remote_cluster_client role",
                nodes.len()
            ),
            Some(
                "give some nodes node.roles: [..., remote_cluster_client] (it is in the default roles) and restart them",
            ),
        );
    }
    let old: Vec<String> = nodes
        .iter()
        .filter(|(_, _, v)| v.is_some_and(|v| v < API_KEY_MODEL_SINCE))
        .map(|(n, _, v)| format!("{n} ({})", v.map(|v| v.to_string()).unwrap_or_default()))
        .collect();
    if f.api_key() && !old.is_empty() {
        return check(
            "nodes",
            started,
            Status::Fail,
            "VERSION_TOO_OLD",
            format!(
                "the API key model needs 8.14+ on every node; older: {}",
                old.join(", ")
            ),
            Some("upgrade the local cluster to 8.14 or later, or use the certificate model"),
        );
    }
    check(
        "nodes",
        started,
        Status::Pass,
        "OK",
        format!(
            "{clients} of {} nodes have the remote_cluster_client role",
            nodes.len()
        ),
        None,
    )
}

async fn network_check(addr: &str) -> Check {
    let started = Instant::now();
    let Ok(a) = parse_address(addr) else {
        return check(
            "network",
            started,
            Status::Skip,
            "SKIPPED",
            "no address to connect to".into(),
            None,
        );
    };
    let target = (a.host.clone(), a.port);
    let resolved = match tokio::time::timeout(
        Duration::from_secs(5),
        tokio::net::lookup_host(target),
    )
    .await
    {
        Ok(Ok(list)) => list.collect::<Vec<_>>(),
        Ok(Err(e)) => {
            return check(
                "network",
                started,
                Status::Fail,
                "DNS",
                format!("{} does not resolve: {e}", a.host),
                Some(
                    "check the host name; the local cluster's nodes may use another DNS than this machine",
                ),
            );
        }
        Err(_) => {
            return check(
                "network",
                started,
                Status::Fail,
                "DNS",
                format!("resolving {} timed out", a.host),
                None,
            );
        }
    };
    let Some(first) = resolved.first().copied() else {
        return check(
            "network",
            started,
            Status::Fail,
            "DNS",
            format!("{} resolves to nothing", a.host),
            None,
        );
    };
    match tokio::time::timeout(
        Duration::from_secs(5),
        tokio::net::TcpStream::connect(first),
    )
    .await
    {
        Ok(Ok(_)) => check(
            "network",
            started,
            Status::Pass,
            "OK",
            format!(
                "TCP connect to {} ({first}) from where es-remote runs",
                a.setting()
            ),
            None,
        ),
        Ok(Err(e)) => check(
            "network",
            started,
            Status::Fail,
            "REMOTE_UNREACHABLE",
            format!(
                "cannot connect to {} ({first}) from where es-remote runs: {e}",
                a.setting()
            ),
            Some(RemoteCause::Unreachable.remedy()),
        ),
        Err(_) => check(
            "network",
            started,
            Status::Fail,
            "CONNECT_TIMEOUT",
            format!("connecting to {} timed out after 5s", a.setting()),
            Some("a firewall drops the packets, or the address is wrong"),
        ),
    }
}

/// The TLS check, and whether the server asked for a client certificate (a transport port), when known.
async fn tls_check(f: &Facts, cas: Vec<Vec<u8>>) -> (Check, Option<bool>) {
    let started = Instant::now();
    let Some(addr) = f
        .address
        .as_deref()
        .and_then(|a| a.split(',').next())
        .map(str::to_string)
    else {
        return (
            check(
                "tls",
                started,
                Status::Skip,
                "SKIPPED",
                "no address".into(),
                None,
            ),
            None,
        );
    };
    let target = Target {
        address: addr.clone(),
        server_name: f.server_name.clone(),
        cas,
        timeout: Duration::from_secs(5),
    };
    let report = match tokio::task::spawn_blocking(move || handshake::probe(&target)).await {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => {
            return (
                check(
                    "tls",
                    started,
                    Status::Fail,
                    "TLS_HANDSHAKE",
                    e.to_string(),
                    Some(
                        "the address does not speak TLS, or the connection failed: see the network check",
                    ),
                ),
                None,
            );
        }
        Err(e) => {
            return (
                check(
                    "tls",
                    started,
                    Status::Fail,
                    "TLS_HANDSHAKE",
                    format!("the handshake task failed: {e}"),
                    None,
                ),
                None,
            );
        }
    };
    let requested = Some(report.client_cert_requested);
    let leaf = report
        .chain
        .first()
        .and_then(|d| esconnect_core::pki::x509::inspect(d, SystemTime::now()).ok());
    let issuer = leaf.as_ref().map(|l| l.issuer.clone()).unwrap_or_default();
    let transport_ca = issuer.contains(TRANSPORT_CA_NAME);
    if report.client_cert_requested {
        let msg = format!(
            "{addr} asked for a client certificate: it is a transport port (9300){}",
            if transport_ca {
                format!(", issued by {TRANSPORT_CA_NAME}")
            } else {
                String::new()
            }
        );
        if f.api_key() {
            return (
                check(
                    "tls",
                    started,
                    Status::Fail,
                    RemoteCause::WrongPortTransport.code(),
                    format!(
                        "{msg}, but the API key model connects to the remote cluster server port"
                    ),
                    Some(RemoteCause::WrongPortTransport.remedy()),
                ),
                requested,
            );
        }
        return (
            check(
                "tls",
                started,
                Status::Pass,
                "TRANSPORT_PORT",
                format!("{msg}: right for the certificate model, which needs mutual trust"),
                None,
            ),
            requested,
        );
    }
    if !report.trusted {
        let code = if transport_ca {
            RemoteCause::WrongPortTransport
        } else {
            RemoteCause::UntrustedCertificate
        };
        return (
            check(
                "tls",
                started,
                Status::Fail,
                code.code(),
                format!(
                    "the certificate of {addr} is not trusted by the {}: {}{}",
                    report.trusted_by,
                    report.trust_error.unwrap_or_default(),
                    if issuer.is_empty() {
                        String::new()
                    } else {
                        format!(" (issuer {issuer})")
                    }
                ),
                Some(if report.trusted_by == "public roots" {
                    "give the remote's CA with --remote-ca FILE to check against it, and configure it on the local nodes (es-remote config client --ca-file)"
                } else {
                    code.remedy()
                }),
            ),
            requested,
        );
    }
    if !report.name_matches {
        return (
            check(
                "tls",
                started,
                Status::Fail,
                "TLS_HOSTNAME_MISMATCH",
                format!(
                    "the certificate of {addr} is not valid for `{}`",
                    report.server_name
                ),
                Some(
                    "set --server-name to a name in the remote's certificate (es-remote add ALIAS --server-name NAME)",
                ),
            ),
            requested,
        );
    }
    if let Some(l) = &leaf {
        if l.expired {
            return (
                check(
                    "tls",
                    started,
                    Status::Fail,
                    "TLS_EXPIRED",
                    format!("the certificate of {addr} expired on {}", l.not_after),
                    Some("renew the remote's certificate"),
                ),
                requested,
            );
        }
        if l.days_left < EXPIRY_WARN_DAYS {
            return (
                check(
                    "tls",
                    started,
                    Status::Warn,
                    "TLS_EXPIRES_SOON",
                    format!(
                        "the certificate of {addr} expires in {} days ({})",
                        l.days_left, l.not_after
                    ),
                    Some("renew the remote's certificate"),
                ),
                requested,
            );
        }
    }
    (
        check(
            "tls",
            started,
            Status::Pass,
            "OK",
            format!(
                "{addr} presents a certificate for `{}` trusted by the {}",
                report.server_name, report.trusted_by
            ),
            None,
        ),
        requested,
    )
}

fn credentials_check(f: &Facts, started: Instant, transport: Option<bool>) -> Check {
    // What the port is: the TLS check saw whether it asks for a client certificate (a transport port);
    // without that, the conventional port numbers.
    let port = f
        .address
        .as_deref()
        .and_then(|a| parse_address(a.split(',').next()?).ok())
        .map(|a| a.port);
    let is_transport = transport.or(match port {
        Some(TRANSPORT_PORT) => Some(true),
        Some(REMOTE_CLUSTER_SERVER_PORT) => Some(false),
        _ => None,
    });
    match (f.api_key(), is_transport) {
        (true, Some(true)) => check(
            "credentials",
            started,
            Status::Fail,
            RemoteCause::WrongPortTransport.code(),
            "the keystore holds credentials (API key model) but the address is a transport port".into(),
            Some(RemoteCause::WrongPortTransport.remedy()),
        ),
        (false, Some(false)) => check(
            "credentials",
            started,
            Status::Fail,
            RemoteCause::MissingCredentials.code(),
            "the address is a remote cluster server port (API key model), but Elasticsearch reports no cluster_credentials for the alias".into(),
            Some(RemoteCause::MissingCredentials.remedy()),
        ),
        (true, _) => check(
            "credentials",
            started,
            Status::Pass,
            "OK",
            "API key model: the keystore holds cluster.remote credentials for the alias".into(),
            None,
        ),
        (false, _) => check(
            "credentials",
            started,
            Status::Pass,
            "OK",
            "certificate model: no credentials in the keystore for the alias".into(),
            None,
        ),
    }
}

async fn connection_check(local: &Local, f: &Facts, version: Option<Version>) -> Check {
    let started = Instant::now();
    if version.is_some_and(|v| v >= RESOLVE_CLUSTER_SINCE) {
        match local.resolve(&f.alias).await {
            Ok(Some(r)) if r.connected => {
                return check(
                    "connection",
                    started,
                    Status::Pass,
                    "OK",
                    "connected (GET /_resolve/cluster)".into(),
                    None,
                );
            }
            Ok(Some(r)) => {
                let said = r
                    .error
                    .unwrap_or_else(|| "connected: false, no reason given".into());
                return match RemoteCause::from_error(&said) {
                    Some(c) => from_cause("connection", started, c, &said),
                    None => check(
                        "connection",
                        started,
                        Status::Fail,
                        "NOT_CONNECTED",
                        format!("not connected; Elasticsearch said: {said}"),
                        Some("read the local nodes' logs for the remote connection"),
                    ),
                };
            }
            Ok(None) => {}
            Err(e) => {
                return check(
                    "connection",
                    started,
                    Status::Fail,
                    "RESOLVE_FAILED",
                    e.message,
                    e.remedy.as_deref(),
                );
            }
        }
    }
    if f.info.as_ref().is_some_and(|i| i.connected) {
        check(
            "connection",
            started,
            Status::Pass,
            "OK",
            "connected (GET /_remote/info)".into(),
            None,
        )
    } else {
        check("connection", started, Status::Fail, "NOT_CONNECTED", "_remote/info says connected: false (this version gives no reason: read the local nodes' logs)".into(), None)
    }
}

/// The remote side, when its connection is given: the remote cluster server is enabled, and the key the
/// local cluster holds exists, is a cross-cluster key, and is neither expired nor invalidated.
async fn remote_checks(
    remote: &esconnect_core::http::Endpoint,
    key_id: Option<&str>,
    api_key_model: bool,
) -> Vec<Check> {
    let mut out = Vec::new();
    let started = Instant::now();
    // Node settings from elasticsearch.yml: the nodes API shows `remote_cluster_server` (its bound and
    // publish addresses) on every node where the server is enabled, and the setting itself.
    let req = Request::get("/_nodes").query(
        "filter_path",
        "nodes.*.name,nodes.*.remote_cluster_server,nodes.*.settings.remote_cluster_server",
    );
    match remote.call_json::<Value>(&req).await {
        Ok(v) => {
            let nodes: Vec<&Value> = v
                .get("nodes")
                .and_then(Value::as_object)
                .map(|m| m.values().collect())
                .unwrap_or_default();
            let on = nodes
                .iter()
                .filter(|n| {
                    n.get("remote_cluster_server").is_some()
                        || n.pointer("/settings/remote_cluster_server/enabled")
                            .and_then(|e| e.as_str().map(|s| s == "true").or(e.as_bool()))
                            == Some(true)
                })
                .count();
            out.push(match (on > 0, api_key_model) {
                (true, _) => check("remote_server", started, Status::Pass, "OK", format!("the remote cluster server is enabled on {on} of the remote's {} nodes", nodes.len()), None),
                (false, true) => check("remote_server", started, Status::Fail, "REMOTE_SERVER_DISABLED", "no node of the remote has remote_cluster_server.enabled: nothing listens for the API key model".into(), Some("set remote_cluster_server.enabled: true on the remote's nodes (es-remote config server) and restart them")),
                (false, false) => check("remote_server", started, Status::Pass, "OK", "the remote cluster server is off, as the certificate model needs no such server".into(), None),
            });
        }
        Err(e) => out.push(check(
            "remote_server",
            started,
            Status::Fail,
            e.kind.code(),
            format!("reading the remote's settings: {e}"),
            Some(e.remedy()),
        )),
    }
    let started = Instant::now();
    let Some(id) = key_id else {
        out.push(check("remote_key", started, Status::Skip, "SKIPPED", "give --key-file (the key the local keystore holds; only its id is read) to check it on the remote".into(), None));
        return out;
    };
    let req = Request::get("/_security/api_key").query("id", id);
    // A 404 is no key; any other failure (sending, status, body) is reported once.
    let read = match remote.send(&req).await {
        Ok(r) if r.status == 404 => Ok(None),
        Ok(r) => r
            .error_for_status()
            .and_then(|r| r.json::<Value>())
            .map(|v| v.pointer("/api_keys/0").cloned()),
        Err(e) => Err(e),
    };
    let key = match read {
        Ok(key) => key,
        Err(e) => {
            out.push(check(
                "remote_key",
                started,
                Status::Fail,
                e.kind.code(),
                format!("reading the key on the remote: {e}"),
                Some(e.remedy()),
            ));
            return out;
        }
    };
    let now_ms = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0);
    out.push(match key {
        None => check("remote_key", started, Status::Fail, RemoteCause::InvalidKey.code(), format!("the remote has no API key `{id}`"), Some(RemoteCause::InvalidKey.remedy())),
        Some(k) if k.get("type").and_then(Value::as_str).is_some_and(|t| t != "cross_cluster") => check("remote_key", started, Status::Fail, RemoteCause::RestKeyInsteadOfCrossCluster.code(), format!("the key `{id}` is a REST API key"), Some(RemoteCause::RestKeyInsteadOfCrossCluster.remedy())),
        Some(k) if k.get("invalidated").and_then(Value::as_bool) == Some(true) => check("remote_key", started, Status::Fail, RemoteCause::InvalidKey.code(), format!("the key `{id}` is invalidated"), Some(RemoteCause::InvalidKey.remedy())),
        Some(k) => match k.get("expiration").and_then(Value::as_i64) {
            Some(e) if e <= now_ms => check("remote_key", started, Status::Fail, RemoteCause::InvalidKey.code(), format!("the key `{id}` expired"), Some(RemoteCause::InvalidKey.remedy())),
            Some(e) if e - now_ms < EXPIRY_WARN_DAYS * 86_400_000 => check("remote_key", started, Status::Warn, "KEY_EXPIRES_SOON", format!("the key `{id}` expires in {} days", (e - now_ms) / 86_400_000), Some("rotate it: es-remote rotate ALIAS, or create a new key and es-remote credentials")),
            _ => check("remote_key", started, Status::Pass, "OK", format!("the key `{id}` is a valid cross-cluster key on the remote"), None),
        },
    });
    out
}

/// Arguments of `doctor`, from the CLI.
pub struct DoctorArgs<'a> {
    pub alias: &'a str,
    pub remote_ca: Option<PathBuf>,
    pub key_file: Option<PathBuf>,
    pub connection: &'a esconnect_cli::args::ConnectionArgs,
    /// The remote side's connection; `None` skips the remote checks.
    pub remote: Option<&'a esconnect_cli::args::RemoteConnectionArgs>,
}

pub fn doctor(printer: &Printer, a: DoctorArgs<'_>) -> CliResult<u8> {
    crate::settings::checked_alias(printer, a.alias)?;
    let cas: Vec<Vec<u8>> = match &a.remote_ca {
        Some(p) => {
            let bundle = esconnect_core::pki::read_file(p, None).map_err(|e| {
                crate::usage(
                    format!("--remote-ca: {e}"),
                    "give the remote's CA certificate as PEM or DER",
                )
            })?;
            if bundle.certs.is_empty() {
                return Err(crate::usage(
                    format!("{} holds no certificate", p.display()),
                    "give the remote's CA certificate",
                ));
            }
            bundle.certs.clone()
        }
        None => vec![],
    };
    let key_id = match &a.key_file {
        Some(f) => Some(
            crate::credentials::KeyFile::read(f, "the cross-cluster API key")?
                .key
                .id()
                .to_string(),
        ),
        None => None,
    };
    let conn = connect_with_credentials(printer, a.connection, false)?;
    let ep = conn.endpoint()?;
    // The remote side is checked only when its URL is given (flag or REMOTE_ELASTICSEARCH_URL).
    let remote_ep = match a.remote {
        Some(r)
            if r.remote_es_url.is_some()
                || esconnect_core::env::REMOTE_ELASTICSEARCH_URL
                    .get()
                    .is_some() =>
        {
            Some(r.connect(printer)?.endpoint()?)
        }
        _ => None,
    };
    let alias = a.alias.to_string();
    esconnect_cli::runtime()?.block_on(async {
        let local = Local::new(ep);
        let started = Instant::now();
        let (settings, info, version) = tokio::join!(local.settings(), local.remote_info(), local.version());
        let settings = settings?;
        let mut info = info?;
        let rows = crate::status::join(&settings, &info);
        let Some(row) = rows.iter().find(|r| r.alias == alias) else {
            let known: Vec<String> = rows.iter().map(|r| r.alias.clone()).collect();
            return Err(CliError::usage(format!("there is no remote cluster `{alias}`")).with_remedy(if known.is_empty() {
                "this cluster has no remote clusters".to_string()
            } else {
                format!("known aliases: {}", known.join(", "))
            }));
        };
        let facts = Facts {
            alias: alias.clone(),
            mode: row.mode.clone(),
            address: (!row.address.is_empty()).then(|| row.address.clone()),
            server_name: row.server_name.clone(),
            info: info.remove(&alias),
        };
        let version = version.ok();
        let first = facts.address.as_deref().and_then(|a| a.split(',').next()).unwrap_or_default().to_string();
        let api_key_model = facts.api_key();
        let (nodes, network, tls, connection, remote) = tokio::join!(
            nodes_check(&local, &facts),
            network_check(&first),
            tls_check(&facts, cas),
            connection_check(&local, &facts, version),
            async {
                match &remote_ep {
                    Some(rep) => remote_checks(rep, key_id.as_deref(), api_key_model).await,
                    None => vec![],
                }
            },
        );
        let mut checks = vec![
            settings_check(&facts, started),
            nodes,
            network,
            tls.0,
            credentials_check(&facts, started, tls.1),
            connection,
        ];
        checks.extend(remote);
        let report = DoctorReport {
            ok: checks.iter().all(|c| c.status != Status::Fail),
            alias: alias.clone(),
            vantage: "network and TLS checks ran from this machine; the local cluster's nodes may see another network",
            checks,
        };
        printer.data(&report, |s| render(&report, s))?;
        Ok(if report.ok { 0 } else { 1 })
    })
}

fn render(r: &DoctorReport, s: esconnect_cli::printer::Styles) -> String {
    let mut out = format!("remote `{}`\n", r.alias);
    for c in &r.checks {
        let mark = match c.status {
            Status::Pass => s.green("pass"),
            Status::Warn => s.yellow("warn"),
            Status::Fail => s.red("FAIL"),
            Status::Skip => s.dim("skip"),
        };
        out.push_str(&format!("{mark:>4}  {:<11} {}", c.id, c.message));
        if c.status != Status::Pass {
            out.push_str(&format!(" [{}]", c.code));
        }
        out.push('\n');
        if let Some(rem) = &c.remedy {
            out.push_str(&format!("            remedy: {rem}\n"));
        }
    }
    out.push_str(&format!("({})\n", r.vantage));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(addr: &str, api_key: bool) -> Facts {
        Facts {
            alias: "prod".into(),
            mode: "proxy".into(),
            address: Some(addr.into()),
            server_name: None,
            info: Some(RemoteInfo {
                cluster_credentials: api_key.then(|| "::es_redacted::".into()),
                ..Default::default()
            }),
        }
    }

    #[test]
    fn the_port_must_fit_the_model() {
        let now = Instant::now();
        assert_eq!(
            credentials_check(&facts("h:9300", true), now, None).code,
            "WRONG_PORT_TRANSPORT"
        );
        assert_eq!(
            credentials_check(&facts("h:9443", false), now, None).code,
            "MISSING_CREDENTIALS"
        );
        assert_eq!(
            credentials_check(&facts("h:9443", true), now, None).status,
            Status::Pass
        );
        assert_eq!(
            credentials_check(&facts("h:9300", false), now, None).status,
            Status::Pass
        );
        // What the handshake saw wins over the port number (load balancers remap ports).
        assert_eq!(
            credentials_check(&facts("h:443", true), now, Some(true)).code,
            "WRONG_PORT_TRANSPORT"
        );
        assert_eq!(
            credentials_check(&facts("h:9300", false), now, Some(false)).code,
            "MISSING_CREDENTIALS"
        );
    }

    #[test]
    fn sniff_to_a_cloud_endpoint_fails() {
        let mut f = facts("abc.eu-west-1.aws.found.io:9443", true);
        f.mode = "sniff".into();
        assert_eq!(settings_check(&f, Instant::now()).code, "SNIFF_TO_CLOUD");
        f.mode = "proxy".into();
        assert_eq!(settings_check(&f, Instant::now()).status, Status::Pass);
    }
}
