//! A small checker of JSON values against the definitions of a Swagger 2.0 document (the ECE/ECH API's
//! `apidocs.json`): `$ref`, `type`, `required`, `properties`, `additionalProperties`, `items`, `enum`,
//! `allOf` and `readOnly`.
//!
//! Stricter than Swagger 2.0 in one way, on purpose: a property the definition does not list is a
//! violation (unless the definition has `additionalProperties`), so a misspelt field in what a tool
//! sends is caught. A property marked `readOnly` in a request is a violation too ("SHOULD NOT be sent as
//! part of the request"). A schema that is only `{"type": "object"}` (no properties) accepts any value:
//! the Swagger uses it for free-form values such as `KeystoreSecret.value`, documented as "either a
//! string or a JSON object".

use serde_json::Value;
use std::path::Path;

/// A loaded Swagger document.
#[derive(Debug, Clone)]
pub struct Swagger {
    doc: Value,
}

impl Swagger {
    /// Reads `apidocs.json`.
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)?;
        Ok(Self {
            doc: serde_json::from_str(&text)?,
        })
    }

    pub fn from_value(doc: Value) -> Self {
        Self { doc }
    }

    /// Whether the document has this definition.
    pub fn has_definition(&self, name: &str) -> bool {
        self.doc["definitions"].get(name).is_some()
    }

    /// Every way `value` breaks definition `name`, as `path: problem` lines; empty when valid.
    pub fn validate(&self, name: &str, value: &Value) -> Vec<String> {
        let mut out = Vec::new();
        match self.doc["definitions"].get(name) {
            Some(schema) => self.check(schema, value, "$", &mut out, 0),
            None => out.push(format!("no definition named {name}")),
        }
        out
    }

    fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        let mut s = schema;
        for _ in 0..16 {
            match s.get("$ref").and_then(Value::as_str) {
                Some(r) => match r
                    .strip_prefix("#/definitions/")
                    .and_then(|n| self.doc["definitions"].get(n))
                {
                    Some(t) => s = t,
                    None => return &Value::Null,
                },
                None => return s,
            }
        }
        s
    }

    fn check(&self, schema: &Value, v: &Value, at: &str, out: &mut Vec<String>, depth: usize) {
        if depth > 64 {
            return;
        }
        let schema = self.resolve(schema);
        if schema.is_null() {
            out.push(format!("{at}: unresolvable $ref"));
            return;
        }
        if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
            for s in all {
                self.check(s, v, at, out, depth + 1);
            }
        }
        if let Some(options) = schema.get("enum").and_then(Value::as_array)
            && !options.contains(v)
        {
            out.push(format!(
                "{at}: {v} is not one of {}",
                Value::from(options.clone())
            ));
        }
        let ty = schema.get("type").and_then(Value::as_str);
        let props = schema.get("properties").and_then(Value::as_object);
        let additional = schema.get("additionalProperties");
        match ty {
            Some("object") | None if props.is_some() || additional.is_some() => {
                let Some(obj) = v.as_object() else {
                    out.push(format!("{at}: expected an object, got {}", kind(v)));
                    return;
                };
                for r in schema
                    .get("required")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                {
                    if !obj.contains_key(r) {
                        out.push(format!("{at}: required field `{r}` is missing"));
                    }
                }
                for (k, item) in obj {
                    let here = format!("{at}.{k}");
                    match props.and_then(|p| p.get(k)) {
                        Some(ps) => {
                            if ps.get("readOnly").and_then(Value::as_bool) == Some(true)
                                || self.resolve(ps).get("readOnly").and_then(Value::as_bool)
                                    == Some(true)
                            {
                                out.push(format!("{here}: read-only field sent"));
                            }
                            self.check(ps, item, &here, out, depth + 1);
                        }
                        None => match additional {
                            Some(Value::Bool(true)) => {}
                            Some(a) if a.is_object() => self.check(a, item, &here, out, depth + 1),
                            _ => out.push(format!("{here}: unknown field")),
                        },
                    }
                }
            }
            Some("object") => {
                // Free-form (no properties listed): anything goes, see the module docs.
            }
            Some("array") => {
                let Some(items) = v.as_array() else {
                    out.push(format!("{at}: expected an array, got {}", kind(v)));
                    return;
                };
                if let Some(s) = schema.get("items") {
                    for (i, item) in items.iter().enumerate() {
                        self.check(s, item, &format!("{at}[{i}]"), out, depth + 1);
                    }
                }
            }
            Some("string") if !v.is_string() => {
                out.push(format!("{at}: expected a string, got {}", kind(v)));
            }
            Some("boolean") if !v.is_boolean() => {
                out.push(format!("{at}: expected a boolean, got {}", kind(v)));
            }
            Some("integer") if !(v.is_i64() || v.is_u64()) => {
                out.push(format!("{at}: expected an integer, got {}", kind(v)));
            }
            Some("number") if !v.is_number() => {
                out.push(format!("{at}: expected a number, got {}", kind(v)));
            }
            _ => {}
        }
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc() -> Swagger {
        Swagger::from_value(json!({"definitions": {
            "A": {"type": "object", "required": ["n"], "properties": {
                "n": {"type": "string"}, "b": {"$ref": "#/definitions/B"},
                "l": {"type": "array", "items": {"type": "integer"}},
                "ro": {"type": "string", "readOnly": true},
                "free": {"type": "object"},
                "e": {"type": "string", "enum": ["x", "y"]},
                "m": {"type": "object", "additionalProperties": {"$ref": "#/definitions/B"}}}},
            "B": {"type": "object", "properties": {"ok": {"type": "boolean"}}}
        }}))
    }

    #[test]
    fn finds_each_kind_of_violation() {
        let s = doc();
        assert!(s.validate("A", &json!({"n": "a", "b": {"ok": true}, "l": [1], "free": "str", "e": "x", "m": {"k": {"ok": false}}})).is_empty());
        let v = s.validate(
            "A",
            &json!({"b": {"ok": 1, "zz": 0}, "l": ["s"], "ro": "r", "e": "z", "m": {"k": 3}, "typo": 1}),
        );
        let text = v.join("\n");
        for needle in [
            "$: required field `n` is missing",
            "$.b.ok: expected a boolean",
            "$.b.zz: unknown field",
            "$.l[0]: expected an integer",
            "$.ro: read-only field sent",
            "$.e: \"z\" is not one of",
            "$.m.k: expected an object",
            "$.typo: unknown field",
        ] {
            assert!(text.contains(needle), "{needle} not in\n{text}");
        }
    }
}
