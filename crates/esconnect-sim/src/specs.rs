//! The Elasticsearch specification's request and response examples in `shared/specs/` (next to the
//! repository), for the tests of the simulator and of the tools: the simulator's fidelity and the tools'
//! request bodies are checked against the same files.

use serde_json::Value;
use std::path::PathBuf;

/// The shared specs folder, or `None` (with a visible note on stderr) when it is absent.
///
/// # Panics
/// When it is absent and `CI=true`: CI must not skip these checks.
pub fn specs_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/specs");
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "the shared specs folder {} is missing and CI=true",
        dir.display()
    );
    eprintln!(
        "SKIPPED: the shared specs folder {} is absent",
        dir.display()
    );
    None
}

/// Drops `// comments` outside strings (the specification's examples annotate their JSON that way).
pub fn strip_comments(s: &str) -> String {
    let mut out = String::new();
    let mut in_str = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if in_str {
            out.push(c);
            if c == '\\' {
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            } else if c == '"' {
                in_str = false;
            }
        } else if c == '"' {
            in_str = true;
            out.push(c);
        } else if c == '/' && chars.peek() == Some(&'/') {
            for n in chars.by_ref() {
                if n == '\n' {
                    out.push('\n');
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The `value` of one example file of an API (`security.put_role`, `request-…Example1.yaml`) as JSON;
/// `None` when the specs are absent.
///
/// # Panics
/// When the file is missing or not the YAML-wrapped JSON the specification uses.
pub fn spec_example(api: &str, file: &str) -> Option<Value> {
    let path = specs_dir()?
        .join("elasticsearch-examples")
        .join(api)
        .join(file);
    Some(example_value(&path))
}

/// The `value` of every request example of an API, in file-name order; `None` when the specs are absent.
///
/// # Panics
/// When the API has no request example.
pub fn request_examples(api: &str) -> Option<Vec<Value>> {
    let dir = specs_dir()?.join("elasticsearch-examples").join(api);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("request-"))
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no request example in {}", dir.display());
    Some(files.iter().map(|f| example_value(f)).collect())
}

fn example_value(path: &std::path::Path) -> Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("reading spec example {}: {e}", path.display()));
    let doc: Value = serde_saphyr::from_str(&text)
        .unwrap_or_else(|e| panic!("parsing spec example {}: {e}", path.display()));
    match doc.get("value").cloned().unwrap_or(Value::Null) {
        Value::String(s) => serde_json::from_str(&strip_comments(&s))
            .unwrap_or_else(|e| panic!("spec example {} is not JSON: {e}", path.display())),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_go_and_strings_stay() {
        let s = "{\"a\": \"x // y\", // note\n\"b\": 1}";
        assert_eq!(strip_comments(s), "{\"a\": \"x // y\", \n\"b\": 1}");
    }

    #[test]
    fn the_put_role_examples_parse() {
        let Some(all) = request_examples("security.put_role") else {
            return;
        };
        assert!(all.len() >= 3);
        assert!(all.iter().any(|v| v.get("remote_indices").is_some()));
    }
}
