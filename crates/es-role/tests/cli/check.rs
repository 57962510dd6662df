//! `check`: exit 0 when every AutoOps privilege is held, 1 with the missing ones listed.

use crate::harness::{ADMIN, ADMIN_PW, MONITOR, MONITOR_PW, T};
use serde_json::json;

fn check(t: &T, user: &str, password: &str, extra: &[&str]) -> crate::harness::Run {
    let mut args = vec!["autoops".to_string(), "check".into()];
    args.extend(extra.iter().map(|a| a.to_string()));
    args.extend(t.conn_as(user, password));
    t.run(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &[],
        None,
    )
}

#[test]
fn a_superuser_holds_everything() {
    let t = T::new();
    let r = check(&t, ADMIN, ADMIN_PW, &[]);
    r.code(0);
    insta::assert_snapshot!("check_ok", r.stdout);
    let journal = t.es().journal();
    assert_eq!(journal.len(), 1);
    assert_eq!(journal[0].method, "POST");
    assert_eq!(journal[0].path, "/_security/user/_has_privileges");
    assert_eq!(
        journal[0].json(),
        json!({"cluster": ["monitor", "read_ilm", "read_slm"], "index": [{"names": ["*"], "privileges": ["monitor", "view_index_metadata"], "allow_restricted_indices": true}]})
    );
    let r = check(&t, ADMIN, ADMIN_PW, &["-o", "json"]);
    r.code(0);
    assert_eq!(
        r.json(),
        json!({"username": "admin", "has_all_requested": true, "missing": []})
    );
}

#[test]
fn a_monitor_only_user_lacks_privileges_and_exits_1() {
    let t = T::new();
    let r = check(&t, MONITOR, MONITOR_PW, &[]);
    r.code(1);
    r.stderr_has("es-role autoops role");
    insta::assert_snapshot!("check_missing_text", r.stdout);
    let r = check(&t, MONITOR, MONITOR_PW, &["-o", "json"]);
    r.code(1);
    insta::assert_json_snapshot!("check_missing_json", r.json());
}

#[test]
fn a_user_with_the_autoops_role_passes() {
    let t = T::with(|c| {
        c.role("autoops", crate::harness::seed_role())
            .user("agent", "Ag3nt-pw-11", &["autoops"])
    });
    t.secret("Ag3nt-pw-11");
    check(&t, "agent", "Ag3nt-pw-11", &[]).code(0);
}
