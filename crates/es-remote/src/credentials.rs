//! `es-remote credentials` and `es-remote reload`: the cross-cluster key in this node's keystore
//! (through `elasticsearch-keystore`, the key on its standard input, never in argv), then
//! `POST /_nodes/reload_secure_settings` with a report per node.

use crate::cluster::{API_KEY_MODEL_SINCE, Local, REMEDY_MANAGE};
use crate::{CredentialsArgs, KeystoreArgs, usage};
use esconnect_cli::args::ConnectionArgs;
use esconnect_cli::ops::{connect_with_credentials, print_plan};
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::auth::ApiKey;
use esconnect_core::env;
use esconnect_core::http::Request;
use esconnect_core::models::remote_cluster::credentials_setting;
use esconnect_core::secret::{Secret, read_secret_file, scrub};
use serde::Serialize;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The `elasticsearch-keystore` program: `--keystore-bin`, else `--es-home`/`$ES_HOME` + `bin/...`.
pub fn keystore_program(k: &KeystoreArgs) -> CliResult<PathBuf> {
    let (path, from) = if let Some(p) = &k.keystore_bin {
        (p.clone(), "--keystore-bin".to_string())
    } else if let Some(home) = k
        .es_home
        .clone()
        .or_else(|| env::ES_HOME.get().map(PathBuf::from))
    {
        (
            home.join("bin").join("elasticsearch-keystore"),
            if k.es_home.is_some() {
                "--es-home".to_string()
            } else {
                format!("${}", env::ES_HOME.name)
            },
        )
    } else {
        return Err(usage(
            "where is elasticsearch-keystore? No --es-home, --keystore-bin or $ES_HOME was given",
            "run this on an Elasticsearch node and give --es-home DIR (the installation directory, e.g. /usr/share/elasticsearch) or --keystore-bin PATH",
        ));
    };
    if !path.is_file() {
        return Err(usage(
            format!("{} (from {from}) is not a file", path.display()),
            "give the Elasticsearch installation directory with --es-home, or the program with --keystore-bin",
        ));
    }
    Ok(path)
}

/// A cross-cluster key read from `--key-file` (`-` for standard input): the text as given, and the key.
pub struct KeyFile {
    pub raw: Secret,
    pub key: ApiKey,
}

impl KeyFile {
    /// Reads and parses the key; a missing file or one that holds no key is a usage error.
    pub fn read(path: &Path, what: &str) -> CliResult<Self> {
        let raw = read_secret_file(path, what)
            .map_err(|e| {
                usage(
                    e.to_string(),
                    "give --key-file FILE (or - for standard input)",
                )
            })?
            .value;
        let key = ApiKey::parse(&raw).map_err(|e| {
            usage(
                format!("{what} from {}: {e}", path.display()),
                "give the `encoded` value printed by `es-role cross-cluster-key create` (or Kibana's \"Encoded\" field)",
            )
        })?;
        Ok(Self { raw, key })
    }

    /// The key as the keystore takes it: the base64 `encoded` form (an `id:api_key` given is encoded).
    pub fn encoded(&self, printer: &Printer) -> Secret {
        if self.raw.expose().contains(':') {
            printer.verbose("the key was given as id:api_key: writing its base64 `encoded` form, which the keystore takes");
        }
        self.key.encoded()
    }
}

/// Runs the keystore program with `args`, writing `stdin` (if any) to it; its output is shown on failure
/// with every secret scrubbed.
fn run_keystore(program: &Path, args: &[&str], stdin: Option<&Secret>) -> CliResult<()> {
    let shown = format!("{} {}", program.display(), args.join(" "));
    let mut child = Command::new(program)
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| CliError::failure(format!("cannot run `{shown}`: {e}")))?;
    if let Some(secret) = stdin {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        // One line per setting, as `elasticsearch-keystore add -x` reads it.
        let written = pipe
            .write_all(secret.expose().as_bytes())
            .and_then(|()| pipe.write_all(b"\n"));
        drop(pipe);
        if let Err(e) = written {
            let _ = child.kill();
            return Err(CliError::failure(format!(
                "cannot write the key to `{shown}`: {e}"
            )));
        }
    }
    let out = child
        .wait_with_output()
        .map_err(|e| CliError::failure(format!("`{shown}` did not finish: {e}")))?;
    if !out.status.success() {
        let secrets: Vec<&Secret> = stdin.into_iter().collect();
        let said = scrub(
            &format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ),
            &secrets,
        );
        return Err(CliError::failure(format!(
            "`{shown}` failed ({}): {}",
            out.status,
            said.trim()
        ))
        .with_remedy(
            "run it as the user that owns the Elasticsearch installation (often `elasticsearch`); a password-protected keystore is not supported by es-remote: use elasticsearch-keystore directly",
        ));
    }
    Ok(())
}

/// `elasticsearch-keystore add -x -f cluster.remote.<alias>.credentials`, the key on its standard input.
pub fn keystore_add(printer: &Printer, program: &Path, alias: &str, key: &Secret) -> CliResult<()> {
    let setting = credentials_setting(alias);
    run_keystore(program, &["add", "-x", "-f", &setting], Some(key))?;
    printer.status(&format!("{setting} written to this node's keystore"));
    Ok(())
}

pub fn keystore_remove(printer: &Printer, program: &Path, alias: &str) -> CliResult<()> {
    let setting = credentials_setting(alias);
    run_keystore(program, &["remove", &setting], None)?;
    printer.status(&format!("removed {setting} from this node's keystore"));
    Ok(())
}

/// One node in the reload report.
#[derive(Debug, Serialize)]
struct NodeReload {
    id: String,
    name: String,
    /// `reloaded`, `failed`, or `missing` (the node's keystore lacks the alias's setting).
    result: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}

#[derive(Debug, Serialize)]
struct ReloadReport {
    #[serde(skip_serializing_if = "Option::is_none")]
    setting: Option<String>,
    nodes: Vec<NodeReload>,
}

/// Parses the reload response into per-node results. `secure_setting_names` is listed by 8.x+ nodes;
/// where it is absent the node's keystore content cannot be told, and only reload errors count.
fn node_results(resp: &Value, setting: Option<&str>) -> Vec<NodeReload> {
    let Some(nodes) = resp.get("nodes").and_then(Value::as_object) else {
        return vec![];
    };
    let mut out: Vec<NodeReload> = nodes
        .iter()
        .map(|(id, n)| {
            let name = n
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or(id)
                .to_string();
            let exception = n.get("reload_exception").map(|e| {
                e.get("reason")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .unwrap_or_else(|| e.to_string())
            });
            let names = n.get("secure_setting_names").and_then(Value::as_array);
            let missing = match (setting, names) {
                (Some(s), Some(list)) => !list.iter().any(|v| v.as_str() == Some(s)),
                _ => false,
            };
            // Elasticsearch lists the keystore's names from 9.3 on; before, a node without the key
            // cannot be told from the reload's answer.
            let unknown = setting.is_some() && names.is_none();
            let (result, reason) = if let Some(e) = exception {
                ("failed", Some(e))
            } else if missing {
                (
                    "missing",
                    Some(format!(
                        "the keystore of this node has no {}: run `es-remote credentials` on it too",
                        setting.unwrap_or_default()
                    )),
                )
            } else if unknown {
                (
                    "reloaded",
                    Some("this Elasticsearch version does not list the keystore's settings (9.3+ does): make sure this node's keystore has the key".to_string()),
                )
            } else {
                ("reloaded", None)
            };
            NodeReload {
                id: id.clone(),
                name,
                result,
                reason,
            }
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// `POST /_nodes/reload_secure_settings`, reported per node; exit 1 when a node failed or lacks the setting.
pub async fn reload(
    printer: &Printer,
    local: &Local,
    alias: Option<&str>,
    print: bool,
) -> CliResult<u8> {
    let setting = alias.map(credentials_setting);
    let resp = reload_all(local).await?;
    let report = ReloadReport {
        nodes: node_results(&resp, setting.as_deref()),
        setting,
    };
    let bad = report
        .nodes
        .iter()
        .filter(|n| n.result != "reloaded")
        .count();
    if print {
        printer.data(&report, |s| {
            let mut lines: Vec<String> = report
                .nodes
                .iter()
                .map(|n| {
                    let mark = match n.result {
                        "reloaded" => s.green("reloaded"),
                        other => s.red(other),
                    };
                    match &n.reason {
                        Some(r) => format!("{} ({}): {mark}: {r}", n.name, n.id),
                        None => format!("{} ({}): {mark}", n.name, n.id),
                    }
                })
                .collect();
            if lines.is_empty() {
                lines.push("no node answered the reload".into());
            }
            lines.join("\n")
        })?;
    } else {
        for n in report.nodes.iter().filter(|n| n.result != "reloaded") {
            printer.warn(&format!(
                "node {}: {}: {}",
                n.name,
                n.result,
                n.reason.as_deref().unwrap_or("")
            ));
        }
    }
    Ok(if bad == 0 && !report.nodes.is_empty() {
        0
    } else {
        1
    })
}

/// `POST /_nodes/reload_secure_settings` on every node.
fn reload_request() -> Request {
    Request::post("/_nodes/reload_secure_settings", serde_json::json!({}))
}

/// [`reload_request`] sent: the answer as Elasticsearch gives it.
async fn reload_all(local: &Local) -> CliResult<Value> {
    local
        .send(
            &reload_request(),
            "reloading the secure settings (POST /_nodes/reload_secure_settings)",
            REMEDY_MANAGE,
        )
        .await
}

/// Said when there are no keystore digests to compare.
pub const NO_DIGESTS: &str = "this Elasticsearch version does not report keystore digests (9.3+ does): es-remote cannot tell whether every node has the new key; the connection check below is all there is";

/// The nodes of `now` whose keystore digest is the one they had `before`.
pub fn unchanged_keystores<'a>(
    before: &std::collections::BTreeMap<String, String>,
    now: &'a std::collections::BTreeMap<String, String>,
) -> Vec<&'a str> {
    now.iter()
        .filter(|(node, d)| before.get(*node) == Some(*d))
        .map(|(node, _)| node.as_str())
        .collect()
}

/// Reloads the secure settings and returns each node's `keystore_digest` (node name -> digest; empty
/// before 9.3, which does not report it). A digest tells whether a node's keystore changed since it was
/// last read, without any value.
pub async fn keystore_digests(
    local: &Local,
) -> CliResult<std::collections::BTreeMap<String, String>> {
    let resp = reload_all(local).await?;
    Ok(resp
        .get("nodes")
        .and_then(Value::as_object)
        .map(|nodes| {
            nodes
                .values()
                .filter_map(|n| {
                    Some((
                        n.get("name")?.as_str()?.to_string(),
                        n.get("keystore_digest")?.as_str()?.to_string(),
                    ))
                })
                .collect()
        })
        .unwrap_or_default())
}

/// Polls [`keystore_digests`] until every node's digest differs from `before` (the platform or the
/// operator has put the new keystore in place and the nodes read it), up to `timeout`. `Ok(false)` when
/// some node still has its old keystore then. Without digests (before 9.3) there is nothing to wait on:
/// a warning says so and `Ok(true)` lets the connection check decide.
pub async fn wait_keystores_changed(
    printer: &Printer,
    local: &Local,
    before: &std::collections::BTreeMap<String, String>,
    timeout: std::time::Duration,
) -> CliResult<bool> {
    if before.is_empty() {
        printer.warn(NO_DIGESTS);
        return Ok(true);
    }
    let start = std::time::Instant::now();
    let mut delay = std::time::Duration::from_millis(100);
    loop {
        let now = keystore_digests(local).await?;
        let unchanged = unchanged_keystores(before, &now);
        if unchanged.is_empty() && !now.is_empty() {
            return Ok(true);
        }
        if start.elapsed() >= timeout {
            printer.warn(&format!(
                "after {}s the keystore of {} is still the one from before: the new key has not reached it",
                timeout.as_secs(),
                unchanged.join(", ")
            ));
            return Ok(false);
        }
        printer.verbose(&format!(
            "waiting for the new keystore on {}",
            unchanged.join(", ")
        ));
        tokio::time::sleep(delay.min(timeout.saturating_sub(start.elapsed()))).await;
        delay = (delay * 2).min(std::time::Duration::from_secs(1));
    }
}

pub fn reload_cmd(printer: &Printer, args: &ConnectionArgs, alias: Option<&str>) -> CliResult<u8> {
    if let Some(a) = alias {
        crate::settings::checked_alias(printer, a)?;
    }
    let conn = connect_with_credentials(printer, args, false)?;
    let ep = conn.endpoint()?;
    esconnect_cli::runtime()?.block_on(async {
        let local = Local::new(ep);
        reload(printer, &local, alias, true).await
    })
}

pub fn credentials(printer: &Printer, c: CredentialsArgs) -> CliResult<u8> {
    crate::settings::checked_alias(printer, &c.alias)?;
    let program = keystore_program(&c.keystore)?;
    let key = KeyFile::read(&c.key_file, "the cross-cluster API key")?.encoded(printer);
    let setting = credentials_setting(&c.alias);
    let would_run = format!(
        "would run: {} add -x -f {setting}   (the key on its standard input)",
        program.display()
    );
    if c.no_reload {
        // Only this node's keystore: no cluster connection is needed.
        if c.dry_run.dry_run {
            printer.status(&would_run);
            printer.status("dry run: nothing was changed. Run without --dry-run to apply it.");
            return Ok(0);
        }
        keystore_add(printer, &program, &c.alias, &key)?;
        printer.status(
            "not reloaded (--no-reload): run `es-remote reload` once every node has the key",
        );
        return Ok(0);
    }
    let conn = connect_with_credentials(printer, &c.connection, c.dry_run.dry_run)?;
    if c.dry_run.dry_run {
        printer.status(&would_run);
        print_plan(
            printer,
            &conn.url.url,
            &[reload_request()],
            "Run without --dry-run to apply it.",
        )?;
        return Ok(0);
    }
    let ep = conn.endpoint()?;
    esconnect_cli::runtime()?.block_on(async {
        let local = Local::new(ep);
        // The version first: a cluster that cannot be read is found before the keystore is touched.
        let version = local.version().await?;
        keystore_add(printer, &program, &c.alias, &key)?;
        match version {
            v if v < API_KEY_MODEL_SINCE => {
                printer.warn(&format!(
                    "Elasticsearch {v} does not reload remote cluster credentials (8.14+): restart each node once its keystore has the key"
                ));
                Ok(0)
            }
            _ => {
                printer.status("reloading the secure settings of every node; nodes whose keystore lacks the key are listed: run this command on each of them too");
                reload(printer, &local, Some(&c.alias), true).await
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reload_report_names_failed_and_missing_nodes() {
        let resp = json!({
            "_nodes": {"total": 3, "successful": 3, "failed": 0},
            "cluster_name": "c",
            "nodes": {
                "n1": {"name": "node-1", "secure_setting_names": ["cluster.remote.prod.credentials"]},
                "n2": {"name": "node-2", "secure_setting_names": ["keystore.seed"]},
                "n3": {"name": "node-3", "reload_exception": {"type": "illegal_state_exception", "reason": "keystore is password-protected"}}
            }
        });
        let r = node_results(&resp, Some("cluster.remote.prod.credentials"));
        let results: Vec<(&str, &str)> = r.iter().map(|n| (n.name.as_str(), n.result)).collect();
        assert_eq!(
            results,
            vec![
                ("node-1", "reloaded"),
                ("node-2", "missing"),
                ("node-3", "failed")
            ]
        );
        assert_eq!(
            r[2].reason.as_deref(),
            Some("keystore is password-protected")
        );
        // Without an alias, only errors count.
        let r = node_results(&resp, None);
        assert_eq!(r.iter().filter(|n| n.result == "reloaded").count(), 2);
    }
}
