//! A structural check of a document against an OpenAPI v3 schema, the subset Kubernetes CRDs use
//! (`type`, `properties`, `additionalProperties`, `items`, `required`, `enum`, `anyOf`/`oneOf` of types,
//! `x-kubernetes-int-or-string`). Used by the tests to prove that the ECK manifests the tools write
//! (autoops-env's `--format eck`, es-remote's and ece-trust's resources) are what ECK's CRDs describe.
//!
//! Stricter than the API server on one point: a field absent from an object's `properties` is an error
//! even where the schema says `x-kubernetes-preserve-unknown-fields` (the server would keep it, ECK would
//! not read it). Objects the schema leaves open (no `properties`, no `additionalProperties`, like a CRD's
//! top-level `metadata`) cannot be checked: their paths are listed in [`Report::unchecked`].

use serde_json::Value;

/// The result of a check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Each problem, with its path (`/spec/resourceSelector/matchLabels`).
    pub errors: Vec<String>,
    /// Paths of values inside objects the schema leaves open.
    pub unchecked: Vec<String>,
}

impl Report {
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Checks `doc` against `schema`.
pub fn check(doc: &Value, schema: &Value) -> Report {
    let mut r = Report::default();
    walk(doc, schema, "", &mut r);
    r
}

/// The OpenAPI v3 schema of the served version `version` of a CRD (parsed as JSON values).
pub fn crd_version_schema<'a>(crd: &'a Value, version: &str) -> Option<&'a Value> {
    crd.pointer("/spec/versions")?
        .as_array()?
        .iter()
        .find(|v| {
            v.get("name").and_then(Value::as_str) == Some(version)
                && v.get("served").and_then(Value::as_bool) == Some(true)
        })?
        .pointer("/schema/openAPIV3Schema")
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn has_type(v: &Value, ty: &str) -> bool {
    let actual = type_name(v);
    actual == ty || (ty == "number" && actual == "integer")
}

fn walk(doc: &Value, schema: &Value, path: &str, r: &mut Report) {
    let here = if path.is_empty() { "/" } else { path };
    // int-or-string, or an anyOf/oneOf of plain types.
    if schema
        .get("x-kubernetes-int-or-string")
        .and_then(Value::as_bool)
        == Some(true)
        && !matches!(type_name(doc), "integer" | "string")
    {
        r.errors.push(format!(
            "{here}: is {}, the schema wants an integer or a string",
            type_name(doc)
        ));
        return;
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(alts) = schema.get(key).and_then(Value::as_array) {
            let types: Vec<&str> = alts
                .iter()
                .filter_map(|a| a.get("type").and_then(Value::as_str))
                .collect();
            if !types.is_empty() && !types.iter().any(|t| has_type(doc, t)) {
                r.errors.push(format!(
                    "{here}: is {}, the schema wants one of {}",
                    type_name(doc),
                    types.join(", ")
                ));
                return;
            }
        }
    }
    if let Some(ty) = schema.get("type").and_then(Value::as_str)
        && !has_type(doc, ty)
    {
        r.errors.push(format!(
            "{here}: is {}, the schema wants {ty}",
            type_name(doc)
        ));
        return;
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
        && !allowed.contains(doc)
    {
        r.errors
            .push(format!("{here}: {doc} is not one of the schema's values"));
    }
    match doc {
        Value::Object(map) => {
            if let Some(required) = schema.get("required").and_then(Value::as_array) {
                for k in required.iter().filter_map(Value::as_str) {
                    if !map.contains_key(k) {
                        r.errors
                            .push(format!("{here}: the required field `{k}` is missing"));
                    }
                }
            }
            let props = schema.get("properties").and_then(Value::as_object);
            let additional = schema.get("additionalProperties");
            for (k, v) in map {
                let child = format!("{path}/{}", k.replace('~', "~0").replace('/', "~1"));
                match (props.and_then(|p| p.get(k)), additional) {
                    (Some(s), _) => walk(v, s, &child, r),
                    (None, Some(Value::Bool(true))) => r.unchecked.push(child),
                    (None, Some(Value::Bool(false))) => {
                        r.errors.push(format!("{child}: not allowed by the schema"))
                    }
                    (None, Some(s)) => walk(v, s, &child, r),
                    (None, None) if props.is_none() => r.unchecked.push(child),
                    (None, None) => r.errors.push(format!(
                        "{child}: the schema has no field `{k}` here (it has: {})",
                        props
                            .map(|p| p.keys().cloned().collect::<Vec<_>>().join(", "))
                            .unwrap_or_default()
                    )),
                }
            }
        }
        Value::Array(items) => {
            if let Some(s) = schema.get("items") {
                for (i, v) in items.iter().enumerate() {
                    walk(v, s, &format!("{path}/{i}"), r);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema() -> Value {
        json!({
            "type": "object",
            "properties": {
                "apiVersion": {"type": "string"},
                "metadata": {"type": "object"},
                "spec": {
                    "type": "object",
                    "required": ["version"],
                    "properties": {
                        "version": {"type": "string"},
                        "limit": {"type": "integer", "format": "int32"},
                        "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                        "cpu": {"anyOf": [{"type": "integer"}, {"type": "string"}], "x-kubernetes-int-or-string": true},
                        "policy": {"type": "string", "enum": ["Always", "Never"]},
                        "containers": {"type": "array", "items": {
                            "type": "object", "required": ["name"],
                            "properties": {"name": {"type": "string"}}
                        }},
                        "template": {"type": "object", "x-kubernetes-preserve-unknown-fields": true,
                            "properties": {"spec": {"type": "object"}}}
                    }
                }
            }
        })
    }

    fn good() -> Value {
        json!({
            "apiVersion": "x/v1",
            "metadata": {"name": "a", "labels": {"k": "v"}},
            "spec": {
                "version": "9.2.5",
                "limit": 3,
                "labels": {"a/b": "c"},
                "cpu": "100m",
                "policy": "Never",
                "containers": [{"name": "c"}],
                "template": {"spec": {"anything": 1}}
            }
        })
    }

    #[test]
    fn a_matching_document_passes_and_open_objects_are_listed() {
        let r = check(&good(), &schema());
        assert!(r.is_ok(), "{r:?}");
        assert_eq!(
            r.unchecked,
            [
                "/metadata/name",
                "/metadata/labels",
                "/spec/template/spec/anything"
            ]
        );
    }

    #[test]
    fn a_misspelled_field_is_rejected() {
        let mut d = good();
        let spec = d["spec"].as_object_mut().unwrap();
        let v = spec.remove("version").unwrap();
        spec.insert("verison".into(), v);
        let r = check(&d, &schema());
        assert_eq!(
            r.errors,
            [
                "/spec: the required field `version` is missing",
                "/spec/verison: the schema has no field `verison` here (it has: version, limit, labels, cpu, policy, containers, template)"
            ]
        );
        // Also under preserve-unknown-fields when the schema lists properties.
        let mut d = good();
        d["spec"]["template"]["sepc"] = json!({});
        assert_eq!(check(&d, &schema()).errors.len(), 1);
    }

    #[test]
    fn wrong_types_and_values_are_rejected() {
        for (pointer, bad) in [
            ("/spec/limit", json!("3")),
            ("/spec/version", json!(9)),
            ("/spec/labels", json!(["a"])),
            ("/spec/labels/a~1b", json!(1)),
            ("/spec/cpu", json!(true)),
            ("/spec/policy", json!("Sometimes")),
            ("/spec/containers", json!({"name": "c"})),
            ("/spec/containers/0/name", json!(null)),
        ] {
            let mut d = good();
            *d.pointer_mut(pointer).unwrap() = bad.clone();
            let r = check(&d, &schema());
            assert_eq!(r.errors.len(), 1, "{pointer} = {bad}: {r:?}");
            assert!(r.errors[0].starts_with(pointer), "{r:?}");
        }
        let mut d = good();
        d["spec"]["containers"] = json!([{"nom": "c"}]);
        assert_eq!(check(&d, &schema()).errors.len(), 2);
    }
}
