//! `restrictions` and `restrictions check`.

use crate::harness::Fx;
use std::collections::BTreeMap;

const SEED_002: &[&str] = &[
    "restrictions",
    "--cluster",
    "aaaabbbbaaaabbbb",
    "--cluster",
    "xxxxyyyyxxxxyyyy",
    "--scope",
    "1053523734",
    "--all-clusters-of",
    "83988631",
    "--own",
    "node*.es.example.com",
];

fn parse(text: &str) -> BTreeMap<String, Vec<String>> {
    serde_saphyr::from_str(text).unwrap_or_else(|e| panic!("not YAML ({e}):\n{text}"))
}

#[test]
fn the_seed_002_example() {
    let fx = Fx::new();
    let r = fx.run(SEED_002);
    r.code(0)
        .stderr_has("xpack.security.transport.ssl.trust_restrictions.path: trust-restrictions.yml");
    let m = parse(&r.stdout);
    assert_eq!(
        m["trust.subject_name"],
        vec![
            "*.node.aaaabbbbaaaabbbb.cluster.1053523734.account",
            "*.node.xxxxyyyyxxxxyyyy.cluster.1053523734.account",
            "*.node.*.cluster.83988631.account",
            "node*.es.example.com",
        ]
    );
    insta::assert_snapshot!("restrictions_stdout", r.stdout);
    insta::assert_snapshot!("restrictions_stderr", r.stderr);
}

#[test]
fn out_writes_the_file_and_rerunning_changes_nothing() {
    let fx = Fx::new();
    let mut args = SEED_002.to_vec();
    args.extend(["--out", "trust.yml", "--x509-field", "dns"]);
    let r = fx.run(&args);
    r.code(0)
        .stderr_has("wrote trust.yml")
        .stderr_has("trust_restrictions.path: trust.yml")
        .stderr_has("trust_restrictions.x509_fields: [\"subjectAltName.dnsName\"]");
    assert!(r.stdout.is_empty());
    let text = std::fs::read_to_string(fx.path("trust.yml")).unwrap();
    assert_eq!(parse(&text)["trust.subject_name"].len(), 4);
    fx.run(&args).code(0).stderr_has("trust.yml is unchanged");
}

#[test]
fn bad_input_writes_nothing() {
    let fx = Fx::new();
    for (args, needle) in [
        (vec!["restrictions"], "no pattern given"),
        (
            vec!["restrictions", "--cluster", "abc"],
            "--cluster needs --scope",
        ),
        (
            vec!["restrictions", "--cluster", "abc", "--scope", "My-Scope"],
            "not a valid scope",
        ),
        (
            vec!["restrictions", "--cluster", "ABC", "--scope", "s1"],
            "not a valid cluster id",
        ),
        (
            vec!["restrictions", "--all-clusters-of", &"9".repeat(33)],
            "not a valid scope",
        ),
        (
            vec!["restrictions", "--own", "*"],
            "admits every certificate",
        ),
        (
            vec!["restrictions", "--own", "node\"1"],
            "not a valid trust restriction pattern",
        ),
    ] {
        let mut a = args.clone();
        a.extend(["--out", "t.yml"]);
        fx.run(&a).code(2).stderr_has(needle);
        assert!(
            !std::path::Path::new(&fx.path("t.yml")).exists(),
            "{args:?}"
        );
    }
}

#[test]
fn check_says_which_pattern_admits_a_certificate() {
    let fx = Fx::new();
    fx.run(&[
        "restrictions",
        "--cluster",
        "1234567abcd",
        "--scope",
        "myscope",
        "--own",
        "es0?",
        "--out",
        "t.yml",
    ])
    .code(0);
    // node1 carries the otherName CN of cluster 1234567abcd.
    let r = fx.run(&["restrictions", "check", "t.yml", "--cert", "node1.pem"]);
    r.code(0).stdout_has(
        "admitted: otherName CN `node1.node.1234567abcd.cluster.myscope.account` matches `*.node.1234567abcd.cluster.myscope.account`",
    );
    // PKCS#12 with the password.
    fx.run(&[
        "restrictions",
        "check",
        "t.yml",
        "--cert",
        "node1.p12",
        "--password-file",
        "p12.pw",
    ])
    .code(0);
    // es01 has no otherName: never admitted by the default field ...
    fx.run(&["restrictions", "check", "t.yml", "--cert", "es01.crt"])
        .code(1)
        .stdout_has("NOT admitted: the certificate has no otherName CN");
    // ... but its DNS name matches `es0?` with --x509-field dns.
    let j = fx
        .run(&[
            "restrictions",
            "check",
            "t.yml",
            "--cert",
            "es01.crt",
            "--x509-field",
            "dns",
            "--output",
            "json",
        ])
        .json();
    assert_eq!(j["admitted"], true);
    assert_eq!(j["pattern"], "es0?");
    assert_eq!(j["name"], "es01");
    // Another cluster's restrictions: no match, exit 1.
    fx.run(&[
        "restrictions",
        "--cluster",
        "ffff",
        "--scope",
        "myscope",
        "--out",
        "other.yml",
    ])
    .code(0);
    fx.run(&["restrictions", "check", "other.yml", "--cert", "node1.crt"])
        .code(1)
        .stdout_has("no pattern of other.yml matches");
    // A file that is not a restrictions file.
    fx.write("bad.yml", b"trust.subject_names:\n  - \"x\"\n");
    fx.run(&["restrictions", "check", "bad.yml", "--cert", "node1.crt"])
        .code(2)
        .stderr_has("bad.yml");
}
