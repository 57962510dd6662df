//! The HTTP client every binary uses (only this module builds one): TLS, proxies, timeouts, retries,
//! authentication, dry-run rendering and the failure taxonomy.

pub mod classify;
pub mod dns;
pub mod tls;

use crate::auth::Auth;
use crate::failure::FailureKind;
use crate::models::es::EsError;
use crate::proxy::ProxyConfig;
use crate::secret::{REDACTED, Secret};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use url::Url;

pub use reqwest::Method;
pub use tls::{TlsConfigError, TlsOptions};

/// Client-wide settings.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub tls: TlsOptions,
    pub proxy: ProxyConfig,
    pub connect_timeout: Duration,
    /// Time limit for one attempt, from connect to the end of the body.
    pub timeout: Duration,
    pub retry: RetryPolicy,
    pub user_agent: String,
    /// Extra trusted root files from `SSL_CERT_FILE`.
    pub extra_roots: Vec<PathBuf>,
}

impl Default for ClientConfig {
    fn default() -> Self {
        Self {
            tls: TlsOptions::default(),
            proxy: ProxyConfig::default(),
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            retry: RetryPolicy::default(),
            user_agent: format!("esconnect/{}", env!("CARGO_PKG_VERSION")),
            extra_roots: Vec::new(),
        }
    }
}

/// Retries: only idempotent requests, only on failures that another attempt can fix (connection refused,
/// reset or closed, connect timeout, HTTP 429/502/503/504), with capped exponential backoff and full
/// jitter, within a bound on the total time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, including the first. 1 disables retries.
    pub max_attempts: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
    /// No new attempt starts after this much time since the first.
    pub max_elapsed: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 4,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(3),
            max_elapsed: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    pub const NONE: RetryPolicy = RetryPolicy {
        max_attempts: 1,
        base_delay: Duration::ZERO,
        max_delay: Duration::ZERO,
        max_elapsed: Duration::ZERO,
    };

    /// The delay before attempt `attempt + 1` (attempt counts from 1): uniform in [0, min(cap, base·2^(attempt-1))].
    pub fn backoff(&self, attempt: u32) -> Duration {
        let exp = self
            .base_delay
            .saturating_mul(1u32 << (attempt.saturating_sub(1)).min(16));
        let ceiling = exp.min(self.max_delay);
        let nanos = u64::try_from(ceiling.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(if nanos == 0 {
            0
        } else {
            fastrand::u64(0..=nanos)
        })
    }

    /// Whether a failure of this kind or status is worth another attempt.
    pub fn retryable(kind: FailureKind) -> bool {
        matches!(
            kind,
            FailureKind::ConnectionRefused
                | FailureKind::ConnectionReset
                | FailureKind::ConnectionClosed
                | FailureKind::ConnectTimeout
                | FailureKind::TooManyRequests
                | FailureKind::BadGateway
                | FailureKind::ServiceUnavailable
                | FailureKind::GatewayTimeout
        )
    }
}

/// A configured HTTP client; cheap to clone, share it across endpoints with the same TLS and proxy needs.
///
/// Redirects are never followed: Elasticsearch and the ECE/ECH API never answer with one, and following
/// a `302` would turn `POST _has_privileges` into a `GET` on another host. A 3xx is a
/// [`FailureKind::Redirect`] carrying its `Location`.
#[derive(Clone)]
pub struct HttpClient {
    inner: reqwest::Client,
    config: Arc<ClientConfig>,
    /// The TLS configuration, kept to build [`HttpClient::isolated`] clients without reloading the roots.
    tls: Arc<rustls::ClientConfig>,
}

impl std::fmt::Debug for HttpClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpClient")
            .field("config", &self.config)
            .finish()
    }
}

impl HttpClient {
    pub fn new(config: ClientConfig) -> Result<Self, TlsConfigError> {
        // reqwest wants a process-wide provider even with a preconfigured TLS config; installing twice is harmless.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let tls = Arc::new(tls::client_config(&config.tls, &config.extra_roots)?);
        let inner = build_reqwest(&config, (*tls).clone(), 2)?;
        Ok(Self {
            inner,
            config: Arc::new(config),
            tls,
        })
    }

    /// A client with the same settings and trust, but its own connection pool (at most one idle
    /// connection) and no TLS session cache: when it is dropped, its connections close and nothing of the
    /// host stays in memory. Fleets use one per cluster so that open files and memory stay bounded by
    /// the concurrency, not the fleet's size. Cheap: the root store is shared, not reloaded.
    pub fn isolated(&self) -> Result<Self, TlsConfigError> {
        let mut tls = (*self.tls).clone();
        tls.resumption = rustls::client::Resumption::disabled();
        let inner = build_reqwest(&self.config, tls, 1)?;
        Ok(Self {
            inner,
            config: self.config.clone(),
            tls: self.tls.clone(),
        })
    }

    pub fn config(&self) -> &ClientConfig {
        &self.config
    }
}

fn build_reqwest(
    config: &ClientConfig,
    tls: rustls::ClientConfig,
    idle_per_host: usize,
) -> Result<reqwest::Client, TlsConfigError> {
    let proxy_cfg = config.proxy.clone();
    let proxy =
        reqwest::Proxy::custom(move |url| proxy_cfg.for_url(url).and_then(|p| Url::parse(p).ok()));
    reqwest::Client::builder()
        .use_preconfigured_tls(tls)
        .no_proxy()
        .proxy(proxy)
        .redirect(reqwest::redirect::Policy::none())
        .dns_resolver(Arc::new(dns::SystemResolver))
        .connect_timeout(config.connect_timeout)
        .timeout(config.timeout)
        .user_agent(config.user_agent.clone())
        .pool_max_idle_per_host(idle_per_host)
        .build()
        .map_err(|e| TlsConfigError::BadCa {
            path: PathBuf::from("(client)"),
            reason: e.to_string(),
        })
}

/// How a request authenticates.
#[derive(Debug, Clone)]
pub enum RequestAuth {
    /// The endpoint's credentials.
    Endpoint,
    /// No `Authorization` header (the probes of the Elastic Cloud endpoints).
    None,
    /// A given `Authorization` value.
    Header(Secret),
}

/// A request, relative to an endpoint's base URL.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Option<serde_json::Value>,
    /// JSON pointers of body fields that hold secrets (redacted in logs and dry runs).
    pub redact: Vec<std::borrow::Cow<'static, str>>,
    pub idempotent: bool,
    pub auth: RequestAuth,
    /// Send `Content-Length: 0` with no body and no content type (the OTel probe).
    pub empty_body: bool,
    /// The response carries a secret (a new API key): its body is never logged, at any level.
    pub sensitive_response: bool,
}

impl Request {
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        let idempotent = matches!(
            method,
            Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
        );
        let path = path.into();
        // Endpoints whose responses hold secrets; callers can mark others with `sensitive_response()`.
        let sensitive_response =
            path.contains("api_key") || path.contains("_service/") || path.contains("oauth2/token");
        Self {
            method,
            path,
            query: vec![],
            body: None,
            redact: vec![],
            idempotent,
            auth: RequestAuth::Endpoint,
            empty_body: false,
            sensitive_response,
        }
    }
    /// Marks the response as holding a secret: its body is never logged.
    pub fn sensitive_response(mut self) -> Self {
        self.sensitive_response = true;
        self
    }
    pub fn get(path: impl Into<String>) -> Self {
        Self::new(Method::GET, path)
    }
    pub fn put(path: impl Into<String>, body: impl Serialize) -> Self {
        Self::new(Method::PUT, path).json(body)
    }
    pub fn post(path: impl Into<String>, body: impl Serialize) -> Self {
        Self::new(Method::POST, path).json(body)
    }
    pub fn delete(path: impl Into<String>) -> Self {
        Self::new(Method::DELETE, path)
    }
    pub fn json(mut self, body: impl Serialize) -> Self {
        self.body = Some(serde_json::to_value(body).expect("request bodies serialise"));
        self
    }
    pub fn query(mut self, k: &str, v: &str) -> Self {
        self.query.push((k.into(), v.into()));
        self
    }
    pub fn redact(mut self, pointer: impl Into<std::borrow::Cow<'static, str>>) -> Self {
        self.redact.push(pointer.into());
        self
    }
    /// Marks a POST that changes nothing (e.g. `_has_privileges`) as safe to retry.
    pub fn idempotent(mut self, yes: bool) -> Self {
        self.idempotent = yes;
        self
    }
    pub fn without_auth(mut self) -> Self {
        self.auth = RequestAuth::None;
        self
    }
    pub fn empty_body(mut self) -> Self {
        self.empty_body = true;
        self.body = None;
        self
    }

    /// The body with secret fields replaced by `[redacted]`.
    pub fn redacted_body(&self) -> Option<serde_json::Value> {
        let mut body = self.body.clone()?;
        for p in &self.redact {
            if let Some(v) = body.pointer_mut(p.as_ref()) {
                *v = serde_json::Value::String(REDACTED.into());
            }
        }
        Some(body)
    }

    /// What a dry run shows: method, full URL and the redacted body.
    pub fn planned(&self, base: &Url) -> PlannedRequest {
        let mut url = crate::url::join_path(base, &self.path);
        if !self.query.is_empty() {
            url.query_pairs_mut().extend_pairs(self.query.iter());
        }
        PlannedRequest {
            method: self.method.to_string(),
            url: crate::url::redact(&url),
            body: self.redacted_body(),
        }
    }
}

/// A request shown instead of sent (`--dry-run`). Never holds a secret.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PlannedRequest {
    pub method: String,
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<serde_json::Value>,
}

impl std::fmt::Display for PlannedRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.method, self.url)?;
        if let Some(b) = &self.body {
            write!(
                f,
                "\n{}",
                serde_json::to_string_pretty(b).unwrap_or_default()
            )?;
        }
        Ok(())
    }
}

/// A response of any status.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
    pub method: String,
    /// Redacted.
    pub url: String,
    pub elapsed: Duration,
    pub attempts: u32,
    pub proxied: bool,
}

impl Response {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
    /// The body as `T`, or an `UnexpectedBody` failure naming what was expected.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, WireError> {
        serde_json::from_str(&self.body).map_err(|e| {
            let mut err = WireError::new(FailureKind::UnexpectedBody, &self.method, &self.url);
            err.status = Some(self.status);
            err.detail = Some(format!(
                "{e}; the body starts with: {}",
                snippet(&self.body)
            ));
            err
        })
    }
    pub fn es_error(&self) -> Option<EsError> {
        EsError::parse(&self.body)
    }
    /// Turns a non-2xx response into a failure (classified by status, with the ES error parsed).
    pub fn error_for_status(self) -> Result<Response, WireError> {
        if self.is_success() {
            return Ok(self);
        }
        Err(classify::status_failure(&self))
    }
}

pub(crate) fn snippet(body: &str) -> String {
    let one_line: String = body
        .chars()
        .take(160)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    one_line.trim().to_string()
}

/// A failure on the wire, classified.
#[derive(Debug, Clone, Serialize)]
pub struct WireError {
    pub kind: FailureKind,
    pub method: String,
    /// Redacted.
    pub url: String,
    pub status: Option<u16>,
    pub es_error: Option<EsError>,
    /// What the classification saw (an OS error, the proxy's answer, the start of a body). Scrubbed.
    pub detail: Option<String>,
    pub attempts: u32,
}

impl WireError {
    pub fn new(kind: FailureKind, method: &str, url: &str) -> Self {
        Self {
            kind,
            method: method.into(),
            url: url.into(),
            status: None,
            es_error: None,
            detail: None,
            attempts: 1,
        }
    }
    pub fn remedy(&self) -> &'static str {
        self.kind.remedy()
    }
    /// Exit code for a binary that stops on this failure.
    pub fn exit_code(&self) -> u8 {
        match self.kind {
            FailureKind::Unauthorized | FailureKind::Forbidden => crate::exit::AUTH,
            k if k.is_transport()
                || k.is_tls()
                || matches!(
                    k,
                    FailureKind::ResponseTimeout
                        | FailureKind::ProxyRefused
                        | FailureKind::ProxyAuthRequired
                        | FailureKind::Redirect
                ) =>
            {
                crate::exit::UNREACHABLE
            }
            _ => crate::exit::FAILURE,
        }
    }
}

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}: {}", self.method, self.url, self.kind.summary())?;
        if let Some(e) = &self.es_error {
            write!(f, ": {}: {}", e.kind, e.reason)?;
        }
        if let Some(d) = &self.detail {
            write!(f, " ({d})")?;
        }
        if self.attempts > 1 {
            write!(f, " [after {} attempts]", self.attempts)?;
        }
        Ok(())
    }
}

impl std::error::Error for WireError {}

/// A base URL with credentials and a client: what tools talk to.
#[derive(Clone, Debug)]
pub struct Endpoint {
    pub client: HttpClient,
    pub base: Url,
    pub auth: Option<Auth>,
}

impl Endpoint {
    pub fn new(client: HttpClient, base: Url, auth: Option<Auth>) -> Self {
        Self { client, base, auth }
    }

    /// Sends, retrying as the policy allows; any HTTP status is `Ok`.
    pub async fn send(&self, req: &Request) -> Result<Response, WireError> {
        let policy = if req.idempotent {
            self.client.config.retry
        } else {
            RetryPolicy::NONE
        };
        let start = Instant::now();
        let mut attempt = 1;
        loop {
            let result = self.send_once(req).await;
            let kind = match &result {
                Ok(r) if !r.is_success() => Some(FailureKind::from_status(r.status)),
                Ok(_) => None,
                Err(e) => Some(e.kind),
            };
            let again = kind.is_some_and(RetryPolicy::retryable) && attempt < policy.max_attempts;
            if again {
                let mut delay = policy.backoff(attempt);
                if let Ok(r) = &result
                    && let Some(secs) = r
                        .header("retry-after")
                        .and_then(|v| v.trim().parse::<u64>().ok())
                {
                    delay = delay.max(Duration::from_secs(secs).min(policy.max_delay));
                }
                if start.elapsed() + delay < policy.max_elapsed {
                    tracing::debug!(attempt, ?delay, kind = ?kind, "retrying {} {}", req.method, req.path);
                    tokio::time::sleep(delay).await;
                    attempt += 1;
                    continue;
                }
            }
            return match result {
                Ok(mut r) => {
                    r.attempts = attempt;
                    r.elapsed = start.elapsed();
                    Ok(r)
                }
                Err(mut e) => {
                    e.attempts = attempt;
                    Err(e)
                }
            };
        }
    }

    /// Sends and turns non-2xx statuses into failures.
    pub async fn call(&self, req: &Request) -> Result<Response, WireError> {
        self.send(req).await?.error_for_status()
    }

    /// `call` and parse the body.
    pub async fn call_json<T: DeserializeOwned>(&self, req: &Request) -> Result<T, WireError> {
        self.call(req).await?.json()
    }

    fn url_for(&self, req: &Request) -> Url {
        let mut url = crate::url::join_path(&self.base, &req.path);
        if !req.query.is_empty() {
            url.query_pairs_mut().extend_pairs(req.query.iter());
        }
        url
    }

    async fn send_once(&self, req: &Request) -> Result<Response, WireError> {
        let url = self.url_for(req);
        let shown = crate::url::redact(&url);
        let proxy = self.client.config.proxy.for_url(&url).map(str::to_string);
        let mut rb = self.client.inner.request(req.method.clone(), url.clone());
        let auth_value = match &req.auth {
            RequestAuth::Endpoint => self.auth.as_ref().map(Auth::header_value),
            RequestAuth::None => None,
            RequestAuth::Header(s) => Some(s.clone()),
        };
        if let Some(v) = &auth_value {
            let mut hv = reqwest::header::HeaderValue::from_str(v.expose())
                .map_err(|_| WireError::new(FailureKind::Other, req.method.as_str(), &shown))?;
            hv.set_sensitive(true);
            rb = rb.header(reqwest::header::AUTHORIZATION, hv);
        }
        if let Some(body) = &req.body {
            rb = rb
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(serde_json::to_vec(body).expect("JSON values serialise"));
        } else if req.empty_body {
            rb = rb.header(reqwest::header::CONTENT_LENGTH, "0");
        }
        tracing::debug!(
            method = %req.method,
            url = %shown,
            proxy = proxy.as_deref().map(crate::url::redact_str).unwrap_or_else(|| "none".into()),
            authorization = if auth_value.is_some() { REDACTED } else { "none" },
            "request"
        );
        if let Some(b) = req.redacted_body() {
            tracing::trace!(body = %b, "request body");
        }
        let started = Instant::now();
        let sent = rb.send().await;
        let resp = match sent {
            Ok(r) => r,
            Err(e) => {
                let err = classify::classify(
                    &e,
                    req.method.as_str(),
                    &url,
                    proxy.as_deref(),
                    &self.client.config,
                )
                .await;
                tracing::debug!(kind = %err.kind, elapsed_ms = started.elapsed().as_millis() as u64, "request failed");
                return Err(self.scrub(err));
            }
        };
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let body = match resp.text().await {
            Ok(b) => b,
            Err(e) => {
                let err = classify::classify(
                    &e,
                    req.method.as_str(),
                    &url,
                    proxy.as_deref(),
                    &self.client.config,
                )
                .await;
                return Err(self.scrub(err));
            }
        };
        tracing::debug!(
            status,
            elapsed_ms = started.elapsed().as_millis() as u64,
            "response"
        );
        if req.sensitive_response {
            tracing::trace!("response body not logged: it holds a secret");
        } else {
            tracing::trace!(body = %self.scrub_text(&snippet(&body)), "response body");
        }
        Ok(Response {
            status,
            headers,
            body: self.scrub_text(&body),
            method: req.method.to_string(),
            url: shown,
            elapsed: started.elapsed(),
            attempts: 1,
            proxied: proxy.is_some(),
        })
    }

    fn scrub_text(&self, text: &str) -> String {
        match &self.auth {
            Some(a) => {
                let secrets = a.secrets();
                crate::secret::scrub(text, &secrets.iter().collect::<Vec<_>>())
            }
            None => text.to_string(),
        }
    }

    fn scrub(&self, mut e: WireError) -> WireError {
        e.detail = e.detail.map(|d| self.scrub_text(&d));
        e
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dry_run_redacts_secret_fields_and_userinfo() {
        let req = Request::put(
            "/_security/user/autoops",
            json!({"password": "s3cret-pw", "roles": ["autoops"]}),
        )
        .redact("/password");
        let p = req.planned(&Url::parse("https://es:9200").unwrap());
        let shown = p.to_string();
        assert!(
            shown.starts_with("PUT https://es:9200/_security/user/autoops\n"),
            "{shown}"
        );
        assert!(
            !shown.contains("s3cret-pw") && shown.contains("[redacted]"),
            "{shown}"
        );
        // The request itself still carries the secret to send.
        assert_eq!(req.body.unwrap()["password"], "s3cret-pw");
    }

    #[test]
    fn api_key_responses_are_sensitive() {
        assert!(Request::post("/_security/api_key", json!({})).sensitive_response);
        assert!(Request::post("/_security/cross_cluster/api_key", json!({})).sensitive_response);
        assert!(!Request::get("/_license").sensitive_response);
        assert!(Request::get("/x").sensitive_response().sensitive_response);
    }

    #[test]
    fn idempotency_follows_http_semantics() {
        assert!(Request::get("/").idempotent);
        assert!(Request::put("/x", json!({})).idempotent);
        assert!(!Request::post("/_security/api_key", json!({})).idempotent);
        assert!(
            Request::post("/_security/user/_has_privileges", json!({}))
                .idempotent(true)
                .idempotent
        );
    }

    #[test]
    fn backoff_is_capped_and_grows() {
        let p = RetryPolicy {
            max_attempts: 10,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(800),
            max_elapsed: Duration::from_secs(60),
        };
        for attempt in 1..12 {
            let ceiling = Duration::from_millis(100 * (1 << (attempt - 1).min(16)))
                .min(Duration::from_millis(800));
            for _ in 0..50 {
                assert!(p.backoff(attempt) <= ceiling);
            }
        }
        // Full jitter: over many draws the later attempts reach beyond the first attempt's ceiling.
        assert!((0..200).any(|_| p.backoff(4) > Duration::from_millis(100)));
        assert_eq!(RetryPolicy::NONE.backoff(1), Duration::ZERO);
    }

    #[test]
    fn retryable_kinds() {
        assert!(RetryPolicy::retryable(FailureKind::ServiceUnavailable));
        assert!(RetryPolicy::retryable(FailureKind::TooManyRequests));
        assert!(!RetryPolicy::retryable(FailureKind::Unauthorized));
        assert!(!RetryPolicy::retryable(FailureKind::TlsUnknownAuthority));
        assert!(!RetryPolicy::retryable(FailureKind::ResponseTimeout));
    }
}
