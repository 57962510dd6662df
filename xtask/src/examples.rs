//! `docs/examples/`: deployment examples generated from typed models (k8s-openapi), written and checked by
//! `cargo xtask codegen [--check]` like the other generated files.
//!
//! `autoops-probe-job.yaml`: a Kubernetes Indexed Job running `autoops-probe --shards N` over an
//! inventory mounted from a ConfigMap, with the clusters' passwords from a Secret (as environment
//! variables named by the inventory's `password_env`) and the clusters' CA from a ConfigMap. Each of the
//! N pods probes the clusters whose index `i` has `i % N == JOB_COMPLETION_INDEX`.

use k8s_openapi::api::batch::v1::{Job, JobSpec};
use k8s_openapi::api::core::v1::{
    Capabilities, ConfigMap, ConfigMapVolumeSource, Container, EnvFromSource, PodSecurityContext,
    PodSpec, PodTemplateSpec, ResourceRequirements, Secret, SecretEnvSource, SecurityContext,
    Volume, VolumeMount,
};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Shares of the fleet: the Job's `completions` and the probe's `--shards`.
pub const SHARDS: i32 = 4;
const NAME: &str = "autoops-probe";
const IMAGE: &str = "esconnect:0.1.0";
const MOUNT: &str = "/etc/esconnect";
/// The image's non-root user (see the Dockerfile).
const UID: i64 = 10001;

/// The example fleet: (name, URL, username, password variable).
const CLUSTERS: &[(&str, &str, &str, &str)] = &[
    (
        "prod-eu",
        "https://es-prod-eu.example.com:9200",
        "autoops-agent",
        "PROD_EU_PASSWORD",
    ),
    (
        "prod-us",
        "https://es-prod-us.example.com:9200",
        "autoops-agent",
        "PROD_US_PASSWORD",
    ),
    (
        "staging",
        "https://es-staging.example.com:9200",
        "autoops-agent",
        "STAGING_PASSWORD",
    ),
    (
        "logs",
        "https://es-logs.example.com:9200",
        "autoops-agent",
        "LOGS_PASSWORD",
    ),
    (
        "search",
        "https://es-search.example.com:9200",
        "autoops-agent",
        "SEARCH_PASSWORD",
    ),
];

fn meta(name: &str) -> ObjectMeta {
    ObjectMeta {
        name: Some(name.into()),
        labels: Some(BTreeMap::from([(
            "app.kubernetes.io/name".to_string(),
            NAME.to_string(),
        )])),
        ..Default::default()
    }
}

/// The inventory the ConfigMap holds (the probe's schema; see `autoops_probe::inventory`).
pub fn inventory() -> String {
    let mut y = String::from("clusters:\n");
    for (name, url, user, var) in CLUSTERS {
        y.push_str(&format!(
            "  - name: {name}\n    url: {url}\n    username: {user}\n    password_env: {var}\n"
        ));
    }
    y
}

pub fn inventory_config_map() -> ConfigMap {
    ConfigMap {
        metadata: meta("autoops-probe-inventory"),
        data: Some(BTreeMap::from([("inventory.yml".to_string(), inventory())])),
        ..Default::default()
    }
}

/// The Secret's keys, one per `password_env`; the values are placeholders to replace (or create the
/// Secret with `kubectl create secret generic autoops-probe-credentials --from-literal=...`).
pub fn credentials_secret() -> Secret {
    Secret {
        metadata: meta("autoops-probe-credentials"),
        type_: Some("Opaque".into()),
        string_data: Some(
            CLUSTERS
                .iter()
                .map(|(_, _, _, var)| (var.to_string(), "REPLACE-ME".to_string()))
                .collect(),
        ),
        ..Default::default()
    }
}

pub fn job() -> Job {
    let container = Container {
        name: NAME.into(),
        image: Some(IMAGE.into()),
        // The multi-call binary runs the tool named by its first argument.
        args: Some(
            [
                "autoops-probe",
                "--inventory",
                &format!("{MOUNT}/inventory/inventory.yml"),
                "--ca-cert",
                &format!("{MOUNT}/ca/ca.crt"),
                "--shards",
                &SHARDS.to_string(),
                "--output",
                "jsonl",
            ]
            .map(String::from)
            .to_vec(),
        ),
        env_from: Some(vec![EnvFromSource {
            secret_ref: Some(SecretEnvSource {
                name: "autoops-probe-credentials".into(),
                optional: Some(false),
            }),
            ..Default::default()
        }]),
        volume_mounts: Some(vec![
            VolumeMount {
                name: "inventory".into(),
                mount_path: format!("{MOUNT}/inventory"),
                read_only: Some(true),
                ..Default::default()
            },
            VolumeMount {
                name: "ca".into(),
                mount_path: format!("{MOUNT}/ca"),
                read_only: Some(true),
                ..Default::default()
            },
        ]),
        resources: Some(ResourceRequirements {
            requests: Some(BTreeMap::from([
                ("cpu".to_string(), Quantity("250m".into())),
                ("memory".to_string(), Quantity("64Mi".into())),
            ])),
            limits: Some(BTreeMap::from([(
                "memory".to_string(),
                Quantity("256Mi".into()),
            )])),
            ..Default::default()
        }),
        security_context: Some(SecurityContext {
            allow_privilege_escalation: Some(false),
            read_only_root_filesystem: Some(true),
            run_as_non_root: Some(true),
            capabilities: Some(Capabilities {
                drop: Some(vec!["ALL".into()]),
                ..Default::default()
            }),
            ..Default::default()
        }),
        ..Default::default()
    };
    let config_map = |volume: &str, name: &str| Volume {
        name: volume.into(),
        config_map: Some(ConfigMapVolumeSource {
            name: name.into(),
            ..Default::default()
        }),
        ..Default::default()
    };
    Job {
        metadata: meta(NAME),
        spec: Some(JobSpec {
            completion_mode: Some("Indexed".into()),
            completions: Some(SHARDS),
            parallelism: Some(SHARDS),
            // A probe that finds a failing cluster exits 1: that is a result, not a reason to retry.
            backoff_limit: Some(0),
            ttl_seconds_after_finished: Some(86_400),
            template: PodTemplateSpec {
                metadata: Some(meta(NAME)),
                spec: Some(PodSpec {
                    restart_policy: Some("Never".into()),
                    security_context: Some(PodSecurityContext {
                        run_as_non_root: Some(true),
                        run_as_user: Some(UID),
                        run_as_group: Some(UID),
                        ..Default::default()
                    }),
                    containers: vec![container],
                    volumes: Some(vec![
                        config_map("inventory", "autoops-probe-inventory"),
                        // Create it from the clusters' CA: kubectl create configmap autoops-probe-ca --from-file=ca.crt
                        config_map("ca", "autoops-probe-ca"),
                    ]),
                    ..Default::default()
                }),
            },
            ..Default::default()
        }),
        ..Default::default()
    }
}

const HEADER: &str = "# Generated by `cargo xtask codegen` (xtask/src/examples.rs); do not edit.\n\
# A Kubernetes Indexed Job probing a fleet of clusters with autoops-probe, in shares: pod i of N probes\n\
# the inventory's clusters whose index has index % N == i (JOB_COMPLETION_INDEX), one JSON line each.\n\
# 1. Build the image (see the Dockerfile) and push it where the cluster pulls from.\n\
# 2. Replace the Secret's placeholders (or create it with kubectl create secret generic ... --from-literal).\n\
# 3. kubectl create configmap autoops-probe-ca --from-file=ca.crt   (the CA of the clusters' certificates)\n\
# 4. kubectl apply -f autoops-probe-job.yaml; kubectl logs -l app.kubernetes.io/name=autoops-probe\n";

/// The generated files.
pub fn files() -> Vec<(PathBuf, String)> {
    let docs = [
        serde_saphyr::to_string(&inventory_config_map()),
        serde_saphyr::to_string(&credentials_secret()),
        serde_saphyr::to_string(&job()),
    ]
    .into_iter()
    .collect::<Result<Vec<_>, _>>()
    .expect("the models serialise");
    let mut out = String::from(HEADER);
    for d in docs {
        out.push_str("---\n");
        out.push_str(&d);
    }
    vec![(PathBuf::from("docs/examples/autoops-probe-job.yaml"), out)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn the_inventory_is_one_the_probe_accepts() {
        let refs = autoops_probe::inventory::parse(&inventory(), Path::new("/etc/esconnect"))
            .expect("the example inventory parses");
        assert_eq!(refs.len(), CLUSTERS.len());
        // Every share of the Job has clusters to probe.
        for i in 0..SHARDS as u32 {
            let s = autoops_probe::inventory::Shard::new(i, SHARDS as u32).unwrap();
            assert!(
                refs.iter().any(|r| s.contains(r.index)),
                "share {i} is empty"
            );
        }
    }

    #[test]
    fn the_secret_has_every_variable_the_inventory_names_and_the_job_agrees_on_shards() {
        let secret = credentials_secret();
        let keys = secret.string_data.unwrap();
        for line in inventory().lines() {
            if let Some(var) = line.trim().strip_prefix("password_env: ") {
                assert!(keys.contains_key(var), "{var}");
            }
        }
        let job = job();
        let spec = job.spec.unwrap();
        assert_eq!(spec.completion_mode.as_deref(), Some("Indexed"));
        let args = spec.template.spec.unwrap().containers[0]
            .args
            .clone()
            .unwrap();
        let shards = args.iter().position(|a| a == "--shards").unwrap();
        assert_eq!(args[shards + 1], spec.completions.unwrap().to_string());
        assert_eq!(args[0], "autoops-probe");
    }

    #[test]
    fn the_job_runs_as_the_images_non_root_user_read_only() {
        let dockerfile = std::fs::read_to_string(crate::root().join("Dockerfile")).unwrap();
        assert!(dockerfile.contains(&format!("USER {UID}:{UID}")));
        let pod = job().spec.unwrap().template.spec.unwrap();
        let c = &pod.containers[0];
        let sc = c.security_context.as_ref().unwrap();
        assert_eq!(sc.read_only_root_filesystem, Some(true));
        assert_eq!(sc.allow_privilege_escalation, Some(false));
        assert_eq!(pod.security_context.unwrap().run_as_user, Some(UID));
    }

    #[test]
    fn the_file_parses_back_into_the_same_objects() {
        let (_, text) = files().remove(0);
        let docs: Vec<&str> = text.split("\n---\n").skip(1).collect();
        assert_eq!(docs.len(), 3, "a ConfigMap, a Secret and a Job");
        let cm: ConfigMap = serde_saphyr::from_str(docs[0]).unwrap();
        assert_eq!(cm, inventory_config_map());
        let secret: Secret = serde_saphyr::from_str(docs[1]).unwrap();
        assert_eq!(secret, credentials_secret());
        let job_back: Job = serde_saphyr::from_str(docs[2]).unwrap();
        assert_eq!(job_back, job());
        assert!(text.contains("kind: Job") && text.contains("completionMode: Indexed"));
    }
}
