//! AutoOps for self-managed clusters: the facts of Elastic's documentation (seeds 000 and 001) as code,
//! and the agent's settings shared by `es-role`, `autoops-env` and `autoops-probe`.
//!
//! With the feature `cli`, [`cli::AgentArgs`] is the one clap definition of the agent settings flags.

#[cfg(feature = "cli")]
pub mod cli;
pub mod settings;

use esconnect_core::managed::{MANAGED_BY_KEY, MANAGED_BY_VALUE};
use esconnect_core::models::es::{
    HasPrivilegesRequest, IndexPrivilegesCheck, IndicesPrivileges, RoleDescriptor,
};
use esconnect_core::models::version::Version;
use serde_json::{Map, Value, json};

/// The name Elastic's wizard gives the role and the API key's role descriptor.
pub const ROLE_NAME: &str = "autoops";
/// The role's documented description.
pub const ROLE_DESCRIPTION: &str = "Allows Elastic agent to pull cluster metrics for AutoOps.";
/// Cluster privileges AutoOps needs.
pub const CLUSTER_PRIVILEGES: &[&str] = &["monitor", "read_ilm", "read_slm"];
/// Index privileges AutoOps needs on `*` (including restricted indices).
pub const INDEX_PRIVILEGES: &[&str] = &["monitor", "view_index_metadata"];
/// The oldest Elasticsearch version AutoOps supports.
pub const MIN_VERSION: Version = Version::new(7, 17, 0);
/// License types AutoOps accepts (seed 000: Enterprise self-managed, or a trial).
pub const ACCEPTED_LICENSES: &[&str] = &["enterprise", "trial"];
/// The Cloud Connected API base URL.
pub const DEFAULT_CLOUD_API_URL: &str = "https://api.elastic-cloud.com";
/// The registration endpoint, relative to the Cloud API base URL.
pub const CLOUD_CONNECTED_PATH: &str = "/api/v1/cloud-connected/clusters";
/// The OTel logs endpoint, relative to the OTel URL.
pub const OTEL_LOGS_PATH: &str = "/v1/logs";

/// The role descriptor of seed 000, exactly as the docs give it (`POST /_security/role/autoops`).
pub fn role_descriptor() -> RoleDescriptor {
    let mut metadata = Map::new();
    metadata.insert("description".into(), Value::String(ROLE_DESCRIPTION.into()));
    let mut transient = Map::new();
    transient.insert("enabled".into(), Value::Bool(true));
    RoleDescriptor {
        cluster: CLUSTER_PRIVILEGES.iter().map(|s| s.to_string()).collect(),
        indices: vec![IndicesPrivileges {
            names: vec!["*".into()],
            privileges: INDEX_PRIVILEGES.iter().map(|s| s.to_string()).collect(),
            allow_restricted_indices: Some(true),
            field_security: None,
            query: None,
        }],
        remote_indices: None,
        applications: vec![],
        run_as: vec![],
        metadata,
        transient_metadata: Some(transient),
        description: None,
    }
}

/// The `_has_privileges` request for exactly the AutoOps privileges.
pub fn privileges_check() -> HasPrivilegesRequest {
    HasPrivilegesRequest {
        cluster: CLUSTER_PRIVILEGES.iter().map(|s| s.to_string()).collect(),
        index: vec![IndexPrivilegesCheck {
            names: vec!["*".into()],
            privileges: INDEX_PRIVILEGES.iter().map(|s| s.to_string()).collect(),
            allow_restricted_indices: Some(true),
        }],
    }
}

/// Metadata marking a key as made by this tool.
pub fn managed_metadata(tool: &str) -> Map<String, Value> {
    match json!({ MANAGED_BY_KEY: MANAGED_BY_VALUE, "tool": tool, "purpose": "autoops" }) {
        Value::Object(m) => m,
        _ => unreachable!("a JSON object literal"),
    }
}

/// True for versions whose AutoOps agent needs the API key as `id:api_key` (9.1.0 to 9.1.3, seed 001).
pub fn needs_id_colon_key(v: Version) -> bool {
    v >= Version::new(9, 1, 0) && v <= Version::new(9, 1, 3)
}

/// A cloud service provider of the AutoOps metrics storage regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Csp {
    Aws,
    Gcp,
}

impl Csp {
    pub fn token(self) -> &'static str {
        match self {
            Csp::Aws => "aws",
            Csp::Gcp => "gcp",
        }
    }
}

/// The metrics storage regions Elastic lists for AutoOps.
pub const REGIONS: &[(Csp, &str)] = &[
    (Csp::Aws, "us-east-1"),
    (Csp::Aws, "us-east-2"),
    (Csp::Aws, "us-west-2"),
    (Csp::Aws, "eu-west-1"),
    (Csp::Aws, "eu-west-2"),
    (Csp::Aws, "eu-central-1"),
    (Csp::Aws, "ap-northeast-1"),
    (Csp::Aws, "ap-southeast-1"),
    (Csp::Aws, "ap-south-1"),
    (Csp::Gcp, "us-central1"),
    (Csp::Gcp, "us-east1"),
    (Csp::Gcp, "us-east4"),
    (Csp::Gcp, "us-west1"),
    (Csp::Gcp, "europe-west1"),
    (Csp::Gcp, "europe-west2"),
    (Csp::Gcp, "europe-west3"),
    (Csp::Gcp, "europe-west4"),
];

/// A CSP region, `aws/eu-west-1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub csp: Csp,
    pub name: &'static str,
}

impl std::fmt::Display for Region {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.csp.token(), self.name)
    }
}

/// An unknown region; the message lists the valid ones.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown AutoOps region `{given}`: use CSP/REGION, one of: {}", valid_regions().join(", "))]
pub struct RegionError {
    pub given: String,
}

/// Every valid `CSP/REGION`.
pub fn valid_regions() -> Vec<String> {
    REGIONS
        .iter()
        .map(|(c, r)| format!("{}/{r}", c.token()))
        .collect()
}

impl Region {
    /// Parses `aws/eu-west-1` (also `aws:eu-west-1`, any case).
    pub fn parse(s: &str) -> Result<Region, RegionError> {
        let lower = s.trim().to_ascii_lowercase();
        let (csp, name) = lower.split_once(['/', ':']).ok_or_else(|| RegionError {
            given: s.to_string(),
        })?;
        REGIONS
            .iter()
            .find(|(c, r)| c.token() == csp && *r == name)
            .map(|(c, r)| Region { csp: *c, name: r })
            .ok_or_else(|| RegionError {
                given: s.to_string(),
            })
    }

    /// The current OTel URL form: `https://otel-auto-ops.<region>.<csp>.svc.elastic.cloud`.
    pub fn otel_url(self) -> String {
        format!(
            "https://otel-auto-ops.{}.{}.svc.elastic.cloud",
            self.name,
            self.csp.token()
        )
    }

    /// The older form seed 001 shows: `https://otel-collector.auto-ops.<region>.<csp>.cloud.elastic.co:4318`.
    pub fn legacy_otel_url(self) -> String {
        format!(
            "https://otel-collector.auto-ops.{}.{}.cloud.elastic.co:4318",
            self.name,
            self.csp.token()
        )
    }
}

/// What an OTel URL looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtelUrlForm {
    /// `otel-auto-ops.<region>.<csp>.svc.elastic.cloud`, for a known region.
    Current(Region),
    /// `otel-collector.auto-ops.<region>.<csp>.cloud.elastic.co:4318`, for a known region.
    Legacy(Region),
    /// Anything else (a proxy, a test endpoint): accepted as given.
    Other,
}

/// Recognises the two documented OTel URL forms.
pub fn otel_url_form(url: &url::Url) -> OtelUrlForm {
    let host = url.host_str().unwrap_or_default();
    let find = |csp: &str, region: &str| Region::parse(&format!("{csp}/{region}")).ok();
    if let Some(rest) = host
        .strip_prefix("otel-auto-ops.")
        .and_then(|r| r.strip_suffix(".svc.elastic.cloud"))
        && let Some((region, csp)) = rest.rsplit_once('.')
        && let Some(r) = find(csp, region)
    {
        return OtelUrlForm::Current(r);
    }
    if let Some(rest) = host
        .strip_prefix("otel-collector.auto-ops.")
        .and_then(|r| r.strip_suffix(".cloud.elastic.co"))
        && let Some((region, csp)) = rest.rsplit_once('.')
        && let Some(r) = find(csp, region)
    {
        return OtelUrlForm::Legacy(r);
    }
    OtelUrlForm::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptor_matches_seed_000() {
        // The JSON of seed 000's `POST /_security/role/autoops`, typed out from the document.
        let seed = json!({
          "cluster": ["monitor","read_ilm","read_slm"],
          "indices": [{"names": ["*"], "privileges": ["monitor","view_index_metadata"], "allow_restricted_indices": true}],
          "applications": [], "run_as": [],
          "metadata": {"description": "Allows Elastic agent to pull cluster metrics for AutoOps."},
          "transient_metadata": {"enabled": true}
        });
        assert_eq!(serde_json::to_value(role_descriptor()).unwrap(), seed);
    }

    #[test]
    fn regions_and_urls() {
        let r = Region::parse("aws/eu-west-1").unwrap();
        assert_eq!(
            r.otel_url(),
            "https://otel-auto-ops.eu-west-1.aws.svc.elastic.cloud"
        );
        assert_eq!(
            r.legacy_otel_url(),
            "https://otel-collector.auto-ops.eu-west-1.aws.cloud.elastic.co:4318"
        );
        assert_eq!(
            Region::parse("GCP:europe-west4").unwrap().to_string(),
            "gcp/europe-west4"
        );
        let e = Region::parse("aws/mars-1").unwrap_err().to_string();
        assert!(
            e.contains("aws/us-east-1") && e.contains("gcp/us-west1") && e.contains("mars-1"),
            "{e}"
        );
        assert!(Region::parse("eu-west-1").is_err());
        assert!(Region::parse("gcp/eu-west-1").is_err());
        assert_eq!(valid_regions().len(), 17);
    }

    #[test]
    fn both_otel_forms_are_recognised() {
        let cur =
            url::Url::parse("https://otel-auto-ops.us-east-1.aws.svc.elastic.cloud/").unwrap();
        assert_eq!(
            otel_url_form(&cur),
            OtelUrlForm::Current(Region::parse("aws/us-east-1").unwrap())
        );
        let old =
            url::Url::parse("https://otel-collector.auto-ops.eu-west-1.aws.cloud.elastic.co:4318")
                .unwrap();
        assert_eq!(
            otel_url_form(&old),
            OtelUrlForm::Legacy(Region::parse("aws/eu-west-1").unwrap())
        );
        let other = url::Url::parse("https://127.0.0.1:4318").unwrap();
        assert_eq!(otel_url_form(&other), OtelUrlForm::Other);
    }

    #[test]
    fn key_form_window() {
        assert!(!needs_id_colon_key(Version::new(9, 0, 9)));
        assert!(needs_id_colon_key(Version::new(9, 1, 0)));
        assert!(needs_id_colon_key(Version::new(9, 1, 3)));
        assert!(!needs_id_colon_key(Version::new(9, 1, 4)));
    }
}
