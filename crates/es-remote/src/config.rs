//! `es-remote config client|server`: the `elasticsearch.yml` lines of the API key model (offline).
//! Sources: elastic-facts.md §2.1 (remote side) and §2.2 (local side); seed 004.

use crate::usage;
use esconnect_cli::{CliResult, Printer};
use serde::Serialize;
use serde_json::{Map, Value};

#[derive(Debug, Serialize)]
struct ConfigSnippet {
    /// Which cluster's nodes take these lines.
    applies_to: &'static str,
    /// `elasticsearch.yml` settings, in order.
    settings: Map<String, Value>,
    /// Secure settings to add with `elasticsearch-keystore add NAME`.
    keystore: Vec<&'static str>,
    /// Static settings: every node must restart to pick them up.
    restart_required: bool,
    notes: Vec<String>,
}

impl ConfigSnippet {
    fn text(&self) -> String {
        let mut out = format!(
            "# elasticsearch.yml on every node of the {}\n",
            self.applies_to
        );
        for (k, v) in &self.settings {
            out.push_str(&format!("{k}: {}\n", yaml_value(v)));
        }
        for k in &self.keystore {
            out.push_str(&format!(
                "# and in each node's keystore: bin/elasticsearch-keystore add {k}\n"
            ));
        }
        if self.restart_required {
            out.push_str(
                "# these are static settings: restart each node (one at a time) to apply them\n",
            );
        }
        for n in &self.notes {
            out.push_str(&format!("# {n}\n"));
        }
        out
    }
}

/// A YAML scalar or flow list; strings are double-quoted (JSON strings are valid YAML).
fn yaml_value(v: &Value) -> String {
    match v {
        Value::Array(items) => format!(
            "[ {} ]",
            items.iter().map(yaml_value).collect::<Vec<_>>().join(", ")
        ),
        other => other.to_string(),
    }
}

fn checked_path(what: &str, p: &str) -> CliResult<String> {
    if p.trim().is_empty() || p.contains(['\n', '\r']) {
        return Err(usage(
            format!("{what} `{p}` is not a file path"),
            "give a path, relative to Elasticsearch's config directory or absolute",
        ));
    }
    Ok(p.to_string())
}

pub fn client(printer: &Printer, ca_file: Option<&str>) -> CliResult<u8> {
    let mut settings = Map::new();
    settings.insert(
        "xpack.security.remote_cluster_client.ssl.enabled".into(),
        Value::Bool(true),
    );
    let mut notes = vec![
        "then put the cross-cluster key in each node's keystore: es-remote credentials ALIAS --key-file KEY (8.14+ reloads it without a restart)".to_string(),
    ];
    match ca_file {
        Some(ca) => {
            let ca = checked_path("--ca-file", ca)?;
            settings.insert(
                "xpack.security.remote_cluster_client.ssl.certificate_authorities".into(),
                Value::Array(vec![Value::String(ca)]),
            );
        }
        None => notes.push(
            "no --ca-file: the remote's certificate must be publicly trusted (ECH); for a private CA (self-managed, ECE, ECK) give --ca-file".into(),
        ),
    }
    let s = ConfigSnippet {
        applies_to: "LOCAL cluster (the one that connects)",
        settings,
        keystore: vec![],
        restart_required: true,
        notes,
    };
    printer.data(&s, |_| s.text())?;
    Ok(0)
}

pub fn server(printer: &Printer, keystore: &str, port: u16, host: Option<&str>) -> CliResult<u8> {
    let keystore = checked_path("--keystore", keystore)?;
    if port == 0 {
        return Err(usage(
            "port 0 is not a port",
            "give --port 9443 (the default) or another port",
        ));
    }
    let mut settings = Map::new();
    settings.insert("remote_cluster_server.enabled".into(), Value::Bool(true));
    if let Some(h) = host {
        if h.trim().is_empty() || h.contains(char::is_whitespace) {
            return Err(usage(
                format!("`{h}` is not a host"),
                "give an address or a host name, e.g. 0.0.0.0 or _site_",
            ));
        }
        settings.insert("remote_cluster.host".into(), Value::String(h.into()));
    }
    settings.insert("remote_cluster.port".into(), Value::Number(port.into()));
    settings.insert(
        "xpack.security.remote_cluster_server.ssl.enabled".into(),
        Value::Bool(true),
    );
    settings.insert(
        "xpack.security.remote_cluster_server.ssl.keystore.path".into(),
        Value::String(keystore),
    );
    let s = ConfigSnippet {
        applies_to: "REMOTE cluster (the one that serves data)",
        settings,
        keystore: vec!["xpack.security.remote_cluster_server.ssl.keystore.secure_password"],
        restart_required: true,
        notes: vec![
            "make the certificate with elasticsearch-certutil cert --ca-cert ca/ca.crt --ca-key ca/ca.key --dns FQDN --out cross-cluster.p12; give the local cluster its CA (es-remote config client --ca-file)".into(),
            format!("open port {port} to the local cluster's nodes; create the key with es-role cross-cluster-key create"),
        ],
    };
    printer.data(&s, |_| s.text())?;
    Ok(0)
}
