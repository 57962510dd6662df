//! A TLS handshake report against `host:port`: the chain the server presents, whether the given CAs (or the
//! public roots) trust it, whether it is valid for the server name, and whether the server asked for a client
//! certificate (and which CAs it named). The handshake always runs to its end: the verifier records instead
//! of refusing, and no client certificate is ever sent.

use crate::http::tls::AcceptAny;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::{ResolvesClientCert, WebPkiServerVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};
use serde::Serialize;
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use x509_parser::prelude::FromDer as _;

/// What to connect to and what to trust.
#[derive(Debug, Clone)]
pub struct Target {
    /// `host:port`.
    pub address: String,
    /// The name to check the certificate against (SNI too); the host of `address` when None.
    pub server_name: Option<String>,
    /// DER CA certificates to check the chain with; the public roots when empty.
    pub cas: Vec<Vec<u8>>,
    /// Bound on the connection and on each read and write.
    pub timeout: Duration,
}

/// What the server showed.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub address: String,
    pub server_name: String,
    /// `TLSv1_3`, `TLSv1_2`, when the handshake finished.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// The chain as presented, leaf first (DER).
    #[serde(skip)]
    pub chain: Vec<Vec<u8>>,
    /// The chain leads to one of the CAs (the given ones, or the public roots).
    pub trusted: bool,
    /// Why it is not trusted, when it is not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trust_error: Option<String>,
    /// Checked against: `given CAs` or `public roots`.
    pub trusted_by: String,
    /// The leaf is valid for the server name.
    pub name_matches: bool,
    /// The server sent a CertificateRequest (mutual TLS, as Elasticsearch's transport port does).
    pub client_cert_requested: bool,
    /// The CA names the server said it accepts client certificates from.
    pub acceptable_client_cas: Vec<String>,
    /// The handshake finished (a server that requires a client certificate may end it with an alert).
    pub completed: bool,
    /// How it ended when it did not finish.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Why no report could be made.
#[derive(Debug, thiserror::Error)]
pub enum HandshakeError {
    #[error("`{0}` is not host:port")]
    BadAddress(String),
    #[error("`{0}` is not a valid TLS server name")]
    BadServerName(String),
    #[error("cannot resolve {address}: {source}")]
    Resolve {
        address: String,
        source: std::io::Error,
    },
    #[error("cannot connect to {address}: {source}")]
    Connect {
        address: String,
        source: std::io::Error,
    },
    #[error(
        "the TLS handshake with {address} failed before the server showed a certificate: {detail}"
    )]
    Tls { address: String, detail: String },
    #[error("a given CA certificate cannot be used as a trust anchor: {0}")]
    BadCa(String),
}

#[derive(Debug, Default)]
struct Seen {
    chain: Vec<Vec<u8>>,
    trust: Option<Result<(), String>>,
    name_ok: bool,
    requested: Option<Vec<String>>,
}

#[derive(Debug)]
struct Recorder {
    inner: Arc<WebPkiServerVerifier>,
    /// Checks the handshake signatures (never skipped: the chain is only recorded, not trusted).
    signatures: AcceptAny,
    seen: Arc<Mutex<Seen>>,
}

impl ServerCertVerifier for Recorder {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let result =
            self.inner
                .verify_server_cert(end_entity, intermediates, server_name, ocsp, now);
        // webpki checks the chain first and the name after: a name error means the chain is trusted.
        let trust = match &result {
            Ok(_) => Ok(()),
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(()),
            Err(e) => Err(e.to_string()),
        };
        let name_ok = rustls::server::ParsedCertificate::try_from(end_entity)
            .and_then(|c| rustls::client::verify_server_name(&c, server_name))
            .is_ok();
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        seen.chain = std::iter::once(end_entity)
            .chain(intermediates)
            .map(|c| c.as_ref().to_vec())
            .collect();
        seen.trust = Some(trust);
        seen.name_ok = name_ok;
        Ok(ServerCertVerified::assertion())
    }
    fn verify_tls12_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.signatures.verify_tls12_signature(m, c, d)
    }
    fn verify_tls13_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.signatures.verify_tls13_signature(m, c, d)
    }
    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.signatures.supported_verify_schemes()
    }
}

/// Notes a CertificateRequest and answers it with no certificate.
#[derive(Debug)]
struct NoteRequest(Arc<Mutex<Seen>>);

impl ResolvesClientCert for NoteRequest {
    fn resolve(
        &self,
        root_hint_subjects: &[&[u8]],
        _: &[SignatureScheme],
    ) -> Option<Arc<rustls::sign::CertifiedKey>> {
        let names = root_hint_subjects
            .iter()
            .map(|dn| match x509_parser::x509::X509Name::from_der(dn) {
                Ok((_, name)) => name.to_string(),
                Err(_) => "(unparsable name)".to_string(),
            })
            .collect();
        self.0.lock().unwrap_or_else(|p| p.into_inner()).requested = Some(names);
        None
    }
    fn has_certs(&self) -> bool {
        // True so that rustls asks us when the server requests a certificate.
        true
    }
}

/// Splits `host:port` (`[v6]:port` too).
pub fn split_address(address: &str) -> Option<(String, u16)> {
    let (host, port) = address.rsplit_once(':')?;
    let port: u16 = port.parse().ok()?;
    let host = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    (!host.is_empty() && port != 0).then(|| (host.to_string(), port))
}

/// Connects, runs the handshake and reports.
pub fn probe(target: &Target) -> Result<Report, HandshakeError> {
    let address = target.address.clone();
    let (host, port) =
        split_address(&address).ok_or_else(|| HandshakeError::BadAddress(address.clone()))?;
    let name = target.server_name.clone().unwrap_or_else(|| host.clone());
    let server_name = ServerName::try_from(name.clone())
        .map_err(|_| HandshakeError::BadServerName(name.clone()))?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = RootCertStore::empty();
    let trusted_by = if target.cas.is_empty() {
        for der in webpki_root_certs::TLS_SERVER_ROOT_CERTS {
            let _ = roots.add(der.clone());
        }
        "public roots"
    } else {
        for der in &target.cas {
            roots
                .add(CertificateDer::from(der.clone()))
                .map_err(|e| HandshakeError::BadCa(e.to_string()))?;
        }
        "given CAs"
    };
    let inner = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
        .build()
        .map_err(|e| HandshakeError::BadCa(e.to_string()))?;
    let seen = Arc::new(Mutex::new(Seen::default()));
    let config = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| HandshakeError::Tls {
            address: address.clone(),
            detail: e.to_string(),
        })?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(Recorder {
            inner,
            signatures: AcceptAny(provider),
            seen: seen.clone(),
        }))
        .with_client_cert_resolver(Arc::new(NoteRequest(seen.clone())));

    let addrs: Vec<_> = (host.as_str(), port)
        .to_socket_addrs()
        .map_err(|source| HandshakeError::Resolve {
            address: address.clone(),
            source,
        })?
        .collect();
    let mut last = std::io::Error::new(std::io::ErrorKind::NotFound, "no address");
    let mut stream = None;
    for a in addrs {
        match TcpStream::connect_timeout(&a, target.timeout) {
            Ok(s) => {
                stream = Some(s);
                break;
            }
            Err(e) => last = e,
        }
    }
    let mut sock = stream.ok_or_else(|| HandshakeError::Connect {
        address: address.clone(),
        source: last,
    })?;
    let io_err = |source| HandshakeError::Connect {
        address: address.clone(),
        source,
    };
    sock.set_read_timeout(Some(target.timeout))
        .map_err(io_err)?;
    sock.set_write_timeout(Some(target.timeout))
        .map_err(io_err)?;
    let mut conn = rustls::ClientConnection::new(Arc::new(config), server_name).map_err(|e| {
        HandshakeError::Tls {
            address: address.clone(),
            detail: e.to_string(),
        }
    })?;
    let mut outcome: Result<(), String> = Ok(());
    while conn.is_handshaking() {
        if let Err(e) = conn.complete_io(&mut sock) {
            outcome = Err(e.to_string());
            break;
        }
    }
    let requested = seen
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .requested
        .is_some();
    if outcome.is_ok() && requested {
        // TLS 1.3: a server that requires a client certificate sends its alert after our Finished. Read a
        // few records, each bounded, to see it; a server that is content waits, and the read times out.
        let _ = sock.set_read_timeout(Some(target.timeout.min(Duration::from_millis(500))));
        for _ in 0..4 {
            match conn.read_tls(&mut sock) {
                Ok(0) | Err(_) => break,
                Ok(_) => {
                    if let Err(e) = conn.process_new_packets() {
                        outcome = Err(e.to_string());
                        break;
                    }
                }
            }
        }
    }
    let protocol = conn.protocol_version().map(|v| format!("{v:?}"));
    conn.send_close_notify();
    let _ = conn.complete_io(&mut sock);
    let seen = std::mem::take(&mut *seen.lock().unwrap_or_else(|p| p.into_inner()));
    let Some(trust) = seen.trust else {
        return Err(HandshakeError::Tls {
            address,
            detail: outcome.err().unwrap_or_else(|| "no certificate".into()),
        });
    };
    Ok(Report {
        address,
        server_name: name,
        protocol,
        chain: seen.chain,
        trusted: trust.is_ok(),
        trust_error: trust.err(),
        trusted_by: trusted_by.to_string(),
        name_matches: seen.name_ok,
        client_cert_requested: seen.requested.is_some(),
        acceptable_client_cas: seen.requested.unwrap_or_default(),
        completed: outcome.is_ok(),
        error: outcome.err(),
    })
}
