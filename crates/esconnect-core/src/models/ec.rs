//! Plain serde models of the ECE/ECH API (Swagger 2.0, `shared/specs/ece/apidocs.json` and
//! `ech/apidocs.json`; the definitions used here are identical in both): deployments, the Elasticsearch
//! payload of a deployment update, `settings.trust`, the keystore, platform trust relationships, and the
//! error body `BasicFailedReply`.
//!
//! Every model is tolerant of unknown fields AND lossless: what it does not model is kept in `extra`
//! (`#[serde(flatten)]`) and written back, so a read-modify-write sends back every field it read.
//! Also: the trust merge (add-or-replace by `uid`, else by name; remove by name) and its diff.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Fields a model does not know, kept as read.
pub type Extra = Map<String, Value>;

/// `BasicFailedReply`: `{"errors":[{"code","message","fields"?}]}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BasicFailedReply {
    pub errors: Vec<BasicFailedReplyElement>,
}

/// `BasicFailedReplyElement`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BasicFailedReplyElement {
    pub code: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<String>>,
}

impl BasicFailedReply {
    /// The body, when it is this shape with at least one error.
    pub fn parse(body: &str) -> Option<Self> {
        let r: Self = serde_json::from_str(body).ok()?;
        (!r.errors.is_empty()).then_some(r)
    }
    pub fn has_code(&self, code: &str) -> bool {
        self.errors.iter().any(|e| e.code == code)
    }
}

/// `DeploymentGetResponse` (the parts we read; the rest is kept in `extra`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentGetResponse {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub resources: DeploymentResources,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `DeploymentResources`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentResources {
    #[serde(default)]
    pub elasticsearch: Vec<ElasticsearchResourceInfo>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `ElasticsearchResourceInfo`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ElasticsearchResourceInfo {
    pub ref_id: String,
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub info: ElasticsearchClusterInfo,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `ElasticsearchClusterInfo`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ElasticsearchClusterInfo {
    #[serde(default)]
    pub cluster_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_info: Option<ElasticsearchClusterPlansInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<ElasticsearchClusterSettings>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `ElasticsearchClusterPlansInfo`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ElasticsearchClusterPlansInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<ElasticsearchClusterPlanInfo>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `ElasticsearchClusterPlanInfo`: the plan itself is kept whole (`ElasticsearchClusterPlan` is large and
/// is only sent back as read).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ElasticsearchClusterPlanInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Value>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `ElasticsearchClusterSettings`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ElasticsearchClusterSettings {
    /// "When provided, trust settings are changed as specified. A `null` value reverts the field to the
    /// default value. Otherwise, all trust settings remain as they were set previously." (Swagger)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust: Option<TrustSettings>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `ElasticsearchClusterTrustSettings`. Each list, when sent, replaces the list (elastic-facts §4.2: the
/// replace-vs-merge of a list is unverified, so this crate always sends every list complete).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TrustSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Vec<AccountTrust>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct: Option<Vec<DirectTrust>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external: Option<Vec<ExternalTrust>>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `AccountTrustRelationship`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AccountTrust {
    pub account_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub trust_all: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust_allowlist: Option<Vec<String>>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `DirectTrustRelationship`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DirectTrust {
    /// "Auto generated identifier for this trust, allows distinguishing between update vs remove and add."
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    pub name: String,
    /// `ECE`, `ESS`, `generic` (the default) or `proxy`.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    pub trust_all: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust_allowlist: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_node_names: Option<Vec<String>>,
    #[serde(default)]
    pub certificates: Vec<TrustedCertificate>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `TrustedCertificate`. `metadata` is read-only ("generated by the Cloud service and ignored on write").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TrustedCertificate {
    pub pem: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Value>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `ExternalTrustRelationship`. `name` is "retrieved from the TrustRelationship and ignored on write".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExternalTrust {
    pub trust_relationship_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub trust_all: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust_allowlist: Option<Vec<String>>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `DeploymentUpdateRequest`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentUpdateRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Required. `true` shuts down every resource not in the request: always `false` here.
    pub prune_orphans: bool,
    pub resources: DeploymentUpdateResources,
}

/// `DeploymentUpdateResources` (only Elasticsearch is ever sent).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentUpdateResources {
    #[serde(default)]
    pub elasticsearch: Vec<ElasticsearchPayload>,
}

/// `ElasticsearchPayload`: `region`, `ref_id` and `plan` are required.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ElasticsearchPayload {
    pub ref_id: String,
    pub region: String,
    pub plan: Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<ElasticsearchClusterSettings>,
}

/// `KeystoreContents`: setting name to secret. A GET lists names and `as_file`, never values.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeystoreContents {
    pub secrets: BTreeMap<String, KeystoreSecret>,
}

/// `KeystoreSecret`. `value` holds a secret on write; a secret sent without `value` is removed.
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeystoreSecret {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_file: Option<bool>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl std::fmt::Debug for KeystoreSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeystoreSecret")
            .field(
                "value",
                &self.value.as_ref().map(|_| crate::secret::REDACTED),
            )
            .field("as_file", &self.as_file)
            .finish_non_exhaustive()
    }
}

/// `TrustRelationshipCreateRequest` (ECE only).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TrustRelationshipCreateRequest {
    pub name: String,
    pub public_ca_cert: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust_by_default: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_ids: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub installation_id: Option<String>,
}

/// `TrustRelationshipUpdateRequest` (ECE only; every field optional).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TrustRelationshipUpdateRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ca_cert: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust_by_default: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_ids: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub installation_id: Option<String>,
}

/// `TrustRelationshipGetResponse` (also what create and update answer, less the certificate).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TrustRelationship {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub trust_by_default: bool,
    #[serde(default)]
    pub local: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_ids: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ca_cert: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub installation_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `TrustRelationshipsListResponse`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TrustRelationshipsList {
    pub trust_relationships: Vec<TrustRelationship>,
}

// ----- the trust merge -----

/// Which list of `settings.trust` an entry lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TrustList {
    Accounts,
    Direct,
    External,
}

/// What a merge did to one entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeAction {
    Added,
    Replaced,
    Removed,
}

/// One changed entry: the list, its key (name, account id or relationship id), before and after as JSON
/// (certificates' read-only `metadata` left out). Never holds a secret: trust settings hold none.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrustChange {
    pub list: TrustList,
    pub key: String,
    pub action: ChangeAction,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<Value>,
}

/// The changes a merge made; empty when the settings already were as asked.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TrustDiff {
    pub changes: Vec<TrustChange>,
}

impl TrustDiff {
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
    pub fn extend(&mut self, other: TrustDiff) {
        self.changes.extend(other.changes);
    }
}

impl std::fmt::Display for TrustDiff {
    /// A line-oriented diff: `+`/`-` lines of pretty JSON per changed entry.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.changes.is_empty() {
            return writeln!(f, "no change: the trust settings are already as asked");
        }
        for c in &self.changes {
            let list = match c.list {
                TrustList::Accounts => "accounts",
                TrustList::Direct => "direct",
                TrustList::External => "external",
            };
            let action = match c.action {
                ChangeAction::Added => "add",
                ChangeAction::Replaced => "replace",
                ChangeAction::Removed => "remove",
            };
            writeln!(f, "{action} trust.{list} `{}`", c.key)?;
            for (sign, v) in [("-", &c.before), ("+", &c.after)] {
                if let Some(v) = v {
                    let text = serde_json::to_string_pretty(v).unwrap_or_default();
                    for line in text.lines() {
                        writeln!(f, "{sign} {line}")?;
                    }
                }
            }
        }
        Ok(())
    }
}

fn normalise_pem(pem: &str) -> String {
    pem.split_whitespace().collect()
}

fn shown<T: Serialize>(v: &T) -> Value {
    let mut v = serde_json::to_value(v).unwrap_or(Value::Null);
    strip_metadata(&mut v);
    v
}

fn strip_metadata(v: &mut Value) {
    if let Some(certs) = v.get_mut("certificates").and_then(Value::as_array_mut) {
        for c in certs {
            if let Some(o) = c.as_object_mut() {
                o.remove("metadata");
            }
        }
    }
}

/// Replaces `old` by `new` keeping what `new` does not say: unknown fields of `old` that `new` lacks.
fn keep_extra(old: &Extra, new: &mut Extra) {
    for (k, v) in old {
        new.entry(k.clone()).or_insert_with(|| v.clone());
    }
}

fn upsert<T: Serialize + Clone>(
    list: &mut Option<Vec<T>>,
    which: TrustList,
    key: String,
    new: T,
    position: impl Fn(&[T]) -> Option<usize>,
    combine: impl Fn(&T, T) -> T,
) -> TrustDiff {
    let items = list.get_or_insert_with(Vec::new);
    match position(items) {
        Some(i) => {
            let merged = combine(&items[i], new);
            let (before, after) = (shown(&items[i]), shown(&merged));
            if before == after {
                return TrustDiff::default();
            }
            items[i] = merged;
            TrustDiff {
                changes: vec![TrustChange {
                    list: which,
                    key,
                    action: ChangeAction::Replaced,
                    before: Some(before),
                    after: Some(after),
                }],
            }
        }
        None => {
            let after = shown(&new);
            items.push(new);
            TrustDiff {
                changes: vec![TrustChange {
                    list: which,
                    key,
                    action: ChangeAction::Added,
                    before: None,
                    after: Some(after),
                }],
            }
        }
    }
}

impl TrustSettings {
    /// Adds a `direct` entry, or replaces the one with the same `uid` (when `new` has one), else the one
    /// with the same name. A replacement keeps the old `uid`, the old entry's unknown fields, and the
    /// read-only metadata of certificates whose PEM is unchanged.
    pub fn upsert_direct(&mut self, new: DirectTrust) -> TrustDiff {
        let key = new.name.clone();
        let (uid, name) = (new.uid.clone(), new.name.clone());
        upsert(
            &mut self.direct,
            TrustList::Direct,
            key,
            new,
            |items| {
                uid.as_ref()
                    .and_then(|u| items.iter().position(|d| d.uid.as_ref() == Some(u)))
                    .or_else(|| items.iter().position(|d| d.name == name))
            },
            |old, mut new| {
                if new.uid.is_none() {
                    new.uid = old.uid.clone();
                }
                keep_extra(&old.extra, &mut new.extra);
                for cert in &mut new.certificates {
                    if let Some(o) = old
                        .certificates
                        .iter()
                        .find(|o| normalise_pem(&o.pem) == normalise_pem(&cert.pem))
                    {
                        cert.pem = o.pem.clone();
                        if cert.metadata.is_none() {
                            cert.metadata = o.metadata.clone();
                        }
                        keep_extra(&o.extra, &mut cert.extra);
                    }
                }
                new
            },
        )
    }

    /// Adds an `accounts` entry or replaces the one with the same `account_id` (keeping its name when
    /// `new` has none, and its unknown fields).
    pub fn upsert_account(&mut self, new: AccountTrust) -> TrustDiff {
        let id = new.account_id.clone();
        upsert(
            &mut self.accounts,
            TrustList::Accounts,
            id.clone(),
            new,
            |items| items.iter().position(|a| a.account_id == id),
            |old, mut new| {
                if new.name.is_none() {
                    new.name = old.name.clone();
                }
                keep_extra(&old.extra, &mut new.extra);
                new
            },
        )
    }

    /// Adds an `external` entry or replaces the one with the same `trust_relationship_id`.
    pub fn upsert_external(&mut self, new: ExternalTrust) -> TrustDiff {
        let id = new.trust_relationship_id.clone();
        upsert(
            &mut self.external,
            TrustList::External,
            id.clone(),
            new,
            |items| items.iter().position(|e| e.trust_relationship_id == id),
            |old, mut new| {
                if new.name.is_none() {
                    new.name = old.name.clone();
                }
                keep_extra(&old.extra, &mut new.extra);
                new
            },
        )
    }

    /// Removes every entry called `name`: `direct` entries by name, `accounts` by name or account id,
    /// `external` by name or relationship id. Other entries are untouched.
    pub fn remove_by_name(&mut self, name: &str) -> TrustDiff {
        fn take<T: Serialize>(
            list: &mut Option<Vec<T>>,
            which: TrustList,
            hit: impl Fn(&T) -> Option<String>,
            diff: &mut TrustDiff,
        ) {
            if let Some(items) = list.as_mut() {
                items.retain(|item| match hit(item) {
                    Some(key) => {
                        diff.changes.push(TrustChange {
                            list: which,
                            key,
                            action: ChangeAction::Removed,
                            before: Some(shown(item)),
                            after: None,
                        });
                        false
                    }
                    None => true,
                });
            }
        }
        let mut diff = TrustDiff::default();
        take(
            &mut self.direct,
            TrustList::Direct,
            |d: &DirectTrust| (d.name == name).then(|| d.name.clone()),
            &mut diff,
        );
        take(
            &mut self.accounts,
            TrustList::Accounts,
            |a: &AccountTrust| {
                (a.account_id == name || a.name.as_deref() == Some(name))
                    .then(|| a.account_id.clone())
            },
            &mut diff,
        );
        take(
            &mut self.external,
            TrustList::External,
            |e: &ExternalTrust| {
                (e.trust_relationship_id == name || e.name.as_deref() == Some(name))
                    .then(|| e.trust_relationship_id.clone())
            },
            &mut diff,
        );
        diff
    }

    /// The settings as sent: read-only fields (certificates' `metadata`, external entries' `name`)
    /// dropped, everything else kept.
    pub fn for_write(&self) -> TrustSettings {
        let mut t = self.clone();
        for d in t.direct.iter_mut().flatten() {
            for c in &mut d.certificates {
                c.metadata = None;
            }
        }
        for e in t.external.iter_mut().flatten() {
            e.name = None;
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn trust(v: Value) -> TrustSettings {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn round_trip_is_lossless() {
        let v = json!({
            "accounts": [{"account_id": "a1", "trust_all": true, "future_field": {"x": 1}}],
            "direct": [{"uid": "u1", "name": "onprem", "type": "generic", "trust_all": false,
                        "additional_node_names": ["node1.example.com"],
                        "certificates": [{"pem": "P1", "metadata": {"fingerprint": "ab"}, "other": 2}],
                        "unmodelled": [1, 2]}],
            "external": [{"trust_relationship_id": "r1", "name": "ECE B", "trust_all": false,
                          "trust_allowlist": ["c1"]}],
            "new_list": []
        });
        assert_eq!(serde_json::to_value(trust(v.clone())).unwrap(), v);
        let dep = json!({"id": "d", "name": "n", "healthy": true, "resources": {
            "elasticsearch": [{"ref_id": "main-elasticsearch", "id": "c", "region": "ece-region",
                "info": {"cluster_id": "c", "status": "started",
                         "plan_info": {"healthy": true, "current": {"plan": {"cluster_topology": []}, "warnings": []}},
                         "settings": {"snapshot": {"enabled": true}, "trust": {"direct": []}}}}],
            "kibana": [{"ref_id": "main-kibana"}], "apm": []}, "metadata": {"owner": "x"}});
        let parsed: DeploymentGetResponse = serde_json::from_value(dep.clone()).unwrap();
        assert_eq!(serde_json::to_value(parsed).unwrap(), dep);
    }

    #[test]
    fn upsert_direct_matches_uid_then_name_and_keeps_unknown_fields() {
        let mut t = trust(json!({"direct": [
            {"uid": "u1", "name": "a", "trust_all": false, "additional_node_names": ["n1"],
             "certificates": [{"pem": "P1", "metadata": {"fingerprint": "f"}}], "x-kept": true},
            {"uid": "u2", "name": "b", "trust_all": false, "additional_node_names": ["n2"], "certificates": [{"pem": "P2"}]}
        ]}));
        // Same name, new node names: a replacement that keeps uid, unknown field and cert metadata.
        let d = t.upsert_direct(DirectTrust {
            name: "a".into(),
            additional_node_names: Some(vec!["n1".into(), "n3".into()]),
            certificates: vec![TrustedCertificate {
                pem: "P1\n".into(),
                ..Default::default()
            }],
            ..Default::default()
        });
        assert_eq!(d.changes.len(), 1);
        assert_eq!(d.changes[0].action, ChangeAction::Replaced);
        let a = &t.direct.as_ref().unwrap()[0];
        assert_eq!(a.uid.as_deref(), Some("u1"));
        assert_eq!(a.extra["x-kept"], json!(true));
        assert_eq!(
            a.certificates[0].metadata,
            Some(json!({"fingerprint": "f"}))
        );
        assert_eq!(a.certificates[0].pem, "P1");
        // Same again: no change.
        let again = t.upsert_direct(DirectTrust {
            name: "a".into(),
            additional_node_names: Some(vec!["n1".into(), "n3".into()]),
            certificates: vec![TrustedCertificate {
                pem: "P1".into(),
                ..Default::default()
            }],
            ..Default::default()
        });
        assert!(again.is_empty(), "{again}");
        // A uid wins over the name (a rename).
        let d = t.upsert_direct(DirectTrust {
            uid: Some("u2".into()),
            name: "b-renamed".into(),
            additional_node_names: Some(vec!["n2".into()]),
            certificates: vec![TrustedCertificate {
                pem: "P2".into(),
                ..Default::default()
            }],
            ..Default::default()
        });
        assert_eq!(d.changes[0].action, ChangeAction::Replaced);
        assert_eq!(t.direct.as_ref().unwrap().len(), 2);
        // A new name is an addition at the end.
        let d = t.upsert_direct(DirectTrust {
            name: "c".into(),
            ..Default::default()
        });
        assert_eq!(d.changes[0].action, ChangeAction::Added);
        let names: Vec<_> = t
            .direct
            .as_ref()
            .unwrap()
            .iter()
            .map(|d| d.name.as_str())
            .collect();
        assert_eq!(names, ["a", "b-renamed", "c"]);
    }

    #[test]
    fn accounts_external_and_removal() {
        let mut t =
            trust(json!({"accounts": [{"account_id": "a1", "name": "mine", "trust_all": true}]}));
        assert!(
            t.upsert_account(AccountTrust {
                account_id: "a1".into(),
                trust_all: true,
                ..Default::default()
            })
            .is_empty()
        );
        let d = t.upsert_account(AccountTrust {
            account_id: "a1".into(),
            trust_all: false,
            trust_allowlist: Some(vec!["c1".into()]),
            ..Default::default()
        });
        assert_eq!(
            d.changes[0].before.as_ref().unwrap()["trust_all"],
            json!(true)
        );
        assert_eq!(
            t.accounts.as_ref().unwrap()[0].name.as_deref(),
            Some("mine")
        );
        assert!(t.external.is_none());
        t.upsert_external(ExternalTrust {
            trust_relationship_id: "r1".into(),
            trust_all: true,
            ..Default::default()
        });
        assert_eq!(t.external.as_ref().unwrap().len(), 1);
        let d = t.remove_by_name("mine");
        assert_eq!(d.changes.len(), 1);
        assert_eq!(d.changes[0].list, TrustList::Accounts);
        assert_eq!(t.accounts.as_ref().unwrap().len(), 0);
        assert!(t.remove_by_name("nothing").is_empty());
        assert_eq!(t.external.as_ref().unwrap().len(), 1);
    }

    #[test]
    fn for_write_drops_read_only_fields_only() {
        let t = trust(
            json!({"direct": [{"name": "a", "trust_all": false, "certificates": [
            {"pem": "P", "metadata": {"fingerprint": "f"}}]}],
            "external": [{"trust_relationship_id": "r", "name": "N", "trust_all": true}]}),
        );
        let w = serde_json::to_value(t.for_write()).unwrap();
        assert_eq!(
            w,
            json!({"direct": [{"name": "a", "trust_all": false, "certificates": [{"pem": "P"}]}],
                   "external": [{"trust_relationship_id": "r", "trust_all": true}]})
        );
    }

    #[test]
    fn failed_reply_and_keystore_debug() {
        let r = BasicFailedReply::parse(
            r#"{"errors":[{"code":"deployments.deployment_not_found","message":"no","fields":["id"]}]}"#,
        )
        .unwrap();
        assert!(r.has_code("deployments.deployment_not_found"));
        assert!(BasicFailedReply::parse(r#"{"errors":[]}"#).is_none());
        assert!(BasicFailedReply::parse(r#"{"error":{"type":"x"}}"#).is_none());
        let s = KeystoreSecret {
            value: Some(json!("top-secret-value")),
            ..Default::default()
        };
        assert!(!format!("{s:?}").contains("top-secret-value"));
    }
}
