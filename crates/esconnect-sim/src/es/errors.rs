//! Elasticsearch error responses.
//!
//! Exceptions are rendered the way `ElasticsearchException` renders them:
//! `{"error":{"root_cause":[{"type","reason",..}],"type","reason",..,"caused_by"?},"status":N}`. Fields such
//! as `header` or `additional_unsuccessful_credentials` appear both in the root cause and at the top level,
//! `caused_by` only at the top level. The router's own errors (no handler, wrong method, bad content type)
//! use the simple `{"error":"...","status"?}` form, as `RestController` does.

use serde_json::{Map, Value, json};

/// An error response: status, JSON body and extra headers.
#[derive(Debug, Clone)]
pub(crate) struct EsError {
    pub status: u16,
    pub body: Value,
    pub headers: Vec<(String, String)>,
}

pub(crate) type EsResult = Result<(u16, Value), EsError>;

impl EsError {
    /// A typed exception (`root_cause` + `type` + `reason`).
    pub fn new(status: u16, kind: &str, reason: impl Into<String>) -> Self {
        Self::with_fields(status, kind, reason, Map::new(), None)
    }

    /// A typed exception with extra metadata fields and an optional `caused_by`.
    pub fn with_fields(
        status: u16,
        kind: &str,
        reason: impl Into<String>,
        extra: Map<String, Value>,
        caused_by: Option<Value>,
    ) -> Self {
        let reason = reason.into();
        let mut cause = Map::new();
        cause.insert("type".into(), json!(kind));
        cause.insert("reason".into(), json!(reason));
        for (k, v) in &extra {
            cause.insert(k.clone(), v.clone());
        }
        let mut err = Map::new();
        err.insert("root_cause".into(), json!([Value::Object(cause)]));
        err.insert("type".into(), json!(kind));
        err.insert("reason".into(), json!(reason));
        for (k, v) in extra {
            err.insert(k, v);
        }
        if let Some(c) = caused_by {
            err.insert("caused_by".into(), c);
        }
        Self {
            status,
            body: json!({"error": Value::Object(err), "status": status}),
            headers: Vec::new(),
        }
    }

    /// The router's plain form `{"error": "..."}` (optionally with `status`).
    pub fn simple(status: u16, message: impl Into<String>, with_status: bool) -> Self {
        let body = if with_status {
            json!({"error": message.into(), "status": status})
        } else {
            json!({"error": message.into()})
        };
        Self {
            status,
            body,
            headers: Vec::new(),
        }
    }

    /// A response with an arbitrary body (e.g. `{}` for an unknown role, `{"found":false}`).
    pub fn raw(status: u16, body: Value) -> Self {
        Self {
            status,
            body,
            headers: Vec::new(),
        }
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    pub fn illegal_argument(reason: impl Into<String>) -> Self {
        Self::new(400, "illegal_argument_exception", reason)
    }

    pub fn parse(reason: impl Into<String>) -> Self {
        Self::new(400, "parse_exception", reason)
    }

    /// `ActionRequestValidationException` with its numbered message list.
    pub fn validation(errors: &[String]) -> Self {
        let mut reason = String::from("Validation Failed: ");
        for (i, e) in errors.iter().enumerate() {
            reason.push_str(&format!("{}: {};", i + 1, e));
        }
        Self::new(400, "action_request_validation_exception", reason)
    }

    /// `x_content_parse_exception` at a position, optionally caused by another exception.
    pub fn x_content(line: usize, col: usize, msg: &str, caused_by: Option<Value>) -> Self {
        Self::with_fields(
            400,
            "x_content_parse_exception",
            format!("[{line}:{col}] {msg}"),
            Map::new(),
            caused_by,
        )
    }

    pub fn no_handler(uri: &str, method: &str) -> Self {
        Self::simple(
            400,
            format!("no handler found for uri [{uri}] and method [{method}]"),
            false,
        )
    }

    pub fn method_not_allowed(uri: &str, method: &str, allowed: &[&str]) -> Self {
        Self::simple(
            405,
            format!(
                "Incorrect HTTP method for uri [{uri}] and method [{method}], allowed: [{}]",
                allowed.join(", ")
            ),
            true,
        )
        .header("Allow", &allowed.join(","))
    }
}

/// `{"type","reason"}` for use as `caused_by`.
pub(crate) fn cause(kind: &str, reason: &str) -> Value {
    json!({"type": kind, "reason": reason})
}
