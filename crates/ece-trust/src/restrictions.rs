//! `restrictions`: the trust restrictions file (`trust.subject_name`, elastic-facts §7) and `restrictions
//! check`, which says which pattern admits a certificate.

use clap::{Args, Subcommand, ValueEnum};
use esconnect_cli::{CliResult, Printer};
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct RestrictionsArgs {
    #[command(subcommand)]
    check: Option<RestrictionsCommand>,
    #[command(flatten)]
    generate: GenerateArgs,
}

#[derive(Debug, Subcommand)]
enum RestrictionsCommand {
    /// Say which pattern of a restrictions file admits a certificate (exit 1 when none does).
    Check(CheckArgs),
}

/// Which certificate field the patterns are matched against
/// (`xpack.security.transport.ssl.trust_restrictions.x509_fields`, 8.5.3+ / 7.17.8+).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum X509Field {
    /// `subjectAltName.otherName.commonName` (the default).
    OtherName,
    /// `subjectAltName.dnsName`.
    Dns,
}

#[derive(Debug, Args)]
pub(crate) struct GenerateArgs {
    /// A cluster to trust: `*.node.<ID>.cluster.<scope>.account`. Repeatable.
    #[arg(long = "cluster", value_name = "ID")]
    pub clusters: Vec<String>,
    /// The scope of --cluster: the ECE environment id or the ECH organization id.
    #[arg(long, value_name = "SCOPE")]
    pub scope: Option<String>,
    /// Trust every cluster of this scope: `*.node.*.cluster.<SCOPE>.account`. Repeatable.
    #[arg(long = "all-clusters-of", value_name = "SCOPE")]
    pub all_clusters_of: Vec<String>,
    /// A pattern for the cluster's own nodes when their certificates follow another convention
    /// (e.g. `node*.es.example.com`). `*` and `?` are wildcards. Repeatable.
    #[arg(long = "own", value_name = "PATTERN")]
    pub own: Vec<String>,
    /// The certificate field the patterns match: adds `trust_restrictions.x509_fields` to the printed
    /// elasticsearch.yml lines when not the default.
    #[arg(long, value_enum, value_name = "FIELD", default_value_t = X509Field::OtherName)]
    pub x509_field: X509Field,
    /// Write the file to FILE (the elasticsearch.yml lines then go to stderr) instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// The restrictions file (YAML with `trust.subject_name`).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The node certificate to check (PEM, DER or PKCS#12; the first certificate that is not a CA).
    #[arg(long, value_name = "FILE")]
    pub cert: PathBuf,
    /// The password of a PKCS#12 --cert, read from FILE (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
    /// The certificate field to match.
    #[arg(long, value_enum, value_name = "FIELD", default_value_t = X509Field::OtherName)]
    pub x509_field: X509Field,
}

pub fn run(_printer: &Printer, _args: RestrictionsArgs) -> CliResult<u8> {
    Err(crate::usage(
        "restrictions: not implemented yet",
        "Wait for the next commit.",
    ))
}
