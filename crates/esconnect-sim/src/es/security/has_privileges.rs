//! `GET|POST /_security/user[/{name}]/_has_privileges`.

use serde_json::{Map, Value, json};

use super::auth::{Subject, permission};
use crate::es::errors::{EsError, EsResult};
use crate::es::privileges::{
    CLUSTER_PRIVILEGES, INDEX_PRIVILEGES, valid_cluster_privilege, valid_index_privilege,
};
use crate::es::roles::token;
use crate::es::{EsInner, EsReq};

pub(super) fn str_list(v: &Value) -> Option<Vec<String>> {
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
