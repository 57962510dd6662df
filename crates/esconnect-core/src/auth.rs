//! Credentials for Elasticsearch: an API key (in either of its two forms) or a username and password.

use crate::secret::{Secret, Source, Sourced};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// An Elasticsearch API key, normalised. Both forms users meet are accepted: `id:api_key` (what
/// `AUTOOPS_ES_API_KEY` takes) and the base64 `encoded` form (what Kibana and the create API return).
#[derive(Clone, Debug, PartialEq)]
pub struct ApiKey {
    id: String,
    key: Secret,
}

/// Why an API key string was refused. The messages never contain the key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiKeyError {
    #[error("the API key is empty")]
    Empty,
    #[error(
        "the API key is neither `id:api_key` nor the base64 `encoded` form of it (it decodes to no `id:api_key` pair)"
    )]
    Unrecognised,
    #[error("the API key contains whitespace inside it: copy it again without line breaks")]
    Whitespace,
}

impl ApiKey {
    pub fn new(id: impl Into<String>, key: Secret) -> Self {
        Self { id: id.into(), key }
    }

    /// Accepts `id:api_key` or base64(`id:api_key`).
    pub fn parse(input: &Secret) -> Result<Self, ApiKeyError> {
        let s = input.expose().trim();
        if s.is_empty() {
            return Err(ApiKeyError::Empty);
        }
        if s.chars().any(char::is_whitespace) {
            return Err(ApiKeyError::Whitespace);
        }
        if let Some((id, key)) = s.split_once(':') {
            // A second colon is refused in both forms alike (found by the property tests: `a::` was
            // accepted as `id:api_key` but its encoded form was not). Elasticsearch's ids and keys have none.
            if id.is_empty() || key.is_empty() || key.contains(':') {
                return Err(ApiKeyError::Unrecognised);
            }
            return Ok(Self {
                id: id.to_string(),
                key: Secret::new(key),
            });
        }
        let decoded = STANDARD
            .decode(s)
            .or_else(|_| {
                base64::engine::general_purpose::STANDARD_NO_PAD.decode(s.trim_end_matches('='))
            })
            .map_err(|_| ApiKeyError::Unrecognised)?;
        let text = String::from_utf8(decoded).map_err(|_| ApiKeyError::Unrecognised)?;
        match text.split_once(':') {
            Some((id, key)) if !id.is_empty() && !key.is_empty() && !key.contains(':') => {
                Ok(Self {
                    id: id.to_string(),
                    key: Secret::new(key),
                })
            }
            _ => Err(ApiKeyError::Unrecognised),
        }
    }

    /// The key id (not secret: it appears in Kibana and in GET /_security/api_key).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// `id:api_key`.
    pub fn id_colon_key(&self) -> Secret {
        Secret::new(format!("{}:{}", self.id, self.key.expose()))
    }
    /// base64(`id:api_key`): the `encoded` form and the value of `Authorization: ApiKey …`.
    pub fn encoded(&self) -> Secret {
        Secret::new(STANDARD.encode(format!("{}:{}", self.id, self.key.expose())))
    }
}

/// Which form a raw API key string was given in (the probe checks it against the cluster version).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ApiKeyForm {
    /// `id:api_key`.
    IdColonKey,
    /// base64(`id:api_key`).
    Encoded,
}

impl ApiKeyForm {
    pub fn of(raw: &Secret) -> Self {
        if raw.expose().contains(':') {
            ApiKeyForm::IdColonKey
        } else {
            ApiKeyForm::Encoded
        }
    }
}

/// How a client authenticates to Elasticsearch or to the ECE/ECH API.
#[derive(Clone, Debug, PartialEq)]
pub enum Auth {
    ApiKey(ApiKey),
    Basic {
        username: String,
        password: Secret,
    },
    /// An ECE or ECH API key: an opaque string sent as `Authorization: ApiKey <key>` exactly as given
    /// (elastic-facts §4.1). It is not an Elasticsearch `id:api_key` pair, so it is never split or decoded.
    CloudApiKey(Secret),
}

impl Auth {
    /// The value of the `Authorization` header.
    pub fn header_value(&self) -> Secret {
        match self {
            Auth::ApiKey(k) => Secret::new(format!("ApiKey {}", k.encoded().expose())),
            Auth::CloudApiKey(k) => Secret::new(format!("ApiKey {}", k.expose().trim())),
            Auth::Basic { username, password } => Secret::new(format!(
                "Basic {}",
                STANDARD.encode(format!("{username}:{}", password.expose()))
            )),
        }
    }
    /// A short description for logs: `ApiKey id=…` or `Basic user=…`.
    pub fn describe(&self) -> String {
        match self {
            Auth::ApiKey(k) => format!("API key (id {})", k.id()),
            Auth::Basic { username, .. } => format!("basic authentication as `{username}`"),
            Auth::CloudApiKey(_) => "an ECE/ECH API key".to_string(),
        }
    }
    /// Every secret inside, for scrubbing.
    pub fn secrets(&self) -> Vec<Secret> {
        match self {
            Auth::ApiKey(k) => vec![k.id_colon_key(), k.encoded(), k.key.clone()],
            Auth::Basic { password, .. } => vec![password.clone()],
            Auth::CloudApiKey(k) => {
                let trimmed = Secret::new(k.expose().trim());
                vec![k.clone(), trimmed]
            }
        }
    }
}

/// What the user gave for authentication, with sources, before validation.
#[derive(Debug, Default, Clone)]
pub struct AuthInput {
    pub api_key: Option<Sourced<Secret>>,
    pub username: Option<Sourced<String>>,
    pub password: Option<Sourced<Secret>>,
}

/// Why the credentials given do not make one valid authentication.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    #[error(
        "both an API key (from {api_key}) and a username (from {username}) were given: use one authentication method, not both"
    )]
    Both { api_key: Source, username: Source },
    #[error(
        "a password (from {password}) was given without a username: add the username, or use an API key instead"
    )]
    PasswordWithoutUsername { password: Source },
    #[error(
        "a username (from {username}) was given without a password: give the password by {hint}"
    )]
    UsernameWithoutPassword { username: Source, hint: String },
    #[error("the API key from {from}: {error}")]
    BadApiKey { from: Source, error: ApiKeyError },
}

impl AuthInput {
    /// Validates: an API key, or a username with a password, never both. `None` when nothing was given.
    /// `password_hint` names the ways to give a password (used in the error).
    pub fn resolve(self, password_hint: &str) -> Result<Option<Auth>, AuthError> {
        match (self.api_key, self.username, self.password) {
            (Some(k), Some(u), _) => Err(AuthError::Both {
                api_key: k.source,
                username: u.source,
            }),
            // An API key with a stray password: the password is the mistake.
            (Some(_), None, Some(p)) => {
                Err(AuthError::PasswordWithoutUsername { password: p.source })
            }
            (Some(k), None, None) => ApiKey::parse(&k.value)
                .map(|key| Some(Auth::ApiKey(key)))
                .map_err(|error| AuthError::BadApiKey {
                    from: k.source,
                    error,
                }),
            (None, Some(u), Some(p)) => Ok(Some(Auth::Basic {
                username: u.value,
                password: p.value,
            })),
            (None, Some(u), None) => Err(AuthError::UsernameWithoutPassword {
                username: u.source,
                hint: password_hint.to_string(),
            }),
            (None, None, Some(p)) => Err(AuthError::PasswordWithoutUsername { password: p.source }),
            (None, None, None) => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Secret {
        Secret::new(v)
    }

    #[test]
    fn parses_both_forms_to_the_same_key() {
        // The pair from the Elasticsearch docs' create_cross_cluster_api_key response.
        let a = ApiKey::parse(&s("VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw")).unwrap();
        let b = ApiKey::parse(&s(
            "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==",
        ))
        .unwrap();
        assert_eq!(a, b);
        assert_eq!(a.id(), "VuaCfGcBCdbkQm-e5aOx");
        assert_eq!(
            a.encoded().expose(),
            "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw=="
        );
        assert_eq!(
            b.id_colon_key().expose(),
            "VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw"
        );
    }

    #[test]
    fn refuses_garbage_without_echoing_it() {
        for bad in ["", "bm90LWEta2V5", "not base64 !!", ":x", "x:", "abc\ndef"] {
            let e = ApiKey::parse(&s(bad)).unwrap_err();
            if !bad.is_empty() {
                assert!(!e.to_string().contains(bad), "{e}");
            }
        }
        assert_eq!(
            ApiKey::parse(&s("abc def")).unwrap_err(),
            ApiKeyError::Whitespace
        );
    }

    #[test]
    fn header_values() {
        let k = Auth::ApiKey(ApiKey::parse(&s("id1:key1")).unwrap());
        assert_eq!(k.header_value().expose(), "ApiKey aWQxOmtleTE=");
        let b = Auth::Basic {
            username: "elastic".into(),
            password: s("changeme"),
        };
        assert_eq!(b.header_value().expose(), "Basic ZWxhc3RpYzpjaGFuZ2VtZQ==");
    }

    #[test]
    fn both_methods_is_an_error_naming_both_sources() {
        let input = AuthInput {
            api_key: Some(Sourced::new(s("a:b"), Source::Env("ELASTICSEARCH_API_KEY"))),
            username: Some(Sourced::new("bob".into(), Source::Flag("--username"))),
            password: None,
        };
        let e = input.resolve("--password-file").unwrap_err();
        let msg = e.to_string();
        assert!(
            msg.contains("$ELASTICSEARCH_API_KEY") && msg.contains("--username"),
            "{msg}"
        );
    }

    #[test]
    fn username_needs_password() {
        let input = AuthInput {
            username: Some(Sourced::new("bob".into(), Source::Flag("--username"))),
            ..Default::default()
        };
        assert!(matches!(
            input.resolve("x"),
            Err(AuthError::UsernameWithoutPassword { .. })
        ));
        assert_eq!(AuthInput::default().resolve("x").unwrap(), None);
    }

    #[test]
    fn cloud_api_keys_are_sent_unchanged() {
        // An ECE/ECH key may contain `:` or `=`; neither is interpreted.
        let raw = "essu_Zm9vOmJhcg==:x";
        let a = Auth::CloudApiKey(s(raw));
        assert_eq!(a.header_value().expose(), format!("ApiKey {raw}"));
        assert!(!a.describe().contains(raw));
        assert!(a.secrets().iter().any(|x| x.expose() == raw));
    }

    #[test]
    fn key_form_detection() {
        assert_eq!(ApiKeyForm::of(&s("a:b")), ApiKeyForm::IdColonKey);
        assert_eq!(ApiKeyForm::of(&s("YTpi")), ApiKeyForm::Encoded);
    }
}
