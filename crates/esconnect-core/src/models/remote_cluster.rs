//! Remote clusters as the local cluster sees them: the `cluster.remote.<alias>.*` settings, `_remote/info`,
//! `_resolve/cluster`, and the causes behind the errors Elasticsearch reports for a remote connection.
//!
//! Sources: elastic-facts.md §2.2 (settings, ports), §2.6 (removal by `null`), §2.7 (the troubleshooting
//! page's error strings), §3.3 (`_remote/info`), §3.4 (`_cluster/settings`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::fmt;

/// The port of the remote cluster server (API key model).
pub const REMOTE_CLUSTER_SERVER_PORT: u16 = 9443;
/// The transport port (certificate model).
pub const TRANSPORT_PORT: u16 = 9300;
/// The keystore setting that holds the cross-cluster API key for `alias`.
pub fn credentials_setting(alias: &str) -> String {
    format!("cluster.remote.{alias}.credentials")
}

/// How the local cluster connects to a remote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Sniff,
    Proxy,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Sniff => "sniff",
            Mode::Proxy => "proxy",
        }
    }
    /// The settings that belong to this mode only (Elasticsearch rejects them under the other mode).
    pub fn own_settings(self) -> &'static [&'static str] {
        match self {
            Mode::Sniff => &["seeds", "node_connections"],
            Mode::Proxy => &["proxy_address", "server_name", "proxy_socket_connections"],
        }
    }
    pub fn other(self) -> Mode {
        match self {
            Mode::Sniff => Mode::Proxy,
            Mode::Proxy => Mode::Sniff,
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The settings of one scope (`persistent` or `transient`) in flat form, as
/// `GET /_cluster/settings?flat_settings=true` returns them.
pub type FlatSettings = BTreeMap<String, Value>;

/// `GET /_cluster/settings?flat_settings=true`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ClusterSettings {
    #[serde(default)]
    pub persistent: FlatSettings,
    #[serde(default)]
    pub transient: FlatSettings,
}

/// Settings of `cluster.remote` that are not per alias.
const GLOBAL_REMOTE_SETTINGS: &[&str] = &[
    "initial_connect_timeout",
    "connections_per_cluster",
    "node.attr",
    "connect",
];

/// `cluster.remote.<alias>.<setting>` split in two; `None` for other keys and for the global remote settings.
pub fn split_remote_key(key: &str) -> Option<(&str, &str)> {
    let rest = key.strip_prefix("cluster.remote.")?;
    if GLOBAL_REMOTE_SETTINGS
        .iter()
        .any(|g| rest == *g || rest.starts_with(&format!("{g}.")))
    {
        return None;
    }
    let (alias, setting) = rest.split_once('.')?;
    Some((alias, setting))
}

/// The remote-cluster settings of one alias in one scope: setting (after the alias) to value.
pub fn alias_settings(flat: &FlatSettings, alias: &str) -> BTreeMap<String, Value> {
    flat.iter()
        .filter_map(|(k, v)| match split_remote_key(k) {
            Some((a, s)) if a == alias => Some((s.to_string(), v.clone())),
            _ => None,
        })
        .collect()
}

/// Every alias that has a setting in either scope, sorted.
pub fn aliases(settings: &ClusterSettings) -> Vec<String> {
    let mut out: Vec<String> = settings
        .persistent
        .keys()
        .chain(settings.transient.keys())
        .filter_map(|k| split_remote_key(k).map(|(a, _)| a.to_string()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// A setting's value as text (Elasticsearch returns strings for every scalar setting; lists stay lists).
pub fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(value_text).collect::<Vec<_>>().join(","),
        other => other.to_string(),
    }
}

/// One entry of `GET /_remote/info` (both modes; unknown fields kept).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RemoteInfo {
    #[serde(default)]
    pub connected: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_name: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seeds: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_unavailable: Option<bool>,
    /// `::es_redacted::` when the keystore holds credentials for the alias (API key model).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_credentials: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl RemoteInfo {
    /// The API key model is in use when Elasticsearch reports credentials for the alias.
    pub fn uses_api_key(&self) -> bool {
        self.cluster_credentials.is_some()
    }
}

/// One entry of `GET /_resolve/cluster/<alias>:*` (8.13+).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ResolveClusterInfo {
    #[serde(default)]
    pub connected: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_unavailable: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matching_indices: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<Value>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Why a remote connection fails, from the error text Elasticsearch returns. The table is the
/// troubleshooting page's (elastic-facts.md §2.7): these are Elasticsearch's own documented messages, the
/// only information `_resolve/cluster` and the logs give, so matching their key phrases is the documented
/// way to diagnose them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RemoteCause {
    /// Wrong host or port, remote cluster server off, or a firewall.
    Unreachable,
    /// The connection was closed by the remote (network or restart).
    ClosedByRemote,
    /// The API key model aimed at the transport port (the issuer is the transport CA).
    WrongPortTransport,
    /// The local side does not trust the remote's certificate.
    UntrustedCertificate,
    /// The transport port asked for a client certificate the local side did not present.
    BadCertificate,
    /// An mTLS (certificate model) client against the remote cluster server port.
    MissingCredentialsOnHandshake,
    /// Anonymous access or the wrong channel profile: the certificate model against the remote cluster port.
    WrongChannelProfile,
    /// No `cluster.remote.<alias>.credentials` in the local keystore.
    MissingCredentials,
    /// A REST API key in the keystore instead of a cross-cluster key.
    RestKeyInsteadOfCrossCluster,
    /// The key is invalid, expired or invalidated.
    InvalidKey,
    /// The key's access or the local role's `remote_indices` are too narrow.
    Unauthorized,
    /// No local `remote_indices` for that alias.
    NoRemoteIndicesPrivileges,
}

impl RemoteCause {
    /// Stable code for reports.
    pub fn code(self) -> &'static str {
        match self {
            RemoteCause::Unreachable => "REMOTE_UNREACHABLE",
            RemoteCause::ClosedByRemote => "REMOTE_CLOSED",
            RemoteCause::WrongPortTransport => "WRONG_PORT_TRANSPORT",
            RemoteCause::UntrustedCertificate => "REMOTE_CA_NOT_TRUSTED",
            RemoteCause::BadCertificate => "BAD_CERTIFICATE",
            RemoteCause::MissingCredentialsOnHandshake => "CERTIFICATE_MODEL_ON_RCS_PORT",
            RemoteCause::WrongChannelProfile => "WRONG_CHANNEL_PROFILE",
            RemoteCause::MissingCredentials => "MISSING_CREDENTIALS",
            RemoteCause::RestKeyInsteadOfCrossCluster => "REST_KEY_NOT_CROSS_CLUSTER",
            RemoteCause::InvalidKey => "INVALID_KEY",
            RemoteCause::Unauthorized => "REMOTE_UNAUTHORIZED",
            RemoteCause::NoRemoteIndicesPrivileges => "NO_REMOTE_INDICES_PRIVILEGES",
        }
    }
    /// What the cause means, in one sentence.
    pub fn summary(self) -> &'static str {
        match self {
            RemoteCause::Unreachable => {
                "the local cluster cannot open a connection to the remote's address"
            }
            RemoteCause::ClosedByRemote => "the remote closed the connection",
            RemoteCause::WrongPortTransport => {
                "the address is the remote's transport port (9300), but the API key model connects to the remote cluster server port (9443)"
            }
            RemoteCause::UntrustedCertificate => {
                "the local cluster does not trust the certificate the remote presents"
            }
            RemoteCause::BadCertificate => {
                "the remote asked for a client certificate the local cluster did not present: this is a transport port"
            }
            RemoteCause::MissingCredentialsOnHandshake => {
                "the local cluster connects with the certificate model, but the address is the remote cluster server port"
            }
            RemoteCause::WrongChannelProfile => {
                "the remote refused the handshake: anonymous access, or the wrong port for the security model"
            }
            RemoteCause::MissingCredentials => {
                "the remote cluster server port needs a cross-cluster API key, and the local keystore has none for this alias"
            }
            RemoteCause::RestKeyInsteadOfCrossCluster => {
                "the key in the local keystore is a REST API key, not a cross-cluster API key"
            }
            RemoteCause::InvalidKey => {
                "the remote does not accept the key: it is wrong, expired or invalidated"
            }
            RemoteCause::Unauthorized => {
                "the key's access or the local role's remote_indices do not grant the action (the effective privileges are their intersection)"
            }
            RemoteCause::NoRemoteIndicesPrivileges => {
                "the local user's roles have no remote_indices for this remote"
            }
        }
    }
    /// What to do about it.
    pub fn remedy(self) -> &'static str {
        match self {
            RemoteCause::Unreachable => {
                "check the proxy address (host and port), that remote_cluster_server.enabled is true on the remote (API key model), and firewalls between the local cluster's nodes and the remote"
            }
            RemoteCause::ClosedByRemote => {
                "check the network between the clusters (TCP keepalives, idle timeouts of load balancers) and whether the remote restarted"
            }
            RemoteCause::WrongPortTransport => {
                "point the alias at the remote cluster server port: es-remote add ALIAS --proxy-address HOST:9443"
            }
            RemoteCause::UntrustedCertificate => {
                "add the remote's CA to xpack.security.remote_cluster_client.ssl.certificate_authorities on every local node (es-remote config client --ca-file CA) and restart"
            }
            RemoteCause::BadCertificate => {
                "with API keys use the remote cluster server port (9443); with certificates, both clusters must trust each other's transport CA"
            }
            RemoteCause::MissingCredentialsOnHandshake => {
                "with certificates, use the transport port (9300); or switch to API keys: put a cross-cluster key in the keystore (es-remote credentials ALIAS --key-file KEY)"
            }
            RemoteCause::WrongChannelProfile => {
                "use the port of your model: 9443 with a cross-cluster API key in the keystore, 9300 with certificates; disable anonymous access on the remote for this channel"
            }
            RemoteCause::MissingCredentials => {
                "create a cross-cluster key on the remote (es-role cross-cluster-key create) and add it on every local node: es-remote credentials ALIAS --key-file KEY"
            }
            RemoteCause::RestKeyInsteadOfCrossCluster => {
                "create a cross-cluster API key (es-role cross-cluster-key create) and replace the keystore entry: es-remote credentials ALIAS --key-file KEY"
            }
            RemoteCause::InvalidKey => {
                "create a new cross-cluster key on the remote and replace the keystore entry: es-remote credentials ALIAS --key-file KEY"
            }
            RemoteCause::Unauthorized => {
                "widen the key's access on the remote (es-role cross-cluster-key update) or the local role's remote_indices (es-role remote-role)"
            }
            RemoteCause::NoRemoteIndicesPrivileges => {
                "give the local user a role with remote_indices for this alias: es-role remote-role NAME --cluster ALIAS --for ccs --indices PATTERNS"
            }
        }
    }

    /// The cause behind an error text of Elasticsearch, if it is one the troubleshooting page lists.
    /// More specific phrases are tested first (the transport CA issuer before the generic trust failure).
    pub fn from_error(text: &str) -> Option<RemoteCause> {
        let t = text.to_ascii_lowercase();
        let has = |p: &str| t.contains(p);
        Some(
            if has("require transport header [_cross_cluster_access_credentials]") {
                RemoteCause::MissingCredentials
            } else if has("expected api key type of [cross_cluster]") {
                RemoteCause::RestKeyInsteadOfCrossCluster
            } else if has("unable to authenticate user") && has("remote_cluster/handshake")
                || has("invalid credentials for api key")
            {
                RemoteCause::InvalidKey
            } else if has(
                "missing authentication credentials for action [cluster:internal/remote_cluster/handshake]",
            ) {
                RemoteCause::MissingCredentialsOnHandshake
            } else if has("requires channel profile to be [_remote_cluster]")
                || has("is unauthorized for user [anonymous")
            {
                RemoteCause::WrongChannelProfile
            } else if has("no remote indices privileges apply for the target cluster") {
                RemoteCause::NoRemoteIndicesPrivileges
            } else if has("towards remote cluster is unauthorized") {
                RemoteCause::Unauthorized
            } else if has("bad_certificate")
                || has("empty client certificate chain")
                || has("certificate_required")
            {
                RemoteCause::BadCertificate
            } else if (has("failed to establish trust") || has("pkix path") || has("did not trust"))
                && has("elastic auto transport ca")
            {
                RemoteCause::WrongPortTransport
            } else if has("failed to establish trust")
                || has("pkix path building failed")
                || has("did not trust this server's certificate")
            {
                RemoteCause::UntrustedCertificate
            } else if has("closed by remote") {
                RemoteCause::ClosedByRemote
            } else if has("connect_exception")
                || has("connecttransportexception")
                || has("failed to open any proxy connections")
                || has("fetching nodes from external cluster")
                || has("unable to connect to remote cluster")
                || has("connection refused")
            {
                RemoteCause::Unreachable
            } else {
                return None;
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn remote_keys_split_on_the_alias() {
        assert_eq!(
            split_remote_key("cluster.remote.prod.proxy_address"),
            Some(("prod", "proxy_address"))
        );
        assert_eq!(
            split_remote_key("cluster.remote.prod.transport.compress"),
            Some(("prod", "transport.compress"))
        );
        assert_eq!(
            split_remote_key("cluster.remote.initial_connect_timeout"),
            None
        );
        assert_eq!(split_remote_key("cluster.remote.node.attr"), None);
        assert_eq!(split_remote_key("cluster.routing.allocation.enable"), None);
    }

    #[test]
    fn aliases_come_from_both_scopes() {
        let s: ClusterSettings = serde_json::from_value(json!({
            "persistent": {"cluster.remote.b.mode": "proxy", "cluster.remote.b.proxy_address": "h:9443",
                           "cluster.remote.initial_connect_timeout": "30s"},
            "transient": {"cluster.remote.a.seeds": ["h:9300"]}
        }))
        .unwrap();
        assert_eq!(aliases(&s), vec!["a", "b"]);
        let b = alias_settings(&s.persistent, "b");
        assert_eq!(b.len(), 2);
        assert_eq!(value_text(&s.transient["cluster.remote.a.seeds"]), "h:9300");
    }

    #[test]
    fn every_troubleshooting_phrase_has_its_cause() {
        // The phrases of elastic-facts.md §2.7, as Elasticsearch words them.
        let cases = [
            (
                "org.elasticsearch.transport.ConnectTransportException: [][127.0.0.1:9443] connect_exception",
                RemoteCause::Unreachable,
            ),
            (
                "failed to open any proxy connections to cluster [prod]",
                RemoteCause::Unreachable,
            ),
            (
                "transport connection to [x] closed by remote",
                RemoteCause::ClosedByRemote,
            ),
            (
                "failed to establish trust with server at [h]; the server provided a certificate with subject name [CN=x] and fingerprint [ab]; the certificate is issued by [CN=Elastic Auto Transport CA]",
                RemoteCause::WrongPortTransport,
            ),
            (
                "failed to establish trust with server at [h]; the certificate is issued by [CN=Other CA]",
                RemoteCause::UntrustedCertificate,
            ),
            (
                "Received fatal alert: bad_certificate",
                RemoteCause::BadCertificate,
            ),
            (
                "missing authentication credentials for action [cluster:internal/remote_cluster/handshake]",
                RemoteCause::MissingCredentialsOnHandshake,
            ),
            (
                "remote cluster handshake action requires channel profile to be [_remote_cluster], but got [default]",
                RemoteCause::WrongChannelProfile,
            ),
            (
                "Cross cluster requests through the dedicated remote cluster server port require transport header [_cross_cluster_access_credentials] but none found. Make sure you have configured remote cluster credentials in the cluster settings.",
                RemoteCause::MissingCredentials,
            ),
            (
                "authentication expected API key type of [cross_cluster], but API key [abc] has type [rest]",
                RemoteCause::RestKeyInsteadOfCrossCluster,
            ),
            (
                "unable to authenticate user [abc] for action [cluster:internal/remote_cluster/handshake]",
                RemoteCause::InvalidKey,
            ),
            (
                "action [indices:data/read/search] towards remote cluster is unauthorized for user [u] with assigned roles [r] authenticated by API key id [x] of user [y] on indices [i], this action is granted by the index privileges [read,all]",
                RemoteCause::Unauthorized,
            ),
            (
                "action [indices:data/read/search] towards remote cluster [prod] is unauthorized for user [u] with effective roles [] because no remote indices privileges apply for the target cluster",
                RemoteCause::NoRemoteIndicesPrivileges,
            ),
        ];
        for (text, cause) in cases {
            assert_eq!(RemoteCause::from_error(text), Some(cause), "{text}");
        }
        assert_eq!(RemoteCause::from_error("index_not_found_exception"), None);
    }

    #[test]
    fn remote_info_keeps_unknown_fields_and_tells_the_model() {
        let info: RemoteInfo = serde_json::from_value(json!({
            "connected": true, "mode": "proxy", "proxy_address": "h:9443", "server_name": "",
            "num_proxy_sockets_connected": 18, "max_proxy_socket_connections": 18,
            "initial_connect_timeout": "30s", "skip_unavailable": false,
            "cluster_credentials": "::es_redacted::"
        }))
        .unwrap();
        assert!(info.uses_api_key());
        assert_eq!(info.extra["num_proxy_sockets_connected"], 18);
        let back = serde_json::to_value(&info).unwrap();
        assert_eq!(back["max_proxy_socket_connections"], 18);
    }
}
