//! Remote-cluster benchmarks, each against a reference measured in the same run:
//!
//! 1. `es-remote status ALIAS --wait` on a connected remote, against the simulator's own
//!    `_resolve/cluster` (one real TLS handshake to the remote, in-process); and the time from the remote
//!    cluster server coming back to `--wait` returning, against the same reference.
//! 2. `es-remote doctor` with 300 ms of latency on the local cluster and on the remote's handshakes,
//!    against the slowest of its checks: concurrent checks make the wall time close to the slowest.
//! 3. `es-remote list` over 1,000 remotes, against the simulator's own `_remote/info` for them.

use anyhow::{Context, Result, bail};
use esconnect_core::env;
use esconnect_sim::{ClusterSpec, Fault, FaultRule, Sim};
use serde_json::{Map, Value, json};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ADMIN: (&str, &str) = ("elastic", "changeme");

fn es_remote(dir: &Path, sim: &Sim, ca: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(crate::meta::target_dir().join("release/es-remote"));
    cmd.args(args)
        .env_clear()
        .env(env::ELASTICSEARCH_URL.name, sim.cluster("local").url())
        .env(env::ELASTICSEARCH_CA_CERT.name, ca)
        .env(env::ELASTICSEARCH_USERNAME.name, ADMIN.0)
        .env(env::ELASTICSEARCH_PASSWORD.name, ADMIN.1)
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    cmd
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// A local and a remote cluster connected with a cross-cluster key as `prod`.
fn connected_pair() -> Result<Sim> {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("local", "8.17.0"))
        .cluster(ClusterSpec::new("remote", "8.17.0").remote_cluster_server(true))
        .start()?;
    let (status, key) = sim.cluster("remote").call(
        "POST",
        "/_security/cross_cluster/api_key",
        ADMIN.0,
        ADMIN.1,
        Some(&json!({"name": "bench", "access": {"search": [{"names": ["*"]}]}})),
    );
    if status != 200 {
        bail!("creating the key: {status} {key}");
    }
    let local = sim.cluster("local");
    local.keystore_set(
        "cluster.remote.prod.credentials",
        key["encoded"].as_str().context("encoded")?,
    );
    // The key is loaded as Elasticsearch loads it: by a reload of the secure settings.
    let (status, v) = local.call(
        "POST",
        "/_nodes/reload_secure_settings",
        ADMIN.0,
        ADMIN.1,
        Some(&json!({})),
    );
    if status != 200 {
        bail!("reload: {status} {v}");
    }
    let rcs = sim.cluster("remote").rcs_addr().context("rcs")?.to_string();
    let (status, v) = local.call(
        "PUT",
        "/_cluster/settings",
        ADMIN.0,
        ADMIN.1,
        Some(&json!({"persistent": {"cluster.remote.prod.mode": "proxy",
            "cluster.remote.prod.proxy_address": rcs, "cluster.remote.prod.server_name": "localhost"}})),
    );
    if status != 200 {
        bail!("settings: {status} {v}");
    }
    Ok(sim)
}

/// The simulator's own cost of the active check (one handshake to the remote), in-process.
fn resolve_reference(sim: &Sim, runs: usize) -> Result<Duration> {
    let mut times = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let (status, v) =
            sim.cluster("local")
                .call("GET", "/_resolve/cluster/prod:*", ADMIN.0, ADMIN.1, None);
        times.push(t.elapsed());
        if status != 200 || v["prod"]["connected"] != Value::Bool(true) {
            bail!("the reference check failed: {status} {v}");
        }
    }
    Ok(median(times))
}

pub fn run(runs: usize) -> Result<()> {
    let work = tempfile::tempdir()?;
    let dir = work.path();
    let sim = connected_pair()?;
    let ca = sim.write_ca(dir)?;

    // 1. status --wait on a connected remote, and noticing a reconnect
    let reference = resolve_reference(&sim, runs.max(5) * 4)?;
    let mut waits = Vec::new();
    for _ in 0..runs.max(3) {
        let t = Instant::now();
        let out = es_remote(dir, &sim, &ca, &["status", "prod", "--wait"]).output()?;
        waits.push(t.elapsed());
        if !out.status.success() {
            bail!(
                "status --wait failed: {}",
                String::from_utf8_lossy(&out.stdout)
            );
        }
    }
    let wait = median(waits);
    println!(
        "\n## es-remote status --wait (connected remote)\nthe simulator's own _resolve/cluster (one TLS handshake to the remote): {:.1} ms\nes-remote status --wait (process start, version, settings, _remote/info, _resolve/cluster): {:.1} ms = {:.1}x the reference",
        ms(reference),
        ms(wait),
        wait.as_secs_f64() / reference.as_secs_f64()
    );
    let remote = sim.cluster("remote");
    let mut latencies = Vec::new();
    for _ in 0..runs.max(3) {
        remote.set_remote_cluster_server_up(false);
        let mut child = es_remote(
            dir,
            &sim,
            &ca,
            &["status", "prod", "--wait", "--wait-timeout", "30s"],
        )
        .spawn()?;
        std::thread::sleep(Duration::from_millis(1500));
        remote.set_remote_cluster_server_up(true);
        let up = Instant::now();
        let status = child.wait()?;
        latencies.push(up.elapsed());
        if !status.success() {
            bail!("status --wait did not see the remote come back");
        }
    }
    let back = median(latencies);
    println!(
        "remote cluster server back -> --wait returns: {:.0} ms = {:.1}x the reference (polling backs off to at most 1 s)",
        ms(back),
        back.as_secs_f64() / reference.as_secs_f64()
    );

    // 2. doctor with 300 ms on every target
    const LATENCY: Duration = Duration::from_millis(300);
    sim.cluster("local")
        .add_fault(FaultRule::any(Fault::Latency(LATENCY)));
    remote.set_remote_handshake_delay(LATENCY);
    let mut walls = Vec::new();
    let mut slowest = Vec::new();
    for _ in 0..runs.max(3) {
        let t = Instant::now();
        let out = es_remote(
            dir,
            &sim,
            &ca,
            &[
                "doctor",
                "prod",
                "--remote-ca",
                &ca.display().to_string(),
                "--output",
                "json",
            ],
        )
        .output()?;
        walls.push(t.elapsed());
        let v: Value = serde_json::from_slice(&out.stdout).context("doctor's JSON")?;
        let max = v["checks"]
            .as_array()
            .context("checks")?
            .iter()
            .filter_map(|c| c["elapsed_ms"].as_u64())
            .max()
            .unwrap_or(0);
        slowest.push(Duration::from_millis(max));
    }
    let (wall, slow) = (median(walls), median(slowest));
    println!(
        "\n## es-remote doctor (300 ms latency on the local cluster and on the remote's handshakes)\nslowest check {:.0} ms; doctor's wall time {:.0} ms = {:.2}x the slowest check (it first reads settings, _remote/info and the version, each 300 ms, concurrently)",
        ms(slow),
        ms(wall),
        wall.as_secs_f64() / slow.as_secs_f64().max(0.001)
    );
    sim.cluster("local").clear_faults();
    remote.set_remote_handshake_delay(Duration::ZERO);

    // 3. a status sweep of 1,000 remotes
    let rcs = remote.rcs_addr().context("rcs")?.to_string();
    let mut settings = Map::new();
    for i in 0..1000 {
        settings.insert(format!("cluster.remote.r{i}.mode"), json!("proxy"));
        settings.insert(format!("cluster.remote.r{i}.proxy_address"), json!(rcs));
        settings.insert(
            format!("cluster.remote.r{i}.server_name"),
            json!("localhost"),
        );
    }
    let (status, v) = sim.cluster("local").call(
        "PUT",
        "/_cluster/settings",
        ADMIN.0,
        ADMIN.1,
        Some(&json!({ "persistent": settings })),
    );
    if status != 200 {
        bail!("1,000 remotes: {status} {v}");
    }
    let t = Instant::now();
    let (status, _) = sim
        .cluster("local")
        .call("GET", "/_remote/info", ADMIN.0, ADMIN.1, None);
    let info = t.elapsed();
    if status != 200 {
        bail!("_remote/info: {status}");
    }
    let t = Instant::now();
    let out = es_remote(dir, &sim, &ca, &["list", "--output", "json"]).output()?;
    let sweep = t.elapsed();
    let rows: Value = serde_json::from_slice(&out.stdout).context("list's JSON")?;
    let n = rows.as_array().map_or(0, Vec::len);
    if n != 1001 {
        bail!("es-remote list reported {n} remotes, not 1,001");
    }
    println!(
        "\n## es-remote list over 1,001 remotes\nthe simulator's own _remote/info (1,001 handshakes): {:.0} ms; es-remote list: {:.0} ms = {:.2}x",
        ms(info),
        ms(sweep),
        sweep.as_secs_f64() / info.as_secs_f64()
    );
    Ok(())
}
