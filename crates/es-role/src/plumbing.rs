//! What every `es-role` command shares: the connection, failures as one line with a remedy, dry-run
//! plans, reads of security objects, the cluster's version.

use crate::usage;
use esconnect_cli::args::ConnectionArgs;
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::failure::FailureKind;
use esconnect_core::http::{Endpoint, PlannedRequest, Request, WireError};
use esconnect_core::models::es::RootInfo;
use esconnect_core::models::version::Version;
use esconnect_core::settings::Connection;
use serde_json::{Map, Value};

/// The tool name written into the metadata of what it creates.
pub(crate) const TOOL: &str = "es-role";

pub(crate) const REMEDY_MANAGE_SECURITY: &str = "the credentials need the manage_security cluster privilege (the built-in superuser role has it): \
connect as an administrator; the AutoOps user or key itself cannot create roles or users";

/// The remedy when the remote-cluster commands are refused (403).
pub(crate) const REMOTE_REMEDY_MANAGE_SECURITY: &str = "the credentials need the manage_security cluster privilege (the built-in superuser role has it), \
and cross-cluster API keys can be managed only by users, not with an API key: connect as an administrator";

/// Resolves the connection; outside a dry run, credentials are required (the security APIs need them).
pub(crate) fn connect(
    printer: &Printer,
    args: &ConnectionArgs,
    dry_run: bool,
) -> CliResult<Connection> {
    let c = args.connect(printer)?;
    if c.auth.is_none() && !dry_run {
        return Err(usage(
            "no credentials were given to connect to Elasticsearch",
            format!(
                "give --api-key-file FILE (or ${}), or --username with --password-file FILE (or ${} and ${})",
                esconnect_core::env::ELASTICSEARCH_API_KEY.name,
                esconnect_core::env::ELASTICSEARCH_USERNAME.name,
                esconnect_core::env::ELASTICSEARCH_PASSWORD.name
            ),
        ));
    }
    Ok(c)
}

pub(crate) fn endpoint(c: &Connection) -> CliResult<Endpoint> {
    Ok(c.endpoint()?)
}

/// A failure from the wire as one line naming what was being done, with a remedy fitted to it.
pub(crate) fn failed(e: WireError, doing: &str, remedy_forbidden: &str) -> CliError {
    let forbidden = e.kind == FailureKind::Forbidden;
    let message = format!("{doing}: {e}").replace(['\n', '\r'], " ");
    let mut err = CliError::from(e);
    err.message = message;
    if forbidden {
        err.remedy = Some(remedy_forbidden.to_string());
    }
    err
}

/// Prints what a dry run would send, and sends nothing.
pub(crate) fn plan(
    printer: &Printer,
    base: &url::Url,
    requests: &[Request],
    note: &str,
) -> CliResult<u8> {
    let planned: Vec<PlannedRequest> = requests.iter().map(|r| r.planned(base)).collect();
    printer.data(&planned, |_| {
        planned
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n\n")
    })?;
    printer.status(&format!("dry run: nothing was sent. {note}"));
    Ok(0)
}

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
        .map_err(|e| failed(e, doing, REMEDY_MANAGE_SECURITY))?;
    if resp.status == 404 {
        return Ok(None);
    }
    let resp = resp
        .error_for_status()
        .map_err(|e| failed(e, doing, REMEDY_MANAGE_SECURITY))?;
    let map: Map<String, Value> = resp
        .json()
        .map_err(|e| failed(e, doing, REMEDY_MANAGE_SECURITY))?;
    Ok(map.get(name).cloned())
}

/// `2026-01-31T12:00:00Z` from epoch milliseconds (UTC; no time zone database needed).
pub(crate) fn rfc3339_from_millis(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
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
        failed(
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
