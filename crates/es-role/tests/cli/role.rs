//! `role`: created, then unchanged, and a differing role replaced (updated) with a warning.

use crate::harness::{MONITOR, MONITOR_PW, T, seed_role};
use serde_json::json;

#[test]
fn role_is_created_then_left_unchanged() {
    let t = T::new();
    let r = t.admin(&["role"]);
    r.code(0);
    assert_eq!(r.stdout, "role `autoops` created\n");
    let journal = t.es().journal();
    let calls: Vec<String> = journal
        .iter()
        .map(|e| format!("{} {}", e.method, e.path))
        .collect();
    assert_eq!(
        calls,
        ["GET /_security/role/autoops", "PUT /_security/role/autoops"]
    );
    // Exactly the body of seed 000, nothing more.
    assert_eq!(journal[1].json(), seed_role());
    assert_eq!(journal[1].header("content-type"), Some("application/json"));
    assert!(t.es().role("autoops").is_some());

    t.es().clear_journal();
    let r = t.admin(&["role"]);
    r.code(0);
    assert_eq!(
        r.stdout,
        "role `autoops` unchanged: it already has the AutoOps descriptor\n"
    );
    assert!(
        t.writes().is_empty(),
        "an unchanged role is not written again: {:?}",
        t.writes()
    );

    t.es().clear_journal();
    let r = t.admin(&["role", "-o", "json"]);
    r.code(0);
    assert_eq!(r.json(), json!({"role": "autoops", "result": "unchanged"}));
}

#[test]
fn a_different_role_of_that_name_is_replaced_with_a_warning() {
    let t = T::with(|c| {
        c.role("autoops", json!({"cluster": ["monitor"], "indices": [{"names": ["logs-*"], "privileges": ["read"]}]}))
    });
    let r = t.admin(&["role"]);
    r.code(0);
    assert_eq!(
        r.stdout,
        "role `autoops` updated (replaced a descriptor that differed in: cluster, indices, metadata)\n"
    );
    r.stderr_has("warning: the role `autoops` already exists with a different descriptor (cluster, indices, metadata differ): replacing it");
    let puts: Vec<_> = t.writes();
    assert_eq!(puts.len(), 1);
    assert_eq!(puts[0].json(), seed_role());
    // Now it matches: a third run changes nothing.
    t.es().clear_journal();
    t.admin(&["role"]).code(0).stdout_has("unchanged");
    assert!(t.writes().is_empty());
}

#[test]
fn updated_in_json_lists_the_fields_that_differed() {
    let mut stored = seed_role();
    stored["cluster"] = json!(["monitor", "read_ilm"]);
    let t = T::with(|c| c.role("autoops", stored));
    let r = t.admin(&["role", "-o", "json"]);
    r.code(0);
    assert_eq!(
        r.json(),
        json!({"role": "autoops", "result": "updated", "replaced_fields": ["cluster"]})
    );
}

#[test]
fn another_name_and_an_odd_name_are_encoded_in_the_path() {
    let t = T::new();
    t.admin(&["role", "--name", "autoops agent"])
        .code(0)
        .stdout_has("role `autoops agent` created");
    assert!(
        t.es()
            .journal()
            .iter()
            .any(|e| e.method == "PUT" && e.path == "/_security/role/autoops%20agent")
    );
    assert_eq!(
        t.es().role("autoops agent").map(|r| r["cluster"].clone()),
        Some(json!(["monitor", "read_ilm", "read_slm"]))
    );
}

#[test]
fn a_built_in_role_is_refused() {
    let t = T::new();
    let r = t.admin(&["role", "--name", "superuser"]);
    r.code(1).stderr_has("`superuser` is a built-in role");
    assert!(t.writes().is_empty());
}

#[test]
fn without_manage_security_the_error_names_the_privilege() {
    let t = T::new();
    let mut args = vec!["autoops".to_string(), "role".into()];
    args.extend(t.conn_as(MONITOR, MONITOR_PW));
    let r = t.run(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &[],
        None,
    );
    r.code(4);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "one error line and one hint:\n{}", r.stderr);
    assert!(
        lines[0].starts_with(
            "es-role: error: reading the role `autoops` failed: GET https://127.0.0.1:"
        ),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains("security_exception: action [cluster:admin/xpack/security/role/get] is unauthorized for user [watcher]"), "{}", lines[0]);
    assert!(
        lines[1].contains("hint: the credentials need the manage_security cluster privilege"),
        "{}",
        lines[1]
    );
    assert!(t.writes().is_empty());
    insta::assert_snapshot!("role_forbidden", t.stable(&r.stderr));
}

#[test]
fn the_same_role_works_on_7_17_and_9_1() {
    for version in ["7.17.0", "9.1.3"] {
        let t = T::version(version, |c| c);
        t.admin(&["role"]).code(0).stdout_has("created");
        t.admin(&["role"]).code(0).stdout_has("unchanged");
        assert_eq!(t.writes().len(), 1, "{version}");
    }
}
