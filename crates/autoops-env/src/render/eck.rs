//! `--format eck`: AutoOps for clusters run by ECK 3.3+ (elastic-facts §1.5). Two objects: the Secret ECK
//! reads the AutoOps connection from (`cloud-connected-mode-api-key`, `autoops-otel-url`, `autoops-token`,
//! optionally `cloud-connected-mode-api-url`; `elastic/cloud-on-k8s pkg/controller/autoops/configuration.go`),
//! and the `AutoOpsAgentPolicy` (`autoops.k8s.elastic.co/v1alpha1`) naming it. ECK runs one agent per
//! selected Elasticsearch resource and creates the agent's API key in that cluster itself, so nothing here
//! concerns Elasticsearch.
//!
//! The Secret is the typed k8s-openapi model. The policy has its own serde types, field names exactly as
//! in the CRD's OpenAPI schema (`config/crds/v1/resources/autoops.k8s.elastic.co_autoopsagentpolicies.yaml`),
//! covering only what this tool writes; they refuse unknown fields when read back, so a test that
//! parses the output proves it holds nothing else.

use crate::config::EckConfig;
use k8s_openapi::api::core::v1::Secret;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The CRD's group and served version.
pub const API_VERSION: &str = "autoops.k8s.elastic.co/v1alpha1";
pub const KIND: &str = "AutoOpsAgentPolicy";
/// The name of the agent's container in the pods ECK creates (`AutoOpsAgentContainerName`); the pod
/// template's container of this name is merged into it.
pub const AGENT_CONTAINER: &str = "autoops-agent";
/// The first ECK release with `AutoOpsAgentPolicy`.
pub const MIN_ECK_VERSION: &str = "3.3.0";
/// The host suffix of the Elasticsearch service URL ECK gives the agent (`https://<es>-es-internal-http.<ns>.svc:9200`).
pub const ES_SERVICE_SUFFIX: &str = ".svc";
/// Secret keys for proxy URLs with credentials (kept out of the policy).
pub const HTTPS_PROXY_KEY: &str = crate::config::keys::HTTPS_PROXY;
pub const HTTP_PROXY_KEY: &str = crate::config::keys::HTTP_PROXY;

/// What the builders need besides the settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EckOptions {
    /// The policy's name, and the prefix of the Secret's.
    pub name: String,
    pub namespace: String,
    /// `spec.version`: the agent version ECK deploys.
    pub version: String,
    /// `spec.image`, only when given.
    pub image: Option<String>,
    /// `spec.resourceSelector.matchLabels` (never empty: ECK refuses a policy without a selector).
    pub resource_selector: BTreeMap<String, String>,
    /// `spec.namespaceSelector.matchLabels`; empty = every namespace (the field is left out).
    pub namespace_selector: BTreeMap<String, String>,
}

impl EckOptions {
    pub fn policy_name(&self) -> String {
        self.name.clone()
    }
    /// The Secret named by `spec.autoOpsRef.secretName` (the `kubernetes` format's naming).
    pub fn secret_name(&self) -> String {
        format!("{}-secret", self.name)
    }
}

// ---------------------------------------------------------------- the policy's types

/// `AutoOpsAgentPolicy`: the fields this tool writes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AutoOpsAgentPolicy {
    pub api_version: String,
    pub kind: String,
    pub metadata: PolicyMetadata,
    pub spec: AutoOpsAgentPolicySpec,
}

/// The policy's `metadata`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PolicyMetadata {
    pub name: String,
    pub namespace: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
}

/// `spec` (required by the CRD: `version`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AutoOpsAgentPolicySpec {
    pub version: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    pub auto_ops_ref: AutoOpsRef,
    pub resource_selector: LabelSelector,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace_selector: Option<LabelSelector>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod_template: Option<PodTemplate>,
}

/// `spec.autoOpsRef`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AutoOpsRef {
    pub secret_name: String,
}

/// A label selector with `matchLabels` only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LabelSelector {
    pub match_labels: BTreeMap<String, String>,
}

/// `spec.podTemplate`: only the agent container's environment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PodTemplate {
    pub spec: PodSpec,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PodSpec {
    pub containers: Vec<Container>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Container {
    pub name: String,
    pub env: Vec<EnvVar>,
}

/// A container variable: a plain `value`, or `valueFrom.secretKeyRef`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EnvVar {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_from: Option<EnvVarSource>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EnvVarSource {
    pub secret_key_ref: SecretKeySelector,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SecretKeySelector {
    pub name: String,
    pub key: String,
}

// ---------------------------------------------------------------- builders

fn labels(opts: &EckOptions) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("app.kubernetes.io/name".to_string(), opts.policy_name()),
        (
            "app.kubernetes.io/component".to_string(),
            "autoops".to_string(),
        ),
        (
            "app.kubernetes.io/managed-by".to_string(),
            "autoops-env".to_string(),
        ),
    ])
}

pub use crate::config::proxy_has_credentials as has_credentials;

/// The proxy variables with their Secret key when the value holds credentials.
fn proxy_entries(
    cfg: &EckConfig,
) -> Vec<(esconnect_core::env::EnvVar, &str, Option<&'static str>)> {
    cfg.proxies()
        .into_iter()
        .map(|(var, v)| {
            let key = if !has_credentials(v) {
                None
            } else if var.name == esconnect_core::env::HTTPS_PROXY.name {
                Some(HTTPS_PROXY_KEY)
            } else if var.name == esconnect_core::env::HTTP_PROXY.name {
                Some(HTTP_PROXY_KEY)
            } else {
                None
            };
            (var, v, key)
        })
        .collect()
}

/// The Secret `spec.autoOpsRef.secretName` names: exactly ECK's keys (plus a proxy URL that holds
/// credentials, referenced from the pod template).
pub fn secret(cfg: &EckConfig, opts: &EckOptions) -> Secret {
    let mut data: BTreeMap<String, String> = cfg
        .secret_entries()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.expose().to_string()))
        .collect();
    for (_, value, key) in proxy_entries(cfg) {
        if let Some(k) = key {
            data.insert(k.to_string(), value.to_string());
        }
    }
    Secret {
        metadata: ObjectMeta {
            name: Some(opts.secret_name()),
            namespace: Some(opts.namespace.clone()),
            labels: Some(labels(opts)),
            ..Default::default()
        },
        type_: Some("Opaque".into()),
        string_data: Some(data),
        ..Default::default()
    }
}

/// The agent container's variables for the pod template: the proxies (ECK sets everything else).
pub fn env_vars(cfg: &EckConfig, opts: &EckOptions) -> Vec<EnvVar> {
    proxy_entries(cfg)
        .into_iter()
        .map(|(var, value, key)| match key {
            Some(key) => EnvVar {
                name: var.name.to_string(),
                value: None,
                value_from: Some(EnvVarSource {
                    secret_key_ref: SecretKeySelector {
                        name: opts.secret_name(),
                        key: key.to_string(),
                    },
                }),
            },
            None => EnvVar {
                name: var.name.to_string(),
                value: Some(value.to_string()),
                value_from: None,
            },
        })
        .collect()
}

/// The policy.
pub fn policy(cfg: &EckConfig, opts: &EckOptions) -> AutoOpsAgentPolicy {
    let env = env_vars(cfg, opts);
    AutoOpsAgentPolicy {
        api_version: API_VERSION.into(),
        kind: KIND.into(),
        metadata: PolicyMetadata {
            name: opts.policy_name(),
            namespace: opts.namespace.clone(),
            labels: labels(opts),
        },
        spec: AutoOpsAgentPolicySpec {
            version: opts.version.clone(),
            image: opts.image.clone(),
            auto_ops_ref: AutoOpsRef {
                secret_name: opts.secret_name(),
            },
            resource_selector: LabelSelector {
                match_labels: opts.resource_selector.clone(),
            },
            namespace_selector: (!opts.namespace_selector.is_empty()).then(|| LabelSelector {
                match_labels: opts.namespace_selector.clone(),
            }),
            pod_template: (!env.is_empty()).then(|| PodTemplate {
                spec: PodSpec {
                    containers: vec![Container {
                        name: AGENT_CONTAINER.into(),
                        env,
                    }],
                },
            }),
        },
    }
}

/// The generated objects.
#[derive(Debug, Clone, PartialEq)]
pub struct EckManifests {
    pub secret: Secret,
    pub policy: AutoOpsAgentPolicy,
}

/// Every object.
pub fn build(cfg: &EckConfig, opts: &EckOptions) -> EckManifests {
    EckManifests {
        secret: secret(cfg, opts),
        policy: policy(cfg, opts),
    }
}

const SECRET_HEADER: &str = "# AutoOps connection Secret for ECK's AutoOpsAgentPolicy, generated by autoops-env.\n\
                             # It holds secrets: keep this file mode 0600 and do not commit it.\n";
const POLICY_HEADER: &str = "# ECK AutoOpsAgentPolicy (ECK 3.3+), generated by autoops-env. It holds no secret: ECK reads them from the Secret.\n";

fn yaml<T: Serialize>(v: &T) -> Result<String, serde_saphyr::SerializeError> {
    serde_saphyr::to_string(v)
}

fn selector_text(labels: &BTreeMap<String, String>) -> String {
    labels
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}

impl EckManifests {
    /// The Secret, as a YAML document.
    pub fn render_secret(&self) -> Result<String, serde_saphyr::SerializeError> {
        Ok(format!("{SECRET_HEADER}{}", yaml(&self.secret)?))
    }

    /// The policy, as a YAML document.
    pub fn render_policy(&self) -> Result<String, serde_saphyr::SerializeError> {
        Ok(format!("{POLICY_HEADER}{}", yaml(&self.policy)?))
    }

    /// Both, the Secret first (ECK marks a policy whose Secret is missing as invalid until it appears).
    pub fn render_all(&self, opts: &EckOptions) -> Result<String, serde_saphyr::SerializeError> {
        let ns = if opts.namespace_selector.is_empty() {
            "every namespace ECK manages".to_string()
        } else {
            format!(
                "namespaces labelled {}",
                selector_text(&opts.namespace_selector)
            )
        };
        Ok(format!(
            "# Apply with: kubectl apply -f FILE (needs ECK {MIN_ECK_VERSION} or later). ECK then runs an AutoOps agent\n\
             # for each Elasticsearch resource labelled {}\n\
             # in {ns}.\n{}---\n{}",
            selector_text(&opts.resource_selector),
            self.render_secret()?,
            self.render_policy()?
        ))
    }
}

/// Is the Elasticsearch traffic ECK's agent sends to `https://<es>-es-internal-http.<ns>.svc:9200`
/// (or `http://` without TLS) routed through a proxy? Returns the proxy.
pub fn proxy_for_cluster_traffic(cfg: &EckConfig) -> Option<String> {
    let proxies = esconnect_core::proxy::ProxyConfig {
        explicit: None,
        https: cfg.https_proxy.clone(),
        http: cfg.http_proxy.clone(),
        all: None,
        no_proxy: cfg.no_proxy.clone(),
    };
    ["https", "http"].iter().find_map(|scheme| {
        let u = url::Url::parse(&format!(
            "{scheme}://es-es-internal-http.ns{ES_SERVICE_SUFFIX}:9200"
        ))
        .ok()?;
        proxies.for_url(&u).map(str::to_string)
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use esconnect_core::Secret as S;

    pub fn sample() -> EckConfig {
        EckConfig {
            otel_url: "https://otel-auto-ops.eu-west-1.aws.svc.elastic.cloud".into(),
            cloud_api_key: S::new("cloud-key-SECRET-1"),
            cloud_api_url: None,
            token: S::new("token-SECRET-2"),
            https_proxy: None,
            http_proxy: None,
            no_proxy: None,
        }
    }

    pub fn options() -> EckOptions {
        EckOptions {
            name: "autoops".into(),
            namespace: "elastic-system".into(),
            version: "9.2.5".into(),
            image: None,
            resource_selector: BTreeMap::from([("autoops".into(), "enabled".into())]),
            namespace_selector: BTreeMap::new(),
        }
    }

    #[test]
    fn secret_has_exactly_ecks_keys() {
        let s = secret(&sample(), &options());
        assert_eq!(s.metadata.name.as_deref(), Some("autoops-secret"));
        assert_eq!(s.metadata.namespace.as_deref(), Some("elastic-system"));
        assert_eq!(s.type_.as_deref(), Some("Opaque"));
        assert_eq!(s.data, None);
        let d = s.string_data.unwrap();
        let want: BTreeMap<String, String> = [
            ("cloud-connected-mode-api-key", "cloud-key-SECRET-1"),
            (
                "autoops-otel-url",
                "https://otel-auto-ops.eu-west-1.aws.svc.elastic.cloud",
            ),
            ("autoops-token", "token-SECRET-2"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(d, want);

        let mut c = sample();
        c.cloud_api_url = Some("https://cloud.example".into());
        let d = secret(&c, &options()).string_data.unwrap();
        assert_eq!(d["cloud-connected-mode-api-url"], "https://cloud.example");
        assert_eq!(d.len(), 4);
    }

    #[test]
    fn policy_fields() {
        let o = EckOptions {
            name: "prod".into(),
            namespace: "monitoring".into(),
            version: "9.3.1".into(),
            image: Some("registry.local/agent:9.3.1".into()),
            resource_selector: BTreeMap::from([
                ("autoops".into(), "enabled".into()),
                ("env".into(), "prod".into()),
            ]),
            namespace_selector: BTreeMap::from([(
                "kubernetes.io/metadata.name".into(),
                "prod".into(),
            )]),
        };
        let p = policy(&sample(), &o);
        assert_eq!(p.api_version, "autoops.k8s.elastic.co/v1alpha1");
        assert_eq!(p.kind, "AutoOpsAgentPolicy");
        assert_eq!(p.metadata.name, "prod");
        assert_eq!(p.metadata.namespace, "monitoring");
        assert_eq!(
            p.metadata.labels["app.kubernetes.io/managed-by"],
            "autoops-env"
        );
        assert_eq!(p.spec.version, "9.3.1");
        assert_eq!(p.spec.image.as_deref(), Some("registry.local/agent:9.3.1"));
        assert_eq!(p.spec.auto_ops_ref.secret_name, "prod-secret");
        assert_eq!(p.spec.resource_selector.match_labels, o.resource_selector);
        assert_eq!(
            p.spec.namespace_selector.unwrap().match_labels,
            o.namespace_selector
        );
        assert_eq!(p.spec.pod_template, None, "no proxy: no pod template");

        // Defaults: no image (ECK picks the one of spec.version), no namespace selector.
        let p = policy(&sample(), &options());
        assert_eq!(p.spec.image, None);
        assert_eq!(p.spec.namespace_selector, None);
        assert_eq!(p.spec.auto_ops_ref.secret_name, "autoops-secret");
    }

    #[test]
    fn proxies_go_to_the_agent_container_and_credentials_to_the_secret() {
        let mut c = sample();
        c.https_proxy = Some("http://user:pw-SECRET@proxy:3128".into());
        c.http_proxy = Some("http://proxy:3128".into());
        c.no_proxy = Some(".svc".into());
        let o = options();
        let m = build(&c, &o);
        let t = m.policy.spec.pod_template.as_ref().unwrap();
        assert_eq!(t.spec.containers.len(), 1);
        let ct = &t.spec.containers[0];
        assert_eq!(ct.name, "autoops-agent");
        assert_eq!(
            ct.env,
            [
                EnvVar {
                    name: "HTTPS_PROXY".into(),
                    value: None,
                    value_from: Some(EnvVarSource {
                        secret_key_ref: SecretKeySelector {
                            name: "autoops-secret".into(),
                            key: "https-proxy".into()
                        }
                    })
                },
                EnvVar {
                    name: "HTTP_PROXY".into(),
                    value: Some("http://proxy:3128".into()),
                    value_from: None
                },
                EnvVar {
                    name: "NO_PROXY".into(),
                    value: Some(".svc".into()),
                    value_from: None
                },
            ]
        );
        let d = m.secret.string_data.as_ref().unwrap();
        assert_eq!(d["https-proxy"], "http://user:pw-SECRET@proxy:3128");
        assert!(!d.contains_key("http-proxy"));
        let policy_text = m.render_policy().unwrap();
        for s in ["pw-SECRET", "cloud-key-SECRET-1", "token-SECRET-2"] {
            assert!(!policy_text.contains(s), "{s} in {policy_text}");
        }
    }

    #[test]
    fn rendered_documents_parse_back_strictly() {
        let mut c = sample();
        c.https_proxy = Some("http://proxy:3128".into());
        let o = options();
        let m = build(&c, &o);
        let text = m.render_all(&o).unwrap();
        let docs: Vec<&str> = text.split("\n---\n").collect();
        assert_eq!(docs.len(), 2, "{text}");
        let s: Secret = serde_saphyr::from_str(docs[0]).unwrap();
        let p: AutoOpsAgentPolicy = serde_saphyr::from_str(docs[1]).unwrap();
        assert_eq!(s, m.secret);
        assert_eq!(p, m.policy);
        assert!(docs[1].contains("\n  autoOpsRef:\n    secretName: autoops-secret\n"));
        assert!(
            docs[1].contains("\n  resourceSelector:\n    matchLabels:\n      autoops: enabled\n")
        );
        // The types refuse what they do not know.
        let misspelled = docs[1].replace("resourceSelector:", "resourceSelektor:");
        assert!(serde_saphyr::from_str::<AutoOpsAgentPolicy>(&misspelled).is_err());
    }

    #[test]
    fn yaml_1_1_lookalikes_stay_strings() {
        let mut o = options();
        o.resource_selector = BTreeMap::from([("autoops".into(), "true".into())]);
        o.version = "9.10".into();
        let m = build(&sample(), &o);
        let text = m.render_policy().unwrap();
        assert!(text.contains("autoops: \"true\""), "{text}");
        assert!(text.contains("version: \"9.10\""), "{text}");
        let back: AutoOpsAgentPolicy = serde_saphyr::from_str(&text).unwrap();
        assert_eq!(back, m.policy);
    }

    pub use test_support::specs_dir;

    /// ECK's `AutoOpsAgentPolicy` CRD, after checking it describes [`API_VERSION`] and [`KIND`].
    pub fn crd() -> Option<serde_json::Value> {
        let path = specs_dir()?.join("eck/autoops.k8s.elastic.co_autoopsagentpolicies.yaml");
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let crd: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
        let (group, version) = API_VERSION.split_once('/').unwrap();
        assert_eq!(crd["spec"]["group"], group);
        assert_eq!(crd["spec"]["names"]["kind"], KIND);
        assert!(test_support::schema::crd_version_schema(&crd, version).is_some());
        Some(crd)
    }

    fn crd_schema(crd: &serde_json::Value) -> &serde_json::Value {
        test_support::schema::crd_version_schema(crd, API_VERSION.split_once('/').unwrap().1)
            .unwrap()
    }

    /// The policy as the API server would read it: the rendered YAML, parsed.
    fn as_json(m: &EckManifests) -> serde_json::Value {
        serde_saphyr::from_str(&m.render_policy().unwrap()).unwrap()
    }

    fn every_variant() -> Vec<EckManifests> {
        let mut full = sample();
        full.cloud_api_url = Some("https://cloud.example".into());
        full.https_proxy = Some("http://user:pw@proxy:3128".into());
        full.http_proxy = Some("http://proxy:3128".into());
        full.no_proxy = Some(".svc".into());
        let mut o = options();
        o.image = Some("registry.local/agent@sha256:abcd".into());
        o.namespace_selector =
            BTreeMap::from([("kubernetes.io/metadata.name".into(), "prod".into())]);
        o.resource_selector
            .insert("example.com/tier".into(), "".into());
        vec![build(&sample(), &options()), build(&full, &o)]
    }

    #[test]
    fn every_field_written_is_in_the_crd_schema() {
        let Some(crd) = crd() else { return };
        let schema = crd_schema(&crd);
        let required = schema["properties"]["spec"]["required"].as_array().unwrap();
        assert!(!required.is_empty());
        for m in every_variant() {
            let doc = as_json(&m);
            let r = test_support::schema::check(&doc, schema);
            assert!(r.is_ok(), "{:#?}\n{doc:#}", r.errors);
            // Only `metadata` is open in the CRD (the API server checks it as ObjectMeta).
            for p in &r.unchecked {
                assert!(
                    ["/metadata/name", "/metadata/namespace", "/metadata/labels"]
                        .contains(&p.as_str()),
                    "{p} is not checked by the schema"
                );
            }
            for k in required {
                assert!(doc["spec"].get(k.as_str().unwrap()).is_some(), "{k}");
            }
        }
        // The variants reach every field the types have.
        let full = as_json(&every_variant()[1]);
        for p in [
            "/spec/image",
            "/spec/namespaceSelector/matchLabels",
            "/spec/podTemplate/spec/containers/0/env/0/valueFrom/secretKeyRef/key",
            "/spec/podTemplate/spec/containers/0/env/1/value",
        ] {
            assert!(full.pointer(p).is_some(), "{p}");
        }
    }

    #[test]
    fn the_schema_check_fails_on_the_real_crd() {
        let Some(crd) = crd() else { return };
        let schema = crd_schema(&crd);
        let good = as_json(&build(&sample(), &options()));
        let broken = |f: &dyn Fn(&mut serde_json::Value)| {
            let mut d = good.clone();
            f(&mut d);
            test_support::schema::check(&d, schema).errors
        };
        let e = broken(&|d| {
            let v = d["spec"]
                .as_object_mut()
                .unwrap()
                .remove("resourceSelector")
                .unwrap();
            d["spec"]["resourceSelektor"] = v;
        });
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(
            e[0].starts_with("/spec/resourceSelektor: the schema has no field"),
            "{e:?}"
        );
        let e = broken(&|d| {
            d["spec"].as_object_mut().unwrap().remove("version");
        });
        assert_eq!(e, ["/spec: the required field `version` is missing"]);
        let e = broken(&|d| d["spec"]["revisionHistoryLimit"] = "3".into());
        assert_eq!(
            e,
            ["/spec/revisionHistoryLimit: is string, the schema wants integer"]
        );
        let e = broken(&|d| d["spec"]["autoOpsRef"] = "autoops-secret".into());
        assert_eq!(e, ["/spec/autoOpsRef: is string, the schema wants object"]);
        let e = broken(&|d| d["spec"]["version"] = serde_json::json!(9.2));
        assert_eq!(e, ["/spec/version: is number, the schema wants string"]);
        let e = broken(&|d| {
            d["spec"]["podTemplate"] = serde_json::json!({"spec": {"containers": [{"env": []}]}})
        });
        assert_eq!(
            e,
            ["/spec/podTemplate/spec/containers/0: the required field `name` is missing"]
        );
    }

    #[test]
    fn the_secret_keys_are_the_ones_the_crd_documents() {
        let Some(crd) = crd() else { return };
        let doc = crd_schema(&crd)["properties"]["spec"]["properties"]["autoOpsRef"]["properties"]
            ["secretName"]["description"]
            .as_str()
            .unwrap()
            .to_string();
        let mut c = sample();
        c.cloud_api_url = Some("https://cloud.example".into());
        let keys: Vec<String> = secret(&c, &options())
            .string_data
            .unwrap()
            .into_keys()
            .collect();
        assert_eq!(keys.len(), 4);
        for k in &keys {
            assert!(doc.contains(&format!("`{k}`")), "{k} is not in: {doc}");
        }
        // ECK's Secret has no place for the temporary resource id.
        assert!(!doc.contains("temp-resource-id"));
    }

    #[test]
    fn cluster_traffic_proxy_rule() {
        let mut c = sample();
        assert_eq!(proxy_for_cluster_traffic(&c), None);
        c.https_proxy = Some("http://proxy:3128".into());
        assert_eq!(
            proxy_for_cluster_traffic(&c).as_deref(),
            Some("http://proxy:3128")
        );
        c.no_proxy = Some("localhost,.svc".into());
        assert_eq!(proxy_for_cluster_traffic(&c), None);
        c.no_proxy = Some("svc".into());
        assert_eq!(proxy_for_cluster_traffic(&c), None);
        c.no_proxy = Some(".cluster.local".into());
        assert!(proxy_for_cluster_traffic(&c).is_some());
    }
}
