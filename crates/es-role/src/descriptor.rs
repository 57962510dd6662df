//! The AutoOps role descriptor in the forms seed 000 shows, and the comparison of a role read back from
//! Elasticsearch with the descriptor we would write.

use autoops_common as autoops;
use esconnect_core::models::es::RoleDescriptor;
use serde_json::{Map, Value};

/// The descriptor for `PUT /_security/role/<name>`: seed 000's "Basic" tab, exactly.
pub fn role() -> RoleDescriptor {
    autoops::role_descriptor()
}

/// The descriptor inside an API key's `role_descriptors`: seed 000's "Control security privileges" box of
/// Kibana's API key flyout, which is the role descriptor with an empty `metadata`.
pub fn api_key() -> RoleDescriptor {
    RoleDescriptor {
        metadata: Map::new(),
        ..autoops::role_descriptor()
    }
}

/// `{"<name>": <api key descriptor>}`: what the flyout box takes and what `role_descriptors` gets.
pub fn api_key_wrapped(name: &str) -> Value {
    let mut m = Map::new();
    m.insert(
        name.to_string(),
        serde_json::to_value(api_key()).expect("descriptors serialise"),
    );
    Value::Object(m)
}

/// A role as Elasticsearch stores it, reduced to what matters for equality: server-set
/// `transient_metadata` dropped, empty and null fields dropped, `allow_restricted_indices` made explicit,
/// and order-free lists sorted.
pub fn normalize(role: &Value) -> Value {
    let Value::Object(m) = role else {
        return role.clone();
    };
    let mut out = Map::new();
    for (k, v) in m {
        let v = match k.as_str() {
            "transient_metadata" => continue,
            "cluster" | "run_as" => sorted_strings(v),
            "indices" | "remote_indices" => match v {
                Value::Array(entries) => {
                    let mut e: Vec<Value> = entries.iter().map(normalize_index_entry).collect();
                    e.sort_by_key(Value::to_string);
                    Value::Array(e)
                }
                other => other.clone(),
            },
            _ => v.clone(),
        };
        if !is_empty(&v) {
            out.insert(k.clone(), v);
        }
    }
    Value::Object(out)
}

fn normalize_index_entry(entry: &Value) -> Value {
    let Value::Object(m) = entry else {
        return entry.clone();
    };
    let mut out = Map::new();
    for (k, v) in m {
        let v = match k.as_str() {
            "names" | "privileges" | "clusters" => sorted_strings(v),
            _ => v.clone(),
        };
        if !v.is_null() {
            out.insert(k.clone(), v);
        }
    }
    out.entry("allow_restricted_indices")
        .or_insert(Value::Bool(false));
    Value::Object(out)
}

fn sorted_strings(v: &Value) -> Value {
    match v {
        Value::Array(items) => {
            let mut items = items.clone();
            items.sort_by_key(Value::to_string);
            items.dedup();
            Value::Array(items)
        }
        Value::String(s) => Value::Array(vec![Value::String(s.clone())]),
        other => other.clone(),
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// The top-level fields in which `existing` differs from `desired` (after normalization); empty when
/// they are the same role.
pub fn differences(existing: &Value, desired: &Value) -> Vec<String> {
    let (a, b) = (normalize(existing), normalize(desired));
    let (Value::Object(a), Value::Object(b)) = (&a, &b) else {
        return vec!["(the whole descriptor)".into()];
    };
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .cloned()
        .collect()
}

/// True when a role or user read from Elasticsearch is a built-in one (`metadata._reserved: true`).
pub fn is_reserved(v: &Value) -> bool {
    v.pointer("/metadata/_reserved")
        .and_then(Value::as_bool)
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn desired() -> Value {
        serde_json::to_value(role()).unwrap()
    }

    #[test]
    fn the_api_key_form_is_seed_000s_flyout_box() {
        // Typed out from seed 000, "Control security privileges".
        let seed = json!({"autoops": {
            "cluster": ["monitor", "read_ilm", "read_slm"],
            "indices": [{"names": ["*"], "privileges": ["monitor", "view_index_metadata"], "allow_restricted_indices": true}],
            "applications": [], "run_as": [], "metadata": {}, "transient_metadata": {"enabled": true}
        }});
        assert_eq!(api_key_wrapped("autoops"), seed);
        // Same field order as the seed, so what is printed reads like the docs.
        let text = serde_json::to_string(&api_key_wrapped("autoops")).unwrap();
        let pos = |k: &str| text.find(&format!("\"{k}\"")).unwrap();
        assert!(
            pos("cluster") < pos("indices")
                && pos("indices") < pos("applications")
                && pos("run_as") < pos("metadata")
        );
    }

    #[test]
    fn the_role_as_elasticsearch_returns_it_equals_ours() {
        // What GET /_security/role/autoops returns after our PUT: other order, server-set fields.
        let stored = json!({
            "cluster": ["read_slm", "monitor", "read_ilm"],
            "indices": [{"names": ["*"], "privileges": ["view_index_metadata", "monitor"], "allow_restricted_indices": true}],
            "applications": [], "run_as": [],
            "metadata": {"description": "Allows Elastic agent to pull cluster metrics for AutoOps."},
            "transient_metadata": {"enabled": true},
            "remote_indices": []
        });
        assert_eq!(differences(&stored, &desired()), Vec::<String>::new());
    }

    #[test]
    fn real_differences_are_named() {
        let stored = json!({
            "cluster": ["monitor"],
            "indices": [{"names": ["*"], "privileges": ["monitor", "view_index_metadata"]}],
            "metadata": {"description": "Allows Elastic agent to pull cluster metrics for AutoOps."},
            "description": "hand made"
        });
        // allow_restricted_indices absent means false: a real difference.
        assert_eq!(
            differences(&stored, &desired()),
            vec!["cluster", "description", "indices"]
        );
        let mut more = desired();
        more["run_as"] = json!(["someone"]);
        assert_eq!(differences(&more, &desired()), vec!["run_as"]);
    }

    #[test]
    fn reserved_roles_are_recognised() {
        assert!(is_reserved(
            &json!({"cluster": ["all"], "metadata": {"_reserved": true}})
        ));
        assert!(!is_reserved(&desired()));
    }
}
