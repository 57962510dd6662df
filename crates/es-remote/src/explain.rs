//! `es-remote explain`: why can (or cannot) a local user read a remote index? The effective privileges of
//! a cross-cluster request are the intersection of the local user's `remote_indices` for the alias and the
//! cross-cluster key's access on the remote (elastic-facts.md §2.2 `configure-roles-and-users.md`, §2.7).

use crate::cluster::{Local, REMEDY_MONITOR};
use esconnect_cli::args::{ConnectionArgs, RemoteConnectionArgs};
use esconnect_cli::ops::{connect_with_credentials, wire_failure};
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::http::Request;
use serde::Serialize;
use serde_json::{Map, Value};
use std::path::PathBuf;

/// What a cross-cluster key's access grants on the remote (Elasticsearch derives the `cross_cluster` role
/// descriptor: search -> read, read_cross_cluster, view_index_metadata; replication ->
/// cross_cluster_replication, cross_cluster_replication_internal; elastic-facts.md §3.1).
const SEARCH_PRIVILEGES: &[&str] = &["read", "read_cross_cluster", "view_index_metadata"];
const REPLICATION_PRIVILEGES: &[&str] = &[
    "cross_cluster_replication",
    "cross_cluster_replication_internal",
];

/// `*` and `?` wildcards, as role patterns use them. Lucene regular expressions (`/.../`) are not
/// evaluated: such a pattern is compared literally (a known limit, said in the report).
pub fn glob(pattern: &str, text: &str) -> bool {
    fn rec(p: &[u8], t: &[u8]) -> bool {
        match (p.first(), t.first()) {
            (None, None) => true,
            (Some(b'*'), _) => rec(&p[1..], t) || (!t.is_empty() && rec(p, &t[1..])),
            (Some(b'?'), Some(_)) => rec(&p[1..], &t[1..]),
            (Some(a), Some(b)) if a == b => rec(&p[1..], &t[1..]),
            _ => false,
        }
    }
    rec(pattern.as_bytes(), text.as_bytes())
}

/// Whether `held` covers `wanted` (the index privilege hierarchy, as far as remote reads go).
fn covers(held: &str, wanted: &str) -> bool {
    held == wanted
        || held == "all"
        || (held == "read" && wanted == "read")
        || (held == "manage" && wanted == "view_index_metadata")
        || (held == "cross_cluster_replication" && wanted == "cross_cluster_replication_internal")
}

#[derive(Debug, Serialize, PartialEq)]
pub struct PrivilegeRow {
    pub privilege: String,
    /// Granted by the local roles' `remote_indices` for the alias.
    pub local: bool,
    /// Granted by the cross-cluster key's access on the remote.
    pub key: bool,
    pub effective: bool,
}

#[derive(Debug, Serialize)]
pub struct Explanation {
    pub alias: String,
    pub index: String,
    pub principal: String,
    pub roles: Vec<String>,
    pub key_id: String,
    /// The local `remote_indices` entries that apply to the alias and index.
    pub local_entries: Vec<Value>,
    /// The key's index entries that apply to the index.
    pub key_entries: Vec<Value>,
    pub privileges: Vec<PrivilegeRow>,
    pub allowed: bool,
    /// What Elasticsearch answers a search that is denied, when it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub denial: Option<String>,
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// The `remote_indices` entries of `roles` that apply to `alias` (any entry whose clusters match it).
pub fn local_entries_for_alias(roles: &Map<String, Value>, alias: &str) -> Vec<Value> {
    roles
        .values()
        .flat_map(|r| {
            r.get("remote_indices")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        })
        .filter(|e| strings(e.get("clusters")).iter().any(|c| glob(c, alias)))
        .collect()
}

fn entries_for_index(entries: &[Value], index: &str) -> Vec<Value> {
    entries
        .iter()
        .filter(|e| strings(e.get("names")).iter().any(|n| glob(n, index)))
        .cloned()
        .collect()
}

/// The key's index entries with their privileges: from the derived `cross_cluster` role descriptor when
/// the API returns it, else from `access`.
pub fn key_entries(key: &Value) -> Vec<Value> {
    if let Some(indices) = key
        .pointer("/role_descriptors/cross_cluster/indices")
        .and_then(Value::as_array)
    {
        return indices.clone();
    }
    let mut out = Vec::new();
    for (kind, privs) in [
        ("search", SEARCH_PRIVILEGES),
        ("replication", REPLICATION_PRIVILEGES),
    ] {
        for e in key
            .pointer(&format!("/access/{kind}"))
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            out.push(serde_json::json!({"names": e.get("names").cloned().unwrap_or(Value::Null), "privileges": privs}));
        }
    }
    out
}

fn grants(entries: &[Value], privilege: &str) -> bool {
    entries.iter().any(|e| {
        strings(e.get("privileges"))
            .iter()
            .any(|p| covers(p, privilege))
    })
}

/// The intersection, with the sentence Elasticsearch would answer.
#[allow(clippy::too_many_arguments)]
pub fn explain(
    alias: &str,
    index: &str,
    principal: &str,
    roles: Vec<String>,
    local_roles: &Map<String, Value>,
    key_id: &str,
    key_owner: &str,
    key: &Value,
    wanted: &[String],
) -> Explanation {
    let for_alias = local_entries_for_alias(local_roles, alias);
    let local = entries_for_index(&for_alias, index);
    let keyed = entries_for_index(&key_entries(key), index);
    let privileges: Vec<PrivilegeRow> = wanted
        .iter()
        .map(|p| {
            let (l, k) = (grants(&local, p), grants(&keyed, p));
            PrivilegeRow {
                privilege: p.clone(),
                local: l,
                key: k,
                effective: l && k,
            }
        })
        .collect();
    let allowed = privileges.iter().all(|r| r.effective);
    let read_denied = privileges
        .iter()
        .any(|r| r.privilege == "read" && !r.effective);
    let denial = if for_alias.is_empty() {
        Some(format!(
            "action [indices:data/read/search] towards remote cluster [{alias}] is unauthorized for user [{principal}] with effective roles [{}] because no remote indices privileges apply for the target cluster",
            roles.join(",")
        ))
    } else if read_denied {
        Some(format!(
            "action [indices:data/read/search] towards remote cluster is unauthorized for user [{principal}] with assigned roles [{}] authenticated by API key id [{key_id}] of user [{key_owner}] on indices [{index}], this action is granted by the index privileges [read,all]",
            roles.join(",")
        ))
    } else {
        None
    };
    Explanation {
        alias: alias.into(),
        index: index.into(),
        principal: principal.into(),
        roles,
        key_id: key_id.into(),
        local_entries: local,
        key_entries: keyed,
        privileges,
        allowed,
        denial,
    }
}

/// Arguments from the CLI.
pub struct ExplainArgs<'a> {
    pub user: Option<&'a str>,
    pub role: Option<&'a str>,
    pub alias: &'a str,
    pub index: &'a str,
    pub privileges: Vec<String>,
    pub key_id: Option<&'a str>,
    pub key_file: Option<PathBuf>,
    pub local: &'a ConnectionArgs,
    pub remote: &'a RemoteConnectionArgs,
}

pub fn run(printer: &Printer, a: ExplainArgs<'_>) -> CliResult<u8> {
    crate::settings::checked_alias(printer, a.alias)?;
    let key_id = match (a.key_id, &a.key_file) {
        (Some(id), None) => id.to_string(),
        (None, Some(f)) => crate::credentials::KeyFile::read(f, "the cross-cluster API key")?
            .key
            .id()
            .to_string(),
        _ => {
            return Err(crate::usage(
                "which cross-cluster key does the local cluster use?",
                "give --key-id ID (es-role cross-cluster-key list on the remote) or --key-file FILE (the key itself: only its id is used)",
            ));
        }
    };
    if a.index.trim().is_empty() {
        return Err(crate::usage(
            "--index is empty",
            "give the remote index or pattern, e.g. logs-2026.12",
        ));
    }
    let local_conn = connect_with_credentials(printer, a.local, false)?;
    let remote_conn = a.remote.connect(printer)?;
    if remote_conn.auth.is_none() {
        return Err(crate::usage(
            "no credentials for the remote cluster",
            "give --remote-username with --remote-password-file, or --remote-api-key-file (or the REMOTE_ELASTICSEARCH_* variables)",
        ));
    }
    let (lep, rep) = (local_conn.endpoint()?, remote_conn.endpoint()?);
    esconnect_cli::runtime()?.block_on(async {
        let local = Local::new(lep);
        let (principal, roles) = match (a.user, a.role) {
            (Some(u), None) => {
                let users: Map<String, Value> = local
                    .send(&Request::get(format!("/_security/user/{u}")), &format!("reading user `{u}`"), REMEDY_MONITOR)
                    .await
                    .and_then(|v| serde_json::from_value(v).map_err(|e| CliError::failure(e.to_string())))?;
                let Some(user) = users.get(u) else {
                    return Err(CliError::usage(format!("there is no user `{u}` on the local cluster")));
                };
                (u.to_string(), strings(user.get("roles")))
            }
            (None, Some(r)) => (format!("(role {r})"), vec![r.to_string()]),
            _ => {
                return Err(crate::usage("give --user USER or --role ROLE", "the local user (or one of its roles) whose access to explain"));
            }
        };
        let local_roles: Map<String, Value> = if roles.is_empty() {
            Map::new()
        } else {
            let path = format!("/_security/role/{}", roles.join(","));
            match local.ep.send(&Request::get(path)).await {
                Ok(r) if r.status == 404 => Map::new(),
                Ok(r) => r
                    .error_for_status()
                    .and_then(|r| r.json())
                    .map_err(|e| wire_failure(e, "reading the local roles", "the local credentials need read_security"))?,
                Err(e) => return Err(wire_failure(e, "reading the local roles", "the local credentials need read_security")),
            }
        };
        let keys: Value = rep
            .call_json(&Request::get("/_security/api_key").query("id", &key_id))
            .await
            .map_err(|e| wire_failure(e, "reading the cross-cluster key on the remote (GET /_security/api_key)", "the remote credentials need manage_api_key or read_security"))?;
        let Some(key) = keys.pointer("/api_keys/0") else {
            return Err(CliError::failure(format!("the remote has no API key with id `{key_id}`")).with_remedy("check --key-id, or list the keys on the remote: es-role cross-cluster-key list"));
        };
        if key.get("type").and_then(Value::as_str).is_some_and(|t| t != "cross_cluster") {
            printer.warn(&format!("the key `{key_id}` is a REST key, not a cross-cluster key: the remote refuses it for remote cluster connections"));
        }
        if key.get("invalidated").and_then(Value::as_bool) == Some(true) {
            printer.warn(&format!("the key `{key_id}` is invalidated: no request through it succeeds"));
        }
        let owner = key.get("username").and_then(Value::as_str).unwrap_or("?");
        let e = explain(a.alias, a.index, &principal, roles, &local_roles, &key_id, owner, key, &a.privileges);
        printer.data(&e, |s| {
            let mut out = format!("{} on `{}:{}` (key {}):\n", e.principal, e.alias, e.index, e.key_id);
            for r in &e.privileges {
                let yn = |b: bool| if b { s.green("yes") } else { s.red("no") };
                out.push_str(&format!("  {:<22} local {:<3}  key {:<3}  effective {}\n", r.privilege, yn(r.local), yn(r.key), yn(r.effective)));
            }
            if let Some(d) = &e.denial {
                out.push_str(&format!("Elasticsearch would answer: {d}\n"));
            }
            out
        })?;
        Ok(if e.allowed { 0 } else { 1 })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn globs() {
        assert!(glob("logs-*", "logs-2026"));
        assert!(glob("*", "x"));
        assert!(glob("pr?d", "prod"));
        assert!(!glob("logs-*", "metrics-1"));
        assert!(!glob("prod", "prod2"));
    }

    #[test]
    fn effective_is_the_intersection() {
        let roles: Map<String, Value> = serde_json::from_value(json!({
            "analyst": {"remote_indices": [
                {"clusters": ["prod"], "names": ["logs-*"], "privileges": ["read", "read_cross_cluster"]},
                {"clusters": ["other"], "names": ["*"], "privileges": ["all"]}
            ]}
        }))
        .unwrap();
        let key = json!({"type": "cross_cluster", "access": {"search": [{"names": ["logs-*"]}]}});
        let wanted: Vec<String> = SEARCH_PRIVILEGES.iter().map(|s| s.to_string()).collect();
        let e = explain(
            "prod",
            "logs-1",
            "alice",
            vec!["analyst".into()],
            &roles,
            "K1",
            "admin",
            &key,
            &wanted,
        );
        let rows: Vec<(&str, bool, bool, bool)> = e
            .privileges
            .iter()
            .map(|r| (r.privilege.as_str(), r.local, r.key, r.effective))
            .collect();
        assert_eq!(
            rows,
            vec![
                ("read", true, true, true),
                ("read_cross_cluster", true, true, true),
                ("view_index_metadata", false, true, false)
            ]
        );
        assert!(!e.allowed);
        assert!(e.denial.is_none(), "read itself is allowed");

        // The key does not cover the index: read is denied with the index-privileges sentence.
        let e = explain(
            "prod",
            "metrics-1",
            "alice",
            vec!["analyst".into()],
            &roles,
            "K1",
            "admin",
            &key,
            &wanted,
        );
        assert!(
            e.denial
                .unwrap()
                .contains("this action is granted by the index privileges [read,all]")
        );

        // No remote_indices for the alias at all.
        let e = explain(
            "nope",
            "logs-1",
            "alice",
            vec!["analyst".into()],
            &roles,
            "K1",
            "admin",
            &key,
            &wanted,
        );
        assert!(
            e.denial
                .unwrap()
                .ends_with("because no remote indices privileges apply for the target cluster")
        );
    }
}
