//! The shared core of the esconnect tools: connection settings, credentials, the HTTP client and its
//! failure taxonomy, Elasticsearch models, env files and safe file writing.
//!
//! Invariants (see docs/ARCHITECTURE.md): this crate never prints (it returns values and errors; the
//! binaries print); it is the only crate that builds HTTP clients; secrets live only in [`secret::Secret`];
//! every environment variable is declared once, in [`env`]; it knows nothing of clap.

pub mod auth;
pub mod date;
pub mod dotenv;
pub mod env;
pub mod exit;
pub mod failure;
pub mod fs;
pub mod k8s;
pub mod limits;
pub mod managed;
pub mod models;
pub mod pki;
pub mod proxy;
pub mod secret;
pub mod specs;
pub mod url;

#[cfg(feature = "http")]
pub mod ec;
#[cfg(feature = "http")]
pub mod http;
#[cfg(feature = "http")]
pub mod settings;

pub use secret::{Secret, Source, Sourced};
