//! Cluster settings, `_remote/info`, keystore and `reload_secure_settings`.

mod common;

use common::*;
use esconnect_sim::{ClusterSpec, Sim};
use serde_json::{Value, json};

fn sim(version: &str) -> Sim {
    Sim::builder()
        .cluster(ClusterSpec::new("c", version).nodes(2))
        .start()
        .expect("sim starts")
}

fn settings_url(sim: &Sim, query: &str) -> String {
    format!("{}/_cluster/settings{query}", sim.cluster("c").url())
}

#[tokio::test]
async fn put_accepts_nested_and_flat_and_get_renders_both() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let (status, body) = su(
        &c,
        "PUT",
        &settings_url(&sim, ""),
        Some(json!({
            "persistent": {"cluster": {"remote": {"a": {"mode": "proxy", "proxy_address": "127.0.0.1:9443"}}}},
            "transient": {"cluster.remote.a.skip_unavailable": true, "indices.recovery.max_bytes_per_sec": "50mb"}
        })),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body,
        json!({
            "acknowledged": true,
            "persistent": {"cluster": {"remote": {"a": {"mode": "proxy", "proxy_address": "127.0.0.1:9443"}}}},
            "transient": {
                "cluster": {"remote": {"a": {"skip_unavailable": "true"}}},
                "indices": {"recovery": {"max_bytes_per_sec": "50mb"}}
            }
        })
    );
    let (_, nested) = su(&c, "GET", &settings_url(&sim, ""), None).await;
    assert_eq!(
        nested["persistent"]["cluster"]["remote"]["a"]["mode"],
        "proxy"
    );
    let (_, flat) = su(&c, "GET", &settings_url(&sim, "?flat_settings=true"), None).await;
    assert_eq!(
        flat,
        json!({
            "persistent": {"cluster.remote.a.mode": "proxy", "cluster.remote.a.proxy_address": "127.0.0.1:9443"},
            "transient": {"cluster.remote.a.skip_unavailable": "true", "indices.recovery.max_bytes_per_sec": "50mb"}
        })
    );
    assert_eq!(sim.cluster("c").settings(), flat);
}

#[tokio::test]
async fn spec_put_settings_examples_are_accepted() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    for file in [
        "request-ClusterPutSettingsRequestExample1.yaml",
        "request-ClusterPutSettingsRequestExample2.yaml",
    ] {
        let Some(body) = spec_example("cluster.put_settings", file) else {
            return;
        };
        let (status, resp) = su(
            &c,
            "PUT",
            &settings_url(&sim, "?flat_settings=true"),
            Some(body.clone()),
        )
        .await;
        assert_eq!(status, 200, "{resp}");
        assert_eq!(resp["persistent"], body["persistent"]);
    }
}

#[tokio::test]
async fn null_removes_keys_and_subtrees_in_both_scopes() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let url = settings_url(&sim, "");
    let setup = json!({
        "persistent": {
            "cluster.remote.a.mode": "proxy", "cluster.remote.a.proxy_address": "h:1", "cluster.remote.a.server_name": "h",
            "cluster.remote.b.seeds": ["h:9300"], "cluster.remote.b.skip_unavailable": false,
            "cluster.metadata.display_name": "Prod"
        },
        "transient": {"cluster.remote.t.seeds": ["h:9300"], "cluster.remote.t.skip_unavailable": "true"}
    });
    assert_eq!(su(&c, "PUT", &url, Some(setup)).await.0, 200);
    // single key
    su(
        &c,
        "PUT",
        &url,
        Some(json!({"persistent": {"cluster.remote.a.server_name": null}})),
    )
    .await;
    // null object removes the whole alias
    su(
        &c,
        "PUT",
        &url,
        Some(json!({"persistent": {"cluster": {"remote": {"b": null}}}})),
    )
    .await;
    // wildcard in the transient scope
    su(
        &c,
        "PUT",
        &url,
        Some(json!({"transient": {"cluster.remote.t.*": null}})),
    )
    .await;
    assert_eq!(
        sim.cluster("c").settings(),
        json!({
            "persistent": {"cluster.metadata.display_name": "Prod", "cluster.remote.a.mode": "proxy", "cluster.remote.a.proxy_address": "h:1"},
            "transient": {}
        })
    );
    // the documented way of removing a proxy remote: null every key
    su(&c, "PUT", &url, Some(json!({"persistent": {"cluster": {"remote": {"a": {"mode": null, "proxy_address": null}}}}}))).await;
    assert_eq!(
        sim.cluster("c").settings()["persistent"],
        json!({"cluster.metadata.display_name": "Prod"})
    );
}

#[tokio::test]
async fn remote_settings_are_validated() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let url = settings_url(&sim, "");
    let (status, body) = su(
        &c,
        "PUT",
        &url,
        Some(json!({"persistent": {"cluster.remote.a.proxy_address": "h:1"}})),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["type"], "illegal_argument_exception");
    assert_eq!(
        body["error"]["reason"],
        "Setting \"cluster.remote.a.proxy_address\" cannot be used with the configured \"cluster.remote.a.mode\" [required=PROXY, configured=SNIFF]"
    );
    let (status, body) = su(
        &c,
        "PUT",
        &url,
        Some(json!({"persistent": {"cluster.remote.a.proxy_adress": "h:1"}})),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        body["error"]["reason"],
        "persistent setting [cluster.remote.a.proxy_adress], not recognized"
    );
    let (status, _) = su(
        &c,
        "PUT",
        &url,
        Some(json!({"persistent": {"cluster.remote.a.mode": "tunnel"}})),
    )
    .await;
    assert_eq!(status, 400);
    let (status, _) = su(
        &c,
        "PUT",
        &url,
        Some(json!({"transient": {"cluster.remote.a.skip_unavailable": "yes"}})),
    )
    .await;
    assert_eq!(status, 400);
    // nothing was applied
    assert_eq!(
        sim.cluster("c").settings(),
        json!({"persistent": {}, "transient": {}})
    );
    let (status, body) = su(&c, "PUT", &url, Some(json!({}))).await;
    assert_eq!(status, 400);
    assert_eq!(
        body["error"]["reason"],
        "Validation Failed: 1: no settings to update;"
    );
}

#[tokio::test]
async fn filter_path_with_escaped_dots_like_the_autoops_check() {
    let sim = Sim::builder()
        .cluster(
            ClusterSpec::new("c", "8.17.0")
                .persistent_setting("cluster.metadata.display_name", json!("Prod EU")),
        )
        .start()
        .unwrap();
    let c = client(&sim);
    let (status, body) = su(
        &c,
        "GET",
        &settings_url(
            &sim,
            "?filter_path=*.cluster%5C.metadata%5C.display_name&flat_settings=true",
        ),
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        body,
        json!({"persistent": {"cluster.metadata.display_name": "Prod EU"}})
    );
    let (_, body) = su(
        &c,
        "GET",
        &settings_url(&sim, "?filter_path=transient.nothing"),
        None,
    )
    .await;
    assert_eq!(body, json!({}));
}

async fn set_remote(c: &reqwest::Client, sim: &Sim, settings: Value) {
    let (status, body) = su(
        c,
        "PUT",
        &settings_url(sim, ""),
        Some(json!({"persistent": settings})),
    )
    .await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test]
async fn remote_info_connected_reflects_a_real_tls_handshake() {
    // "r" has a transport port; "c" trusts the same (simulator) CA and presents its transport certificate
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("c", "8.17.0").nodes(2))
        .cluster(
            ClusterSpec::new("r", "8.17.0")
                .nodes(2)
                .transport_port(true),
        )
        .start()
        .expect("sim starts");
    let c = client(&sim);
    let open_addr = sim.cluster("r").transport_addr().unwrap();
    let closed_addr = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    }; // dropped: nothing listens there any more
    set_remote(
        &c,
        &sim,
        json!({
            "cluster.remote.up.mode": "proxy",
            "cluster.remote.up.proxy_address": open_addr.to_string(),
            "cluster.remote.up.server_name": "localhost",
            "cluster.remote.down.mode": "proxy",
            "cluster.remote.down.proxy_address": closed_addr.to_string(),
            "cluster.remote.sniffy.seeds": [open_addr.to_string()],
            "cluster.remote.sniffy.skip_unavailable": true
        }),
    )
    .await;
    let (status, info) = su(
        &c,
        "GET",
        &format!("{}/_remote/info", sim.cluster("c").url()),
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        info["up"],
        json!({
            "connected": true, "mode": "proxy", "proxy_address": open_addr.to_string(),
            "server_name": "localhost", "num_proxy_sockets_connected": 18,
            "max_proxy_socket_connections": 18, "initial_connect_timeout": "30s", "skip_unavailable": false
        })
    );
    assert_eq!(info["down"]["connected"], false);
    assert_eq!(info["down"]["num_proxy_sockets_connected"], 0);
    assert_eq!(
        info["sniffy"],
        json!({
            "connected": true, "mode": "sniff", "seeds": [open_addr.to_string()], "num_nodes_connected": 2,
            "max_connections_per_cluster": 3, "initial_connect_timeout": "30s", "skip_unavailable": true
        })
    );
    // the transport port saw the handshakes of "up" and "sniffy", without credentials
    let inbound = sim.cluster("r").inbound_handshakes();
    assert_eq!(inbound.len(), 2, "{inbound:?}");
    assert!(
        inbound
            .iter()
            .all(|h| h.error.is_none() && h.api_key_id.is_none())
    );
}

#[tokio::test]
async fn remote_info_skip_unavailable_defaults_to_true_on_9x() {
    let sim = sim("9.0.0");
    let c = client(&sim);
    set_remote(&c, &sim, json!({"cluster.remote.r.seeds": ["127.0.0.1:1"]})).await;
    let (_, info) = su(
        &c,
        "GET",
        &format!("{}/_remote/info", sim.cluster("c").url()),
        None,
    )
    .await;
    assert_eq!(info["r"]["skip_unavailable"], true);
}

#[tokio::test]
async fn cluster_credentials_appear_after_reload_from_8_14() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    set_remote(
        &c,
        &sim,
        json!({"cluster.remote.r.mode": "proxy", "cluster.remote.r.proxy_address": "127.0.0.1:1"}),
    )
    .await;
    let info_url = format!("{}/_remote/info", sim.cluster("c").url());
    sim.cluster("c")
        .keystore_set("cluster.remote.r.credentials", "ZW5jb2RlZA==");
    let (_, info) = su(&c, "GET", &info_url, None).await;
    assert!(
        info["r"].get("cluster_credentials").is_none(),
        "not reloaded yet"
    );
    let (status, reload) = su(
        &c,
        "POST",
        &format!("{}/_nodes/reload_secure_settings", sim.cluster("c").url()),
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        reload["_nodes"],
        json!({"total": 2, "successful": 2, "failed": 0})
    );
    let (_, info) = su(&c, "GET", &info_url, None).await;
    assert_eq!(info["r"]["cluster_credentials"], "::es_redacted::");
    assert!(
        sim.cluster("c")
            .loaded_keystore_names()
            .contains(&"cluster.remote.r.credentials".to_owned())
    );
}

#[tokio::test]
async fn remote_credentials_do_not_reload_before_8_14() {
    let sim = sim("8.13.0");
    let c = client(&sim);
    set_remote(
        &c,
        &sim,
        json!({"cluster.remote.r.mode": "proxy", "cluster.remote.r.proxy_address": "127.0.0.1:1"}),
    )
    .await;
    sim.cluster("c")
        .keystore_set("cluster.remote.r.credentials", "ZW5jb2RlZA==");
    su(
        &c,
        "POST",
        &format!("{}/_nodes/reload_secure_settings", sim.cluster("c").url()),
        None,
    )
    .await;
    let info_url = format!("{}/_remote/info", sim.cluster("c").url());
    let (_, info) = su(&c, "GET", &info_url, None).await;
    assert!(info["r"].get("cluster_credentials").is_none());
    sim.cluster("c").restart();
    let (_, info) = su(&c, "GET", &info_url, None).await;
    assert_eq!(info["r"]["cluster_credentials"], "::es_redacted::");
}

#[tokio::test]
async fn reload_secure_settings_matches_the_spec_example_on_9_3() {
    // the spec example sends a keystore password, so this keystore has one
    let sim = Sim::builder()
        .cluster(
            ClusterSpec::new("c", "9.3.0")
                .nodes(2)
                .keystore_password("keystore-password"),
        )
        .start()
        .expect("sim starts");
    let c = client(&sim);
    sim.cluster("c")
        .keystore_set("xpack.security.transport.ssl.keystore.secure_password", "x");
    let body = spec_example(
        "nodes.reload_secure_settings",
        "request-ReloadSecureSettingsRequestExample1.yaml",
    );
    let (status, got) = su(
        &c,
        "POST",
        &format!("{}/_nodes/reload_secure_settings", sim.cluster("c").url()),
        body,
    )
    .await;
    assert_eq!(status, 200, "{got}");
    let node = got["nodes"].as_object().unwrap().values().next().unwrap();
    assert!(
        node["secure_setting_names"]
            .as_array()
            .unwrap()
            .contains(&json!(
                "xpack.security.transport.ssl.keystore.secure_password"
            ))
    );
    assert_eq!(node["keystore_digest"].as_str().unwrap().len(), 64);
    if let Some(spec) = spec_example(
        "nodes.reload_secure_settings",
        "response-ReloadSecureSettingsResponseExample1.yaml",
    ) {
        assert_eq!(keys(&got), keys(&spec));
        assert_eq!(keys(&got["_nodes"]), keys(&spec["_nodes"]));
        let spec_node = spec["nodes"].as_object().unwrap().values().next().unwrap();
        assert_eq!(keys(node), keys(spec_node));
    }
    // older versions only name the nodes
    let old = self::sim("8.17.0");
    let c = client(&old);
    let (_, got) = su(
        &c,
        "POST",
        &format!("{}/_nodes/reload_secure_settings", old.cluster("c").url()),
        None,
    )
    .await;
    let node = got["nodes"].as_object().unwrap().values().next().unwrap();
    assert_eq!(keys(node), ["name"]);
}

#[tokio::test]
async fn reload_needs_manage_and_get_settings_needs_monitor() {
    let sim = Sim::builder()
        .cluster(
            ClusterSpec::new("c", "8.17.0")
                .role("mon", json!({"cluster": ["monitor"]}))
                .user("m", "monpass", &["mon"]),
        )
        .start()
        .unwrap();
    let c = client(&sim);
    let auth = basic("m", "monpass");
    let (status, _, _) = call(&c, "GET", &settings_url(&sim, ""), Some(&auth), None).await;
    assert_eq!(status, 200);
    let (status, _, body) = call(
        &c,
        "POST",
        &format!("{}/_nodes/reload_secure_settings", sim.cluster("c").url()),
        Some(&auth),
        None,
    )
    .await;
    assert_eq!(status, 403);
    assert!(body["error"]["reason"].as_str().unwrap().starts_with(
        "action [cluster:admin/nodes/reload_secure_settings] is unauthorized for user [m]"
    ));
}

#[tokio::test]
async fn remote_addresses_need_a_port_and_static_settings_are_refused() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let url = settings_url(&sim, "");
    let put = |body: Value| {
        let c = c.clone();
        let url = url.clone();
        async move { su(&c, "PUT", &url, Some(body)).await }
    };
    for (settings, reason) in [
        (
            json!({"cluster.remote.a.mode": "proxy", "cluster.remote.a.proxy_address": "es.example.com"}),
            "remote hosts need to be configured as [host:port], found [es.example.com] instead",
        ),
        (
            json!({"cluster.remote.a.seeds": ["127.0.0.1:9300", "h:abc"]}),
            "failed to parse port",
        ),
        (
            json!({"cluster.remote.a.seeds": "h:0"}),
            "port number must be > 0 but was: [0]",
        ),
        (
            json!({"cluster.remote.initial_connect_timeout": "5s"}),
            "persistent setting [cluster.remote.initial_connect_timeout], not dynamically updateable",
        ),
        (
            json!({"remote_cluster_server.enabled": true}),
            "persistent setting [remote_cluster_server.enabled], not dynamically updateable",
        ),
        (
            json!({"xpack.security.remote_cluster_client.ssl.certificate_authorities": ["ca.crt"]}),
            "persistent setting [xpack.security.remote_cluster_client.ssl.certificate_authorities], not dynamically updateable",
        ),
    ] {
        let (status, body) = put(json!({ "persistent": settings })).await;
        assert_eq!(status, 400, "{settings}: {body}");
        assert_eq!(body["error"]["type"], "illegal_argument_exception");
        assert_eq!(body["error"]["reason"], reason, "{settings}");
    }
    assert_eq!(
        sim.cluster("c").settings(),
        json!({"persistent": {}, "transient": {}}),
        "nothing was applied"
    );
    // IPv6 in brackets is fine; removing only the mode of a proxy remote is refused (the address
    // would be a proxy setting under the default sniff mode); removing every key works
    let (status, body) = put(json!({"persistent": {"cluster.remote.a.mode": "proxy",
        "cluster.remote.a.proxy_address": "[::1]:9443", "cluster.remote.a.server_name": "es.example.com"}}))
    .await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = put(json!({"persistent": {"cluster.remote.a.mode": null}})).await;
    assert_eq!(status, 400);
    assert_eq!(
        body["error"]["reason"],
        "Setting \"cluster.remote.a.proxy_address\" cannot be used with the configured \"cluster.remote.a.mode\" [required=PROXY, configured=SNIFF]"
    );
    let (status, _) = put(
        json!({"persistent": {"cluster": {"remote": {"a": {"mode": null,
        "proxy_address": null, "server_name": null}}}}}),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        sim.cluster("c").settings(),
        json!({"persistent": {}, "transient": {}})
    );
}
