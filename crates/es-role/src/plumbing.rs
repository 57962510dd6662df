//! What every `es-role` command shares beyond `esconnect_cli::ops` (connection, failures, dry-run plans):
//! reads of security objects, the cluster's version, writing a new key.

use esconnect_cli::ops::wire_failure;
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::http::{Endpoint, Request};
use esconnect_core::models::es::RootInfo;
use esconnect_core::models::version::Version;
use serde_json::{Map, Value};

/// The tool name written into the metadata of what it creates.
pub(crate) const TOOL: &str = "es-role";

pub(crate) const REMEDY_MANAGE_SECURITY: &str = "the credentials need the manage_security cluster privilege (the built-in superuser role has it): \
connect as an administrator; the AutoOps user or key itself cannot create roles or users";

/// The remedy when the remote-cluster commands are refused (403).
pub(crate) const REMOTE_REMEDY_MANAGE_SECURITY: &str = "the credentials need the manage_security cluster privilege (the built-in superuser role has it), \
and cross-cluster API keys can be managed only by users, not with an API key: connect as an administrator";

/// `GET` a security object: `Ok(None)` on 404, the object under `name` on 200.
pub(crate) async fn read_named(
    ep: &Endpoint,
    path: &str,
    name: &str,
    doing: &str,
) -> CliResult<Option<Value>> {
    let resp = ep
        .send(&Request::get(path))
        .await
        .map_err(|e| wire_failure(e, doing, REMEDY_MANAGE_SECURITY))?;
    if resp.status == 404 {
        return Ok(None);
    }
    let resp = resp
        .error_for_status()
        .map_err(|e| wire_failure(e, doing, REMEDY_MANAGE_SECURITY))?;
    let map: Map<String, Value> = resp
        .json()
        .map_err(|e| wire_failure(e, doing, REMEDY_MANAGE_SECURITY))?;
    Ok(map.get(name).cloned())
}

/// `2026-01-31T12:00:00Z` from epoch milliseconds (UTC; no time zone database needed).
pub(crate) fn rfc3339_from_millis(ms: i64) -> String {
    esconnect_core::date::rfc3339(ms.div_euclid(1000))
}

/// `--out` JSON/YAML output of the commands that create a key: no secret, the file has it.
#[derive(serde::Serialize)]
pub(crate) struct KeyWritten {
    pub id: String,
    pub name: String,
    /// Epoch milliseconds, or null for a key that does not expire.
    pub expiration: Option<i64>,
    pub written_to: std::path::PathBuf,
}

/// Writes a key just created to `path`, atomically and with mode 0600 (a newline after it), warning when
/// it replaces a file. On failure the error says that the key exists and how to invalidate it (`what`
/// names the key, `invalidate` the way to do it).
pub(crate) fn write_new_key(
    printer: &Printer,
    path: &std::path::Path,
    key: &esconnect_core::Secret,
    what: &str,
    invalidate: &str,
) -> CliResult<()> {
    use esconnect_core::fs::{FileMode, write_atomic};
    if path.exists() {
        printer.warn(&format!(
            "{} exists and is replaced; a key it held stays valid in Elasticsearch until invalidated",
            path.display()
        ));
    }
    write_atomic(
        path,
        format!("{}\n", key.expose()).as_bytes(),
        FileMode::Secret,
    )
    .map_err(|e| {
        CliError::failure(format!(
            "{what} was created but could not be written to {}: {e}",
            path.display()
        ))
        .with_remedy(format!(
            "invalidate it ({invalidate}) and run again with a writable --out"
        ))
    })
}

/// The cluster's version, from `GET /` (a harmless read, made even in a dry run by the commands whose
/// requests depend on the version).
pub(crate) async fn cluster_version(ep: &Endpoint) -> CliResult<Version> {
    let info: RootInfo = ep.call_json(&Request::get("/")).await.map_err(|e| {
        wire_failure(
            e,
            "reading the cluster's version (GET /) failed",
            "any authenticated user may read it: check the credentials",
        )
    })?;
    Version::parse(&info.version.number).ok_or_else(|| {
        CliError::failure(format!(
            "the cluster answered GET / with a version this tool cannot read: `{}`",
            info.version.number.escape_debug()
        ))
        .with_remedy("check that --es-url points at Elasticsearch")
    })
}

/// Refuses, before anything is sent, a feature the cluster's version does not have.
pub(crate) fn require_version(have: Version, since: Version, what: &str) -> CliResult<()> {
    if have >= since {
        return Ok(());
    }
    Err(CliError::failure(format!(
        "the cluster runs Elasticsearch {have}, and {what} needs {}.{} or later: nothing was sent",
        since.major, since.minor
    ))
    .with_remedy(format!(
        "upgrade the cluster to {}.{}+ (or leave out what needs it)",
        since.major, since.minor
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_gated() {
        let v = Version::new(8, 13, 4);
        assert!(require_version(v, Version::new(8, 13, 0), "x").is_ok());
        let e = require_version(v, Version::new(8, 14, 0), "a cross-cluster API key").unwrap_err();
        assert_eq!(e.code, 1);
        assert!(
            e.message.contains("8.13.4") && e.message.contains("8.14 or later"),
            "{}",
            e.message
        );
    }

    #[test]
    fn dates() {
        assert_eq!(rfc3339_from_millis(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339_from_millis(951_782_400_000), "2000-02-29T00:00:00Z");
        assert_eq!(
            rfc3339_from_millis(1_767_225_599_999),
            "2025-12-31T23:59:59Z"
        );
    }
}
