//! `es-remote eck expose|credentials`: manifests for clusters managed by ECK (seed 003; elastic-facts.md
//! §2.4, §5). Kubernetes core kinds are k8s-openapi types; the `Elasticsearch` resource is a typed partial
//! object whose every field is checked against the CRD in the tests.
//!
//! The `Elasticsearch` documents are **merge patches** (`kubectl patch elasticsearch NAME --type merge
//! --patch-file FILE`), never for `kubectl apply`: applying a partial object computes deletions from the
//! last applied configuration and would remove the user's node sets. `spec.secureSettings` is a list,
//! which a merge patch replaces whole, so the credentials entry is given as a JSON patch that appends.

use crate::usage;
use clap::{Args, ValueEnum};
use esconnect_cli::{CliResult, Printer};
use esconnect_core::fs::{FileMode, write_atomic};
use esconnect_core::k8s::dns_label;
use esconnect_core::models::remote_cluster::{
    REMOTE_CLUSTER_SERVER_PORT, TRANSPORT_PORT, credentials_setting,
};
use esconnect_core::models::version::Version;
use esconnect_core::secret::Secret;
use k8s_openapi::api::core::v1::{
    ConfigMap, Secret as K8sSecret, Service, ServicePort, ServiceSpec,
};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// `spec.remoteClusterServer` exists from ECK 2.16.0; its `service` from 3.3.0 (elastic-facts.md §5).
const RCS_SINCE: Version = Version::new(2, 16, 0);
const RCS_SERVICE_SINCE: Version = Version::new(3, 3, 0);
const ES_API_VERSION: &str = "elasticsearch.k8s.elastic.co/v1";
/// The labels ECK puts on an Elasticsearch cluster's pods (`pkg/controller/elasticsearch/label`).
const LABEL_TYPE: (&str, &str) = ("common.k8s.elastic.co/type", "elasticsearch");
const LABEL_CLUSTER: &str = "elasticsearch.k8s.elastic.co/cluster-name";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Model {
    /// Cross-cluster API keys: the remote cluster server (9443).
    ApiKey,
    /// TLS certificates (deprecated in 9.0): the transport port (9300).
    Certificate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ServiceType {
    #[value(name = "LoadBalancer")]
    LoadBalancer,
    #[value(name = "NodePort")]
    NodePort,
    #[value(name = "ClusterIP")]
    ClusterIp,
}

impl ServiceType {
    fn as_str(self) -> &'static str {
        match self {
            ServiceType::LoadBalancer => "LoadBalancer",
            ServiceType::NodePort => "NodePort",
            ServiceType::ClusterIp => "ClusterIP",
        }
    }
}

#[derive(Debug, Args)]
pub struct ExposeArgs {
    /// The name of the Elasticsearch resource (the remote cluster).
    #[arg(value_name = "CLUSTER")]
    cluster: String,
    #[arg(long, short = 'n', value_name = "NS", default_value = "default")]
    namespace: String,
    /// The ECK operator version (2.16+ for the API key model; 3.3+ configures the service in the resource).
    #[arg(long, value_name = "VERSION", required = true)]
    eck_version: String,
    #[arg(long, value_enum, default_value_t = Model::ApiKey)]
    model: Model,
    #[arg(long, value_enum, default_value_t = ServiceType::LoadBalancer)]
    service_type: ServiceType,
    /// The port the service listens on (9443 for API keys, 9300 for certificates when not given); the
    /// target port stays Elasticsearch's.
    #[arg(long, value_name = "PORT", value_parser = clap::value_parser!(u16).range(1..))]
    port: Option<u16>,
    /// Certificate model: the other cluster's CA (PEM) that this cluster must trust, put in a ConfigMap
    /// referenced by spec.transport.tls.certificateAuthorities.
    #[arg(long, value_name = "PEM")]
    ca: Option<PathBuf>,
    /// Write one file per document into DIR instead of stdout.
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CredentialsArgs {
    /// The alias the local cluster gives the remote.
    #[arg(value_name = "ALIAS")]
    alias: String,
    /// The cross-cluster API key (`encoded`) from FILE, `-` for standard input.
    #[arg(long, value_name = "FILE", required = true)]
    key_file: PathBuf,
    /// The LOCAL Elasticsearch resource (the one that connects).
    #[arg(long, value_name = "NAME", required = true)]
    cluster: String,
    #[arg(long, short = 'n', value_name = "NS", default_value = "default")]
    namespace: String,
    /// The Secret's name (default: CLUSTER-remote-ALIAS-credentials).
    #[arg(long, value_name = "NAME")]
    secret_name: Option<String>,
    /// Write the files into DIR (the Secret with mode 0600) instead of stdout.
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
}

// ---------------------------------------------------------------------------------------------------
// the typed partial Elasticsearch resource

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ElasticsearchPatch {
    pub api_version: &'static str,
    pub kind: &'static str,
    pub metadata: ObjectMeta,
    pub spec: EsSpec,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct EsSpec {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_cluster_server: Option<RemoteClusterServer>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transport: Option<Transport>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RemoteClusterServer {
    pub enabled: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<ServiceTemplate>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ServiceTemplate {
    pub spec: ServiceSpec,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Transport {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<ServiceTemplate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls: Option<TransportTls>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct TransportTls {
    pub certificate_authorities: ConfigMapRef,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ConfigMapRef {
    pub config_map_name: String,
}

fn meta(name: &str, namespace: &str) -> ObjectMeta {
    ObjectMeta {
        name: Some(name.to_string()),
        namespace: Some(namespace.to_string()),
        ..Default::default()
    }
}

fn es_patch(cluster: &str, namespace: &str, spec: EsSpec) -> ElasticsearchPatch {
    ElasticsearchPatch {
        api_version: ES_API_VERSION,
        kind: "Elasticsearch",
        metadata: meta(cluster, namespace),
        spec,
    }
}

/// A service spec of `ty` that maps `port` to Elasticsearch's `target` (ports only when they differ,
/// so ECK's own port definition stays otherwise).
fn service_spec(ty: ServiceType, port: u16, target: u16, name: &str) -> ServiceSpec {
    ServiceSpec {
        type_: Some(ty.as_str().to_string()),
        ports: (port != target).then(|| {
            vec![ServicePort {
                name: Some(name.to_string()),
                port: i32::from(port),
                target_port: Some(IntOrString::Int(i32::from(target))),
                protocol: Some("TCP".into()),
                ..Default::default()
            }]
        }),
        ..Default::default()
    }
}

/// One output document: its file name and value.
#[derive(Debug, Clone, Serialize)]
pub struct Doc {
    pub file: String,
    /// `apply` (kubectl apply -f) or `merge-patch` (kubectl patch --type merge) or `json-patch`.
    pub how: &'static str,
    pub manifest: Value,
    #[serde(skip)]
    pub secret: bool,
}

fn doc(file: &str, how: &'static str, v: impl Serialize, secret: bool) -> Doc {
    Doc {
        file: file.into(),
        how,
        manifest: serde_json::to_value(v).expect("manifests serialise"),
        secret,
    }
}

fn check_names(cluster: &str, namespace: &str, flag: &str) -> CliResult<()> {
    // ECK derives `<name>-es-remote-cluster-lb` and similar from the name; Service names are labels (63).
    dns_label(cluster, 63 - "-es-remote-cluster-lb".len()).map_err(|why| {
        usage(
            format!("the cluster name {flag} `{cluster}` {why}"),
            "give the metadata.name of the Elasticsearch resource",
        )
    })?;
    dns_label(namespace, 63).map_err(|why| {
        usage(
            format!("the namespace `{namespace}` {why}"),
            "give the namespace with -n NS",
        )
    })
}

/// The documents of `eck expose`.
pub fn expose_docs(a: &ExposeArgs, ca_pem: Option<String>) -> CliResult<Vec<Doc>> {
    let eck = Version::parse(&a.eck_version).ok_or_else(|| {
        usage(
            format!("`{}` is not a version", a.eck_version),
            "give the ECK operator version, e.g. --eck-version 3.3.0 (kubectl get deployment elastic-operator -n elastic-system)",
        )
    })?;
    let (c, ns) = (a.cluster.as_str(), a.namespace.as_str());
    let mut docs = Vec::new();
    match a.model {
        Model::ApiKey => {
            if eck < RCS_SINCE {
                return Err(usage(
                    format!("ECK {eck} has no spec.remoteClusterServer (ECK 2.16.0+)"),
                    "upgrade the ECK operator to 2.16 or later for the API key model, or use --model certificate",
                ));
            }
            if a.ca.is_some() {
                return Err(usage(
                    "--ca is for the certificate model",
                    "in the API key model only the local cluster trusts the remote's CA: es-remote config client --ca-file",
                ));
            }
            let port = a.port.unwrap_or(REMOTE_CLUSTER_SERVER_PORT);
            let spec = service_spec(a.service_type, port, REMOTE_CLUSTER_SERVER_PORT, "rcs");
            // ECK 3.3+ takes the service in the resource; 2.16-3.2 get a Service of their own below.
            let in_resource = eck >= RCS_SERVICE_SINCE;
            docs.push(doc(
                "elasticsearch-patch.yaml",
                "merge-patch",
                es_patch(
                    c,
                    ns,
                    EsSpec {
                        remote_cluster_server: Some(RemoteClusterServer {
                            enabled: true,
                            service: in_resource.then(|| ServiceTemplate { spec: spec.clone() }),
                        }),
                        ..Default::default()
                    },
                ),
                false,
            ));
            if !in_resource {
                // ECK 2.16-3.2: a Service of our own beside ECK's `<name>-es-remote-cluster`, selecting the
                // same pods, as `kubectl expose service` in the docs makes it (targetPort always 9443).
                let mut spec = spec;
                spec.ports = Some(vec![ServicePort {
                    name: Some("rcs".into()),
                    port: i32::from(port),
                    target_port: Some(IntOrString::Int(i32::from(REMOTE_CLUSTER_SERVER_PORT))),
                    protocol: Some("TCP".into()),
                    ..Default::default()
                }]);
                spec.selector = Some(BTreeMap::from([
                    (LABEL_TYPE.0.to_string(), LABEL_TYPE.1.to_string()),
                    (LABEL_CLUSTER.to_string(), c.to_string()),
                ]));
                let svc = Service {
                    metadata: ObjectMeta {
                        labels: Some(BTreeMap::from([(LABEL_CLUSTER.to_string(), c.to_string())])),
                        ..meta(&format!("{c}-es-remote-cluster-lb"), ns)
                    },
                    spec: Some(spec),
                    ..Default::default()
                };
                docs.push(doc("service.yaml", "apply", svc, false));
            }
        }
        Model::Certificate => {
            let port = a.port.unwrap_or(TRANSPORT_PORT);
            // Assumption (ECK sources, unverified here): the transport Service's port is named `tls-transport`.
            let service = ServiceTemplate {
                spec: service_spec(a.service_type, port, TRANSPORT_PORT, "tls-transport"),
            };
            let ca_name = format!("{c}-remote-ca");
            let tls = ca_pem.as_ref().map(|_| TransportTls {
                certificate_authorities: ConfigMapRef {
                    config_map_name: ca_name.clone(),
                },
            });
            if let Some(pem) = ca_pem {
                let cm = ConfigMap {
                    metadata: meta(&ca_name, ns),
                    data: Some(BTreeMap::from([("ca.crt".to_string(), pem)])),
                    ..Default::default()
                };
                docs.push(doc("configmap-remote-ca.yaml", "apply", cm, false));
            }
            docs.push(doc(
                "elasticsearch-patch.yaml",
                "merge-patch",
                es_patch(
                    c,
                    ns,
                    EsSpec {
                        transport: Some(Transport {
                            service: Some(service),
                            tls,
                        }),
                        ..Default::default()
                    },
                ),
                false,
            ));
        }
    }
    Ok(docs)
}

/// Reads a CA file for a ConfigMap: PEM certificates only, never a private key.
fn read_ca(path: &Path) -> CliResult<String> {
    let pem = std::fs::read_to_string(path).map_err(|e| {
        usage(
            format!("cannot read the CA {}: {e}", path.display()),
            "give a PEM file with the CA certificate(s)",
        )
    })?;
    if pem.contains("PRIVATE KEY-----") {
        return Err(usage(
            format!("{} holds a private key", path.display()),
            "give the CA certificate only (a ConfigMap is readable by many): e.g. ece-trust cert convert IN --out ca.pem",
        ));
    }
    if !pem.contains("-----BEGIN CERTIFICATE-----") {
        return Err(usage(
            format!("{} holds no PEM certificate", path.display()),
            "give a PEM file starting with -----BEGIN CERTIFICATE-----",
        ));
    }
    Ok(pem)
}

fn emit(printer: &Printer, docs: &[Doc], out_dir: Option<&Path>) -> CliResult<()> {
    if let Some(dir) = out_dir {
        std::fs::create_dir_all(dir).map_err(|e| {
            usage(
                format!("cannot create {}: {e}", dir.display()),
                "give a directory you can write",
            )
        })?;
        for d in docs {
            let text = if d.file.ends_with(".json") {
                serde_json::to_string_pretty(&d.manifest).expect("JSON") + "\n"
            } else {
                esconnect_cli::printer::render_yaml(&d.manifest)?
            };
            let path = dir.join(&d.file);
            let mode = if d.secret {
                FileMode::Secret
            } else {
                FileMode::Public
            };
            write_atomic(&path, text.as_bytes(), mode).map_err(|e| {
                esconnect_cli::CliError::failure(format!("cannot write {}: {e}", path.display()))
            })?;
            printer.status(&format!("wrote {}", path.display()));
        }
        return Ok(());
    }
    let manifests: Vec<&Value> = docs.iter().map(|d| &d.manifest).collect();
    printer.data(&manifests, |_| {
        docs.iter()
            .map(|d| {
                let body = if d.how == "json-patch" {
                    serde_json::to_string(&d.manifest).expect("JSON") + "\n"
                } else {
                    esconnect_cli::printer::render_yaml(&d.manifest).unwrap_or_default()
                };
                format!("# {} ({})\n{body}", d.file, how_text(d.how))
            })
            .collect::<Vec<_>>()
            .join("---\n")
    })
}

fn how_text(how: &str) -> &'static str {
    match how {
        "apply" => "kubectl apply -f",
        "merge-patch" => {
            "kubectl patch elasticsearch NAME --type merge --patch-file; never kubectl apply: this is a partial object"
        }
        _ => "kubectl patch elasticsearch NAME --type json",
    }
}

pub fn expose(printer: &Printer, a: ExposeArgs) -> CliResult<u8> {
    check_names(&a.cluster, &a.namespace, "")?;
    let ca = match (&a.ca, a.model) {
        (Some(p), Model::Certificate) => Some(read_ca(p)?),
        _ => None,
    };
    let docs = expose_docs(&a, ca)?;
    emit(printer, &docs, a.out_dir.as_deref())?;
    let (c, ns) = (&a.cluster, &a.namespace);
    let file = |name: &str| {
        a.out_dir
            .as_ref()
            .map(|d| d.join(name).display().to_string())
            .unwrap_or_else(|| name.to_string())
    };
    printer.status(&format!(
        "apply: kubectl patch elasticsearch {c} -n {ns} --type merge --patch-file {}{}",
        file("elasticsearch-patch.yaml"),
        docs.iter()
            .filter(|d| d.how == "apply")
            .map(|d| format!("; kubectl apply -f {}", file(&d.file)))
            .collect::<String>()
    ));
    printer.status(&format!(
        "the remote's CA, for the local cluster: kubectl get secret {c}-es-transport-certs-public -n {ns} -o go-template='{{{{index .data \"ca.crt\" | base64decode}}}}' > remote-ca.crt"
    ));
    if a.model == Model::ApiKey {
        printer.status(&format!(
            "server name (TLS SNI) for `es-remote add`: {c}-es-remote-cluster.{ns}.svc; the address is the load balancer's, port {}",
            a.port.unwrap_or(REMOTE_CLUSTER_SERVER_PORT)
        ));
        printer.status(
            "enabling the remote cluster server restarts the cluster's pods (a rolling restart)",
        );
    }
    Ok(0)
}

/// The documents of `eck credentials`: the Secret and the JSON patch that appends it to `spec.secureSettings`.
pub fn credentials_docs(a: &CredentialsArgs, key: &Secret) -> Vec<Doc> {
    key_secret_docs(
        &a.alias,
        &a.cluster,
        &a.namespace,
        a.secret_name.as_deref(),
        key,
    )
}

/// The Secret holding `cluster.remote.ALIAS.credentials` (its name derived from the cluster and alias
/// unless given: the same name every time, so applying a new key replaces the old one) and the JSON patch
/// that references it from `spec.secureSettings`.
pub fn key_secret_docs(
    alias: &str,
    cluster: &str,
    namespace: &str,
    secret_name: Option<&str>,
    key: &Secret,
) -> Vec<Doc> {
    let name = secret_name.map(str::to_string).unwrap_or_else(|| {
        format!(
            "{cluster}-remote-{}-credentials",
            alias.to_ascii_lowercase().replace('_', "-")
        )
    });
    let secret = K8sSecret {
        metadata: ObjectMeta {
            labels: Some(BTreeMap::from([(
                LABEL_CLUSTER.to_string(),
                cluster.to_string(),
            )])),
            ..meta(&name, namespace)
        },
        type_: Some("Opaque".into()),
        string_data: Some(BTreeMap::from([(
            credentials_setting(alias),
            key.expose().to_string(),
        )])),
        ..Default::default()
    };
    let patch = json!([
        {"op": "add", "path": "/spec/secureSettings/-", "value": {"secretName": name}}
    ]);
    vec![
        doc("secret.yaml", "apply", secret, true),
        doc("secure-settings-patch.json", "json-patch", patch, false),
    ]
}

/// A ConfigMap with the remote's CA (`ca.crt`) for the local ECK cluster to trust.
pub fn remote_ca_doc(alias: &str, cluster: &str, namespace: &str, pem: &str) -> Doc {
    let cm = ConfigMap {
        metadata: ObjectMeta {
            labels: Some(BTreeMap::from([(
                LABEL_CLUSTER.to_string(),
                cluster.to_string(),
            )])),
            ..meta(&remote_ca_name(alias, cluster), namespace)
        },
        data: Some(BTreeMap::from([("ca.crt".to_string(), pem.to_string())])),
        ..Default::default()
    };
    doc("configmap-remote-ca.yaml", "apply", cm, false)
}

/// The name of [`remote_ca_doc`]'s ConfigMap.
pub fn remote_ca_name(alias: &str, cluster: &str) -> String {
    format!(
        "{cluster}-remote-{}-ca",
        alias.to_ascii_lowercase().replace('_', "-")
    )
}

/// Writes documents into `dir` (Secrets with mode 0600), returning the paths.
pub fn write_docs(printer: &Printer, docs: &[Doc], dir: &Path) -> CliResult<Vec<PathBuf>> {
    emit(printer, docs, Some(dir))?;
    Ok(docs.iter().map(|d| dir.join(&d.file)).collect())
}

/// Checks an ECK cluster name and namespace (exit 2).
pub fn check_eck_names(cluster: &str, namespace: &str) -> CliResult<()> {
    check_names(cluster, namespace, "--eck-cluster")
}

pub fn credentials(printer: &Printer, a: CredentialsArgs) -> CliResult<u8> {
    crate::settings::checked_alias(printer, &a.alias)?;
    check_names(&a.cluster, &a.namespace, "--cluster")?;
    if let Some(n) = &a.secret_name {
        dns_label(n, 253).map_err(|why| {
            usage(
                format!("--secret-name `{n}` {why}"),
                "give a Kubernetes name",
            )
        })?;
    }
    let key = crate::credentials::KeyFile::read(&a.key_file, "the cross-cluster API key")?
        .key
        .encoded();
    let docs = credentials_docs(&a, &key);
    let Doc {
        manifest: patch, ..
    } = &docs[1];
    if a.out_dir.is_none() && printer.format == esconnect_cli::OutputFormat::Text {
        // The key goes only into the Secret: stdout is meant for `kubectl apply -f -`.
        printer.raw(&esconnect_cli::printer::render_yaml(&docs[0].manifest)?)?;
    } else {
        emit(printer, &docs, a.out_dir.as_deref())?;
    }
    printer.status(&format!(
        "then reference it from the local cluster (appends to spec.secureSettings, keeping the entries there): kubectl patch elasticsearch {} -n {} --type json -p '{}'",
        a.cluster,
        a.namespace,
        serde_json::to_string(patch).expect("JSON")
    ));
    printer.status(&format!(
        "if the resource has no spec.secureSettings yet, use instead: kubectl patch elasticsearch {} -n {} --type merge -p '{{\"spec\":{{\"secureSettings\":[{{\"secretName\":\"{}\"}}]}}}}'",
        a.cluster,
        a.namespace,
        patch[0]["value"]["secretName"].as_str().unwrap_or_default()
    ));
    Ok(0)
}
