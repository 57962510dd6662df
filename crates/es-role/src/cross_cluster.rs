//! `es-role cross-cluster-key ...`: the cross-cluster API keys of a remote cluster (API key model,
//! elastic-facts §2.1, §3.1). `create` prints only the `encoded` key, the form the local cluster's keystore
//! takes as `cluster.remote.ALIAS.credentials` (§2.2); `update` reads the key first and sends only what
//! changes; `list` shows expiry soonest first; `invalidate` is a no-op for a key already invalidated.

use crate::plumbing::{
    KeyWritten, REMOTE_REMEDY_MANAGE_SECURITY, TOOL, cluster_version, require_version,
    rfc3339_from_millis, write_new_key,
};
use crate::remote_role::check_items;
use crate::{usage, validate};
use esconnect_cli::args::ConnectionArgs;
use esconnect_cli::ops::{connect_with_credentials, print_plan_unsent, wire_failure};
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::auth::{ApiKey, Auth};
use esconnect_core::http::{Endpoint, Request};
use esconnect_core::managed::{MANAGED_BY_KEY, MANAGED_BY_VALUE};
use esconnect_core::models::es::CreateApiKeyResponse;
use esconnect_core::models::remote::{
    ApiKeyInfo, CERTIFICATE_IDENTITY_SINCE, CROSS_CLUSTER_API_KEY_SINCE,
    CreateCrossClusterApiKeyRequest, CrossClusterAccess, GetApiKeyResponse,
    InvalidateApiKeyRequest, InvalidateApiKeyResponse, ReplicationAccess, SearchAccess,
    UpdateApiKeyResponse, UpdateCrossClusterApiKeyRequest,
};
use esconnect_core::settings::Connection;
use serde::Serialize;
use serde_json::{Map, Value, json};
use std::path::Path;

const CREATE_PATH: &str = "/_security/cross_cluster/api_key";
/// Metadata keys this tool sets on the keys it creates.
const OUR_KEYS: &[&str] = &[MANAGED_BY_KEY, "tool", "purpose"];

/// The flags shared by `create` and `update`, as given.
#[derive(Debug, Default)]
pub struct AccessOptions {
    pub search: Option<Vec<String>>,
    pub query: Option<String>,
    pub field_security: Option<String>,
    pub replication: Option<Vec<String>>,
    pub expiration: Option<String>,
    pub certificate_identity: Option<String>,
    pub metadata: Vec<String>,
    /// `update --no-search`, `--no-replication`.
    pub remove_search: bool,
    pub remove_replication: bool,
}

/// The flags, checked.
#[derive(Debug, Default, PartialEq)]
struct Checked {
    search: Option<SearchAccess>,
    replication: Option<ReplicationAccess>,
    expiration: Option<String>,
    certificate_identity: Option<String>,
    metadata: Map<String, Value>,
    remove_search: bool,
    remove_replication: bool,
}

impl Checked {
    fn changes_access(&self) -> bool {
        self.search.is_some()
            || self.replication.is_some()
            || self.remove_search
            || self.remove_replication
    }

    fn is_empty(&self) -> bool {
        !self.remove_search
            && !self.remove_replication
            && self.search.is_none()
            && self.replication.is_none()
            && self.expiration.is_none()
            && self.certificate_identity.is_none()
            && self.metadata.is_empty()
    }
}

fn json_object(flag: &str, s: &str, example: &str) -> CliResult<Map<String, Value>> {
    match serde_json::from_str::<Value>(s) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err(usage(
            format!("{flag} is not a JSON object"),
            format!("give {flag} an object, e.g. {example}"),
        )),
        Err(e) => Err(usage(
            format!("{flag} is not valid JSON: {e}"),
            format!("give {flag} a JSON object in single quotes, e.g. {example}"),
        )),
    }
}

fn check(o: AccessOptions) -> CliResult<Checked> {
    let mut c = Checked {
        remove_search: o.remove_search,
        remove_replication: o.remove_replication,
        ..Checked::default()
    };
    if let Some(names) = o.search {
        check_items("--search", &names, "--search 'logs-*,metrics-*'")?;
        let query = o
            .query
            .as_deref()
            .map(|q| json_object("--query", q, r#"'{"term": {"tenant": "a"}}'"#))
            .transpose()?
            .map(Value::Object);
        let field_security = match o.field_security.as_deref() {
            Some(f) => {
                let m = json_object(
                    "--field-security",
                    f,
                    r#"'{"grant": ["*"], "except": ["secret"]}'"#,
                )?;
                // Elasticsearch: only grant and except, lists of field names, and except needs grant.
                let ok = !m.is_empty()
                    && (m.contains_key("grant") || !m.contains_key("except"))
                    && m.iter().all(|(k, v)| {
                        matches!(k.as_str(), "grant" | "except")
                            && v.as_array().is_some_and(|a| a.iter().all(Value::is_string))
                    });
                if !ok {
                    return Err(usage(
                        "--field-security takes only `grant` and `except` (which needs `grant`), each a list of field names",
                        r#"e.g. --field-security '{"grant": ["*"], "except": ["secret"]}'"#,
                    ));
                }
                Some(Value::Object(m))
            }
            None => None,
        };
        c.search = Some(SearchAccess {
            names,
            query,
            field_security,
            allow_restricted_indices: None,
        });
    }
    if let Some(names) = o.replication {
        check_items("--replication", &names, "--replication 'archive-*'")?;
        c.replication = Some(ReplicationAccess {
            names,
            allow_restricted_indices: None,
        });
    }
    c.expiration = o
        .expiration
        .as_deref()
        .map(validate::expiration)
        .transpose()?;
    if let Some(ci) = o.certificate_identity {
        if ci.is_empty() || ci.trim() != ci {
            return Err(usage(
                "--certificate-identity is empty or has surrounding whitespace",
                "give a regular expression over the signing certificate's distinguished name, e.g. 'CN=.*.node.CLUSTER-ID.cluster.*'",
            ));
        }
        c.certificate_identity = Some(ci);
    }
    for kv in &o.metadata {
        let Some((k, v)) = kv.split_once('=') else {
            return Err(usage(
                format!("--metadata `{}` is not KEY=VALUE", kv.escape_debug()),
                "write --metadata team=search (repeat the flag for more)",
            ));
        };
        if k.is_empty() || k.starts_with('_') || k.trim() != k {
            return Err(usage(
                format!("--metadata key `{}` is not accepted", k.escape_debug()),
                "keys are not empty, have no surrounding spaces and do not start with `_` (Elasticsearch keeps those)",
            ));
        }
        if OUR_KEYS.contains(&k) {
            return Err(usage(
                format!("--metadata key `{k}` is set by es-role itself"),
                format!("use other keys than {}", OUR_KEYS.join(", ")),
            ));
        }
        c.metadata.insert(k.to_string(), json!(v));
    }
    Ok(c)
}

/// Elasticsearch refuses document or field level security on `search` when `replication` is granted too.
fn check_dls(access: &CrossClusterAccess) -> CliResult<()> {
    let dls = access
        .search
        .iter()
        .flatten()
        .any(|s| s.query.is_some() || s.field_security.is_some());
    if dls && access.replication.as_ref().is_some_and(|r| !r.is_empty()) {
        return Err(usage(
            "Elasticsearch refuses --query or --field-security on search access when the key also grants replication",
            "make two keys: one for search with the query or field security, one for replication",
        ));
    }
    Ok(())
}

/// The metadata of a key this tool creates: its marks, then the caller's pairs.
fn create_metadata(user: &Map<String, Value>) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert(MANAGED_BY_KEY.into(), json!(MANAGED_BY_VALUE));
    m.insert("tool".into(), json!(TOOL));
    m.insert("purpose".into(), json!("cross-cluster"));
    m.extend(user.iter().map(|(k, v)| (k.clone(), v.clone())));
    m
}

fn no_api_key_auth(conn: &Connection, what: &str) -> CliResult<()> {
    if let Some(Auth::ApiKey(_)) = &conn.auth {
        return Err(usage(
            format!(
                "an API key cannot {what} a cross-cluster API key: Elasticsearch accepts only a user for that"
            ),
            "authenticate with --username and --password-file as a user with the manage_security privilege",
        ));
    }
    Ok(())
}

fn now_millis() -> i64 {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

fn expires_text(ms: Option<i64>) -> String {
    match ms {
        Some(ms) => format!("expires {}", rfc3339_from_millis(ms)),
        None => "never expires".to_string(),
    }
}

// ---------------------------------------------------------------------------------------------------
// create

/// `create` JSON/YAML output when the key goes to stdout.
#[derive(Serialize)]
struct KeyShown {
    id: String,
    name: String,
    /// base64(`id:api_key`): what `elasticsearch-keystore add cluster.remote.ALIAS.credentials` takes.
    encoded: String,
    /// Epoch milliseconds, or null for a key that does not expire.
    expiration: Option<i64>,
}

pub fn create(
    printer: &Printer,
    args: &ConnectionArgs,
    name: &str,
    o: AccessOptions,
    out: Option<&Path>,
    dry_run: bool,
) -> CliResult<u8> {
    validate::key_name(name)?;
    let c = check(o)?;
    let access = CrossClusterAccess {
        search: c.search.map(|s| vec![s]),
        replication: c.replication.map(|r| vec![r]),
    };
    if access.is_empty() {
        return Err(usage(
            "a cross-cluster API key needs --search or --replication (or both)",
            "e.g. --search 'logs-*' for cross-cluster search, --replication 'leader-*' for cross-cluster replication",
        ));
    }
    check_dls(&access)?;
    if let Some(p) = out {
        validate::out_path(p)?;
    }
    let conn = connect_with_credentials(printer, args, false)?;
    no_api_key_auth(&conn, "create")?;
    let body = CreateCrossClusterApiKeyRequest {
        name: name.to_string(),
        expiration: c.expiration,
        access,
        metadata: create_metadata(&c.metadata),
        certificate_identity: c.certificate_identity,
    };
    let req = Request::post(CREATE_PATH, &body);
    let ep = conn.endpoint()?;
    esconnect_cli::runtime()?.block_on(async {
        let version = cluster_version(&ep).await?;
        require_version(version, CROSS_CLUSTER_API_KEY_SINCE, "a cross-cluster API key (the API key model)")?;
        if body.certificate_identity.is_some() {
            require_version(version, CERTIFICATE_IDENTITY_SINCE, "--certificate-identity (strong identity verification)")?;
        }
        if dry_run {
            return print_plan_unsent(printer, &conn.url.url, &[req], "The key would be printed once, in its encoded form.");
        }
        let resp: CreateApiKeyResponse = ep
            .call_json(&req)
            .await
            .map_err(|e| wire_failure(e, "creating the cross-cluster API key failed", REMOTE_REMEDY_MANAGE_SECURITY))?;
        let encoded = resp
            .encoded
            .clone()
            .unwrap_or_else(|| ApiKey::new(resp.id.clone(), resp.api_key.clone()).encoded());
        printer.status(&format!(
            "created cross-cluster API key `{}` (id {}), which {}",
            resp.name,
            resp.id,
            expires_text(resp.expiration)
        ));
        let keystore_hint = "on the local cluster: elasticsearch-keystore add cluster.remote.ALIAS.credentials (then POST /_nodes/reload_secure_settings)";
        match out {
            Some(path) => {
                write_new_key(
                    printer,
                    path,
                    &encoded,
                    &format!("the cross-cluster API key {}", resp.id),
                    &format!("es-role cross-cluster-key invalidate {}", resp.id),
                )?;
                printer.status(&format!("wrote the encoded key to {} (mode 0600); {keystore_hint}", path.display()));
                let report = KeyWritten {
                    id: resp.id.clone(),
                    name: resp.name.clone(),
                    expiration: resp.expiration,
                    written_to: path.to_path_buf(),
                };
                printer.data(&report, |_| String::new())?;
            }
            None => {
                printer.warn(&format!(
                    "the key is shown only once (Elasticsearch cannot show it again): store it now; {keystore_hint}"
                ));
                let report = KeyShown {
                    id: resp.id.clone(),
                    name: resp.name.clone(),
                    encoded: encoded.expose().to_string(),
                    expiration: resp.expiration,
                };
                printer.data(&report, |_| encoded.expose().to_string())?;
            }
        }
        Ok(0)
    })
}

// ---------------------------------------------------------------------------------------------------
// reading a key

/// `GET /_security/api_key?id=ID`: `None` when there is no such key (404, or an empty list).
async fn read_key(ep: &Endpoint, id: &str) -> CliResult<Option<ApiKeyInfo>> {
    let doing = format!("reading the API key {id} failed");
    let resp = ep
        .send(&Request::get("/_security/api_key").query("id", id))
        .await
        .map_err(|e| wire_failure(e, &doing, REMOTE_REMEDY_MANAGE_SECURITY))?;
    if resp.status == 404 {
        return Ok(None);
    }
    let r: GetApiKeyResponse = resp
        .error_for_status()
        .and_then(|r| r.json())
        .map_err(|e| wire_failure(e, &doing, REMOTE_REMEDY_MANAGE_SECURITY))?;
    Ok(r.api_keys.into_iter().find(|k| k.id == id))
}

/// The key, which must exist and be a cross-cluster key.
async fn read_cross_cluster_key(ep: &Endpoint, id: &str) -> CliResult<ApiKeyInfo> {
    let Some(key) = read_key(ep, id).await? else {
        return Err(
            CliError::failure(format!("there is no API key with id {id}")).with_remedy(
                "list the cross-cluster API keys with `es-role cross-cluster-key list`",
            ),
        );
    };
    if !key.is_cross_cluster() {
        return Err(CliError::failure(format!(
            "the API key {id} is of type `{}`, not a cross-cluster API key: nothing was sent",
            key.kind.as_deref().unwrap_or("rest")
        ))
        .with_remedy("these commands manage cross-cluster API keys only; check the id with `es-role cross-cluster-key list`"));
    }
    Ok(key)
}

/// An access made comparable: queries as JSON (Elasticsearch stores them as strings), restricted
/// indices explicit, names sorted.
fn comparable(a: &CrossClusterAccess) -> Value {
    let sorted = |n: &[String]| {
        let mut n = n.to_vec();
        n.sort();
        n
    };
    let mut search: Vec<Value> = a
        .search
        .iter()
        .flatten()
        .map(|s| {
            let query = match &s.query {
                Some(Value::String(q)) => serde_json::from_str(q).unwrap_or(json!(q)),
                other => other.clone().unwrap_or(Value::Null),
            };
            json!({"names": sorted(&s.names), "query": query, "field_security": s.field_security,
                   "allow_restricted_indices": s.allow_restricted_indices.unwrap_or(false)})
        })
        .collect();
    search.sort_by_key(Value::to_string);
    let mut replication: Vec<Value> = a
        .replication
        .iter()
        .flatten()
        .map(|r| json!({"names": sorted(&r.names), "allow_restricted_indices": r.allow_restricted_indices.unwrap_or(false)}))
        .collect();
    replication.sort_by_key(Value::to_string);
    json!({"search": search, "replication": replication})
}

// ---------------------------------------------------------------------------------------------------
// update

#[derive(Debug, Serialize)]
struct UpdateReport {
    id: String,
    name: Option<String>,
    /// `updated` or `unchanged`.
    result: &'static str,
    /// The fields sent: access, expiration, metadata, certificate_identity.
    changed: Vec<&'static str>,
}

/// Document or field level security the key's search access has that the new `--search` does not:
/// giving `--search` replaces the whole search access, so these are dropped (a warning, not an error:
/// dropping them may be what is meant).
fn dropped_security(key: &ApiKeyInfo, new: Option<&SearchAccess>) -> Vec<&'static str> {
    let Some(new) = new else { return vec![] };
    let old = key.access.iter().flat_map(|a| a.search.iter().flatten());
    let (mut query, mut fields) = (false, false);
    for o in old {
        query |= o.query.is_some() && new.query.is_none();
        fields |= o.field_security.is_some() && new.field_security.is_none();
    }
    let mut v = vec![];
    if query {
        v.push("query");
    }
    if fields {
        v.push("field security");
    }
    v
}

/// The update body: what differs from the key as read, with what is not given kept.
fn update_body(key: &ApiKeyInfo, c: Checked) -> CliResult<UpdateCrossClusterApiKeyRequest> {
    let mut body = UpdateCrossClusterApiKeyRequest::default();
    if c.changes_access() {
        let before = key.access.clone();
        // Without the access read back, only a change that names both sides is safe.
        let both = (c.search.is_some() || c.remove_search)
            && (c.replication.is_some() || c.remove_replication);
        let Some(before) = before.or_else(|| both.then(CrossClusterAccess::default)) else {
            return Err(CliError::failure(format!(
                "Elasticsearch did not show the access of key {}, so changing only part of it could drop the rest",
                key.id
            ))
            .with_remedy("give both --search (or --no-search) and --replication (or --no-replication)"));
        };
        let mut after = before.clone();
        if let Some(s) = c.search {
            after.search = Some(vec![s]);
        }
        if let Some(r) = c.replication {
            after.replication = Some(vec![r]);
        }
        if c.remove_search {
            after.search = None;
        }
        if c.remove_replication {
            after.replication = None;
        }
        if after.is_empty() {
            return Err(usage(
                "the key would keep neither search nor replication access, which Elasticsearch refuses",
                format!(
                    "invalidate it instead: es-role cross-cluster-key invalidate {}",
                    key.id
                ),
            ));
        }
        check_dls(&after)?;
        if comparable(&after) != comparable(&before) {
            body.access = Some(after);
        }
    }
    if !c.metadata.is_empty() {
        let mut merged: Map<String, Value> = key
            .metadata
            .iter()
            .filter(|(k, _)| !k.starts_with('_'))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        merged.extend(c.metadata);
        if merged != key.metadata {
            body.metadata = Some(merged);
        }
    }
    // A new expiration is always a change: Elasticsearch sets it to now + the duration.
    body.expiration = c.expiration;
    if let Some(ci) = c.certificate_identity
        && key.certificate_identity.as_deref() != Some(ci.as_str())
    {
        body.certificate_identity = Some(ci);
    }
    Ok(body)
}

fn changed_fields(b: &UpdateCrossClusterApiKeyRequest) -> Vec<&'static str> {
    let mut v = vec![];
    if b.access.is_some() {
        v.push("access");
    }
    if b.expiration.is_some() {
        v.push("expiration");
    }
    if b.metadata.is_some() {
        v.push("metadata");
    }
    if b.certificate_identity.is_some() {
        v.push("certificate_identity");
    }
    v
}

pub fn update(
    printer: &Printer,
    args: &ConnectionArgs,
    id: &str,
    o: AccessOptions,
    dry_run: bool,
) -> CliResult<u8> {
    validate::key_id(id)?;
    let c = check(o)?;
    if c.is_empty() {
        return Err(usage(
            "nothing to update was given",
            "give --search, --replication, --no-search, --no-replication, --expiration, --certificate-identity or --metadata",
        ));
    }
    let conn = connect_with_credentials(printer, args, false)?;
    no_api_key_auth(&conn, "update")?;
    let ep = conn.endpoint()?;
    esconnect_cli::runtime()?.block_on(async {
        let version = cluster_version(&ep).await?;
        require_version(version, CROSS_CLUSTER_API_KEY_SINCE, "a cross-cluster API key (the API key model)")?;
        if c.certificate_identity.is_some() {
            require_version(version, CERTIFICATE_IDENTITY_SINCE, "--certificate-identity (strong identity verification)")?;
        }
        let key = read_cross_cluster_key(&ep, id).await?;
        if key.invalidated {
            return Err(CliError::failure(format!("the cross-cluster API key {id} is invalidated and cannot be updated"))
                .with_remedy("create a new key with `es-role cross-cluster-key create`"));
        }
        if key.expiration.is_some_and(|e| e <= now_millis()) {
            return Err(CliError::failure(format!("the cross-cluster API key {id} has expired and cannot be updated"))
                .with_remedy("create a new key with `es-role cross-cluster-key create`"));
        }
        // Only the key's owner may update it (the update API answers 404 to anyone else).
        if let (Some(Auth::Basic { username, .. }), Some(owner)) = (&conn.auth, key.username.as_deref())
            && username != owner
        {
            return Err(CliError::failure(format!(
                "the cross-cluster API key {id} belongs to user `{owner}`, and Elasticsearch lets only its owner update it: nothing was sent"
            ))
            .with_remedy(format!("connect as `{owner}` (--username {owner}), or create a new key as `{username}`")));
        }
        let dropped = dropped_security(&key, c.search.as_ref());
        let body = update_body(&key, c)?;
        let changed = changed_fields(&body);
        if body.access.is_some() && !dropped.is_empty() {
            printer.warn(&format!(
                "the key's search access has a {} that --search without --query/--field-security drops: give them again to keep them",
                dropped.join(" and ")
            ));
        }
        let path = format!("{CREATE_PATH}/{}", validate::segment(id));
        if body.is_empty() {
            let report = UpdateReport { id: id.to_string(), name: key.name.clone(), result: "unchanged", changed };
            printer.data(&report, |_| format!("cross-cluster API key {id} unchanged: it already has what was given (nothing was sent)"))?;
            return Ok(0);
        }
        let req = Request::put(&path, &body);
        if dry_run {
            return print_plan_unsent(printer, &conn.url.url, &[req], &format!("Only {} would change; the rest of the key stays as it is.", changed.join(", ")));
        }
        let r: UpdateApiKeyResponse = ep
            .call_json(&req)
            .await
            .map_err(|e| wire_failure(e, "updating the cross-cluster API key failed", REMOTE_REMEDY_MANAGE_SECURITY))?;
        let report = UpdateReport {
            id: id.to_string(),
            name: key.name.clone(),
            result: if r.updated { "updated" } else { "unchanged" },
            changed: if r.updated { changed } else { vec![] },
        };
        printer.data(&report, |_| match report.result {
            "updated" => format!("cross-cluster API key {id} updated ({})", report.changed.join(", ")),
            _ => format!("cross-cluster API key {id} unchanged (Elasticsearch found nothing to change)"),
        })?;
        Ok(0)
    })
}

// ---------------------------------------------------------------------------------------------------
// list

#[derive(Debug, Serialize)]
struct Listed {
    id: String,
    name: Option<String>,
    owner: Option<String>,
    /// `active`, `expiring` (within --expiring-within), `expired` or `invalidated`.
    status: &'static str,
    creation: Option<i64>,
    /// Epoch milliseconds, null when the key never expires.
    expiration: Option<i64>,
    expires_at: Option<String>,
    access: Option<CrossClusterAccess>,
    metadata: Map<String, Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    certificate_identity: Option<String>,
}

fn access_text(a: Option<&CrossClusterAccess>) -> String {
    let Some(a) = a else { return "?".into() };
    let mut parts = vec![];
    for (what, names) in [
        (
            "search",
            a.search
                .iter()
                .flatten()
                .flat_map(|s| s.names.clone())
                .collect::<Vec<_>>(),
        ),
        (
            "replication",
            a.replication
                .iter()
                .flatten()
                .flat_map(|r| r.names.clone())
                .collect(),
        ),
    ] {
        if !names.is_empty() {
            parts.push(format!("{what}: {}", names.join(",")));
        }
    }
    parts.join("; ")
}

pub fn list(
    printer: &Printer,
    args: &ConnectionArgs,
    expiring_within: Option<&str>,
    all: bool,
) -> CliResult<u8> {
    let within = expiring_within
        .map(|d| validate::duration_millis("--expiring-within", d))
        .transpose()?;
    let conn = connect_with_credentials(printer, args, false)?;
    let ep = conn.endpoint()?;
    let r: GetApiKeyResponse = esconnect_cli::runtime()?
        .block_on(ep.call_json(&Request::get("/_security/api_key")))
        .map_err(|e| {
            wire_failure(
                e,
                "listing the API keys failed",
                "the credentials need the manage_api_key, manage_security or read_security cluster privilege to see every key",
            )
        })?;
    let now = now_millis();
    let threshold = within.map(|w| now.saturating_add(w));
    let mut keys: Vec<ApiKeyInfo> = r
        .api_keys
        .into_iter()
        .filter(|k| k.is_cross_cluster() && (all || !k.invalidated))
        .collect();
    // Soonest expiry first; keys that never expire last.
    keys.sort_by(|a, b| {
        (a.expiration.is_none(), a.expiration, &a.name, &a.id).cmp(&(
            b.expiration.is_none(),
            b.expiration,
            &b.name,
            &b.id,
        ))
    });
    let listed: Vec<Listed> = keys
        .into_iter()
        .map(|k| {
            let status = if k.invalidated {
                "invalidated"
            } else if k.expiration.is_some_and(|e| e <= now) {
                "expired"
            } else if k
                .expiration
                .is_some_and(|e| threshold.is_some_and(|t| e <= t))
            {
                "expiring"
            } else {
                "active"
            };
            Listed {
                id: k.id,
                name: k.name,
                owner: k.username,
                status,
                creation: k.creation,
                expiration: k.expiration,
                expires_at: k.expiration.map(rfc3339_from_millis),
                access: k.access,
                metadata: k.metadata,
                certificate_identity: k.certificate_identity,
            }
        })
        .collect();
    printer.data(&listed, |s| {
        if listed.is_empty() {
            return "no cross-cluster API keys".to_string();
        }
        let rows: Vec<Vec<String>> = listed
            .iter()
            .map(|k| {
                vec![
                    k.id.clone(),
                    k.name.clone().unwrap_or_default(),
                    k.expires_at.clone().unwrap_or_else(|| "never".into()),
                    match k.status {
                        "expiring" | "expired" => s.yellow(k.status),
                        other => other.to_string(),
                    },
                    access_text(k.access.as_ref()),
                ]
            })
            .collect();
        esconnect_cli::printer::table(&["ID", "NAME", "EXPIRES", "STATUS", "ACCESS"], &rows, s)
    })?;
    let due: Vec<&Listed> = listed
        .iter()
        .filter(|k| matches!(k.status, "expiring" | "expired"))
        .collect();
    // The check's verdict is shown even with -q: a monitoring job's log should say which keys.
    if let Some(w) = expiring_within
        && !due.is_empty()
    {
        printer.warn(&format!(
            "{} cross-cluster API key{} expired or expire within {w}: {}; make a new one with `es-role cross-cluster-key create` (or extend with `update ID --expiration`) and update the local clusters' keystores",
            due.len(),
            if due.len() == 1 { "" } else { "s" },
            due.iter().map(|k| k.id.as_str()).collect::<Vec<_>>().join(", ")
        ));
        return Ok(1);
    }
    Ok(0)
}

// ---------------------------------------------------------------------------------------------------
// invalidate

#[derive(Debug, Serialize)]
struct InvalidateReport {
    id: String,
    name: Option<String>,
    /// `invalidated` or `unchanged` (it already was).
    result: &'static str,
}

pub fn invalidate(
    printer: &Printer,
    args: &ConnectionArgs,
    id: &str,
    dry_run: bool,
) -> CliResult<u8> {
    validate::key_id(id)?;
    let conn = connect_with_credentials(printer, args, false)?;
    let ep = conn.endpoint()?;
    esconnect_cli::runtime()?.block_on(async {
        let key = read_cross_cluster_key(&ep, id).await?;
        if key.invalidated {
            let report = InvalidateReport {
                id: id.to_string(),
                name: key.name.clone(),
                result: "unchanged",
            };
            printer.data(&report, |_| {
                format!("cross-cluster API key {id} was already invalidated (nothing was sent)")
            })?;
            return Ok(0);
        }
        let req = Request::delete("/_security/api_key").json(InvalidateApiKeyRequest {
            ids: vec![id.to_string()],
        });
        if dry_run {
            return print_plan_unsent(
                printer,
                &conn.url.url,
                &[req],
                "Remote clusters using this key lose access as soon as it is invalidated.",
            );
        }
        let r: InvalidateApiKeyResponse = ep.call_json(&req).await.map_err(|e| {
            wire_failure(
                e,
                "invalidating the cross-cluster API key failed",
                REMOTE_REMEDY_MANAGE_SECURITY,
            )
        })?;
        if r.error_count > 0
            || !(r
                .invalidated_api_keys
                .iter()
                .chain(&r.previously_invalidated_api_keys)
                .any(|k| k == id))
        {
            let detail = r
                .error_details
                .first()
                .and_then(|d| d.pointer("/caused_by/reason").or(d.get("reason")))
                .and_then(Value::as_str)
                .unwrap_or("no detail");
            return Err(CliError::failure(format!(
                "Elasticsearch did not invalidate the key {id}: {detail}"
            ))
            .with_remedy("check the id with `es-role cross-cluster-key list --all`"));
        }
        let result = if r.invalidated_api_keys.iter().any(|k| k == id) {
            "invalidated"
        } else {
            "unchanged"
        };
        let report = InvalidateReport {
            id: id.to_string(),
            name: key.name.clone(),
            result,
        };
        printer.data(&report, |_| match result {
            "invalidated" => format!(
                "cross-cluster API key {id} invalidated: remote connections using it stop working"
            ),
            _ => format!("cross-cluster API key {id} was already invalidated"),
        })?;
        Ok(0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> AccessOptions {
        AccessOptions::default()
    }

    #[test]
    fn flags_become_access_and_metadata() {
        let c = check(AccessOptions {
            search: Some(vec!["logs-*".into()]),
            query: Some(r#"{"term": {"tenant": "a"}}"#.into()),
            field_security: Some(r#"{"grant": ["*"]}"#.into()),
            metadata: vec!["team=search".into(), "note=a=b".into()],
            ..opts()
        })
        .unwrap();
        let s = c.search.unwrap();
        assert_eq!(s.query, Some(json!({"term": {"tenant": "a"}})));
        assert_eq!(s.field_security, Some(json!({"grant": ["*"]})));
        assert_eq!(c.metadata["note"], "a=b");
        let m = create_metadata(&c.metadata);
        assert_eq!(m["managed_by"], "esconnect");
        assert_eq!(m["team"], "search");
    }

    #[test]
    fn bad_flags_are_usage_errors() {
        let cases = [
            AccessOptions {
                search: Some(vec!["logs-*".into()]),
                query: Some("[1]".into()),
                ..opts()
            },
            AccessOptions {
                search: Some(vec!["logs-*".into()]),
                query: Some("{".into()),
                ..opts()
            },
            AccessOptions {
                search: Some(vec!["logs-*".into()]),
                field_security: Some(r#"{"grant": "*"}"#.into()),
                ..opts()
            },
            AccessOptions {
                search: Some(vec!["".into()]),
                ..opts()
            },
            AccessOptions {
                metadata: vec!["_x=1".into()],
                ..opts()
            },
            AccessOptions {
                metadata: vec!["managed_by=me".into()],
                ..opts()
            },
            AccessOptions {
                metadata: vec!["novalue".into()],
                ..opts()
            },
            AccessOptions {
                expiration: Some("1 day".into()),
                ..opts()
            },
            AccessOptions {
                certificate_identity: Some(" ".into()),
                ..opts()
            },
        ];
        for (i, o) in cases.into_iter().enumerate() {
            assert_eq!(check(o).unwrap_err().code, 2, "case {i}");
        }
    }

    #[test]
    fn dls_and_replication_do_not_mix() {
        let a = CrossClusterAccess {
            search: Some(vec![SearchAccess {
                names: vec!["a".into()],
                query: Some(json!({})),
                ..Default::default()
            }]),
            replication: Some(vec![ReplicationAccess {
                names: vec!["b".into()],
                allow_restricted_indices: None,
            }]),
        };
        assert_eq!(check_dls(&a).unwrap_err().code, 2);
    }

    fn key(access: Value, metadata: Value) -> ApiKeyInfo {
        serde_json::from_value(
            json!({"id": "k1", "name": "n", "type": "cross_cluster", "invalidated": false,
            "access": access, "metadata": metadata}),
        )
        .unwrap()
    }

    #[test]
    fn an_update_keeps_what_is_not_given_and_sends_nothing_unchanged() {
        let k = key(
            json!({"search": [{"names": ["logs-*"], "allow_restricted_indices": false}],
                   "replication": [{"names": ["archive-*"], "allow_restricted_indices": false}]}),
            json!({"managed_by": "esconnect", "team": "a"}),
        );
        // The same replication again, and known metadata: nothing to send.
        let c = check(AccessOptions {
            replication: Some(vec!["archive-*".into()]),
            metadata: vec!["team=a".into()],
            ..opts()
        })
        .unwrap();
        assert!(update_body(&k, c).unwrap().is_empty());
        // New replication: search kept as read.
        let c = check(AccessOptions {
            replication: Some(vec!["leader-*".into()]),
            ..opts()
        })
        .unwrap();
        let b = update_body(&k, c).unwrap();
        let a = b.access.unwrap();
        assert_eq!(a.search, k.access.as_ref().unwrap().search);
        assert_eq!(a.replication.unwrap()[0].names, vec!["leader-*"]);
        // New metadata merged into the old.
        let c = check(AccessOptions {
            metadata: vec!["env=prod".into()],
            ..opts()
        })
        .unwrap();
        let m = update_body(&k, c).unwrap().metadata.unwrap();
        assert_eq!(
            Value::Object(m),
            json!({"managed_by": "esconnect", "team": "a", "env": "prod"})
        );
        // A query on search while the key keeps its replication: refused before anything is sent.
        let c = check(AccessOptions {
            search: Some(vec!["logs-*".into()]),
            query: Some("{}".into()),
            ..opts()
        })
        .unwrap();
        assert_eq!(update_body(&k, c).unwrap_err().code, 2);
    }

    #[test]
    fn one_side_can_be_removed_but_not_both() {
        let k = key(
            json!({"search": [{"names": ["logs-*"]}], "replication": [{"names": ["archive-*"]}]}),
            json!({}),
        );
        let c = check(AccessOptions {
            remove_replication: true,
            ..opts()
        })
        .unwrap();
        let a = update_body(&k, c).unwrap().access.unwrap();
        assert!(a.replication.is_none() && a.search.unwrap()[0].names == ["logs-*"]);
        let c = check(AccessOptions {
            remove_replication: true,
            remove_search: true,
            ..opts()
        })
        .unwrap();
        assert_eq!(update_body(&k, c).unwrap_err().code, 2);
        // Removing what the key does not have changes nothing.
        let only_search = key(json!({"search": [{"names": ["logs-*"]}]}), json!({}));
        let c = check(AccessOptions {
            remove_replication: true,
            ..opts()
        })
        .unwrap();
        assert!(update_body(&only_search, c).unwrap().is_empty());
    }

    #[test]
    fn dropping_a_query_is_noticed() {
        let k = key(
            json!({"search": [{"names": ["a"], "query": "{}"}]}),
            json!({}),
        );
        let plain = SearchAccess {
            names: vec!["a".into()],
            ..Default::default()
        };
        assert_eq!(dropped_security(&k, Some(&plain)), vec!["query"]);
        let with = SearchAccess {
            query: Some(json!({})),
            ..plain.clone()
        };
        assert!(dropped_security(&k, Some(&with)).is_empty());
        assert!(dropped_security(&k, None).is_empty());
    }

    #[test]
    fn queries_compare_as_json() {
        let stored = CrossClusterAccess {
            search: Some(vec![SearchAccess {
                names: vec!["a".into()],
                query: Some(json!("{\"term\": {\"x\": 1}}")),
                allow_restricted_indices: Some(false),
                ..Default::default()
            }]),
            replication: None,
        };
        let given = CrossClusterAccess {
            search: Some(vec![SearchAccess {
                names: vec!["a".into()],
                query: Some(json!({"term": {"x": 1}})),
                ..Default::default()
            }]),
            replication: None,
        };
        assert_eq!(comparable(&stored), comparable(&given));
    }
}
