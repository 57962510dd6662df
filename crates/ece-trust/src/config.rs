//! `config`: the self-managed side of the trust (seed 002 steps 7 and 9) as elasticsearch.yml lines, or on
//! ECK the ConfigMap and `spec.transport.tls.certificateAuthorities` (seed 004, elastic-facts §2.4).

use clap::{Args, Subcommand};
use esconnect_cli::{CliResult, Printer};
use std::path::PathBuf;

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
    /// The password of a PKCS#12 --ca, read from FILE (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    password_file: Option<PathBuf>,
}

pub fn run(_printer: &Printer, args: ConfigArgs) -> CliResult<u8> {
    match args.command {
        ConfigCommand::SelfManaged(_) | ConfigCommand::Eck(_) => Err(crate::usage(
            "config: not implemented yet",
            "Wait for the next commit.",
        )),
    }
}
