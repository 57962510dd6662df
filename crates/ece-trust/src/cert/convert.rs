//! `cert convert IN --out CA.pem`: the CA certificate(s) of a PKCS#12 file or PEM bundle as PEM without any
//! private key: what `openssl pkcs12 -in elastic-stack-ca.p12 -out newfile.crt.pem -clcerts -nokeys` does
//! in seed 002 step 3, for the upload to ECE/ECH.

use clap::Args;
use esconnect_cli::{CliResult, Printer};
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

pub fn run(_printer: &Printer, _args: ConvertArgs) -> CliResult<u8> {
    Err(crate::usage(
        "cert convert: not implemented yet",
        "Wait for the next commit.",
    ))
}
