//! Elasticsearch request and response bodies.

use crate::secret::Secret;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// `GET /`.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct RootInfo {
    #[serde(default)]
    pub name: String,
    pub cluster_name: String,
    #[serde(default)]
    pub cluster_uuid: String,
    pub version: VersionInfo,
    #[serde(default)]
    pub tagline: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct VersionInfo {
    pub number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub build_flavor: Option<String>,
}

/// `GET /_license`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct LicenseResponse {
    pub license: License,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct License {
    pub status: String,
    #[serde(default)]
    pub uid: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_date_in_millis: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_to: Option<String>,
}

/// One entry of a role's `indices`.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct IndicesPrivileges {
    pub names: Vec<String>,
    pub privileges: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_restricted_indices: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_security: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<Value>,
}

/// One entry of a role's `remote_indices` (8.14+).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct RemoteIndicesPrivileges {
    pub clusters: Vec<String>,
    pub names: Vec<String>,
    pub privileges: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_restricted_indices: Option<bool>,
}

/// A role descriptor as `PUT /_security/role/{name}` and `role_descriptors` of an API key take it.
/// Field order follows the Elasticsearch docs, so rendered JSON reads like them.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Default)]
pub struct RoleDescriptor {
    #[serde(default)]
    pub cluster: Vec<String>,
    #[serde(default)]
    pub indices: Vec<IndicesPrivileges>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_indices: Option<Vec<RemoteIndicesPrivileges>>,
    #[serde(default)]
    pub applications: Vec<Value>,
    #[serde(default)]
    pub run_as: Vec<String>,
    #[serde(default)]
    pub metadata: Map<String, Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transient_metadata: Option<Map<String, Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// `PUT /_security/role/{name}` response.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct PutRoleResponse {
    pub role: Created,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Created {
    pub created: bool,
}

/// `PUT /_security/user/{name}` response: `{"created": bool}` on 7.x/8.x; some versions nest it in `user`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct PutUserResponse {
    #[serde(default)]
    pub created: Option<bool>,
    #[serde(default)]
    pub user: Option<Created>,
}

impl PutUserResponse {
    pub fn created(&self) -> bool {
        self.created
            .or(self.user.as_ref().map(|u| u.created))
            .unwrap_or(false)
    }
}

/// `POST /_security/api_key` body.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CreateApiKeyRequest {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration: Option<String>,
    pub role_descriptors: BTreeMap<String, RoleDescriptor>,
    #[serde(skip_serializing_if = "Map::is_empty")]
    pub metadata: Map<String, Value>,
}

/// `POST /_security/api_key` (and cross-cluster) response. `api_key` and `encoded` are secrets.
#[derive(Debug, Clone, Deserialize)]
pub struct CreateApiKeyResponse {
    pub id: String,
    pub name: String,
    pub api_key: Secret,
    /// Absent before 7.16 (then computed from id and api_key).
    #[serde(default)]
    pub encoded: Option<Secret>,
    #[serde(default)]
    pub expiration: Option<i64>,
}

/// `POST /_security/user/_has_privileges` body.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct HasPrivilegesRequest {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cluster: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub index: Vec<IndexPrivilegesCheck>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct IndexPrivilegesCheck {
    pub names: Vec<String>,
    pub privileges: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_restricted_indices: Option<bool>,
}

/// `_has_privileges` response.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct HasPrivilegesResponse {
    #[serde(default)]
    pub username: String,
    pub has_all_requested: bool,
    #[serde(default)]
    pub cluster: BTreeMap<String, bool>,
    #[serde(default)]
    pub index: BTreeMap<String, BTreeMap<String, bool>>,
}

/// One privilege the caller lacks.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct MissingPrivilege {
    /// `cluster` or `index`.
    pub scope: String,
    /// For index privileges, the index pattern.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    pub privilege: String,
}

impl std::fmt::Display for MissingPrivilege {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.resource {
            Some(r) => write!(f, "index privilege `{}` on `{r}`", self.privilege),
            None => write!(f, "cluster privilege `{}`", self.privilege),
        }
    }
}

impl HasPrivilegesResponse {
    /// Every privilege reported false, cluster first, sorted.
    pub fn missing(&self) -> Vec<MissingPrivilege> {
        let mut out: Vec<MissingPrivilege> = self
            .cluster
            .iter()
            .filter(|(_, ok)| !**ok)
            .map(|(p, _)| MissingPrivilege {
                scope: "cluster".into(),
                resource: None,
                privilege: p.clone(),
            })
            .collect();
        for (index, privs) in &self.index {
            for (p, ok) in privs {
                if !ok {
                    out.push(MissingPrivilege {
                        scope: "index".into(),
                        resource: Some(index.clone()),
                        privilege: p.clone(),
                    });
                }
            }
        }
        out
    }
}

/// `GET /_security/_authenticate` (the fields the tools use).
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct AuthenticateResponse {
    pub username: String,
    #[serde(default)]
    pub roles: Vec<String>,
    #[serde(default)]
    pub authentication_type: Option<String>,
    #[serde(default)]
    pub api_key: Option<Value>,
}

/// The error body Elasticsearch returns: `{"error": {"type", "reason", ...}, "status"}`, or, for unknown
/// endpoints on some versions, `{"error": "no handler found ...", "status"}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EsError {
    #[serde(rename = "type")]
    pub kind: String,
    pub reason: String,
}

impl EsError {
    /// Parses an Elasticsearch error body; `None` when it is not one.
    pub fn parse(body: &str) -> Option<Self> {
        let v: Value = serde_json::from_str(body).ok()?;
        match v.get("error")? {
            Value::Object(e) => {
                let kind = e.get("type")?.as_str()?.to_string();
                let mut reason = e
                    .get("reason")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string();
                // The root cause often says more (e.g. which field was unexpected).
                if let Some(rc) = e
                    .get("caused_by")
                    .and_then(|c| c.get("reason"))
                    .and_then(Value::as_str)
                    && !reason.contains(rc)
                {
                    reason = format!("{reason}: {rc}");
                }
                Some(EsError { kind, reason })
            }
            Value::String(s) => Some(EsError {
                kind: "error".into(),
                reason: s.clone(),
            }),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_es_error_shapes() {
        let body = json!({"error":{"root_cause":[{"type":"security_exception","reason":"missing authentication credentials for REST request [/]"}],"type":"security_exception","reason":"missing authentication credentials for REST request [/]"},"status":401}).to_string();
        let e = EsError::parse(&body).unwrap();
        assert_eq!(e.kind, "security_exception");
        assert!(e.reason.starts_with("missing authentication"));
        let e = EsError::parse(
            r#"{"error":"no handler found for uri [/x] and method [GET]","status":400}"#,
        )
        .unwrap();
        assert_eq!(e.kind, "error");
        assert!(EsError::parse("<html>bad gateway</html>").is_none());
        assert!(EsError::parse(r#"{"ok":true}"#).is_none());
    }

    #[test]
    fn missing_privileges_are_listed() {
        let r: HasPrivilegesResponse = serde_json::from_value(json!({
            "username":"u","has_all_requested":false,
            "cluster":{"monitor":true,"read_ilm":false},
            "index":{"*":{"monitor":true,"view_index_metadata":false}},
            "application":{}
        }))
        .unwrap();
        let m = r.missing();
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].to_string(), "cluster privilege `read_ilm`");
        assert_eq!(
            m[1].to_string(),
            "index privilege `view_index_metadata` on `*`"
        );
    }

    #[test]
    fn create_key_response_keeps_secrets_secret() {
        let r: CreateApiKeyResponse =
            serde_json::from_value(json!({"id":"i","name":"n","api_key":"k","encoded":"aTpr"}))
                .unwrap();
        assert_eq!(format!("{r:?}").matches("[redacted]").count(), 2);
        assert_eq!(r.encoded.unwrap().expose(), "aTpr");
    }
}
