//! `GET|PUT|POST|DELETE /_security/user[/{name}]` and `GET /_security/_authenticate`.

use serde_json::{Map, Value, json};

use super::auth::Subject;
use crate::es::errors::{EsError, EsResult};
use crate::es::roles::token;
use crate::es::{EsInner, EsReq, User};

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
