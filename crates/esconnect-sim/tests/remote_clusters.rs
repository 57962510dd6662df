//! Two simulated clusters connected over real TLS: `_remote/info` and `_resolve/cluster`, in the API key
//! model (remote cluster server port) and the certificate model (transport port), and every fault of the
//! troubleshooting guide's table (elastic-facts §2.7) produced for real.

mod common;

use std::time::Duration;

use base64::Engine as _;
use common::*;
use esconnect_sim::{ClusterSpec, SIM_CA, Sim};
use serde_json::{Value, json};

const AUTO_TRANSPORT_CA: &str = "Elastic Auto Transport CA";

/// A cross-cluster API key on `cluster`: (id, encoded).
async fn cross_cluster_key(sim: &Sim, cluster: &str, expiration: Option<&str>) -> (String, String) {
    let c = client(sim);
    let mut body = json!({"name": "ccs", "access": {"search": [{"names": ["logs-*"]}]}});
    if let Some(e) = expiration {
        body["expiration"] = json!(e);
    }
    let (status, v) = su(
        &c,
        "POST",
        &format!(
            "{}/_security/cross_cluster/api_key",
            sim.cluster(cluster).url()
        ),
        Some(body),
    )
    .await;
    assert_eq!(status, 200, "{v}");
    (
        v["id"].as_str().unwrap().to_owned(),
        v["encoded"].as_str().unwrap().to_owned(),
    )
}

async fn rest_key(sim: &Sim, cluster: &str) -> (String, String) {
    let c = client(sim);
    let (status, v) = su(
        &c,
        "POST",
        &format!("{}/_security/api_key", sim.cluster(cluster).url()),
        Some(json!({"name": "rest"})),
    )
    .await;
    assert_eq!(status, 200, "{v}");
    (
        v["id"].as_str().unwrap().to_owned(),
        v["encoded"].as_str().unwrap().to_owned(),
    )
}

/// `PUT _cluster/settings` on `local` with these persistent settings.
async fn put_settings(sim: &Sim, local: &str, persistent: Value) {
    let c = client(sim);
    let (status, v) = su(
        &c,
        "PUT",
        &format!("{}/_cluster/settings", sim.cluster(local).url()),
        Some(json!({ "persistent": persistent })),
    )
    .await;
    assert_eq!(status, 200, "{v}");
}

async fn proxy_remote(sim: &Sim, local: &str, alias: &str, addr: &str, server_name: &str) {
    put_settings(
        sim,
        local,
        json!({
            format!("cluster.remote.{alias}.mode"): "proxy",
            format!("cluster.remote.{alias}.proxy_address"): addr,
            format!("cluster.remote.{alias}.server_name"): server_name,
        }),
    )
    .await;
}

/// `elasticsearch-keystore add` + `POST _nodes/reload_secure_settings`.
async fn credentials(sim: &Sim, local: &str, alias: &str, encoded: &str) {
    sim.cluster(local)
        .keystore_set(&format!("cluster.remote.{alias}.credentials"), encoded);
    let c = client(sim);
    let (status, v) = su(
        &c,
        "POST",
        &format!("{}/_nodes/reload_secure_settings", sim.cluster(local).url()),
        None,
    )
    .await;
    assert_eq!(status, 200, "{v}");
}

async fn get(sim: &Sim, cluster: &str, path: &str) -> (u16, Value) {
    let c = client(sim);
    su(
        &c,
        "GET",
        &format!("{}{path}", sim.cluster(cluster).url()),
        None,
    )
    .await
}

async fn resolve(sim: &Sim, local: &str, alias: &str) -> Value {
    let (status, v) = get(sim, local, &format!("/_resolve/cluster/{alias}:*")).await;
    assert_eq!(status, 200, "{v}");
    v[alias].clone()
}

fn rcs(sim: &Sim, cluster: &str) -> String {
    sim.cluster(cluster).rcs_addr().unwrap().to_string()
}

fn transport(sim: &Sim, cluster: &str) -> String {
    sim.cluster(cluster).transport_addr().unwrap().to_string()
}

fn api_key_pair() -> Sim {
    Sim::builder()
        .cluster(ClusterSpec::new("local", "8.17.0"))
        .cluster(
            ClusterSpec::new("remote", "8.17.0")
                .remote_cluster_server(true)
                .transport_port(true)
                .transport_ca(AUTO_TRANSPORT_CA)
                .index("logs-1")
                .index("secret-1")
                .nodes(2),
        )
        .start()
        .unwrap()
}

#[tokio::test]
async fn api_key_model_connects_with_a_cross_cluster_key() {
    let sim = api_key_pair();
    let (id, encoded) = cross_cluster_key(&sim, "remote", None).await;
    proxy_remote(&sim, "local", "r", &rcs(&sim, "remote"), "localhost").await;
    credentials(&sim, "local", "r", &encoded).await;

    let (_, info) = get(&sim, "local", "/_remote/info").await;
    assert_eq!(info["r"]["connected"], true, "{info}");
    assert_eq!(info["r"]["cluster_credentials"], "::es_redacted::");
    assert_eq!(info["r"]["num_proxy_sockets_connected"], 18);
    assert!(
        !info.to_string().contains(&encoded),
        "the key never appears"
    );

    let r = resolve(&sim, "local", "r").await;
    assert_eq!(r["connected"], true);
    assert_eq!(r["skip_unavailable"], false);
    assert_eq!(r["matching_indices"], true);
    assert_eq!(r["version"]["number"], "8.17.0");
    assert!(r.get("error").is_none());
    let (_, none) = get(&sim, "local", "/_resolve/cluster/r:metrics-*").await;
    assert_eq!(none["r"]["matching_indices"], false);
    // secret-1 exists but the key's access only names logs-*
    let (_, hidden) = get(&sim, "local", "/_resolve/cluster/r:secret-*").await;
    assert_eq!(hidden["r"]["matching_indices"], false);

    // the remote saw the key on its remote cluster server port
    let seen = sim.cluster("remote").inbound_handshakes();
    assert!(
        seen.iter().any(|h| h.port == "remote_cluster_server"
            && h.api_key_id.as_deref() == Some(&id)
            && h.error.is_none()),
        "{seen:?}"
    );

    // sniff mode through the same port works too, and counts the remote's nodes
    put_settings(
        &sim,
        "local",
        json!({"cluster.remote.s.seeds": [rcs(&sim, "remote")]}),
    )
    .await;
    credentials(&sim, "local", "s", &encoded).await;
    let (_, info) = get(&sim, "local", "/_remote/info").await;
    assert_eq!(info["s"]["connected"], true, "{info}");
    assert_eq!(info["s"]["mode"], "sniff");
    assert_eq!(info["s"]["num_nodes_connected"], 2);
    assert_eq!(info["s"]["cluster_credentials"], "::es_redacted::");
}

#[tokio::test]
async fn no_credentials_against_the_remote_cluster_server_port() {
    let sim = api_key_pair();
    proxy_remote(&sim, "local", "r", &rcs(&sim, "remote"), "localhost").await;
    let (_, info) = get(&sim, "local", "/_remote/info").await;
    assert_eq!(info["r"]["connected"], false);
    assert!(info["r"].get("cluster_credentials").is_none());
    let r = resolve(&sim, "local", "r").await;
    assert_eq!(r["connected"], false);
    assert_eq!(
        r["error"],
        "Cross cluster requests through the dedicated remote cluster server port require transport header [_cross_cluster_access_credentials] but none found. Please ensure you have configured remote cluster credentials on the cluster originating the request."
    );
    assert!(r.get("version").is_none());
}

#[tokio::test]
async fn a_rest_key_is_the_wrong_type() {
    let sim = api_key_pair();
    let (id, encoded) = rest_key(&sim, "remote").await;
    proxy_remote(&sim, "local", "r", &rcs(&sim, "remote"), "localhost").await;
    credentials(&sim, "local", "r", &encoded).await;
    let r = resolve(&sim, "local", "r").await;
    assert_eq!(r["connected"], false);
    assert_eq!(
        r["error"],
        format!(
            "authentication expected API key type of [cross_cluster], but API key [{id}] has type [rest]"
        )
    );
}

#[tokio::test]
async fn invalidated_expired_and_wrong_keys_fail_authentication() {
    let sim = api_key_pair();
    proxy_remote(&sim, "local", "r", &rcs(&sim, "remote"), "localhost").await;
    let expected = |id: &str| {
        json!(format!(
            "unable to authenticate user [{id}] for action [cluster:internal/remote_cluster/handshake]"
        ))
    };

    // invalidated
    let (id, encoded) = cross_cluster_key(&sim, "remote", None).await;
    credentials(&sim, "local", "r", &encoded).await;
    assert_eq!(resolve(&sim, "local", "r").await["connected"], true);
    let c = client(&sim);
    let (status, v) = su(
        &c,
        "DELETE",
        &format!("{}/_security/api_key", sim.cluster("remote").url()),
        Some(json!({"ids": [id]})),
    )
    .await;
    assert_eq!(status, 200, "{v}");
    let r = resolve(&sim, "local", "r").await;
    assert_eq!(r["connected"], false);
    assert_eq!(r["error"], expected(&id));

    // a wrong secret for a real id
    let (id, _) = cross_cluster_key(&sim, "remote", None).await;
    let forged = base64::engine::general_purpose::STANDARD.encode(format!("{id}:not-the-secret"));
    credentials(&sim, "local", "r", &forged).await;
    assert_eq!(resolve(&sim, "local", "r").await["error"], expected(&id));

    // expired: a key valid for 300 ms, connected first, then (bounded poll) refused
    let (id, encoded) = cross_cluster_key(&sim, "remote", Some("300ms")).await;
    credentials(&sim, "local", "r", &encoded).await;
    let mut r = resolve(&sim, "local", "r").await;
    for _ in 0..50 {
        if r["connected"] == false {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        r = resolve(&sim, "local", "r").await;
    }
    assert_eq!(r["error"], expected(&id));
}

#[tokio::test]
async fn credentials_aimed_at_the_transport_port() {
    let sim = api_key_pair();
    let (_, encoded) = cross_cluster_key(&sim, "remote", None).await;
    proxy_remote(&sim, "local", "r", &transport(&sim, "remote"), "localhost").await;
    credentials(&sim, "local", "r", &encoded).await;
    // the transport certificate comes from the auto transport CA the local side does not trust
    let r = resolve(&sim, "local", "r").await;
    assert_eq!(r["connected"], false);
    let err = r["error"].as_str().unwrap();
    assert!(
        err.starts_with("failed to establish trust with server at [127.0.0.1]"),
        "{err}"
    );
    assert!(
        err.contains("issued by [CN=Elastic Auto Transport CA]"),
        "{err}"
    );
    assert!(
        err.contains("([xpack.security.remote_cluster_client.ssl])"),
        "{err}"
    );
    // trusting that CA gets past TLS trust, then the transport port wants a client certificate
    sim.cluster("local")
        .set_remote_cluster_client_cas(&[SIM_CA, AUTO_TRANSPORT_CA]);
    let r = resolve(&sim, "local", "r").await;
    assert_eq!(r["connected"], false);
    let err = r["error"].as_str().unwrap();
    assert!(
        err == "Received fatal alert: certificate_required"
            || err == "Received fatal alert: bad_certificate",
        "{err}"
    );
}

#[tokio::test]
async fn an_untrusted_remote_ca_and_a_wrong_server_name() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("local", "8.17.0"))
        .cluster(
            ClusterSpec::new("remote", "9.1.0")
                .ca("Remote HTTP CA")
                .server_names(&["es.remote.example", "127.0.0.1"])
                .remote_cluster_server(true),
        )
        .start()
        .unwrap();
    let (_, encoded) = cross_cluster_key_with_ca(&sim).await;
    proxy_remote(&sim, "local", "r", &rcs(&sim, "remote"), "").await;
    credentials(&sim, "local", "r", &encoded).await;
    let r = resolve(&sim, "local", "r").await;
    let err = r["error"].as_str().unwrap();
    assert!(
        err.contains("failed to establish trust with server"),
        "{err}"
    );
    assert!(err.contains("subject name [CN=es.remote.example]"), "{err}");
    assert!(err.contains("issued by [CN=Remote HTTP CA]"), "{err}");
    // xpack.security.remote_cluster_client.ssl.certificate_authorities gets the remote's CA
    sim.cluster("local")
        .set_remote_cluster_client_cas(&["Remote HTTP CA"]);
    let r = resolve(&sim, "local", "r").await;
    assert_eq!(r["connected"], true, "{r}");
    assert_eq!(r["version"]["number"], "9.1.0");
    // server_name is what the certificate is checked against
    proxy_remote(&sim, "local", "r", &rcs(&sim, "remote"), "wrong.example").await;
    let r = resolve(&sim, "local", "r").await;
    assert_eq!(
        r["error"],
        "No subject alternative DNS name matching wrong.example found."
    );
    proxy_remote(
        &sim,
        "local",
        "r",
        &rcs(&sim, "remote"),
        "es.remote.example",
    )
    .await;
    assert_eq!(resolve(&sim, "local", "r").await["connected"], true);
}

/// A cross-cluster key on "remote", whose HTTPS uses its own CA.
async fn cross_cluster_key_with_ca(sim: &Sim) -> (String, String) {
    init();
    let ca = sim.named_ca_pem("Remote HTTP CA").unwrap();
    let der = rustls::pki_types::pem::PemObject::from_pem_slice(ca.as_bytes())
        .map(|c: rustls::pki_types::CertificateDer<'static>| c.to_vec())
        .unwrap();
    let c = reqwest::Client::builder()
        .use_preconfigured_tls(tls_config(&der))
        .no_proxy()
        .build()
        .unwrap();
    let (status, v) = su(
        &c,
        "POST",
        &format!(
            "{}/_security/cross_cluster/api_key",
            sim.cluster("remote").url()
        ),
        Some(json!({"name": "k", "access": {"search": [{"names": ["*"]}]}})),
    )
    .await;
    assert_eq!(status, 200, "{v}");
    (
        v["id"].as_str().unwrap().to_owned(),
        v["encoded"].as_str().unwrap().to_owned(),
    )
}

#[tokio::test]
async fn unreachable_remotes_give_connect_exceptions() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("local", "8.17.0"))
        .start()
        .unwrap();
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().to_string()
    };
    proxy_remote(&sim, "local", "p", &closed, "").await;
    put_settings(&sim, "local", json!({"cluster.remote.s.seeds": [closed.clone()], "cluster.remote.s.skip_unavailable": true})).await;
    let p = resolve(&sim, "local", "p").await;
    assert_eq!(p["connected"], false);
    assert_eq!(
        p["error"],
        format!(
            "failed to open any proxy connections to cluster [p]; [][{closed}] connect_exception: Connection refused: /{closed}"
        )
    );
    let s = resolve(&sim, "local", "s").await;
    assert_eq!(s["skip_unavailable"], true);
    assert!(
        s["error"]
            .as_str()
            .unwrap()
            .starts_with("fetching nodes from external cluster [s] failed; "),
        "{s}"
    );
    let (_, info) = get(&sim, "local", "/_remote/info").await;
    assert_eq!(info["p"]["connected"], false);
    assert_eq!(info["s"]["num_nodes_connected"], 0);
}

#[tokio::test]
async fn certificate_model_needs_mutual_trust_on_the_transport_port() {
    let sim = Sim::builder()
        .cluster(
            ClusterSpec::new("local", "8.17.0")
                .transport_ca("Local Transport CA")
                .transport_trusted_cas(&["Local Transport CA", AUTO_TRANSPORT_CA]),
        )
        .cluster(
            ClusterSpec::new("remote", "8.17.0")
                .transport_port(true)
                .transport_ca(AUTO_TRANSPORT_CA)
                .index("secret-1"),
        )
        .start()
        .unwrap();
    proxy_remote(&sim, "local", "r", &transport(&sim, "remote"), "localhost").await;
    // the remote does not trust the local transport CA: it rejects the client certificate
    let r = resolve(&sim, "local", "r").await;
    assert_eq!(r["connected"], false);
    assert!(
        r["error"]
            .as_str()
            .unwrap()
            .starts_with("Received fatal alert: "),
        "{r}"
    );
    let seen = sim.cluster("remote").inbound_handshakes();
    assert!(seen.iter().any(|h| h.error.is_some()), "{seen:?}");
    // mutual trust: connected without any credentials
    sim.cluster("remote")
        .set_transport_trusted_cas(&[AUTO_TRANSPORT_CA, "Local Transport CA"]);
    let r = resolve(&sim, "local", "r").await;
    assert_eq!(r["connected"], true, "{r}");
    // the certificate model sees every index (the local user's roles decide, not a key)
    assert_eq!(r["matching_indices"], true, "{r}");
    let (_, info) = get(&sim, "local", "/_remote/info").await;
    assert_eq!(info["r"]["connected"], true);
    assert!(info["r"].get("cluster_credentials").is_none());
    // the local side does not trust the remote's transport CA: trust failure in the transport context
    sim.cluster("local")
        .set_transport_trusted_cas(&["Local Transport CA"]);
    let r = resolve(&sim, "local", "r").await;
    let err = r["error"].as_str().unwrap();
    assert!(
        err.contains("issued by [CN=Elastic Auto Transport CA]"),
        "{err}"
    );
    assert!(err.contains("([xpack.security.transport.ssl])"), "{err}");
}

#[tokio::test]
async fn resolve_cluster_versions_and_expressions() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("old", "8.12.2"))
        .cluster(ClusterSpec::new("mid", "8.17.0").index("local-1"))
        .cluster(ClusterSpec::new("new", "8.18.0"))
        .cluster(ClusterSpec::new("remote", "8.17.0").transport_port(true))
        .start()
        .unwrap();
    // 8.12 has no _resolve/cluster
    let (status, v) = get(&sim, "old", "/_resolve/cluster/r:*").await;
    assert_eq!(status, 400);
    assert_eq!(
        v["error"],
        "no handler found for uri [/_resolve/cluster/r:*] and method [GET]"
    );
    // without an expression only from 8.18
    let (status, _) = get(&sim, "mid", "/_resolve/cluster").await;
    assert_eq!(status, 400);
    for c in ["mid", "new"] {
        proxy_remote(&sim, c, "r", &transport(&sim, "remote"), "localhost").await;
    }
    let (status, v) = get(&sim, "new", "/_resolve/cluster").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(keys(&v), ["r"]);
    assert_eq!(v["r"]["connected"], true);
    assert!(v["r"].get("matching_indices").is_none());
    let (status, v) = get(&sim, "new", "/_resolve/cluster?ignore_unavailable=true").await;
    assert_eq!(status, 400, "{v}");
    assert_eq!(v["error"]["type"], "illegal_argument_exception");
    // local and remote parts, wildcard aliases
    let (_, v) = get(&sim, "mid", "/_resolve/cluster/local-*,*:*").await;
    assert_eq!(v["(local)"]["matching_indices"], true);
    assert_eq!(v["(local)"]["version"]["number"], "8.17.0");
    assert_eq!(v["r"]["connected"], true);
    let (_, v) = get(&sim, "mid", "/_resolve/cluster/not_present").await;
    assert_eq!(v["(local)"]["error"], "no such index [not_present]");
    // an unknown alias
    let (status, v) = get(&sim, "mid", "/_resolve/cluster/nope:*").await;
    assert_eq!(status, 404);
    assert_eq!(v["error"]["type"], "no_such_remote_cluster_exception");
    assert_eq!(v["error"]["reason"], "no such remote cluster: [nope]");
    // the example's shape: the keys of each entry
    if let Some(spec) = spec_example(
        "indices.resolve_cluster",
        "200_response-ResolveClusterResponseExample1.yaml",
    ) {
        let (_, v) = get(&sim, "mid", "/_resolve/cluster/r:*").await;
        assert_eq!(keys(&v["r"]), keys(&spec["cluster_one"]));
        assert_eq!(
            keys(&v["r"]["version"]),
            keys(&spec["cluster_one"]["version"])
        );
    }
}

/// Resolve until `done` holds (at most 5 s).
async fn resolve_until(
    sim: &Sim,
    local: &str,
    alias: &str,
    done: impl Fn(&Value) -> bool,
) -> Value {
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    loop {
        let r = resolve(sim, local, alias).await;
        if done(&r) || std::time::Instant::now() > deadline {
            return r;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

#[tokio::test]
async fn a_stopped_remote_cluster_server_refuses_then_reconnects() {
    let sim = api_key_pair();
    let (_, encoded) = cross_cluster_key(&sim, "remote", None).await;
    let addr = rcs(&sim, "remote");
    proxy_remote(&sim, "local", "r", &addr, "localhost").await;
    credentials(&sim, "local", "r", &encoded).await;
    assert_eq!(resolve(&sim, "local", "r").await["connected"], true);

    sim.cluster("remote").set_remote_cluster_server_up(false);
    let r = resolve_until(&sim, "local", "r", |r| r["connected"] == false).await;
    assert_eq!(
        r["error"],
        format!(
            "failed to open any proxy connections to cluster [r]; [][{addr}] connect_exception: Connection refused: /{addr}"
        )
    );
    // the transport port is not affected
    assert!(std::net::TcpStream::connect(transport(&sim, "remote")).is_ok());

    sim.cluster("remote").set_remote_cluster_server_up(true);
    let r = resolve_until(&sim, "local", "r", |r| r["connected"] == true).await;
    assert_eq!(r["connected"], true, "{r}");
    assert_eq!(
        sim.cluster("remote").rcs_addr().unwrap().to_string(),
        addr,
        "same address"
    );
}

#[tokio::test]
async fn a_slow_remote_times_out() {
    let sim = Sim::builder()
        .cluster(
            ClusterSpec::new("local", "8.18.0")
                // elasticsearch.yml (the setting is not dynamic)
                .persistent_setting("cluster.remote.initial_connect_timeout", json!("300ms")),
        )
        .cluster(ClusterSpec::new("remote", "8.18.0").transport_port(true))
        .start()
        .unwrap();
    let addr = transport(&sim, "remote");
    proxy_remote(&sim, "local", "r", &addr, "localhost").await;
    assert_eq!(resolve(&sim, "local", "r").await["connected"], true);
    sim.cluster("remote")
        .set_remote_handshake_delay(Duration::from_millis(1500));
    // the caller's timeout: the specification example's message
    let (status, v) = get(&sim, "local", "/_resolve/cluster/r:*?timeout=100ms").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["r"]["connected"], false);
    assert_eq!(
        v["r"]["error"],
        "Request timed out before receiving a response from the remote cluster"
    );
    // no timeout given: initial_connect_timeout bounds the handshake
    let r = resolve(&sim, "local", "r").await;
    assert_eq!(r["error"], format!("[][{addr}] handshake_timeout[300ms]"));
    let (_, info) = get(&sim, "local", "/_remote/info").await;
    assert_eq!(info["r"]["connected"], false);
    assert_eq!(info["r"]["initial_connect_timeout"], "300ms");
    sim.cluster("remote")
        .set_remote_handshake_delay(Duration::ZERO);
    assert_eq!(resolve(&sim, "local", "r").await["connected"], true);
    let (status, _) = get(&sim, "local", "/_resolve/cluster/r:*?timeout=soon").await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn credentials_on_a_transport_port_without_client_authentication_hit_the_wrong_profile() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("local", "8.17.0"))
        .cluster(
            ClusterSpec::new("remote", "8.17.0")
                .remote_cluster_server(true)
                .transport_port(true)
                .transport_client_authentication(esconnect_sim::ClientAuth::None),
        )
        .start()
        .unwrap();
    let (_, encoded) = cross_cluster_key(&sim, "remote", None).await;
    proxy_remote(&sim, "local", "r", &transport(&sim, "remote"), "localhost").await;
    credentials(&sim, "local", "r", &encoded).await;
    let r = resolve(&sim, "local", "r").await;
    assert_eq!(r["connected"], false);
    assert_eq!(
        r["error"],
        "remote cluster handshake action requires channel profile to be [_remote_cluster], but got [default]"
    );
    // the same key through the remote cluster server port is fine
    proxy_remote(&sim, "local", "r", &rcs(&sim, "remote"), "localhost").await;
    assert_eq!(resolve(&sim, "local", "r").await["connected"], true);
}
