//! The ECE/ECH API client (elastic-facts §4): deployments and their trust settings, the Elasticsearch
//! keystore, and ECE's platform trust relationships.
//!
//! Base URL `https://HOST[:PORT]/api/v1` (the cloud connection profile builds it); `Authorization: ApiKey
//! <key>` with the key as given. Trust changes are a read-merge-write guarded by the deployment's version:
//! `GET /deployments/{id}?show_settings=true&show_plans=true` (header `x-cloud-resource-version`), merge,
//! `PUT /deployments/{id}?version=V` with `prune_orphans: false` and only the Elasticsearch resource
//! (`region`, `ref_id`, the current plan `info.plan_info.current.plan`, the settings with the merged trust).
//! A `409` (another change came in between) or a `449` (the API asks for a retry) re-reads and merges again,
//! a bounded number of times; a write without a version (an overwrite) is never sent.

use crate::failure::FailureKind;
use crate::http::{Endpoint, Method, PlannedRequest, Request, Response, WireError};
use crate::models::ec::{
    BasicFailedReply, DeploymentGetResponse, DeploymentUpdateRequest, DeploymentUpdateResources,
    ElasticsearchClusterSettings, ElasticsearchPayload, ElasticsearchResourceInfo,
    KeystoreContents, TrustDiff, TrustRelationship, TrustRelationshipCreateRequest,
    TrustRelationshipUpdateRequest, TrustRelationshipsList, TrustSettings,
};
use crate::settings::CloudTarget;
use serde::Serialize;

/// The header carrying a resource's version (answered by GET and PUT, checked by `?version=`).
pub const RESOURCE_VERSION_HEADER: &str = "x-cloud-resource-version";
/// How many times a trust update is tried in all when the deployment keeps changing underneath (409).
pub const MAX_UPDATE_ATTEMPTS: u32 = 4;

/// A failure answered by the API: the wire failure (status, kind, ES error if any) and the ECE/ECH
/// `BasicFailedReply` when the body is one.
#[derive(Debug, Clone, Serialize)]
pub struct ApiError {
    #[serde(flatten)]
    pub wire: WireError,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply: Option<BasicFailedReply>,
}

impl ApiError {
    /// Reads a non-2xx response: the ECE/ECH error body, or Elasticsearch's (a proxied call), or neither.
    pub fn from_response(resp: &Response) -> Self {
        let mut wire = crate::http::classify::status_failure(resp);
        let reply = BasicFailedReply::parse(&resp.body);
        if reply.is_some() {
            wire.detail = None;
        }
        Self { wire, reply }
    }
    pub fn status(&self) -> Option<u16> {
        self.wire.status
    }
    pub fn has_code(&self, code: &str) -> bool {
        self.reply.as_ref().is_some_and(|r| r.has_code(code))
    }
    /// The remedy for this answer of the ECE/ECH API.
    pub fn remedy(&self) -> String {
        let codes: Vec<&str> = self
            .reply
            .iter()
            .flat_map(|r| r.errors.iter().map(|e| e.code.as_str()))
            .collect();
        let any = |suffix: &str| codes.iter().any(|c| c.ends_with(suffix));
        match self.wire.status {
            Some(401) => "Check the ECE/ECH API key ($EC_API_KEY or --ec-api-key-file): it may be mistyped, expired or revoked. Create one in the Cloud UI (ECH: Organization > API keys; ECE: the user menu > API keys).".into(),
            Some(403) => "The API key's role may not do this: on ECH give it a role that can edit the deployment (Admin or Editor on it); on ECE one that manages deployments (Deployment manager or Platform admin; platform trust relationships need Platform admin).".into(),
            Some(404) if any("deployment_resource_not_found") => "Check --ref-id: it names the Elasticsearch resource of the deployment (usually main-elasticsearch); `ece-trust list --deployment ID` shows it.".into(),
            Some(404) if any("trust_relationships.not_found") => "Check the trust relationship id: `ece-trust relationships list` shows them.".into(),
            Some(404) => "Check the deployment ID (--deployment): it is the 32-character hexadecimal id in the deployment's page URL, and the API key must belong to the organisation (ECH) or installation (ECE) that owns it.".into(),
            Some(409) => "The deployment changed while this command ran (another user or tool wrote it). Run the command again: it re-reads the deployment and merges into the new state.".into(),
            Some(449) => "The ECE API asked for a retry (HTTP 449): run the command again in a moment.".into(),
            Some(400) => "The API refused the request: the message names the field; fix the input and run again.".into(),
            _ => self.wire.remedy().into(),
        }
    }
    pub fn exit_code(&self) -> u8 {
        self.wire.exit_code()
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (&self.reply, self.wire.status) {
            (Some(r), Some(status)) => {
                let summary = match status {
                    409 => "version conflict (HTTP 409)",
                    449 => "retry requested (HTTP 449)",
                    _ => self.wire.kind.summary(),
                };
                write!(f, "{} {}: {summary}", self.wire.method, self.wire.url)?;
                for e in &r.errors {
                    write!(f, ": {}: {}", e.code, e.message)?;
                    if let Some(fields) = e.fields.as_ref().filter(|x| !x.is_empty()) {
                        write!(f, " (fields: {})", fields.join(", "))?;
                    }
                }
                Ok(())
            }
            _ => write!(f, "{}", self.wire),
        }
    }
}

/// Everything the client can fail with.
#[derive(Debug, thiserror::Error)]
pub enum EcError {
    #[error("{0}")]
    Api(ApiError),
    #[error("{0}")]
    Wire(WireError),
    #[error("`{value}` is not a valid {what}: use letters, digits, `-`, `_` or `.` only")]
    BadId { what: &'static str, value: String },
    #[error("deployment {deployment} has no Elasticsearch resource")]
    NoElasticsearch { deployment: String },
    #[error(
        "deployment {deployment} has no Elasticsearch resource with ref_id `{ref_id}` (it has: {known})"
    )]
    UnknownRefId {
        deployment: String,
        ref_id: String,
        known: String,
    },
    #[error(
        "deployment {deployment} has several Elasticsearch resources ({known}): choose one with --ref-id"
    )]
    AmbiguousRefId { deployment: String, known: String },
    #[error(
        "deployment {deployment} answered without its current Elasticsearch plan (info.plan_info.current.plan), which an update must send back"
    )]
    NoPlan { deployment: String },
    #[error(
        "deployment {deployment} answered without the {RESOURCE_VERSION_HEADER} header: refusing to write without a version (it could overwrite another change)"
    )]
    NoVersion { deployment: String },
    #[error(
        "deployment {deployment} refused the update in each of {attempts} attempts (HTTP 409: it changed meanwhile, or 449: retry); nothing was overwritten"
    )]
    Conflict { deployment: String, attempts: u32 },
    #[error(
        "{what} exists on ECE only; this connection is to ECH (give --target ece for an ECE host whose name ends in elastic-cloud.com)"
    )]
    EceOnly { what: &'static str },
}

impl EcError {
    /// Exit code: 2 bad input (nothing sent), 4 auth, 3 unreachable, else 1.
    pub fn exit_code(&self) -> u8 {
        match self {
            EcError::Api(a) => a.exit_code(),
            EcError::Wire(w) => w.exit_code(),
            EcError::BadId { .. } | EcError::EceOnly { .. } => crate::exit::USAGE,
            _ => crate::exit::FAILURE,
        }
    }
    pub fn remedy(&self) -> Option<String> {
        match self {
            EcError::Api(a) => Some(a.remedy()),
            EcError::Wire(w) => Some(w.remedy().to_string()),
            EcError::UnknownRefId { .. } | EcError::AmbiguousRefId { .. } => Some(
                "Give --ref-id with one of the names listed (`ece-trust list --deployment ID`)."
                    .into(),
            ),
            EcError::Conflict { .. } => Some(
                "Another user or tool keeps changing this deployment: wait for it to finish and run again."
                    .into(),
            ),
            EcError::NoVersion { .. } | EcError::NoPlan { .. } => Some(
                "Check that --ec-host points at the ECE coordinator or api.elastic-cloud.com itself, not a proxy that rewrites answers.".into(),
            ),
            _ => None,
        }
    }
    /// The HTTP status, when the API answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            EcError::Api(a) => a.status(),
            EcError::Wire(w) => w.status,
            _ => None,
        }
    }
}

impl From<WireError> for EcError {
    fn from(w: WireError) -> Self {
        EcError::Wire(w)
    }
}

/// Checks an id that goes into a URL path.
pub fn check_id(what: &'static str, value: &str) -> Result<(), EcError> {
    let ok = !value.is_empty()
        && value.len() <= 128
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && value != "."
        && value != "..";
    if ok {
        Ok(())
    } else {
        Err(EcError::BadId {
            what,
            value: value.chars().take(64).collect(),
        })
    }
}

/// Removes the fields the Swagger marks `readOnly` under `ElasticsearchClusterSettings` (besides the trust
/// settings' own, see `TrustSettings::for_write`): `metadata.organization_id`, `metadata.hidden`,
/// `snapshot.slm`. They are "ignored on write" and must not be sent back.
pub fn strip_read_only(settings: &mut ElasticsearchClusterSettings) {
    if let Some(m) = settings
        .extra
        .get_mut("metadata")
        .and_then(serde_json::Value::as_object_mut)
    {
        m.remove("organization_id");
        m.remove("hidden");
    }
    if let Some(s) = settings
        .extra
        .get_mut("snapshot")
        .and_then(serde_json::Value::as_object_mut)
    {
        s.remove("slm");
    }
}

/// Removes the `readOnly` fields of `ElasticsearchClusterPlan`: `transient.remote_clusters.resources[].info`.
pub fn strip_read_only_plan(plan: &mut serde_json::Value) {
    if let Some(list) = plan
        .pointer_mut("/transient/remote_clusters/resources")
        .and_then(serde_json::Value::as_array_mut)
    {
        for r in list {
            if let Some(o) = r.as_object_mut() {
                o.remove("info");
            }
        }
    }
}

/// A deployment as read, with its version.
#[derive(Debug, Clone)]
pub struct VersionedDeployment {
    pub deployment: DeploymentGetResponse,
    pub version: Option<String>,
}

impl VersionedDeployment {
    /// The Elasticsearch resource named `ref_id`, or the only one.
    pub fn elasticsearch(
        &self,
        ref_id: Option<&str>,
    ) -> Result<&ElasticsearchResourceInfo, EcError> {
        let es = &self.deployment.resources.elasticsearch;
        let known = || {
            es.iter()
                .map(|r| r.ref_id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match ref_id {
            Some(r) => es
                .iter()
                .find(|e| e.ref_id == r)
                .ok_or_else(|| EcError::UnknownRefId {
                    deployment: self.deployment.id.clone(),
                    ref_id: r.to_string(),
                    known: known(),
                }),
            None => match es.as_slice() {
                [] => Err(EcError::NoElasticsearch {
                    deployment: self.deployment.id.clone(),
                }),
                [one] => Ok(one),
                _ => Err(EcError::AmbiguousRefId {
                    deployment: self.deployment.id.clone(),
                    known: known(),
                }),
            },
        }
    }
}

/// Whether to send the change or only show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Apply,
    DryRun,
}

/// What a trust update did.
#[derive(Debug, Clone, Serialize)]
pub struct TrustUpdate {
    pub deployment: String,
    pub ref_id: String,
    /// `unchanged`, `planned` (dry run) or `applied`.
    pub outcome: &'static str,
    pub diff: TrustDiff,
    /// The trust settings after the change (as they are when unchanged).
    pub trust: TrustSettings,
    /// The version read before writing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_read: Option<String>,
    /// The version the PUT answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_written: Option<String>,
    /// Read-merge-write rounds (more than 1 after a version conflict).
    pub attempts: u32,
    /// The request a dry run would have sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub planned: Option<PlannedRequest>,
}

/// The ECE/ECH API.
#[derive(Debug, Clone)]
pub struct EcClient {
    pub endpoint: Endpoint,
    pub target: CloudTarget,
}

impl EcClient {
    pub fn new(endpoint: Endpoint, target: CloudTarget) -> Self {
        Self { endpoint, target }
    }

    async fn call(&self, req: &Request) -> Result<Response, EcError> {
        let resp = self.endpoint.send(req).await?;
        if resp.is_success() {
            Ok(resp)
        } else {
            Err(EcError::Api(ApiError::from_response(&resp)))
        }
    }

    fn deployment_request(id: &str) -> Request {
        Request::get(format!("/deployments/{id}"))
            .query("show_settings", "true")
            .query("show_plans", "true")
    }

    /// `GET /deployments/{id}?show_settings=true&show_plans=true` and its version.
    pub async fn get_deployment(&self, id: &str) -> Result<VersionedDeployment, EcError> {
        check_id("deployment id", id)?;
        let resp = self.call(&Self::deployment_request(id)).await?;
        let version = resp.header(RESOURCE_VERSION_HEADER).map(str::to_string);
        Ok(VersionedDeployment {
            deployment: resp.json()?,
            version,
        })
    }

    /// The read-merge-write of `settings.trust` of one Elasticsearch resource. `merge` gets the current
    /// trust settings (empty when the deployment has none) and returns the diff it made; it is called
    /// again on a fresh read after a version conflict. An empty diff sends nothing.
    pub async fn update_trust(
        &self,
        deployment: &str,
        ref_id: Option<&str>,
        mode: Mode,
        merge: impl Fn(&mut TrustSettings) -> TrustDiff,
    ) -> Result<TrustUpdate, EcError> {
        check_id("deployment id", deployment)?;
        if let Some(r) = ref_id {
            check_id("ref id", r)?;
        }
        let mut attempt = 1;
        loop {
            let read = self.get_deployment(deployment).await?;
            let es = read.elasticsearch(ref_id)?;
            let mut settings: ElasticsearchClusterSettings =
                es.info.settings.clone().unwrap_or_default();
            let mut trust = settings.trust.clone().unwrap_or_default();
            let diff = merge(&mut trust);
            let mut update = TrustUpdate {
                deployment: deployment.to_string(),
                ref_id: es.ref_id.clone(),
                outcome: "unchanged",
                diff,
                trust: trust.clone(),
                version_read: read.version.clone(),
                version_written: None,
                attempts: attempt,
                planned: None,
            };
            if update.diff.is_empty() {
                return Ok(update);
            }
            let plan = es
                .info
                .plan_info
                .as_ref()
                .and_then(|p| p.current.as_ref())
                .and_then(|c| c.plan.clone())
                .ok_or_else(|| EcError::NoPlan {
                    deployment: deployment.to_string(),
                })?;
            settings.trust = Some(trust.for_write());
            strip_read_only(&mut settings);
            let mut plan = plan;
            strip_read_only_plan(&mut plan);
            let body = DeploymentUpdateRequest {
                name: None,
                prune_orphans: false,
                resources: DeploymentUpdateResources {
                    elasticsearch: vec![ElasticsearchPayload {
                        ref_id: es.ref_id.clone(),
                        region: es.region.clone(),
                        plan,
                        settings: Some(settings),
                    }],
                },
            };
            let Some(version) = read.version.clone() else {
                return Err(EcError::NoVersion {
                    deployment: deployment.to_string(),
                });
            };
            let req = Request::new(Method::PUT, format!("/deployments/{deployment}"))
                .json(&body)
                .query("version", &version);
            if mode == Mode::DryRun {
                update.outcome = "planned";
                update.planned = Some(req.planned(&self.endpoint.base));
                return Ok(update);
            }
            match self.call(&req).await {
                Ok(resp) => {
                    update.outcome = "applied";
                    update.version_written =
                        resp.header(RESOURCE_VERSION_HEADER).map(str::to_string);
                    return Ok(update);
                }
                // 409: the deployment changed since it was read; 449: the API asks for a retry. Both:
                // read again and merge into what is there now.
                Err(EcError::Api(a)) if matches!(a.status(), Some(409 | 449)) => {
                    if attempt >= MAX_UPDATE_ATTEMPTS {
                        return Err(EcError::Conflict {
                            deployment: deployment.to_string(),
                            attempts: attempt,
                        });
                    }
                    tracing::info!(
                        attempt,
                        status = a.status(),
                        "deployment {deployment}: the update was refused for now (409 changed since read, 449 retry): reading it again"
                    );
                    attempt += 1;
                }
                Err(e) => return Err(e),
            }
        }
    }

    fn keystore_path(deployment: &str, ref_id: &str) -> Result<String, EcError> {
        check_id("deployment id", deployment)?;
        check_id("ref id", ref_id)?;
        Ok(format!(
            "/deployments/{deployment}/elasticsearch/{ref_id}/keystore"
        ))
    }

    /// `GET .../keystore`: names and `as_file`, never values.
    pub async fn get_keystore(
        &self,
        deployment: &str,
        ref_id: &str,
    ) -> Result<KeystoreContents, EcError> {
        let path = Self::keystore_path(deployment, ref_id)?;
        Ok(self.call(&Request::get(path)).await?.json()?)
    }

    /// The `PATCH .../keystore` request for `contents`, every `value` redacted in logs and dry runs.
    pub fn keystore_patch_request(
        deployment: &str,
        ref_id: &str,
        contents: &KeystoreContents,
    ) -> Result<Request, EcError> {
        let path = Self::keystore_path(deployment, ref_id)?;
        let mut req = Request::new(Method::PATCH, path)
            .json(contents)
            .sensitive_response();
        for name in contents.secrets.keys() {
            let escaped = name.replace('~', "~0").replace('/', "~1");
            req = req.redact(format!("/secrets/{escaped}/value"));
        }
        Ok(req)
    }

    /// `PATCH .../keystore`: adds or replaces the secrets sent with a `value`, removes those sent without;
    /// secrets not sent are kept.
    pub async fn patch_keystore(
        &self,
        deployment: &str,
        ref_id: &str,
        contents: &KeystoreContents,
    ) -> Result<KeystoreContents, EcError> {
        let req = Self::keystore_patch_request(deployment, ref_id, contents)?;
        Ok(self.call(&req).await?.json()?)
    }

    fn ece_only(&self, what: &'static str) -> Result<(), EcError> {
        match self.target {
            CloudTarget::Ece => Ok(()),
            CloudTarget::Ech => Err(EcError::EceOnly { what }),
        }
    }

    /// `GET /platform/configuration/trust-relationships` (ECE only).
    pub async fn list_trust_relationships(
        &self,
        include_certificate: bool,
    ) -> Result<TrustRelationshipsList, EcError> {
        self.ece_only("platform trust relationships")?;
        let req = Request::get("/platform/configuration/trust-relationships")
            .query("include_certificate", &include_certificate.to_string());
        Ok(self.call(&req).await?.json()?)
    }

    /// `GET /platform/configuration/trust-relationships/{id}` (ECE only).
    pub async fn get_trust_relationship(&self, id: &str) -> Result<TrustRelationship, EcError> {
        self.ece_only("platform trust relationships")?;
        check_id("trust relationship id", id)?;
        let req = Request::get(format!("/platform/configuration/trust-relationships/{id}"))
            .query("include_certificate", "true");
        Ok(self.call(&req).await?.json()?)
    }

    /// The create request (for dry runs).
    pub fn create_trust_relationship_request(body: &TrustRelationshipCreateRequest) -> Request {
        Request::post("/platform/configuration/trust-relationships", body)
    }

    /// `POST /platform/configuration/trust-relationships` (ECE only).
    pub async fn create_trust_relationship(
        &self,
        body: &TrustRelationshipCreateRequest,
    ) -> Result<TrustRelationship, EcError> {
        self.ece_only("platform trust relationships")?;
        let req = Self::create_trust_relationship_request(body);
        Ok(self.call(&req).await?.json()?)
    }

    /// The update request (for dry runs).
    pub fn update_trust_relationship_request(
        id: &str,
        body: &TrustRelationshipUpdateRequest,
    ) -> Result<Request, EcError> {
        check_id("trust relationship id", id)?;
        Ok(Request::put(
            format!("/platform/configuration/trust-relationships/{id}"),
            body,
        ))
    }

    /// `PUT /platform/configuration/trust-relationships/{id}` (ECE only).
    pub async fn update_trust_relationship(
        &self,
        id: &str,
        body: &TrustRelationshipUpdateRequest,
    ) -> Result<TrustRelationship, EcError> {
        self.ece_only("platform trust relationships")?;
        let req = Self::update_trust_relationship_request(id, body)?;
        Ok(self.call(&req).await?.json()?)
    }

    /// The delete request (for dry runs).
    pub fn delete_trust_relationship_request(id: &str) -> Result<Request, EcError> {
        check_id("trust relationship id", id)?;
        Ok(Request::delete(format!(
            "/platform/configuration/trust-relationships/{id}"
        )))
    }

    /// `DELETE /platform/configuration/trust-relationships/{id}` (ECE only).
    pub async fn delete_trust_relationship(&self, id: &str) -> Result<(), EcError> {
        self.ece_only("platform trust relationships")?;
        let req = Self::delete_trust_relationship_request(id)?;
        self.call(&req).await?;
        Ok(())
    }

    /// Whether platform endpoints exist on this target.
    pub fn is_ece(&self) -> bool {
        self.target == CloudTarget::Ece
    }

    /// Classifies a failure's kind (for callers that map to the taxonomy).
    pub fn kind_of(e: &EcError) -> Option<FailureKind> {
        match e {
            EcError::Api(a) => Some(a.wire.kind),
            EcError::Wire(w) => Some(w.kind),
            _ => None,
        }
    }
}

impl crate::settings::Connection {
    /// The ECE/ECH API client of a cloud-profile connection.
    pub fn ec_client(&self) -> Result<EcClient, crate::http::TlsConfigError> {
        Ok(EcClient::new(
            self.endpoint()?,
            self.target.unwrap_or(CloudTarget::Ece),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_checked_before_they_reach_a_path() {
        assert!(check_id("deployment id", "f4a2c1e9b0d34a7e8c5b6d7e8f9a0b1c").is_ok());
        assert!(check_id("ref id", "main-elasticsearch").is_ok());
        for bad in ["", "..", "a/b", "a?b", "a b", "%2e%2e"] {
            assert!(
                matches!(check_id("x", bad), Err(EcError::BadId { .. })),
                "{bad}"
            );
        }
        assert_eq!(
            check_id("x", "a/b").unwrap_err().exit_code(),
            crate::exit::USAGE
        );
    }

    #[test]
    fn read_only_fields_are_not_sent_back() {
        let mut s: ElasticsearchClusterSettings = serde_json::from_value(serde_json::json!({
            "metadata": {"name": "n", "organization_id": "o", "hidden": false},
            "snapshot": {"interval": "30m", "slm": true}
        }))
        .unwrap();
        strip_read_only(&mut s);
        assert_eq!(
            serde_json::to_value(&s).unwrap(),
            serde_json::json!({"metadata": {"name": "n"}, "snapshot": {"interval": "30m"}})
        );
        let mut plan = serde_json::json!({"cluster_topology": [], "transient": {"remote_clusters": {"resources": [
            {"alias": "a", "info": {"x": 1}}]}}});
        strip_read_only_plan(&mut plan);
        assert_eq!(
            plan["transient"]["remote_clusters"]["resources"][0],
            serde_json::json!({"alias": "a"})
        );
    }

    #[test]
    fn keystore_values_are_redacted_in_plans() {
        let mut c = KeystoreContents::default();
        c.secrets.insert(
            "cluster.remote.a/b.credentials".into(),
            crate::models::ec::KeystoreSecret {
                value: Some(serde_json::json!("s3cret-value")),
                ..Default::default()
            },
        );
        let req = EcClient::keystore_patch_request("d1", "main-elasticsearch", &c).unwrap();
        let shown = req
            .planned(&url::Url::parse("https://ece:12443/api/v1").unwrap())
            .to_string();
        assert!(shown.starts_with(
            "PATCH https://ece:12443/api/v1/deployments/d1/elasticsearch/main-elasticsearch/keystore"
        ));
        assert!(
            !shown.contains("s3cret-value") && shown.contains("[redacted]"),
            "{shown}"
        );
    }
}
