//! `autoops-env`: writes the configuration of the Elastic Agent that connects a self-managed cluster to
//! AutoOps (seed 000, "Install agent"; elastic-facts §1.4-1.6) as an env file, a docker script, a compose
//! file, Kubernetes manifests or a systemd drop-in; or, for clusters run by ECK 3.3+ (`--format eck`,
//! elastic-facts §1.5), the `AutoOpsAgentPolicy` and the Secret it names, with which ECK runs the agents
//! itself (no Elasticsearch URL or credentials: ECK creates an API key in each selected cluster).
//!
//! It sends nothing anywhere. Every input is checked before anything is written (exit 2 otherwise);
//! secrets appear only in the outputs meant to hold them, which are created with mode 0600.

pub mod cli;
pub mod config;
pub mod input;
pub mod render;

use autoops_common::settings::AutoOpsInput;
use clap::CommandFactory;
use cli::{Cli, Format, HostNetwork};
use config::AgentConfig;
use esconnect_cli::{CliError, CliResult, OutputFormat, Printer};
use esconnect_core::fs::{FileMode, write_atomic};
use esconnect_core::k8s::dns_label;
use esconnect_core::models::version::Version;
use esconnect_core::secret::{Secret, scrub};
use input::{Issue, Note, Unused};
use render::Options;
use render::eck::{EckManifests, EckOptions};
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::IsTerminal;
use std::net::IpAddr;
use std::path::{Path, PathBuf};

/// The oldest agent version Elastic's installer README supports for AutoOps.
pub const MIN_AGENT_VERSION: Version = Version::new(9, 1, 4);
/// The oldest agent version ECK accepts in an `AutoOpsAgentPolicy` with an Enterprise licence, and
/// without one (`SupportedAutoOpsAgent{Enterprise,Basic}Versions` in
/// `elastic/cloud-on-k8s pkg/controller/common/version/version.go`), and the newest it accepts.
pub const ECK_MIN_AGENT_VERSION_ENTERPRISE: Version = Version::new(9, 2, 1);
pub const ECK_MIN_AGENT_VERSION: Version = Version::new(9, 2, 4);
pub const ECK_MAX_AGENT_VERSION: Version = Version::new(9, 99, 99);

/// The full clap definition (for man pages, completions and docs): the shared agent settings flags
/// (`autoops_common::cli::AgentArgs`) worded for this tool and placed among its own flags.
pub fn command() -> clap::Command {
    use autoops_common::cli::reword;
    use esconnect_core::env;
    const ES: &str = "Elasticsearch";
    const AUTOOPS: &str = "AutoOps";
    const IO: &str = "Input and output";
    let mut cmd = <Cli as CommandFactory>::command();
    let texts = [
        ("es_url", ES, format!("The URL the agent uses to reach Elasticsearch; port 9200 when none is given; not used by eck [env: {}]", env::AUTOOPS_ES_URL.name)),
        ("api_key_file", ES, "Read the API key from FILE (`-` for standard input)".to_string()),
        ("username", ES, format!("Username for basic authentication, with --password-file [env: {}]", env::AUTOOPS_ES_USERNAME.name)),
        ("password_file", ES, format!("Read the password from FILE (`-` for standard input) [env: {}]", env::AUTOOPS_ES_PASSWORD.name)),
        ("ca_cert", ES, format!("CA certificate (PEM) the agent trusts for the cluster; mounted into containers; ignored by eck (ECK manages TLS to its clusters) [env: {}]", env::AUTOOPS_CA_CERT.name)),
        ("otel_url", AUTOOPS, format!("OTel URL from the connect wizard [env: {}]", env::AUTOOPS_OTEL_URL.name)),
        ("region", AUTOOPS, "Metrics storage region, CSP/REGION (e.g. aws/us-east-1): derives the OTel URL".to_string()),
        ("cloud_connected_url", AUTOOPS, format!("Cloud Connected API URL, only to override {} [env: {}]", autoops_common::DEFAULT_CLOUD_API_URL, env::ELASTIC_CLOUD_CONNECTED_MODE_API_URL.name)),
        ("env_file", IO, "Read settings from this env file (KEY=value lines); flags win over it, it wins over the environment".to_string()),
    ];
    for (id, heading, help) in texts {
        cmd = reword(cmd, id, heading, help);
    }
    cmd = cmd.mut_arg("password_file", |a| a.conflicts_with("password"));
    // Every flag in the order the help, the man page and the completions have always shown. `mut_arg`
    // moves a flag to the end of the command and clap orders the headings by their first flag, so every
    // one is touched, in order, and numbered.
    let order: [&[&str]; 7] = [
        &[
            "es_url",
            "api_key",
            "api_key_file",
            "username",
            "password_file",
            "password",
            "ca_cert",
        ],
        &[
            "otel_url",
            "region",
            "cloud_connected_key",
            "cloud_connected_key_file",
            "cloud_connected_url",
            "temp_resource_id",
            "token",
            "token_file",
        ],
        &["https_proxy", "http_proxy", "no_proxy"],
        &["env_file", "format", "out", "out_dir", "force"],
        &[
            "image",
            "agent_version",
            "name",
            "namespace",
            "env_file_path",
            "host_network",
        ],
        &["select", "namespace_selector"],
        &["verbose", "quiet", "generate"],
    ];
    for (i, id) in order.into_iter().flatten().enumerate() {
        cmd = cmd.mut_arg(*id, |a| a.display_order(i));
    }
    cmd
}

impl esconnect_cli::ToolCli for Cli {
    fn generate(&self) -> Option<esconnect_cli::generate::Generate> {
        self.generate
    }
    fn tool_command() -> clap::Command {
        command()
    }
    fn printer(&self) -> Printer {
        Printer::new(OutputFormat::Text, self.quiet, self.verbose)
    }
}

/// Runs the tool with these arguments (the first is the program name).
pub fn run(args: Vec<OsString>) -> CliResult<u8> {
    let Some((cli, printer)) = esconnect_cli::parse::<Cli>(args)? else {
        return Ok(esconnect_core::exit::SUCCESS);
    };
    let vars: BTreeMap<String, String> = std::env::vars_os()
        .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .collect();
    execute(&cli, &vars, &printer)
}

/// A file to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutFile {
    pub path: PathBuf,
    pub contents: String,
    pub mode: FileMode,
}

/// The output of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    Stdout { text: String, holds_secrets: bool },
    Files(Vec<OutFile>),
}

/// The settings from the flags, then `--env-file`, then `vars`; and every secret given (with the other
/// forms of the API key), for scrubbing messages.
fn gather(cli: &Cli, vars: &BTreeMap<String, String>) -> CliResult<(AutoOpsInput, Vec<Secret>)> {
    let mut layered = input::flag_input(cli)?;
    if let Some(path) = &cli.agent.env_file {
        layered = layered.or(input::env_file_input(path)?);
    }
    layered = layered.or(input::env_input(vars));
    let mut secrets: Vec<Secret> = layered.secrets();
    if let Some(k) = layered
        .api_key
        .as_ref()
        .and_then(|k| esconnect_core::auth::ApiKey::parse(&k.value).ok())
    {
        secrets.extend(esconnect_core::auth::Auth::ApiKey(k).secrets());
    }
    Ok((layered, secrets))
}

/// Gathers, checks, renders and writes. `vars` is the process environment.
pub fn execute(cli: &Cli, vars: &BTreeMap<String, String>, printer: &Printer) -> CliResult<u8> {
    let (layered, secrets) = gather(cli, vars)?;
    if cli.format == Format::Eck {
        return execute_eck(cli, layered, &secrets, printer);
    }
    let mut issues = Vec::new();
    let options = match options(cli) {
        Ok(o) => Some(o),
        Err(mut i) => {
            issues.append(&mut i);
            None
        }
    };
    let validated = match input::validate(layered) {
        Ok(v) => Some(v),
        Err(mut i) => {
            issues.append(&mut i);
            None
        }
    };
    let (config, notes, mut opts) = match (validated, options) {
        (Some((c, n)), Some(o)) if issues.is_empty() => (c, n, o),
        _ => return Err(usage_error(&issues, &secrets)),
    };
    opts.host_network = match cli.host_network {
        HostNetwork::Always => true,
        HostNetwork::Never => false,
        HostNetwork::Auto => is_local_host(&config.es_host, machine_hostname().as_deref()),
    };
    let plan = plan(cli, &config, &mut opts).map_err(|i| usage_error(&i, &secrets))?;
    if let Plan::Files(files) = &plan {
        let clashes = check_targets(files, cli.force);
        if !clashes.is_empty() {
            return Err(usage_error(&clashes, &secrets));
        }
    }

    report_notes(cli, &config, &opts, &notes, printer);
    emit(
        cli,
        plan,
        printer,
        |printer| {
            if matches!(cli.format, Format::Docker | Format::Compose) {
                printer.status(&format!("the secrets are read from {}: write it with `autoops-env --format env --out {}`", opts.env_file_path, opts.env_file_path));
            }
            if cli.format == Format::Systemd {
                printer.status(&format!(
                    "save the two parts as autoops.env and autoops-env.conf (or use --out-dir DIR to write them), then {}",
                    render::systemd::install_instructions("autoops.env", "autoops-env.conf")
                ));
            }
        },
        |files, printer| {
            printer.verbose(&format!("settings: {}", config.describe()));
            next_steps(cli, &opts, files, printer);
        },
    )?;
    Ok(esconnect_core::exit::SUCCESS)
}

/// Prints or writes the plan (its files were checked), then the format's messages.
fn emit(
    cli: &Cli,
    plan: Plan,
    printer: &Printer,
    after_stdout: impl FnOnce(&Printer),
    after_files: impl FnOnce(&[OutFile], &Printer),
) -> CliResult<()> {
    match plan {
        Plan::Stdout {
            text,
            holds_secrets,
        } => {
            if holds_secrets && std::io::stdout().is_terminal() {
                printer.status("note: this output holds secrets; --out FILE writes it with mode 0600 instead of showing it");
            }
            printer.raw(&text)?;
            after_stdout(printer);
        }
        Plan::Files(files) => {
            if let Some(dir) = &cli.out_dir {
                create_dir(dir).map_err(|e| {
                    CliError::failure(format!("cannot create {}: {e}", dir.display()))
                })?;
            }
            for f in &files {
                write_file(f).map_err(|e| {
                    CliError::failure(format!("cannot write {}: {e}", f.path.display()))
                        .with_remedy("The files reported as written above are complete; fix the cause and run again (with --force to replace them).")
                })?;
                printer.status(&format!(
                    "wrote {} (mode {:04o})",
                    f.path.display(),
                    f.mode.bits()
                ));
            }
            after_files(&files, printer);
        }
    }
    Ok(())
}

/// `--format eck`: checks, renders and writes the Secret and the `AutoOpsAgentPolicy`.
fn execute_eck(
    cli: &Cli,
    input: AutoOpsInput,
    secrets: &[Secret],
    printer: &Printer,
) -> CliResult<u8> {
    let mut issues = Vec::new();
    let options = match eck_options(cli) {
        Ok(o) => Some(o),
        Err(mut i) => {
            issues.append(&mut i);
            None
        }
    };
    let validated = match input::validate_eck(input) {
        Ok(v) => Some(v),
        Err(mut i) => {
            issues.append(&mut i);
            None
        }
    };
    let ((config, notes, unused), opts) = match (validated, options) {
        (Some(v), Some(o)) if issues.is_empty() => (v, o),
        _ => return Err(usage_error(&issues, secrets)),
    };
    let manifests = render::eck::build(&config, &opts);
    let plan = plan_eck(cli, &manifests, &opts).map_err(|i| usage_error(&i, secrets))?;
    if let Plan::Files(files) = &plan {
        let clashes = check_targets(files, cli.force);
        if !clashes.is_empty() {
            return Err(usage_error(&clashes, secrets));
        }
    }
    report_eck_notes(cli, &config, &opts, &notes, &unused, printer);
    let labels: Vec<String> = opts
        .resource_selector
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let label_hint = |printer: &Printer| {
        printer.status(&format!(
            "ECK monitors the Elasticsearch resources labelled {}; label a cluster with: kubectl -n NAMESPACE label elasticsearch NAME {}",
            labels.join(","),
            labels.join(" ")
        ));
    };
    emit(cli, plan, printer, label_hint, |files, printer| {
        printer.verbose(&format!("settings: {}", config.describe()));
        let paths: Vec<String> = files
            .iter()
            .map(|f| format!("-f {}", f.path.display()))
            .collect();
        printer.status(&format!("apply with: kubectl apply {}", paths.join(" ")));
        label_hint(printer);
    })?;
    Ok(esconnect_core::exit::SUCCESS)
}

/// What `--format eck` writes where: `--out-dir` gets the Secret (0600) and the policy (0644) apart.
pub fn plan_eck(
    cli: &Cli,
    manifests: &EckManifests,
    opts: &EckOptions,
) -> Result<Plan, Vec<Issue>> {
    let yaml_err = |e: serde_saphyr::SerializeError| {
        vec![Issue::new(
            format!("cannot render YAML: {e}"),
            "Report this bug.",
        )]
    };
    if let Some(dir) = &cli.out_dir {
        return Ok(Plan::Files(vec![
            OutFile {
                path: dir.join(format!("{}-secret.yaml", opts.name)),
                contents: manifests.render_secret().map_err(yaml_err)?,
                mode: FileMode::Secret,
            },
            OutFile {
                path: dir.join(format!("{}-policy.yaml", opts.name)),
                contents: manifests.render_policy().map_err(yaml_err)?,
                mode: FileMode::Public,
            },
        ]));
    }
    let text = manifests.render_all(opts).map_err(yaml_err)?;
    Ok(match cli.out.as_ref().filter(|p| p.as_os_str() != "-") {
        Some(path) => Plan::Files(vec![OutFile {
            path: path.clone(),
            contents: text,
            mode: FileMode::Secret,
        }]),
        None => Plan::Stdout {
            text,
            holds_secrets: true,
        },
    })
}

fn usage_error(issues: &[Issue], secrets: &[Secret]) -> CliError {
    let refs: Vec<&Secret> = secrets.iter().collect();
    let clean = |s: &str| scrub(s, &refs);
    match issues {
        [one] => CliError::usage(format!("{}; nothing was written", clean(&one.message)))
            .with_remedy(clean(&one.remedy)),
        many => {
            let mut msg = format!(
                "{} problems with the settings; nothing was written:",
                many.len()
            );
            for i in many {
                msg.push_str(&format!(
                    "\n  - {}\n    fix: {}",
                    clean(&i.message),
                    clean(&i.remedy)
                ));
            }
            CliError::usage(msg)
        }
    }
}

/// Checks of the options every format shares: `--name` (at most `max_name` characters), `--namespace`,
/// `--out`, `--out-dir`.
fn common_issues(cli: &Cli, max_name: usize) -> Vec<Issue> {
    let mut issues = Vec::new();
    if let Err(why) = dns_label(&cli.name, max_name) {
        issues.push(Issue::new(
            format!("--name `{}` {why}", cli.name),
            "Use lower-case letters, digits and `-`, e.g. autoops-prod.",
        ));
    }
    if let Err(why) = dns_label(&cli.namespace, 63) {
        issues.push(Issue::new(
            format!("--namespace `{}` {why}", cli.namespace),
            "Give the name of an existing Kubernetes namespace.",
        ));
    }
    if let Some(out) = cli.out.as_ref().filter(|p| p.as_os_str() != "-") {
        if out.is_dir() {
            issues.push(Issue::new(
                format!("--out {} is a directory", out.display()),
                "Give a file path, or use --out-dir for a directory.",
            ));
        } else if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty())
            && !parent.is_dir()
        {
            issues.push(Issue::new(
                format!("the directory of --out {} does not exist", out.display()),
                "Create it first, or give another path.",
            ));
        }
    }
    if let Some(dir) = &cli.out_dir
        && dir.exists()
        && !dir.is_dir()
    {
        issues.push(Issue::new(
            format!("--out-dir {} exists and is not a directory", dir.display()),
            "Give a directory path (it is created when missing).",
        ));
    }
    issues
}

/// Checks the non-secret options (names, image, output paths) and builds [`Options`].
pub fn options(cli: &Cli) -> Result<Options, Vec<Issue>> {
    let mut issues = common_issues(cli, 63 - "-elastic-agent".len());
    let image = match image_reference(
        cli.image.as_deref().unwrap_or(cli::DEFAULT_IMAGE),
        cli.agent_version.as_deref(),
    ) {
        Ok(i) => Some(i),
        Err(i) => {
            issues.push(i);
            None
        }
    };
    if cli.format == Format::Systemd && cli.out.is_some() {
        issues.push(Issue::new(
            "--out cannot hold the two files of --format systemd",
            "Use --out-dir DIR, or leave --out out to print both files.",
        ));
    }
    if !cli.select.is_empty() || !cli.namespace_selector.is_empty() {
        issues.push(Issue::new(
            "--select and --namespace-selector only apply to --format eck",
            "Leave them out, or add --format eck.",
        ));
    }
    let env_file_path = cli.env_file_path.to_string_lossy().to_string();
    if env_file_path.trim().is_empty() {
        issues.push(Issue::new(
            "--env-file-path is empty",
            "Give the path of the env file, e.g. autoops.env.",
        ));
    }
    match (image, issues.is_empty()) {
        (Some((image, agent_version)), true) => Ok(Options {
            image,
            agent_version,
            name: cli.name.clone(),
            namespace: cli.namespace.clone(),
            env_file_path,
            host_network: false,
        }),
        _ => Err(issues),
    }
}

/// Checks the options of `--format eck` and builds [`EckOptions`].
pub fn eck_options(cli: &Cli) -> Result<EckOptions, Vec<Issue>> {
    let mut issues = common_issues(cli, cli::ECK_MAX_NAME_LENGTH);
    let version_image =
        match eck_version_and_image(cli.image.as_deref(), cli.agent_version.as_deref()) {
            Ok(v) => Some(v),
            Err(i) => {
                issues.push(i);
                None
            }
        };
    let mut selectors = |values: &[String], flag: &str| {
        let mut out: BTreeMap<String, String> = BTreeMap::new();
        for v in values {
            match label_pair(v) {
                Ok((k, val)) => match out.get(&k) {
                    Some(prev) if *prev != val => issues.push(Issue::new(
                        format!("{flag} gives the label {k} two values ({prev} and {val})"),
                        "A resource has one value per label: give each key once.",
                    )),
                    _ => {
                        out.insert(k, val);
                    }
                },
                Err(why) => issues.push(Issue::new(
                    format!("{flag} `{v}`: {why}"),
                    "Give a Kubernetes label as KEY=VALUE, e.g. autoops=enabled.",
                )),
            }
        }
        out
    };
    let resource_selector = selectors(&cli.select, "--select");
    let namespace_selector = selectors(&cli.namespace_selector, "--namespace-selector");
    if cli.select.is_empty() {
        issues.push(Issue::new(
            "--format eck needs --select KEY=VALUE: ECK's AutoOpsAgentPolicy monitors the Elasticsearch resources whose labels match its resource selector, and ECK refuses a policy without one",
            "Label the clusters to monitor (kubectl -n NAMESPACE label elasticsearch NAME autoops=enabled) and give --select autoops=enabled.",
        ));
    }
    match (version_image, issues.is_empty()) {
        (Some((version, image)), true) => Ok(EckOptions {
            name: cli.name.clone(),
            namespace: cli.namespace.clone(),
            version,
            image,
            resource_selector,
            namespace_selector,
        }),
        _ => Err(issues),
    }
}

/// `spec.version` and `spec.image` of the policy. ECK deploys the image of `spec.version` unless
/// `spec.image` is given, so the image is only written when `--image` was given; its tag, if any, is
/// the version. A digest-pinned image needs `--agent-version` (ECK still needs `spec.version`).
pub fn eck_version_and_image(
    image: Option<&str>,
    version: Option<&str>,
) -> Result<(String, Option<String>), Issue> {
    let (version, image) = match image {
        None => (
            version.unwrap_or(cli::DEFAULT_AGENT_VERSION).to_string(),
            None,
        ),
        Some(i) if i.contains('@') => {
            let (full, _) = image_reference(i, None)?;
            let Some(v) = version else {
                return Err(Issue::new(
                    "--image is pinned by digest, and ECK needs the agent version in spec.version",
                    "Add --agent-version with the version of that image, e.g. --agent-version 9.2.5.",
                ));
            };
            (v.to_string(), Some(full))
        }
        Some(i) => {
            let (full, tag) = image_reference(i, version)?;
            (tag.unwrap_or_default(), Some(full))
        }
    };
    let core = version.split('-').next().unwrap_or_default();
    let core_ok = core.split('.').count() == 3
        && core
            .split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
    let parsed = Version::parse(&version).filter(|_| {
        core_ok
            && version
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-".contains(c))
    });
    match parsed {
        None => Err(Issue::new(
            format!(
                "the agent version `{version}` is not a MAJOR.MINOR.PATCH version, which ECK needs in spec.version"
            ),
            format!(
                "Give --agent-version {} (or an image tag of that form).",
                cli::DEFAULT_AGENT_VERSION
            ),
        )),
        Some(v) if v < ECK_MIN_AGENT_VERSION_ENTERPRISE => Err(Issue::new(
            format!(
                "ECK refuses AutoOps agent version {v}: it accepts {ECK_MIN_AGENT_VERSION_ENTERPRISE} and later with an Enterprise licence, {ECK_MIN_AGENT_VERSION} and later otherwise"
            ),
            format!(
                "Give --agent-version {} or later.",
                cli::DEFAULT_AGENT_VERSION
            ),
        )),
        Some(_) => Ok((version, image)),
    }
}

/// Parses a `KEY=VALUE` Kubernetes label: the key an optional DNS-subdomain prefix and `/` and a name of
/// at most 63 characters; the value at most 63 characters (may be empty). Same character rules as the API
/// server.
pub fn label_pair(s: &str) -> Result<(String, String), String> {
    let Some((key, value)) = s.split_once('=') else {
        return Err("no `=`: give KEY=VALUE".into());
    };
    let name_ok = |n: &str| {
        !n.is_empty()
            && n.len() <= 63
            && n.starts_with(|c: char| c.is_ascii_alphanumeric())
            && n.ends_with(|c: char| c.is_ascii_alphanumeric())
            && n.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
    };
    let (prefix, name) = match key.rsplit_once('/') {
        Some((p, n)) => (Some(p), n),
        None => (None, key),
    };
    if let Some(p) = prefix {
        let subdomain_ok =
            !p.is_empty() && p.len() <= 253 && p.split('.').all(|l| dns_label(l, 63).is_ok());
        if !subdomain_ok {
            return Err(format!(
                "the key's prefix `{p}` is not a DNS subdomain (lower-case letters, digits, `-` and `.`)"
            ));
        }
    }
    if !name_ok(name) {
        return Err(format!(
            "the key `{key}` is not a label key (up to 63 letters, digits, `-`, `_`, `.`, starting and ending with a letter or digit, after an optional DNS prefix and `/`)"
        ));
    }
    if !value.is_empty() && !name_ok(value) {
        return Err(format!(
            "the value `{value}` is not a label value (up to 63 letters, digits, `-`, `_`, `.`, starting and ending with a letter or digit)"
        ));
    }
    Ok((key.to_string(), value.to_string()))
}

/// The image reference with its tag, and the agent version (the tag) when known.
pub fn image_reference(
    image: &str,
    version: Option<&str>,
) -> Result<(String, Option<String>), Issue> {
    let image = image.trim();
    if image.is_empty() || image.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Issue::new(
            "--image is empty or contains whitespace",
            format!("Give an image reference, e.g. {}.", cli::DEFAULT_IMAGE),
        ));
    }
    let last = image.rsplit('/').next().unwrap_or(image);
    let pinned = image.contains('@');
    let tag = if pinned {
        None
    } else {
        last.split_once(':').map(|(_, t)| t.to_string())
    };
    if (pinned || tag.is_some()) && version.is_some() {
        return Err(Issue::new(
            "--image already has a tag or digest, and --agent-version was given too",
            "Give the version in one place: --image REPOSITORY --agent-version VERSION, or --image REPOSITORY:TAG.",
        ));
    }
    if pinned {
        return Ok((image.to_string(), None));
    }
    if let Some(t) = tag {
        return Ok((image.to_string(), Some(t)));
    }
    let v = version.unwrap_or(cli::DEFAULT_AGENT_VERSION);
    let valid_tag = !v.is_empty()
        && v.len() <= 128
        && !v.starts_with(['.', '-'])
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c));
    if !valid_tag {
        return Err(Issue::new(
            format!("--agent-version `{v}` is not an image tag"),
            format!("Give a version such as {}.", cli::DEFAULT_AGENT_VERSION),
        ));
    }
    Ok((format!("{image}:{v}"), Some(v.to_string())))
}

/// The machine's hostname (Linux), for the `--network host` rule.
pub fn machine_hostname() -> Option<String> {
    ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .iter()
        .find_map(|p| std::fs::read_to_string(p).ok())
        .map(|s| s.trim().to_ascii_lowercase())
        .filter(|s| !s.is_empty())
}

/// Is `host` this machine: localhost, a loopback address, or the machine's hostname (short or full)?
/// A container reaches such a cluster only through the host's network (seed 001).
pub fn is_local_host(host: &str, hostname: Option<&str>) -> bool {
    if esconnect_core::proxy::is_loopback(host) {
        return true;
    }
    let host = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .trim_end_matches('.')
        .to_ascii_lowercase();
    if host.parse::<IpAddr>().is_ok() {
        return false;
    }
    let Some(me) = hostname.map(str::to_ascii_lowercase) else {
        return false;
    };
    let first = |s: &str| s.split('.').next().unwrap_or_default().to_string();
    host == me
        || (!me.contains('.') && first(&host) == me)
        || (!host.contains('.') && first(&me) == host)
}

/// What to write where.
pub fn plan(cli: &Cli, config: &AgentConfig, opts: &mut Options) -> Result<Plan, Vec<Issue>> {
    let yaml_err = |e: serde_saphyr::SerializeError| {
        vec![Issue::new(
            format!("cannot render YAML: {e}"),
            "Report this bug.",
        )]
    };
    if cli.format != Format::Env
        && cli.format != Format::Systemd
        && let Some(ca) = &config.ca_cert
        && cli.format != Format::Kubernetes
        && ca.path.to_string_lossy().contains([':', ','])
    {
        return Err(vec![Issue::new(
            format!(
                "the CA path {} contains `:` or `,`, which docker volume syntax cannot mount",
                ca.path.display()
            ),
            "Copy the CA file to a path without them.",
        )]);
    }
    let host_ca = config.host_ca_path();
    let env_text = || render::envfile::render(config, host_ca.as_deref());
    let file = |dir: &Path, name: &str, contents: String, mode: FileMode| OutFile {
        path: dir.join(name),
        contents,
        mode,
    };
    if let Some(dir) = &cli.out_dir {
        let env_name = cli::DEFAULT_ENV_FILE_PATH;
        opts.env_file_path = env_name.to_string();
        let files = match cli.format {
            Format::Env => vec![file(dir, env_name, env_text(), FileMode::Secret)],
            Format::Docker => vec![
                file(dir, env_name, env_text(), FileMode::Secret),
                file(
                    dir,
                    "run-autoops-agent.sh",
                    render::docker::render(config, opts),
                    FileMode::Executable,
                ),
            ],
            Format::Compose => vec![
                file(dir, env_name, env_text(), FileMode::Secret),
                file(
                    dir,
                    "compose.yaml",
                    render::compose::render(config, opts).map_err(yaml_err)?,
                    FileMode::Public,
                ),
            ],
            Format::Kubernetes => {
                let m = render::kubernetes::build(config, opts);
                vec![
                    file(
                        dir,
                        &format!("{}-secret.yaml", opts.name),
                        m.render_secrets().map_err(yaml_err)?,
                        FileMode::Secret,
                    ),
                    file(
                        dir,
                        &format!("{}-deployment.yaml", opts.name),
                        m.render_deployment().map_err(yaml_err)?,
                        FileMode::Public,
                    ),
                ]
            }
            Format::Systemd => vec![
                file(
                    dir,
                    env_name,
                    render::systemd::env_file(config),
                    FileMode::Secret,
                ),
                file(
                    dir,
                    "autoops-env.conf",
                    render::systemd::dropin(),
                    FileMode::Public,
                ),
            ],
            Format::Eck => return Err(eck_is_planned_elsewhere()),
        };
        return Ok(Plan::Files(files));
    }
    let (text, mode) = match cli.format {
        Format::Env => (env_text(), FileMode::Secret),
        Format::Docker => (render::docker::render(config, opts), FileMode::Executable),
        Format::Compose => (
            render::compose::render(config, opts).map_err(yaml_err)?,
            FileMode::Public,
        ),
        Format::Kubernetes => (
            render::kubernetes::build(config, opts)
                .render_all(opts)
                .map_err(yaml_err)?,
            FileMode::Secret,
        ),
        Format::Systemd => (render::systemd::render_stdout(config), FileMode::Secret),
        Format::Eck => return Err(eck_is_planned_elsewhere()),
    };
    Ok(match cli.out.as_ref().filter(|p| p.as_os_str() != "-") {
        Some(path) => Plan::Files(vec![OutFile {
            path: path.clone(),
            contents: text,
            mode,
        }]),
        None => Plan::Stdout {
            text,
            holds_secrets: mode == FileMode::Secret,
        },
    })
}

fn eck_is_planned_elsewhere() -> Vec<Issue> {
    vec![Issue::new(
        "internal error: --format eck is planned by plan_eck",
        "Report this bug.",
    )]
}

/// Files that exist and would be replaced without `--force`.
fn check_targets(files: &[OutFile], force: bool) -> Vec<Issue> {
    files
        .iter()
        .filter(|f| !force && f.path.exists())
        .map(|f| {
            Issue::new(
                format!("{} already exists", f.path.display()),
                "Add --force to replace it (atomically), or choose another path.",
            )
        })
        .collect()
}

fn create_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}

fn write_file(f: &OutFile) -> std::io::Result<()> {
    write_atomic(&f.path, f.contents.as_bytes(), f.mode)
}

/// Warnings and notes about the settings, on stderr (never a secret).
fn report_notes(
    cli: &Cli,
    config: &AgentConfig,
    opts: &Options,
    notes: &[Note],
    printer: &Printer,
) {
    for n in notes {
        match n {
            Note::DefaultedPort => printer.status(&format!(
                "note: no port in the Elasticsearch URL: using {} ({})",
                esconnect_core::url::DEFAULT_ES_PORT,
                config.es_url
            )),
            Note::LegacyOtelUrl { current } => printer.verbose(&format!(
                "the OTel URL is in the older documented form; the current one is {}",
                current.as_deref().unwrap_or("shown by the wizard")
            )),
            Note::StrippedLogsPath => printer.warn(&format!(
                "removed {} from the end of the OTel URL: the agent appends it itself",
                autoops_common::OTEL_LOGS_PATH
            )),
        }
    }
    let on_cli = input::secrets_on_command_line(cli);
    if !on_cli.is_empty() {
        printer.verbose(&format!("{} given on the command line: the --*-file flags or the variables keep secrets out of the process list", on_cli.join(", ")));
    }
    let proxies = esconnect_core::proxy::ProxyConfig {
        explicit: None,
        https: config.https_proxy.clone(),
        http: config.http_proxy.clone(),
        all: None,
        no_proxy: config.no_proxy.clone(),
    };
    if let Ok(es) = url::Url::parse(&config.es_url) {
        // Like Go (the agent), `for_url` never proxies loopback hosts.
        if let Some(proxy) = proxies.for_url(&es) {
            printer.warn(&format!(
                "the agent will send its Elasticsearch traffic through the proxy {}: if the cluster is reachable directly, add {} to NO_PROXY (--no-proxy {})",
                esconnect_core::url::redact_str(proxy),
                config.es_host,
                match &config.no_proxy {
                    Some(np) => format!("{np},{}", config.es_host),
                    None => config.es_host.clone(),
                }
            ));
        }
    }
    if config.ca_cert.is_some() {
        printer.warn(&format!(
            "Elastic's otel_samples/autoops_es.yml does not read {var}: add `ssl.certificate_authorities: [ ${{env:{var}}} ]` to both autoops_es modules of the agent's configuration (Elastic's custom certificate page), or the CA is not used",
            var = esconnect_core::env::AUTOOPS_CA_CERT.name
        ));
    }
    let env_file_for_docker =
        cli.format == Format::Env || (cli.format == Format::Docker && cli.out_dir.is_some());
    if env_file_for_docker {
        let quoted = render::envfile::quoted_variables(config, config.host_ca_path().as_deref());
        if !quoted.is_empty() {
            printer.warn(&format!(
                "{} had to be quoted in the env file: `docker run --env-file` keeps quotes as part of the value (compose and systemd remove them); use --format compose or systemd, or a value without spaces, quotes, #, $ or \\",
                quoted.join(", ")
            ));
        }
    }
    match cli.format {
        Format::Docker | Format::Compose if opts.host_network && cli.host_network == HostNetwork::Auto => {
            printer.status(&format!("note: {} is this machine, so the container shares the host's network (--host-network never to change)", config.es_host))
        }
        Format::Kubernetes if esconnect_core::proxy::is_loopback(&config.es_host) => printer.warn(&format!(
            "the Elasticsearch URL points at {}: in a pod that is the pod itself; use the cluster's Service name or address",
            config.es_host
        )),
        _ => {}
    }
    if let Some(v) = opts.agent_version.as_deref().and_then(Version::parse)
        && v < MIN_AGENT_VERSION
        && cli.format != Format::Env
        && cli.format != Format::Systemd
    {
        printer.warn(&format!("agent version {v} is older than {MIN_AGENT_VERSION}, the oldest Elastic's AutoOps installer supports"));
    }
}

fn next_steps(cli: &Cli, opts: &Options, files: &[OutFile], printer: &Printer) {
    let p = |i: usize| {
        files
            .get(i)
            .map(|f| f.path.display().to_string())
            .unwrap_or_default()
    };
    match (cli.format, cli.out_dir.is_some()) {
        (Format::Docker, true) => printer.status(&format!("start the agent with: sh {}", p(1))),
        (Format::Docker, false) => printer.status(&format!("the script reads {}: write it with `autoops-env --format env --out {}`, then run: sh {}", opts.env_file_path, opts.env_file_path, p(0))),
        (Format::Compose, true) => printer.status(&format!("start the agent with: docker compose -f {} up -d", p(1))),
        (Format::Compose, false) => printer.status(&format!("the compose file reads {}: write it with `autoops-env --format env --out {}`", opts.env_file_path, opts.env_file_path)),
        (Format::Kubernetes, true) => printer.status(&format!("apply with: kubectl apply -f {} -f {}", p(0), p(1))),
        (Format::Kubernetes, false) => printer.status(&format!("apply with: kubectl apply -f {}", p(0))),
        (Format::Systemd, _) => printer.status(&render::systemd::install_instructions(&p(0), &p(1))),
        (Format::Env | Format::Eck, _) => {}
    }
}

/// Warnings and notes for `--format eck`, on stderr (never a value of a secret or of an unused setting).
fn report_eck_notes(
    cli: &Cli,
    config: &config::EckConfig,
    opts: &EckOptions,
    notes: &[Note],
    unused: &[Unused],
    printer: &Printer,
) {
    for n in notes {
        match n {
            Note::DefaultedPort => {}
            Note::LegacyOtelUrl { current } => printer.verbose(&format!(
                "the OTel URL is in the older documented form; the current one is {}",
                current.as_deref().unwrap_or("shown by the wizard")
            )),
            Note::StrippedLogsPath => printer.warn(&format!(
                "removed {} from the end of the OTel URL: the agent appends it itself",
                autoops_common::OTEL_LOGS_PATH
            )),
        }
    }
    let on_cli = input::secrets_on_command_line(cli);
    if !on_cli.is_empty() {
        printer.verbose(&format!("{} given on the command line: the --*-file flags or the variables keep secrets out of the process list", on_cli.join(", ")));
    }
    let es: Vec<String> = unused
        .iter()
        .filter_map(|u| match u {
            Unused::Elasticsearch { what, source } => Some(format!("{what} (from {source})")),
            _ => None,
        })
        .collect();
    if !es.is_empty() {
        printer.warn(&format!(
            "not used by --format eck: {}. ECK connects to each selected cluster itself and creates the agent's API key there",
            es.join(", ")
        ));
    }
    for u in unused {
        match u {
            Unused::TempResourceId(source) => printer.warn(&format!(
                "not used by --format eck: the temporary resource id (from {source}); ECK's Secret has no key for it"
            )),
            Unused::CaCert(source) => printer.warn(&format!(
                "--ca-cert is ignored for --format eck (the CA certificate from {source}): ECK manages TLS to its own clusters and gives the agent each cluster's CA"
            )),
            Unused::Elasticsearch { .. } => {}
        }
    }
    if let Some(proxy) = render::eck::proxy_for_cluster_traffic(config) {
        let suffix = render::eck::ES_SERVICE_SUFFIX;
        printer.warn(&format!(
            "the agents would send their Elasticsearch traffic (to https://CLUSTER-es-internal-http.NAMESPACE{suffix}:9200) through the proxy {}: add {suffix} to NO_PROXY (--no-proxy {})",
            esconnect_core::url::redact_str(&proxy),
            match &config.no_proxy {
                Some(np) => format!("{np},{suffix}"),
                None => suffix.to_string(),
            }
        ));
    }
    if let Some(v) = Version::parse(&opts.version) {
        if v < ECK_MIN_AGENT_VERSION {
            printer.warn(&format!(
                "ECK accepts agent version {v} only with an Enterprise licence; without one it needs {ECK_MIN_AGENT_VERSION} or later"
            ));
        } else if v > ECK_MAX_AGENT_VERSION {
            printer.warn(&format!(
                "agent version {v} is newer than the {ECK_MAX_AGENT_VERSION} ECK 3.x accepts; check your ECK release supports it"
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_host_rule() {
        for h in [
            "localhost",
            "LOCALHOST",
            "es.localhost",
            "127.0.0.1",
            "127.0.1.1",
            "::1",
            "[::1]",
        ] {
            assert!(is_local_host(h, None), "{h}");
        }
        for h in ["es.example.com", "10.0.0.5", "0.0.0.0"] {
            assert!(!is_local_host(h, None), "{h}");
        }
        assert!(is_local_host("myhost", Some("myhost")));
        assert!(is_local_host("myhost.corp.example", Some("myhost")));
        assert!(is_local_host("myhost", Some("myhost.corp.example")));
        assert!(is_local_host(
            "MyHost.corp.example",
            Some("myhost.corp.example")
        ));
        assert!(!is_local_host("otherhost", Some("myhost")));
        assert!(!is_local_host(
            "myhost.other.example",
            Some("myhost.corp.example")
        ));
    }

    #[test]
    fn image_references() {
        assert_eq!(
            image_reference(cli::DEFAULT_IMAGE, None).unwrap(),
            (
                "docker.elastic.co/elastic-agent/elastic-otel-collector-wolfi:9.2.5".into(),
                Some("9.2.5".into())
            )
        );
        assert_eq!(
            image_reference("reg:5000/agent", Some("9.3.0")).unwrap(),
            ("reg:5000/agent:9.3.0".into(), Some("9.3.0".into()))
        );
        assert_eq!(
            image_reference("reg:5000/agent:9.1.4", None).unwrap(),
            ("reg:5000/agent:9.1.4".into(), Some("9.1.4".into()))
        );
        assert_eq!(
            image_reference("agent@sha256:abcd", None).unwrap(),
            ("agent@sha256:abcd".into(), None)
        );
        assert!(
            image_reference("agent:1", Some("2"))
                .unwrap_err()
                .message
                .contains("--agent-version")
        );
        assert!(image_reference("agent", Some("9.2 5")).is_err());
        assert!(image_reference("", None).is_err());
    }

    #[test]
    fn label_pairs() {
        for (input, k, v) in [
            ("autoops=enabled", "autoops", "enabled"),
            ("app.kubernetes.io/name=es", "app.kubernetes.io/name", "es"),
            ("example.com/tier=", "example.com/tier", ""),
            ("A_b.c-1=X_y.z-2", "A_b.c-1", "X_y.z-2"),
            ("k=v=w", "", ""),
        ] {
            match label_pair(input) {
                Ok(p) => assert_eq!(p, (k.to_string(), v.to_string()), "{input}"),
                Err(e) => assert!(k.is_empty(), "{input}: {e}"),
            }
        }
        for (bad, why) in [
            ("autoops", "no `=`"),
            ("=v", "not a label key"),
            ("-a=v", "not a label key"),
            ("a b=v", "not a label key"),
            (&format!("{}=v", "a".repeat(64)), "not a label key"),
            ("Example.com/tier=v", "not a DNS subdomain"),
            ("/tier=v", "not a DNS subdomain"),
            ("a=b c", "not a label value"),
            ("a=-b", "not a label value"),
            (&format!("a={}", "v".repeat(64)), "not a label value"),
        ] {
            let e = label_pair(bad).unwrap_err();
            assert!(e.contains(why), "{bad}: {e}");
        }
    }

    #[test]
    fn eck_versions_and_images() {
        let ok = |i: Option<&str>, v: Option<&str>| eck_version_and_image(i, v).unwrap();
        let err =
            |i: Option<&str>, v: Option<&str>| eck_version_and_image(i, v).unwrap_err().message;
        // No --image: spec.image is left to ECK.
        assert_eq!(ok(None, None), ("9.2.5".into(), None));
        assert_eq!(ok(None, Some("9.3.0")), ("9.3.0".into(), None));
        assert_eq!(ok(None, Some("9.2.1")), ("9.2.1".into(), None));
        assert_eq!(
            ok(None, Some("9.3.0-SNAPSHOT")),
            ("9.3.0-SNAPSHOT".into(), None)
        );
        // A repository gets the version as its tag; a tag is the version.
        assert_eq!(
            ok(Some("reg:5000/agent"), Some("9.3.0")),
            ("9.3.0".into(), Some("reg:5000/agent:9.3.0".into()))
        );
        assert_eq!(
            ok(Some("reg/agent:9.2.4"), None),
            ("9.2.4".into(), Some("reg/agent:9.2.4".into()))
        );
        // A digest needs --agent-version, and may have it (unlike the other formats).
        assert!(err(Some("agent@sha256:abcd"), None).contains("spec.version"));
        assert!(err(Some("agent@sha256:abcd"), None).contains("pinned by digest"));
        assert_eq!(
            ok(Some("agent@sha256:abcd"), Some("9.2.5")),
            ("9.2.5".into(), Some("agent@sha256:abcd".into()))
        );
        assert!(err(Some("agent:9.2.5"), Some("9.3.0")).contains("--agent-version"));
        // ECK's rules for spec.version.
        for bad in ["9.2", "latest", "9.2.x", "9.2.5.1", "9..5", "9.2.5+b"] {
            assert!(err(None, Some(bad)).contains("MAJOR.MINOR.PATCH"), "{bad}");
        }
        assert!(err(Some("reg/agent:latest"), None).contains("MAJOR.MINOR.PATCH"));
        let e = err(None, Some("9.2.0"));
        assert!(
            e.contains("refuses") && e.contains("9.2.1") && e.contains("9.2.4"),
            "{e}"
        );
        assert!(err(None, Some("8.19.0")).contains("refuses"));
    }
}
