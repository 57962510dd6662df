//! The result of one check, and the reports made of them.

use serde::Serialize;

/// Which connection (or the settings) a check is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Component {
    /// The agent's settings (variables, env file, flags), checked before anything is sent.
    Environment,
    /// Agent → the cluster (`AUTOOPS_ES_URL`).
    Elasticsearch,
    /// Agent → `POST <Cloud API>/api/v1/cloud-connected/clusters`.
    CloudConnectedApi,
    /// Agent → `POST <AUTOOPS_OTEL_URL>/v1/logs`.
    OtelCollector,
}

impl Component {
    pub const ALL: [Component; 4] = [
        Component::Environment,
        Component::Elasticsearch,
        Component::CloudConnectedApi,
        Component::OtelCollector,
    ];

    /// The name used in ids and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Component::Environment => "environment",
            Component::Elasticsearch => "elasticsearch",
            Component::CloudConnectedApi => "cloud-connected-api",
            Component::OtelCollector => "otel-collector",
        }
    }

    /// The heading in the text report.
    pub fn title(self) -> &'static str {
        match self {
            Component::Environment => "Environment",
            Component::Elasticsearch => "Elasticsearch",
            Component::CloudConnectedApi => "Cloud Connected API",
            Component::OtelCollector => "OTel collector",
        }
    }
}

/// The outcome of a check. `warn` does not make the run fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Warn,
    Fail,
    /// Not run: an earlier check or a setting it depends on failed.
    Skip,
}

impl Status {
    pub fn word(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Warn => "warn",
            Status::Fail => "fail",
            Status::Skip => "skip",
        }
    }
}

/// One check: what was tested, what came out, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    /// `component.what`, e.g. `elasticsearch.license`.
    pub id: String,
    pub component: Component,
    pub status: Status,
    /// A stable code for failures and warnings (seed 001's where one applies, e.g. `HTTP_401`, `x509`).
    pub code: Option<String>,
    pub message: String,
    /// What to do; empty for passes.
    pub remedy: String,
    /// Time the check took (0 for checks that send nothing).
    pub elapsed_ms: u64,
}

impl Check {
    fn new(component: Component, what: &str, status: Status, message: impl Into<String>) -> Self {
        Self {
            id: format!("{}.{what}", component.key()),
            component,
            status,
            code: None,
            message: message.into(),
            remedy: String::new(),
            elapsed_ms: 0,
        }
    }
    pub fn pass(component: Component, what: &str, message: impl Into<String>) -> Self {
        Self::new(component, what, Status::Pass, message)
    }
    pub fn skip(component: Component, what: &str, message: impl Into<String>) -> Self {
        Self::new(component, what, Status::Skip, message)
    }
    pub fn fail(
        component: Component,
        what: &str,
        code: impl Into<String>,
        message: impl Into<String>,
        remedy: impl Into<String>,
    ) -> Self {
        let mut c = Self::new(component, what, Status::Fail, message);
        c.code = Some(code.into());
        c.remedy = remedy.into();
        c
    }
    pub fn warn(
        component: Component,
        what: &str,
        code: impl Into<String>,
        message: impl Into<String>,
        remedy: impl Into<String>,
    ) -> Self {
        let mut c = Self::new(component, what, Status::Warn, message);
        c.code = Some(code.into());
        c.remedy = remedy.into();
        c
    }
    pub fn elapsed(mut self, ms: u64) -> Self {
        self.elapsed_ms = ms;
        self
    }
    pub fn failed(&self) -> bool {
        self.status == Status::Fail
    }
    /// Replaces any of `secrets` found in the texts (a last line of defence; messages are built without them).
    pub fn scrub(&mut self, secrets: &[&esconnect_core::Secret]) {
        if secrets.is_empty() {
            return;
        }
        self.message = esconnect_core::secret::scrub(&self.message, secrets);
        self.remedy = esconnect_core::secret::scrub(&self.remedy, secrets);
    }
}

/// The report of a single-cluster run: `{"ok", "checks"}`.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub ok: bool,
    pub checks: Vec<Check>,
}

impl Report {
    pub fn new(checks: Vec<Check>) -> Self {
        Self {
            ok: !checks.iter().any(Check::failed),
            checks,
        }
    }
}

/// One cluster of a fleet run.
#[derive(Debug, Clone, Serialize)]
pub struct ClusterReport {
    pub name: String,
    pub url: String,
    pub ok: bool,
    pub checks: Vec<Check>,
}

/// Totals of a fleet run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub total: usize,
    pub ok: usize,
    pub failed: usize,
}

/// The report of a fleet run.
#[derive(Debug, Clone, Serialize)]
pub struct FleetReport {
    pub ok: bool,
    pub clusters: Vec<ClusterReport>,
    /// The checks that do not depend on the cluster (settings, Cloud Connected API, OTel collector), done once.
    pub shared: Vec<Check>,
    pub summary: Summary,
}

impl FleetReport {
    pub fn new(clusters: Vec<ClusterReport>, shared: Vec<Check>) -> Self {
        let ok_count = clusters.iter().filter(|c| c.ok).count();
        let summary = Summary {
            total: clusters.len(),
            ok: ok_count,
            failed: clusters.len() - ok_count,
        };
        let ok = summary.failed == 0 && !shared.iter().any(Check::failed);
        Self {
            ok,
            clusters,
            shared,
            summary,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_with_the_documented_names() {
        let c = Check::fail(
            Component::CloudConnectedApi,
            "reachable",
            "HTTP_503",
            "m",
            "r",
        )
        .elapsed(7);
        let v = serde_json::to_value(&c).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"id": "cloud-connected-api.reachable", "component": "cloud-connected-api", "status": "fail", "code": "HTTP_503", "message": "m", "remedy": "r", "elapsed_ms": 7})
        );
        let p =
            serde_json::to_value(Check::pass(Component::OtelCollector, "reachable", "ok")).unwrap();
        assert_eq!(p["code"], serde_json::Value::Null);
        assert_eq!(p["component"], "otel-collector");
    }

    #[test]
    fn ok_means_nothing_failed() {
        let warn = Check::warn(Component::Environment, "proxy", "PROXY_FOR_ES", "m", "r");
        assert!(
            Report::new(vec![
                warn.clone(),
                Check::skip(Component::Elasticsearch, "x", "s")
            ])
            .ok
        );
        assert!(
            !Report::new(vec![
                warn,
                Check::fail(Component::Elasticsearch, "x", "HTTP_0", "m", "r")
            ])
            .ok
        );
    }

    #[test]
    fn fleet_summary_counts_clusters_and_shared_failures_fail_the_run() {
        let cluster = |ok| ClusterReport {
            name: "a".into(),
            url: "u".into(),
            ok,
            checks: vec![],
        };
        let r = FleetReport::new(vec![cluster(true), cluster(false), cluster(true)], vec![]);
        assert_eq!(
            r.summary,
            Summary {
                total: 3,
                ok: 2,
                failed: 1
            }
        );
        assert!(!r.ok);
        let r = FleetReport::new(
            vec![cluster(true)],
            vec![Check::fail(
                Component::OtelCollector,
                "reachable",
                "HTTP_0",
                "m",
                "r",
            )],
        );
        assert!(!r.ok && r.summary.failed == 0);
    }

    #[test]
    fn scrub_removes_secrets() {
        let s = esconnect_core::Secret::new("very-secret-pw");
        let mut c = Check::fail(
            Component::Elasticsearch,
            "connect",
            "HTTP_401",
            "echo very-secret-pw",
            "x very-secret-pw",
        );
        c.scrub(&[&s]);
        assert!(!c.message.contains("very-secret-pw") && !c.remedy.contains("very-secret-pw"));
    }
}
