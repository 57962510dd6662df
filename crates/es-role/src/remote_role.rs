//! `es-role remote-role`: a local role's `remote_indices` (8.14+) and `remote_cluster` (8.15+) for one
//! remote cluster alias, written by read-modify-write (elastic-facts §2.2 `configure-roles-and-users.md`,
//! §3.2). Everything else the role holds is kept as read: cluster and index privileges, metadata, the
//! entries of other aliases, fields this tool does not know.

use crate::plumbing::{
    REMOTE_REMEDY_MANAGE_SECURITY, TOOL, cluster_version, read_named, require_version,
};
use crate::{descriptor, usage, validate};
use esconnect_cli::args::ConnectionArgs;
use esconnect_cli::ops::{connect_with_credentials, print_plan_unsent, wire_failure};
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::http::Request;
use esconnect_core::managed::{MANAGED_BY_KEY, MANAGED_BY_VALUE};
use esconnect_core::models::es::PutRoleResponse;
use esconnect_core::models::remote::{
    REMOTE_CLUSTER_SINCE, REMOTE_INDICES_SINCE, RemoteClusterEntry, RemoteIndicesEntry,
    remote_cluster_privilege_since,
};
use serde::Serialize;
use serde_json::{Map, Value, json};

/// What the command line asks for.
#[derive(Debug, Clone)]
pub struct Options {
    pub role: String,
    pub alias: String,
    pub indices: Vec<String>,
    /// Index privileges on the remote indices.
    pub privileges: Vec<String>,
    /// Local cluster privileges to add (`manage_ccr` for CCR).
    pub cluster: Vec<String>,
    /// Remote cluster privileges for the alias.
    pub remote_cluster: Vec<String>,
}

/// A remote cluster alias as a role names it: the alias rules of Kibana's "Remote cluster name" (letters,
/// digits, `-`, `_`) plus `*` and `?`, since a role's `clusters` takes patterns.
pub fn check_alias(alias: &str) -> CliResult<()> {
    let ok = !alias.is_empty()
        && alias
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '*' | '?'));
    if ok {
        Ok(())
    } else {
        Err(usage(
            format!(
                "--cluster `{}` is not a remote cluster alias",
                alias.escape_debug()
            ),
            "give the alias the local cluster knows the remote by (cluster.remote.ALIAS): letters, digits, `-` and `_`, or a pattern with `*`",
        ))
    }
}

/// Index patterns and privilege names: not empty, no whitespace (they are comma-separated on the command
/// line, so an empty item means a stray comma).
pub fn check_items(flag: &str, items: &[String], example: &str) -> CliResult<()> {
    if items.is_empty() {
        return Err(usage(
            format!("{flag} is empty"),
            format!("give {flag} {example}"),
        ));
    }
    for i in items {
        if i.is_empty() || i.chars().any(char::is_whitespace) {
            return Err(usage(
                format!(
                    "{flag} holds `{}`, which is empty or contains whitespace",
                    i.escape_debug()
                ),
                format!("give {flag} comma-separated items without spaces, e.g. {example}"),
            ));
        }
    }
    Ok(())
}

fn strings(v: Option<&Value>) -> Vec<String> {
    let mut out: Vec<String> = match v {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        Some(Value::String(s)) => vec![s.clone()],
        _ => vec![],
    };
    out.sort();
    out.dedup();
    out
}

fn sorted(items: &[String]) -> Vec<String> {
    let mut v = items.to_vec();
    v.sort();
    v.dedup();
    v
}

/// The metadata a role this tool creates carries (`_` keys are Elasticsearch's).
fn managed() -> Map<String, Value> {
    match json!({MANAGED_BY_KEY: MANAGED_BY_VALUE, "tool": TOOL, "purpose": "remote-cluster"}) {
        Value::Object(m) => m,
        _ => unreachable!("a JSON object literal"),
    }
}

/// The role body to PUT: `existing` (as `GET /_security/role/NAME` returned it) with the alias's entry
/// set, or a new role. An entry is the alias's when its `clusters` is exactly `[alias]` and, for
/// `remote_indices`, its `names` are the same set: its privileges are replaced and its other fields
/// (`query`, `field_security`, `allow_restricted_indices`) kept; otherwise a new entry is appended. So
/// grants for other aliases, or for other indices of this alias, are never dropped.
pub fn merge(existing: Option<&Value>, o: &Options) -> Value {
    let mut role: Map<String, Value> = match existing {
        Some(Value::Object(m)) => m.clone(),
        _ => {
            let mut m = Map::new();
            m.insert("metadata".into(), Value::Object(managed()));
            m
        }
    };
    // Set by Elasticsearch, not by the caller.
    role.remove("transient_metadata");
    let me = vec![o.alias.clone()];

    if !o.cluster.is_empty() {
        let mut cluster: Vec<Value> = match role.get("cluster") {
            Some(Value::Array(a)) => a.clone(),
            _ => vec![],
        };
        for p in &o.cluster {
            if !cluster.iter().any(|c| c.as_str() == Some(p)) {
                cluster.push(json!(p));
            }
        }
        role.insert("cluster".into(), Value::Array(cluster));
    }

    let mut remote_indices: Vec<Value> = match role.get("remote_indices") {
        Some(Value::Array(a)) => a.clone(),
        _ => vec![],
    };
    let names = sorted(&o.indices);
    let found = remote_indices
        .iter_mut()
        .find(|e| strings(e.get("clusters")) == me && strings(e.get("names")) == names);
    match found {
        Some(Value::Object(e)) => {
            e.insert("privileges".into(), json!(o.privileges));
        }
        _ => remote_indices.push(
            serde_json::to_value(RemoteIndicesEntry {
                clusters: me.clone(),
                names: o.indices.clone(),
                privileges: o.privileges.clone(),
            })
            .expect("entries serialise"),
        ),
    }
    role.insert("remote_indices".into(), Value::Array(remote_indices));

    if !o.remote_cluster.is_empty() {
        let mut remote_cluster: Vec<Value> = match role.get("remote_cluster") {
            Some(Value::Array(a)) => a.clone(),
            _ => vec![],
        };
        match remote_cluster
            .iter_mut()
            .find(|e| strings(e.get("clusters")) == me)
        {
            Some(Value::Object(e)) => {
                e.insert("privileges".into(), json!(o.remote_cluster));
            }
            _ => remote_cluster.push(
                serde_json::to_value(RemoteClusterEntry {
                    clusters: me.clone(),
                    privileges: o.remote_cluster.clone(),
                })
                .expect("entries serialise"),
            ),
        }
        role.insert("remote_cluster".into(), Value::Array(remote_cluster));
    }
    Value::Object(role)
}

/// The fields in which two roles differ, `remote_cluster` entries compared without order.
fn differences(existing: &Value, desired: &Value) -> Vec<String> {
    let norm = |v: &Value| {
        let mut v = v.clone();
        if let Some(Value::Array(a)) = v.get_mut("remote_cluster") {
            for e in a.iter_mut() {
                if let Value::Object(m) = e {
                    for k in ["clusters", "privileges"] {
                        if let Some(x) = m.get(k) {
                            m.insert(k.into(), json!(strings(Some(x))));
                        }
                    }
                }
            }
            a.sort_by_key(Value::to_string);
        }
        v
    };
    descriptor::differences(&norm(existing), &norm(desired))
}

#[derive(Debug, Serialize)]
struct Report {
    role: String,
    cluster_alias: String,
    /// `created`, `updated`, `unchanged`.
    result: &'static str,
    changed_fields: Vec<String>,
}

pub fn run(printer: &Printer, args: &ConnectionArgs, o: &Options, dry_run: bool) -> CliResult<u8> {
    validate::name("role name", "NAME", &o.role)?;
    check_alias(&o.alias)?;
    check_items("--indices", &o.indices, "--indices 'logs-*,metrics-*'")?;
    check_items(
        "--privileges",
        &o.privileges,
        "--privileges read,read_cross_cluster,view_index_metadata (or --for ccs)",
    )?;
    let conn = connect_with_credentials(printer, args, false)?;
    let ep = conn.endpoint()?;
    let path = format!("/_security/role/{}", validate::segment(&o.role));
    esconnect_cli::runtime()?.block_on(async {
        let version = cluster_version(&ep).await?;
        require_version(version, REMOTE_INDICES_SINCE, "a role's remote_indices")?;
        if !o.remote_cluster.is_empty() {
            require_version(version, REMOTE_CLUSTER_SINCE, "a role's remote_cluster")?;
            for p in &o.remote_cluster {
                if let Some(since) = remote_cluster_privilege_since(p) {
                    require_version(version, since, &format!("the remote cluster privilege {p}"))?;
                }
            }
        }
        let existing = read_named(
            &ep,
            &path,
            &o.role,
            &format!("reading the role `{}` failed", o.role),
        )
        .await?;
        if existing.as_ref().is_some_and(descriptor::is_reserved) {
            return Err(CliError::failure(format!(
                "the role `{}` is a built-in role of Elasticsearch and cannot be changed",
                o.role
            ))
            .with_remedy("give another role name"));
        }
        let desired = merge(existing.as_ref(), o);
        let changed = match &existing {
            Some(e) => differences(e, &desired),
            None => vec![],
        };
        if existing.is_some() && changed.is_empty() {
            let report = Report {
                role: o.role.clone(),
                cluster_alias: o.alias.clone(),
                result: "unchanged",
                changed_fields: vec![],
            };
            printer.data(&report, |_| {
                format!(
                    "role `{}` unchanged: it already grants this on `{}` (nothing was sent)",
                    o.role, o.alias
                )
            })?;
            return Ok(0);
        }
        let req = Request::put(&path, &desired);
        if dry_run {
            let note = match &existing {
                Some(_) => format!(
                    "The role exists: only {} would change; its other fields are sent back as read.",
                    changed.join(", ")
                ),
                None => "The role does not exist yet and would be created.".to_string(),
            };
            return print_plan_unsent(printer, &conn.url.url, &[req], &note);
        }
        let doing = format!("writing the role `{}` failed", o.role);
        let r: PutRoleResponse = ep
            .call_json(&req)
            .await
            .map_err(|e| wire_failure(e, &doing, REMOTE_REMEDY_MANAGE_SECURITY))?;
        let report = Report {
            role: o.role.clone(),
            cluster_alias: o.alias.clone(),
            result: if r.role.created { "created" } else { "updated" },
            changed_fields: changed,
        };
        printer.data(&report, |_| {
            let mut t = format!(
                "role `{}` {} with access to remote cluster `{}`",
                report.role, report.result, report.cluster_alias
            );
            if !report.changed_fields.is_empty() {
                t.push_str(&format!(" (changed: {})", report.changed_fields.join(", ")));
            }
            t
        })?;
        Ok(0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(alias: &str) -> Options {
        Options {
            role: "r".into(),
            alias: alias.into(),
            indices: vec!["logs-*".into()],
            privileges: vec![
                "read".into(),
                "read_cross_cluster".into(),
                "view_index_metadata".into(),
            ],
            cluster: vec![],
            remote_cluster: vec![],
        }
    }

    #[test]
    fn a_new_role_is_the_docs_example_shape_with_our_marks() {
        let mut o = opts("my_remote");
        o.remote_cluster = vec!["monitor_stats".into()];
        let v = merge(None, &o);
        // The spec's SecurityPutRoleRequestExample3, plus metadata.
        assert_eq!(
            v,
            json!({
                "remote_indices": [{"clusters": ["my_remote"], "names": ["logs-*"], "privileges": ["read", "read_cross_cluster", "view_index_metadata"]}],
                "remote_cluster": [{"clusters": ["my_remote"], "privileges": ["monitor_stats"]}],
                "metadata": {"managed_by": "esconnect", "tool": "es-role", "purpose": "remote-cluster"}
            })
        );
    }

    #[test]
    fn everything_else_is_kept_and_a_second_merge_changes_nothing() {
        let stored = json!({
            "cluster": ["monitor"],
            "indices": [{"names": ["local-*"], "privileges": ["read"], "allow_restricted_indices": false}],
            "applications": [], "run_as": [],
            "metadata": {"team": "sre"},
            "transient_metadata": {"enabled": true},
            "remote_indices": [
                {"clusters": ["other"], "names": ["x"], "privileges": ["read"], "allow_restricted_indices": false},
                {"clusters": ["a"], "names": ["logs-*"], "privileges": ["read"], "query": "{\"match_all\":{}}", "allow_restricted_indices": false}
            ],
            "description": "kept",
            "future_field": {"x": 1}
        });
        let mut o = opts("a");
        o.cluster = vec!["manage_ccr".into()];
        let v = merge(Some(&stored), &o);
        assert_eq!(v["cluster"], json!(["monitor", "manage_ccr"]));
        assert_eq!(v["indices"], stored["indices"]);
        assert_eq!(v["metadata"], json!({"team": "sre"}));
        assert_eq!(v["description"], "kept");
        assert_eq!(v["future_field"], json!({"x": 1}));
        assert!(v.get("transient_metadata").is_none());
        let ri = v["remote_indices"].as_array().unwrap();
        assert_eq!(ri.len(), 2);
        assert_eq!(ri[0], stored["remote_indices"][0]);
        assert_eq!(ri[1]["privileges"], json!(o.privileges));
        assert_eq!(ri[1]["query"], "{\"match_all\":{}}");
        assert_eq!(differences(&stored, &v), vec!["cluster", "remote_indices"]);
        // What Elasticsearch would store, read back: merging again changes nothing.
        let mut again = v.clone();
        again["transient_metadata"] = json!({"enabled": true});
        assert!(differences(&again, &merge(Some(&again), &o)).is_empty());
    }

    #[test]
    fn other_indices_of_the_alias_get_their_own_entry() {
        let stored = json!({"remote_indices": [{"clusters": ["a"], "names": ["metrics-*"], "privileges": ["read"]}]});
        let v = merge(Some(&stored), &opts("a"));
        assert_eq!(v["remote_indices"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn remote_cluster_entries_of_the_alias_are_replaced() {
        let stored = json!({"remote_cluster": [
            {"clusters": ["b"], "privileges": ["monitor_enrich"]},
            {"clusters": ["a"], "privileges": ["monitor_enrich"]}
        ]});
        let mut o = opts("a");
        o.remote_cluster = vec!["monitor_enrich".into(), "monitor_stats".into()];
        let v = merge(Some(&stored), &o);
        assert_eq!(
            v["remote_cluster"],
            json!([
                {"clusters": ["b"], "privileges": ["monitor_enrich"]},
                {"clusters": ["a"], "privileges": ["monitor_enrich", "monitor_stats"]}
            ])
        );
    }

    #[test]
    fn aliases_and_items_are_checked() {
        assert!(check_alias("prod-remote_1").is_ok() && check_alias("prod-*").is_ok());
        for bad in ["", "a b", "a:b", "a,b"] {
            assert_eq!(check_alias(bad).unwrap_err().code, 2, "{bad}");
        }
        assert!(check_items("--indices", &["logs-*".into()], "x").is_ok());
        assert_eq!(check_items("--indices", &[], "x").unwrap_err().code, 2);
        assert_eq!(
            check_items("--indices", &["".into()], "x")
                .unwrap_err()
                .code,
            2
        );
        assert_eq!(
            check_items("--indices", &["a b".into()], "x")
                .unwrap_err()
                .code,
            2
        );
    }
}
