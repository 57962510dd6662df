//! End-to-end tests of the built `autoops-env` binary. The tool sends nothing over the network, so no
//! simulator is involved: each test runs the binary in its own temporary directory with a cleared
//! environment and checks its outputs, files, modes and messages.

use autoops_env::render::compose::ComposeFile;
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::{EnvVar, Secret};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

// Test secrets: distinctive so any leak is found by a plain substring search.
const API_KEY_ENCODED: &str = "a2lkLWUyZTphcGlrZXktU0VDUkVULWUyZQ==";
const API_KEY_DECODED: &str = "kid-e2e:apikey-SECRET-e2e";
const API_KEY_PART: &str = "apikey-SECRET-e2e";
const CLOUD_KEY: &str = "cloudkey-SECRET-e2e";
const TOKEN: &str = "token-SECRET-e2e";
const PASSWORD: &str = "pw-SECRET-e2e";
const SECRETS: [(&str, &str); 5] = [
    (API_KEY_ENCODED, "[api-key-encoded]"),
    (API_KEY_DECODED, "[api-key]"),
    (API_KEY_PART, "[api-key-part]"),
    (CLOUD_KEY, "[cloud-key]"),
    (TOKEN, "[token]"),
];
const OTEL: &str = "https://otel-auto-ops.eu-west-1.aws.svc.elastic.cloud";
const CA_PEM: &str = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUfakefakefakefakefakefakefakefake\nTUlJQg==\n-----END CERTIFICATE-----\n";

/// The settings as the documented variables, with an encoded API key.
fn base_env() -> Vec<(&'static str, &'static str)> {
    vec![
        ("AUTOOPS_ES_URL", "https://es.example.com:9200"),
        ("AUTOOPS_ES_API_KEY", API_KEY_ENCODED),
        ("AUTOOPS_OTEL_URL", OTEL),
        ("ELASTIC_CLOUD_CONNECTED_MODE_API_KEY", CLOUD_KEY),
        ("AUTOOPS_TEMP_RESOURCE_ID", "tmp-e2e-1"),
        ("AUTOOPS_TOKEN", TOKEN),
    ]
}

fn with(
    mut env: Vec<(&'static str, &'static str)>,
    set: &[(&'static str, &'static str)],
) -> Vec<(&'static str, &'static str)> {
    for (k, v) in set {
        env.retain(|(ek, _)| ek != k);
        env.push((k, v));
    }
    env
}

fn without(
    env: Vec<(&'static str, &'static str)>,
    drop: &[&str],
) -> Vec<(&'static str, &'static str)> {
    env.into_iter().filter(|(k, _)| !drop.contains(k)).collect()
}

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Out {
    fn ok(self) -> Self {
        assert_eq!(self.code, 0, "stderr: {}", self.stderr);
        self
    }
    fn usage(self) -> Self {
        assert_eq!(
            self.code, 2,
            "stdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        assert!(
            self.stdout.is_empty(),
            "nothing on stdout on bad input: {}",
            self.stdout
        );
        self
    }
    /// No secret on stderr, ever.
    fn clean_stderr(self) -> Self {
        assert_no_secret(&self.stderr, "stderr");
        self
    }
}

fn assert_no_secret(text: &str, what: &str) {
    eprintln!("checking {what} for secrets");
    test_support::assert_no_secret(
        text,
        &[
            API_KEY_ENCODED,
            API_KEY_DECODED,
            API_KEY_PART,
            CLOUD_KEY,
            TOKEN,
            PASSWORD,
        ],
    );
}

struct T {
    dir: tempfile::TempDir,
}

impl T {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
        }
    }
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    fn write(&self, name: &str, contents: &str) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, contents).unwrap();
        p
    }
    fn run_with(&self, args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Out {
        let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("autoops-env");
        cmd.env_clear().current_dir(self.dir.path()).args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        if let Some(s) = stdin {
            cmd.write_stdin(s.to_string());
        }
        let o = cmd.output().unwrap();
        Out {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8(o.stdout).unwrap(),
            stderr: String::from_utf8(o.stderr).unwrap(),
        }
    }
    fn run(&self, args: &[&str], env: &[(&str, &str)]) -> Out {
        self.run_with(args, env, None)
    }
    /// The names in the directory, sorted.
    fn files(&self) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect();
        v.sort();
        v
    }
    /// Replaces the test secrets and what varies between runs (the temporary directory...), for snapshots.
    fn redact(&self, text: &str) -> String {
        let mut r = test_support::redactions().path(self.dir.path(), "[TMP]");
        for (s, label) in SECRETS {
            r = r.literal(s, label);
        }
        r.literal(PASSWORD, "[password]").apply(text)
    }
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

fn env_map(text: &str) -> BTreeMap<String, String> {
    esconnect_core::dotenv::parse_map(text).unwrap()
}

// ---------------------------------------------------------------- formats

#[test]
fn a_default_scheme_port_is_written_explicitly() {
    // `https://es:443` once became `https://es`, which the agent reads as port 9200.
    let t = T::new();
    for (given, written) in [
        ("https://es.example.com:443", "https://es.example.com:443"),
        ("http://es.example.com:80", "http://es.example.com:80"),
        ("https://es.example.com", "https://es.example.com:9200"),
    ] {
        let o = t
            .run(&[], &with(base_env(), &[("AUTOOPS_ES_URL", given)]))
            .ok();
        assert_eq!(env_map(&o.stdout)["AUTOOPS_ES_URL"], written, "{given}");
    }
}

#[test]
fn env_format_from_variables() {
    let t = T::new();
    let o = t.run(&[], &base_env()).ok().clean_stderr();
    insta::assert_snapshot!("env", t.redact(&o.stdout));
    // Parses back to the exact values; the encoded API key is written as id:api_key.
    let m = env_map(&o.stdout);
    let want: BTreeMap<String, String> = [
        ("AUTOOPS_ES_URL", "https://es.example.com:9200"),
        ("AUTOOPS_ES_API_KEY", API_KEY_DECODED),
        ("AUTOOPS_OTEL_URL", OTEL),
        ("ELASTIC_CLOUD_CONNECTED_MODE_API_KEY", CLOUD_KEY),
        ("AUTOOPS_TEMP_RESOURCE_ID", "tmp-e2e-1"),
        ("AUTOOPS_TOKEN", TOKEN),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    assert_eq!(m, want);
    // The documented order: seed 000's table first.
    let order: Vec<String> = esconnect_core::dotenv::parse(&o.stdout)
        .unwrap()
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(
        order,
        [
            "AUTOOPS_OTEL_URL",
            "AUTOOPS_ES_URL",
            "AUTOOPS_ES_API_KEY",
            "ELASTIC_CLOUD_CONNECTED_MODE_API_KEY",
            "AUTOOPS_TEMP_RESOURCE_ID",
            "AUTOOPS_TOKEN"
        ]
    );
}

#[test]
fn env_format_from_flags_and_files_with_basic_auth() {
    let t = T::new();
    t.write("pw", &format!("{PASSWORD}\n"));
    t.write("token", TOKEN);
    t.write("cloud", CLOUD_KEY);
    let o = t
        .run(
            &[
                "--es-url",
                "http://10.0.0.5:9201",
                "--username",
                "autoops",
                "--password-file",
                "pw",
                "--region",
                "gcp/europe-west4",
                "--cloud-connected-key-file",
                "cloud",
                "--cloud-connected-url",
                "https://cloud.example.net/",
                "--temp-resource-id",
                "tmp-flags",
                "--token-file",
                "token",
                "--https-proxy",
                "http://proxy.corp:3128",
                "--no-proxy",
                "10.0.0.0/8",
            ],
            &[],
        )
        .ok()
        .clean_stderr();
    let m = env_map(&o.stdout);
    assert_eq!(m["AUTOOPS_ES_URL"], "http://10.0.0.5:9201");
    assert_eq!(m["AUTOOPS_ES_USERNAME"], "autoops");
    assert_eq!(m["AUTOOPS_ES_PASSWORD"], PASSWORD);
    assert_eq!(
        m["AUTOOPS_OTEL_URL"],
        "https://otel-auto-ops.europe-west4.gcp.svc.elastic.cloud"
    );
    assert_eq!(
        m["ELASTIC_CLOUD_CONNECTED_MODE_API_URL"],
        "https://cloud.example.net"
    );
    assert_eq!(m["ELASTIC_CLOUD_CONNECTED_MODE_API_KEY"], CLOUD_KEY);
    assert_eq!(m["AUTOOPS_TOKEN"], TOKEN);
    assert_eq!(m["HTTPS_PROXY"], "http://proxy.corp:3128");
    assert_eq!(m["NO_PROXY"], "10.0.0.0/8");
    assert!(!m.contains_key("AUTOOPS_ES_API_KEY"));
    // 10.0.0.5 is in NO_PROXY: no proxy warning.
    assert!(!o.stderr.contains("proxy"), "{}", o.stderr);
}

#[test]
fn docker_format_holds_no_secret() {
    let t = T::new();
    let o = t
        .run(&["--format", "docker"], &base_env())
        .ok()
        .clean_stderr();
    assert_no_secret(&o.stdout, "the docker script");
    insta::assert_snapshot!("docker", t.redact(&o.stdout));
    assert!(o.stdout.starts_with("#!/bin/sh\n"));
    assert!(o.stdout.contains("\nset -eu\n"));
    assert!(
        !o.stdout.contains("--network host"),
        "es.example.com is not this machine"
    );
    assert!(
        o.stderr
            .contains("autoops-env --format env --out autoops.env"),
        "{}",
        o.stderr
    );
}

#[test]
fn docker_format_with_ca_on_localhost_uses_host_network() {
    let t = T::new();
    t.write("ca.crt", CA_PEM);
    let env = with(base_env(), &[("AUTOOPS_ES_URL", "https://localhost:9200")]);
    let o = t
        .run(
            &[
                "-f",
                "docker",
                "--ca-cert",
                "ca.crt",
                "--env-file-path",
                "/etc/autoops/agent.env",
            ],
            &env,
        )
        .ok()
        .clean_stderr();
    insta::assert_snapshot!("docker_ca_localhost", t.redact(&o.stdout));
    assert!(o.stdout.contains("\n  --network host \\\n"));
    let ca = t.path("ca.crt").display().to_string();
    assert!(
        o.stdout.contains(&format!(
            "\n  -v {ca}:/certs/ca.crt:ro \\\n  -e AUTOOPS_CA_CERT=/certs/ca.crt \\\n"
        )),
        "{}",
        o.stdout
    );
    assert!(o.stdout.contains("env_file=/etc/autoops/agent.env\n"));
    assert!(
        o.stderr.contains("shares the host's network"),
        "{}",
        o.stderr
    );
    // The CA is not used by Elastic's sample configuration without an edit: said on stderr.
    assert!(
        o.stderr.contains("ssl.certificate_authorities"),
        "{}",
        o.stderr
    );

    // The rule can be overridden.
    let o = t
        .run(&["-f", "docker", "--host-network", "never"], &env)
        .ok();
    assert!(!o.stdout.contains("--network host"));
    let o = t
        .run(&["-f", "docker", "--host-network", "always"], &base_env())
        .ok();
    assert!(o.stdout.contains("--network host"));
}

#[test]
fn host_network_rule_for_loopback_and_this_machines_name() {
    let t = T::new();
    for url in ["http://127.0.0.1:9200", "https://[::1]:9200"] {
        let env = with(base_env(), &[("AUTOOPS_ES_URL", url)]);
        let o = t.run(&["-f", "docker"], &env).ok();
        assert!(o.stdout.contains("--network host"), "{url}");
    }
    // The machine's own hostname counts as this host (seed 001: a cluster on the same host).
    if let Some(host) = autoops_env::machine_hostname() {
        let url = format!("https://{host}:9200");
        let env: Vec<(&str, &str)> = base_env()
            .into_iter()
            .filter(|(k, _)| *k != "AUTOOPS_ES_URL")
            .chain([("AUTOOPS_ES_URL", url.as_str())])
            .collect();
        let o = t.run(&["-f", "compose"], &env).ok();
        assert!(
            o.stdout.contains("network_mode: host"),
            "{host}: {}",
            o.stdout
        );
    }
}

#[test]
fn compose_format_parses_back_and_holds_no_secret() {
    let t = T::new();
    let o = t
        .run(&["--format", "compose"], &base_env())
        .ok()
        .clean_stderr();
    assert_no_secret(&o.stdout, "the compose file");
    insta::assert_snapshot!("compose", t.redact(&o.stdout));
    let f: ComposeFile = serde_saphyr::from_str(&o.stdout).unwrap();
    let s = &f.services["autoops-agent"];
    assert_eq!(s.env_file, ["autoops.env"]);
    assert_eq!(s.command, ["--config", "otel_samples/autoops_es.yml"]);
    assert_eq!(s.restart, "unless-stopped");
    assert_eq!(s.network_mode, None);

    t.write("ca.crt", CA_PEM);
    let env = with(
        base_env(),
        &[
            ("AUTOOPS_ES_URL", "https://localhost:9200"),
            ("AUTOOPS_CA_CERT", "ca.crt"),
        ],
    );
    let o = t.run(&["--format", "compose"], &env).ok().clean_stderr();
    let f: ComposeFile = serde_saphyr::from_str(&o.stdout).unwrap();
    let s = &f.services["autoops-agent"];
    assert_eq!(s.network_mode.as_deref(), Some("host"));
    assert_eq!(
        s.volumes,
        [format!("{}:/certs/ca.crt:ro", t.path("ca.crt").display())]
    );
    assert_eq!(s.environment["AUTOOPS_CA_CERT"], "/certs/ca.crt");
}

/// A container variable: name, Secret reference (name, key), plain value.
type EnvRow = (String, Option<(String, String)>, Option<String>);

fn secret_ref(e: &EnvVar) -> Option<(&str, &str)> {
    e.value_from
        .as_ref()?
        .secret_key_ref
        .as_ref()
        .map(|r| (r.name.as_str(), r.key.as_str()))
}

#[test]
fn kubernetes_format_parses_back_into_typed_objects() {
    let t = T::new();
    t.write("ca.crt", CA_PEM);
    let env = with(
        base_env(),
        &[
            ("HTTPS_PROXY", "http://proxy.corp:3128"),
            ("NO_PROXY", "es.example.com"),
        ],
    );
    let o = t
        .run(
            &[
                "--format",
                "kubernetes",
                "--namespace",
                "monitoring",
                "--ca-cert",
                "ca.crt",
            ],
            &env,
        )
        .ok()
        .clean_stderr();
    insta::assert_snapshot!("kubernetes", t.redact(&o.stdout));
    assert!(
        !o.stdout.contains(&t.path("ca.crt").display().to_string()),
        "the host path means nothing in a pod"
    );

    let docs: Vec<&str> = o.stdout.split("\n---\n").collect();
    assert_eq!(docs.len(), 3);
    let secret: Secret = serde_saphyr::from_str(docs[0]).unwrap();
    let ca: Secret = serde_saphyr::from_str(docs[1]).unwrap();
    let dep: Deployment = serde_saphyr::from_str(docs[2]).unwrap();

    assert_eq!(secret.metadata.name.as_deref(), Some("autoops-secret"));
    assert_eq!(secret.metadata.namespace.as_deref(), Some("monitoring"));
    assert_eq!(secret.type_.as_deref(), Some("Opaque"));
    let data = secret.string_data.unwrap();
    let expected: BTreeMap<String, String> = [
        ("autoops-token", TOKEN),
        ("temp-resource-id", "tmp-e2e-1"),
        ("autoops-otel-url", OTEL),
        ("cloud-connected-mode-api-key", CLOUD_KEY),
        ("autoops-es-url", "https://es.example.com:9200"),
        ("es-api-key", API_KEY_DECODED),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    assert_eq!(data, expected);

    assert_eq!(ca.metadata.name.as_deref(), Some("autoops-ca"));
    assert_eq!(ca.string_data.unwrap()["ca.crt"], CA_PEM);

    assert_eq!(dep.metadata.name.as_deref(), Some("autoops-elastic-agent"));
    assert_eq!(dep.metadata.namespace.as_deref(), Some("monitoring"));
    let spec = dep.spec.unwrap();
    assert_eq!(spec.replicas, Some(1));
    let pod = spec.template.spec.unwrap();
    let c = &pod.containers[0];
    assert_eq!(
        c.image.as_deref(),
        Some("docker.elastic.co/elastic-agent/elastic-otel-collector-wolfi:9.2.5")
    );
    assert_eq!(
        c.args.clone().unwrap(),
        ["--config", "otel_samples/autoops_es.yml"]
    );
    let env = c.env.clone().unwrap();
    let refs: Vec<EnvRow> = env
        .iter()
        .map(|e| {
            (
                e.name.clone(),
                secret_ref(e).map(|(a, b)| (a.to_string(), b.to_string())),
                e.value.clone(),
            )
        })
        .collect();
    let r = |name: &str, key: &str| {
        (
            name.to_string(),
            Some(("autoops-secret".to_string(), key.to_string())),
            None,
        )
    };
    let v = |name: &str, value: &str| (name.to_string(), None, Some(value.to_string()));
    assert_eq!(
        refs,
        [
            r("AUTOOPS_OTEL_URL", "autoops-otel-url"),
            r("AUTOOPS_ES_URL", "autoops-es-url"),
            r("AUTOOPS_ES_API_KEY", "es-api-key"),
            r(
                "ELASTIC_CLOUD_CONNECTED_MODE_API_KEY",
                "cloud-connected-mode-api-key"
            ),
            r("AUTOOPS_TEMP_RESOURCE_ID", "temp-resource-id"),
            r("AUTOOPS_TOKEN", "autoops-token"),
            v("AUTOOPS_CA_CERT", "/etc/autoops/ca/ca.crt"),
            v("HTTPS_PROXY", "http://proxy.corp:3128"),
            v("NO_PROXY", "es.example.com"),
        ]
    );
    let mount = &c.volume_mounts.as_ref().unwrap()[0];
    assert_eq!(
        (mount.mount_path.as_str(), mount.read_only),
        ("/etc/autoops/ca", Some(true))
    );
    let vol = &pod.volumes.as_ref().unwrap()[0];
    assert_eq!(vol.name, mount.name);
    assert_eq!(
        vol.secret.as_ref().unwrap().secret_name.as_deref(),
        Some("autoops-ca")
    );
    // The Deployment document itself holds no secret.
    assert_no_secret(docs[2], "the Deployment");
}

#[test]
fn kubernetes_basic_auth_name_prefix_and_image_flags() {
    let t = T::new();
    let env = with(
        without(base_env(), &["AUTOOPS_ES_API_KEY"]),
        &[
            ("AUTOOPS_ES_USERNAME", "autoops"),
            ("AUTOOPS_ES_PASSWORD", PASSWORD),
        ],
    );
    let o = t
        .run(
            &[
                "-f",
                "k8s",
                "--name",
                "prod",
                "--image",
                "registry.local/agent",
                "--agent-version",
                "9.3.1",
            ],
            &env,
        )
        .ok()
        .clean_stderr();
    let docs: Vec<&str> = o.stdout.split("\n---\n").collect();
    assert_eq!(docs.len(), 2);
    let secret: Secret = serde_saphyr::from_str(docs[0]).unwrap();
    let dep: Deployment = serde_saphyr::from_str(docs[1]).unwrap();
    assert_eq!(secret.metadata.name.as_deref(), Some("prod-secret"));
    let data = secret.string_data.unwrap();
    assert_eq!(data["es-username"], "autoops");
    assert_eq!(data["es-password"], PASSWORD);
    assert!(!data.contains_key("es-api-key"));
    let c = &dep.spec.unwrap().template.spec.unwrap().containers[0];
    assert_eq!(c.image.as_deref(), Some("registry.local/agent:9.3.1"));
    let env = c.env.clone().unwrap();
    let pw = env
        .iter()
        .find(|e| e.name == "AUTOOPS_ES_PASSWORD")
        .unwrap();
    assert_eq!(secret_ref(pw), Some(("prod-secret", "es-password")));
    assert_eq!(dep.metadata.name.as_deref(), Some("prod-elastic-agent"));
    assert_eq!(
        dep.metadata.labels.unwrap()["app.kubernetes.io/version"],
        "9.3.1"
    );
}

#[test]
fn systemd_format_prints_both_files_and_instructions() {
    let t = T::new();
    let o = t
        .run(&["--format", "systemd"], &base_env())
        .ok()
        .clean_stderr();
    insta::assert_snapshot!("systemd", t.redact(&o.stdout));
    assert!(
        o.stdout
            .contains("# --- file: /etc/elastic-agent/autoops.env")
    );
    assert!(
        o.stdout
            .contains("# --- file: /etc/systemd/system/elastic-agent.service.d/autoops-env.conf")
    );
    assert!(
        o.stdout
            .ends_with("[Service]\nEnvironmentFile=/etc/elastic-agent/autoops.env\n")
    );
    assert!(
        o.stderr
            .contains("systemctl daemon-reload && sudo systemctl restart elastic-agent"),
        "{}",
        o.stderr
    );
}

// ---------------------------------------------------------------- files

#[cfg(unix)]
#[test]
fn out_file_modes_and_atomic_writes() {
    for (format, name, want_mode, secret) in [
        ("env", "autoops.env", 0o600, true),
        ("kubernetes", "autoops.yaml", 0o600, true),
        ("compose", "compose.yaml", 0o644, false),
        ("docker", "run.sh", 0o755, false),
    ] {
        let t = T::new();
        let o = t
            .run(&["--format", format, "--out", name], &base_env())
            .ok()
            .clean_stderr();
        assert!(
            o.stdout.is_empty(),
            "{format}: with --out nothing goes to stdout"
        );
        assert_eq!(t.files(), [name], "{format}: one file, no temporary left");
        assert_eq!(mode(&t.path(name)), want_mode, "{format}");
        let text = std::fs::read_to_string(t.path(name)).unwrap();
        if secret {
            assert!(text.contains(TOKEN), "{format}");
        } else {
            assert_no_secret(&text, format);
        }
        assert!(
            o.stderr
                .contains(&format!("wrote {name} (mode {want_mode:04o})")),
            "{format}: {}",
            o.stderr
        );
    }
    // `--out -` is standard output.
    let t = T::new();
    let o = t.run(&["--out", "-"], &base_env()).ok();
    assert_eq!(env_map(&o.stdout)["AUTOOPS_TOKEN"], TOKEN);
    assert!(t.files().is_empty());
}

#[cfg(unix)]
#[test]
fn out_dir_writes_every_file_of_a_format() {
    let t = T::new();
    let o = t
        .run(&["--format", "docker", "--out-dir", "agent"], &base_env())
        .ok()
        .clean_stderr();
    assert!(o.stdout.is_empty());
    let dir = t.path("agent");
    assert_eq!(mode(&dir.join("autoops.env")), 0o600);
    assert_eq!(mode(&dir.join("run-autoops-agent.sh")), 0o755);
    let script = std::fs::read_to_string(dir.join("run-autoops-agent.sh")).unwrap();
    assert_no_secret(&script, "the script");
    assert!(script.contains("env_file=autoops.env\n"));
    assert_eq!(
        env_map(&std::fs::read_to_string(dir.join("autoops.env")).unwrap())["AUTOOPS_TOKEN"],
        TOKEN
    );
    assert!(
        o.stderr
            .contains("start the agent with: sh agent/run-autoops-agent.sh"),
        "{}",
        o.stderr
    );

    let o = t
        .run(&["--format", "kubernetes", "--out-dir", "k8s"], &base_env())
        .ok();
    let dep = std::fs::read_to_string(t.path("k8s/autoops-deployment.yaml")).unwrap();
    assert_no_secret(&dep, "the Deployment file");
    let _: Deployment = serde_saphyr::from_str(&dep).unwrap();
    assert_eq!(mode(&t.path("k8s/autoops-deployment.yaml")), 0o644);
    assert_eq!(mode(&t.path("k8s/autoops-secret.yaml")), 0o600);
    let s: Secret = serde_saphyr::from_str(
        &std::fs::read_to_string(t.path("k8s/autoops-secret.yaml")).unwrap(),
    )
    .unwrap();
    assert_eq!(s.string_data.unwrap()["autoops-token"], TOKEN);
    assert!(
        o.stderr
            .contains("kubectl apply -f k8s/autoops-secret.yaml -f k8s/autoops-deployment.yaml"),
        "{}",
        o.stderr
    );

    let o = t
        .run(&["--format", "systemd", "--out-dir", "sd"], &base_env())
        .ok();
    assert_eq!(mode(&t.path("sd/autoops.env")), 0o600);
    assert_eq!(mode(&t.path("sd/autoops-env.conf")), 0o644);
    assert_eq!(
        std::fs::read_to_string(t.path("sd/autoops-env.conf"))
            .unwrap()
            .lines()
            .skip(1)
            .collect::<Vec<_>>(),
        [
            "[Service]",
            "EnvironmentFile=/etc/elastic-agent/autoops.env"
        ]
    );
    assert!(
        o.stderr.contains(
            "sudo install -D -m 0600 -o root -g root sd/autoops.env /etc/elastic-agent/autoops.env"
        ),
        "{}",
        o.stderr
    );

    let _ = t
        .run(
            &["--format", "compose", "--out-dir", "compose"],
            &base_env(),
        )
        .ok();
    assert_eq!(mode(&t.path("compose/compose.yaml")), 0o644);
    assert_eq!(mode(&t.path("compose/autoops.env")), 0o600);
}

#[cfg(unix)]
#[test]
fn existing_files_are_kept_unless_force() {
    use std::os::unix::fs::PermissionsExt;
    let t = T::new();
    let p = t.write("autoops.env", "OLD=1\n");
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
    let o = t
        .run(&["--out", "autoops.env"], &base_env())
        .usage()
        .clean_stderr();
    assert!(
        o.stderr.contains("autoops.env already exists") && o.stderr.contains("--force"),
        "{}",
        o.stderr
    );
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "OLD=1\n");

    t.run(&["--out", "autoops.env", "--force"], &base_env())
        .ok();
    assert_eq!(
        env_map(&std::fs::read_to_string(&p).unwrap())["AUTOOPS_TOKEN"],
        TOKEN
    );
    assert_eq!(
        mode(&p),
        0o600,
        "a replaced secret file is 0600 whatever it was before"
    );
    assert_eq!(t.files(), ["autoops.env"]);

    // --out-dir checks every file before writing any.
    std::fs::create_dir(t.path("d")).unwrap();
    std::fs::write(t.path("d/run-autoops-agent.sh"), "old").unwrap();
    t.run(&["-f", "docker", "--out-dir", "d"], &base_env())
        .usage();
    assert!(!t.path("d/autoops.env").exists());
}

// ---------------------------------------------------------------- bad input

/// Runs a bad input with `--out`, checks exit 2, the message, that no file was written and no secret shown.
fn refused(t: &T, args: &[&str], env: &[(&str, &str)], expect: &[&str]) -> String {
    let before = t.files();
    let mut a = args.to_vec();
    a.extend(["--out", "out.env"]);
    let o = t.run(&a, env).usage().clean_stderr();
    for e in expect {
        assert!(o.stderr.contains(e), "expected `{e}` in:\n{}", o.stderr);
    }
    assert_eq!(t.files(), before, "nothing written");
    o.stderr
}

#[test]
fn both_auth_methods_are_refused_naming_both_sources() {
    let t = T::new();
    t.write("pw", PASSWORD);
    let err = refused(
        &t,
        &["--username", "autoops", "--password-file", "pw"],
        &base_env(),
        &[
            "$AUTOOPS_ES_API_KEY",
            "--username",
            "one type of authentication",
        ],
    );
    insta::assert_snapshot!("both_auth", t.redact(&err));
}

#[test]
fn missing_settings_name_flag_and_variable() {
    let t = T::new();
    refused(
        &t,
        &[],
        &without(base_env(), &["AUTOOPS_TOKEN"]),
        &["no AutoOps token", "--token-file", "AUTOOPS_TOKEN"],
    );
    let err = refused(&t, &[], &[], &["6 problems"]);
    insta::assert_snapshot!("nothing_given", err);
}

#[test]
fn unknown_region_lists_the_valid_ones() {
    let t = T::new();
    let env = without(base_env(), &["AUTOOPS_OTEL_URL"]);
    refused(
        &t,
        &["--region", "aws/mars-1"],
        &env,
        &[
            "aws/mars-1",
            "aws/us-east-1",
            "aws/eu-west-1",
            "gcp/europe-west4",
        ],
    );
}

#[test]
fn bad_urls_are_refused() {
    let t = T::new();
    refused(
        &t,
        &["--es-url", "es.example.com:9200"],
        &base_env(),
        &["no scheme", "https://es.example.com:9200"],
    );
    refused(&t, &["--es-url", "https://"], &base_env(), &["https://"]);
    refused(
        &t,
        &["--otel-url", "otel.example"],
        &base_env(),
        &["no scheme"],
    );
    refused(
        &t,
        &["--https-proxy", "proxy:3128"],
        &base_env(),
        &["--https-proxy", "no scheme"],
    );
}

#[test]
fn bad_ca_files_are_refused() {
    let t = T::new();
    refused(
        &t,
        &["--ca-cert", "missing.crt"],
        &base_env(),
        &["missing.crt", "cannot read"],
    );
    t.write("text.crt", "not a certificate");
    refused(
        &t,
        &["--ca-cert", "text.crt"],
        &base_env(),
        &["no PEM certificate"],
    );
    t.write(
        "key.pem",
        &format!("{CA_PEM}-----BEGIN PRIVATE KEY-----\nTUlJQg==\n-----END PRIVATE KEY-----\n"),
    );
    refused(&t, &["--ca-cert", "key.pem"], &base_env(), &["private key"]);
    std::fs::write(t.path("der.crt"), [0x30, 0x82, 0xff, 0xfe]).unwrap();
    refused(
        &t,
        &[],
        &with(base_env(), &[("AUTOOPS_CA_CERT", "der.crt")]),
        &["not a PEM file", "$AUTOOPS_CA_CERT"],
    );
}

#[test]
fn bad_options_are_refused() {
    let t = T::new();
    refused(&t, &["--name", "Bad_Name"], &base_env(), &["--name"]);
    refused(
        &t,
        &["--image", "agent:9.2.5", "--agent-version", "9.3.0"],
        &base_env(),
        &["--agent-version"],
    );
    refused(&t, &["-f", "systemd"], &base_env(), &["--out-dir"]);
    let o = t
        .run(&["--out", "no/such/dir/out.env"], &base_env())
        .usage();
    assert!(o.stderr.contains("does not exist"), "{}", o.stderr);
    assert!(!t.path("no").exists());
    let o = t.run(&["--env-file", "missing.env"], &base_env()).usage();
    assert!(o.stderr.contains("missing.env"), "{}", o.stderr);
    t.write(
        "broken.env",
        &format!("AUTOOPS_TOKEN={TOKEN}\n{PASSWORD}\n"),
    );
    let o = t
        .run(&["--env-file", "broken.env"], &base_env())
        .usage()
        .clean_stderr();
    assert!(o.stderr.contains("line 2"), "{}", o.stderr);
}

#[test]
fn stdin_secrets() {
    let t = T::new();
    let env = without(base_env(), &["AUTOOPS_TOKEN"]);
    let o = t
        .run_with(&["--token-file", "-"], &env, Some(&format!("{TOKEN}\n")))
        .ok()
        .clean_stderr();
    assert_eq!(env_map(&o.stdout)["AUTOOPS_TOKEN"], TOKEN);
    let o = t
        .run_with(
            &["--token-file", "-", "--api-key-file", "-"],
            &env,
            Some("x"),
        )
        .usage();
    assert!(
        o.stderr.contains("--api-key-file and --token-file"),
        "{}",
        o.stderr
    );
}

// ---------------------------------------------------------------- inputs and messages

#[test]
fn env_file_input_and_precedence() {
    let t = T::new();
    let mut text = String::new();
    for (k, v) in base_env() {
        text.push_str(&format!("{k}={v}\n"));
    }
    t.write("in.env", &text);
    let from_file = t.run(&["--env-file", "in.env"], &[]).ok().clean_stderr();
    let from_env = t.run(&[], &base_env()).ok();
    assert_eq!(from_file.stdout, from_env.stdout);

    // Flag > env file > process environment.
    let o = t
        .run(
            &["--env-file", "in.env", "--temp-resource-id", "from-flag"],
            &[
                ("AUTOOPS_TEMP_RESOURCE_ID", "from-env"),
                ("AUTOOPS_ES_URL", "https://ignored:9200"),
                ("NO_PROXY", "from-process"),
            ],
        )
        .ok();
    let m = env_map(&o.stdout);
    assert_eq!(m["AUTOOPS_TEMP_RESOURCE_ID"], "from-flag");
    assert_eq!(m["AUTOOPS_ES_URL"], "https://es.example.com:9200");
    assert_eq!(m["NO_PROXY"], "from-process");

    // The env output is a valid --env-file input: the round trip keeps every value.
    t.write("generated.env", &from_env.stdout);
    let again = t.run(&["--env-file", "generated.env"], &[]).ok();
    assert_eq!(again.stdout, from_env.stdout);
}

#[test]
fn legacy_otel_url_is_accepted() {
    let t = T::new();
    let legacy = "https://otel-collector.auto-ops.eu-west-1.aws.cloud.elastic.co:4318";
    let o = t
        .run(&[], &with(base_env(), &[("AUTOOPS_OTEL_URL", legacy)]))
        .ok()
        .clean_stderr();
    assert_eq!(env_map(&o.stdout)["AUTOOPS_OTEL_URL"], legacy);
    // Copied from the troubleshooting page with the path: the agent appends /v1/logs itself.
    let with_path = format!("{legacy}/v1/logs");
    let env: Vec<(&str, &str)> = without(base_env(), &["AUTOOPS_OTEL_URL"])
        .into_iter()
        .chain([("AUTOOPS_OTEL_URL", with_path.as_str())])
        .collect();
    let o = t.run(&[], &env).ok();
    assert_eq!(env_map(&o.stdout)["AUTOOPS_OTEL_URL"], legacy);
    assert!(o.stderr.contains("/v1/logs"), "{}", o.stderr);
    // A region that agrees with the URL is fine; one that does not is refused.
    t.run(
        &["--region", "aws/eu-west-1"],
        &with(base_env(), &[("AUTOOPS_OTEL_URL", legacy)]),
    )
    .ok();
    refused(
        &t,
        &["--region", "aws/us-east-1"],
        &with(base_env(), &[("AUTOOPS_OTEL_URL", legacy)]),
        &["different region"],
    );
}

#[test]
fn proxy_without_no_proxy_warns() {
    let t = T::new();
    for var in ["HTTPS_PROXY", "https_proxy"] {
        let o = t
            .run(&[], &with(base_env(), &[(var, "http://proxy.corp:3128")]))
            .ok()
            .clean_stderr();
        assert!(
            o.stderr
                .contains("through the proxy http://proxy.corp:3128")
                && o.stderr.contains("NO_PROXY")
                && o.stderr.contains("--no-proxy es.example.com"),
            "{var}: {}",
            o.stderr
        );
        assert_eq!(env_map(&o.stdout)["HTTPS_PROXY"], "http://proxy.corp:3128");
    }
    // The cluster host in NO_PROXY (here as a domain suffix): no warning.
    let o = t
        .run(
            &[],
            &with(
                base_env(),
                &[
                    ("HTTPS_PROXY", "http://proxy.corp:3128"),
                    ("NO_PROXY", ".example.com"),
                ],
            ),
        )
        .ok();
    assert!(!o.stderr.contains("warning"), "{}", o.stderr);
    // An http:// cluster does not use HTTPS_PROXY.
    let o = t
        .run(
            &[],
            &with(
                base_env(),
                &[
                    ("HTTPS_PROXY", "http://proxy.corp:3128"),
                    ("AUTOOPS_ES_URL", "http://es.example.com:9200"),
                ],
            ),
        )
        .ok();
    assert!(!o.stderr.contains("warning"), "{}", o.stderr);
}

#[test]
fn secrets_never_reach_stderr() {
    let t = T::new();
    t.write("pw", PASSWORD);
    // Success with every message on, failures of several kinds: stderr never holds a secret.
    t.run(
        &[
            "-vv",
            "-f",
            "docker",
            "--api-key",
            API_KEY_ENCODED,
            "--token",
            TOKEN,
            "--cloud-connected-key",
            CLOUD_KEY,
        ],
        &base_env(),
    )
    .ok()
    .clean_stderr();
    t.run(
        &["-v", "--username", "u", "--password-file", "pw"],
        &base_env(),
    )
    .usage()
    .clean_stderr();
    t.run(&["-v", "--api-key", "not a key"], &base_env())
        .usage()
        .clean_stderr();
    t.run(&["-v", "--token", &format!("{TOKEN} x")], &base_env())
        .usage()
        .clean_stderr();
    t.run(
        &[
            "-v",
            "--es-url",
            &format!("https://elastic:{PASSWORD}@es:9200"),
        ],
        &base_env(),
    )
    .usage()
    .clean_stderr();
    // Proxy credentials belong in the proxy URL: accepted, written to the (0600) env file, redacted on stderr.
    let o = t
        .run(
            &[
                "-v",
                "--https-proxy",
                &format!("http://u:{PASSWORD}@proxy:3128"),
            ],
            &base_env(),
        )
        .ok()
        .clean_stderr();
    assert_eq!(
        env_map(&o.stdout)["HTTPS_PROXY"],
        format!("http://u:{PASSWORD}@proxy:3128")
    );
    assert!(
        o.stderr.contains("http://[redacted]@proxy:3128"),
        "{}",
        o.stderr
    );
    // A proxy that is not a URL is bad input, and its credentials are not echoed.
    t.run(
        &["--https-proxy", &format!("u:{PASSWORD}@proxy:3128")],
        &base_env(),
    )
    .usage()
    .clean_stderr();
}

#[test]
fn awkward_password_warns_about_docker_env_file() {
    let t = T::new();
    let env = with(
        without(base_env(), &["AUTOOPS_ES_API_KEY"]),
        &[
            ("AUTOOPS_ES_USERNAME", "autoops"),
            ("AUTOOPS_ES_PASSWORD", "pw SECRET$x"),
        ],
    );
    let o = t.run(&[], &env).ok();
    assert_eq!(env_map(&o.stdout)["AUTOOPS_ES_PASSWORD"], "pw SECRET$x");
    assert!(
        o.stderr.contains("AUTOOPS_ES_PASSWORD had to be quoted")
            && !o.stderr.contains("pw SECRET$x"),
        "{}",
        o.stderr
    );
}

// ---------------------------------------------------------------- help and generated docs

#[test]
fn help_and_generate() {
    let t = T::new();
    let o = t.run(&["--help"], &[]).ok();
    insta::assert_snapshot!("help", o.stdout);
    let o = t.run(&["--generate", "man"], &[]).ok();
    // clap_mangen puts roff's two-line quote-string preamble (`.ie \n(.g .ds Aq ...`) before `.TH`.
    let first_macro = o
        .stdout
        .lines()
        .find(|l| !l.starts_with(".ie ") && !l.starts_with(".el "))
        .unwrap_or_default();
    assert!(
        first_macro.starts_with(".TH autoops-env"),
        "{}",
        &o.stdout[..200.min(o.stdout.len())]
    );
    let o = t.run(&["--generate", "bash"], &[]).ok();
    assert!(o.stdout.contains("autoops-env"));
    let o = t.run(&["--version"], &[]).ok();
    assert!(o.stdout.starts_with("autoops-env "));
    let o = t.run(&["--format", "xml"], &[]);
    assert_eq!(o.code, 2);
}

#[test]
fn a_closed_stdout_is_not_an_error() {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_autoops-env"));
    cmd.env_clear().envs(
        base_env()
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    test_support::run::with_closed_stdout(&mut cmd).code(0);
}

// ---------------------------------------------------------------- --format eck

mod eck {
    use super::*;
    use autoops_env::render::eck::AutoOpsAgentPolicy;

    /// What `--format eck` needs: no Elasticsearch setting at all.
    fn eck_env() -> Vec<(&'static str, &'static str)> {
        without(
            base_env(),
            &[
                "AUTOOPS_ES_URL",
                "AUTOOPS_ES_API_KEY",
                "AUTOOPS_TEMP_RESOURCE_ID",
            ],
        )
    }

    const SELECT: [&str; 4] = ["--format", "eck", "--select", "autoops=enabled"];

    fn args<'a>(more: &[&'a str]) -> Vec<&'a str> {
        SELECT.iter().copied().chain(more.iter().copied()).collect()
    }

    /// The two documents of the single-file output, parsed strictly.
    fn parse(text: &str) -> (Secret, AutoOpsAgentPolicy, String) {
        let docs: Vec<&str> = text.split("\n---\n").collect();
        assert_eq!(docs.len(), 2, "{text}");
        let s: Secret = serde_saphyr::from_str(docs[0]).unwrap();
        let p: AutoOpsAgentPolicy = serde_saphyr::from_str(docs[1]).unwrap();
        (s, p, docs[1].to_string())
    }

    fn string_map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// The shared specs folder, or `None` (with a visible note) when absent; panics when absent under CI.
    /// Checks a policy document the binary wrote against the CRD's schema (when the specs are there).
    fn check_against_crd(policy_yaml: &str) {
        let Some(dir) = test_support::specs_dir() else {
            return;
        };
        let text = std::fs::read_to_string(
            dir.join("eck/autoops.k8s.elastic.co_autoopsagentpolicies.yaml"),
        )
        .unwrap();
        let crd: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
        let schema = test_support::schema::crd_version_schema(&crd, "v1alpha1").unwrap();
        let doc: serde_json::Value = serde_saphyr::from_str(policy_yaml).unwrap();
        let r = test_support::schema::check(&doc, schema);
        assert!(r.is_ok(), "{:#?}", r.errors);
        assert!(
            r.unchecked.iter().all(|p| p.starts_with("/metadata/")),
            "{:?}",
            r.unchecked
        );
    }

    #[test]
    fn eck_output_parses_back_and_needs_no_elasticsearch() {
        let t = T::new();
        let o = t
            .run(&args(&["--namespace", "elastic-system"]), &eck_env())
            .ok()
            .clean_stderr();
        insta::assert_snapshot!("eck", t.redact(&o.stdout));
        assert!(!o.stderr.contains("warning"), "{}", o.stderr);
        assert!(
            o.stderr
                .contains("kubectl -n NAMESPACE label elasticsearch NAME autoops=enabled"),
            "{}",
            o.stderr
        );
        let (secret, policy, policy_text) = parse(&o.stdout);
        assert_eq!(secret.metadata.name.as_deref(), Some("autoops-secret"));
        assert_eq!(secret.metadata.namespace.as_deref(), Some("elastic-system"));
        assert_eq!(secret.type_.as_deref(), Some("Opaque"));
        assert_eq!(
            secret.string_data.unwrap(),
            string_map(&[
                ("cloud-connected-mode-api-key", CLOUD_KEY),
                ("autoops-otel-url", OTEL),
                ("autoops-token", TOKEN),
            ])
        );
        assert_eq!(policy.api_version, "autoops.k8s.elastic.co/v1alpha1");
        assert_eq!(policy.kind, "AutoOpsAgentPolicy");
        assert_eq!(policy.metadata.name, "autoops");
        assert_eq!(policy.metadata.namespace, "elastic-system");
        assert_eq!(policy.spec.version, "9.2.5");
        assert_eq!(
            policy.spec.image, None,
            "ECK picks the image of spec.version"
        );
        assert_eq!(policy.spec.auto_ops_ref.secret_name, "autoops-secret");
        assert_eq!(
            policy.spec.resource_selector.match_labels,
            string_map(&[("autoops", "enabled")])
        );
        assert_eq!(policy.spec.namespace_selector, None);
        assert_eq!(policy.spec.pod_template, None);
        // Secrets only in the Secret.
        assert_no_secret(&policy_text, "the policy");
        check_against_crd(&policy_text);
    }

    #[test]
    fn elasticsearch_settings_are_ignored_with_a_warning_and_never_shown() {
        let t = T::new();
        t.write("ca.crt", CA_PEM);
        t.write("pw", PASSWORD);
        let plain = t.run(&args(&[]), &eck_env()).ok();
        // Everything the other formats need, and more: an API key and a user at once.
        let o = t
            .run(
                &args(&[
                    "--ca-cert",
                    "ca.crt",
                    "--username",
                    "autoops",
                    "--password-file",
                    "pw",
                ]),
                &base_env(),
            )
            .ok()
            .clean_stderr();
        assert_eq!(
            o.stdout, plain.stdout,
            "the ignored settings change nothing"
        );
        for expected in [
            "not used by --format eck: the Elasticsearch URL (from $AUTOOPS_ES_URL), the API key (from $AUTOOPS_ES_API_KEY), the username (from --username), the password (from file pw)",
            "ECK connects to each selected cluster itself and creates the agent's API key there",
            "the temporary resource id (from $AUTOOPS_TEMP_RESOURCE_ID)",
            "--ca-cert is ignored for --format eck",
        ] {
            assert!(o.stderr.contains(expected), "{expected}: {}", o.stderr);
        }
        for leaked in [
            "es.example.com",
            "tmp-e2e-1",
            "BEGIN CERTIFICATE",
            "autoops\n",
        ] {
            assert!(!o.stderr.contains(leaked), "{leaked}: {}", o.stderr);
        }
        assert!(!o.stdout.contains("es.example.com") && !o.stdout.contains("tmp-e2e-1"));
        assert_no_secret(
            &o.stdout.replace(CLOUD_KEY, "").replace(TOKEN, ""),
            "the output",
        );
        // A CA that cannot be read does not matter either.
        t.run(&args(&["--ca-cert", "missing.crt"]), &eck_env())
            .ok()
            .clean_stderr();
    }

    #[test]
    fn missing_token_or_cloud_key_writes_nothing() {
        let t = T::new();
        refused(
            &t,
            &args(&[]),
            &without(eck_env(), &["AUTOOPS_TOKEN"]),
            &["no AutoOps token", "--token-file", "AUTOOPS_TOKEN"],
        );
        refused(
            &t,
            &args(&[]),
            &without(eck_env(), &["ELASTIC_CLOUD_CONNECTED_MODE_API_KEY"]),
            &[
                "no Cloud Connected API key",
                "ELASTIC_CLOUD_CONNECTED_MODE_API_KEY",
            ],
        );
        let err = refused(
            &t,
            &["-f", "eck"],
            &[],
            &["4 problems", "--select", "no OTel URL"],
        );
        assert!(
            !err.contains("Elasticsearch URL")
                && !err.contains("credentials")
                && !err.contains("temporary resource id"),
            "eck requires no Elasticsearch setting: {err}"
        );
        let o = t
            .run(
                &args(&["--out-dir", "eck"]),
                &without(eck_env(), &["AUTOOPS_TOKEN"]),
            )
            .usage()
            .clean_stderr();
        assert!(o.stderr.contains("no AutoOps token"), "{}", o.stderr);
        assert!(!t.path("eck").exists());
    }

    #[test]
    fn the_selector_rule() {
        let t = T::new();
        let err = refused(&t, &["-f", "eck"], &eck_env(), &["--select KEY=VALUE"]);
        assert!(
            err.contains("ECK refuses a policy without one")
                && err.contains("kubectl -n NAMESPACE label elasticsearch NAME autoops=enabled"),
            "{err}"
        );
        refused(
            &t,
            &args(&["--select", "tier"]),
            &eck_env(),
            &["--select `tier`", "no `=`"],
        );
        refused(
            &t,
            &args(&["--select", "autoops=disabled"]),
            &eck_env(),
            &["two values"],
        );
        refused(
            &t,
            &args(&["--namespace-selector", "Bad Key=x"]),
            &eck_env(),
            &["--namespace-selector `Bad Key=x`"],
        );
        refused(
            &t,
            &["-f", "kubernetes", "--select", "autoops=enabled"],
            &base_env(),
            &["only apply to --format eck"],
        );
        // Several labels, and a namespace selector.
        let o = t
            .run(
                &args(&[
                    "--select",
                    "example.com/tier=gold",
                    "--namespace-selector",
                    "kubernetes.io/metadata.name=prod",
                ]),
                &eck_env(),
            )
            .ok()
            .clean_stderr();
        let (_, p, text) = parse(&o.stdout);
        assert_eq!(
            p.spec.resource_selector.match_labels,
            string_map(&[("autoops", "enabled"), ("example.com/tier", "gold")])
        );
        assert_eq!(
            p.spec.namespace_selector.unwrap().match_labels,
            string_map(&[("kubernetes.io/metadata.name", "prod")])
        );
        assert!(
            o.stderr
                .contains("label elasticsearch NAME autoops=enabled example.com/tier=gold"),
            "{}",
            o.stderr
        );
        check_against_crd(&text);
    }

    #[cfg(unix)]
    #[test]
    fn out_dir_and_out_file_modes() {
        let t = T::new();
        let o = t
            .run(&args(&["--out-dir", "eck", "--name", "prod"]), &eck_env())
            .ok()
            .clean_stderr();
        assert!(o.stdout.is_empty());
        let secret_path = t.path("eck/prod-secret.yaml");
        let policy_path = t.path("eck/prod-policy.yaml");
        assert_eq!(mode(&secret_path), 0o600);
        assert_eq!(mode(&policy_path), 0o644);
        let policy_text = std::fs::read_to_string(&policy_path).unwrap();
        assert_no_secret(&policy_text, "the policy file");
        let p: AutoOpsAgentPolicy = serde_saphyr::from_str(&policy_text).unwrap();
        assert_eq!(p.metadata.name, "prod");
        assert_eq!(p.spec.auto_ops_ref.secret_name, "prod-secret");
        let s: Secret =
            serde_saphyr::from_str(&std::fs::read_to_string(&secret_path).unwrap()).unwrap();
        assert_eq!(s.metadata.name.as_deref(), Some("prod-secret"));
        assert_eq!(s.string_data.unwrap()["autoops-token"], TOKEN);
        assert!(
            o.stderr.contains("wrote eck/prod-secret.yaml (mode 0600)")
                && o.stderr.contains("wrote eck/prod-policy.yaml (mode 0644)")
                && o.stderr.contains(
                    "apply with: kubectl apply -f eck/prod-secret.yaml -f eck/prod-policy.yaml"
                ),
            "{}",
            o.stderr
        );
        // Existing files are kept without --force.
        t.run(&args(&["--out-dir", "eck", "--name", "prod"]), &eck_env())
            .usage();
        assert_eq!(std::fs::read_to_string(&policy_path).unwrap(), policy_text);

        let o = t
            .run(&args(&["--out", "eck.yaml"]), &eck_env())
            .ok()
            .clean_stderr();
        assert!(o.stdout.is_empty());
        assert_eq!(mode(&t.path("eck.yaml")), 0o600, "it holds the Secret");
        let (s, _, _) = parse(&std::fs::read_to_string(t.path("eck.yaml")).unwrap());
        assert_eq!(
            s.string_data.unwrap()["cloud-connected-mode-api-key"],
            CLOUD_KEY
        );
        assert_eq!(t.files(), ["eck", "eck.yaml"]);
    }

    #[test]
    fn proxies_go_into_the_pod_template_and_their_credentials_into_the_secret() {
        let t = T::new();
        let proxy = format!("http://u:{PASSWORD}@proxy.corp:3128");
        let env: Vec<(&str, &str)> = eck_env()
            .into_iter()
            .chain([("HTTPS_PROXY", proxy.as_str()), ("NO_PROXY", ".svc")])
            .collect();
        let o = t
            .run(&args(&["--http-proxy", "http://proxy.corp:3128"]), &env)
            .ok()
            .clean_stderr();
        assert!(!o.stderr.contains("warning"), "{}", o.stderr);
        let (s, p, text) = parse(&o.stdout);
        assert_eq!(s.string_data.unwrap()["https-proxy"], proxy);
        assert!(!text.contains(PASSWORD), "{text}");
        let ct = &p.spec.pod_template.as_ref().unwrap().spec.containers[0];
        assert_eq!(ct.name, "autoops-agent");
        let rows: Vec<EnvRow> = ct
            .env
            .iter()
            .map(|e| {
                (
                    e.name.clone(),
                    e.value_from
                        .as_ref()
                        .map(|v| (v.secret_key_ref.name.clone(), v.secret_key_ref.key.clone())),
                    e.value.clone(),
                )
            })
            .collect();
        let r = |name: &str, key: &str| {
            (
                name.to_string(),
                Some(("autoops-secret".to_string(), key.to_string())),
                None,
            )
        };
        let v = |name: &str, value: &str| (name.to_string(), None, Some(value.to_string()));
        assert_eq!(
            rows,
            [
                r("HTTPS_PROXY", "https-proxy"),
                v("HTTP_PROXY", "http://proxy.corp:3128"),
                v("NO_PROXY", ".svc"),
            ]
        );
        check_against_crd(&text);

        // Without .svc in NO_PROXY the agents' cluster traffic would go through the proxy: a warning.
        let o = t
            .run(
                &args(&["--https-proxy", "http://proxy.corp:3128"]),
                &eck_env(),
            )
            .ok()
            .clean_stderr();
        assert!(
            o.stderr
                .contains("through the proxy http://proxy.corp:3128")
                && o.stderr.contains("--no-proxy .svc"),
            "{}",
            o.stderr
        );
    }

    #[test]
    fn versions_images_and_names() {
        let t = T::new();
        let o = t
            .run(
                &args(&[
                    "--image",
                    "registry.local/agent",
                    "--agent-version",
                    "9.3.1",
                ]),
                &eck_env(),
            )
            .ok()
            .clean_stderr();
        let (_, p, _) = parse(&o.stdout);
        assert_eq!(p.spec.version, "9.3.1");
        assert_eq!(p.spec.image.as_deref(), Some("registry.local/agent:9.3.1"));
        let o = t
            .run(
                &args(&["--image", "registry.local/agent:9.2.6"]),
                &eck_env(),
            )
            .ok();
        let (_, p, _) = parse(&o.stdout);
        assert_eq!(p.spec.version, "9.2.6");
        refused(
            &t,
            &args(&["--image", "registry.local/agent@sha256:abcd"]),
            &eck_env(),
            &["pinned by digest", "--agent-version"],
        );
        refused(
            &t,
            &args(&["--agent-version", "9.2.0"]),
            &eck_env(),
            &["ECK refuses AutoOps agent version 9.2.0", "9.2.1", "9.2.4"],
        );
        refused(
            &t,
            &args(&["--agent-version", "9.2"]),
            &eck_env(),
            &["MAJOR.MINOR.PATCH"],
        );
        let o = t.run(&args(&["--agent-version", "9.2.2"]), &eck_env()).ok();
        assert!(
            o.stderr.contains("only with an Enterprise licence"),
            "{}",
            o.stderr
        );
        // ECK's limit on the policy's name is 36 characters; the other formats allow more.
        let long = "a".repeat(37);
        refused(
            &t,
            &args(&["--name", &long]),
            &eck_env(),
            &["--name", "1 to 36"],
        );
        t.run(&["-f", "kubernetes", "--name", &long], &base_env())
            .ok();
    }
}

#[test]
fn the_cloud_connected_url_has_one_flag_and_autoops_probes_spelling_as_an_alias() {
    let t = T::new();
    for flag in ["--cloud-connected-url", "--cloud-api-url"] {
        let o = t
            .run(&[flag, "https://cloud.example.net/"], &base_env())
            .ok();
        assert_eq!(
            env_map(&o.stdout)["ELASTIC_CLOUD_CONNECTED_MODE_API_URL"],
            "https://cloud.example.net",
            "{flag}"
        );
    }
    // One setting: giving it under both names is bad usage, nothing written.
    let o = t
        .run(
            &[
                "--cloud-connected-url",
                "https://a.example.net/",
                "--cloud-api-url",
                "https://b.example.net/",
            ],
            &base_env(),
        )
        .usage();
    assert!(o.stdout.is_empty(), "{}", o.stdout);
}
