//! What the tests of every crate share, so each rule lives once:
//!
//! - [`specs_dir`]: the shared specs folder (`<repo>/../shared/specs`), skipped visibly when absent, required
//!   under `CI=true`;
//! - [`snapshot_settings`] / [`redactions`]: the insta filters for everything that varies between runs
//!   (loopback ports, temporary paths, API key ids, epoch and RFC 3339 times, durations), so snapshots never
//!   churn;
//! - [`assert_no_secret`]: no secret given to a tool appears in what it printed or wrote;
//! - [`schema`]: a structural check of a document against a CRD's OpenAPI v3 schema (ECK manifests).
//!
//! A dev-dependency only: nothing here ships in a binary.

pub mod run;
pub mod schema;
pub mod specs;

use regex::Regex;
use std::path::{Path, PathBuf};

/// The shared specs folder, or `None` (with a visible `SKIPPED` note on stderr) when it is absent; panics when
/// it is absent and `CI=true`, so CI never passes by skipping.
pub fn specs_dir() -> Option<PathBuf> {
    specs_dir_in(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/specs"),
        std::env::var("CI").as_deref() == Ok("true"),
    )
}

fn specs_dir_in(dir: &Path, ci: bool) -> Option<PathBuf> {
    if dir.is_dir() {
        return Some(dir.to_path_buf());
    }
    if ci {
        panic!(
            "the shared specs folder {} is missing and CI=true",
            dir.display()
        );
    }
    eprintln!(
        "SKIPPED: the shared specs folder {} is absent",
        dir.display()
    );
    None
}

/// An ordered list of (regex, replacement) rules, applied by insta to every snapshot taken under
/// [`Redactions::settings`], or to any text with [`Redactions::apply`].
#[derive(Clone, Debug)]
pub struct Redactions {
    rules: Vec<(String, String)>,
    /// How many literal rules lead the list.
    literals: usize,
}

/// The rules for everything that varies between runs. Tests add what only they know (a literal secret, a
/// directory) with [`Redactions::literal`] and [`Redactions::path`].
pub fn redactions() -> Redactions {
    let tmp = std::env::temp_dir();
    let tmp = tmp.to_string_lossy();
    let tmp = tmp.trim_end_matches('/');
    Redactions {
        literals: 0,
        rules: vec![
            // Temporary directories made by `tempfile` (`$TMPDIR/.tmpXXXXXX`), with anything below them kept.
            (
                format!(r"{}/\.tmp[A-Za-z0-9]+", regex::escape(tmp)),
                "[TMP]".into(),
            ),
            // Ports the kernel hands out on loopback.
            (r"127\.0\.0\.1:\d+".into(), "127.0.0.1:[PORT]".into()),
            (r"\[::1\]:\d+".into(), "[::1]:[PORT]".into()),
            (r"outbound port \d+".into(), "outbound port [PORT]".into()),
            // API key ids as Elasticsearch (and the simulator) make them: 20 URL-safe base64 characters.
            (
                r#""(id|api_key_id|key_id)": "[A-Za-z0-9_-]{20}""#.into(),
                r#""$1": "[KEY_ID]""#.into(),
            ),
            // Times: RFC 3339 instants, epoch milliseconds and seconds (2017 to 2033), durations.
            (
                r"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})".into(),
                "[TIME]".into(),
            ),
            (r"\b1[5-9]\d{11}\b".into(), "[EPOCH_MS]".into()),
            (r"\b1[5-9]\d{8}\b".into(), "[EPOCH]".into()),
            (r" \(\d+ ms\)".into(), String::new()),
        ],
    }
}

/// The insta settings every snapshot test binds: [`redactions`] as filters.
pub fn snapshot_settings() -> insta::Settings {
    redactions().settings()
}

impl Redactions {
    /// Also replaces the literal `value` (a secret the test gave, a generated name) with `label`. Literal rules
    /// run first (in the order they were added), before the generic ones could cut a value apart.
    pub fn literal(mut self, value: &str, label: &str) -> Self {
        assert!(!value.is_empty(), "an empty literal would match everywhere");
        self.rules.insert(
            self.literals,
            (regex::escape(value), label.replace('$', "$$")),
        );
        self.literals += 1;
        self
    }

    /// Also replaces the directory `dir` (wherever it is) with `label`.
    pub fn path(self, dir: &Path, label: &str) -> Self {
        let s = dir.to_string_lossy().into_owned();
        self.literal(&s, label)
    }

    /// Insta settings (cloned from the current ones) with every rule as a filter.
    pub fn settings(&self) -> insta::Settings {
        let mut s = insta::Settings::clone_current();
        for (re, with) in &self.rules {
            s.add_filter(re, with.as_str());
        }
        s
    }

    /// The rules applied to `text`, in order (what insta does to a snapshot).
    pub fn apply(&self, text: &str) -> String {
        let mut out = text.to_string();
        for (re, with) in &self.rules {
            let re = Regex::new(re).expect("redaction rules are valid regexes");
            out = re.replace_all(&out, with.as_str()).into_owned();
        }
        out
    }
}

/// Panics when any of `secrets` appears in `output`, naming which one (by position, so the panic message does
/// not print the secret again) and showing the output.
pub fn assert_no_secret<S: AsRef<str>>(output: &str, secrets: &[S]) {
    for (i, s) in secrets.iter().enumerate() {
        let s = s.as_ref();
        assert!(!s.is_empty(), "secret #{i} is empty: a test bug");
        assert!(
            !output.contains(s),
            "secret #{i} (of {}) appears in the output:\n{}",
            secrets.len(),
            output.replace(s, "<<<THE SECRET>>>")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_dir_found_skipped_or_required() {
        let present = tempfile_dir();
        assert_eq!(specs_dir_in(&present, true), Some(present.clone()));
        let absent = present.join("nope");
        assert_eq!(specs_dir_in(&absent, false), None);
        let r = std::panic::catch_unwind(|| specs_dir_in(&absent, true));
        let msg = *r.unwrap_err().downcast::<String>().unwrap();
        assert!(msg.contains("missing and CI=true"), "{msg}");
        std::fs::remove_dir_all(present).unwrap();
    }

    fn tempfile_dir() -> PathBuf {
        let d = std::env::temp_dir().join(format!("test-support-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn what_varies_is_redacted() {
        let tmp = std::env::temp_dir().join(".tmpAb12Cd");
        let text = format!(
            "url https://127.0.0.1:49152/x and [::1]:8080, file {}/ca.crt, outbound port 51234,\n\
             {{\"id\": \"VuaCfGcBCdbkQm-e5aOx\", \"name\": \"k\"}} at 2026-12-06T02:04:18.123Z, \
             expires 1765000000000 (1765000000), took (12 ms)",
            tmp.display()
        );
        assert_eq!(
            redactions().apply(&text),
            "url https://127.0.0.1:[PORT]/x and [::1]:[PORT], file [TMP]/ca.crt, outbound port [PORT],\n\
             {\"id\": \"[KEY_ID]\", \"name\": \"k\"} at [TIME], expires [EPOCH_MS] ([EPOCH]), took"
        );
    }

    #[test]
    fn stable_values_are_kept() {
        // Versions, short ids, the Elasticsearch port of a named host, check ids: none is touched.
        let text = "8.17.0 es.example.com:9200 {\"id\": \"es_version\"} exit 2 build 123456789";
        assert_eq!(redactions().apply(text), text);
    }

    #[test]
    fn literals_and_paths_run_first() {
        let r = redactions()
            .literal("s3cret$1", "[PW]")
            .path(Path::new("/work/x y"), "[DIR]")
            .literal("id:key", "[ID:KEY]")
            .literal("key", "[KEY]");
        assert_eq!(
            r.apply("pw s3cret$1 in /work/x y/f, 127.0.0.1:9, id:key and key"),
            "pw [PW] in [DIR]/f, 127.0.0.1:[PORT], [ID:KEY] and [KEY]"
        );
    }

    #[test]
    fn snapshot_settings_filter_snapshots() {
        snapshot_settings().bind(|| {
            insta::assert_snapshot!(
                "ports_and_times",
                "GET https://127.0.0.1:40001/ at 1765000000"
            );
        });
    }

    #[test]
    fn leaks_are_found_and_not_reprinted() {
        assert_no_secret("nothing here", &["pw-1", "key-2"]);
        let r = std::panic::catch_unwind(|| assert_no_secret("oops pw-1 leaked", &["x", "pw-1"]));
        let msg = *r.unwrap_err().downcast::<String>().unwrap();
        assert!(msg.contains("secret #1"), "{msg}");
        assert!(!msg.contains("pw-1"), "{msg}");
    }
}
