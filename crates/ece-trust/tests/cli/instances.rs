//! `instances`, from a nodes file and from a simulated cluster's `GET /_nodes`.

use crate::harness::Fx;
use serde::Deserialize;

/// certutil's accepted fields, modelled here independently of the tool.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    instances: Vec<Instance>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Instance {
    name: String,
    #[serde(default)]
    filename: Option<String>,
    #[serde(default)]
    dns: Vec<String>,
    #[serde(default)]
    ip: Vec<String>,
    cn: Vec<String>,
}

#[test]
fn from_a_nodes_file() {
    let fx = Fx::new();
    fx.write(
        "nodes.csv",
        b"name,dns,ip\nnode1,node1.example.com,192.0.2.1\nnode2,node2.example.com;es2.example.com,192.0.2.2\nnode3\n",
    );
    let r = fx.run(&[
        "instances",
        "--cluster",
        "1234567abcd",
        "--scope",
        "myscope",
        "--nodes",
        "nodes.csv",
    ]);
    r.code(0)
        .stderr_has("elasticsearch-certutil cert --ca elastic-stack-ca.p12 --in instances.yml");
    let f: File = serde_saphyr::from_str(&r.stdout).unwrap();
    assert_eq!(f.instances.len(), 3);
    assert_eq!(f.instances[0].name, "node1");
    assert_eq!(f.instances[0].dns, vec!["node1.example.com"]);
    assert_eq!(f.instances[0].ip, vec!["192.0.2.1"]);
    assert_eq!(
        f.instances[1].dns,
        vec!["node2.example.com", "es2.example.com"]
    );
    for i in &f.instances {
        assert_eq!(
            i.cn,
            vec![format!(
                "{}.node.1234567abcd.cluster.myscope.account",
                i.name
            )]
        );
        assert!(i.filename.is_none());
    }
    assert!(f.instances[2].dns.is_empty() && f.instances[2].ip.is_empty());
    insta::assert_snapshot!("instances_from_file", r.stdout);

    // --out and --filenames; re-running changes nothing.
    let args = [
        "instances",
        "--cluster",
        "1234567abcd",
        "--scope",
        "myscope",
        "--nodes",
        "nodes.csv",
        "--filenames",
        "--out",
        "instances.yml",
    ];
    fx.run(&args).code(0).stderr_has("wrote instances.yml");
    let f: File =
        serde_saphyr::from_str(&std::fs::read_to_string(fx.path("instances.yml")).unwrap())
            .unwrap();
    assert_eq!(f.instances[0].filename.as_deref(), Some("node1"));
    fx.run(&args).code(0).stderr_has("is unchanged");
}

#[test]
fn bad_input_writes_nothing() {
    let fx = Fx::new();
    fx.write("nodes.csv", b"node1\n");
    fx.write("dup.csv", b"node1\nnode1\n");
    for (args, needle) in [
        (
            vec!["--cluster", "ABC", "--scope", "s", "--nodes", "nodes.csv"],
            "not a valid cluster id",
        ),
        (
            vec!["--cluster", "abc", "--scope", "a.b", "--nodes", "nodes.csv"],
            "not a valid scope",
        ),
        (
            vec!["--cluster", "abc", "--scope", "s", "--nodes", "dup.csv"],
            "line 2: the node `node1` is listed twice",
        ),
        (
            vec!["--cluster", "abc", "--scope", "s", "--nodes", "missing.csv"],
            "cannot read",
        ),
    ] {
        let mut a = vec!["instances"];
        a.extend(args.iter().copied());
        a.extend(["--out", "i.yml"]);
        fx.run(&a).code(2).stderr_has(needle);
        assert!(!std::path::Path::new(&fx.path("i.yml")).exists());
    }
}

#[test]
fn from_a_simulated_cluster() {
    let fx = Fx::new();
    let sim = esconnect_sim::Sim::builder()
        .cluster(esconnect_sim::ClusterSpec::new("prod", "8.17.0").nodes(2))
        .start()
        .unwrap();
    let ca = sim.write_ca(fx.dir.path()).unwrap();
    let es = sim.cluster("prod");
    let url = es.url();
    let ca = ca.display().to_string();
    let r = fx.run_with(
        &[
            "instances",
            "--cluster",
            "abc123",
            "--scope",
            "myscope",
            "--from-cluster",
            "--output",
            "json",
        ],
        &[
            ("ELASTICSEARCH_URL", url.as_str()),
            ("ELASTICSEARCH_CA_CERT", ca.as_str()),
            ("ELASTICSEARCH_USERNAME", "elastic"),
            ("ELASTICSEARCH_PASSWORD", "changeme"),
        ],
        None,
    );
    r.code(0);
    assert!(!r.stdout.contains("changeme") && !r.stderr.contains("changeme"));
    let j = r.json();
    let names: Vec<&str> = j["instances"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["prod-node-0", "prod-node-1"]);
    assert_eq!(j["instances"][0]["ip"], serde_json::json!(["127.0.0.1"]));
    assert_eq!(
        j["instances"][1]["cn"],
        serde_json::json!(["prod-node-1.node.abc123.cluster.myscope.account"])
    );
    // Wrong credentials: exit 4.
    fx.run_with(
        &[
            "instances",
            "--cluster",
            "abc123",
            "--scope",
            "myscope",
            "--from-cluster",
        ],
        &[
            ("ELASTICSEARCH_URL", url.as_str()),
            ("ELASTICSEARCH_CA_CERT", ca.as_str()),
            ("ELASTICSEARCH_USERNAME", "elastic"),
            ("ELASTICSEARCH_PASSWORD", "wrong-pass"),
        ],
        None,
    )
    .code(4);
}
