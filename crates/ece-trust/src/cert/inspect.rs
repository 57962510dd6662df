//! `cert inspect FILE|HOST:PORT`: what each certificate says, in the terms the trust setup needs (otherName
//! commonName values, the Cloud naming convention, the CA flag, the fingerprint as Elasticsearch prints it).
//! Never prints key material: a file that holds a private key is said to, nothing more.

use clap::Args;
use esconnect_cli::args::parse_duration;
use esconnect_cli::printer::Styles;
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::exit;
use esconnect_core::pki::handshake::{self, HandshakeError, Report, Target};
use esconnect_core::pki::x509::{CloudName, cloud_name};
use esconnect_core::pki::{CertInfo, Format, inspect};
use serde::Serialize;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// A certificate file (PEM, DER or PKCS#12), or HOST:PORT of a TLS endpoint (an Elasticsearch
    /// transport port such as 9300, a remote cluster server on 9443, an HTTPS port).
    #[arg(value_name = "FILE|HOST:PORT")]
    target: String,
    /// For an endpoint: the name to check its certificate against (and to send as SNI); the host by default.
    #[arg(long, value_name = "NAME")]
    server_name: Option<String>,
    /// For an endpoint: CA certificate file(s) (PEM, DER or PKCS#12) to check the presented chain with;
    /// the public roots when none is given. Repeatable.
    #[arg(long = "ca-cert", value_name = "FILE")]
    ca_certs: Vec<PathBuf>,
    /// The password of a PKCS#12 file (the inspected one, and any --ca-cert), read from FILE (`-` for
    /// standard input). Without it the empty password is tried.
    #[arg(long, value_name = "FILE")]
    password_file: Option<PathBuf>,
    /// For an endpoint: how long to wait for the connection and each TLS message.
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_duration)]
    timeout: Duration,
}

/// One certificate, with what it means for trust.
#[derive(Debug, Serialize)]
pub(crate) struct CertView {
    #[serde(flatten)]
    info: CertInfo,
    /// otherName commonName values that follow `<node_id>.node.<cluster_id>.cluster.<scope_id>.account`.
    cloud_names: Vec<CloudName>,
}

/// The whole answer.
#[derive(Debug, Serialize)]
pub(crate) struct InspectReport {
    /// The file or the endpoint.
    source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<Format>,
    /// The file holds a private key (never shown).
    contains_private_key: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    endpoint: Option<Report>,
    certificates: Vec<CertView>,
    /// Whether the node (non-CA) certificates follow the Cloud convention; None when there are none.
    #[serde(skip_serializing_if = "Option::is_none")]
    cloud_convention: Option<bool>,
}

pub fn run(printer: &Printer, args: InspectArgs) -> CliResult<u8> {
    let password = super::read_password(args.password_file.as_deref())?;
    let path = PathBuf::from(&args.target);
    let now = SystemTime::now();
    let is_file = path.exists();
    if !is_file && handshake::split_address(&args.target).is_none() {
        return Err(crate::usage(
            format!("{}: no such file, and not HOST:PORT", args.target),
            "Give a certificate file, or an endpoint as HOST:PORT (e.g. es-node1.example.com:9300).",
        ));
    }
    if is_file && (args.server_name.is_some() || !args.ca_certs.is_empty()) {
        return Err(crate::usage(
            "--server-name and --ca-cert are for an endpoint (HOST:PORT), not a file",
            "Drop them, or give HOST:PORT.",
        ));
    }
    let (format, private_keys, ders, endpoint) = if is_file {
        let b = super::read_certificates(&path, password.as_ref())?;
        (Some(b.format), b.private_keys, b.certs, None)
    } else {
        let mut cas = Vec::new();
        for ca in &args.ca_certs {
            cas.extend(super::read_certificates(ca, password.as_ref())?.certs);
        }
        let target = Target {
            address: args.target.clone(),
            server_name: args.server_name.clone(),
            cas,
            timeout: args.timeout,
        };
        let report = handshake::probe(&target).map_err(handshake_error)?;
        (None, 0, report.chain.clone(), Some(report))
    };
    let mut certificates = Vec::new();
    for der in &ders {
        let info =
            inspect(der, now).map_err(|e| CliError::usage(format!("{}: {e}", args.target)))?;
        let cloud_names = info
            .sans
            .other_name_cn
            .iter()
            .filter_map(|n| cloud_name(n))
            .collect();
        certificates.push(CertView { info, cloud_names });
    }
    let nodes: Vec<&CertView> = certificates.iter().filter(|c| !c.info.is_ca).collect();
    let cloud_convention =
        (!nodes.is_empty()).then(|| nodes.iter().all(|c| !c.cloud_names.is_empty()));
    let report = InspectReport {
        source: args.target.clone(),
        format,
        contains_private_key: private_keys > 0,
        endpoint,
        certificates,
        cloud_convention,
    };
    printer.data(&report, |s| render(&report, s))?;
    // A live check against given CAs fails (exit 1) when the chain is not trusted or the name does not match.
    let failed = report
        .endpoint
        .as_ref()
        .is_some_and(|e| !args.ca_certs.is_empty() && (!e.trusted || !e.name_matches));
    Ok(if failed { exit::FAILURE } else { exit::SUCCESS })
}

fn handshake_error(e: HandshakeError) -> CliError {
    match e {
        HandshakeError::BadAddress(_) | HandshakeError::BadServerName(_) => {
            CliError::usage(e.to_string()).with_remedy("Give HOST:PORT and, if needed, --server-name NAME.")
        }
        HandshakeError::BadCa(_) => CliError::usage(e.to_string())
            .with_remedy("Give CA certificates with --ca-cert (PEM, DER or PKCS#12)."),
        HandshakeError::Resolve { .. } | HandshakeError::Connect { .. } => {
            CliError::new(exit::UNREACHABLE, e.to_string()).with_remedy(
                "Check the host and port, and that nothing (firewall, proxy) blocks the connection.",
            )
        }
        HandshakeError::Tls { .. } => CliError::new(exit::UNREACHABLE, e.to_string())
            .with_remedy("Check that the port speaks TLS (9300 transport, 9443 remote cluster server, 9200 HTTPS)."),
    }
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// The text form.
pub(crate) fn render(r: &InspectReport, s: Styles) -> String {
    let mut out = String::new();
    let n = r.certificates.len();
    let plural = if n == 1 { "" } else { "s" };
    match (&r.format, &r.endpoint) {
        (Some(f), _) => {
            out.push_str(&format!(
                "{}: {f}, {n} certificate{plural}",
                s.bold(&r.source)
            ));
            if r.contains_private_key {
                out.push_str(", contains a private key (not shown)");
            }
            out.push('\n');
        }
        (None, Some(e)) => {
            out.push_str(&format!(
                "{}: {} presents {n} certificate{plural}\n",
                s.bold(&r.source),
                e.protocol.as_deref().unwrap_or("TLS")
            ));
            let trust = if e.trusted {
                s.green(&format!("trusted by the {}", e.trusted_by))
            } else {
                s.red(&format!(
                    "NOT trusted by the {}: {}",
                    e.trusted_by,
                    e.trust_error.as_deref().unwrap_or("unknown")
                ))
            };
            out.push_str(&format!("  chain:               {trust}\n"));
            let name = if e.name_matches {
                s.green(&format!("valid for {}", e.server_name))
            } else {
                s.red(&format!("NOT valid for {}", e.server_name))
            };
            out.push_str(&format!("  server name:         {name}\n"));
            if e.client_cert_requested && !e.completed {
                out.push_str(
                    "  client certificate:  required by the server (mutual TLS): it ended the handshake when none was sent\n",
                );
                for ca in &e.acceptable_client_cas {
                    out.push_str(&format!("                       accepted issuer: {ca}\n"));
                }
            } else if e.client_cert_requested {
                out.push_str("  client certificate:  requested by the server (mutual TLS)\n");
                for ca in &e.acceptable_client_cas {
                    out.push_str(&format!("                       accepted issuer: {ca}\n"));
                }
            } else {
                out.push_str("  client certificate:  not requested\n");
            }
            if let Some(err) = &e.error {
                out.push_str(&format!("  handshake ended:     {err}\n"));
            }
        }
        (None, None) => {}
    }
    for (i, c) in r.certificates.iter().enumerate() {
        let info = &c.info;
        out.push_str(&format!("\n[{}] {}\n", i + 1, s.bold(&info.subject)));
        let row = |out: &mut String, k: &str, v: &str| out.push_str(&format!("    {k:<18} {v}\n"));
        row(&mut out, "issuer:", &info.issuer);
        row(&mut out, "serial:", &info.serial);
        let sans = &info.sans;
        if sans.is_empty() {
            row(&mut out, "SANs:", "none");
        }
        if !sans.other_name_cn.is_empty() {
            row(&mut out, "otherName CN:", &sans.other_name_cn.join(", "));
        }
        if !sans.other_name_other.is_empty() {
            row(
                &mut out,
                "otherName (other):",
                &sans.other_name_other.join(", "),
            );
        }
        if !sans.dns.is_empty() {
            row(&mut out, "DNS:", &sans.dns.join(", "));
        }
        if !sans.ip.is_empty() {
            row(&mut out, "IP:", &sans.ip.join(", "));
        }
        if !sans.email.is_empty() {
            row(&mut out, "email:", &sans.email.join(", "));
        }
        if !sans.uri.is_empty() {
            row(&mut out, "URI:", &sans.uri.join(", "));
        }
        let left = if info.expired {
            s.red(&format!("EXPIRED {} days ago", -info.days_left))
        } else if info.not_yet_valid {
            s.yellow("NOT YET VALID")
        } else {
            format!("{} days left", info.days_left)
        };
        row(
            &mut out,
            "valid:",
            &format!("{} to {} ({left})", info.not_before, info.not_after),
        );
        let ca = match (info.is_ca, info.path_len) {
            (true, Some(p)) => format!("yes (path length {p})"),
            (true, None) => "yes".into(),
            (false, _) => "no".into(),
        };
        row(&mut out, "CA:", &ca);
        if !info.key_usage.is_empty() {
            row(&mut out, "key usage:", &info.key_usage.join(", "));
        }
        if !info.extended_key_usage.is_empty() {
            row(
                &mut out,
                "extended key usage:",
                &info.extended_key_usage.join(", "),
            );
        }
        row(&mut out, "SHA-256:", &info.sha256.hex);
        row(&mut out, "", &info.sha256.colon);
        if !info.is_ca {
            let cloud = match c.cloud_names.first() {
                Some(n) => format!(
                    "{} (node {}, cluster {}, scope {})",
                    yes_no(true),
                    n.node,
                    n.cluster,
                    n.scope
                ),
                None if sans.other_name_cn.is_empty() => {
                    "no: no otherName commonName SAN (certutil \
                    writes one for each `cn` of instances.yml; default certificates have none)"
                        .into()
                }
                None => "no: the otherName names do not follow \
                    <node_id>.node.<cluster_id>.cluster.<scope_id>.account"
                    .into(),
            };
            row(&mut out, "Cloud convention:", &cloud);
        }
    }
    out
}
