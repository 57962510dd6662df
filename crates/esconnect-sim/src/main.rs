//! `esconnect-sim serve`: run simulated Elasticsearch clusters (and the AutoOps cloud endpoints) until
//! stdin reaches EOF or the process gets SIGTERM/SIGINT.
//!
//! On start it writes the CA to `<ca-dir>/ca.crt` and prints one JSON document on stdout:
//! `{"ca_cert": "<path of ca.crt>", "ca_pem": "...", "ca_files": {"<CA name>": "<path>"},
//! "clusters": [{"name","url","version","uuid","rcs_address","transport_address","http_ca_cert",
//! "http_ca_subject","transport_ca_cert","transport_ca_subject","nodes": [{"id","name","keystore_path"}]}],
//! "cloud_api_url": "..."|null, "otel_url": "..."|null, "cloud_api_key": "...", "autoops_token": "...",
//! "ec_host": "127.0.0.1:PORT"|null, "ec_api_key": "..."|null, "ec_deployment": "..."|null}` (the last three
//! with `--ec-api ece|ech`). Named CAs are written next to `ca.crt` as `ca-<name>.crt` (lowercase, other characters as `-`);
//! `rcs_address`/`transport_address` are `127.0.0.1:PORT` or null.
//! Logs go to stderr (`RUST_LOG` filters, default `info`).
//!
//! `--config FILE.json` describes the simulator instead of `--clusters/--version/--license`:
//! ```json
//! {
//!   "plain_http": false, "cloud": true, "cloud_api_key": "k", "autoops_token": "t",
//!   "clusters": [{
//!     "name": "prod", "version": "8.17.0", "count": 1, "uuid": null, "nodes": 3,
//!     "license": {"type": "enterprise", "status": "active", "expiry_millis": null},
//!     "users": [{"username": "bob", "password": "secret1", "roles": ["autoops"]}],
//!     "roles": {"autoops": {"cluster": ["monitor"]}},
//!     "api_keys": [{"id": "k1", "api_key": "s1", "owner": "elastic", "role_descriptors": {}}],
//!     "keystore": {"cluster.remote.a.credentials": "..."},
//!     "persistent_settings": {"cluster.metadata.display_name": "Prod"},
//!     "ca": "Remote HTTP CA", "server_names": ["localhost", "127.0.0.1"],
//!     "transport_ca": "Elastic Auto Transport CA", "transport_trusted_cas": ["Elastic Auto Transport CA"],
//!     "remote_cluster_client_cas": ["sim"], "remote_cluster_client_ca_files": ["/tmp/other/ca.crt"],
//!     "transport_trusted_ca_files": [], "remote_cluster_server": true, "transport_port": true,
//!     "transport_client_authentication": "required",
//!     "keystore_path": "/tmp/es/elasticsearch.keystore", "node_keystore_paths": [null, "/tmp/n1.keystore"],
//!     "keystore_password": null, "node_names": ["es-0", "es-1"], "indices": ["logs-1"]
//!   }]
//! }
//! ```
//! `count` > 1 makes `<name>-0000`, `<name>-0001`, ... CA names are those of [`ClusterSpec::ca`]
//! (`"sim"` = the simulator's own CA).
//!
//! `esconnect-sim keystore [--keystore PATH] add -x [-f] NAME... | remove NAME... | list | create` edits
//! a keystore file (default `$ES_PATH_CONF/elasticsearch.keystore`), like `bin/elasticsearch-keystore`;
//! invoked through a link named `elasticsearch-keystore` the binary behaves as `esconnect-sim keystore`.
//! Values come from stdin (`-x`), one line per setting, and are never printed.

use std::collections::BTreeMap;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use esconnect_sim::{ClusterSpec, Sim};
use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Debug, Parser)]
#[command(
    name = "esconnect-sim",
    version,
    about = "Simulated Elasticsearch clusters and AutoOps cloud endpoints"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Start the simulator and print its endpoints as JSON on stdout.
    Serve(ServeArgs),
    /// A stand-in for `bin/elasticsearch-keystore` that edits a simulated node's keystore file.
    Keystore(KeystoreArgs),
}

#[derive(Debug, clap::Args)]
struct KeystoreArgs {
    /// The keystore file (default: `$ES_PATH_CONF/elasticsearch.keystore`, as Elasticsearch).
    #[arg(long, global = true, value_name = "PATH")]
    keystore: Option<PathBuf>,
    #[command(subcommand)]
    command: KeystoreCommand,
}

#[derive(Debug, Subcommand)]
enum KeystoreCommand {
    /// Create an empty keystore (only `keystore.seed`).
    Create,
    /// Add settings; with `-x` each value is read from stdin, one line per setting.
    Add {
        /// Read the values from stdin.
        #[arg(short = 'x', long = "stdin")]
        stdin: bool,
        /// Overwrite existing settings without asking (and create the keystore if missing).
        #[arg(short = 'f', long = "force")]
        force: bool,
        /// Setting names.
        #[arg(required = true, value_name = "SETTING")]
        names: Vec<String>,
    },
    /// Remove settings.
    Remove {
        /// Setting names.
        #[arg(required = true, value_name = "SETTING")]
        names: Vec<String>,
    },
    /// List the setting names.
    List,
}

#[derive(Debug, clap::Args)]
struct ServeArgs {
    /// JSON file describing the clusters (see the crate documentation).
    #[arg(long, value_name = "FILE.json", conflicts_with_all = ["clusters", "version", "license"])]
    config: Option<PathBuf>,
    /// Number of clusters (named demo, or demo-0000.. when more than one).
    #[arg(long, default_value_t = 1)]
    clusters: usize,
    /// Elasticsearch version of the clusters.
    #[arg(long, default_value = "8.17.0")]
    version: String,
    /// Licence type of the clusters.
    #[arg(long, default_value = "enterprise")]
    license: String,
    /// Serve plain HTTP instead of HTTPS.
    #[arg(long)]
    plain_http: bool,
    /// Directory to write ca.crt to (default: a fresh temporary directory).
    #[arg(long, value_name = "DIR")]
    ca_dir: Option<PathBuf>,
    /// Do not start the Cloud Connected API and OTel listeners.
    #[arg(long)]
    no_cloud: bool,
    /// Also serve the ECE or ECH API (see the crate's `ece` module) with one deployment,
    /// DEMO_DEPLOYMENT_ID; prints `ec_host`, `ec_api_key`, `ec_deployment` too.
    #[arg(long, value_name = "TARGET", value_parser = ["ece", "ech"])]
    ec_api: Option<String>,
    /// Keep running when stdin reaches EOF (stop only on SIGTERM/SIGINT).
    #[arg(long)]
    ignore_stdin: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    #[serde(default)]
    plain_http: bool,
    #[serde(default = "yes")]
    cloud: bool,
    cloud_api_key: Option<String>,
    autoops_token: Option<String>,
    clusters: Vec<FileCluster>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileCluster {
    name: String,
    version: String,
    #[serde(default = "one")]
    count: usize,
    uuid: Option<String>,
    nodes: Option<usize>,
    license: Option<FileLicense>,
    #[serde(default)]
    users: Vec<FileUser>,
    #[serde(default)]
    roles: BTreeMap<String, Value>,
    #[serde(default)]
    api_keys: Vec<FileApiKey>,
    #[serde(default)]
    keystore: BTreeMap<String, String>,
    #[serde(default)]
    persistent_settings: BTreeMap<String, Value>,
    /// Named CA of the HTTP and remote cluster server certificates ("sim" = the simulator's CA).
    ca: Option<String>,
    server_names: Option<Vec<String>>,
    transport_ca: Option<String>,
    remote_cluster_client_cas: Option<Vec<String>>,
    transport_trusted_cas: Option<Vec<String>>,
    /// PEM files of CAs to trust as a remote cluster client (e.g. another process's ca.crt).
    #[serde(default)]
    remote_cluster_client_ca_files: Vec<PathBuf>,
    /// PEM files of CAs the transport layer trusts.
    #[serde(default)]
    transport_trusted_ca_files: Vec<PathBuf>,
    /// `required` (default), `optional` or `none`.
    transport_client_authentication: Option<String>,
    #[serde(default)]
    remote_cluster_server: bool,
    #[serde(default)]
    transport_port: bool,
    /// Keystore file of every node.
    keystore_path: Option<PathBuf>,
    /// Keystore file per node (index = node), `null` for "use keystore_path / in memory".
    #[serde(default)]
    node_keystore_paths: Vec<Option<PathBuf>>,
    keystore_password: Option<String>,
    #[serde(default)]
    node_names: Vec<String>,
    #[serde(default)]
    indices: Vec<String>,
}

fn one() -> usize {
    1
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileLicense {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default = "active")]
    status: String,
    expiry_millis: Option<i64>,
}

fn active() -> String {
    "active".into()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileUser {
    username: String,
    password: String,
    #[serde(default)]
    roles: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileApiKey {
    id: String,
    api_key: String,
    owner: String,
    #[serde(default)]
    role_descriptors: Value,
}

fn spec_of(c: &FileCluster) -> anyhow::Result<ClusterSpec> {
    let mut s = ClusterSpec::new(&c.name, &c.version);
    if let Some(u) = &c.uuid {
        s = s.uuid(u);
    }
    if let Some(n) = c.nodes {
        s = s.nodes(n);
    }
    if let Some(l) = &c.license {
        s = s.license(&l.kind, &l.status);
        if let Some(e) = l.expiry_millis {
            s = s.license_expiry_millis(e);
        }
    }
    for u in &c.users {
        let roles: Vec<&str> = u.roles.iter().map(String::as_str).collect();
        s = s.user(&u.username, &u.password, &roles);
    }
    for (name, d) in &c.roles {
        s = s.role(name, d.clone());
    }
    for k in &c.api_keys {
        s = s.api_key(&k.id, &k.api_key, &k.owner, k.role_descriptors.clone());
    }
    for (k, v) in &c.keystore {
        s = s.keystore(k, v);
    }
    for (k, v) in &c.persistent_settings {
        s = s.persistent_setting(k, v.clone());
    }
    if let Some(ca) = &c.ca {
        s = s.ca(ca);
    }
    if let Some(names) = &c.server_names {
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        s = s.server_names(&names);
    }
    if let Some(ca) = &c.transport_ca {
        s = s.transport_ca(ca);
    }
    if let Some(cas) = &c.remote_cluster_client_cas {
        let cas: Vec<&str> = cas.iter().map(String::as_str).collect();
        s = s.remote_cluster_client_cas(&cas);
    }
    if let Some(cas) = &c.transport_trusted_cas {
        let cas: Vec<&str> = cas.iter().map(String::as_str).collect();
        s = s.transport_trusted_cas(&cas);
    }
    s = s
        .remote_cluster_server(c.remote_cluster_server)
        .transport_port(c.transport_port);
    if let Some(mode) = &c.transport_client_authentication {
        s = s.transport_client_authentication(match mode.as_str() {
            "required" => esconnect_sim::ClientAuth::Required,
            "optional" => esconnect_sim::ClientAuth::Optional,
            "none" => esconnect_sim::ClientAuth::None,
            other => anyhow::bail!(
                "cluster [{}]: transport_client_authentication must be required, optional or none, not [{other}]",
                c.name
            ),
        });
    }
    if !c.node_names.is_empty() {
        let names: Vec<&str> = c.node_names.iter().map(String::as_str).collect();
        s = s.node_names(&names);
    }
    if let Some(p) = &c.keystore_path {
        s = s.keystore_path(p);
    }
    for (i, p) in c.node_keystore_paths.iter().enumerate() {
        if let Some(p) = p {
            s = s.node_keystore_path(i, p);
        }
    }
    if let Some(pw) = &c.keystore_password {
        s = s.keystore_password(pw);
    }
    for i in &c.indices {
        s = s.index(i);
    }
    for f in &c.remote_cluster_client_ca_files {
        let pem = std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
        s = s.remote_cluster_client_ca_pem(&pem);
    }
    for f in &c.transport_trusted_ca_files {
        let pem = std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
        s = s.transport_trusted_ca_pem(&pem);
    }
    Ok(s)
}

/// `ca-<name in lowercase, other characters as '-'>.crt`
fn ca_file_name(name: &str) -> String {
    let slug: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("ca-{slug}.crt")
}

/// Write every named CA next to `ca.crt`; `(name, path, pem)` for each, the simulator's CA first.
fn write_named_cas(
    sim: &Sim,
    dir: &Path,
    ca_path: &Path,
) -> anyhow::Result<Vec<(String, PathBuf, String)>> {
    let mut out = Vec::new();
    for name in sim.ca_names() {
        let Some(pem) = sim.named_ca_pem(&name) else {
            continue;
        };
        let path = if name == esconnect_sim::SIM_CA {
            ca_path.to_owned()
        } else {
            let p = dir.join(ca_file_name(&name));
            std::fs::write(&p, pem.as_bytes())
                .with_context(|| format!("writing {}", p.display()))?;
            p
        };
        out.push((name, path, pem));
    }
    Ok(out)
}

fn build(args: &ServeArgs) -> anyhow::Result<Sim> {
    let mut builder = Sim::builder();
    let mut cloud = !args.no_cloud;
    let mut plain = args.plain_http;
    if let Some(path) = &args.config {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let cfg: FileConfig =
            serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
        cloud &= cfg.cloud;
        plain |= cfg.plain_http;
        if let Some(k) = &cfg.cloud_api_key {
            builder = builder.cloud_api_key(k);
        }
        if let Some(t) = &cfg.autoops_token {
            builder = builder.autoops_token(t);
        }
        for c in &cfg.clusters {
            let spec = spec_of(c)?;
            builder = if c.count > 1 {
                builder.clusters_from(spec, c.count)
            } else {
                builder.cluster(spec)
            };
        }
    } else {
        let spec = ClusterSpec::new("demo", &args.version).license(&args.license, "active");
        builder = if args.clusters > 1 {
            builder.clusters_from(spec, args.clusters)
        } else {
            builder.cluster(spec)
        };
    }
    if let Some(t) = &args.ec_api {
        let spec = if t == "ech" {
            esconnect_sim::EceSpec::ech()
        } else {
            esconnect_sim::EceSpec::ece()
        };
        builder =
            builder.ece(spec.deployment(esconnect_sim::DeploymentSpec::new(DEMO_DEPLOYMENT_ID)));
    }
    builder.cloud(cloud).plain_http(plain).start()
}

/// The deployment `--ec-api` starts with.
const DEMO_DEPLOYMENT_ID: &str = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

fn temp_ca_dir() -> anyhow::Result<PathBuf> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos();
    let dir = std::env::temp_dir().join(format!("esconnect-sim-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

async fn wait_for_stop(ignore_stdin: bool) -> anyhow::Result<&'static str> {
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    if !ignore_stdin {
        std::thread::Builder::new()
            .name("stdin-watch".into())
            .spawn(move || {
                let mut buf = [0u8; 4096];
                let mut stdin = std::io::stdin().lock();
                while let Ok(n) = stdin.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                }
                let _ = tx.send(());
            })?;
    }
    let stdin_eof = async move {
        if ignore_stdin {
            std::future::pending::<()>().await;
        } else {
            let _ = rx.await;
        }
    };
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
        Ok(tokio::select! {
            () = stdin_eof => "stdin reached EOF",
            _ = tokio::signal::ctrl_c() => "SIGINT",
            _ = term.recv() => "SIGTERM",
        })
    }
    #[cfg(not(unix))]
    {
        Ok(tokio::select! {
            () = stdin_eof => "stdin reached EOF",
            _ = tokio::signal::ctrl_c() => "interrupt",
        })
    }
}

fn serve(args: &ServeArgs) -> anyhow::Result<()> {
    let (ca_dir, temporary) = match &args.ca_dir {
        Some(d) => (d.clone(), false),
        None => (temp_ca_dir()?, true),
    };
    let sim = build(args)?;
    let ca_path = sim
        .write_ca(&ca_dir)
        .with_context(|| format!("writing the CA to {}", ca_dir.display()))?;
    let cas = write_named_cas(&sim, &ca_dir, &ca_path)?;
    let ca_file_of = |pem: &str| {
        cas.iter()
            .find(|(_, _, p)| p == pem)
            .map_or(Value::Null, |(_, path, _)| {
                json!(path.display().to_string())
            })
    };
    let clusters: Vec<Value> = sim
        .clusters()
        .iter()
        .map(|c| {
            let nodes: Vec<Value> = c
                .nodes()
                .into_iter()
                .enumerate()
                .map(|(i, (id, name))| {
                    json!({
                        "id": id,
                        "name": name,
                        "keystore_path": c.node_keystore_path(i).map(|p| p.display().to_string()),
                    })
                })
                .collect();
            json!({
                "name": c.name(),
                "url": c.url(),
                "version": c.version(),
                "uuid": c.uuid(),
                "rcs_address": c.rcs_addr().map(|a| a.to_string()),
                "transport_address": c.transport_addr().map(|a| a.to_string()),
                "http_ca_cert": ca_file_of(&c.http_ca_pem()),
                "http_ca_subject": c.http_ca_subject(),
                "transport_ca_cert": ca_file_of(&c.transport_ca_pem()),
                "transport_ca_subject": c.transport_ca_subject(),
                "nodes": nodes,
            })
        })
        .collect();
    let ca_files: serde_json::Map<String, Value> = cas
        .iter()
        .map(|(name, path, _)| (name.clone(), json!(path.display().to_string())))
        .collect();
    let cloud_url = sim.try_cloud_api().map_or(Value::Null, |s| json!(s.url()));
    let otel_url = sim.try_otel().map_or(Value::Null, |s| json!(s.url()));
    let doc = json!({
        "ca_cert": ca_path.display().to_string(),
        "ca_pem": sim.ca_pem(),
        "ca_files": ca_files,
        "clusters": clusters,
        "cloud_api_url": cloud_url,
        "otel_url": otel_url,
        "cloud_api_key": sim.cloud_api_key(),
        "autoops_token": sim.autoops_token(),
        "ec_host": sim.try_ece().map_or(Value::Null, |e| json!(e.host())),
        "ec_api_key": sim.try_ece().map_or(Value::Null, |e| json!(e.api_key())),
        "ec_deployment": sim.try_ece().map_or(Value::Null, |_| json!(DEMO_DEPLOYMENT_ID)),
    });
    {
        let mut out = std::io::stdout().lock();
        writeln!(out, "{doc}")?;
        out.flush()?;
    }
    tracing::info!(
        "serving {} cluster(s){}; CA at {}",
        sim.clusters().len(),
        if sim.try_cloud_api().is_some() {
            " and the cloud endpoints"
        } else {
            ""
        },
        ca_path.display()
    );
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let why = rt.block_on(wait_for_stop(args.ignore_stdin))?;
    tracing::info!("stopping: {why}");
    drop(sim);
    if temporary {
        remove_dir(&ca_dir);
    }
    Ok(())
}

fn remove_dir(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
}

/// `ES_PATH_CONF`: Elasticsearch's configuration directory, read by the keystore stand-in like
/// `elasticsearch-keystore` does (the simulator is independent of esconnect-core's variable catalogue).
const ES_PATH_CONF: &str = "ES_PATH_CONF";

fn keystore_cmd(args: &KeystoreArgs) -> std::process::ExitCode {
    use esconnect_sim::keystore;
    let fail = |code: u8, msg: String| {
        eprintln!("ERROR: {msg}");
        std::process::ExitCode::from(code)
    };
    let path = match (&args.keystore, std::env::var_os(ES_PATH_CONF)) {
        (Some(p), _) => p.clone(),
        (None, Some(dir)) => PathBuf::from(dir).join("elasticsearch.keystore"),
        (None, None) => {
            return fail(
                2,
                "no keystore given: pass --keystore PATH or set ES_PATH_CONF to the directory holding elasticsearch.keystore".into(),
            );
        }
    };
    let existing = match keystore::read(&path) {
        Ok(e) => Some(e),
        Err(keystore::KeystoreError::Missing(_)) => None,
        Err(e) => return fail(1, e.to_string()),
    };
    match &args.command {
        KeystoreCommand::Create => {
            if existing.is_some() {
                return fail(1, format!("keystore [{}] already exists", path.display()));
            }
            if let Err(e) = keystore::write(&path, &keystore::new_entries()) {
                return fail(1, e.to_string());
            }
            eprintln!("Created elasticsearch keystore in {}", path.display());
        }
        KeystoreCommand::Add {
            stdin,
            force,
            names,
        } => {
            if !stdin {
                return fail(
                    2,
                    "this stand-in has no prompts: pass the values on stdin with -x".into(),
                );
            }
            let Some(mut entries) = existing.or_else(|| force.then(keystore::new_entries)) else {
                return fail(
                    1,
                    format!(
                        "Elasticsearch keystore not found at [{}]. Use 'create' command to create one (or add -f).",
                        path.display()
                    ),
                );
            };
            let mut input = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut input) {
                return fail(1, format!("reading stdin: {e}"));
            }
            let mut lines = input.lines();
            for name in names {
                // KeyStoreWrapper.ALLOWED_SETTING_NAME
                if name.is_empty()
                    || !name
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"_-.".contains(&b))
                {
                    return fail(
                        2,
                        format!(
                            "Setting name [{name}] does not match the allowed setting name pattern [[A-Za-z0-9_\\-.]+]"
                        ),
                    );
                }
                if entries.contains_key(name) && !force {
                    return fail(
                        1,
                        format!(
                            "Setting [{name}] already exists in the keystore; use -f to overwrite it"
                        ),
                    );
                }
                let Some(value) = lines.next().map(|l| l.trim_end_matches('\r')) else {
                    return fail(2, format!("no value on stdin for setting [{name}]"));
                };
                if value.is_empty() {
                    return fail(2, format!("the value for setting [{name}] is empty"));
                }
                entries.insert(name.clone(), value.to_owned());
            }
            if let Err(e) = keystore::write(&path, &entries) {
                return fail(1, e.to_string());
            }
        }
        KeystoreCommand::Remove { names } => {
            let Some(mut entries) = existing else {
                return fail(
                    1,
                    format!("Elasticsearch keystore not found at [{}]", path.display()),
                );
            };
            for name in names {
                if entries.remove(name).is_none() {
                    return fail(
                        1,
                        format!("Setting [{name}] does not exist in the keystore."),
                    );
                }
            }
            if let Err(e) = keystore::write(&path, &entries) {
                return fail(1, e.to_string());
            }
        }
        KeystoreCommand::List => {
            let Some(entries) = existing else {
                return fail(
                    1,
                    format!("Elasticsearch keystore not found at [{}]", path.display()),
                );
            };
            let mut out = std::io::stdout().lock();
            for name in entries.keys() {
                if writeln!(out, "{name}").is_err() {
                    break;
                }
            }
        }
    }
    std::process::ExitCode::SUCCESS
}

fn main() -> std::process::ExitCode {
    use std::io::IsTerminal as _;
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    // installed (or linked) as `elasticsearch-keystore`, it behaves as `esconnect-sim keystore`
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let invoked_as_keystore = args.first().is_some_and(|a| {
        Path::new(a)
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("elasticsearch-keystore"))
    });
    if invoked_as_keystore {
        args.insert(1, "keystore".into());
    }
    let cli = Cli::parse_from(args);
    let result = match &cli.command {
        Command::Serve(args) => serve(args),
        Command::Keystore(args) => return keystore_cmd(args),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}
