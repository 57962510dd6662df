//! Authentication (`Authorization: Basic` and `ApiKey`), the 401 challenges, effective permissions and
//! the cluster privilege check behind every 403.

use base64::Engine as _;
use serde_json::{Map, Value, json};

use crate::es::errors::{EsError, cause};
use crate::es::privileges::{Grants, Permission, cluster_privileges_granting};
use crate::es::version::Version;
use crate::es::{ApiKey, EsInner, EsReq};
use crate::util;

const BASIC_CHALLENGE: &str = "Basic realm=\"security\", charset=\"UTF-8\"";
const APIKEY_CHALLENGE: &str = "ApiKey";

/// Who is calling.
#[derive(Debug, Clone)]
pub(crate) enum Subject {
    User {
        name: String,
    },
    ApiKey {
        id: String,
        name: String,
        owner: String,
        realm: (String, String),
    },
}

impl Subject {
    pub fn username(&self) -> &str {
        match self {
            Subject::User { name } => name,
            Subject::ApiKey { owner, .. } => owner,
        }
    }
}

pub(super) fn unauthorized(
    reason: String,
    additional: Option<String>,
    version: Version,
) -> EsError {
    unauthorized_caused(reason, additional, version, None)
}

fn unauthorized_caused(
    reason: String,
    additional: Option<String>,
    version: Version,
    caused_by: Option<Value>,
) -> EsError {
    let mut extra = Map::new();
    if let Some(a) = additional.filter(|_| version.major >= 8) {
        extra.insert("additional_unsuccessful_credentials".into(), json!(a));
    }
    extra.insert(
        "header".into(),
        json!({"WWW-Authenticate": [BASIC_CHALLENGE, APIKEY_CHALLENGE]}),
    );
    EsError::with_fields(401, "security_exception", reason, extra, caused_by)
        .header("WWW-Authenticate", BASIC_CHALLENGE)
        .header("WWW-Authenticate", APIKEY_CHALLENGE)
}

const ANON_DENIED: &str = "unable to authenticate with provided credentials and anonymous access is not allowed for this request";

/// Decode like `java.util.Base64.getDecoder()`: standard alphabet, padding optional, with Java's
/// message for the first illegal character.
pub(crate) fn java_base64_decode(s: &str) -> Result<Vec<u8>, String> {
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    if let Some(bad) = s
        .bytes()
        .find(|b| !(b.is_ascii_alphanumeric() || *b == b'+' || *b == b'/' || *b == b'='))
    {
        return Err(format!("Illegal base64 character {bad:x}"));
    }
    let engine = GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new()
            .with_decode_padding_mode(DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    );
    engine
        .decode(s)
        .map_err(|_| "Last unit does not have enough valid bits".to_owned())
}

/// Authenticate from the `Authorization` header (`Basic` for users, `ApiKey` for REST API keys).
pub(crate) fn authenticate(inner: &EsInner, req: &EsReq) -> Result<Subject, EsError> {
    let v = inner.version;
    let header = req.header("authorization").unwrap_or_default().trim();
    let (scheme, rest) = header.split_once(' ').unwrap_or((header, ""));
    let rest = rest.trim();
    if scheme.eq_ignore_ascii_case("basic") && !rest.is_empty() {
        let decoded = java_base64_decode(rest)
            .ok()
            .and_then(|b| String::from_utf8(b).ok());
        let Some(decoded) = decoded else {
            return Err(unauthorized(
                "invalid basic authentication header encoding".into(),
                None,
                v,
            ));
        };
        let Some((user, password)) = decoded.split_once(':') else {
            return Err(unauthorized(
                "invalid basic authentication header value".into(),
                None,
                v,
            ));
        };
        return match inner.users.get(user) {
            Some(u) if u.enabled && u.password == password => Ok(Subject::User {
                name: user.to_owned(),
            }),
            _ => Err(unauthorized(
                format!(
                    "unable to authenticate user [{user}] for REST request [{}]",
                    req.uri
                ),
                None,
                v,
            )),
        };
    }
    if scheme.eq_ignore_ascii_case("apikey") && !rest.is_empty() {
        // Like ApiKeyService.parseCredentialsFromApiKeyString: java.util.Base64's basic decoder, then
        // `id:secret`; a failure is an "error attempting to authenticate request".
        let parsed = java_base64_decode(rest).and_then(|b| {
            let text = String::from_utf8_lossy(&b).into_owned();
            match text.split_once(':') {
                Some((id, secret)) if !id.is_empty() => Ok((id.to_owned(), secret.to_owned())),
                _ => Err("invalid ApiKey value".to_owned()),
            }
        });
        let (id, secret) = match parsed {
            Ok(p) => p,
            Err(why) => {
                return Err(unauthorized_caused(
                    "error attempting to authenticate request".into(),
                    None,
                    v,
                    Some(cause("illegal_argument_exception", &why)),
                ));
            }
        };
        let (id, secret) = (id.as_str(), secret.as_str());
        let fail = |why: String| {
            Err(unauthorized(
                ANON_DENIED.into(),
                Some(format!("API key: {why}")),
                v,
            ))
        };
        let Some(key) = inner.api_keys.iter().find(|k| k.id == id) else {
            return fail(format!("unable to find apikey with id {id}"));
        };
        if key.secret != secret {
            return fail(format!("invalid credentials for API key [{id}]"));
        }
        if key.invalidated.is_some() {
            return fail(format!("api key [{id}] has been invalidated"));
        }
        if key.expiration.is_some_and(|e| e <= util::now_millis()) {
            return fail("api key is expired".into());
        }
        if key.cross_cluster {
            return fail(format!(
                "authentication expected API key type of [rest], but API key [{id}] has type [cross_cluster]"
            ));
        }
        return Ok(Subject::ApiKey {
            id: key.id.clone(),
            name: key.name.clone(),
            owner: key.owner.clone(),
            realm: key.realm.clone(),
        });
    }
    Err(unauthorized(
        format!(
            "missing authentication credentials for REST request [{}]",
            req.uri
        ),
        None,
        v,
    ))
}

fn layer_of(map: &Map<String, Value>) -> Vec<Grants> {
    map.values().map(Grants::from_descriptor).collect()
}

/// The effective permission of a subject.
pub(crate) fn permission(inner: &EsInner, subject: &Subject) -> Permission {
    match subject {
        Subject::User { name } => {
            let roles = inner
                .users
                .get(name)
                .map(|u| u.roles.clone())
                .unwrap_or_default();
            Permission {
                layers: vec![layer_of(&inner.roles_map(&roles))],
            }
        }
        Subject::ApiKey { id, .. } => match inner.api_keys.iter().find(|k| &k.id == id) {
            Some(k) => Permission {
                layers: effective_layers(k).iter().map(layer_of).collect(),
            },
            None => Permission::default(),
        },
    }
}

/// The descriptor layers of an API key: its own descriptors (if any) then its limits.
pub(super) fn effective_layers(k: &ApiKey) -> Vec<Map<String, Value>> {
    let mut layers = Vec::new();
    if !k.role_descriptors.is_empty() {
        layers.push(k.role_descriptors.clone());
    }
    layers.extend(k.limited_by.iter().cloned());
    layers
}

pub(super) fn denied(inner: &EsInner, subject: &Subject, action: &str, privilege: &str) -> EsError {
    let who = match subject {
        Subject::User { name } => {
            let declared = inner
                .users
                .get(name)
                .map(|u| u.roles.clone())
                .unwrap_or_default();
            let effective: Vec<&String> = declared
                .iter()
                .filter(|r| inner.role_descriptor(r).is_some())
                .collect();
            let missing: Vec<&String> = declared
                .iter()
                .filter(|r| inner.role_descriptor(r).is_none())
                .collect();
            let mut s = format!(
                "user [{name}] with effective roles [{}]",
                effective
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            );
            if !missing.is_empty() {
                s.push_str(&format!(
                    " (assigned roles [{}] were not found)",
                    missing
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(",")
                ));
            }
            s
        }
        Subject::ApiKey { id, owner, .. } => format!("API key id [{id}] of user [{owner}]"),
    };
    let granting = cluster_privileges_granting(privilege);
    EsError::new(
        403,
        "security_exception",
        format!(
            "action [{action}] is unauthorized for {who}, this action is granted by the cluster privileges [{}]",
            granting.join(",")
        ),
    )
}

/// Require a cluster privilege for an action (403 `security_exception` otherwise).
pub(crate) fn require(
    inner: &EsInner,
    subject: &Subject,
    action: &str,
    privilege: &str,
) -> Result<(), EsError> {
    if permission(inner, subject).has_cluster(privilege) {
        Ok(())
    } else {
        Err(denied(inner, subject, action, privilege))
    }
}
