//! The stand-in for `bin/elasticsearch-keystore`:
//! `esconnect-sim keystore [--keystore PATH] add -x [-f] NAME... | remove NAME... | list | create` edits
//! a keystore file ([format](super)), by default `$ES_PATH_CONF/elasticsearch.keystore` as Elasticsearch's
//! tool does (the variable is read here: the simulator does not use esconnect-core's catalogue);
//! invoked through a link named `elasticsearch-keystore` the binary behaves as `esconnect-sim keystore`.
//! Values come from stdin (`-x`), one line per setting, and are never printed.

use std::io::{Read as _, Write as _};
use std::path::PathBuf;

use clap::Subcommand;

use crate::keystore;

/// `esconnect-sim keystore [--keystore PATH] <command>`.
#[derive(Debug, clap::Args)]
pub struct KeystoreArgs {
    /// The keystore file (default: `$ES_PATH_CONF/elasticsearch.keystore`, as Elasticsearch).
    #[arg(long, global = true, value_name = "PATH")]
    pub keystore: Option<PathBuf>,
    #[command(subcommand)]
    pub command: KeystoreCommand,
}

/// What to do with the keystore.
#[derive(Debug, Subcommand)]
pub enum KeystoreCommand {
    /// Create an empty keystore (only `keystore.seed`).
    Create,
    /// Add settings; with `-x` each value is read from stdin, one line per setting.
    Add {
        /// Read the values from stdin.
        #[arg(short = 'x', long = "stdin")]
        stdin: bool,
        /// Overwrite existing settings without asking (and create the keystore if missing).
        #[arg(short = 'f', long = "force")]
        force: bool,
        /// Setting names.
        #[arg(required = true, value_name = "SETTING")]
        names: Vec<String>,
    },
    /// Remove settings.
    Remove {
        /// Setting names.
        #[arg(required = true, value_name = "SETTING")]
        names: Vec<String>,
    },
    /// List the setting names.
    List,
}

/// `ES_PATH_CONF`: Elasticsearch's configuration directory, read by the keystore stand-in like
/// `elasticsearch-keystore` does (the simulator is independent of esconnect-core's variable catalogue).
const ES_PATH_CONF: &str = "ES_PATH_CONF";

/// Run a keystore command: exit code 0, 1 (the keystore refused it) or 2 (bad input). Messages go to
/// stderr, setting names (with `list`) to stdout; values never appear anywhere.
pub fn run(args: &KeystoreArgs) -> std::process::ExitCode {
    let fail = |code: u8, msg: String| {
        eprintln!("ERROR: {msg}");
        std::process::ExitCode::from(code)
    };
    let path = match (&args.keystore, std::env::var_os(ES_PATH_CONF)) {
        (Some(p), _) => p.clone(),
        (None, Some(dir)) => PathBuf::from(dir).join("elasticsearch.keystore"),
        (None, None) => {
            return fail(
                2,
                "no keystore given: pass --keystore PATH or set ES_PATH_CONF to the directory holding elasticsearch.keystore".into(),
            );
        }
    };
    let existing = match keystore::read(&path) {
        Ok(e) => Some(e),
        Err(keystore::KeystoreError::Missing(_)) => None,
        Err(e) => return fail(1, e.to_string()),
    };
    match &args.command {
        KeystoreCommand::Create => {
            if existing.is_some() {
                return fail(1, format!("keystore [{}] already exists", path.display()));
            }
            if let Err(e) = keystore::write(&path, &keystore::new_entries()) {
                return fail(1, e.to_string());
            }
            eprintln!("Created elasticsearch keystore in {}", path.display());
        }
        KeystoreCommand::Add {
            stdin,
            force,
            names,
        } => {
            if !stdin {
                return fail(
                    2,
                    "this stand-in has no prompts: pass the values on stdin with -x".into(),
                );
            }
            let Some(mut entries) = existing.or_else(|| force.then(keystore::new_entries)) else {
                return fail(
                    1,
                    format!(
                        "Elasticsearch keystore not found at [{}]. Use 'create' command to create one (or add -f).",
                        path.display()
                    ),
                );
            };
            let mut input = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut input) {
                return fail(1, format!("reading stdin: {e}"));
            }
            let mut lines = input.lines();
            for name in names {
                // KeyStoreWrapper.ALLOWED_SETTING_NAME
                if name.is_empty()
                    || !name
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"_-.".contains(&b))
                {
                    return fail(
                        2,
                        format!(
                            "Setting name [{name}] does not match the allowed setting name pattern [[A-Za-z0-9_\\-.]+]"
                        ),
                    );
                }
                if entries.contains_key(name) && !force {
                    return fail(
                        1,
                        format!(
                            "Setting [{name}] already exists in the keystore; use -f to overwrite it"
                        ),
                    );
                }
                let Some(value) = lines.next().map(|l| l.trim_end_matches('\r')) else {
                    return fail(2, format!("no value on stdin for setting [{name}]"));
                };
                if value.is_empty() {
                    return fail(2, format!("the value for setting [{name}] is empty"));
                }
                entries.insert(name.clone(), value.to_owned());
            }
            if let Err(e) = keystore::write(&path, &entries) {
                return fail(1, e.to_string());
            }
        }
        KeystoreCommand::Remove { names } => {
            let Some(mut entries) = existing else {
                return fail(
                    1,
                    format!("Elasticsearch keystore not found at [{}]", path.display()),
                );
            };
            for name in names {
                if entries.remove(name).is_none() {
                    return fail(
                        1,
                        format!("Setting [{name}] does not exist in the keystore."),
                    );
                }
            }
            if let Err(e) = keystore::write(&path, &entries) {
                return fail(1, e.to_string());
            }
        }
        KeystoreCommand::List => {
            let Some(entries) = existing else {
                return fail(
                    1,
                    format!("Elasticsearch keystore not found at [{}]", path.display()),
                );
            };
            let mut out = std::io::stdout().lock();
            for name in entries.keys() {
                if writeln!(out, "{name}").is_err() {
                    break;
                }
            }
        }
    }
    std::process::ExitCode::SUCCESS
}
