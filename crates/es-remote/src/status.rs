//! `es-remote list`, `es-remote status [ALIAS] [--wait]`: the settings joined with `_remote/info`, and
//! the active check of `_resolve/cluster`.

use crate::cluster::{Local, RESOLVE_CLUSTER_SINCE};
use esconnect_cli::args::ConnectionArgs;
use esconnect_cli::ops::connect_with_credentials;
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::models::remote_cluster::{self as rc, RemoteCause, RemoteInfo};
use serde::Serialize;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// One remote, as `status` reports it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RemoteStatus {
    pub alias: String,
    pub mode: String,
    /// The proxy address, or the seeds joined with commas.
    pub address: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_name: Option<String>,
    pub connected: bool,
    /// `api_key` when Elasticsearch reports credentials for the alias, else `certificate`.
    pub model: &'static str,
    pub skip_unavailable: bool,
    /// Where the settings live: `persistent`, `transient`, both, or `none` (elasticsearch.yml).
    pub scope: &'static str,
    /// Why it is not connected, when Elasticsearch said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<Cause>,
}

/// A named cause with its remedy.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Cause {
    pub code: &'static str,
    pub summary: &'static str,
    pub remedy: &'static str,
}

impl From<RemoteCause> for Cause {
    fn from(c: RemoteCause) -> Self {
        Self {
            code: c.code(),
            summary: c.summary(),
            remedy: c.remedy(),
        }
    }
}

/// Joins the settings and `_remote/info` (aliases from `elasticsearch.yml` appear only in the latter).
pub fn join(
    settings: &rc::ClusterSettings,
    info: &BTreeMap<String, RemoteInfo>,
) -> Vec<RemoteStatus> {
    let mut aliases = rc::aliases(settings);
    aliases.extend(info.keys().cloned());
    aliases.sort();
    aliases.dedup();
    aliases
        .into_iter()
        .map(|alias| {
            let p = rc::alias_settings(&settings.persistent, &alias);
            let t = rc::alias_settings(&settings.transient, &alias);
            let get = |k: &str| t.get(k).or_else(|| p.get(k)).map(rc::value_text);
            let i = info.get(&alias);
            let mode = i
                .and_then(|i| i.mode.clone())
                .or_else(|| get("mode"))
                .unwrap_or_else(|| "sniff".into());
            let address = i
                .and_then(|i| i.proxy_address.clone())
                .filter(|s| !s.is_empty())
                .or_else(|| i.filter(|i| !i.seeds.is_empty()).map(|i| i.seeds.join(",")))
                .or_else(|| get("proxy_address"))
                .or_else(|| get("seeds"))
                .unwrap_or_default();
            let server_name = i
                .and_then(|i| i.server_name.clone())
                .or_else(|| get("server_name"))
                .filter(|s| !s.is_empty());
            let skip_unavailable = i
                .and_then(|i| i.skip_unavailable)
                .or_else(|| get("skip_unavailable").map(|s| s == "true"))
                // Elasticsearch's default: false before 8.15, true from 8.15 (the info reports the real one).
                .unwrap_or(false);
            RemoteStatus {
                connected: i.is_some_and(|i| i.connected),
                model: if i.is_some_and(RemoteInfo::uses_api_key) {
                    "api_key"
                } else {
                    "certificate"
                },
                scope: match (p.is_empty(), t.is_empty()) {
                    (false, false) => "persistent+transient",
                    (false, true) => "persistent",
                    (true, false) => "transient",
                    (true, true) => "none",
                },
                alias,
                mode,
                address,
                server_name,
                skip_unavailable,
                error: None,
                cause: None,
            }
        })
        .collect()
}

fn text(rows: &[RemoteStatus], styles: esconnect_cli::printer::Styles) -> String {
    if rows.is_empty() {
        return "no remote clusters are configured".into();
    }
    let table = esconnect_cli::printer::table(
        &[
            "ALIAS",
            "MODE",
            "ADDRESS",
            "SERVER NAME",
            "MODEL",
            "SKIP",
            "CONNECTED",
        ],
        &rows
            .iter()
            .map(|r| {
                vec![
                    r.alias.clone(),
                    r.mode.clone(),
                    r.address.clone(),
                    r.server_name.clone().unwrap_or_else(|| "-".into()),
                    r.model.replace('_', " "),
                    r.skip_unavailable.to_string(),
                    if r.connected {
                        styles.green("yes")
                    } else {
                        styles.red("no")
                    },
                ]
            })
            .collect::<Vec<_>>(),
        styles,
    );
    let mut out = table;
    for r in rows
        .iter()
        .filter(|r| r.cause.is_some() || r.error.is_some())
    {
        out.push('\n');
        if let Some(c) = &r.cause {
            out.push_str(&format!(
                "{}: {} ({})\n  remedy: {}",
                r.alias, c.summary, c.code, c.remedy
            ));
        }
        if let Some(e) = &r.error {
            out.push_str(&format!("\n  Elasticsearch said: {e}"));
        }
    }
    out
}

pub fn status(
    printer: &Printer,
    args: &ConnectionArgs,
    alias: Option<&str>,
    wait: Option<Duration>,
) -> CliResult<u8> {
    if let Some(a) = alias {
        crate::settings::checked_alias(printer, a)?;
    }
    let conn = connect_with_credentials(printer, args, false)?;
    let ep = conn.endpoint()?;
    let rt = esconnect_cli::runtime()?;
    rt.block_on(async {
        let local = Local::new(ep);
        if let (Some(a), Some(timeout)) = (alias, wait) {
            return wait_for(printer, &local, a, timeout).await;
        }
        let rows = snapshot(&local, alias).await?;
        printer.data(&rows, |s| text(&rows, s))?;
        Ok(if rows.iter().all(|r| r.connected) {
            0
        } else {
            1
        })
    })
}

/// The current state of one or every remote; an unknown alias is an error naming the known ones.
async fn snapshot(local: &Local, alias: Option<&str>) -> CliResult<Vec<RemoteStatus>> {
    let (settings, info) = tokio::try_join!(local.settings(), local.remote_info())?;
    let mut rows = join(&settings, &info);
    if let Some(a) = alias {
        let known: Vec<String> = rows.iter().map(|r| r.alias.clone()).collect();
        rows.retain(|r| r.alias == a);
        if rows.is_empty() {
            return Err(unknown_alias(a, &known));
        }
    }
    Ok(rows)
}

fn unknown_alias(alias: &str, known: &[String]) -> CliError {
    CliError::usage(format!("there is no remote cluster `{alias}`")).with_remedy(
        if known.is_empty() {
            "this cluster has no remote clusters: add one with `es-remote add ALIAS --proxy-address HOST:PORT`".to_string()
        } else {
            format!("known aliases: {}", known.join(", "))
        },
    )
}

/// The wait's result: on stdout (data) when it is the command's result, else as a status line.
fn emit(
    printer: &Printer,
    report: bool,
    row: &RemoteStatus,
    text: impl FnOnce(esconnect_cli::printer::Styles) -> String,
) -> CliResult<()> {
    if report {
        printer.data(row, text)
    } else {
        printer.status(&text(esconnect_cli::printer::Styles { on: false }));
        Ok(())
    }
}

/// Polls until `alias` is connected: `_resolve/cluster/<alias>:*` on 8.13+ (it connects, and says why it
/// cannot), else `_remote/info`. Exit 1 with the last reason when the time is up.
pub async fn wait_for(
    printer: &Printer,
    local: &Local,
    alias: &str,
    timeout: Duration,
) -> CliResult<u8> {
    wait_report(printer, local, alias, timeout, true).await
}

/// As [`wait_for`]; with `report` false the result goes to stderr only (stdout stays for the caller's own
/// result).
pub async fn wait_report(
    printer: &Printer,
    local: &Local,
    alias: &str,
    timeout: Duration,
    report: bool,
) -> CliResult<u8> {
    let version = local.version().await?;
    let active = version >= RESOLVE_CLUSTER_SINCE;
    if !active {
        printer.verbose(&format!(
            "Elasticsearch {version} has no _resolve/cluster (8.13+): waiting on _remote/info"
        ));
    }
    let start = Instant::now();
    let mut delay = Duration::from_millis(200);
    let mut attempts = 0u32;
    loop {
        attempts += 1;
        let mut rows = snapshot(local, Some(alias)).await?;
        let mut row = rows.remove(0);
        let mut connected = row.connected;
        if active {
            match local.resolve(alias).await? {
                Some(r) => {
                    connected = r.connected;
                    row.error = r.error.clone();
                }
                None => row.error = Some(format!("_resolve/cluster did not report `{alias}`")),
            }
            row.connected = connected;
        }
        if connected {
            row.error = None;
            emit(printer, report, &row, |s| {
                format!(
                    "remote `{alias}` {} after {:.1}s ({} {}, {} model)",
                    s.green("connected"),
                    start.elapsed().as_secs_f64(),
                    row.mode,
                    row.address,
                    row.model.replace('_', " ")
                )
            })?;
            return Ok(0);
        }
        let elapsed = start.elapsed();
        if elapsed >= timeout {
            row.cause = row
                .error
                .as_deref()
                .and_then(RemoteCause::from_error)
                .map(Cause::from);
            emit(printer, report, &row, |s| {
                let mut t = format!(
                    "remote `{alias}` {} after {:.1}s ({attempts} checks)",
                    s.red("not connected"),
                    elapsed.as_secs_f64()
                );
                if let Some(c) = &row.cause {
                    t.push_str(&format!(
                        "\ncause: {} ({})\nremedy: {}",
                        c.summary, c.code, c.remedy
                    ));
                }
                match &row.error {
                    Some(e) => t.push_str(&format!("\nElasticsearch said: {e}")),
                    None => t.push_str("\nElasticsearch gave no reason (_remote/info only says connected: false); run `es-remote doctor` or read the local nodes' logs"),
                }
                t
            })?;
            return Ok(1);
        }
        printer.verbose(&format!(
            "`{alias}` not connected yet{}",
            row.error
                .as_deref()
                .map(|e| format!(": {e}"))
                .unwrap_or_default()
        ));
        tokio::time::sleep(delay.min(timeout.saturating_sub(elapsed))).await;
        delay = (delay * 2).min(Duration::from_secs(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn join_prefers_remote_info_and_reads_the_model() {
        let settings: rc::ClusterSettings = serde_json::from_value(json!({
            "persistent": {"cluster.remote.a.mode": "proxy", "cluster.remote.a.proxy_address": "h:9443",
                           "cluster.remote.b.seeds": ["s1:9300", "s2:9300"]},
            "transient": {"cluster.remote.b.skip_unavailable": "true"}
        }))
        .unwrap();
        let info: BTreeMap<String, RemoteInfo> = serde_json::from_value(json!({
            "a": {"connected": true, "mode": "proxy", "proxy_address": "h:9443", "server_name": "",
                  "skip_unavailable": false, "cluster_credentials": "::es_redacted::"},
            "yml": {"connected": false, "mode": "sniff", "seeds": ["y:9300"], "skip_unavailable": true}
        }))
        .unwrap();
        let rows = join(&settings, &info);
        assert_eq!(rows.len(), 3);
        assert_eq!(
            (rows[0].alias.as_str(), rows[0].model, rows[0].connected),
            ("a", "api_key", true)
        );
        assert_eq!(rows[0].server_name, None);
        assert_eq!(rows[1].alias, "b");
        assert_eq!(rows[1].address, "s1:9300,s2:9300");
        assert_eq!(rows[1].scope, "persistent+transient");
        assert!(rows[1].skip_unavailable);
        assert_eq!(rows[1].mode, "sniff");
        assert_eq!(
            (rows[2].alias.as_str(), rows[2].scope, rows[2].model),
            ("yml", "none", "certificate")
        );
    }
}
