//! Privileges: names, the hierarchy between them, index name patterns and effective permissions.
//!
//! See the table in the crate documentation. Implication is the reflexive-transitive closure of the
//! `CLUSTER_EDGES` / `INDEX_EDGES` lists below, plus `all` implying everything of its kind. A grant that is
//! an action pattern (`cluster:monitor/*`, `indices:data/read/*`) implies an action it matches, and a
//! named privilege whose representative action patterns it covers.

use std::collections::BTreeSet;

use serde_json::Value;

pub(crate) use crate::util::glob_match;

/// Cluster privilege names the simulator knows (unknown names are rejected like Elasticsearch does).
pub(crate) const CLUSTER_PRIVILEGES: &[&str] = &[
    "all",
    "cancel_task",
    "create_snapshot",
    "cross_cluster_replication",
    "cross_cluster_search",
    "delegate_pki",
    "grant_api_key",
    "manage",
    "manage_api_key",
    "manage_autoscaling",
    "manage_behavioral_analytics",
    "manage_ccr",
    "manage_connector",
    "manage_data_frame_transforms",
    "manage_data_stream_global_retention",
    "manage_enrich",
    "manage_esql",
    "manage_ilm",
    "manage_index_templates",
    "manage_inference",
    "manage_ingest_pipelines",
    "manage_logstash_pipelines",
    "manage_ml",
    "manage_oidc",
    "manage_own_api_key",
    "manage_pipeline",
    "manage_rollup",
    "manage_saml",
    "manage_search_application",
    "manage_search_query_rules",
    "manage_search_synonyms",
    "manage_security",
    "manage_service_account",
    "manage_slm",
    "manage_token",
    "manage_transform",
    "manage_user_profile",
    "manage_watcher",
    "monitor",
    "monitor_connector",
    "monitor_data_frame_transforms",
    "monitor_data_stream_global_retention",
    "monitor_enrich",
    "monitor_esql",
    "monitor_inference",
    "monitor_ml",
    "monitor_rollup",
    "monitor_snapshot",
    "monitor_stats",
    "monitor_text_structure",
    "monitor_transform",
    "monitor_watcher",
    "none",
    "post_behavioral_analytics_event",
    "read_ccr",
    "read_connector_secrets",
    "read_fleet_secrets",
    "read_ilm",
    "read_pipeline",
    "read_security",
    "read_slm",
    "transport_client",
    "write_connector_secrets",
    "write_fleet_secrets",
];

/// Index privilege names the simulator knows.
pub(crate) const INDEX_PRIVILEGES: &[&str] = &[
    "all",
    "auto_configure",
    "create",
    "create_doc",
    "create_index",
    "cross_cluster_replication",
    "cross_cluster_replication_internal",
    "delete",
    "delete_index",
    "index",
    "maintenance",
    "manage",
    "manage_data_stream_lifecycle",
    "manage_failure_store",
    "manage_follow_index",
    "manage_ilm",
    "manage_leader_index",
    "monitor",
    "none",
    "read",
    "read_cross_cluster",
    "read_failure_store",
    "view_index_metadata",
    "write",
];

/// Privileges allowed in a role's `remote_cluster` section (8.15+; `monitor_stats` 8.17+).
pub(crate) const REMOTE_CLUSTER_PRIVILEGES: &[&str] = &["monitor_enrich", "monitor_stats"];

/// Direct implications between cluster privileges (`a` ⊇ each of `b`).
const CLUSTER_EDGES: &[(&str, &[&str])] = &[
    (
        "manage",
        &[
            "monitor",
            "manage_ilm",
            "manage_slm",
            "manage_index_templates",
            "manage_ingest_pipelines",
            "manage_pipeline",
            "manage_enrich",
            "manage_ml",
            "manage_transform",
            "manage_data_frame_transforms",
            "manage_rollup",
            "manage_watcher",
            "manage_ccr",
            "manage_autoscaling",
            "manage_data_stream_global_retention",
            "create_snapshot",
            "cancel_task",
            "transport_client",
        ],
    ),
    (
        "monitor",
        &[
            "monitor_ml",
            "monitor_transform",
            "monitor_data_frame_transforms",
            "monitor_watcher",
            "monitor_rollup",
            "monitor_enrich",
            "monitor_snapshot",
            "monitor_text_structure",
            "monitor_inference",
            "monitor_stats",
            "monitor_data_stream_global_retention",
        ],
    ),
    (
        "manage_security",
        &[
            "manage_api_key",
            "read_security",
            "manage_token",
            "manage_saml",
            "manage_oidc",
            "manage_service_account",
            "manage_user_profile",
            "grant_api_key",
            "delegate_pki",
        ],
    ),
    ("manage_api_key", &["manage_own_api_key"]),
    ("manage_ilm", &["read_ilm"]),
    ("manage_slm", &["read_slm"]),
    ("manage_ccr", &["read_ccr"]),
    ("manage_ingest_pipelines", &["read_pipeline"]),
    ("manage_pipeline", &["read_pipeline"]),
    ("manage_ml", &["monitor_ml"]),
    ("manage_transform", &["monitor_transform"]),
    (
        "manage_data_frame_transforms",
        &["monitor_data_frame_transforms"],
    ),
    ("manage_watcher", &["monitor_watcher"]),
    ("manage_rollup", &["monitor_rollup"]),
    ("manage_enrich", &["monitor_enrich"]),
    ("manage_inference", &["monitor_inference"]),
    ("manage_connector", &["monitor_connector"]),
    ("manage_esql", &["monitor_esql"]),
    (
        "manage_data_stream_global_retention",
        &["monitor_data_stream_global_retention"],
    ),
];

/// Direct implications between index privileges.
const INDEX_EDGES: &[(&str, &[&str])] = &[
    (
        "manage",
        &[
            "monitor",
            "view_index_metadata",
            "create_index",
            "delete_index",
            "manage_ilm",
            "manage_data_stream_lifecycle",
            "manage_follow_index",
            "manage_leader_index",
            "maintenance",
            "auto_configure",
        ],
    ),
    ("read", &["read_cross_cluster"]),
    ("write", &["index", "create", "create_doc", "delete"]),
    ("index", &["create", "create_doc"]),
    ("create", &["create_doc"]),
    (
        "cross_cluster_replication",
        &["cross_cluster_replication_internal"],
    ),
    ("manage_follow_index", &["create_index"]),
];

/// Representative action patterns of named privileges (for action-name checks).
fn cluster_actions(p: &str) -> &'static [&'static str] {
    match p {
        "all" => &["cluster:*", "indices:admin/template/*"],
        "monitor" => &["cluster:monitor/*"],
        "manage" => &[
            "cluster:monitor/*",
            "cluster:admin/settings/*",
            "cluster:admin/nodes/*",
            "cluster:admin/ilm/*",
            "cluster:admin/slm/*",
        ],
        "manage_security" => &["cluster:admin/xpack/security/*"],
        "read_security" => &[
            "cluster:admin/xpack/security/*/get",
            "cluster:admin/xpack/security/*/get/*",
            "cluster:admin/xpack/security/*/query",
        ],
        "manage_api_key" | "manage_own_api_key" => &["cluster:admin/xpack/security/api_key/*"],
        "read_ilm" => &[
            "cluster:admin/ilm/get",
            "cluster:admin/ilm/operation_mode/get",
        ],
        "manage_ilm" => &["cluster:admin/ilm/*"],
        "read_slm" => &["cluster:admin/slm/get", "cluster:admin/slm/status"],
        "manage_slm" => &["cluster:admin/slm/*"],
        "cross_cluster_search" => &["cluster:internal/remote_cluster/handshake"],
        "cross_cluster_replication" => &["cluster:monitor/xpack/ccr/*"],
        _ => &[],
    }
}

fn index_actions(p: &str) -> &'static [&'static str] {
    match p {
        "all" => &["indices:*"],
        "read" => &["indices:data/read/*"],
        "read_cross_cluster" => &["internal:transport/proxy/indices:data/read/*"],
        "write" => &["indices:data/write/*"],
        "index" => &["indices:data/write/index*", "indices:data/write/update*"],
        "create" | "create_doc" => &["indices:data/write/index*"],
        "delete" => &["indices:data/write/delete*"],
        "monitor" => &["indices:monitor/*"],
        "view_index_metadata" => &[
            "indices:admin/get",
            "indices:admin/mappings/get",
            "indices:admin/aliases/get",
        ],
        "manage" => &["indices:monitor/*", "indices:admin/*"],
        "create_index" => &["indices:admin/create"],
        "delete_index" => &["indices:admin/delete"],
        _ => &[],
    }
}

fn closure(edges: &[(&str, &'static [&'static str])], p: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack = vec![p.to_owned()];
    while let Some(x) = stack.pop() {
        if !seen.insert(x.clone()) {
            continue;
        }
        for (a, bs) in edges {
            if *a == x {
                stack.extend(bs.iter().map(|b| (*b).to_owned()));
            }
        }
    }
    seen
}

fn is_action_pattern(p: &str) -> bool {
    p.contains(':') || p.contains('/')
}

fn implies(
    granted: &str,
    requested: &str,
    edges: &[(&str, &'static [&'static str])],
    actions: fn(&str) -> &'static [&'static str],
) -> bool {
    if granted == "all" || granted == requested {
        return true;
    }
    match (is_action_pattern(granted), is_action_pattern(requested)) {
        // a named privilege against a named privilege: the hierarchy
        (false, false) => closure(edges, granted).contains(requested),
        // an action name requested: does a privilege in the closure of `granted` cover it?
        (false, true) => closure(edges, granted)
            .iter()
            .any(|g| actions(g).iter().any(|pat| glob_match(pat, requested))),
        // an action pattern granted: does it match the action, or cover the privilege's actions?
        (true, true) => glob_match(granted, requested) || pattern_covers(granted, requested),
        (true, false) => {
            let acts = actions(requested);
            !acts.is_empty() && acts.iter().all(|a| pattern_covers(granted, a))
        }
    }
}

/// Whether cluster privilege `granted` implies `requested` (a name or an action).
pub(crate) fn cluster_implies(granted: &str, requested: &str) -> bool {
    implies(granted, requested, CLUSTER_EDGES, cluster_actions)
}

/// Whether index privilege `granted` implies `requested` (a name or an action).
pub(crate) fn index_implies(granted: &str, requested: &str) -> bool {
    implies(granted, requested, INDEX_EDGES, index_actions)
}

/// The named cluster privileges that grant `required`, least powerful first (for 403 messages, like
/// `ClusterPrivilegeResolver.findPrivilegesThatGrant`: `[monitor,manage,all]`).
pub(crate) fn cluster_privileges_granting(required: &str) -> Vec<&'static str> {
    let mut found: Vec<(usize, &'static str)> = CLUSTER_PRIVILEGES
        .iter()
        .filter(|p| **p != "none" && cluster_implies(p, required))
        .map(|p| {
            let size = if *p == "all" {
                usize::MAX
            } else {
                closure(CLUSTER_EDGES, p).len()
            };
            (size, *p)
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, p)| p).collect()
}

/// Whether `name` is a known cluster privilege name or an action pattern.
pub(crate) fn valid_cluster_privilege(name: &str) -> bool {
    CLUSTER_PRIVILEGES.contains(&name)
        || name.starts_with("cluster:")
        || name.starts_with("indices:admin/template")
}

/// Whether `name` is a known index privilege name or an action pattern.
pub(crate) fn valid_index_privilege(name: &str) -> bool {
    INDEX_PRIVILEGES.contains(&name)
        || name.starts_with("indices:")
        || name.starts_with("internal:")
}

fn has_wildcard(p: &str) -> bool {
    p.contains('*') || p.contains('?')
}

/// The literal part of a pattern before its first wildcard.
fn literal_prefix(p: &str) -> &str {
    match p.find(['*', '?']) {
        Some(i) => &p[..i],
        None => p,
    }
}

/// Whether every name `requested` matches is also matched by `grant` (sound for the simple cases: `*`,
/// equal patterns, a concrete name, a trailing-`*` grant whose prefix covers the request's prefix; other
/// shapes answer `false`).
pub(crate) fn pattern_covers(grant: &str, requested: &str) -> bool {
    if grant == "*" || grant == requested {
        return true;
    }
    if !has_wildcard(requested) {
        return glob_match(grant, requested);
    }
    if let Some(prefix) = grant.strip_suffix('*')
        && !has_wildcard(prefix)
    {
        return literal_prefix(requested).starts_with(prefix);
    }
    false
}

/// Name prefixes of restricted (system) indices.
pub(crate) const RESTRICTED_PREFIXES: &[&str] = &[".security", ".async-search", ".fleet-"];

pub(crate) fn is_restricted(name: &str) -> bool {
    RESTRICTED_PREFIXES.iter().any(|p| name.starts_with(p))
}

/// Whether a pattern can match some restricted index name.
fn may_match_restricted(p: &str) -> bool {
    if !has_wildcard(p) {
        return is_restricted(p);
    }
    let pre = literal_prefix(p);
    RESTRICTED_PREFIXES
        .iter()
        .any(|r| r.starts_with(pre) || pre.starts_with(r))
}

/// Whether a pattern matches only restricted names.
fn only_restricted(p: &str) -> bool {
    let pre = literal_prefix(p);
    RESTRICTED_PREFIXES.iter().any(|r| pre.starts_with(r))
}

/// One index grant of a role descriptor.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct IndexGrant {
    pub names: Vec<String>,
    pub privileges: Vec<String>,
    pub allow_restricted: bool,
}

/// One application grant of a role descriptor.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct AppGrant {
    pub application: String,
    pub privileges: Vec<String>,
    pub resources: Vec<String>,
}

/// What one role descriptor grants (the parts the simulator authorizes on).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Grants {
    pub cluster: Vec<String>,
    pub indices: Vec<IndexGrant>,
    pub applications: Vec<AppGrant>,
}

fn strings(v: &Value) -> Vec<String> {
    match v {
        Value::Array(a) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_owned))
            .collect(),
        Value::String(s) => vec![s.clone()],
        _ => Vec::new(),
    }
}

impl Grants {
    /// From a (normalized) role descriptor.
    pub fn from_descriptor(d: &Value) -> Self {
        let cluster = strings(&d["cluster"]);
        let indices = d["indices"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|i| IndexGrant {
                        names: strings(&i["names"]),
                        privileges: strings(&i["privileges"]),
                        allow_restricted: i["allow_restricted_indices"].as_bool().unwrap_or(false),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let applications = d["applications"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|i| AppGrant {
                        application: i["application"].as_str().unwrap_or_default().to_owned(),
                        privileges: strings(&i["privileges"]),
                        resources: strings(&i["resources"]),
                    })
                    .collect()
            })
            .unwrap_or_default();
        Self {
            cluster,
            indices,
            applications,
        }
    }

    fn has_cluster(&self, requested: &str) -> bool {
        self.cluster.iter().any(|g| cluster_implies(g, requested))
    }

    fn index_grant_covers(g: &IndexGrant, name: &str, allow_restricted_req: bool) -> bool {
        g.names.iter().any(|gn| {
            if !has_wildcard(name) {
                if is_restricted(name) {
                    g.allow_restricted && glob_match(gn, name)
                } else {
                    glob_match(gn, name)
                }
            } else if allow_restricted_req && may_match_restricted(name) {
                g.allow_restricted && pattern_covers(gn, name)
            } else {
                pattern_covers(gn, name)
            }
        })
    }

    fn has_index(&self, name: &str, allow_restricted_req: bool, privilege: &str) -> bool {
        self.indices.iter().any(|g| {
            Self::index_grant_covers(g, name, allow_restricted_req)
                && g.privileges.iter().any(|p| index_implies(p, privilege))
        })
    }

    fn has_application(&self, app: &str, resource: &str, privilege: &str) -> bool {
        self.applications.iter().any(|g| {
            glob_match(&g.application, app)
                && g.resources.iter().any(|r| glob_match(r, resource))
                && g.privileges.iter().any(|p| p == "*" || p == privilege)
        })
    }
}

/// Effective permissions: the intersection of layers, each layer the union of its descriptors. A user has
/// one layer (its roles); an API key has its own descriptors (when it has any) plus its owner's.
#[derive(Debug, Clone, Default)]
pub(crate) struct Permission {
    pub layers: Vec<Vec<Grants>>,
}

impl Permission {
    pub fn has_cluster(&self, requested: &str) -> bool {
        !self.layers.is_empty()
            && self
                .layers
                .iter()
                .all(|l| l.iter().any(|g| g.has_cluster(requested)))
    }

    pub fn has_index(&self, name: &str, allow_restricted_req: bool, privilege: &str) -> bool {
        // A pattern that only covers restricted indices, asked without `allow_restricted_indices`,
        // selects nothing once restricted names are removed: Elasticsearch reports it as granted.
        if has_wildcard(name) && !allow_restricted_req && only_restricted(name) {
            return true;
        }
        !self.layers.is_empty()
            && self.layers.iter().all(|l| {
                l.iter()
                    .any(|g| g.has_index(name, allow_restricted_req, privilege))
            })
    }

    pub fn has_application(&self, app: &str, resource: &str, privilege: &str) -> bool {
        !self.layers.is_empty()
            && self.layers.iter().all(|l| {
                l.iter()
                    .any(|g| g.has_application(app, resource, privilege))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchy() {
        assert!(cluster_implies("manage", "monitor"));
        assert!(cluster_implies("manage", "read_ilm"));
        assert!(!cluster_implies("manage", "manage_security"));
        assert!(cluster_implies("manage_security", "manage_own_api_key"));
        assert!(cluster_implies("manage_security", "read_security"));
        assert!(!cluster_implies("manage_api_key", "read_security"));
        assert!(cluster_implies("all", "manage_security"));
        assert!(!cluster_implies("monitor", "manage"));
        assert!(cluster_implies("monitor", "cluster:monitor/main"));
        assert!(cluster_implies("cluster:monitor/*", "monitor"));
        assert!(index_implies("all", "read"));
        assert!(index_implies("manage", "view_index_metadata"));
        assert!(index_implies("read", "read_cross_cluster"));
        assert!(!index_implies("read", "write"));
    }

    #[test]
    fn granting_lists_match_elasticsearch_order() {
        assert_eq!(
            cluster_privileges_granting("monitor"),
            ["monitor", "manage", "all"]
        );
        assert_eq!(
            cluster_privileges_granting("manage_security"),
            ["manage_security", "all"]
        );
        assert_eq!(
            cluster_privileges_granting("manage_own_api_key"),
            [
                "manage_own_api_key",
                "manage_api_key",
                "manage_security",
                "all"
            ]
        );
    }

    #[test]
    fn patterns() {
        assert!(glob_match("logs-*", "logs-a"));
        assert!(glob_match("l?gs", "logs"));
        assert!(!glob_match("logs-*", "metrics"));
        assert!(pattern_covers("*", "anything*"));
        assert!(pattern_covers("logs-*", "logs-2024*"));
        assert!(!pattern_covers("logs-2024*", "logs-*"));
        assert!(pattern_covers("logs-*", "logs-x"));
        assert!(!pattern_covers("logs", "logs*"));
    }
}
