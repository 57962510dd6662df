//! Reading certificate files: PEM, DER, PKCS#12.

use super::{pem, x509};
use crate::Secret;
use std::path::Path;

/// The form a certificate file was in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Pem,
    Der,
    Pkcs12,
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Format::Pem => "PEM",
            Format::Der => "DER",
            Format::Pkcs12 => "PKCS#12",
        })
    }
}

/// The certificates of a file, and how many private keys it also holds (never their bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    pub format: Format,
    /// DER certificates, in file order.
    pub certs: Vec<Vec<u8>>,
    /// Private keys found (PEM key blocks of any kind, PKCS#12 key bags).
    pub private_keys: usize,
}

impl Bundle {
    /// The bundle as PEM certificates, without any key.
    pub fn certs_pem(&self) -> String {
        pem::encode_certificates(self.certs.iter().map(Vec::as_slice))
    }
}

/// Why a certificate file cannot be read. Never holds a password or key bytes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PkiError {
    #[error("{0}")]
    Pem(#[from] pem::PemError),
    #[error("it holds no certificate")]
    NoCertificate,
    #[error("a certificate in it cannot be parsed: {0}")]
    BadCertificate(String),
    #[error("it is a PKCS#12 file protected by a password: give the password (--password-file)")]
    PasswordNeeded,
    #[error("the PKCS#12 password is wrong (the file's integrity check failed)")]
    WrongPassword,
    #[error("it is neither PEM, a DER certificate nor a PKCS#12 file ({0})")]
    Unknown(String),
}

/// Reads certificates from PEM, DER or PKCS#12 bytes; the password is for PKCS#12 only (without one, the
/// empty password certutil accepts is tried).
pub fn read_bundle(bytes: &[u8], password: Option<&Secret>) -> Result<Bundle, PkiError> {
    if pem::looks_like_pem(bytes) {
        let text = String::from_utf8_lossy(bytes);
        let blocks = pem::blocks(&text)?;
        let private_keys = blocks.iter().filter(|b| b.is_private_key()).count();
        let certs: Vec<Vec<u8>> = blocks
            .into_iter()
            .filter(|b| b.label == "CERTIFICATE" || b.label == "TRUSTED CERTIFICATE")
            .map(|b| b.der)
            .collect();
        for c in &certs {
            check_certificate(c)?;
        }
        if certs.is_empty() {
            return Err(PkiError::NoCertificate);
        }
        return Ok(Bundle {
            format: Format::Pem,
            certs,
            private_keys,
        });
    }
    if let Ok(info) = x509::inspect(bytes, std::time::SystemTime::now()) {
        let _ = info;
        return Ok(Bundle {
            format: Format::Der,
            certs: vec![bytes.to_vec()],
            private_keys: 0,
        });
    }
    read_pkcs12(bytes, password)
}

fn check_certificate(der: &[u8]) -> Result<(), PkiError> {
    x509::inspect(der, std::time::SystemTime::now())
        .map(|_| ())
        .map_err(|e| PkiError::BadCertificate(e.0))
}

fn read_pkcs12(bytes: &[u8], password: Option<&Secret>) -> Result<Bundle, PkiError> {
    use p12_keystore::{KeyStore, KeyStoreEntry, Pkcs12ImportPolicy};
    let pass = password.map(Secret::expose).unwrap_or("");
    let store = match KeyStore::from_pkcs12(bytes, pass, Pkcs12ImportPolicy::Relaxed) {
        Ok(s) => s,
        Err(e) => {
            let mac_failed = matches!(e, p12_keystore::error::Error::MacError(_));
            // The error text of the crate never holds the password; keep it for files that are not PKCS#12.
            return Err(match (mac_failed, password) {
                (true, None) => PkiError::PasswordNeeded,
                (true, Some(_)) => PkiError::WrongPassword,
                (false, _) if looks_like_pfx(bytes) && password.is_none() => {
                    PkiError::PasswordNeeded
                }
                (false, _) if looks_like_pfx(bytes) => PkiError::WrongPassword,
                (false, _) => PkiError::Unknown(e.to_string()),
            });
        }
    };
    // Key chains first (leaf, intermediates, root), then certificates stored alone (trusted CAs).
    let mut certs = Vec::new();
    let mut alone = Vec::new();
    let mut private_keys = 0;
    for (_, entry) in store.entries() {
        match entry {
            KeyStoreEntry::Certificate(c) => alone.push(c.as_der().to_vec()),
            KeyStoreEntry::PrivateKeyChain(chain) => {
                private_keys += 1;
                certs.extend(chain.certs().iter().map(|c| c.as_der().to_vec()));
            }
            KeyStoreEntry::Secret(_) => {}
        }
    }
    certs.extend(alone);
    // A chain and a separate bag may carry the same certificate.
    let mut seen = std::collections::HashSet::new();
    certs.retain(|c| seen.insert(c.clone()));
    if certs.is_empty() {
        return Err(PkiError::NoCertificate);
    }
    Ok(Bundle {
        format: Format::Pkcs12,
        certs,
        private_keys,
    })
}

/// A PFX starts with SEQUENCE { INTEGER 3, … }.
fn looks_like_pfx(b: &[u8]) -> bool {
    let Some((0x30, rest)) = b.split_first().map(|(t, r)| (*t, r)) else {
        return false;
    };
    let skip = match rest.first() {
        Some(&l) if l < 0x80 => 1,
        Some(&l) => 1 + (l & 0x7f) as usize,
        None => return false,
    };
    rest.get(skip..skip + 3) == Some(&[0x02, 0x01, 0x03][..])
}

/// Reads a certificate file (see [`read_bundle`]); the error says what is wrong with it, not where.
pub fn read_file(path: &Path, password: Option<&Secret>) -> Result<Bundle, FileError> {
    let bytes = std::fs::read(path).map_err(FileError::Io)?;
    read_bundle(&bytes, password).map_err(FileError::Pki)
}

/// A certificate file that cannot be read or used.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("cannot read it: {0}")]
    Io(std::io::Error),
    #[error("{0}")]
    Pki(PkiError),
}
