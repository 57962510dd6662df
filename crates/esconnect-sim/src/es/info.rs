//! `GET /`, `GET /_license`, `GET /_nodes`, `GET /_cluster/health`, `POST /_nodes/reload_secure_settings`.

use serde_json::{Map, Value, json};

use super::errors::{EsError, EsResult};
use super::{EsInner, EsReq, Node};
use crate::util;

fn build_hash(inner: &EsInner) -> String {
    util::hex(&util::sha256(format!("build:{}", inner.version).as_bytes()))[..40].to_owned()
}

fn build_date(inner: &EsInner) -> String {
    // a stable, plausible build date per version
    let v = inner.version;
    let days = i64::from(v.major) * 400 + i64::from(v.minor) * 30 + i64::from(v.patch);
    util::iso_millis(1_577_836_800_000 + (days % 2400) * 86_400_000 + 40_000_123)
}

pub(crate) fn root(inner: &EsInner) -> Value {
    json!({
        "name": inner.nodes[0].name,
        "cluster_name": inner.name,
        "cluster_uuid": inner.uuid,
        "version": {
            "number": inner.version.to_string(),
            "build_flavor": "default",
            "build_type": "docker",
            "build_hash": build_hash(inner),
            "build_date": build_date(inner),
            "build_snapshot": false,
            "lucene_version": inner.version.lucene(),
            "minimum_wire_compatibility_version": inner.version.min_wire(),
            "minimum_index_compatibility_version": inner.version.min_index(),
        },
        "tagline": "You Know, for Search"
    })
}

pub(crate) fn health(inner: &EsInner) -> Value {
    let n = inner.nodes.len();
    json!({
        "cluster_name": inner.name,
        "status": "green",
        "timed_out": false,
        "number_of_nodes": n,
        "number_of_data_nodes": n,
        "active_primary_shards": 0,
        "active_shards": 0,
        "relocating_shards": 0,
        "initializing_shards": 0,
        "unassigned_shards": 0,
        "unassigned_primary_shards": 0,
        "delayed_unassigned_shards": 0,
        "number_of_pending_tasks": 0,
        "number_of_in_flight_fetch": 0,
        "task_max_waiting_in_queue_millis": 0,
        "active_shards_percent_as_number": 100.0
    })
}

/// The licence status as reported: the configured one, or `expired` once the expiry has passed.
pub(crate) fn license_status(inner: &EsInner) -> String {
    let l = &inner.license;
    if l.status == "active" && l.expiry.is_some_and(|e| e <= util::now_millis()) {
        "expired".into()
    } else {
        l.status.clone()
    }
}

pub(crate) fn license(inner: &EsInner) -> Value {
    let l = &inner.license;
    let mut m = Map::new();
    m.insert("status".into(), json!(license_status(inner)));
    m.insert("uid".into(), json!(l.uid));
    m.insert("type".into(), json!(l.kind));
    m.insert("issue_date".into(), json!(util::iso_millis(l.issue)));
    m.insert("issue_date_in_millis".into(), json!(l.issue));
    if let Some(e) = l.expiry {
        m.insert("expiry_date".into(), json!(util::iso_millis(e)));
        m.insert("expiry_date_in_millis".into(), json!(e));
    }
    if l.kind == "enterprise" {
        m.insert("max_nodes".into(), Value::Null);
        m.insert("max_resource_units".into(), json!(100));
    } else {
        m.insert("max_nodes".into(), json!(1000));
        m.insert("max_resource_units".into(), Value::Null);
    }
    m.insert("issued_to".into(), json!(inner.name));
    m.insert("issuer".into(), json!("elasticsearch"));
    m.insert(
        "start_date_in_millis".into(),
        json!(if l.kind == "enterprise" { l.issue } else { -1 }),
    );
    json!({"license": Value::Object(m)})
}

const NODE_ROLES: &[&str] = &[
    "data",
    "data_cold",
    "data_content",
    "data_frozen",
    "data_hot",
    "data_warm",
    "ingest",
    "master",
    "ml",
    "remote_cluster_client",
    "transform",
];

pub(crate) fn nodes(inner: &EsInner) -> Value {
    let n = inner.nodes.len();
    let mut nodes = Map::new();
    for (i, node) in inner.nodes.iter().enumerate() {
        let mut m = Map::new();
        m.insert("name".into(), json!(node.name));
        // every node shares the cluster's one transport listener when it has one
        let transport = inner
            .transport_publish
            .clone()
            .unwrap_or_else(|| format!("127.0.0.1:{}", 9300 + i));
        m.insert("transport_address".into(), json!(transport));
        m.insert("host".into(), json!("127.0.0.1"));
        m.insert("ip".into(), json!("127.0.0.1"));
        m.insert("version".into(), json!(inner.version.to_string()));
        m.insert("build_flavor".into(), json!("default"));
        m.insert("build_type".into(), json!("docker"));
        m.insert("build_hash".into(), json!(build_hash(inner)));
        m.insert("roles".into(), json!(NODE_ROLES));
        m.insert(
            "attributes".into(),
            json!({"xpack.installed": "true", "ml.config_version": "12.0.0"}),
        );
        let mut settings = json!({
            "cluster": {"name": inner.name},
            "node": {"name": node.name},
        });
        m.insert(
            "transport".into(),
            json!({"bound_address": [transport], "publish_address": transport, "profiles": {}}),
        );
        // RemoteClusterServerInfo: only on nodes with remote_cluster_server.enabled
        if let Some(rcs) = &inner.rcs_publish {
            m.insert(
                "remote_cluster_server".into(),
                json!({"bound_address": [rcs], "publish_address": rcs}),
            );
            settings["remote_cluster_server"] = json!({"enabled": "true"});
        }
        m.insert("settings".into(), settings);
        nodes.insert(node.id.clone(), Value::Object(m));
    }
    json!({
        "_nodes": {"total": n, "successful": n, "failed": 0},
        "cluster_name": inner.name,
        "nodes": nodes,
    })
}

/// Digest and last-modified time of a node's keystore: of the file's bytes when it has a file (as
/// Elasticsearch 9.3 reports them), else of the in-memory entries.
fn keystore_facts(node: &Node) -> (String, i64, String) {
    if let Some(p) = &node.keystore_path {
        let digest =
            crate::keystore::raw(p).map_or_else(String::new, |b| util::hex(&util::sha256(&b)));
        let modified = std::fs::metadata(p)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .and_then(|d| i64::try_from(d.as_millis()).ok())
            .unwrap_or(node.keystore_modified);
        return (digest, modified, p.display().to_string());
    }
    let mut data = String::new();
    for (k, v) in &node.keystore_disk {
        data.push_str(k);
        data.push('\0');
        data.push_str(v);
        data.push('\0');
    }
    (
        util::hex(&util::sha256(data.as_bytes())),
        node.keystore_modified,
        "/usr/share/elasticsearch/config/elasticsearch.keystore".to_owned(),
    )
}

/// Whether `node` (index `i`) is selected by a `{node_id}` filter: `_all`, `_local`, `_master` (node 0
/// answers HTTP and is the elected master here), ids and names with `*` wildcards, comma-separated.
pub(crate) fn node_selected(filter: Option<&str>, i: usize, node: &Node) -> bool {
    let Some(filter) = filter else { return true };
    filter.split(',').map(str::trim).any(|f| match f {
        "_all" | "*" => true,
        "_local" | "_master" => i == 0,
        pattern => util::glob_match(pattern, &node.id) || util::glob_match(pattern, &node.name),
    })
}

/// Reload each selected node's keystore. Remote cluster credentials are only reloadable from 8.14; on
/// older versions they stay as they were until a restart. A node whose keystore cannot be read (missing,
/// corrupt, wrong password) keeps its secure settings and reports `reload_exception`.
pub(crate) fn reload_secure_settings(inner: &mut EsInner, req: &EsReq) -> EsResult {
    let mut password = String::new();
    if let Some(body) = req.json_object(false)? {
        for (k, v) in &body {
            if k != "secure_settings_password" {
                return Err(EsError::parse(format!(
                    "failed to parse reload secure settings request. unexpected field [{k}]"
                )));
            }
            password = v.as_str().unwrap_or_default().to_owned();
        }
    }
    let filter = if req.segs.len() == 3 {
        Some(req.segs[1].clone())
    } else {
        None
    };
    let reload_remote = inner.version.at_least(8, 14);
    let details = inner.version.at_least(9, 3);
    let expected_password = inner.keystore_password.clone().unwrap_or_default();
    let is_remote_cred = |k: &str| k.starts_with("cluster.remote.") && k.ends_with(".credentials");
    let mut nodes = Map::new();
    let mut total = 0;
    for (i, node) in inner.nodes.iter_mut().enumerate() {
        if !node_selected(filter.as_deref(), i, node) {
            continue;
        }
        total += 1;
        let mut m = Map::new();
        m.insert("name".into(), json!(node.name));
        let loaded = if password == expected_password {
            node.read_keystore().map_err(|e| match e {
                crate::keystore::KeystoreError::Missing(_) => {
                    ("illegal_state_exception", "Keystore is missing".to_owned())
                }
                crate::keystore::KeystoreError::Corrupt(..) => (
                    "security_exception",
                    "Keystore has been corrupted or tampered with".to_owned(),
                ),
                crate::keystore::KeystoreError::Io(_, e) => ("i_o_exception", e.to_string()),
            })
        } else {
            Err((
                "security_exception",
                "Provided keystore password was incorrect".to_owned(),
            ))
        };
        match loaded {
            Ok(disk) => {
                let mut next: std::collections::BTreeMap<String, String> = disk
                    .iter()
                    .filter(|(k, _)| reload_remote || !is_remote_cred(k))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                if !reload_remote {
                    for (k, v) in &node.keystore_active {
                        if is_remote_cred(k) {
                            next.insert(k.clone(), v.clone());
                        }
                    }
                }
                node.keystore_active = next;
                if details {
                    let (digest, modified, path) = keystore_facts(node);
                    let names: Vec<&String> = disk.keys().collect();
                    m.insert("secure_setting_names".into(), json!(names));
                    m.insert("keystore_path".into(), json!(path));
                    m.insert("keystore_digest".into(), json!(digest));
                    m.insert(
                        "keystore_last_modified_time".into(),
                        json!(util::iso_millis(modified)),
                    );
                }
            }
            Err((kind, reason)) => {
                m.insert(
                    "reload_exception".into(),
                    json!({"type": kind, "reason": reason}),
                );
            }
        }
        nodes.insert(node.id.clone(), Value::Object(m));
    }
    Ok((
        200,
        json!({
            "_nodes": {"total": total, "successful": total, "failed": 0},
            "cluster_name": inner.name,
            "nodes": nodes,
        }),
    ))
}
