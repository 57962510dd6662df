//! The record of every request a listener received.

/// One request as the listener received it, recorded before any fault or handler ran.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalEntry {
    /// HTTP method, upper case (`GET`, `PUT`, ...).
    pub method: String,
    /// The raw request path (still percent-encoded), without the query string.
    pub path: String,
    /// The raw query string without the leading `?`, if the request had one.
    pub query: Option<String>,
    /// Every header in the order received, names in lower case.
    pub headers: Vec<(String, String)>,
    /// The request body (lossy UTF-8).
    pub body: String,
}

impl JournalEntry {
    /// The first value of a header (name matched case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body parsed as JSON; `Null` when the body is empty.
    ///
    /// # Panics
    /// When the body is not empty and not JSON (a test expecting JSON should fail loudly).
    pub fn json(&self) -> serde_json::Value {
        if self.body.trim().is_empty() {
            return serde_json::Value::Null;
        }
        match serde_json::from_str(&self.body) {
            Ok(v) => v,
            Err(e) => panic!(
                "journal entry {} {} has a body that is not JSON ({e}): {:?}",
                self.method, self.path, self.body
            ),
        }
    }

    /// Path plus `?query` when present.
    pub fn uri(&self) -> String {
        match &self.query {
            Some(q) => format!("{}?{}", self.path, q),
            None => self.path.clone(),
        }
    }
}
