//! The ECE/ECH API (`/api/v1`, Swagger 2.0 in `shared/specs/ece|ech/apidocs.json`, elastic-facts §4) on
//! a listener of its own: deployments with Elasticsearch resources, `settings.trust`, the Elasticsearch
//! keystore, and (ECE only) platform trust relationships.
//!
//! # Endpoints and semantics
//! - Authentication: `Authorization: ApiKey <key>` with the configured key, compared as an opaque string;
//!   on ECE also `Authorization: Basic` for a user set with [`EceSpec::basic_user`] (the ECE Swagger's
//!   `basicAuth`; the ECH Swagger has API keys only).
//!   Anything else answers 401 `{"errors":[{"code":"root.unauthenticated","message":"The supplied
//!   authentication is invalid"}]}` (the Swagger's 401 for every operation).
//! - `GET /deployments/{id}`: `show_settings` (default false) includes `info.settings`; `show_plans`
//!   (default true) includes `info.plan_info.current.plan`. Header `x-cloud-resource-version`. An unknown
//!   id: 404 `deployments.deployment_not_found` (also in `x-cloud-error-codes`).
//! - `PUT /deployments/{id}` (`DeploymentUpdateRequest`): `prune_orphans` is required; `true` removes every
//!   resource (Elasticsearch, Kibana, APM, ...) the request does not list, `false` leaves them alone.
//!   Each `ElasticsearchPayload` needs `region`, `ref_id` and `plan` and must name an existing resource of
//!   that region. Its `plan` becomes the current plan; each key of its `settings` replaces that key
//!   (`null` removes it; read-only fields such as `snapshot.slm` and `metadata.organization_id` are kept),
//!   except `trust`, which follows the Swagger: omitted keeps the trust settings, a
//!   `null` reverts them to the default (none), and within `trust` each of `accounts`, `direct`,
//!   `external` is kept when omitted, removed when `null` and replaced by the list as sent otherwise.
//!   `direct` entries without a `uid` get one; certificates get `metadata.fingerprint` (SHA-256 of the
//!   DER); metadata sent is ignored. `?version=V` must equal the current version, else 409
//!   `deployments.version_conflict`. The Swagger documents no conflict status for this operation; its
//!   other versioned resources answer 409 with a `*.version_conflict` code (`templates.version_conflict`,
//!   `proxies.version_conflict`, ...), so the simulator does the same (assumption, elastic-facts §4.2b).
//!   `?validate_only=true` checks without applying. A successful update bumps the version.
//! - Trust rules checked on write (400 `root.invalid_data` with `fields`, in `BasicFailedReply`): a
//!   `direct` entry needs `name`, `trust_all` and at least one certificate, each a PEM `CERTIFICATE`
//!   without a private key; `scope_id` is lowercase alphanumeric of at most 32 characters and required
//!   when `trust_all` is true or `trust_allowlist` is not empty; `additional_node_names` have no wildcard
//!   and are required without `scope_id`; type `proxy` has `trust_all` false and no allowlist, scope id or
//!   node names; `type` is one of `ECE`, `ESS`, `generic`, `proxy`. `accounts` need `account_id` and
//!   `trust_all`; `external` need `trust_relationship_id` and `trust_all`.
//! - `GET /deployments/{id}/elasticsearch/{ref_id}/keystore`: `{"secrets":{name:{"as_file":bool}}}`, never
//!   values. `PATCH` on it: a secret with a `value` is added or replaced (`as_file` defaults to false for a
//!   string, true for an object), a secret sent without `value` is removed, secrets not sent are kept; the
//!   answer is the new contents. 404 `deployments.deployment_resource_not_found` for an unknown ref id.
//! - ECE only, `GET|POST /platform/configuration/trust-relationships`,
//!   `GET|PUT|DELETE /platform/configuration/trust-relationships/{id}`: the installation's own (`local`)
//!   relationship exists from the start; `public_ca_cert` is shown only with `include_certificate=true`;
//!   `filter=local|non-local|all`; 404 `trust_relationships.not_found`. On an ECH target these paths are
//!   unknown: 404 `root.resource_not_found`, as for any unknown path.
//! - With [`EceSpec::swagger`], every request body is also checked against its Swagger definition
//!   ([`Swagger`], strict about unknown and read-only fields); a violation is recorded
//!   ([`EceHandle::swagger_violations`]) and answered 400 `root.invalid_data`.
//!
//! # Test hooks
//! [`EceHandle::before_next`] runs a closure when the next matching request arrives, before it is handled
//! (for example a concurrent change between a tool's GET and its PUT); [`EceHandle::change_deployment`]
//! makes such a change (bumping the version). The listener's journal records every request.
//!
//! # Deviations
//! - Certificate metadata has the fingerprint only (no `valid_from`/`valid_to`: the simulator parses no
//!   X.509). Plans are stored, not executed; no plan history. Keystore changes do not bump the version.
//! - A deployment backed by a simulated cluster ([`DeploymentSpec::backed_by`]) applies keystore and trust
//!   changes at once; the real platform does it asynchronously (a plan for trust changes). Only the first
//!   Elasticsearch resource can be backed. `accounts` and `external` trust entries change nothing there.
//! - A payload naming an Elasticsearch resource the deployment lacks is refused (creating resources is not
//!   simulated). Error messages are plausible, not verbatim.

mod swagger;

pub use swagger::Swagger;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};

use serde_json::{Map, Value, json};

use crate::JournalEntry;
use crate::server::ServiceHandle;
use crate::service::{self, Req, Resp, RespFuture, Service};
use crate::util;

/// Which API the listener is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EceTarget {
    /// Elastic Cloud Enterprise: platform endpoints exist.
    Ece,
    /// Elastic Cloud Hosted.
    Ech,
}

/// The API key the ECE/ECH listener accepts unless [`EceSpec::api_key`] sets another.
pub const DEFAULT_EC_API_KEY: &str = "esconnect-sim-ece-api-key==";

/// One deployment to start with.
#[derive(Debug, Clone)]
pub struct DeploymentSpec {
    id: String,
    name: String,
    version: String,
    es: Vec<(String, String)>,
    kibana: bool,
    trust: Option<Value>,
    es_settings: Map<String, Value>,
    cluster: Option<String>,
}

impl DeploymentSpec {
    /// A deployment with one Elasticsearch resource `main-elasticsearch` in region `ece-region` and one
    /// Kibana `main-kibana`.
    pub fn new(id: &str) -> Self {
        Self {
            id: id.to_owned(),
            name: format!("deployment-{}", &id[..id.len().min(6)]),
            version: "8.17.0".into(),
            es: vec![("main-elasticsearch".into(), "ece-region".into())],
            kibana: true,
            trust: None,
            es_settings: Map::new(),
            cluster: None,
        }
    }
    pub fn name(mut self, name: &str) -> Self {
        self.name = name.to_owned();
        self
    }
    /// The region of the first Elasticsearch resource.
    pub fn region(mut self, region: &str) -> Self {
        self.es[0].1 = region.to_owned();
        self
    }
    /// Another Elasticsearch resource.
    pub fn extra_elasticsearch(mut self, ref_id: &str) -> Self {
        let region = self.es[0].1.clone();
        self.es.push((ref_id.to_owned(), region));
        self
    }
    pub fn without_kibana(mut self) -> Self {
        self.kibana = false;
        self
    }
    /// `settings.trust` of the first Elasticsearch resource, as the API would show it.
    pub fn trust(mut self, trust: Value) -> Self {
        self.trust = Some(trust);
        self
    }
    /// The first Elasticsearch resource IS the simulated cluster `name` (a [`crate::ClusterSpec`] of the
    /// same simulator), as a deployment's cluster is reachable on its Elasticsearch endpoint:
    /// - its plan shows that cluster's version;
    /// - a keystore `PATCH` reaches every node's keystore, and from 8.14 the nodes reload it at once (ECE
    ///   and ECH reload remote cluster credentials without a restart from 8.14, elastic-facts §4.3);
    /// - the CA certificates of its `direct` trust entries become the cluster's remote cluster client
    ///   CAs, besides the cluster's own (the platform's trust, as a deployment trusts a trusted
    ///   environment's CA for its outgoing remote cluster connections).
    pub fn backed_by(mut self, cluster: &str) -> Self {
        self.cluster = Some(cluster.to_owned());
        self
    }
    /// Another key of the first Elasticsearch resource's `settings` (`snapshot`, `curation`, ...).
    pub fn es_setting(mut self, key: &str, value: Value) -> Self {
        self.es_settings.insert(key.to_owned(), value);
        self
    }
}

/// Configures the ECE/ECH listener.
#[derive(Debug, Clone)]
pub struct EceSpec {
    target: EceTarget,
    api_key: String,
    /// ECE only (its Swagger's `basicAuth`): a user and password accepted as `Authorization: Basic`.
    basic: Option<(String, String)>,
    deployments: Vec<DeploymentSpec>,
    swagger: Option<Arc<Swagger>>,
    keystore_delay: std::time::Duration,
}

impl EceSpec {
    pub fn new(target: EceTarget) -> Self {
        Self {
            target,
            api_key: DEFAULT_EC_API_KEY.into(),
            basic: None,
            deployments: Vec::new(),
            swagger: None,
            keystore_delay: std::time::Duration::ZERO,
        }
    }
    pub fn ece() -> Self {
        Self::new(EceTarget::Ece)
    }
    pub fn ech() -> Self {
        Self::new(EceTarget::Ech)
    }
    pub fn api_key(mut self, key: &str) -> Self {
        self.api_key = key.to_owned();
        self
    }
    pub fn is_ech(&self) -> bool {
        self.target == EceTarget::Ech
    }
    /// A user ECE accepts with basic authentication (the ECH API takes API keys only: ignored there).
    pub fn basic_user(mut self, user: &str, password: &str) -> Self {
        self.basic = Some((user.to_owned(), password.to_owned()));
        self
    }
    pub fn deployment(mut self, d: DeploymentSpec) -> Self {
        self.deployments.push(d);
        self
    }
    /// How long a keystore change takes to reach the nodes of a backed deployment
    /// ([`DeploymentSpec::backed_by`]); the PATCH answers at once, as the platform applies it
    /// asynchronously. Default: at once.
    pub fn keystore_delay(mut self, d: std::time::Duration) -> Self {
        self.keystore_delay = d;
        self
    }
    /// Check every request body against this Swagger document.
    pub fn swagger(mut self, s: Swagger) -> Self {
        self.swagger = Some(Arc::new(s));
        self
    }
    pub fn target(&self) -> EceTarget {
        self.target
    }
}

struct Deployment {
    doc: Value,
    version: u64,
    keystores: BTreeMap<String, BTreeMap<String, (Value, bool)>>,
}

#[derive(Default)]
struct Data {
    deployments: BTreeMap<String, Deployment>,
    relationships: BTreeMap<String, Value>,
}

type Hook = (String, String, Box<dyn FnOnce() + Send>);

/// A deployment's Elasticsearch resource that is a simulated cluster ([`DeploymentSpec::backed_by`]).
struct Link {
    cluster: Arc<crate::es::ClusterState>,
    /// The cluster's own remote cluster client CAs, before any trust entry.
    own_cas: Vec<Arc<crate::tls::Ca>>,
}

pub(crate) struct EceState {
    target: EceTarget,
    api_key: String,
    basic: Option<(String, String)>,
    swagger: Option<Arc<Swagger>>,
    data: Mutex<Data>,
    hooks: Mutex<Vec<Hook>>,
    violations: Mutex<Vec<String>>,
    /// `(deployment id, ref id)` -> the simulated cluster behind it.
    links: BTreeMap<(String, String), Link>,
    keystore_delay: std::time::Duration,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn es_resource(dep: &DeploymentSpec, ref_id: &str, region: &str, first: bool) -> Value {
    let cluster_id =
        util::hex(&util::sha256(format!("{}/{ref_id}", dep.id).as_bytes()))[..32].to_owned();
    let mut settings = Map::new();
    if first {
        settings.extend(dep.es_settings.clone());
        if let Some(t) = &dep.trust {
            settings.insert("trust".into(), t.clone());
        }
    }
    let mut settings = Value::Object(settings);
    if let Some(t) = settings.get_mut("trust") {
        normalise_trust(t, None);
    }
    json!({
        "ref_id": ref_id,
        "id": cluster_id,
        "region": region,
        "info": {
            "cluster_id": cluster_id,
            "cluster_name": dep.name,
            "deployment_id": dep.id,
            "healthy": true,
            "status": "started",
            "plan_info": {
                "healthy": true,
                "history": [],
                "current": {
                    "healthy": true,
                    "plan_attempt_log": [],
                    "warnings": [],
                    "plan": {
                        "cluster_topology": [{
                            "id": "hot_content",
                            "node_roles": ["master", "ingest", "data_hot", "data_content", "remote_cluster_client", "transform"],
                            "zone_count": 1,
                            "instance_configuration_id": "data.default",
                            "size": {"value": 4096, "resource": "memory"},
                            "elasticsearch": {"node_attributes": {"data": "hot"}}
                        }],
                        "elasticsearch": {"version": dep.version},
                        "deployment_template": {"id": "default"},
                        "autoscaling_enabled": false
                    }
                }
            },
            "elasticsearch": {"healthy": true, "blocking_issues": {"healthy": true, "cluster_level": [], "index_level": []}},
            "metadata": {"version": 1, "last_modified": "2026-01-01T00:00:00.000Z", "endpoint": format!("{cluster_id}.example.invalid"), "cloud_id": format!("{}:ZXhhbXBsZQ==", dep.name)},
            "topology": {"healthy": true, "instances": []},
            "associated_kibana_clusters": [],
            "associated_apm_clusters": [],
            "associated_appsearch_clusters": [],
            "associated_enterprise_search_clusters": [],
            "external_links": [],
            "snapshots": {"healthy": true, "count": 0, "recent_success": false},
            "settings": settings
        }
    })
}

fn build_doc(dep: &DeploymentSpec) -> Value {
    let es: Vec<Value> = dep
        .es
        .iter()
        .enumerate()
        .map(|(i, (r, region))| es_resource(dep, r, region, i == 0))
        .collect();
    let kibana: Vec<Value> = if dep.kibana {
        vec![json!({
            "ref_id": "main-kibana",
            "elasticsearch_cluster_ref_id": dep.es[0].0,
            "id": util::hex(&util::sha256(format!("{}/kibana", dep.id).as_bytes()))[..32].to_owned(),
            "region": dep.es[0].1,
            "info": {"status": "started", "healthy": true}
        })]
    } else {
        vec![]
    };
    json!({
        "id": dep.id,
        "name": dep.name,
        "healthy": true,
        "resources": {
            "elasticsearch": es,
            "kibana": kibana,
            "apm": [],
            "appsearch": [],
            "enterprise_search": [],
            "integrations_server": []
        },
        "metadata": {"owner_id": "sim-owner", "hidden": false}
    })
}

impl EceState {
    /// `clusters`: the simulator's clusters by name, for [`DeploymentSpec::backed_by`].
    pub(crate) fn build(
        spec: &EceSpec,
        clusters: &std::collections::HashMap<String, Arc<crate::es::ClusterState>>,
    ) -> anyhow::Result<Self> {
        let mut data = Data::default();
        let mut links = BTreeMap::new();
        for d in &spec.deployments {
            let mut d = d.clone();
            if let Some(name) = &d.cluster {
                let Some(cluster) = clusters.get(name) else {
                    anyhow::bail!(
                        "deployment [{}] is backed by cluster [{name}], which the simulator does not have",
                        d.id
                    );
                };
                d.version = cluster.lock().version.to_string();
                let own_cas = cluster
                    .net
                    .get()
                    .map(|n| lock(&n.rcc_cas).clone())
                    .unwrap_or_default();
                links.insert(
                    (d.id.clone(), d.es[0].0.clone()),
                    Link {
                        cluster: cluster.clone(),
                        own_cas,
                    },
                );
            }
            let d = &d;
            data.deployments.insert(
                d.id.clone(),
                Deployment {
                    doc: build_doc(d),
                    version: 1,
                    keystores: BTreeMap::new(),
                },
            );
        }
        if spec.target == EceTarget::Ece {
            let id = "sim-local-installation".to_owned();
            data.relationships.insert(
                id.clone(),
                json!({"id": id, "name": "Local environment", "trust_by_default": true, "local": true,
                       "installation_id": "sim-local-installation",
                       "public_ca_cert": "-----BEGIN CERTIFICATE-----\nc2ltLWxvY2FsLWNh\n-----END CERTIFICATE-----\n",
                       "last_modified": util::iso_millis(util::now_millis())}),
            );
        }
        let state = Self {
            target: spec.target,
            api_key: spec.api_key.clone(),
            basic: spec.basic.clone().filter(|_| spec.target == EceTarget::Ece),
            swagger: spec.swagger.clone(),
            data: Mutex::new(data),
            hooks: Mutex::new(Vec::new()),
            violations: Mutex::new(Vec::new()),
            links,
            keystore_delay: spec.keystore_delay,
        };
        {
            let data = lock(&state.data);
            for (id, dep) in &data.deployments {
                state.sync_trust(id, &dep.doc);
            }
        }
        Ok(state)
    }

    /// A linked cluster trusts its own CAs and those of its resource's `direct` trust entries.
    fn sync_trust(&self, id: &str, doc: &Value) {
        for ((dep, ref_id), link) in &self.links {
            if dep != id {
                continue;
            }
            let Some(net) = link.cluster.net.get() else {
                continue;
            };
            let res = doc["resources"]["elasticsearch"]
                .as_array()
                .and_then(|l| l.iter().find(|e| e["ref_id"] == ref_id.as_str()));
            let mut cas = link.own_cas.clone();
            for entry in res
                .and_then(|r| r["info"]["settings"]["trust"]["direct"].as_array())
                .into_iter()
                .flatten()
            {
                for c in entry["certificates"].as_array().into_iter().flatten() {
                    if let Some(ca) = c["pem"]
                        .as_str()
                        .and_then(|p| crate::tls::Ca::trusted_pem(p).ok())
                    {
                        cas.push(Arc::new(ca));
                    }
                }
            }
            *lock(&net.rcc_cas) = cas;
        }
    }

    /// A keystore change of a linked resource reaches the cluster's nodes (reloaded from 8.14).
    fn sync_keystore(&self, id: &str, ref_id: &str, changes: &[(String, Option<String>)]) {
        let Some(link) = self.links.get(&(id.to_owned(), ref_id.to_owned())) else {
            return;
        };
        let cluster = link.cluster.clone();
        let changes = changes.to_vec();
        let apply = move || {
            for (name, value) in &changes {
                match value {
                    Some(v) => cluster.keystore_set(name, v),
                    None => cluster.keystore_remove(name),
                }
            }
            cluster.reload_remote_credentials();
        };
        if self.keystore_delay.is_zero() {
            apply();
        } else {
            let delay = self.keystore_delay;
            std::thread::spawn(move || {
                std::thread::sleep(delay);
                apply();
            });
        }
    }
}

/// The ECE/ECH listener: its address and journal, the state, and hooks.
#[derive(Clone)]
pub struct EceHandle {
    pub(crate) service: ServiceHandle,
    pub(crate) state: Arc<EceState>,
}

impl std::fmt::Debug for EceHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EceHandle")
            .field("url", &self.service.url())
            .field("target", &self.state.target)
            .finish_non_exhaustive()
    }
}

impl EceHandle {
    /// `https://127.0.0.1:PORT` (the API is under `/api/v1`).
    pub fn url(&self) -> String {
        self.service.url()
    }
    /// `127.0.0.1:PORT`, what `--ec-host` takes.
    pub fn host(&self) -> String {
        format!("127.0.0.1:{}", self.service.port())
    }
    pub fn service(&self) -> &ServiceHandle {
        &self.service
    }
    pub fn journal(&self) -> Vec<JournalEntry> {
        self.service.journal()
    }
    pub fn clear_journal(&self) {
        self.service.clear_journal();
    }
    pub fn target(&self) -> EceTarget {
        self.state.target
    }
    pub fn api_key(&self) -> &str {
        &self.state.api_key
    }
    /// The stored deployment (settings and plans included).
    pub fn deployment(&self, id: &str) -> Option<Value> {
        lock(&self.state.data)
            .deployments
            .get(id)
            .map(|d| d.doc.clone())
    }
    /// `settings.trust` of an Elasticsearch resource (`Null` when it has none).
    pub fn trust(&self, id: &str, ref_id: &str) -> Value {
        self.deployment(id)
            .and_then(|d| {
                d["resources"]["elasticsearch"]
                    .as_array()?
                    .iter()
                    .find(|e| e["ref_id"] == ref_id)
                    .map(|e| e["info"]["settings"]["trust"].clone())
            })
            .unwrap_or(Value::Null)
    }
    /// The deployment's version (`x-cloud-resource-version`).
    pub fn version(&self, id: &str) -> Option<u64> {
        lock(&self.state.data)
            .deployments
            .get(id)
            .map(|d| d.version)
    }
    /// Changes the stored deployment as another user would, bumping its version.
    pub fn change_deployment(&self, id: &str, f: impl FnOnce(&mut Value)) {
        let mut data = lock(&self.state.data);
        let d = data
            .deployments
            .get_mut(id)
            .unwrap_or_else(|| panic!("the simulator has no deployment {id}"));
        f(&mut d.doc);
        d.version += 1;
    }
    /// Runs `hook` when the next request with this method and a path ending in `path_suffix` arrives,
    /// before the request is handled (once).
    pub fn before_next(
        &self,
        method: &str,
        path_suffix: &str,
        hook: impl FnOnce() + Send + 'static,
    ) {
        lock(&self.state.hooks).push((method.to_owned(), path_suffix.to_owned(), Box::new(hook)));
    }
    /// A keystore's entries with their values: `name -> (value, as_file)`.
    pub fn keystore(&self, id: &str, ref_id: &str) -> BTreeMap<String, (Value, bool)> {
        lock(&self.state.data)
            .deployments
            .get(id)
            .and_then(|d| d.keystores.get(ref_id).cloned())
            .unwrap_or_default()
    }
    /// Sets a keystore entry directly (fixtures).
    pub fn keystore_set(&self, id: &str, ref_id: &str, name: &str, value: Value, as_file: bool) {
        let mut data = lock(&self.state.data);
        if let Some(d) = data.deployments.get_mut(id) {
            d.keystores
                .entry(ref_id.to_owned())
                .or_default()
                .insert(name.to_owned(), (value, as_file));
        }
    }
    /// The platform trust relationships (ECE), with certificates.
    pub fn trust_relationships(&self) -> Vec<Value> {
        lock(&self.state.data)
            .relationships
            .values()
            .cloned()
            .collect()
    }
    /// Every Swagger violation seen in request bodies (with [`EceSpec::swagger`]).
    pub fn swagger_violations(&self) -> Vec<String> {
        lock(&self.state.violations).clone()
    }
}

// ----- responses -----

fn failed(status: u16, code: &str, message: &str, fields: &[String]) -> Resp {
    let mut e = json!({"code": code, "message": message});
    if !fields.is_empty() {
        e["fields"] = json!(fields);
    }
    let mut r = Resp::json(status, &json!({"errors": [e]}));
    r.headers.push(("x-cloud-error-codes".into(), code.into()));
    r
}

fn not_found() -> Resp {
    failed(
        404,
        "root.resource_not_found",
        "The requested resource could not be found",
        &[],
    )
}

fn invalid(message: &str, fields: Vec<String>) -> Resp {
    failed(400, "root.invalid_data", message, &fields)
}

fn with_version(mut r: Resp, v: u64) -> Resp {
    r.headers
        .push(("x-cloud-resource-version".into(), v.to_string()));
    r
}

fn header<'a>(req: &'a Req, name: &str) -> Option<&'a str> {
    req.headers.get(name).and_then(|v| v.to_str().ok())
}

fn query_flag(req: &Req, name: &str, default: bool) -> bool {
    util::parse_query(req.query.as_deref())
        .into_iter()
        .find(|(k, _)| k == name)
        .map_or(default, |(_, v)| v.is_empty() || v == "true")
}

fn query_value(req: &Req, name: &str) -> Option<String> {
    util::parse_query(req.query.as_deref())
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

fn method_not_allowed(allow: &str) -> Resp {
    let mut r = failed(405, "root.method_not_allowed", "Method not allowed", &[]);
    r.headers.push(("allow".into(), allow.into()));
    r
}

/// The body as JSON, checked against a Swagger definition when one is configured.
fn body_json(state: &EceState, req: &Req, definition: &str) -> Result<Value, Resp> {
    let v: Value = serde_json::from_slice(&req.body)
        .map_err(|e| invalid(&format!("The request body is not valid JSON: {e}"), vec![]))?;
    if let Some(s) = &state.swagger {
        let problems = s.validate(definition, &v);
        if !problems.is_empty() {
            lock(&state.violations).extend(
                problems
                    .iter()
                    .map(|p| format!("{} {} ({definition}): {p}", req.method, req.path)),
            );
            return Err(invalid(
                &format!(
                    "The request does not match {definition}: {}",
                    problems.join("; ")
                ),
                problems,
            ));
        }
    }
    Ok(v)
}

impl Service for EceState {
    fn handle(self: Arc<Self>, req: Req) -> RespFuture {
        Box::pin(async move { handle(&self, &req) })
    }

    fn fault_response(&self, code: u16) -> Resp {
        Resp::json(
            code,
            &json!({"errors": [{"code": "root.simulated_fault", "message": service::reason(code)}]}),
        )
    }
}

pub(crate) fn handle(state: &EceState, req: &Req) -> Resp {
    // Hooks first, without any lock held: they may change the state.
    let hook = {
        let mut hooks = lock(&state.hooks);
        hooks
            .iter()
            .position(|(m, p, _)| {
                m.eq_ignore_ascii_case(req.method.as_str()) && req.path.ends_with(p.as_str())
            })
            .map(|i| hooks.remove(i).2)
    };
    if let Some(h) = hook {
        h();
    }
    let auth = header(req, "authorization");
    let basic_ok = |encoded: &str| {
        use base64::Engine as _;
        let Some((user, password)) = &state.basic else {
            return false;
        };
        base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .is_some_and(|pair| pair == format!("{user}:{password}"))
    };
    let authorized = auth
        .and_then(|h| h.strip_prefix("ApiKey "))
        .is_some_and(|k| k == state.api_key)
        || auth
            .and_then(|h| h.strip_prefix("Basic "))
            .is_some_and(basic_ok);
    if !authorized {
        return failed(
            401,
            "root.unauthenticated",
            "The supplied authentication is invalid",
            &[],
        );
    }
    let Some(rest) = req.path.strip_prefix("/api/v1/") else {
        return not_found();
    };
    let segs: Vec<String> = rest
        .trim_end_matches('/')
        .split('/')
        .map(|s| util::percent_decode(s, false))
        .collect();
    let segs: Vec<&str> = segs.iter().map(String::as_str).collect();
    let m = req.method.as_str();
    match segs.as_slice() {
        ["deployments", id] => match m {
            "GET" => get_deployment(state, req, id),
            "PUT" => put_deployment(state, req, id),
            _ => method_not_allowed("GET, PUT"),
        },
        ["deployments", id, "elasticsearch", ref_id, "keystore"] => match m {
            "GET" => keystore_get(state, id, ref_id),
            "PATCH" => keystore_patch(state, req, id, ref_id),
            _ => method_not_allowed("GET, PATCH"),
        },
        ["platform", "configuration", "trust-relationships"] if state.target == EceTarget::Ece => {
            match m {
                "GET" => relationships_list(state, req),
                "POST" => relationship_create(state, req),
                _ => method_not_allowed("GET, POST"),
            }
        }
        ["platform", "configuration", "trust-relationships", id]
            if state.target == EceTarget::Ece =>
        {
            match m {
                "GET" => relationship_get(state, req, id),
                "PUT" => relationship_update(state, req, id),
                "DELETE" => relationship_delete(state, id),
                _ => method_not_allowed("GET, PUT, DELETE"),
            }
        }
        _ => not_found(),
    }
}

fn deployment_not_found(id: &str) -> Resp {
    failed(
        404,
        "deployments.deployment_not_found",
        &format!("Deployment [{id}] cannot be found"),
        &[],
    )
}

fn get_deployment(state: &EceState, req: &Req, id: &str) -> Resp {
    let data = lock(&state.data);
    let Some(d) = data.deployments.get(id) else {
        return deployment_not_found(id);
    };
    let mut doc = d.doc.clone();
    let show_settings = query_flag(req, "show_settings", false);
    let show_plans = query_flag(req, "show_plans", true);
    if let Some(kinds) = doc["resources"].as_object_mut() {
        for list in kinds.values_mut() {
            for r in list.as_array_mut().into_iter().flatten() {
                if let Some(info) = r.get_mut("info").and_then(Value::as_object_mut) {
                    if !show_settings {
                        info.remove("settings");
                    }
                    if !show_plans
                        && let Some(cur) = info
                            .get_mut("plan_info")
                            .and_then(|p| p.get_mut("current"))
                            .and_then(Value::as_object_mut)
                    {
                        cur.remove("plan");
                    }
                }
            }
        }
    }
    with_version(Resp::json(200, &doc), d.version)
}

fn is_scope_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 32
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// The trust rules of the Swagger's descriptions; each problem with its field.
fn check_trust(trust: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Some(t) = trust.as_object() else {
        if !trust.is_null() {
            out.push(("trust must be an object".into(), "trust".into()));
        }
        return out;
    };
    let list = |k: &str| {
        t.get(k)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    for (i, d) in list("direct").iter().enumerate() {
        let f = |x: &str| format!("trust.direct[{i}].{x}");
        if d["name"].as_str().is_none_or(str::is_empty) {
            out.push(("a direct trust needs a name".into(), f("name")));
        }
        let trust_all = d["trust_all"].as_bool();
        if trust_all.is_none() {
            out.push(("trust_all is required".into(), f("trust_all")));
        }
        let kind = d["type"].as_str().unwrap_or("generic");
        if !["ECE", "ESS", "generic", "proxy"].contains(&kind) {
            out.push((format!("unknown type [{kind}]"), f("type")));
        }
        let certs = d["certificates"].as_array().cloned().unwrap_or_default();
        if certs.is_empty() {
            out.push((
                "at least one certificate is required".into(),
                f("certificates"),
            ));
        }
        for (j, c) in certs.iter().enumerate() {
            let pem = c["pem"].as_str().unwrap_or_default();
            if !pem.contains("-----BEGIN CERTIFICATE-----") {
                out.push((
                    "the certificate must be a PEM CERTIFICATE".into(),
                    format!("trust.direct[{i}].certificates[{j}].pem"),
                ));
            }
            if pem.contains("PRIVATE KEY") {
                out.push((
                    "the certificate must not contain a private key".into(),
                    format!("trust.direct[{i}].certificates[{j}].pem"),
                ));
            }
        }
        let scope = d["scope_id"].as_str();
        let allowlist = d["trust_allowlist"].as_array().map_or(0, Vec::len);
        let nodes = d["additional_node_names"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        if kind == "proxy" {
            if trust_all == Some(true)
                || allowlist > 0
                || scope.is_some()
                || d.get("additional_node_names").is_some()
            {
                out.push((
                    "a proxy trust has trust_all false and no trust_allowlist, scope_id or additional_node_names".into(),
                    f("type"),
                ));
            }
            continue;
        }
        if let Some(s) = scope
            && !is_scope_id(s)
        {
            out.push((
                "scope_id must be a lowercase alphanumerical string of at most 32 characters"
                    .into(),
                f("scope_id"),
            ));
        }
        if scope.is_none() && (trust_all == Some(true) || allowlist > 0) {
            out.push((
                "scope_id is required when trust_all is true or trust_allowlist is not empty"
                    .into(),
                f("scope_id"),
            ));
        }
        if scope.is_none() && nodes.is_empty() {
            out.push((
                "additional_node_names is mandatory when scope_id is not defined".into(),
                f("additional_node_names"),
            ));
        }
        if nodes
            .iter()
            .any(|n| n.as_str().is_none_or(|s| s.contains('*')))
        {
            out.push((
                "wildcards are not allowed in additional_node_names".into(),
                f("additional_node_names"),
            ));
        }
    }
    for (i, a) in list("accounts").iter().enumerate() {
        if a["account_id"].as_str().is_none_or(str::is_empty) {
            out.push((
                "account_id is required".into(),
                format!("trust.accounts[{i}].account_id"),
            ));
        }
        if !a["trust_all"].is_boolean() {
            out.push((
                "trust_all is required".into(),
                format!("trust.accounts[{i}].trust_all"),
            ));
        }
    }
    for (i, e) in list("external").iter().enumerate() {
        if e["trust_relationship_id"]
            .as_str()
            .is_none_or(str::is_empty)
        {
            out.push((
                "trust_relationship_id is required".into(),
                format!("trust.external[{i}].trust_relationship_id"),
            ));
        }
        if !e["trust_all"].is_boolean() {
            out.push((
                "trust_all is required".into(),
                format!("trust.external[{i}].trust_all"),
            ));
        }
    }
    out
}

fn fingerprint(pem: &str) -> Option<String> {
    use base64::Engine as _;
    let body: String = pem
        .lines()
        .filter(|l| !l.starts_with("-----"))
        .collect::<Vec<_>>()
        .concat();
    let der = base64::engine::general_purpose::STANDARD
        .decode(body.trim())
        .ok()?;
    Some(util::hex(&util::sha256(&der)))
}

/// Server-side fields of stored trust: `uid` for direct entries, certificates' metadata. `old` gives the
/// uids already assigned (kept for entries sent with them).
fn normalise_trust(trust: &mut Value, _old: Option<&Value>) {
    if let Some(direct) = trust.get_mut("direct").and_then(Value::as_array_mut) {
        for d in direct {
            if d.get("uid").and_then(Value::as_str).is_none() {
                d["uid"] = json!(
                    util::random_id(12)
                        .to_ascii_lowercase()
                        .replace(['-', '_'], "0")
                );
            }
            for c in d
                .get_mut("certificates")
                .and_then(Value::as_array_mut)
                .into_iter()
                .flatten()
            {
                let meta = c["pem"]
                    .as_str()
                    .and_then(fingerprint)
                    .map(|f| json!({"fingerprint": f}));
                match meta {
                    Some(m) => c["metadata"] = m,
                    None => {
                        if let Some(o) = c.as_object_mut() {
                            o.remove("metadata");
                        }
                    }
                }
            }
        }
    }
    if let Some(external) = trust.get_mut("external").and_then(Value::as_array_mut) {
        // `name` is "retrieved from the TrustRelationship and ignored on write".
        for e in external {
            if let Some(o) = e.as_object_mut() {
                o.remove("name");
            }
        }
    }
}

/// Applies a sent `trust` to the stored one with the Swagger's semantics.
fn apply_trust(settings: &mut Map<String, Value>, sent: &Value) {
    if sent.is_null() {
        settings.remove("trust");
        return;
    }
    let old = settings.get("trust").cloned();
    let mut merged = old.clone().unwrap_or_else(|| json!({}));
    if let (Some(m), Some(s)) = (merged.as_object_mut(), sent.as_object()) {
        for (k, v) in s {
            if v.is_null() {
                m.remove(k);
            } else {
                m.insert(k.clone(), v.clone());
            }
        }
    }
    normalise_trust(&mut merged, old.as_ref());
    settings.insert("trust".into(), merged);
}

const RESOURCE_KINDS: [&str; 6] = [
    "elasticsearch",
    "kibana",
    "apm",
    "appsearch",
    "enterprise_search",
    "integrations_server",
];

fn put_deployment(state: &EceState, req: &Req, id: &str) -> Resp {
    if !lock(&state.data).deployments.contains_key(id) {
        return deployment_not_found(id);
    }
    let body = match body_json(state, req, "DeploymentUpdateRequest") {
        Ok(b) => b,
        Err(r) => return r,
    };
    let Some(prune) = body["prune_orphans"].as_bool() else {
        return invalid("prune_orphans is required", vec!["prune_orphans".into()]);
    };
    let mut data = lock(&state.data);
    let Some(dep) = data.deployments.get_mut(id) else {
        return deployment_not_found(id);
    };
    if let Some(v) = query_value(req, "version")
        && v != dep.version.to_string()
    {
        return failed(
            409,
            "deployments.version_conflict",
            &format!(
                "The deployment has been modified: version [{v}] was given, the current version is [{}]",
                dep.version
            ),
            &[],
        );
    }
    let payloads = body["resources"]["elasticsearch"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut doc = dep.doc.clone();
    let mut problems: Vec<(String, String)> = Vec::new();
    for (i, p) in payloads.iter().enumerate() {
        let f = |x: &str| format!("resources.elasticsearch[{i}].{x}");
        let (Some(ref_id), Some(region)) = (p["ref_id"].as_str(), p["region"].as_str()) else {
            problems.push(("ref_id and region are required".into(), f("ref_id")));
            continue;
        };
        if !p["plan"].is_object() {
            problems.push(("plan is required".into(), f("plan")));
            continue;
        }
        let Some(existing) = doc["resources"]["elasticsearch"]
            .as_array_mut()
            .and_then(|l| l.iter_mut().find(|e| e["ref_id"] == ref_id))
        else {
            problems.push((
                format!("the deployment has no Elasticsearch resource [{ref_id}]"),
                f("ref_id"),
            ));
            continue;
        };
        if existing["region"] != region {
            problems.push((
                format!(
                    "the region cannot change (the resource is in [{}])",
                    existing["region"].as_str().unwrap_or_default()
                ),
                f("region"),
            ));
            continue;
        }
        if let Some(t) = p["settings"].get("trust") {
            for (msg, field) in check_trust(t) {
                problems.push((msg, f(&format!("settings.{field}"))));
            }
        }
        existing["info"]["plan_info"]["current"]["plan"] = p["plan"].clone();
        if let Some(sent) = p["settings"].as_object() {
            let info = existing["info"].as_object_mut().expect("info is an object");
            let settings = info
                .entry("settings")
                .or_insert_with(|| json!({}))
                .as_object_mut()
                .expect("settings is an object");
            for (k, v) in sent {
                if k == "trust" {
                    apply_trust(settings, v);
                } else if v.is_null() {
                    settings.remove(k);
                } else {
                    // Read-only fields (the Swagger's `readOnly`) are the service's: a write keeps them.
                    let mut new = v.clone();
                    let keep: &[&str] = match k.as_str() {
                        "snapshot" => &["slm"],
                        "metadata" => &["organization_id", "hidden"],
                        _ => &[],
                    };
                    if let (Some(old), Some(n)) = (
                        settings.get(k).and_then(Value::as_object),
                        new.as_object_mut(),
                    ) {
                        for f in keep {
                            if let Some(x) = old.get(*f) {
                                n.insert((*f).to_owned(), x.clone());
                            }
                        }
                    }
                    settings.insert(k.clone(), new);
                }
            }
        }
    }
    if !problems.is_empty() {
        let message = problems
            .iter()
            .map(|(m, f)| format!("{f}: {m}"))
            .collect::<Vec<_>>()
            .join("; ");
        return invalid(
            &format!("The deployment request had errors: {message}"),
            problems.into_iter().map(|(_, f)| f).collect(),
        );
    }
    let mut orphaned = json!({"elasticsearch": [], "kibana": [], "apm": [], "appsearch": [], "enterprise_search": [], "integrations_server": []});
    if prune {
        for kind in RESOURCE_KINDS {
            let keep: Vec<String> = body["resources"][kind]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| p["ref_id"].as_str().map(str::to_owned))
                .collect();
            if let Some(list) = doc["resources"][kind].as_array_mut() {
                list.retain(|r| {
                    let ref_id = r["ref_id"].as_str().unwrap_or_default();
                    let kept = keep.iter().any(|k| k == ref_id);
                    if !kept {
                        let id = r["id"].clone();
                        if kind == "elasticsearch" {
                            orphaned[kind]
                                .as_array_mut()
                                .expect("array")
                                .push(json!({"cluster_id": id}));
                        } else {
                            orphaned[kind].as_array_mut().expect("array").push(id);
                        }
                    }
                    kept
                });
            }
        }
    }
    if query_flag(req, "validate_only", false) {
        return with_version(Resp::json(200, &update_response(&doc, None)), dep.version);
    }
    dep.doc = doc;
    dep.version += 1;
    let shown = (prune && !query_flag(req, "hide_pruned_orphans", false)).then_some(orphaned);
    let resp = with_version(
        Resp::json(200, &update_response(&dep.doc, shown)),
        dep.version,
    );
    state.sync_trust(id, &dep.doc);
    resp
}

fn update_response(doc: &Value, orphaned: Option<Value>) -> Value {
    let mut resources = Vec::new();
    for kind in RESOURCE_KINDS {
        for r in doc["resources"][kind].as_array().into_iter().flatten() {
            resources.push(
                json!({"ref_id": r["ref_id"], "id": r["id"], "kind": kind, "region": r["region"]}),
            );
        }
    }
    let mut out = json!({"id": doc["id"], "name": doc["name"], "resources": resources});
    if let Some(o) = orphaned {
        out["shutdown_resources"] = o;
    }
    out
}

fn keystore_target<'a>(
    data: &'a mut Data,
    id: &str,
    ref_id: &str,
) -> Result<&'a mut BTreeMap<String, (Value, bool)>, Resp> {
    let Some(d) = data.deployments.get_mut(id) else {
        return Err(deployment_not_found(id));
    };
    let known = d.doc["resources"]["elasticsearch"]
        .as_array()
        .is_some_and(|l| l.iter().any(|e| e["ref_id"] == ref_id));
    if !known {
        return Err(failed(
            404,
            "deployments.deployment_resource_not_found",
            &format!("Elasticsearch resource [{ref_id}] of deployment [{id}] cannot be found"),
            &[],
        ));
    }
    Ok(d.keystores.entry(ref_id.to_owned()).or_default())
}

fn keystore_contents(ks: &BTreeMap<String, (Value, bool)>) -> Value {
    let secrets: Map<String, Value> = ks
        .iter()
        .map(|(k, (_, as_file))| (k.clone(), json!({"as_file": as_file})))
        .collect();
    json!({"secrets": secrets})
}

fn keystore_get(state: &EceState, id: &str, ref_id: &str) -> Resp {
    let mut data = lock(&state.data);
    match keystore_target(&mut data, id, ref_id) {
        Ok(ks) => Resp::json(200, &keystore_contents(ks)),
        Err(r) => r,
    }
}

fn keystore_patch(state: &EceState, req: &Req, id: &str, ref_id: &str) -> Resp {
    {
        let mut data = lock(&state.data);
        if let Err(r) = keystore_target(&mut data, id, ref_id) {
            return r;
        }
    }
    let body = match body_json(state, req, "KeystoreContents") {
        Ok(b) => b,
        Err(r) => return r,
    };
    let Some(secrets) = body["secrets"].as_object() else {
        return invalid("secrets is required", vec!["secrets".into()]);
    };
    let mut data = lock(&state.data);
    let ks = match keystore_target(&mut data, id, ref_id) {
        Ok(ks) => ks,
        Err(r) => return r,
    };
    let mut changes = Vec::new();
    for (name, s) in secrets {
        match s.get("value").filter(|v| !v.is_null()) {
            Some(v) => {
                let as_file = s["as_file"].as_bool().unwrap_or(v.is_object());
                ks.insert(name.clone(), (v.clone(), as_file));
                let text = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
                changes.push((name.clone(), Some(text)));
            }
            None => {
                ks.remove(name);
                changes.push((name.clone(), None));
            }
        }
    }
    let resp = Resp::json(200, &keystore_contents(ks));
    drop(data);
    state.sync_keystore(id, ref_id, &changes);
    resp
}

fn relationship_view(r: &Value, include_certificate: bool) -> Value {
    let mut v = r.clone();
    if !include_certificate && let Some(o) = v.as_object_mut() {
        o.remove("public_ca_cert");
    }
    v
}

fn relationship_not_found(id: &str) -> Resp {
    failed(
        404,
        "trust_relationships.not_found",
        &format!("Trust relationship [{id}] cannot be found"),
        &[],
    )
}

fn relationships_list(state: &EceState, req: &Req) -> Resp {
    let include = query_flag(req, "include_certificate", false);
    let filter = query_value(req, "filter").unwrap_or_else(|| "all".into());
    if !["all", "local", "non-local"].contains(&filter.as_str()) {
        return invalid(
            &format!("filter must be one of all, local, non-local; got [{filter}]"),
            vec!["filter".into()],
        );
    }
    let data = lock(&state.data);
    let list: Vec<Value> = data
        .relationships
        .values()
        .filter(|r| match filter.as_str() {
            "local" => r["local"] == true,
            "non-local" => r["local"] != true,
            _ => true,
        })
        .map(|r| relationship_view(r, include))
        .collect();
    Resp::json(200, &json!({"trust_relationships": list}))
}

fn check_ca(pem: &str) -> Option<&'static str> {
    if !pem.contains("-----BEGIN CERTIFICATE-----") {
        Some("public_ca_cert must be a PEM CERTIFICATE")
    } else if pem.contains("PRIVATE KEY") {
        Some("public_ca_cert must not contain a private key")
    } else {
        None
    }
}

fn relationship_create(state: &EceState, req: &Req) -> Resp {
    let body = match body_json(state, req, "TrustRelationshipCreateRequest") {
        Ok(b) => b,
        Err(r) => return r,
    };
    let (Some(name), Some(pem)) = (body["name"].as_str(), body["public_ca_cert"].as_str()) else {
        return invalid(
            "name and public_ca_cert are required",
            vec!["name".into(), "public_ca_cert".into()],
        );
    };
    if let Some(m) = check_ca(pem) {
        return invalid(m, vec!["public_ca_cert".into()]);
    }
    let id = util::hex(&util::sha256(util::random_id(16).as_bytes()))[..32].to_owned();
    let mut r = json!({"id": id, "name": name, "trust_by_default": body["trust_by_default"].as_bool().unwrap_or(false),
                       "local": false, "public_ca_cert": pem, "last_modified": util::iso_millis(util::now_millis())});
    for k in ["account_ids", "installation_id"] {
        if let Some(v) = body.get(k) {
            r[k] = v.clone();
        }
    }
    lock(&state.data).relationships.insert(id, r.clone());
    let mut shown = relationship_view(&r, false);
    if let Some(o) = shown.as_object_mut() {
        o.remove("last_modified");
    }
    with_version(Resp::json(201, &shown), 1)
}

fn relationship_get(state: &EceState, req: &Req, id: &str) -> Resp {
    let include = query_flag(req, "include_certificate", false);
    match lock(&state.data).relationships.get(id) {
        Some(r) => with_version(Resp::json(200, &relationship_view(r, include)), 1),
        None => relationship_not_found(id),
    }
}

fn relationship_update(state: &EceState, req: &Req, id: &str) -> Resp {
    if !lock(&state.data).relationships.contains_key(id) {
        return relationship_not_found(id);
    }
    let body = match body_json(state, req, "TrustRelationshipUpdateRequest") {
        Ok(b) => b,
        Err(r) => return r,
    };
    if let Some(m) = body["public_ca_cert"].as_str().and_then(check_ca) {
        return invalid(m, vec!["public_ca_cert".into()]);
    }
    let mut data = lock(&state.data);
    let Some(r) = data.relationships.get_mut(id) else {
        return relationship_not_found(id);
    };
    if let Some(o) = body.as_object() {
        for (k, v) in o {
            r[k] = v.clone();
        }
    }
    r["last_modified"] = json!(util::iso_millis(util::now_millis()));
    let mut shown = relationship_view(r, false);
    if let Some(o) = shown.as_object_mut() {
        o.remove("last_modified");
    }
    with_version(Resp::json(200, &shown), 1)
}

fn relationship_delete(state: &EceState, id: &str) -> Resp {
    match lock(&state.data).relationships.remove(id) {
        Some(_) => Resp::json(200, &json!({})),
        None => relationship_not_found(id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trust_rules() {
        let pem = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
        let ok = json!({"direct": [{"name": "a", "trust_all": false, "additional_node_names": ["n1.example"], "certificates": [{"pem": pem}]},
                                   {"name": "b", "trust_all": true, "scope_id": "abc123", "certificates": [{"pem": pem}]},
                                   {"name": "p", "type": "proxy", "trust_all": false, "certificates": [{"pem": pem}]}],
                        "accounts": [{"account_id": "x", "trust_all": true}]});
        assert!(check_trust(&ok).is_empty(), "{:?}", check_trust(&ok));
        let bad = json!({"direct": [
            {"name": "a", "trust_all": false, "certificates": [{"pem": pem}]},
            {"name": "b", "trust_all": false, "trust_allowlist": ["c"], "additional_node_names": ["n"], "certificates": [{"pem": pem}]},
            {"name": "c", "trust_all": false, "scope_id": "ABC", "certificates": [{"pem": pem}]},
            {"name": "d", "trust_all": false, "additional_node_names": ["*.example"], "certificates": [{"pem": format!("{pem}-----BEGIN PRIVATE KEY-----")}]},
            {"name": "e", "type": "proxy", "trust_all": false, "scope_id": "s", "certificates": []}]});
        let fields: Vec<String> = check_trust(&bad).into_iter().map(|(_, f)| f).collect();
        for f in [
            "trust.direct[0].additional_node_names",
            "trust.direct[1].scope_id",
            "trust.direct[2].scope_id",
            "trust.direct[3].additional_node_names",
            "trust.direct[3].certificates[0].pem",
            "trust.direct[4].type",
            "trust.direct[4].certificates",
        ] {
            assert!(fields.iter().any(|x| x == f), "{f} not in {fields:?}");
        }
    }

    #[test]
    fn trust_semantics_omitted_keeps_null_reverts_lists_replace() {
        let mut settings = Map::new();
        apply_trust(
            &mut settings,
            &json!({"accounts": [{"account_id": "a", "trust_all": true}], "direct": []}),
        );
        apply_trust(
            &mut settings,
            &json!({"direct": [{"name": "x", "trust_all": false, "certificates": []}]}),
        );
        let t = &settings["trust"];
        assert_eq!(t["accounts"][0]["account_id"], "a");
        assert_eq!(t["direct"].as_array().unwrap().len(), 1);
        assert!(t["direct"][0]["uid"].is_string());
        apply_trust(&mut settings, &json!({"accounts": null}));
        assert!(settings["trust"].get("accounts").is_none());
        assert_eq!(settings["trust"]["direct"].as_array().unwrap().len(), 1);
        apply_trust(&mut settings, &Value::Null);
        assert!(!settings.contains_key("trust"));
    }
}
