//! Certificates for the tests of certificate tooling (`esconnect_core::pki`, `ece-trust`): a CA, node
//! certificates with and without the `otherName` commonName SANs elasticsearch-certutil writes for the `cn`
//! of instances.yml (elastic-facts §6), expired ones, PKCS#12 files with a password (modern and legacy
//! encryption), and a small TLS endpoint that asks, requires or does not ask for a client certificate, as
//! an Elasticsearch transport port (9300) does.

use anyhow::Context as _;
use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose, OtherNameValue, SanType,
};
use rustls::server::WebPkiClientVerifier;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use time::{Duration, OffsetDateTime};

/// The OID of commonName, the otherName type certutil writes (2.5.4.3).
const CN_OID: [u64; 4] = [2, 5, 4, 3];

/// A test CA that issues node certificates.
pub struct TestCa {
    pub cert_der: Vec<u8>,
    pub cert_pem: String,
    /// PKCS#8 DER of the CA key (for PKCS#12 files that hold the CA and its key, as elastic-stack-ca.p12).
    pub key_der: Vec<u8>,
    issuer: Issuer<'static, KeyPair>,
}

/// A certificate and its key.
pub struct TestCert {
    pub cert_der: Vec<u8>,
    pub cert_pem: String,
    /// PKCS#8 DER.
    pub key_der: Vec<u8>,
    /// PKCS#8 PEM.
    pub key_pem: String,
}

/// What a node certificate names.
#[derive(Debug, Clone, Default)]
pub struct NodeSpec {
    /// Subject CN.
    pub common_name: String,
    /// otherName commonName SANs (certutil's `cn`).
    pub other_name_cn: Vec<String>,
    pub dns: Vec<String>,
    pub ip: Vec<std::net::IpAddr>,
    /// Days from now the validity starts (negative: in the past).
    pub from_days: i64,
    /// Days from now the validity ends (negative: expired).
    pub to_days: i64,
}

impl NodeSpec {
    /// A node valid from yesterday for `to_days` days.
    pub fn new(common_name: &str) -> Self {
        NodeSpec {
            common_name: common_name.into(),
            from_days: -1,
            to_days: 365,
            ..Default::default()
        }
    }
}

impl TestCa {
    /// A self-signed CA named `cn`, valid from yesterday for ten years.
    pub fn new(cn: &str) -> anyhow::Result<Self> {
        let now = OffsetDateTime::now_utc();
        let mut params = CertificateParams::new(Vec::<String>::new())?;
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.distinguished_name.push(DnType::CommonName, cn);
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        params.not_before = now - Duration::days(1);
        params.not_after = now + Duration::days(3650);
        let key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256)?;
        let cert = params.self_signed(&key).context("self-signing the CA")?;
        Ok(TestCa {
            cert_der: cert.der().to_vec(),
            cert_pem: cert.pem(),
            key_der: key.serialize_der(),
            issuer: Issuer::new(params, key),
        })
    }

    /// A node certificate (serverAuth and clientAuth, as certutil's) issued by this CA.
    pub fn node(&self, spec: &NodeSpec) -> anyhow::Result<TestCert> {
        let now = OffsetDateTime::now_utc();
        let mut params = CertificateParams::new(spec.dns.clone())?;
        for ip in &spec.ip {
            params.subject_alt_names.push(SanType::IpAddress(*ip));
        }
        for cn in &spec.other_name_cn {
            params.subject_alt_names.push(SanType::OtherName((
                CN_OID.to_vec(),
                OtherNameValue::Utf8String(cn.clone()),
            )));
        }
        params
            .distinguished_name
            .push(DnType::CommonName, spec.common_name.as_str());
        params.key_usages = vec![
            KeyUsagePurpose::DigitalSignature,
            KeyUsagePurpose::KeyEncipherment,
        ];
        params.extended_key_usages = vec![
            ExtendedKeyUsagePurpose::ServerAuth,
            ExtendedKeyUsagePurpose::ClientAuth,
        ];
        params.use_authority_key_identifier_extension = true;
        params.not_before = now + Duration::days(spec.from_days);
        params.not_after = now + Duration::days(spec.to_days);
        let key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256)?;
        let cert = params
            .signed_by(&key, &self.issuer)
            .context("signing a node certificate")?;
        Ok(TestCert {
            cert_der: cert.der().to_vec(),
            cert_pem: cert.pem(),
            key_der: key.serialize_der(),
            key_pem: key.serialize_pem(),
        })
    }

    /// A PKCS#12 file holding the CA certificate and its key, as `elasticsearch-certutil ca` writes
    /// elastic-stack-ca.p12.
    pub fn pkcs12(&self, password: &str, legacy: bool) -> anyhow::Result<Vec<u8>> {
        pkcs12(&self.key_der, &[&self.cert_der], password, legacy)
    }
}

/// A PKCS#12 file: one key with its chain (leaf first), as certutil's `cert` command writes
/// elastic-certificates.p12. `legacy` uses PBE-SHA1-3DES (keys) and PBE-SHA1-RC2-40 (certificates), as older
/// JDKs and openssl before 3.0 did; else PBES2 with AES-256 and HMAC-SHA256.
pub fn pkcs12(
    key_der: &[u8],
    chain: &[&[u8]],
    password: &str,
    legacy: bool,
) -> anyhow::Result<Vec<u8>> {
    use p12_keystore::{
        Certificate, EncryptionAlgorithm, KeyStore, KeyStoreEntry, MacAlgorithm, PrivateKey,
        PrivateKeyChain,
    };
    let certs = chain
        .iter()
        .map(|d| Certificate::from_der(d))
        .collect::<Result<Vec<_>, _>>()
        .context("a certificate for PKCS#12")?;
    let key = PrivateKey::from_der(key_der).context("a key for PKCS#12")?;
    let mut store = KeyStore::new();
    store.add_entry(
        "instance",
        KeyStoreEntry::PrivateKeyChain(PrivateKeyChain::new(b"1".to_vec(), key, certs)),
    );
    let mut writer = store.writer(password);
    if legacy {
        writer = writer
            .encryption_algorithm(EncryptionAlgorithm::PbeWithShaAnd3KeyTripleDesCbc)
            .mac_algorithm(MacAlgorithm::HmacSha1);
    }
    writer.write().context("writing PKCS#12")
}

/// A truststore-style PKCS#12 file: certificates only, no key.
pub fn pkcs12_certs_only(chain: &[&[u8]], password: &str) -> anyhow::Result<Vec<u8>> {
    use p12_keystore::{Certificate, KeyStore, KeyStoreEntry};
    let mut store = KeyStore::new();
    for (i, d) in chain.iter().enumerate() {
        store.add_entry(
            &format!("ca{i}"),
            KeyStoreEntry::Certificate(Certificate::from_der(d).context("a certificate")?),
        );
    }
    store.writer(password).write().context("writing PKCS#12")
}

/// Whether the endpoint asks the client for a certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientAuth {
    /// No CertificateRequest (an HTTPS port by default).
    None,
    /// A CertificateRequest naming this CA; the handshake goes on without one.
    Optional,
    /// A CertificateRequest naming this CA; no certificate ends the handshake (a transport port).
    Required,
}

/// A TLS endpoint on 127.0.0.1 that completes handshakes and closes; it stops when dropped.
pub struct TlsEndpoint {
    pub addr: SocketAddr,
    stop: Arc<AtomicBool>,
}

impl TlsEndpoint {
    /// Serves `chain` (leaf first) with `key_der` (PKCS#8); `client_ca` is the CA named in the
    /// CertificateRequest when `auth` is not None.
    pub fn start(
        chain: &[&[u8]],
        key_der: &[u8],
        auth: ClientAuth,
        client_ca: &[u8],
    ) -> anyhow::Result<Self> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()?;
        let builder = match auth {
            ClientAuth::None => builder.with_no_client_auth(),
            ClientAuth::Optional | ClientAuth::Required => {
                let mut roots = rustls::RootCertStore::empty();
                roots.add(CertificateDer::from(client_ca.to_vec()))?;
                let v = WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider);
                let v = if auth == ClientAuth::Optional {
                    v.allow_unauthenticated()
                } else {
                    v
                };
                builder.with_client_cert_verifier(v.build()?)
            }
        };
        let chain = chain
            .iter()
            .map(|d| CertificateDer::from(d.to_vec()))
            .collect();
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key_der.to_vec()));
        let config = Arc::new(builder.with_single_cert(chain, key)?);
        let listener = TcpListener::bind("127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        std::thread::spawn(move || {
            while !flag.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((mut sock, _)) => {
                        let _ = sock.set_nonblocking(false);
                        let _ = sock.set_read_timeout(Some(std::time::Duration::from_secs(5)));
                        let Ok(mut conn) = rustls::ServerConnection::new(config.clone()) else {
                            continue;
                        };
                        while conn.is_handshaking() {
                            if conn.complete_io(&mut sock).is_err() {
                                break;
                            }
                        }
                        // Flush the alert or the session tickets, then close.
                        let _ = conn.complete_io(&mut sock);
                        conn.send_close_notify();
                        let _ = conn.complete_io(&mut sock);
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                        std::thread::sleep(std::time::Duration::from_millis(5));
                    }
                    Err(_) => break,
                }
            }
        });
        Ok(TlsEndpoint { addr, stop })
    }
}

impl Drop for TlsEndpoint {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}
