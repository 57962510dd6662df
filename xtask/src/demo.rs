//! `cargo xtask demo`: the AutoOps flow of the README against the simulator, start to finish, printing
//! each command and what it printed. Secrets the simulator hands out are shown as `[redacted]`.

use anyhow::{Context, Result, bail};
use esconnect_core::{Secret, env};
use esconnect_sim::{ClusterSpec, Sim};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

struct Step<'a> {
    bin: &'a str,
    args: Vec<String>,
    env: Vec<(&'a str, String)>,
    /// Write stdout to this file instead of showing it.
    stdout_to: Option<PathBuf>,
    expect: i32,
}

fn bin(name: &str) -> PathBuf {
    crate::meta::target_dir().join("debug").join(name)
}

fn run_step(step: &Step<'_>, dir: &Path, secrets: &[Secret]) -> Result<String> {
    let shown_env: Vec<String> = step
        .env
        .iter()
        .map(|(k, v)| format!("{k}={}", redact(v, secrets)))
        .collect();
    let redir = step
        .stdout_to
        .as_ref()
        .map(|p| format!(" > {}", p.file_name().unwrap().to_string_lossy()))
        .unwrap_or_default();
    println!(
        "\n$ {}{} {}{redir}",
        if shown_env.is_empty() {
            String::new()
        } else {
            format!("{} ", shown_env.join(" "))
        },
        step.bin,
        step.args.join(" ")
    );
    let out = Command::new(bin(step.bin))
        .args(&step.args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env(env::NO_COLOR.name, "1")
        .envs(step.env.iter().map(|(k, v)| (k.to_string(), v.clone())))
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("cannot run {}", step.bin))?;
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    match &step.stdout_to {
        Some(p) => {
            esconnect_core::fs::write_atomic(
                p,
                stdout.as_bytes(),
                esconnect_core::fs::FileMode::Secret,
            )?;
            println!(
                "[{} bytes written to {}, mode 0600]",
                stdout.len(),
                p.file_name().unwrap().to_string_lossy()
            );
        }
        None => print!("{}", redact(&stdout, secrets)),
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !stderr.trim().is_empty() {
        for line in redact(&stderr, secrets).lines() {
            println!("  (stderr) {line}");
        }
    }
    let code = out.status.code().unwrap_or(-1);
    println!("[exit {code}]");
    if code != step.expect {
        bail!(
            "`{} {}` exited {code}, expected {}",
            step.bin,
            step.args.join(" "),
            step.expect
        );
    }
    Ok(stdout)
}

fn redact(text: &str, secrets: &[Secret]) -> String {
    esconnect_core::secret::scrub(text, &secrets.iter().collect::<Vec<_>>())
}

pub fn run() -> Result<()> {
    crate::run_cmd(crate::cargo().args(["build", "--quiet", "--bins"]))?;
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("prod", "8.17.0").license("enterprise", "active"))
        .cloud(true)
        .start()?;
    let work = tempfile::tempdir()?;
    let dir = work.path();
    let ca = sim.write_ca(dir)?;
    let es = sim.cluster("prod").url();
    let ca_s = ca.display().to_string();
    println!("# esconnect demo: connect a self-managed cluster to AutoOps (against the simulator)");
    println!("# cluster {es} (8.17.0, enterprise license), CA in {ca_s}");
    println!(
        "# Cloud Connected API {} and OTel collector {} are simulated too",
        sim.cloud_api().url(),
        sim.otel().url()
    );
    println!("# working directory {}", dir.display());

    std::fs::write(dir.join("ccm"), "demo-cloud-connected-key\n")?;
    std::fs::write(dir.join("tok"), "demo-autoops-token\n")?;
    let mut secrets: Vec<Secret> = ["changeme", "demo-cloud-connected-key", "demo-autoops-token"]
        .into_iter()
        .map(Secret::new)
        .collect();
    let admin = || {
        vec![
            (env::ELASTICSEARCH_URL.name, es.clone()),
            (env::ELASTICSEARCH_CA_CERT.name, ca_s.clone()),
            (env::ELASTICSEARCH_USERNAME.name, "elastic".into()),
            (env::ELASTICSEARCH_PASSWORD.name, "changeme".into()),
        ]
    };

    println!("\n## 1. The credential AutoOps reads with");
    run_step(
        &Step {
            bin: "es-role",
            args: vec!["autoops".into(), "show".into()],
            env: vec![],
            stdout_to: None,
            expect: 0,
        },
        dir,
        &secrets,
    )?;
    run_step(
        &Step {
            bin: "es-role",
            args: vec!["autoops".into(), "role".into()],
            env: admin(),
            stdout_to: None,
            expect: 0,
        },
        dir,
        &secrets,
    )?;
    run_step(
        &Step {
            bin: "es-role",
            args: vec![
                "autoops".into(),
                "api-key".into(),
                "--name".into(),
                "autoops-prod".into(),
                "--expiration".into(),
                "90d".into(),
            ],
            env: admin(),
            stdout_to: Some(dir.join("key")),
            expect: 0,
        },
        dir,
        &secrets,
    )?;
    let key = std::fs::read_to_string(dir.join("key"))?.trim().to_string();
    secrets.push(Secret::new(key.clone()));
    if let Some((_, k)) = key.split_once(':') {
        secrets.push(Secret::new(k));
    }
    let with_key = vec![
        (env::ELASTICSEARCH_URL.name, es.clone()),
        (env::ELASTICSEARCH_CA_CERT.name, ca_s.clone()),
    ];
    run_step(
        &Step {
            bin: "es-role",
            args: vec![
                "autoops".into(),
                "check".into(),
                "--api-key-file".into(),
                "key".into(),
            ],
            env: with_key,
            stdout_to: None,
            expect: 0,
        },
        dir,
        &secrets,
    )?;

    println!("\n## 2. The agent's configuration");
    let env_args = |format: &str| -> Vec<String> {
        [
            "--es-url",
            &es,
            "--api-key-file",
            "key",
            "--region",
            "aws/eu-west-1",
            "--cloud-connected-key-file",
            "ccm",
            "--temp-resource-id",
            "demo-temp-id",
            "--token-file",
            "tok",
            "--ca-cert",
            &ca_s,
            "--format",
            format,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    run_step(
        &Step {
            bin: "autoops-env",
            args: env_args("compose"),
            env: vec![],
            stdout_to: None,
            expect: 0,
        },
        dir,
        &secrets,
    )?;
    let mut a = env_args("env");
    a.extend(["--out".into(), "autoops.env".into()]);
    run_step(
        &Step {
            bin: "autoops-env",
            args: a,
            env: vec![],
            stdout_to: None,
            expect: 0,
        },
        dir,
        &secrets,
    )?;
    println!(
        "(autoops.env holds the secrets; its mode is {:o})",
        mode(&dir.join("autoops.env"))
    );

    println!("\n## 3. Diagnose the three connections from where the agent runs");
    println!(
        "# (the env file names the real Elastic Cloud endpoints; the flags point the probe at the simulated ones)"
    );
    let probe_args = |extra: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = [
            "--env-file",
            "autoops.env",
            "--otel-url",
            &sim.otel().url(),
            "--cloud-connected-url",
            &sim.cloud_api().url(),
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    run_step(
        &Step {
            bin: "autoops-probe",
            args: probe_args(&[]),
            env: vec![(env::SSL_CERT_FILE.name, ca_s.clone())],
            stdout_to: None,
            expect: 0,
        },
        dir,
        &secrets,
    )?;

    println!("\n## 4. The same probe when the license has expired");
    sim.cluster("prod").set_license("enterprise", "expired");
    run_step(
        &Step {
            bin: "autoops-probe",
            args: probe_args(&["--output", "json"]),
            env: vec![(env::SSL_CERT_FILE.name, ca_s.clone())],
            stdout_to: None,
            expect: 1,
        },
        dir,
        &secrets,
    )?;
    remote_clusters()?;
    println!("\ndemo finished: every step behaved as expected");
    Ok(())
}

/// The remote-cluster flow of the README between two simulated clusters (API key model, real TLS), ending
/// in `connected: true`.
fn remote_clusters() -> Result<()> {
    let work = tempfile::tempdir()?;
    let dir = work.path();
    let conf = dir.join("config");
    let home = dir.join("es-home");
    std::fs::create_dir_all(&conf)?;
    std::fs::create_dir_all(home.join("bin"))?;
    // The simulator's stand-in for elasticsearch-keystore, where an installation has the real one.
    std::os::unix::fs::symlink(
        bin("esconnect-sim"),
        home.join("bin/elasticsearch-keystore"),
    )?;
    let sim = Sim::builder()
        .cluster(
            ClusterSpec::new("local", "8.17.0").keystore_path(conf.join("elasticsearch.keystore")),
        )
        .cluster(
            ClusterSpec::new("remote", "8.17.0")
                .remote_cluster_server(true)
                .index("logs-2026.12.06"),
        )
        .start()?;
    let ca = sim.write_ca(dir)?.display().to_string();
    let rcs = sim
        .cluster("remote")
        .rcs_addr()
        .context("the remote has a remote cluster server")?
        .to_string();
    println!("\n# esconnect demo: remote clusters (API key model) between two simulated clusters");
    println!(
        "# remote {} (remote cluster server {rcs}), local {}",
        sim.cluster("remote").url(),
        sim.cluster("local").url()
    );
    let mut secrets: Vec<Secret> = vec![Secret::new("changeme")];
    let on = |cluster: &str| {
        vec![
            (env::ELASTICSEARCH_URL.name, sim.cluster(cluster).url()),
            (env::ELASTICSEARCH_CA_CERT.name, ca.clone()),
            (env::ELASTICSEARCH_USERNAME.name, "elastic".to_string()),
            (env::ELASTICSEARCH_PASSWORD.name, "changeme".to_string()),
        ]
    };
    let step =
        |bin: &'static str, args: &[&str], env: Vec<(&'static str, String)>, expect: i32| Step {
            bin,
            args: args.iter().map(|s| s.to_string()).collect(),
            env,
            stdout_to: None,
            expect,
        };

    println!("\n## 5. On the remote: a cross-cluster API key");
    run_step(
        &step(
            "es-role",
            &[
                "cross-cluster-key",
                "create",
                "--name",
                "to-local",
                "--search",
                "logs-*",
                "--expiration",
                "90d",
                "--out",
                "key",
            ],
            on("remote"),
            0,
        ),
        dir,
        &secrets,
    )?;
    secrets.push(Secret::new(
        std::fs::read_to_string(dir.join("key"))?.trim(),
    ));

    println!(
        "\n## 6. On the local cluster: the key in the keystore, the remote's settings, a role"
    );
    let mut local = on("local");
    local.push((env::ES_HOME.name, home.display().to_string()));
    local.push((env::ES_PATH_CONF.name, conf.display().to_string()));
    run_step(
        &step(
            "es-remote",
            &["config", "client", "--ca-file", "remote-ca.crt"],
            vec![],
            0,
        ),
        dir,
        &secrets,
    )?;
    run_step(
        &step(
            "es-remote",
            &["credentials", "prod", "--key-file", "key"],
            local.clone(),
            0,
        ),
        dir,
        &secrets,
    )?;
    run_step(
        &step(
            "es-remote",
            &[
                "add",
                "prod",
                "--proxy-address",
                &rcs,
                "--server-name",
                "localhost",
                "--wait",
            ],
            local.clone(),
            0,
        ),
        dir,
        &secrets,
    )?;
    run_step(
        &step(
            "es-role",
            &[
                "remote-role",
                "analyst",
                "--cluster",
                "prod",
                "--indices",
                "logs-*",
                "--for",
                "ccs",
            ],
            local.clone(),
            0,
        ),
        dir,
        &secrets,
    )?;

    println!("\n## 7. Status and diagnosis");
    let status = run_step(
        &step(
            "es-remote",
            &["status", "prod", "--output", "json"],
            local.clone(),
            0,
        ),
        dir,
        &secrets,
    )?;
    let v: serde_json::Value = serde_json::from_str(&status)?;
    if v[0]["connected"] != serde_json::Value::Bool(true) {
        bail!("the remote `prod` is not connected: {v}");
    }
    run_step(
        &step(
            "es-remote",
            &["doctor", "prod", "--remote-ca", &ca],
            local,
            0,
        ),
        dir,
        &secrets,
    )?;
    println!("\nremote `prod`: connected: true");
    ech_pairing()
}

/// An ECH deployment (the simulated ECH API, its deployment backed by a simulated cluster) paired with a
/// self-managed remote whose CA is private: one bundle, then `pair import --target ech` makes the trust
/// entry, puts the key in the deployment's keystore, adds the remote and waits until connected.
fn ech_pairing() -> Result<()> {
    const DEPLOYMENT: &str = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    let work = tempfile::tempdir()?;
    let dir = work.path();
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("deployment", "8.17.0"))
        .cluster(
            ClusterSpec::new("remote", "8.17.0")
                .ca("Corp Private CA")
                .remote_cluster_server(true)
                .index("logs-2026.12.06"),
        )
        .ece(
            esconnect_sim::EceSpec::ech()
                .deployment(esconnect_sim::DeploymentSpec::new(DEPLOYMENT).backed_by("deployment")),
        )
        .start()?;
    let ca = sim.write_ca(dir)?.display().to_string();
    let remote_ca = dir.join("remote-ca.pem");
    std::fs::write(&remote_ca, sim.cluster("remote").http_ca_pem())?;
    let remote_ca = remote_ca.display().to_string();
    let rcs = sim
        .cluster("remote")
        .rcs_addr()
        .context("the remote has a remote cluster server")?
        .to_string();
    println!("\n# esconnect demo: an ECH deployment and a self-managed remote with a private CA");
    let mut secrets: Vec<Secret> = vec![Secret::new("changeme"), Secret::new(sim.ece().api_key())];
    let es = |cluster: &str, ca: &str| {
        vec![
            (env::ELASTICSEARCH_URL.name, sim.cluster(cluster).url()),
            (env::ELASTICSEARCH_CA_CERT.name, ca.to_string()),
            (env::ELASTICSEARCH_USERNAME.name, "elastic".to_string()),
            (env::ELASTICSEARCH_PASSWORD.name, "changeme".to_string()),
        ]
    };
    println!("\n## 8. On the remote: the pairing bundle (key, address, private CA)");
    run_step(
        &Step {
            bin: "es-remote",
            args: [
                "pair",
                "export",
                "--alias",
                "prod",
                "--address",
                &rcs,
                "--server-name",
                "localhost",
                "--server-ca",
                &remote_ca,
                "--search",
                "logs-*",
                "--expiration",
                "90d",
                "--out",
                "bundle.json",
            ]
            .map(str::to_string)
            .to_vec(),
            env: es("remote", &remote_ca),
            stdout_to: None,
            expect: 0,
        },
        dir,
        &secrets,
    )?;
    let bundle: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("bundle.json"))?)?;
    secrets.push(Secret::new(
        bundle["key"]["encoded"]
            .as_str()
            .context("the bundle has a key")?,
    ));
    println!("\n## 9. For the ECH deployment: trust, keystore, settings, wait, doctor");
    let mut deployment = es("deployment", &ca);
    deployment.push((env::EC_HOST.name, sim.ece().host()));
    deployment.push((env::EC_API_KEY.name, sim.ece().api_key().to_string()));
    deployment.push((env::EC_CA_CERT.name, ca.clone()));
    run_step(
        &Step {
            bin: "es-remote",
            args: [
                "pair",
                "import",
                "bundle.json",
                "--target",
                "ech",
                "--deployment-id",
                DEPLOYMENT,
            ]
            .map(str::to_string)
            .to_vec(),
            env: deployment.clone(),
            stdout_to: None,
            expect: 0,
        },
        dir,
        &secrets,
    )?;
    let status = run_step(
        &Step {
            bin: "es-remote",
            args: ["status", "prod", "--output", "json"]
                .map(str::to_string)
                .to_vec(),
            env: deployment,
            stdout_to: None,
            expect: 0,
        },
        dir,
        &secrets,
    )?;
    let v: serde_json::Value = serde_json::from_str(&status)?;
    if v[0]["connected"] != serde_json::Value::Bool(true) {
        bail!("the deployment's remote `prod` is not connected: {v}");
    }
    println!("\nthe ECH deployment's remote `prod`: connected: true");
    Ok(())
}

fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p)
        .map(|m| m.permissions().mode() & 0o777)
        .unwrap_or(0)
}
