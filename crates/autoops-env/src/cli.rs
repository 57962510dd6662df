//! The command line.

use autoops_common::cli::AgentArgs;
use clap::{Parser, ValueEnum};
use esconnect_cli::generate::Generate;
use esconnect_core::env;
use esconnect_core::proxy::ProxyUrl;
use std::path::PathBuf;

/// The image repository of Elastic's Kubernetes manifest (`elastic/autoops-install`).
pub const DEFAULT_IMAGE: &str = "docker.elastic.co/elastic-agent/elastic-otel-collector-wolfi";
/// The agent version of Elastic's Kubernetes manifest.
pub const DEFAULT_AGENT_VERSION: &str = "9.2.5";
/// The prefix of the names of what is generated (`autoops-secret`, `autoops-elastic-agent`, ...).
pub const DEFAULT_NAME: &str = "autoops";
/// Where `--format docker`'s script and `--format compose`'s file expect the env file.
pub const DEFAULT_ENV_FILE_PATH: &str = "autoops.env";
/// The longest `--name` ECK accepts for an `AutoOpsAgentPolicy` (`MaxResourceNameLength` in
/// `elastic/cloud-on-k8s pkg/controller/common/name/name.go`).
pub const ECK_MAX_NAME_LENGTH: usize = 36;

const AFTER_HELP: &str = "\
Formats:
  env         The agent's variables as an env file (secrets included: written 0600). Read by
              `docker run --env-file`, compose `env_file` and systemd `EnvironmentFile`.
  docker      A `docker run` script that reads the secrets from the env file, never from its
              arguments. Write the env file first: autoops-env --format env --out autoops.env
  compose     A compose file (service autoops-agent) reading the secrets from env_file.
  kubernetes  A Secret with Elastic's key names and the Deployment autoops-elastic-agent
              reading it (plus a Secret autoops-ca with --ca-cert). The output holds secrets.
  systemd     The EnvironmentFile /etc/elastic-agent/autoops.env (0600) and the drop-in
              /etc/systemd/system/elastic-agent.service.d/autoops-env.conf that loads it.
  eck         For clusters run by ECK 3.3+: the Secret autoops-secret with the keys ECK reads
              (cloud-connected-mode-api-key, autoops-otel-url, autoops-token and, when given,
              cloud-connected-mode-api-url) and the AutoOpsAgentPolicy autoops naming it. ECK runs
              an agent for each Elasticsearch resource whose labels match --select and creates its
              API key itself, so no Elasticsearch URL, credentials, CA or temporary resource id is
              needed (given ones are ignored, with a warning). --select is required: ECK refuses a
              policy without a resource selector. Without --namespace-selector, every namespace
              ECK manages is searched. spec.version is --agent-version (ECK accepts 9.2.1 and later
              with an Enterprise licence, 9.2.4 and later otherwise). The output holds secrets.

Each setting comes from its flag, else from --env-file, else from the process environment.
The API key is written as id:api_key whichever form it was given in (ES 9.1.0-9.1.3 need it).
Nothing is sent anywhere: this tool only writes files.

Examples:
  autoops-env --region aws/eu-west-1 --out autoops.env         # settings from AUTOOPS_* variables
  autoops-env --format docker --out-dir ./autoops               # env file + run script
  autoops-env --env-file autoops.env --format kubernetes --namespace monitoring | kubectl apply -f -
  autoops-env --env-file autoops.env --format systemd --out-dir ./autoops
  autoops-env --env-file autoops.env --format eck --select autoops=enabled | kubectl apply -f -";

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// An env file with the agent's variables (holds secrets).
    #[value(alias = "dotenv")]
    Env,
    /// A `docker run` script reading the env file.
    Docker,
    /// A compose file reading the env file.
    Compose,
    /// A Secret and a Deployment (holds secrets).
    #[value(alias = "k8s")]
    Kubernetes,
    /// A systemd EnvironmentFile and the elastic-agent drop-in loading it.
    #[value(alias = "linux")]
    Systemd,
    /// An ECK 3.3+ AutoOpsAgentPolicy and the Secret it names (holds secrets).
    Eck,
}

/// Whether the container shares the host's network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HostNetwork {
    /// When the cluster URL's host is localhost, a loopback address or this machine's hostname.
    Auto,
    Always,
    Never,
}

#[derive(Debug, Parser)]
#[command(
    name = "autoops-env",
    version,
    about = "Write the AutoOps agent's configuration: env file, docker, compose, Kubernetes, systemd or ECK",
    long_about = "Write the configuration of the Elastic Agent that connects a self-managed cluster to AutoOps: \
an env file, a docker run script, a compose file, Kubernetes manifests, a systemd drop-in, or an ECK \
AutoOpsAgentPolicy with its Secret. \
Every setting is checked before anything is written; secrets go only into the outputs meant to hold \
them (created with mode 0600), never into arguments, messages or logs.",
    after_help = AFTER_HELP
)]
pub struct Cli {
    // ---- Elasticsearch (not used by --format eck: ECK creates an API key in each cluster it selects)
    #[arg(long, value_name = "KEY", help_heading = "Elasticsearch", conflicts_with = "api_key_file", help = format!("API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or ${} (argv is visible to other users)", env::AUTOOPS_ES_API_KEY.name))]
    pub api_key: Option<String>,
    #[arg(long, value_name = "PASSWORD", help_heading = "Elasticsearch", help = format!("Password; prefer --password-file or ${}", env::AUTOOPS_ES_PASSWORD.name))]
    pub password: Option<String>,

    // ---- AutoOps
    #[arg(long, value_name = "KEY", help_heading = "AutoOps", conflicts_with = "cloud_connected_key_file", help = format!("Elastic Cloud API key that registers the cluster; prefer the file or ${}", env::ELASTIC_CLOUD_CONNECTED_MODE_API_KEY.name))]
    pub cloud_connected_key: Option<String>,
    /// Read the Elastic Cloud API key from FILE (`-` for standard input).
    #[arg(long, value_name = "FILE", help_heading = "AutoOps")]
    pub cloud_connected_key_file: Option<PathBuf>,
    #[arg(long, value_name = "ID", help_heading = "AutoOps", help = format!("Temporary resource id shown by the connect wizard; not used by eck (ECK's Secret has no place for it) [env: {}]", env::AUTOOPS_TEMP_RESOURCE_ID.name))]
    pub temp_resource_id: Option<String>,
    #[arg(long, value_name = "TOKEN", help_heading = "AutoOps", conflicts_with = "token_file", help = format!("AutoOps token; prefer --token-file or ${}", env::AUTOOPS_TOKEN.name))]
    pub token: Option<String>,
    /// Read the AutoOps token from FILE (`-` for standard input).
    #[arg(long, value_name = "FILE", help_heading = "AutoOps")]
    pub token_file: Option<PathBuf>,

    // ---- Proxy
    #[arg(long, value_name = "URL", help_heading = "Proxy", help = format!("Proxy for the agent's https:// traffic [env: {} or https_proxy]", env::HTTPS_PROXY.name))]
    pub https_proxy: Option<ProxyUrl>,
    #[arg(long, value_name = "URL", help_heading = "Proxy", help = format!("Proxy for the agent's http:// traffic [env: {} or http_proxy]", env::HTTP_PROXY.name))]
    pub http_proxy: Option<ProxyUrl>,
    #[arg(long, value_name = "LIST", help_heading = "Proxy", help = format!("Hosts the agent reaches directly, comma-separated [env: {} or no_proxy]", env::NO_PROXY.name))]
    pub no_proxy: Option<String>,

    // ---- Input and output
    /// What to write.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Env, help_heading = "Input and output")]
    pub format: Format,
    /// Write to FILE (atomically; 0600 when it holds secrets) instead of standard output (`-`).
    #[arg(
        long,
        value_name = "FILE",
        help_heading = "Input and output",
        conflicts_with = "out_dir"
    )]
    pub out: Option<PathBuf>,
    /// Write every file of the format into DIR (created if missing): the env file too for docker, compose and systemd.
    #[arg(long, value_name = "DIR", help_heading = "Input and output")]
    pub out_dir: Option<PathBuf>,
    /// Replace files that already exist.
    #[arg(long, help_heading = "Input and output")]
    pub force: bool,

    // ---- Agent
    /// Agent image repository, or a full reference with a tag [default:
    /// docker.elastic.co/elastic-agent/elastic-otel-collector-wolfi; eck: none, ECK picks the image of
    /// --agent-version].
    #[arg(long, value_name = "IMAGE", help_heading = "Agent")]
    pub image: Option<String>,
    /// Agent version: the image tag; with eck, the policy's spec.version [default: 9.2.5].
    #[arg(long, value_name = "VERSION", help_heading = "Agent")]
    pub agent_version: Option<String>,
    /// Prefix of the generated names (<NAME>-secret, <NAME>-elastic-agent, <NAME>-otel-agent, ...;
    /// with eck the policy is <NAME>, at most 36 characters).
    #[arg(long, value_name = "NAME", default_value = DEFAULT_NAME, help_heading = "Agent")]
    pub name: String,
    /// Kubernetes namespace (kubernetes and eck; with eck, the policy's and its Secret's).
    #[arg(
        long,
        value_name = "NAMESPACE",
        default_value = "default",
        help_heading = "Agent"
    )]
    pub namespace: String,
    /// Path of the env file the docker script and the compose file read (relative: to their own directory).
    #[arg(long, value_name = "PATH", default_value = DEFAULT_ENV_FILE_PATH, help_heading = "Agent", conflicts_with = "out_dir")]
    pub env_file_path: PathBuf,
    /// Docker and compose: share the host's network (needed to reach a cluster on the same host).
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = HostNetwork::Auto, help_heading = "Agent")]
    pub host_network: HostNetwork,

    // ---- ECK
    /// Monitor the Elasticsearch resources with this label (spec.resourceSelector.matchLabels); repeat
    /// to require several. Required with eck.
    #[arg(long = "select", value_name = "KEY=VALUE", action = clap::ArgAction::Append, help_heading = "ECK (--format eck)")]
    pub select: Vec<String>,
    /// Only in the namespaces with this label (spec.namespaceSelector.matchLabels, e.g.
    /// kubernetes.io/metadata.name=prod); repeat to require several [default: every namespace].
    #[arg(long, value_name = "KEY=VALUE", action = clap::ArgAction::Append, help_heading = "ECK (--format eck)")]
    pub namespace_selector: Vec<String>,

    // ---- Messages
    /// More detail on stderr.
    #[arg(long, short = 'v', action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Only errors and warnings on stderr.
    #[arg(long, short = 'q', conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print a man page or shell completions and exit.
    #[arg(long, value_enum, value_name = "WHAT", hide_short_help = true)]
    pub generate: Option<Generate>,

    // ---- The agent settings shared with autoops-probe (headings, help and order: `command()`).
    #[command(flatten)]
    pub agent: AgentArgs,
}
