//! `list`, `status`, `reload`.

use crate::harness::{T, closed_port};
use serde_json::json;

#[test]
fn status_joins_settings_and_remote_info() {
    let t = T::new();
    // A remote that listens (the local cluster's own port stands for it) and one where nothing does.
    let up = format!("127.0.0.1:{}", t.local().port());
    let down = format!("127.0.0.1:{}", closed_port());
    t.run(&["add", "up", "--proxy-address", &up]).code(0);
    t.run(&[
        "add",
        "down",
        "--proxy-address",
        &down,
        "--skip-unavailable",
        "true",
    ])
    .code(0);
    let r = t.run(&["list", "--output", "json"]);
    r.code(1);
    let rows = r.json();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    let down_row = rows.iter().find(|r| r["alias"] == "down").unwrap();
    assert_eq!(down_row["connected"], false);
    assert_eq!(down_row["skip_unavailable"], true);
    assert_eq!(down_row["mode"], "proxy");
    assert_eq!(down_row["model"], "certificate");
    let up_row = rows.iter().find(|r| r["alias"] == "up").unwrap();
    assert_eq!(up_row["address"], json!(up));
    assert_eq!(up_row["scope"], "persistent");

    let one = t.run(&["status", "down"]);
    one.code(1).stdout_has("down").stdout_has("no");
    t.run(&["status", "nope"])
        .code(2)
        .stderr_has("known aliases: down, up");
}

#[test]
fn list_of_nothing_says_so() {
    let t = T::new();
    t.run(&["list"])
        .code(0)
        .stdout_has("no remote clusters are configured");
}

#[test]
fn reload_reports_each_node() {
    let t = T::with(|c| c.nodes(2).keystore("cluster.remote.prod.credentials", "x"));
    let r = t.run(&["reload", "--alias", "prod", "--output", "json"]);
    r.code(0);
    let nodes = r.json()["nodes"].as_array().unwrap().clone();
    assert_eq!(nodes.len(), 2);
    assert!(nodes.iter().all(|n| n["result"] == "reloaded"), "{nodes:?}");
}
