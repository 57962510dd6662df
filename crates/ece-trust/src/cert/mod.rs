//! `cert`: inspect a certificate file or a live endpoint; extract the CA certificate for upload.

mod convert;
mod inspect;

use clap::{Args, Subcommand};
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::Secret;
use esconnect_core::pki::{self, Bundle, CertInfo, FileError, PkiError, inspect};
use std::path::Path;

#[derive(Debug, Args)]
pub struct CertArgs {
    #[command(subcommand)]
    command: CertCommand,
}

#[derive(Debug, Subcommand)]
enum CertCommand {
    /// Show each certificate of a PEM, DER or PKCS#12 file, or the chain a live endpoint presents.
    Inspect(inspect::InspectArgs),
    /// Write the CA certificate(s) of a PKCS#12 file or PEM bundle as PEM, without any private key.
    Convert(convert::ConvertArgs),
}

pub fn run(printer: &Printer, args: CertArgs) -> CliResult<u8> {
    match args.command {
        CertCommand::Inspect(a) => inspect::run(printer, a),
        CertCommand::Convert(a) => convert::run(printer, a),
    }
}

/// Reads the PKCS#12 password from a file (or `-`).
pub(crate) fn read_password(path: Option<&Path>) -> CliResult<Option<Secret>> {
    match path {
        None => Ok(None),
        Some(p) => Ok(Some(
            esconnect_core::secret::read_secret_file(p, "the PKCS#12 password")?.value,
        )),
    }
}

/// Reads a certificate file; every failure is bad input (exit 2) naming the file and the fix.
pub(crate) fn read_certificates(path: &Path, password: Option<&Secret>) -> CliResult<Bundle> {
    pki::read_file(path, password).map_err(|e| {
        let remedy = match &e {
            FileError::Io(_) => "Check the path and its permissions.",
            FileError::Pki(PkiError::PasswordNeeded) | FileError::Pki(PkiError::WrongPassword) => {
                "Give the password of the PKCS#12 file with --password-file FILE (`-` for standard input)."
            }
            FileError::Pki(_) => {
                "Give a PEM file (-----BEGIN CERTIFICATE-----), a DER certificate or a PKCS#12 (.p12) file."
            }
        };
        CliError::usage(format!("{}: {e}", path.display())).with_remedy(remedy)
    })
}

/// Reads a certificate file and inspects each certificate (in file order).
pub(crate) fn read_and_inspect(
    path: &Path,
    password: Option<&Secret>,
) -> CliResult<(Bundle, Vec<CertInfo>)> {
    let bundle = read_certificates(path, password)?;
    let now = std::time::SystemTime::now();
    let infos = bundle
        .certs
        .iter()
        .map(|d| inspect(d, now))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| CliError::usage(format!("{}: {e}", path.display())))?;
    Ok((bundle, infos))
}
