//! Probing many clusters: the Elasticsearch checks of each cluster with bounded concurrency, one shared
//! HTTP client per distinct TLS configuration, and the Cloud and OTel checks done once for the fleet.

use crate::check::{Check, ClusterReport, Component, FleetReport};
use crate::inventory::Cluster;
use crate::probe::{self, EsTarget};
use esconnect_core::http::{ClientConfig, Endpoint, HttpClient, TlsOptions};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

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

/// Probes every cluster (at most `concurrency` at a time), in inventory order in the result.
pub async fn probe_clusters(
    clusters: Vec<Cluster>,
    clients: &HashMap<Option<PathBuf>, HttpClient>,
    opts: &FleetOptions,
    proxy: &esconnect_core::proxy::ProxyConfig,
    progress: indicatif::ProgressBar,
) -> Vec<ClusterReport> {
    let semaphore = Arc::new(Semaphore::new(opts.concurrency.max(1)));
    let mut handles = Vec::with_capacity(clusters.len());
    for c in clusters {
        let client = clients
            .get(&ca_for(&c, opts))
            .expect("a client was built for every CA")
            .clone();
        let permit = semaphore
            .clone()
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        let limit = opts.check_timeout;
        let progress = progress.clone();
        let proxied = proxy
            .for_url(&c.url.url)
            .map(esconnect_core::url::redact_str);
        handles.push(tokio::spawn(async move {
            let report = probe_one(c, client, limit, proxied).await;
            drop(permit);
            progress.inc(1);
            report
        }));
    }
    let mut out = Vec::with_capacity(handles.len());
    for h in handles {
        match h.await {
            Ok(r) => out.push(r),
            // A panic in one probe is a bug; report it as such rather than losing the cluster.
            Err(e) => out.push(ClusterReport {
                name: "(unknown)".into(),
                url: String::new(),
                ok: false,
                checks: vec![Check::fail(
                    Component::Elasticsearch,
                    "connect",
                    "INTERNAL",
                    format!("the probe task failed: {e}"),
                    "Report this bug.",
                )],
            }),
        }
    }
    progress.finish_and_clear();
    out
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
