//! `es-role`: creates what the AutoOps agent needs to read a self-managed Elasticsearch cluster (the
//! `autoops` role of Elastic's docs, a user API key with that descriptor, or a user holding the role) and
//! checks that given credentials hold the AutoOps privileges.
//!
//! [`command`] is the full clap definition (man pages, completions, docs); [`run`] is the entry point.

mod autoops;
mod cross_cluster;
mod descriptor;
mod plumbing;
mod remote_role;
mod user;
mod validate;

use autoops_common::ROLE_NAME;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use esconnect_cli::CliResult;
use esconnect_cli::args::{ConnectionArgs, DryRun, DryRunOffline, OutputArgs};
use esconnect_cli::generate::Generate;
use std::ffi::OsString;
use std::path::PathBuf;

const ABOUT: &str = "Create the Elasticsearch roles and API keys that connect a cluster to Elastic's services: the AutoOps credential, cross-cluster API keys, remote roles";

const LONG_ABOUT: &str = "Create the Elasticsearch role, API key or user the AutoOps agent reads a self-managed cluster with, \
and check that credentials hold the AutoOps privileges.

The role descriptor is the one of Elastic's \"Connect your self-managed cluster to AutoOps\" page: cluster \
monitor, read_ilm, read_slm; index monitor and view_index_metadata on `*`, restricted indices included.

For remote clusters with the API key model (8.14+): `cross-cluster-key` creates, updates, lists and \
invalidates the cross-cluster API keys of the REMOTE cluster (the encoded key goes into the local cluster's \
keystore as cluster.remote.ALIAS.credentials), and `remote-role` gives a role of the LOCAL cluster the \
remote_indices and remote_cluster privileges that narrow what its users may do through such a key.

The connection flags name the cluster and the ADMIN credentials used to make these changes (they need the \
manage_security cluster privilege for roles, users and cross-cluster API keys, manage_own_api_key for the \
AutoOps API key). They are never the credentials being created.";

const AFTER_HELP: &str = "Examples:
  es-role autoops show --for api-key          # paste into Kibana's API key flyout
  export ELASTICSEARCH_URL=https://es:9200 ELASTICSEARCH_CA_CERT=ca.crt
  es-role autoops role --username elastic --password-file admin.pw
  es-role autoops api-key --name autoops-prod --expiration 365d --out autoops.key
  es-role autoops user autoops-agent --new-password-file agent.pw
  es-role autoops check --api-key-file autoops.key
  es-role cross-cluster-key create --name to-local --search 'logs-*' --expiration 90d --out cc.key
  es-role cross-cluster-key list --expiring-within 30d
  es-role remote-role analysts --cluster prod-remote --indices 'logs-*' --for ccs

Exit codes: 0 success; 1 a check failed or Elasticsearch refused the change; 2 bad usage or input (nothing \
sent, nothing written); 3 the cluster could not be reached; 4 authentication or authorization failed.";

const CC_CREATE_LONG_ABOUT: &str = "Create a cross-cluster API key (POST /_security/cross_cluster/api_key) on the REMOTE \
cluster; prints only its `encoded` form, which the LOCAL cluster's keystore takes as \
cluster.remote.ALIAS.credentials.

Elasticsearch derives the key's privileges from the access given: --search grants cross-cluster search on \
those indices, --replication cross-cluster replication. Needs Elasticsearch 8.14+ (9.3+ for \
--certificate-identity), checked with GET / before anything is sent. The key's metadata marks it as made \
by es-role (managed_by: esconnect).";

const REMOTE_ROLE_LONG_ABOUT: &str = "Give a role of the LOCAL cluster the remote_indices (8.14+) and remote_cluster \
(8.15+; monitor_stats 8.17+) privileges for one remote cluster alias. What its users may do on the remote is \
the intersection of this role and the access of the cross-cluster API key the alias connects with.

The role is read (GET /_security/role/NAME) and written back (PUT) with the alias's remote_indices entry for \
exactly these index patterns (its privileges replaced when it exists, appended otherwise) and, with \
--remote-cluster-privileges, the alias's remote_cluster entry. Everything else is sent back as read: \
cluster and index privileges, metadata, description, entries for other aliases or other indices. When \
nothing would change, nothing is sent. The version gates are checked (GET /) before anything is sent.";

/// The command line.
#[derive(Debug, Parser)]
#[command(name = "es-role", version, about = ABOUT, long_about = LONG_ABOUT, after_long_help = AFTER_HELP, arg_required_else_help = true)]
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
    /// The credential of Elastic's AutoOps agent: role, API key, user, privilege check.
    #[command(subcommand_required = true, arg_required_else_help = true)]
    Autoops(AutoopsArgs),
    /// Cross-cluster API keys of a remote cluster (API key model, 8.14+): create, update, list, invalidate.
    #[command(
        name = "cross-cluster-key",
        subcommand_required = true,
        arg_required_else_help = true
    )]
    CrossClusterKey(CrossClusterKeyArgs),
    /// Give a local role remote_indices (8.14+) and remote_cluster (8.15+) privileges for one remote
    /// cluster alias, keeping everything else the role has.
    #[command(name = "remote-role", long_about = REMOTE_ROLE_LONG_ABOUT)]
    RemoteRole(RemoteRoleArgs),
}

#[derive(Debug, Args)]
struct CrossClusterKeyArgs {
    #[command(subcommand)]
    command: CrossClusterKeyCommand,
}

#[derive(Debug, Subcommand)]
enum CrossClusterKeyCommand {
    /// Create a cross-cluster API key (POST /_security/cross_cluster/api_key); prints only its encoded form.
    #[command(
        long_about = CC_CREATE_LONG_ABOUT,
        group(clap::ArgGroup::new("access").required(true).multiple(true).args(["search", "replication"]))
    )]
    Create(CcCreateArgs),
    /// Change a key's access, expiration, metadata or certificate identity, keeping the rest; sends
    /// nothing when nothing changes.
    Update(CcUpdateArgs),
    /// List the cross-cluster API keys with their expiry, soonest first.
    List(CcListArgs),
    /// Invalidate a cross-cluster API key (DELETE /_security/api_key with its id).
    Invalidate(CcInvalidateArgs),
}

/// What a cross-cluster API key gives access to, its lifetime and metadata.
#[derive(Debug, Args)]
struct CcAccessArgs {
    /// Index patterns the key lets the local cluster search (cross-cluster search), comma-separated.
    #[arg(long, value_name = "PATTERNS", value_delimiter = ',')]
    search: Option<Vec<String>>,
    /// A document-level security query (a JSON object) limiting what --search may read.
    #[arg(long, value_name = "JSON", requires = "search")]
    query: Option<String>,
    /// Field-level security for --search, as JSON, e.g. '{"grant": ["*"], "except": ["secret"]}'.
    #[arg(long, value_name = "JSON", requires = "search")]
    field_security: Option<String>,
    /// Index patterns the key lets the local cluster replicate (cross-cluster replication), comma-separated.
    #[arg(long, value_name = "PATTERNS", value_delimiter = ',')]
    replication: Option<Vec<String>>,
    /// Lifetime of the key as an Elasticsearch duration (90d, 12h, 30m); without it the key never expires
    /// (update: the expiry is set to now + DURATION).
    #[arg(long, value_name = "DURATION")]
    expiration: Option<String>,
    /// A regular expression the distinguished name of the local cluster's signing certificate must match
    /// (strong identity verification, 9.3+), e.g. 'CN=.*.node.CLUSTER-ID.cluster.*'.
    #[arg(long, value_name = "REGEX")]
    certificate_identity: Option<String>,
    /// Metadata to store with the key, as KEY=VALUE (a string); repeat for more. Keys starting with `_`
    /// are Elasticsearch's.
    #[arg(long = "metadata", value_name = "KEY=VALUE")]
    metadata: Vec<String>,
}

#[derive(Debug, Args)]
struct CcCreateArgs {
    /// Name of the key (shown in Kibana's API keys page).
    #[arg(long, value_name = "NAME")]
    name: String,
    #[command(flatten)]
    access: CcAccessArgs,
    /// Write the encoded key to FILE, atomically and with mode 0600, instead of stdout.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    #[command(flatten)]
    dry_run: DryRun,
    #[command(flatten)]
    connection: ConnectionArgs,
}

#[derive(Debug, Args)]
struct CcUpdateArgs {
    /// The id of the key (as `list` shows it). Ids may start with `-`: they are taken as the id here.
    #[arg(value_name = "ID", allow_hyphen_values = true)]
    id: String,
    #[command(flatten)]
    access: CcAccessArgs,
    /// Remove the key's search access (it keeps its replication access).
    #[arg(long, conflicts_with = "search")]
    no_search: bool,
    /// Remove the key's replication access (it keeps its search access).
    #[arg(long, conflicts_with = "replication")]
    no_replication: bool,
    #[command(flatten)]
    dry_run: DryRun,
    #[command(flatten)]
    connection: ConnectionArgs,
}

#[derive(Debug, Args)]
struct CcListArgs {
    /// Exit 1 (and name them) when a key expires within DURATION (30d, 12h) or has expired.
    #[arg(long, value_name = "DURATION")]
    expiring_within: Option<String>,
    /// Also list invalidated keys.
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    connection: ConnectionArgs,
}

#[derive(Debug, Args)]
struct CcInvalidateArgs {
    /// The id of the key (as `list` shows it). Ids may start with `-`: they are taken as the id here.
    #[arg(value_name = "ID", allow_hyphen_values = true)]
    id: String,
    #[command(flatten)]
    dry_run: DryRun,
    #[command(flatten)]
    connection: ConnectionArgs,
}

/// Privilege presets of `remote-role --for`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum RemotePreset {
    /// Cross-cluster search: read, read_cross_cluster, view_index_metadata on the remote indices.
    Ccs,
    /// Cross-cluster replication: cross_cluster_replication on the remote (leader) indices, and the local
    /// cluster privilege manage_ccr.
    Ccr,
}

/// Remote cluster privileges (`remote_cluster`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "snake_case")]
enum RemoteClusterPrivilege {
    /// Enrich across clusters (8.15+).
    MonitorEnrich,
    /// Remote cluster statistics (8.17+).
    MonitorStats,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["privileges", "preset"])))]
struct RemoteRoleArgs {
    /// The local role to create or update.
    #[arg(value_name = "NAME")]
    name: String,
    /// The remote cluster's alias (cluster.remote.ALIAS on the local cluster); wildcards match several.
    #[arg(long, value_name = "ALIAS")]
    cluster: String,
    /// Index patterns on the remote cluster, comma-separated.
    #[arg(long, value_name = "PATTERNS", value_delimiter = ',', required = true)]
    indices: Vec<String>,
    /// Index privileges on those indices, comma-separated (or a preset with --for).
    #[arg(long, value_name = "PRIVILEGES", value_delimiter = ',')]
    privileges: Vec<String>,
    /// A preset of the docs' examples instead of --privileges.
    #[arg(long = "for", value_enum, value_name = "USE")]
    preset: Option<RemotePreset>,
    /// Remote cluster privileges for the alias, comma-separated.
    #[arg(long, value_enum, value_name = "PRIVILEGES", value_delimiter = ',')]
    remote_cluster_privileges: Vec<RemoteClusterPrivilege>,
    #[command(flatten)]
    dry_run: DryRun,
    #[command(flatten)]
    connection: ConnectionArgs,
}

#[derive(Debug, Args)]
struct AutoopsArgs {
    #[command(subcommand)]
    command: AutoopsCommand,
}

#[derive(Debug, Subcommand)]
enum AutoopsCommand {
    /// Print the AutoOps role descriptor (offline: sends nothing, needs no cluster).
    Show(ShowArgs),
    /// Create or update the `autoops` role (PUT /_security/role/NAME); unchanged roles are left alone.
    Role(RoleArgs),
    /// Create a user API key with the AutoOps descriptor; prints only the key, as `id:api_key`.
    #[command(name = "api-key")]
    ApiKey(ApiKeyArgs),
    /// Create a user with the `autoops` role, or add the role to an existing user (keeping its other roles).
    User(UserArgs),
    /// Check that the given credentials hold every AutoOps privilege (exit 1 when some are missing).
    Check(CheckArgs),
}

/// Which form `show` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ShowFor {
    /// The role body, for PUT /_security/role/autoops.
    Role,
    /// `{"autoops": {...}}` for "Control security privileges" in Kibana's API key flyout.
    ApiKey,
    /// The Kibana Dev Tools console request, `POST /_security/role/autoops` and its body.
    Console,
}

#[derive(Debug, Args)]
struct ShowArgs {
    /// What the descriptor is for.
    #[arg(long = "for", value_enum, value_name = "FORM", default_value_t = ShowFor::Role)]
    form: ShowFor,
}

#[derive(Debug, Args)]
struct RoleArgs {
    /// Name of the role to create or update.
    #[arg(long, visible_alias = "role-name", value_name = "NAME", default_value = ROLE_NAME)]
    name: String,
    #[command(flatten)]
    dry_run: DryRunOffline,
    #[command(flatten)]
    connection: ConnectionArgs,
}

#[derive(Debug, Args)]
struct ApiKeyArgs {
    /// Name of the API key (shown in Kibana's API keys page).
    #[arg(long, value_name = "NAME")]
    name: String,
    /// Lifetime of the key as an Elasticsearch duration (90d, 12h, 30m); without it the key never expires.
    #[arg(long, value_name = "DURATION")]
    expiration: Option<String>,
    /// Name of the role descriptor inside the key (the wizard uses `autoops`).
    #[arg(long, value_name = "NAME", default_value = ROLE_NAME)]
    role_name: String,
    /// Write the key (`id:api_key`) to FILE, atomically and with mode 0600, instead of stdout.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    #[command(flatten)]
    dry_run: DryRunOffline,
    #[command(flatten)]
    connection: ConnectionArgs,
}

#[derive(Debug, Args)]
struct UserArgs {
    /// The user to create, or to give the role to.
    #[arg(value_name = "NAME")]
    name: String,
    /// Read the NEW user's password from FILE (`-` for standard input); at least 6 characters. The
    /// connection's --password/--password-file stay the admin's credentials.
    #[arg(long, value_name = "FILE", required = true)]
    new_password_file: PathBuf,
    /// The role to create and assign.
    #[arg(long, value_name = "NAME", default_value = ROLE_NAME)]
    role_name: String,
    #[command(flatten)]
    dry_run: DryRunOffline,
    #[command(flatten)]
    connection: ConnectionArgs,
}

#[derive(Debug, Args)]
struct CheckArgs {
    #[command(flatten)]
    connection: ConnectionArgs,
}

/// The full clap definition.
pub fn command() -> clap::Command {
    Cli::command()
}

esconnect_cli::tool_cli!(Cli);

/// Runs `es-role` with these arguments (the first is the program name) and returns the exit code.
pub fn run(args: Vec<OsString>) -> CliResult<u8> {
    // The core never logs the bodies of responses that hold a secret (the new API key), at any level.
    let Some((cli, printer)) = esconnect_cli::parse::<Cli>(args)? else {
        return Ok(0);
    };
    let a = match esconnect_cli::required::<Cli, _>(cli.command, "es-role autoops --help") {
        Command::Autoops(a) => a,
        Command::CrossClusterKey(c) => return run_cross_cluster_key(&printer, c.command),
        Command::RemoteRole(r) => return run_remote_role(&printer, r),
    };
    match a.command {
        AutoopsCommand::Show(s) => autoops::show(&printer, s.form),
        AutoopsCommand::Role(r) => {
            autoops::role(&printer, &r.connection, &r.name, r.dry_run.dry_run)
        }
        AutoopsCommand::ApiKey(k) => autoops::api_key(
            &printer,
            &k.connection,
            &autoops::KeyOptions {
                name: k.name,
                expiration: k.expiration,
                role_name: k.role_name,
                out: k.out,
            },
            k.dry_run.dry_run,
        ),
        AutoopsCommand::User(u) => autoops::user(
            &printer,
            &u.connection,
            &u.name,
            &u.new_password_file,
            &u.role_name,
            u.dry_run.dry_run,
        ),
        AutoopsCommand::Check(c) => autoops::check(&printer, &c.connection),
    }
}

fn access_options(a: CcAccessArgs) -> cross_cluster::AccessOptions {
    cross_cluster::AccessOptions {
        search: a.search,
        query: a.query,
        field_security: a.field_security,
        replication: a.replication,
        expiration: a.expiration,
        certificate_identity: a.certificate_identity,
        metadata: a.metadata,
        remove_search: false,
        remove_replication: false,
    }
}

fn run_cross_cluster_key(
    printer: &esconnect_cli::Printer,
    c: CrossClusterKeyCommand,
) -> CliResult<u8> {
    match c {
        CrossClusterKeyCommand::Create(k) => cross_cluster::create(
            printer,
            &k.connection,
            &k.name,
            access_options(k.access),
            k.out.as_deref(),
            k.dry_run.dry_run,
        ),
        CrossClusterKeyCommand::Update(k) => cross_cluster::update(
            printer,
            &k.connection,
            &k.id,
            cross_cluster::AccessOptions {
                remove_search: k.no_search,
                remove_replication: k.no_replication,
                ..access_options(k.access)
            },
            k.dry_run.dry_run,
        ),
        CrossClusterKeyCommand::List(l) => {
            cross_cluster::list(printer, &l.connection, l.expiring_within.as_deref(), l.all)
        }
        CrossClusterKeyCommand::Invalidate(k) => {
            cross_cluster::invalidate(printer, &k.connection, &k.id, k.dry_run.dry_run)
        }
    }
}

fn run_remote_role(printer: &esconnect_cli::Printer, r: RemoteRoleArgs) -> CliResult<u8> {
    use esconnect_core::models::remote::{
        CCR_CLUSTER_PRIVILEGES, CCR_REMOTE_INDEX_PRIVILEGES, CCS_REMOTE_INDEX_PRIVILEGES,
    };
    let owned = |l: &[&str]| l.iter().map(|s| (*s).to_string()).collect::<Vec<_>>();
    let (privileges, cluster) = match r.preset {
        Some(RemotePreset::Ccs) => (owned(CCS_REMOTE_INDEX_PRIVILEGES), vec![]),
        Some(RemotePreset::Ccr) => (
            owned(CCR_REMOTE_INDEX_PRIVILEGES),
            owned(CCR_CLUSTER_PRIVILEGES),
        ),
        None => (r.privileges, vec![]),
    };
    let remote_cluster = r
        .remote_cluster_privileges
        .iter()
        .map(|p| match p {
            RemoteClusterPrivilege::MonitorEnrich => "monitor_enrich".to_string(),
            RemoteClusterPrivilege::MonitorStats => "monitor_stats".to_string(),
        })
        .collect();
    remote_role::run(
        printer,
        &r.connection,
        &remote_role::Options {
            role: r.name,
            alias: r.cluster,
            indices: r.indices,
            privileges,
            cluster,
            remote_cluster,
        },
        r.dry_run.dry_run,
    )
}

pub(crate) use esconnect_cli::usage;

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_definition_is_consistent() {
        super::command().debug_assert();
    }
}
