//! `instances`: certutil's `instances.yml` (elastic-facts §6) with a Cloud-convention `cn` for every node.

use clap::Args;
use esconnect_cli::args::ConnectionArgs;
use esconnect_cli::{CliResult, Printer};
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct InstancesArgs {
    /// The cluster id in the names (`<node>.node.<ID>.cluster.<scope>.account`).
    #[arg(long, value_name = "ID")]
    cluster: String,
    /// The scope in the names: the ECE environment id or the ECH organization id (lowercase letters and
    /// digits, at most 32).
    #[arg(long, value_name = "SCOPE")]
    scope: String,
    /// The nodes: CSV lines `name[,dns[;dns…]][,ip[;ip…]]` or one name per line; `#` starts a comment.
    #[arg(
        long,
        value_name = "FILE",
        required_unless_present = "from_cluster",
        conflicts_with = "from_cluster"
    )]
    nodes: Option<PathBuf>,
    /// Read node names and addresses from GET /_nodes of the (self-managed) cluster the connection flags name.
    #[arg(long)]
    from_cluster: bool,
    /// Add `filename: <name>` to each instance (certutil's default is the name already).
    #[arg(long)]
    filenames: bool,
    /// Write the file to FILE instead of stdout.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    #[command(flatten)]
    connection: ConnectionArgs,
}

pub fn run(_printer: &Printer, _args: InstancesArgs) -> CliResult<u8> {
    Err(crate::usage(
        "instances: not implemented yet",
        "Wait for the next commit.",
    ))
}
