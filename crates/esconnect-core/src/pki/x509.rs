//! What a certificate says: subject, issuer, subject alternative names (the `otherName` commonName values
//! Elasticsearch's trust restrictions match, elastic-facts §6 and §7), validity, CA flag, key usage and the
//! SHA-256 fingerprint in the form Elasticsearch prints it.

use crate::date::rfc3339;
use serde::Serialize;
use std::net::IpAddr;
use std::time::{SystemTime, UNIX_EPOCH};
use x509_parser::prelude::{FromDer, GeneralName, X509Certificate};

/// The OID of commonName (2.5.4.3): the `otherName` type certutil writes for each `cn` of instances.yml.
pub const CN_OID: &str = "2.5.4.3";

/// A certificate that cannot be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an X.509 certificate: {0}")]
pub struct X509Error(pub String);

/// Subject alternative names by type.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Sans {
    /// DNS names.
    pub dns: Vec<String>,
    /// IP addresses.
    pub ip: Vec<String>,
    /// `otherName` entries of type commonName (OID 2.5.4.3): what `trust_restrictions` matches by default.
    pub other_name_cn: Vec<String>,
    /// Other `otherName` entries, as `OID` (their values are not decoded).
    pub other_name_other: Vec<String>,
    /// E-mail addresses.
    pub email: Vec<String>,
    /// URIs.
    pub uri: Vec<String>,
}

impl Sans {
    /// True when the certificate has no SAN of any type.
    pub fn is_empty(&self) -> bool {
        self.dns.is_empty()
            && self.ip.is_empty()
            && self.other_name_cn.is_empty()
            && self.other_name_other.is_empty()
            && self.email.is_empty()
            && self.uri.is_empty()
    }
}

/// The SHA-256 fingerprint of a certificate's DER.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fingerprint {
    /// Lowercase hex without separators: what Elasticsearch prints at first start and what
    /// `ca_trusted_fingerprint` and `--ca-fingerprint` take.
    pub hex: String,
    /// Uppercase hex pairs joined by colons, as `openssl x509 -fingerprint -sha256` prints it.
    pub colon: String,
}

impl Fingerprint {
    /// The fingerprint of these DER bytes.
    pub fn of(der: &[u8]) -> Self {
        let digest = ring::digest::digest(&ring::digest::SHA256, der);
        let digest = digest.as_ref();
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        let colon = digest
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect::<Vec<_>>()
            .join(":");
        Fingerprint { hex, colon }
    }
}

/// Everything `cert inspect` shows of one certificate. Never holds key material.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CertInfo {
    /// `CN=node1, O=Example`: the attributes in the certificate's order.
    pub subject: String,
    /// The subject's commonName values.
    pub subject_cn: Vec<String>,
    pub issuer: String,
    /// Serial number, lowercase hex pairs joined by colons.
    pub serial: String,
    pub sans: Sans,
    /// RFC 3339, UTC.
    pub not_before: String,
    /// RFC 3339, UTC.
    pub not_after: String,
    /// Whole days from now to notAfter, truncated toward zero (negative once expired a full day).
    pub days_left: i64,
    pub expired: bool,
    pub not_yet_valid: bool,
    /// basicConstraints cA.
    pub is_ca: bool,
    /// basicConstraints pathLenConstraint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path_len: Option<u32>,
    /// Key usage names (`digitalSignature`, `keyCertSign`, …).
    pub key_usage: Vec<String>,
    /// Extended key usage names (`serverAuth`, `clientAuth`, …).
    pub extended_key_usage: Vec<String>,
    /// Issuer and subject are the same name.
    pub self_issued: bool,
    pub sha256: Fingerprint,
}

/// Reads one DER certificate; `now` is when days are counted from.
pub fn inspect(der: &[u8], now: SystemTime) -> Result<CertInfo, X509Error> {
    let (rest, cert) = X509Certificate::from_der(der).map_err(|e| X509Error(format!("{e}")))?;
    if !rest.is_empty() {
        return Err(X509Error(format!(
            "{} bytes after the certificate",
            rest.len()
        )));
    }
    let now_secs = now
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let validity = cert.validity();
    let not_before = validity.not_before.timestamp();
    let not_after = validity.not_after.timestamp();
    let bad = |e: x509_parser::error::X509Error| X509Error(format!("{e}"));
    let (is_ca, path_len) = match cert.basic_constraints().map_err(bad)? {
        Some(bc) => (bc.value.ca, bc.value.path_len_constraint),
        None => (false, None),
    };
    let key_usage = match cert.key_usage().map_err(bad)? {
        Some(ku) => key_usage_names(ku.value.flags),
        None => Vec::new(),
    };
    let extended_key_usage = match cert.extended_key_usage().map_err(bad)? {
        Some(eku) => {
            let e = eku.value;
            let mut v = Vec::new();
            for (on, name) in [
                (e.any, "any"),
                (e.server_auth, "serverAuth"),
                (e.client_auth, "clientAuth"),
                (e.code_signing, "codeSigning"),
                (e.email_protection, "emailProtection"),
                (e.time_stamping, "timeStamping"),
                (e.ocsp_signing, "OCSPSigning"),
            ] {
                if on {
                    v.push(name.to_string());
                }
            }
            v.extend(e.other.iter().map(|o| o.to_id_string()));
            v
        }
        None => Vec::new(),
    };
    let mut sans = Sans::default();
    if let Some(san) = cert.subject_alternative_name().map_err(bad)? {
        for name in &san.value.general_names {
            match name {
                GeneralName::DNSName(d) => sans.dns.push((*d).to_string()),
                GeneralName::IPAddress(b) => sans.ip.push(ip_string(b)),
                GeneralName::RFC822Name(m) => sans.email.push((*m).to_string()),
                GeneralName::URI(u) => sans.uri.push((*u).to_string()),
                GeneralName::OtherName(oid, value) => {
                    let id = oid.to_id_string();
                    match (id == CN_OID).then(|| other_name_string(value)).flatten() {
                        Some(cn) => sans.other_name_cn.push(cn),
                        None => sans.other_name_other.push(id),
                    }
                }
                _ => {}
            }
        }
    }
    let subject_cn = cert
        .subject()
        .iter_common_name()
        .filter_map(|a| a.as_str().ok().map(str::to_string))
        .collect();
    Ok(CertInfo {
        subject: cert.subject().to_string(),
        subject_cn,
        issuer: cert.issuer().to_string(),
        serial: cert.raw_serial_as_string(),
        sans,
        not_before: rfc3339(not_before),
        not_after: rfc3339(not_after),
        days_left: (not_after - now_secs) / 86_400,
        expired: now_secs > not_after,
        not_yet_valid: now_secs < not_before,
        is_ca,
        path_len,
        key_usage,
        extended_key_usage,
        self_issued: cert.subject().as_raw() == cert.issuer().as_raw(),
        sha256: Fingerprint::of(der),
    })
}

fn key_usage_names(flags: u16) -> Vec<String> {
    const NAMES: [&str; 9] = [
        "digitalSignature",
        "nonRepudiation",
        "keyEncipherment",
        "dataEncipherment",
        "keyAgreement",
        "keyCertSign",
        "cRLSign",
        "encipherOnly",
        "decipherOnly",
    ];
    NAMES
        .iter()
        .enumerate()
        .filter(|(i, _)| flags >> i & 1 == 1)
        .map(|(_, n)| (*n).to_string())
        .collect()
}

fn ip_string(b: &[u8]) -> String {
    match b.len() {
        4 => IpAddr::from(<[u8; 4]>::try_from(b).unwrap_or_default()).to_string(),
        16 => IpAddr::from(<[u8; 16]>::try_from(b).unwrap_or_default()).to_string(),
        _ => b.iter().map(|x| format!("{x:02x}")).collect(),
    }
}

/// Decodes the value of an `otherName`: `[0] EXPLICIT` around a string (certutil writes a UTF8String;
/// PrintableString, IA5String and BMPString are accepted too).
fn other_name_string(value: &[u8]) -> Option<String> {
    let inner = match tlv(value)? {
        (0xa0, content, _) => content,
        // Some encoders omit the explicit tag.
        _ => value,
    };
    let (tag, content, _) = tlv(inner)?;
    match tag {
        0x0c | 0x13 | 0x16 => String::from_utf8(content.to_vec()).ok(),
        0x1e => {
            let units: Vec<u16> = content
                .chunks_exact(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16(&units).ok()
        }
        _ => None,
    }
}

/// One DER tag-length-value: (tag, content, rest).
fn tlv(b: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = b.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (first as usize, rest)
    } else {
        let n = (first & 0x7f) as usize;
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let len = rest[..n].iter().fold(0usize, |a, &x| a << 8 | x as usize);
        (len, &rest[n..])
    };
    (rest.len() >= len).then(|| (tag, &rest[..len], &rest[len..]))
}

/// The Elastic Cloud node-certificate convention, `<node_id>.node.<cluster_id>.cluster.<scope_id>.account`
/// (seed 002 step 4; elastic-facts §6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CloudName {
    pub node: String,
    pub cluster: String,
    pub scope: String,
}

/// Splits a name of the Cloud convention, or None.
pub fn cloud_name(name: &str) -> Option<CloudName> {
    let rest = name.strip_suffix(".account")?;
    let (rest, scope) = rest.rsplit_once(".cluster.")?;
    let (node, cluster) = rest.split_once(".node.")?;
    let ok = |s: &str| !s.is_empty() && !s.contains('.');
    (ok(node) && ok(cluster) && ok(scope)).then(|| CloudName {
        node: node.into(),
        cluster: cluster.into(),
        scope: scope.into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_name_values() {
        // [0] { UTF8String "ab" }
        assert_eq!(
            other_name_string(&[0xa0, 4, 0x0c, 2, b'a', b'b']),
            Some("ab".into())
        );
        assert_eq!(other_name_string(&[0x13, 1, b'x']), Some("x".into()));
        assert_eq!(
            other_name_string(&[0xa0, 6, 0x1e, 4, 0, b'h', 0, b'i']),
            Some("hi".into())
        );
        assert_eq!(other_name_string(&[0xa0, 3, 0x02, 1, 5]), None);
        assert_eq!(other_name_string(&[0xa0, 9, 0x0c]), None);
    }

    #[test]
    fn cloud_names() {
        assert_eq!(
            cloud_name("node1.node.1234567abcd.cluster.myscope.account"),
            Some(CloudName {
                node: "node1".into(),
                cluster: "1234567abcd".into(),
                scope: "myscope".into()
            })
        );
        assert_eq!(cloud_name("node1.node.abc.cluster.myscope"), None);
        assert_eq!(cloud_name("node1.example.com"), None);
        assert_eq!(cloud_name(".node.abc.cluster.s.account"), None);
        assert_eq!(cloud_name("a.b.node.abc.cluster.s.account"), None);
    }

    #[test]
    fn fingerprint_forms() {
        let f = Fingerprint::of(b"abc");
        // SHA-256("abc") from FIPS 180-2, appendix B.1.
        assert_eq!(
            f.hex,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert!(f.colon.starts_with("BA:78:16:BF:"));
        assert_eq!(f.colon.replace(':', "").to_lowercase(), f.hex);
    }
}
