//! `cert convert IN --out CA.pem`: the CA certificate(s) of a PKCS#12 file or PEM bundle as PEM without any
//! private key: what `openssl pkcs12 -in elastic-stack-ca.p12 -out newfile.crt.pem -clcerts -nokeys` does
//! in seed 002 step 3, for the upload to ECE/ECH.

use clap::Args;
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::exit;
use esconnect_core::pki::pem;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// The PKCS#12 file (elastic-stack-ca.p12) or PEM bundle.
    #[arg(value_name = "IN")]
    input: PathBuf,
    /// The PEM file to write (certificates only).
    #[arg(long, value_name = "CA.pem")]
    out: PathBuf,
    /// The password of a PKCS#12 IN, read from FILE (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    password_file: Option<PathBuf>,
    /// Also write certificates that are not CAs (basicConstraints cA false).
    #[arg(long)]
    allow_leaf: bool,
}

/// One certificate written.
#[derive(Debug, Serialize)]
struct Written {
    subject: String,
    sha256: String,
    not_after: String,
    is_ca: bool,
}

#[derive(Debug, Serialize)]
struct ConvertReport {
    out: String,
    certificates: Vec<Written>,
    /// Certificates of IN that are not CAs and were left out.
    skipped_non_ca: usize,
    /// Private keys of IN that were left out (never written).
    private_keys_left_out: usize,
}

pub fn run(printer: &Printer, args: ConvertArgs) -> CliResult<u8> {
    crate::output::check_out(&args.out)?;
    if std::path::absolute(&args.out).ok() == std::path::absolute(&args.input).ok() {
        return Err(crate::usage(
            "--out is the input file",
            "Write the CA certificate to a new file, e.g. --out ca.crt.pem.",
        ));
    }
    let password = super::read_password(args.password_file.as_deref())?;
    let (bundle, infos) = super::read_and_inspect(&args.input, password.as_ref())?;
    let mut keep = Vec::new();
    let mut skipped = 0;
    for (der, info) in bundle.certs.iter().zip(infos) {
        if info.is_ca || args.allow_leaf {
            keep.push((der.as_slice(), info));
        } else {
            skipped += 1;
        }
    }
    if keep.is_empty() {
        return Err(crate::usage(
            format!(
                "{}: no CA certificate in it ({} certificate(s), none with basicConstraints CA:true)",
                args.input.display(),
                bundle.certs.len()
            ),
            "Give the CA's file (elastic-stack-ca.p12, or the CA PEM), or --allow-leaf to write these \
             certificates anyway.",
        ));
    }
    let text = pem::encode_certificates(keep.iter().map(|(d, _)| *d));
    // The file is meant for upload: it must hold certificates and nothing else.
    if pem::certificates_only(&text) != Ok(keep.len()) {
        return Err(CliError::failure(
            "internal error: the output would hold something other than the certificates; nothing written",
        ));
    }
    crate::output::write_file(
        printer,
        &args.out,
        &text,
        "certificates only, no private key",
    )?;
    for (_, info) in &keep {
        if info.expired {
            printer.warn(&format!("{} expired on {}", info.subject, info.not_after));
        }
    }
    let report = ConvertReport {
        out: args.out.display().to_string(),
        certificates: keep
            .iter()
            .map(|(_, i)| Written {
                subject: i.subject.clone(),
                sha256: i.sha256.hex.clone(),
                not_after: i.not_after.clone(),
                is_ca: i.is_ca,
            })
            .collect(),
        skipped_non_ca: skipped,
        private_keys_left_out: bundle.private_keys,
    };
    printer.data(&report, |s| {
        let mut out = format!(
            "{}: {} certificate(s), PEM, no private key\n",
            s.bold(&report.out),
            report.certificates.len()
        );
        for c in &report.certificates {
            out.push_str(&format!(
                "  {}{}  SHA-256 {}  until {}\n",
                c.subject,
                if c.is_ca { "" } else { " (not a CA)" },
                c.sha256,
                c.not_after
            ));
        }
        if report.skipped_non_ca > 0 {
            out.push_str(&format!(
                "left out {} certificate(s) that are not CAs (--allow-leaf keeps them)\n",
                report.skipped_non_ca
            ));
        }
        if report.private_keys_left_out > 0 {
            out.push_str(&format!(
                "left out the private key(s) of {} ({}): never upload a key\n",
                args.input.display(),
                report.private_keys_left_out
            ));
        }
        out
    })?;
    Ok(exit::SUCCESS)
}
