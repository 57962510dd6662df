//! `cargo xtask bench [--quick]`: each measurement reported as a ratio to a reference measured in the same
//! run on the same machine (no absolute thresholds in tests; these numbers are for humans and the notes).
//!
//! 1. Concurrency of the probe: each component (Elasticsearch, Cloud Connected API, OTel collector) gets
//!    300 ms of simulated latency; the probe's wall time is compared with the sum of the components'
//!    latencies, measured directly in this run. Target: close to the slowest component, not the sum.
//! 2. Start-up: each binary's `--version` against `/bin/true`.
//! 3. Fleet: `autoops-probe --inventory` over the clusters of `esconnect-sim serve --clusters N` in its
//!    own process: 10,000 clusters, and 3,000 under `ulimit -n 1024`; wall time and peak RSS (from
//!    `/usr/bin/time`) against the targets (10 s, 150 MB on 2 cores) and zero false failures.
//! 4. Remote clusters (`bench_remote`): `es-remote status --wait`, `doctor` and a 1,000-remote `list`.

use anyhow::{Context, Result, bail};
use esconnect_core::auth::Auth;
use esconnect_core::env;
use esconnect_core::http::tls::TlsOptions;
use esconnect_core::http::{ClientConfig, Endpoint, HttpClient, Request, RetryPolicy};
use esconnect_core::secret::Secret;
use esconnect_sim::{ClusterSpec, Fault, FaultRule, Sim};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn release_bin(name: &str) -> PathBuf {
    crate::meta::target_dir().join("release").join(name)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time_cmd(cmd: &mut Command) -> Result<Duration> {
    let t = Instant::now();
    let status = cmd.stdout(Stdio::null()).stderr(Stdio::null()).status()?;
    let d = t.elapsed();
    if !status.success() && status.code() != Some(1) {
        bail!("{cmd:?} failed: {status}");
    }
    Ok(d)
}

pub fn run(args: &[String]) -> Result<()> {
    let quick = args.iter().any(|a| a == "--quick");
    // `--fleet`: only the fleet measurements (builds only the probe and the simulator).
    let fleet_only = args.iter().any(|a| a == "--fleet");
    let mut build = crate::cargo();
    build.args(["build", "--release", "--quiet"]);
    let bins: Vec<String> = crate::meta::Workspace::load(crate::root())?
        .bins()
        .into_iter()
        .map(|b| b.name)
        .filter(|b| !fleet_only || b == "autoops-probe" || b == "esconnect-sim")
        .collect();
    for b in &bins {
        build.args(["--bin", b]);
    }
    crate::run_cmd(&mut build)?;
    println!(
        "# esconnect benchmarks ({} cores)",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(0)
    );
    // `--fleet` runs only the fleet; `--only NAME` (concurrency, startup, fleet, remote) one section.
    let only = if fleet_only {
        Some("fleet")
    } else {
        args.iter()
            .position(|a| a == "--only")
            .and_then(|i| args.get(i + 1))
            .map(String::as_str)
    };
    let want = |name: &str| only.is_none_or(|o| o == name);
    if want("concurrency") {
        concurrency(if quick { 3 } else { 7 })?;
    }
    if want("startup") {
        startup(if quick { 10 } else { 40 }, &bins)?;
    }
    if want("fleet") {
        fleet(if quick { 1 } else { 3 })?;
    }
    if want("remote") {
        crate::bench_remote::run(if quick { 3 } else { 5 })?;
    }
    Ok(())
}

fn rt() -> tokio_rt::Runtime {
    tokio_rt::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

use tokio::runtime as tokio_rt;

fn concurrency(runs: usize) -> Result<()> {
    const LATENCY: Duration = Duration::from_millis(300);
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("bench", "8.17.0"))
        .cloud(true)
        .start()?;
    let dir = tempfile::tempdir()?;
    let ca = sim.write_ca(dir.path())?;
    // Elasticsearch is probed with three requests in a row: 100 ms each makes the component's 300 ms.
    sim.cluster("bench")
        .add_fault(FaultRule::any(Fault::Latency(LATENCY / 3)));
    sim.cloud_api()
        .add_fault(FaultRule::any(Fault::Latency(LATENCY)));
    sim.otel()
        .add_fault(FaultRule::any(Fault::Latency(LATENCY)));

    // Reference: each component's requests, one after the other, with the same client stack.
    let cfg = ClientConfig {
        tls: TlsOptions {
            ca_certs: vec![ca.clone()],
            ..Default::default()
        },
        retry: RetryPolicy::NONE,
        ..ClientConfig::default()
    };
    let client = HttpClient::new(cfg)?;
    let auth = Some(Auth::Basic {
        username: "elastic".into(),
        password: Secret::new("changeme"),
    });
    let es = Endpoint::new(
        client.clone(),
        url::Url::parse(&sim.cluster("bench").url())?,
        auth,
    );
    let cloud = Endpoint::new(
        client.clone(),
        url::Url::parse(&sim.cloud_api().url())?,
        None,
    );
    let otel = Endpoint::new(client, url::Url::parse(&sim.otel().url())?, None);
    let rt = rt();
    let mut refs = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        rt.block_on(async {
            let _ = es.send(&Request::get("/")).await;
            let _ = es.send(&Request::get("/_license")).await;
            let _ = es
                .send(&Request::post(
                    "/_security/user/_has_privileges",
                    autoops_common::privileges_check(),
                ))
                .await;
            let _ = cloud
                .send(
                    &Request::post(autoops_common::CLOUD_CONNECTED_PATH, serde_json::json!({}))
                        .without_auth(),
                )
                .await;
            let _ = otel
                .send(
                    &Request::new(
                        esconnect_core::http::Method::POST,
                        autoops_common::OTEL_LOGS_PATH,
                    )
                    .without_auth()
                    .empty_body(),
                )
                .await;
        });
        refs.push(t.elapsed());
    }
    let reference = median(refs);

    let pw = dir.path().join("pw");
    std::fs::write(&pw, "changeme")?;
    let mut probes = Vec::new();
    for _ in 0..runs {
        let mut cmd = Command::new(release_bin("autoops-probe"));
        cmd.env_clear()
            .env(env::AUTOOPS_ES_URL.name, sim.cluster("bench").url())
            .env(env::AUTOOPS_ES_USERNAME.name, "elastic")
            .env(env::AUTOOPS_ES_PASSWORD.name, "changeme")
            .env(env::AUTOOPS_CA_CERT.name, &ca)
            .env(env::AUTOOPS_OTEL_URL.name, sim.otel().url())
            .env(
                env::ELASTIC_CLOUD_CONNECTED_MODE_API_URL.name,
                sim.cloud_api().url(),
            )
            .env(env::SSL_CERT_FILE.name, &ca)
            .args(["--output", "json"]);
        probes.push(time_cmd(&mut cmd)?);
    }
    let probe = median(probes);
    println!(
        "\n## 1. Probe concurrency (each component 300 ms of simulated latency, median of {runs})"
    );
    println!(
        "sum of the components, measured one after the other: {:>6} ms  (reference)",
        reference.as_millis()
    );
    println!(
        "autoops-probe wall time:                               {:>6} ms",
        probe.as_millis()
    );
    println!(
        "ratio probe / sum:                                     {:>6.2}   (1/3 would be perfect overlap of three equal components)",
        probe.as_secs_f64() / reference.as_secs_f64()
    );
    println!(
        "ratio probe / slowest component (300 ms):              {:>6.2}   (overhead of start-up, TLS and the report)",
        probe.as_secs_f64() / LATENCY.as_secs_f64()
    );
    Ok(())
}

fn startup(runs: usize, bins: &[String]) -> Result<()> {
    let t_true = median(
        (0..runs)
            .map(|_| time_cmd(&mut Command::new("/bin/true")))
            .collect::<Result<Vec<_>>>()?,
    );
    println!("\n## 2. Start-up (`--version`, median of {runs})");
    println!(
        "{:<16} {:>9} us  (reference)",
        "/bin/true",
        t_true.as_micros()
    );
    for b in bins {
        let t = median(
            (0..runs)
                .map(|_| time_cmd(Command::new(release_bin(b)).arg("--version")))
                .collect::<Result<Vec<_>>>()?,
        );
        println!(
            "{b:<16} {:>9} us  ratio {:>5.1}",
            t.as_micros(),
            t.as_secs_f64() / t_true.as_secs_f64()
        );
    }
    Ok(())
}

/// A simulator in its own process, as a user runs it (`esconnect-sim serve --clusters N`), with its soft
/// open-file limit raised to the hard one (it holds a listener per cluster). Stops when dropped (its
/// stdin closes).
struct SimProcess {
    child: std::process::Child,
    info: serde_json::Value,
    dir: tempfile::TempDir,
}

impl SimProcess {
    fn start(clusters: usize) -> Result<Self> {
        use std::io::BufRead as _;
        let dir = tempfile::tempdir()?;
        let mut child = Command::new("sh")
            .args(["-c", "ulimit -n \"$(ulimit -Hn)\" && exec \"$0\" \"$@\""])
            .arg(release_bin("esconnect-sim"))
            .args(["serve", "--clusters", &clusters.to_string(), "--ca-dir"])
            .arg(dir.path())
            .env(env::RUST_LOG.name, "error")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .context("starting esconnect-sim")?;
        let stdout = child.stdout.take().context("the simulator's stdout")?;
        let mut reader = std::io::BufReader::new(stdout);
        let mut text = String::new();
        let info = loop {
            let mut line = String::new();
            if reader.read_line(&mut line)? == 0 {
                bail!("esconnect-sim exited before printing its endpoints");
            }
            text.push_str(&line);
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) {
                break v;
            }
        };
        Ok(SimProcess { child, info, dir })
    }

    fn url(&self, key: &str) -> String {
        self.info[key].as_str().unwrap_or_default().to_string()
    }
}

impl Drop for SimProcess {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

fn write_inventory(path: &Path, sim: &SimProcess) -> Result<usize> {
    let clusters = sim.info["clusters"]
        .as_array()
        .context("the simulator's clusters")?;
    let mut s = String::from("clusters:\n");
    for c in clusters {
        s.push_str(&format!(
            "  - name: {}\n    url: {}\n    username: elastic\n    password_env: BENCH_ES_PASSWORD\n",
            c["name"].as_str().unwrap_or_default(),
            c["url"].as_str().unwrap_or_default(),
        ));
    }
    std::fs::write(path, s)?;
    Ok(clusters.len())
}

/// One fleet run's numbers.
struct FleetRun {
    wall: Duration,
    rss_kib: u64,
    total: u64,
    /// Clusters reported failed, with their codes: every one is false, the simulated clusters are healthy.
    failed: Vec<String>,
    stderr: String,
}

/// Runs the fleet probe under /usr/bin/time, under `ulimit -n LIMIT` (soft and hard, as a user's shell
/// sets it) when given.
fn timed_fleet(inventory: &Path, sim: &SimProcess, nofile: Option<u64>) -> Result<FleetRun> {
    let ca = sim.url("ca_cert");
    let script = match nofile {
        Some(n) => format!("ulimit -n {n} && exec \"$0\" \"$@\""),
        None => "exec \"$0\" \"$@\"".to_string(),
    };
    let t = Instant::now();
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M", "sh", "-c", &script])
        .arg(release_bin("autoops-probe"))
        .arg("--inventory")
        .arg(inventory)
        .args(["--ca-cert", &ca, "--output", "json"])
        .args(["--cloud-connected-url", &sim.url("cloud_api_url")])
        .args(["--otel-url", &sim.url("otel_url")])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("BENCH_ES_PASSWORD", "changeme")
        .env(env::SSL_CERT_FILE.name, &ca)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .context("/usr/bin/time (apt-get install -y time)")?;
    let wall = t.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let rss_kib: u64 = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .with_context(|| format!("no RSS from /usr/bin/time: {stderr}"))?;
    let report: serde_json::Value = serde_json::from_slice(&out.stdout)
        .with_context(|| format!("fleet report is not JSON: {stderr}"))?;
    let failed = report["clusters"]
        .as_array()
        .map(|cs| {
            cs.iter()
                .filter(|c| c["ok"] == false)
                .map(|c| {
                    let codes: Vec<&str> = c["checks"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter(|ch| ch["status"] == "fail")
                        .filter_map(|ch| ch["code"].as_str())
                        .collect();
                    format!("{}: {}", c["name"].as_str().unwrap_or("?"), codes.join(" "))
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(FleetRun {
        wall,
        rss_kib,
        total: report["summary"]["total"].as_u64().unwrap_or(0),
        failed,
        stderr,
    })
}

/// Targets on 2 cores (issue "Production hardening").
const FLEET_WALL_TARGET: Duration = Duration::from_secs(10);
const FLEET_RSS_TARGET_MB: f64 = 150.0;

/// The fleet as a user runs it: `esconnect-sim serve --clusters N` in its own process, an inventory of its
/// clusters, and `autoops-probe --inventory`: 10,000 clusters with the default limit, and 3,000 under
/// `ulimit -n 1024`. Fails on any failed cluster (all of them are healthy: a failure is false).
fn fleet(runs: usize) -> Result<()> {
    println!(
        "\n## 3. Fleet probe, simulator in its own process (targets on 2 cores: under {} s, under {FLEET_RSS_TARGET_MB} MB, zero false failures; median wall of {runs})",
        FLEET_WALL_TARGET.as_secs()
    );
    println!(
        "{:>8} {:>12} {:>9} {:>12} {:>9}  verdict",
        "clusters", "ulimit -n", "wall ms", "peak RSS MB", "failures"
    );
    let mut false_failures = Vec::new();
    for (n, nofile) in [(10_000usize, None), (3_000, Some(1024u64))] {
        let sim = SimProcess::start(n)?;
        let inv = sim.dir.path().join("inventory.yml");
        let count = write_inventory(&inv, &sim)?;
        let mut walls = Vec::new();
        let mut rss = 0;
        let mut failed = Vec::new();
        let mut total = 0;
        let mut notes = String::new();
        for _ in 0..runs {
            let r = timed_fleet(&inv, &sim, nofile)?;
            walls.push(r.wall);
            rss = rss.max(r.rss_kib);
            total = r.total;
            if failed.is_empty() {
                failed = r.failed;
            }
            notes = r
                .stderr
                .lines()
                .filter(|l| l.contains("--concurrency"))
                .collect::<Vec<_>>()
                .join("; ");
        }
        let wall = median(walls);
        let mb = rss as f64 / 1024.0;
        let ok = wall < FLEET_WALL_TARGET
            && mb < FLEET_RSS_TARGET_MB
            && failed.is_empty()
            && total == count as u64;
        println!(
            "{count:>8} {:>12} {:>9} {mb:>12.1} {:>9}  {}",
            nofile.map_or_else(|| "default".to_string(), |n| n.to_string()),
            wall.as_millis(),
            failed.len(),
            if ok { "within targets" } else { "MISSED" }
        );
        if !notes.is_empty() {
            println!("         probe said: {notes}");
        }
        println!(
            "         ratio to the targets: {:.2} of the time, {:.2} of the memory",
            wall.as_secs_f64() / FLEET_WALL_TARGET.as_secs_f64(),
            mb / FLEET_RSS_TARGET_MB
        );
        false_failures.extend(failed.into_iter().take(5));
    }
    if !false_failures.is_empty() {
        bail!(
            "false failures (the simulated clusters are healthy): {}",
            false_failures.join(", ")
        );
    }
    Ok(())
}
