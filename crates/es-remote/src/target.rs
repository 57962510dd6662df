//! Where the local cluster runs (`--target self|eck|ece|ech`) and how a cross-cluster key and the
//! remote's CA reach it, for `pair import` and `rotate`:
//!
//! | target | the key | the remote's CA |
//! | --- | --- | --- |
//! | `self` | this node's `elasticsearch-keystore`, then a reload | a file for `remote_cluster_client.ssl` |
//! | `eck` | a Secret manifest for `spec.secureSettings` (applied by the user) | a ConfigMap manifest |
//! | `ece`, `ech` | `PATCH .../keystore` (reloaded by the deployment from 8.14) | a `direct` trust entry |
//!
//! The ECE/ECH path is the API equivalent of the Cloud UI's "Add API key" plus "trusted environment"
//! (elastic-facts §2.2, §4.2, §4.3). Assumption (the docs name no node names for the API key model): the
//! trust entry lists the remote cluster server's certificate name (`server_name`, else the address's
//! host) as its node name, with `trust_all: false`, the narrowest entry the Swagger accepts without a
//! scope id.

use crate::cluster::Local;
use crate::usage;
use clap::{Args, ValueEnum};
use esconnect_cli::args::EcApiArgs;
use esconnect_cli::{CliResult, Printer};
use esconnect_core::ec::{EcClient, Mode};
use esconnect_core::models::ec::{
    DirectTrust, KeystoreContents, KeystoreSecret, TrustedCertificate,
};
use esconnect_core::models::remote_cluster::credentials_setting;
use esconnect_core::secret::Secret;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// Self-managed; run on one of its nodes (the keystore is this node's).
    #[value(name = "self")]
    SelfManaged,
    /// Managed by ECK: manifests for the Secret and the CA, applied with kubectl.
    Eck,
    /// A deployment of Elastic Cloud Enterprise: its keystore and trust through the ECE API.
    Ece,
    /// A deployment of Elastic Cloud Hosted: its keystore and trust through the ECH API.
    Ech,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::SelfManaged => "self",
            Kind::Eck => "eck",
            Kind::Ece => "ece",
            Kind::Ech => "ech",
        }
    }
}

/// The flags that say where the local cluster runs. The connection flags (`--es-url`, ...) always name
/// its Elasticsearch endpoint (for ECE/ECH the deployment's, for ECK a Service or a port-forward).
#[derive(Debug, Args)]
#[command(next_help_heading = "Where the local cluster runs")]
pub struct TargetArgs {
    /// What the local cluster is: self (this node's keystore), eck (manifests to apply), ece or ech
    /// (the deployment's keystore and trust through the API).
    // Its own id: `target` is the ECE/ECH connection's (moved out of the way by EcApiArgs).
    #[arg(
        long = "target",
        id = "local_target",
        value_enum,
        default_value = "self"
    )]
    pub target: Kind,
    #[command(flatten)]
    pub keystore: crate::KeystoreArgs,
    /// eck: the metadata.name of the local Elasticsearch resource.
    #[arg(long, value_name = "NAME")]
    pub eck_cluster: Option<String>,
    /// eck: its namespace.
    #[arg(long, short = 'n', value_name = "NS", default_value = "default")]
    pub namespace: String,
    /// eck: where to write the manifests (default ./ALIAS-eck; the Secret's file has mode 0600).
    #[arg(long, value_name = "DIR")]
    pub manifests_dir: Option<PathBuf>,
    /// ece|ech: the local deployment's id.
    #[arg(long, value_name = "ID")]
    pub deployment_id: Option<String>,
    /// ece|ech: its Elasticsearch resource's ref id, when it has more than one.
    #[arg(long, value_name = "REF_ID")]
    pub ref_id: Option<String>,
    #[command(flatten)]
    pub ec: EcApiArgs,
}

/// A resolved target: everything checked, nothing sent yet.
pub enum Stager {
    SelfManaged {
        program: PathBuf,
    },
    Eck {
        cluster: String,
        namespace: String,
        dir: PathBuf,
    },
    Cloud {
        kind: Kind,
        client: EcClient,
        deployment: String,
        /// `--ref-id`, or the one resource's, once read (a deployment is read for it only once).
        ref_id: std::sync::OnceLock<String>,
    },
}

/// What staging did.
pub enum Staged {
    /// In place and loaded.
    Done,
    /// Written to files the user applies: the commands to run.
    Manual(Vec<String>),
}

impl TargetArgs {
    /// Checks the flags of the target (exit 2, before anything is sent or written) and resolves it.
    pub fn stager(&self, printer: &Printer, alias: &str) -> CliResult<Stager> {
        let kind = self.target;
        let misplaced = |flag: &str, for_: &str| {
            usage(
                format!("{flag} is for --target {for_}, not {}", kind.name()),
                format!("drop {flag}, or give --target {for_}"),
            )
        };
        if kind != Kind::Eck {
            if self.eck_cluster.is_some() {
                return Err(misplaced("--eck-cluster", "eck"));
            }
            if self.manifests_dir.is_some() {
                return Err(misplaced("--manifests-dir", "eck"));
            }
        }
        if !matches!(kind, Kind::Ece | Kind::Ech) {
            if self.deployment_id.is_some() {
                return Err(misplaced("--deployment-id", "ece|ech"));
            }
            if self.ref_id.is_some() {
                return Err(misplaced("--ref-id", "ece|ech"));
            }
            if self.ec.0.ec_host.is_some() {
                return Err(misplaced("--ec-host", "ece|ech"));
            }
        }
        if kind != Kind::SelfManaged
            && (self.keystore.es_home.is_some() || self.keystore.keystore_bin.is_some())
        {
            return Err(misplaced("--es-home/--keystore-bin", "self"));
        }
        match kind {
            Kind::SelfManaged => Ok(Stager::SelfManaged {
                program: crate::credentials::keystore_program(&self.keystore)?,
            }),
            Kind::Eck => {
                let Some(cluster) = &self.eck_cluster else {
                    return Err(usage(
                        "--target eck needs --eck-cluster NAME",
                        "give the metadata.name of the local Elasticsearch resource (kubectl get elasticsearch -n NS)",
                    ));
                };
                crate::eck::check_eck_names(cluster, &self.namespace)?;
                let dir = self
                    .manifests_dir
                    .clone()
                    .unwrap_or_else(|| PathBuf::from(format!("{alias}-eck")));
                if dir.exists() && !dir.is_dir() {
                    return Err(usage(
                        format!("--manifests-dir {} is not a directory", dir.display()),
                        "give a directory (it is created when missing)",
                    ));
                }
                Ok(Stager::Eck {
                    cluster: cluster.clone(),
                    namespace: self.namespace.clone(),
                    dir,
                })
            }
            Kind::Ece | Kind::Ech => {
                let Some(deployment) = &self.deployment_id else {
                    return Err(usage(
                        format!("--target {} needs --deployment-id ID", kind.name()),
                        "give the local deployment's id (the console's deployment page, or GET /api/v1/deployments)",
                    ));
                };
                esconnect_core::ec::check_id("deployment id", deployment)?;
                if let Some(r) = &self.ref_id {
                    esconnect_core::ec::check_id("ref id", r)?;
                }
                let mut ec = self.ec.0.clone();
                ec.target = Some(kind.name().to_string());
                let conn = ec.connect(printer)?;
                if conn.auth.is_none() {
                    return Err(usage(
                        "no credentials for the ECE/ECH API",
                        "give --ec-api-key-file FILE (or $EC_API_KEY)",
                    ));
                }
                Ok(Stager::Cloud {
                    kind,
                    client: conn.ec_client()?,
                    deployment: deployment.clone(),
                    ref_id: self.ref_id.clone().map(Into::into).unwrap_or_default(),
                })
            }
        }
    }
}

/// The single keystore change `cluster.remote.ALIAS.credentials = key`.
fn keystore_change(alias: &str, key: &Secret) -> KeystoreContents {
    let mut contents = KeystoreContents::default();
    contents.secrets.insert(
        credentials_setting(alias),
        KeystoreSecret {
            value: Some(serde_json::Value::String(key.expose().trim().to_string())),
            as_file: Some(false),
            ..Default::default()
        },
    );
    contents
}

impl Stager {
    pub fn is_eck(&self) -> bool {
        matches!(self, Stager::Eck { .. })
    }

    /// One line for a plan: how the key gets in.
    pub fn key_step(&self, alias: &str) -> String {
        let setting = credentials_setting(alias);
        match self {
            Stager::SelfManaged { program } => format!(
                "{} add -x -f {setting} (the key on stdin), then POST /_nodes/reload_secure_settings",
                program.display()
            ),
            Stager::Eck {
                cluster,
                namespace,
                dir,
            } => format!(
                "write {} (a Secret with {setting}, mode 0600) for kubectl apply, referenced from spec.secureSettings of {namespace}/{cluster}",
                dir.join("secret.yaml").display()
            ),
            Stager::Cloud {
                kind,
                deployment,
                ref_id,
                ..
            } => format!(
                "PATCH /api/v1/deployments/{deployment}/elasticsearch/{}/keystore: {setting} ({} reloads it from 8.14)",
                ref_id.get().map_or("REF_ID", String::as_str),
                kind.name().to_uppercase()
            ),
        }
    }

    /// The ref id of the deployment's Elasticsearch resource (read when not given).
    async fn ref_id(&self) -> CliResult<String> {
        let Stager::Cloud {
            client,
            deployment,
            ref_id,
            ..
        } = self
        else {
            unreachable!("only ECE/ECH targets have ref ids")
        };
        if let Some(r) = ref_id.get() {
            return Ok(r.clone());
        }
        let d = client.get_deployment(deployment).await?;
        let r = d.elasticsearch(None)?.ref_id.clone();
        Ok(ref_id.get_or_init(|| r).clone())
    }

    /// Puts `key` where the local cluster reads it. `file` names the ECK manifest (a rollback writes
    /// another file, so the applied one stays as it was).
    pub async fn put_key(
        &self,
        printer: &Printer,
        local: Option<&Local>,
        alias: &str,
        key: &Secret,
        file: &str,
    ) -> CliResult<Staged> {
        match self {
            Stager::SelfManaged { program } => {
                crate::credentials::keystore_add(printer, program, alias, key)?;
                let local = local.expect("a self-managed target is staged with its cluster");
                crate::credentials::reload(printer, local, Some(alias), false).await?;
                Ok(Staged::Done)
            }
            Stager::Eck {
                cluster,
                namespace,
                dir,
            } => {
                let mut docs = crate::eck::key_secret_docs(alias, cluster, namespace, None, key);
                docs[0].file = file.to_string();
                let paths = crate::eck::write_docs(printer, &docs, dir)?;
                Ok(Staged::Manual(vec![
                    format!("kubectl apply -f {}", paths[0].display()),
                    format!(
                        "once, if spec.secureSettings does not list the Secret yet: kubectl patch elasticsearch {cluster} -n {namespace} --type json --patch-file {}",
                        paths[1].display()
                    ),
                ]))
            }
            Stager::Cloud {
                client, deployment, ..
            } => {
                let ref_id = self.ref_id().await?;
                let after = client
                    .patch_keystore(deployment, &ref_id, &keystore_change(alias, key))
                    .await?;
                let n = after.secrets.len();
                printer.status(&format!(
                    "{} set in the keystore of {deployment}/{ref_id} ({n} {}; the others untouched)",
                    credentials_setting(alias),
                    if n == 1 { "entry" } else { "entries" }
                ));
                Ok(Staged::Done)
            }
        }
    }

    /// Shows the key step of a dry run: the request (value redacted) or the files.
    pub async fn plan_key(&self, printer: &Printer, alias: &str, key: &Secret) -> CliResult<()> {
        match self {
            Stager::Cloud {
                client, deployment, ..
            } => {
                let ref_id = self.ref_id().await?;
                let req = EcClient::keystore_patch_request(
                    deployment,
                    &ref_id,
                    &keystore_change(alias, key),
                )?;
                printer.status(&format!(
                    "would send {}",
                    req.planned(&client.endpoint.base)
                ));
            }
            _ => printer.status(&format!("would {}", self.key_step(alias))),
        }
        Ok(())
    }

    /// Makes the local cluster trust the remote's CA (ECE/ECH: a `direct` trust entry; ECK: a ConfigMap
    /// and the lines for the resource). Self-managed nodes get the CA file from the caller.
    pub async fn trust_ca(
        &self,
        printer: &Printer,
        alias: &str,
        pem: &str,
        node_name: &str,
        dry_run: bool,
    ) -> CliResult<Staged> {
        match self {
            Stager::SelfManaged { .. } => Ok(Staged::Done),
            Stager::Eck {
                cluster,
                namespace,
                dir,
            } => {
                let doc = crate::eck::remote_ca_doc(alias, cluster, namespace, pem);
                if dry_run {
                    printer.status(&format!(
                        "would write {} (a ConfigMap with the remote's CA)",
                        dir.join(&doc.file).display()
                    ));
                    return Ok(Staged::Done);
                }
                let paths = crate::eck::write_docs(printer, std::slice::from_ref(&doc), dir)?;
                let cm = crate::eck::remote_ca_name(alias, cluster);
                let mount = format!("/usr/share/elasticsearch/config/remote-ca-{alias}");
                Ok(Staged::Manual(vec![
                    format!("kubectl apply -f {}", paths[0].display()),
                    format!(
                        "in every nodeSet of {namespace}/{cluster} (edit the resource: a merge patch would replace the nodeSets list): a volume from ConfigMap {cm} mounted at {mount}, and config xpack.security.remote_cluster_client.ssl.certificate_authorities: [\"{mount}/ca.crt\"] (the pods restart)"
                    ),
                ]))
            }
            Stager::Cloud {
                client,
                deployment,
                ref_id,
                ..
            } => {
                let entry = DirectTrust {
                    name: format!("esconnect-remote-{alias}"),
                    kind: Some("generic".into()),
                    trust_all: false,
                    additional_node_names: Some(vec![node_name.to_string()]),
                    certificates: vec![TrustedCertificate {
                        pem: pem.to_string(),
                        ..Default::default()
                    }],
                    ..Default::default()
                };
                let mode = if dry_run { Mode::DryRun } else { Mode::Apply };
                let u = client
                    .update_trust(
                        deployment,
                        ref_id.get().map(String::as_str),
                        mode,
                        move |t| t.upsert_direct(entry.clone()),
                    )
                    .await?;
                let what = match u.outcome {
                    "unchanged" => "already trusts the remote's CA (no change)".to_string(),
                    "planned" => format!(
                        "would trust the remote's CA: PUT /api/v1/deployments/{deployment}?version={} (prune_orphans: false), direct entry esconnect-remote-{alias}",
                        u.version_read.as_deref().unwrap_or("?")
                    ),
                    _ => format!(
                        "trusts the remote's CA now (direct entry esconnect-remote-{alias}; version {} -> {})",
                        u.version_read.as_deref().unwrap_or("?"),
                        u.version_written.as_deref().unwrap_or("?")
                    ),
                };
                printer.status(&format!("{deployment}/{}: {what}", u.ref_id));
                // The resource the update read: the key goes to the same one without reading again.
                let _ = ref_id.set(u.ref_id.clone());
                Ok(Staged::Done)
            }
        }
    }
}

/// Prints the commands of a manual step, numbered.
pub fn print_manual(printer: &Printer, commands: &[String]) {
    for c in commands {
        printer.status(&format!("   - {c}"));
    }
}

/// The `--continue` of an ECK run: the manifests must have been applied in between.
pub fn eck_only_continue(kind: Kind, resume: bool) -> CliResult<()> {
    if resume && kind != Kind::Eck {
        return Err(usage(
            "--continue is for --target eck (after the manifests are applied)",
            "drop --continue",
        ));
    }
    Ok(())
}

/// Where the remote's CA goes on this machine (for the doctor, and for self-managed nodes).
pub fn ca_out(given: Option<&Path>, alias: &str) -> PathBuf {
    given
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from(format!("{alias}-remote-ca.crt")))
}
