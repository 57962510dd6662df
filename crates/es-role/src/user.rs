//! The body of `PUT /_security/user/<name>`: a new user, or an existing one read back and merged, so that
//! adding the AutoOps role never drops the roles, name, email or metadata the user already had.

use esconnect_core::Secret;
use serde_json::{Map, Value, json};

/// The full name given to users this tool creates.
pub const DEFAULT_FULL_NAME: &str = "AutoOps agent";

/// What the merge did, for the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merge {
    pub roles_before: Vec<String>,
    pub roles_after: Vec<String>,
    /// False when an existing user is disabled (the agent could not authenticate as it).
    pub enabled: bool,
}

/// Builds the body. `existing` is the user object of `GET /_security/user/<name>` (None when absent).
/// The password goes in `/password`: redact that pointer wherever the body is shown.
pub fn body(
    existing: Option<&Value>,
    role: &str,
    password: &Secret,
    managed: &Map<String, Value>,
) -> (Value, Merge) {
    let Some(existing) = existing else {
        let body = json!({
            "password": password.expose(),
            "roles": [role],
            "full_name": DEFAULT_FULL_NAME,
            "metadata": managed,
        });
        return (
            body,
            Merge {
                roles_before: vec![],
                roles_after: vec![role.to_string()],
                enabled: true,
            },
        );
    };
    let roles_before: Vec<String> = existing
        .get("roles")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let mut roles_after = roles_before.clone();
    if !roles_after.iter().any(|r| r == role) {
        roles_after.push(role.to_string());
    }
    let mut body = Map::new();
    body.insert(
        "password".into(),
        Value::String(password.expose().to_string()),
    );
    body.insert("roles".into(), json!(roles_after));
    for field in ["full_name", "email"] {
        if let Some(v) = existing.get(field).filter(|v| !v.is_null()) {
            body.insert(field.into(), v.clone());
        }
    }
    // Keys starting with `_` are Elasticsearch's own and refused on PUT; the user's keys win over ours.
    let mut metadata: Map<String, Value> = existing
        .get("metadata")
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .filter(|(k, _)| !k.starts_with('_'))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        })
        .unwrap_or_default();
    for (k, v) in managed {
        metadata.entry(k.clone()).or_insert_with(|| v.clone());
    }
    body.insert("metadata".into(), Value::Object(metadata));
    let enabled = existing
        .get("enabled")
        .and_then(Value::as_bool)
        .unwrap_or(true);
    if existing.get("enabled").is_some() {
        body.insert("enabled".into(), Value::Bool(enabled));
    }
    (
        Value::Object(body),
        Merge {
            roles_before,
            roles_after,
            enabled,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn managed() -> Map<String, Value> {
        autoops_common::managed_metadata("es-role")
    }

    #[test]
    fn a_new_user_gets_the_role_and_our_marks() {
        let (b, m) = body(None, "autoops", &Secret::new("s3cret-pw"), &managed());
        assert_eq!(b["roles"], json!(["autoops"]));
        assert_eq!(b["full_name"], "AutoOps agent");
        assert_eq!(b["metadata"]["managed_by"], "esconnect");
        assert_eq!(b["password"], "s3cret-pw");
        assert!(m.roles_before.is_empty() && m.enabled);
    }

    #[test]
    fn an_existing_user_keeps_everything_and_gains_the_role() {
        let existing = json!({
            "username": "agent", "roles": ["reader", "kibana_admin"], "full_name": "Ops Bot", "email": "ops@example.com",
            "metadata": {"team": "sre", "managed_by": "terraform", "_reserved": false}, "enabled": true
        });
        let (b, m) = body(
            Some(&existing),
            "autoops",
            &Secret::new("s3cret-pw"),
            &managed(),
        );
        assert_eq!(b["roles"], json!(["reader", "kibana_admin", "autoops"]));
        assert_eq!(b["full_name"], "Ops Bot");
        assert_eq!(b["email"], "ops@example.com");
        // The user's own metadata wins; ours fills gaps; Elasticsearch's `_` keys are not sent back.
        assert_eq!(b["metadata"]["team"], "sre");
        assert_eq!(b["metadata"]["managed_by"], "terraform");
        assert_eq!(b["metadata"]["tool"], "es-role");
        assert!(b["metadata"].get("_reserved").is_none());
        assert!(b.get("username").is_none());
        assert_eq!(m.roles_before, vec!["reader", "kibana_admin"]);
    }

    #[test]
    fn a_user_that_has_the_role_keeps_one_copy_and_disabled_stays_disabled() {
        let existing = json!({"username": "a", "roles": ["autoops"], "full_name": null, "email": null, "metadata": {}, "enabled": false});
        let (b, m) = body(
            Some(&existing),
            "autoops",
            &Secret::new("s3cret-pw"),
            &managed(),
        );
        assert_eq!(b["roles"], json!(["autoops"]));
        assert!(b.get("full_name").is_none() && b.get("email").is_none());
        assert_eq!(b["enabled"], false);
        assert!(!m.enabled);
    }
}
