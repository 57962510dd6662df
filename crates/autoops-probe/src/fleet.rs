//! Probing many clusters: the Elasticsearch checks of each cluster with bounded concurrency, one shared
//! HTTP client per distinct TLS configuration, and the Cloud and OTel checks done once for the fleet.

use crate::check::{Check, ClusterReport, Component, FleetReport};
use crate::inventory::Cluster;
use crate::probe::{self, EsTarget};
use esconnect_core::http::{ClientConfig, Endpoint, HttpClient, TlsOptions};
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;
use tokio::task::JoinSet;

/// How to run the fleet.
#[derive(Debug, Clone)]
pub struct FleetOptions {
    pub concurrency: usize,
    pub check_timeout: Duration,
    pub insecure: bool,
    /// Applied to clusters without their own `ca_cert`.
    pub default_ca: Option<PathBuf>,
}

/// One client per distinct `(CA file, insecure)`: building a client loads the root store and is costly.
pub fn clients(
    clusters: &[Cluster],
    base: &ClientConfig,
    opts: &FleetOptions,
) -> Result<HashMap<Option<PathBuf>, HttpClient>, String> {
    let mut out: HashMap<Option<PathBuf>, HttpClient> = HashMap::new();
    for c in clusters {
        let ca = ca_for(c, opts);
        if out.contains_key(&ca) {
            continue;
        }
        let config = ClientConfig {
            tls: TlsOptions {
                ca_certs: ca.iter().cloned().collect(),
                ca_fingerprint: None,
                insecure: opts.insecure,
            },
            ..base.clone()
        };
        let client = HttpClient::new(config)
            .map_err(|e| format!("clusters[{}] (`{}`): {e}", c.index, c.name))?;
        out.insert(ca, client);
    }
    Ok(out)
}

fn ca_for(c: &Cluster, opts: &FleetOptions) -> Option<PathBuf> {
    if opts.insecure {
        None
    } else {
        c.ca_cert.clone().or_else(|| opts.default_ca.clone())
    }
}

/// Descriptors one cluster's probe may hold at a time: its connection (the fleet sends the cluster's
/// requests one after the other on one connection) and a diagnostic connection after a failure (a TLS
/// sniff, a CONNECT to the proxy).
pub const FDS_PER_CLUSTER: u64 = 2;

/// Probes every cluster, at most `concurrency` at a time, and hands each report to `sink` as it is ready
/// (in completion order, with the cluster's index in the inventory). Nothing of a finished cluster is
/// kept: each cluster gets its own connection pool ([`HttpClient::isolated`]), dropped with its task, so
/// open files and memory are bounded by the concurrency, not the fleet's size. Stops at the first error
/// of `sink` (e.g. a closed stdout).
pub async fn probe_clusters<E>(
    clusters: Vec<Cluster>,
    clients: &HashMap<Option<PathBuf>, HttpClient>,
    opts: &FleetOptions,
    proxy: &esconnect_core::proxy::ProxyConfig,
    progress: indicatif::ProgressBar,
    mut sink: impl FnMut(usize, ClusterReport) -> Result<(), E>,
) -> Result<(), E> {
    let concurrency = opts.concurrency.max(1);
    let mut set: JoinSet<(usize, ClusterReport)> = JoinSet::new();
    // What a panicking task was probing, to report it rather than lose the cluster.
    let mut running: HashMap<tokio::task::Id, (usize, String, String)> = HashMap::new();
    let mut finish =
        |joined: Result<(tokio::task::Id, (usize, ClusterReport)), tokio::task::JoinError>,
         running: &mut HashMap<tokio::task::Id, (usize, String, String)>|
         -> Result<(), E> {
            progress.inc(1);
            match joined {
                Ok((id, (pos, report))) => {
                    running.remove(&id);
                    sink(pos, report)
                }
                // A panic in one probe is a bug; report it as such rather than losing the cluster.
                Err(e) => {
                    let (pos, name, url) = running.remove(&e.id()).unwrap_or((
                        usize::MAX,
                        "(unknown)".into(),
                        String::new(),
                    ));
                    sink(
                        pos,
                        ClusterReport {
                            name,
                            url,
                            ok: false,
                            checks: vec![Check::fail(
                                Component::Elasticsearch,
                                "connect",
                                "INTERNAL",
                                format!("the probe task failed: {e}"),
                                "Report this bug.",
                            )],
                        },
                    )
                }
            }
        };
    for c in clusters {
        while set.len() >= concurrency {
            if let Some(joined) = set.join_next_with_id().await {
                finish(joined, &mut running)?;
            }
        }
        let shared = clients
            .get(&ca_for(&c, opts))
            .expect("a client was built for every CA");
        let limit = opts.check_timeout;
        let proxied = proxy
            .for_url(&c.url.url)
            .map(esconnect_core::url::redact_str);
        let shown = (
            c.index,
            c.name.clone(),
            esconnect_core::url::redact(&c.url.url),
        );
        let client = shared.isolated();
        let index = c.index;
        let handle = set.spawn(async move {
            let report = match client {
                Ok(client) => probe_one(c, client, limit, proxied).await,
                Err(e) => ClusterReport {
                    name: c.name,
                    url: esconnect_core::url::redact(&c.url.url),
                    ok: false,
                    checks: vec![Check::fail(
                        Component::Elasticsearch,
                        "connect",
                        "INTERNAL",
                        format!("cannot set up the cluster's HTTP client: {e}"),
                        "Report this bug.",
                    )],
                },
            };
            (index, report)
        });
        running.insert(handle.id(), shown);
    }
    while let Some(joined) = set.join_next_with_id().await {
        finish(joined, &mut running)?;
    }
    progress.finish_and_clear();
    Ok(())
}

async fn probe_one(
    c: Cluster,
    client: HttpClient,
    limit: Duration,
    proxied: Option<String>,
) -> ClusterReport {
    let secrets = c.auth.secrets();
    let url = esconnect_core::url::redact(&c.url.url);
    let endpoint = Endpoint::new(client, c.url.url.clone(), Some(c.auth));
    let target = EsTarget {
        endpoint,
        api_key_form: c.api_key_form,
    };
    let mut checks = Vec::with_capacity(6);
    if let Some(p) = proxied {
        checks.push(Check::warn(
            Component::Environment,
            "proxy",
            "PROXY_FOR_ES",
            format!("requests to this cluster go through the proxy {p}: its host is not in NO_PROXY"),
            "A proxy may block communication with your Elasticsearch cluster: if the agent reaches the cluster directly, add its host to NO_PROXY.",
        ));
    }
    checks.extend(probe::elasticsearch(&target, limit, false).await);
    let refs: Vec<&esconnect_core::Secret> = secrets.iter().collect();
    for ch in &mut checks {
        ch.scrub(&refs);
    }
    let ok = !checks.iter().any(Check::failed);
    ClusterReport {
        name: c.name,
        url,
        ok,
        checks,
    }
}

/// Assembles the report.
pub fn report(clusters: Vec<ClusterReport>, shared: Vec<Check>) -> FleetReport {
    FleetReport::new(clusters, shared)
}
