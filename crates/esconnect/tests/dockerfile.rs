//! The Dockerfile's rules, checked without a container engine (none may be used where this project is
//! built): multi-stage, base images pinned by version or digest, a non-root user in the runtime image,
//! no secrets, the multi-call binary with a link per tool. The shell that makes the links is run for
//! real against the built binary.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One instruction: its keyword (upper case) and arguments, continuation lines joined.
#[derive(Debug, Clone)]
struct Instr {
    keyword: String,
    args: String,
}

fn parse(text: &str) -> Vec<Instr> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        let t = line.trim();
        if current.is_empty() && (t.is_empty() || t.starts_with('#')) {
            continue;
        }
        if let Some(cont) = t.strip_suffix('\\') {
            current.push_str(cont);
            current.push(' ');
            continue;
        }
        current.push_str(t);
        let (k, a) = current
            .split_once(char::is_whitespace)
            .unwrap_or((&current, ""));
        out.push(Instr {
            keyword: k.to_ascii_uppercase(),
            args: a.trim().to_string(),
        });
        current.clear();
    }
    assert!(current.is_empty(), "a continuation line ends the file");
    out
}

/// The stages: each starts at a FROM.
fn stages(instrs: &[Instr]) -> Vec<Vec<Instr>> {
    let mut out: Vec<Vec<Instr>> = Vec::new();
    for i in instrs {
        if i.keyword == "FROM" {
            out.push(Vec::new());
        }
        out.last_mut()
            .expect("the first instruction is FROM (or ARG)")
            .push(i.clone());
    }
    out
}

fn dockerfile() -> Vec<Instr> {
    parse(&std::fs::read_to_string(root().join("Dockerfile")).expect("Dockerfile at the root"))
}

/// `image[:tag][@sha256:digest]` is pinned when it has a digest, or a tag with a dotted version number.
fn pinned(image: &str) -> bool {
    if let Some((_, digest)) = image.split_once("@sha256:") {
        return digest.len() == 64 && digest.chars().all(|c| c.is_ascii_hexdigit());
    }
    let Some((_, tag)) = image.rsplit_once(':') else {
        return false;
    };
    let version = tag.split('-').next().unwrap_or("");
    let parts: Vec<&str> = version.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

#[test]
fn pinning_rule() {
    assert!(pinned("rust:1.95.0-slim-bookworm"));
    assert!(pinned("debian:12.12-slim"));
    assert!(pinned(&format!("debian@sha256:{}", "a".repeat(64))));
    assert!(!pinned("debian:latest"));
    assert!(!pinned("debian:bookworm-slim"));
    assert!(!pinned("debian"));
    assert!(!pinned("rust:1-slim"));
}

#[test]
fn multi_stage_with_pinned_bases() {
    let st = stages(&dockerfile());
    assert!(st.len() >= 2, "a build stage and a runtime stage");
    for s in &st {
        let image = s[0].args.split_whitespace().next().unwrap();
        let earlier_stage = st[..].iter().any(|o| {
            o[0].args
                .to_ascii_lowercase()
                .ends_with(&format!(" as {image}"))
        });
        assert!(
            earlier_stage || pinned(image),
            "FROM {image}: pin the base image by version or digest"
        );
    }
    // The runtime stage has no toolchain: it only copies the build's output.
    let runtime = st.last().unwrap();
    assert!(!runtime[0].args.starts_with("rust"), "{:?}", runtime[0]);
    assert!(
        runtime
            .iter()
            .filter(|i| i.keyword == "RUN")
            .all(|i| !i.args.contains("cargo")),
        "no build in the runtime stage"
    );
}

#[test]
fn runs_as_a_non_root_user() {
    let st = stages(&dockerfile());
    let runtime = st.last().unwrap();
    let user = runtime
        .iter()
        .rev()
        .find(|i| i.keyword == "USER")
        .expect("the runtime stage sets USER");
    let who = user.args.split(':').next().unwrap();
    assert!(
        who != "root" && who != "0" && !who.is_empty(),
        "USER {}",
        user.args
    );
    // And nothing after it switches back.
    let after: Vec<&Instr> = runtime
        .iter()
        .skip_while(|i| i.keyword != "USER")
        .skip(1)
        .collect();
    assert!(
        after
            .iter()
            .all(|i| i.keyword != "USER" && i.keyword != "RUN")
    );
}

#[test]
fn holds_no_secrets() {
    const WORDS: [&str; 6] = [
        "PASSWORD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE",
    ];
    for i in dockerfile() {
        let upper = i.args.to_ascii_uppercase();
        if matches!(i.keyword.as_str(), "ENV" | "ARG" | "LABEL") {
            for w in WORDS {
                assert!(
                    !upper.contains(w),
                    "{} {}: no secrets in the image",
                    i.keyword,
                    i.args
                );
            }
        }
        if matches!(i.keyword.as_str(), "COPY" | "ADD") {
            for ext in [".env", ".pem", ".key", ".crt", "id_rsa"] {
                assert!(!i.args.contains(ext), "{} {}", i.keyword, i.args);
            }
            assert!(!i.args.starts_with("http"), "ADD from a URL: {}", i.args);
        }
        assert!(!upper.contains("--INSECURE"), "{} {}", i.keyword, i.args);
    }
    // The build context excludes build output, VCS data and local secret files.
    let ignore = std::fs::read_to_string(root().join(".dockerignore")).expect(".dockerignore");
    for p in ["target/", ".git/", "**/*.env", "**/*.pem", "**/*.key"] {
        assert!(
            ignore.lines().any(|l| l.trim() == p),
            ".dockerignore lacks {p}"
        );
    }
}

#[test]
fn ships_the_multi_call_binary_with_a_link_per_tool() {
    let instrs = dockerfile();
    let st = stages(&instrs);
    let build = &st[0];
    let runtime = st.last().unwrap();
    let run = build
        .iter()
        .find(|i| i.keyword == "RUN" && i.args.contains("cargo build"))
        .expect("the build stage builds");
    assert!(
        run.args.contains("-p esconnect") && run.args.contains("--locked"),
        "{}",
        run.args
    );
    assert!(
        runtime
            .iter()
            .any(|i| i.keyword == "COPY" && i.args.starts_with("--from=build /out/bin/")),
        "the runtime copies the binary and its links"
    );
    let entry = runtime
        .iter()
        .find(|i| i.keyword == "ENTRYPOINT")
        .expect("ENTRYPOINT");
    assert_eq!(entry.args, r#"["esconnect"]"#);

    // Run the build stage's packaging commands (everything after `cargo build`) for real, with the
    // binary built for this test in place of the container's.
    let (_, packaging) = run.args.split_once("&&").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out/bin");
    let release = dir.path().join("target/release");
    std::fs::create_dir_all(&release).unwrap();
    std::fs::copy(env!("CARGO_BIN_EXE_esconnect"), release.join("esconnect")).unwrap();
    let script = packaging.replace("/out/bin", &out.display().to_string());
    let status = Command::new("sh")
        .args(["-ec", &script])
        .current_dir(dir.path())
        .status()
        .unwrap();
    assert!(status.success(), "{script}");
    for t in esconnect::TOOLS {
        let link = out.join(t.name);
        assert_eq!(std::fs::read_link(&link).unwrap(), Path::new("esconnect"));
        let v = Command::new(&link).arg("--version").output().unwrap();
        assert_eq!(
            String::from_utf8(v.stdout).unwrap().trim(),
            format!("{} {}", t.name, env!("CARGO_PKG_VERSION"))
        );
    }
}

#[test]
fn the_readme_documents_the_build() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    assert!(
        readme.contains("docker build -t esconnect"),
        "README: document `docker build`"
    );
}
