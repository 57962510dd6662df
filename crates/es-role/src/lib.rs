//! `es-role`: creates what the AutoOps agent needs to read a self-managed Elasticsearch cluster (the
//! `autoops` role of Elastic's docs, a user API key with that descriptor, or a user holding the role) and
//! checks that given credentials hold the AutoOps privileges.
//!
//! [`command`] is the full clap definition (man pages, completions, docs); [`run`] is the entry point.

mod autoops;
mod descriptor;
mod user;
mod validate;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use esconnect_cli::args::{ConnectionArgs, OutputArgs};
use esconnect_cli::generate::Generate;
use esconnect_cli::{CliError, CliResult};
use esconnect_core::autoops::ROLE_NAME;
use std::ffi::OsString;
use std::path::PathBuf;

const ABOUT: &str = "Create the Elasticsearch role, API key or user the AutoOps agent reads a cluster with, and check its privileges";

const LONG_ABOUT: &str = "Create the Elasticsearch role, API key or user the AutoOps agent reads a self-managed cluster with, \
and check that credentials hold the AutoOps privileges.

The role descriptor is the one of Elastic's \"Connect your self-managed cluster to AutoOps\" page: cluster \
monitor, read_ilm, read_slm; index monitor and view_index_metadata on `*`, restricted indices included.

The connection flags name the cluster and the ADMIN credentials used to make these changes (they need the \
manage_security cluster privilege for roles and users, manage_own_api_key for API keys). They are never the \
credentials being created.";

const AFTER_HELP: &str = "Examples:
  es-role autoops show --for api-key          # paste into Kibana's API key flyout
  export ELASTICSEARCH_URL=https://es:9200 ELASTICSEARCH_CA_CERT=ca.crt
  es-role autoops role --username elastic --password-file admin.pw
  es-role autoops api-key --name autoops-prod --expiration 365d --out autoops.key
  es-role autoops user autoops-agent --new-password-file agent.pw
  es-role autoops check --api-key-file autoops.key

Exit codes: 0 success; 1 a check failed or Elasticsearch refused the change; 2 bad usage or input (nothing \
sent, nothing written); 3 the cluster could not be reached; 4 authentication or authorization failed.";

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

/// `--dry-run`, with the same meaning everywhere.
#[derive(Debug, Args)]
struct DryRun {
    /// Print the requests that would change the cluster (secrets redacted) and send nothing at all, not
    /// even a read: the cluster need not be reachable and no credentials are needed.
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Args)]
struct RoleArgs {
    /// Name of the role to create or update.
    #[arg(long, visible_alias = "role-name", value_name = "NAME", default_value = ROLE_NAME)]
    name: String,
    #[command(flatten)]
    dry_run: DryRun,
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
    dry_run: DryRun,
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
    dry_run: DryRun,
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

/// Runs `es-role` with these arguments (the first is the program name) and returns the exit code.
pub fn run(args: Vec<OsString>) -> CliResult<u8> {
    let matches = command()
        .try_get_matches_from(args)
        .unwrap_or_else(|e| e.exit());
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    // The core never logs the bodies of responses that hold a secret (the new API key), at any level.
    let printer = cli.output.printer();
    if let Some(what) = cli.generate {
        printer.raw(&esconnect_cli::generate::render(command(), what))?;
        return Ok(0);
    }
    let Some(Command::Autoops(a)) = cli.command else {
        command()
            .error(
                clap::error::ErrorKind::MissingSubcommand,
                "no command given: try `es-role autoops --help`",
            )
            .exit();
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

/// Bad input found after parsing: reported like clap's errors, with a remedy.
pub(crate) fn usage(message: impl Into<String>, remedy: impl Into<String>) -> CliError {
    CliError::usage(message).with_remedy(remedy)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_definition_is_consistent() {
        super::command().debug_assert();
    }
}
