//! `GET /`, `GET /_license`, `GET /_nodes`, `GET /_cluster/health`, `POST /_nodes/reload_secure_settings`.

use serde_json::{Map, Value, json};

use super::errors::{EsError, EsResult};
use super::{EsInner, EsReq};
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
        m.insert(
            "transport_address".into(),
            json!(format!("127.0.0.1:{}", 9300 + i)),
        );
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
        nodes.insert(node.id.clone(), Value::Object(m));
    }
    json!({
        "_nodes": {"total": n, "successful": n, "failed": 0},
        "cluster_name": inner.name,
        "nodes": nodes,
    })
}

fn keystore_digest(inner: &EsInner) -> String {
    let mut data = String::new();
    for (k, v) in &inner.keystore_disk {
        data.push_str(k);
        data.push('\0');
        data.push_str(v);
        data.push('\0');
    }
    util::hex(&util::sha256(data.as_bytes()))
}

/// Reload the on-disk keystore into the nodes. Remote cluster credentials are only reloadable from 8.14;
/// on older versions they stay as they were until a restart.
pub(crate) fn reload_secure_settings(inner: &mut EsInner, req: &EsReq) -> EsResult {
    if let Some(body) = req.json_object(false)? {
        for k in body.keys() {
            if k != "secure_settings_password" {
                return Err(EsError::parse(format!(
                    "failed to parse reload secure settings request. unexpected field [{k}]"
                )));
            }
        }
    }
    let reload_remote = inner.version.at_least(8, 14);
    let is_remote_cred = |k: &str| k.starts_with("cluster.remote.") && k.ends_with(".credentials");
    let mut next: std::collections::BTreeMap<String, String> = inner
        .keystore_disk
        .iter()
        .filter(|(k, _)| reload_remote || !is_remote_cred(k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if !reload_remote {
        for (k, v) in &inner.keystore_active {
            if is_remote_cred(k) {
                next.insert(k.clone(), v.clone());
            }
        }
    }
    inner.keystore_active = next;
    let n = inner.nodes.len();
    let details = inner.version.at_least(9, 3);
    let names: Vec<&String> = inner.keystore_disk.keys().collect();
    let digest = keystore_digest(inner);
    let mut nodes = Map::new();
    for node in &inner.nodes {
        let mut m = Map::new();
        m.insert("name".into(), json!(node.name));
        if details {
            m.insert("secure_setting_names".into(), json!(names));
            m.insert(
                "keystore_path".into(),
                json!("/usr/share/elasticsearch/config/elasticsearch.keystore"),
            );
            m.insert("keystore_digest".into(), json!(digest));
            m.insert(
                "keystore_last_modified_time".into(),
                json!(util::iso_millis(inner.keystore_modified)),
            );
        }
        nodes.insert(node.id.clone(), Value::Object(m));
    }
    Ok((
        200,
        json!({
            "_nodes": {"total": n, "successful": n, "failed": 0},
            "cluster_name": inner.name,
            "nodes": nodes,
        }),
    ))
}
