//! Authentication, authorization and the `_security` endpoints.

use base64::Engine as _;
use serde_json::{Map, Value, json};

use super::errors::{EsError, EsResult, cause};
use super::privileges::{
    CLUSTER_PRIVILEGES, Grants, INDEX_PRIVILEGES, Permission, cluster_privileges_granting,
    glob_match, valid_cluster_privilege, valid_index_privilege,
};
use super::roles::{self, DescriptorKind, token};
use super::version::Version;
use super::{ApiKey, EsInner, EsReq, User};
use crate::util;

const BASIC_CHALLENGE: &str = "Basic realm=\"security\", charset=\"UTF-8\"";
const APIKEY_CHALLENGE: &str = "ApiKey";

/// Who is calling.
#[derive(Debug, Clone)]
pub(crate) enum Subject {
    User {
        name: String,
    },
    ApiKey {
        id: String,
        name: String,
        owner: String,
        realm: (String, String),
    },
}

impl Subject {
    pub fn username(&self) -> &str {
        match self {
            Subject::User { name } => name,
            Subject::ApiKey { owner, .. } => owner,
        }
    }
}

fn unauthorized(reason: String, additional: Option<String>, version: Version) -> EsError {
    unauthorized_caused(reason, additional, version, None)
}

fn unauthorized_caused(
    reason: String,
    additional: Option<String>,
    version: Version,
    caused_by: Option<Value>,
) -> EsError {
    let mut extra = Map::new();
    if let Some(a) = additional.filter(|_| version.major >= 8) {
        extra.insert("additional_unsuccessful_credentials".into(), json!(a));
    }
    extra.insert(
        "header".into(),
        json!({"WWW-Authenticate": [BASIC_CHALLENGE, APIKEY_CHALLENGE]}),
    );
    EsError::with_fields(401, "security_exception", reason, extra, caused_by)
        .header("WWW-Authenticate", BASIC_CHALLENGE)
        .header("WWW-Authenticate", APIKEY_CHALLENGE)
}

const ANON_DENIED: &str = "unable to authenticate with provided credentials and anonymous access is not allowed for this request";

/// Decode like `java.util.Base64.getDecoder()`: standard alphabet, padding optional, with Java's
/// message for the first illegal character.
pub(crate) fn java_base64_decode(s: &str) -> Result<Vec<u8>, String> {
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    if let Some(bad) = s
        .bytes()
        .find(|b| !(b.is_ascii_alphanumeric() || *b == b'+' || *b == b'/' || *b == b'='))
    {
        return Err(format!("Illegal base64 character {bad:x}"));
    }
    let engine = GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new()
            .with_decode_padding_mode(DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    );
    engine
        .decode(s)
        .map_err(|_| "Last unit does not have enough valid bits".to_owned())
}

/// Authenticate from the `Authorization` header (`Basic` for users, `ApiKey` for REST API keys).
pub(crate) fn authenticate(inner: &EsInner, req: &EsReq) -> Result<Subject, EsError> {
    let v = inner.version;
    let header = req.header("authorization").unwrap_or_default().trim();
    let (scheme, rest) = header.split_once(' ').unwrap_or((header, ""));
    let rest = rest.trim();
    if scheme.eq_ignore_ascii_case("basic") && !rest.is_empty() {
        let decoded = java_base64_decode(rest)
            .ok()
            .and_then(|b| String::from_utf8(b).ok());
        let Some(decoded) = decoded else {
            return Err(unauthorized(
                "invalid basic authentication header encoding".into(),
                None,
                v,
            ));
        };
        let Some((user, password)) = decoded.split_once(':') else {
            return Err(unauthorized(
                "invalid basic authentication header value".into(),
                None,
                v,
            ));
        };
        return match inner.users.get(user) {
            Some(u) if u.enabled && u.password == password => Ok(Subject::User {
                name: user.to_owned(),
            }),
            _ => Err(unauthorized(
                format!(
                    "unable to authenticate user [{user}] for REST request [{}]",
                    req.uri
                ),
                None,
                v,
            )),
        };
    }
    if scheme.eq_ignore_ascii_case("apikey") && !rest.is_empty() {
        // Like ApiKeyService.parseCredentialsFromApiKeyString: java.util.Base64's basic decoder, then
        // `id:secret`; a failure is an "error attempting to authenticate request".
        let parsed = java_base64_decode(rest).and_then(|b| {
            let text = String::from_utf8_lossy(&b).into_owned();
            match text.split_once(':') {
                Some((id, secret)) if !id.is_empty() => Ok((id.to_owned(), secret.to_owned())),
                _ => Err("invalid ApiKey value".to_owned()),
            }
        });
        let (id, secret) = match parsed {
            Ok(p) => p,
            Err(why) => {
                return Err(unauthorized_caused(
                    "error attempting to authenticate request".into(),
                    None,
                    v,
                    Some(cause("illegal_argument_exception", &why)),
                ));
            }
        };
        let (id, secret) = (id.as_str(), secret.as_str());
        let fail = |why: String| {
            Err(unauthorized(
                ANON_DENIED.into(),
                Some(format!("API key: {why}")),
                v,
            ))
        };
        let Some(key) = inner.api_keys.iter().find(|k| k.id == id) else {
            return fail(format!("unable to find apikey with id {id}"));
        };
        if key.secret != secret {
            return fail(format!("invalid credentials for API key [{id}]"));
        }
        if key.invalidated.is_some() {
            return fail(format!("api key [{id}] has been invalidated"));
        }
        if key.expiration.is_some_and(|e| e <= util::now_millis()) {
            return fail("api key is expired".into());
        }
        if key.cross_cluster {
            return fail(format!(
                "authentication expected API key type of [rest], but API key [{id}] has type [cross_cluster]"
            ));
        }
        return Ok(Subject::ApiKey {
            id: key.id.clone(),
            name: key.name.clone(),
            owner: key.owner.clone(),
            realm: key.realm.clone(),
        });
    }
    Err(unauthorized(
        format!(
            "missing authentication credentials for REST request [{}]",
            req.uri
        ),
        None,
        v,
    ))
}

fn layer_of(map: &Map<String, Value>) -> Vec<Grants> {
    map.values().map(Grants::from_descriptor).collect()
}

/// The effective permission of a subject.
pub(crate) fn permission(inner: &EsInner, subject: &Subject) -> Permission {
    match subject {
        Subject::User { name } => {
            let roles = inner
                .users
                .get(name)
                .map(|u| u.roles.clone())
                .unwrap_or_default();
            Permission {
                layers: vec![layer_of(&inner.roles_map(&roles))],
            }
        }
        Subject::ApiKey { id, .. } => match inner.api_keys.iter().find(|k| &k.id == id) {
            Some(k) => Permission {
                layers: effective_layers(k).iter().map(layer_of).collect(),
            },
            None => Permission::default(),
        },
    }
}

/// The descriptor layers of an API key: its own descriptors (if any) then its limits.
fn effective_layers(k: &ApiKey) -> Vec<Map<String, Value>> {
    let mut layers = Vec::new();
    if !k.role_descriptors.is_empty() {
        layers.push(k.role_descriptors.clone());
    }
    layers.extend(k.limited_by.iter().cloned());
    layers
}

fn denied(inner: &EsInner, subject: &Subject, action: &str, privilege: &str) -> EsError {
    let who = match subject {
        Subject::User { name } => {
            let declared = inner
                .users
                .get(name)
                .map(|u| u.roles.clone())
                .unwrap_or_default();
            let effective: Vec<&String> = declared
                .iter()
                .filter(|r| inner.role_descriptor(r).is_some())
                .collect();
            let missing: Vec<&String> = declared
                .iter()
                .filter(|r| inner.role_descriptor(r).is_none())
                .collect();
            let mut s = format!(
                "user [{name}] with effective roles [{}]",
                effective
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            );
            if !missing.is_empty() {
                s.push_str(&format!(
                    " (assigned roles [{}] were not found)",
                    missing
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(",")
                ));
            }
            s
        }
        Subject::ApiKey { id, owner, .. } => format!("API key id [{id}] of user [{owner}]"),
    };
    let granting = cluster_privileges_granting(privilege);
    EsError::new(
        403,
        "security_exception",
        format!(
            "action [{action}] is unauthorized for {who}, this action is granted by the cluster privileges [{}]",
            granting.join(",")
        ),
    )
}

/// Require a cluster privilege for an action (403 `security_exception` otherwise).
pub(crate) fn require(
    inner: &EsInner,
    subject: &Subject,
    action: &str,
    privilege: &str,
) -> Result<(), EsError> {
    if permission(inner, subject).has_cluster(privilege) {
        Ok(())
    } else {
        Err(denied(inner, subject, action, privilege))
    }
}

// ------------------------------------------------------------------------------------------------
// roles

pub(crate) fn get_roles(inner: &EsInner, name: Option<&str>) -> EsResult {
    let all_names: Vec<String> = roles::BUILTIN_ROLES
        .iter()
        .map(|s| (*s).to_owned())
        .chain(inner.roles.keys().cloned())
        .collect();
    let wanted: Vec<String> = match name {
        None => all_names,
        Some(n) => n.split(',').map(str::trim).map(str::to_owned).collect(),
    };
    let mut out = Map::new();
    for n in &wanted {
        if let Some(d) = inner.role_descriptor(n) {
            out.insert(n.clone(), d);
        }
    }
    if out.is_empty() && name.is_some() {
        return Err(EsError::raw(404, json!({})));
    }
    Ok((200, Value::Object(out)))
}

pub(crate) fn put_role(inner: &mut EsInner, name: &str, req: &EsReq) -> EsResult {
    if let Some(e) = roles::validate_role_name(name) {
        return Err(EsError::validation(&[e]));
    }
    if roles::BUILTIN_ROLES.contains(&name) {
        return Err(EsError::validation(&[format!(
            "Role [{name}] is reserved and may not be used."
        )]));
    }
    let body = req.json(true)?.unwrap_or(Value::Null);
    let descriptor = roles::parse_descriptor(name, &body, inner.version, DescriptorKind::Role)?;
    let created = inner.roles.insert(name.to_owned(), descriptor).is_none();
    Ok((200, json!({"role": {"created": created}})))
}

pub(crate) fn delete_role(inner: &mut EsInner, name: &str) -> EsResult {
    if roles::BUILTIN_ROLES.contains(&name) {
        return Err(EsError::illegal_argument(format!(
            "role [{name}] is reserved and cannot be deleted"
        )));
    }
    if inner.roles.remove(name).is_some() {
        Ok((200, json!({"found": true})))
    } else {
        Err(EsError::raw(404, json!({"found": false})))
    }
}

// ------------------------------------------------------------------------------------------------
// users

fn user_json(name: &str, u: &User) -> Value {
    json!({
        "username": name,
        "roles": u.roles,
        "full_name": u.full_name,
        "email": u.email,
        "metadata": u.metadata,
        "enabled": u.enabled,
    })
}

pub(crate) fn get_users(inner: &EsInner, name: Option<&str>) -> EsResult {
    let mut out = Map::new();
    match name {
        None => {
            for (n, u) in &inner.users {
                out.insert(n.clone(), user_json(n, u));
            }
        }
        Some(names) => {
            for n in names.split(',').map(str::trim) {
                if let Some(u) = inner.users.get(n) {
                    out.insert(n.to_owned(), user_json(n, u));
                }
            }
            if out.is_empty() {
                return Err(EsError::raw(404, json!({})));
            }
        }
    }
    Ok((200, Value::Object(out)))
}

pub(crate) fn put_user(inner: &mut EsInner, name: &str, req: &EsReq) -> EsResult {
    let body = req.json_object(true)?.unwrap_or_default();
    let mut errors = Vec::new();
    let n = name.chars().count();
    if n == 0 || n > 507 || name.starts_with('_') || name.trim() != name {
        errors.push(format!(
            "Invalid username [{name}]... Usernames must be at least 1 and no more than 507 characters. They can contain alphanumeric characters (a-z, A-Z, 0-9), spaces, punctuation, and printable symbols in the Basic Latin (ASCII) block. Leading or trailing whitespace is not allowed."
        ));
    }
    let existing = inner.users.get(name).cloned();
    let mut password = None;
    let mut roles_list = None;
    let mut full_name = existing.as_ref().and_then(|u| u.full_name.clone());
    let mut email = existing.as_ref().and_then(|u| u.email.clone());
    let mut metadata = existing.as_ref().map_or(json!({}), |u| u.metadata.clone());
    let mut enabled = existing.as_ref().is_none_or(|u| u.enabled);
    for (k, v) in &body {
        match k.as_str() {
            "password" => match v {
                Value::String(s) => password = Some(s.clone()),
                other => {
                    return Err(EsError::parse(format!(
                        "failed to parse add user request. expected field [password] to be of type string, but found [{}] instead",
                        token(other)
                    )));
                }
            },
            "password_hash" => {
                return Err(EsError::illegal_argument(
                    "the simulator does not support [password_hash]; send [password]",
                ));
            }
            "roles" => {
                let list: Option<Vec<String>> = match v {
                    Value::String(s) => Some(vec![s.clone()]),
                    Value::Array(a) => a.iter().map(|x| x.as_str().map(str::to_owned)).collect(),
                    _ => None,
                };
                roles_list = Some(list.ok_or_else(|| {
                    EsError::parse(format!(
                        "failed to parse add user request. expected field [roles] to be an array of strings, but found [{}] instead",
                        token(v)
                    ))
                })?);
            }
            "full_name" => full_name = v.as_str().map(str::to_owned),
            "email" => email = v.as_str().map(str::to_owned),
            "metadata" => metadata = v.clone(),
            "enabled" => enabled = v.as_bool().unwrap_or(true),
            other => {
                return Err(EsError::parse(format!(
                    "failed to parse add user request. unexpected field [{other}]"
                )));
            }
        }
    }
    if let Some(p) = &password
        && p.chars().count() < 6
    {
        errors.push("passwords must be at least [6] characters long".into());
    }
    if existing.is_none() && password.is_none() {
        errors.push("password must be specified unless you are updating an existing user".into());
    }
    if metadata
        .as_object()
        .is_some_and(|m| m.keys().any(|k| k.starts_with('_')))
        && !existing.as_ref().is_some_and(|u| u.reserved)
    {
        errors.push("metadata keys may not start with [_]".into());
    }
    if !errors.is_empty() {
        return Err(EsError::validation(&errors));
    }
    if existing.as_ref().is_some_and(|u| u.reserved) && roles_list.is_some() {
        return Err(EsError::illegal_argument(format!(
            "user [{name}] is reserved and only the password can be changed"
        )));
    }
    let reserved = existing.as_ref().is_some_and(|u| u.reserved);
    let user = User {
        password: password
            .or_else(|| existing.as_ref().map(|u| u.password.clone()))
            .unwrap_or_default(),
        roles: roles_list
            .or_else(|| existing.as_ref().map(|u| u.roles.clone()))
            .unwrap_or_default(),
        full_name,
        email,
        metadata,
        enabled,
        reserved,
    };
    inner.users.insert(name.to_owned(), user);
    Ok((200, json!({"created": existing.is_none()})))
}

pub(crate) fn delete_user(inner: &mut EsInner, name: &str) -> EsResult {
    if inner.users.get(name).is_some_and(|u| u.reserved) {
        return Err(EsError::illegal_argument(format!(
            "user [{name}] is reserved and cannot be deleted"
        )));
    }
    if inner.users.remove(name).is_some() {
        Ok((200, json!({"found": true})))
    } else {
        Err(EsError::raw(404, json!({"found": false})))
    }
}

pub(crate) fn authenticate_response(inner: &EsInner, subject: &Subject) -> Value {
    match subject {
        Subject::User { name } => {
            let u = &inner.users[name];
            let (realm, realm_type) = u.realm();
            json!({
                "username": name,
                "roles": u.roles,
                "full_name": u.full_name,
                "email": u.email,
                "metadata": u.metadata,
                "enabled": u.enabled,
                "authentication_realm": {"name": realm, "type": realm_type},
                "lookup_realm": {"name": realm, "type": realm_type},
                "authentication_type": "realm",
            })
        }
        Subject::ApiKey {
            id, name, owner, ..
        } => json!({
            "username": owner,
            "roles": [],
            "full_name": null,
            "email": null,
            "metadata": {},
            "enabled": true,
            "authentication_realm": {"name": "_es_api_key", "type": "_es_api_key"},
            "lookup_realm": {"name": "_es_api_key", "type": "_es_api_key"},
            "authentication_type": "api_key",
            "api_key": {"id": id, "name": name},
        }),
    }
}

// ------------------------------------------------------------------------------------------------
// has privileges

fn str_list(v: &Value) -> Option<Vec<String>> {
    match v {
        Value::String(s) => Some(vec![s.clone()]),
        Value::Array(a) => a.iter().map(|x| x.as_str().map(str::to_owned)).collect(),
        _ => None,
    }
}

/// Index names, privileges, `allow_restricted_indices` of one `index` entry.
type IndexCheck = (Vec<String>, Vec<String>, bool);
/// Application, privileges, resources of one `application` entry.
type AppCheck = (String, Vec<String>, Vec<String>);

pub(crate) fn has_privileges(inner: &EsInner, subject: &Subject, req: &EsReq) -> EsResult {
    let username = subject.username().to_owned();
    if let [_, _, user, _] = req.segs.as_slice()
        && user != &username
    {
        return Err(EsError::new(
            403,
            "security_exception",
            format!(
                "action [cluster:admin/xpack/security/user/has_privileges] is unauthorized for user [{username}], users may only check the privileges of their own account"
            ),
        ));
    }
    let desc = &username;
    let body = req.json(true)?.unwrap_or(Value::Null);
    let Value::Object(obj) = &body else {
        return Err(EsError::parse(format!(
            "failed to parse privileges check [{desc}]. expected an object but found [{}] instead",
            token(&body)
        )));
    };
    let mut cluster_req: Option<Vec<String>> = None;
    let mut index_req: Option<Vec<IndexCheck>> = None;
    let mut app_req: Option<Vec<AppCheck>> = None;
    for (k, v) in obj {
        match k.as_str() {
            "cluster" => {
                cluster_req = Some(str_list(v).ok_or_else(|| {
                    EsError::parse(format!("failed to parse privileges check [{desc}]"))
                })?);
            }
            "index" => {
                let Value::Array(items) = v else {
                    return Err(EsError::parse(format!(
                        "failed to parse indices privileges for role [{desc}]. expected field [index] value to be an array, but found [{}] instead",
                        token(v)
                    )));
                };
                let mut list = Vec::new();
                for item in items {
                    let names = str_list(&item["names"]).filter(|n| !n.is_empty());
                    let Some(names) = names else {
                        return Err(EsError::parse(format!(
                            "failed to parse indices privileges for role [{desc}]. missing required [names] field"
                        )));
                    };
                    let Some(privs) = str_list(&item["privileges"]) else {
                        return Err(EsError::parse(format!(
                            "failed to parse indices privileges for role [{desc}]. missing required [privileges] field"
                        )));
                    };
                    if item.get("field_security").is_some() {
                        return Err(EsError::parse(
                            "Field [field_security] is not supported in a has_privileges request",
                        ));
                    }
                    if item.get("query").is_some() {
                        return Err(EsError::parse(
                            "Field [query] is not supported in a has_privileges request",
                        ));
                    }
                    let allow = item["allow_restricted_indices"].as_bool().unwrap_or(false);
                    list.push((names, privs, allow));
                }
                index_req = Some(list);
            }
            "application" | "applications" => {
                let Value::Array(items) = v else {
                    return Err(EsError::parse(format!(
                        "failed to parse application privileges for role [{desc}]. expected field [{k}] value to be an array, but found [{}] instead",
                        token(v)
                    )));
                };
                let mut list = Vec::new();
                for item in items {
                    list.push((
                        item["application"].as_str().unwrap_or_default().to_owned(),
                        str_list(&item["privileges"]).unwrap_or_default(),
                        str_list(&item["resources"]).unwrap_or_default(),
                    ));
                }
                app_req = Some(list);
            }
            other => {
                return Err(EsError::parse(format!(
                    "failed to parse privileges check [{desc}]. unexpected field [{other}]"
                )));
            }
        }
    }
    if cluster_req.is_none() && index_req.is_none() && app_req.is_none() {
        return Err(EsError::parse(format!(
            "failed to parse privileges check [{desc}]. All privilege fields [cluster,index,applications] are missing"
        )));
    }
    for p in cluster_req.iter().flatten() {
        if !valid_cluster_privilege(p) {
            return Err(EsError::illegal_argument(format!(
                "unknown cluster privilege [{p}]. a privilege must be either one of the predefined cluster privilege names [{}] or a pattern over one of the available cluster actions",
                CLUSTER_PRIVILEGES.join(",")
            )));
        }
    }
    for (_, privs, _) in index_req.iter().flatten() {
        for p in privs {
            if !valid_index_privilege(p) {
                return Err(EsError::illegal_argument(format!(
                    "unknown index privilege [{p}]. a privilege must be either one of the predefined fixed indices privileges [{}] or a pattern over one of the available index actions",
                    INDEX_PRIVILEGES.join(",")
                )));
            }
        }
    }
    let perm = permission(inner, subject);
    let mut all = true;
    let mut cluster = Map::new();
    for p in cluster_req.unwrap_or_default() {
        let ok = perm.has_cluster(&p);
        all &= ok;
        cluster.insert(p, json!(ok));
    }
    let mut index = Map::new();
    for (names, privs, allow) in index_req.unwrap_or_default() {
        for n in names {
            let entry = index
                .entry(n.clone())
                .or_insert_with(|| Value::Object(Map::new()));
            for p in &privs {
                let ok = perm.has_index(&n, allow, p);
                all &= ok;
                if let Value::Object(m) = entry {
                    m.insert(p.clone(), json!(ok));
                }
            }
        }
    }
    let mut application = Map::new();
    for (app, privs, resources) in app_req.unwrap_or_default() {
        let app_entry = application
            .entry(app.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        for r in resources {
            let mut res = Map::new();
            for p in &privs {
                let ok = perm.has_application(&app, &r, p);
                all &= ok;
                res.insert(p.clone(), json!(ok));
            }
            if let Value::Object(m) = app_entry {
                m.insert(r, Value::Object(res));
            }
        }
    }
    Ok((
        200,
        json!({
            "username": username,
            "has_all_requested": all,
            "cluster": cluster,
            "index": index,
            "application": application,
        }),
    ))
}

// ------------------------------------------------------------------------------------------------
// API keys

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

fn parse_expiration(req: &EsReq, parser: &str, v: Option<&Value>) -> Result<Option<i64>, EsError> {
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
fn parse_certificate_identity(
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

fn unknown_field(req: &EsReq, parser: &str, field: &str) -> EsError {
    let (l, c) = req.field_pos(field);
    EsError::x_content(l, c, &format!("[{parser}] unknown field [{field}]"), None)
}

fn check_key_name(name: Option<&str>, errors: &mut Vec<String>) -> String {
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

fn check_metadata(v: Option<&Value>, errors: &mut Vec<String>) -> Result<Value, EsError> {
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

fn new_key_credentials() -> (String, String, String) {
    let id = util::random_id(15);
    let secret = util::random_id(16);
    let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{id}:{secret}"));
    (id, secret, encoded)
}

fn created_response(
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

fn owner_realm(inner: &EsInner, subject: &Subject) -> (String, String) {
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
