//! `esconnect`: every tool in one binary, for containers and small installs, the way coreutils and
//! busybox do it. It dispatches on the name it was started as (`argv[0]`: a link named `es-role` runs
//! `es-role`), or else on its first argument (`esconnect es-role autoops show`). The per-tool binaries
//! stay; this one runs the very same `run` functions, so behaviour, exit codes and output are identical.
//!
//! `esconnect --list` prints the tool names, one per line (the Dockerfile makes a link for each);
//! `esconnect --help` and `esconnect --version` describe the binary itself.
//!
//! Adding a tool (e.g. `es-remote`, `ece-trust`): one row in [`TOOLS`] and the crate in `Cargo.toml`.

use esconnect_cli::CliResult;
use std::ffi::OsString;
use std::path::Path;
use std::process::ExitCode;

/// A tool the multi-call binary can run.
#[derive(Clone, Copy)]
pub struct Tool {
    /// The binary's name (and the link's).
    pub name: &'static str,
    /// Its clap definition (for `--help` of the multi-call binary and the docs).
    pub command: fn() -> clap::Command,
    /// Its entry point: the full argument list, `argv[0]` being the tool's name.
    pub run: fn(Vec<OsString>) -> CliResult<u8>,
}

/// Every tool, in the order `--list` and `--help` show them.
pub const TOOLS: &[Tool] = &[
    Tool {
        name: "es-role",
        command: es_role::command,
        run: es_role::run,
    },
    Tool {
        name: "autoops-env",
        command: autoops_env::command,
        run: autoops_env::run,
    },
    Tool {
        name: "autoops-probe",
        command: autoops_probe::command,
        run: autoops_probe::run,
    },
    Tool {
        name: "es-remote",
        command: es_remote::command,
        run: es_remote::run,
    },
    Tool {
        name: "ece-trust",
        command: ece_trust::command,
        run: ece_trust::run,
    },
];

/// The name of this binary.
pub const NAME: &str = "esconnect";

/// The tool called `name` (a file name: a directory and an `.exe` suffix are ignored).
pub fn tool(name: &std::ffi::OsStr) -> Option<&'static Tool> {
    let base = Path::new(name).file_name()?.to_str()?;
    let base = base.strip_suffix(".exe").unwrap_or(base);
    TOOLS.iter().find(|t| t.name == base)
}

/// What to run for a command line.
#[derive(Debug, PartialEq, Eq)]
pub enum Dispatch {
    /// A tool, with the arguments it gets (its own name first).
    Tool(&'static str, Vec<OsString>),
    /// `esconnect --list`.
    List,
    /// `esconnect`, `esconnect --help`.
    Help,
    /// `esconnect --version`.
    Version,
    /// Not a tool: usage error.
    Unknown(String),
}

/// Decides what a command line runs: `argv[0]` names a tool (a link), or the first argument does.
pub fn dispatch(args: Vec<OsString>) -> Dispatch {
    let mut args = args.into_iter();
    let argv0 = args.next().unwrap_or_default();
    if let Some(t) = tool(&argv0) {
        return Dispatch::Tool(t.name, std::iter::once(argv0).chain(args).collect());
    }
    let Some(first) = args.next() else {
        return Dispatch::Help;
    };
    if let Some(t) = tool(&first) {
        // The tool sees its own name as argv[0], as when run by a link.
        return Dispatch::Tool(
            t.name,
            std::iter::once(OsString::from(t.name))
                .chain(args)
                .collect(),
        );
    }
    match first.to_str() {
        Some("--list") => Dispatch::List,
        Some("-h" | "--help" | "help") => Dispatch::Help,
        Some("-V" | "--version") => Dispatch::Version,
        _ => Dispatch::Unknown(first.to_string_lossy().into_owned()),
    }
}

fn help() -> String {
    let mut s = format!(
        "{NAME} {}: the esconnect tools in one binary\n\nUsage: {NAME} <TOOL> [ARGS]...\n       <TOOL> [ARGS]...   (through a link named after the tool)\n\nTools:\n",
        env!("CARGO_PKG_VERSION")
    );
    for t in TOOLS {
        let about = (t.command)()
            .get_about()
            .map(|a| a.to_string())
            .unwrap_or_default();
        s.push_str(&format!("  {:<15} {about}\n", t.name));
    }
    s.push_str(&format!(
        "\nOptions:\n  --list     Print the tool names, one per line\n  -h, --help Print this help\n  -V, --version\n\n`{NAME} <TOOL> --help` shows a tool's options.\n"
    ));
    s
}

/// The entry point of the binary.
pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    match dispatch(args) {
        Dispatch::Tool(name, args) => {
            let t = TOOLS
                .iter()
                .find(|t| t.name == name)
                .expect("dispatch returns known tools");
            esconnect_cli::main_with_args(name, args, t.run)
        }
        Dispatch::List => print(
            &TOOLS
                .iter()
                .map(|t| format!("{}\n", t.name))
                .collect::<String>(),
        ),
        Dispatch::Help => print(&help()),
        Dispatch::Version => print(&format!("{NAME} {}\n", env!("CARGO_PKG_VERSION"))),
        Dispatch::Unknown(what) => {
            let names: Vec<&str> = TOOLS.iter().map(|t| t.name).collect();
            esconnect_cli::printer::eprintln_raw(&format!(
                "{NAME}: error: `{what}` is not a tool\n  hint: run one of: {} (e.g. `{NAME} {} --help`), or `{NAME} --help`",
                names.join(", "),
                names[0]
            ));
            ExitCode::from(esconnect_core::exit::USAGE)
        }
    }
}

fn print(s: &str) -> ExitCode {
    let p = esconnect_cli::Printer::new(esconnect_cli::OutputFormat::Text, false, 0);
    match p.raw(s) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(v: &[&str]) -> Vec<OsString> {
        v.iter().map(OsString::from).collect()
    }

    #[test]
    fn dispatches_on_the_link_name_or_the_first_argument() {
        assert_eq!(
            dispatch(args(&["/usr/local/bin/es-role", "autoops", "show"])),
            Dispatch::Tool(
                "es-role",
                args(&["/usr/local/bin/es-role", "autoops", "show"])
            )
        );
        assert_eq!(
            dispatch(args(&["esconnect", "autoops-probe", "--help"])),
            Dispatch::Tool("autoops-probe", args(&["autoops-probe", "--help"]))
        );
        assert_eq!(
            dispatch(args(&["C:\\bin\\autoops-env.exe"])),
            // Not a path on Unix: the whole string is the file name, which is no tool.
            if cfg!(windows) {
                Dispatch::Tool("autoops-env", args(&["C:\\bin\\autoops-env.exe"]))
            } else {
                Dispatch::Help
            }
        );
        assert_eq!(dispatch(args(&["esconnect"])), Dispatch::Help);
        assert_eq!(dispatch(args(&["esconnect", "--list"])), Dispatch::List);
        assert_eq!(dispatch(args(&["esconnect", "-V"])), Dispatch::Version);
        assert_eq!(
            dispatch(args(&["esconnect", "es-rolez"])),
            Dispatch::Unknown("es-rolez".into())
        );
    }

    #[test]
    fn every_tool_is_listed_once_with_its_own_command_name() {
        let mut names: Vec<&str> = TOOLS.iter().map(|t| t.name).collect();
        for t in TOOLS {
            assert_eq!((t.command)().get_name(), t.name);
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), TOOLS.len());
    }
}
