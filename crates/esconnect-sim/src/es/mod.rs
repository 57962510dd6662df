//! The simulated Elasticsearch cluster: state, router and handlers.

pub(crate) mod errors;
mod info;
pub(crate) mod privileges;
mod request;
pub(crate) mod roles;
pub(crate) mod security;
mod settings;
pub(crate) mod version;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use anyhow::{Context as _, bail};
use serde_json::{Map, Value, json};

use crate::server::ServiceHandle;
use crate::service::{Req, Resp, RespFuture, Service};
use crate::util;
use errors::{EsError, EsResult};
pub(crate) use request::EsReq;
use roles::DescriptorKind;
use version::Version;

/// The description of one simulated cluster, used to build it.
#[derive(Debug, Clone)]
pub struct ClusterSpec {
    pub(crate) name: String,
    pub(crate) version: String,
    pub(crate) uuid: Option<String>,
    pub(crate) license_kind: String,
    pub(crate) license_status: String,
    pub(crate) license_expiry: Option<i64>,
    pub(crate) users: Vec<(String, String, Vec<String>)>,
    pub(crate) roles: Vec<(String, Value)>,
    pub(crate) nodes: usize,
    pub(crate) api_keys: Vec<(String, String, String, Value)>,
    pub(crate) keystore: Vec<(String, String)>,
    pub(crate) persistent: Vec<(String, Value)>,
    pub(crate) tls_ca: Option<String>,
    pub(crate) server_names: Option<Vec<String>>,
    pub(crate) transport_ca: Option<String>,
    pub(crate) rcc_cas: Option<Vec<String>>,
    pub(crate) transport_trust: Option<Vec<String>>,
    pub(crate) rcc_ca_pems: Vec<String>,
    pub(crate) transport_client_auth: crate::ClientAuth,
    pub(crate) transport_trust_pems: Vec<String>,
    pub(crate) remote_cluster_server: bool,
    pub(crate) transport_port: bool,
    pub(crate) keystore_paths: Vec<(Option<usize>, PathBuf)>,
    pub(crate) keystore_password: Option<String>,
    pub(crate) node_names: Vec<String>,
    pub(crate) indices: Vec<String>,
}

impl ClusterSpec {
    /// A cluster called `name` running Elasticsearch `version` (`7.16.0` .. `9.x.y`), with one node, an
    /// active enterprise licence and the superuser `elastic` / `changeme`.
    pub fn new(name: &str, version: &str) -> Self {
        Self {
            name: name.to_owned(),
            version: version.to_owned(),
            uuid: None,
            license_kind: "enterprise".into(),
            license_status: "active".into(),
            license_expiry: None,
            users: Vec::new(),
            roles: Vec::new(),
            nodes: 1,
            api_keys: Vec::new(),
            keystore: Vec::new(),
            persistent: Vec::new(),
            tls_ca: None,
            server_names: None,
            transport_ca: None,
            rcc_cas: None,
            transport_trust: None,
            rcc_ca_pems: Vec::new(),
            transport_client_auth: crate::ClientAuth::Required,
            transport_trust_pems: Vec::new(),
            remote_cluster_server: false,
            transport_port: false,
            keystore_paths: Vec::new(),
            keystore_password: None,
            node_names: Vec::new(),
            indices: Vec::new(),
        }
    }

    /// The CA (by name) that issues this cluster's HTTP and remote cluster server certificates. Each name
    /// other than [`crate::SIM_CA`] (the default) is a CA of its own whose subject is `CN=<name>`, made when
    /// the simulator starts and shared by every cluster naming it ([`crate::Sim::named_ca_pem`]).
    pub fn ca(mut self, name: &str) -> Self {
        self.tls_ca = Some(name.to_owned());
        self
    }

    /// The subject alternative names of this cluster's server certificates (HTTP, remote cluster server,
    /// transport); the first is also the CN. Default `localhost`, `127.0.0.1`, `::1`.
    pub fn server_names(mut self, names: &[&str]) -> Self {
        self.server_names = Some(names.iter().map(|s| (*s).to_owned()).collect());
        self
    }

    /// The CA (by name) of the transport layer (port 9300), for example `Elastic Auto Transport CA` as ECK
    /// and Elastic Cloud name theirs. Default: the one of [`Self::ca`]. The transport certificate serves
    /// the transport port and is also this cluster's client certificate in the certificate model.
    pub fn transport_ca(mut self, name: &str) -> Self {
        self.transport_ca = Some(name.to_owned());
        self
    }

    /// `xpack.security.remote_cluster_client.ssl.certificate_authorities`: the CAs (by name) this cluster
    /// trusts when it connects to a remote cluster server (API key model). Default: [`crate::SIM_CA`].
    pub fn remote_cluster_client_cas(mut self, names: &[&str]) -> Self {
        self.rcc_cas = Some(names.iter().map(|s| (*s).to_owned()).collect());
        self
    }

    /// `xpack.security.transport.ssl.certificate_authorities`: the CAs (by name) this cluster's transport
    /// layer trusts, as a server (client certificates) and as a client (certificate model). Default: the
    /// cluster's transport CA.
    pub fn transport_trusted_cas(mut self, names: &[&str]) -> Self {
        self.transport_trust = Some(names.iter().map(|s| (*s).to_owned()).collect());
        self
    }

    /// Also trust this PEM CA (for example the `ca.crt` of another `esconnect-sim serve` process) as a
    /// remote cluster client.
    pub fn remote_cluster_client_ca_pem(mut self, pem: &str) -> Self {
        self.rcc_ca_pems.push(pem.to_owned());
        self
    }

    /// Also trust this PEM CA in the transport layer.
    pub fn transport_trusted_ca_pem(mut self, pem: &str) -> Self {
        self.transport_trust_pems.push(pem.to_owned());
        self
    }

    /// `xpack.security.transport.ssl.client_authentication` of the transport port (default
    /// [`crate::ClientAuth::Required`], as Elasticsearch's).
    pub fn transport_client_authentication(mut self, mode: crate::ClientAuth) -> Self {
        self.transport_client_auth = mode;
        self
    }

    /// `remote_cluster_server.enabled: true`: open a remote cluster server port (stands for 9443; TLS, no
    /// client certificate). Needs 8.14+ here ([`crate::ClusterHandle::rcs_addr`]).
    pub fn remote_cluster_server(mut self, on: bool) -> Self {
        self.remote_cluster_server = on;
        self
    }

    /// Open a transport port (stands for 9300; TLS that requires a client certificate from a trusted CA)
    /// ([`crate::ClusterHandle::transport_addr`]).
    pub fn transport_port(mut self, on: bool) -> Self {
        self.transport_port = on;
        self
    }

    /// Every node reads its keystore from this file (format: [`crate::keystore`]); the file need not
    /// exist yet (a node without its keystore file reports `Keystore is missing` on reload).
    pub fn keystore_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.keystore_paths.push((None, path.into()));
        self
    }

    /// Node `i` (from 0) reads its keystore from this file (overrides [`Self::keystore_path`]).
    pub fn node_keystore_path(mut self, i: usize, path: impl Into<PathBuf>) -> Self {
        self.keystore_paths.push((Some(i), path.into()));
        self
    }

    /// The keystore password: `reload_secure_settings` must send it as `secure_settings_password`.
    pub fn keystore_password(mut self, password: &str) -> Self {
        self.keystore_password = Some(password.to_owned());
        self
    }

    /// Node names (also sets the number of nodes). Default `<cluster>-node-<i>`.
    pub fn node_names(mut self, names: &[&str]) -> Self {
        self.node_names = names.iter().map(|s| (*s).to_owned()).collect();
        self.nodes = self.node_names.len().max(1);
        self
    }

    /// An index that exists on this cluster (for `_resolve/cluster` `matching_indices`).
    pub fn index(mut self, name: &str) -> Self {
        self.indices.push(name.to_owned());
        self
    }

    /// Set the cluster UUID (default: derived from the name).
    pub fn uuid(mut self, uuid: &str) -> Self {
        self.uuid = Some(uuid.to_owned());
        self
    }

    /// Licence type and status (`active`, `expired`, `invalid`).
    pub fn license(mut self, kind: &str, status: &str) -> Self {
        self.license_kind = kind.to_owned();
        self.license_status = status.to_owned();
        self
    }

    /// Licence expiry in epoch milliseconds; a time in the past makes the status `expired`.
    pub fn license_expiry_millis(mut self, ms: i64) -> Self {
        self.license_expiry = Some(ms);
        self
    }

    /// Add a native user (or redefine `elastic`).
    pub fn user(mut self, name: &str, password: &str, roles: &[&str]) -> Self {
        self.users.retain(|(n, _, _)| n != name);
        self.users.push((
            name.to_owned(),
            password.to_owned(),
            roles.iter().map(|r| (*r).to_owned()).collect(),
        ));
        self
    }

    /// Add a role (validated like `PUT /_security/role/{name}` when the simulator starts).
    pub fn role(mut self, name: &str, descriptor: Value) -> Self {
        self.roles.push((name.to_owned(), descriptor));
        self
    }

    /// Number of nodes (each has the default roles of a node without `node.roles`).
    pub fn nodes(mut self, n: usize) -> Self {
        self.nodes = n.max(1);
        self
    }

    /// A pre-seeded REST API key owned by `owner`, limited by the owner's roles as of start-up.
    pub fn api_key(
        mut self,
        id: &str,
        api_key: &str,
        owner: &str,
        role_descriptors: Value,
    ) -> Self {
        self.api_keys.push((
            id.to_owned(),
            api_key.to_owned(),
            owner.to_owned(),
            role_descriptors,
        ));
        self
    }

    /// A keystore entry present (and loaded) from start-up.
    pub fn keystore(mut self, name: &str, value: &str) -> Self {
        self.keystore.push((name.to_owned(), value.to_owned()));
        self
    }

    /// A persistent cluster setting present from start-up (flat key).
    pub fn persistent_setting(mut self, key: &str, value: Value) -> Self {
        self.persistent.push((key.to_owned(), value));
        self
    }

    /// The cluster name.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub(crate) fn with_name(&self, name: String) -> Self {
        let mut s = self.clone();
        s.name = name;
        s
    }
}

#[derive(Debug, Clone)]
pub(crate) struct User {
    pub password: String,
    pub roles: Vec<String>,
    pub full_name: Option<String>,
    pub email: Option<String>,
    pub metadata: Value,
    pub enabled: bool,
    pub reserved: bool,
}

impl User {
    pub fn realm(&self) -> (&'static str, &'static str) {
        if self.reserved {
            ("reserved", "reserved")
        } else {
            ("default_native", "native")
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct ApiKey {
    pub id: String,
    pub name: String,
    pub secret: String,
    pub owner: String,
    pub realm: (String, String),
    pub cross_cluster: bool,
    pub creation: i64,
    pub expiration: Option<i64>,
    pub invalidated: Option<i64>,
    pub metadata: Value,
    pub role_descriptors: Map<String, Value>,
    pub limited_by: Vec<Map<String, Value>>,
    pub access: Option<Value>,
    /// The DN pattern of a cross-cluster key's `certificate_identity` (9.3+).
    pub certificate_identity: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct License {
    pub kind: String,
    pub status: String,
    pub uid: String,
    pub issue: i64,
    pub expiry: Option<i64>,
}

#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub id: String,
    pub name: String,
    /// The keystore file this node reads, or `None` for an in-memory keystore (`keystore_disk`).
    pub keystore_path: Option<PathBuf>,
    /// The in-memory "on-disk" keystore (when there is no file).
    pub keystore_disk: BTreeMap<String, String>,
    /// The secure settings the node has loaded.
    pub keystore_active: BTreeMap<String, String>,
    pub keystore_modified: i64,
}

impl Node {
    /// What the node would read from its keystore now.
    pub fn read_keystore(
        &self,
    ) -> Result<BTreeMap<String, String>, crate::keystore::KeystoreError> {
        match &self.keystore_path {
            Some(p) => crate::keystore::read(p),
            None => Ok(self.keystore_disk.clone()),
        }
    }
}

/// Mutable state of one cluster.
#[derive(Debug)]
pub(crate) struct EsInner {
    pub name: String,
    pub uuid: String,
    pub version: Version,
    pub license: License,
    pub users: BTreeMap<String, User>,
    pub roles: BTreeMap<String, Value>,
    pub api_keys: Vec<ApiKey>,
    pub persistent: BTreeMap<String, Value>,
    pub transient: BTreeMap<String, Value>,
    pub nodes: Vec<Node>,
    pub keystore_password: Option<String>,
    pub indices: Vec<String>,
    /// `host:port` of the transport and remote cluster server ports, when the cluster has them.
    pub transport_publish: Option<String>,
    pub rcs_publish: Option<String>,
}

impl EsInner {
    /// The role descriptor for a role name: built-in first, then stored.
    pub fn role_descriptor(&self, name: &str) -> Option<Value> {
        roles::builtin_role(name, self.version).or_else(|| self.roles.get(name).cloned())
    }

    /// A user's roles as a `{name: descriptor}` map (unknown roles left out).
    pub fn roles_map(&self, roles: &[String]) -> Map<String, Value> {
        roles
            .iter()
            .filter_map(|r| self.role_descriptor(r).map(|d| (r.clone(), d)))
            .collect()
    }
}

/// One cluster's shared state.
#[derive(Debug)]
pub(crate) struct ClusterState {
    inner: Mutex<EsInner>,
    /// TLS identities, trust and the extra listeners (set once when the simulator starts).
    pub net: OnceLock<Arc<crate::remote::ClusterNet>>,
}

impl ClusterState {
    pub fn lock(&self) -> MutexGuard<'_, EsInner> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Add or replace an entry of every node's on-disk keystore (see [`ClusterHandle::keystore_set`]).
    pub(crate) fn keystore_set(&self, name: &str, value: &str) {
        let mut inner = self.lock();
        let mut written = Vec::new();
        for node in &mut inner.nodes {
            node.keystore_modified = util::now_millis();
            match &node.keystore_path {
                Some(p) if written.contains(p) => {}
                Some(p) => {
                    crate::keystore::add(p, name, value)
                        .unwrap_or_else(|e| panic!("writing the keystore: {e}"));
                    written.push(p.clone());
                }
                None => {
                    node.keystore_disk.insert(name.to_owned(), value.to_owned());
                }
            }
        }
    }

    /// Remove an entry of every node's on-disk keystore (`elasticsearch-keystore remove`).
    ///
    /// # Panics
    /// When a keystore file cannot be written.
    pub(crate) fn keystore_remove(&self, name: &str) {
        let mut inner = self.lock();
        for node in &mut inner.nodes {
            node.keystore_modified = util::now_millis();
            match &node.keystore_path {
                Some(p) => match crate::keystore::remove(p, name) {
                    Ok(_) | Err(crate::keystore::KeystoreError::Missing(_)) => {}
                    Err(e) => panic!("writing the keystore: {e}"),
                },
                None => {
                    node.keystore_disk.remove(name);
                }
            }
        }
    }

    /// What `POST /_nodes/reload_secure_settings` does to the remote cluster credentials of every
    /// node whose keystore can be read (from 8.14; older versions keep them until a restart).
    pub(crate) fn reload_remote_credentials(&self) {
        let mut inner = self.lock();
        if !inner.version.at_least(8, 14) {
            return;
        }
        let is_cred = |k: &str| k.starts_with("cluster.remote.") && k.ends_with(".credentials");
        for node in &mut inner.nodes {
            let Ok(disk) = node.read_keystore() else {
                continue;
            };
            node.keystore_active.retain(|k, _| !is_cred(k));
            node.keystore_active
                .extend(disk.into_iter().filter(|(k, _)| is_cred(k)));
        }
    }

    pub fn build(spec: &ClusterSpec) -> anyhow::Result<Self> {
        let version = Version::parse(&spec.version).with_context(|| {
            format!(
                "cluster [{}]: invalid version [{}]",
                spec.name, spec.version
            )
        })?;
        if version.major < 7 || (version.major == 7 && version.minor < 16) {
            bail!(
                "cluster [{}]: version {} is older than the simulator supports (7.16.0)",
                spec.name,
                version
            );
        }
        let now = util::now_millis();
        let uuid = spec
            .uuid
            .clone()
            .unwrap_or_else(|| util::derived_id(&format!("cluster-uuid:{}", spec.name), 16));
        let expiry = spec.license_expiry.or(match spec.license_kind.as_str() {
            "basic" => None,
            "trial" => Some(now + 30 * 86_400_000),
            _ => Some(now + 365 * 86_400_000),
        });
        let license = License {
            kind: spec.license_kind.clone(),
            status: spec.license_status.clone(),
            uid: util::derived_uuid(&format!("license:{}", spec.name)),
            issue: now - 86_400_000,
            expiry,
        };
        let mut users = BTreeMap::new();
        users.insert(
            "elastic".to_owned(),
            User {
                password: "changeme".into(),
                roles: vec!["superuser".into()],
                full_name: None,
                email: None,
                metadata: json!({"_reserved": true}),
                enabled: true,
                reserved: true,
            },
        );
        for (name, password, roles) in &spec.users {
            let reserved = name == "elastic";
            users.insert(
                name.clone(),
                User {
                    password: password.clone(),
                    roles: roles.clone(),
                    full_name: None,
                    email: None,
                    metadata: if reserved {
                        json!({"_reserved": true})
                    } else {
                        json!({})
                    },
                    enabled: true,
                    reserved,
                },
            );
        }
        let mut role_map = BTreeMap::new();
        for (name, d) in &spec.roles {
            let n =
                roles::parse_descriptor(name, d, version, DescriptorKind::Role).map_err(|e| {
                    anyhow::anyhow!("cluster [{}]: invalid role [{name}]: {}", spec.name, e.body)
                })?;
            role_map.insert(name.clone(), n);
        }
        let mut keystore: BTreeMap<String, String> = BTreeMap::new();
        keystore.insert("keystore.seed".into(), util::random_id(15));
        for (k, v) in &spec.keystore {
            keystore.insert(k.clone(), v.clone());
        }
        let mut nodes = Vec::new();
        for i in 0..spec.nodes.max(1) {
            let path = spec
                .keystore_paths
                .iter()
                .rev()
                .find(|(n, _)| *n == Some(i))
                .or_else(|| spec.keystore_paths.iter().rev().find(|(n, _)| n.is_none()))
                .map(|(_, p)| p.clone());
            let mut node = Node {
                id: util::derived_id(&format!("node:{}:{i}", spec.name), 16),
                name: spec
                    .node_names
                    .get(i)
                    .cloned()
                    .unwrap_or_else(|| format!("{}-node-{i}", spec.name)),
                keystore_path: path.clone(),
                keystore_disk: keystore.clone(),
                keystore_active: BTreeMap::new(),
                keystore_modified: now,
            };
            if let Some(p) = &path {
                // a node starts with what its keystore file holds (nothing when it is missing); entries
                // given with ClusterSpec::keystore are added to the file first
                if !spec.keystore.is_empty() {
                    let mut entries = match crate::keystore::read(p) {
                        Ok(e) => e,
                        Err(crate::keystore::KeystoreError::Missing(_)) => {
                            crate::keystore::new_entries()
                        }
                        Err(e) => bail!("cluster [{}]: {e}", spec.name),
                    };
                    for (k, v) in &spec.keystore {
                        entries.insert(k.clone(), v.clone());
                    }
                    crate::keystore::write(p, &entries)
                        .map_err(|e| anyhow::anyhow!("cluster [{}]: {e}", spec.name))?;
                }
                node.keystore_disk.clear();
                node.keystore_active = crate::keystore::read(p).unwrap_or_default();
            } else {
                node.keystore_active = keystore.clone();
            }
            nodes.push(node);
        }
        if spec.remote_cluster_server && !version.at_least(8, 14) {
            bail!(
                "cluster [{}]: the remote cluster server (API key model) needs 8.14 or later here, not {version}",
                spec.name
            );
        }
        let mut inner = EsInner {
            name: spec.name.clone(),
            uuid,
            version,
            license,
            users,
            roles: role_map,
            api_keys: Vec::new(),
            persistent: BTreeMap::new(),
            transient: BTreeMap::new(),
            nodes,
            keystore_password: spec.keystore_password.clone(),
            indices: spec.indices.clone(),
            transport_publish: None,
            rcs_publish: None,
        };
        for (k, v) in &spec.persistent {
            inner
                .persistent
                .insert(k.clone(), settings::normalize_value(v));
        }
        for (id, secret, owner, descriptors) in &spec.api_keys {
            let Some(user) = inner.users.get(owner) else {
                bail!(
                    "cluster [{}]: API key [{id}] is owned by unknown user [{owner}]",
                    spec.name
                );
            };
            let mut rd = Map::new();
            if let Value::Object(m) = descriptors {
                for (n, d) in m {
                    let nd = roles::parse_descriptor(n, d, version, DescriptorKind::ApiKey)
                        .map_err(|e| {
                            anyhow::anyhow!("cluster [{}]: API key [{id}]: {}", spec.name, e.body)
                        })?;
                    rd.insert(n.clone(), nd);
                }
            }
            let (realm, realm_type) = user.realm();
            let limited = inner.roles_map(&user.roles.clone());
            inner.api_keys.push(ApiKey {
                id: id.clone(),
                name: id.clone(),
                secret: secret.clone(),
                owner: owner.clone(),
                realm: (realm.into(), realm_type.into()),
                cross_cluster: false,
                creation: now,
                expiration: None,
                invalidated: None,
                metadata: json!({}),
                role_descriptors: rd,
                limited_by: vec![limited],
                access: None,
                certificate_identity: None,
            });
        }
        Ok(Self {
            inner: Mutex::new(inner),
            net: OnceLock::new(),
        })
    }
}

/// A running simulated cluster: its listener ([`ServiceHandle`], through `Deref`) and its state.
#[derive(Debug, Clone)]
pub struct ClusterHandle {
    pub(crate) service: ServiceHandle,
    pub(crate) state: Arc<ClusterState>,
}

impl std::ops::Deref for ClusterHandle {
    type Target = ServiceHandle;
    fn deref(&self) -> &ServiceHandle {
        &self.service
    }
}

impl ClusterHandle {
    /// The listener of this cluster.
    pub fn service(&self) -> &ServiceHandle {
        &self.service
    }

    /// The cluster name.
    pub fn name(&self) -> String {
        self.state.lock().name.clone()
    }

    /// The version the cluster reports.
    pub fn version(&self) -> String {
        self.state.lock().version.to_string()
    }

    /// The cluster UUID.
    pub fn uuid(&self) -> String {
        self.state.lock().uuid.clone()
    }

    /// The licence UID.
    pub fn license_uid(&self) -> String {
        self.state.lock().license.uid.clone()
    }

    /// Change the licence type and status.
    pub fn set_license(&self, kind: &str, status: &str) {
        let mut inner = self.state.lock();
        inner.license.kind = kind.to_owned();
        inner.license.status = status.to_owned();
    }

    /// Change the licence expiry (epoch milliseconds; `None` = never).
    pub fn set_license_expiry_millis(&self, ms: Option<i64>) {
        self.state.lock().license.expiry = ms;
    }

    /// Change the version (as after a rolling upgrade); version gates follow immediately.
    ///
    /// # Panics
    /// When `v` is not a version number.
    pub fn set_version(&self, v: &str) {
        let parsed = Version::parse(v).unwrap_or_else(|| panic!("invalid version [{v}]"));
        self.state.lock().version = parsed;
    }

    /// A role as stored (normalized as `GET /_security/role/{name}` shows it), built-in roles included.
    pub fn role(&self, name: &str) -> Option<Value> {
        self.state.lock().role_descriptor(name)
    }

    /// Every API key as `GET /_security/api_key` shows it (no secrets).
    pub fn api_keys(&self) -> Vec<Value> {
        let inner = self.state.lock();
        inner
            .api_keys
            .iter()
            .map(|k| security::api_key_json(k, inner.version, false))
            .collect()
    }

    /// Cluster settings, flat: `{"persistent": {..}, "transient": {..}}`.
    pub fn settings(&self) -> Value {
        let inner = self.state.lock();
        json!({
            "persistent": Value::Object(inner.persistent.clone().into_iter().collect()),
            "transient": Value::Object(inner.transient.clone().into_iter().collect()),
        })
    }

    /// User names (the reserved `elastic` included).
    pub fn users(&self) -> Vec<String> {
        self.state.lock().users.keys().cloned().collect()
    }

    /// A user's roles.
    pub fn user_roles(&self, name: &str) -> Option<Vec<String>> {
        self.state.lock().users.get(name).map(|u| u.roles.clone())
    }

    /// Add or replace an entry of every node's on-disk keystore (`elasticsearch-keystore add` on each
    /// node; nodes with a keystore file get it written). Like in Elasticsearch it is only seen after
    /// `POST /_nodes/reload_secure_settings` (remote cluster credentials reload from 8.14; older versions
    /// need a restart, see [`Self::restart`]).
    ///
    /// # Panics
    /// When a keystore file cannot be written.
    pub fn keystore_set(&self, name: &str, value: &str) {
        self.state.keystore_set(name, value);
    }

    /// Remove an entry of every node's on-disk keystore (`elasticsearch-keystore remove`).
    ///
    /// # Panics
    /// When a keystore file cannot be written.
    pub fn keystore_remove(&self, name: &str) {
        self.state.keystore_remove(name);
    }

    /// Names in node 0's on-disk keystore (empty when its keystore file is missing or unreadable).
    pub fn keystore_names(&self) -> Vec<String> {
        let inner = self.state.lock();
        inner.nodes[0]
            .read_keystore()
            .map(|m| m.into_keys().collect())
            .unwrap_or_default()
    }

    /// Names of the secure settings node 0 (the node answering HTTP requests) has loaded.
    pub fn loaded_keystore_names(&self) -> Vec<String> {
        self.node_loaded_keystore_names(0)
    }

    /// Names of the secure settings node `i` has loaded.
    ///
    /// # Panics
    /// When there is no node `i`.
    pub fn node_loaded_keystore_names(&self, i: usize) -> Vec<String> {
        self.state.lock().nodes[i]
            .keystore_active
            .keys()
            .cloned()
            .collect()
    }

    /// The value of a secure setting node `i` has loaded (for tests of tools that write keystores).
    ///
    /// # Panics
    /// When there is no node `i`.
    pub fn node_loaded_secure_setting(&self, i: usize, name: &str) -> Option<String> {
        self.state.lock().nodes[i]
            .keystore_active
            .get(name)
            .cloned()
    }

    /// `(id, name)` of every node, in order.
    pub fn nodes(&self) -> Vec<(String, String)> {
        self.state
            .lock()
            .nodes
            .iter()
            .map(|n| (n.id.clone(), n.name.clone()))
            .collect()
    }

    /// The keystore file node `i` reads, if it has one.
    ///
    /// # Panics
    /// When there is no node `i`.
    pub fn node_keystore_path(&self, i: usize) -> Option<PathBuf> {
        self.state.lock().nodes[i].keystore_path.clone()
    }

    fn net(&self) -> &Arc<crate::remote::ClusterNet> {
        self.state
            .net
            .get()
            .expect("the simulator sets the network part of every cluster at start")
    }

    /// The remote cluster server port's address (stands for 9443), when
    /// [`ClusterSpec::remote_cluster_server`] enabled it.
    pub fn rcs_addr(&self) -> Option<std::net::SocketAddr> {
        self.net().rcs_addr
    }

    /// The transport port's address (stands for 9300), when [`ClusterSpec::transport_port`] enabled it.
    pub fn transport_addr(&self) -> Option<std::net::SocketAddr> {
        self.net().transport_addr
    }

    /// PEM of the CA that issued this cluster's HTTP and remote cluster server certificates.
    pub fn http_ca_pem(&self) -> String {
        self.net().http_ca.pem.clone()
    }

    /// Subject of [`Self::http_ca_pem`] (`CN=...`).
    pub fn http_ca_subject(&self) -> String {
        format!("CN={}", self.net().http_ca.cn)
    }

    /// PEM of this cluster's transport CA.
    pub fn transport_ca_pem(&self) -> String {
        self.net().transport_ca.pem.clone()
    }

    /// Subject of [`Self::transport_ca_pem`] (`CN=...`).
    pub fn transport_ca_subject(&self) -> String {
        format!("CN={}", self.net().transport_ca.cn)
    }

    /// Change `xpack.security.remote_cluster_client.ssl.certificate_authorities` (CA names; as after
    /// editing `elasticsearch.yml` and a restart). Applies to the next connection.
    ///
    /// # Panics
    /// When a new CA cannot be generated.
    pub fn set_remote_cluster_client_cas(&self, names: &[&str]) {
        let net = self.net();
        let cas = names
            .iter()
            .map(|n| net.pki.get(n).expect("generating a CA"))
            .collect();
        *net.rcc_cas
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = cas;
    }

    /// Change `xpack.security.transport.ssl.certificate_authorities` (CA names; as after a restart).
    ///
    /// # Panics
    /// When a new CA cannot be generated.
    pub fn set_transport_trusted_cas(&self, names: &[&str]) {
        let net = self.net();
        let cas = names
            .iter()
            .map(|n| net.pki.get(n).expect("generating a CA"))
            .collect();
        *net.transport_trust
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = cas;
    }

    /// Close (`false`) or reopen (`true`) the remote cluster server port, as a stopped node, a firewall or
    /// `remote_cluster_server.enabled: false` and a restart would: while closed, connecting is refused.
    /// Reopening binds the same address again (the call returns before the socket is listening: poll).
    pub fn set_remote_cluster_server_up(&self, up: bool) {
        self.net()
            .set_up(crate::remote::Port::RemoteClusterServer, up);
    }

    /// Make this cluster's remote cluster server and transport ports wait this long before answering a
    /// handshake (a slow remote: `_resolve/cluster?timeout=` then reports `Request timed out before
    /// receiving a response from the remote cluster`).
    pub fn set_remote_handshake_delay(&self, delay: std::time::Duration) {
        *self
            .net()
            .handshake_delay
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = delay;
    }

    /// Close or reopen the transport port (see [`Self::set_remote_cluster_server_up`]).
    pub fn set_transport_up(&self, up: bool) {
        self.net().set_up(crate::remote::Port::Transport, up);
    }

    /// Add a PEM CA to `xpack.security.remote_cluster_client.ssl.certificate_authorities`.
    ///
    /// # Panics
    /// When `pem` is not a PEM certificate.
    pub fn add_remote_cluster_client_ca_pem(&self, pem: &str) {
        let ca = crate::tls::Ca::trusted_pem(pem).expect("a PEM certificate");
        self.net()
            .rcc_cas
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(Arc::new(ca));
    }

    /// The PEMs of the CAs in `xpack.security.remote_cluster_client.ssl.certificate_authorities` now.
    pub fn remote_cluster_client_ca_pems(&self) -> Vec<String> {
        self.net()
            .rcc_cas
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .iter()
            .map(|c| c.pem.clone())
            .collect()
    }

    /// Add a PEM CA to `xpack.security.transport.ssl.certificate_authorities`.
    ///
    /// # Panics
    /// When `pem` is not a PEM certificate.
    pub fn add_transport_trusted_ca_pem(&self, pem: &str) {
        let ca = crate::tls::Ca::trusted_pem(pem).expect("a PEM certificate");
        self.net()
            .transport_trust
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(Arc::new(ca));
    }

    /// Handshakes received on this cluster's remote cluster server and transport ports, oldest first.
    pub fn inbound_handshakes(&self) -> Vec<crate::remote::Inbound> {
        self.net()
            .inbound
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Simulate a full restart: the nodes load their on-disk keystores; transient settings are lost.
    pub fn restart(&self) {
        let mut inner = self.state.lock();
        for node in &mut inner.nodes {
            node.keystore_active = node.read_keystore().unwrap_or_default();
        }
        inner.transient.clear();
    }

    /// Sends one request to the cluster in-process, as `user` with `password` (basic auth), through the
    /// same handlers as the listener (authentication, routing, validation): for tests that set a cluster
    /// up without an HTTP client. Not recorded in the journal. Not for use inside an async runtime.
    pub fn call(
        &self,
        method: &str,
        path_and_query: &str,
        user: &str,
        password: &str,
        body: Option<&Value>,
    ) -> (u16, Value) {
        use base64::Engine as _;
        let (path, query) = match path_and_query.split_once('?') {
            Some((p, q)) => (p.to_string(), Some(q.to_string())),
            None => (path_and_query.to_string(), None),
        };
        let mut headers = http::HeaderMap::new();
        let basic = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
        headers.insert(
            http::header::AUTHORIZATION,
            http::HeaderValue::from_str(&format!("Basic {basic}")).expect("ASCII"),
        );
        let body = match body {
            Some(b) => {
                headers.insert(
                    http::header::CONTENT_TYPE,
                    http::HeaderValue::from_static("application/json"),
                );
                hyper::body::Bytes::from(serde_json::to_vec(b).expect("JSON"))
            }
            None => hyper::body::Bytes::new(),
        };
        let req = Req {
            method: method.parse().expect("an HTTP method"),
            path,
            query,
            headers,
            body,
        };
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        let resp = rt.block_on(handle(&self.state, req));
        let v = serde_json::from_slice(&resp.body).unwrap_or(Value::Null);
        (resp.status, v)
    }
}

/// The endpoints the simulator serves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Endpoint {
    Root,
    Health,
    License,
    Nodes,
    ReloadSecureSettings,
    SettingsGet,
    SettingsPut,
    RemoteInfo,
    ResolveCluster(Option<String>),
    RoleGetAll,
    RoleGet(String),
    RolePut(String),
    RoleDelete(String),
    UserGetAll,
    UserGet(String),
    UserPut(String),
    UserDelete(String),
    HasPrivileges,
    Authenticate,
    ApiKeyCreate,
    ApiKeyGet,
    ApiKeyInvalidate,
    CrossClusterKeyCreate,
    CrossClusterKeyUpdate(String),
}

/// Route a request. `Err(allowed)` with an empty list means "no handler" (400), otherwise 405.
pub(crate) fn route(
    method: &http::Method,
    segs: &[String],
    version: Version,
) -> Result<Endpoint, Vec<&'static str>> {
    use http::Method as M;
    let s: Vec<&str> = segs.iter().map(String::as_str).collect();
    let m = method.clone();
    let one =
        |ok: &[(M, Endpoint)], allowed: &[&'static str]| -> Result<Endpoint, Vec<&'static str>> {
            ok.iter()
                .find(|(mm, _)| *mm == m)
                .map(|(_, e)| e.clone())
                .ok_or_else(|| allowed.to_vec())
        };
    match s.as_slice() {
        [] => one(
            &[(M::GET, Endpoint::Root), (M::HEAD, Endpoint::Root)],
            &["GET", "HEAD"],
        ),
        ["_license"] => one(&[(M::GET, Endpoint::License)], &["GET"]),
        ["_cluster", "health"] => one(&[(M::GET, Endpoint::Health)], &["GET"]),
        ["_cluster", "settings"] => one(
            &[
                (M::GET, Endpoint::SettingsGet),
                (M::PUT, Endpoint::SettingsPut),
            ],
            &["GET", "PUT"],
        ),
        ["_remote", "info"] => one(&[(M::GET, Endpoint::RemoteInfo)], &["GET"]),
        ["_resolve", "cluster", expr] if version.at_least(8, 13) => one(
            &[(M::GET, Endpoint::ResolveCluster(Some((*expr).to_owned())))],
            &["GET"],
        ),
        ["_resolve", "cluster"] if version.at_least(8, 18) => {
            one(&[(M::GET, Endpoint::ResolveCluster(None))], &["GET"])
        }
        ["_nodes"] => one(&[(M::GET, Endpoint::Nodes)], &["GET"]),
        ["_nodes", "reload_secure_settings"] | ["_nodes", _, "reload_secure_settings"] => {
            one(&[(M::POST, Endpoint::ReloadSecureSettings)], &["POST"])
        }
        ["_nodes", _] => one(&[(M::GET, Endpoint::Nodes)], &["GET"]),
        ["_security", "role"] => one(&[(M::GET, Endpoint::RoleGetAll)], &["GET"]),
        ["_security", "role", name] => {
            let n = (*name).to_owned();
            one(
                &[
                    (M::GET, Endpoint::RoleGet(n.clone())),
                    (M::PUT, Endpoint::RolePut(n.clone())),
                    (M::POST, Endpoint::RolePut(n.clone())),
                    (M::DELETE, Endpoint::RoleDelete(n)),
                ],
                &["GET", "PUT", "POST", "DELETE"],
            )
        }
        ["_security", "user"] => one(&[(M::GET, Endpoint::UserGetAll)], &["GET"]),
        ["_security", "user", "_has_privileges"] | ["_security", "user", _, "_has_privileges"]
            if m == M::GET || m == M::POST =>
        {
            Ok(Endpoint::HasPrivileges)
        }
        ["_security", "user", _, "_has_privileges"] => Err(vec!["GET", "POST"]),
        ["_security", "user", name] => {
            let n = (*name).to_owned();
            one(
                &[
                    (M::GET, Endpoint::UserGet(n.clone())),
                    (M::PUT, Endpoint::UserPut(n.clone())),
                    (M::POST, Endpoint::UserPut(n.clone())),
                    (M::DELETE, Endpoint::UserDelete(n)),
                ],
                &["GET", "PUT", "POST", "DELETE"],
            )
        }
        ["_security", "_authenticate"] => one(&[(M::GET, Endpoint::Authenticate)], &["GET"]),
        ["_security", "api_key"] => one(
            &[
                (M::GET, Endpoint::ApiKeyGet),
                (M::POST, Endpoint::ApiKeyCreate),
                (M::PUT, Endpoint::ApiKeyCreate),
                (M::DELETE, Endpoint::ApiKeyInvalidate),
            ],
            &["GET", "POST", "PUT", "DELETE"],
        ),
        ["_security", "cross_cluster", "api_key"] if version.at_least(8, 14) => {
            one(&[(M::POST, Endpoint::CrossClusterKeyCreate)], &["POST"])
        }
        ["_security", "cross_cluster", "api_key", id] if version.at_least(8, 14) => one(
            &[(M::PUT, Endpoint::CrossClusterKeyUpdate((*id).to_owned()))],
            &["PUT"],
        ),
        _ => Err(Vec::new()),
    }
}

const SAFELISTED: &[&str] = &[
    "application/x-www-form-urlencoded",
    "multipart/form-data",
    "text/plain",
];

fn check_content_type(req: &EsReq) -> Result<(), EsError> {
    if req.body.is_empty() {
        return Ok(());
    }
    let Some(ct) = req.header("content-type") else {
        return Err(EsError::simple(406, "Content-Type header is missing", true));
    };
    let media = ct
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let json_like = matches!(
        media.as_str(),
        "application/json"
            | "application/x-ndjson"
            | "application/vnd.elasticsearch+json"
            | "application/vnd.elasticsearch+x-ndjson"
    );
    if SAFELISTED.contains(&media.as_str()) || !json_like {
        return Err(EsError::simple(
            406,
            format!("Content-Type header [{ct}] is not supported"),
            true,
        ));
    }
    Ok(())
}

/// Query parameters every endpoint accepts.
const GLOBAL_PARAMS: &[&str] = &[
    "pretty",
    "human",
    "error_trace",
    "filter_path",
    "source",
    "source_content_type",
];

/// Query parameters an endpoint accepts (besides [`GLOBAL_PARAMS`]).
fn endpoint_params(e: &Endpoint) -> &'static [&'static str] {
    match e {
        Endpoint::ResolveCluster(_) => &[
            "ignore_unavailable",
            "allow_no_indices",
            "expand_wildcards",
            "ignore_throttled",
            "timeout",
        ],
        Endpoint::Root
        | Endpoint::RemoteInfo
        | Endpoint::Authenticate
        | Endpoint::HasPrivileges => &[],
        Endpoint::License => &["local", "accept_enterprise", "master_timeout"],
        Endpoint::Health => &[
            "level",
            "local",
            "master_timeout",
            "timeout",
            "wait_for_active_shards",
            "wait_for_events",
            "wait_for_nodes",
            "wait_for_no_initializing_shards",
            "wait_for_no_relocating_shards",
            "wait_for_status",
            "expand_wildcards",
            "ignore_unavailable",
            "allow_no_indices",
        ],
        Endpoint::Nodes => &["flat_settings", "timeout", "master_timeout"],
        Endpoint::ReloadSecureSettings => &["timeout"],
        Endpoint::SettingsGet => &[
            "flat_settings",
            "include_defaults",
            "master_timeout",
            "timeout",
            "local",
        ],
        Endpoint::SettingsPut => &["flat_settings", "master_timeout", "timeout"],
        Endpoint::RoleGetAll | Endpoint::RoleGet(_) => &[],
        Endpoint::RolePut(_)
        | Endpoint::RoleDelete(_)
        | Endpoint::UserPut(_)
        | Endpoint::UserDelete(_) => &["refresh"],
        Endpoint::UserGetAll | Endpoint::UserGet(_) => &["with_profile_uid"],
        Endpoint::ApiKeyCreate
        | Endpoint::CrossClusterKeyCreate
        | Endpoint::CrossClusterKeyUpdate(_) => &["refresh"],
        Endpoint::ApiKeyGet => &[
            "id",
            "name",
            "username",
            "realm_name",
            "owner",
            "with_limited_by",
            "active_only",
            "with_profile_uid",
        ],
        Endpoint::ApiKeyInvalidate => &[],
    }
}

/// Lucene's `LevenshteinDistance`: 1 - edits / longer length.
fn similarity(a: &str, b: &str) -> f32 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    let longest = a.len().max(b.len()).max(1);
    #[allow(clippy::cast_precision_loss)]
    let d = prev[b.len()] as f32 / longest as f32;
    1.0 - d
}

/// `BaseRestHandler`'s check for parameters no handler consumed.
fn check_params(req: &EsReq, endpoint: &Endpoint) -> Result<(), EsError> {
    let allowed: Vec<&str> = GLOBAL_PARAMS
        .iter()
        .chain(endpoint_params(endpoint))
        .copied()
        .collect();
    let mut unknown: Vec<&str> = req
        .params
        .iter()
        .map(|(k, _)| k.as_str())
        .filter(|k| !allowed.contains(k))
        .collect();
    unknown.sort_unstable();
    unknown.dedup();
    if unknown.is_empty() {
        return Ok(());
    }
    let path = req.uri.split('?').next().unwrap_or_default();
    let mut msg = format!(
        "request [{path}] contains unrecognized parameter{}: ",
        if unknown.len() == 1 { "" } else { "s" }
    );
    let parts: Vec<String> = unknown
        .iter()
        .map(|u| {
            let mut candidates: Vec<(f32, &str)> = allowed
                .iter()
                .map(|a| (similarity(u, a), *a))
                .filter(|(s, _)| *s > 0.7)
                .collect();
            candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(y.1)));
            match candidates.as_slice() {
                [] => format!("[{u}]"),
                [(_, one)] => format!("[{u}] -> did you mean [{one}]?"),
                many => format!(
                    "[{u}] -> did you mean any of [{}]?",
                    many.iter().map(|(_, c)| *c).collect::<Vec<_>>().join(", ")
                ),
            }
        })
        .collect();
    msg.push_str(&parts.join(", "));
    Err(EsError::illegal_argument(msg))
}

async fn dispatch(state: &Arc<ClusterState>, req: &EsReq) -> EsResult {
    let (subject, version) = {
        let inner = state.lock();
        (security::authenticate(&inner, req)?, inner.version)
    };
    let endpoint = match route(&req.method, &req.segs, version) {
        Ok(e) => e,
        Err(allowed) if allowed.is_empty() => {
            return Err(EsError::no_handler(&req.uri, req.method.as_str()));
        }
        Err(allowed) => {
            return Err(EsError::method_not_allowed(
                &req.uri,
                req.method.as_str(),
                &allowed,
            ));
        }
    };
    check_content_type(req)?;
    check_params(req, &endpoint)?;
    if endpoint == Endpoint::RemoteInfo {
        let snapshot = {
            let inner = state.lock();
            security::require(&inner, &subject, "cluster:monitor/remote/info", "monitor")?;
            settings::RemoteSnapshot::take(&inner, state.net.get().cloned())
        };
        return Ok((200, settings::remote_info(snapshot).await));
    }
    if let Endpoint::ResolveCluster(expr) = &endpoint {
        // Deviation: Elasticsearch authorizes `indices:admin/resolve/cluster` against the index
        // privileges of the local user and of the remote key; the simulator only requires `monitor`.
        let (snapshot, local) = {
            let inner = state.lock();
            security::require(&inner, &subject, "indices:admin/resolve/cluster", "monitor")?;
            let v = inner.version;
            (
                settings::RemoteSnapshot::take(&inner, state.net.get().cloned()),
                (
                    json!({
                        "number": v.to_string(),
                        "build_flavor": "default",
                        "minimum_wire_compatibility_version": v.min_wire(),
                        "minimum_index_compatibility_version": v.min_index(),
                    }),
                    inner.indices.clone(),
                ),
            )
        };
        // elasticsearch#119898: index options only go with an index expression (message assumed)
        if expr.is_none()
            && [
                "ignore_unavailable",
                "allow_no_indices",
                "expand_wildcards",
                "ignore_throttled",
            ]
            .iter()
            .any(|p| req.param(p).is_some())
        {
            return Err(EsError::illegal_argument(
                "No index options are allowed on _resolve/cluster when no index expression is specified",
            ));
        }
        // `timeout` (8.18+ in Elasticsearch; accepted on every version here)
        let timeout = match req.param("timeout") {
            None => None,
            Some(t) => match security::parse_time_value(t) {
                Some(ms) if ms >= 0 => Some(std::time::Duration::from_millis(
                    u64::try_from(ms).unwrap_or_default(),
                )),
                _ => {
                    return Err(EsError::illegal_argument(format!(
                        "failed to parse setting [timeout] with value [{t}] as a time value: unit is missing or unrecognized"
                    )));
                }
            },
        };
        return settings::resolve_cluster(snapshot, local, expr.clone(), timeout).await;
    }
    let mut inner = state.lock();
    handle_sync(&mut inner, &subject, &endpoint, req)
}

fn handle_sync(
    inner: &mut EsInner,
    subject: &security::Subject,
    endpoint: &Endpoint,
    req: &EsReq,
) -> EsResult {
    use security::require;
    match endpoint {
        Endpoint::Root => {
            require(inner, subject, "cluster:monitor/main", "monitor")?;
            Ok((200, info::root(inner)))
        }
        Endpoint::Health => {
            require(inner, subject, "cluster:monitor/health", "monitor")?;
            Ok((200, info::health(inner)))
        }
        Endpoint::License => {
            require(
                inner,
                subject,
                "cluster:monitor/xpack/license/get",
                "monitor",
            )?;
            Ok((200, info::license(inner)))
        }
        Endpoint::Nodes => {
            require(inner, subject, "cluster:monitor/nodes/info", "monitor")?;
            Ok((200, info::nodes(inner)))
        }
        Endpoint::ReloadSecureSettings => {
            require(
                inner,
                subject,
                "cluster:admin/nodes/reload_secure_settings",
                "manage",
            )?;
            info::reload_secure_settings(inner, req)
        }
        Endpoint::SettingsGet => {
            let action = if inner.version.major >= 8 {
                "cluster:monitor/settings"
            } else {
                "cluster:monitor/state"
            };
            require(inner, subject, action, "monitor")?;
            Ok((200, settings::get(inner, req)))
        }
        Endpoint::SettingsPut => {
            require(inner, subject, "cluster:admin/settings/update", "manage")?;
            settings::put(inner, req)
        }
        Endpoint::RemoteInfo | Endpoint::ResolveCluster(_) => {
            unreachable!("handled asynchronously")
        }
        Endpoint::RoleGetAll => {
            require(
                inner,
                subject,
                "cluster:admin/xpack/security/role/get",
                "read_security",
            )?;
            security::get_roles(inner, None)
        }
        Endpoint::RoleGet(name) => {
            require(
                inner,
                subject,
                "cluster:admin/xpack/security/role/get",
                "read_security",
            )?;
            security::get_roles(inner, Some(name))
        }
        Endpoint::RolePut(name) => {
            require(
                inner,
                subject,
                "cluster:admin/xpack/security/role/put",
                "manage_security",
            )?;
            security::put_role(inner, name, req)
        }
        Endpoint::RoleDelete(name) => {
            require(
                inner,
                subject,
                "cluster:admin/xpack/security/role/delete",
                "manage_security",
            )?;
            security::delete_role(inner, name)
        }
        Endpoint::UserGetAll => {
            require(
                inner,
                subject,
                "cluster:admin/xpack/security/user/get",
                "read_security",
            )?;
            security::get_users(inner, None)
        }
        Endpoint::UserGet(name) => {
            require(
                inner,
                subject,
                "cluster:admin/xpack/security/user/get",
                "read_security",
            )?;
            security::get_users(inner, Some(name))
        }
        Endpoint::UserPut(name) => {
            require(
                inner,
                subject,
                "cluster:admin/xpack/security/user/put",
                "manage_security",
            )?;
            security::put_user(inner, name, req)
        }
        Endpoint::UserDelete(name) => {
            require(
                inner,
                subject,
                "cluster:admin/xpack/security/user/delete",
                "manage_security",
            )?;
            security::delete_user(inner, name)
        }
        Endpoint::HasPrivileges => security::has_privileges(inner, subject, req),
        Endpoint::Authenticate => Ok((200, security::authenticate_response(inner, subject))),
        Endpoint::ApiKeyCreate => {
            require(
                inner,
                subject,
                "cluster:admin/xpack/security/api_key/create",
                "manage_own_api_key",
            )?;
            security::create_api_key(inner, subject, req)
        }
        Endpoint::ApiKeyGet => security::get_api_keys(inner, subject, req),
        Endpoint::ApiKeyInvalidate => security::invalidate_api_keys(inner, subject, req),
        Endpoint::CrossClusterKeyCreate => {
            require(
                inner,
                subject,
                "cluster:admin/xpack/security/cross_cluster/api_key/create",
                "manage_security",
            )?;
            security::create_cross_cluster_key(inner, subject, req)
        }
        Endpoint::CrossClusterKeyUpdate(id) => {
            require(
                inner,
                subject,
                "cluster:admin/xpack/security/cross_cluster/api_key/update",
                "manage_security",
            )?;
            security::update_cross_cluster_key(inner, subject, id, req)
        }
    }
}

impl Service for ClusterState {
    fn handle(self: Arc<Self>, req: Req) -> RespFuture {
        Box::pin(async move { handle(&self, req).await })
    }

    fn fault_response(&self, code: u16) -> Resp {
        let (kind, reason) = match code {
            429 => (
                "es_rejected_execution_exception",
                "rejected execution of coordinating operation [coordinating_and_primary_bytes=0, replica_bytes=0, all_bytes=0, coordinating_operation_bytes=1048576, max_coordinating_and_primary_bytes=107374182]".to_owned(),
            ),
            401 | 403 => ("security_exception", format!("simulated {code} fault")),
            404 => ("resource_not_found_exception", "simulated 404 fault".to_owned()),
            400..=499 => ("illegal_argument_exception", format!("simulated {code} fault")),
            _ => ("exception", format!("simulated {code} fault")),
        };
        let err = EsError::new(code, kind, reason);
        let mut r = Resp::json(code, &err.body);
        r.headers
            .push(("X-elastic-product".into(), "Elasticsearch".into()));
        r
    }
}

/// Handle one HTTP request on a cluster listener.
pub(crate) async fn handle(state: &Arc<ClusterState>, req: Req) -> Resp {
    let ereq = EsReq::from_req(&req);
    let result = dispatch(state, &ereq).await;
    let version = state.lock().version;
    render(&ereq, result, version)
}

fn render(req: &EsReq, result: EsResult, version: Version) -> Resp {
    let (status, body, mut headers) = match result {
        Ok((status, mut body)) => {
            if let Some(f) = req.param("filter_path") {
                body = util::filter_path(&body, f);
            }
            (status, body, Vec::new())
        }
        Err(e) => (e.status, e.body, e.headers),
    };
    let bytes = if req.param("pretty").is_some_and(|v| v != "false") {
        let mut s = serde_json::to_string_pretty(&body).unwrap_or_default();
        s.push('\n');
        s.into_bytes()
    } else {
        serde_json::to_vec(&body).unwrap_or_default()
    };
    let content_type = match req
        .header("accept")
        .and_then(|a| a.split("compatible-with=").nth(1))
        .and_then(|v| v.chars().next())
        .filter(char::is_ascii_digit)
    {
        Some(major) => format!("application/vnd.elasticsearch+json;compatible-with={major}"),
        // 7.x names the charset, 8.0+ does not
        None if version.major < 8 => "application/json; charset=UTF-8".to_owned(),
        None => "application/json".to_owned(),
    };
    headers.push(("content-type".into(), content_type));
    headers.push(("X-elastic-product".into(), "Elasticsearch".into()));
    Resp {
        status,
        headers,
        body: if req.method == http::Method::HEAD {
            Vec::new()
        } else {
            bytes
        },
    }
}
