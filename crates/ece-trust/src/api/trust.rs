//! `add`, `account`, `external`, `remove`, `list`: a deployment's `settings.trust` (elastic-facts §4.2).

use super::{DeploymentArgs, bad, block_on, client, list_of, read_ca};
use clap::{ArgGroup, Args};
use esconnect_cli::{CliResult, Printer};
use esconnect_core::ec::{Mode, TrustUpdate};
use esconnect_core::models::ec::{
    AccountTrust, DirectTrust, ExternalTrust, TrustDiff, TrustSettings, TrustedCertificate,
};
use serde::Serialize;
use std::path::PathBuf;

/// `add`: a `direct` trust entry (a CA bundled with the trust settings).
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("scope_mode").args(["trust_all", "allowlist"]).multiple(false)))]
pub struct AddArgs {
    #[command(flatten)]
    pub target: DeploymentArgs,
    /// A name for the trusted environment; an entry with this name is replaced (its uid kept).
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// The CA certificate of the trusted environment (PEM, DER or PKCS#12 without a password; no private key).
    #[arg(long, value_name = "PEM")]
    pub ca: PathBuf,
    /// Node names to trust (no wildcards), comma-separated; required without --scope-id.
    #[arg(long, value_name = "N,...", value_delimiter = ',')]
    pub node_names: Vec<String>,
    /// The scope id of the trusted clusters' certificate names (`*.node.<cluster>.cluster.<scope>.account`):
    /// lowercase letters and digits, at most 32.
    #[arg(long, value_name = "S")]
    pub scope_id: Option<String>,
    /// Trust every cluster of the scope (needs --scope-id).
    #[arg(long)]
    pub trust_all: bool,
    /// Trust these clusters of the scope (Elasticsearch cluster ids, comma-separated; needs --scope-id).
    #[arg(long, value_name = "CLUSTER_ID,...", value_delimiter = ',')]
    pub allowlist: Vec<String>,
    /// Who issues the certificates: generic (self-managed, the default), ECE, ESS (ECH) or proxy.
    #[arg(long = "type", value_name = "TYPE", value_parser = ["generic", "ECE", "ESS", "proxy"], default_value = "generic")]
    pub kind: String,
    /// Show the change and send nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// `account`: trust clusters of an account (organisation) of the same ECE installation or ECH region.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("mode").args(["trust_all", "allowlist"]).required(true)))]
pub struct AccountArgs {
    #[command(flatten)]
    pub target: DeploymentArgs,
    /// The account (organisation) id.
    #[arg(long, value_name = "A")]
    pub account_id: String,
    /// Trust every cluster of the account.
    #[arg(long)]
    pub trust_all: bool,
    /// Trust only these clusters (Elasticsearch cluster ids, not deployment ids; comma-separated).
    #[arg(long, value_name = "CLUSTER_ID,...", value_delimiter = ',')]
    pub allowlist: Vec<String>,
    /// Show the change and send nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// `external`: trust clusters of an environment registered as a platform trust relationship.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("mode").args(["trust_all", "allowlist"]).required(true)))]
pub struct ExternalArgs {
    #[command(flatten)]
    pub target: DeploymentArgs,
    /// The trust relationship's id (`ece-trust relationships list`).
    #[arg(long, value_name = "R")]
    pub relationship_id: String,
    /// Trust every cluster of the environment.
    #[arg(long)]
    pub trust_all: bool,
    /// Trust only these clusters (Elasticsearch cluster ids, comma-separated).
    #[arg(long, value_name = "CLUSTER_ID,...", value_delimiter = ',')]
    pub allowlist: Vec<String>,
    /// Show the change and send nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// `remove`: entries called NAME (direct by name; accounts and external by name or id).
#[derive(Debug, Args)]
pub struct RemoveArgs {
    #[command(flatten)]
    pub target: DeploymentArgs,
    /// The entry's name (or account id, or relationship id).
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// Show the change and send nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// `list`: the trust settings of a deployment's Elasticsearch resource.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub target: DeploymentArgs,
}

/// The scope id rule of the Swagger ("a lowercase alphanumerical string of max 32 characters") is the
/// scope rule the offline commands use.
fn check_scope(scope: Option<&str>) -> CliResult<()> {
    scope.map_or(Ok(()), crate::validate::scope)
}

/// Allowlists hold Elasticsearch cluster ids.
fn check_allowlist(allowlist: &[String]) -> CliResult<()> {
    allowlist
        .iter()
        .try_for_each(|c| crate::validate::cluster_id(c))
}

/// The allowlist of an `account` or `external` entry: cluster ids, required without `--trust-all`,
/// omitted with it.
fn allowlist_unless_all(trust_all: bool, values: &[String]) -> CliResult<Option<Vec<String>>> {
    let allowlist = list_of(values);
    check_allowlist(&allowlist)?;
    if !trust_all && allowlist.is_empty() {
        return Err(bad(
            "--allowlist is empty",
            "Give at least one cluster id, or --trust-all.",
        ));
    }
    Ok((!trust_all).then_some(allowlist))
}

/// The Swagger's rules for a `direct` entry (DirectTrustRelationship's descriptions).
fn direct_entry(a: &AddArgs) -> CliResult<DirectTrust> {
    let name = a.name.trim();
    if name.is_empty() {
        return Err(bad(
            "--name is empty",
            "Give the trusted environment a name.",
        ));
    }
    let nodes = list_of(&a.node_names);
    let allowlist = list_of(&a.allowlist);
    let scope = a.scope_id.as_deref();
    if a.kind == "proxy" {
        if scope.is_some() || !nodes.is_empty() || !allowlist.is_empty() || a.trust_all {
            return Err(bad(
                "--type proxy takes no --scope-id, --node-names, --allowlist or --trust-all",
                "A proxy trust only carries the CA: drop those flags.",
            ));
        }
    } else {
        check_scope(scope)?;
        check_allowlist(&allowlist)?;
        if scope.is_none() && (a.trust_all || !allowlist.is_empty()) {
            return Err(bad(
                "--trust-all and --allowlist need --scope-id",
                "Add --scope-id (the organisation or ECE environment id of the trusted clusters), or list the nodes with --node-names.",
            ));
        }
        if scope.is_none() && nodes.is_empty() {
            return Err(bad(
                "give --node-names or --scope-id: without a scope id the node names are required",
                "List the trusted nodes' names with --node-names node1.example.com,node2.example.com, or give --scope-id when their certificates follow `<node>.node.<cluster>.cluster.<scope>.account`.",
            ));
        }
        if let Some(n) = nodes.iter().find(|n| n.contains('*')) {
            return Err(bad(
                format!("--node-names `{n}` has a wildcard: the API allows none"),
                "List each node name in full, or use --scope-id with --trust-all or --allowlist.",
            ));
        }
    }
    let pem = read_ca("--ca", &a.ca)?;
    Ok(DirectTrust {
        name: name.to_string(),
        kind: Some(a.kind.clone()),
        trust_all: a.trust_all,
        trust_allowlist: (!allowlist.is_empty()).then_some(allowlist),
        scope_id: scope.map(str::to_string),
        additional_node_names: (!nodes.is_empty()).then_some(nodes),
        certificates: vec![TrustedCertificate {
            pem,
            ..Default::default()
        }],
        ..Default::default()
    })
}

/// Prints what an update did.
fn report(printer: &Printer, u: &TrustUpdate) -> CliResult<u8> {
    printer.data(u, |_| {
        let mut s = String::new();
        if u.diff.is_empty() {
            s.push_str(&format!(
                "no change: the trust settings of {}/{} are already as asked\n",
                u.deployment, u.ref_id
            ));
            return s;
        }
        s.push_str(&u.diff.to_string());
        match u.outcome {
            "planned" => s.push_str(&format!(
                "dry run: nothing sent; a real run sends PUT /api/v1/deployments/{}?version={} with prune_orphans: false and only the Elasticsearch resource {}\n",
                u.deployment,
                u.version_read.as_deref().unwrap_or("?"),
                u.ref_id
            )),
            _ => s.push_str(&format!(
                "applied to {}/{} (version {} -> {}{})\n",
                u.deployment,
                u.ref_id,
                u.version_read.as_deref().unwrap_or("?"),
                u.version_written.as_deref().unwrap_or("?"),
                if u.attempts > 1 {
                    format!(", after {} reads: the deployment changed meanwhile and was merged", u.attempts)
                } else {
                    String::new()
                }
            )),
        }
        s
    })?;
    Ok(0)
}

fn update(
    printer: &Printer,
    target: &DeploymentArgs,
    dry_run: bool,
    merge: impl Fn(&mut TrustSettings) -> TrustDiff,
) -> CliResult<u8> {
    target.check()?;
    let client = client(printer, &target.ec)?;
    let mode = if dry_run { Mode::DryRun } else { Mode::Apply };
    let u = block_on(async {
        Ok(client
            .update_trust(&target.deployment, target.ref_id.as_deref(), mode, merge)
            .await?)
    })?;
    report(printer, &u)
}

pub fn add(printer: &Printer, a: AddArgs) -> CliResult<u8> {
    a.target.check()?;
    let entry = direct_entry(&a)?;
    update(printer, &a.target, a.dry_run, move |t| {
        t.upsert_direct(entry.clone())
    })
}

pub fn account(printer: &Printer, a: AccountArgs) -> CliResult<u8> {
    a.target.check()?;
    esconnect_core::ec::check_id("account id", &a.account_id)?;
    let trust_allowlist = allowlist_unless_all(a.trust_all, &a.allowlist)?;
    let entry = AccountTrust {
        account_id: a.account_id.clone(),
        trust_all: a.trust_all,
        trust_allowlist,
        ..Default::default()
    };
    update(printer, &a.target, a.dry_run, move |t| {
        t.upsert_account(entry.clone())
    })
}

pub fn external(printer: &Printer, a: ExternalArgs) -> CliResult<u8> {
    a.target.check()?;
    esconnect_core::ec::check_id("trust relationship id", &a.relationship_id)?;
    let trust_allowlist = allowlist_unless_all(a.trust_all, &a.allowlist)?;
    let entry = ExternalTrust {
        trust_relationship_id: a.relationship_id.clone(),
        trust_all: a.trust_all,
        trust_allowlist,
        ..Default::default()
    };
    update(printer, &a.target, a.dry_run, move |t| {
        t.upsert_external(entry.clone())
    })
}

pub fn remove(printer: &Printer, a: RemoveArgs) -> CliResult<u8> {
    if a.name.trim().is_empty() {
        return Err(bad(
            "--name is empty",
            "Give the name of the entry to remove (`ece-trust list`).",
        ));
    }
    let name = a.name.trim().to_string();
    update(printer, &a.target, a.dry_run, move |t| {
        t.remove_by_name(&name)
    })
}

/// One row of `list`.
#[derive(Debug, Serialize)]
struct Row {
    list: &'static str,
    name: String,
    id: String,
    trust_all: bool,
    allowlist: Vec<String>,
    scope_id: Option<String>,
    node_names: Vec<String>,
    certificates: usize,
}

#[derive(Debug, Serialize)]
struct Listed {
    deployment: String,
    ref_id: String,
    trust: TrustSettings,
}

pub fn list(printer: &Printer, a: ListArgs) -> CliResult<u8> {
    a.target.check()?;
    let client = client(printer, &a.target.ec)?;
    let (ref_id, trust) = block_on(async {
        let d = client.get_deployment(&a.target.deployment).await?;
        let es = d.elasticsearch(a.target.ref_id.as_deref())?;
        Ok((
            es.ref_id.clone(),
            es.info
                .settings
                .as_ref()
                .and_then(|s| s.trust.clone())
                .unwrap_or_default(),
        ))
    })?;
    let mut rows = Vec::new();
    for d in trust.direct.iter().flatten() {
        rows.push(Row {
            list: "direct",
            name: d.name.clone(),
            id: d.uid.clone().unwrap_or_default(),
            trust_all: d.trust_all,
            allowlist: d.trust_allowlist.clone().unwrap_or_default(),
            scope_id: d.scope_id.clone(),
            node_names: d.additional_node_names.clone().unwrap_or_default(),
            certificates: d.certificates.len(),
        });
    }
    for x in trust.accounts.iter().flatten() {
        rows.push(Row {
            list: "accounts",
            name: x.name.clone().unwrap_or_default(),
            id: x.account_id.clone(),
            trust_all: x.trust_all,
            allowlist: x.trust_allowlist.clone().unwrap_or_default(),
            scope_id: None,
            node_names: vec![],
            certificates: 0,
        });
    }
    for x in trust.external.iter().flatten() {
        rows.push(Row {
            list: "external",
            name: x.name.clone().unwrap_or_default(),
            id: x.trust_relationship_id.clone(),
            trust_all: x.trust_all,
            allowlist: x.trust_allowlist.clone().unwrap_or_default(),
            scope_id: None,
            node_names: vec![],
            certificates: 0,
        });
    }
    let listed = Listed {
        deployment: a.target.deployment.clone(),
        ref_id: ref_id.clone(),
        trust,
    };
    printer.data(&listed, |styles| {
        if rows.is_empty() {
            return format!(
                "{}/{ref_id} trusts no other environment (no trust settings)\n",
                a.target.deployment
            );
        }
        let table: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                vec![
                    r.list.to_string(),
                    r.name.clone(),
                    r.id.clone(),
                    if r.trust_all {
                        "all".into()
                    } else {
                        r.allowlist.join(",")
                    },
                    r.scope_id.clone().unwrap_or_default(),
                    r.node_names.join(","),
                    r.certificates.to_string(),
                ]
            })
            .collect();
        esconnect_cli::printer::table(
            &["LIST", "NAME", "ID", "TRUSTS", "SCOPE", "NODE NAMES", "CAS"],
            &table,
            styles,
        )
    })?;
    Ok(0)
}
