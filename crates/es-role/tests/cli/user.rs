//! `user`: a new user with the role; an existing user keeps its roles; the password from a file or stdin.

use crate::harness::{ADMIN, ADMIN_PW, BOB, BOB_PW, T, s, seed_role};
use serde_json::json;

const NEW_PW: &str = "N3w-agent-pw-5Rt";

fn check_as(t: &T, user: &str, password: &str) -> i32 {
    let mut args = vec!["autoops".to_string(), "check".into()];
    args.extend(t.conn_as(user, password));
    t.run(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &[],
        None,
    )
    .code
}

#[test]
fn a_new_user_gets_the_role_and_can_read_for_autoops() {
    let t = T::new();
    t.secret(NEW_PW);
    let pw = t.file("agent.pw", &format!("{NEW_PW}\n"));
    let r = t.admin(&["user", "autoops-agent", "--new-password-file", &s(&pw)]);
    r.code(0);
    assert_eq!(r.stdout, "user `autoops-agent` created (roles: autoops)\n");
    r.stderr_has("role `autoops` created");
    let calls: Vec<String> = t
        .es()
        .journal()
        .iter()
        .map(|e| format!("{} {}", e.method, e.path))
        .collect();
    // Reads first, then the writes.
    assert_eq!(
        calls,
        [
            "GET /_security/role/autoops",
            "GET /_security/user/autoops-agent",
            "PUT /_security/role/autoops",
            "PUT /_security/user/autoops-agent"
        ]
    );
    let journal = t.es().journal();
    assert_eq!(journal[2].json(), seed_role());
    assert_eq!(
        journal[3].json(),
        json!({"password": NEW_PW, "roles": ["autoops"], "full_name": "AutoOps agent",
               "metadata": {"managed_by": "esconnect", "tool": "es-role", "purpose": "autoops"}})
    );
    assert_eq!(
        t.es().user_roles("autoops-agent"),
        Some(vec!["autoops".to_string()])
    );
    // The new user authenticates with its password and holds every AutoOps privilege.
    assert_eq!(check_as(&t, "autoops-agent", NEW_PW), 0);
}

#[test]
fn an_existing_user_keeps_its_roles_and_gets_the_new_password() {
    let t = T::new();
    t.secret(NEW_PW);
    let pw = t.file("bob.new.pw", NEW_PW);
    let r = t.admin(&["user", BOB, "--new-password-file", &s(&pw), "-o", "json"]);
    r.code(0);
    assert_eq!(
        r.json(),
        json!({"user": "bob", "result": "updated", "roles": ["reader", "autoops"], "role": {"role": "autoops", "result": "created"}})
    );
    r.stderr_has("user `bob` exists: keeping its roles (reader)");
    let put = t
        .writes()
        .into_iter()
        .find(|e| e.path == "/_security/user/bob")
        .unwrap();
    assert_eq!(
        put.json(),
        json!({"password": NEW_PW, "roles": ["reader", "autoops"], "enabled": true,
               "metadata": {"managed_by": "esconnect", "tool": "es-role", "purpose": "autoops"}})
    );
    assert_eq!(
        t.es().user_roles(BOB),
        Some(vec!["reader".to_string(), "autoops".to_string()])
    );
    assert_eq!(check_as(&t, BOB, NEW_PW), 0);
    assert_eq!(
        check_as(&t, BOB, BOB_PW),
        4,
        "the old password no longer works"
    );

    // Again: the role is unchanged, the roles are not duplicated.
    t.es().clear_journal();
    t.admin(&["user", BOB, "--new-password-file", &s(&pw)])
        .code(0)
        .stdout_has("user `bob` updated (roles: reader, autoops)")
        .stderr_has("role `autoops` unchanged");
    let writes: Vec<String> = t
        .writes()
        .iter()
        .map(|e| format!("{} {}", e.method, e.path))
        .collect();
    assert_eq!(writes, ["PUT /_security/user/bob"]);
    assert_eq!(
        t.es().user_roles(BOB),
        Some(vec!["reader".to_string(), "autoops".to_string()])
    );
}

#[test]
fn the_password_can_come_from_stdin() {
    let t = T::new();
    t.secret(NEW_PW);
    let mut args = vec![
        "autoops".to_string(),
        "user".into(),
        "agent2".into(),
        "--new-password-file".into(),
        "-".into(),
    ];
    args.extend(t.conn_as(ADMIN, ADMIN_PW));
    let r = t.run(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        &[],
        Some(&format!("{NEW_PW}\n")),
    );
    r.code(0).stdout_has("user `agent2` created");
    assert_eq!(check_as(&t, "agent2", NEW_PW), 0);
}

#[test]
fn bad_passwords_and_names_send_nothing() {
    let t = T::new();
    t.secret("abc12");
    let short = t.file("short.pw", "abc12\n");
    let empty = t.file("empty.pw", "\n");
    let good = t.file("good.pw", NEW_PW);
    t.secret(NEW_PW);
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec![
                "user".into(),
                "agent".into(),
                "--new-password-file".into(),
                s(&short),
            ],
            "shorter than 6 characters",
        ),
        (
            vec![
                "user".into(),
                "agent".into(),
                "--new-password-file".into(),
                s(&empty),
            ],
            "is empty",
        ),
        (
            vec![
                "user".into(),
                "agent".into(),
                "--new-password-file".into(),
                s(&t.path("missing.pw")),
            ],
            "missing.pw",
        ),
        (
            vec![
                "user".into(),
                "elastic".into(),
                "--new-password-file".into(),
                s(&good),
            ],
            "`elastic` is a built-in user",
        ),
        (
            vec![
                "user".into(),
                " agent".into(),
                "--new-password-file".into(),
                s(&good),
            ],
            "starts or ends with whitespace",
        ),
    ];
    for (args, needle) in cases {
        let r = t.admin(&args.iter().map(String::as_str).collect::<Vec<_>>());
        r.code(2).stderr_has(needle);
    }
    // Two secrets from stdin.
    let url = t.url();
    let r = t.run(
        &[
            "autoops",
            "user",
            "agent",
            "--new-password-file",
            "-",
            "--es-url",
            &url,
            "--username",
            ADMIN,
            "--password-file",
            "-",
        ],
        &[],
        Some("whatever-pw\n"),
    );
    r.code(2).stderr_has("standard input");
    assert!(t.es().journal().is_empty(), "{:?}", t.es().journal());
}
