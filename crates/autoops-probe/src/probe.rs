//! The probes of the three connections. Each check runs under its own time limit; a failure becomes a
//! check with a code and a remedy, never an early return.

use crate::check::{Check, Component};
use crate::codes::{AuthKind, RemedyContext, remedy, wire_code};
use autoops_common::{
    self as autoops, ACCEPTED_LICENSES, CLOUD_CONNECTED_PATH, MIN_VERSION, OTEL_LOGS_PATH,
};
use esconnect_core::auth::{ApiKeyForm, Auth};
use esconnect_core::failure::FailureKind;
use esconnect_core::http::{Endpoint, Request, Response, WireError, classify};
use esconnect_core::models::es::{HasPrivilegesResponse, LicenseResponse, RootInfo};
use esconnect_core::models::version::Version;
use std::time::{Duration, Instant};

/// A cluster to probe.
#[derive(Debug, Clone)]
pub struct EsTarget {
    pub endpoint: Endpoint,
    /// The form the API key was given in, for the 9.1.0-9.1.3 check.
    pub api_key_form: Option<ApiKeyForm>,
}

impl EsTarget {
    fn auth_kind(&self) -> AuthKind {
        match &self.endpoint.auth {
            Some(Auth::ApiKey(_) | Auth::CloudApiKey(_)) => AuthKind::ApiKey,
            Some(Auth::Basic { .. }) => AuthKind::Basic,
            None => AuthKind::None,
        }
    }
    fn is_api_key(&self) -> bool {
        matches!(self.endpoint.auth, Some(Auth::ApiKey(_)))
    }
}

/// Sends under a time limit; on expiry the failure is a response time-out (`HTTP_504`).
async fn timed(
    limit: Duration,
    endpoint: &Endpoint,
    req: &Request,
) -> (Result<Response, WireError>, u64) {
    let started = Instant::now();
    let result = match tokio::time::timeout(limit, endpoint.send(req)).await {
        Ok(r) => r,
        Err(_) => {
            let url = esconnect_core::url::redact(&esconnect_core::url::join_path(
                &endpoint.base,
                &req.path,
            ));
            let mut e = WireError::new(FailureKind::ResponseTimeout, req.method.as_str(), &url);
            e.detail = Some(format!(
                "no response within {} (--check-timeout)",
                human(limit)
            ));
            Err(e)
        }
    };
    (
        result,
        started.elapsed().as_millis().try_into().unwrap_or(u64::MAX),
    )
}

/// `1.5s`, `300ms`, `10s`.
pub fn human(d: Duration) -> String {
    if d.subsec_millis() == 0 && d.as_secs() > 0 {
        format!("{}s", d.as_secs())
    } else if d.as_secs() == 0 {
        format!("{}ms", d.as_millis())
    } else {
        format!("{:.1}s", d.as_secs_f64())
    }
}

fn wire_failure(component: Component, what: &str, e: &WireError, auth: AuthKind, ms: u64) -> Check {
    let code = wire_code(e.kind, e.status);
    let fix = remedy(
        e.kind,
        RemedyContext {
            component,
            auth,
            url: &e.url,
        },
    );
    Check::fail(component, what, code, e.to_string(), fix).elapsed(ms)
}

/// A 2xx response's body parsed as `T` (and whether it came through a proxy), or the failure to report.
fn body<T: serde::de::DeserializeOwned>(
    r: Result<Response, WireError>,
) -> Result<(T, bool), Box<WireError>> {
    let resp = r.and_then(Response::error_for_status).map_err(Box::new)?;
    let v = resp.json::<T>().map_err(Box::new)?;
    Ok((v, resp.proxied))
}

/// The cluster checks: `connect` (GET /), `version`, `api_key_form` (API keys only), `license`
/// (GET /_license) and `privileges` (POST /_security/user/_has_privileges). When GET / fails, the others
/// are skipped. `parallel` runs the license and privilege requests at the same time (single runs; a fleet
/// run keeps them on one connection per cluster).
pub async fn elasticsearch(target: &EsTarget, limit: Duration, parallel: bool) -> Vec<Check> {
    const C: Component = Component::Elasticsearch;
    let auth = target.auth_kind();
    let (root, ms) = timed(limit, &target.endpoint, &Request::get("/")).await;
    let (info, proxied) = match body::<RootInfo>(root) {
        Ok(v) => v,
        Err(e) => {
            let mut out = vec![wire_failure(C, "connect", &e, auth, ms)];
            out.extend(skipped_after_connect(
                target.is_api_key(),
                "not run: GET / failed (see elasticsearch.connect)",
            ));
            return out;
        }
    };
    let via = if proxied { " through the proxy" } else { "" };
    let mut out = vec![
        Check::pass(
            C,
            "connect",
            format!(
                "GET / answered{via}: cluster `{}` (uuid {}), Elasticsearch {}",
                info.cluster_name, info.cluster_uuid, info.version.number
            ),
        )
        .elapsed(ms),
    ];

    let version = Version::parse(&info.version.number);
    out.push(match version {
        Some(v) if v >= MIN_VERSION => Check::pass(C, "version", format!("Elasticsearch {v} is supported (7.17.0 and above)")),
        Some(v) => Check::fail(
            C,
            "version",
            "VERSION_MISMATCH",
            format!("Elasticsearch version is unsupported: {v} is older than {MIN_VERSION}"),
            "Upgrade your cluster to a supported version (7.17.x and above, https://www.elastic.co/support/eol).",
        ),
        None => Check::fail(
            C,
            "version",
            "UNEXPECTED_RESPONSE",
            format!("GET / gave the version `{}`, which is not a version number", info.version.number),
            "Check that AUTOOPS_ES_URL points at Elasticsearch itself.",
        ),
    });

    if target.is_api_key() {
        out.push(api_key_form_check(version, target.api_key_form));
    }

    let license = async {
        let (r, ms) = timed(limit, &target.endpoint, &Request::get("/_license")).await;
        license_check(r, auth, ms)
    };
    let privileges = async {
        let req = Request::post(
            "/_security/user/_has_privileges",
            autoops::privileges_check(),
        )
        .idempotent(true);
        let (r, ms) = timed(limit, &target.endpoint, &req).await;
        privileges_check(r, auth, ms)
    };
    if parallel {
        let (l, p) = tokio::join!(license, privileges);
        out.push(l);
        out.push(p);
    } else {
        out.push(license.await);
        out.push(privileges.await);
    }
    out
}

/// The cluster checks as skipped, for when they cannot run at all.
pub fn skipped_elasticsearch(api_key: bool, reason: &str) -> Vec<Check> {
    let mut out = vec![Check::skip(
        Component::Elasticsearch,
        "connect",
        format!("not run: {reason}"),
    )];
    out.extend(skipped_after_connect(
        api_key,
        &format!("not run: {reason}"),
    ));
    out
}

fn skipped_after_connect(api_key: bool, why: &str) -> Vec<Check> {
    const C: Component = Component::Elasticsearch;
    let mut out = vec![Check::skip(C, "version", why)];
    if api_key {
        out.push(Check::skip(C, "api_key_form", why));
    }
    out.push(Check::skip(C, "license", why));
    out.push(Check::skip(C, "privileges", why));
    out
}

fn api_key_form_check(version: Option<Version>, form: Option<ApiKeyForm>) -> Check {
    const C: Component = Component::Elasticsearch;
    match (version, form) {
        (Some(v), Some(ApiKeyForm::Encoded)) if autoops::needs_id_colon_key(v) => Check::fail(
            C,
            "api_key_form",
            "API_KEY_ENCODING",
            format!(
                "the API key is given base64-encoded, and on Elasticsearch {v} (9.1.0 through 9.1.3) the agent needs the decoded id:api_key form"
            ),
            "Ensure that you have the base64-decoded version of the key by running `echo $AUTOOPS_ES_API_KEY | base64 -d`, and set AUTOOPS_ES_API_KEY to the result. If your key has a colon (:), it is not base64 encoded; if it has an equal sign (=), it is. For versions 9.1.4 and above, both formats work.",
        ),
        (_, Some(ApiKeyForm::Encoded)) => Check::pass(
            C,
            "api_key_form",
            "the API key is given base64-encoded, which this version accepts (only 9.1.0 through 9.1.3 need id:api_key)",
        ),
        _ => Check::pass(
            C,
            "api_key_form",
            "the API key is given as id:api_key, which every version accepts",
        ),
    }
}

fn license_check(r: Result<Response, WireError>, auth: AuthKind, ms: u64) -> Check {
    const C: Component = Component::Elasticsearch;
    let lic = match body::<LicenseResponse>(r) {
        Ok((l, _)) => l.license,
        Err(e) => return wire_failure(C, "license", &e, auth, ms),
    };
    let kind_ok = ACCEPTED_LICENSES.contains(&lic.kind.as_str());
    if lic.status == "expired" {
        return Check::fail(
            C,
            "license",
            "LICENSE_EXPIRED",
            format!(
                "Elastic license is expired (a `{}` license, status `expired`)",
                lic.kind
            ),
            "Contact sales (https://www.elastic.co/contact#sales) to renew your license.",
        )
        .elapsed(ms);
    }
    if lic.status != "active" {
        return Check::fail(
            C,
            "license",
            "LICENSE_NOT_ACTIVE",
            format!("the `{}` license has the status `{}`, not `active`", lic.kind, lic.status),
            "Install a valid license (GET /_license shows its details), or contact Elastic support.",
        )
        .elapsed(ms);
    }
    if !kind_ok {
        return Check::fail(
            C,
            "license",
            "LICENSE_NOT_SUPPORTED",
            format!("cluster license type is not supported: the cluster has a `{}` license, AutoOps needs an Enterprise self-managed license or an active trial", lic.kind),
            "The agent fails with \"Failed to register Cloud Connected Mode: cluster license type is not supported\": install an Enterprise license, or start a trial (POST /_license/start_trial?acknowledge=true, once per cluster). See the AutoOps prerequisites.",
        )
        .elapsed(ms);
    }
    Check::pass(C, "license", format!("`{}` license, active", lic.kind)).elapsed(ms)
}

fn privileges_check(r: Result<Response, WireError>, auth: AuthKind, ms: u64) -> Check {
    const C: Component = Component::Elasticsearch;
    let resp = match body::<HasPrivilegesResponse>(r) {
        Ok((p, _)) => p,
        Err(e) => return wire_failure(C, "privileges", &e, auth, ms),
    };
    let who = if resp.username.is_empty() {
        "the credentials".to_string()
    } else {
        format!("`{}`", resp.username)
    };
    let missing = resp.missing();
    if resp.has_all_requested && missing.is_empty() {
        return Check::pass(
            C,
            "privileges",
            format!("{who} has every privilege AutoOps needs (cluster: monitor, read_ilm, read_slm; index `*` with restricted indices: monitor, view_index_metadata)"),
        )
        .elapsed(ms);
    }
    let list = if missing.is_empty() {
        "some of the requested privileges".to_string()
    } else {
        missing
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let how = match auth {
        AuthKind::ApiKey => {
            "create a new API key with the `autoops` role descriptor (an API key's privileges cannot be raised later)"
        }
        _ => "create the `autoops` role (POST /_security/role/autoops) and assign it to the user",
    };
    Check::fail(
        C,
        "privileges",
        "MISSING_PRIVILEGES",
        format!("{who} lacks {list}"),
        format!(
            "Ensure that the agent's credentials have the necessary privileges: {how}. The role: cluster [monitor, read_ilm, read_slm]; indices [{{names: [\"*\"], privileges: [monitor, view_index_metadata], allow_restricted_indices: true}}]."
        ),
    )
    .elapsed(ms)
}

/// The placeholder registration body of seed 001's curl: it registers nothing (no credentials are sent).
pub fn cloud_placeholder_body() -> serde_json::Value {
    serde_json::json!({
        "self_managed_cluster": {"id": "autoops-probe", "name": "autoops-probe", "version": "0.0.0"},
        "license": {"uid": "autoops-probe", "type": "basic"}
    })
}

/// `POST <Cloud API>/api/v1/cloud-connected/clusters` with no credentials: the documented 401
/// `{"UnauthorizedMessages":["Invalid credential headers"],"Cause":null}` means the API is reachable.
pub async fn cloud_connected_api(endpoint: &Endpoint, limit: Duration) -> Check {
    let req = Request::post(CLOUD_CONNECTED_PATH, cloud_placeholder_body())
        .without_auth()
        .idempotent(false);
    expect_401(
        Component::CloudConnectedApi,
        endpoint,
        &req,
        limit,
        |body| {
            body.get("UnauthorizedMessages")
                .is_some_and(serde_json::Value::is_array)
        },
    )
    .await
}

/// `POST <AUTOOPS_OTEL_URL>/v1/logs` with no token and `Content-Length: 0`: the documented 401
/// `{"code":16,"message":"no auth provided"}` means the collector is reachable.
pub async fn otel_collector(endpoint: &Endpoint, limit: Duration) -> Check {
    let req = Request::new(esconnect_core::http::Method::POST, OTEL_LOGS_PATH)
        .without_auth()
        .empty_body();
    expect_401(Component::OtelCollector, endpoint, &req, limit, |body| {
        body.get("code").and_then(serde_json::Value::as_u64) == Some(16)
    })
    .await
}

async fn expect_401<F>(
    component: Component,
    endpoint: &Endpoint,
    req: &Request,
    limit: Duration,
    documented: F,
) -> Check
where
    F: Fn(&serde_json::Value) -> bool,
{
    let url =
        esconnect_core::url::redact(&esconnect_core::url::join_path(&endpoint.base, &req.path));
    let (r, ms) = timed(limit, endpoint, req).await;
    let resp = match r {
        Ok(r) => r,
        Err(e) => return wire_failure(component, "reachable", &e, AuthKind::None, ms),
    };
    let body = snippet(&resp.body);
    let via = if resp.proxied {
        " through the proxy"
    } else {
        ""
    };
    if resp.status == 401
        && serde_json::from_str::<serde_json::Value>(&resp.body).is_ok_and(|v| documented(&v))
    {
        return Check::pass(component, "reachable", format!("POST {url} answered{via} 401 {body} as documented for a request without credentials: reachable")).elapsed(ms);
    }
    if resp.is_success() || resp.status == 401 {
        let fix = remedy(
            FailureKind::UnexpectedBody,
            RemedyContext {
                component,
                auth: AuthKind::None,
                url: &url,
            },
        );
        return Check::fail(
            component,
            "reachable",
            "UNEXPECTED_RESPONSE",
            format!("POST {url} answered{via} {} {body}, not the endpoint's documented 401: a proxy or middlebox answered", resp.status),
            fix,
        )
        .elapsed(ms);
    }
    let e = classify::status_failure(&resp);
    wire_failure(component, "reachable", &e, AuthKind::None, ms)
}

fn snippet(body: &str) -> String {
    let one: String = body
        .chars()
        .take(120)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let one = one.trim();
    if one.is_empty() {
        "(empty body)".to_string()
    } else {
        one.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_key_form_window() {
        let v = |s| Version::parse(s);
        assert_eq!(
            api_key_form_check(v("9.1.2"), Some(ApiKeyForm::Encoded))
                .code
                .as_deref(),
            Some("API_KEY_ENCODING")
        );
        assert!(
            api_key_form_check(v("9.1.2"), Some(ApiKeyForm::Encoded))
                .remedy
                .contains("echo $AUTOOPS_ES_API_KEY | base64 -d")
        );
        assert_eq!(
            api_key_form_check(v("9.1.2"), Some(ApiKeyForm::IdColonKey)).code,
            None
        );
        assert_eq!(
            api_key_form_check(v("9.1.4"), Some(ApiKeyForm::Encoded)).code,
            None
        );
        assert_eq!(
            api_key_form_check(v("8.17.0"), Some(ApiKeyForm::Encoded)).code,
            None
        );
    }

    #[test]
    fn durations_read_well() {
        assert_eq!(human(Duration::from_secs(10)), "10s");
        assert_eq!(human(Duration::from_millis(300)), "300ms");
        assert_eq!(human(Duration::from_millis(1500)), "1.5s");
    }

    #[test]
    fn skipped_checks_keep_the_shape() {
        let ids: Vec<String> = skipped_elasticsearch(true, "x")
            .into_iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(
            ids,
            [
                "elasticsearch.connect",
                "elasticsearch.version",
                "elasticsearch.api_key_form",
                "elasticsearch.license",
                "elasticsearch.privileges"
            ]
        );
        assert_eq!(skipped_elasticsearch(false, "x").len(), 4);
    }

    #[test]
    fn placeholder_registers_nothing_real() {
        let b = cloud_placeholder_body();
        assert_eq!(b["self_managed_cluster"]["id"], "autoops-probe");
        assert_eq!(b["license"]["type"], "basic");
    }
}
