//! Remote clusters with the API key model: the cross-cluster API key (create, update, read back,
//! invalidate) and the role parts that narrow what a local user may do on a remote cluster
//! (`remote_indices`, `remote_cluster`). Shapes follow the Elasticsearch specification and its examples in
//! `shared/specs/elasticsearch-examples/security.*` (elastic-facts §3.1, §3.2).

use super::version::Version;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// `POST /_security/cross_cluster/api_key` exists (GA) from 8.14 (§2.1, §3.1: beta from 8.10, but the
/// docs' minimum for the API key model is 8.14 on both clusters).
pub const CROSS_CLUSTER_API_KEY_SINCE: Version = Version::new(8, 14, 0);
/// `certificate_identity` of a cross-cluster API key: Stack 9.3+ (§2.5, §3.1).
pub const CERTIFICATE_IDENTITY_SINCE: Version = Version::new(9, 3, 0);
/// A role's `remote_indices`: `@availability stack since=8.14.0` (§3.2).
pub const REMOTE_INDICES_SINCE: Version = Version::new(8, 14, 0);
/// A role's `remote_cluster`: 8.15 (`ROLE_REMOTE_CLUSTER_PRIVS = V_8_15_0`, §3.2).
pub const REMOTE_CLUSTER_SINCE: Version = Version::new(8, 15, 0);
/// The `monitor_stats` remote cluster privilege: 8.17 (`ROLE_MONITOR_STATS = V_8_17_0`, §3.2).
pub const MONITOR_STATS_SINCE: Version = Version::new(8, 17, 0);

/// The remote cluster privileges Elasticsearch knows (`RemoteClusterPrivilege`, §3.2).
pub const REMOTE_CLUSTER_PRIVILEGES: &[&str] = &["monitor_enrich", "monitor_stats"];

/// The first version that accepts a remote cluster privilege.
pub fn remote_cluster_privilege_since(privilege: &str) -> Option<Version> {
    match privilege {
        "monitor_enrich" => Some(REMOTE_CLUSTER_SINCE),
        "monitor_stats" => Some(MONITOR_STATS_SINCE),
        _ => None,
    }
}

/// Cross-cluster search: the `remote_indices` privileges of the docs' CCS example (§3.2).
pub const CCS_REMOTE_INDEX_PRIVILEGES: &[&str] =
    &["read", "read_cross_cluster", "view_index_metadata"];
/// Cross-cluster replication: the `remote_indices` privileges of the docs' CCR example (§3.2).
pub const CCR_REMOTE_INDEX_PRIVILEGES: &[&str] = &["cross_cluster_replication"];
/// Cross-cluster replication: the local cluster privileges of the docs' CCR example (§3.2).
pub const CCR_CLUSTER_PRIVILEGES: &[&str] = &["manage_ccr"];

/// One `access.search` entry of a cross-cluster API key (`security/_types/Access.ts`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct SearchAccess {
    pub names: Vec<String>,
    /// A DLS query: an object (or, read back, the string Elasticsearch stores).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_security: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_restricted_indices: Option<bool>,
}

/// One `access.replication` entry of a cross-cluster API key.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct ReplicationAccess {
    pub names: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_restricted_indices: Option<bool>,
}

/// `access` of a cross-cluster API key: at least one of `search` and `replication`; no explicit
/// privileges (Elasticsearch derives them, §3.1).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct CrossClusterAccess {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<Vec<SearchAccess>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replication: Option<Vec<ReplicationAccess>>,
}

impl CrossClusterAccess {
    /// True when neither search nor replication grants anything (Elasticsearch refuses that).
    pub fn is_empty(&self) -> bool {
        self.search.as_ref().is_none_or(Vec::is_empty)
            && self.replication.as_ref().is_none_or(Vec::is_empty)
    }
}

/// `POST /_security/cross_cluster/api_key` body (`security/create_cross_cluster_api_key/`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CreateCrossClusterApiKeyRequest {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration: Option<String>,
    pub access: CrossClusterAccess,
    #[serde(skip_serializing_if = "Map::is_empty")]
    pub metadata: Map<String, Value>,
    /// A regular expression over the distinguished name of the calling cluster's signing certificate
    /// (9.3+, §2.5).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate_identity: Option<String>,
}

/// `PUT /_security/cross_cluster/api_key/{id}` body: each field absent keeps the key's value; `access`
/// and `metadata` given replace the whole value.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct UpdateCrossClusterApiKeyRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access: Option<CrossClusterAccess>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Map<String, Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate_identity: Option<String>,
}

impl UpdateCrossClusterApiKeyRequest {
    /// True when the body would change nothing.
    pub fn is_empty(&self) -> bool {
        self.access.is_none()
            && self.expiration.is_none()
            && self.metadata.is_none()
            && self.certificate_identity.is_none()
    }
}

/// `PUT /_security/cross_cluster/api_key/{id}` response.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct UpdateApiKeyResponse {
    pub updated: bool,
}

/// `GET /_security/api_key` response.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct GetApiKeyResponse {
    #[serde(default)]
    pub api_keys: Vec<ApiKeyInfo>,
}

/// One key as `GET /_security/api_key` shows it (never a secret). Tolerant: fields appeared over versions
/// (`type` 8.5, `access` with cross-cluster keys, `certificate_identity` 9.3).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct ApiKeyInfo {
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
    /// `rest` or `cross_cluster`; absent before 8.5 (all keys were REST keys then).
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub creation: Option<i64>,
    /// Epoch milliseconds; absent for a key that never expires.
    #[serde(default)]
    pub expiration: Option<i64>,
    #[serde(default)]
    pub invalidated: bool,
    #[serde(default)]
    pub username: Option<String>,
    #[serde(default)]
    pub realm: Option<String>,
    #[serde(default)]
    pub metadata: Map<String, Value>,
    #[serde(default)]
    pub access: Option<CrossClusterAccess>,
    #[serde(default)]
    pub certificate_identity: Option<String>,
}

impl ApiKeyInfo {
    pub fn is_cross_cluster(&self) -> bool {
        self.kind.as_deref() == Some("cross_cluster")
    }
}

/// `DELETE /_security/api_key` body by ids (`security/invalidate_api_key/`, example 1).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct InvalidateApiKeyRequest {
    pub ids: Vec<String>,
}

/// `DELETE /_security/api_key` response.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct InvalidateApiKeyResponse {
    #[serde(default)]
    pub invalidated_api_keys: Vec<String>,
    #[serde(default)]
    pub previously_invalidated_api_keys: Vec<String>,
    #[serde(default)]
    pub error_count: u64,
    #[serde(default)]
    pub error_details: Vec<Value>,
}

/// One entry of a role's `remote_indices` as this project writes it (8.14+).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct RemoteIndicesEntry {
    pub clusters: Vec<String>,
    pub names: Vec<String>,
    pub privileges: Vec<String>,
}

/// One entry of a role's `remote_cluster` (8.15+).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct RemoteClusterEntry {
    pub clusters: Vec<String>,
    pub privileges: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn create_body_has_the_spec_examples_shape() {
        let body = CreateCrossClusterApiKeyRequest {
            name: "my-cross-cluster-api-key".into(),
            expiration: Some("1d".into()),
            access: CrossClusterAccess {
                search: Some(vec![SearchAccess {
                    names: vec!["logs*".into()],
                    ..Default::default()
                }]),
                replication: Some(vec![ReplicationAccess {
                    names: vec!["archive*".into()],
                    allow_restricted_indices: None,
                }]),
            },
            metadata: Map::new(),
            certificate_identity: None,
        };
        // The spec's CreateCrossClusterApiKeyRequestExample1, without its metadata.
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            json!({"name": "my-cross-cluster-api-key", "expiration": "1d",
                   "access": {"search": [{"names": ["logs*"]}], "replication": [{"names": ["archive*"]}]}})
        );
    }

    #[test]
    fn an_update_sends_only_what_is_given() {
        let u = UpdateCrossClusterApiKeyRequest {
            metadata: Some(Map::from_iter([(
                "application".into(),
                json!("replication"),
            )])),
            ..Default::default()
        };
        assert_eq!(
            serde_json::to_value(&u).unwrap(),
            json!({"metadata": {"application": "replication"}})
        );
        assert!(UpdateCrossClusterApiKeyRequest::default().is_empty() && !u.is_empty());
    }

    #[test]
    fn keys_read_back_tolerate_versions() {
        // The spec's SecurityGetApiKeyResponseExample2's second key (no type: before 8.5) and a
        // cross-cluster key as 8.14+ shows it.
        let r: GetApiKeyResponse = serde_json::from_value(json!({"api_keys": [
            {"id": "6wHJmcQpReKBa42EHV5SBw", "name": "api-key-name-2", "creation": 1548550550158_i64,
             "invalidated": false, "username": "user-y", "realm": "realm-2", "metadata": {}, "role_descriptors": {}},
            {"id": "x", "name": "cc", "type": "cross_cluster", "creation": 1, "expiration": 2, "invalidated": false,
             "access": {"search": [{"names": ["logs*"], "query": "{\"term\":{\"a\":1}}", "allow_restricted_indices": false}]},
             "role_descriptors": {"cross_cluster": {}}, "unknown": 1}
        ]}))
        .unwrap();
        assert!(!r.api_keys[0].is_cross_cluster() && r.api_keys[0].expiration.is_none());
        assert!(r.api_keys[1].is_cross_cluster());
        assert_eq!(r.api_keys[1].expiration, Some(2));
        let s = &r.api_keys[1]
            .access
            .as_ref()
            .unwrap()
            .search
            .as_ref()
            .unwrap()[0];
        assert_eq!(s.query, Some(json!("{\"term\":{\"a\":1}}")));
    }

    #[test]
    fn remote_cluster_privileges_have_their_versions() {
        assert_eq!(
            remote_cluster_privilege_since("monitor_stats"),
            Some(Version::new(8, 17, 0))
        );
        assert_eq!(
            remote_cluster_privilege_since("monitor_enrich"),
            Some(Version::new(8, 15, 0))
        );
        assert_eq!(remote_cluster_privilege_since("all"), None);
        for p in REMOTE_CLUSTER_PRIVILEGES {
            assert!(remote_cluster_privilege_since(p).is_some());
        }
    }
}
