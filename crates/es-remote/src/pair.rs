//! `es-remote pair export|import`: one file to hand across an ownership boundary. The remote side makes
//! the cross-cluster key and writes the bundle (mode 0600: it holds the key); the local side validates it
//! and applies each part where the local cluster runs ([`crate::target`]: keystore and reload, ECK
//! manifests, or the ECE/ECH keystore and trust), then the alias's settings, the wait until connected and
//! the doctor.
//!
//! Bundle format `esconnect-pairing/v1` (JSON): `alias`, `address`, `server_name`?, `ca_pem`?, `key` {`id`,
//! `encoded`, `expiration`? (epoch ms)}, `remote` {`cluster_name`, `cluster_uuid`, `version`}, `created`.

use crate::address::parse_address;
use crate::cluster::{API_KEY_MODEL_SINCE, Local};
use crate::settings::{Desired, checked_alias};
use crate::target::{Staged, Stager};
use crate::usage;
use esconnect_cli::args::ConnectionArgs;
use esconnect_cli::ops::{connect_with_credentials, print_plan, wire_failure};
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::fs::{FileMode, write_atomic};
use esconnect_core::http::Request;
use esconnect_core::managed::{MANAGED_BY_KEY, MANAGED_BY_VALUE};
use esconnect_core::models::es::CreateApiKeyResponse;
use esconnect_core::models::remote::{
    CreateCrossClusterApiKeyRequest, CrossClusterAccess, ReplicationAccess, SearchAccess,
};
use esconnect_core::models::remote_cluster::Mode;
use esconnect_core::pki;
use esconnect_core::secret::Secret;
use serde::Deserialize;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

pub const FORMAT: &str = "esconnect-pairing/v1";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    pub format: String,
    pub alias: String,
    pub address: String,
    #[serde(default)]
    pub server_name: Option<String>,
    #[serde(default)]
    pub ca_pem: Option<String>,
    pub key: BundleKey,
    pub remote: RemoteFacts,
    pub created: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundleKey {
    pub id: String,
    pub encoded: Secret,
    #[serde(default)]
    pub expiration: Option<i64>,
}

#[derive(Debug, Deserialize, serde::Serialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct RemoteFacts {
    pub cluster_name: String,
    pub cluster_uuid: String,
    pub version: String,
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Checks a CA PEM meant for trust: certificates only, no private key, and CA certificates.
pub fn check_ca_pem(pem: &str, what: &str) -> CliResult<()> {
    // A key is refused before anything else: whatever else the file holds, it must not travel on.
    if pki::pem::blocks(pem).is_ok_and(|b| b.iter().any(|b| b.is_private_key())) {
        return Err(usage(
            format!("{what} holds a private key"),
            "give the CA certificate only: ece-trust cert convert IN --out ca.pem",
        ));
    }
    let bundle = pki::read_bundle(pem.as_bytes(), None).map_err(|e| {
        usage(
            format!("{what}: {e}"),
            "give the remote's CA certificate as PEM",
        )
    })?;
    if bundle.private_keys > 0 {
        return Err(usage(
            format!("{what} holds a private key"),
            "give the CA certificate only: ece-trust cert convert IN --out ca.pem",
        ));
    }
    for der in &bundle.certs {
        let info = pki::x509::inspect(der, SystemTime::now()).map_err(|e| {
            usage(
                format!("{what}: {e}"),
                "give the remote's CA certificate as PEM",
            )
        })?;
        if !info.is_ca {
            return Err(usage(
                format!("{what}: `{}` is not a CA certificate", info.subject),
                "give the CA that signed the remote cluster server's certificate, not the certificate itself",
            ));
        }
    }
    Ok(())
}

/// Validates a bundle before anything is done with it.
pub fn validate(b: &Bundle) -> CliResult<()> {
    let fix = "export a new bundle on the remote: es-remote pair export ...";
    if b.format != FORMAT {
        return Err(usage(
            format!("the bundle's format is `{}`, not {FORMAT}", b.format),
            fix,
        ));
    }
    crate::address::check_alias(&b.alias).map_err(|_| {
        usage(
            format!("the bundle's alias `{}` is not valid", b.alias),
            fix,
        )
    })?;
    parse_address(&b.address).map_err(|e| usage(format!("the bundle's address: {e}"), fix))?;
    if let Some(pem) = &b.ca_pem {
        check_ca_pem(pem, "the bundle's CA")?;
    }
    let key = esconnect_core::auth::ApiKey::parse(&b.key.encoded)
        .map_err(|e| usage(format!("the bundle's key: {e}"), fix))?;
    if key.id() != b.key.id {
        return Err(usage("the bundle's key does not match its key id", fix));
    }
    if let Some(exp) = b.key.expiration
        && exp <= now_ms()
    {
        return Err(usage(
            format!("the bundle's key `{}` has expired", b.key.id),
            fix,
        ));
    }
    Ok(())
}

pub fn read_bundle(path: &Path) -> CliResult<Bundle> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        usage(
            format!("cannot read the bundle {}: {e}", path.display()),
            "give the file es-remote pair export wrote",
        )
    })?;
    // serde_json's errors name the position, never the content: no key can leak through them.
    let b: Bundle = serde_json::from_str(&text).map_err(|e| {
        usage(
            format!("{} is not a pairing bundle: {e}", path.display()),
            "give the file es-remote pair export wrote",
        )
    })?;
    validate(&b)?;
    Ok(b)
}

// ---------------------------------------------------------------------------------------------------
// export

pub struct ExportArgs<'a> {
    pub alias: &'a str,
    pub address: &'a str,
    pub server_name: Option<&'a str>,
    pub server_ca: Option<&'a Path>,
    pub search: &'a [String],
    pub replication: &'a [String],
    pub expiration: Option<&'a str>,
    pub name: Option<&'a str>,
    pub out: &'a Path,
    pub dry_run: bool,
    pub connection: &'a ConnectionArgs,
}

pub fn export(printer: &Printer, a: ExportArgs<'_>) -> CliResult<u8> {
    checked_alias(printer, a.alias)?;
    let addr = parse_address(a.address).map_err(|e| {
        usage(
            format!("--address: {e}"),
            "give HOST:PORT of the remote cluster server, e.g. rcs.example.com:9443",
        )
    })?;
    if a.search.is_empty() && a.replication.is_empty() {
        return Err(usage(
            "the key would grant nothing",
            "give --search PATTERNS and/or --replication PATTERNS",
        ));
    }
    let ca_pem = match a.server_ca {
        Some(p) => {
            let pem = std::fs::read_to_string(p).map_err(|e| {
                usage(
                    format!("cannot read {}: {e}", p.display()),
                    "give the CA of the remote cluster server's certificate (PEM)",
                )
            })?;
            check_ca_pem(&pem, &format!("{}", p.display()))?;
            Some(pem)
        }
        None => None,
    };
    if a.out.exists() && a.out.is_dir() {
        return Err(usage(
            format!("{} is a directory", a.out.display()),
            "give a file path for the bundle",
        ));
    }
    let split = |v: &[String]| -> Vec<String> {
        v.iter()
            .flat_map(|s| s.split(','))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    let search = split(a.search);
    let replication = split(a.replication);
    let mut metadata = Map::new();
    metadata.insert(MANAGED_BY_KEY.into(), json!(MANAGED_BY_VALUE));
    metadata.insert("tool".into(), json!("es-remote"));
    metadata.insert("pair_alias".into(), json!(a.alias));
    let body = CreateCrossClusterApiKeyRequest {
        name: a
            .name
            .map(str::to_string)
            .unwrap_or_else(|| format!("esconnect-pair-{}", a.alias)),
        expiration: a.expiration.map(str::to_string),
        access: CrossClusterAccess {
            search: (!search.is_empty()).then(|| {
                search
                    .iter()
                    .map(|n| SearchAccess {
                        names: vec![n.clone()],
                        ..Default::default()
                    })
                    .collect()
            }),
            replication: (!replication.is_empty()).then(|| {
                replication
                    .iter()
                    .map(|n| ReplicationAccess {
                        names: vec![n.clone()],
                        ..Default::default()
                    })
                    .collect()
            }),
        },
        metadata,
        certificate_identity: None,
    };
    let req = Request::post("/_security/cross_cluster/api_key", &body).sensitive_response();
    let conn = connect_with_credentials(printer, a.connection, a.dry_run)?;
    if a.dry_run {
        print_plan(
            printer,
            &conn.url.url,
            &[req],
            &format!(
                "It would then write the bundle to {} (mode 0600).",
                a.out.display()
            ),
        )?;
        return Ok(0);
    }
    let ep = conn.endpoint()?;
    esconnect_cli::runtime()?.block_on(async {
        let local = Local::new(ep);
        let root: Value = local.send(&Request::get("/"), "reading the cluster (GET /)", crate::cluster::REMEDY_MONITOR).await?;
        let version = root.pointer("/version/number").and_then(Value::as_str).unwrap_or_default().to_string();
        if esconnect_core::models::version::Version::parse(&version).is_some_and(|v| v < API_KEY_MODEL_SINCE) {
            return Err(CliError::usage(format!("Elasticsearch {version} has no cross-cluster API keys (8.14+)"))
                .with_remedy("upgrade the remote cluster, or use the certificate model"));
        }
        let resp = local
            .ep
            .call(&req)
            .await
            .map_err(|e| wire_failure(e, "creating the cross-cluster key (POST /_security/cross_cluster/api_key)", "the credentials need the manage_security cluster privilege (and cannot be an API key)"))?;
        let key: CreateApiKeyResponse = resp.json()?;
        let encoded = key.encoded.clone().unwrap_or_else(|| {
            esconnect_core::auth::ApiKey::new(key.id.clone(), key.api_key.clone()).encoded()
        });
        let mut doc = json!({
            "format": FORMAT,
            "alias": a.alias,
            "address": addr.setting(),
            "key": {"id": key.id, "encoded": encoded.expose()},
            "remote": {
                "cluster_name": root.get("cluster_name").and_then(Value::as_str).unwrap_or_default(),
                "cluster_uuid": root.get("cluster_uuid").and_then(Value::as_str).unwrap_or_default(),
                "version": version,
            },
            "created": esconnect_core::date::rfc3339(now_ms() / 1000),
        });
        if let Some(n) = a.server_name {
            doc["server_name"] = json!(n);
        }
        if let Some(p) = &ca_pem {
            doc["ca_pem"] = json!(p);
        }
        if let Some(e) = key.expiration {
            doc["key"]["expiration"] = json!(e);
        }
        let text = serde_json::to_string_pretty(&doc).expect("JSON") + "\n";
        write_atomic(a.out, text.as_bytes(), FileMode::Secret)
            .map_err(|e| CliError::failure(format!("cannot write {}: {e}", a.out.display())))?;
        printer.data(&json!({"bundle": a.out.display().to_string(), "alias": a.alias, "key_id": key.id, "expiration": key.expiration}), |_| {
            format!("bundle for `{}` written to {} (mode 0600; it holds the key: hand it over like a password)", a.alias, a.out.display())
        })?;
        Ok(0)
    })
}

// ---------------------------------------------------------------------------------------------------
// import

pub struct ImportArgs<'a> {
    pub bundle: &'a Path,
    pub target: &'a crate::target::TargetArgs,
    pub ca_out: Option<PathBuf>,
    pub wait_timeout: Duration,
    pub resume: bool,
    pub dry_run: bool,
    pub connection: &'a ConnectionArgs,
}

/// `pair import`: the bundle's parts applied where the local cluster runs (see [`crate::target`]), then
/// the wait until connected and the doctor. On ECK the first run writes the manifests; `--continue`, once
/// they are applied, does the rest.
pub fn import(printer: &Printer, a: ImportArgs<'_>) -> CliResult<u8> {
    let b = read_bundle(a.bundle)?;
    crate::target::eck_only_continue(a.target.target, a.resume)?;
    let stager = a.target.stager(printer, &b.alias)?;
    let addr = parse_address(&b.address).expect("validated");
    let node_name = b.server_name.clone().unwrap_or_else(|| addr.host.clone());
    let mut values = BTreeMap::new();
    values.insert("mode".to_string(), json!("proxy"));
    values.insert("proxy_address".to_string(), json!(addr.setting()));
    if let Some(n) = &b.server_name {
        values.insert("server_name".to_string(), json!(n));
    }
    let want = Desired {
        mode: Mode::Proxy,
        values,
        addresses: vec![addr],
    };
    let ca_out = crate::target::ca_out(a.ca_out.as_deref(), &b.alias);
    let header = format!(
        "pairing with `{}` ({} {}), from {} (made {}):",
        b.alias,
        b.remote.cluster_name,
        b.remote.version,
        a.bundle.display(),
        b.created
    );
    let ca_step = match (&stager, &b.ca_pem) {
        (_, None) => None,
        (Stager::SelfManaged { .. }, Some(_)) => Some(format!(
            "write the remote's CA to {} and trust it: es-remote config client --ca-file {} (restart if not set yet)",
            ca_out.display(),
            ca_out.display()
        )),
        (Stager::Eck { .. }, Some(_)) => Some(
            "write a ConfigMap with the remote's CA, and the lines that make the cluster trust it"
                .to_string(),
        ),
        (Stager::Cloud { .. }, Some(_)) => Some(format!(
            "trust the remote's CA: a direct trust entry esconnect-remote-{} for the node name {node_name} (PUT /api/v1/deployments/ID?version=V), its copy in {} for the doctor",
            b.alias,
            ca_out.display()
        )),
    };

    // ECK, first run: files only, nothing sent.
    if stager.is_eck() && !a.resume {
        printer.status(&header);
        let mut steps: Vec<String> = ca_step.into_iter().collect();
        steps.push(stager.key_step(&b.alias));
        steps.push(format!(
            "then, once applied: es-remote pair import {} --target eck --continue (settings, wait, doctor)",
            a.bundle.display()
        ));
        if a.dry_run {
            for (i, s) in steps.iter().enumerate() {
                printer.status(&format!("{}. {s}", i + 1));
            }
            printer.status("dry run: nothing was written");
            return Ok(0);
        }
        let rt = esconnect_cli::runtime()?;
        let mut manual = Vec::new();
        if let Some(pem) = &b.ca_pem {
            write_ca(printer, &ca_out, pem)?;
            if let Staged::Manual(c) =
                rt.block_on(stager.trust_ca(printer, &b.alias, pem, &node_name, false))?
            {
                manual.extend(c);
            }
        }
        if let Staged::Manual(c) =
            rt.block_on(stager.put_key(printer, None, &b.alias, &b.key.encoded, "secret.yaml"))?
        {
            manual.extend(c);
        }
        printer.status("apply them:");
        crate::target::print_manual(printer, &manual);
        let Stager::Eck {
            cluster,
            namespace,
            dir,
        } = &stager
        else {
            unreachable!()
        };
        printer.status(&format!(
            "then, when the pods have the key (ECK updates the keystore from the Secret), with the local cluster's connection as for this run:\n   es-remote pair import {} --target eck --eck-cluster {cluster} -n {namespace} --manifests-dir {} --continue",
            a.bundle.display(),
            dir.display()
        ));
        return Ok(0);
    }

    let conn = connect_with_credentials(printer, a.connection, false)?;
    let base = conn.url.url.clone();
    let ep = conn.endpoint()?;
    let eck_continue = stager.is_eck();
    let waited = esconnect_cli::runtime()?.block_on(async {
        let local = Local::new(ep);
        if a.dry_run {
            printer.status(&header);
            let mut steps: Vec<String> = Vec::new();
            if !eck_continue {
                steps.extend(ca_step.clone());
                steps.push(stager.key_step(&b.alias));
            } else {
                steps.push(format!("POST /_nodes/reload_secure_settings (the key from the Secret: {} on the nodes that have it)", esconnect_core::models::remote_cluster::credentials_setting(&b.alias)));
            }
            steps.push(format!("PUT /_cluster/settings: cluster.remote.{}.* (proxy mode, {})", b.alias, b.address));
            steps.push(format!("wait until connected (up to {}s), then es-remote doctor {}", a.wait_timeout.as_secs(), b.alias));
            for (i, s) in steps.iter().enumerate() {
                printer.status(&format!("{}. {s}", i + 1));
            }
            if !eck_continue {
                if let (Some(pem), Stager::Cloud { .. }) = (&b.ca_pem, &stager) {
                    stager.trust_ca(printer, &b.alias, pem, &node_name, true).await?;
                }
                if let Stager::Cloud { .. } = &stager {
                    stager.plan_key(printer, &b.alias, &b.key.encoded).await?;
                }
            }
            crate::settings::apply(printer, &local, &base, &b.alias, &want, true).await?;
            return Ok(None);
        }
        let version = local.version().await?;
        if version < API_KEY_MODEL_SINCE {
            return Err(CliError::failure(format!(
                "Elasticsearch {version} cannot use the API key model (8.14+)"
            ))
            .with_remedy("upgrade the local cluster to 8.14 or later"));
        }
        if let Some(pem) = &b.ca_pem {
            write_ca(printer, &ca_out, pem)?;
            if let Stager::SelfManaged { .. } = stager {
                printer.status(&format!(
                    "the remote's CA is in {}: copy it to every local node's config directory and set xpack.security.remote_cluster_client.ssl.certificate_authorities (es-remote config client --ca-file {})",
                    ca_out.display(),
                    ca_out.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default()
                ));
            } else if !eck_continue {
                stager.trust_ca(printer, &b.alias, pem, &node_name, false).await?;
            }
        }
        if eck_continue {
            crate::credentials::reload(printer, &local, Some(&b.alias), false).await?;
        } else {
            stager.put_key(printer, Some(&local), &b.alias, &b.key.encoded, "secret.yaml").await?;
        }
        crate::settings::apply(printer, &local, &base, &b.alias, &want, false).await?;
        let code = crate::status::wait_for(printer, &local, &b.alias, a.wait_timeout).await?;
        Ok(Some(code))
    })?;
    let Some(waited) = waited else {
        return Ok(0);
    };
    // The doctor last, connected or not: it names what is wrong, or confirms every part.
    printer.status("running es-remote doctor:");
    let doctor = crate::doctor::doctor(
        printer,
        crate::doctor::DoctorArgs {
            alias: &b.alias,
            remote_ca: b.ca_pem.is_some().then(|| ca_out.clone()),
            key_file: None,
            connection: a.connection,
            remote: None,
        },
    )?;
    Ok(waited.max(doctor))
}

/// The remote's CA (public) on this machine: for self-managed nodes and for the doctor's TLS check.
fn write_ca(printer: &Printer, path: &Path, pem: &str) -> CliResult<()> {
    write_atomic(path, pem.as_bytes(), FileMode::Public)
        .map_err(|e| CliError::failure(format!("cannot write {}: {e}", path.display())))?;
    printer.verbose(&format!("the remote's CA written to {}", path.display()));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundle(expiration: Option<i64>, encoded: &str, id: &str) -> Bundle {
        Bundle {
            format: FORMAT.into(),
            alias: "prod".into(),
            address: "rcs.example.com:9443".into(),
            server_name: None,
            ca_pem: None,
            key: BundleKey {
                id: id.into(),
                encoded: Secret::new(encoded),
                expiration,
            },
            remote: RemoteFacts {
                cluster_name: "r".into(),
                cluster_uuid: "u".into(),
                version: "8.17.0".into(),
            },
            created: "2026-12-06T00:00:00Z".into(),
        }
    }

    #[test]
    fn validation() {
        // base64("kid:secret-value")
        let enc = "a2lkOnNlY3JldC12YWx1ZQ==";
        assert!(validate(&bundle(None, enc, "kid")).is_ok());
        assert!(validate(&bundle(Some(now_ms() + 86_400_000), enc, "kid")).is_ok());
        let expired = validate(&bundle(Some(now_ms() - 1), enc, "kid")).unwrap_err();
        assert!(expired.message.contains("expired"));
        assert!(
            validate(&bundle(None, enc, "other"))
                .unwrap_err()
                .message
                .contains("does not match")
        );
        let mut b = bundle(None, enc, "kid");
        b.address = "no-port".into();
        assert!(validate(&b).is_err());
        let mut b = bundle(None, enc, "kid");
        b.ca_pem = Some("-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n".into());
        assert_eq!(validate(&b).unwrap_err().code, 2);
    }
}
