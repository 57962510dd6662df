//! Authentication (401), authorization (403), routing errors and `_authenticate`.

mod common;

use common::*;
use esconnect_sim::{ClusterSpec, Sim};
use serde_json::{Value, json};

const BASIC: &str = "Basic realm=\"security\", charset=\"UTF-8\"";

fn autoops_role() -> Value {
    json!({
        "cluster": ["monitor", "read_ilm", "read_slm"],
        "indices": [{"names": ["*"], "privileges": ["monitor", "view_index_metadata"], "allow_restricted_indices": true}],
        "applications": [], "run_as": [],
        "metadata": {"description": "Allows Elastic agent to pull cluster metrics for AutoOps."},
        "transient_metadata": {"enabled": true}
    })
}

fn sim(version: &str) -> Sim {
    Sim::builder()
        .cluster(
            ClusterSpec::new("c", version)
                .role("autoops", autoops_role())
                .user("bob", "bobpass1", &["autoops"])
                .user("ghost", "ghostpass", &["autoops", "no-such-role"]),
        )
        .start()
        .expect("sim starts")
}

fn www_authenticate(h: &reqwest::header::HeaderMap) -> Vec<String> {
    h.get_all("www-authenticate")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn missing_credentials_give_401_with_exact_body_and_challenges() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let (status, headers, body) = call(&c, "GET", &sim.cluster("c").url(), None, None).await;
    assert_eq!(status, 401);
    assert_eq!(www_authenticate(&headers), vec![BASIC, "ApiKey"]);
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(headers["x-elastic-product"], "Elasticsearch");
    let header = json!({"WWW-Authenticate": [BASIC, "ApiKey"]});
    let reason = "missing authentication credentials for REST request [/]";
    assert_eq!(
        body,
        json!({
            "error": {
                "root_cause": [{"type": "security_exception", "reason": reason, "header": header}],
                "type": "security_exception",
                "reason": reason,
                "header": header
            },
            "status": 401
        })
    );
}

#[tokio::test]
async fn missing_credentials_reason_names_the_uri_with_query() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let url = format!(
        "{}/_cluster/settings?flat_settings=true",
        sim.cluster("c").url()
    );
    let (status, _, body) = call(&c, "GET", &url, None, None).await;
    assert_eq!(status, 401);
    assert_eq!(
        body["error"]["reason"],
        "missing authentication credentials for REST request [/_cluster/settings?flat_settings=true]"
    );
}

#[tokio::test]
async fn wrong_password_and_unknown_user_give_401_unable_to_authenticate() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let url = format!("{}/_license", sim.cluster("c").url());
    for (user, pass) in [("elastic", "wrong"), ("nobody", "whatever")] {
        let (status, headers, body) = call(&c, "GET", &url, Some(&basic(user, pass)), None).await;
        assert_eq!(status, 401);
        assert_eq!(www_authenticate(&headers).len(), 2);
        assert_eq!(body["error"]["type"], "security_exception");
        assert_eq!(
            body["error"]["reason"],
            format!("unable to authenticate user [{user}] for REST request [/_license]")
        );
        assert_eq!(
            body["error"]["root_cause"][0]["reason"],
            body["error"]["reason"]
        );
    }
}

#[tokio::test]
async fn basic_auth_succeeds_for_default_superuser_and_added_user() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let url = sim.cluster("c").url();
    let (status, _, body) = call(&c, "GET", &url, Some(&elastic()), None).await;
    assert_eq!(status, 200);
    assert_eq!(body["cluster_name"], "c");
    let (status, _, _) = call(&c, "GET", &url, Some(&basic("bob", "bobpass1")), None).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn api_key_auth_succeeds_and_bad_keys_fail_with_reason() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let (status, key) = su(
        &c,
        "POST",
        &format!("{base}/_security/api_key"),
        Some(json!({"name": "k"})),
    )
    .await;
    assert_eq!(status, 200);
    let encoded = key["encoded"].as_str().unwrap();
    let (status, _, body) = call(&c, "GET", &base, Some(&api_key_header(encoded)), None).await;
    assert_eq!(status, 200, "{body}");

    let (status, _, body) = call(
        &c,
        "GET",
        &format!("{base}/_security/_authenticate"),
        Some(&api_key_header(encoded)),
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["authentication_type"], "api_key");
    assert_eq!(body["username"], "elastic");
    assert_eq!(body["api_key"]["id"], key["id"]);

    use base64::Engine as _;
    let wrong = base64::engine::general_purpose::STANDARD
        .encode(format!("{}:not-the-secret", key["id"].as_str().unwrap()));
    let (status, headers, body) = call(&c, "GET", &base, Some(&api_key_header(&wrong)), None).await;
    assert_eq!(status, 401);
    assert_eq!(www_authenticate(&headers), vec![BASIC, "ApiKey"]);
    assert_eq!(
        body["error"]["reason"],
        "unable to authenticate with provided credentials and anonymous access is not allowed for this request"
    );
    assert_eq!(
        body["error"]["additional_unsuccessful_credentials"],
        format!(
            "API key: invalid credentials for API key [{}]",
            key["id"].as_str().unwrap()
        )
    );
    let unknown = base64::engine::general_purpose::STANDARD.encode("nosuchid:secret");
    let (status, _, body) = call(&c, "GET", &base, Some(&api_key_header(&unknown)), None).await;
    assert_eq!(status, 401);
    assert_eq!(
        body["error"]["additional_unsuccessful_credentials"],
        "API key: unable to find apikey with id nosuchid"
    );
}

#[tokio::test]
async fn seven_x_401_has_no_additional_credentials_field() {
    let sim = sim("7.17.9");
    let c = client(&sim);
    use base64::Engine as _;
    let unknown = base64::engine::general_purpose::STANDARD.encode("nosuchid:secret");
    let (status, _, body) = call(
        &c,
        "GET",
        &sim.cluster("c").url(),
        Some(&api_key_header(&unknown)),
        None,
    )
    .await;
    assert_eq!(status, 401);
    assert!(
        body["error"]
            .get("additional_unsuccessful_credentials")
            .is_none()
    );
}

#[tokio::test]
async fn missing_privilege_gives_403_naming_action_roles_and_granting_privileges() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let url = format!("{}/_security/role/x", sim.cluster("c").url());
    let (status, headers, body) = call(
        &c,
        "PUT",
        &url,
        Some(&basic("bob", "bobpass1")),
        Some(json!({"cluster": ["monitor"]})),
    )
    .await;
    assert_eq!(status, 403);
    assert_eq!(headers["x-elastic-product"], "Elasticsearch");
    let reason = "action [cluster:admin/xpack/security/role/put] is unauthorized for user [bob] with effective roles [autoops], this action is granted by the cluster privileges [manage_security,all]";
    assert_eq!(
        body,
        json!({
            "error": {
                "root_cause": [{"type": "security_exception", "reason": reason}],
                "type": "security_exception",
                "reason": reason
            },
            "status": 403
        })
    );
    // the monitor privilege is enough for GET /
    let (status, _, _) = call(
        &c,
        "GET",
        &sim.cluster("c").url(),
        Some(&basic("bob", "bobpass1")),
        None,
    )
    .await;
    assert_eq!(status, 200);
    // PUT cluster settings needs manage
    let (status, _, body) = call(
        &c,
        "PUT",
        &format!("{}/_cluster/settings", sim.cluster("c").url()),
        Some(&basic("bob", "bobpass1")),
        Some(json!({"persistent": {"a.b": 1}})),
    )
    .await;
    assert_eq!(status, 403);
    assert!(
        body["error"]["reason"]
            .as_str()
            .unwrap()
            .ends_with("this action is granted by the cluster privileges [manage,all]")
    );
}

#[tokio::test]
async fn unresolved_roles_are_reported_in_403() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let (status, _, body) = call(
        &c,
        "PUT",
        &format!("{}/_cluster/settings", sim.cluster("c").url()),
        Some(&basic("ghost", "ghostpass")),
        Some(json!({"persistent": {"a.b": 1}})),
    )
    .await;
    assert_eq!(status, 403);
    assert!(
        body["error"]["reason"].as_str().unwrap().contains(
            "with effective roles [autoops] (assigned roles [no-such-role] were not found)"
        )
    );
}

#[tokio::test]
async fn api_key_is_the_intersection_of_its_descriptors_and_its_owner() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    // bob (monitor only) creates a key claiming manage_security: still cannot write roles
    let (status, _, key) = call(
        &c,
        "POST",
        &format!("{base}/_security/api_key"),
        Some(&basic("bob", "bobpass1")),
        Some(json!({"name": "k", "role_descriptors": {"r": {"cluster": ["manage_security", "monitor"]}}})),
    )
    .await;
    assert_eq!(status, 403, "bob has no manage_own_api_key: {key}");

    // elastic creates a key limited to read_security: GET / (monitor) is refused
    let (status, key) = su(
        &c,
        "POST",
        &format!("{base}/_security/api_key"),
        Some(json!({"name": "k", "role_descriptors": {"r": {"cluster": ["read_security"]}}})),
    )
    .await;
    assert_eq!(status, 200);
    let auth = api_key_header(key["encoded"].as_str().unwrap());
    let (status, _, body) = call(&c, "GET", &base, Some(&auth), None).await;
    assert_eq!(status, 403);
    assert_eq!(
        body["error"]["reason"],
        format!(
            "action [cluster:monitor/main] is unauthorized for API key id [{}] of user [elastic], this action is granted by the cluster privileges [monitor,manage,all]",
            key["id"].as_str().unwrap()
        )
    );
    let (status, _, _) = call(
        &c,
        "GET",
        &format!("{base}/_security/role"),
        Some(&auth),
        None,
    )
    .await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn unknown_path_gives_400_no_handler_and_wrong_method_405() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let (status, headers, body) = call(
        &c,
        "POST",
        &format!("{base}/_foo/bar?x=1"),
        Some(&elastic()),
        None,
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(headers["x-elastic-product"], "Elasticsearch");
    assert_eq!(
        body,
        json!({"error": "no handler found for uri [/_foo/bar?x=1] and method [POST]"})
    );
    let (status, headers, body) = call(
        &c,
        "DELETE",
        &format!("{base}/_license"),
        Some(&elastic()),
        None,
    )
    .await;
    assert_eq!(status, 405);
    assert_eq!(headers["allow"], "GET");
    assert_eq!(
        body,
        json!({"error": "Incorrect HTTP method for uri [/_license] and method [DELETE], allowed: [GET]", "status": 405})
    );
}

#[tokio::test]
async fn body_without_json_content_type_gives_406() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let url = format!("{}/_security/role/x", sim.cluster("c").url());
    let resp = c
        .put(&url)
        .header("authorization", elastic())
        .header("content-type", "text/plain")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 406);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(
        body,
        json!({"error": "Content-Type header [text/plain] is not supported", "status": 406})
    );
    let resp = c
        .put(&url)
        .header("authorization", elastic())
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 406);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["error"], "Content-Type header is missing");
}

#[tokio::test]
async fn authenticate_shows_user_realm_and_matches_spec_shape() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let url = format!("{}/_security/_authenticate", sim.cluster("c").url());
    let (status, _, body) = call(&c, "GET", &url, Some(&basic("bob", "bobpass1")), None).await;
    assert_eq!(status, 200);
    assert_eq!(body["username"], "bob");
    assert_eq!(body["roles"], json!(["autoops"]));
    assert_eq!(body["authentication_type"], "realm");
    assert_eq!(body["authentication_realm"]["type"], "native");
    let (_, _, elastic_body) = call(&c, "GET", &url, Some(&elastic()), None).await;
    assert_eq!(elastic_body["authentication_realm"]["name"], "reserved");
    if let Some(spec) = spec_example(
        "security.authenticate",
        "response-SecurityAuthenticateResponseExample1.yaml",
    ) {
        assert_eq!(keys(&body), keys(&spec));
    }
}

#[tokio::test]
async fn has_privileges_needs_no_privilege_but_users_only_check_themselves() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let (status, _, body) = call(
        &c,
        "POST",
        &format!("{base}/_security/user/bob/_has_privileges"),
        Some(&basic("bob", "bobpass1")),
        Some(json!({"cluster": ["manage"]})),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["cluster"]["manage"], false);
    let (status, _, _) = call(
        &c,
        "POST",
        &format!("{base}/_security/user/elastic/_has_privileges"),
        Some(&basic("bob", "bobpass1")),
        Some(json!({"cluster": ["manage"]})),
    )
    .await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn undecoded_api_key_is_an_error_attempting_to_authenticate() {
    let sim = sim("8.17.0");
    let c = client(&sim);
    let base = sim.cluster("c").url();
    let (_, key) = su(
        &c,
        "POST",
        &format!("{base}/_security/api_key"),
        Some(json!({"name": "k"})),
    )
    .await;
    let raw = format!(
        "{}:{}",
        key["id"].as_str().unwrap(),
        key["api_key"].as_str().unwrap()
    );
    let (status, headers, body) = call(&c, "GET", &base, Some(&api_key_header(&raw)), None).await;
    assert_eq!(status, 401);
    assert_eq!(www_authenticate(&headers), vec![BASIC, "ApiKey"]);
    assert_eq!(
        body["error"]["reason"],
        "error attempting to authenticate request"
    );
    // java.util.Base64 names the first character outside the standard alphabet (`:`, or `-`/`_` of the id)
    let first_bad = raw
        .bytes()
        .find(|b| !(b.is_ascii_alphanumeric() || *b == b'+' || *b == b'/'))
        .unwrap();
    assert_eq!(
        body["error"]["caused_by"],
        json!({"type": "illegal_argument_exception", "reason": format!("Illegal base64 character {first_bad:x}")})
    );
    // java.util.Base64 does not require padding
    let unpadded = key["encoded"]
        .as_str()
        .unwrap()
        .trim_end_matches('=')
        .to_owned();
    let (status, _, _) = call(&c, "GET", &base, Some(&api_key_header(&unpadded)), None).await;
    assert_eq!(status, 200);
}
