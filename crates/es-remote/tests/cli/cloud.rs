//! `pair import` and `rotate` where the local cluster is an ECE or ECH deployment (its keystore and trust
//! through the simulated API, the deployment backed by the simulated `local` cluster) or an ECK cluster
//! (manifests, applied here as ECK would: into the nodes' keystores).
//!
//! The remote has a CA of its own, which the local cluster does not trust at the start: a connection is
//! only made when the trust step worked.

use crate::harness::{Run, s};
use crate::pair::{Pair, invalidated, mode};
use esconnect_sim::{DeploymentSpec, EceSpec, EceTarget};
use serde_json::Value;
use std::path::{Path, PathBuf};
use test_support::specs_dir;

const DEPLOYMENT: &str = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
const REF_ID: &str = "main-elasticsearch";
const EC_KEY: &str = "ec-api-key-for-pairing==";
const REMOTE_CA: &str = "Remote Corp CA";
const SETTING: &str = "cluster.remote.prod.credentials";

fn pair(target: Option<EceTarget>) -> Pair {
    pair_version("8.17.0", target)
}

fn pair_version(version: &str, target: Option<EceTarget>) -> Pair {
    pair_with(version, target, std::time::Duration::ZERO)
}

/// `keystore_delay`: how long the platform takes to apply a keystore PATCH to the nodes.
fn pair_with(
    version: &str,
    target: Option<EceTarget>,
    keystore_delay: std::time::Duration,
) -> Pair {
    let ece = target.map(|t| {
        let mut spec = EceSpec::new(t)
            .api_key(EC_KEY)
            .keystore_delay(keystore_delay)
            .deployment(DeploymentSpec::new(DEPLOYMENT).backed_by("local"));
        if let Some(d) = specs_dir() {
            let f = if t == EceTarget::Ech { "ech" } else { "ece" };
            spec = spec.swagger(
                esconnect_sim::ece::Swagger::load(&d.join(f).join("apidocs.json")).unwrap(),
            );
        }
        spec
    });
    let p = Pair::build(version, |l| l, |r| r.ca(REMOTE_CA), ece);
    p.secret(EC_KEY);
    p
}

/// A bundle exported on the remote (its CA inside); the key is registered as a secret.
fn bundle(p: &Pair) -> (PathBuf, String) {
    let path = p.path("bundle.json");
    p.run_env(
        &[
            "pair",
            "export",
            "--alias",
            "prod",
            "--address",
            &p.rcs(),
            "--server-name",
            "localhost",
            "--server-ca",
            &s(&p.remote_ca),
            "--search",
            "logs-*",
            "--out",
            &s(&path),
        ],
        &[
            ("ELASTICSEARCH_URL", p.remote().url()),
            ("ELASTICSEARCH_CA_CERT", s(&p.remote_ca)),
        ],
    )
    .code(0);
    let b: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let encoded = b["key"]["encoded"].as_str().unwrap().to_string();
    p.secret(&encoded);
    (path, encoded)
}

/// The ECE/ECH connection and target flags.
fn cloud_args(p: &Pair, target: &str) -> Vec<String> {
    let key = p.path("ec.key");
    std::fs::write(&key, EC_KEY).unwrap();
    [
        "--target",
        target,
        "--deployment-id",
        DEPLOYMENT,
        "--ec-host",
        &p.sim.ece().host(),
        "--ec-api-key-file",
        &s(&key),
        "--ec-ca-cert",
        &s(&p.ca),
    ]
    .map(str::to_string)
    .to_vec()
}

fn run(p: &Pair, args: &[&str], extra: &[String]) -> Run {
    let mut all: Vec<&str> = args.to_vec();
    all.extend(extra.iter().map(String::as_str));
    p.run(&all)
}

fn writes(p: &Pair) -> Vec<String> {
    p.sim
        .ece()
        .journal()
        .into_iter()
        .filter(|e| e.method != "GET")
        .map(|e| format!("{} {}", e.method, e.path))
        .collect()
}

fn connected(p: &Pair) -> bool {
    p.run(&["status", "prod", "--output", "json"]).json()[0]["connected"] == true
}

#[test]
fn a_bundle_pairs_an_ece_or_ech_deployment_through_the_api() {
    for (target, name) in [(EceTarget::Ece, "ece"), (EceTarget::Ech, "ech")] {
        let p = pair(Some(target));
        let (b, encoded) = bundle(&p);
        let args = cloud_args(&p, name);
        let import = [
            "pair",
            "import",
            &s(&b),
            "--ca-out",
            &s(&p.path("prod-remote-ca.crt")),
        ];

        // dry run: the plan, with the keystore request redacted; nothing written anywhere
        p.local().clear_journal();
        let r = run(&p, &[&import[..], &["--dry-run"]].concat(), &args);
        if target == EceTarget::Ece {
            let text = format!("--- stdout\n{}--- stderr\n{}", r.stdout, r.stderr);
            test_support::redactions()
                .settings()
                .bind(|| insta::assert_snapshot!("ece_pair_import_dry_run", text));
        }
        r.code(0)
            .stderr_has("direct entry esconnect-remote-prod")
            .stderr_has("PATCH")
            .stderr_has(SETTING);
        assert!(writes(&p).is_empty(), "{name}: {:?}", writes(&p));
        assert!(p.sim.ece().keystore(DEPLOYMENT, REF_ID).is_empty());
        assert!(p.local().journal().iter().all(|e| e.method == "GET"));
        assert!(!p.path("prod-remote-ca.crt").exists());

        // the real run: trust, keystore, settings, connected, doctor
        let r = run(&p, &import, &args);
        r.code(0)
            .stdout_has("connected")
            .stderr_has("running es-remote doctor");
        assert_eq!(
            writes(&p),
            [
                format!("PUT /api/v1/deployments/{DEPLOYMENT}"),
                format!("PATCH /api/v1/deployments/{DEPLOYMENT}/elasticsearch/{REF_ID}/keystore"),
            ],
            "{name}"
        );
        let ks = p.sim.ece().keystore(DEPLOYMENT, REF_ID);
        assert_eq!(ks[SETTING].0, Value::String(encoded.clone()));
        let trust = p.sim.ece().trust(DEPLOYMENT, REF_ID);
        let direct = &trust["direct"][0];
        assert_eq!(direct["name"], "esconnect-remote-prod");
        assert_eq!(direct["additional_node_names"][0], "localhost");
        assert_eq!(direct["trust_all"], false);
        assert_eq!(
            direct["certificates"][0]["pem"].as_str().unwrap(),
            p.remote().http_ca_pem()
        );
        assert_eq!(
            p.local().node_loaded_secure_setting(0, SETTING).as_deref(),
            Some(encoded.as_str()),
            "{name}: the deployment reloaded the key"
        );
        assert!(connected(&p));
        assert!(p.sim.ece().swagger_violations().is_empty());

        // a rerun changes nothing in the trust (the keystore PATCH carries the same value again)
        let version = p.sim.ece().version(DEPLOYMENT);
        run(&p, &import, &args).code(0);
        assert_eq!(p.sim.ece().version(DEPLOYMENT), version, "{name}");
        assert_eq!(
            p.sim.ece().trust(DEPLOYMENT, REF_ID)["direct"]
                .as_array()
                .unwrap()
                .len(),
            1
        );
    }
}

#[test]
fn without_the_trust_entry_the_remote_is_not_trusted() {
    // The control for the test above: the same key without the CA in the bundle does not connect, and
    // the doctor names the certificate.
    let p = pair(Some(EceTarget::Ece));
    let (b, _) = bundle(&p);
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(&b).unwrap()).unwrap();
    v.as_object_mut().unwrap().remove("ca_pem");
    std::fs::write(&b, v.to_string()).unwrap();
    let r = run(
        &p,
        &[
            "pair",
            "import",
            &s(&b),
            "--wait-timeout",
            "2s",
            "--ca-out",
            &s(&p.path("prod-remote-ca.crt")),
        ],
        &cloud_args(&p, "ece"),
    );
    r.code(1);
    assert!(
        r.stdout.contains("certificate") || r.stderr.contains("certificate"),
        "{}\n{}",
        r.stdout,
        r.stderr
    );
    assert!(
        p.sim
            .ece()
            .trust(DEPLOYMENT, REF_ID)
            .get("direct")
            .is_none()
    );
}

#[test]
fn bad_target_flags_exit_2_before_anything_is_sent() {
    let p = pair(Some(EceTarget::Ece));
    let (b, _) = bundle(&p);
    let b = s(&b);
    p.local().clear_journal();
    let cases: [(&[&str], &str); 5] = [
        (&["--target", "ece"], "--deployment-id"),
        (&["--target", "eck"], "--eck-cluster"),
        (&["--deployment-id", DEPLOYMENT], "is for --target ece|ech"),
        (&["--continue"], "--continue is for --target eck"),
        (
            &["--target", "ece", "--deployment-id", "../x"],
            "deployment id",
        ),
    ];
    for (extra, needle) in cases {
        let mut args = vec!["pair", "import", b.as_str()];
        args.extend(extra);
        p.run(&args).code(2).stderr_has(needle);
    }
    assert!(p.local().journal().is_empty());
    assert!(p.sim.ece().journal().is_empty());
    assert!(!p.conf.join("elasticsearch.keystore").exists());
}

/// ECK's part, done here as the operator and ECK would: the Secret's key into every node's keystore,
/// the ConfigMap's CA into the nodes' remote cluster client trust.
fn apply_eck(p: &Pair, dir: &Path, secret_file: &str) {
    let secret: k8s_openapi::api::core::v1::Secret =
        serde_saphyr::from_str(&std::fs::read_to_string(dir.join(secret_file)).unwrap()).unwrap();
    for (k, v) in secret.string_data.unwrap() {
        p.local().keystore_set(&k, &v);
    }
    if let Ok(text) = std::fs::read_to_string(dir.join("configmap-remote-ca.yaml")) {
        let cm: k8s_openapi::api::core::v1::ConfigMap = serde_saphyr::from_str(&text).unwrap();
        p.local()
            .add_remote_cluster_client_ca_pem(&cm.data.unwrap()["ca.crt"]);
    }
}

#[test]
fn eck_gets_manifests_then_continue_connects() {
    let p = pair(None);
    let (b, encoded) = bundle(&p);
    let dir = p.path("eck");
    let eck = [
        "--target",
        "eck",
        "--eck-cluster",
        "quickstart",
        "-n",
        "elastic",
        "--manifests-dir",
        &s(&dir),
    ];
    let import = [
        "pair",
        "import",
        &s(&b),
        "--ca-out",
        &s(&p.path("prod-remote-ca.crt")),
    ];
    p.local().clear_journal();
    // first run: files only, nothing sent
    let r = p.run(&[&import[..], &eck[..]].concat());
    r.code(0)
        .stderr_has("kubectl apply -f")
        .stderr_has("--continue");
    assert!(p.local().journal().is_empty(), "{:?}", p.local().journal());
    let secret = dir.join("secret.yaml");
    assert_eq!(mode(&secret), 0o600, "the Secret holds the key");
    let text = std::fs::read_to_string(&secret).unwrap();
    assert!(text.contains(&encoded) && text.contains("namespace: elastic"));
    assert!(!r.stdout.contains(&encoded) && !r.stderr.contains(&encoded));
    let cm = std::fs::read_to_string(dir.join("configmap-remote-ca.yaml")).unwrap();
    assert!(cm.contains("quickstart-remote-prod-ca"));
    // before the manifests are applied, --continue cannot connect
    // (the doctor runs and names the problem; nothing is claimed)
    apply_eck(&p, &dir, "secret.yaml");
    let r = p.run(
        &[
            &import[..],
            &eck[..],
            &["--continue", "--wait-timeout", "20s"],
        ]
        .concat(),
    );
    r.code(0).stdout_has("connected");
    assert_eq!(
        p.local().node_loaded_secure_setting(0, SETTING).as_deref(),
        Some(encoded.as_str())
    );
    assert!(connected(&p));
}

#[test]
fn eck_continue_before_the_manifests_are_applied_does_not_connect() {
    let p = pair(None);
    let (b, _) = bundle(&p);
    let dir = p.path("eck");
    let eck = [
        "--target",
        "eck",
        "--eck-cluster",
        "qs",
        "--manifests-dir",
        &s(&dir),
    ];
    let import = [
        "pair",
        "import",
        &s(&b),
        "--ca-out",
        &s(&p.path("prod-remote-ca.crt")),
    ];
    p.run(&[&import[..], &eck[..]].concat()).code(0);
    let r = p.run(
        &[
            &import[..],
            &eck[..],
            &["--continue", "--wait-timeout", "1s"],
        ]
        .concat(),
    );
    r.code(1);
    assert!(!connected(&p));
}

/// A deployment connected to `prod` through `pair import`, and the key's file (for `--key-file`).
fn cloud_connected(p: &Pair, target: &str) -> (String, PathBuf) {
    let (b, encoded) = bundle(p);
    let ca_out = s(&p.path("prod-remote-ca.crt"));
    run(
        p,
        &["pair", "import", &s(&b), "--ca-out", &ca_out],
        &cloud_args(p, target),
    )
    .code(0);
    let key = p.path("current.key");
    std::fs::write(&key, format!("{encoded}\n")).unwrap();
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&b).unwrap()).unwrap();
    (v["key"]["id"].as_str().unwrap().to_string(), key)
}

#[test]
fn rotate_on_a_deployment_stages_through_the_keystore_api() {
    let p = pair(Some(EceTarget::Ech));
    let (old_id, key) = cloud_connected(&p, "ech");
    let state = p.path("rot.state");
    let args = cloud_args(&p, "ech");
    let remote_env = p.remote_env();
    let rotate = [
        "rotate",
        "prod",
        "--key-file",
        &s(&key),
        "--state",
        &s(&state),
    ];
    let mut all: Vec<&str> = rotate.to_vec();
    all.extend(args.iter().map(String::as_str));
    // dry run: the keystore step is the API's
    let before = writes(&p).len();
    p.run_env(&[&all[..], &["--dry-run"]].concat(), &remote_env)
        .code(0)
        .stderr_has("PATCH /api/v1/deployments/");
    assert_eq!(writes(&p).len(), before);

    let r = p.run_env(&[&all[..], &["--output", "json"]].concat(), &remote_env);
    r.code(0);
    let new_id = r.json()["new_key"].as_str().unwrap().to_string();
    assert!(invalidated(&p, &old_id));
    assert!(!invalidated(&p, &new_id));
    let ks = p.sim.ece().keystore(DEPLOYMENT, REF_ID);
    let staged = ks[SETTING].0.as_str().unwrap().to_string();
    p.secret(&staged);
    assert_eq!(
        p.local().node_loaded_secure_setting(0, SETTING),
        Some(staged)
    );
    assert!(connected(&p));
    assert!(!state.exists());
}

#[test]
fn a_failed_rotation_on_a_deployment_puts_the_old_key_back() {
    let p = pair(Some(EceTarget::Ece));
    let (old_id, key) = cloud_connected(&p, "ece");
    let old = std::fs::read_to_string(&key).unwrap().trim().to_string();
    let remote_env = p.remote_env();
    p.remote().set_remote_cluster_server_up(false);
    let mut all = vec![
        "rotate".to_string(),
        "prod".into(),
        "--key-file".into(),
        s(&key),
        "--state".into(),
        s(&p.path("rot.state")),
        "--wait-timeout".into(),
        "1s".into(),
    ];
    all.extend(cloud_args(&p, "ece"));
    let all: Vec<&str> = all.iter().map(String::as_str).collect();
    p.run_env(&all, &remote_env)
        .code(1)
        .stderr_has("rolled back");
    assert!(!invalidated(&p, &old_id), "the old key stays valid");
    assert_eq!(
        p.sim.ece().keystore(DEPLOYMENT, REF_ID)[SETTING].0,
        Value::String(old.clone()),
        "the old key is in the deployment's keystore again"
    );
    assert_eq!(p.local().node_loaded_secure_setting(0, SETTING), Some(old));
    p.remote().set_remote_cluster_server_up(true);
    p.run(&["status", "prod", "--wait", "--wait-timeout", "10s"])
        .code(0);
}

#[test]
fn rotate_on_eck_stops_for_the_secret_and_continues() {
    // 9.3: the reload reports keystore digests, so a --continue before the Secret is applied is caught.
    let p = pair_version("9.3.0", None);
    let (b, encoded) = bundle(&p);
    let dir = p.path("eck");
    let eck = [
        "--target",
        "eck",
        "--eck-cluster",
        "qs",
        "--manifests-dir",
        &s(&dir),
    ];
    let import = [
        "pair",
        "import",
        &s(&b),
        "--ca-out",
        &s(&p.path("prod-remote-ca.crt")),
    ];
    p.run(&[&import[..], &eck[..]].concat()).code(0);
    apply_eck(&p, &dir, "secret.yaml");
    p.run(&[&import[..], &eck[..], &["--continue"]].concat())
        .code(0);
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&b).unwrap()).unwrap();
    let old_id = v["key"]["id"].as_str().unwrap().to_string();
    let key = p.path("current.key");
    std::fs::write(&key, &encoded).unwrap();
    let state = p.path("rot.state");
    let remote_env = p.remote_env();
    let (key_s, state_s) = (s(&key), s(&state));
    let rotate = [
        &["rotate", "prod", "--key-file", &key_s, "--state", &state_s][..],
        &eck[..],
    ]
    .concat();
    // step 2 writes the Secret and stops; the old key still works
    p.run_env(&rotate, &remote_env)
        .code(0)
        .stderr_has("--continue");
    let st: Value = serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    let new = st["new_encoded"].as_str().unwrap().to_string();
    p.secret(&new);
    assert!(
        std::fs::read_to_string(dir.join("secret.yaml"))
            .unwrap()
            .contains(&new)
    );
    assert!(!invalidated(&p, &old_id));
    assert!(connected(&p));
    // --continue too early: the nodes still load the old key, which stays valid
    p.run_env(&[&rotate[..], &["--continue"]].concat(), &remote_env)
        .code(1)
        .stderr_has("has not changed since the new key was staged");
    assert!(!invalidated(&p, &old_id));
    assert!(state.exists(), "the rotation can still be continued");
    assert!(connected(&p));
    // applied, then --continue verifies and invalidates the old key
    apply_eck(&p, &dir, "secret.yaml");
    p.run_env(&[&rotate[..], &["--continue"]].concat(), &remote_env)
        .code(0);
    assert!(invalidated(&p, &old_id));
    assert_eq!(p.local().node_loaded_secure_setting(0, SETTING), Some(new));
    assert!(connected(&p));
}

#[test]
fn a_rotation_on_a_deployment_killed_before_staging_is_resumed() {
    use esconnect_sim::{Fault, FaultRule};
    let p = pair(Some(EceTarget::Ece));
    let (old_id, key) = cloud_connected(&p, "ece");
    let state = p.path("rot.state");
    // The keystore PATCH takes 3 s: the process is killed while it waits, after step 1 is recorded.
    p.sim.ece().service().add_fault(
        FaultRule::path(
            &format!("/api/v1/deployments/{DEPLOYMENT}/elasticsearch/{REF_ID}/keystore"),
            Fault::Latency(std::time::Duration::from_secs(3)),
        )
        .method("PATCH")
        .times(1),
    );
    let mut args = vec![
        "rotate".to_string(),
        "prod".into(),
        "--key-file".into(),
        s(&key),
        "--state".into(),
        s(&state),
    ];
    args.extend(cloud_args(&p, "ece"));
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    p.rotate_killed_after_step_1(&argv, &state);
    // killed after step 1: the old key is valid and still the deployment's
    assert!(!invalidated(&p, &old_id));
    assert!(connected(&p));
    let st: Value = serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    let new = st["new_encoded"].as_str().unwrap().to_string();
    p.secret(&new);
    // --continue stages, verifies and invalidates
    let mut resume = argv;
    resume.push("--continue");
    p.run_env(&resume, &p.remote_env())
        .code(0)
        .stderr_has("resuming");
    assert!(invalidated(&p, &old_id));
    assert_eq!(
        p.sim.ece().keystore(DEPLOYMENT, REF_ID)[SETTING].0,
        Value::String(new)
    );
    assert!(connected(&p));
    assert!(!state.exists());
}

#[test]
fn rotate_waits_until_the_deployment_has_the_new_key_before_invalidating_the_old() {
    // The platform applies a keystore PATCH 1.5 s after answering it; 9.3 reports keystore digests. The
    // old key still connects meanwhile, so a connection check alone would invalidate it too early.
    let p = pair_with(
        "9.3.0",
        Some(EceTarget::Ece),
        std::time::Duration::from_millis(1500),
    );
    let (old_id, key) = cloud_connected(&p, "ece");
    let mut args = vec![
        "rotate".to_string(),
        "prod".into(),
        "--key-file".into(),
        s(&key),
        "--state".into(),
        s(&p.path("rot.state")),
        "--output".into(),
        "json".into(),
    ];
    args.extend(cloud_args(&p, "ece"));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let r = p.run_env(&args, &p.remote_env());
    r.code(0)
        .stderr_has("waiting until the deployment's nodes have the new keystore");
    let new_id = r.json()["new_key"].as_str().unwrap().to_string();
    p.secret(
        p.local()
            .node_loaded_secure_setting(0, SETTING)
            .as_deref()
            .unwrap(),
    );
    assert!(invalidated(&p, &old_id));
    // right after the rotation the nodes already use the new key: no gap without a valid one
    assert!(connected(&p));
    let last = p.remote().inbound_handshakes().pop().unwrap();
    assert_eq!(last.api_key_id.as_deref(), Some(new_id.as_str()));
    assert_eq!(last.error, None);
}
