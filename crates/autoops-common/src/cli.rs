//! The agent settings flags `autoops-env` and `autoops-probe` share (feature `cli`): one clap definition, so
//! each setting has one flag name in both tools. Each tool flattens [`AgentArgs`]; a tool may reword a
//! flag's help or move it under another heading with [`reword`], never rename it.
//!
//! Only the flags are here: each setting's variable is read by [`crate::settings::AutoOpsInput::from_vars`],
//! not by clap, so the env-file and environment layers stay below the flags.

use clap::{Args, Command};
use esconnect_core::env;
use std::path::PathBuf;

/// The flag of the Cloud Connected API URL, and the older spelling `autoops-probe` used (kept working).
pub const CLOUD_CONNECTED_URL_FLAG: &str = "--cloud-connected-url";
pub const CLOUD_CONNECTED_URL_ALIAS: &str = "cloud-api-url";

/// The agent's settings given as flags. The help texts are `autoops-probe`'s; `autoops-env` rewords them.
#[derive(Debug, Clone, Default, Args)]
pub struct AgentArgs {
    #[arg(
        long,
        value_name = "FILE",
        help_heading = "Agent settings",
        help = "Read the agent's variables from this env file (KEY=value, as autoops-env writes it); flags win over it, it wins over the environment"
    )]
    pub env_file: Option<PathBuf>,
    #[arg(long, value_name = "URL", help_heading = "Agent settings", help = format!("Elasticsearch URL [env: {}]", env::AUTOOPS_ES_URL.name))]
    pub es_url: Option<String>,
    #[arg(long, value_name = "FILE", help_heading = "Agent settings", help = format!("Read the API key (id:api_key or encoded) from FILE, `-` for stdin [env: {}]", env::AUTOOPS_ES_API_KEY.name))]
    pub api_key_file: Option<PathBuf>,
    #[arg(long, value_name = "NAME", help_heading = "Agent settings", help = format!("Username for basic authentication [env: {}]", env::AUTOOPS_ES_USERNAME.name))]
    pub username: Option<String>,
    #[arg(long, value_name = "FILE", help_heading = "Agent settings", help = format!("Read the password from FILE, `-` for stdin [env: {}]", env::AUTOOPS_ES_PASSWORD.name))]
    pub password_file: Option<PathBuf>,
    #[arg(long, value_name = "URL", help_heading = "Agent settings", help = format!("OTel collector URL [env: {}]", env::AUTOOPS_OTEL_URL.name))]
    pub otel_url: Option<String>,
    #[arg(
        long,
        value_name = "CSP/REGION",
        help_heading = "Agent settings",
        help = "Derive the OTel URL from the region, e.g. aws/eu-west-1"
    )]
    pub region: Option<String>,
    /// `--cloud-api-url` is the spelling autoops-probe had: a visible alias, so no command breaks.
    #[arg(long, value_name = "URL", visible_alias = CLOUD_CONNECTED_URL_ALIAS, help_heading = "Agent settings", help = format!("Cloud Connected API base URL [env: {}] [default: {}]", env::ELASTIC_CLOUD_CONNECTED_MODE_API_URL.name, crate::DEFAULT_CLOUD_API_URL))]
    pub cloud_connected_url: Option<String>,
    #[arg(long, value_name = "PEM", help_heading = "Agent settings", help = format!("CA certificate the cluster's certificate chains to [env: {}]", env::AUTOOPS_CA_CERT.name))]
    pub ca_cert: Option<PathBuf>,
}

/// Gives the shared flag `id` (the field name of [`AgentArgs`]) another help text and heading. (clap's
/// `mut_arg` moves the flag to the end of the command: a tool that mixes the shared flags with its own
/// under its headings sets their order afterwards.)
pub fn reword(
    cmd: Command,
    id: &'static str,
    heading: &'static str,
    help: impl Into<String>,
) -> Command {
    let help = help.into();
    cmd.mut_arg(id, |a| a.help(help).help_heading(heading))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{FromArgMatches, Parser};

    #[derive(Debug, Parser)]
    struct T {
        #[command(flatten)]
        agent: AgentArgs,
    }

    fn parse(args: &[&str]) -> AgentArgs {
        let m = <T as clap::CommandFactory>::command()
            .try_get_matches_from(args)
            .unwrap();
        T::from_arg_matches(&m).unwrap().agent
    }

    #[test]
    fn both_spellings_of_the_cloud_connected_url_fill_one_setting() {
        let a = parse(&["t", "--cloud-connected-url", "https://a.example"]);
        assert_eq!(a.cloud_connected_url.as_deref(), Some("https://a.example"));
        let b = parse(&["t", "--cloud-api-url", "https://b.example"]);
        assert_eq!(b.cloud_connected_url.as_deref(), Some("https://b.example"));
        let both = <T as clap::CommandFactory>::command().try_get_matches_from([
            "t",
            "--cloud-api-url",
            "https://b.example",
            "--cloud-connected-url",
            "https://a.example",
        ]);
        assert!(both.is_err(), "one setting, given twice");
    }

    #[test]
    fn reword_changes_help_not_the_flag() {
        let cmd = reword(
            <T as clap::CommandFactory>::command(),
            "region",
            "AutoOps",
            "Metrics storage region",
        );
        let a = cmd
            .get_arguments()
            .find(|a| a.get_id() == "region")
            .unwrap();
        assert_eq!(a.get_long(), Some("region"));
        assert_eq!(a.get_help_heading(), Some("AutoOps"));
        assert_eq!(a.get_help().unwrap().to_string(), "Metrics storage region");
    }
}
