//! Remote clusters over real TLS: the remote cluster server port (stands for 9443) and the transport port
//! (stands for 9300) of a simulated cluster, and the outgoing connection a local cluster opens to them for
//! `_remote/info` and `_resolve/cluster`.
//!
//! The TLS part is real and behaves like Elasticsearch's: the remote cluster server port requests no
//! client certificate; the transport port requires one issued by a CA in the cluster's transport trust
//! (`xpack.security.transport.ssl.certificate_authorities`), so a client without one fails the handshake
//! with a fatal alert (rustls sends `certificate_required` in TLS 1.3; Elasticsearch's JSSE reports
//! `bad_certificate` in the troubleshooting guide: elastic-facts §2.7). The local side checks the remote's
//! chain against `xpack.security.remote_cluster_client.ssl.certificate_authorities` (API key model) or its
//! transport trust (certificate model, presenting its transport certificate) and the host name against
//! `server_name` or the address's host.
//!
//! What runs inside the TLS stream is NOT Elasticsearch's transport protocol: after the handshake the
//! client sends one JSON line `{"action": "cluster:internal/remote_cluster/handshake", "credentials":
//! "<encoded cross-cluster API key>"|null}` and the server answers one JSON line, either
//! `{"cluster_name", "cluster_uuid", "version": {...}, "nodes": n, "indices": [...]}` or
//! `{"error": {"type", "reason"}}` with the reason Elasticsearch gives for that fault (§2.7).

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use rustls::ServerConfig;
use rustls_pki_types::ServerName;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt as _, AsyncWriteExt as _, BufReader};
use tokio::net::{TcpListener, TcpStream};

use crate::es::ClusterState;
use crate::tls::{self, Ca, ClientAuth, Identity, Pki, RecordingVerifier};
use crate::util;

/// The handshake action named in Elasticsearch's messages.
pub(crate) const HANDSHAKE_ACTION: &str = "cluster:internal/remote_cluster/handshake";

/// Which raw listener a connection came in on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Port {
    RemoteClusterServer,
    Transport,
}

/// One cluster's TLS identities, trust and extra listeners.
pub(crate) struct ClusterNet {
    pub pki: Arc<Pki>,
    pub http_ca: Arc<Ca>,
    pub transport_ca: Arc<Ca>,
    pub server_names: Vec<String>,
    /// The remote cluster server's identity (also the HTTP one when the cluster has its own).
    pub rcs_identity: Identity,
    transport_identity: OnceLock<Identity>,
    pub rcc_cas: Mutex<Vec<Arc<Ca>>>,
    pub transport_trust: Mutex<Vec<Arc<Ca>>>,
    pub rcs_addr: Option<SocketAddr>,
    pub transport_addr: Option<SocketAddr>,
    /// Successful and failed inbound handshakes, newest last (for tests).
    pub inbound: Mutex<Vec<Inbound>>,
    rcs_up: tokio::sync::watch::Sender<bool>,
    transport_up: tokio::sync::watch::Sender<bool>,
    /// How long the remote side waits before answering a handshake (a slow or overloaded remote).
    pub handshake_delay: Mutex<Duration>,
    /// `xpack.security.transport.ssl.client_authentication` of the transport port.
    pub transport_client_auth: ClientAuth,
}

/// An inbound handshake on a remote cluster server or transport port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inbound {
    /// `"remote_cluster_server"` or `"transport"`.
    pub port: &'static str,
    /// The API key id presented, if any.
    pub api_key_id: Option<String>,
    /// `None` when the handshake succeeded, else the reason sent back.
    pub error: Option<String>,
}

impl std::fmt::Debug for ClusterNet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClusterNet")
            .field("rcs_addr", &self.rcs_addr)
            .field("transport_addr", &self.transport_addr)
            .finish_non_exhaustive()
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl ClusterNet {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        pki: Arc<Pki>,
        http_ca: Arc<Ca>,
        transport_ca: Arc<Ca>,
        server_names: Vec<String>,
        rcs_identity: Identity,
        rcc_cas: Vec<Arc<Ca>>,
        transport_trust: Vec<Arc<Ca>>,
        rcs_addr: Option<SocketAddr>,
        transport_addr: Option<SocketAddr>,
    ) -> Self {
        Self {
            pki,
            http_ca,
            transport_ca,
            server_names,
            rcs_identity,
            transport_identity: OnceLock::new(),
            rcc_cas: Mutex::new(rcc_cas),
            transport_trust: Mutex::new(transport_trust),
            rcs_addr,
            transport_addr,
            inbound: Mutex::new(Vec::new()),
            rcs_up: tokio::sync::watch::Sender::new(true),
            transport_up: tokio::sync::watch::Sender::new(true),
            handshake_delay: Mutex::new(Duration::ZERO),
            transport_client_auth: ClientAuth::Required,
        }
    }

    fn up_tx(&self, port: Port) -> &tokio::sync::watch::Sender<bool> {
        match port {
            Port::RemoteClusterServer => &self.rcs_up,
            Port::Transport => &self.transport_up,
        }
    }

    fn up_rx(&self, port: Port) -> tokio::sync::watch::Receiver<bool> {
        self.up_tx(port).subscribe()
    }

    /// Open or close a port (closed: its socket is closed, connections are refused).
    pub fn set_up(&self, port: Port, up: bool) {
        self.up_tx(port).send_replace(up);
    }

    /// The transport certificate (server and client), issued by the transport CA on first use.
    pub fn transport_identity(&self) -> anyhow::Result<Identity> {
        if let Some(id) = self.transport_identity.get() {
            return Ok(id.clone());
        }
        let id = self.transport_ca.issue(&self.server_names, true)?;
        Ok(self.transport_identity.get_or_init(|| id).clone())
    }

    fn record(&self, port: Port, api_key_id: Option<String>, error: Option<String>) {
        let mut inbound = lock(&self.inbound);
        // a long-running demo keeps the newest 1000
        if inbound.len() >= 1000 {
            inbound.remove(0);
        }
        inbound.push(Inbound {
            port: match port {
                Port::RemoteClusterServer => "remote_cluster_server",
                Port::Transport => "transport",
            },
            api_key_id,
            error,
        });
    }
}

// ------------------------------------------------------------------------------------------------
// server side

/// Accept TLS connections on a remote cluster server or transport port forever.
///
/// While the port is stopped ([`ClusterNet::set_up`]) the listening socket is closed, so connections are
/// refused; starting it binds the same address again.
pub(crate) async fn accept_loop(listener: TcpListener, state: Arc<ClusterState>, port: Port) {
    let Some(net) = state.net.get().cloned() else {
        return;
    };
    let mut up = net.up_rx(port);
    let addr = listener.local_addr().ok();
    let mut listener = Some(listener);
    loop {
        if !*up.borrow_and_update() {
            drop(listener.take());
            if up.changed().await.is_err() {
                return;
            }
            continue;
        }
        let l = match listener.take() {
            Some(l) => l,
            None => match addr {
                Some(a) => match util::listen(a).and_then(|l| Ok(TcpListener::from_std(l)?)) {
                    Ok(l) => l,
                    Err(e) => {
                        tracing::warn!("re-binding the {port:?} port {a} failed: {e}; retrying");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                        continue;
                    }
                },
                None => return,
            },
        };
        tokio::select! {
            res = l.accept() => {
                match res {
                    Ok((stream, _)) => {
                        let state = state.clone();
                        tokio::spawn(async move { serve(stream, state, port).await });
                    }
                    Err(e) => {
                        tracing::debug!("accept on a {port:?} port failed: {e}");
                        tokio::time::sleep(Duration::from_millis(20)).await;
                    }
                }
                listener = Some(l);
            }
            changed = up.changed() => {
                if changed.is_err() {
                    return;
                }
                listener = Some(l);
            }
        }
    }
}

fn server_config(net: &ClusterNet, port: Port) -> anyhow::Result<Arc<ServerConfig>> {
    match port {
        Port::RemoteClusterServer => tls::raw_server_config(&net.rcs_identity, None, false),
        Port::Transport => {
            let trust = lock(&net.transport_trust).clone();
            let id = net.transport_identity()?;
            match net.transport_client_auth {
                ClientAuth::Required => tls::raw_server_config(&id, Some(&trust), false),
                ClientAuth::Optional => tls::raw_server_config(&id, Some(&trust), true),
                ClientAuth::None => tls::raw_server_config(&id, None, false),
            }
        }
    }
}

async fn serve(stream: TcpStream, state: Arc<ClusterState>, port: Port) {
    let _ = stream.set_nodelay(true);
    let Some(net) = state.net.get().cloned() else {
        return;
    };
    let config = match server_config(&net, port) {
        Ok(c) => c,
        Err(e) => {
            tracing::warn!("TLS configuration of a {port:?} port: {e:#}");
            return;
        }
    };
    let acceptor = tokio_rustls::TlsAcceptor::from(config);
    let tls = match tokio::time::timeout(Duration::from_secs(10), acceptor.accept(stream)).await {
        Ok(Ok(s)) => s,
        Ok(Err(e)) => {
            // Elasticsearch logs "Empty client certificate chain" / "client did not trust this server's
            // certificate" here
            tracing::debug!("TLS handshake on a {port:?} port failed: {e}");
            net.record(port, None, Some(format!("TLS: {e}")));
            return;
        }
        Err(_) => return,
    };
    let mut reader = BufReader::new(tls);
    let mut line = String::new();
    let read = tokio::time::timeout(Duration::from_secs(10), reader.read_line(&mut line)).await;
    if !matches!(read, Ok(Ok(n)) if n > 0) {
        return;
    }
    let request: Value = serde_json::from_str(line.trim()).unwrap_or(Value::Null);
    let credentials = request
        .get("credentials")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let delay = *lock(&net.handshake_delay);
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    let (answer, key_id, error) = handshake(&state, port, credentials.as_deref());
    net.record(port, key_id, error);
    let mut out = answer.to_string();
    out.push('\n');
    let mut tls = reader.into_inner();
    let _ = tls.write_all(out.as_bytes()).await;
    let _ = tls.flush().await;
    let _ = tls.shutdown().await;
}

fn failure(kind: &str, reason: String) -> (Value, Option<String>) {
    (
        json!({"error": {"type": kind, "reason": reason}}),
        Some(reason),
    )
}

/// The remote side of the handshake: Elasticsearch's checks, in its order.
fn handshake(
    state: &ClusterState,
    port: Port,
    credentials: Option<&str>,
) -> (Value, Option<String>, Option<String>) {
    let inner = state.lock();
    let key_id = credentials.and_then(|c| {
        crate::es::security::java_base64_decode(c)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .and_then(|t| t.split_once(':').map(|(id, _)| id.to_owned()))
    });
    let result = match (port, credentials) {
        (Port::Transport, Some(_)) => Err(failure(
            "illegal_argument_exception",
            "remote cluster handshake action requires channel profile to be [_remote_cluster], but got [default]"
                .to_owned(),
        )),
        (Port::Transport, None) => Ok(None),
        (Port::RemoteClusterServer, None) => Err(failure(
            "illegal_argument_exception",
            "Cross cluster requests through the dedicated remote cluster server port require transport header [_cross_cluster_access_credentials] but none found. Please ensure you have configured remote cluster credentials on the cluster originating the request."
                .to_owned(),
        )),
        (Port::RemoteClusterServer, Some(c)) => check_key(&inner, c),
    };
    match result {
        Err((v, err)) => (v, key_id, err),
        Ok(patterns) => {
            let v = inner.version;
            // an API key sees only the indices its access names (the simulator's stand-in for the
            // remote authorizing each request with the key's privileges)
            let indices: Vec<&String> = inner
                .indices
                .iter()
                .filter(|i| {
                    patterns
                        .as_ref()
                        .is_none_or(|p| p.iter().any(|p| util::glob_match(p, i)))
                })
                .collect();
            (
                json!({
                    "cluster_name": inner.name,
                    "cluster_uuid": inner.uuid,
                    "version": {
                        "number": v.to_string(),
                        "build_flavor": "default",
                        "minimum_wire_compatibility_version": v.min_wire(),
                        "minimum_index_compatibility_version": v.min_index(),
                    },
                    "nodes": inner.nodes.len(),
                    "indices": indices,
                }),
                key_id,
                None,
            )
        }
    }
}

/// A cross-cluster API key presented on the remote cluster server port; `Ok` carries the index name
/// patterns its `access` grants (search and replication).
fn check_key(
    inner: &crate::es::EsInner,
    encoded: &str,
) -> Result<Option<Vec<String>>, (Value, Option<String>)> {
    let decoded = crate::es::security::java_base64_decode(encoded)
        .ok()
        .and_then(|b| String::from_utf8(b).ok());
    let (id, secret) = match decoded.as_deref().and_then(|t| t.split_once(':')) {
        Some((id, secret)) if !id.is_empty() => (id.to_owned(), secret.to_owned()),
        _ => {
            return Err(failure(
                "security_exception",
                format!("unable to authenticate user [] for action [{HANDSHAKE_ACTION}]"),
            ));
        }
    };
    let unauthenticated = || {
        // the remote logs "Authentication using apikey failed - invalid credentials for API key"
        failure(
            "security_exception",
            format!("unable to authenticate user [{id}] for action [{HANDSHAKE_ACTION}]"),
        )
    };
    let Some(key) = inner.api_keys.iter().find(|k| k.id == id) else {
        return Err(unauthenticated());
    };
    if key.secret != secret
        || key.invalidated.is_some()
        || key.expiration.is_some_and(|e| e <= util::now_millis())
    {
        return Err(unauthenticated());
    }
    if !key.cross_cluster {
        return Err(failure(
            "security_exception",
            format!(
                "authentication expected API key type of [cross_cluster], but API key [{id}] has type [rest]"
            ),
        ));
    }
    let mut patterns = Vec::new();
    if let Some(access) = &key.access {
        for kind in ["search", "replication"] {
            for entry in access[kind].as_array().into_iter().flatten() {
                for n in entry["names"].as_array().into_iter().flatten() {
                    if let Some(n) = n.as_str() {
                        patterns.push(n.to_owned());
                    }
                }
            }
        }
    }
    Ok(Some(patterns))
}

// ------------------------------------------------------------------------------------------------
// client side

/// How the local cluster connects to one remote.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    pub alias: String,
    pub proxy: bool,
    /// `host:port` addresses to try in order (the proxy address, or the seeds).
    pub addresses: Vec<String>,
    pub server_name: String,
    /// The active `cluster.remote.<alias>.credentials` (API key model), if any.
    pub credentials: Option<String>,
    /// The caller gave a `timeout` (`_resolve/cluster?timeout=`): running out of it is reported as
    /// `Request timed out before receiving a response from the remote cluster` (the specification's
    /// example); otherwise as a transport `handshake_timeout`.
    pub explicit_timeout: bool,
}

/// What a successful handshake returned.
#[derive(Debug, Clone)]
pub(crate) struct Hello {
    pub version: Value,
    pub nodes: u64,
    pub indices: Vec<String>,
}

fn host_of(addr: &str) -> String {
    let host = addr.rsplit_once(':').map_or(addr, |(h, _)| h);
    host.trim_start_matches('[')
        .trim_end_matches(']')
        .to_owned()
}

/// The name of a TLS alert as Java prints it (`bad_certificate`).
fn alert_name(a: rustls::AlertDescription) -> String {
    let debug = format!("{a:?}");
    let mut out = String::new();
    for (i, ch) in debug.chars().enumerate() {
        if ch.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(ch.to_ascii_lowercase());
        } else {
            out.push(ch);
        }
    }
    out.replace("unknown_c_a", "unknown_ca")
}

fn io_tls_error(e: &std::io::Error) -> Option<&rustls::Error> {
    e.get_ref()
        .and_then(|inner| inner.downcast_ref::<rustls::Error>())
}

/// The message Elasticsearch's `SslDiagnostics` gives when a chain is not trusted (abridged).
fn trust_message(host: &str, context: &str, seen: Option<&[u8]>) -> String {
    let (subject, issuer) = seen
        .and_then(tls::describe)
        .unwrap_or_else(|| ("an unknown subject".into(), "an unknown issuer".into()));
    format!(
        "failed to establish trust with server at [{host}]; the server provided a certificate with subject name [{subject}]; the certificate is issued by [{issuer}]; the [{issuer}] certificate is not trusted in this ssl context ([{context}])"
    )
}

fn tls_message(
    e: &rustls::Error,
    host: &str,
    server_name: &str,
    context: &str,
    seen: Option<&[u8]>,
) -> String {
    use rustls::CertificateError as C;
    match e {
        rustls::Error::InvalidCertificate(C::UnknownIssuer | C::BadSignature) => {
            trust_message(host, context, seen)
        }
        rustls::Error::InvalidCertificate(
            C::NotValidForName | C::NotValidForNameContext { .. },
        ) => {
            if server_name.parse::<std::net::IpAddr>().is_ok() {
                format!("No subject alternative names matching IP address {server_name} found")
            } else {
                format!("No subject alternative DNS name matching {server_name} found.")
            }
        }
        rustls::Error::InvalidCertificate(C::Expired | C::ExpiredContext { .. }) => {
            "PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed".to_owned()
        }
        rustls::Error::AlertReceived(a) => format!("Received fatal alert: {}", alert_name(*a)),
        other => format!("SSLHandshakeException: {other}"),
    }
}

fn timed_out(t: &Target, addr: &str, timeout: Duration) -> String {
    if t.explicit_timeout {
        "Request timed out before receiving a response from the remote cluster".to_owned()
    } else {
        format!("[][{addr}] handshake_timeout[{}ms]", timeout.as_millis())
    }
}

/// The message for a remote that could not be reached at all (§2.7 `connect_exception`).
fn unreachable_message(t: &Target, addr: &str, cause: &str) -> String {
    let summary = if t.proxy {
        format!(
            "failed to open any proxy connections to cluster [{}]",
            t.alias
        )
    } else {
        format!("fetching nodes from external cluster [{}] failed", t.alias)
    };
    format!("{summary}; [][{addr}] connect_exception: {cause}: /{addr}")
}

fn connect_cause(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::ConnectionRefused => "Connection refused",
        std::io::ErrorKind::TimedOut => "Connection timed out",
        _ => "No route to host",
    }
}

/// Connect `net`'s cluster to `t` over real TLS and run the handshake. `Err` carries the message
/// Elasticsearch would show (as `_resolve/cluster` `error`).
pub(crate) async fn connect(
    net: Arc<ClusterNet>,
    t: Target,
    timeout: Duration,
) -> Result<Hello, String> {
    let mut last = String::from("no address configured");
    for addr in &t.addresses {
        match connect_one(&net, &t, addr, timeout).await {
            Ok(h) => return Ok(h),
            Err(e) => last = e,
        }
    }
    Err(last)
}

async fn connect_one(
    net: &ClusterNet,
    t: &Target,
    addr: &str,
    timeout: Duration,
) -> Result<Hello, String> {
    let host = host_of(addr);
    let server_name = if t.proxy && !t.server_name.is_empty() {
        t.server_name.clone()
    } else {
        host.clone()
    };
    let tcp = match tokio::time::timeout(timeout, TcpStream::connect(addr)).await {
        Ok(Ok(s)) => s,
        Ok(Err(e)) => return Err(unreachable_message(t, addr, connect_cause(&e))),
        Err(_) if t.explicit_timeout => return Err(timed_out(t, addr, timeout)),
        Err(_) => return Err(unreachable_message(t, addr, "Connection timed out")),
    };
    let (context, roots, client) = if t.credentials.is_some() {
        (
            "xpack.security.remote_cluster_client.ssl",
            lock(&net.rcc_cas).clone(),
            None,
        )
    } else {
        let id = net
            .transport_identity()
            .map_err(|e| format!("local transport certificate: {e:#}"))?;
        (
            "xpack.security.transport.ssl",
            lock(&net.transport_trust).clone(),
            Some(id),
        )
    };
    let verifier = tls::roots_of(&roots)
        .and_then(RecordingVerifier::new)
        .map_err(|e| format!("{e:#}"))?;
    let config =
        tls::client_config(verifier.clone(), client.as_ref()).map_err(|e| format!("{e:#}"))?;
    let sni = ServerName::try_from(server_name.clone())
        .map_err(|_| format!("invalid server_name [{server_name}]"))?;
    let connector = tokio_rustls::TlsConnector::from(config);
    let tls_err = |e: &std::io::Error| match io_tls_error(e) {
        Some(te) => tls_message(te, &host, &server_name, context, verifier.seen().as_deref()),
        None => format!("transport connection to [{addr}] closed by remote"),
    };
    let mut stream = match tokio::time::timeout(timeout, connector.connect(sni, tcp)).await {
        Ok(Ok(s)) => s,
        Ok(Err(e)) => return Err(tls_err(&e)),
        Err(_) => return Err(timed_out(t, addr, timeout)),
    };
    let mut request = json!({
        "action": HANDSHAKE_ACTION,
        "credentials": t.credentials,
    })
    .to_string();
    request.push('\n');
    let exchange = async {
        stream.write_all(request.as_bytes()).await?;
        stream.flush().await?;
        let mut reader = BufReader::new(stream);
        let mut line = String::new();
        reader.read_line(&mut line).await?;
        Ok::<String, std::io::Error>(line)
    };
    let line = match tokio::time::timeout(timeout, exchange).await {
        Ok(Ok(l)) if !l.trim().is_empty() => l,
        // a TLS 1.3 server rejects a client certificate after the client finished its handshake
        Ok(Ok(_)) => return Err(format!("transport connection to [{addr}] closed by remote")),
        Ok(Err(e)) => return Err(tls_err(&e)),
        Err(_) => return Err(timed_out(t, addr, timeout)),
    };
    let v: Value =
        serde_json::from_str(line.trim()).map_err(|e| format!("invalid handshake answer: {e}"))?;
    if let Some(err) = v.get("error") {
        return Err(err["reason"]
            .as_str()
            .unwrap_or("handshake failed")
            .to_owned());
    }
    Ok(Hello {
        version: v["version"].clone(),
        nodes: v["nodes"].as_u64().unwrap_or(1),
        indices: v["indices"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default(),
    })
}

/// A listener on `127.0.0.1` with a free port.
pub(crate) fn bind_raw() -> anyhow::Result<(std::net::TcpListener, SocketAddr)> {
    let listener = util::listen(([127, 0, 0, 1], 0).into())?;
    let addr = listener.local_addr()?;
    Ok((listener, addr))
}
