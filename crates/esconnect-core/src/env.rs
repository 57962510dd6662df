//! The catalogue of every environment variable any esconnect binary reads.
//!
//! Each variable is declared exactly once, here. Binaries refer to these constants (never to string
//! literals), `cargo xtask codegen` renders `docs/environment.md` from [`ALL`], and help texts are built
//! from the same entries.

/// One environment variable: its name, what it means, which binaries read it, and whether it holds a secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnvVar {
    pub name: &'static str,
    pub description: &'static str,
    pub used_by: &'static [&'static str],
    pub secret: bool,
}

impl EnvVar {
    /// The value, if set and not empty.
    pub fn get(&self) -> Option<String> {
        std::env::var(self.name).ok().filter(|v| !v.is_empty())
    }
}

macro_rules! catalogue {
    ($( $(#[$m:meta])* $id:ident = $name:literal, secret: $secret:literal, used_by: [$($bin:literal),*], $desc:literal; )*) => {
        $( $(#[$m])* pub const $id: EnvVar = EnvVar { name: $name, description: $desc, used_by: &[$($bin),*], secret: $secret }; )*
        /// Every variable in the catalogue, in declaration order.
        pub const ALL: &[EnvVar] = &[$($id),*];
    };
}

catalogue! {
    ELASTICSEARCH_URL = "ELASTICSEARCH_URL", secret: false, used_by: ["es-role", "ece-trust", "es-remote"],
        "URL of the Elasticsearch cluster to manage (scheme and host required; port 9200 when none is given).";
    ELASTICSEARCH_API_KEY = "ELASTICSEARCH_API_KEY", secret: true, used_by: ["es-role", "ece-trust", "es-remote"],
        "API key to authenticate to Elasticsearch, as `id:api_key` or the base64 `encoded` form.";
    ELASTICSEARCH_USERNAME = "ELASTICSEARCH_USERNAME", secret: false, used_by: ["es-role", "ece-trust", "es-remote"],
        "Username for basic authentication to Elasticsearch (with ELASTICSEARCH_PASSWORD).";
    ELASTICSEARCH_PASSWORD = "ELASTICSEARCH_PASSWORD", secret: true, used_by: ["es-role", "ece-trust", "es-remote"],
        "Password for basic authentication to Elasticsearch.";
    ELASTICSEARCH_CA_CERT = "ELASTICSEARCH_CA_CERT", secret: false, used_by: ["es-role", "ece-trust", "es-remote"],
        "Path to a PEM file with the CA certificate(s) that signed the cluster's HTTP certificate.";
    ELASTICSEARCH_CA_FINGERPRINT = "ELASTICSEARCH_CA_FINGERPRINT", secret: false, used_by: ["es-role", "ece-trust", "es-remote"],
        "SHA-256 fingerprint of the cluster's CA or server certificate (hex, colons optional), as Elasticsearch prints it at first start.";

    REMOTE_ELASTICSEARCH_URL = "REMOTE_ELASTICSEARCH_URL", secret: false, used_by: ["es-remote"],
        "URL of the other cluster of a remote-cluster pair, for commands that talk to both (port 9200 when none is given).";
    REMOTE_ELASTICSEARCH_API_KEY = "REMOTE_ELASTICSEARCH_API_KEY", secret: true, used_by: ["es-remote"],
        "API key for the other cluster of the pair, as `id:api_key` or the base64 `encoded` form.";
    REMOTE_ELASTICSEARCH_USERNAME = "REMOTE_ELASTICSEARCH_USERNAME", secret: false, used_by: ["es-remote"],
        "Username for basic authentication to the other cluster of the pair (with REMOTE_ELASTICSEARCH_PASSWORD).";
    REMOTE_ELASTICSEARCH_PASSWORD = "REMOTE_ELASTICSEARCH_PASSWORD", secret: true, used_by: ["es-remote"],
        "Password for basic authentication to the other cluster of the pair.";
    REMOTE_ELASTICSEARCH_CA_CERT = "REMOTE_ELASTICSEARCH_CA_CERT", secret: false, used_by: ["es-remote"],
        "Path to a PEM file with the CA certificate(s) of the other cluster's HTTP certificate.";
    REMOTE_ELASTICSEARCH_CA_FINGERPRINT = "REMOTE_ELASTICSEARCH_CA_FINGERPRINT", secret: false, used_by: ["es-remote"],
        "SHA-256 fingerprint of the other cluster's CA or server certificate (hex, colons optional).";

    EC_HOST = "EC_HOST", secret: false, used_by: ["ece-trust", "es-remote"],
        "The ECE coordinator (HOST[:PORT], port 12443 when none is given) or the ECH API host (api.elastic-cloud.com, port 443); https:// is implied.";
    EC_API_KEY = "EC_API_KEY", secret: true, used_by: ["ece-trust", "es-remote"],
        "ECE or ECH API key, sent as `Authorization: ApiKey <key>` exactly as given.";
    EC_USER = "EC_USER", secret: false, used_by: ["ece-trust", "es-remote"],
        "ECE only: the user for basic authentication to the ECE API, with EC_PASS (ecctl's name); ECH takes API keys only.";
    EC_PASS = "EC_PASS", secret: true, used_by: ["ece-trust", "es-remote"],
        "ECE only: the password for basic authentication to the ECE API (ecctl's name).";
    EC_CA_CERT = "EC_CA_CERT", secret: false, used_by: ["ece-trust", "es-remote"],
        "Path to a PEM file with the CA of the ECE coordinator's certificate (ECE installations often use a private CA).";
    EC_CA_FINGERPRINT = "EC_CA_FINGERPRINT", secret: false, used_by: ["ece-trust", "es-remote"],
        "SHA-256 fingerprint of the ECE coordinator's CA or server certificate (hex, colons optional).";

    AUTOOPS_ES_URL = "AUTOOPS_ES_URL", secret: false, used_by: ["autoops-env", "autoops-probe"],
        "The URL the AutoOps agent uses to reach Elasticsearch.";
    AUTOOPS_ES_API_KEY = "AUTOOPS_ES_API_KEY", secret: true, used_by: ["autoops-env", "autoops-probe"],
        "API key the AutoOps agent reads with, as `id:api_key` (required on 9.1.0-9.1.3; accepted everywhere). Not with AUTOOPS_ES_USERNAME.";
    AUTOOPS_ES_USERNAME = "AUTOOPS_ES_USERNAME", secret: false, used_by: ["autoops-env", "autoops-probe"],
        "Username for the AutoOps agent's basic authentication (with AUTOOPS_ES_PASSWORD). Not with AUTOOPS_ES_API_KEY.";
    AUTOOPS_ES_PASSWORD = "AUTOOPS_ES_PASSWORD", secret: true, used_by: ["autoops-env", "autoops-probe"],
        "Password for the AutoOps agent's basic authentication.";
    AUTOOPS_OTEL_URL = "AUTOOPS_OTEL_URL", secret: false, used_by: ["autoops-env", "autoops-probe"],
        "The AutoOps OTel collector URL for the chosen CSP region (derived from --region when not given).";
    AUTOOPS_TEMP_RESOURCE_ID = "AUTOOPS_TEMP_RESOURCE_ID", secret: false, used_by: ["autoops-env", "autoops-probe"],
        "The temporary resource id shown by the AutoOps connect wizard.";
    AUTOOPS_TOKEN = "AUTOOPS_TOKEN", secret: true, used_by: ["autoops-env", "autoops-probe"],
        "The AutoOps token, sent as `Authorization: AutoOpsToken ...` to the OTel collector.";
    AUTOOPS_CA_CERT = "AUTOOPS_CA_CERT", secret: false, used_by: ["autoops-env", "autoops-probe"],
        "Path to a PEM CA certificate the agent uses to verify Elasticsearch (ssl.certificate_authorities).";
    ELASTIC_CLOUD_CONNECTED_MODE_API_KEY = "ELASTIC_CLOUD_CONNECTED_MODE_API_KEY", secret: true, used_by: ["autoops-env", "autoops-probe"],
        "The Elastic Cloud API key that registers the cluster with Cloud Connect.";
    ELASTIC_CLOUD_CONNECTED_MODE_API_URL = "ELASTIC_CLOUD_CONNECTED_MODE_API_URL", secret: false, used_by: ["autoops-env", "autoops-probe"],
        "Override of the Cloud Connected API base URL (default https://api.elastic-cloud.com).";
    JOB_COMPLETION_INDEX = "JOB_COMPLETION_INDEX", secret: false, used_by: ["autoops-probe"],
        "Set by a Kubernetes Indexed Job: with --shards N, selects this pod's share of the inventory.";
    ES_HOME = "ES_HOME", secret: false, used_by: ["es-remote"],
        "The Elasticsearch installation directory on this node: es-remote runs $ES_HOME/bin/elasticsearch-keystore.";
    ES_PATH_CONF = "ES_PATH_CONF", secret: false, used_by: ["es-remote"],
        "Elasticsearch's configuration directory (passed through to elasticsearch-keystore, which finds the keystore there).";

    HTTPS_PROXY = "HTTPS_PROXY", secret: false, used_by: ["es-role", "autoops-env", "autoops-probe", "ece-trust", "es-remote"],
        "Proxy for https:// URLs (lower-case https_proxy also honoured). Credentials in it are redacted on display.";
    HTTP_PROXY = "HTTP_PROXY", secret: false, used_by: ["es-role", "autoops-env", "autoops-probe", "ece-trust", "es-remote"],
        "Proxy for http:// URLs (lower-case http_proxy also honoured).";
    ALL_PROXY = "ALL_PROXY", secret: false, used_by: ["es-role", "autoops-probe", "ece-trust", "es-remote"],
        "Proxy for any URL without a scheme-specific proxy (lower-case all_proxy also honoured).";
    NO_PROXY = "NO_PROXY", secret: false, used_by: ["es-role", "autoops-env", "autoops-probe", "ece-trust", "es-remote"],
        "Comma-separated hosts, domains (.example.com), IPs or CIDRs that bypass the proxy (lower-case no_proxy also honoured).";
    SSL_CERT_FILE = "SSL_CERT_FILE", secret: false, used_by: ["es-role", "autoops-probe", "ece-trust", "es-remote"],
        "A PEM file of extra CA certificates to trust for every connection (a TLS-inspecting proxy's CA, a private Cloud endpoint).";
    NO_COLOR = "NO_COLOR", secret: false, used_by: ["es-role", "autoops-env", "autoops-probe", "ece-trust", "es-remote"],
        "When set to any value, no ANSI colour in output.";
    ESCONNECT_LOG = "ESCONNECT_LOG", secret: false, used_by: ["es-role", "autoops-env", "autoops-probe", "ece-trust", "es-remote"],
        "Log filter in tracing's EnvFilter syntax (e.g. `debug`, `esconnect_core=trace`); overrides -v/-q.";

    RUST_LOG = "RUST_LOG", secret: false, used_by: ["esconnect-sim"],
        "Log filter of the simulator (`esconnect-sim serve`) in tracing's EnvFilter syntax; `info` when unset. The tools read ESCONNECT_LOG instead.";
    ESCONNECT_TEST_SQUID = "ESCONNECT_TEST_SQUID", secret: false, used_by: ["xtask", "tests of esconnect-core and autoops-probe"],
        "`127.0.0.1:OPEN,AUTH,DENY`: the ports of the squid proxies (open, requiring authentication, denying) the proxy tests use, as tests/squid/start.sh prints it; `cargo xtask ci` starts squid (when installed) if it is unset. Unset and CI not `true`: those tests are skipped, with a notice.";
    ESCONNECT_SPECS_DIR = "ESCONNECT_SPECS_DIR", secret: false, used_by: ["tests", "cargo xtask specs"],
        "Development only: the folder of official specifications the tests read, instead of ../shared/specs or the cache `cargo xtask specs` fills (target/specs).";
}

/// The lower-case spelling of the proxy variables, honoured as curl does (lower case wins for http_proxy).
pub fn proxy_var(var: &EnvVar) -> Option<String> {
    let lower = var.name.to_ascii_lowercase();
    std::env::var(&lower)
        .ok()
        .filter(|v| !v.is_empty())
        .or_else(|| var.get())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_are_unique_and_described() {
        let mut seen = HashSet::new();
        for v in ALL {
            assert!(seen.insert(v.name), "{} declared twice", v.name);
            assert!(
                !v.description.is_empty() && !v.used_by.is_empty(),
                "{} lacks docs",
                v.name
            );
            assert_eq!(v.name, v.name.to_ascii_uppercase());
        }
    }

    #[test]
    fn secret_flags_cover_the_credentials() {
        for v in ALL {
            let credential = v.name.ends_with("_API_KEY")
                || v.name.ends_with("PASSWORD")
                || v.name.ends_with("_PASS")
                || v.name.ends_with("_TOKEN");
            assert_eq!(v.secret, credential, "{}", v.name);
        }
    }
}
