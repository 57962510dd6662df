//! Every failure kind of the taxonomy, produced for real (real sockets, real TLS handshakes against the
//! simulator's listeners, a real forward proxy) and classified by the core.

use esconnect_core::auth::{ApiKey, Auth};
use esconnect_core::failure::FailureKind;
use esconnect_core::http::tls::{TlsOptions, format_fingerprint, sha256};
use esconnect_core::http::{ClientConfig, Endpoint, HttpClient, Request, RetryPolicy, WireError};
use esconnect_core::models::es::RootInfo;
use esconnect_core::proxy::ProxyConfig;
use esconnect_core::secret::Secret;
use esconnect_sim::{ClusterSpec, Fault, FaultRule, Sim, TlsFault};
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::time::Duration;
use url::Url;

fn elastic() -> Option<Auth> {
    Some(Auth::Basic {
        username: "elastic".into(),
        password: Secret::new("changeme"),
    })
}

fn sim() -> Sim {
    Sim::builder()
        .cluster(ClusterSpec::new("wire", "8.17.0"))
        .start()
        .expect("sim starts")
}

struct Ca {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn ca_of(sim: &Sim) -> Ca {
    let dir = tempfile::tempdir().unwrap();
    let path = sim.write_ca(dir.path()).unwrap();
    Ca { _dir: dir, path }
}

fn config(tls: TlsOptions) -> ClientConfig {
    ClientConfig {
        tls,
        connect_timeout: Duration::from_secs(5),
        timeout: Duration::from_secs(5),
        retry: RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(5),
            max_delay: Duration::from_millis(20),
            max_elapsed: Duration::from_secs(10),
        },
        ..ClientConfig::default()
    }
}

fn trusted(ca: &Ca) -> ClientConfig {
    config(TlsOptions {
        ca_certs: vec![ca.path.clone()],
        ..Default::default()
    })
}

fn endpoint(cfg: ClientConfig, url: &str, auth: Option<Auth>) -> Endpoint {
    Endpoint::new(
        HttpClient::new(cfg).expect("client builds"),
        Url::parse(url).unwrap(),
        auth,
    )
}

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn get_root(ep: &Endpoint) -> Result<RootInfo, WireError> {
    rt().block_on(ep.call_json::<RootInfo>(&Request::get("/")))
}

fn kind_of(ep: &Endpoint) -> FailureKind {
    get_root(ep).expect_err("the request should fail").kind
}

#[test]
fn success_with_the_private_ca() {
    let sim = sim();
    let ca = ca_of(&sim);
    let info = get_root(&endpoint(
        trusted(&ca),
        &sim.cluster("wire").url(),
        elastic(),
    ))
    .unwrap();
    assert_eq!(info.version.number, "8.17.0");
    assert_eq!(info.cluster_name, "wire");
    let j = sim.cluster("wire").journal();
    assert_eq!(j.len(), 1);
    assert_eq!(
        j[0].header("authorization"),
        Some("Basic ZWxhc3RpYzpjaGFuZ2VtZQ==")
    );
}

#[test]
fn api_key_header_is_the_encoded_form() {
    let sim = sim();
    let ca = ca_of(&sim);
    let key = ApiKey::parse(&Secret::new("someid:somekey")).unwrap();
    let ep = endpoint(
        trusted(&ca),
        &sim.cluster("wire").url(),
        Some(Auth::ApiKey(key)),
    );
    let err = get_root(&ep).unwrap_err();
    assert_eq!(err.kind, FailureKind::Unauthorized);
    assert_eq!(err.status, Some(401));
    assert_eq!(err.es_error.as_ref().unwrap().kind, "security_exception");
    assert_eq!(
        sim.cluster("wire").journal()[0].header("authorization"),
        Some("ApiKey c29tZWlkOnNvbWVrZXk=")
    );
    assert!(!err.to_string().contains("somekey"));
}

#[test]
fn unknown_authority_without_the_ca() {
    let sim = sim();
    assert_eq!(
        kind_of(&endpoint(
            config(TlsOptions::default()),
            &sim.cluster("wire").url(),
            elastic()
        )),
        FailureKind::TlsUnknownAuthority
    );
    // And a certificate from a foreign CA, with our CA trusted.
    let ca = ca_of(&sim);
    sim.cluster("wire").set_tls_fault(Some(TlsFault::UnknownCa));
    assert_eq!(
        kind_of(&endpoint(
            trusted(&ca),
            &sim.cluster("wire").url(),
            elastic()
        )),
        FailureKind::TlsUnknownAuthority
    );
}

#[test]
fn hostname_mismatch() {
    let sim = sim();
    let ca = ca_of(&sim);
    sim.cluster("wire").set_tls_fault(Some(TlsFault::WrongHost));
    assert_eq!(
        kind_of(&endpoint(
            trusted(&ca),
            &sim.cluster("wire").url(),
            elastic()
        )),
        FailureKind::TlsHostnameMismatch
    );
}

#[test]
fn expired_certificate() {
    let sim = sim();
    let ca = ca_of(&sim);
    sim.cluster("wire").set_tls_fault(Some(TlsFault::Expired));
    assert_eq!(
        kind_of(&endpoint(
            trusted(&ca),
            &sim.cluster("wire").url(),
            elastic()
        )),
        FailureKind::TlsExpired
    );
}

#[test]
fn tls_spoken_to_a_plain_http_port() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("wire", "8.17.0"))
        .plain_http(true)
        .start()
        .unwrap();
    let url = sim.cluster("wire").url().replace("http://", "https://");
    assert_eq!(
        kind_of(&endpoint(config(TlsOptions::default()), &url, elastic())),
        FailureKind::TlsToPlainPort
    );
    // The same from the TLS listener that answers in plain HTTP.
    let sim = self::sim();
    let ca = ca_of(&sim);
    sim.cluster("wire").set_tls_fault(Some(TlsFault::PlainHttp));
    assert_eq!(
        kind_of(&endpoint(
            trusted(&ca),
            &sim.cluster("wire").url(),
            elastic()
        )),
        FailureKind::TlsToPlainPort
    );
}

#[test]
fn plain_http_spoken_to_a_tls_port() {
    let sim = sim();
    let url = sim.cluster("wire").url().replace("https://", "http://");
    let err = get_root(&endpoint(config(TlsOptions::default()), &url, elastic())).unwrap_err();
    assert_eq!(err.kind, FailureKind::PlainHttpToTlsPort, "{err}");
    assert!(err.remedy().contains("https://"));
}

#[test]
fn connection_refused() {
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let ep = endpoint(
        config(TlsOptions::default()),
        &format!("http://127.0.0.1:{port}"),
        None,
    );
    let err = get_root(&ep).unwrap_err();
    assert_eq!(err.kind, FailureKind::ConnectionRefused);
    // Refused connections are retried for idempotent requests.
    assert_eq!(err.attempts, 3);
}

#[test]
fn connection_reset() {
    let sim = sim();
    let ca = ca_of(&sim);
    sim.cluster("wire").add_fault(FaultRule::any(Fault::Reset));
    assert_eq!(
        kind_of(&endpoint(
            trusted(&ca),
            &sim.cluster("wire").url(),
            elastic()
        )),
        FailureKind::ConnectionReset
    );
}

#[test]
fn response_timeout_on_a_hang() {
    let sim = sim();
    let ca = ca_of(&sim);
    sim.cluster("wire").add_fault(FaultRule::any(Fault::Hang));
    let cfg = ClientConfig {
        timeout: Duration::from_millis(300),
        ..trusted(&ca)
    };
    assert_eq!(
        kind_of(&endpoint(cfg, &sim.cluster("wire").url(), elastic())),
        FailureKind::ResponseTimeout
    );
}

#[test]
fn connect_timeout_on_a_full_backlog() {
    // A listener that never accepts, with its accept queue filled: further SYNs are dropped, so a connect
    // neither succeeds nor is refused (what a firewall that drops packets looks like).
    use socket2::{Domain, Socket, Type};
    let sock = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
    sock.bind(
        &"127.0.0.1:0"
            .parse::<std::net::SocketAddr>()
            .unwrap()
            .into(),
    )
    .unwrap();
    sock.listen(0).unwrap();
    let addr = sock.local_addr().unwrap().as_socket().unwrap();
    let mut fillers = Vec::new();
    for _ in 0..8 {
        let s = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
        s.set_nonblocking(true).unwrap();
        let _ = s.connect(&addr.into());
        fillers.push(s);
    }
    let cfg = ClientConfig {
        connect_timeout: Duration::from_millis(300),
        retry: RetryPolicy::NONE,
        ..config(TlsOptions::default())
    };
    let ep = endpoint(cfg, &format!("http://{addr}"), None);
    assert_eq!(kind_of(&ep), FailureKind::ConnectTimeout);
    drop(fillers);
}

#[test]
fn dns_failure() {
    let cfg = ClientConfig {
        connect_timeout: Duration::from_secs(10),
        retry: RetryPolicy::NONE,
        ..config(TlsOptions::default())
    };
    let ep = endpoint(cfg, "https://esconnect-does-not-exist.invalid:9200", None);
    let err = get_root(&ep).unwrap_err();
    assert_eq!(err.kind, FailureKind::Dns, "{err}");
}

#[test]
fn http_statuses_with_es_errors_parsed() {
    let sim = sim();
    let ca = ca_of(&sim);
    let url = sim.cluster("wire").url();
    let no_retry = ClientConfig {
        retry: RetryPolicy::NONE,
        ..trusted(&ca)
    };
    // 401 from a wrong password, 404 from an unknown role, 403 from a user without the privilege.
    let bad = Some(Auth::Basic {
        username: "elastic".into(),
        password: Secret::new("wrong-password"),
    });
    assert_eq!(
        kind_of(&endpoint(no_retry.clone(), &url, bad)),
        FailureKind::Unauthorized
    );
    let err = rt()
        .block_on(
            endpoint(no_retry.clone(), &url, elastic()).call(&Request::get("/_security/role/nope")),
        )
        .unwrap_err();
    assert_eq!(err.kind, FailureKind::NotFound);
    for (status, kind) in [
        (429, FailureKind::TooManyRequests),
        (502, FailureKind::BadGateway),
        (503, FailureKind::ServiceUnavailable),
        (504, FailureKind::GatewayTimeout),
    ] {
        sim.cluster("wire").clear_faults();
        sim.cluster("wire")
            .add_fault(FaultRule::any(Fault::Status(status)));
        let err = get_root(&endpoint(no_retry.clone(), &url, elastic())).unwrap_err();
        assert_eq!((err.kind, err.status), (kind, Some(status)), "{err}");
    }
    // The 429 from Elasticsearch carries its error type.
    sim.cluster("wire").clear_faults();
    sim.cluster("wire")
        .add_fault(FaultRule::any(Fault::Status(429)));
    let err = get_root(&endpoint(no_retry, &url, elastic())).unwrap_err();
    assert_eq!(
        err.es_error.map(|e| e.kind).as_deref(),
        Some("es_rejected_execution_exception")
    );
}

#[test]
fn forbidden_names_the_privilege() {
    let sim = Sim::builder()
        .cluster(
            ClusterSpec::new("wire", "8.17.0")
                .user("viewer", "viewer-pw", &["viewer_role"])
                .role("viewer_role", serde_json::json!({"cluster": ["monitor"]})),
        )
        .start()
        .unwrap();
    let ca = ca_of(&sim);
    let auth = Some(Auth::Basic {
        username: "viewer".into(),
        password: Secret::new("viewer-pw"),
    });
    let ep = endpoint(trusted(&ca), &sim.cluster("wire").url(), auth);
    let req = Request::put(
        "/_security/role/x",
        serde_json::json!({"cluster": ["monitor"]}),
    );
    let err = rt().block_on(ep.call(&req)).unwrap_err();
    assert_eq!(err.kind, FailureKind::Forbidden);
    let es = err.es_error.unwrap();
    assert_eq!(es.kind, "security_exception");
    assert!(es.reason.contains("manage_security"), "{}", es.reason);
}

#[test]
fn unexpected_body() {
    // A real server answering 200 with HTML where JSON is expected (a login page of a proxy, say).
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = std::thread::spawn(move || {
        let (mut s, _) = listener.accept().unwrap();
        let mut buf = [0u8; 2048];
        let _ = s.read(&mut buf);
        let body = "<html><body>Please log in</body></html>";
        let _ = write!(
            s,
            "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        );
    });
    let err = get_root(&endpoint(
        config(TlsOptions::default()),
        &format!("http://127.0.0.1:{port}"),
        None,
    ))
    .unwrap_err();
    assert_eq!(err.kind, FailureKind::UnexpectedBody);
    assert!(err.detail.unwrap().contains("Please log in"));
    server.join().unwrap();
}

#[test]
fn fingerprint_pins_the_ca_or_fails_clearly() {
    let sim = sim();
    let url = sim.cluster("wire").url();
    // Pinning the server certificate's own fingerprint works without any CA file.
    let fp = sha256(&sim.server_cert_der());
    let pinned = config(TlsOptions {
        ca_fingerprint: Some(fp),
        ..Default::default()
    });
    assert_eq!(
        get_root(&endpoint(pinned, &url, elastic()))
            .unwrap()
            .cluster_name,
        "wire"
    );
    // A wrong fingerprint fails as such.
    let wrong = config(TlsOptions {
        ca_fingerprint: Some([7u8; 32]),
        ..Default::default()
    });
    let err = get_root(&endpoint(wrong, &url, elastic())).unwrap_err();
    assert_eq!(err.kind, FailureKind::TlsFingerprintMismatch, "{err}");
    assert_eq!(format_fingerprint(&[7u8; 32]).len(), 95);
}

#[test]
fn insecure_accepts_any_certificate() {
    let sim = sim();
    sim.cluster("wire").set_tls_fault(Some(TlsFault::Expired));
    let cfg = config(TlsOptions {
        insecure: true,
        ..Default::default()
    });
    assert_eq!(
        get_root(&endpoint(cfg, &sim.cluster("wire").url(), elastic()))
            .unwrap()
            .cluster_name,
        "wire"
    );
}

#[test]
fn retries_idempotent_requests_only() {
    let sim = sim();
    let ca = ca_of(&sim);
    let c = sim.cluster("wire");
    c.add_fault(FaultRule::any(Fault::Status(503)).times(2));
    let ep = endpoint(trusted(&ca), &c.url(), elastic());
    let info = get_root(&ep).unwrap();
    assert_eq!(info.cluster_name, "wire");
    assert_eq!(c.journal().len(), 3, "two 503s then a success");

    c.clear_journal();
    c.add_fault(FaultRule::any(Fault::Status(503)).times(1));
    let req = Request::post("/_security/api_key", serde_json::json!({"name": "k"}));
    let err = rt().block_on(ep.call(&req)).unwrap_err();
    assert_eq!(err.kind, FailureKind::ServiceUnavailable);
    assert_eq!(c.journal().len(), 1, "a POST is not retried");
}

#[test]
fn retry_respects_the_attempt_bound() {
    let sim = sim();
    let ca = ca_of(&sim);
    let c = sim.cluster("wire");
    c.add_fault(FaultRule::any(Fault::Status(502)));
    let err = get_root(&endpoint(trusted(&ca), &c.url(), elastic())).unwrap_err();
    assert_eq!(err.attempts, 3);
    assert_eq!(c.journal().len(), 3);
}

// ---- The real forward proxy (squid), started by .ci/run or `cargo xtask ci`. ----

struct Squid {
    open: u16,
    auth: u16,
    deny: u16,
}

fn squid() -> Option<Squid> {
    match std::env::var("ESCONNECT_TEST_SQUID") {
        Ok(v) => {
            let (host, ports) = v
                .split_once(':')
                .expect("ESCONNECT_TEST_SQUID=HOST:OPEN,AUTH,DENY");
            assert_eq!(host, "127.0.0.1");
            let p: Vec<u16> = ports.split(',').map(|p| p.parse().unwrap()).collect();
            Some(Squid {
                open: p[0],
                auth: p[1],
                deny: p[2],
            })
        }
        Err(_) => {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!(
                    "CI=true but ESCONNECT_TEST_SQUID is not set: .ci/run must start squid (tests/squid/start.sh)"
                );
            }
            eprintln!(
                "SKIPPED: proxy test needs squid; run tests/squid/start.sh and export the line it prints"
            );
            None
        }
    }
}

fn via(proxy: String, base: ClientConfig) -> ClientConfig {
    ClientConfig {
        proxy: ProxyConfig {
            explicit: Some(proxy.into()),
            ..Default::default()
        },
        retry: RetryPolicy::NONE,
        ..base
    }
}

#[test]
fn through_squid_plain_and_tunnelled() {
    let Some(sq) = squid() else { return };
    let sim = sim();
    let ca = ca_of(&sim);
    let https_url = sim.cluster("wire").url();
    // HTTPS through CONNECT.
    let info = get_root(&endpoint(
        via(format!("http://127.0.0.1:{}", sq.open), trusted(&ca)),
        &https_url,
        elastic(),
    ))
    .unwrap();
    assert_eq!(info.cluster_name, "wire");
    // Authenticated proxy with credentials in the proxy URL.
    let info = get_root(&endpoint(
        via(
            format!("http://esconnect:proxy-pass@127.0.0.1:{}", sq.auth),
            trusted(&ca),
        ),
        &https_url,
        elastic(),
    ))
    .unwrap();
    assert_eq!(info.cluster_name, "wire");
    // Plain HTTP through the proxy.
    let plain = Sim::builder()
        .cluster(ClusterSpec::new("wire", "8.17.0"))
        .plain_http(true)
        .start()
        .unwrap();
    let info = get_root(&endpoint(
        via(
            format!("http://127.0.0.1:{}", sq.open),
            config(TlsOptions::default()),
        ),
        &plain.cluster("wire").url(),
        elastic(),
    ))
    .unwrap();
    assert_eq!(info.cluster_name, "wire");
}

#[test]
fn squid_auth_required_and_refused() {
    let Some(sq) = squid() else { return };
    let sim = sim();
    let ca = ca_of(&sim);
    let https_url = sim.cluster("wire").url();
    let plain = Sim::builder()
        .cluster(ClusterSpec::new("wire", "8.17.0"))
        .plain_http(true)
        .start()
        .unwrap();
    let http_url = plain.cluster("wire").url();
    let auth_proxy = format!("http://127.0.0.1:{}", sq.auth);
    let deny_proxy = format!("http://127.0.0.1:{}", sq.deny);
    // CONNECT (https) and forwarded (http) requests alike.
    let err = get_root(&endpoint(
        via(auth_proxy.clone(), trusted(&ca)),
        &https_url,
        elastic(),
    ))
    .unwrap_err();
    assert_eq!(err.kind, FailureKind::ProxyAuthRequired, "{err}");
    let err = get_root(&endpoint(
        via(auth_proxy, config(TlsOptions::default())),
        &http_url,
        elastic(),
    ))
    .unwrap_err();
    assert_eq!(err.kind, FailureKind::ProxyAuthRequired, "{err}");
    let err = get_root(&endpoint(
        via(deny_proxy.clone(), trusted(&ca)),
        &https_url,
        elastic(),
    ))
    .unwrap_err();
    assert_eq!(err.kind, FailureKind::ProxyRefused, "{err}");
    let err = get_root(&endpoint(
        via(deny_proxy, config(TlsOptions::default())),
        &http_url,
        elastic(),
    ))
    .unwrap_err();
    assert_eq!(err.kind, FailureKind::ProxyRefused, "{err}");
    // Wrong proxy credentials are not echoed.
    let err = get_root(&endpoint(
        via(
            format!("http://esconnect:wrong-proxy-pw@127.0.0.1:{}", sq.auth),
            trusted(&ca),
        ),
        &https_url,
        elastic(),
    ))
    .unwrap_err();
    assert_eq!(err.kind, FailureKind::ProxyAuthRequired);
    assert!(!err.to_string().contains("wrong-proxy-pw"), "{err}");
}

#[test]
fn proxy_unreachable_and_no_proxy_bypass() {
    let sim = sim();
    let ca = ca_of(&sim);
    let dead = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let err = get_root(&endpoint(
        via(format!("http://127.0.0.1:{dead}"), trusted(&ca)),
        &sim.cluster("wire").url(),
        elastic(),
    ))
    .unwrap_err();
    assert_eq!(err.kind, FailureKind::ProxyUnreachable, "{err}");
    // NO_PROXY bypasses the (dead) proxy.
    let mut cfg = via(format!("http://127.0.0.1:{dead}"), trusted(&ca));
    cfg.proxy.no_proxy = Some("127.0.0.1".into());
    assert_eq!(
        get_root(&endpoint(cfg, &sim.cluster("wire").url(), elastic()))
            .unwrap()
            .cluster_name,
        "wire"
    );
}

#[test]
fn redirects_are_reported_not_followed() {
    // Elasticsearch never redirects: a 302 comes from something in front of it. Following it would turn
    // `POST _has_privileges` into a `GET` on another host.
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("wire", "8.17.0"))
        .cluster(ClusterSpec::new("elsewhere", "8.17.0"))
        .start()
        .unwrap();
    let ca = ca_of(&sim);
    let elsewhere = format!(
        "{}/_security/user/_has_privileges",
        sim.cluster("elsewhere").url()
    );
    sim.cluster("wire")
        .add_fault(FaultRule::any(Fault::Redirect {
            status: 302,
            location: elsewhere.clone(),
        }));
    let ep = endpoint(trusted(&ca), &sim.cluster("wire").url(), elastic());
    let err = rt()
        .block_on(ep.call(&Request::post(
            "/_security/user/_has_privileges",
            serde_json::json!({"cluster": ["monitor"]}),
        )))
        .unwrap_err();
    assert_eq!(err.kind, FailureKind::Redirect, "{err}");
    assert_eq!(err.status, Some(302));
    assert_eq!(err.exit_code(), esconnect_core::exit::UNREACHABLE);
    assert!(
        err.detail
            .as_deref()
            .is_some_and(|d| d.contains(&format!("Location: {elsewhere}"))),
        "{err}"
    );
    assert!(err.to_string().contains("redirect"), "{err}");
    // Not followed: the other cluster saw nothing, and the redirect was not retried.
    assert!(sim.cluster("elsewhere").journal().is_empty());
    assert_eq!(sim.cluster("wire").journal().len(), 1);
    assert_eq!(sim.cluster("wire").journal()[0].method, "POST");
}

/// The lowest descriptor number not in use (the kernel always hands out the lowest): with the soft
/// limit set to it, the next `socket()` fails with `EMFILE`. Found by opening a file of our own and
/// looking up its number.
fn lowest_free_fd() -> u64 {
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("marker");
    let file = std::fs::File::create(&marker).unwrap();
    let n = std::fs::read_dir("/proc/self/fd")
        .expect("/proc/self/fd")
        .filter_map(|e| {
            let e = e.ok()?;
            (std::fs::read_link(e.path()).ok()? == marker)
                .then(|| e.file_name().to_str()?.parse::<u64>().ok())
                .flatten()
        })
        .next()
        .expect("the marker file's descriptor");
    drop(file);
    n
}

/// Runs in a child process only (see `running_out_of_open_files_is_local_resources`): it lowers its own
/// open-file limit so that the next socket cannot be opened, then sends a request.
#[test]
#[ignore = "run by running_out_of_open_files_is_local_resources in a child process"]
fn child_out_of_open_files() {
    let sim = sim();
    let ca = ca_of(&sim);
    let ep = endpoint(
        ClientConfig {
            retry: RetryPolicy::NONE,
            ..trusted(&ca)
        },
        &sim.cluster("wire").url(),
        elastic(),
    );
    let rt = rt();
    // Everything that needs a descriptor before the request exists now (runtime, client, simulator).
    let before = esconnect_core::limits::nofile();
    // Let the directory listing close first, so that the free slot is really free.
    let free = lowest_free_fd();
    esconnect_core::limits::set_soft_nofile(free)
        .expect("lowering the soft limit is always allowed");
    let result = rt.block_on(ep.send(&Request::get("/")));
    esconnect_core::limits::set_soft_nofile(before.soft.unwrap_or(1024)).unwrap();
    let err = result.expect_err("no descriptor left for the socket");
    assert_eq!(err.kind, FailureKind::LocalResources, "{err}");
    assert!(!err.kind.is_transport());
    assert!(
        err.detail
            .as_deref()
            .is_some_and(|d| d.starts_with("EMFILE")),
        "{err}"
    );
    assert!(err.remedy().contains("ulimit -n"));
    // The cluster itself is fine: with descriptors back, the same endpoint answers.
    assert!(rt.block_on(ep.call(&Request::get("/"))).is_ok());
    println!("CHILD-CLASSIFIED {}", err.kind.code());
}

#[test]
fn running_out_of_open_files_is_local_resources() {
    // EMFILE for real, in a child process (this test binary re-invoked on the ignored test above), so that
    // this process and its parallel tests are never starved of descriptors.
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "child_out_of_open_files",
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "child failed:\n{stdout}\n{stderr}");
    assert!(
        stdout.contains("CHILD-CLASSIFIED local_resources"),
        "{stdout}\n{stderr}"
    );
}
