//! `restrictions`: the trust restrictions file (`trust.subject_name`, elastic-facts §7) and `restrictions
//! check`, which says which pattern admits a certificate.

use crate::validate;
use clap::{Args, Subcommand, ValueEnum};
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::exit;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct RestrictionsArgs {
    #[command(subcommand)]
    check: Option<RestrictionsCommand>,
    #[command(flatten)]
    generate: GenerateArgs,
}

#[derive(Debug, Subcommand)]
enum RestrictionsCommand {
    /// Say which pattern of a restrictions file admits a certificate (exit 1 when none does).
    Check(CheckArgs),
}

/// Which certificate field the patterns are matched against
/// (`xpack.security.transport.ssl.trust_restrictions.x509_fields`, 8.5.3+ / 7.17.8+).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum X509Field {
    /// `subjectAltName.otherName.commonName` (the default).
    OtherName,
    /// `subjectAltName.dnsName`.
    Dns,
}

#[derive(Debug, Args)]
pub(crate) struct GenerateArgs {
    /// A cluster to trust: `*.node.<ID>.cluster.<scope>.account`. Repeatable.
    #[arg(long = "cluster", value_name = "ID")]
    pub clusters: Vec<String>,
    /// The scope of --cluster: the ECE environment id or the ECH organization id.
    #[arg(long, value_name = "SCOPE")]
    pub scope: Option<String>,
    /// Trust every cluster of this scope: `*.node.*.cluster.<SCOPE>.account`. Repeatable.
    #[arg(long = "all-clusters-of", value_name = "SCOPE")]
    pub all_clusters_of: Vec<String>,
    /// A pattern for the cluster's own nodes when their certificates follow another convention
    /// (e.g. `node*.es.example.com`). `*` and `?` are wildcards. Repeatable.
    #[arg(long = "own", value_name = "PATTERN")]
    pub own: Vec<String>,
    /// The certificate field the patterns match: adds `trust_restrictions.x509_fields` to the printed
    /// elasticsearch.yml lines when not the default.
    #[arg(long, value_enum, value_name = "FIELD", default_value_t = X509Field::OtherName)]
    pub x509_field: X509Field,
    /// Write the file to FILE (the elasticsearch.yml lines then go to stderr) instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// The restrictions file (YAML with `trust.subject_name`).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The node certificate to check (PEM, DER or PKCS#12; the first certificate that is not a CA).
    #[arg(long, value_name = "FILE")]
    pub cert: PathBuf,
    /// The password of a PKCS#12 --cert, read from FILE (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
    /// The certificate field to match.
    #[arg(long, value_enum, value_name = "FIELD", default_value_t = X509Field::OtherName)]
    pub x509_field: X509Field,
}

/// The setting that points at the file (elastic-facts §7).
pub const PATH_SETTING: &str = "xpack.security.transport.ssl.trust_restrictions.path";
/// The setting that picks the certificate fields (8.5.3+ / 7.17.8+).
pub const FIELDS_SETTING: &str = "xpack.security.transport.ssl.trust_restrictions.x509_fields";
/// The key of the file.
pub const KEY: &str = "trust.subject_name";
/// The file name used in the printed setting when no --out is given.
pub const DEFAULT_FILE: &str = "trust-restrictions.yml";

impl X509Field {
    /// The value of `trust_restrictions.x509_fields`.
    pub fn setting_value(self) -> &'static str {
        match self {
            X509Field::OtherName => "subjectAltName.otherName.commonName",
            X509Field::Dns => "subjectAltName.dnsName",
        }
    }
    fn label(self) -> &'static str {
        match self {
            X509Field::OtherName => "otherName CN",
            X509Field::Dns => "DNS name",
        }
    }
}

/// The file's model: `trust.subject_name` and nothing else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RestrictionsFile {
    #[serde(rename = "trust.subject_name")]
    pub subject_name: Vec<String>,
}

/// The patterns the flags ask for, in order, without duplicates; validated.
pub fn patterns(a: &GenerateArgs) -> CliResult<Vec<String>> {
    if !a.clusters.is_empty() && a.scope.is_none() {
        return Err(crate::usage(
            "--cluster needs --scope",
            "Give the ECE environment id or ECH organization id with --scope SCOPE.",
        ));
    }
    if a.clusters.is_empty() && a.scope.is_some() {
        return Err(crate::usage(
            "--scope is given without --cluster",
            "Name the clusters to trust with --cluster ID, or trust every cluster of the scope with              --all-clusters-of SCOPE.",
        ));
    }
    let mut out: Vec<String> = Vec::new();
    if let Some(scope) = &a.scope {
        validate::scope(scope)?;
        for c in &a.clusters {
            validate::cluster_id(c)?;
            out.push(format!("*.node.{c}.cluster.{scope}.account"));
        }
    }
    for s in &a.all_clusters_of {
        validate::scope(s)?;
        out.push(format!("*.node.*.cluster.{s}.account"));
    }
    for p in &a.own {
        validate::pattern(p)?;
        out.push(p.clone());
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|p| seen.insert(p.clone()));
    if out.is_empty() {
        return Err(crate::usage(
            "no pattern given: an empty trust.subject_name would trust no node at all",
            "Give --cluster ID --scope SCOPE, --all-clusters-of SCOPE or --own PATTERN (each repeatable).",
        ));
    }
    Ok(out)
}

/// The file's text: every pattern double-quoted (a plain YAML scalar cannot start with `*`; patterns hold
/// no quote or backslash, validated).
pub fn render_file(patterns: &[String]) -> String {
    let mut s = format!(
        "# Trust restrictions for {PATH_SETTING} (written by ece-trust).\n\
         # Node certificates whose names match one of these patterns are trusted (`*` any characters, `?` one).\n\
         {KEY}:\n"
    );
    for p in patterns {
        s.push_str(&format!("  - \"{p}\"\n"));
    }
    s
}

/// The elasticsearch.yml lines that use the file.
pub fn yml_lines(file_name: &str, field: X509Field) -> String {
    let mut s = format!(
        "# elasticsearch.yml on every node (the file in the config directory, or an absolute path):\n\
         {PATH_SETTING}: {file_name}\n"
    );
    if field != X509Field::OtherName {
        s.push_str(&format!(
            "# Elasticsearch 8.5.3+ or 7.17.8+:\n{FIELDS_SETTING}: [\"{}\"]\n",
            field.setting_value()
        ));
    }
    s
}

pub fn run(printer: &Printer, args: RestrictionsArgs) -> CliResult<u8> {
    match args.check {
        Some(RestrictionsCommand::Check(c)) => check(printer, c),
        None => generate(printer, args.generate),
    }
}

fn generate(printer: &Printer, a: GenerateArgs) -> CliResult<u8> {
    let patterns = patterns(&a)?;
    if let Some(out) = &a.out {
        crate::output::check_out(out)?;
    }
    let text = render_file(&patterns);
    let file_name = a
        .out
        .as_ref()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| DEFAULT_FILE.to_string());
    match &a.out {
        Some(out) => crate::output::write_file(printer, out, &text, "trust restrictions")?,
        None => {
            let model = RestrictionsFile {
                subject_name: patterns.clone(),
            };
            printer.data(&model, |_| text.clone())?;
        }
    }
    printer.status(&yml_lines(&file_name, a.x509_field));
    Ok(exit::SUCCESS)
}

/// `restrictions check`'s answer.
#[derive(Debug, Serialize)]
struct CheckReport {
    certificate: String,
    field: &'static str,
    /// The certificate's names in that field.
    names: Vec<String>,
    admitted: bool,
    /// The first name and pattern that match.
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pattern: Option<String>,
}

/// Reads a restrictions file: YAML with the one key, every entry a string.
pub fn read_file(path: &Path) -> CliResult<RestrictionsFile> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        crate::usage(
            format!("cannot read {}: {e}", path.display()),
            "Check the path and its permissions.",
        )
    })?;
    let bad = |why: String| {
        crate::usage(
            format!("{}: {why}", path.display()),
            format!(
                "The file holds one key, `{KEY}`, with a list of quoted patterns; `ece-trust restrictions` writes one."
            ),
        )
    };
    let map: BTreeMap<String, serde_json::Value> =
        serde_saphyr::from_str(&text).map_err(|e| bad(format!("not valid YAML: {e}")))?;
    let file: RestrictionsFile =
        serde_json::from_value(serde_json::to_value(&map).unwrap_or_default())
            .map_err(|e| bad(e.to_string()))?;
    Ok(file)
}

fn check(printer: &Printer, c: CheckArgs) -> CliResult<u8> {
    let file = read_file(&c.file)?;
    let password = crate::cert::read_password(c.password_file.as_deref())?;
    let (_, infos) = crate::cert::read_and_inspect(&c.cert, password.as_ref())?;
    // The node certificate: the first that is not a CA (a PKCS#12 or PEM chain holds the CA too).
    let Some(info) = infos.iter().find(|i| !i.is_ca).or(infos.first()) else {
        return Err(CliError::usage(format!(
            "{}: no certificate",
            c.cert.display()
        )));
    };
    let names = match c.x509_field {
        X509Field::OtherName => info.sans.other_name_cn.clone(),
        X509Field::Dns => info.sans.dns.clone(),
    };
    let hit = names.iter().find_map(|n| {
        file.subject_name
            .iter()
            .find(|p| validate::matches(p, n))
            .map(|p| (n.clone(), p.clone()))
    });
    let report = CheckReport {
        certificate: c.cert.display().to_string(),
        field: c.x509_field.setting_value(),
        names,
        admitted: hit.is_some(),
        name: hit.as_ref().map(|h| h.0.clone()),
        pattern: hit.as_ref().map(|h| h.1.clone()),
    };
    printer.data(&report, |s| {
        let label = c.x509_field.label();
        match (&report.name, &report.pattern) {
            (Some(n), Some(p)) => format!(
                "{}: {} {label} `{n}` matches `{p}`",
                report.certificate,
                s.green("admitted:")
            ),
            _ if report.names.is_empty() => format!(
                "{}: {} the certificate has no {label}, so no pattern can admit it{}",
                report.certificate,
                s.red("NOT admitted:"),
                if c.x509_field == X509Field::OtherName {
                    " (reissue it with a `cn` in certutil's instances.yml: `ece-trust instances`)"
                } else {
                    ""
                }
            ),
            _ => format!(
                "{}: {} no pattern of {} matches its {label} values: {}",
                report.certificate,
                s.red("NOT admitted:"),
                c.file.display(),
                report.names.join(", ")
            ),
        }
    })?;
    Ok(if report.admitted {
        exit::SUCCESS
    } else {
        exit::FAILURE
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(clusters: &[&str], scope: Option<&str>, all: &[&str], own: &[&str]) -> GenerateArgs {
        GenerateArgs {
            clusters: clusters.iter().map(|s| s.to_string()).collect(),
            scope: scope.map(str::to_string),
            all_clusters_of: all.iter().map(|s| s.to_string()).collect(),
            own: own.iter().map(|s| s.to_string()).collect(),
            x509_field: X509Field::OtherName,
            out: None,
        }
    }

    #[test]
    fn the_seed_002_example_round_trips_through_yaml() {
        let p = patterns(&args(
            &["aaaabbbbaaaabbbb", "xxxxyyyyxxxxyyyy", "aaaabbbbaaaabbbb"],
            Some("1053523734"),
            &["83988631"],
            &["node*.es.example.com"],
        ))
        .unwrap();
        let text = render_file(&p);
        let back: RestrictionsFile = serde_saphyr::from_str(&text).unwrap();
        assert_eq!(
            back.subject_name,
            vec![
                "*.node.aaaabbbbaaaabbbb.cluster.1053523734.account",
                "*.node.xxxxyyyyxxxxyyyy.cluster.1053523734.account",
                "*.node.*.cluster.83988631.account",
                "node*.es.example.com",
            ]
        );
        // Each pattern admits a name of its own form and not its neighbour's.
        assert!(validate::matches(
            &back.subject_name[0],
            "n1.node.aaaabbbbaaaabbbb.cluster.1053523734.account"
        ));
        assert!(!validate::matches(
            &back.subject_name[0],
            "n1.node.xxxxyyyyxxxxyyyy.cluster.1053523734.account"
        ));
        assert!(validate::matches(
            &back.subject_name[2],
            "n.node.any.cluster.83988631.account"
        ));
    }

    #[test]
    fn refusals() {
        for (a, why) in [
            (args(&[], None, &[], &[]), "no pattern"),
            (args(&["abc"], None, &[], &[]), "needs --scope"),
            (args(&[], Some("s1"), &[], &[]), "without --cluster"),
            (args(&["ABC"], Some("s1"), &[], &[]), "cluster id"),
            (args(&["abc"], Some("My-Scope"), &[], &[]), "scope"),
            (args(&[], None, &["bad scope"], &[]), "scope"),
            (args(&[], None, &[], &["*"]), "every certificate"),
            (args(&[], None, &[], &["a\"b"]), "pattern"),
        ] {
            let e = patterns(&a).unwrap_err();
            assert_eq!(e.code, 2);
            assert!(e.message.contains(why), "{} / {why}", e.message);
        }
    }

    #[test]
    fn settings_lines() {
        let l = yml_lines("trust.yml", X509Field::OtherName);
        assert!(l.contains("xpack.security.transport.ssl.trust_restrictions.path: trust.yml"));
        assert!(!l.contains("x509_fields"));
        let l = yml_lines("trust.yml", X509Field::Dns);
        assert!(l.contains("trust_restrictions.x509_fields: [\"subjectAltName.dnsName\"]"));
        // The lines (comments aside) are valid YAML with the setting names as keys.
        let m: BTreeMap<String, serde_json::Value> = serde_saphyr::from_str(&l).unwrap();
        assert_eq!(
            m[FIELDS_SETTING],
            serde_json::json!(["subjectAltName.dnsName"])
        );
    }
}
