//! `GET|PUT|POST|DELETE /_security/role[/{name}]`.

use serde_json::{Map, Value, json};

use crate::es::errors::{EsError, EsResult};
use crate::es::roles::{self, DescriptorKind};
use crate::es::{EsInner, EsReq};

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
