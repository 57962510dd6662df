//! The local cluster: reads and writes, each failure named after what was being done.

use esconnect_cli::ops::wire_failure;
use esconnect_cli::{CliError, CliResult};
use esconnect_core::http::{Endpoint, Request};
use esconnect_core::models::remote_cluster::{ClusterSettings, RemoteInfo, ResolveClusterInfo};
use esconnect_core::models::version::Version;
use serde_json::Value;
use std::collections::BTreeMap;

pub const REMEDY_MONITOR: &str =
    "the credentials need the monitor cluster privilege to read settings and _remote/info";
pub const REMEDY_MANAGE: &str = "the credentials need the manage cluster privilege to change cluster settings and reload secure settings (the built-in superuser role has it)";

/// `_resolve/cluster` exists from 8.13 (elastic-facts.md §2, issue text; the spec's `@availability`).
pub const RESOLVE_CLUSTER_SINCE: Version = Version::new(8, 13, 0);
/// Cross-cluster API keys are GA, and `cluster.remote.*.credentials` reloadable, from 8.14.
pub const API_KEY_MODEL_SINCE: Version = Version::new(8, 14, 0);

pub struct Local {
    pub ep: Endpoint,
}

impl Local {
    pub fn new(ep: Endpoint) -> Self {
        Self { ep }
    }

    pub async fn version(&self) -> CliResult<Version> {
        let v: Value = self.ep.call_json(&Request::get("/")).await.map_err(|e| {
            wire_failure(e, "reading the cluster's version (GET /)", REMEDY_MONITOR)
        })?;
        let number = v
            .pointer("/version/number")
            .and_then(Value::as_str)
            .unwrap_or_default();
        Version::parse(number).ok_or_else(|| {
            CliError::failure(format!(
                "GET / answered without a version number I can read (`{number}`)"
            ))
        })
    }

    pub async fn settings(&self) -> CliResult<ClusterSettings> {
        self.ep
            .call_json(&Request::get("/_cluster/settings").query("flat_settings", "true"))
            .await
            .map_err(|e| {
                wire_failure(
                    e,
                    "reading the cluster settings (GET /_cluster/settings)",
                    REMEDY_MONITOR,
                )
            })
    }

    pub async fn remote_info(&self) -> CliResult<BTreeMap<String, RemoteInfo>> {
        self.ep
            .call_json(&Request::get("/_remote/info"))
            .await
            .map_err(|e| wire_failure(e, "reading GET /_remote/info", REMEDY_MONITOR))
    }

    /// `GET /_resolve/cluster/<alias>:*`: the active check (it connects to the remote).
    pub async fn resolve(&self, alias: &str) -> CliResult<Option<ResolveClusterInfo>> {
        let path = format!("/_resolve/cluster/{alias}:*");
        let mut map: BTreeMap<String, ResolveClusterInfo> = self
            .ep
            .call_json(&Request::get(path.clone()))
            .await
            .map_err(|e| wire_failure(e, &format!("checking GET {path}"), REMEDY_MONITOR))?;
        Ok(map.remove(alias))
    }

    pub async fn send(
        &self,
        req: &Request,
        doing: &str,
        remedy_forbidden: &str,
    ) -> CliResult<Value> {
        self.ep
            .call_json(req)
            .await
            .map_err(|e| wire_failure(e, doing, remedy_forbidden))
    }
}
