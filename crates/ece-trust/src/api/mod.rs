//! The commands that talk to the ECE/ECH API (elastic-facts §4): a deployment's `settings.trust`
//! (`add`, `account`, `external`, `remove`, `list`), its keystore (`keystore set|list`) and ECE's platform
//! trust relationships (`relationships`).
//!
//! Every change is a read-merge-write through `esconnect_core::ec` (versioned PUT, re-read on 409, never an
//! overwrite); input is checked with the Swagger's rules before anything is sent (exit 2); `--dry-run` shows
//! the diff and sends nothing; running a command twice changes nothing the second time.

pub mod keystore;
pub mod relationships;
pub mod trust;

use clap::Args;
use esconnect_cli::args::EcConnectionArgs;
use esconnect_cli::{CliResult, Printer};
use esconnect_core::ec::EcClient;
use std::path::Path;

/// `--deployment` and `--ref-id`, with the API connection.
#[derive(Debug, Clone, Args)]
pub struct DeploymentArgs {
    /// The deployment's id (the 32-character hexadecimal id in the deployment's page URL).
    #[arg(long, value_name = "ID")]
    pub deployment: String,
    /// The Elasticsearch resource of the deployment (its ref_id); needed only when it has several.
    #[arg(long, value_name = "REF")]
    pub ref_id: Option<String>,
    #[command(flatten)]
    pub ec: EcConnectionArgs,
}

impl DeploymentArgs {
    /// Checks the ids (exit 2 before anything is sent).
    pub fn check(&self) -> CliResult<()> {
        esconnect_core::ec::check_id("deployment id", &self.deployment)?;
        if let Some(r) = &self.ref_id {
            esconnect_core::ec::check_id("ref id", r)?;
        }
        Ok(())
    }
}

/// The API client of the connection flags.
pub fn client(printer: &Printer, ec: &EcConnectionArgs) -> CliResult<EcClient> {
    let conn = ec.connect(printer)?;
    Ok(conn.ec_client()?)
}

/// Reads a CA certificate for upload with the PKI module: PEM, DER or PKCS#12 (empty password), at least
/// one certificate, every one a CA (basicConstraints cA), and no private key anywhere in the file
/// (elastic-facts §2.3: "upload the CA as PEM without key"). Returns the certificates as PEM.
pub fn read_ca(flag: &str, path: &Path) -> CliResult<String> {
    let (bundle, infos) = crate::cert::read_and_inspect(path, None)?;
    if bundle.private_keys > 0 {
        return Err(crate::usage(
            format!(
                "{flag} {} holds a private key: only the CA certificate may be uploaded",
                path.display()
            ),
            "Extract the certificate alone: `ece-trust cert convert FILE --out ca.pem` (or `openssl pkcs12 -in elastic-stack-ca.p12 -out ca.pem -clcerts -nokeys`).",
        ));
    }
    if let Some(info) = infos.iter().find(|i| !i.is_ca) {
        return Err(crate::usage(
            format!(
                "{flag} {}: the certificate `{}` is not a CA certificate (no basicConstraints cA)",
                path.display(),
                info.subject
            ),
            "Give the CA that signed the nodes' transport certificates, not a node certificate (`ece-trust cert inspect FILE` shows which is which).",
        ));
    }
    Ok(bundle.certs_pem())
}

/// A comma-separated list flag with empty items dropped and items trimmed.
pub fn list_of(values: &[String]) -> Vec<String> {
    values
        .iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Runs async work on the CLI's runtime.
pub fn block_on<T>(f: impl std::future::Future<Output = CliResult<T>>) -> CliResult<T> {
    esconnect_cli::runtime()?.block_on(f)
}

/// A usage error for a flag combination.
pub use esconnect_cli::usage as bad;
