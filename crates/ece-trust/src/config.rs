//! `config`: the self-managed side of the trust (seed 002 steps 7 and 9) as elasticsearch.yml lines, or on
//! ECK the ConfigMap holding the deployment's CA and the `spec.transport.tls.certificateAuthorities` patch
//! that trusts it (seed 004; checked against the Elasticsearch CRD in the tests).

use crate::restrictions::{DEFAULT_FILE, PATH_SETTING};
use clap::{Args, Subcommand};
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::exit;
use esconnect_core::pki::CertInfo;
use k8s_openapi::api::core::v1::ConfigMap;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The setting that lists the CAs the transport layer trusts.
pub const CA_SETTING: &str = "xpack.security.transport.ssl.certificate_authorities";
/// The key ECK reads in the ConfigMap named by `spec.transport.tls.certificateAuthorities` (CRD description).
pub const ECK_CA_KEY: &str = "ca.crt";

#[derive(Debug, Args)]
pub struct ConfigArgs {
    #[command(subcommand)]
    command: ConfigCommand,
}

#[derive(Debug, Subcommand)]
enum ConfigCommand {
    /// elasticsearch.yml lines that trust the deployment's CA, restricted by a trust restrictions file.
    #[command(name = "self")]
    SelfManaged(SelfArgs),
    /// The ConfigMap holding the deployment's CA and the Elasticsearch patch that trusts it (ECK).
    Eck(EckArgs),
}

#[derive(Debug, Args)]
struct SelfArgs {
    /// The deployment's CA certificate (PEM, DER or PKCS#12; from the deployment's Security page).
    #[arg(long, value_name = "FILE")]
    ca: PathBuf,
    /// The password of a PKCS#12 --ca, read from FILE (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    password_file: Option<PathBuf>,
    /// Where the CA will be on the nodes, as the setting names it (relative to the config directory).
    #[arg(long, value_name = "PATH", default_value = "certs/deployment-ca.crt")]
    ca_path: String,
    /// A CA the transport layer trusts today (the cluster's own, e.g. certs/ca.crt): kept in the list, which
    /// the setting replaces as a whole. Repeatable.
    #[arg(long = "keep-ca", value_name = "PATH")]
    keep_ca: Vec<String>,
    /// The trust restrictions file, as `trust_restrictions.path` names it.
    #[arg(long, value_name = "PATH", default_value = DEFAULT_FILE)]
    restrictions: String,
}

#[derive(Debug, Args)]
struct EckArgs {
    /// The deployment's CA certificate (PEM, DER or PKCS#12).
    #[arg(long, value_name = "FILE")]
    ca: PathBuf,
    /// The name of the Elasticsearch resource.
    #[arg(long, value_name = "NAME")]
    cluster: String,
    /// The namespace.
    #[arg(short = 'n', long, value_name = "NAMESPACE", default_value = "default")]
    namespace: String,
    /// The name of the ConfigMap to create; `<cluster>-transport-cas` by default.
    #[arg(long, value_name = "NAME")]
    configmap: Option<String>,
    /// The password of a PKCS#12 --ca, read from FILE (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    password_file: Option<PathBuf>,
}

pub fn run(printer: &Printer, args: ConfigArgs) -> CliResult<u8> {
    match args.command {
        ConfigCommand::SelfManaged(a) => self_managed(printer, a),
        ConfigCommand::Eck(a) => eck(printer, a),
    }
}

/// Reads the deployment's CA: CA certificates only (never a key: the PEM is copied to nodes or into a
/// ConfigMap).
fn read_ca(path: &Path, password_file: Option<&Path>) -> CliResult<(String, Vec<CertInfo>)> {
    let password = crate::cert::read_password(password_file)?;
    let (bundle, infos) = crate::cert::read_and_inspect(path, password.as_ref())?;
    if bundle.private_keys > 0 {
        return Err(crate::usage(
            format!("{}: it contains a private key", path.display()),
            "Give the deployment's CA certificate only (Security page > CA certificates), or extract it \
             with `ece-trust cert convert IN --out ca.pem`.",
        ));
    }
    if let Some(leaf) = infos.iter().find(|i| !i.is_ca) {
        return Err(crate::usage(
            format!(
                "{}: `{}` is not a CA certificate",
                path.display(),
                leaf.subject
            ),
            "Give the CA that signed the deployment's node certificates (Security page > CA certificates).",
        ));
    }
    Ok((bundle.certs_pem(), infos))
}

fn quoted_list(items: &[String]) -> String {
    let v: Vec<String> = items.iter().map(|s| format!("\"{s}\"")).collect();
    format!("[{}]", v.join(", "))
}

/// A path as a setting value: no quotes, backslashes or newlines (they would break the YAML line).
fn setting_path(s: &str, flag: &str) -> CliResult<()> {
    if s.is_empty() || s.chars().any(|c| matches!(c, '"' | '\\' | '\n' | '\r')) {
        return Err(crate::usage(
            format!("{flag} `{s}` is not a usable path"),
            "Give a path without quotes, backslashes or line breaks.",
        ));
    }
    Ok(())
}

#[derive(Debug, Serialize)]
struct SelfReport {
    settings: BTreeMap<&'static str, Value>,
    ca_file: String,
    ca_sha256: Vec<String>,
}

fn self_managed(printer: &Printer, a: SelfArgs) -> CliResult<u8> {
    setting_path(&a.ca_path, "--ca-path")?;
    setting_path(&a.restrictions, "--restrictions")?;
    for k in &a.keep_ca {
        setting_path(k, "--keep-ca")?;
    }
    let (_, infos) = read_ca(&a.ca, a.password_file.as_deref())?;
    let mut cas = a.keep_ca.clone();
    if !cas.contains(&a.ca_path) {
        cas.push(a.ca_path.clone());
    }
    let report = SelfReport {
        settings: BTreeMap::from([
            (CA_SETTING, json!(cas)),
            (PATH_SETTING, json!(a.restrictions)),
        ]),
        ca_file: a.ca.display().to_string(),
        ca_sha256: infos.iter().map(|i| i.sha256.hex.clone()).collect(),
    };
    let text = format!(
        "# elasticsearch.yml on every node of the self-managed cluster; copy {} to {} on each node.\n\
         # Trust the deployment's CA (seed 002 step 7) ...\n{CA_SETTING}: {}\n\
         # ... and only the clusters the restrictions name (step 9; `ece-trust restrictions` writes the file).\n\
         {PATH_SETTING}: {}\n",
        a.ca.display(),
        a.ca_path,
        quoted_list(&cas),
        a.restrictions
    );
    printer.data(&report, |_| text.clone())?;
    if a.keep_ca.is_empty() {
        printer.warn(&format!(
            "{CA_SETTING} replaces the list of CAs the transport layer trusts: add the cluster's own CA \
             with --keep-ca PATH (as your elasticsearch.yml names it), or the nodes stop trusting each other. \
             If the cluster uses xpack.security.transport.ssl.truststore.path instead, import the CA into that \
             truststore and keep only the trust_restrictions line."
        ));
    }
    printer.status("then restart the nodes one at a time (these settings are read at start-up)");
    Ok(exit::SUCCESS)
}

/// A Kubernetes object name: DNS-1123 label (lowercase letters, digits, `-`, at most 63).
fn k8s_name(s: &str, flag: &str) -> CliResult<()> {
    let ok = !s.is_empty()
        && s.len() <= 63
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-');
    if ok {
        return Ok(());
    }
    Err(crate::usage(
        format!("{flag} `{s}` is not a valid Kubernetes name"),
        "Use lowercase letters, digits and `-` (at most 63, starting and ending with a letter or digit).",
    ))
}

/// The ConfigMap with the CA under `ca.crt`.
pub fn config_map(name: &str, namespace: &str, pem: &str) -> ConfigMap {
    ConfigMap {
        metadata: ObjectMeta {
            name: Some(name.into()),
            namespace: Some(namespace.into()),
            labels: Some(BTreeMap::from([(
                "app.kubernetes.io/managed-by".to_string(),
                "ece-trust".to_string(),
            )])),
            ..Default::default()
        },
        data: Some(BTreeMap::from([(ECK_CA_KEY.to_string(), pem.to_string())])),
        ..Default::default()
    }
}

/// The merge patch of the Elasticsearch resource (only `spec.transport.tls.certificateAuthorities`).
pub fn elasticsearch_patch(configmap: &str) -> Value {
    json!({"spec": {"transport": {"tls": {"certificateAuthorities": {"configMapName": configmap}}}}})
}

#[derive(Debug, Serialize)]
struct EckReport {
    config_map: ConfigMap,
    elasticsearch_patch: Value,
}

fn eck(printer: &Printer, a: EckArgs) -> CliResult<u8> {
    k8s_name(&a.cluster, "--cluster")?;
    k8s_name(&a.namespace, "--namespace")?;
    let cm_name = a
        .configmap
        .clone()
        .unwrap_or_else(|| format!("{}-transport-cas", a.cluster));
    k8s_name(&cm_name, "--configmap")?;
    let (pem, _) = read_ca(&a.ca, a.password_file.as_deref())?;
    let report = EckReport {
        config_map: config_map(&cm_name, &a.namespace, &pem),
        elasticsearch_patch: elasticsearch_patch(&cm_name),
    };
    let cm_yaml = serde_saphyr::to_string(&report.config_map)
        .map_err(|e| CliError::failure(format!("cannot render YAML: {e}")))?;
    let text = format!(
        "# The deployment's CA for ECK (kubectl apply -f this file). ECK reads it from `{ECK_CA_KEY}`.\n{cm_yaml}"
    );
    printer.data(&report, |_| text.clone())?;
    printer.status(&format!(
        "then: kubectl patch elasticsearch {} -n {} --type merge -p '{}'",
        a.cluster, a.namespace, report.elasticsearch_patch
    ));
    printer.warn(
        "spec.transport.tls.certificateAuthorities names ONE ConfigMap: if it already names one, add this \
         CA's PEM to that ConfigMap's ca.crt instead of patching (the patch would replace it).",
    );
    Ok(exit::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_patch_and_the_config_map() {
        let p = elasticsearch_patch("qs-transport-cas");
        assert_eq!(
            p.pointer("/spec/transport/tls/certificateAuthorities/configMapName"),
            Some(&json!("qs-transport-cas"))
        );
        let cm = config_map("qs-transport-cas", "elastic", "PEM");
        let v = serde_json::to_value(&cm).unwrap();
        assert_eq!(v["apiVersion"], "v1");
        assert_eq!(v["kind"], "ConfigMap");
        assert_eq!(v["data"]["ca.crt"], "PEM");
        assert_eq!(v["metadata"]["namespace"], "elastic");
    }

    #[test]
    fn names() {
        assert!(k8s_name("quickstart", "--cluster").is_ok());
        for bad in ["", "Quick", "a_b", "-a", "a-", &"a".repeat(64)] {
            assert_eq!(k8s_name(bad, "--cluster").unwrap_err().code, 2, "{bad}");
        }
        assert!(setting_path("certs/ca.crt", "--ca-path").is_ok());
        assert!(setting_path("a\"b", "--ca-path").is_err());
    }
}
