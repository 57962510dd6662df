//! Property tests of the fleet's input parsers: inventories and `--shard I/N`. Arbitrary input never
//! panics and either parses or gives an error that names the entry or the value; inventories written
//! as the tools and the examples write them parse back to the same entries. `PROPTEST_CASES` sets the
//! number of cases (`cargo xtask fuzz` runs 100,000 of each).

use autoops_probe::inventory::{AuthRef, SecretRef, Shard, parse};
use proptest::prelude::*;
use std::path::Path;

#[derive(Debug, Clone)]
struct Written {
    name: String,
    host: String,
    port: u16,
    auth: AuthRef,
    ca_cert: Option<String>,
}

fn written() -> impl Strategy<Value = Written> {
    let auth = prop_oneof![
        "[A-Z_][A-Z0-9_]{0,12}".prop_map(|v| AuthRef::ApiKey(SecretRef::Env(v))),
        "[a-z0-9_./-]{1,16}".prop_map(|f| AuthRef::ApiKey(SecretRef::File(f.into()))),
        ("[a-z][a-z0-9_@.-]{0,12}", "[A-Z_][A-Z0-9_]{0,12}").prop_map(|(u, v)| AuthRef::Basic {
            username: u,
            password: SecretRef::Env(v)
        }),
    ];
    (
        "[a-zA-Z0-9][a-zA-Z0-9 _.-]{0,20}",
        "[a-z][a-z0-9-]{0,10}(\\.[a-z]{1,6}){0,2}".prop_filter("xn-- labels are punycode", |h| {
            !h.split('.').any(|l| l.starts_with("xn--"))
        }),
        1u16..,
        auth,
        proptest::option::of("[a-z0-9_./-]{1,16}"),
    )
        .prop_map(|(name, host, port, auth, ca_cert)| Written {
            name: name.trim().to_string(),
            host,
            port,
            auth,
            ca_cert,
        })
        .prop_filter("names are not blank", |w| !w.name.is_empty())
}

/// YAML as a person or a generator writes it (every scalar quoted, as serde would).
fn render(entries: &[Written]) -> String {
    let q = |s: &str| serde_json::to_string(s).unwrap();
    let mut y = String::from("clusters:\n");
    for e in entries {
        y.push_str(&format!("  - name: {}\n", q(&e.name)));
        y.push_str(&format!(
            "    url: {}\n",
            q(&format!("https://{}:{}", e.host, e.port))
        ));
        match &e.auth {
            AuthRef::ApiKey(SecretRef::Env(v)) => {
                y.push_str(&format!("    api_key_env: {}\n", q(v)))
            }
            AuthRef::ApiKey(SecretRef::File(f)) => y.push_str(&format!(
                "    api_key_file: {}\n",
                q(&f.display().to_string())
            )),
            AuthRef::Basic { username, password } => {
                y.push_str(&format!("    username: {}\n", q(username)));
                match password {
                    SecretRef::Env(v) => y.push_str(&format!("    password_env: {}\n", q(v))),
                    SecretRef::File(f) => y.push_str(&format!(
                        "    password_file: {}\n",
                        q(&f.display().to_string())
                    )),
                }
            }
        }
        if let Some(ca) = &e.ca_cert {
            y.push_str(&format!("    ca_cert: {}\n", q(ca)));
        }
    }
    y
}

fn unique_names(v: Vec<Written>) -> Vec<Written> {
    let mut seen = std::collections::HashSet::new();
    v.into_iter()
        .filter(|w| seen.insert(w.name.clone()))
        .collect()
}

proptest! {
    #[test]
    fn prop_inventory_arbitrary_text_never_panics(text in prop_oneof![
        any::<String>(),
        "clusters:\n(  - (name|url|api_key_env|username|password_env|ca_cert|x): [ -~]{0,12}\n){0,6}",
    ]) {
        if let Err(e) = parse(&text, Path::new("/inv")) {
            prop_assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn prop_inventories_parse_back(entries in proptest::collection::vec(written(), 1..6).prop_map(unique_names)) {
        let text = render(&entries);
        let refs = parse(&text, Path::new("/inv")).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(refs.len(), entries.len());
        for (i, (r, w)) in refs.iter().zip(&entries).enumerate() {
            prop_assert_eq!(r.index, i);
            prop_assert_eq!(&r.name, &w.name);
            prop_assert_eq!(r.url.url.host_str(), Some(w.host.as_str()));
            prop_assert_eq!(r.url.url.port_or_known_default(), Some(w.port));
            // Relative files are resolved against the inventory's directory (`-`, stdin, is kept).
            let resolve = |f: &Path| {
                if f.is_absolute() || f == Path::new("-") {
                    f.to_path_buf()
                } else {
                    Path::new("/inv").join(f)
                }
            };
            let expected = match &w.auth {
                AuthRef::ApiKey(SecretRef::File(f)) => AuthRef::ApiKey(SecretRef::File(resolve(f))),
                other => other.clone(),
            };
            prop_assert_eq!(&r.auth, &expected);
            prop_assert_eq!(r.ca_cert.clone(), w.ca_cert.as_deref().map(|c| resolve(Path::new(c))));
        }
    }

    #[test]
    fn prop_shards_never_panic(input in prop_oneof![any::<String>(), " ?[0-9]{0,11} ?/ ?[0-9]{0,11} ?"]) {
        match Shard::parse(&input) {
            Ok(s) => prop_assert!(s.index < s.count),
            Err(e) => prop_assert!(e.contains(&format!("`{input}`")) || e.contains("must"), "{e}"),
        }
    }

    #[test]
    fn prop_shards_parse_back_and_partition(
        (count, index) in (1u32..64).prop_flat_map(|c| (Just(c), 0..c)),
        n in 0usize..500,
    ) {
        let s = Shard::new(index, count).unwrap();
        prop_assert_eq!(Shard::parse(&s.to_string()).unwrap(), s);
        // Every inventory position is in exactly one share.
        for i in 0..n {
            let owners = (0..count).filter(|k| Shard::new(*k, count).unwrap().contains(i)).count();
            prop_assert_eq!(owners, 1);
        }
    }
}
