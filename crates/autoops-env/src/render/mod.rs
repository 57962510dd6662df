//! The output formats. Each builder is a pure function of the checked configuration and the options,
//! so it can be tested field by field; only `lib.rs` writes.

pub mod compose;
pub mod docker;
pub mod eck;
pub mod envfile;
pub mod kubernetes;
pub mod systemd;

/// The agent's arguments: Elastic's AutoOps sample configuration shipped in the image.
pub const AGENT_ARGS: [&str; 2] = ["--config", "otel_samples/autoops_es.yml"];
/// Where docker and compose mount the CA inside the container.
pub const CONTAINER_CA_PATH: &str = "/certs/ca.crt";

/// What the builders need besides the settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The full image reference, with its tag.
    pub image: String,
    /// The agent version (the tag), for labels; `None` when the image is pinned by digest.
    pub agent_version: Option<String>,
    /// Prefix of every generated name.
    pub name: String,
    /// Kubernetes namespace.
    pub namespace: String,
    /// The env file the docker script and the compose file read.
    pub env_file_path: String,
    /// Docker and compose: share the host's network.
    pub host_network: bool,
}

impl Options {
    /// The docker container name (Elastic's FAQ: `autoops-otel-agent`).
    pub fn container_name(&self) -> String {
        format!("{}-otel-agent", self.name)
    }
    /// The compose service name.
    pub fn service_name(&self) -> String {
        format!("{}-agent", self.name)
    }
    /// The Kubernetes Deployment (and container) name (Elastic's manifest: `autoops-elastic-agent`).
    pub fn deployment_name(&self) -> String {
        format!("{}-elastic-agent", self.name)
    }
    /// The Kubernetes Secret holding the settings (Elastic's: `autoops-secret`).
    pub fn secret_name(&self) -> String {
        format!("{}-secret", self.name)
    }
    /// The Kubernetes Secret holding the CA certificate.
    pub fn ca_secret_name(&self) -> String {
        format!("{}-ca", self.name)
    }
}

#[cfg(test)]
pub(crate) fn test_options() -> Options {
    Options {
        image: "docker.elastic.co/elastic-agent/elastic-otel-collector-wolfi:9.2.5".into(),
        agent_version: Some("9.2.5".into()),
        name: "autoops".into(),
        namespace: "default".into(),
        env_file_path: "autoops.env".into(),
        host_network: false,
    }
}
