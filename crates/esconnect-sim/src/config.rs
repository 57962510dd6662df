//! The configuration file of `esconnect-sim serve --config FILE.json` and its conversion into a
//! [`SimBuilder`].
//!
//! The file describes the simulator (instead of `serve --clusters/--version/--license`):
//! ```json
//! {
//!   "plain_http": false, "cloud": true, "cloud_api_key": "k", "autoops_token": "t",
//!   "clusters": [{
//!     "name": "prod", "version": "8.17.0", "count": 1, "uuid": null, "nodes": 3,
//!     "license": {"type": "enterprise", "status": "active", "expiry_millis": null},
//!     "users": [{"username": "bob", "password": "secret1", "roles": ["autoops"]}],
//!     "roles": {"autoops": {"cluster": ["monitor"]}},
//!     "api_keys": [{"id": "k1", "api_key": "s1", "owner": "elastic", "role_descriptors": {}}],
//!     "keystore": {"cluster.remote.a.credentials": "..."},
//!     "persistent_settings": {"cluster.metadata.display_name": "Prod"},
//!     "ca": "Remote HTTP CA", "server_names": ["localhost", "127.0.0.1"],
//!     "transport_ca": "Elastic Auto Transport CA", "transport_trusted_cas": ["Elastic Auto Transport CA"],
//!     "remote_cluster_client_cas": ["sim"], "remote_cluster_client_ca_files": ["/tmp/other/ca.crt"],
//!     "transport_trusted_ca_files": [], "remote_cluster_server": true, "transport_port": true,
//!     "transport_client_authentication": "required",
//!     "keystore_path": "/tmp/es/elasticsearch.keystore", "node_keystore_paths": [null, "/tmp/n1.keystore"],
//!     "keystore_password": null, "node_names": ["es-0", "es-1"], "indices": ["logs-1"]
//!   }]
//! }
//! ```
//! `count` > 1 makes `<name>-0000`, `<name>-0001`, ... CA names are those of [`ClusterSpec::ca`]
//! (`"sim"` = the simulator's own CA).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde::Deserialize;
use serde_json::Value;

use crate::{ClientAuth, ClusterSpec, Sim, SimBuilder};

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub plain_http: bool,
    #[serde(default = "yes")]
    pub cloud: bool,
    pub cloud_api_key: Option<String>,
    pub autoops_token: Option<String>,
    pub clusters: Vec<ClusterConfig>,
}

fn yes() -> bool {
    true
}

/// One entry of `clusters` (with `count` > 1: that many clusters `<name>-0000`, ...).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClusterConfig {
    pub name: String,
    pub version: String,
    #[serde(default = "one")]
    pub count: usize,
    pub uuid: Option<String>,
    pub nodes: Option<usize>,
    pub license: Option<LicenseConfig>,
    #[serde(default)]
    pub users: Vec<UserConfig>,
    #[serde(default)]
    pub roles: BTreeMap<String, Value>,
    #[serde(default)]
    pub api_keys: Vec<ApiKeyConfig>,
    #[serde(default)]
    pub keystore: BTreeMap<String, String>,
    #[serde(default)]
    pub persistent_settings: BTreeMap<String, Value>,
    /// Named CA of the HTTP and remote cluster server certificates ("sim" = the simulator's CA).
    pub ca: Option<String>,
    pub server_names: Option<Vec<String>>,
    pub transport_ca: Option<String>,
    pub remote_cluster_client_cas: Option<Vec<String>>,
    pub transport_trusted_cas: Option<Vec<String>>,
    /// PEM files of CAs to trust as a remote cluster client (e.g. another process's ca.crt).
    #[serde(default)]
    pub remote_cluster_client_ca_files: Vec<PathBuf>,
    /// PEM files of CAs the transport layer trusts.
    #[serde(default)]
    pub transport_trusted_ca_files: Vec<PathBuf>,
    /// `required` (default), `optional` or `none`.
    pub transport_client_authentication: Option<String>,
    #[serde(default)]
    pub remote_cluster_server: bool,
    #[serde(default)]
    pub transport_port: bool,
    /// Keystore file of every node.
    pub keystore_path: Option<PathBuf>,
    /// Keystore file per node (index = node), `null` for "use keystore_path / in memory".
    #[serde(default)]
    pub node_keystore_paths: Vec<Option<PathBuf>>,
    pub keystore_password: Option<String>,
    #[serde(default)]
    pub node_names: Vec<String>,
    #[serde(default)]
    pub indices: Vec<String>,
}

fn one() -> usize {
    1
}

/// A cluster's licence.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LicenseConfig {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default = "active")]
    pub status: String,
    pub expiry_millis: Option<i64>,
}

fn active() -> String {
    "active".into()
}

/// A native user.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserConfig {
    pub username: String,
    pub password: String,
    #[serde(default)]
    pub roles: Vec<String>,
}

/// A REST API key that exists from the start.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiKeyConfig {
    pub id: String,
    pub api_key: String,
    pub owner: String,
    #[serde(default)]
    pub role_descriptors: Value,
}

impl Config {
    /// Read and parse a configuration file.
    pub fn read(path: &Path) -> anyhow::Result<Self> {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))
    }

    /// A builder with the file's credentials and clusters, `cloud` and `plain_http` (each may be
    /// changed afterwards).
    pub fn builder(&self) -> anyhow::Result<SimBuilder> {
        let mut builder = Sim::builder().cloud(self.cloud).plain_http(self.plain_http);
        if let Some(k) = &self.cloud_api_key {
            builder = builder.cloud_api_key(k);
        }
        if let Some(t) = &self.autoops_token {
            builder = builder.autoops_token(t);
        }
        for c in &self.clusters {
            let spec = c.spec()?;
            builder = if c.count > 1 {
                builder.clusters_from(spec, c.count)
            } else {
                builder.cluster(spec)
            };
        }
        Ok(builder)
    }
}

impl ClusterConfig {
    /// The cluster as a [`ClusterSpec`] (reads the CA files it names).
    pub fn spec(&self) -> anyhow::Result<ClusterSpec> {
        let mut s = ClusterSpec::new(&self.name, &self.version);
        if let Some(u) = &self.uuid {
            s = s.uuid(u);
        }
        if let Some(n) = self.nodes {
            s = s.nodes(n);
        }
        if let Some(l) = &self.license {
            s = s.license(&l.kind, &l.status);
            if let Some(e) = l.expiry_millis {
                s = s.license_expiry_millis(e);
            }
        }
        for u in &self.users {
            let roles: Vec<&str> = u.roles.iter().map(String::as_str).collect();
            s = s.user(&u.username, &u.password, &roles);
        }
        for (name, d) in &self.roles {
            s = s.role(name, d.clone());
        }
        for k in &self.api_keys {
            s = s.api_key(&k.id, &k.api_key, &k.owner, k.role_descriptors.clone());
        }
        for (k, v) in &self.keystore {
            s = s.keystore(k, v);
        }
        for (k, v) in &self.persistent_settings {
            s = s.persistent_setting(k, v.clone());
        }
        if let Some(ca) = &self.ca {
            s = s.ca(ca);
        }
        if let Some(names) = &self.server_names {
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            s = s.server_names(&names);
        }
        if let Some(ca) = &self.transport_ca {
            s = s.transport_ca(ca);
        }
        if let Some(cas) = &self.remote_cluster_client_cas {
            let cas: Vec<&str> = cas.iter().map(String::as_str).collect();
            s = s.remote_cluster_client_cas(&cas);
        }
        if let Some(cas) = &self.transport_trusted_cas {
            let cas: Vec<&str> = cas.iter().map(String::as_str).collect();
            s = s.transport_trusted_cas(&cas);
        }
        s = s
            .remote_cluster_server(self.remote_cluster_server)
            .transport_port(self.transport_port);
        if let Some(mode) = &self.transport_client_authentication {
            s = s.transport_client_authentication(match mode.as_str() {
                "required" => ClientAuth::Required,
                "optional" => ClientAuth::Optional,
                "none" => ClientAuth::None,
                other => anyhow::bail!(
                    "cluster [{}]: transport_client_authentication must be required, optional or none, not [{other}]",
                    self.name
                ),
            });
        }
        if !self.node_names.is_empty() {
            let names: Vec<&str> = self.node_names.iter().map(String::as_str).collect();
            s = s.node_names(&names);
        }
        if let Some(p) = &self.keystore_path {
            s = s.keystore_path(p);
        }
        for (i, p) in self.node_keystore_paths.iter().enumerate() {
            if let Some(p) = p {
                s = s.node_keystore_path(i, p);
            }
        }
        if let Some(pw) = &self.keystore_password {
            s = s.keystore_password(pw);
        }
        for i in &self.indices {
            s = s.index(i);
        }
        for f in &self.remote_cluster_client_ca_files {
            let pem =
                std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
            s = s.remote_cluster_client_ca_pem(&pem);
        }
        for f in &self.transport_trusted_ca_files {
            let pem =
                std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
            s = s.transport_trusted_ca_pem(&pem);
        }
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_unknown_fields() {
        let cfg: Config =
            serde_json::from_str(r#"{"clusters":[{"name":"a","version":"8.17.0"}]}"#).unwrap();
        assert!(cfg.cloud && !cfg.plain_http);
        assert_eq!(cfg.clusters[0].count, 1);
        assert_eq!(
            cfg.clusters[0].license.as_ref().map(|l| l.kind.as_str()),
            None
        );
        let e = serde_json::from_str::<Config>(
            r#"{"clusters":[{"name":"a","version":"8.17.0","nodez":3}]}"#,
        )
        .unwrap_err();
        assert!(e.to_string().contains("unknown field `nodez`"), "{e}");
    }

    #[test]
    fn a_missing_ca_file_is_named() {
        let cfg: Config = serde_json::from_str(
            r#"{"clusters":[{"name":"a","version":"8.17.0","transport_trusted_ca_files":["/nonexistent/ca.crt"]}]}"#,
        )
        .unwrap();
        let e = cfg.clusters[0].spec().unwrap_err();
        assert!(
            format!("{e:#}").contains("reading /nonexistent/ca.crt"),
            "{e:#}"
        );
    }
}
