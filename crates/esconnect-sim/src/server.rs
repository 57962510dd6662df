//! Listeners: the accept loop, per-connection TLS and fault handling, request journal.
//!
//! What a listener serves is a `dyn` [`Service`] (a cluster, the Cloud Connected API, the OTel collector
//! or the ECE/ECH API): this module imports none of them. A `Fault::Status` of 502–504 is answered here
//! with the nginx page of the proxy in front; other codes in the service's own error shape
//! ([`Service::fault_response`]).
//!
//! Every listener has its own accept loop. For each connection the loop:
//! 1. reads the listener's [`TlsFault`] (so a change applies to new connections only);
//! 2. on an HTTPS listener peeks the first byte: `0x16` (TLS handshake) is served over TLS with the
//!    certificate the fault asks for (without a fault: the cluster's own identity when it has one, see
//!    [`crate::ClusterSpec::ca`]); anything else is plaintext HTTP on an HTTPS channel, which
//!    Elasticsearch answers by closing the connection without a response (it logs "received plaintext http
//!    traffic on an https channel, closing connection"); with [`TlsFault::PlainHttp`] the roles swap;
//! 3. serves HTTP/1.1 with hyper. Request-level [`Fault`]s are applied inside the service after the
//!    request has been read and journaled; `Reset` and `Close` abort the hyper connection from outside, the
//!    socket wrapper setting `SO_LINGER` 0 first for `Reset` so the kernel sends an RST.

use std::convert::Infallible;
use std::fmt;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::time::Duration;

use http_body_util::{BodyExt as _, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncReadExt as _, AsyncWrite, AsyncWriteExt as _, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;
use tokio_rustls::TlsAcceptor;

use crate::service::{Req, Resp, Service};
use crate::tls::Tls;
use crate::{Fault, FaultRule, JournalEntry, TlsFault};

/// Largest request body accepted (Elasticsearch's default `http.max_content_length` is 100mb).
const MAX_BODY: usize = 100 * 1024 * 1024;

pub(crate) struct ServiceShared {
    service: Arc<dyn Service>,
    addr: SocketAddr,
    https: bool,
    journal: Mutex<Vec<JournalEntry>>,
    faults: Mutex<Vec<FaultRule>>,
    tls_fault: Mutex<Option<TlsFault>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl ServiceShared {
    pub fn new(service: Arc<dyn Service>, addr: SocketAddr, https: bool) -> Self {
        Self {
            service,
            addr,
            https,
            journal: Mutex::new(Vec::new()),
            faults: Mutex::new(Vec::new()),
            tls_fault: Mutex::new(None),
        }
    }

    /// The fault for a request, consuming one use of a counted rule.
    fn take_fault(&self, method: &str, path: &str) -> Option<Fault> {
        let mut faults = lock(&self.faults);
        let idx = faults.iter().position(|r| r.matches(method, path))?;
        let rule = &mut faults[idx];
        let fault = rule.fault.clone();
        if let Some(n) = rule.times.as_mut() {
            *n = n.saturating_sub(1);
            if *n == 0 {
                faults.remove(idx);
            }
        }
        Some(fault)
    }
}

/// A listener of the simulator: its address, journal and fault controls.
#[derive(Clone)]
pub struct ServiceHandle {
    pub(crate) inner: Arc<ServiceShared>,
}

impl fmt::Debug for ServiceHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServiceHandle")
            .field("url", &self.url())
            .finish_non_exhaustive()
    }
}

impl ServiceHandle {
    /// `https://127.0.0.1:PORT` (or `http://`), no trailing slash.
    pub fn url(&self) -> String {
        let scheme = if self.inner.https { "https" } else { "http" };
        format!("{scheme}://127.0.0.1:{}", self.inner.addr.port())
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.inner.addr
    }

    /// The port.
    pub fn port(&self) -> u16 {
        self.inner.addr.port()
    }

    /// Whether the listener speaks HTTPS.
    pub fn is_https(&self) -> bool {
        self.inner.https
    }

    /// Every request received so far, in order.
    pub fn journal(&self) -> Vec<JournalEntry> {
        lock(&self.inner.journal).clone()
    }

    /// Forget the requests received so far.
    pub fn clear_journal(&self) {
        lock(&self.inner.journal).clear();
    }

    /// Add a request-level fault (checked after earlier rules).
    pub fn add_fault(&self, rule: FaultRule) {
        lock(&self.inner.faults).push(rule);
    }

    /// Remove every request-level fault.
    pub fn clear_faults(&self) {
        lock(&self.inner.faults).clear();
    }

    /// Set or clear the connection-level fault; applies to connections accepted from now on.
    pub fn set_tls_fault(&self, fault: Option<TlsFault>) {
        *lock(&self.inner.tls_fault) = fault;
    }

    /// The current connection-level fault.
    pub fn tls_fault(&self) -> Option<TlsFault> {
        *lock(&self.inner.tls_fault)
    }
}

/// Per-connection control shared between the service and the connection task.
#[derive(Default)]
struct ConnCtl {
    reset: AtomicBool,
    abort: Notify,
}

/// The TCP stream under hyper (and TLS). When dropped after a `Reset` fault it sets `SO_LINGER` 0 so that
/// closing the socket sends an RST instead of a FIN.
struct ConnStream {
    inner: TcpStream,
    ctl: Arc<ConnCtl>,
}

impl Drop for ConnStream {
    fn drop(&mut self) {
        if self.ctl.reset.load(Ordering::SeqCst) {
            let _ = socket2::SockRef::from(&self.inner).set_linger(Some(Duration::ZERO));
        }
    }
}

impl AsyncRead for ConnStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for ConnStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

/// Accept connections forever (the task is dropped when the simulator stops).
pub(crate) async fn accept_loop(
    listener: TcpListener,
    svc: Arc<ServiceShared>,
    tls: Option<Arc<Tls>>,
    own: Option<Arc<rustls::ServerConfig>>,
) {
    loop {
        match listener.accept().await {
            Ok((stream, _)) => {
                let svc = svc.clone();
                let tls = tls.clone();
                let own = own.clone();
                tokio::spawn(async move { serve_conn(stream, svc, tls, own).await });
            }
            Err(e) => {
                tracing::debug!("accept on {} failed: {e}", svc.addr);
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
    }
}

async fn serve_conn(
    stream: TcpStream,
    svc: Arc<ServiceShared>,
    tls: Option<Arc<Tls>>,
    own: Option<Arc<rustls::ServerConfig>>,
) {
    let _ = stream.set_nodelay(true);
    let ctl = Arc::new(ConnCtl::default());
    let Some(tls) = tls else {
        let io = ConnStream {
            inner: stream,
            ctl: ctl.clone(),
        };
        serve_http(io, svc, ctl).await;
        return;
    };
    let fault = *lock(&svc.tls_fault);
    let mut first = [0u8; 1];
    match stream.peek(&mut first).await {
        Ok(1) => {}
        _ => return,
    }
    let is_tls = first[0] == 0x16;
    if fault == Some(TlsFault::PlainHttp) {
        if is_tls {
            plaintext_bad_request(stream).await;
        } else {
            let io = ConnStream {
                inner: stream,
                ctl: ctl.clone(),
            };
            serve_http(io, svc, ctl).await;
        }
        return;
    }
    if !is_tls {
        tracing::warn!(
            "received plaintext http traffic on an https channel, closing connection (listener {})",
            svc.addr
        );
        drain_and_close(stream).await;
        return;
    }
    // a cluster with its own identity presents it unless a fault asks for another certificate
    let config = match (fault, own) {
        (None | Some(TlsFault::PlainHttp), Some(own)) => own,
        _ => tls.config_for(fault),
    };
    let acceptor = TlsAcceptor::from(config);
    let io = ConnStream {
        inner: stream,
        ctl: ctl.clone(),
    };
    match tokio::time::timeout(Duration::from_secs(10), acceptor.accept(io)).await {
        Ok(Ok(tls_stream)) => serve_http(tls_stream, svc, ctl).await,
        Ok(Err(e)) => tracing::debug!("TLS handshake on {} failed: {e}", svc.addr),
        Err(_) => tracing::debug!("TLS handshake on {} timed out", svc.addr),
    }
}

/// Read what the peer sent so far (so closing sends a FIN, not an RST for unread data).
async fn drain_available(stream: &mut TcpStream) {
    let mut buf = [0u8; 8192];
    while let Ok(Ok(n)) =
        tokio::time::timeout(Duration::from_millis(50), stream.read(&mut buf)).await
    {
        if n == 0 {
            break;
        }
    }
}

async fn drain_and_close(mut stream: TcpStream) {
    drain_available(&mut stream).await;
    let _ = stream.shutdown().await;
}

/// What a plain HTTP server answers to a TLS ClientHello.
async fn plaintext_bad_request(mut stream: TcpStream) {
    drain_available(&mut stream).await;
    let _ = stream
        .write_all(
            b"HTTP/1.1 400 Bad Request\r\ncontent-type: text/plain; charset=UTF-8\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
        )
        .await;
    let _ = stream.shutdown().await;
    let mut buf = [0u8; 1024];
    let _ = tokio::time::timeout(Duration::from_secs(2), async {
        while let Ok(n) = stream.read(&mut buf).await {
            if n == 0 {
                break;
            }
        }
    })
    .await;
}

async fn serve_http<I>(io: I, svc: Arc<ServiceShared>, ctl: Arc<ConnCtl>)
where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let svc2 = svc.clone();
    let ctl2 = ctl.clone();
    let service = service_fn(move |req| {
        let svc = svc2.clone();
        let ctl = ctl2.clone();
        async move { Ok::<_, Infallible>(handle_request(req, svc, ctl).await) }
    });
    let conn = hyper::server::conn::http1::Builder::new()
        .keep_alive(true)
        .serve_connection(TokioIo::new(io), service);
    tokio::select! {
        res = conn => {
            if let Err(e) = res {
                tracing::debug!("connection on {} ended: {e}", svc.addr);
            }
        }
        () = ctl.abort.notified() => {}
    }
}

fn build_response(resp: Resp) -> Response<Full<Bytes>> {
    let mut builder = Response::builder().status(resp.status);
    for (k, v) in resp.headers {
        builder = builder.header(k, v);
    }
    builder
        .body(Full::new(Bytes::from(resp.body)))
        .unwrap_or_else(|_| {
            let mut r = Response::new(Full::new(Bytes::new()));
            *r.status_mut() = http::StatusCode::INTERNAL_SERVER_ERROR;
            r
        })
}

async fn handle_request(
    req: Request<Incoming>,
    svc: Arc<ServiceShared>,
    ctl: Arc<ConnCtl>,
) -> Response<Full<Bytes>> {
    let (parts, body) = req.into_parts();
    let body = match Limited::new(body, MAX_BODY).collect().await {
        Ok(c) => c.to_bytes(),
        Err(e) => {
            let too_large = e
                .downcast_ref::<http_body_util::LengthLimitError>()
                .is_some();
            return build_response(if too_large {
                Resp::text(413, "text/plain; charset=UTF-8", "")
            } else {
                Resp::text(400, "text/plain; charset=UTF-8", "")
            });
        }
    };
    let method = parts.method.as_str().to_owned();
    let path = parts.uri.path().to_owned();
    let entry = JournalEntry {
        method: method.clone(),
        path: path.clone(),
        query: parts.uri.query().map(str::to_owned),
        headers: parts
            .headers
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_ascii_lowercase(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: String::from_utf8_lossy(&body).into_owned(),
    };
    lock(&svc.journal).push(entry);

    match svc.take_fault(&method, &path) {
        Some(Fault::Latency(d)) => tokio::time::sleep(d).await,
        Some(Fault::Status(code)) => return build_response(fault_response(&*svc.service, code)),
        Some(Fault::Reset) => {
            ctl.reset.store(true, Ordering::SeqCst);
            ctl.abort.notify_one();
            return std::future::pending().await;
        }
        Some(Fault::Hang) => return std::future::pending().await,
        Some(Fault::Close) => {
            ctl.abort.notify_one();
            return std::future::pending().await;
        }
        Some(Fault::Redirect { status, location }) => {
            let title = format!("{status} {}", crate::service::reason(status));
            let mut r = Resp::text(
                status,
                "text/html",
                &format!(
                    "<html><head><title>{title}</title></head><body><center><h1>{title}</h1></center><hr><center>nginx</center></body></html>\r\n"
                ),
            );
            r.headers.push(("location".into(), location));
            return build_response(r);
        }
        None => {}
    }

    let req = Req {
        method: parts.method,
        path,
        query: parts.uri.query().map(str::to_owned),
        headers: parts.headers,
        body,
    };
    build_response(svc.service.clone().handle(req).await)
}

/// The body a `Fault::Status` answers with.
fn fault_response(service: &dyn Service, code: u16) -> Resp {
    let code = if (100..1000).contains(&code) {
        code
    } else {
        500
    };
    if matches!(code, 502..=504) {
        let title = match code {
            502 => "502 Bad Gateway",
            503 => "503 Service Temporarily Unavailable",
            _ => "504 Gateway Time-out",
        };
        let html = format!(
            "<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
        );
        return Resp::text(code, "text/html", &html);
    }
    service.fault_response(code)
}
