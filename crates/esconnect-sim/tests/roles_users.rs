//! Roles and users: create/update/delete, validation, version gates, spec examples.

mod common;

use common::*;
use esconnect_sim::{ClusterSpec, Sim};
use serde_json::{Value, json};

fn sim(version: &str) -> Sim {
    Sim::builder()
        .cluster(ClusterSpec::new("c", version))
        .start()
        .expect("sim starts")
}

fn role_url(sim: &Sim, name: &str) -> String {
    format!("{}/_security/role/{name}", sim.cluster("c").url())
}

#[tokio::test]
async fn put_role_creates_then_updates() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let body =
        json!({"cluster": ["monitor"], "indices": [{"names": ["logs-*"], "privileges": ["read"]}]});
    let (status, resp) = su(&c, "PUT", &role_url(&sim, "r1"), Some(body.clone())).await;
    assert_eq!(status, 200);
    assert_eq!(resp, json!({"role": {"created": true}}));
    let (status, resp) = su(&c, "POST", &role_url(&sim, "r1"), Some(body)).await;
    assert_eq!(status, 200);
    assert_eq!(resp, json!({"role": {"created": false}}));
    let stored = sim.cluster("c").role("r1").expect("stored");
    assert_eq!(
        stored,
        json!({
            "cluster": ["monitor"],
            "indices": [{"names": ["logs-*"], "privileges": ["read"], "allow_restricted_indices": false}],
            "applications": [],
            "run_as": [],
            "metadata": {},
            "transient_metadata": {"enabled": true}
        })
    );
    let (status, got) = su(&c, "GET", &role_url(&sim, "r1"), None).await;
    assert_eq!(status, 200);
    assert_eq!(got, json!({"r1": stored}));
}

#[tokio::test]
async fn get_all_roles_includes_builtin_superuser() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let (status, all) = su(
        &c,
        "GET",
        &format!("{}/_security/role", sim.cluster("c").url()),
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(all["superuser"]["cluster"], json!(["all"]));
    assert_eq!(all["superuser"]["metadata"]["_reserved"], true);
}

#[tokio::test]
async fn unknown_role_get_is_404_empty_object_and_delete_reports_found() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let (status, body) = su(&c, "GET", &role_url(&sim, "nope"), None).await;
    assert_eq!((status, body), (404, json!({})));
    su(
        &c,
        "PUT",
        &role_url(&sim, "r"),
        Some(json!({"cluster": []})),
    )
    .await;
    let (status, body) = su(&c, "DELETE", &role_url(&sim, "r"), None).await;
    assert_eq!((status, body), (200, json!({"found": true})));
    let (status, body) = su(&c, "DELETE", &role_url(&sim, "r"), None).await;
    assert_eq!((status, body), (404, json!({"found": false})));
    assert!(sim.cluster("c").role("r").is_none());
}

#[tokio::test]
async fn unknown_field_is_a_parse_exception() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let (status, body) = su(
        &c,
        "PUT",
        &role_url(&sim, "bad"),
        Some(json!({"cluster": ["monitor"], "foo": 1})),
    )
    .await;
    assert_eq!(status, 400);
    let reason = "failed to parse role [bad]. unexpected field [foo]";
    assert_eq!(
        body,
        json!({
            "error": {
                "root_cause": [{"type": "parse_exception", "reason": reason}],
                "type": "parse_exception",
                "reason": reason
            },
            "status": 400
        })
    );
    let (status, body) = su(
        &c,
        "PUT",
        &role_url(&sim, "bad"),
        Some(json!({"indices": [{"names": ["x"], "privileges": ["read"], "grant": true}]})),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        body["error"]["reason"],
        "failed to parse indices privileges for role [bad]. unexpected field [grant]"
    );
}

#[tokio::test]
async fn unknown_privilege_is_a_validation_exception() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let (status, body) = su(
        &c,
        "PUT",
        &role_url(&sim, "bad"),
        Some(json!({"cluster": ["monitr"]})),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["type"], "action_request_validation_exception");
    let reason = body["error"]["reason"].as_str().unwrap();
    assert!(reason.starts_with("Validation Failed: 1: unknown cluster privilege [monitr]. a privilege must be either one of the predefined cluster privilege names ["), "{reason}");
}

#[tokio::test]
async fn reserved_roles_cannot_be_changed() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let (status, body) = su(
        &c,
        "PUT",
        &role_url(&sim, "superuser"),
        Some(json!({"cluster": []})),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        body["error"]["reason"],
        "Validation Failed: 1: Role [superuser] is reserved and may not be used.;"
    );
}

#[tokio::test]
async fn malformed_json_is_an_x_content_parse_exception() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let resp = c
        .put(role_url(&sim, "r"))
        .header("authorization", elastic())
        .header("content-type", "application/json")
        .body("{\"cluster\": [\"monitor\",}")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
    assert_eq!(resp.headers()["content-type"], "application/json");
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["status"], 400);
    assert_eq!(body["error"]["type"], "x_content_parse_exception");
    assert!(body["error"]["reason"].as_str().unwrap().starts_with("[1:"));
    assert_eq!(
        body["error"]["root_cause"][0]["type"],
        "x_content_parse_exception"
    );
}

#[tokio::test]
async fn empty_body_is_request_body_is_required() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let (status, body) = su(&c, "PUT", &role_url(&sim, "r"), None).await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["type"], "parse_exception");
    assert_eq!(body["error"]["reason"], "request body is required");
}

fn remote_indices() -> Value {
    json!({"remote_indices": [{"clusters": ["my_remote"], "names": ["logs*"], "privileges": ["read", "read_cross_cluster", "view_index_metadata"]}]})
}

#[tokio::test]
async fn remote_indices_rejected_on_8_13_accepted_on_8_14() {
    let old = sim("8.13.4");
    let c = client(&old);
    let (status, body) = su(&c, "PUT", &role_url(&old, "r"), Some(remote_indices())).await;
    assert_eq!(status, 400);
    assert_eq!(
        body["error"]["reason"],
        "failed to parse role [r]. unexpected field [remote_indices]"
    );
    let new = sim("8.14.0");
    let c = client(&new);
    let (status, body) = su(&c, "PUT", &role_url(&new, "r"), Some(remote_indices())).await;
    assert_eq!(status, 200, "{body}");
    let stored = new.cluster("c").role("r").unwrap();
    assert_eq!(
        stored["remote_indices"][0]["clusters"],
        json!(["my_remote"])
    );
    assert_eq!(
        stored["remote_indices"][0]["allow_restricted_indices"],
        false
    );
}

#[tokio::test]
async fn remote_cluster_and_description_rejected_on_8_14_accepted_on_8_15() {
    let rc =
        json!({"remote_cluster": [{"clusters": ["my_remote"], "privileges": ["monitor_enrich"]}]});
    let desc = json!({"description": "d", "cluster": []});
    let old = sim("8.14.3");
    let c = client(&old);
    for (body, field) in [(&rc, "remote_cluster"), (&desc, "description")] {
        let (status, resp) = su(&c, "PUT", &role_url(&old, "r"), Some(body.clone())).await;
        assert_eq!(status, 400);
        assert_eq!(
            resp["error"]["reason"],
            format!("failed to parse role [r]. unexpected field [{field}]")
        );
    }
    let new = sim("8.15.0");
    let c = client(&new);
    for body in [&rc, &desc] {
        let (status, resp) = su(&c, "PUT", &role_url(&new, "r"), Some(body.clone())).await;
        assert_eq!(status, 200, "{resp}");
    }
    assert_eq!(new.cluster("c").role("r").unwrap()["description"], "d");
    // monitor_stats only from 8.17
    let stats = json!({"remote_cluster": [{"clusters": ["a"], "privileges": ["monitor_stats"]}]});
    let (status, _) = su(&c, "PUT", &role_url(&new, "s"), Some(stats.clone())).await;
    assert_eq!(status, 400);
    let newer = sim("8.17.0");
    let c = client(&newer);
    let (status, _) = su(&c, "PUT", &role_url(&newer, "s"), Some(stats)).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn spec_put_role_examples_are_accepted_and_response_matches() {
    let Some(expected) = spec_example(
        "security.put_role",
        "response-SecurityPutRoleResponseExample1.yaml",
    ) else {
        return;
    };
    let sim = sim("9.1.0");
    let c = client(&sim);
    for (i, file) in [
        "request-SecurityPutRoleRequestExample1.yaml",
        "request-SecurityPutRoleRequestExample2.yaml",
        "request-SecurityPutRoleRequestExample3.yaml",
    ]
    .iter()
    .enumerate()
    {
        let body = spec_example("security.put_role", file).unwrap();
        let (status, resp) = su(
            &c,
            "PUT",
            &role_url(&sim, &format!("example{i}")),
            Some(body),
        )
        .await;
        assert_eq!(status, 200, "{file}: {resp}");
        assert_eq!(keys(&resp), keys(&expected));
        assert_eq!(keys(&resp["role"]), keys(&expected["role"]));
    }
}

#[tokio::test]
async fn json_comments_are_accepted_like_elasticsearch() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let resp = c
        .put(role_url(&sim, "commented"))
        .header("authorization", elastic())
        .header("content-type", "application/json")
        .body("{\n  \"cluster\": [\"monitor\"] // optional\n}")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
}

fn user_url(sim: &Sim, name: &str) -> String {
    format!("{}/_security/user/{name}", sim.cluster("c").url())
}

#[tokio::test]
async fn put_user_validates_password_and_reports_created() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let (status, body) = su(
        &c,
        "PUT",
        &user_url(&sim, "jack"),
        Some(json!({"password": "short", "roles": ["autoops"]})),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        body["error"]["reason"],
        "Validation Failed: 1: passwords must be at least [6] characters long;"
    );
    assert_eq!(body["error"]["type"], "action_request_validation_exception");
    let (status, body) = su(
        &c,
        "PUT",
        &user_url(&sim, "jack"),
        Some(json!({"roles": ["a"]})),
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        body["error"]["reason"]
            .as_str()
            .unwrap()
            .contains("password must be specified unless you are updating an existing user")
    );

    if let Some(example) = spec_example(
        "security.put_user",
        "request-SecurityPutUserRequestExample1.yaml",
    ) {
        let expected = spec_example(
            "security.put_user",
            "response-SecurityPutUserResponseExample1.yaml",
        )
        .unwrap();
        let (status, body) = su(&c, "POST", &user_url(&sim, "jacknich"), Some(example)).await;
        assert_eq!(status, 200);
        assert_eq!(body, expected);
    }
    let (status, body) = su(
        &c,
        "PUT",
        &user_url(&sim, "jack"),
        Some(json!({"password": "longenough", "roles": ["autoops"]})),
    )
    .await;
    assert_eq!((status, body), (200, json!({"created": true})));
    let (status, body) = su(
        &c,
        "PUT",
        &user_url(&sim, "jack"),
        Some(json!({"roles": ["viewer"]})),
    )
    .await;
    assert_eq!((status, body), (200, json!({"created": false})));
    assert_eq!(
        sim.cluster("c").user_roles("jack"),
        Some(vec!["viewer".to_owned()])
    );
    assert!(sim.cluster("c").users().contains(&"jack".to_owned()));
    // the new user can log in with the password kept from creation
    let (status, _, _) = call(
        &c,
        "GET",
        &format!("{}/_security/_authenticate", sim.cluster("c").url()),
        Some(&basic("jack", "longenough")),
        None,
    )
    .await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn roles_from_the_spec_builder_are_validated_at_start() {
    let err = Sim::builder()
        .cluster(ClusterSpec::new("c", "8.13.0").role("r", remote_indices()))
        .start()
        .unwrap_err();
    assert!(
        format!("{err:#}").contains("unexpected field [remote_indices]"),
        "{err:#}"
    );
}
