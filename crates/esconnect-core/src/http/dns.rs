//! Name resolution through the system resolver, with failures carried as a typed error so that
//! classification knows a DNS failure from a connection failure without reading message text.

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use std::net::SocketAddr;

/// The host name could not be resolved.
#[derive(Debug, thiserror::Error)]
#[error("cannot resolve host `{host}`: {source}")]
pub struct DnsError {
    pub host: String,
    #[source]
    pub source: std::io::Error,
}

/// A resolver using `getaddrinfo` through tokio, like hyper's default, but with typed errors.
#[derive(Debug, Default, Clone)]
pub struct SystemResolver;

impl Resolve for SystemResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_string();
        Box::pin(async move {
            let looked_up: std::io::Result<Vec<SocketAddr>> =
                tokio::net::lookup_host((host.clone(), 0))
                    .await
                    .map(Iterator::collect);
            match looked_up {
                Ok(v) => {
                    if v.is_empty() {
                        let source =
                            std::io::Error::new(std::io::ErrorKind::NotFound, "no addresses");
                        return Err(Box::new(DnsError { host, source })
                            as Box<dyn std::error::Error + Send + Sync>);
                    }
                    Ok(Box::new(v.into_iter()) as Addrs)
                }
                Err(source) => {
                    Err(Box::new(DnsError { host, source })
                        as Box<dyn std::error::Error + Send + Sync>)
                }
            }
        })
    }
}
