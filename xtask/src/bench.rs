//! `cargo xtask bench [--quick]`: each measurement reported as a ratio to a reference measured in the same
//! run on the same machine (no absolute thresholds in tests; these numbers are for humans and the notes).
//!
//! 1. Concurrency of the probe: each component (Elasticsearch, Cloud Connected API, OTel collector) gets
//!    300 ms of simulated latency; the probe's wall time is compared with the sum of the components'
//!    latencies, measured directly in this run. Target: close to the slowest component, not the sum.
//! 2. Start-up: each binary's `--version` against `/bin/true`.
//! 3. Fleet: `autoops-probe --inventory` over 1,000 simulated clusters; wall time and peak RSS (from
//!    `/usr/bin/time`), against the targets (3 s, 100 MB) and against a one-cluster inventory.
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
    let mut build = crate::cargo();
    build.args(["build", "--release", "--quiet"]);
    let bins: Vec<String> = crate::meta::Workspace::load(crate::root())?
        .bins()
        .into_iter()
        .map(|b| b.name)
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
    // `--only NAME` (concurrency, startup, fleet, remote) runs one section.
    let only = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1))
        .map(String::as_str);
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

fn write_inventory(path: &Path, sim: &Sim, ca: &Path) -> Result<usize> {
    let mut s = String::from("clusters:\n");
    for c in sim.clusters() {
        s.push_str(&format!(
            "  - name: {}\n    url: {}\n    username: elastic\n    password_env: BENCH_ES_PASSWORD\n    ca_cert: {}\n",
            c.name(),
            c.url(),
            ca.display()
        ));
    }
    std::fs::write(path, s)?;
    Ok(sim.clusters().len())
}

/// Runs the fleet probe under /usr/bin/time; returns (wall, peak RSS in KiB).
fn timed_fleet(inventory: &Path, sim: &Sim, ca: &Path) -> Result<(Duration, u64)> {
    let t = Instant::now();
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(release_bin("autoops-probe"))
        .args(["--inventory"])
        .arg(inventory)
        .args([
            "--output",
            "json",
            "--otel-url",
            &sim.otel().url(),
            "--cloud-connected-url",
            &sim.cloud_api().url(),
        ])
        .env_clear()
        .env("BENCH_ES_PASSWORD", "changeme")
        .env(env::SSL_CERT_FILE.name, ca)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .context("/usr/bin/time (apt-get install -y time)")?;
    let wall = t.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let rss: u64 = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .with_context(|| format!("no RSS from /usr/bin/time: {stderr}"))?;
    let report: serde_json::Value = serde_json::from_slice(&out.stdout)
        .with_context(|| format!("fleet report is not JSON: {stderr}"))?;
    let ok = report["summary"]["ok"].as_u64().unwrap_or(0);
    let total = report["summary"]["total"].as_u64().unwrap_or(0);
    if ok != total || total == 0 {
        bail!(
            "fleet probe: {ok} of {total} clusters passed: {}",
            report["summary"]
        );
    }
    Ok((wall, rss))
}

fn fleet(runs: usize) -> Result<()> {
    const N: usize = 1000;
    let sim = Sim::builder()
        .clusters_from(ClusterSpec::new("fleet", "8.17.0"), N)
        .cloud(true)
        .start()?;
    let one = Sim::builder()
        .cluster(ClusterSpec::new("single", "8.17.0"))
        .cloud(true)
        .start()?;
    let dir = tempfile::tempdir()?;
    let ca = sim.write_ca(&dir.path().join("fleet-ca").tap_mkdir()?)?;
    let ca_one = one.write_ca(&dir.path().join("one-ca").tap_mkdir()?)?;
    let inv = dir.path().join("inventory.yml");
    let inv_one = dir.path().join("one.yml");
    let n = write_inventory(&inv, &sim, &ca)?;
    write_inventory(&inv_one, &one, &ca_one)?;
    let mut walls = Vec::new();
    let mut rss = 0;
    for _ in 0..runs {
        let (w, r) = timed_fleet(&inv, &sim, &ca)?;
        walls.push(w);
        rss = rss.max(r);
    }
    let (single, single_rss) = timed_fleet(&inv_one, &one, &ca_one)?;
    let wall = median(walls);
    println!(
        "\n## 3. Fleet probe of {n} simulated clusters (simulator in this process, same 2 cores; median of {runs})"
    );
    println!(
        "one-cluster inventory:  {:>6} ms, peak RSS {:>6.1} MB  (reference)",
        single.as_millis(),
        single_rss as f64 / 1024.0
    );
    println!(
        "{n}-cluster inventory: {:>6} ms, peak RSS {:>6.1} MB",
        wall.as_millis(),
        rss as f64 / 1024.0
    );
    println!(
        "ratio to the one-cluster run: {:>6.1}x time, {:>4.1}x memory",
        wall.as_secs_f64() / single.as_secs_f64(),
        rss as f64 / single_rss as f64
    );
    println!(
        "ratio to the targets: {:.2} of 3 s, {:.2} of 100 MB",
        wall.as_secs_f64() / 3.0,
        rss as f64 / 1024.0 / 100.0
    );
    Ok(())
}

trait TapMkdir {
    fn tap_mkdir(self) -> Result<PathBuf>;
}
impl TapMkdir for PathBuf {
    fn tap_mkdir(self) -> Result<PathBuf> {
        std::fs::create_dir_all(&self)?;
        Ok(self)
    }
}
