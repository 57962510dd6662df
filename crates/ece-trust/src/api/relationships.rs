//! `relationships list|create|update|delete`: ECE's platform trust relationships (elastic-facts §4.4), the
//! environments a deployment's `external` trust refers to. ECE only: against ECH these exit 2, nothing sent.

use super::{bad, block_on, client, list_of, read_ca};
use clap::{Args, Subcommand};
use esconnect_cli::args::EcConnectionArgs;
use esconnect_cli::{CliResult, Printer};
use esconnect_core::ec::{EcClient, EcError};
use esconnect_core::models::ec::{
    TrustRelationship, TrustRelationshipCreateRequest, TrustRelationshipUpdateRequest,
};
use esconnect_core::settings::CloudTarget;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct RelationshipsArgs {
    #[command(subcommand)]
    command: RelCommand,
}

#[derive(Debug, Subcommand)]
enum RelCommand {
    /// The trust relationships of the installation.
    List(ListArgs),
    /// Register another environment by its CA (a second name with the same settings changes nothing).
    Create(CreateArgs),
    /// Change a relationship; only the fields given are sent.
    Update(UpdateArgs),
    /// Delete a relationship.
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
struct ListArgs {
    #[command(flatten)]
    ec: EcConnectionArgs,
    /// Include each relationship's CA certificate.
    #[arg(long)]
    include_certificate: bool,
}

#[derive(Debug, Args)]
struct CreateArgs {
    #[command(flatten)]
    ec: EcConnectionArgs,
    /// The relationship's name.
    #[arg(long, value_name = "NAME")]
    name: String,
    /// The other environment's CA certificate (no private key).
    #[arg(long, value_name = "PEM")]
    ca: PathBuf,
    /// Trust every deployment of the environment by default.
    #[arg(long)]
    trust_by_default: bool,
    /// Accounts (organisations) of the environment to trust, comma-separated.
    #[arg(long, value_name = "A,...", value_delimiter = ',')]
    account_ids: Vec<String>,
    /// The other environment's installation id.
    #[arg(long, value_name = "ID")]
    installation_id: Option<String>,
    /// Show the request and send nothing.
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Args)]
struct UpdateArgs {
    #[command(flatten)]
    ec: EcConnectionArgs,
    /// The relationship's id.
    id: String,
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
    /// A new CA certificate (no private key).
    #[arg(long, value_name = "PEM")]
    ca: Option<PathBuf>,
    #[arg(long, value_name = "BOOL")]
    trust_by_default: Option<bool>,
    /// Accounts to trust (replaces the list), comma-separated.
    #[arg(long, value_name = "A,...", value_delimiter = ',')]
    account_ids: Option<Vec<String>>,
    /// Show the request and send nothing.
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Args)]
struct DeleteArgs {
    #[command(flatten)]
    ec: EcConnectionArgs,
    /// The relationship's id.
    id: String,
    /// Show the request and send nothing.
    #[arg(long)]
    dry_run: bool,
}

pub fn run(printer: &Printer, args: RelationshipsArgs) -> CliResult<u8> {
    match args.command {
        RelCommand::List(a) => list(printer, a),
        RelCommand::Create(a) => create(printer, a),
        RelCommand::Update(a) => update(printer, a),
        RelCommand::Delete(a) => delete(printer, a),
    }
}

/// The client, refusing ECH before anything is sent.
fn ece_client(printer: &Printer, ec: &EcConnectionArgs) -> CliResult<EcClient> {
    let c = client(printer, ec)?;
    if c.target == CloudTarget::Ech {
        return Err(EcError::EceOnly {
            what: "platform trust relationships",
        }
        .into());
    }
    Ok(c)
}

fn list(printer: &Printer, a: ListArgs) -> CliResult<u8> {
    let c = ece_client(printer, &a.ec)?;
    let l = block_on(async { Ok(c.list_trust_relationships(a.include_certificate).await?) })?;
    printer.data(&l, |styles| {
        let rows: Vec<Vec<String>> = l
            .trust_relationships
            .iter()
            .map(|r| {
                vec![
                    r.id.clone(),
                    r.name.clone(),
                    r.local.to_string(),
                    r.trust_by_default.to_string(),
                    r.account_ids.clone().unwrap_or_default().join(","),
                ]
            })
            .collect();
        esconnect_cli::printer::table(
            &["ID", "NAME", "LOCAL", "TRUST BY DEFAULT", "ACCOUNTS"],
            &rows,
            styles,
        )
    })?;
    Ok(0)
}

#[derive(Debug, Serialize)]
struct Outcome {
    outcome: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    relationship: Option<TrustRelationship>,
    #[serde(skip_serializing_if = "Option::is_none")]
    planned: Option<esconnect_core::http::PlannedRequest>,
}

fn show(printer: &Printer, o: &Outcome, what: &str) -> CliResult<u8> {
    printer.data(o, |_| match (&o.planned, &o.relationship) {
        (Some(p), _) => format!("dry run: nothing sent; a real run sends\n{p}\n"),
        (None, Some(r)) => format!("{} {what} `{}` (id {})\n", o.outcome, r.name, r.id),
        (None, None) => format!("{} {what}\n", o.outcome),
    })?;
    Ok(0)
}

fn same_pem(a: &str, b: &str) -> bool {
    let n = |s: &str| s.split_whitespace().collect::<String>();
    n(a) == n(b)
}

fn create(printer: &Printer, a: CreateArgs) -> CliResult<u8> {
    let name = a.name.trim().to_string();
    if name.is_empty() {
        return Err(bad("--name is empty", "Give the relationship a name."));
    }
    let pem = read_ca("--ca", &a.ca)?;
    let accounts = list_of(&a.account_ids);
    let body = TrustRelationshipCreateRequest {
        name: name.clone(),
        public_ca_cert: pem.clone(),
        trust_by_default: Some(a.trust_by_default),
        account_ids: (!accounts.is_empty()).then_some(accounts.clone()),
        installation_id: a.installation_id.clone(),
    };
    let c = ece_client(printer, &a.ec)?;
    let o = block_on(async {
        // Re-running create must not make a second relationship: look for one with this name first.
        let existing = c.list_trust_relationships(true).await?;
        if let Some(r) = existing.trust_relationships.iter().find(|r| r.name == name) {
            let same = r
                .public_ca_cert
                .as_deref()
                .is_some_and(|p| same_pem(p, &pem))
                && r.trust_by_default == a.trust_by_default
                && r.account_ids.clone().unwrap_or_default() == accounts;
            if same {
                return Ok(Outcome {
                    outcome: "unchanged",
                    relationship: Some(r.clone()),
                    planned: None,
                });
            }
            return Err(bad(
                format!(
                    "a trust relationship named `{name}` exists (id {}) with other settings",
                    r.id
                ),
                format!(
                    "Change it with `ece-trust relationships update {}`, or choose another name.",
                    r.id
                ),
            ));
        }
        if a.dry_run {
            return Ok(Outcome {
                outcome: "planned",
                relationship: None,
                planned: Some(
                    EcClient::create_trust_relationship_request(&body).planned(&c.endpoint.base),
                ),
            });
        }
        let r = c.create_trust_relationship(&body).await?;
        Ok(Outcome {
            outcome: "created",
            relationship: Some(r),
            planned: None,
        })
    })?;
    show(printer, &o, "trust relationship")
}

fn update(printer: &Printer, a: UpdateArgs) -> CliResult<u8> {
    esconnect_core::ec::check_id("trust relationship id", &a.id)?;
    let pem = a.ca.as_ref().map(|p| read_ca("--ca", p)).transpose()?;
    let body = TrustRelationshipUpdateRequest {
        name: a.name.clone(),
        public_ca_cert: pem,
        trust_by_default: a.trust_by_default,
        account_ids: a.account_ids.as_ref().map(|v| list_of(v)),
        installation_id: None,
    };
    if body == TrustRelationshipUpdateRequest::default() {
        return Err(bad(
            "nothing to update: give --name, --ca, --trust-by-default or --account-ids",
            "Say what to change.",
        ));
    }
    let c = ece_client(printer, &a.ec)?;
    let o = block_on(async {
        let current = c.get_trust_relationship(&a.id).await?;
        let unchanged = body.name.as_ref().is_none_or(|n| *n == current.name)
            && body.public_ca_cert.as_ref().is_none_or(|p| {
                current
                    .public_ca_cert
                    .as_deref()
                    .is_some_and(|q| same_pem(p, q))
            })
            && body
                .trust_by_default
                .is_none_or(|t| t == current.trust_by_default)
            && body
                .account_ids
                .as_ref()
                .is_none_or(|ids| *ids == current.account_ids.clone().unwrap_or_default());
        if unchanged {
            return Ok(Outcome {
                outcome: "unchanged",
                relationship: Some(current),
                planned: None,
            });
        }
        let req = EcClient::update_trust_relationship_request(&a.id, &body)?;
        if a.dry_run {
            return Ok(Outcome {
                outcome: "planned",
                relationship: None,
                planned: Some(req.planned(&c.endpoint.base)),
            });
        }
        let r = c.update_trust_relationship(&a.id, &body).await?;
        Ok(Outcome {
            outcome: "updated",
            relationship: Some(r),
            planned: None,
        })
    })?;
    show(printer, &o, "trust relationship")
}

fn delete(printer: &Printer, a: DeleteArgs) -> CliResult<u8> {
    esconnect_core::ec::check_id("trust relationship id", &a.id)?;
    let c = ece_client(printer, &a.ec)?;
    let o = block_on(async {
        if a.dry_run {
            let req = EcClient::delete_trust_relationship_request(&a.id)?;
            return Ok(Outcome {
                outcome: "planned",
                relationship: None,
                planned: Some(req.planned(&c.endpoint.base)),
            });
        }
        match c.delete_trust_relationship(&a.id).await {
            Ok(()) => Ok(Outcome {
                outcome: "deleted",
                relationship: None,
                planned: None,
            }),
            // Already gone: deleting again changes nothing.
            Err(EcError::Api(e)) if e.status() == Some(404) => Ok(Outcome {
                outcome: "already absent",
                relationship: None,
                planned: None,
            }),
            Err(e) => Err(e.into()),
        }
    })?;
    show(printer, &o, &format!("trust relationship {}", a.id))
}
