//! The fleet inventory (`--inventory FILE`) and sharding (`--shard I/N`, `--shards N`).
//!
//! ```yaml
//! clusters:
//!   - name: prod-eu              # required, unique
//!     url: https://es-eu.example.com:9200
//!     api_key_env: PROD_EU_KEY   # the API key in this variable, or
//!   - name: prod-us
//!     url: https://es-us.example.com:9200
//!     api_key_file: keys/prod-us # ... in this file, or
//!     ca_cert: certs/us-ca.pem   # optional; default AUTOOPS_CA_CERT / --ca-cert
//!   - name: staging
//!     url: http://staging:9200
//!     username: autoops          # basic authentication, with
//!     password_env: STAGING_PW   # password_env or password_file
//! ```
//!
//! Relative paths are relative to the inventory file's directory. Unknown fields are refused. The whole
//! file is checked (so every shard sees the same indices), but secrets and CA files are read only for
//! the clusters of the selected shard, so a pod needs only its own share's secrets.

use esconnect_core::Secret;
use esconnect_core::auth::{ApiKey, ApiKeyForm, Auth};
use esconnect_core::secret::read_secret_file;
use esconnect_core::url::{EndpointUrl, parse_es_url};
use serde::Deserialize;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Why the inventory cannot be used (exit 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InventoryError(pub String);

impl std::fmt::Display for InventoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInventory {
    clusters: Vec<serde_json::Value>,
}

/// One entry as written.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub name: String,
    pub url: String,
    #[serde(default)]
    pub api_key_env: Option<String>,
    #[serde(default)]
    pub api_key_file: Option<PathBuf>,
    #[serde(default)]
    pub username: Option<String>,
    #[serde(default)]
    pub password_env: Option<String>,
    #[serde(default)]
    pub password_file: Option<PathBuf>,
    #[serde(default)]
    pub ca_cert: Option<PathBuf>,
}

/// Where an entry's secret is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretRef {
    Env(String),
    File(PathBuf),
}

/// How an entry authenticates, before its secret is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthRef {
    ApiKey(SecretRef),
    Basic {
        username: String,
        password: SecretRef,
    },
}

/// A checked entry.
#[derive(Debug, Clone)]
pub struct ClusterRef {
    /// Position in the inventory (the shard key).
    pub index: usize,
    pub name: String,
    pub url: EndpointUrl,
    pub auth: AuthRef,
    pub ca_cert: Option<PathBuf>,
}

/// An entry with its secret read.
#[derive(Debug, Clone)]
pub struct Cluster {
    pub index: usize,
    pub name: String,
    pub url: EndpointUrl,
    pub auth: Auth,
    pub api_key_form: Option<ApiKeyForm>,
    pub ca_cert: Option<PathBuf>,
}

fn label(i: usize, name: Option<&str>) -> String {
    match name {
        Some(n) => format!("clusters[{i}] (`{n}`)"),
        None => format!("clusters[{i}]"),
    }
}

/// Parses and checks an inventory. `base` is the directory relative paths are resolved against.
pub fn parse(text: &str, base: &Path) -> Result<Vec<ClusterRef>, InventoryError> {
    let raw: RawInventory = serde_saphyr::from_str(text).map_err(|e| {
        let e = e.to_string();
        InventoryError(e.strip_prefix("error: ").unwrap_or(&e).to_string())
    })?;
    if raw.clusters.is_empty() {
        return Err(InventoryError(
            "`clusters` is empty: list at least one cluster".into(),
        ));
    }
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(raw.clusters.len());
    for (i, v) in raw.clusters.into_iter().enumerate() {
        let name_hint = v
            .get("name")
            .and_then(serde_json::Value::as_str)
            .map(str::to_string);
        let at = label(i, name_hint.as_deref());
        let e: Entry =
            serde_json::from_value(v).map_err(|e| InventoryError(format!("{at}: {e}")))?;
        if e.name.trim().is_empty() {
            return Err(InventoryError(format!("{at}: field `name` is empty")));
        }
        if !seen.insert(e.name.clone()) {
            return Err(InventoryError(format!(
                "{at}: field `name`: `{}` is used by an earlier entry; names must be unique",
                e.name
            )));
        }
        let url = parse_es_url(&e.url)
            .map_err(|err| InventoryError(format!("{at}: field `url`: {err}")))?;
        let file = |p: &PathBuf| {
            if p.is_absolute() || p == Path::new("-") {
                p.clone()
            } else {
                base.join(p)
            }
        };
        let api_key = match (&e.api_key_env, &e.api_key_file) {
            (Some(_), Some(_)) => {
                return Err(InventoryError(format!(
                    "{at}: fields `api_key_env` and `api_key_file` are both given: give one"
                )));
            }
            (Some(v), None) => Some(SecretRef::Env(v.clone())),
            (None, Some(p)) => Some(SecretRef::File(file(p))),
            (None, None) => None,
        };
        let password = match (&e.password_env, &e.password_file) {
            (Some(_), Some(_)) => {
                return Err(InventoryError(format!(
                    "{at}: fields `password_env` and `password_file` are both given: give one"
                )));
            }
            (Some(v), None) => Some(SecretRef::Env(v.clone())),
            (None, Some(p)) => Some(SecretRef::File(file(p))),
            (None, None) => None,
        };
        let auth = match (api_key, &e.username, password) {
            (Some(_), Some(_), _) => {
                return Err(InventoryError(format!(
                    "{at}: fields `api_key_*` and `username` are both given: choose one type of authentication only"
                )));
            }
            (Some(_), None, Some(_)) => {
                return Err(InventoryError(format!(
                    "{at}: field `password_*` is given with an API key: remove it"
                )));
            }
            (Some(k), None, None) => AuthRef::ApiKey(k),
            (None, Some(u), Some(p)) => AuthRef::Basic {
                username: u.clone(),
                password: p,
            },
            (None, Some(_), None) => {
                return Err(InventoryError(format!(
                    "{at}: field `username` needs `password_env` or `password_file`"
                )));
            }
            (None, None, Some(_)) => {
                return Err(InventoryError(format!(
                    "{at}: field `password_*` is given without `username`"
                )));
            }
            (None, None, None) => {
                return Err(InventoryError(format!(
                    "{at}: no credentials: give `api_key_env`, `api_key_file`, or `username` with `password_env` or `password_file`"
                )));
            }
        };
        out.push(ClusterRef {
            index: i,
            name: e.name,
            url,
            auth,
            ca_cert: e.ca_cert.as_ref().map(file),
        });
    }
    Ok(out)
}

fn read(
    r: &SecretRef,
    at: &str,
    field: &str,
    what: &str,
    lookup: &dyn Fn(&str) -> Option<String>,
) -> Result<Secret, InventoryError> {
    match r {
        SecretRef::Env(var) => lookup(var)
            .filter(|v| !v.trim().is_empty())
            .map(|v| Secret::new(v.trim()))
            .ok_or_else(|| {
                InventoryError(format!(
                    "{at}: field `{field}`: the variable `{var}` is not set (or empty)"
                ))
            }),
        SecretRef::File(p) => read_secret_file(p, what)
            .map(|s| s.value)
            .map_err(|e| InventoryError(format!("{at}: field `{field}`: {e}"))),
    }
}

impl ClusterRef {
    /// Reads the secret. `lookup` reads an environment variable.
    pub fn load(&self, lookup: &dyn Fn(&str) -> Option<String>) -> Result<Cluster, InventoryError> {
        let at = label(self.index, Some(&self.name));
        let (auth, form) = match &self.auth {
            AuthRef::ApiKey(r) => {
                let field = if matches!(r, SecretRef::Env(_)) {
                    "api_key_env"
                } else {
                    "api_key_file"
                };
                let raw = read(r, &at, field, "the API key", lookup)?;
                let key = ApiKey::parse(&raw)
                    .map_err(|e| InventoryError(format!("{at}: field `{field}`: {e}")))?;
                (Auth::ApiKey(key), Some(ApiKeyForm::of(&raw)))
            }
            AuthRef::Basic { username, password } => {
                let field = if matches!(password, SecretRef::Env(_)) {
                    "password_env"
                } else {
                    "password_file"
                };
                (
                    Auth::Basic {
                        username: username.clone(),
                        password: read(password, &at, field, "the password", lookup)?,
                    },
                    None,
                )
            }
        };
        Ok(Cluster {
            index: self.index,
            name: self.name.clone(),
            url: self.url.clone(),
            auth,
            api_key_form: form,
            ca_cert: self.ca_cert.clone(),
        })
    }
}

/// A share of the inventory: the entries whose index `i` satisfies `i % count == index`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

impl Shard {
    /// Parses `I/N` (0-based `I`, `I < N`).
    pub fn parse(s: &str) -> Result<Shard, String> {
        let (i, n) = s
            .split_once('/')
            .ok_or_else(|| format!("`{s}` is not I/N (e.g. 0/4: the first of four shares)"))?;
        let index: u32 = i
            .trim()
            .parse()
            .map_err(|_| format!("`{s}`: `{i}` is not a number"))?;
        let count: u32 = n
            .trim()
            .parse()
            .map_err(|_| format!("`{s}`: `{n}` is not a number"))?;
        Shard::new(index, count).map_err(|e| format!("`{s}`: {e}"))
    }

    pub fn new(index: u32, count: u32) -> Result<Shard, String> {
        if count == 0 {
            return Err("the number of shares must be at least 1".into());
        }
        if index >= count {
            return Err(format!(
                "the share index {index} must be below the number of shares {count} (indices start at 0)"
            ));
        }
        Ok(Shard { index, count })
    }

    pub fn contains(&self, i: usize) -> bool {
        i % self.count as usize == self.index as usize
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> PathBuf {
        PathBuf::from("/inv")
    }

    #[test]
    fn parses_every_auth_form_and_resolves_paths() {
        let text = "clusters:\n  - name: a\n    url: https://a:9200\n    api_key_env: A_KEY\n  - name: b\n    url: https://b\n    api_key_file: keys/b\n    ca_cert: /etc/ca.pem\n  - name: c\n    url: http://c:9201\n    username: autoops\n    password_file: pw/c\n";
        let v = parse(text, &base()).unwrap();
        assert_eq!(v.len(), 3);
        assert_eq!(v[0].auth, AuthRef::ApiKey(SecretRef::Env("A_KEY".into())));
        assert_eq!(
            v[1].auth,
            AuthRef::ApiKey(SecretRef::File(PathBuf::from("/inv/keys/b")))
        );
        assert_eq!(v[1].url.url.port(), Some(9200));
        assert_eq!(v[1].ca_cert.as_deref(), Some(Path::new("/etc/ca.pem")));
        assert_eq!(
            v[2].auth,
            AuthRef::Basic {
                username: "autoops".into(),
                password: SecretRef::File(PathBuf::from("/inv/pw/c"))
            }
        );
        assert_eq!(v[2].index, 2);
    }

    #[test]
    fn errors_name_the_entry_and_the_field() {
        let cases = [
            (
                "clusters:\n  - name: a\n    url: https://a\n    apikey_env: X\n",
                "clusters[0] (`a`)",
                "apikey_env",
            ),
            (
                "clusters:\n  - name: a\n    url: https://a\n    api_key_env: X\n  - name: b\n    url: b:9200\n    api_key_env: X\n",
                "clusters[1] (`b`)",
                "`url`",
            ),
            (
                "clusters:\n  - name: a\n    url: https://a\n",
                "clusters[0] (`a`)",
                "no credentials",
            ),
            (
                "clusters:\n  - name: a\n    url: https://a\n    api_key_env: K\n    username: u\n    password_env: P\n",
                "clusters[0] (`a`)",
                "one type of authentication",
            ),
            (
                "clusters:\n  - name: a\n    url: https://a\n    username: u\n",
                "clusters[0] (`a`)",
                "`username` needs",
            ),
            (
                "clusters:\n  - name: a\n    url: https://a\n    api_key_env: K\n  - name: a\n    url: https://b\n    api_key_env: K\n",
                "clusters[1] (`a`)",
                "unique",
            ),
            (
                "clusters:\n  - url: https://a\n    api_key_env: K\n",
                "clusters[0]",
                "name",
            ),
        ];
        for (text, at, field) in cases {
            let e = parse(text, &base()).unwrap_err().0;
            assert!(e.contains(at) && e.contains(field), "{text}\n=> {e}");
        }
        assert!(
            parse("clusters: []\n", &base())
                .unwrap_err()
                .0
                .contains("empty")
        );
        assert!(parse("cluster:\n  - name: a\n", &base()).is_err());
        assert!(parse("clusters: [\n", &base()).is_err());
    }

    #[test]
    fn loading_secrets_names_the_variable_and_never_the_value() {
        let v = parse(
            "clusters:\n  - name: a\n    url: https://a\n    api_key_env: A_KEY\n",
            &base(),
        )
        .unwrap();
        let e = v[0].load(&|_| None).unwrap_err().0;
        assert!(
            e.contains("A_KEY") && e.contains("clusters[0] (`a`)") && e.contains("api_key_env"),
            "{e}"
        );
        let e = v[0].load(&|_| Some("not a key !!".into())).unwrap_err().0;
        assert!(!e.contains("not a key"), "{e}");
        let c = v[0].load(&|_| Some("aWQxOmtleTE=".into())).unwrap();
        assert_eq!(c.api_key_form, Some(ApiKeyForm::Encoded));
    }

    #[test]
    fn shards() {
        assert_eq!(Shard::parse("1/3").unwrap(), Shard { index: 1, count: 3 });
        for bad in ["3/3", "1", "a/3", "0/0", "-1/3", "1/3/4"] {
            assert!(Shard::parse(bad).is_err(), "{bad}");
        }
        let s = Shard::parse("1/3").unwrap();
        let picked: Vec<usize> = (0..10).filter(|i| s.contains(*i)).collect();
        assert_eq!(picked, [1, 4, 7]);
    }
}
