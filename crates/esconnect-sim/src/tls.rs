//! Certificates and rustls server configurations.
//!
//! One simulator has one CA (ECDSA P-256, like every key here, because key generation must be fast) and
//! one valid leaf certificate shared by all its listeners, with SANs `localhost`, `127.0.0.1` and `::1`.
//! The [`crate::TlsFault`] variants use three more leaf certificates made up front: one issued by a second,
//! untrusted CA, one from the real CA naming only `wrong-host.invalid`, and one from the real CA that expired
//! yesterday. Listeners present the leaf followed by its CA, as Elasticsearch does with a PEM chain.
//! Only `http/1.1` is offered in ALPN: Elasticsearch's HTTP layer does not speak HTTP/2.
//!
//! For remote clusters there are also named CAs ([`Pki`], `CN=<name>`, made on first use), per-cluster
//! identities ([`Identity`]: HTTP/remote cluster server and transport certificates), trust-only CAs read
//! from PEM, raw (no ALPN) server configurations with or without required client certificates, and a
//! client verifier that remembers the presented certificate so failures can name its subject and issuer.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use anyhow::Context as _;
use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use rustls::server::WebPkiClientVerifier;
use rustls::{ClientConfig, RootCertStore, ServerConfig};
use rustls_pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use time::{Duration, OffsetDateTime};

use crate::TlsFault;

/// The subject CN of the simulator's own CA.
pub(crate) const SIM_CA_CN: &str = "Elasticsearch security auto-configuration HTTP CA";

/// The simulator's certificates and the server configurations built from them.
pub(crate) struct Tls {
    pub ca: Arc<Ca>,
    pub ca_pem: String,
    pub ca_der: Vec<u8>,
    pub leaf_der: Vec<u8>,
    /// The valid leaf and its key (the default identity of every listener).
    pub identity: Identity,
    normal: Arc<ServerConfig>,
    unknown_ca: Arc<ServerConfig>,
    wrong_host: Arc<ServerConfig>,
    expired: Arc<ServerConfig>,
}

impl Tls {
    pub fn generate() -> anyhow::Result<Self> {
        let now = OffsetDateTime::now_utc();
        let (ca_cert, ca_issuer) = make_ca(
            SIM_CA_CN,
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
        register(&leaf, "CN=localhost", &format!("CN={SIM_CA_CN}"));
        register(&other_leaf, "CN=localhost", "CN=esconnect-sim untrusted CA");
        register(
            &other_ca_der,
            "CN=esconnect-sim untrusted CA",
            "CN=esconnect-sim untrusted CA",
        );
        let identity = Identity {
            chain: vec![
                CertificateDer::from(leaf.clone()),
                CertificateDer::from(ca_der.clone()),
            ],
            key: PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(leaf_key.serialize_der())),
        };
        Ok(Self {
            identity,
            ca: Arc::new(Ca::from_parts(SIM_CA_CN, &ca_cert, ca_issuer)),
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
    make_leaf_with(issuer, names, not_before, not_after, false)
}

fn make_leaf_with(
    issuer: &Issuer<'static, KeyPair>,
    names: &[&str],
    not_before: OffsetDateTime,
    not_after: OffsetDateTime,
    client: bool,
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
    if client {
        params
            .extended_key_usages
            .push(ExtendedKeyUsagePurpose::ClientAuth);
    }
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

// ------------------------------------------------------------------------------------------------
// Named CAs and per-cluster identities (remote clusters)

/// The name that stands for the simulator's own CA in [`crate::ClusterSpec`] TLS options.
pub const SIM_CA: &str = "sim";

/// Subject and issuer of every certificate this process issued, so that TLS error messages can name them
/// (as Elasticsearch's `SslDiagnostics` does) without an X.509 parser.
type Registry = Mutex<HashMap<Vec<u8>, (String, String)>>;

fn registry() -> &'static Registry {
    static R: OnceLock<Registry> = OnceLock::new();
    R.get_or_init(|| Mutex::new(HashMap::new()))
}

fn register(der: &[u8], subject: &str, issuer: &str) {
    registry()
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .insert(der.to_vec(), (subject.to_owned(), issuer.to_owned()));
}

/// `(subject, issuer)` of a certificate issued by a simulator of this process.
pub(crate) fn describe(der: &[u8]) -> Option<(String, String)> {
    registry()
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .get(der)
        .cloned()
}

/// A certificate authority that can issue leaves.
pub(crate) struct Ca {
    pub cn: String,
    pub der: Vec<u8>,
    pub pem: String,
    /// `None` for a CA only trusted (read from a PEM), which cannot issue.
    issuer: Option<Issuer<'static, KeyPair>>,
}

impl std::fmt::Debug for Ca {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ca")
            .field("cn", &self.cn)
            .finish_non_exhaustive()
    }
}

/// A certificate chain (leaf first, then its CA) and the leaf's key.
pub(crate) struct Identity {
    pub chain: Vec<CertificateDer<'static>>,
    pub key: PrivateKeyDer<'static>,
}

impl Clone for Identity {
    fn clone(&self) -> Self {
        Self {
            chain: self.chain.clone(),
            key: self.key.clone_key(),
        }
    }
}

impl Ca {
    pub fn generate(cn: &str) -> anyhow::Result<Self> {
        let now = OffsetDateTime::now_utc();
        let (cert, issuer) = make_ca(cn, now - Duration::days(1), now + Duration::days(3650))?;
        let der = cert.der().to_vec();
        register(&der, &format!("CN={cn}"), &format!("CN={cn}"));
        Ok(Self {
            cn: cn.to_owned(),
            pem: cert.pem(),
            der,
            issuer: Some(issuer),
        })
    }

    /// A CA to trust from its PEM (for example another simulator process's `ca.crt`); it cannot issue.
    pub fn trusted_pem(pem: &str) -> anyhow::Result<Self> {
        use rustls_pki_types::pem::PemObject as _;
        let der = CertificateDer::from_pem_slice(pem.as_bytes())
            .map_err(|e| anyhow::anyhow!("not a PEM certificate: {e:?}"))?
            .to_vec();
        let cn = describe(&der).map_or_else(
            || "a CA from a PEM file".to_owned(),
            |(subject, _)| subject.trim_start_matches("CN=").to_owned(),
        );
        Ok(Self {
            cn,
            der,
            pem: pem.to_owned(),
            issuer: None,
        })
    }

    fn from_parts(cn: &str, cert: &rcgen::Certificate, issuer: Issuer<'static, KeyPair>) -> Self {
        let der = cert.der().to_vec();
        register(&der, &format!("CN={cn}"), &format!("CN={cn}"));
        Self {
            cn: cn.to_owned(),
            pem: cert.pem(),
            der,
            issuer: Some(issuer),
        }
    }

    /// A leaf for `names` (the first is the CN); `client` adds the `clientAuth` extended key usage, as
    /// transport certificates have.
    pub fn issue(&self, names: &[String], client: bool) -> anyhow::Result<Identity> {
        let now = OffsetDateTime::now_utc();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let issuer = self.issuer.as_ref().ok_or_else(|| {
            anyhow::anyhow!("the CA [{}] is only trusted here, it cannot issue", self.cn)
        })?;
        let (leaf, key) = make_leaf_with(
            issuer,
            &refs,
            now - Duration::days(1),
            now + Duration::days(825),
            client,
        )?;
        register(
            &leaf,
            &format!("CN={}", names.first().map_or("", String::as_str)),
            &format!("CN={}", self.cn),
        );
        Ok(Identity {
            chain: vec![
                CertificateDer::from(leaf),
                CertificateDer::from(self.der.clone()),
            ],
            key: PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
        })
    }
}

/// The CAs of one simulator: its own ([`SIM_CA`]) and named ones made on first use (CN = the name).
pub(crate) struct Pki {
    sim: Arc<Ca>,
    named: Mutex<BTreeMap<String, Arc<Ca>>>,
}

impl Pki {
    pub fn new(sim: Arc<Ca>) -> Self {
        Self {
            sim,
            named: Mutex::new(BTreeMap::new()),
        }
    }

    pub fn get(&self, name: &str) -> anyhow::Result<Arc<Ca>> {
        if name == SIM_CA {
            return Ok(self.sim.clone());
        }
        let mut named = self
            .named
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(ca) = named.get(name) {
            return Ok(ca.clone());
        }
        let ca = Arc::new(Ca::generate(name)?);
        named.insert(name.to_owned(), ca.clone());
        Ok(ca)
    }

    pub fn find(&self, name: &str) -> Option<Arc<Ca>> {
        if name == SIM_CA {
            return Some(self.sim.clone());
        }
        self.named
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(name)
            .cloned()
    }

    pub fn names(&self) -> Vec<String> {
        let mut v = vec![SIM_CA.to_owned()];
        v.extend(
            self.named
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .keys()
                .cloned(),
        );
        v
    }
}

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

pub(crate) fn roots_of(cas: &[Arc<Ca>]) -> anyhow::Result<RootCertStore> {
    let mut roots = RootCertStore::empty();
    for ca in cas {
        roots
            .add(CertificateDer::from(ca.der.clone()))
            .context("adding a CA to a trust store")?;
    }
    Ok(roots)
}

/// `xpack.security.transport.ssl.client_authentication`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientAuth {
    /// A client certificate from a trusted CA is required (Elasticsearch's default on the transport).
    Required,
    /// A client certificate is requested and verified when sent.
    Optional,
    /// No client certificate is requested.
    None,
}

/// A raw TLS server (no ALPN): without client authentication (the remote cluster server port) or
/// with client certificates issued by one of `client_cas` (the transport port; required unless
/// `optional`).
pub(crate) fn raw_server_config(
    id: &Identity,
    client_cas: Option<&[Arc<Ca>]>,
    optional: bool,
) -> anyhow::Result<Arc<ServerConfig>> {
    let builder = ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .context("TLS protocol versions")?;
    let builder = match client_cas {
        None => builder.with_no_client_auth(),
        Some(cas) => {
            let mut vb =
                WebPkiClientVerifier::builder_with_provider(Arc::new(roots_of(cas)?), provider());
            if optional {
                vb = vb.allow_unauthenticated();
            }
            let verifier = vb
                .build()
                .context("building the client certificate verifier")?;
            builder.with_client_cert_verifier(verifier)
        }
    };
    let config = builder
        .with_single_cert(id.chain.clone(), id.key.clone_key())
        .context("building the TLS server configuration")?;
    Ok(Arc::new(config))
}

/// An HTTP server configuration (ALPN `http/1.1`) for a cluster with its own identity.
pub(crate) fn http_server_config(id: &Identity) -> anyhow::Result<Arc<ServerConfig>> {
    let mut config = ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .context("TLS protocol versions")?
        .with_no_client_auth()
        .with_single_cert(id.chain.clone(), id.key.clone_key())
        .context("building the TLS server configuration")?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// Verifies like webpki and remembers the end-entity certificate the server presented, so that a failure
/// can name its subject and issuer.
#[derive(Debug)]
pub(crate) struct RecordingVerifier {
    inner: Arc<rustls::client::WebPkiServerVerifier>,
    pub seen: Mutex<Option<Vec<u8>>>,
}

impl RecordingVerifier {
    pub fn new(roots: RootCertStore) -> anyhow::Result<Arc<Self>> {
        let inner = rustls::client::WebPkiServerVerifier::builder_with_provider(
            Arc::new(roots),
            provider(),
        )
        .build()
        .context("building the server certificate verifier")?;
        Ok(Arc::new(Self {
            inner,
            seen: Mutex::new(None),
        }))
    }

    pub fn seen(&self) -> Option<Vec<u8>> {
        self.seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }
}

impl rustls::client::danger::ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &rustls_pki_types::ServerName<'_>,
        ocsp_response: &[u8],
        now: rustls_pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        *self
            .seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(end_entity.to_vec());
        self.inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// A client configuration trusting `cas`, with a client certificate when `client` is given.
pub(crate) fn client_config(
    verifier: Arc<RecordingVerifier>,
    client: Option<&Identity>,
) -> anyhow::Result<Arc<ClientConfig>> {
    let builder = ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .context("TLS protocol versions")?
        .dangerous()
        .with_custom_certificate_verifier(verifier);
    let config = match client {
        None => builder.with_no_client_auth(),
        Some(id) => builder
            .with_client_auth_cert(id.chain.clone(), id.key.clone_key())
            .context("client certificate")?,
    };
    Ok(Arc::new(config))
}
