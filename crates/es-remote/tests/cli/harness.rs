//! Runs the built `es-remote` against simulated clusters and checks every run for leaked secrets. The
//! connection goes through the `ELASTICSEARCH_*` variables, as an operator's shell would have it.

use esconnect_sim::{ClusterHandle, ClusterSpec, JournalEntry, Sim};
use std::cell::RefCell;
use std::path::{Path, PathBuf};

pub const ADMIN: &str = "admin";
pub const ADMIN_PW: &str = "Adm1n-remote-4Jw";

pub use test_support::run::Run;

/// Simulated clusters and a temp dir; `local` is the cluster the tool connects to.
pub struct T {
    pub sim: Sim,
    pub dir: tempfile::TempDir,
    pub ca: PathBuf,
    secrets: RefCell<Vec<String>>,
}

impl T {
    pub fn new() -> Self {
        Self::with(|c| c)
    }

    pub fn with(f: impl FnOnce(ClusterSpec) -> ClusterSpec) -> Self {
        Self::version("8.17.0", f)
    }

    pub fn version(version: &str, f: impl FnOnce(ClusterSpec) -> ClusterSpec) -> Self {
        let spec = ClusterSpec::new("local", version).user(ADMIN, ADMIN_PW, &["superuser"]);
        let sim = Sim::builder()
            .cluster(f(spec))
            .start()
            .expect("the simulator starts");
        let dir = tempfile::tempdir().unwrap();
        let ca = sim.write_ca(dir.path()).unwrap();
        let t = Self {
            sim,
            dir,
            ca,
            secrets: RefCell::new(vec![ADMIN_PW.into(), "changeme".into()]),
        };
        t.local().clear_journal();
        t
    }

    pub fn local(&self) -> &ClusterHandle {
        self.sim.cluster("local")
    }

    pub fn file(&self, name: &str, contents: &str) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, contents).unwrap();
        p
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The environment that connects to the local cluster as the admin.
    pub fn env(&self) -> Vec<(String, String)> {
        vec![
            ("ELASTICSEARCH_URL".into(), self.local().url()),
            ("ELASTICSEARCH_CA_CERT".into(), s(&self.ca)),
            ("ELASTICSEARCH_USERNAME".into(), ADMIN.into()),
            ("ELASTICSEARCH_PASSWORD".into(), ADMIN_PW.into()),
        ]
    }

    /// Runs `es-remote ARGS` connected to the local cluster.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, &[], None)
    }

    pub fn run_with(&self, args: &[&str], extra_env: &[(&str, &str)], stdin: Option<&str>) -> Run {
        let mut env = self.env();
        env.extend(
            extra_env
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string())),
        );
        let r = es_remote(args, &env, stdin);
        r.no_secret(&self.secrets.borrow());
        r
    }

    /// Requests the local cluster received that could change something.
    pub fn writes(&self) -> Vec<JournalEntry> {
        self.local()
            .journal()
            .into_iter()
            .filter(|e| e.method != "GET" && e.method != "HEAD")
            .collect()
    }

    /// The persistent settings of the local cluster (flat).
    pub fn persistent(&self) -> serde_json::Value {
        self.local().settings()["persistent"].clone()
    }

    pub fn stable(&self, text: &str) -> String {
        test_support::redactions()
            .path(self.dir.path(), "[TMP]")
            .apply(text)
    }
}

/// Runs the binary with a clean environment plus `env`.
pub fn es_remote(args: &[&str], env: &[(String, String)], stdin: Option<&str>) -> Run {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("es-remote");
    cmd.env_clear()
        .env("NO_COLOR", "1")
        .env("COLUMNS", "120")
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    if let Some(s) = stdin {
        cmd.write_stdin(s.as_bytes().to_vec());
    }
    let out = cmd.output().expect("es-remote runs");
    Run::from_output(out)
}

pub fn s(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// A port on loopback where nothing listens (bound, then released).
pub fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}
