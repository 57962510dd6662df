//! `keystore set|list`: the deployment's Elasticsearch keystore (elastic-facts §4.3): the cross-cluster API
//! key of a remote as `cluster.remote.<alias>.credentials`. `PATCH` sends only that entry, so every other
//! entry is kept; values are never shown (the API does not return them either).

use super::{DeploymentArgs, bad, block_on, client};
use clap::{Args, Subcommand};
use esconnect_cli::{CliResult, Printer};
use esconnect_core::Secret;
use esconnect_core::ec::EcClient;
use esconnect_core::models::ec::{KeystoreContents, KeystoreSecret};
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct KeystoreArgs {
    #[command(subcommand)]
    command: KeystoreCommand,
}

#[derive(Debug, Subcommand)]
enum KeystoreCommand {
    /// Store a remote cluster's cross-cluster API key as cluster.remote.ALIAS.credentials.
    Set(SetArgs),
    /// The keystore's entry names (never values).
    List(ListArgs),
}

#[derive(Debug, Args)]
struct SetArgs {
    #[command(flatten)]
    target: DeploymentArgs,
    /// The remote cluster's alias (as in cluster.remote.ALIAS.*).
    #[arg(long, value_name = "ALIAS")]
    alias: String,
    /// The cross-cluster API key's `encoded` value, read from FILE (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    key_file: PathBuf,
    /// Show the request (the key redacted) and send nothing.
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Args)]
struct ListArgs {
    #[command(flatten)]
    target: DeploymentArgs,
}

pub fn run(printer: &Printer, args: KeystoreArgs) -> CliResult<u8> {
    match args.command {
        KeystoreCommand::Set(a) => set(printer, a),
        KeystoreCommand::List(a) => list(printer, a),
    }
}

/// Elasticsearch's remote cluster aliases: no whitespace, no `:` (it separates the alias in index
/// expressions), no `.`/`*` here so the setting name stays unambiguous (assumption, stricter than ES).
fn check_alias(alias: &str) -> CliResult<()> {
    let ok = !alias.is_empty()
        && alias
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(bad(
            format!("--alias `{alias}` is not a remote cluster alias"),
            "Use letters, digits, `-` and `_` (the alias the remote cluster has in cluster.remote.ALIAS.*).",
        ))
    }
}

#[derive(Debug, Serialize)]
struct SetReport {
    deployment: String,
    ref_id: String,
    setting: String,
    outcome: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    planned: Option<esconnect_core::http::PlannedRequest>,
    entries: Vec<String>,
}

async fn ref_id_of(client: &EcClient, target: &DeploymentArgs) -> CliResult<String> {
    if let Some(r) = &target.ref_id {
        return Ok(r.clone());
    }
    let d = client.get_deployment(&target.deployment).await?;
    Ok(d.elasticsearch(None)?.ref_id.clone())
}

fn set(printer: &Printer, a: SetArgs) -> CliResult<u8> {
    a.target.check()?;
    check_alias(&a.alias)?;
    let key: Secret = esconnect_core::secret::read_secret_file(&a.key_file, "the API key")?.value;
    let trimmed = key.expose().trim();
    if trimmed.is_empty() || trimmed.chars().any(char::is_whitespace) {
        return Err(bad(
            "--key-file holds no API key, or one with whitespace inside",
            "Put the cross-cluster API key's `encoded` value alone in the file.",
        ));
    }
    let setting = format!("cluster.remote.{}.credentials", a.alias);
    let mut contents = KeystoreContents::default();
    contents.secrets.insert(
        setting.clone(),
        KeystoreSecret {
            value: Some(serde_json::Value::String(trimmed.to_string())),
            as_file: Some(false),
            ..Default::default()
        },
    );
    let client = client(printer, &a.target.ec)?;
    let report = block_on(async {
        let ref_id = ref_id_of(&client, &a.target).await?;
        let mut report = SetReport {
            deployment: a.target.deployment.clone(),
            ref_id: ref_id.clone(),
            setting: setting.clone(),
            outcome: "planned",
            planned: None,
            entries: vec![],
        };
        if a.dry_run {
            let req = EcClient::keystore_patch_request(&a.target.deployment, &ref_id, &contents)?;
            report.planned = Some(req.planned(&client.endpoint.base));
            return Ok(report);
        }
        let after = client
            .patch_keystore(&a.target.deployment, &ref_id, &contents)
            .await?;
        report.outcome = "applied";
        report.entries = after.secrets.keys().cloned().collect();
        Ok(report)
    })?;
    printer.data(&report, |_| match &report.planned {
        Some(p) => format!("dry run: nothing sent; a real run sends\n{p}\n"),
        None => format!(
            "set {} in the keystore of {}/{} ({} entries, the others untouched). Elasticsearch 8.14 and later reload it by themselves; older versions need a restart.\n",
            report.setting,
            report.deployment,
            report.ref_id,
            report.entries.len()
        ),
    })?;
    Ok(0)
}

#[derive(Debug, Serialize)]
struct Entry {
    name: String,
    as_file: bool,
}

fn list(printer: &Printer, a: ListArgs) -> CliResult<u8> {
    a.target.check()?;
    let client = client(printer, &a.target.ec)?;
    let contents = block_on(async {
        let ref_id = ref_id_of(&client, &a.target).await?;
        Ok(client.get_keystore(&a.target.deployment, &ref_id).await?)
    })?;
    let entries: Vec<Entry> = contents
        .secrets
        .iter()
        .map(|(k, v)| Entry {
            name: k.clone(),
            as_file: v.as_file.unwrap_or(false),
        })
        .collect();
    printer.data(&entries, |styles| {
        if entries.is_empty() {
            return "the keystore has no entries\n".into();
        }
        let rows: Vec<Vec<String>> = entries
            .iter()
            .map(|e| vec![e.name.clone(), e.as_file.to_string()])
            .collect();
        esconnect_cli::printer::table(&["NAME", "AS FILE"], &rows, styles)
    })?;
    Ok(0)
}
