//! `es-remote add` and `es-remote remove`: the `cluster.remote.<alias>.*` settings, read-modify-write.

use crate::address::{self, Address, AliasProblem, parse_address};
use crate::cluster::{Local, REMEDY_MANAGE};
use crate::{AddArgs, ModeArg, RemoveArgs, usage};
use esconnect_cli::ops::{connect_with_credentials, print_plan};
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::http::Request;
use esconnect_core::models::remote_cluster::{
    self as rc, ClusterSettings, Mode, REMOTE_CLUSTER_SERVER_PORT, TRANSPORT_PORT,
};
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Checks an alias; bad ones are usage errors, uppercase earns a warning.
pub fn checked_alias(printer: &Printer, alias: &str) -> CliResult<()> {
    match address::check_alias(alias) {
        Ok(true) => Ok(()),
        Ok(false) => {
            printer.warn(&format!(
                "the alias `{alias}` has uppercase letters: Elasticsearch accepts it, but the Elastic Cloud UI allows only lowercase letters, digits, `-` and `_` (use the same alias everywhere)"
            ));
            Ok(())
        }
        Err(AliasProblem::Empty) => Err(usage(
            "the alias is empty",
            "give the remote cluster's alias, e.g. `prod`",
        )),
        Err(AliasProblem::BadChar(c)) => Err(usage(
            format!(
                "the alias `{alias}` contains `{c}`, which Elasticsearch does not accept in cluster.remote.<alias>.* settings"
            ),
            "use letters, digits, `-` and `_` only (lowercase, to match the Elastic Cloud UI)",
        )),
    }
}

/// What `add` wants the persistent settings of the alias to be (keys after `cluster.remote.<alias>.`).
#[derive(Debug, Clone, PartialEq)]
pub struct Desired {
    pub mode: Mode,
    pub values: BTreeMap<String, Value>,
    /// The addresses given, for the port checks.
    pub addresses: Vec<Address>,
}

/// Checks the flags of `add` and builds the wanted settings; every problem is a usage error.
pub fn desired(a: &AddArgs) -> CliResult<Desired> {
    let mode = match (a.mode, a.proxy_address.is_some(), !a.seeds.is_empty()) {
        (Some(ModeArg::Proxy), _, _) | (None, true, false) => Mode::Proxy,
        (Some(ModeArg::Sniff), _, _) | (None, false, true) => Mode::Sniff,
        (None, true, true) => {
            return Err(usage(
                "--proxy-address and --seeds belong to different modes",
                "give --proxy-address HOST:PORT (proxy mode, for ECE/ECH/ECK and load balancers) or --seeds HOST:PORT,... (sniff mode), not both",
            ));
        }
        (None, false, false) => {
            return Err(usage(
                "no address for the remote cluster",
                "give --proxy-address HOST:PORT (9443 for the API key model, 9300 for certificates), or --mode sniff --seeds HOST:PORT,...",
            ));
        }
    };
    let wrong_mode = |flag: &str| {
        usage(
            format!("{flag} is a setting of the other mode than `{mode}`"),
            format!(
                "in {mode} mode give {}",
                match mode {
                    Mode::Proxy => "--proxy-address, --server-name, --proxy-socket-connections",
                    Mode::Sniff => "--seeds and --node-connections",
                }
            ),
        )
    };
    let mut values = BTreeMap::new();
    values.insert("mode".to_string(), Value::String(mode.as_str().into()));
    let mut addresses = Vec::new();
    let bad_address = |given: &str, e: String| {
        usage(
            format!("the address `{given}`: {e}"),
            "give HOST:PORT, e.g. rcs.example.com:9443, or [2001:db8::1]:9443 for IPv6",
        )
    };
    match mode {
        Mode::Proxy => {
            if !a.seeds.is_empty() {
                return Err(wrong_mode("--seeds"));
            }
            if a.node_connections.is_some() {
                return Err(wrong_mode("--node-connections"));
            }
            let Some(given) = &a.proxy_address else {
                return Err(usage(
                    "proxy mode needs --proxy-address",
                    "give --proxy-address HOST:PORT",
                ));
            };
            let addr = parse_address(given).map_err(|e| bad_address(given, e))?;
            values.insert("proxy_address".into(), Value::String(addr.setting()));
            addresses.push(addr);
            if let Some(n) = &a.server_name {
                if n.trim().is_empty() || n.contains(char::is_whitespace) || n.contains(':') {
                    return Err(usage(
                        format!("`{n}` is not a server name"),
                        "give the host name in the remote's certificate, without port or scheme",
                    ));
                }
                values.insert("server_name".into(), Value::String(n.clone()));
            }
            if let Some(n) = a.proxy_socket_connections {
                values.insert(
                    "proxy_socket_connections".into(),
                    Value::String(n.to_string()),
                );
            }
        }
        Mode::Sniff => {
            if a.proxy_address.is_some() {
                return Err(wrong_mode("--proxy-address"));
            }
            if a.server_name.is_some() {
                return Err(wrong_mode("--server-name"));
            }
            if a.proxy_socket_connections.is_some() {
                return Err(wrong_mode("--proxy-socket-connections"));
            }
            if a.seeds.is_empty() {
                return Err(usage(
                    "sniff mode needs --seeds",
                    "give --seeds HOST:PORT,... (the remote's transport addresses)",
                ));
            }
            let mut seeds = Vec::new();
            for s in &a.seeds {
                let addr = parse_address(s).map_err(|e| bad_address(s, e))?;
                seeds.push(Value::String(addr.setting()));
                addresses.push(addr);
            }
            values.insert("seeds".into(), Value::Array(seeds));
            if let Some(n) = a.node_connections {
                values.insert("node_connections".into(), Value::String(n.to_string()));
            }
        }
    }
    if let Some(b) = a.skip_unavailable {
        values.insert("skip_unavailable".into(), Value::String(b.to_string()));
    }
    Ok(Desired {
        mode,
        values,
        addresses,
    })
}

/// Elasticsearch returns every scalar setting as a string; compare in that form.
fn same(current: Option<&Value>, wanted: &Value) -> bool {
    match (current, wanted) {
        (Some(Value::Array(c)), Value::Array(w)) => {
            c.iter().map(rc::value_text).collect::<Vec<_>>()
                == w.iter().map(rc::value_text).collect::<Vec<_>>()
        }
        (Some(c), w) => rc::value_text(c) == rc::value_text(w),
        (None, _) => false,
    }
}

/// The persistent changes that take the alias from `current` (its persistent settings) to `desired`:
/// keys to set, and the other mode's keys to null (Elasticsearch rejects a key of the other mode).
/// Settings the user did not give are kept as they are.
pub fn changes(current: &BTreeMap<String, Value>, desired: &Desired) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    for (k, v) in &desired.values {
        if !same(current.get(k), v) {
            out.insert(k.clone(), v.clone());
        }
    }
    for k in desired.mode.other().own_settings() {
        if current.contains_key(*k) {
            out.insert((*k).to_string(), Value::Null);
        }
    }
    // An unset mode is sniff: writing `mode: sniff` over nothing is still a change worth making
    // explicit only when other keys change too.
    if out.len() == 1
        && out.contains_key("mode")
        && desired.mode == Mode::Sniff
        && !current.contains_key("mode")
    {
        out.clear();
    }
    out
}

fn full_keys(alias: &str, changes: &BTreeMap<String, Value>) -> Map<String, Value> {
    changes
        .iter()
        .map(|(k, v)| (format!("cluster.remote.{alias}.{k}"), v.clone()))
        .collect()
}

#[derive(Debug, Serialize)]
struct AddReport {
    alias: String,
    /// `created`, `updated` or `unchanged`.
    result: &'static str,
    /// The persistent settings written (`null` = removed).
    #[serde(skip_serializing_if = "Map::is_empty")]
    changed: Map<String, Value>,
}

pub fn add(printer: &Printer, a: AddArgs) -> CliResult<u8> {
    checked_alias(printer, &a.alias)?;
    let want = desired(&a)?;
    let conn = connect_with_credentials(printer, &a.connection, false)?;
    let ep = conn.endpoint()?;
    let base = conn.url.url.clone();
    esconnect_cli::runtime()?.block_on(async {
        let local = Local::new(ep);
        if !apply(printer, &local, &base, &a.alias, &want, a.dry_run.dry_run).await? {
            return Ok(0);
        }
        if a.wait.wait {
            return crate::status::wait_for(printer, &local, &a.alias, a.wait.wait_timeout).await;
        }
        Ok(0)
    })
}

/// Writes the alias's settings (read-modify-write) and reports; `Ok(false)` for a dry run (nothing sent
/// but reads). Warns about cloud endpoints in sniff mode and ports that do not fit the model.
pub async fn apply(
    printer: &Printer,
    local: &Local,
    base: &url::Url,
    alias: &str,
    want: &Desired,
    dry_run: bool,
) -> CliResult<bool> {
    if want.mode == Mode::Sniff
        && let Some(h) = want
            .addresses
            .iter()
            .find(|x| address::looks_like_cloud(&x.host))
    {
        printer.warn(&format!(
            "`{}` looks like an ECE, ECH or ECK endpoint: those accept only proxy mode (--proxy-address HOST:PORT --server-name NAME)",
            h.host
        ));
    }
    for addr in &want.addresses {
        if addr.port != REMOTE_CLUSTER_SERVER_PORT && addr.port != TRANSPORT_PORT {
            printer.verbose(&format!(
                "port {} is neither 9443 (remote cluster server, API key model) nor 9300 (transport, certificates): fine behind a load balancer that maps it",
                addr.port
            ));
        }
    }
    let current = local.settings().await?;
    let persistent = rc::alias_settings(&current.persistent, alias);
    let transient = rc::alias_settings(&current.transient, alias);
    if !transient.is_empty() {
        printer.warn(&format!(
            "the alias `{alias}` also has transient settings ({}): they take precedence over the persistent ones written here; `es-remote remove {alias}` clears both",
            transient.keys().cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    let diff = changes(&persistent, want);
    let existed = !persistent.is_empty() || !transient.is_empty();
    if diff.is_empty() {
        let report = AddReport {
            alias: alias.to_string(),
            result: "unchanged",
            changed: Map::new(),
        };
        printer.data(&report, |_| {
            format!("remote `{alias}` unchanged: its settings already are as given")
        })?;
    } else {
        let body = serde_json::json!({ "persistent": full_keys(alias, &diff) });
        let req = Request::put("/_cluster/settings", body);
        if dry_run {
            print_plan(printer, base, &[req], "Run without --dry-run to apply it.")?;
            return Ok(false);
        }
        local
            .send(
                &req,
                &format!("writing the settings of remote `{alias}` (PUT /_cluster/settings)"),
                REMEDY_MANAGE,
            )
            .await?;
        let report = AddReport {
            alias: alias.to_string(),
            result: if existed { "updated" } else { "created" },
            changed: full_keys(alias, &diff),
        };
        printer.data(&report, |_| {
            let keys: Vec<String> = diff
                .iter()
                .map(|(k, v)| {
                    if v.is_null() {
                        format!("{k} removed")
                    } else {
                        format!("{k}={}", rc::value_text(v))
                    }
                })
                .collect();
            format!("remote `{alias}` {}: {}", report.result, keys.join(", "))
        })?;
    }
    if dry_run {
        return Ok(false);
    }
    check_model(printer, local, alias, &want.addresses).await;
    Ok(true)
}

/// Warns when the port does not fit the security model in use (elastic-facts.md §2.1, §2.7): 9300 with
/// credentials in the keystore, 9443 without.
async fn check_model(printer: &Printer, local: &Local, alias: &str, addrs: &[Address]) {
    let Ok(info) = local.remote_info().await else {
        return;
    };
    let Some(info) = info.get(alias) else {
        return;
    };
    for addr in addrs {
        match (info.uses_api_key(), addr.port) {
            (true, TRANSPORT_PORT) => printer.warn(&format!(
                "`{alias}` has credentials in the keystore (API key model) but {} is the transport port: the API key model connects to the remote cluster server port, usually 9443",
                addr.setting()
            )),
            (false, REMOTE_CLUSTER_SERVER_PORT) => printer.warn(&format!(
                "{} is the remote cluster server port (API key model), but the keystore holds no cluster.remote.{alias}.credentials: add the key with `es-remote credentials {alias} --key-file KEY`",
                addr.setting()
            )),
            _ => {}
        }
    }
}

/// The keys of `alias` in one scope, as a body section of `null`s.
fn nulls(flat: &rc::FlatSettings, alias: &str) -> Map<String, Value> {
    rc::alias_settings(flat, alias)
        .keys()
        .map(|k| (format!("cluster.remote.{alias}.{k}"), Value::Null))
        .collect()
}

#[derive(Debug, Serialize)]
struct RemoveReport {
    alias: String,
    removed: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    keystore: Option<String>,
}

/// The body that removes exactly the alias's settings, or `None` when it has none.
pub fn removal(current: &ClusterSettings, alias: &str) -> Option<Value> {
    let p = nulls(&current.persistent, alias);
    let t = nulls(&current.transient, alias);
    if p.is_empty() && t.is_empty() {
        return None;
    }
    let mut body = Map::new();
    if !p.is_empty() {
        body.insert("persistent".into(), Value::Object(p));
    }
    if !t.is_empty() {
        body.insert("transient".into(), Value::Object(t));
    }
    Some(Value::Object(body))
}

pub fn remove(printer: &Printer, r: RemoveArgs) -> CliResult<u8> {
    checked_alias(printer, &r.alias)?;
    let keystore = if r.credentials {
        Some(crate::credentials::keystore_program(&r.keystore)?)
    } else {
        None
    };
    let alias = r.alias.clone();
    let conn = connect_with_credentials(printer, &r.connection, false)?;
    let ep = conn.endpoint()?;
    let base = conn.url.url.clone();
    let rt = esconnect_cli::runtime()?;
    rt.block_on(async {
        let local = Local::new(ep);
        let current = local.settings().await?;
        let Some(body) = removal(&current, &alias) else {
            let known = rc::aliases(&current);
            return Err(CliError::usage(format!(
                "there is no remote cluster `{alias}` in the cluster settings"
            ))
            .with_remedy(if known.is_empty() {
                "this cluster has no remote clusters configured".to_string()
            } else {
                format!("known aliases: {}", known.join(", "))
            }));
        };
        let removed: Vec<String> = ["persistent", "transient"]
            .iter()
            .filter_map(|s| body.get(*s))
            .filter_map(Value::as_object)
            .flat_map(|m| m.keys().cloned())
            .collect();
        let req = Request::put("/_cluster/settings", body);
        if r.dry_run.dry_run {
            let mut note = String::from("Run without --dry-run to apply it.");
            if let Some(k) = &keystore {
                note.push_str(&format!(
                    " It would then run `{} remove {}` and reload the secure settings.",
                    k.display(),
                    rc::credentials_setting(&alias)
                ));
            }
            print_plan(printer, &base, &[req], &note)?;
            return Ok(0);
        }
        local
            .send(
                &req,
                &format!("removing remote `{alias}` (PUT /_cluster/settings)"),
                REMEDY_MANAGE,
            )
            .await?;
        let mut report = RemoveReport {
            alias: alias.clone(),
            removed,
            keystore: None,
        };
        if let Some(program) = &keystore {
            crate::credentials::keystore_remove(printer, program, &alias)?;
            report.keystore = Some("removed".into());
            crate::credentials::reload(printer, &local, Some(&alias), false).await?;
        }
        printer.data(&report, |_| {
            format!("remote `{alias}` removed: {}", report.removed.join(", "))
        })?;
        if keystore.is_none() {
            printer.status(&format!(
                "if this node's keystore holds {} (API key model), remove it on every node too: `es-remote remove {alias} --credentials --es-home DIR` or `elasticsearch-keystore remove {}`, then `es-remote reload`",
                rc::credentials_setting(&alias),
                rc::credentials_setting(&alias)
            ));
        }
        Ok(0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn want(values: &[(&str, Value)], mode: Mode) -> Desired {
        Desired {
            mode,
            values: values
                .iter()
                .map(|(k, v)| ((*k).to_string(), v.clone()))
                .collect(),
            addresses: vec![],
        }
    }

    #[test]
    fn unchanged_settings_give_no_change() {
        let current: BTreeMap<String, Value> = [
            ("mode".to_string(), json!("proxy")),
            ("proxy_address".to_string(), json!("h:9443")),
            ("skip_unavailable".to_string(), json!("true")),
        ]
        .into();
        let d = want(
            &[("mode", json!("proxy")), ("proxy_address", json!("h:9443"))],
            Mode::Proxy,
        );
        assert!(changes(&current, &d).is_empty());
    }

    #[test]
    fn switching_mode_nulls_the_other_modes_keys() {
        let current: BTreeMap<String, Value> = [
            ("mode".to_string(), json!("proxy")),
            ("proxy_address".to_string(), json!("h:9443")),
            ("server_name".to_string(), json!("h")),
            ("skip_unavailable".to_string(), json!("true")),
        ]
        .into();
        let d = want(
            &[("mode", json!("sniff")), ("seeds", json!(["a:9300"]))],
            Mode::Sniff,
        );
        let c = changes(&current, &d);
        assert_eq!(
            Value::Object(c.into_iter().collect()),
            json!({"mode": "sniff", "seeds": ["a:9300"], "proxy_address": null, "server_name": null})
        );
    }

    #[test]
    fn removal_nulls_exactly_the_aliases_keys_in_both_scopes() {
        let s: ClusterSettings = serde_json::from_value(json!({
            "persistent": {"cluster.remote.a.mode": "proxy", "cluster.remote.a.proxy_address": "h:1",
                           "cluster.remote.ab.mode": "sniff", "cluster.remote.initial_connect_timeout": "30s",
                           "cluster.routing.allocation.enable": "all"},
            "transient": {"cluster.remote.a.skip_unavailable": "true"}
        }))
        .unwrap();
        assert_eq!(
            removal(&s, "a").unwrap(),
            json!({"persistent": {"cluster.remote.a.mode": null, "cluster.remote.a.proxy_address": null},
                   "transient": {"cluster.remote.a.skip_unavailable": null}})
        );
        assert!(removal(&s, "zz").is_none());
    }
}
