//! PEM text: blocks of any label (certificates, private keys of every kind, encrypted keys, CSRs), so that a
//! private key is always seen even when its label is one a narrower parser would skip.

use base64::Engine as _;

/// One `-----BEGIN LABEL-----` … `-----END LABEL-----` block, decoded.
#[derive(Clone, PartialEq, Eq)]
pub struct Block {
    /// The label (`CERTIFICATE`, `PRIVATE KEY`, `ENCRYPTED PRIVATE KEY`, `RSA PRIVATE KEY`, …).
    pub label: String,
    /// The DER bytes.
    pub der: Vec<u8>,
}

impl Block {
    /// A private key of any kind (PKCS#8, encrypted PKCS#8, RSA, EC, DSA, OpenSSH).
    pub fn is_private_key(&self) -> bool {
        is_private_key_label(&self.label)
    }
}

impl std::fmt::Debug for Block {
    // Never the bytes: a block may be a private key.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Block({}, {} bytes)", self.label, self.der.len())
    }
}

/// A label that names a private key.
pub fn is_private_key_label(label: &str) -> bool {
    label.contains("PRIVATE KEY")
}

/// What is wrong with a PEM text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PemError {
    #[error("the PEM block `{label}` has no END line")]
    Unterminated { label: String },
    #[error("the PEM block `{label}` is not valid base64")]
    Base64 { label: String },
    #[error("the PEM block `{label}` is empty")]
    Empty { label: String },
}

/// True when the bytes look like PEM text (a BEGIN line somewhere).
pub fn looks_like_pem(bytes: &[u8]) -> bool {
    bytes.windows(11).any(|w| w == b"-----BEGIN ")
}

/// Every block of a PEM text, in order; text around the blocks (openssl's `subject=` and `Bag Attributes`
/// lines) is ignored.
pub fn blocks(text: &str) -> Result<Vec<Block>, PemError> {
    let mut out = Vec::new();
    let mut lines = text.lines().map(str::trim);
    while let Some(line) = lines.next() {
        let Some(label) = line
            .strip_prefix("-----BEGIN ")
            .and_then(|l| l.strip_suffix("-----"))
        else {
            continue;
        };
        let end = format!("-----END {label}-----");
        let mut body = String::new();
        let mut closed = false;
        for l in lines.by_ref() {
            if l == end {
                closed = true;
                break;
            }
            // RFC 1421 headers of encrypted legacy keys (`Proc-Type: 4,ENCRYPTED`, `DEK-Info: …`).
            if l.contains(':') {
                continue;
            }
            body.push_str(l);
        }
        let label = label.to_string();
        if !closed {
            return Err(PemError::Unterminated { label });
        }
        let der = base64::engine::general_purpose::STANDARD
            .decode(&body)
            .map_err(|_| PemError::Base64 {
                label: label.clone(),
            })?;
        if der.is_empty() {
            return Err(PemError::Empty { label });
        }
        out.push(Block { label, der });
    }
    Ok(out)
}

/// Why a PEM text is not a certificates-only file (a CA file to copy into configuration, Secrets, uploads).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CertsOnlyError {
    #[error("{0}")]
    Pem(#[from] PemError),
    #[error("it contains a private key: give the CA certificate only, never a key")]
    PrivateKey,
    #[error("it holds no PEM certificate (-----BEGIN CERTIFICATE-----)")]
    NoCertificate,
}

/// Counts the certificates of a PEM text; refuses text without any, with a private key of any kind, or with
/// a damaged block.
pub fn certificates_only(text: &str) -> Result<usize, CertsOnlyError> {
    let blocks = blocks(text)?;
    if blocks.iter().any(Block::is_private_key) {
        return Err(CertsOnlyError::PrivateKey);
    }
    match blocks.iter().filter(|b| b.label == "CERTIFICATE").count() {
        0 => Err(CertsOnlyError::NoCertificate),
        n => Ok(n),
    }
}

/// PEM text of certificates (DER each), 64 columns, as openssl writes it.
pub fn encode_certificates<'a>(ders: impl IntoIterator<Item = &'a [u8]>) -> String {
    let mut out = String::new();
    for der in ders {
        out.push_str("-----BEGIN CERTIFICATE-----\n");
        let b64 = base64::engine::general_purpose::STANDARD.encode(der);
        for chunk in b64.as_bytes().chunks(64) {
            out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
            out.push('\n');
        }
        out.push_str("-----END CERTIFICATE-----\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_of_a_mixed_bundle() {
        let text = "subject=CN = x\n-----BEGIN CERTIFICATE-----\nTUlJQg==\n-----END CERTIFICATE-----\n\
                    Bag Attributes\n-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAEC\n-----END ENCRYPTED PRIVATE KEY-----\n\
                    -----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: DES-EDE3-CBC,00\n\nAAEC\n-----END RSA PRIVATE KEY-----\n";
        let b = blocks(text).unwrap();
        assert_eq!(b.len(), 3);
        assert_eq!(b[0].label, "CERTIFICATE");
        assert_eq!(b[0].der, b"MIIB");
        assert!(!b[0].is_private_key());
        assert!(b[1].is_private_key());
        assert!(b[2].is_private_key());
        assert_eq!(b[2].der, vec![0, 1, 2]);
        // Debug never shows the bytes
        assert_eq!(
            format!("{:?}", b[1]),
            "Block(ENCRYPTED PRIVATE KEY, 3 bytes)"
        );
    }

    #[test]
    fn broken_blocks() {
        assert_eq!(
            blocks("-----BEGIN CERTIFICATE-----\nTUlJQg==\n"),
            Err(PemError::Unterminated {
                label: "CERTIFICATE".into()
            })
        );
        assert!(matches!(
            blocks("-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n"),
            Err(PemError::Base64 { .. })
        ));
        assert!(matches!(
            blocks("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n"),
            Err(PemError::Empty { .. })
        ));
        assert_eq!(blocks("hello").unwrap(), vec![]);
        assert!(looks_like_pem(b"x\n-----BEGIN CERTIFICATE-----"));
        assert!(!looks_like_pem(&[0x30, 0x82, 0x01]));
    }

    #[test]
    fn certificates_only_files() {
        let cert = "-----BEGIN CERTIFICATE-----\nTUlJQg==\n-----END CERTIFICATE-----\n";
        assert_eq!(certificates_only(cert), Ok(1));
        assert_eq!(
            certificates_only(&format!("subject=x\n{cert}{cert}")),
            Ok(2)
        );
        assert_eq!(
            certificates_only("hello"),
            Err(CertsOnlyError::NoCertificate)
        );
        for label in ["PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "EC PRIVATE KEY"] {
            let key = format!("-----BEGIN {label}-----\nTUlJQg==\n-----END {label}-----\n");
            assert_eq!(
                certificates_only(&format!("{cert}{key}")),
                Err(CertsOnlyError::PrivateKey)
            );
        }
        assert!(matches!(
            certificates_only("-----BEGIN CERTIFICATE-----\nTUlJQg==\n"),
            Err(CertsOnlyError::Pem(PemError::Unterminated { .. }))
        ));
    }

    #[test]
    fn encoding_round_trips() {
        let der: Vec<u8> = (0..=255u8).collect();
        let text = encode_certificates([der.as_slice(), &[1, 2, 3][..]]);
        assert!(text.lines().all(|l| l.len() <= 64));
        let b = blocks(&text).unwrap();
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].der, der);
        assert_eq!(b[1].der, vec![1, 2, 3]);
    }
}
