//! Certificates and rustls server configurations.
//!
//! One simulator has one CA (ECDSA P-256, like every key here, because key generation must be fast) and
//! one valid leaf certificate shared by all its listeners, with SANs `localhost`, `127.0.0.1` and `::1`.
//! The [`crate::TlsFault`] variants use three more leaf certificates made up front: one issued by a second,
//! untrusted CA, one from the real CA naming only `wrong-host.invalid`, and one from the real CA that expired
//! yesterday. Listeners present the leaf followed by its CA, as Elasticsearch does with a PEM chain.
//! Only `http/1.1` is offered in ALPN: Elasticsearch's HTTP layer does not speak HTTP/2.

use std::sync::Arc;

use anyhow::Context as _;
use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use rustls::ServerConfig;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use time::{Duration, OffsetDateTime};

use crate::TlsFault;

/// The simulator's certificates and the server configurations built from them.
pub(crate) struct Tls {
    pub ca_pem: String,
    pub ca_der: Vec<u8>,
    pub leaf_der: Vec<u8>,
    normal: Arc<ServerConfig>,
    unknown_ca: Arc<ServerConfig>,
    wrong_host: Arc<ServerConfig>,
    expired: Arc<ServerConfig>,
}

impl Tls {
    pub fn generate() -> anyhow::Result<Self> {
        let now = OffsetDateTime::now_utc();
        let (ca_cert, ca_issuer) = make_ca(
            "Elasticsearch security auto-configuration HTTP CA",
            now - Duration::days(1),
            now + Duration::days(3650),
        )?;
        let (other_ca_cert, other_issuer) = make_ca(
            "esconnect-sim untrusted CA",
            now - Duration::days(1),
            now + Duration::days(3650),
        )?;
        let good_names = ["localhost", "127.0.0.1", "::1"];
        let valid_from = now - Duration::days(1);
        let valid_to = now + Duration::days(825);

        let (leaf, leaf_key) = make_leaf(&ca_issuer, &good_names, valid_from, valid_to)?;
        let (other_leaf, other_key) = make_leaf(&other_issuer, &good_names, valid_from, valid_to)?;
        let (wrong_leaf, wrong_key) =
            make_leaf(&ca_issuer, &["wrong-host.invalid"], valid_from, valid_to)?;
        let (expired_leaf, expired_key) = make_leaf(
            &ca_issuer,
            &good_names,
            now - Duration::days(30),
            now - Duration::days(1),
        )?;

        let ca_der = ca_cert.der().to_vec();
        let other_ca_der = other_ca_cert.der().to_vec();
        Ok(Self {
            ca_pem: ca_cert.pem(),
            normal: server_config(vec![leaf.clone(), ca_der.clone()], leaf_key)?,
            unknown_ca: server_config(vec![other_leaf, other_ca_der], other_key)?,
            wrong_host: server_config(vec![wrong_leaf, ca_der.clone()], wrong_key)?,
            expired: server_config(vec![expired_leaf, ca_der.clone()], expired_key)?,
            ca_der,
            leaf_der: leaf,
        })
    }

    /// The server configuration for a connection accepted under `fault`.
    pub fn config_for(&self, fault: Option<TlsFault>) -> Arc<ServerConfig> {
        match fault {
            Some(TlsFault::UnknownCa) => self.unknown_ca.clone(),
            Some(TlsFault::WrongHost) => self.wrong_host.clone(),
            Some(TlsFault::Expired) => self.expired.clone(),
            Some(TlsFault::PlainHttp) | None => self.normal.clone(),
        }
    }
}

fn make_ca(
    cn: &str,
    not_before: OffsetDateTime,
    not_after: OffsetDateTime,
) -> anyhow::Result<(rcgen::Certificate, Issuer<'static, KeyPair>)> {
    let mut params = CertificateParams::new(Vec::<String>::new())?;
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.distinguished_name.push(DnType::CommonName, cn);
    params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    params.not_before = not_before;
    params.not_after = not_after;
    let key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256)?;
    let cert = params.self_signed(&key).context("self-signing the CA")?;
    Ok((cert, Issuer::new(params, key)))
}

fn make_leaf(
    issuer: &Issuer<'static, KeyPair>,
    names: &[&str],
    not_before: OffsetDateTime,
    not_after: OffsetDateTime,
) -> anyhow::Result<(Vec<u8>, KeyPair)> {
    let names: Vec<String> = names.iter().map(|s| (*s).to_owned()).collect();
    let mut params = CertificateParams::new(names.clone())?;
    params
        .distinguished_name
        .push(DnType::CommonName, names[0].as_str());
    params.key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyEncipherment,
    ];
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    params.use_authority_key_identifier_extension = true;
    params.not_before = not_before;
    params.not_after = not_after;
    let key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256)?;
    let cert = params
        .signed_by(&key, issuer)
        .context("signing a leaf certificate")?;
    Ok((cert.der().to_vec(), key))
}

fn server_config(chain: Vec<Vec<u8>>, key: KeyPair) -> anyhow::Result<Arc<ServerConfig>> {
    let chain: Vec<CertificateDer<'static>> = chain.into_iter().map(CertificateDer::from).collect();
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let mut config =
        ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .context("TLS protocol versions")?
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .context("building the TLS server configuration")?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}
