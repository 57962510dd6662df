//! `ece-trust`: certificate trust between self-managed Elasticsearch clusters and Elastic Cloud Enterprise or
//! Elastic Cloud Hosted deployments (the TLS certificate model of seeds 002 and 004, elastic-facts §2.3).
//!
//! Offline commands: `cert inspect`, `cert convert`, `restrictions`, `instances`, `config`. Each command
//! lives in its own module with its clap arguments and its `run`; this file only lists and dispatches them.
//!
//! [`command`] is the full clap definition (man pages, completions, docs); [`run`] is the entry point.

mod api;
mod cert;
mod config;
mod instances;
mod output;
mod restrictions;
mod validate;

use clap::{CommandFactory, Parser, Subcommand};
use esconnect_cli::CliResult;
use esconnect_cli::args::OutputArgs;
use esconnect_cli::generate::Generate;
use std::ffi::OsString;

const ABOUT: &str =
    "Certificate trust between self-managed Elasticsearch clusters and ECE/ECH deployments";

const LONG_ABOUT: &str = "Certificate trust between self-managed Elasticsearch clusters and Elastic Cloud \
Enterprise (ECE) or Elastic Cloud Hosted (ECH) deployments: the TLS certificate model of remote clusters.

Inspect and convert certificates (PEM, DER, PKCS#12), write the trust restrictions file and certutil's \
instances.yml for node certificates that follow the Cloud convention \
`<node_id>.node.<cluster_id>.cluster.<scope_id>.account`, and print the elasticsearch.yml or ECK settings \
that trust a deployment's CA. These commands send nothing, except `cert inspect HOST:PORT` (a TLS \
handshake) and `instances --from-cluster` (GET /_nodes).

Through the ECE/ECH API (--ec-host or EC_HOST, an API key in EC_API_KEY or --ec-api-key-file): `add`, \
`account`, `external`, `remove` and `list` change or show a deployment's trust settings with a versioned \
read-merge-write (every other entry and setting is kept; a concurrent change is re-read and merged, never \
overwritten); `keystore set` stores a remote's cross-cluster API key; `relationships` manages ECE's \
platform trust relationships. `--dry-run` shows the change and sends nothing.";

const AFTER_HELP: &str = "Examples:
  ece-trust cert inspect elastic-certificates.p12 --password-file p12.pw
  ece-trust cert inspect es-node1.example.com:9300 --ca-cert ece-ca.pem
  ece-trust cert convert elastic-stack-ca.p12 --password-file p12.pw --out self-managed-ca.pem
  ece-trust restrictions --cluster aaaabbbbaaaabbbb --scope 1053523734 --out trust.yml
  ece-trust restrictions check trust.yml --cert node1.pem
  ece-trust instances --cluster 1234567abcd --scope myscope --nodes nodes.csv > instances.yml
  ece-trust config self --ca deployment-ca.pem
  ece-trust config eck --ca deployment-ca.pem --cluster quickstart -n elastic
  export EC_HOST=ece.example.com EC_API_KEY=...      # or api.elastic-cloud.com for ECH
  ece-trust add --deployment ID --name dc1 --ca self-managed-ca.pem --node-names node1.dc1.example.com
  ece-trust account --deployment ID --account-id ACCOUNT --allowlist CLUSTER_ID --dry-run
  ece-trust keystore set --deployment ID --alias dc1 --key-file cross-cluster.key

Exit codes: 0 success; 1 a check failed (`restrictions check`: no pattern admits the certificate; \
`cert inspect HOST:PORT --ca-cert F`: the chain is not trusted or not valid for the name); 2 bad usage or input (nothing sent, nothing written); 3 the \
endpoint could not be reached; 4 authentication or authorization failed.";

/// The command line.
#[derive(Debug, Parser)]
#[command(name = "ece-trust", version, about = ABOUT, long_about = LONG_ABOUT, after_long_help = AFTER_HELP, arg_required_else_help = true)]
struct Cli {
    /// Print a man page or shell completions to stdout and exit.
    #[arg(long, value_enum, value_name = "WHAT", hide_short_help = true)]
    generate: Option<Generate>,
    #[command(flatten, next_help_heading = "Output")]
    output: OutputArgs,
    #[command(subcommand)]
    command: Option<Command>,
}

/// One variant per command; each module owns its arguments and its `run`.
#[derive(Debug, Subcommand)]
enum Command {
    /// Certificates: inspect a file or a live endpoint, extract the CA for upload.
    #[command(subcommand_required = true, arg_required_else_help = true)]
    Cert(cert::CertArgs),
    /// The trust restrictions file (`trust.subject_name`) and a check of a certificate against it.
    Restrictions(restrictions::RestrictionsArgs),
    /// certutil's instances.yml for node certificates with Cloud-convention otherName names.
    Instances(instances::InstancesArgs),
    /// The settings that trust a deployment's CA: elasticsearch.yml lines, or ECK resources.
    #[command(subcommand_required = true, arg_required_else_help = true)]
    Config(config::ConfigArgs),
    /// Trust another environment's CA in a deployment (settings.trust.direct) [ECE/ECH API].
    Add(api::trust::AddArgs),
    /// Trust clusters of an account of the same ECE installation or ECH region (settings.trust.accounts) [ECE/ECH API].
    Account(api::trust::AccountArgs),
    /// Trust clusters of a platform trust relationship (settings.trust.external) [ECE/ECH API].
    External(api::trust::ExternalArgs),
    /// Remove trust entries by name (or account or relationship id) [ECE/ECH API].
    Remove(api::trust::RemoveArgs),
    /// A deployment's trust settings [ECE/ECH API].
    List(api::trust::ListArgs),
    /// The deployment's Elasticsearch keystore: a remote's cross-cluster API key [ECE/ECH API].
    #[command(subcommand_required = true, arg_required_else_help = true)]
    Keystore(api::keystore::KeystoreArgs),
    /// ECE's platform trust relationships (ECE only) [ECE API].
    #[command(subcommand_required = true, arg_required_else_help = true)]
    Relationships(api::relationships::RelationshipsArgs),
}

/// The full clap definition.
pub fn command() -> clap::Command {
    Cli::command()
}

esconnect_cli::tool_cli!(Cli);

/// Runs `ece-trust` with these arguments (the first is the program name) and returns the exit code.
pub fn run(args: Vec<OsString>) -> CliResult<u8> {
    let Some((cli, printer)) = esconnect_cli::parse::<Cli>(args)? else {
        return Ok(0);
    };
    match esconnect_cli::required::<Cli, _>(cli.command, "ece-trust --help") {
        Command::Cert(a) => cert::run(&printer, a),
        Command::Restrictions(a) => restrictions::run(&printer, a),
        Command::Instances(a) => instances::run(&printer, a),
        Command::Config(a) => config::run(&printer, a),
        Command::Add(a) => api::trust::add(&printer, a),
        Command::Account(a) => api::trust::account(&printer, a),
        Command::External(a) => api::trust::external(&printer, a),
        Command::Remove(a) => api::trust::remove(&printer, a),
        Command::List(a) => api::trust::list(&printer, a),
        Command::Keystore(a) => api::keystore::run(&printer, a),
        Command::Relationships(a) => api::relationships::run(&printer, a),
    }
}

pub(crate) use esconnect_cli::usage;

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_definition_is_consistent() {
        super::command().debug_assert();
    }
}
