//! Per-cluster TLS identities and the raw remote cluster server / transport listeners (real TLS).

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::*;
use esconnect_sim::{ClusterSpec, SIM_CA, Sim};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer, ServerName};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

fn der_of(pem: &str) -> Vec<u8> {
    use base64::Engine as _;
    let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    base64::engine::general_purpose::STANDARD
        .decode(body)
        .expect("PEM body is base64")
}

async fn https_status(ca_der: &[u8], url: &str) -> Result<u16, String> {
    init();
    let client = reqwest::Client::builder()
        .use_preconfigured_tls(tls_config(ca_der))
        .no_proxy()
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    match client
        .get(url)
        .header("authorization", elastic())
        .send()
        .await
    {
        Ok(r) => Ok(r.status().as_u16()),
        Err(e) => Err(format!(
            "{:?}",
            find_rustls_error(&e).map_or_else(|| error_chain(&e), |r| format!("{r:?}"))
        )),
    }
}

#[tokio::test]
async fn a_cluster_with_its_own_ca_is_trusted_only_through_that_ca() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("default", "8.17.0"))
        .cluster(ClusterSpec::new("own", "8.17.0").ca("Remote HTTP CA"))
        .start()
        .unwrap();
    let own = sim.cluster("own");
    let own_ca = der_of(&sim.named_ca_pem("Remote HTTP CA").unwrap());
    assert_eq!(own.http_ca_subject(), "CN=Remote HTTP CA");
    assert_eq!(der_of(&own.http_ca_pem()), own_ca);
    // the default cluster still uses the simulator's CA
    assert_eq!(
        https_status(&sim.ca_der(), &sim.cluster("default").url()).await,
        Ok(200)
    );
    assert_eq!(sim.cluster("default").http_ca_pem(), sim.ca_pem());
    assert_eq!(sim.named_ca_pem(SIM_CA), Some(sim.ca_pem()));
    // the other one only through its own CA
    assert_eq!(https_status(&own_ca, &own.url()).await, Ok(200));
    let err = https_status(&sim.ca_der(), &own.url()).await.unwrap_err();
    assert!(err.contains("UnknownIssuer"), "{err}");
    assert!(sim.ca_names().contains(&"Remote HTTP CA".to_owned()));
}

#[tokio::test]
async fn server_names_decide_which_host_names_verify() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("named", "8.17.0").server_names(&["es.example.com"]))
        .start()
        .unwrap();
    let err = https_status(&sim.ca_der(), &sim.cluster("named").url())
        .await
        .unwrap_err();
    assert!(err.contains("NotValidForName"), "{err}");
}

fn client_config(
    ca_der: &[u8],
    client: Option<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>)>,
) -> Arc<rustls::ClientConfig> {
    let mut roots = rustls::RootCertStore::empty();
    roots.add(CertificateDer::from(ca_der.to_vec())).unwrap();
    let b = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots);
    Arc::new(match client {
        None => b.with_no_client_auth(),
        Some((chain, key)) => b.with_client_auth_cert(chain, key).unwrap(),
    })
}

/// Handshake, send one JSON line, read what comes back. `Err` is the rustls error seen.
async fn raw_exchange(
    addr: std::net::SocketAddr,
    config: Arc<rustls::ClientConfig>,
    line: &str,
) -> Result<String, rustls::Error> {
    let tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let connector = tokio_rustls::TlsConnector::from(config);
    let as_rustls = |e: std::io::Error| {
        find_rustls_error(&e).unwrap_or_else(|| panic!("not a TLS error: {}", error_chain(&e)))
    };
    let mut tls = connector
        .connect(ServerName::try_from("localhost").unwrap(), tcp)
        .await
        .map_err(as_rustls)?;
    tls.write_all(format!("{line}\n").as_bytes())
        .await
        .map_err(as_rustls)?;
    let mut out = String::new();
    tokio::time::timeout(Duration::from_secs(5), tls.read_to_string(&mut out))
        .await
        .expect("the server answers in time")
        .map_err(as_rustls)?;
    Ok(out)
}

#[tokio::test]
async fn remote_cluster_server_port_asks_for_no_client_certificate() {
    let sim = Sim::builder()
        .cluster(ClusterSpec::new("r", "8.17.0").remote_cluster_server(true))
        .cluster(ClusterSpec::new("plain", "8.17.0"))
        .start()
        .unwrap();
    assert!(sim.cluster("plain").rcs_addr().is_none());
    assert!(sim.cluster("plain").transport_addr().is_none());
    let addr = sim.cluster("r").rcs_addr().unwrap();
    assert_ne!(addr, sim.cluster("r").addr());
    let answer = raw_exchange(
        addr,
        client_config(&sim.ca_der(), None),
        r#"{"action":"cluster:internal/remote_cluster/handshake","credentials":null}"#,
    )
    .await
    .expect("TLS works without a client certificate");
    assert!(
        answer.contains(
            "require transport header [_cross_cluster_access_credentials] but none found"
        ),
        "{answer}"
    );
}

#[tokio::test]
async fn transport_port_requires_a_client_certificate_from_a_trusted_ca() {
    let sim = Sim::builder()
        .cluster(
            ClusterSpec::new("r", "8.17.0")
                .transport_port(true)
                .transport_ca("Elastic Auto Transport CA"),
        )
        .start()
        .unwrap();
    let r = sim.cluster("r");
    assert_eq!(r.transport_ca_subject(), "CN=Elastic Auto Transport CA");
    let c = client(&sim);
    let (_, v) = su(&c, "GET", &format!("{}/_nodes", r.url()), None).await;
    let node = v["nodes"]
        .as_object()
        .unwrap()
        .values()
        .next()
        .unwrap()
        .clone();
    assert_eq!(
        node["transport_address"],
        r.transport_addr().unwrap().to_string()
    );
    let transport_ca = der_of(&r.transport_ca_pem());
    let addr = r.transport_addr().unwrap();
    let hello = r#"{"action":"cluster:internal/remote_cluster/handshake","credentials":null}"#;

    // no client certificate: the server aborts the handshake with a fatal alert
    let err = raw_exchange(addr, client_config(&transport_ca, None), hello)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            rustls::Error::AlertReceived(
                rustls::AlertDescription::CertificateRequired
                    | rustls::AlertDescription::BadCertificate
            )
        ),
        "{err:?}"
    );

    // a client certificate from a CA the transport layer does not trust
    let foreign = foreign_identity();
    let err = raw_exchange(addr, client_config(&transport_ca, Some(foreign)), hello)
        .await
        .unwrap_err();
    assert!(matches!(err, rustls::Error::AlertReceived(_)), "{err:?}");

    // the simulator's CA does not verify the transport certificate
    let err = raw_exchange(addr, client_config(&sim.ca_der(), None), hello)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer)
        ),
        "{err:?}"
    );
    // the server records the third failure when it reads the client's alert: poll, bounded
    let mut failed = r.inbound_handshakes();
    for _ in 0..100 {
        if failed.len() >= 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
        failed = r.inbound_handshakes();
    }
    assert_eq!(failed.len(), 3, "{failed:?}");
    assert!(
        failed
            .iter()
            .all(|h| h.port == "transport" && h.error.is_some())
    );
}

/// A client certificate issued by a CA made here (unknown to the simulator).
fn foreign_identity() -> (Vec<CertificateDer<'static>>, PrivateKeyDer<'static>) {
    let ca_key = rcgen::KeyPair::generate().unwrap();
    let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "foreign CA");
    let ca_cert = ca_params.self_signed(&ca_key).unwrap();
    let issuer = rcgen::Issuer::new(ca_params, ca_key);
    let key = rcgen::KeyPair::generate().unwrap();
    let mut params = rcgen::CertificateParams::new(vec!["localhost".to_owned()]).unwrap();
    params.extended_key_usages = vec![
        rcgen::ExtendedKeyUsagePurpose::ServerAuth,
        rcgen::ExtendedKeyUsagePurpose::ClientAuth,
    ];
    let cert = params.signed_by(&key, &issuer).unwrap();
    (
        vec![cert.der().clone(), ca_cert.der().clone()],
        PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
    )
}
