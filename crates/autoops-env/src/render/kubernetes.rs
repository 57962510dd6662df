//! `--format kubernetes`: a Secret with the key names of Elastic's manifest
//! (`elastic/autoops-install k8s/autoops_agent_deployment.yaml`), an optional Secret with the CA, and the
//! Deployment reading them. Built from the typed k8s-openapi models, serialised with serde-saphyr.

use super::{AGENT_ARGS, Options};
use crate::config::AgentConfig;
use k8s_openapi::api::apps::v1::{Deployment, DeploymentSpec, DeploymentStrategy};
use k8s_openapi::api::core::v1::{
    Capabilities, Container, EnvVar, EnvVarSource, PodSecurityContext, PodSpec, PodTemplateSpec,
    ResourceRequirements, SeccompProfile, Secret, SecretKeySelector, SecretVolumeSource,
    SecurityContext, Volume, VolumeMount,
};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{LabelSelector, ObjectMeta};
use std::collections::BTreeMap;

/// Where the CA Secret is mounted in the pod.
pub const CA_MOUNT_DIR: &str = "/etc/autoops/ca";
/// The CA's key in its Secret, and its file name under [`CA_MOUNT_DIR`].
pub const CA_KEY: &str = "ca.crt";
/// The name of the CA volume.
pub const CA_VOLUME: &str = "autoops-ca";
/// The user the agent runs as (the Elastic images' `elastic-agent` user).
pub const RUN_AS_USER: i64 = 1000;

/// The generated objects.
#[derive(Debug, Clone, PartialEq)]
pub struct Manifests {
    pub secret: Secret,
    pub ca_secret: Option<Secret>,
    pub deployment: Deployment,
}

fn labels(opts: &Options, with_version: bool) -> BTreeMap<String, String> {
    let mut l = BTreeMap::from([
        ("app.kubernetes.io/name".to_string(), opts.deployment_name()),
        (
            "app.kubernetes.io/component".to_string(),
            "autoops".to_string(),
        ),
        (
            "app.kubernetes.io/managed-by".to_string(),
            "autoops-env".to_string(),
        ),
    ]);
    if let (true, Some(v)) = (with_version, &opts.agent_version) {
        l.insert("app.kubernetes.io/version".into(), v.clone());
    }
    l
}

fn meta(name: String, opts: &Options) -> ObjectMeta {
    ObjectMeta {
        name: Some(name),
        namespace: Some(opts.namespace.clone()),
        labels: Some(labels(opts, true)),
        ..Default::default()
    }
}

/// The Secret with the agent's settings (secrets and the values Elastic's manifest keeps with them).
pub fn secret(cfg: &AgentConfig, opts: &Options) -> Secret {
    let data: BTreeMap<String, String> = cfg
        .entries(None)
        .into_iter()
        .filter_map(|e| {
            e.secret_key
                .map(|k| (k.to_string(), e.value.expose().to_string()))
        })
        .collect();
    Secret {
        metadata: meta(opts.secret_name(), opts),
        type_: Some("Opaque".into()),
        string_data: Some(data),
        ..Default::default()
    }
}

/// The Secret with the CA certificate, when one was given.
pub fn ca_secret(cfg: &AgentConfig, opts: &Options) -> Option<Secret> {
    let ca = cfg.ca_cert.as_ref()?;
    Some(Secret {
        metadata: meta(opts.ca_secret_name(), opts),
        type_: Some("Opaque".into()),
        string_data: Some(BTreeMap::from([(CA_KEY.to_string(), ca.pem.clone())])),
        ..Default::default()
    })
}

/// The agent's environment: settings from the Secret by reference, the CA path and proxies as values.
pub fn env_vars(cfg: &AgentConfig, opts: &Options) -> Vec<EnvVar> {
    let ca_path = cfg
        .ca_cert
        .as_ref()
        .map(|_| format!("{CA_MOUNT_DIR}/{CA_KEY}"));
    cfg.entries(ca_path.as_deref())
        .into_iter()
        .map(|e| match e.secret_key {
            Some(key) => EnvVar {
                name: e.var.name.to_string(),
                value_from: Some(EnvVarSource {
                    secret_key_ref: Some(SecretKeySelector {
                        name: opts.secret_name(),
                        key: key.to_string(),
                        optional: None,
                    }),
                    ..Default::default()
                }),
                ..Default::default()
            },
            None => {
                debug_assert!(
                    !e.value.is_secret(),
                    "{} is secret but has no Secret key",
                    e.var.name
                );
                EnvVar {
                    name: e.var.name.to_string(),
                    value: Some(e.value.expose().to_string()),
                    ..Default::default()
                }
            }
        })
        .collect()
}

/// The Deployment: one replica (one agent per cluster), replaced rather than rolled so two agents never
/// run at once.
pub fn deployment(cfg: &AgentConfig, opts: &Options) -> Deployment {
    let selector = BTreeMap::from([("app.kubernetes.io/name".to_string(), opts.deployment_name())]);
    let (volumes, mounts) = match &cfg.ca_cert {
        Some(_) => (
            Some(vec![Volume {
                name: CA_VOLUME.into(),
                secret: Some(SecretVolumeSource {
                    secret_name: Some(opts.ca_secret_name()),
                    default_mode: Some(0o444),
                    ..Default::default()
                }),
                ..Default::default()
            }]),
            Some(vec![VolumeMount {
                name: CA_VOLUME.into(),
                mount_path: CA_MOUNT_DIR.into(),
                read_only: Some(true),
                ..Default::default()
            }]),
        ),
        None => (None, None),
    };
    let q = |s: &str| Quantity(s.to_string());
    let container = Container {
        name: opts.deployment_name(),
        image: Some(opts.image.clone()),
        image_pull_policy: Some("IfNotPresent".into()),
        args: Some(AGENT_ARGS.iter().map(|s| s.to_string()).collect()),
        env: Some(env_vars(cfg, opts)),
        resources: Some(ResourceRequirements {
            requests: Some(BTreeMap::from([
                ("cpu".to_string(), q("100m")),
                ("memory".to_string(), q("256Mi")),
            ])),
            limits: Some(BTreeMap::from([("memory".to_string(), q("1Gi"))])),
            ..Default::default()
        }),
        security_context: Some(SecurityContext {
            allow_privilege_escalation: Some(false),
            capabilities: Some(Capabilities {
                drop: Some(vec!["ALL".into()]),
                ..Default::default()
            }),
            ..Default::default()
        }),
        volume_mounts: mounts,
        ..Default::default()
    };
    Deployment {
        metadata: meta(opts.deployment_name(), opts),
        spec: Some(DeploymentSpec {
            replicas: Some(1),
            selector: LabelSelector {
                match_labels: Some(selector),
                ..Default::default()
            },
            strategy: Some(DeploymentStrategy {
                type_: Some("Recreate".into()),
                ..Default::default()
            }),
            template: PodTemplateSpec {
                metadata: Some(ObjectMeta {
                    labels: Some(labels(opts, false)),
                    ..Default::default()
                }),
                spec: Some(PodSpec {
                    automount_service_account_token: Some(false),
                    security_context: Some(PodSecurityContext {
                        run_as_non_root: Some(true),
                        run_as_user: Some(RUN_AS_USER),
                        run_as_group: Some(RUN_AS_USER),
                        seccomp_profile: Some(SeccompProfile {
                            type_: "RuntimeDefault".into(),
                            ..Default::default()
                        }),
                        ..Default::default()
                    }),
                    containers: vec![container],
                    volumes,
                    ..Default::default()
                }),
            },
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// Every object.
pub fn build(cfg: &AgentConfig, opts: &Options) -> Manifests {
    Manifests {
        secret: secret(cfg, opts),
        ca_secret: ca_secret(cfg, opts),
        deployment: deployment(cfg, opts),
    }
}

const SECRET_HEADER: &str = "# AutoOps agent Secrets, generated by autoops-env.\n\
                             # They hold secrets: keep this file mode 0600 and do not commit it.\n";
const DEPLOYMENT_HEADER: &str = "# AutoOps agent Deployment, generated by autoops-env. It holds no secret: the values come from the Secret.\n";

fn yaml<T: serde::Serialize>(v: &T) -> Result<String, serde_saphyr::SerializeError> {
    serde_saphyr::to_string(v)
}

impl Manifests {
    /// The Secrets, as YAML documents.
    pub fn render_secrets(&self) -> Result<String, serde_saphyr::SerializeError> {
        let mut docs = vec![yaml(&self.secret)?];
        if let Some(ca) = &self.ca_secret {
            docs.push(yaml(ca)?);
        }
        Ok(format!("{SECRET_HEADER}{}", docs.join("---\n")))
    }

    /// The Deployment, as a YAML document.
    pub fn render_deployment(&self) -> Result<String, serde_saphyr::SerializeError> {
        Ok(format!("{DEPLOYMENT_HEADER}{}", yaml(&self.deployment)?))
    }

    /// Everything, Secrets first (a Deployment applied before its Secret would start failing).
    pub fn render_all(&self, opts: &Options) -> Result<String, serde_saphyr::SerializeError> {
        Ok(format!(
            "# Apply with: kubectl apply -f FILE (namespace {}). After changing a value, restart the agent with\n\
             #   kubectl -n {} rollout restart deployment/{}\n{}---\n{}",
            opts.namespace,
            opts.namespace,
            opts.deployment_name(),
            self.render_secrets()?,
            self.render_deployment()?
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::tests::{api_key, sample};
    use crate::config::{CaCert, EsAuth};
    use crate::render::test_options;
    use esconnect_core::Secret as S;

    fn by_name<'a>(env: &'a [EnvVar], name: &str) -> &'a EnvVar {
        env.iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("no {name}"))
    }

    fn secret_ref(e: &EnvVar) -> (&str, &str) {
        let r = e
            .value_from
            .as_ref()
            .and_then(|v| v.secret_key_ref.as_ref())
            .unwrap_or_else(|| panic!("{} is not from a Secret", e.name));
        (r.name.as_str(), r.key.as_str())
    }

    #[test]
    fn secret_has_elastics_keys() {
        let mut c = sample(api_key());
        c.cloud_api_url = Some("https://cloud.example".into());
        let s = secret(&c, &test_options());
        assert_eq!(s.metadata.name.as_deref(), Some("autoops-secret"));
        assert_eq!(s.metadata.namespace.as_deref(), Some("default"));
        assert_eq!(s.type_.as_deref(), Some("Opaque"));
        assert_eq!(s.data, None);
        let d = s.string_data.unwrap();
        let keys: Vec<&str> = d.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "autoops-es-url",
                "autoops-otel-url",
                "autoops-token",
                "cloud-connected-mode-api-key",
                "cloud-connected-mode-api-url",
                "es-api-key",
                "temp-resource-id"
            ]
        );
        assert_eq!(d["es-api-key"], "kid:apikey-SECRET-3");
        assert_eq!(d["autoops-token"], "token-SECRET-2");
        assert_eq!(d["autoops-es-url"], "https://es.example.com:9200");
    }

    #[test]
    fn basic_auth_keys_and_refs() {
        let c = sample(EsAuth::Basic {
            username: "autoops".into(),
            password: S::new("pw-SECRET"),
        });
        let o = test_options();
        let d = secret(&c, &o).string_data.unwrap();
        assert_eq!(d["es-username"], "autoops");
        assert_eq!(d["es-password"], "pw-SECRET");
        assert!(!d.contains_key("es-api-key") && !d.contains_key("cloud-connected-mode-api-url"));
        let env = env_vars(&c, &o);
        assert_eq!(
            secret_ref(by_name(&env, "AUTOOPS_ES_USERNAME")),
            ("autoops-secret", "es-username")
        );
        assert_eq!(
            secret_ref(by_name(&env, "AUTOOPS_ES_PASSWORD")),
            ("autoops-secret", "es-password")
        );
        assert!(env.iter().all(|e| e.name != "AUTOOPS_ES_API_KEY"));
    }

    #[test]
    fn deployment_fields() {
        let c = sample(api_key());
        let o = Options {
            name: "prod".into(),
            namespace: "monitoring".into(),
            ..test_options()
        };
        let d = deployment(&c, &o);
        assert_eq!(d.metadata.name.as_deref(), Some("prod-elastic-agent"));
        assert_eq!(d.metadata.namespace.as_deref(), Some("monitoring"));
        let spec = d.spec.unwrap();
        assert_eq!(spec.replicas, Some(1));
        assert_eq!(spec.strategy.unwrap().type_.as_deref(), Some("Recreate"));
        let sel = spec.selector.match_labels.unwrap();
        let pod_labels = spec.template.metadata.unwrap().labels.unwrap();
        for (k, v) in &sel {
            assert_eq!(
                pod_labels.get(k),
                Some(v),
                "the selector must match the pod labels"
            );
        }
        let pod = spec.template.spec.unwrap();
        assert_eq!(pod.automount_service_account_token, Some(false));
        let psc = pod.security_context.unwrap();
        assert_eq!(psc.run_as_non_root, Some(true));
        assert_eq!(psc.run_as_user, Some(1000));
        assert_eq!(pod.volumes, None);
        let ct = &pod.containers[0];
        assert_eq!(ct.name, "prod-elastic-agent");
        assert_eq!(
            ct.image.as_deref(),
            Some("docker.elastic.co/elastic-agent/elastic-otel-collector-wolfi:9.2.5")
        );
        assert_eq!(
            ct.args.as_deref(),
            Some(
                &[
                    "--config".to_string(),
                    "otel_samples/autoops_es.yml".to_string()
                ][..]
            )
        );
        assert_eq!(
            ct.security_context
                .as_ref()
                .unwrap()
                .allow_privilege_escalation,
            Some(false)
        );
        let env = ct.env.as_ref().unwrap();
        let names: Vec<&str> = env.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "AUTOOPS_OTEL_URL",
                "AUTOOPS_ES_URL",
                "AUTOOPS_ES_API_KEY",
                "ELASTIC_CLOUD_CONNECTED_MODE_API_KEY",
                "AUTOOPS_TEMP_RESOURCE_ID",
                "AUTOOPS_TOKEN"
            ]
        );
        for (var, key) in [
            ("AUTOOPS_OTEL_URL", "autoops-otel-url"),
            ("AUTOOPS_ES_URL", "autoops-es-url"),
            ("AUTOOPS_ES_API_KEY", "es-api-key"),
            (
                "ELASTIC_CLOUD_CONNECTED_MODE_API_KEY",
                "cloud-connected-mode-api-key",
            ),
            ("AUTOOPS_TEMP_RESOURCE_ID", "temp-resource-id"),
            ("AUTOOPS_TOKEN", "autoops-token"),
        ] {
            let e = by_name(env, var);
            assert_eq!(secret_ref(e), ("prod-secret", key));
            assert_eq!(e.value, None);
        }
    }

    #[test]
    fn ca_secret_volume_and_plain_proxy_env() {
        let mut c = sample(api_key());
        c.ca_cert = Some(CaCert {
            path: "/tmp/ca.crt".into(),
            pem: "-----BEGIN CERTIFICATE-----\nTUlJQg==\n-----END CERTIFICATE-----\n".into(),
        });
        c.https_proxy = Some("http://proxy:3128".into());
        c.no_proxy = Some("es.example.com".into());
        let o = test_options();
        let m = build(&c, &o);
        let ca = m.ca_secret.as_ref().unwrap();
        assert_eq!(ca.metadata.name.as_deref(), Some("autoops-ca"));
        assert_eq!(
            ca.string_data.as_ref().unwrap()["ca.crt"],
            c.ca_cert.as_ref().unwrap().pem
        );
        let pod = m
            .deployment
            .spec
            .as_ref()
            .unwrap()
            .template
            .spec
            .as_ref()
            .unwrap();
        let vol = &pod.volumes.as_ref().unwrap()[0];
        assert_eq!(
            vol.secret.as_ref().unwrap().secret_name.as_deref(),
            Some("autoops-ca")
        );
        let mount = &pod.containers[0].volume_mounts.as_ref().unwrap()[0];
        assert_eq!(
            (
                mount.name.as_str(),
                mount.mount_path.as_str(),
                mount.read_only
            ),
            ("autoops-ca", "/etc/autoops/ca", Some(true))
        );
        let env = pod.containers[0].env.as_ref().unwrap();
        assert_eq!(
            by_name(env, "AUTOOPS_CA_CERT").value.as_deref(),
            Some("/etc/autoops/ca/ca.crt")
        );
        assert_eq!(
            by_name(env, "HTTPS_PROXY").value.as_deref(),
            Some("http://proxy:3128")
        );
        assert_eq!(
            by_name(env, "NO_PROXY").value.as_deref(),
            Some("es.example.com")
        );
        // The host path of the CA means nothing in the pod.
        assert!(!m.render_all(&o).unwrap().contains("/tmp/ca.crt"));
    }

    #[test]
    fn a_proxy_with_credentials_goes_into_the_secret_not_the_deployment() {
        let mut c = sample(api_key());
        c.https_proxy = Some("http://user:proxy-pw-k8s@proxy:3128".into());
        c.http_proxy = Some("http://proxy:3128".into());
        let o = test_options();
        let s = secret(&c, &o);
        assert_eq!(
            s.string_data.as_ref().unwrap()["https-proxy"],
            "http://user:proxy-pw-k8s@proxy:3128"
        );
        assert!(!s.string_data.as_ref().unwrap().contains_key("http-proxy"));
        let env = env_vars(&c, &o);
        assert_eq!(
            secret_ref(by_name(&env, "HTTPS_PROXY")),
            (o.secret_name().as_str(), "https-proxy")
        );
        assert_eq!(
            by_name(&env, "HTTP_PROXY").value.as_deref(),
            Some("http://proxy:3128")
        );
        let m = build(&c, &o);
        assert!(!m.render_deployment().unwrap().contains("proxy-pw-k8s"));
        assert!(
            c.secrets()
                .iter()
                .any(|s| s.expose().contains("proxy-pw-k8s"))
        );
    }

    #[test]
    fn rendered_documents_parse_back() {
        let mut c = sample(api_key());
        c.ca_cert = Some(CaCert {
            path: "/tmp/ca.crt".into(),
            pem: "-----BEGIN CERTIFICATE-----\nTUlJQg==\n-----END CERTIFICATE-----\n".into(),
        });
        let o = test_options();
        let m = build(&c, &o);
        let text = m.render_all(&o).unwrap();
        let docs: Vec<&str> = text.split("\n---\n").collect();
        assert_eq!(docs.len(), 3, "{text}");
        let s: Secret = serde_saphyr::from_str(docs[0]).unwrap();
        let ca: Secret = serde_saphyr::from_str(docs[1]).unwrap();
        let d: Deployment = serde_saphyr::from_str(docs[2]).unwrap();
        assert_eq!(s, m.secret);
        assert_eq!(Some(ca), m.ca_secret);
        assert_eq!(d, m.deployment);
        let deployment_text = m.render_deployment().unwrap();
        for secret in c.secrets() {
            assert!(!deployment_text.contains(secret.expose()));
        }
    }

    #[test]
    fn yaml_1_1_lookalikes_stay_strings() {
        // kubectl reads YAML 1.1: an unquoted `yes`, `on`, `010` or `null` would not be a string there.
        let mut c = sample(EsAuth::Basic {
            username: "yes".into(),
            password: S::new("010"),
        });
        c.temp_resource_id = "null".into();
        c.token = S::new("0x1F");
        let o = test_options();
        let text = build(&c, &o).render_secrets().unwrap();
        for quoted in [
            "es-username: \"yes\"",
            "es-password: \"010\"",
            "temp-resource-id: \"null\"",
            "autoops-token: \"0x1F\"",
        ] {
            assert!(text.contains(quoted), "{quoted} in {text}");
        }
        let back: Secret = serde_saphyr::from_str(&text).unwrap();
        assert_eq!(back, secret(&c, &o));
    }
}
