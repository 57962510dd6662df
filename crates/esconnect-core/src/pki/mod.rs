//! Certificates without the network. Always: [`pem`] (blocks of any label, so a private key is always
//! seen). With the feature `pki`: PEM bundles, DER and PKCS#12 (modern PBES2/AES and the legacy 3DES/RC2
//! encryption elasticsearch-certutil writes) reading, and x509 inspection. With `pki` and `http`,
//! [`handshake`] reports what a TLS server presents.
//!
//! Private keys are counted, never kept: a [`Bundle`] holds certificates only.

pub mod pem;

#[cfg(feature = "pki")]
mod bundle;
#[cfg(all(feature = "pki", feature = "http"))]
pub mod handshake;
#[cfg(feature = "pki")]
pub mod x509;

#[cfg(feature = "pki")]
pub use bundle::*;
#[cfg(feature = "pki")]
pub use x509::{CertInfo, Fingerprint, Sans, inspect};

#[cfg(all(test, feature = "pki"))]
mod tests;
