//! The `esconnect-sim` binary:
//! `esconnect-sim serve` runs simulated Elasticsearch clusters (and the AutoOps cloud endpoints) until
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
//! `--config FILE.json` describes the simulator instead of `--clusters/--version/--license`: see
//! [`crate::config`]. `esconnect-sim keystore ...` (also run when the binary is invoked as
//! `elasticsearch-keystore`) is the keystore stand-in: see [`crate::keystore::cli`].

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use serde_json::{Value, json};

use crate::config::Config;
use crate::keystore::{self, cli::KeystoreArgs};
use crate::{ClusterSpec, DeploymentSpec, EceSpec, Sim};

/// The command line of the `esconnect-sim` binary.
#[derive(Debug, Parser)]
#[command(
    name = "esconnect-sim",
    version,
    about = "Simulated Elasticsearch clusters and AutoOps cloud endpoints"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start the simulator and print its endpoints as JSON on stdout.
    Serve(ServeArgs),
    /// A stand-in for `bin/elasticsearch-keystore` that edits a simulated node's keystore file.
    Keystore(KeystoreArgs),
}

/// `esconnect-sim serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
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
        let path = if name == crate::SIM_CA {
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
    let mut builder = match &args.config {
        Some(path) => {
            let cfg = Config::read(path)?;
            cfg.builder()?
                .cloud(cfg.cloud && !args.no_cloud)
                .plain_http(cfg.plain_http || args.plain_http)
        }
        None => {
            let spec = ClusterSpec::new("demo", &args.version).license(&args.license, "active");
            let builder = if args.clusters > 1 {
                Sim::builder().clusters_from(spec, args.clusters)
            } else {
                Sim::builder().cluster(spec)
            };
            builder.cloud(!args.no_cloud).plain_http(args.plain_http)
        }
    };
    if let Some(t) = &args.ec_api {
        let spec = if t == "ech" {
            EceSpec::ech()
        } else {
            EceSpec::ece()
        };
        builder = builder.ece(spec.deployment(DeploymentSpec::new(DEMO_DEPLOYMENT_ID)));
    }
    builder.start()
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

/// Start the simulator, print its endpoints and serve until stdin reaches EOF or a signal comes.
pub fn serve(args: &ServeArgs) -> anyhow::Result<()> {
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

/// The whole `esconnect-sim` binary (logging to stderr, `elasticsearch-keystore` detection, the
/// subcommands).
pub fn main() -> std::process::ExitCode {
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
        Command::Keystore(args) => return keystore::cli::run(args),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}
