//! REST API keys: create, get and invalidate (`/_security/api_key`); Elasticsearch time values.

use base64::Engine as _;
use serde_json::{Map, Value, json};

use super::auth::{Subject, denied, effective_layers, permission};
use super::has_privileges::str_list;
use crate::es::errors::{EsError, EsResult, cause};
use crate::es::privileges::{Grants, glob_match};
use crate::es::roles::{self, DescriptorKind, token};
use crate::es::version::Version;
use crate::es::{ApiKey, EsInner, EsReq};
use crate::util;

/// Parse an Elasticsearch time value (`1d`, `12h`, `30m`, `45s`, `500ms`, `10micros`, `10nanos`) into
/// milliseconds.
pub(crate) fn parse_time_value(s: &str) -> Option<i64> {
    let s = s.trim().to_ascii_lowercase();
    let units: &[(&str, f64)] = &[
        ("nanos", 1e-6),
        ("micros", 1e-3),
        ("ms", 1.0),
        ("s", 1000.0),
        ("m", 60_000.0),
        ("h", 3_600_000.0),
        ("d", 86_400_000.0),
    ];
    for (suffix, factor) in units {
        if let Some(num) = s.strip_suffix(suffix) {
            let num = num.trim();
            if num.is_empty() || !num.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
                return None;
            }
            let n: f64 = num.parse().ok()?;
            #[allow(clippy::cast_possible_truncation)]
            return Some((n * factor).round() as i64);
        }
    }
    None
}

pub(super) fn parse_expiration(
    req: &EsReq,
    parser: &str,
    v: Option<&Value>,
) -> Result<Option<i64>, EsError> {
    let Some(v) = v else { return Ok(None) };
    let text = match v {
        Value::Null => return Ok(None),
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        other => other.to_string(),
    };
    match parse_time_value(&text) {
        Some(ms) => Ok(Some(util::now_millis() + ms)),
        None => {
            let (l, c) = req.field_pos("expiration");
            Err(EsError::x_content(
                l,
                c,
                &format!("[{parser}] failed to parse field [expiration]"),
                Some(cause(
                    "parse_exception",
                    &format!(
                        "failed to parse setting [expiration] with value [{text}] as a time value: unit is missing or unrecognized"
                    ),
                )),
            ))
        }
    }
}

/// `certificate_identity` (9.3+; the field is refused as unknown before, see the callers): `None` when
/// absent, `Some(None)` for an explicit null (which clears it on update: assumption, the docs are silent),
/// `Some(Some(pattern))` for a string.
pub(super) fn parse_certificate_identity(
    req: &EsReq,
    parser: &str,
    v: Option<&Value>,
) -> Result<Option<Option<String>>, EsError> {
    match v {
        None => Ok(None),
        Some(Value::Null) => Ok(Some(None)),
        Some(Value::String(s)) => Ok(Some(Some(s.clone()))),
        Some(other) => {
            let (l, c) = req.field_pos("certificate_identity");
            Err(EsError::x_content(
                l,
                c,
                &format!(
                    "[{parser}] certificate_identity doesn't support values of type: {}",
                    token(other)
                ),
                None,
            ))
        }
    }
}

pub(super) fn unknown_field(req: &EsReq, parser: &str, field: &str) -> EsError {
    let (l, c) = req.field_pos(field);
    EsError::x_content(l, c, &format!("[{parser}] unknown field [{field}]"), None)
}

pub(super) fn check_key_name(name: Option<&str>, errors: &mut Vec<String>) -> String {
    match name {
        None | Some("") => {
            errors.push("api key name is required".into());
            String::new()
        }
        Some(n) => {
            if n.chars().count() > 256 {
                errors.push("api key name may not be more than [256] characters long".into());
            }
            if n.starts_with('_') {
                errors.push("api key name may not begin with an underscore".into());
            }
            n.to_owned()
        }
    }
}

pub(super) fn check_metadata(
    v: Option<&Value>,
    errors: &mut Vec<String>,
) -> Result<Value, EsError> {
    match v {
        None | Some(Value::Null) => Ok(json!({})),
        Some(Value::Object(m)) => {
            if m.keys().any(|k| k.starts_with('_')) {
                errors.push("API key metadata keys may not start with [_]".into());
            }
            Ok(Value::Object(m.clone()))
        }
        Some(other) => Err(EsError::parse(format!(
            "expected field [metadata] to be of type object, but found [{}] instead",
            token(other)
        ))),
    }
}

pub(super) fn new_key_credentials() -> (String, String, String) {
    let id = util::random_id(15);
    let secret = util::random_id(16);
    let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{id}:{secret}"));
    (id, secret, encoded)
}

pub(super) fn created_response(
    id: &str,
    name: &str,
    expiration: Option<i64>,
    secret: &str,
    encoded: &str,
) -> Value {
    let mut out = Map::new();
    out.insert("id".into(), json!(id));
    out.insert("name".into(), json!(name));
    if let Some(e) = expiration {
        out.insert("expiration".into(), json!(e));
    }
    out.insert("api_key".into(), json!(secret));
    out.insert("encoded".into(), json!(encoded));
    Value::Object(out)
}

pub(super) fn owner_realm(inner: &EsInner, subject: &Subject) -> (String, String) {
    match subject {
        Subject::User { name } => {
            inner
                .users
                .get(name)
                .map_or(("default_native".into(), "native".into()), |u| {
                    let (a, b) = u.realm();
                    (a.into(), b.into())
                })
        }
        Subject::ApiKey { realm, .. } => realm.clone(),
    }
}

pub(crate) fn create_api_key(inner: &mut EsInner, subject: &Subject, req: &EsReq) -> EsResult {
    let body = req.json_object(true)?.unwrap_or_default();
    for k in body.keys() {
        if !["name", "expiration", "role_descriptors", "metadata"].contains(&k.as_str()) {
            return Err(unknown_field(req, "api_key_request", k));
        }
    }
    let mut errors = Vec::new();
    let name = check_key_name(body.get("name").and_then(Value::as_str), &mut errors);
    let expiration = parse_expiration(req, "api_key_request", body.get("expiration"))?;
    let metadata = check_metadata(body.get("metadata"), &mut errors)?;
    let mut descriptors = Map::new();
    match body.get("role_descriptors") {
        None | Some(Value::Null) => {}
        Some(Value::Object(m)) => {
            for (n, d) in m {
                let nd = roles::parse_descriptor(n, d, inner.version, DescriptorKind::ApiKey)
                    .map_err(|e| {
                        let (l, c) = req.field_pos("role_descriptors");
                        EsError::x_content(
                            l,
                            c,
                            "[api_key_request] failed to parse field [role_descriptors]",
                            Some(e.body["error"].clone()),
                        )
                    })?;
                descriptors.insert(n.clone(), nd);
            }
        }
        Some(other) => {
            return Err(EsError::parse(format!(
                "expected field [role_descriptors] to be of type object, but found [{}] instead",
                token(other)
            )));
        }
    }
    if !errors.is_empty() {
        return Err(EsError::validation(&errors));
    }
    let limited_by = match subject {
        Subject::User { name } => {
            let roles = inner
                .users
                .get(name)
                .map(|u| u.roles.clone())
                .unwrap_or_default();
            vec![inner.roles_map(&roles)]
        }
        Subject::ApiKey { id, .. } => {
            let parent = inner.api_keys.iter().find(|k| &k.id == id);
            let empty = descriptors
                .values()
                .all(|d| Grants::from_descriptor(d) == Grants::default());
            if descriptors.is_empty() || !empty {
                return Err(EsError::illegal_argument(
                    "creating derived api keys requires an explicit role descriptor that is empty (has no privileges)",
                ));
            }
            parent.map(effective_layers).unwrap_or_default()
        }
    };
    let (id, secret, encoded) = new_key_credentials();
    inner.api_keys.push(ApiKey {
        id: id.clone(),
        name: name.clone(),
        secret: secret.clone(),
        owner: subject.username().to_owned(),
        realm: owner_realm(inner, subject),
        cross_cluster: false,
        creation: util::now_millis(),
        expiration,
        invalidated: None,
        metadata,
        role_descriptors: descriptors,
        limited_by,
        access: None,
        certificate_identity: None,
    });
    Ok((
        200,
        created_response(&id, &name, expiration, &secret, &encoded),
    ))
}

/// An API key as `GET /_security/api_key` shows it for this version.
pub(crate) fn api_key_json(k: &ApiKey, version: Version, with_limited_by: bool) -> Value {
    let mut out = Map::new();
    out.insert("id".into(), json!(k.id));
    out.insert("name".into(), json!(k.name));
    if version.at_least(8, 5) {
        out.insert(
            "type".into(),
            json!(if k.cross_cluster {
                "cross_cluster"
            } else {
                "rest"
            }),
        );
    }
    out.insert("creation".into(), json!(k.creation));
    if let Some(e) = k.expiration {
        out.insert("expiration".into(), json!(e));
    }
    out.insert("invalidated".into(), json!(k.invalidated.is_some()));
    if let Some(i) = k.invalidated
        && version.at_least(8, 12)
    {
        out.insert("invalidation".into(), json!(i));
    }
    out.insert("username".into(), json!(k.owner));
    out.insert("realm".into(), json!(k.realm.0));
    if version.at_least(8, 14) {
        out.insert("realm_type".into(), json!(k.realm.1));
    }
    out.insert("metadata".into(), k.metadata.clone());
    if version.at_least(8, 5) {
        out.insert(
            "role_descriptors".into(),
            Value::Object(k.role_descriptors.clone()),
        );
    }
    if let Some(a) = &k.access {
        out.insert("access".into(), a.clone());
    }
    // Assumption (the spec's GET examples predate 9.3): a cross-cluster key shows the
    // `certificate_identity` it was given, on the versions that take one.
    if let Some(ci) = &k.certificate_identity
        && version.at_least(9, 3)
    {
        out.insert("certificate_identity".into(), json!(ci));
    }
    if with_limited_by && !k.cross_cluster && version.at_least(8, 5) {
        out.insert(
            "limited_by".into(),
            Value::Array(k.limited_by.iter().cloned().map(Value::Object).collect()),
        );
    }
    Value::Object(out)
}

/// Which keys a GET or invalidate request may touch.
enum KeyScope {
    All,
    Own,
    Itself(String),
}

fn key_scope(
    inner: &EsInner,
    subject: &Subject,
    action: &str,
    owner_flag: bool,
    username: Option<&str>,
    ids: &[String],
) -> Result<KeyScope, EsError> {
    let perm = permission(inner, subject);
    if perm.has_cluster("manage_api_key")
        || (action.ends_with("/get") && perm.has_cluster("read_security"))
    {
        return Ok(KeyScope::All);
    }
    if let Subject::ApiKey { id, .. } = subject
        && ids.len() == 1
        && &ids[0] == id
    {
        return Ok(KeyScope::Itself(id.clone()));
    }
    let own_request = owner_flag || username == Some(subject.username());
    if own_request && perm.has_cluster("manage_own_api_key") {
        return Ok(KeyScope::Own);
    }
    let required = if own_request {
        "manage_own_api_key"
    } else {
        "manage_api_key"
    };
    Err(denied(inner, subject, action, required))
}

fn in_scope(k: &ApiKey, scope: &KeyScope, subject: &Subject) -> bool {
    match scope {
        KeyScope::All => true,
        KeyScope::Own => k.owner == subject.username(),
        KeyScope::Itself(id) => &k.id == id,
    }
}

pub(crate) fn get_api_keys(inner: &EsInner, subject: &Subject, req: &EsReq) -> EsResult {
    let ids: Vec<String> = req
        .param("id")
        .map(|s| vec![s.to_owned()])
        .unwrap_or_default();
    let owner = req.flag("owner");
    let username = req.param("username");
    let scope = key_scope(
        inner,
        subject,
        "cluster:admin/xpack/security/api_key/get",
        owner,
        username,
        &ids,
    )?;
    let name = req.param("name");
    let realm = req.param("realm_name");
    let active_only = req.flag("active_only");
    let with_limited_by = req.flag("with_limited_by");
    let now = util::now_millis();
    let keys: Vec<Value> = inner
        .api_keys
        .iter()
        .filter(|k| in_scope(k, &scope, subject))
        .filter(|k| ids.is_empty() || ids.contains(&k.id))
        .filter(|k| name.is_none_or(|n| glob_match(n, &k.name)))
        .filter(|k| username.is_none_or(|u| u == k.owner))
        .filter(|k| realm.is_none_or(|r| r == k.realm.0))
        .filter(|k| !owner || k.owner == subject.username())
        .filter(|k| {
            !active_only || (k.invalidated.is_none() && k.expiration.is_none_or(|e| e > now))
        })
        .map(|k| api_key_json(k, inner.version, with_limited_by))
        .collect();
    Ok((200, json!({"api_keys": keys})))
}

pub(crate) fn invalidate_api_keys(inner: &mut EsInner, subject: &Subject, req: &EsReq) -> EsResult {
    let body = req.json_object(true)?.unwrap_or_default();
    for k in body.keys() {
        if !["ids", "id", "name", "owner", "username", "realm_name"].contains(&k.as_str()) {
            return Err(unknown_field(req, "invalidate_api_key_request", k));
        }
    }
    let mut ids: Vec<String> = body.get("ids").and_then(str_list).unwrap_or_default();
    if let Some(id) = body.get("id").and_then(Value::as_str) {
        ids.push(id.to_owned());
    }
    let name = body.get("name").and_then(Value::as_str).map(str::to_owned);
    let username = body
        .get("username")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let realm = body
        .get("realm_name")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let owner = match body.get("owner") {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s == "true",
        _ => false,
    };
    if !owner && ids.is_empty() && name.is_none() && username.is_none() && realm.is_none() {
        return Err(EsError::validation(&[
            "One of [api key id(s), api key name, username, realm name] must be specified if [owner] flag is false".into(),
        ]));
    }
    let scope = key_scope(
        inner,
        subject,
        "cluster:admin/xpack/security/api_key/invalidate",
        owner,
        username.as_deref(),
        &ids,
    )?;
    let now = util::now_millis();
    let me = subject.username().to_owned();
    let mut invalidated = Vec::new();
    let mut previously = Vec::new();
    for k in inner.api_keys.iter_mut() {
        let matches = in_scope(k, &scope, subject)
            && (ids.is_empty() || ids.contains(&k.id))
            && name.as_deref().is_none_or(|n| glob_match(n, &k.name))
            && username.as_deref().is_none_or(|u| u == k.owner)
            && realm.as_deref().is_none_or(|r| r == k.realm.0)
            && (!owner || k.owner == me);
        if !matches {
            continue;
        }
        if k.invalidated.is_some() {
            previously.push(k.id.clone());
        } else {
            k.invalidated = Some(now);
            invalidated.push(k.id.clone());
        }
    }
    Ok((
        200,
        json!({
            "invalidated_api_keys": invalidated,
            "previously_invalidated_api_keys": previously,
            "error_count": 0,
        }),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_values() {
        assert_eq!(parse_time_value("1d"), Some(86_400_000));
        assert_eq!(parse_time_value("90d"), Some(90 * 86_400_000));
        assert_eq!(parse_time_value("12h"), Some(12 * 3_600_000));
        assert_eq!(parse_time_value("30m"), Some(30 * 60_000));
        assert_eq!(parse_time_value("500ms"), Some(500));
        assert_eq!(parse_time_value("1s"), Some(1000));
        assert_eq!(parse_time_value("1w"), None);
        assert_eq!(parse_time_value("abc"), None);
        assert_eq!(parse_time_value("10"), None);
    }
}
