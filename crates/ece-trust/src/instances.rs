//! `instances`: certutil's `instances.yml` (elastic-facts §6) with a Cloud-convention `cn` for every node,
//! for `elasticsearch-certutil cert --ca elastic-stack-ca.p12 --in instances.yml` (seed 002 step 8).
//!
//! The nodes file: one node a line, `name[,dns[;dns…]][,ip[;ip…]]` (positional: `node1,,192.0.2.1` gives
//! an IP without a DNS name) or just `name`; blank lines and lines starting with `#` are skipped, and so is
//! a first line `name,dns,ip`.

use crate::validate;
use clap::Args;
use esconnect_cli::args::ConnectionArgs;
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::exit;
use esconnect_core::http::Request;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::net::IpAddr;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct InstancesArgs {
    /// The cluster id in the names (`<node>.node.<ID>.cluster.<scope>.account`).
    #[arg(long, value_name = "ID")]
    cluster: String,
    /// The scope in the names: the ECE environment id or the ECH organization id (lowercase letters and
    /// digits, at most 32).
    #[arg(long, value_name = "SCOPE")]
    scope: String,
    /// The nodes: CSV lines `name[,dns[;dns…]][,ip[;ip…]]` or one name per line; `#` starts a comment.
    #[arg(
        long,
        value_name = "FILE",
        required_unless_present = "from_cluster",
        conflicts_with = "from_cluster"
    )]
    nodes: Option<PathBuf>,
    /// Read node names and addresses from GET /_nodes of the (self-managed) cluster the connection flags name.
    #[arg(long)]
    from_cluster: bool,
    /// Add `filename: <name>` to each instance (certutil's default is the name already).
    #[arg(long)]
    filenames: bool,
    /// Write the file to FILE instead of stdout.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    #[command(flatten)]
    connection: ConnectionArgs,
}

/// One entry of instances.yml: exactly the fields certutil's `CertificateToolParser` accepts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instance {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dns: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ip: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cn: Vec<String>,
}

/// The whole file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstancesFile {
    pub instances: Vec<Instance>,
}

/// A node as read from the nodes file or from `GET /_nodes`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub name: String,
    pub dns: Vec<String>,
    pub ip: Vec<String>,
}

/// The Cloud-convention name of a node (seed 002 step 4, elastic-facts §6).
pub fn cloud_cn(node: &str, cluster: &str, scope: &str) -> String {
    format!("{node}.node.{cluster}.cluster.{scope}.account")
}

/// A DNS name for a SAN: labels of letters, digits and `-`, a leading `*` label allowed, at most 253.
fn dns_name(s: &str) -> bool {
    s.len() <= 253
        && s.split('.').enumerate().all(|(i, l)| {
            (i == 0 && l == "*")
                || (!l.is_empty()
                    && l.len() <= 63
                    && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                    && !l.starts_with('-')
                    && !l.ends_with('-'))
        })
}

/// Parses the nodes file (see the module doc); errors name the line.
pub fn parse_nodes(text: &str) -> CliResult<Vec<Node>> {
    let mut nodes: Vec<Node> = Vec::new();
    let remedy = "One node a line: `name[,dns[;dns]][,ip[;ip]]` (e.g. `node1,es1.example.com,192.0.2.1` or \
                  `node1,,192.0.2.1`), or just the name.";
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        let no = i + 1;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if nodes.is_empty() && line.replace(' ', "").eq_ignore_ascii_case("name,dns,ip") {
            continue;
        }
        let fields: Vec<&str> = line.split(',').map(str::trim).collect();
        if fields.len() > 3 {
            return Err(crate::usage(
                format!(
                    "line {no}: {} fields; at most 3 (name, dns, ip)",
                    fields.len()
                ),
                remedy,
            ));
        }
        let name = fields[0].to_string();
        validate::node_name(&name).map_err(|e| {
            CliError::usage(format!("line {no}: {}", e.message))
                .with_remedy(e.remedy.unwrap_or_default())
        })?;
        let list = |i: usize| -> Vec<String> {
            fields
                .get(i)
                .map(|f| {
                    f.split(';')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default()
        };
        let dns = list(1);
        let ip = list(2);
        for d in &dns {
            if d.parse::<IpAddr>().is_ok() {
                return Err(crate::usage(
                    format!("line {no}: `{d}` in the dns field is an IP address"),
                    format!("Put IP addresses in the third field: `{name},,{d}`."),
                ));
            }
            if !dns_name(d) {
                return Err(crate::usage(
                    format!("line {no}: `{d}` is not a DNS name"),
                    remedy,
                ));
            }
        }
        let mut ips = Vec::new();
        for a in &ip {
            let parsed: IpAddr = a.parse().map_err(|_| {
                crate::usage(format!("line {no}: `{a}` is not an IP address"), remedy)
            })?;
            ips.push(parsed.to_string());
        }
        if nodes.iter().any(|n| n.name == name) {
            return Err(crate::usage(
                format!("line {no}: the node `{name}` is listed twice"),
                "List each node once: certutil writes one certificate per name.",
            ));
        }
        nodes.push(Node { name, dns, ip: ips });
    }
    if nodes.is_empty() {
        return Err(crate::usage("the nodes file lists no node", remedy));
    }
    Ok(nodes)
}

/// The instances of these nodes.
pub fn instances(nodes: &[Node], cluster: &str, scope: &str, filenames: bool) -> InstancesFile {
    InstancesFile {
        instances: nodes
            .iter()
            .map(|n| Instance {
                name: n.name.clone(),
                filename: filenames.then(|| n.name.clone()),
                dns: n.dns.clone(),
                ip: n.ip.clone(),
                cn: vec![cloud_cn(&n.name, cluster, scope)],
            })
            .collect(),
    }
}

/// The file's text in the form of the docs' example (flow lists of double-quoted strings; every value is
/// validated, so none holds a quote or a backslash).
pub fn render(file: &InstancesFile) -> String {
    let list = |v: &[String]| {
        let items: Vec<String> = v.iter().map(|s| format!("\"{s}\"")).collect();
        format!("[{}]", items.join(", "))
    };
    let mut s = String::from(
        "# For: elasticsearch-certutil cert --ca elastic-stack-ca.p12 --in instances.yml (written by ece-trust).\n\
         # Each cn becomes an otherName SAN, which trust restrictions match.\ninstances:\n",
    );
    for i in &file.instances {
        s.push_str(&format!("  - name: \"{}\"\n", i.name));
        if let Some(f) = &i.filename {
            s.push_str(&format!("    filename: \"{f}\"\n"));
        }
        if !i.dns.is_empty() {
            s.push_str(&format!("    dns: {}\n", list(&i.dns)));
        }
        if !i.ip.is_empty() {
            s.push_str(&format!("    ip: {}\n", list(&i.ip)));
        }
        s.push_str(&format!("    cn: {}\n", list(&i.cn)));
    }
    s
}

/// `GET /_nodes`, the fields used here (responses from Elastic tolerate unknown fields).
#[derive(Debug, Deserialize)]
struct NodesResponse {
    nodes: BTreeMap<String, NodeInfo>,
}

#[derive(Debug, Deserialize)]
struct NodeInfo {
    name: String,
    #[serde(default)]
    host: Option<String>,
    #[serde(default)]
    ip: Option<String>,
}

fn nodes_from_cluster(printer: &Printer, connection: &ConnectionArgs) -> CliResult<Vec<Node>> {
    let conn = connection.connect(printer)?;
    let ep = conn.endpoint()?;
    let resp: NodesResponse = esconnect_cli::runtime()?.block_on(async {
        let r = ep.send(&Request::get("/_nodes")).await?;
        let r = r.error_for_status()?;
        Ok::<_, CliError>(r.json()?)
    })?;
    let mut nodes = Vec::new();
    for info in resp.nodes.values() {
        validate::node_name(&info.name).map_err(|e| {
            CliError::usage(format!("the cluster's node `{}`: {}", info.name, e.message))
                .with_remedy(
                    "List the nodes with short names in a file and give it with --nodes FILE.",
                )
        })?;
        let mut dns = Vec::new();
        let mut ip = Vec::new();
        if let Some(a) = info.ip.as_deref().and_then(|a| a.parse::<IpAddr>().ok()) {
            ip.push(a.to_string());
        }
        if let Some(h) = info.host.as_deref() {
            match h.parse::<IpAddr>() {
                Ok(a) if !ip.contains(&a.to_string()) => ip.push(a.to_string()),
                Ok(_) => {}
                Err(_) if dns_name(h) => dns.push(h.to_string()),
                Err(_) => {}
            }
        }
        nodes.push(Node {
            name: info.name.clone(),
            dns,
            ip,
        });
    }
    nodes.sort_by(|a, b| a.name.cmp(&b.name));
    if nodes.is_empty() {
        return Err(CliError::failure("GET /_nodes listed no node"));
    }
    Ok(nodes)
}

fn read_nodes_file(path: &Path) -> CliResult<Vec<Node>> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        crate::usage(
            format!("cannot read {}: {e}", path.display()),
            "Check the path of --nodes.",
        )
    })?;
    parse_nodes(&text).map_err(|mut e| {
        e.message = format!("{}: {}", path.display(), e.message);
        e
    })
}

pub fn run(printer: &Printer, args: InstancesArgs) -> CliResult<u8> {
    validate::cluster_id(&args.cluster)?;
    validate::scope(&args.scope)?;
    if let Some(out) = &args.out {
        crate::output::check_out(out)?;
    }
    let nodes = match &args.nodes {
        Some(path) => read_nodes_file(path)?,
        None => nodes_from_cluster(printer, &args.connection)?,
    };
    let file = instances(&nodes, &args.cluster, &args.scope, args.filenames);
    let text = render(&file);
    match &args.out {
        Some(out) => crate::output::write_file(printer, out, &text, "certutil instances")?,
        None => printer.data(&file, |_| text.clone())?,
    }
    printer.status(&format!(
        "next: elasticsearch-certutil cert --ca elastic-stack-ca.p12 --in {}, then copy each node's \
         certificate to it and restart the nodes",
        args.out
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| "instances.yml".into())
    ));
    Ok(exit::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_files() {
        let text = "name,dns,ip\n# a comment\n\nnode1,es1.example.com;node1.local,192.0.2.1;2001:db8::1\nnode2\nnode3,,192.0.2.3\n";
        let nodes = parse_nodes(text).unwrap();
        assert_eq!(
            nodes,
            vec![
                Node {
                    name: "node1".into(),
                    dns: vec!["es1.example.com".into(), "node1.local".into()],
                    ip: vec!["192.0.2.1".into(), "2001:db8::1".into()]
                },
                Node {
                    name: "node2".into(),
                    dns: vec![],
                    ip: vec![]
                },
                Node {
                    name: "node3".into(),
                    dns: vec![],
                    ip: vec!["192.0.2.3".into()]
                },
            ]
        );
    }

    #[test]
    fn bad_nodes_files_name_the_line() {
        for (text, needle) in [
            ("node1\nnode1\n", "line 2: the node `node1` is listed twice"),
            (
                "node1,192.0.2.1\n",
                "line 1: `192.0.2.1` in the dns field is an IP address",
            ),
            ("node1,,300.1.1.1\n", "not an IP address"),
            ("node1,bad_name!\n", "not a DNS name"),
            (
                "node1.example.com\n",
                "line 1: `node1.example.com` is not a valid node name",
            ),
            ("a,b,1.2.3.4,x\n", "at most 3"),
            ("# nothing\n\n", "lists no node"),
        ] {
            let e = parse_nodes(text).unwrap_err();
            assert_eq!(e.code, 2);
            assert!(e.message.contains(needle), "{} / {needle}", e.message);
        }
    }

    #[test]
    fn the_file_parses_back_and_follows_certutil_rules() {
        let nodes = parse_nodes("node1,node1.example.com,192.0.2.1\nnode2,,192.0.2.2\n").unwrap();
        let file = instances(&nodes, "1234567abcd", "myscope", true);
        let text = render(&file);
        let back: InstancesFile = serde_saphyr::from_str(&text).unwrap();
        assert_eq!(back, file);
        for i in &back.instances {
            // cn is required for trust restrictions and follows the Cloud convention
            let cn = esconnect_core::pki::x509::cloud_name(&i.cn[0]).unwrap();
            assert_eq!(
                (cn.node.as_str(), cn.cluster.as_str(), cn.scope.as_str()),
                (i.name.as_str(), "1234567abcd", "myscope")
            );
        }
        assert_eq!(
            back.instances[0].cn,
            vec!["node1.node.1234567abcd.cluster.myscope.account"]
        );
        assert!(back.instances[1].dns.is_empty());
        // Only certutil's five fields: an extra one is refused by the model.
        let extra = text.replace("    filename:", "    hostname:");
        assert!(serde_saphyr::from_str::<InstancesFile>(&extra).is_err());
    }
}
