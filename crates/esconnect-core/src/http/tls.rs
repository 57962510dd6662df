//! TLS configuration: trusted roots (Mozilla's bundle, plus `SSL_CERT_FILE`, plus `--ca-cert`), pinning by
//! SHA-256 fingerprint, and `--insecure`.

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};
use rustls_pki_types::pem::PemObject;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What the user asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TlsOptions {
    /// PEM files of CAs to trust in addition to the public roots.
    pub ca_certs: Vec<PathBuf>,
    /// SHA-256 of the CA or server certificate, 32 bytes.
    pub ca_fingerprint: Option<[u8; 32]>,
    /// Accept any certificate.
    pub insecure: bool,
}

/// Why the TLS options are unusable (bad input: exit 2).
#[derive(Debug, thiserror::Error)]
pub enum TlsConfigError {
    #[error("cannot read the CA certificate file {path}: {source}")]
    ReadCa {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "the CA certificate file {path} holds no PEM certificate (expected -----BEGIN CERTIFICATE-----)"
    )]
    NoCertInCa { path: PathBuf },
    #[error(
        "the CA certificate file {path} holds a certificate that cannot be used as a trust anchor: {reason}"
    )]
    BadCa { path: PathBuf, reason: String },
    #[error(
        "the fingerprint `{given}` is not a SHA-256 fingerprint: expected 64 hex digits, colons allowed (as Elasticsearch prints it at first start)"
    )]
    BadFingerprint { given: String },
}

/// Parses a SHA-256 fingerprint with or without colons (`AB:CD:…` or `abcd…`).
pub fn parse_fingerprint(s: &str) -> Result<[u8; 32], TlsConfigError> {
    let hex: String = s
        .trim()
        .chars()
        .filter(|c| *c != ':' && !c.is_whitespace())
        .collect();
    let bad = || TlsConfigError::BadFingerprint {
        given: s.trim().to_string(),
    };
    if hex.len() != 64 {
        return Err(bad());
    }
    let mut out = [0u8; 32];
    for (i, chunk) in hex.as_bytes().chunks(2).enumerate() {
        let pair = std::str::from_utf8(chunk).map_err(|_| bad())?;
        out[i] = u8::from_str_radix(pair, 16).map_err(|_| bad())?;
    }
    Ok(out)
}

/// SHA-256 of DER bytes.
pub fn sha256(der: &[u8]) -> [u8; 32] {
    let d = ring::digest::digest(&ring::digest::SHA256, der);
    let mut out = [0u8; 32];
    out.copy_from_slice(d.as_ref());
    out
}

/// Formats a fingerprint as uppercase hex with colons (openssl's form; Elasticsearch prints lowercase hex
/// without colons at first start: `pki::Fingerprint` has both).
pub fn format_fingerprint(fp: &[u8; 32]) -> String {
    fp.iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// Every `CERTIFICATE` block of a PEM bundle, in order; other blocks, text between blocks and malformed
/// blocks are skipped (an empty result is the caller's error to report).
pub fn parse_pem_certs(bytes: &[u8]) -> Vec<CertificateDer<'static>> {
    CertificateDer::pem_slice_iter(bytes)
        .filter_map(Result::ok)
        .collect()
}

/// Loads every certificate in a PEM file.
pub fn load_pem_certs(path: &Path) -> Result<Vec<CertificateDer<'static>>, TlsConfigError> {
    let bytes = std::fs::read(path).map_err(|source| TlsConfigError::ReadCa {
        path: path.to_path_buf(),
        source,
    })?;
    let certs = parse_pem_certs(&bytes);
    if certs.is_empty() {
        return Err(TlsConfigError::NoCertInCa {
            path: path.to_path_buf(),
        });
    }
    Ok(certs)
}

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// The error placed in `CertificateError::Other` when no certificate matches the pinned fingerprint;
/// classification downcasts to it.
#[derive(Debug, thiserror::Error)]
#[error("no certificate in the server's chain has the SHA-256 fingerprint {expected}")]
pub struct FingerprintMismatch {
    pub expected: String,
}

/// Checks the CA files the user gave (readable, PEM certificates, usable as trust anchors) without
/// building a client: what `settings::resolve` needs to report bad input before anything is sent.
pub fn check_ca_files(opts: &TlsOptions) -> Result<(), TlsConfigError> {
    add_ca_files(&mut RootCertStore::empty(), &opts.ca_certs)
}

/// Adds every certificate of each PEM file to `roots`, naming the file on error.
fn add_ca_files<'a>(
    roots: &mut RootCertStore,
    paths: impl IntoIterator<Item = &'a PathBuf>,
) -> Result<(), TlsConfigError> {
    for path in paths {
        for der in load_pem_certs(path)? {
            roots.add(der).map_err(|e| TlsConfigError::BadCa {
                path: path.clone(),
                reason: e.to_string(),
            })?;
        }
    }
    Ok(())
}

/// Builds the rustls client configuration.
pub fn client_config(
    opts: &TlsOptions,
    extra_root_files: &[PathBuf],
) -> Result<rustls::ClientConfig, TlsConfigError> {
    let builder = rustls::ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .expect("ring supports the default protocol versions");
    if opts.insecure {
        return Ok(builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AcceptAny(provider())))
            .with_no_client_auth());
    }
    let mut roots = RootCertStore::empty();
    for der in webpki_root_certs::TLS_SERVER_ROOT_CERTS {
        // The bundle's certificates all parse; ignore the odd one that a future webpki might refuse.
        let _ = roots.add(der.clone());
    }
    add_ca_files(
        &mut roots,
        extra_root_files.iter().chain(opts.ca_certs.iter()),
    )?;
    let roots = Arc::new(roots);
    if let Some(fp) = opts.ca_fingerprint {
        let inner = rustls::client::WebPkiServerVerifier::builder_with_provider(roots, provider())
            .build()
            .map_err(|e| TlsConfigError::BadCa {
                path: PathBuf::from("(roots)"),
                reason: e.to_string(),
            })?;
        return Ok(builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(Pinned {
                fingerprint: fp,
                inner,
            }))
            .with_no_client_auth());
    }
    Ok(builder.with_root_certificates(roots).with_no_client_auth())
}

/// Accepts a chain when any certificate in it has the pinned fingerprint (as Elastic's own clients do
/// with `ca_fingerprint`); otherwise falls back to normal verification, so a chain that is valid anyway
/// still passes and the error, if any, says what is wrong.
#[derive(Debug)]
struct Pinned {
    fingerprint: [u8; 32],
    inner: Arc<rustls::client::WebPkiServerVerifier>,
}

impl ServerCertVerifier for Pinned {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if std::iter::once(end_entity)
            .chain(intermediates)
            .any(|c| sha256(c.as_ref()) == self.fingerprint)
        {
            return Ok(ServerCertVerified::assertion());
        }
        match self
            .inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
        {
            Ok(v) => Ok(v),
            Err(_) => Err(rustls::Error::InvalidCertificate(CertificateError::Other(
                rustls::OtherError(Arc::new(FingerprintMismatch {
                    expected: format_fingerprint(&self.fingerprint),
                })),
            ))),
        }
    }
    // The handshake signatures are checked as the web PKI verifier checks them.
    fn verify_tls12_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(m, c, d)
    }
    fn verify_tls13_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(m, c, d)
    }
    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// `--insecure`: any certificate (the handshake signatures are still checked).
#[derive(Debug)]
pub(crate) struct AcceptAny(pub(crate) Arc<rustls::crypto::CryptoProvider>);

impl AcceptAny {
    pub(crate) fn new() -> Self {
        Self(provider())
    }
}

impl ServerCertVerifier for AcceptAny {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }
    fn verify_tls12_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(m, c, d, &self.0.signature_verification_algorithms)
    }
    fn verify_tls13_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(m, c, d, &self.0.signature_verification_algorithms)
    }
    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_with_and_without_colons() {
        let hex = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
        let colons = format_fingerprint(&parse_fingerprint(hex).unwrap());
        assert_eq!(colons.len(), 95);
        assert_eq!(
            parse_fingerprint(&colons).unwrap(),
            parse_fingerprint(hex).unwrap()
        );
        assert!(matches!(
            parse_fingerprint("abc"),
            Err(TlsConfigError::BadFingerprint { .. })
        ));
        assert!(parse_fingerprint(&"zz".repeat(32)).is_err());
    }

    #[test]
    fn ca_file_check_matches_the_client_build() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("not-a-ca.pem");
        std::fs::write(&p, "hello").unwrap();
        let opts = TlsOptions {
            ca_certs: vec![p],
            ..Default::default()
        };
        let e = check_ca_files(&opts).unwrap_err();
        assert!(matches!(e, TlsConfigError::NoCertInCa { .. }), "{e}");
        assert!(check_ca_files(&TlsOptions::default()).is_ok());
    }

    #[test]
    fn ca_file_errors_name_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("not-a-ca.pem");
        std::fs::write(&p, "hello").unwrap();
        let e = client_config(
            &TlsOptions {
                ca_certs: vec![p.clone()],
                ..Default::default()
            },
            &[],
        )
        .unwrap_err();
        assert!(
            e.to_string().contains("not-a-ca.pem") && e.to_string().contains("no PEM certificate"),
            "{e}"
        );
        let e = client_config(
            &TlsOptions {
                ca_certs: vec![dir.path().join("missing.pem")],
                ..Default::default()
            },
            &[],
        )
        .unwrap_err();
        assert!(e.to_string().contains("missing.pem"), "{e}");
    }
}
