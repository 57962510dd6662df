//! `cargo xtask specs [--base-url URL] [--dest DIR]`: downloads the official specifications the tests read
//! (the files of `../shared/specs`), each pinned by upstream commit and SHA-256 in `xtask/specs.lock`,
//! into the cache the tests look in (`target/specs`; lookup order in `esconnect_core::specs`).
//!
//! Files already in place with the right hash are kept. A file whose hash differs from the pin is
//! refused: nothing is written for it, and the command fails naming the file. Each file is written to a
//! temporary name and renamed, so an interrupted run leaves no partial file. `--base-url` replaces
//! `https://raw.githubusercontent.com` (a mirror; the tests use a loopback server): a file is fetched
//! from `<base>/<owner>/<repo>/<commit>/<path>`.

use anyhow::{Context, Result, bail};
use esconnect_core::http::{ClientConfig, Endpoint, HttpClient, Request, RetryPolicy};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const DEFAULT_BASE: &str = "https://raw.githubusercontent.com";
const LOCK: &str = include_str!("../specs.lock");

/// One pinned file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pin {
    /// Where it goes in the specs folder (`ece/apidocs.json`).
    pub local: String,
    /// `owner/name`.
    pub repo: String,
    pub commit: String,
    /// Its path in the repository.
    pub upstream: String,
    /// Lower-case hex.
    pub sha256: String,
}

impl Pin {
    pub fn url_path(&self) -> String {
        format!("{}/{}/{}", self.repo, self.commit, self.upstream)
    }
}

/// Parses `specs.lock` (tab-separated; `#` comments).
pub fn parse_lock(text: &str) -> Result<Vec<Pin>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let [local, repo, commit, upstream, sha256] = f[..] else {
            bail!("specs.lock line {}: expected 5 tab-separated fields", i + 1);
        };
        let hex40 = commit.len() == 40 && commit.chars().all(|c| c.is_ascii_hexdigit());
        let hex64 = sha256.len() == 64 && sha256.chars().all(|c| c.is_ascii_hexdigit());
        if !hex40 || !hex64 || local.contains("..") || local.starts_with('/') {
            bail!(
                "specs.lock line {}: a full commit, a SHA-256 and a relative path are required",
                i + 1
            );
        }
        out.push(Pin {
            local: local.into(),
            repo: repo.into(),
            commit: commit.into(),
            upstream: upstream.into(),
            sha256: sha256.to_ascii_lowercase(),
        });
    }
    Ok(out)
}

pub fn pins() -> Vec<Pin> {
    parse_lock(LOCK).expect("xtask/specs.lock is well formed (tested)")
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What a run did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub downloaded: Vec<String>,
    pub kept: Vec<String>,
}

/// Downloads every pin missing from `dest` (or present with another hash) from `base`.
pub fn download(pins: &[Pin], base: &str, dest: &Path) -> Result<Outcome> {
    let base_url =
        url::Url::parse(base).with_context(|| format!("--base-url {base}: not a URL"))?;
    let client = HttpClient::new(ClientConfig {
        connect_timeout: Duration::from_secs(10),
        timeout: Duration::from_secs(120),
        retry: RetryPolicy::default(),
        user_agent: format!("esconnect-xtask/{}", env!("CARGO_PKG_VERSION")),
        ..ClientConfig::default()
    })?;
    let endpoint = Endpoint::new(client, base_url, None);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let mut outcome = Outcome::default();
    let mut refused = Vec::new();
    for pin in pins {
        let target = dest.join(&pin.local);
        if std::fs::read(&target).is_ok_and(|b| sha256_hex(&b) == pin.sha256) {
            outcome.kept.push(pin.local.clone());
            continue;
        }
        let req = Request::get(format!("/{}", pin.url_path())).without_auth();
        let resp = rt
            .block_on(endpoint.call(&req))
            .with_context(|| format!("{}: download failed", pin.local))?;
        let got = sha256_hex(resp.body.as_bytes());
        if got != pin.sha256 {
            refused.push(format!(
                "{} ({}@{}:{}): SHA-256 {got}, pinned {}",
                pin.local, pin.repo, pin.commit, pin.upstream, pin.sha256
            ));
            continue;
        }
        write_atomically(&target, resp.body.as_bytes())?;
        outcome.downloaded.push(pin.local.clone());
    }
    if !refused.is_empty() {
        bail!(
            "{} file(s) do not match their pinned SHA-256 and were not written:\n  {}\nThe source may have been tampered with, or xtask/specs.lock is out of date.",
            refused.len(),
            refused.join("\n  ")
        );
    }
    Ok(outcome)
}

fn write_atomically(target: &Path, bytes: &[u8]) -> Result<()> {
    let dir = target.parent().context("a file in a folder")?;
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(
        ".{}.part",
        target.file_name().unwrap_or_default().to_string_lossy()
    ));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, target)?;
    Ok(())
}

pub fn run(args: &[String]) -> Result<()> {
    let mut base = DEFAULT_BASE.to_string();
    let mut dest: PathBuf = esconnect_core::specs::cache_dir(crate::root());
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--base-url" => base = it.next().context("--base-url needs a URL")?.clone(),
            "--dest" => dest = PathBuf::from(it.next().context("--dest needs a folder")?),
            other => {
                bail!("unknown argument `{other}`: cargo xtask specs [--base-url URL] [--dest DIR]")
            }
        }
    }
    let pins = pins();
    let outcome = download(&pins, &base, &dest)?;
    eprintln!(
        "specs in {}: {} downloaded, {} already there (of {})",
        dest.display(),
        outcome.downloaded.len(),
        outcome.kept.len(),
        pins.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufRead, BufReader, Write};
    use std::net::TcpListener;
    use std::sync::{Arc, Mutex};

    /// A loopback HTTP server serving `files` (URL path → body); records the paths asked for.
    fn serve(files: Vec<(String, Vec<u8>)>) -> (String, Arc<Mutex<Vec<String>>>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let asked = Arc::new(Mutex::new(Vec::new()));
        let log = asked.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut line = String::new();
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                if reader.read_line(&mut line).is_err() {
                    continue;
                }
                // Skip the headers.
                let mut h = String::new();
                while reader.read_line(&mut h).is_ok_and(|n| n > 2) {
                    h.clear();
                }
                let path = line.split_whitespace().nth(1).unwrap_or("").to_string();
                log.lock().unwrap().push(path.clone());
                let found = files.iter().find(|(p, _)| *p == path);
                let (status, body): (&str, &[u8]) = match found {
                    Some((_, b)) => ("200 OK", b),
                    None => ("404 Not Found", b"404: Not Found"),
                };
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status}\r\nContent-Length: {}\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(body);
            }
        });
        (base, asked)
    }

    fn pin(local: &str, body: &[u8]) -> Pin {
        Pin {
            local: local.into(),
            repo: "elastic/example".into(),
            commit: "0123456789abcdef0123456789abcdef01234567".into(),
            upstream: format!("spec/{local}"),
            // Computed here with sha2 directly, not with the code under test.
            sha256: Sha256::digest(body)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
        }
    }

    #[test]
    fn the_lock_is_well_formed_and_covers_the_shared_specs() {
        let pins = pins();
        assert!(pins.len() >= 40);
        let mut locals: Vec<&str> = pins.iter().map(|p| p.local.as_str()).collect();
        locals.sort_unstable();
        locals.dedup();
        assert_eq!(locals.len(), pins.len(), "each file once");
        for marker in ["ece/apidocs.json", "ech/apidocs.json"] {
            assert!(locals.contains(&marker));
        }
        // Every file of the shared copy is pinned with its hash, when the shared copy is here.
        let shared = crate::root().join("../shared/specs");
        if shared.join("ece/apidocs.json").is_file() {
            for p in &pins {
                let bytes = std::fs::read(shared.join(&p.local)).unwrap();
                assert_eq!(sha256_hex(&bytes), p.sha256, "{}", p.local);
            }
        }
        assert!(parse_lock("a\tb\tshort\tc\td\n").is_err());
        assert!(
            parse_lock(&format!(
                "../x\tr\t{}\tp\t{}\n",
                "a".repeat(40),
                "b".repeat(64)
            ))
            .is_err()
        );
    }

    #[test]
    fn downloads_verifies_and_keeps_what_is_already_there() {
        let files = [
            ("ece/apidocs.json", b"{\"swagger\": \"2.0\"}".to_vec()),
            ("eck/crd.yaml", b"kind: CustomResourceDefinition\n".to_vec()),
        ];
        let pins: Vec<Pin> = files.iter().map(|(l, b)| pin(l, b)).collect();
        let served = pins
            .iter()
            .zip(&files)
            .map(|(p, (_, b))| (format!("/{}", p.url_path()), b.clone()))
            .collect();
        let (base, asked) = serve(served);
        let dest = tempfile::tempdir().unwrap();
        let out = download(&pins, &base, dest.path()).unwrap();
        assert_eq!(out.downloaded, ["ece/apidocs.json", "eck/crd.yaml"]);
        for (l, b) in &files {
            assert_eq!(&std::fs::read(dest.path().join(l)).unwrap(), b);
        }
        assert_eq!(
            asked.lock().unwrap()[0],
            "/elastic/example/0123456789abcdef0123456789abcdef01234567/spec/ece/apidocs.json"
        );
        // A second run sends nothing and keeps both.
        let before = asked.lock().unwrap().len();
        let again = download(&pins, &base, dest.path()).unwrap();
        assert_eq!(again.kept.len(), 2);
        assert!(again.downloaded.is_empty());
        assert_eq!(asked.lock().unwrap().len(), before);
        // The test layer finds the cache once it holds the marker.
        assert!(dest.path().join("ece/apidocs.json").is_file());
    }

    #[test]
    fn a_tampered_file_is_refused_and_not_written() {
        let good = b"{\"swagger\": \"2.0\"}".to_vec();
        let p = pin("ece/apidocs.json", &good);
        let tampered = b"{\"swagger\": \"2.0\", \"evil\": true}".to_vec();
        let (base, _) = serve(vec![(format!("/{}", p.url_path()), tampered)]);
        let dest = tempfile::tempdir().unwrap();
        let err = download(std::slice::from_ref(&p), &base, dest.path()).unwrap_err();
        let msg = format!("{err:#}");
        assert!(
            msg.contains("ece/apidocs.json") && msg.contains(&p.sha256),
            "{msg}"
        );
        assert!(!dest.path().join("ece/apidocs.json").exists());
        // A file already in place with another content is replaced only by a verified one.
        std::fs::create_dir_all(dest.path().join("ece")).unwrap();
        std::fs::write(dest.path().join("ece/apidocs.json"), "stale").unwrap();
        assert!(download(std::slice::from_ref(&p), &base, dest.path()).is_err());
        assert_eq!(
            std::fs::read_to_string(dest.path().join("ece/apidocs.json")).unwrap(),
            "stale"
        );
    }

    #[test]
    fn a_missing_file_upstream_fails_naming_it() {
        let p = pin("ech/apidocs.json", b"x");
        let (base, _) = serve(vec![]);
        let dest = tempfile::tempdir().unwrap();
        let msg = format!(
            "{:#}",
            download(std::slice::from_ref(&p), &base, dest.path()).unwrap_err()
        );
        assert!(
            msg.contains("ech/apidocs.json") && msg.contains("404"),
            "{msg}"
        );
    }

    #[test]
    fn the_real_lock_against_a_mirror_of_the_shared_specs() {
        // The whole lock, served from the shared copy as a mirror would: every pinned hash matches.
        let shared = crate::root().join("../shared/specs");
        if !shared.join("ece/apidocs.json").is_file() {
            eprintln!("skipped: ../shared/specs is not here");
            return;
        }
        let pins = pins();
        let served = pins
            .iter()
            .map(|p| {
                (
                    format!("/{}", p.url_path()),
                    std::fs::read(shared.join(&p.local)).unwrap(),
                )
            })
            .collect();
        let (base, _) = serve(served);
        let dest = tempfile::tempdir().unwrap();
        let out = download(&pins, &base, dest.path()).unwrap();
        assert_eq!(out.downloaded.len(), pins.len());
        for p in &pins {
            assert_eq!(
                std::fs::read(dest.path().join(&p.local)).unwrap(),
                std::fs::read(shared.join(&p.local)).unwrap()
            );
        }
    }
}
