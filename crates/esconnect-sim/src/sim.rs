//! Building, starting and stopping a simulator.

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context as _, bail};

use crate::cloud::{CloudApi, CloudState, Otel};
use crate::es::{ClusterHandle, ClusterSpec, ClusterState};
use crate::remote::{ClusterNet, Port};
use crate::server::{ServiceHandle, ServiceShared, accept_loop};
use crate::service::Service;
use crate::tls::{Pki, SIM_CA, Tls};

/// The Cloud Connected API key the simulator accepts unless [`SimBuilder::cloud_api_key`] sets another.
pub const DEFAULT_CLOUD_API_KEY: &str = "esconnect-sim-cloud-connected-api-key";
/// The AutoOps token the OTel listener accepts unless [`SimBuilder::autoops_token`] sets another.
pub const DEFAULT_AUTOOPS_TOKEN: &str = "esconnect-sim-autoops-token";

/// Configures a [`Sim`].
#[derive(Debug, Clone)]
pub struct SimBuilder {
    clusters: Vec<ClusterSpec>,
    cloud: bool,
    plain_http: bool,
    cloud_api_key: String,
    autoops_token: String,
    ece: Option<crate::ece::EceSpec>,
}

impl Default for SimBuilder {
    fn default() -> Self {
        Self {
            clusters: Vec::new(),
            cloud: false,
            plain_http: false,
            cloud_api_key: DEFAULT_CLOUD_API_KEY.into(),
            autoops_token: DEFAULT_AUTOOPS_TOKEN.into(),
            ece: None,
        }
    }
}

impl SimBuilder {
    /// Add a cluster (each gets its own port).
    pub fn cluster(mut self, spec: ClusterSpec) -> Self {
        self.clusters.push(spec);
        self
    }

    /// Add `n` clusters made from `template`, named `<name>-0000`, `<name>-0001`, ...
    pub fn clusters_from(mut self, template: ClusterSpec, n: usize) -> Self {
        let width = n.saturating_sub(1).to_string().len().max(4);
        for i in 0..n {
            let name = format!("{}-{i:0width$}", template.name());
            self.clusters.push(template.with_name(name));
        }
        self
    }

    /// Also start the Cloud Connected API and the OTel collector (two more listeners).
    pub fn cloud(mut self, on: bool) -> Self {
        self.cloud = on;
        self
    }

    /// Serve plain HTTP everywhere instead of HTTPS.
    pub fn plain_http(mut self, on: bool) -> Self {
        self.plain_http = on;
        self
    }

    /// The API key the Cloud Connected API accepts (default [`DEFAULT_CLOUD_API_KEY`]).
    pub fn cloud_api_key(mut self, key: &str) -> Self {
        self.cloud_api_key = key.to_owned();
        self
    }

    /// The token the OTel collector accepts (default [`DEFAULT_AUTOOPS_TOKEN`]).
    pub fn autoops_token(mut self, token: &str) -> Self {
        self.autoops_token = token.to_owned();
        self
    }

    /// Also start an ECE or ECH API listener (see [`crate::ece`]).
    pub fn ece(mut self, spec: crate::ece::EceSpec) -> Self {
        self.ece = Some(spec);
        self
    }

    /// Bind every listener and start serving on a thread of its own with a two-worker tokio runtime.
    /// Blocks until all listeners are bound; works from synchronous code and from inside a tokio runtime.
    pub fn start(self) -> anyhow::Result<Sim> {
        let mut seen = HashSet::new();
        for c in &self.clusters {
            if !seen.insert(c.name().to_owned()) {
                bail!("two clusters are named [{}]", c.name());
            }
        }
        let https = !self.plain_http;
        let tls = Arc::new(Tls::generate().context("generating certificates")?);
        let pki = Arc::new(Pki::new(tls.ca.clone()));
        type Listener = (
            std::net::TcpListener,
            Arc<ServiceShared>,
            Option<Arc<rustls::ServerConfig>>,
        );
        let mut listeners: Vec<Listener> = Vec::new();
        let mut raw: Vec<(std::net::TcpListener, Arc<ClusterState>, Port)> = Vec::new();
        let mut clusters = Vec::with_capacity(self.clusters.len());
        let mut index = HashMap::new();
        for spec in &self.clusters {
            let state = Arc::new(ClusterState::build(spec)?);
            let (own, net) = cluster_net(spec, &tls, &pki, &mut raw, &state)
                .with_context(|| format!("cluster [{}]: TLS", spec.name()))?;
            {
                let mut inner = state.lock();
                inner.transport_publish = net.transport_addr.map(|a| a.to_string());
                inner.rcs_publish = net.rcs_addr.map(|a| a.to_string());
            }
            let _ = state.net.set(Arc::new(net));
            let (listener, addr) = bind()?;
            let shared = Arc::new(ServiceShared::new(state.clone(), addr, https));
            index.insert(spec.name().to_owned(), clusters.len());
            clusters.push(ClusterHandle {
                service: ServiceHandle {
                    inner: shared.clone(),
                },
                state,
            });
            listeners.push((listener, shared, own));
        }
        let (cloud_api, otel) = if self.cloud {
            let state = Arc::new(CloudState::new(&self.cloud_api_key, &self.autoops_token));
            let mut make = |service: Arc<dyn Service>| -> anyhow::Result<ServiceHandle> {
                let (listener, addr) = bind()?;
                let shared = Arc::new(ServiceShared::new(service, addr, https));
                listeners.push((listener, shared.clone(), None));
                Ok(ServiceHandle { inner: shared })
            };
            (
                Some(make(Arc::new(CloudApi(state.clone())))?),
                Some(make(Arc::new(Otel(state)))?),
            )
        } else {
            (None, None)
        };

        let ece = match &self.ece {
            Some(spec) => {
                let by_name = clusters
                    .iter()
                    .map(|c| (c.name(), c.state.clone()))
                    .collect();
                let state = Arc::new(
                    crate::ece::EceState::build(spec, &by_name).context("the ECE/ECH API")?,
                );
                let (listener, addr) = bind()?;
                let shared = Arc::new(ServiceShared::new(state.clone(), addr, https));
                listeners.push((listener, shared.clone(), None));
                Some(crate::ece::EceHandle {
                    service: ServiceHandle { inner: shared },
                    state,
                })
            }
            None => None,
        };

        let (shutdown_tx, shutdown_rx) = tokio::sync::oneshot::channel::<()>();
        let (ready_tx, ready_rx) = std::sync::mpsc::channel::<anyhow::Result<()>>();
        let server_tls = if https { Some(tls.clone()) } else { None };
        let thread = std::thread::Builder::new()
            .name("esconnect-sim".into())
            .spawn(move || {
                let rt = match tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .thread_name("esconnect-sim-worker")
                    .enable_all()
                    .build()
                {
                    Ok(rt) => rt,
                    Err(e) => {
                        let _ = ready_tx.send(Err(e.into()));
                        return;
                    }
                };
                rt.block_on(async move {
                    for (listener, shared, own) in listeners {
                        match tokio::net::TcpListener::from_std(listener) {
                            Ok(l) => {
                                tokio::spawn(accept_loop(l, shared, server_tls.clone(), own));
                            }
                            Err(e) => {
                                let _ = ready_tx.send(Err(e.into()));
                                return;
                            }
                        }
                    }
                    for (listener, state, port) in raw {
                        match tokio::net::TcpListener::from_std(listener) {
                            Ok(l) => {
                                tokio::spawn(crate::remote::accept_loop(l, state, port));
                            }
                            Err(e) => {
                                let _ = ready_tx.send(Err(e.into()));
                                return;
                            }
                        }
                    }
                    let _ = ready_tx.send(Ok(()));
                    let _ = shutdown_rx.await;
                });
                rt.shutdown_timeout(Duration::from_secs(2));
            })
            .context("spawning the simulator thread")?;
        ready_rx
            .recv()
            .context("the simulator thread stopped during start-up")??;
        Ok(Sim {
            clusters,
            index,
            cloud_api,
            otel,
            tls,
            pki,
            https,
            cloud_api_key: self.cloud_api_key,
            autoops_token: self.autoops_token,
            ece,
            shutdown: Some(shutdown_tx),
            thread: Some(thread),
        })
    }
}

/// A cluster's TLS material and extra listeners: its own HTTP server configuration (when it has its own
/// CA or names) and its [`ClusterNet`].
fn cluster_net(
    spec: &ClusterSpec,
    tls: &Tls,
    pki: &Arc<Pki>,
    raw: &mut Vec<(std::net::TcpListener, Arc<ClusterState>, Port)>,
    state: &Arc<ClusterState>,
) -> anyhow::Result<(Option<Arc<rustls::ServerConfig>>, ClusterNet)> {
    let ca_name = spec.tls_ca.clone().unwrap_or_else(|| SIM_CA.to_owned());
    let http_ca = pki.get(&ca_name)?;
    let names = spec.server_names.clone().unwrap_or_else(|| {
        ["localhost", "127.0.0.1", "::1"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect()
    });
    let (own, identity) = if spec.tls_ca.is_some() || spec.server_names.is_some() {
        let id = http_ca.issue(&names, false)?;
        (Some(crate::tls::http_server_config(&id)?), id)
    } else {
        (None, tls.identity.clone())
    };
    let transport_ca = pki.get(spec.transport_ca.as_deref().unwrap_or(&ca_name))?;
    let mut rcc = spec
        .rcc_cas
        .clone()
        .unwrap_or_else(|| vec![SIM_CA.to_owned()])
        .iter()
        .map(|n| pki.get(n))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let mut trust = match &spec.transport_trust {
        Some(list) => list
            .iter()
            .map(|n| pki.get(n))
            .collect::<anyhow::Result<Vec<_>>>()?,
        None => vec![transport_ca.clone()],
    };
    for pem in &spec.rcc_ca_pems {
        rcc.push(Arc::new(crate::tls::Ca::trusted_pem(pem)?));
    }
    for pem in &spec.transport_trust_pems {
        trust.push(Arc::new(crate::tls::Ca::trusted_pem(pem)?));
    }
    let mut rcs_addr = None;
    if spec.remote_cluster_server {
        let (l, a) = crate::remote::bind_raw()?;
        raw.push((l, state.clone(), Port::RemoteClusterServer));
        rcs_addr = Some(a);
    }
    let mut transport_addr = None;
    if spec.transport_port {
        let (l, a) = crate::remote::bind_raw()?;
        raw.push((l, state.clone(), Port::Transport));
        transport_addr = Some(a);
    }
    let mut net = ClusterNet::new(
        pki.clone(),
        http_ca,
        transport_ca,
        names,
        identity,
        rcc,
        trust,
        rcs_addr,
        transport_addr,
    );
    net.transport_client_auth = spec.transport_client_auth;
    if spec.transport_port {
        net.transport_identity()?;
    }
    Ok((own, net))
}

fn bind() -> anyhow::Result<(std::net::TcpListener, SocketAddr)> {
    crate::remote::bind_raw()
}

/// A running simulator. Dropping it stops every listener and closes every connection.
pub struct Sim {
    clusters: Vec<ClusterHandle>,
    index: HashMap<String, usize>,
    cloud_api: Option<ServiceHandle>,
    otel: Option<ServiceHandle>,
    tls: Arc<Tls>,
    pki: Arc<Pki>,
    https: bool,
    cloud_api_key: String,
    autoops_token: String,
    ece: Option<crate::ece::EceHandle>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl std::fmt::Debug for Sim {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sim")
            .field("clusters", &self.clusters.len())
            .field("cloud_api", &self.cloud_api)
            .field("otel", &self.otel)
            .field("https", &self.https)
            .finish_non_exhaustive()
    }
}

impl Sim {
    /// A builder with no clusters, no cloud listeners, HTTPS.
    pub fn builder() -> SimBuilder {
        SimBuilder::default()
    }

    /// The cluster called `name`.
    ///
    /// # Panics
    /// When there is no such cluster.
    pub fn cluster(&self, name: &str) -> &ClusterHandle {
        match self.index.get(name) {
            Some(i) => &self.clusters[*i],
            None => {
                let mut known: Vec<&str> = self.index.keys().map(String::as_str).collect();
                known.sort_unstable();
                known.truncate(10);
                panic!("the simulator has no cluster named [{name}] (some known: {known:?})")
            }
        }
    }

    /// Every cluster, in the order they were added.
    pub fn clusters(&self) -> &[ClusterHandle] {
        &self.clusters
    }

    /// The Cloud Connected API listener.
    ///
    /// # Panics
    /// When the simulator was built with `cloud(false)`.
    pub fn cloud_api(&self) -> &ServiceHandle {
        self.cloud_api
            .as_ref()
            .expect("the simulator was built without cloud listeners: use SimBuilder::cloud(true)")
    }

    /// The OTel collector listener.
    ///
    /// # Panics
    /// When the simulator was built with `cloud(false)`.
    pub fn otel(&self) -> &ServiceHandle {
        self.otel
            .as_ref()
            .expect("the simulator was built without cloud listeners: use SimBuilder::cloud(true)")
    }

    /// The Cloud Connected API listener, if the simulator has cloud listeners.
    pub fn try_cloud_api(&self) -> Option<&ServiceHandle> {
        self.cloud_api.as_ref()
    }

    /// The OTel collector listener, if the simulator has cloud listeners.
    pub fn try_otel(&self) -> Option<&ServiceHandle> {
        self.otel.as_ref()
    }

    /// The ECE/ECH API listener.
    ///
    /// # Panics
    /// When the simulator was built without [`SimBuilder::ece`].
    pub fn ece(&self) -> &crate::ece::EceHandle {
        self.ece
            .as_ref()
            .expect("the simulator was built without an ECE/ECH API: use SimBuilder::ece")
    }

    /// The ECE/ECH API listener, if any.
    pub fn try_ece(&self) -> Option<&crate::ece::EceHandle> {
        self.ece.as_ref()
    }

    /// The API key the Cloud Connected API accepts.
    pub fn cloud_api_key(&self) -> &str {
        &self.cloud_api_key
    }

    /// The token the OTel collector accepts.
    pub fn autoops_token(&self) -> &str {
        &self.autoops_token
    }

    /// Whether the listeners speak HTTPS.
    pub fn is_https(&self) -> bool {
        self.https
    }

    /// PEM of the simulator's CA.
    pub fn ca_pem(&self) -> String {
        self.tls.ca_pem.clone()
    }

    /// DER of the simulator's CA.
    pub fn ca_der(&self) -> Vec<u8> {
        self.tls.ca_der.clone()
    }

    /// DER of the valid leaf certificate every listener presents.
    pub fn server_cert_der(&self) -> Vec<u8> {
        self.tls.leaf_der.clone()
    }

    /// PEM of a named CA ([`ClusterSpec::ca`], [`ClusterSpec::transport_ca`], ...; [`SIM_CA`] is the
    /// simulator's own), if a cluster uses it.
    pub fn named_ca_pem(&self, name: &str) -> Option<String> {
        self.pki.find(name).map(|c| c.pem.clone())
    }

    /// Names of every CA in use ([`SIM_CA`] first).
    pub fn ca_names(&self) -> Vec<String> {
        self.pki.names()
    }

    /// Write the CA as `dir/ca.crt` (creating `dir` if needed) and return the file's path.
    pub fn write_ca(&self, dir: &Path) -> std::io::Result<PathBuf> {
        std::fs::create_dir_all(dir)?;
        let path = dir.join("ca.crt");
        std::fs::write(&path, self.tls.ca_pem.as_bytes())?;
        Ok(path)
    }
}

impl Drop for Sim {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
