//! `es-remote rotate ALIAS`: replace the cross-cluster key of a remote without a moment without a valid
//! key. Both clusters must be reachable (the local one through the usual connection, the remote one
//! through `--remote-es-url`/`REMOTE_ELASTICSEARCH_*`); `--target` says where the local cluster reads its
//! key (see [`crate::target`]).
//!
//! Steps, each recorded in a state file (mode 0600: it holds the new key) before the next begins, so a
//! killed run is resumed by `--continue` (or by running the same command again):
//! 1. `created`: a new key with the old key's access, on the remote.
//! 2. `staged`: the new key where the local cluster reads it: this node's keystore and a reload (on a
//!    cluster of several nodes the run stops here and prints the command for the other nodes), the
//!    deployment's keystore through the ECE/ECH API (every node; the deployment reloads it), or a Secret
//!    manifest on ECK (the run stops here: the user applies it, then `--continue`).
//! 3. verified: the local cluster connects with the new key (`_resolve/cluster`); then the old key is
//!    invalidated and the state file removed. A connection alone does not prove the new key (a node that
//!    still loads the old one connects too), so the keystore digests the reload reports (9.3+) are compared
//!    with those from before staging: on ECE/ECH the run waits until every node has a new keystore (the
//!    platform applies the PATCH by itself, later), and a resumed run stops, invalidating nothing, when a
//!    node still has the old one. Before 9.3 a warning says the connection check is all there is.
//!
//! On any failure after staging, the old key goes back where the new one went (it is still valid: it is
//! invalidated only after the new one is proven; on ECK as a Secret to apply), the new key is invalidated,
//! and the run exits 1.

use crate::cluster::Local;
use crate::target::{Staged, Stager};
use crate::usage;
use esconnect_cli::args::{ConnectionArgs, RemoteConnectionArgs};
use esconnect_cli::ops::{connect_with_credentials, wire_failure};
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::auth::ApiKey;
use esconnect_core::fs::{FileMode, write_atomic};
use esconnect_core::http::{Endpoint, Request};
use esconnect_core::managed::{MANAGED_BY_KEY, MANAGED_BY_VALUE};
use esconnect_core::models::es::CreateApiKeyResponse;
use esconnect_core::models::remote::{
    ApiKeyInfo, CreateCrossClusterApiKeyRequest, GetApiKeyResponse, InvalidateApiKeyRequest,
};
use esconnect_core::secret::Secret;
use serde::Deserialize;
use serde_json::json;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

const REMEDY_REMOTE_SECURITY: &str = "the remote credentials need the manage_security cluster privilege (cross-cluster keys cannot be managed with an API key)";

/// What the state file holds.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct State {
    alias: String,
    step: String,
    old_id: String,
    new_id: String,
    new_encoded: Secret,
    /// Each node's keystore digest before the new key was staged (9.3+ reports them): on `--continue`, a
    /// node whose digest did not change has not got the new key.
    #[serde(default)]
    digests: BTreeMap<String, String>,
}

fn save(
    path: &Path,
    alias: &str,
    step: &str,
    old_id: &str,
    new_id: &str,
    new: &Secret,
    digests: &BTreeMap<String, String>,
) -> CliResult<()> {
    let text = serde_json::to_string_pretty(&json!({
        "alias": alias, "step": step, "old_id": old_id, "new_id": new_id, "new_encoded": new.expose(),
        "digests": digests,
    }))
    .expect("JSON")
        + "\n";
    write_atomic(path, text.as_bytes(), FileMode::Secret).map_err(|e| {
        CliError::failure(format!(
            "cannot write the state file {}: {e}",
            path.display()
        ))
    })
}

pub struct RotateArgs<'a> {
    pub alias: &'a str,
    pub key_file: &'a Path,
    pub expiration: Option<&'a str>,
    pub state: Option<PathBuf>,
    pub resume: bool,
    pub wait_timeout: Duration,
    pub dry_run: bool,
    pub target: &'a crate::target::TargetArgs,
    pub connection: &'a ConnectionArgs,
    pub remote: &'a RemoteConnectionArgs,
}

async fn get_key(remote: &Endpoint, id: &str) -> CliResult<Option<ApiKeyInfo>> {
    let resp = remote
        .send(&Request::get("/_security/api_key").query("id", id))
        .await
        .map_err(|e| wire_failure(e, "reading the key on the remote", REMEDY_REMOTE_SECURITY))?;
    if resp.status == 404 {
        return Ok(None);
    }
    let r: GetApiKeyResponse = resp
        .error_for_status()
        .and_then(|r| r.json())
        .map_err(|e| wire_failure(e, "reading the key on the remote", REMEDY_REMOTE_SECURITY))?;
    Ok(r.api_keys.into_iter().next())
}

async fn invalidate(remote: &Endpoint, id: &str) -> CliResult<()> {
    remote
        .call(
            &Request::delete("/_security/api_key").json(InvalidateApiKeyRequest {
                ids: vec![id.to_string()],
            }),
        )
        .await
        .map_err(|e| {
            wire_failure(
                e,
                &format!("invalidating key `{id}` on the remote"),
                REMEDY_REMOTE_SECURITY,
            )
        })?;
    Ok(())
}

pub fn rotate(printer: &Printer, a: RotateArgs<'_>) -> CliResult<u8> {
    crate::settings::checked_alias(printer, a.alias)?;
    let state_path = a
        .state
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("es-remote-rotate-{}.state", a.alias)));
    let crate::credentials::KeyFile {
        raw: old_raw,
        key: old,
    } = crate::credentials::KeyFile::read(a.key_file, "the current cross-cluster key")?;
    let state: Option<State> = match std::fs::read_to_string(&state_path) {
        Ok(text) => Some(serde_json::from_str(&text).map_err(|e| {
            usage(
                format!("{} is not a rotation state file: {e}", state_path.display()),
                "remove it, or give --state FILE",
            )
        })?),
        Err(_) if a.resume => {
            return Err(usage(
                format!(
                    "--continue: there is no state file {}",
                    state_path.display()
                ),
                "run without --continue to start a rotation, or give --state FILE",
            ));
        }
        Err(_) => None,
    };
    if let Some(s) = &state
        && (s.alias != a.alias || s.old_id != old.id())
    {
        return Err(usage(
            format!(
                "{} belongs to another rotation (alias `{}`, old key `{}`)",
                state_path.display(),
                s.alias,
                s.old_id
            ),
            "give the same alias and --key-file, or another --state FILE",
        ));
    }
    let stager = a.target.stager(printer, a.alias)?;
    let local_conn = connect_with_credentials(printer, a.connection, false)?;
    let remote_conn = a.remote.connect(printer)?;
    if remote_conn.auth.is_none() {
        return Err(usage(
            "no credentials for the remote cluster",
            "give --remote-username with --remote-password-file (or REMOTE_ELASTICSEARCH_*): rotation creates and invalidates keys there",
        ));
    }
    if a.dry_run {
        let start = state.as_ref().map_or("create", |s| s.step.as_str());
        printer.status(&format!(
            "rotation of `{}` (old key `{}`), from step `{start}`:",
            a.alias,
            old.id()
        ));
        let mut steps = vec![
            "create a new cross-cluster key with the old key's access on the remote (POST /_security/cross_cluster/api_key)".to_string(),
            stager.key_step(a.alias),
        ];
        match &stager {
            Stager::SelfManaged { .. } => steps.push(
                "on more than one node: stop, print the command for the others, resume with --continue".into(),
            ),
            Stager::Eck { .. } => steps.push(
                "stop: apply the Secret with kubectl, then resume with --continue".into(),
            ),
            Stager::Cloud { .. } => {}
        }
        steps.push(
            "wait until the local cluster connects with it (GET /_resolve/cluster/ALIAS:*)".into(),
        );
        steps.push("invalidate the old key on the remote (DELETE /_security/api_key)".into());
        for (i, s) in steps.iter().enumerate() {
            printer.status(&format!("{}. {s}", i + 1));
        }
        printer.status(if stager.is_eck() {
            "on a failure after step 2: a Secret with the old key to apply (the old key stays valid), the new key invalidated"
        } else {
            "on a failure after step 2: the old key back into the keystore, the new one invalidated"
        });
        printer.status("dry run: nothing was changed");
        return Ok(0);
    }
    let (lep, rep) = (local_conn.endpoint()?, remote_conn.endpoint()?);
    esconnect_cli::runtime()?.block_on(async {
        let local = Local::new(lep);
        // 1. the new key (or the one a previous run created)
        let resumed_at = state.as_ref().map(|s| s.step.clone());
        let (new_id, new_key, mut step, mut digests) = match state {
            Some(s) => {
                printer.status(&format!("resuming the rotation of `{}` at step `{}`", a.alias, s.step));
                (s.new_id, s.new_encoded, s.step, s.digests)
            }
            None => {
                let Some(info) = get_key(&rep, old.id()).await? else {
                    return Err(CliError::failure(format!("the remote has no key `{}`", old.id()))
                        .with_remedy("check --key-file: it must be the key the local keystore holds now"));
                };
                if !info.is_cross_cluster() || info.invalidated {
                    return Err(CliError::failure(format!(
                        "the key `{}` is {}: nothing to rotate from",
                        old.id(),
                        if info.invalidated { "invalidated" } else { "not a cross-cluster key" }
                    ))
                    .with_remedy("create a new key (es-role cross-cluster-key create) and es-remote credentials ALIAS --key-file KEY"));
                }
                let Some(access) = info.access.clone() else {
                    return Err(CliError::failure("the remote did not show the old key's access (8.14+ does)"));
                };
                let mut metadata = info.metadata.clone();
                metadata.insert(MANAGED_BY_KEY.into(), json!(MANAGED_BY_VALUE));
                metadata.insert("rotated_from".into(), json!(old.id()));
                let body = CreateCrossClusterApiKeyRequest {
                    name: info.name.clone().unwrap_or_else(|| format!("esconnect-{}", a.alias)),
                    expiration: a.expiration.map(str::to_string),
                    access,
                    metadata,
                    certificate_identity: info.certificate_identity.clone(),
                };
                let resp = rep
                    .call(&Request::post("/_security/cross_cluster/api_key", &body).sensitive_response())
                    .await
                    .map_err(|e| wire_failure(e, "creating the new cross-cluster key", REMEDY_REMOTE_SECURITY))?;
                let created: CreateApiKeyResponse = resp.json()?;
                let encoded = created.encoded.clone().unwrap_or_else(|| {
                    ApiKey::new(created.id.clone(), created.api_key.clone()).encoded()
                });
                save(&state_path, a.alias, "created", old.id(), &created.id, &encoded, &BTreeMap::new())?;
                printer.status(&format!("1. new key `{}` created on the remote (state in {})", created.id, state_path.display()));
                (created.id, encoded, "created".to_string(), BTreeMap::new())
            }
        };
        // 2. staged where the local cluster reads it
        if step == "created" {
            // Where the other nodes or ECK stage the key out of sight, the digests before staging let
            // --continue tell the nodes that have it from those that do not.
            // On ECE/ECH they tell when the platform has put the new keystore on every node.
            digests = crate::credentials::keystore_digests(&local).await.unwrap_or_default();
            match &stager {
                Stager::SelfManaged { program } => {
                    crate::credentials::keystore_add(printer, program, a.alias, &new_key)?;
                    let nodes = crate::credentials::reload(printer, &local, Some(a.alias), false).await;
                    save(&state_path, a.alias, "staged", old.id(), &new_id, &new_key, &digests)?;
                    step = "staged".into();
                    let many = local.node_count().await.unwrap_or(1) > 1;
                    if many || nodes.is_err() {
                        let key_out = state_path.with_extension("key");
                        write_atomic(&key_out, format!("{}\n", new_key.expose()).as_bytes(), FileMode::Secret)
                            .map_err(|e| CliError::failure(format!("cannot write {}: {e}", key_out.display())))?;
                        printer.status(&format!(
                            "2. staged on this node. On every other node run:\n     es-remote credentials {} --key-file {} --no-reload\n   then here: es-remote rotate {} --key-file {} --continue",
                            a.alias,
                            key_out.display(),
                            a.alias,
                            a.key_file.display()
                        ));
                        return Ok(0);
                    }
                    printer.status("2. staged on this node (the only one) and reloaded");
                }
                Stager::Cloud { .. } => {
                    stager.put_key(printer, Some(&local), a.alias, &new_key, "secret.yaml").await?;
                    save(&state_path, a.alias, "staged", old.id(), &new_id, &new_key, &digests)?;
                    step = "staged".into();
                    printer.status("2. staged in the deployment's keystore (every node; reloaded by the deployment)");
                }
                Stager::Eck { cluster, namespace, .. } => {
                    let staged = stager.put_key(printer, None, a.alias, &new_key, "secret.yaml").await?;
                    save(&state_path, a.alias, "staged", old.id(), &new_id, &new_key, &digests)?;
                    printer.status("2. the new key is in a Secret manifest: apply it");
                    if let Staged::Manual(c) = staged {
                        crate::target::print_manual(printer, &c);
                    }
                    printer.status(&format!(
                        "   then, when the pods of {namespace}/{cluster} have it (the old key keeps working meanwhile): es-remote rotate {} --key-file {} --target eck --eck-cluster {cluster} -n {namespace} --continue",
                        a.alias,
                        a.key_file.display()
                    ));
                    return Ok(0);
                }
            }
        }
        // 3. verified, or rolled back
        if step == "staged" {
            if !a.resume && local.node_count().await.unwrap_or(1) > 1 {
                // A rerun without --continue while other nodes may still lack the key: reload first.
                printer.status("resuming: reloading the secure settings of every node");
            }
            // The connection check alone cannot tell the old key from the new one: a node that has not
            // loaded the new key still connects with the old one, which must then stay valid.
            let in_place = match &stager {
                // The platform applies a keystore change by itself, some time after the PATCH.
                Stager::Cloud { .. } => {
                    printer.status("waiting until the deployment's nodes have the new keystore");
                    crate::credentials::wait_keystores_changed(printer, &local, &digests, a.wait_timeout).await?
                }
                // Staged out of sight (other nodes, ECK): every node must have it, or nothing happens.
                _ if resumed_at.as_deref() == Some("staged") => {
                    check_restaged(printer, &local, &digests).await?;
                    true
                }
                _ => true,
            };
            let _ = crate::credentials::reload(printer, &local, Some(a.alias), false).await;
            let connected = if in_place {
                crate::status::wait_report(printer, &local, a.alias, a.wait_timeout, false).await?
            } else {
                1
            };
            if connected != 0 {
                printer.warn(if in_place {
                    "the local cluster does not connect with the new key: rolling back to the old one"
                } else {
                    "the new key did not reach every node in time: rolling back to the old one"
                });
                let mut back_in = "is in the keystore again";
                match &stager {
                    Stager::SelfManaged { program } => {
                        crate::credentials::keystore_add(printer, program, a.alias, &old_raw)?;
                        let _ = crate::credentials::reload(printer, &local, Some(a.alias), false).await;
                    }
                    Stager::Cloud { .. } => {
                        stager.put_key(printer, Some(&local), a.alias, &old.encoded(), "secret.yaml").await?;
                    }
                    Stager::Eck { .. } => {
                        if let Staged::Manual(c) = stager
                            .put_key(printer, None, a.alias, &old.encoded(), "secret-rollback.yaml")
                            .await?
                        {
                            printer.warn("apply the old key again:");
                            crate::target::print_manual(printer, &c);
                        }
                        back_in = "is in secret-rollback.yaml to apply";
                    }
                }
                invalidate(&rep, &new_id).await?;
                let _ = std::fs::remove_file(&state_path);
                let _ = std::fs::remove_file(state_path.with_extension("key"));
                return Err(CliError::failure(format!(
                    "rotation of `{}` rolled back: the old key `{}` {back_in} and still valid; the new key `{new_id}` is invalidated",
                    a.alias,
                    old.id()
                ))
                .with_remedy(format!("es-remote doctor {} names the cause", a.alias)));
            }
            invalidate(&rep, old.id()).await?;
            let _ = std::fs::remove_file(&state_path);
            let _ = std::fs::remove_file(state_path.with_extension("key"));
            printer.data(&json!({"alias": a.alias, "old_key": old.id(), "new_key": new_id, "result": "rotated"}), |_| {
                format!(
                    "`{}` rotated: connected with key `{new_id}`; the old key `{}` is invalidated. Keep the new key: it is in the keystore",
                    a.alias,
                    old.id()
                )
            })?;
            return Ok(0);
        }
        Err(CliError::failure(format!("the state file names an unknown step `{step}`")))
    })
}

/// On a resumed rotation: every node must have a keystore other than before staging, or it still loads
/// the old key, and invalidating that key would cut the connection.
async fn check_restaged(
    printer: &Printer,
    local: &Local,
    before: &BTreeMap<String, String>,
) -> CliResult<()> {
    let now = crate::credentials::keystore_digests(local).await?;
    if before.is_empty() || now.is_empty() {
        printer.warn(crate::credentials::NO_DIGESTS);
        return Ok(());
    }
    let unchanged = crate::credentials::unchanged_keystores(before, &now);
    if unchanged.is_empty() {
        return Ok(());
    }
    let names = unchanged.join(", ");
    Err(CliError::failure(format!(
        "the keystore has not changed since the new key was staged on: {names}. Those nodes still load the old key, so it stays valid: nothing was invalidated"
    ))
    .with_remedy("put the new key there (apply the Secret on ECK; es-remote credentials ALIAS --key-file KEY --no-reload on each node), then --continue again"))
}

impl Local {
    /// How many nodes the cluster has.
    pub async fn node_count(&self) -> CliResult<usize> {
        let v: serde_json::Value = self
            .ep
            .call_json(&Request::get("/_nodes").query("filter_path", "nodes.*.name"))
            .await
            .map_err(|e| wire_failure(e, "reading GET /_nodes", crate::cluster::REMEDY_MONITOR))?;
        Ok(v.get("nodes")
            .and_then(|n| n.as_object())
            .map_or(0, |m| m.len()))
    }
}
