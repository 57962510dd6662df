//! End-to-end: the built `ece-trust` API commands against the simulator's ECE/ECH API, every request body
//! checked against the Swagger by the simulator, and every run checked for a leaked API key.

use esconnect_sim::ece::Swagger;
use esconnect_sim::{DeploymentSpec, EceSpec, Sim};
use serde_json::{Value, json};
use std::path::PathBuf;
use test_support::specs_dir;

const DEP: &str = "f4a2c1e9b0d34a7e8c5b6d7e8f9a0b1c";
const ES: &str = "main-elasticsearch";
const KEY: &str = "ZWNlLWFwaS1rZXktZm9yLXRlc3Rz:c2VjcmV0LXBhcnQ=";
const XKEY: &str = "Y2NzLWtleS1pZDpjY3Mta2V5LXNlY3JldA==";

use test_support::run::Run;

struct T {
    sim: Sim,
    dir: tempfile::TempDir,
    ca: PathBuf,
    /// A CA certificate to trust (PEM, no key).
    trusted_ca: PathBuf,
    ech: bool,
}

/// A deployment with trust entries of every kind and settings the tool does not model.
fn existing() -> DeploymentSpec {
    DeploymentSpec::new(DEP)
        .trust(json!({
            "accounts": [{"account_id": "acc1", "name": "ours", "trust_all": true}],
            "direct": [{"uid": "uid0dc1", "name": "prod-dc1", "type": "generic", "trust_all": false,
                        "additional_node_names": ["node1.dc1.example"],
                        "certificates": [{"pem": "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ0FDQUNBQ0FDQUNBQ0FDQUNBQ0E=\n-----END CERTIFICATE-----\n"}]}],
            "external": [{"trust_relationship_id": "rel1", "trust_all": false, "trust_allowlist": ["c1"]}]
        }))
        .es_setting("snapshot", json!({"interval": "30m"}))
        .es_setting("traffic_filter", json!({"rulesets": ["rs-office"]}))
        .es_setting("dedicated_masters_threshold", json!(6))
}

impl T {
    fn new(ech: bool) -> Self {
        let mut spec = if ech { EceSpec::ech() } else { EceSpec::ece() };
        spec = spec.api_key(KEY).deployment(existing());
        if let Some(d) = specs_dir() {
            let f = if ech { "ech" } else { "ece" };
            spec = spec.swagger(Swagger::load(&d.join(f).join("apidocs.json")).unwrap());
        }
        let sim = Sim::builder().ece(spec).start().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let ca = sim.write_ca(dir.path()).unwrap();
        let trusted_ca = dir.path().join("other-ca.pem");
        std::fs::write(&trusted_ca, sim.ca_pem()).unwrap();
        Self {
            sim,
            dir,
            ca,
            trusted_ca,
            ech,
        }
    }

    fn file(&self, name: &str, content: &str) -> String {
        let p = self.dir.path().join(name);
        std::fs::write(&p, content).unwrap();
        p.display().to_string()
    }

    fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, None)
    }

    /// Runs with EC_HOST/EC_API_KEY/EC_CA_CERT, at -vvv (trace logs) so a leak in a log would show.
    fn run_with(&self, args: &[&str], stdin: Option<&str>) -> Run {
        let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("ece-trust");
        cmd.env_clear()
            .env("NO_COLOR", "1")
            .env("COLUMNS", "200")
            .env("EC_HOST", self.sim.ece().host())
            .env("EC_API_KEY", KEY)
            .env("EC_CA_CERT", &self.ca)
            .args(args)
            .arg("-vvv");
        if self.ech {
            cmd.args(["--target", "ech"]);
        }
        if let Some(s) = stdin {
            cmd.write_stdin(s.as_bytes().to_vec());
        }
        let sent_before = self.sim.ece().journal().len();
        let out = cmd.output().unwrap();
        let r = Run::from_output(out);
        for secret in [KEY, "c2VjcmV0LXBhcnQ=", XKEY] {
            assert!(
                !r.stdout.contains(secret) && !r.stderr.contains(secret),
                "a secret leaked:\n--- stdout\n{}\n--- stderr\n{}",
                r.stdout,
                r.stderr
            );
        }
        if self.sim.ece().journal().len() > sent_before {
            assert!(
                r.stderr.contains("request"),
                "the trace logs ran (so the leak check saw them)"
            );
        }
        r
    }

    fn trust(&self) -> Value {
        self.sim.ece().trust(DEP, ES)
    }

    fn es_settings(&self) -> Value {
        self.sim.ece().deployment(DEP).unwrap()["resources"]["elasticsearch"][0]["info"]["settings"]
            .clone()
    }

    fn writes(&self) -> usize {
        self.sim
            .ece()
            .journal()
            .iter()
            .filter(|e| e.method != "GET")
            .count()
    }

    #[track_caller]
    fn swagger_clean(&self) {
        assert!(
            self.sim.ece().swagger_violations().is_empty(),
            "{:?}",
            self.sim.ece().swagger_violations()
        );
    }
}

/// Everything but the entries `changed` (list, key) is as before, and the other settings too.
#[track_caller]
fn rest_unchanged(before: &Value, after: &Value, changed: (&str, &str)) {
    for (list, key) in [
        ("accounts", "account_id"),
        ("direct", "name"),
        ("external", "trust_relationship_id"),
    ] {
        for entry in before[list].as_array().into_iter().flatten() {
            if list == changed.0 && entry[key] == changed.1 {
                continue;
            }
            let found = after[list]
                .as_array()
                .into_iter()
                .flatten()
                .find(|e| e[key] == entry[key]);
            assert_eq!(
                found,
                Some(entry),
                "{list} entry {} changed:\nbefore {before}\nafter {after}",
                entry[key]
            );
        }
    }
}

#[track_caller]
fn other_settings_kept(t: &T) {
    let s = t.es_settings();
    assert_eq!(s["snapshot"], json!({"interval": "30m"}));
    assert_eq!(s["traffic_filter"], json!({"rulesets": ["rs-office"]}));
    assert_eq!(s["dedicated_masters_threshold"], 6);
    let d = t.sim.ece().deployment(DEP).unwrap();
    assert_eq!(
        d["resources"]["kibana"].as_array().unwrap().len(),
        1,
        "no orphan pruned"
    );
}

#[test]
fn add_keeps_every_entry_and_field_and_a_second_run_changes_nothing() {
    let t = T::new(false);
    let before = t.trust();
    let ca = t.trusted_ca.display().to_string();
    let args = [
        "add",
        "--deployment",
        DEP,
        "--name",
        "prod-dc2",
        "--ca",
        &ca,
        "--node-names",
        "node1.dc2.example,node2.dc2.example",
    ];
    t.run(&args)
        .code(0)
        .stdout_has("add trust.direct `prod-dc2`")
        .stdout_has("version 1 -> 2");
    let after = t.trust();
    rest_unchanged(&before, &after, ("direct", "prod-dc2"));
    let added = after["direct"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == "prod-dc2")
        .unwrap();
    assert_eq!(
        added["additional_node_names"],
        json!(["node1.dc2.example", "node2.dc2.example"])
    );
    assert_eq!(added["trust_all"], false);
    assert!(
        added["certificates"][0]["pem"]
            .as_str()
            .unwrap()
            .contains("BEGIN CERTIFICATE")
    );
    other_settings_kept(&t);
    t.swagger_clean();
    let put = t
        .sim
        .ece()
        .journal()
        .into_iter()
        .find(|e| e.method == "PUT")
        .unwrap();
    assert_eq!(put.query.as_deref(), Some("version=1"));
    assert_eq!(put.json()["prune_orphans"], false);

    let writes = t.writes();
    t.run(&args).code(0).stdout_has("no change");
    assert_eq!(t.writes(), writes, "the second run sent nothing");
    assert_eq!(t.trust(), after);
}

#[test]
fn account_external_and_remove_keep_the_other_entries() {
    let t = T::new(false);
    let before = t.trust();
    t.run(&[
        "account",
        "--deployment",
        DEP,
        "--account-id",
        "acc2",
        "--allowlist",
        "c7,c8",
    ])
    .code(0);
    let after = t.trust();
    rest_unchanged(&before, &after, ("accounts", "acc2"));
    assert_eq!(
        after["accounts"][1],
        json!({"account_id": "acc2", "trust_all": false, "trust_allowlist": ["c7", "c8"]})
    );

    let before = after;
    t.run(&[
        "external",
        "--deployment",
        DEP,
        "--relationship-id",
        "rel1",
        "--trust-all",
    ])
    .code(0)
    .stdout_has("replace trust.external `rel1`");
    let after = t.trust();
    rest_unchanged(&before, &after, ("external", "rel1"));
    assert_eq!(
        after["external"],
        json!([{"trust_relationship_id": "rel1", "trust_all": true}])
    );

    let before = after;
    t.run(&["remove", "--deployment", DEP, "--name", "prod-dc1"])
        .code(0)
        .stdout_has("remove trust.direct `prod-dc1`");
    let after = t.trust();
    rest_unchanged(&before, &after, ("direct", "prod-dc1"));
    assert!(after["direct"].as_array().unwrap().is_empty());
    other_settings_kept(&t);
    t.swagger_clean();
    let writes = t.writes();
    t.run(&["remove", "--deployment", DEP, "--name", "prod-dc1"])
        .code(0)
        .stdout_has("no change");
    assert_eq!(t.writes(), writes);
}

#[test]
fn a_concurrent_change_between_read_and_write_is_kept() {
    let t = T::new(false);
    let h = t.sim.ece().clone();
    t.sim
        .ece()
        .before_next("PUT", &format!("/deployments/{DEP}"), move || {
            h.change_deployment(DEP, |d| {
                d["resources"]["elasticsearch"][0]["info"]["settings"]["trust"]["accounts"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"account_id": "concurrent", "trust_all": true}));
            });
        });
    let ca = t.trusted_ca.display().to_string();
    t.run(&[
        "add",
        "--deployment",
        DEP,
        "--name",
        "dc3",
        "--ca",
        &ca,
        "--scope-id",
        "abc123",
        "--allowlist",
        "c1,c2",
        "--type",
        "ECE",
    ])
    .code(0)
    .stdout_has("after 2 reads");
    let after = t.trust();
    let accounts: Vec<&str> = after["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["account_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        accounts,
        ["acc1", "concurrent"],
        "the other writer's change survived"
    );
    assert!(
        after["direct"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["name"] == "dc3" && d["scope_id"] == "abc123")
    );
    let puts: Vec<_> = t
        .sim
        .ece()
        .journal()
        .into_iter()
        .filter(|e| e.method == "PUT")
        .collect();
    assert_eq!(puts.len(), 2);
    assert_eq!(puts[1].query.as_deref(), Some("version=2"));
}

#[test]
fn bad_input_exits_2_and_sends_nothing() {
    let t = T::new(false);
    let ca = t.trusted_ca.display().to_string();
    let key = rcgen::KeyPair::generate().unwrap();
    let with_key = t.file(
        "with-key.pem",
        &format!("{}{}", t.sim.ca_pem(), key.serialize_pem()),
    );
    let leaf = {
        let params = rcgen::CertificateParams::new(vec!["node1.example".to_string()]).unwrap();
        params.self_signed(&key).unwrap().pem()
    };
    let leaf = t.file("leaf.pem", &leaf);
    let long_scope = "a".repeat(33);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "add",
                "--deployment",
                DEP,
                "--name",
                "x",
                "--ca",
                &ca,
                "--scope-id",
                "ABC",
                "--trust-all",
            ],
            "`ABC` is not a valid scope",
        ),
        (
            vec![
                "add",
                "--deployment",
                DEP,
                "--name",
                "x",
                "--ca",
                &ca,
                "--scope-id",
                &long_scope,
                "--trust-all",
            ],
            "at most 32",
        ),
        (
            vec![
                "add",
                "--deployment",
                DEP,
                "--name",
                "x",
                "--ca",
                &ca,
                "--allowlist",
                "c1",
                "--node-names",
                "n1",
            ],
            "need --scope-id",
        ),
        (
            vec![
                "add",
                "--deployment",
                DEP,
                "--name",
                "x",
                "--ca",
                &ca,
                "--node-names",
                "*.example",
            ],
            "wildcard",
        ),
        (
            vec!["add", "--deployment", DEP, "--name", "x", "--ca", &ca],
            "--node-names or --scope-id",
        ),
        (
            vec![
                "add",
                "--deployment",
                DEP,
                "--name",
                "x",
                "--ca",
                &ca,
                "--type",
                "proxy",
                "--scope-id",
                "abc",
            ],
            "--type proxy",
        ),
        (
            vec![
                "add",
                "--deployment",
                DEP,
                "--name",
                "x",
                "--ca",
                &with_key,
                "--node-names",
                "n1",
            ],
            "private key",
        ),
        (
            vec![
                "add",
                "--deployment",
                DEP,
                "--name",
                "x",
                "--ca",
                &leaf,
                "--node-names",
                "n1",
            ],
            "not a CA certificate",
        ),
        (
            vec![
                "add",
                "--deployment",
                "../etc",
                "--name",
                "x",
                "--ca",
                &ca,
                "--node-names",
                "n1",
            ],
            "not a valid deployment id",
        ),
        (
            vec![
                "account",
                "--deployment",
                DEP,
                "--account-id",
                "a",
                "--allowlist",
                "bad/id",
            ],
            "not a valid cluster id",
        ),
        (
            vec![
                "keystore",
                "set",
                "--deployment",
                DEP,
                "--alias",
                "a b",
                "--key-file",
                "-",
            ],
            "not a remote cluster alias",
        ),
    ];
    for (args, needle) in cases {
        let r = t.run_with(&args, Some(XKEY));
        r.code(2).stderr_has(needle);
        assert!(t.sim.ece().journal().is_empty(), "{args:?} sent something");
    }
    // clap's own checks: --trust-all with --allowlist, account without a mode.
    t.run(&["account", "--deployment", DEP, "--account-id", "a"])
        .code(2);
    t.run(&[
        "add",
        "--deployment",
        DEP,
        "--name",
        "x",
        "--ca",
        &ca,
        "--scope-id",
        "a",
        "--trust-all",
        "--allowlist",
        "c",
    ])
    .code(2);
    assert!(t.sim.ece().journal().is_empty());
}

#[test]
fn dry_run_shows_the_diff_and_writes_nothing() {
    let t = T::new(true);
    let r = t.run(&[
        "account",
        "--deployment",
        DEP,
        "--account-id",
        "acc1",
        "--allowlist",
        "c5",
        "--dry-run",
    ]);
    r.code(0)
        .stdout_has("replace trust.accounts `acc1`")
        .stdout_has("-   \"trust_all\": true")
        .stdout_has("+   \"trust_allowlist\": [")
        .stdout_has("dry run: nothing sent");
    insta::assert_snapshot!("account_dry_run", r.stdout);
    assert_eq!(t.writes(), 0);
    let r = t.run_with(
        &[
            "keystore",
            "set",
            "--deployment",
            DEP,
            "--alias",
            "dc1",
            "--key-file",
            "-",
            "--dry-run",
        ],
        Some(XKEY),
    );
    r.code(0).stdout_has("PATCH").stdout_has("[redacted]");
    assert_eq!(t.writes(), 0);
    // The same for real, on ECH: valid against ECH's Swagger.
    t.run(&[
        "account",
        "--deployment",
        DEP,
        "--account-id",
        "acc1",
        "--allowlist",
        "c5",
    ])
    .code(0)
    .stdout_has("applied");
    assert_eq!(t.trust()["accounts"][0]["trust_allowlist"], json!(["c5"]));
    assert_eq!(
        t.trust()["accounts"][0]["name"],
        "ours",
        "the name the tool was not given is kept"
    );
    t.swagger_clean();
}

#[test]
fn keystore_set_keeps_the_other_entries_and_never_shows_values() {
    let t = T::new(false);
    t.sim.ece().keystore_set(
        DEP,
        ES,
        "s3.client.default.secret_key",
        json!("aws-secret-value"),
        false,
    );
    let key_file = t.file("key", &format!("{XKEY}\n"));
    t.run(&[
        "keystore",
        "set",
        "--deployment",
        DEP,
        "--alias",
        "dc1",
        "--key-file",
        &key_file,
    ])
    .code(0)
    .stdout_has("cluster.remote.dc1.credentials");
    let ks = t.sim.ece().keystore(DEP, ES);
    assert_eq!(ks["cluster.remote.dc1.credentials"].0, json!(XKEY));
    assert_eq!(
        ks["s3.client.default.secret_key"].0,
        json!("aws-secret-value")
    );
    let patch = t
        .sim
        .ece()
        .journal()
        .into_iter()
        .find(|e| e.method == "PATCH")
        .unwrap();
    assert_eq!(
        patch.json()["secrets"].as_object().unwrap().len(),
        1,
        "only our entry is sent"
    );
    t.swagger_clean();
    let r = t.run(&["keystore", "list", "--deployment", DEP]);
    r.code(0)
        .stdout_has("cluster.remote.dc1.credentials")
        .stdout_has("s3.client.default.secret_key");
    assert!(!r.stdout.contains("aws-secret-value"));
}

#[test]
fn list_shows_each_entry() {
    let t = T::new(false);
    let r = t.run(&["list", "--deployment", DEP]);
    r.code(0);
    insta::assert_snapshot!("list", r.stdout);
}

#[test]
fn relationships_crud_on_ece_and_refused_on_ech() {
    let t = T::new(false);
    let ca = t.trusted_ca.display().to_string();
    let r = t.run(&[
        "relationships",
        "create",
        "--name",
        "ECE B",
        "--ca",
        &ca,
        "--account-ids",
        "acc9",
        "-o",
        "json",
    ]);
    r.code(0);
    let created: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(created["outcome"], "created");
    let id = created["relationship"]["id"].as_str().unwrap().to_string();
    t.run(&[
        "relationships",
        "create",
        "--name",
        "ECE B",
        "--ca",
        &ca,
        "--account-ids",
        "acc9",
    ])
    .code(0)
    .stdout_has("unchanged");
    assert_eq!(t.sim.ece().trust_relationships().len(), 2, "no duplicate");
    t.run(&["relationships", "update", &id, "--trust-by-default", "true"])
        .code(0)
        .stdout_has("updated");
    t.run(&["relationships", "list"])
        .code(0)
        .stdout_has("ECE B")
        .stdout_has(&id);
    t.run(&["relationships", "delete", &id])
        .code(0)
        .stdout_has("deleted");
    t.run(&["relationships", "delete", &id])
        .code(0)
        .stdout_has("already absent");
    t.swagger_clean();

    let ech = T::new(true);
    ech.run(&["relationships", "list"])
        .code(2)
        .stderr_has("ECE only");
    assert!(ech.sim.ece().journal().is_empty());
}

#[test]
fn a_wrong_key_exits_4_with_the_api_error_and_no_key() {
    let t = T::new(false);
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("ece-trust");
    let wrong = "d3Jvbmcta2V5LXZhbHVl";
    let out = cmd
        .env_clear()
        .env("NO_COLOR", "1")
        .env("EC_HOST", t.sim.ece().host())
        .env("EC_API_KEY", wrong)
        .env("EC_CA_CERT", &t.ca)
        .args(["list", "--deployment", DEP, "-vvv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("root.unauthenticated") && err.contains("EC_API_KEY"),
        "{err}"
    );
    assert!(!err.contains(wrong) && !String::from_utf8(out.stdout).unwrap().contains(wrong));
}

#[test]
fn ece_takes_basic_authentication_and_ech_refuses_it_before_sending() {
    const PW: &str = "Ece-adm1n-pw-5Rt";
    let run = |target: EceSpec, password: &str| {
        // The simulator's host is an address, which means ECE: ECH is named with --target.
        let ech = target.is_ech();
        let sim = Sim::builder()
            .ece(target.basic_user("admin", PW).deployment(existing()))
            .start()
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let ca = sim.write_ca(dir.path()).unwrap();
        let pw = dir.path().join("pw");
        std::fs::write(&pw, format!("{password}\n")).unwrap();
        let out = assert_cmd::cargo::cargo_bin_cmd!("ece-trust")
            .env_clear()
            .env("NO_COLOR", "1")
            .env("EC_HOST", sim.ece().host())
            .env("EC_USER", "admin")
            .env("EC_CA_CERT", &ca)
            .args(["list", "--deployment", DEP, "--ec-password-file"])
            .arg(&pw)
            .arg("-vvv")
            .args(if ech { &["--target", "ech"][..] } else { &[] })
            .output()
            .unwrap();
        let (stdout, stderr) = (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        );
        assert!(
            !stdout.contains(password) && !stderr.contains(password),
            "the password leaked"
        );
        (
            out.status.code().unwrap(),
            stdout,
            stderr,
            sim.ece().journal().len(),
        )
    };
    let (code, stdout, stderr, sent) = run(EceSpec::ece(), PW);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("prod-dc1"), "{stdout}");
    assert!(sent > 0);
    let (code, _, stderr, _) = run(EceSpec::ece(), "wrong-password");
    assert_eq!(code, 4, "{stderr}");
    let (code, _, stderr, sent) = run(EceSpec::ech(), PW);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("API keys only"), "{stderr}");
    assert_eq!(sent, 0, "nothing is sent to ECH with a username");
}
