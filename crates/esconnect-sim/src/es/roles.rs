//! Role descriptors: parsing with Elasticsearch's error texts, version gates, normalization.
//!
//! A descriptor is normalized to the shape `GET /_security/role` shows: `cluster`, `indices` (each with
//! `names`, `privileges`, `field_security`?, `query`?, `allow_restricted_indices`), `applications`,
//! `run_as`, `metadata`, `transient_metadata: {"enabled": true}`, then `remote_indices`, `remote_cluster`,
//! `restriction` and `description` only when present.

use serde_json::{Map, Value, json};

use super::errors::{EsError, cause};
use super::privileges::{
    CLUSTER_PRIVILEGES, INDEX_PRIVILEGES, REMOTE_CLUSTER_PRIVILEGES, valid_cluster_privilege,
    valid_index_privilege,
};
use super::version::Version;

/// Where a descriptor comes from: a role (`PUT /_security/role/x`) or an API key's `role_descriptors`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DescriptorKind {
    Role,
    ApiKey,
}

/// Jackson's name for the token a JSON value starts with.
pub(crate) fn token(v: &Value) -> &'static str {
    match v {
        Value::Null => "VALUE_NULL",
        Value::Bool(_) => "VALUE_BOOLEAN",
        Value::Number(_) => "VALUE_NUMBER",
        Value::String(_) => "VALUE_STRING",
        Value::Array(_) => "START_ARRAY",
        Value::Object(_) => "START_OBJECT",
    }
}

fn string_array(role: &str, v: &Value, allow_null: bool) -> Result<Option<Vec<String>>, EsError> {
    match v {
        Value::Null if allow_null => Ok(None),
        Value::String(s) => Ok(Some(vec![s.clone()])),
        Value::Array(items) => items
            .iter()
            .map(|i| match i {
                Value::String(s) => Ok(s.clone()),
                other => Err(wrap(
                    role,
                    &format!(
                        "expected an array of strings, but found [{}] value instead",
                        token(other)
                    ),
                )),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        other => Err(wrap(
            role,
            &format!(
                "expected an array of strings, but found [{}] value instead",
                token(other)
            ),
        )),
    }
}

fn wrap(role: &str, inner: &str) -> EsError {
    EsError::with_fields(
        400,
        "parse_exception",
        format!("failed to parse role [{role}]"),
        Map::new(),
        Some(cause("parse_exception", inner)),
    )
}

fn unexpected(role: &str, field: &str) -> EsError {
    EsError::parse(format!(
        "failed to parse role [{role}]. unexpected field [{field}]"
    ))
}

fn parse_index_entry(
    role: &str,
    entry: &Value,
    field: &str,
    remote: bool,
    errors: &mut Vec<String>,
) -> Result<Value, EsError> {
    let kind = if remote { "remote indices" } else { "indices" };
    let Value::Object(obj) = entry else {
        return Err(EsError::parse(format!(
            "failed to parse {kind} privileges for role [{role}]. expected field [{field}] value to be an array of objects, but found an array element of type [{}]",
            token(entry)
        )));
    };
    let mut names = None;
    let mut privileges = None;
    let mut field_security = None;
    let mut query = None;
    let mut allow_restricted = false;
    let mut clusters = None;
    for (k, v) in obj {
        match k.as_str() {
            "names" => {
                let n = match v {
                    Value::String(s) => vec![s.clone()],
                    Value::Array(_) => string_array(role, v, false)?.unwrap_or_default(),
                    other => {
                        return Err(EsError::parse(format!(
                            "failed to parse {kind} privileges for role [{role}]. expected field [names] value to be a string or an array of strings, but found [{}] instead",
                            token(other)
                        )));
                    }
                };
                if n.is_empty() {
                    return Err(EsError::parse(format!(
                        "failed to parse {kind} privileges for role [{role}]. [names] cannot be an empty array"
                    )));
                }
                names = Some(n);
            }
            "privileges" => privileges = string_array(role, v, true)?,
            "allow_restricted_indices" => match v {
                Value::Bool(b) => allow_restricted = *b,
                other => {
                    return Err(EsError::parse(format!(
                        "failed to parse {kind} privileges for role [{role}]. expected field [allow_restricted_indices] value to be a boolean, but found [{}] instead",
                        token(other)
                    )));
                }
            },
            "query" => match v {
                Value::Object(_) => query = Some(Value::String(v.to_string())),
                Value::String(s) if !s.is_empty() => query = Some(v.clone()),
                Value::String(_) | Value::Null => {}
                other => {
                    return Err(EsError::parse(format!(
                        "failed to parse {kind} privileges for role [{role}]. expected field [query] value to be null, a string, an array, or an object, but found [{}] instead",
                        token(other)
                    )));
                }
            },
            "field_security" => {
                let Value::Object(fs) = v else {
                    return Err(EsError::parse(format!(
                        "failed to parse {kind} privileges for role [{role}]. expected START_OBJECT but got {} in \"field_security\".",
                        token(v)
                    )));
                };
                if fs.is_empty() {
                    return Err(EsError::parse(format!(
                        "failed to parse {kind} privileges for role [{role}]. \"field_security\" must not be empty."
                    )));
                }
                let mut out = Map::new();
                for (fk, fv) in fs {
                    match fk.as_str() {
                        "grant" | "except" => {
                            let list = string_array(role, fv, true)?.ok_or_else(|| {
                                EsError::parse(format!(
                                    "failed to parse {kind} privileges for role [{role}]. {fk} must not be null."
                                ))
                            })?;
                            out.insert(fk.clone(), json!(list));
                        }
                        other => {
                            return Err(EsError::parse(format!(
                                "failed to parse {kind} privileges for role [{role}]. \"field_security\" only accepts options grant and except, but got: {other}"
                            )));
                        }
                    }
                }
                if out.contains_key("except") && !out.contains_key("grant") {
                    return Err(EsError::parse(format!(
                        "failed to parse {kind} privileges for role [{role}]. field_security requires grant if except is given"
                    )));
                }
                field_security = Some(Value::Object(out));
            }
            "transient_metadata" => {}
            "clusters" if remote => clusters = string_array(role, v, false)?,
            other => {
                return Err(EsError::parse(format!(
                    "failed to parse {kind} privileges for role [{role}]. unexpected field [{other}]"
                )));
            }
        }
    }
    let Some(names) = names else {
        return Err(EsError::parse(format!(
            "failed to parse {kind} privileges for role [{role}]. missing required [names] field"
        )));
    };
    let Some(privileges) = privileges else {
        return Err(EsError::parse(format!(
            "failed to parse {kind} privileges for role [{role}]. missing required [privileges] field"
        )));
    };
    if remote && clusters.is_none() {
        return Err(EsError::parse(format!(
            "failed to parse remote indices privileges for role [{role}]. missing required [clusters] field"
        )));
    }
    for p in &privileges {
        if !valid_index_privilege(p) {
            errors.push(format!(
                "unknown index privilege [{p}]. a privilege must be either one of the predefined fixed indices privileges [{}] or a pattern over one of the available index actions",
                INDEX_PRIVILEGES.join(",")
            ));
        }
    }
    let mut out = Map::new();
    out.insert("names".into(), json!(names));
    out.insert("privileges".into(), json!(privileges));
    if let Some(fs) = field_security {
        out.insert("field_security".into(), fs);
    }
    if let Some(q) = query {
        out.insert("query".into(), q);
    }
    out.insert("allow_restricted_indices".into(), json!(allow_restricted));
    if let Some(c) = clusters {
        out.insert("clusters".into(), json!(c));
    }
    Ok(Value::Object(out))
}

fn parse_index_list(
    role: &str,
    v: &Value,
    field: &str,
    remote: bool,
    errors: &mut Vec<String>,
) -> Result<Vec<Value>, EsError> {
    let Value::Array(items) = v else {
        let what = if remote { "remote indices" } else { "indices" };
        return Err(EsError::parse(format!(
            "failed to parse {what} privileges for role [{role}]. expected field [{field}] value to be an array, but found [{}] instead",
            token(v)
        )));
    };
    items
        .iter()
        .map(|i| parse_index_entry(role, i, field, remote, errors))
        .collect()
}

fn parse_applications(role: &str, v: &Value, field: &str) -> Result<Vec<Value>, EsError> {
    let Value::Array(items) = v else {
        return Err(EsError::parse(format!(
            "failed to parse application privileges for role [{role}]. expected field [{field}] value to be an array, but found [{}] instead",
            token(v)
        )));
    };
    let mut out = Vec::new();
    for item in items {
        let Value::Object(obj) = item else {
            return Err(EsError::parse(format!(
                "failed to parse application privileges for role [{role}]. expected field [{field}] value to be an array of objects, but found an array element of type [{}]",
                token(item)
            )));
        };
        for k in obj.keys() {
            if !["application", "privileges", "resources"].contains(&k.as_str()) {
                return Err(EsError::new(
                    400,
                    "x_content_parse_exception",
                    format!("[1:1] [application_privileges] unknown field [{k}]"),
                ));
            }
        }
        let application = obj
            .get("application")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let Some(resources) = obj.get("resources") else {
            return Err(EsError::parse(format!(
                "failed to parse application privileges for role [{role}]. missing required [resources] field"
            )));
        };
        let Some(privileges) = obj.get("privileges") else {
            return Err(EsError::parse(format!(
                "failed to parse application privileges for role [{role}]. missing required [privileges] field"
            )));
        };
        out.push(json!({
            "application": application,
            "privileges": string_array(role, privileges, false)?.unwrap_or_default(),
            "resources": string_array(role, resources, false)?.unwrap_or_default(),
        }));
    }
    Ok(out)
}

fn parse_remote_cluster(
    role: &str,
    v: &Value,
    version: Version,
    errors: &mut Vec<String>,
) -> Result<Vec<Value>, EsError> {
    let Value::Array(items) = v else {
        return Err(EsError::parse(format!(
            "failed to parse remote_cluster for role [{role}]. expected field [remote_cluster] value to be an array, but found [{}] instead",
            token(v)
        )));
    };
    let allowed: Vec<&str> = REMOTE_CLUSTER_PRIVILEGES
        .iter()
        .copied()
        .filter(|p| *p != "monitor_stats" || version.at_least(8, 17))
        .collect();
    let mut out = Vec::new();
    for item in items {
        let Value::Object(obj) = item else {
            return Err(EsError::parse(format!(
                "failed to parse remote_cluster for role [{role}]. expected an object but found [{}] instead",
                token(item)
            )));
        };
        let mut privileges = None;
        let mut clusters = None;
        for (k, v) in obj {
            match k.as_str() {
                "privileges" => privileges = string_array(role, v, false)?,
                "clusters" => clusters = string_array(role, v, false)?,
                other => {
                    return Err(EsError::parse(format!(
                        "failed to parse remote_cluster for role [{role}]. unexpected field [{other}]"
                    )));
                }
            }
        }
        let (Some(privileges), Some(clusters)) = (privileges, clusters) else {
            return Err(EsError::parse(format!(
                "failed to parse remote_cluster for role [{role}]. [clusters] and [privileges] must both be present"
            )));
        };
        let bad: Vec<&String> = privileges
            .iter()
            .filter(|p| !allowed.contains(&p.as_str()))
            .collect();
        if !bad.is_empty() {
            errors.push(format!(
                "Invalid remote_cluster permissions found. Please remove the following: [{}] Only [{}] are allowed",
                bad.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "),
                allowed.join(", ")
            ));
        }
        out.push(json!({"privileges": privileges, "clusters": clusters}));
    }
    Ok(out)
}

/// Parse and validate a role descriptor named `role`, returning it normalized. Parse errors come back as
/// `parse_exception`; privilege-name problems and reserved metadata keys are collected into one
/// `action_request_validation_exception` like `PutRoleRequest.validate()`.
pub(crate) fn parse_descriptor(
    role: &str,
    v: &Value,
    version: Version,
    kind: DescriptorKind,
) -> Result<Value, EsError> {
    let Value::Object(obj) = v else {
        return Err(EsError::parse(format!(
            "failed to parse role [{role}]. expected an object but found [{}] instead",
            token(v)
        )));
    };
    let mut errors = Vec::new();
    let mut cluster = Vec::new();
    let mut indices = Vec::new();
    let mut applications = Vec::new();
    let mut global = None;
    let mut run_as = Vec::new();
    let mut metadata = Map::new();
    let mut remote_indices = Vec::new();
    let mut remote_cluster = Vec::new();
    let mut restriction = None;
    let mut description = None;
    for (k, val) in obj {
        match k.as_str() {
            "cluster" => cluster = string_array(role, val, true)?.unwrap_or_default(),
            "indices" | "index" => indices = parse_index_list(role, val, k, false, &mut errors)?,
            "applications" | "application" => applications = parse_applications(role, val, k)?,
            "global" => match val {
                Value::Object(g) if !g.is_empty() => global = Some(val.clone()),
                Value::Object(_) | Value::Null => {}
                other => {
                    return Err(EsError::parse(format!(
                        "failed to parse role [{role}]. expected field [global] value to be an object, but found [{}] instead",
                        token(other)
                    )));
                }
            },
            "run_as" => run_as = string_array(role, val, true)?.unwrap_or_default(),
            "metadata" => match val {
                Value::Object(m) => metadata = m.clone(),
                Value::Null => {}
                other => {
                    return Err(EsError::parse(format!(
                        "expected field [metadata] to be of type object, but found [{}] instead",
                        token(other)
                    )));
                }
            },
            "transient_metadata" => {
                if !val.is_object() {
                    return Err(unexpected(role, k));
                }
            }
            "remote_indices" if version.at_least(8, 14) => {
                remote_indices = parse_index_list(role, val, k, true, &mut errors)?;
            }
            "remote_cluster" if version.at_least(8, 15) => {
                remote_cluster = parse_remote_cluster(role, val, version, &mut errors)?;
            }
            "description" if version.at_least(8, 15) => match val {
                Value::String(s) => description = Some(s.clone()),
                Value::Null => {}
                other => {
                    return Err(EsError::parse(format!(
                        "failed to parse role [{role}]. expected field [description] value to be a string, but found [{}] instead",
                        token(other)
                    )));
                }
            },
            "restriction" if kind == DescriptorKind::ApiKey && version.at_least(8, 9) => {
                restriction = Some(val.clone());
            }
            "type" => {}
            other => return Err(unexpected(role, other)),
        }
    }
    for p in &cluster {
        if !valid_cluster_privilege(p) {
            errors.push(format!(
                "unknown cluster privilege [{p}]. a privilege must be either one of the predefined cluster privilege names [{}] or a pattern over one of the available cluster actions",
                CLUSTER_PRIVILEGES.join(",")
            ));
        }
    }
    if kind == DescriptorKind::Role && metadata.keys().any(|k| k.starts_with('_')) {
        errors.push("role metadata keys may not start with [_]".into());
    }
    if !errors.is_empty() {
        return Err(EsError::validation(&errors));
    }
    let mut out = Map::new();
    out.insert("cluster".into(), json!(cluster));
    if let Some(g) = global {
        out.insert("global".into(), g);
    }
    out.insert("indices".into(), Value::Array(indices));
    out.insert("applications".into(), Value::Array(applications));
    out.insert("run_as".into(), json!(run_as));
    out.insert("metadata".into(), Value::Object(metadata));
    out.insert("transient_metadata".into(), json!({"enabled": true}));
    if !remote_indices.is_empty() {
        out.insert("remote_indices".into(), Value::Array(remote_indices));
    }
    if !remote_cluster.is_empty() {
        out.insert("remote_cluster".into(), Value::Array(remote_cluster));
    }
    if let Some(r) = restriction {
        out.insert("restriction".into(), r);
    }
    if let Some(d) = description {
        out.insert("description".into(), json!(d));
    }
    Ok(Value::Object(out))
}

/// Role name validation (`Validation.Roles.validateRoleName`): 1 to 507 printable characters, no leading
/// or trailing whitespace.
pub(crate) fn validate_role_name(name: &str) -> Option<String> {
    let n = name.chars().count();
    if n == 0 || n > 507 || name.trim() != name || name.chars().any(char::is_control) {
        return Some(
            "Role names must be at least 1 and no more than 507 characters. They can contain alphanumeric characters (a-z, A-Z, 0-9), spaces, punctuation, and printable symbols in the Basic Latin (ASCII) block. Leading or trailing whitespace is not allowed."
                .into(),
        );
    }
    None
}

/// Built-in (reserved) roles by name.
pub(crate) fn builtin_role(name: &str, version: Version) -> Option<Value> {
    match name {
        "superuser" => {
            let indices = if version.major >= 8 {
                json!([
                    {"names": ["*"], "privileges": ["all"], "allow_restricted_indices": false},
                    {"names": ["*"], "privileges": ["monitor", "read", "view_index_metadata", "read_cross_cluster"], "allow_restricted_indices": true}
                ])
            } else {
                json!([{"names": ["*"], "privileges": ["all"], "allow_restricted_indices": true}])
            };
            Some(json!({
                "cluster": ["all"],
                "indices": indices,
                "applications": [{"application": "*", "privileges": ["*"], "resources": ["*"]}],
                "run_as": ["*"],
                "metadata": {"_reserved": true},
                "transient_metadata": {"enabled": true}
            }))
        }
        "monitoring_user" => Some(json!({
            "cluster": ["cluster:monitor/main", "cluster:monitor/xpack/info", "cluster:monitor/xpack/usage"],
            "indices": [
                {"names": [".monitoring-*", "metrics-*"], "privileges": ["read", "read_cross_cluster"], "allow_restricted_indices": false}
            ],
            "applications": [],
            "run_as": [],
            "metadata": {"_reserved": true},
            "transient_metadata": {"enabled": true}
        })),
        "viewer" => Some(json!({
            "cluster": [],
            "indices": [
                {"names": ["*"], "privileges": ["read", "view_index_metadata"], "allow_restricted_indices": false}
            ],
            "applications": [],
            "run_as": [],
            "metadata": {"_reserved": true},
            "transient_metadata": {"enabled": true}
        })),
        _ => None,
    }
}

/// Names of the built-in roles.
pub(crate) const BUILTIN_ROLES: &[&str] = &["monitoring_user", "superuser", "viewer"];

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Version {
        Version::parse(s).unwrap()
    }

    #[test]
    fn normalizes_autoops_role() {
        let d = json!({
            "cluster": ["monitor", "read_ilm", "read_slm"],
            "indices": [{"names": ["*"], "privileges": ["monitor", "view_index_metadata"], "allow_restricted_indices": true}],
            "applications": [], "run_as": [],
            "metadata": {"description": "x"},
            "transient_metadata": {"enabled": true}
        });
        let n = parse_descriptor("autoops", &d, v("8.17.0"), DescriptorKind::Role).unwrap();
        assert_eq!(n["indices"][0]["allow_restricted_indices"], json!(true));
        assert_eq!(n["transient_metadata"], json!({"enabled": true}));
    }

    #[test]
    fn rejects_unknown_fields_and_gated_fields() {
        let e = parse_descriptor("r", &json!({"foo": 1}), v("8.17.0"), DescriptorKind::Role)
            .unwrap_err();
        assert_eq!(
            e.body["error"]["reason"],
            json!("failed to parse role [r]. unexpected field [foo]")
        );
        let ri = json!({"remote_indices": [{"clusters": ["a"], "names": ["x"], "privileges": ["read"]}]});
        assert!(parse_descriptor("r", &ri, v("8.13.0"), DescriptorKind::Role).is_err());
        assert!(parse_descriptor("r", &ri, v("8.14.0"), DescriptorKind::Role).is_ok());
        let rc = json!({"remote_cluster": [{"clusters": ["a"], "privileges": ["monitor_enrich"]}]});
        assert!(parse_descriptor("r", &rc, v("8.14.3"), DescriptorKind::Role).is_err());
        assert!(parse_descriptor("r", &rc, v("8.15.0"), DescriptorKind::Role).is_ok());
    }

    #[test]
    fn rejects_unknown_privileges() {
        let e = parse_descriptor(
            "r",
            &json!({"cluster": ["monitr"]}),
            v("8.17.0"),
            DescriptorKind::Role,
        )
        .unwrap_err();
        assert_eq!(
            e.body["error"]["type"],
            json!("action_request_validation_exception")
        );
    }
}
