//! `GET|PUT /_cluster/settings` and `GET /_remote/info`.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::{Map, Value, json};

use super::errors::{EsError, EsResult};
use super::security::parse_time_value;
use super::version::Version;
use super::{EsInner, EsReq};

/// Settings values are strings (lists stay lists of strings), as Elasticsearch's `Settings` stores them.
pub(crate) fn normalize_value(v: &Value) -> Value {
    match v {
        Value::Null => Value::Null,
        Value::Bool(b) => Value::String(b.to_string()),
        Value::Number(n) => Value::String(n.to_string()),
        Value::String(s) => Value::String(s.clone()),
        Value::Array(a) => Value::Array(a.iter().map(normalize_value).collect()),
        Value::Object(_) => Value::String(v.to_string()),
    }
}

fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, Value)>) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, child) in m {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, child, out);
            }
        }
        Value::Object(_) => {}
        other => out.push((prefix.to_owned(), other.clone())),
    }
}

/// Flat `{"a.b.c": v}` to nested `{"a": {"b": {"c": v}}}`.
pub(crate) fn nest(flat: &BTreeMap<String, Value>) -> Value {
    let mut root = Map::new();
    for (k, v) in flat {
        let parts: Vec<&str> = k.split('.').collect();
        insert_nested(&mut root, &parts, v.clone());
    }
    Value::Object(root)
}

fn insert_nested(map: &mut Map<String, Value>, parts: &[&str], v: Value) {
    if parts.len() == 1 {
        map.insert(parts[0].to_owned(), v);
        return;
    }
    let entry = map
        .entry(parts[0].to_owned())
        .or_insert_with(|| Value::Object(Map::new()));
    match entry {
        Value::Object(child) => insert_nested(child, &parts[1..], v),
        _ => {
            // a leaf already sits here: keep the rest of the key flat one level up
            map.insert(parts.join("."), v);
        }
    }
}

fn render(flat: &BTreeMap<String, Value>, flat_settings: bool) -> Value {
    if flat_settings {
        Value::Object(flat.clone().into_iter().collect())
    } else {
        nest(flat)
    }
}

pub(crate) fn get(inner: &EsInner, req: &EsReq) -> Value {
    let flat = req.flag("flat_settings");
    let mut out = Map::new();
    out.insert("persistent".into(), render(&inner.persistent, flat));
    out.insert("transient".into(), render(&inner.transient, flat));
    if req.flag("include_defaults") {
        let mut defaults = BTreeMap::new();
        defaults.insert(
            "cluster.remote.initial_connect_timeout".to_owned(),
            json!("30s"),
        );
        defaults.insert(
            "cluster.remote.connections_per_cluster".to_owned(),
            json!("3"),
        );
        defaults.insert("cluster.name".to_owned(), json!(inner.name));
        out.insert("defaults".into(), render(&defaults, flat));
    }
    Value::Object(out)
}

const REMOTE_ALIAS_SETTINGS: &[&str] = &[
    "mode",
    "seeds",
    "proxy_address",
    "server_name",
    "proxy_socket_connections",
    "node_connections",
    "skip_unavailable",
    "transport.compress",
    "transport.compression_scheme",
    "transport.ping_schedule",
];

const REMOTE_GLOBAL_SETTINGS: &[&str] = &[
    "initial_connect_timeout",
    "connections_per_cluster",
    "node.attr",
    "connect",
];

fn split_remote(key: &str) -> Option<(String, String)> {
    let rest = key.strip_prefix("cluster.remote.")?;
    if REMOTE_GLOBAL_SETTINGS.contains(&rest) {
        return None;
    }
    let (alias, setting) = rest.split_once('.').unwrap_or((rest, ""));
    Some((alias.to_owned(), setting.to_owned()))
}

fn validate_value(scope: &str, key: &str, setting: &str, v: &Value) -> Result<(), EsError> {
    let s = match v {
        Value::String(s) => s.clone(),
        Value::Array(items) => {
            return if setting == "seeds" {
                for item in items {
                    if let Value::String(a) = item {
                        validate_address(a)?;
                    }
                }
                Ok(())
            } else {
                Err(EsError::illegal_argument(format!(
                    "{scope} setting [{key}], not a list setting"
                )))
            };
        }
        _ => return Ok(()),
    };
    match setting {
        "proxy_address" if !s.is_empty() => validate_address(&s)?,
        "seeds" => {
            for a in s.split(',').map(str::trim).filter(|a| !a.is_empty()) {
                validate_address(a)?;
            }
        }
        "mode" => {
            let up = s.to_ascii_uppercase();
            if up != "SNIFF" && up != "PROXY" {
                return Err(EsError::illegal_argument(format!(
                    "No enum constant org.elasticsearch.transport.RemoteConnectionStrategy.ConnectionStrategy.{up}"
                )));
            }
        }
        "skip_unavailable" if s != "true" && s != "false" => {
            return Err(EsError::illegal_argument(format!(
                "Failed to parse value [{s}] as only [true] or [false] are allowed."
            )));
        }
        "transport.compress" if !["true", "false", "indexing_data"].contains(&s.as_str()) => {
            return Err(EsError::illegal_argument(format!(
                "No enum constant org.elasticsearch.transport.Compression.Enabled.{}",
                s.to_ascii_uppercase()
            )));
        }
        "proxy_socket_connections" | "node_connections"
            if s.parse::<i64>().map_or(true, |n| n < 1) =>
        {
            return Err(EsError::illegal_argument(format!(
                "Failed to parse value [{s}] for setting [{key}] must be >= 1"
            )));
        }
        "transport.ping_schedule" if parse_time_value(&s).is_none() && s != "-1" => {
            return Err(EsError::illegal_argument(format!(
                "failed to parse setting [{key}] with value [{s}] as a time value: unit is missing or unrecognized"
            )));
        }
        _ => {}
    }
    Ok(())
}

/// `RemoteConnectionStrategy.parsePort`: a remote address needs `host:port` with a positive port.
/// Elasticsearch reports the validator's message (it may arrive wrapped in an `illegal value can't
/// update [...]` exception with this one as its cause; the simulator gives it directly).
fn validate_address(addr: &str) -> Result<(), EsError> {
    let Some((_, port)) = addr.rsplit_once(':').filter(|(_, p)| !p.is_empty()) else {
        return Err(EsError::illegal_argument(format!(
            "remote hosts need to be configured as [host:port], found [{addr}] instead"
        )));
    };
    match port.parse::<i64>() {
        Ok(p) if p > 0 => Ok(()),
        Ok(p) => Err(EsError::illegal_argument(format!(
            "port number must be > 0 but was: [{p}]"
        ))),
        Err(_) => Err(EsError::illegal_argument("failed to parse port")),
    }
}

/// Node-scope settings that exist but are not dynamic (set in `elasticsearch.yml`, need a restart).
fn is_static_node_setting(key: &str) -> bool {
    const EXACT: &[&str] = &[
        "remote_cluster_server.enabled",
        "remote_cluster.host",
        "remote_cluster.port",
        "remote_cluster.bind_host",
        "remote_cluster.publish_host",
        "transport.port",
        "http.port",
        "node.roles",
        // RemoteClusterSettings: NodeScope without Dynamic
        "cluster.remote.initial_connect_timeout",
        "cluster.remote.connections_per_cluster",
        "cluster.remote.node.attr",
        "cluster.remote.connect",
    ];
    const PREFIXES: &[&str] = &[
        "xpack.security.remote_cluster_server.ssl.",
        "xpack.security.remote_cluster_client.ssl.",
        "xpack.security.transport.ssl.",
        "xpack.security.http.ssl.",
    ];
    EXACT.contains(&key) || PREFIXES.iter().any(|p| key.starts_with(p))
}

/// Flat settings.
type Flat = BTreeMap<String, Value>;

/// Apply one section (`persistent` or `transient`) to a copy of the stored settings.
fn apply_section(
    scope: &str,
    current: &BTreeMap<String, Value>,
    section: &Value,
) -> Result<(Flat, Flat), EsError> {
    let Value::Object(_) = section else {
        return Err(EsError::illegal_argument(format!(
            "[{scope}] must be an object of settings"
        )));
    };
    let mut entries = Vec::new();
    flatten("", section, &mut entries);
    let mut next = current.clone();
    let mut applied = BTreeMap::new();
    let mut touched_aliases = Vec::new();
    for (key, value) in &entries {
        if is_static_node_setting(key) {
            return Err(EsError::illegal_argument(format!(
                "{scope} setting [{key}], not dynamically updateable"
            )));
        }
        if let Some((alias, setting)) = split_remote(key) {
            touched_aliases.push(alias.clone());
            let wildcard = setting == "*" || setting.is_empty();
            if !wildcard && !REMOTE_ALIAS_SETTINGS.contains(&setting.as_str()) {
                return Err(EsError::illegal_argument(format!(
                    "{scope} setting [{key}], not {}",
                    if setting == "credentials" {
                        "dynamically updateable"
                    } else {
                        "recognized"
                    }
                )));
            }
            if !value.is_null() {
                if wildcard {
                    return Err(EsError::illegal_argument(format!(
                        "{scope} setting [{key}], not recognized"
                    )));
                }
                validate_value(scope, key, &setting, &normalize_value(value))?;
            }
        }
        if value.is_null() {
            let prefix = key.strip_suffix(".*").unwrap_or(key);
            let sub = format!("{prefix}.");
            next.retain(|k, _| k != prefix && !k.starts_with(&sub));
            if key.ends_with('*') && !key.ends_with(".*") {
                let p = key.trim_end_matches('*');
                next.retain(|k, _| !k.starts_with(p));
            }
        } else {
            let v = normalize_value(value);
            next.insert(key.clone(), v.clone());
            applied.insert(key.clone(), v);
        }
    }
    // mode-specific settings must match the configured mode
    for alias in touched_aliases {
        let mode_key = format!("cluster.remote.{alias}.mode");
        let mode = next
            .get(&mode_key)
            .and_then(Value::as_str)
            .unwrap_or("sniff")
            .to_ascii_uppercase();
        for (setting, required) in [
            ("proxy_address", "PROXY"),
            ("server_name", "PROXY"),
            ("proxy_socket_connections", "PROXY"),
            ("seeds", "SNIFF"),
            ("node_connections", "SNIFF"),
        ] {
            let key = format!("cluster.remote.{alias}.{setting}");
            if next.contains_key(&key) && mode != required {
                return Err(EsError::illegal_argument(format!(
                    "Setting \"{key}\" cannot be used with the configured \"{mode_key}\" [required={required}, configured={mode}]"
                )));
            }
        }
    }
    Ok((next, applied))
}

pub(crate) fn put(inner: &mut EsInner, req: &EsReq) -> EsResult {
    let body = req.json_object(true)?.unwrap_or_default();
    for k in body.keys() {
        if k != "persistent" && k != "transient" {
            let (l, c) = req.field_pos(k);
            return Err(EsError::x_content(
                l,
                c,
                &format!("[cluster_update_settings_request] unknown field [{k}]"),
                None,
            ));
        }
    }
    let empty = json!({});
    let (persistent, p_applied) = apply_section(
        "persistent",
        &inner.persistent,
        body.get("persistent").unwrap_or(&empty),
    )?;
    let (transient, t_applied) = apply_section(
        "transient",
        &inner.transient,
        body.get("transient").unwrap_or(&empty),
    )?;
    let mut count = Vec::new();
    for section in ["persistent", "transient"] {
        if let Some(v) = body.get(section) {
            flatten("", v, &mut count);
        }
    }
    if count.is_empty() {
        return Err(EsError::validation(&["no settings to update".into()]));
    }
    inner.persistent = persistent;
    inner.transient = transient;
    let flat = req.flag("flat_settings");
    Ok((
        200,
        json!({
            "acknowledged": true,
            "persistent": render(&p_applied, flat),
            "transient": render(&t_applied, flat),
        }),
    ))
}

// ------------------------------------------------------------------------------------------------
// remote info

#[derive(Debug, Clone)]
struct RemoteCfg {
    alias: String,
    proxy: bool,
    seeds: Vec<String>,
    proxy_address: String,
    server_name: String,
    proxy_sockets: u64,
    node_connections: u64,
    skip_unavailable: bool,
    credentials: Option<String>,
}

/// What `_remote/info` and `_resolve/cluster` need, copied out of the state so the lock is not held
/// while connecting.
#[derive(Debug, Clone)]
pub(crate) struct RemoteSnapshot {
    remotes: Vec<RemoteCfg>,
    initial_connect_timeout: String,
    show_credentials: bool,
    net: Option<std::sync::Arc<crate::remote::ClusterNet>>,
}

fn as_list(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_owned))
            .filter(|s| !s.is_empty())
            .collect(),
        Some(Value::String(s)) => s
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    }
}

impl RemoteSnapshot {
    pub fn take(inner: &EsInner, net: Option<std::sync::Arc<crate::remote::ClusterNet>>) -> Self {
        let mut merged = inner.persistent.clone();
        merged.extend(inner.transient.clone());
        let aliases: std::collections::BTreeSet<String> = merged
            .keys()
            .filter_map(|k| split_remote(k).map(|(a, _)| a))
            .collect();
        let version: Version = inner.version;
        let get = |alias: &str, s: &str| merged.get(&format!("cluster.remote.{alias}.{s}"));
        let get_str =
            |alias: &str, s: &str| get(alias, s).and_then(Value::as_str).map(str::to_owned);
        let mut remotes = Vec::new();
        for alias in aliases {
            let proxy = get_str(&alias, "mode").is_some_and(|m| m.eq_ignore_ascii_case("proxy"));
            let seeds = as_list(get(&alias, "seeds"));
            let proxy_address = get_str(&alias, "proxy_address").unwrap_or_default();
            let enabled = if proxy {
                !proxy_address.is_empty()
            } else {
                !seeds.is_empty()
            };
            if !enabled {
                continue;
            }
            // node 0 answers HTTP requests, so its loaded secure settings are the ones in use; the
            // credentials setting exists from 8.10 (beta), its reload from 8.14
            let credentials = if version.at_least(8, 10) {
                inner.nodes[0]
                    .keystore_active
                    .get(&format!("cluster.remote.{alias}.credentials"))
                    .cloned()
            } else {
                None
            };
            remotes.push(RemoteCfg {
                proxy,
                seeds,
                proxy_address,
                server_name: get_str(&alias, "server_name").unwrap_or_default(),
                proxy_sockets: get_str(&alias, "proxy_socket_connections")
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(18),
                node_connections: get_str(&alias, "node_connections")
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(3),
                skip_unavailable: get_str(&alias, "skip_unavailable")
                    .map_or(version.major >= 9, |s| s == "true"),
                credentials,
                alias,
            });
        }
        Self {
            remotes,
            initial_connect_timeout: merged
                .get("cluster.remote.initial_connect_timeout")
                .and_then(Value::as_str)
                .unwrap_or("30s")
                .to_owned(),
            show_credentials: version.at_least(8, 10),
            net,
        }
    }

    /// The configured aliases.
    pub fn aliases(&self) -> Vec<String> {
        self.remotes.iter().map(|r| r.alias.clone()).collect()
    }

    /// `skip_unavailable` of an alias.
    pub fn skip_unavailable(&self, alias: &str) -> bool {
        self.remotes
            .iter()
            .find(|r| r.alias == alias)
            .is_some_and(|r| r.skip_unavailable)
    }

    /// Connect to the remotes whose aliases are in `only` (all when `None`), concurrently.
    pub async fn connect_all(
        &self,
        only: Option<&[String]>,
        explicit_timeout: Option<Duration>,
    ) -> Vec<(String, Result<crate::remote::Hello, String>)> {
        // Elasticsearch waits up to initial_connect_timeout (30s) when a node starts; an API call here
        // waits at most 3 s per address so that tests of unreachable remotes stay quick
        let timeout = explicit_timeout.unwrap_or_else(|| {
            Duration::from_millis(
                parse_time_value(&self.initial_connect_timeout)
                    .and_then(|ms| u64::try_from(ms).ok())
                    .unwrap_or(30_000)
                    .clamp(200, 3_000),
            )
        });
        let mut set = tokio::task::JoinSet::new();
        for (i, r) in self.remotes.iter().enumerate() {
            if only.is_some_and(|o| !o.contains(&r.alias)) {
                continue;
            }
            let target = crate::remote::Target {
                alias: r.alias.clone(),
                proxy: r.proxy,
                addresses: if r.proxy {
                    vec![r.proxy_address.clone()]
                } else {
                    r.seeds.clone()
                },
                server_name: r.server_name.clone(),
                credentials: r.credentials.clone(),
                explicit_timeout: explicit_timeout.is_some(),
            };
            let net = self.net.clone();
            set.spawn(async move {
                let res = match net {
                    Some(net) => crate::remote::connect(net, target, timeout).await,
                    None => Err("the simulator has no network state for this cluster".to_owned()),
                };
                (i, res)
            });
        }
        let mut results = Vec::new();
        while let Some(res) = set.join_next().await {
            if let Ok(r) = res {
                results.push(r);
            }
        }
        results.sort_by_key(|(i, _)| *i);
        results
            .into_iter()
            .map(|(i, r)| (self.remotes[i].alias.clone(), r))
            .collect()
    }
}

pub(crate) async fn remote_info(snapshot: RemoteSnapshot) -> Value {
    let results = snapshot.connect_all(None, None).await;
    let mut out = Map::new();
    for (r, (_, res)) in snapshot.remotes.iter().zip(results) {
        if let Err(e) = &res {
            tracing::info!("remote cluster [{}]: {e}", r.alias);
        }
        let ok = res.is_ok();
        let mut m = Map::new();
        m.insert("connected".into(), json!(ok));
        if r.proxy {
            m.insert("mode".into(), json!("proxy"));
            m.insert("proxy_address".into(), json!(r.proxy_address));
            m.insert("server_name".into(), json!(r.server_name));
            m.insert(
                "num_proxy_sockets_connected".into(),
                json!(if ok { r.proxy_sockets } else { 0 }),
            );
            m.insert(
                "max_proxy_socket_connections".into(),
                json!(r.proxy_sockets),
            );
        } else {
            let nodes = res.as_ref().map_or(0, |h| h.nodes.min(r.node_connections));
            m.insert("mode".into(), json!("sniff"));
            m.insert("seeds".into(), json!(r.seeds));
            m.insert("num_nodes_connected".into(), json!(nodes));
            m.insert(
                "max_connections_per_cluster".into(),
                json!(r.node_connections),
            );
        }
        m.insert(
            "initial_connect_timeout".into(),
            json!(snapshot.initial_connect_timeout),
        );
        m.insert("skip_unavailable".into(), json!(r.skip_unavailable));
        if r.credentials.is_some() && snapshot.show_credentials {
            m.insert("cluster_credentials".into(), json!("::es_redacted::"));
        }
        out.insert(r.alias.clone(), Value::Object(m));
    }
    Value::Object(out)
}

/// `GET /_resolve/cluster/<expression>` (8.13+) and `GET /_resolve/cluster` (8.18+: remotes only, no
/// `matching_indices`). `local` is `(version object, local indices)`.
pub(crate) async fn resolve_cluster(
    snapshot: RemoteSnapshot,
    local: (Value, Vec<String>),
    expression: Option<String>,
    timeout: Option<Duration>,
) -> EsResult {
    let aliases = snapshot.aliases();
    let mut local_patterns: Vec<String> = Vec::new();
    let mut remote_patterns: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut excluded: Vec<String> = Vec::new();
    match &expression {
        None => {
            for a in &aliases {
                remote_patterns.insert(a.clone(), Vec::new());
            }
        }
        Some(expr) => {
            for part in expr.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                if let Some(rest) = part.strip_prefix('-') {
                    if let Some((c, _)) = rest.split_once(':') {
                        excluded.push(c.to_owned());
                    }
                    continue;
                }
                match part.split_once(':') {
                    Some((cluster, index)) => {
                        let matched: Vec<&String> = aliases
                            .iter()
                            .filter(|a| crate::util::glob_match(cluster, a))
                            .collect();
                        if matched.is_empty() && !cluster.contains('*') {
                            return Err(EsError::new(
                                404,
                                "no_such_remote_cluster_exception",
                                format!("no such remote cluster: [{cluster}]"),
                            ));
                        }
                        for a in matched {
                            remote_patterns
                                .entry(a.clone())
                                .or_default()
                                .push(index.to_owned());
                        }
                    }
                    None => local_patterns.push(part.to_owned()),
                }
            }
        }
    }
    remote_patterns.retain(|a, _| !excluded.iter().any(|e| crate::util::glob_match(e, a)));
    let only: Vec<String> = remote_patterns.keys().cloned().collect();
    let results = snapshot.connect_all(Some(&only), timeout).await;
    let matches = |patterns: &[String], indices: &[String]| {
        patterns
            .iter()
            .any(|p| indices.iter().any(|i| crate::util::glob_match(p, i)))
    };
    let mut out = Map::new();
    if !local_patterns.is_empty() {
        let (version, indices) = &local;
        let mut m = Map::new();
        m.insert("connected".into(), json!(true));
        m.insert("skip_unavailable".into(), json!(false));
        let missing = local_patterns
            .iter()
            .find(|p| !p.contains('*') && !indices.contains(p));
        if let Some(name) = missing {
            m.insert("error".into(), json!(format!("no such index [{name}]")));
        } else {
            m.insert(
                "matching_indices".into(),
                json!(matches(&local_patterns, indices)),
            );
            m.insert("version".into(), version.clone());
        }
        out.insert("(local)".into(), Value::Object(m));
    }
    for (alias, res) in results {
        let mut m = Map::new();
        m.insert("connected".into(), json!(res.is_ok()));
        m.insert(
            "skip_unavailable".into(),
            json!(snapshot.skip_unavailable(&alias)),
        );
        match res {
            Ok(hello) => {
                if expression.is_some() {
                    let patterns = remote_patterns.get(&alias).cloned().unwrap_or_default();
                    m.insert(
                        "matching_indices".into(),
                        json!(matches(&patterns, &hello.indices)),
                    );
                }
                m.insert("version".into(), hello.version);
            }
            Err(e) => {
                m.insert("error".into(), json!(e));
            }
        }
        out.insert(alias, Value::Object(m));
    }
    Ok((200, Value::Object(out)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_and_flat() {
        let mut flat = BTreeMap::new();
        flat.insert("cluster.remote.a.mode".to_owned(), json!("proxy"));
        flat.insert("cluster.remote.a.proxy_address".to_owned(), json!("x:1"));
        assert_eq!(
            nest(&flat),
            json!({"cluster": {"remote": {"a": {"mode": "proxy", "proxy_address": "x:1"}}}})
        );
    }

    #[test]
    fn null_object_removes_subtree() {
        let mut cur = BTreeMap::new();
        cur.insert("cluster.remote.a.mode".to_owned(), json!("proxy"));
        cur.insert("cluster.remote.a.proxy_address".to_owned(), json!("x:1"));
        cur.insert("cluster.remote.b.seeds".to_owned(), json!(["y:1"]));
        let (next, _) = apply_section(
            "persistent",
            &cur,
            &json!({"cluster": {"remote": {"a": null}}}),
        )
        .unwrap();
        assert_eq!(next.len(), 1);
        let (next, _) =
            apply_section("persistent", &cur, &json!({"cluster.remote.a.*": null})).unwrap();
        assert_eq!(next.len(), 1);
    }

    #[test]
    fn mode_mismatch_is_rejected() {
        let e = apply_section(
            "persistent",
            &BTreeMap::new(),
            &json!({"cluster.remote.a.proxy_address": "x:1"}),
        )
        .unwrap_err();
        assert!(
            e.body["error"]["reason"]
                .as_str()
                .unwrap()
                .contains("[required=PROXY, configured=SNIFF]")
        );
    }
}
