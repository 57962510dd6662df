//! Cross-cluster API keys (8.14+): `POST /_security/cross_cluster/api_key` and its update.

use serde_json::{Map, Value, json};

use super::api_keys::{
    check_key_name, check_metadata, created_response, new_key_credentials, owner_realm,
    parse_certificate_identity, parse_expiration, unknown_field,
};
use super::auth::Subject;
use super::has_privileges::str_list;
use crate::es::errors::{EsError, EsResult};
use crate::es::roles::token;
use crate::es::version::Version;
use crate::es::{ApiKey, EsInner, EsReq};
use crate::util;

const CCS_INDEX_PRIVILEGES: &[&str] = &["read", "read_cross_cluster", "view_index_metadata"];
const CCR_INDEX_PRIVILEGES: &[&str] = &[
    "cross_cluster_replication",
    "cross_cluster_replication_internal",
];

/// Parse `access` into (normalized access, derived `cross_cluster` role descriptor).
fn parse_access(req: &EsReq, access: &Value, version: Version) -> Result<(Value, Value), EsError> {
    let Value::Object(obj) = access else {
        let (l, c) = req.field_pos("access");
        return Err(EsError::x_content(
            l,
            c,
            &format!("access doesn't support values of type: {}", token(access)),
            None,
        ));
    };
    let mut search = Vec::new();
    let mut replication = Vec::new();
    for (k, v) in obj {
        let is_search = match k.as_str() {
            "search" => true,
            "replication" => false,
            other => {
                return Err(unknown_field(
                    req,
                    "cross_cluster_api_key_request_access",
                    other,
                ));
            }
        };
        let Value::Array(items) = v else {
            return Err(EsError::parse(format!(
                "failed to parse indices privileges for role [cross_cluster]. expected field [{k}] value to be an array, but found [{}] instead",
                token(v)
            )));
        };
        for item in items {
            let Value::Object(entry) = item else {
                return Err(EsError::parse(format!(
                    "failed to parse indices privileges for role [cross_cluster]. expected field [{k}] value to be an array of objects, but found an array element of type [{}]",
                    token(item)
                )));
            };
            let mut out = Map::new();
            let mut names = None;
            let mut allow = false;
            for (ek, ev) in entry {
                match ek.as_str() {
                    "names" => names = str_list(ev),
                    "allow_restricted_indices" => allow = ev.as_bool().unwrap_or(false),
                    "query" | "field_security" if is_search => {
                        out.insert(
                            ek.clone(),
                            if ek == "query" && ev.is_object() {
                                json!(ev.to_string())
                            } else {
                                ev.clone()
                            },
                        );
                    }
                    other => {
                        return Err(EsError::parse(format!(
                            "failed to parse indices privileges for role [cross_cluster]. unexpected field [{other}]"
                        )));
                    }
                }
            }
            let Some(names) = names.filter(|n| !n.is_empty()) else {
                return Err(EsError::parse(
                    "failed to parse indices privileges for role [cross_cluster]. missing required [names] field",
                ));
            };
            let mut normalized = Map::new();
            normalized.insert("names".into(), json!(names));
            for (ok, ov) in &out {
                normalized.insert(ok.clone(), ov.clone());
            }
            normalized.insert("allow_restricted_indices".into(), json!(allow));
            if is_search {
                search.push(Value::Object(normalized));
            } else {
                replication.push(Value::Object(normalized));
            }
        }
    }
    if search.is_empty() && replication.is_empty() {
        return Err(EsError::illegal_argument(
            "must specify non-empty access for either [search] or [replication]",
        ));
    }
    let dls = |e: &Value| e.get("query").is_some() || e.get("field_security").is_some();
    if !replication.is_empty() && search.iter().any(dls) {
        return Err(EsError::illegal_argument(
            "search does not support document or field level security if replication is assigned",
        ));
    }
    let mut cluster: Vec<&str> = Vec::new();
    if !search.is_empty() {
        cluster.push("cross_cluster_search");
        if version.at_least(8, 14) {
            cluster.push("monitor_enrich");
        }
    }
    if !replication.is_empty() {
        cluster.push("cross_cluster_replication");
    }
    let mut indices = Vec::new();
    for (list, privs) in [
        (&search, CCS_INDEX_PRIVILEGES),
        (&replication, CCR_INDEX_PRIVILEGES),
    ] {
        for e in list {
            let mut m = Map::new();
            m.insert("names".into(), e["names"].clone());
            m.insert("privileges".into(), json!(privs));
            if let Some(fs) = e.get("field_security") {
                m.insert("field_security".into(), fs.clone());
            }
            if let Some(q) = e.get("query") {
                m.insert("query".into(), q.clone());
            }
            m.insert(
                "allow_restricted_indices".into(),
                e["allow_restricted_indices"].clone(),
            );
            indices.push(Value::Object(m));
        }
    }
    let mut access_out = Map::new();
    if !search.is_empty() {
        access_out.insert("search".into(), Value::Array(search));
    }
    if !replication.is_empty() {
        access_out.insert("replication".into(), Value::Array(replication));
    }
    let descriptor = json!({
        "cluster": cluster,
        "indices": indices,
        "applications": [],
        "run_as": [],
        "metadata": {},
        "transient_metadata": {"enabled": true},
    });
    Ok((Value::Object(access_out), descriptor))
}

pub(crate) fn create_cross_cluster_key(
    inner: &mut EsInner,
    subject: &Subject,
    req: &EsReq,
) -> EsResult {
    if matches!(subject, Subject::ApiKey { .. }) {
        return Err(EsError::illegal_argument(
            "authentication via API key not supported: An API key cannot be used to create a cross-cluster API key",
        ));
    }
    let body = req.json_object(true)?.unwrap_or_default();
    let mut allowed = vec!["name", "access", "expiration", "metadata"];
    if inner.version.at_least(9, 3) {
        allowed.push("certificate_identity");
    }
    for k in body.keys() {
        if !allowed.contains(&k.as_str()) {
            return Err(unknown_field(req, "cross_cluster_api_key_request", k));
        }
    }
    let Some(access) = body.get("access") else {
        return Err(EsError::illegal_argument("Required [access]"));
    };
    let (access, descriptor) = parse_access(req, access, inner.version)?;
    let mut errors = Vec::new();
    let name = check_key_name(body.get("name").and_then(Value::as_str), &mut errors);
    let expiration =
        parse_expiration(req, "cross_cluster_api_key_request", body.get("expiration"))?;
    let metadata = check_metadata(body.get("metadata"), &mut errors)?;
    let certificate_identity = parse_certificate_identity(
        req,
        "cross_cluster_api_key_request",
        body.get("certificate_identity"),
    )?
    .flatten();
    if !errors.is_empty() {
        return Err(EsError::validation(&errors));
    }
    let (id, secret, encoded) = new_key_credentials();
    let mut rd = Map::new();
    rd.insert("cross_cluster".into(), descriptor);
    inner.api_keys.push(ApiKey {
        id: id.clone(),
        name: name.clone(),
        secret: secret.clone(),
        owner: subject.username().to_owned(),
        realm: owner_realm(inner, subject),
        cross_cluster: true,
        creation: util::now_millis(),
        expiration,
        invalidated: None,
        metadata,
        role_descriptors: rd,
        limited_by: Vec::new(),
        access: Some(access),
        certificate_identity,
    });
    Ok((
        200,
        created_response(&id, &name, expiration, &secret, &encoded),
    ))
}

pub(crate) fn update_cross_cluster_key(
    inner: &mut EsInner,
    subject: &Subject,
    id: &str,
    req: &EsReq,
) -> EsResult {
    if matches!(subject, Subject::ApiKey { .. }) {
        return Err(EsError::illegal_argument(
            "authentication via API key not supported: only the owner user can update an API key",
        ));
    }
    let body = req.json_object(false)?.unwrap_or_default();
    let mut allowed = vec!["access", "metadata", "expiration"];
    if inner.version.at_least(9, 3) {
        allowed.push("certificate_identity");
    }
    for k in body.keys() {
        if !allowed.contains(&k.as_str()) {
            return Err(unknown_field(
                req,
                "update_cross_cluster_api_key_request",
                k,
            ));
        }
    }
    let me = subject.username().to_owned();
    let version = inner.version;
    let now = util::now_millis();
    let Some(pos) = inner
        .api_keys
        .iter()
        .position(|k| k.id == id && k.owner == me)
    else {
        return Err(EsError::new(
            404,
            "resource_not_found_exception",
            format!("no API key owned by requesting user found for ID [{id}]"),
        ));
    };
    {
        let k = &inner.api_keys[pos];
        if !k.cross_cluster {
            return Err(EsError::illegal_argument(
                "cannot update API key of type [rest] while expected type is [cross_cluster]",
            ));
        }
        if k.invalidated.is_some() {
            return Err(EsError::illegal_argument(format!(
                "cannot update invalidated API key [{id}]"
            )));
        }
        if k.expiration.is_some_and(|e| e <= now) {
            return Err(EsError::illegal_argument(format!(
                "cannot update expired API key [{id}]"
            )));
        }
    }
    let mut errors = Vec::new();
    let new_access = match body.get("access") {
        Some(a) => Some(parse_access(req, a, version)?),
        None => None,
    };
    let new_metadata = match body.get("metadata") {
        Some(m) => Some(check_metadata(Some(m), &mut errors)?),
        None => None,
    };
    let new_expiration = parse_expiration(
        req,
        "update_cross_cluster_api_key_request",
        body.get("expiration"),
    )?;
    let new_identity = parse_certificate_identity(
        req,
        "update_cross_cluster_api_key_request",
        body.get("certificate_identity"),
    )?;
    // UpdateCrossClusterApiKeyRequest.validate() refuses a body that changes nothing (message as the
    // Elasticsearch sources word it for access and metadata, the fields every version has; unverified
    // for the later fields).
    if new_access.is_none()
        && new_metadata.is_none()
        && new_expiration.is_none()
        && new_identity.is_none()
    {
        errors.push("must update either [access] or [metadata] for cross-cluster API keys".into());
    }
    if !errors.is_empty() {
        return Err(EsError::validation(&errors));
    }
    let k = &mut inner.api_keys[pos];
    let mut updated = false;
    if let Some((access, descriptor)) = new_access
        && k.access.as_ref() != Some(&access)
    {
        k.access = Some(access);
        k.role_descriptors = Map::from_iter([("cross_cluster".to_owned(), descriptor)]);
        updated = true;
    }
    if let Some(m) = new_metadata
        && k.metadata != m
    {
        k.metadata = m;
        updated = true;
    }
    if let Some(e) = new_expiration {
        k.expiration = Some(e);
        updated = true;
    }
    if let Some(ci) = new_identity
        && k.certificate_identity != ci
    {
        k.certificate_identity = ci;
        updated = true;
    }
    Ok((200, json!({"updated": updated})))
}
