//! The Elastic Cloud endpoints AutoOps uses: the Cloud Connected API and the OTel collector.
//!
//! - Cloud Connected API, `POST /api/v1/cloud-connected/clusters`: without a valid
//!   `Authorization: ApiKey <key>` it answers 401 `{"UnauthorizedMessages":["Invalid credential
//!   headers"],"Cause":null}` (the gateway's text, also for a wrong key). With the key and a body
//!   `{"self_managed_cluster":{"id","name","version"},"license":{"uid","type"}}` it answers 201 with
//!   `{"id", "self_managed_cluster", "license"}`; registering the same cluster id again answers 200 with the
//!   same registration id. A malformed body is a 400 in the Cloud API's error envelope
//!   `{"errors":[{"code","message"}]}`; other paths are 404 in the same envelope.
//! - OTel collector, `POST /v1/logs`: without `Authorization: AutoOpsToken <t>` 401
//!   `{"code":16,"message":"no auth provided"}`; with a wrong token 401 `{"code":16,"message":"invalid
//!   token"}`; with the token and an empty body (or a content type other than JSON/protobuf) 415, as the
//!   connectivity check expects; with a JSON or protobuf body 200. Other paths answer Go's
//!   `404 page not found`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use crate::service::{self, Req, Resp, RespFuture, Service};
use crate::util;

/// Credentials and registrations of the cloud listeners.
pub(crate) struct CloudState {
    pub api_key: String,
    pub token: String,
    registrations: Mutex<HashMap<String, String>>,
}

impl CloudState {
    pub fn new(api_key: &str, token: &str) -> Self {
        Self {
            api_key: api_key.to_owned(),
            token: token.to_owned(),
            registrations: Mutex::new(HashMap::new()),
        }
    }
}

/// The Cloud Connected API listener.
pub(crate) struct CloudApi(pub Arc<CloudState>);

/// The OTel collector listener.
pub(crate) struct Otel(pub Arc<CloudState>);

impl Service for CloudApi {
    fn handle(self: Arc<Self>, req: Req) -> RespFuture {
        Box::pin(async move { handle_api(&self.0, &req) })
    }

    fn fault_response(&self, code: u16) -> Resp {
        gateway_fault(code)
    }
}

impl Service for Otel {
    fn handle(self: Arc<Self>, req: Req) -> RespFuture {
        Box::pin(async move { handle_otel(&self.0, &req) })
    }

    fn fault_response(&self, code: u16) -> Resp {
        gateway_fault(code)
    }
}

/// A simulated failure of either cloud listener.
fn gateway_fault(code: u16) -> Resp {
    Resp::json(
        code,
        &json!({"code": code, "message": service::reason(code)}),
    )
}

fn cloud_error(status: u16, code: &str, message: &str) -> Resp {
    Resp::json(
        status,
        &json!({"errors": [{"code": code, "message": message}]}),
    )
}

fn header<'a>(req: &'a Req, name: &str) -> Option<&'a str> {
    req.headers.get(name).and_then(|v| v.to_str().ok())
}

/// Check the registration body; `Err` carries the message of the 400.
fn validate_registration(v: &Value) -> Result<(), String> {
    let cluster = v
        .get("self_managed_cluster")
        .and_then(Value::as_object)
        .ok_or("[self_managed_cluster] is required and must be an object")?;
    for f in ["id", "name", "version"] {
        match cluster.get(f).and_then(Value::as_str) {
            Some(s) if !s.is_empty() => {}
            _ => return Err(format!("[self_managed_cluster.{f}] is required")),
        }
    }
    let license = v
        .get("license")
        .and_then(Value::as_object)
        .ok_or("[license] is required and must be an object")?;
    for f in ["uid", "type"] {
        match license.get(f).and_then(Value::as_str) {
            Some(s) if !s.is_empty() => {}
            _ => return Err(format!("[license.{f}] is required")),
        }
    }
    Ok(())
}

pub(crate) fn handle_api(state: &CloudState, req: &Req) -> Resp {
    if req.path.trim_end_matches('/') != "/api/v1/cloud-connected/clusters" {
        return cloud_error(
            404,
            "root.resource_not_found",
            "The requested resource could not be found",
        );
    }
    if req.method != http::Method::POST {
        let mut r = cloud_error(405, "root.method_not_allowed", "Method not allowed");
        r.headers.push(("allow".into(), "POST".into()));
        return r;
    }
    let authorized = header(req, "authorization")
        .and_then(|h| h.strip_prefix("ApiKey "))
        .is_some_and(|k| k.trim() == state.api_key);
    if !authorized {
        return Resp::json(
            401,
            &json!({"UnauthorizedMessages": ["Invalid credential headers"], "Cause": null}),
        );
    }
    let body: Value = match serde_json::from_slice(&req.body) {
        Ok(v) => v,
        Err(e) => {
            return cloud_error(
                400,
                "clusters.request_validation_failed",
                &format!("The request body is not valid JSON: {e}"),
            );
        }
    };
    if let Err(msg) = validate_registration(&body) {
        return cloud_error(400, "clusters.request_validation_failed", &msg);
    }
    let cluster_id = body["self_managed_cluster"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let (id, created) = {
        let mut regs = state
            .registrations
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match regs.get(&cluster_id) {
            Some(id) => (id.clone(), false),
            None => {
                let id = util::hex(&util::sha256(util::random_id(16).as_bytes()))[..32].to_owned();
                regs.insert(cluster_id, id.clone());
                (id, true)
            }
        }
    };
    Resp::json(
        if created { 201 } else { 200 },
        &json!({
            "id": id,
            "self_managed_cluster": body["self_managed_cluster"],
            "license": body["license"],
        }),
    )
}

pub(crate) fn handle_otel(state: &CloudState, req: &Req) -> Resp {
    if req.path != "/v1/logs" {
        return Resp::text(404, "text/plain; charset=utf-8", "404 page not found\n");
    }
    if req.method != http::Method::POST {
        let mut r = Resp::text(
            405,
            "text/plain",
            "405 method not allowed, supported: [POST]",
        );
        r.headers.push(("allow".into(), "POST".into()));
        return r;
    }
    let Some(token) = header(req, "authorization").and_then(|h| h.strip_prefix("AutoOpsToken "))
    else {
        return Resp::json(401, &json!({"code": 16, "message": "no auth provided"}));
    };
    if token.trim() != state.token {
        return Resp::json(401, &json!({"code": 16, "message": "invalid token"}));
    }
    let content_type = header(req, "content-type")
        .unwrap_or_default()
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let unsupported = || {
        Resp::text(
            415,
            "text/plain",
            "415 unsupported media type, supported: [application/json, application/x-protobuf]",
        )
    };
    if req.body.is_empty() {
        return unsupported();
    }
    match content_type.as_str() {
        "application/json" => match serde_json::from_slice::<Value>(&req.body) {
            Ok(_) => Resp::json(200, &json!({"partialSuccess": {}})),
            Err(e) => Resp::json(400, &json!({"code": 3, "message": e.to_string()})),
        },
        "application/x-protobuf" => Resp {
            status: 200,
            headers: vec![("content-type".into(), "application/x-protobuf".into())],
            body: Vec::new(),
        },
        _ => unsupported(),
    }
}
