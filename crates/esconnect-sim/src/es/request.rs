//! The request as the cluster handlers see it: [`EsReq`], parsed from the server's [`Req`].

use serde_json::{Map, Value};

use super::errors::EsError;
use super::roles;
use crate::service::Req;
use crate::util;

/// A request as the cluster handlers see it.
pub(crate) struct EsReq {
    pub method: http::Method,
    pub uri: String,
    pub segs: Vec<String>,
    pub params: Vec<(String, String)>,
    pub headers: http::HeaderMap,
    pub body: Vec<u8>,
}

impl EsReq {
    pub fn param(&self, k: &str) -> Option<&str> {
        self.params
            .iter()
            .rev()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
    }

    /// A boolean query flag: present without value or `true`.
    pub fn flag(&self, k: &str) -> bool {
        matches!(self.param(k), Some("" | "true"))
    }

    pub fn header(&self, k: &str) -> Option<&str> {
        self.headers.get(k).and_then(|v| v.to_str().ok())
    }

    /// The body as JSON (comments allowed, like Elasticsearch). `Ok(None)` when empty and not required.
    pub fn json(&self, required: bool) -> Result<Option<Value>, EsError> {
        let text = String::from_utf8_lossy(&self.body);
        if text.trim().is_empty() {
            return if required {
                Err(EsError::parse("request body is required"))
            } else {
                Ok(None)
            };
        }
        let stripped = util::strip_json_comments(&text);
        match serde_json::from_str::<Value>(&stripped) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                let msg = e.to_string();
                let msg = msg.split(" at line ").next().unwrap_or(&msg).to_owned();
                Err(EsError::x_content(
                    e.line(),
                    e.column(),
                    &format!("Failed to parse JSON content: {msg}"),
                    None,
                ))
            }
        }
    }

    /// The body as a JSON object (an error for other JSON values).
    pub fn json_object(&self, required: bool) -> Result<Option<Map<String, Value>>, EsError> {
        match self.json(required)? {
            None => Ok(None),
            Some(Value::Object(m)) => Ok(Some(m)),
            Some(other) => Err(EsError::parse(format!(
                "request body must be an object, but found [{}]",
                roles::token(&other)
            ))),
        }
    }

    /// Position of the first occurrence of `"field"` in the body (for `[line:col]` messages).
    pub fn field_pos(&self, field: &str) -> (usize, usize) {
        let text = String::from_utf8_lossy(&self.body);
        let needle = format!("\"{field}\"");
        let pos = text.find(&needle).map_or(0, |p| p + needle.len());
        util::line_col(&text, pos)
    }
}

impl EsReq {
    /// Split the path into decoded segments and the query into parameters.
    pub fn from_req(req: &Req) -> Self {
        let uri = match &req.query {
            Some(q) => format!("{}?{}", req.path, q),
            None => req.path.clone(),
        };
        let segs = req
            .path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(|s| util::percent_decode(s, false))
            .collect();
        Self {
            method: req.method.clone(),
            uri,
            segs,
            params: util::parse_query(req.query.as_deref()),
            headers: req.headers.clone(),
            body: req.body.to_vec(),
        }
    }
}
