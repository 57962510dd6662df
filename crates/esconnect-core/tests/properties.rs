//! Property tests of the core's input parsers: arbitrary input never panics and either parses or gives
//! an error that names the problem (and never echoes a secret); what the tools write parses back to the
//! same value. `PROPTEST_CASES` sets the number of cases (`cargo xtask fuzz` runs 100,000 of each).

use base64::Engine as _;
use esconnect_core::auth::{ApiKey, ApiKeyError};
use esconnect_core::dotenv;
use esconnect_core::http::tls::{format_fingerprint, parse_fingerprint, parse_pem_certs};
use esconnect_core::proxy::no_proxy_matches;
use esconnect_core::secret::Secret;
use esconnect_core::url::{parse_es_url, parse_proxy_url, parse_service_url, redact_str};
use proptest::prelude::*;

/// Env-file variable names as the tools write them.
fn key() -> impl Strategy<Value = String> {
    "[A-Z_][A-Z0-9_]{0,20}"
}

/// Values as tools may be asked to write them: anything printable, quotes, `$`, `#`, backslashes,
/// spaces and line breaks included.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~]{0,40}",
        "[a-zA-Z0-9 \"'#$\\\\`=\n\t]{0,30}",
        any::<String>().prop_map(|s| s.chars().filter(|c| *c != '\r').collect()),
    ]
}

proptest! {
    #[test]
    fn prop_env_file_arbitrary_text_never_panics(text in any::<String>()) {
        match dotenv::parse(&text) {
            Ok(pairs) => {
                for (k, _) in pairs {
                    prop_assert!(!k.is_empty());
                }
            }
            Err(e) => {
                prop_assert!(e.line >= 1 && e.line <= text.lines().count().max(1));
                prop_assert!(!e.reason.is_empty());
            }
        }
    }

    #[test]
    fn prop_env_file_lines_the_tools_write_parse_back(
        pairs in proptest::collection::vec((key(), value()), 0..8)
    ) {
        let text: String = pairs.iter().map(|(k, v)| dotenv::render_line(k, v)).collect();
        let parsed = dotenv::parse_map(&text).map_err(|e| TestCaseError::fail(format!("{e}: {text:?}")))?;
        // A key given twice keeps the last value.
        let expected: std::collections::BTreeMap<String, String> = pairs.into_iter().collect();
        // Bare values are trimmed by readers; the writer quotes anything with whitespace, so nothing is lost.
        prop_assert_eq!(parsed, expected, "{:?}", text);
    }

    #[test]
    fn prop_urls_never_panic_and_errors_do_not_echo_credentials(
        input in prop_oneof![
            any::<String>(),
            "(https?|ftp)://([a-z]{1,5}(:[a-z0-9]{0,6})?@)?[a-z0-9.\\-\\[\\]:]{0,20}(:[0-9]{0,6})?(/[ -~]{0,10})?",
        ]
    ) {
        for parsed in [parse_es_url(&input), parse_service_url(&input)] {
            match parsed {
                Ok(u) => {
                    prop_assert!(matches!(u.url.scheme(), "http" | "https"));
                    prop_assert!(u.url.host_str().is_some_and(|h| !h.is_empty()));
                    prop_assert!(u.url.username().is_empty() && u.url.password().is_none());
                    prop_assert!(u.url.port_or_known_default().is_some());
                }
                Err(e) => {
                    let msg = e.to_string();
                    prop_assert!(!msg.is_empty());
                    if let Some(pw) = url::Url::parse(input.trim()).ok().and_then(|u| u.password().map(str::to_string))
                        && pw.len() >= 3
                    {
                        prop_assert!(!msg.contains(&format!(":{pw}@")), "{msg}");
                    }
                }
            }
        }
    }

    #[test]
    fn prop_es_urls_the_tools_write_parse_back(
        scheme in "https?",
        host in "[a-z][a-z0-9\\-]{0,10}(\\.[a-z][a-z0-9]{0,6}){0,3}"
            .prop_filter("xn-- labels are punycode", |h| !h.split('.').any(|l| l.starts_with("xn--"))),
        port in proptest::option::of(1u16..),
        path in "(/[a-z0-9_]{1,8}){0,2}",
    ) {
        let text = match port {
            Some(p) => format!("{scheme}://{host}:{p}{path}"),
            None => format!("{scheme}://{host}{path}"),
        };
        let u = parse_es_url(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(u.url.host_str(), Some(host.as_str()));
        prop_assert_eq!(u.url.port_or_known_default(), Some(port.unwrap_or(9200)));
        prop_assert_eq!(u.defaulted_port, port.is_none());
        // Written back (as the tools put it in env files) it parses to the same URL, port included
        // (`http://a:80` once came back as `http://a`, read as port 9200).
        let written = u.to_text();
        let again = parse_es_url(&written).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(again.url.port_or_known_default(), Some(port.unwrap_or(9200)), "{}", written);
        prop_assert_eq!(&again.url, &u.url);
        prop_assert_eq!(again.to_text(), written);
    }

    #[test]
    fn prop_proxy_urls_never_panic_and_credentials_are_redacted(
        input in prop_oneof![
            any::<String>(),
            "(https?|socks5)://([a-z]{1,5}:[a-z0-9]{3,8}@)?[a-z0-9.]{0,12}(:[0-9]{0,5})?",
        ]
    ) {
        match parse_proxy_url(&input) {
            Ok(u) => {
                prop_assert!(matches!(u.scheme(), "http" | "https"));
                if let Some(pw) = u.password() {
                    prop_assert!(!redact_str(u.as_str()).contains(pw) || u.host_str().is_some_and(|h| h.contains(pw)));
                }
            }
            Err(e) => {
                let msg = e.to_string();
                if let Some(pw) = url::Url::parse(input.trim()).ok().and_then(|u| u.password().map(str::to_string)) {
                    prop_assert!(!msg.contains(&format!(":{pw}@")), "{msg}");
                }
            }
        }
    }

    #[test]
    fn prop_no_proxy_matching_never_panics(list in any::<String>(), host in any::<String>()) {
        let _ = no_proxy_matches(&list, &host);
    }

    #[test]
    fn prop_api_keys_never_panic_and_errors_hold_no_key(input in any::<String>()) {
        match ApiKey::parse(&Secret::new(input.clone())) {
            Ok(k) => {
                prop_assert!(!k.id().is_empty());
                // Both forms of a parsed key parse back to it.
                prop_assert_eq!(&ApiKey::parse(&k.id_colon_key()).unwrap(), &k);
                prop_assert_eq!(&ApiKey::parse(&k.encoded()).unwrap(), &k);
            }
            Err(e) => {
                let msg = e.to_string();
                let trimmed = input.trim();
                prop_assert!(trimmed.len() < 4 || !msg.contains(trimmed), "{msg}");
                prop_assert!(matches!(e, ApiKeyError::Empty | ApiKeyError::Unrecognised | ApiKeyError::Whitespace));
            }
        }
    }

    #[test]
    fn prop_api_keys_in_both_forms_parse_back(
        id in "[A-Za-z0-9_\\-]{1,24}",
        key in "[A-Za-z0-9_\\-]{1,40}",
    ) {
        let k = ApiKey::new(id.clone(), Secret::new(key.clone()));
        let colon = ApiKey::parse(&k.id_colon_key()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let encoded = ApiKey::parse(&k.encoded()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&colon, &k);
        prop_assert_eq!(&encoded, &k);
        prop_assert_eq!(colon.id(), id.as_str());
        let encoded_form = k.encoded();
        prop_assert_eq!(
            encoded_form.expose(),
            base64::engine::general_purpose::STANDARD.encode(format!("{id}:{key}"))
        );
    }

    #[test]
    fn prop_pem_bundles_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = parse_pem_certs(&bytes);
    }

    #[test]
    fn prop_pem_bundles_parse_back_in_order(
        ders in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 1..300), 0..4),
        noise in "[a-zA-Z0-9 .:#]{0,40}",
    ) {
        let mut pem = String::new();
        for der in &ders {
            pem.push_str(&noise);
            pem.push('\n');
            pem.push_str("-----BEGIN CERTIFICATE-----\n");
            let b64 = base64::engine::general_purpose::STANDARD.encode(der);
            for chunk in b64.as_bytes().chunks(64) {
                pem.push_str(std::str::from_utf8(chunk).unwrap());
                pem.push('\n');
            }
            pem.push_str("-----END CERTIFICATE-----\n");
        }
        let parsed: Vec<Vec<u8>> = parse_pem_certs(pem.as_bytes()).iter().map(|c| c.to_vec()).collect();
        prop_assert_eq!(parsed, ders);
    }

    #[test]
    fn prop_fingerprints_never_panic_and_round_trip(input in any::<String>(), fp in any::<[u8; 32]>()) {
        let _ = parse_fingerprint(&input);
        let shown = format_fingerprint(&fp);
        prop_assert_eq!(parse_fingerprint(&shown).unwrap(), fp);
        prop_assert_eq!(parse_fingerprint(&shown.replace(':', "").to_lowercase()).unwrap(), fp);
    }
}
