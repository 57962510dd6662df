//! `es-remote`: the local side of remote clusters (cross-cluster search and replication). The local
//! cluster is the one that connects: it holds the `cluster.remote.<alias>.*` settings and, in the API key
//! model, the cross-cluster key in its keystore. The remote cluster serves the data and creates that key
//! (`es-role cross-cluster-key create`).
//!
//! [`command`] is the full clap definition (man pages, completions, docs); [`run`] is the entry point.

mod address;
mod cluster;
mod config;
mod credentials;
mod doctor;
mod eck;
mod explain;
mod pair;
mod rotate;
mod settings;
mod status;
mod target;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use esconnect_cli::CliResult;
use esconnect_cli::args::{
    ConnectionArgs, DryRun, OutputArgs, RemoteConnectionArgs, parse_duration,
};
use esconnect_cli::generate::Generate;
use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;

const ABOUT: &str = "Connect Elasticsearch clusters as remote clusters: settings, keystore credentials, status, ECK manifests";

const LONG_ABOUT: &str = "Connect Elasticsearch clusters as remote clusters (cross-cluster search and replication), \
for both security models:

  API key (8.14+): the remote cluster server port (9443); only the local cluster trusts the remote's CA; a \
cross-cluster API key made on the remote sits in the local keystore as cluster.remote.<alias>.credentials.
  TLS certificate (deprecated in 9.0): the transport port (9300); both clusters trust each other's CA.

The connection flags name the LOCAL cluster (the one that connects) and an administrator's credentials \
(manage for cluster settings and reloads, monitor for status).";

const AFTER_HELP: &str = "Examples:
  es-role cross-cluster-key create --name to-prod --search 'logs-*' --out key    # on the remote
  es-remote credentials prod --key-file key --es-home /usr/share/elasticsearch   # on each local node
  es-remote add prod --proxy-address rcs.example.com:9443 --server-name rcs.example.com --wait
  es-remote status prod --output json
  es-remote eck expose quickstart -n elastic --eck-version 3.3.0 > expose.yaml
  es-remote pair export --alias prod --address rcs.example.com:9443 --server-ca ca.pem --search 'logs-*' --out b.json
  es-remote pair import b.json --target ech --deployment-id $DEPLOYMENT --es-url $DEPLOYMENT_ES_URL
  es-remote rotate prod --key-file key --remote-es-url https://remote:9200 --target eck --eck-cluster qs

Exit codes: 0 success; 1 an operation failed or a remote is not connected; 2 bad usage or input (nothing \
sent, nothing written); 3 the cluster could not be reached; 4 authentication or authorization failed.";

/// The command line.
#[derive(Debug, Parser)]
#[command(name = "es-remote", version, about = ABOUT, long_about = LONG_ABOUT, after_long_help = AFTER_HELP, arg_required_else_help = true)]
struct Cli {
    /// Print a man page or shell completions to stdout and exit.
    #[arg(long, value_enum, value_name = "WHAT", hide_short_help = true)]
    generate: Option<Generate>,
    #[command(flatten, next_help_heading = "Output")]
    output: OutputArgs,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Add or update a remote cluster (PUT /_cluster/settings, persistent cluster.remote.ALIAS.* only).
    Add(AddArgs),
    /// Remove a remote cluster: null exactly its settings, persistent and transient.
    Remove(RemoveArgs),
    /// List the remote clusters: settings joined with _remote/info.
    List(ListArgs),
    /// Show one or every remote cluster; --wait polls until connected.
    Status(StatusArgs),
    /// Put a cross-cluster API key in this node's keystore, then reload the secure settings.
    Credentials(CredentialsArgs),
    /// Reload the secure settings of every node (POST /_nodes/reload_secure_settings) and report each node.
    Reload(ReloadArgs),
    /// Print the elasticsearch.yml lines of the API key model (offline).
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Manifests for ECK: expose the remote cluster server, or a Secret with the key.
    #[command(subcommand)]
    Eck(EckCommand),
    /// Why a local user can or cannot read a remote index: the local remote_indices intersected with the
    /// cross-cluster key's access, per privilege, with the sentence Elasticsearch would answer.
    Explain(Box<ExplainArgs>),
    /// Diagnose a remote: settings, nodes, network, TLS, credentials and the connection, concurrently,
    /// each with a cause and a remedy; with --remote-es-url also the remote side.
    Doctor(Box<DoctorArgs>),
    /// A pairing bundle: one file (mode 0600) to hand from the remote's owner to the local's.
    #[command(subcommand)]
    Pair(PairCommand),
    /// Replace the cross-cluster key of a remote without a moment without a valid key: a new key with
    /// the old one's access, staged and verified, then the old one invalidated (rolled back on failure).
    Rotate(Box<RotateArgs>),
}

#[derive(Debug, Args)]
struct RotateArgs {
    #[arg(value_name = "ALIAS")]
    alias: String,
    /// The key the local keystore holds now (`encoded`; `-` for standard input): kept for the rollback.
    #[arg(long, value_name = "FILE", required = true)]
    key_file: PathBuf,
    /// Lifetime of the new key (Elasticsearch duration); without it the new key never expires.
    #[arg(long, value_name = "DURATION")]
    expiration: Option<String>,
    /// Where the rotation records its progress (mode 0600; default ./es-remote-rotate-ALIAS.state).
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
    /// Resume a rotation stopped after staging (the other nodes have the new key now).
    #[arg(long = "continue")]
    resume: bool,
    /// How long to wait for the connection with the new key before rolling back.
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, default_value = "60s")]
    wait_timeout: Duration,
    #[command(flatten)]
    dry_run: DryRun,
    #[command(flatten)]
    target: target::TargetArgs,
    #[command(flatten)]
    connection: ConnectionArgs,
    #[command(flatten)]
    remote: RemoteConnectionArgs,
}

#[derive(Debug, Subcommand)]
enum PairCommand {
    /// On the REMOTE cluster: create a cross-cluster key and write the bundle (alias, address, server
    /// name, CA, key, the remote's name and version).
    Export(Box<PairExportArgs>),
    /// On the LOCAL side: validate a bundle, then apply it where the local cluster runs (--target self:
    /// this node's keystore; eck: manifests, then --continue; ece/ech: the deployment's keystore and
    /// trust through the API), the alias's settings, the wait until connected, the doctor.
    Import(Box<PairImportArgs>),
}

#[derive(Debug, Args)]
struct PairExportArgs {
    /// The alias the local cluster will give this remote.
    #[arg(long, value_name = "ALIAS")]
    alias: String,
    /// HOST:PORT where the local cluster reaches this cluster's remote cluster server (often a load balancer).
    #[arg(long, value_name = "HOST:PORT")]
    address: String,
    /// The name in the remote cluster server's certificate, when it differs from the address's host.
    #[arg(long, value_name = "NAME")]
    server_name: Option<String>,
    /// The CA (PEM) of the remote cluster server's certificate, for the local side to trust (private CAs).
    /// (`--ca-cert` is the connection's CA for this cluster's HTTP API.)
    #[arg(long, value_name = "PEM")]
    server_ca: Option<PathBuf>,
    /// Index patterns the local cluster may search (comma-separated or repeated).
    #[arg(long, value_name = "PATTERNS")]
    search: Vec<String>,
    /// Index patterns the local cluster may replicate (CCR).
    #[arg(long, value_name = "PATTERNS")]
    replication: Vec<String>,
    /// Lifetime of the key (Elasticsearch duration: 90d, 12h); without it the key never expires.
    #[arg(long, value_name = "DURATION")]
    expiration: Option<String>,
    /// The key's name (default esconnect-pair-ALIAS).
    #[arg(long, value_name = "NAME")]
    key_name: Option<String>,
    /// Where to write the bundle (mode 0600: it holds the key).
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    #[command(flatten)]
    dry_run: DryRun,
    #[command(flatten)]
    connection: ConnectionArgs,
}

#[derive(Debug, Args)]
struct PairImportArgs {
    /// The bundle written by `es-remote pair export`.
    #[arg(value_name = "BUNDLE")]
    bundle: PathBuf,
    /// Where to write the remote's CA (default ./ALIAS-remote-ca.crt).
    #[arg(long, value_name = "FILE")]
    ca_out: Option<PathBuf>,
    /// How long to wait until connected.
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, default_value = "60s")]
    wait_timeout: Duration,
    /// eck: the manifests of the first run are applied; apply the settings, wait and run the doctor.
    #[arg(long = "continue")]
    resume: bool,
    #[command(flatten)]
    dry_run: DryRun,
    #[command(flatten)]
    target: target::TargetArgs,
    #[command(flatten)]
    connection: ConnectionArgs,
}

#[derive(Debug, Args)]
struct DoctorArgs {
    #[arg(value_name = "ALIAS")]
    alias: String,
    /// The CA (PEM or DER) of the remote's certificate, where it is private (self-managed, ECE, ECK);
    /// without it the public roots are used.
    #[arg(long, value_name = "FILE")]
    remote_ca: Option<PathBuf>,
    /// The cross-cluster key the local keystore holds (only its id is read), to check it on the remote.
    #[arg(long, value_name = "FILE")]
    key_file: Option<PathBuf>,
    #[command(flatten)]
    connection: ConnectionArgs,
    #[command(flatten)]
    remote: RemoteConnectionArgs,
}

#[derive(Debug, Args)]
struct ExplainArgs {
    /// The local user whose access to explain.
    #[arg(
        long,
        value_name = "USER",
        conflicts_with = "role",
        required_unless_present = "role"
    )]
    user: Option<String>,
    /// Or one local role.
    #[arg(long, value_name = "ROLE")]
    role: Option<String>,
    /// The remote cluster's alias on the local cluster.
    #[arg(long, value_name = "ALIAS")]
    alias: String,
    /// The remote index (or pattern) to read.
    #[arg(long, value_name = "INDEX")]
    index: String,
    /// The privileges to explain.
    #[arg(
        long,
        value_name = "P,...",
        value_delimiter = ',',
        default_value = "read,read_cross_cluster,view_index_metadata"
    )]
    privileges: Vec<String>,
    /// The id of the cross-cluster key the local cluster holds (es-role cross-cluster-key list on the remote).
    #[arg(
        long,
        value_name = "ID",
        conflicts_with = "key_file",
        required_unless_present = "key_file"
    )]
    key_id: Option<String>,
    /// Or the key itself (only its id is read).
    #[arg(long, value_name = "FILE")]
    key_file: Option<PathBuf>,
    #[command(flatten)]
    connection: ConnectionArgs,
    #[command(flatten)]
    remote: RemoteConnectionArgs,
}

/// Waiting for a connection.
#[derive(Debug, Args)]
struct WaitArgs {
    /// Poll until the remote is connected (GET /_resolve/cluster/ALIAS:* on 8.13+, else _remote/info);
    /// exit 1 with Elasticsearch's reason if it is not connected in time.
    #[arg(long)]
    wait: bool,
    /// How long --wait waits.
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, default_value = "60s", requires = "wait")]
    wait_timeout: Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ModeArg {
    /// Connect through one address (a load balancer, an ingress, ECE/ECH/ECK): needed for ECE, ECH and ECK remotes.
    Proxy,
    /// Connect to seed nodes and discover the remote's nodes (all nodes must be reachable).
    Sniff,
}

#[derive(Debug, Args)]
struct AddArgs {
    /// The remote cluster's alias: letters, digits, `-` and `_` (the Cloud UI allows lowercase only).
    #[arg(value_name = "ALIAS")]
    alias: String,
    /// Connection mode (proxy when --proxy-address is given, sniff when --seeds is).
    #[arg(long, value_enum)]
    mode: Option<ModeArg>,
    /// HOST:PORT of the remote (proxy mode): 9443 for API keys, 9300 for certificates; IPv6 as [ADDR]:PORT.
    #[arg(long, value_name = "HOST:PORT")]
    proxy_address: Option<String>,
    /// The name in the remote's certificate (TLS SNI), when it differs from the proxy address's host.
    #[arg(long, value_name = "NAME")]
    server_name: Option<String>,
    /// Number of sockets to open to the proxy address (proxy mode; Elasticsearch's default is 18).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    proxy_socket_connections: Option<u32>,
    /// Seed nodes, HOST:PORT,... (sniff mode).
    #[arg(long, value_name = "HOST:PORT,...", value_delimiter = ',')]
    seeds: Vec<String>,
    /// Gateway nodes to connect to in sniff mode (Elasticsearch's default is 3).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    node_connections: Option<u32>,
    /// Whether searches skip this remote when it is unavailable.
    #[arg(long, value_name = "BOOL")]
    skip_unavailable: Option<bool>,
    #[command(flatten)]
    wait: WaitArgs,
    #[command(flatten)]
    dry_run: DryRun,
    #[command(flatten)]
    connection: ConnectionArgs,
}

/// Where `elasticsearch-keystore` is.
#[derive(Debug, Args, Clone)]
struct KeystoreArgs {
    /// The Elasticsearch installation directory: runs DIR/bin/elasticsearch-keystore.
    #[arg(long, value_name = "DIR", help = format!("The Elasticsearch installation directory: runs DIR/bin/elasticsearch-keystore [env: {}]", esconnect_core::env::ES_HOME.name))]
    es_home: Option<PathBuf>,
    /// The elasticsearch-keystore program itself (overrides --es-home).
    #[arg(long, value_name = "PATH")]
    keystore_bin: Option<PathBuf>,
}

#[derive(Debug, Args)]
struct RemoveArgs {
    #[arg(value_name = "ALIAS")]
    alias: String,
    /// Also remove cluster.remote.ALIAS.credentials from this node's keystore, then reload.
    #[arg(long)]
    credentials: bool,
    #[command(flatten)]
    keystore: KeystoreArgs,
    #[command(flatten)]
    dry_run: DryRun,
    #[command(flatten)]
    connection: ConnectionArgs,
}

#[derive(Debug, Args)]
struct ListArgs {
    #[command(flatten)]
    connection: ConnectionArgs,
}

#[derive(Debug, Args)]
struct StatusArgs {
    /// The alias; without it (or with --all), every remote.
    #[arg(value_name = "ALIAS", conflicts_with = "all")]
    alias: Option<String>,
    /// Every remote (the default without ALIAS; for scripts that want to say so).
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    wait: WaitArgs,
    #[command(flatten)]
    connection: ConnectionArgs,
}

#[derive(Debug, Args)]
struct CredentialsArgs {
    #[arg(value_name = "ALIAS")]
    alias: String,
    /// The cross-cluster API key (the `encoded` value) from FILE, `-` for standard input.
    #[arg(long, value_name = "FILE", required = true)]
    key_file: PathBuf,
    /// Only write the keystore; do not reload the secure settings.
    #[arg(long)]
    no_reload: bool,
    #[command(flatten)]
    keystore: KeystoreArgs,
    #[command(flatten)]
    dry_run: DryRun,
    #[command(flatten)]
    connection: ConnectionArgs,
}

#[derive(Debug, Args)]
struct ReloadArgs {
    /// Report, for each node, whether it holds cluster.remote.ALIAS.credentials.
    #[arg(long, value_name = "ALIAS")]
    alias: Option<String>,
    #[command(flatten)]
    connection: ConnectionArgs,
}

#[derive(Debug, Subcommand)]
enum ConfigCommand {
    /// The local (client) side: trust the remote's CA on the remote cluster client.
    Client(ConfigClientArgs),
    /// The remote (server) side: enable the remote cluster server with its certificate.
    Server(ConfigServerArgs),
}

#[derive(Debug, Args)]
struct ConfigClientArgs {
    /// The remote's CA certificate (PEM), as a path relative to Elasticsearch's config directory; omit it
    /// for a remote whose certificate is publicly trusted (ECH).
    #[arg(long, value_name = "FILE")]
    ca_file: Option<String>,
}

#[derive(Debug, Args)]
struct ConfigServerArgs {
    /// The PKCS#12 keystore with the remote cluster server's certificate and key, relative to the config directory.
    #[arg(long, value_name = "P12")]
    keystore: String,
    /// The remote cluster server port.
    #[arg(long, default_value_t = 9443)]
    port: u16,
    /// The address the remote cluster server binds to (remote_cluster.host).
    #[arg(long, value_name = "HOST")]
    host: Option<String>,
}

#[derive(Debug, Subcommand)]
enum EckCommand {
    /// Enable and expose the remote cluster server of an ECK-managed cluster (or its transport port).
    Expose(eck::ExposeArgs),
    /// A Secret holding the cross-cluster key and the spec.secureSettings entry that references it.
    Credentials(eck::CredentialsArgs),
}

/// The full clap definition.
pub fn command() -> clap::Command {
    Cli::command()
}

esconnect_cli::tool_cli!(Cli);

/// Runs `es-remote` with these arguments (the first is the program name) and returns the exit code.
pub fn run(args: Vec<OsString>) -> CliResult<u8> {
    let Some((cli, printer)) = esconnect_cli::parse::<Cli>(args)? else {
        return Ok(0);
    };
    match esconnect_cli::required::<Cli, _>(cli.command, "es-remote --help") {
        Command::Add(a) => settings::add(&printer, a),
        Command::Remove(r) => settings::remove(&printer, r),
        Command::List(l) => status::status(&printer, &l.connection, None, None),
        Command::Status(s) => status::status(
            &printer,
            &s.connection,
            s.alias.as_deref(),
            s.wait.wait.then_some(s.wait.wait_timeout),
        ),
        Command::Credentials(c) => credentials::credentials(&printer, c),
        Command::Reload(r) => credentials::reload_cmd(&printer, &r.connection, r.alias.as_deref()),
        Command::Config(ConfigCommand::Client(c)) => config::client(&printer, c.ca_file.as_deref()),
        Command::Config(ConfigCommand::Server(s)) => {
            config::server(&printer, &s.keystore, s.port, s.host.as_deref())
        }
        Command::Eck(EckCommand::Expose(e)) => eck::expose(&printer, e),
        Command::Eck(EckCommand::Credentials(c)) => eck::credentials(&printer, c),
        Command::Doctor(d) => doctor::doctor(
            &printer,
            doctor::DoctorArgs {
                alias: &d.alias,
                remote_ca: d.remote_ca.clone(),
                key_file: d.key_file.clone(),
                connection: &d.connection,
                remote: Some(&d.remote),
            },
        ),
        Command::Pair(PairCommand::Export(e)) => pair::export(
            &printer,
            pair::ExportArgs {
                alias: &e.alias,
                address: &e.address,
                server_name: e.server_name.as_deref(),
                server_ca: e.server_ca.as_deref(),
                search: &e.search,
                replication: &e.replication,
                expiration: e.expiration.as_deref(),
                name: e.key_name.as_deref(),
                out: &e.out,
                dry_run: e.dry_run.dry_run,
                connection: &e.connection,
            },
        ),
        Command::Pair(PairCommand::Import(i)) => pair::import(
            &printer,
            pair::ImportArgs {
                bundle: &i.bundle,
                target: &i.target,
                ca_out: i.ca_out.clone(),
                wait_timeout: i.wait_timeout,
                resume: i.resume,
                dry_run: i.dry_run.dry_run,
                connection: &i.connection,
            },
        ),
        Command::Rotate(r) => rotate::rotate(
            &printer,
            rotate::RotateArgs {
                alias: &r.alias,
                key_file: &r.key_file,
                expiration: r.expiration.as_deref(),
                state: r.state.clone(),
                resume: r.resume,
                wait_timeout: r.wait_timeout,
                dry_run: r.dry_run.dry_run,
                target: &r.target,
                connection: &r.connection,
                remote: &r.remote,
            },
        ),
        Command::Explain(e) => explain::run(
            &printer,
            explain::ExplainArgs {
                user: e.user.as_deref(),
                role: e.role.as_deref(),
                alias: &e.alias,
                index: &e.index,
                privileges: e.privileges.clone(),
                key_id: e.key_id.as_deref(),
                key_file: e.key_file.clone(),
                local: &e.connection,
                remote: &e.remote,
            },
        ),
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
