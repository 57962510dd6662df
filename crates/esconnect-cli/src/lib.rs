//! Glue shared by the esconnect binaries, kept out of the core so the core stays free of clap and of
//! printing: common arguments, the [`Printer`], logging setup, the error type that carries an exit code,
//! the `main` wrapper (broken pipe exits 0), and man pages and completions from a clap `Command`.

pub mod args;
pub mod error;
pub mod generate;
#[cfg(feature = "http")]
pub mod ops;
pub mod printer;
mod tool;

pub use error::{CliError, CliResult, usage};
pub use printer::{OutputFormat, Printer};
pub use tool::{ToolCli, parse, required};

use std::ffi::OsString;
use std::process::ExitCode;

/// Runs a binary's entry point: parses nothing itself, maps the result to an exit code, prints errors
/// (with their remedy) to stderr, and treats a closed stdout as success, as `head` users expect.
pub fn main_with(name: &str, run: impl FnOnce(Vec<OsString>) -> CliResult<u8>) -> ExitCode {
    main_with_args(name, std::env::args_os().collect(), run)
}

/// [`main_with`] with the arguments given (the multi-call binary passes the tool's own).
pub fn main_with_args(
    name: &str,
    args: Vec<OsString>,
    run: impl FnOnce(Vec<OsString>) -> CliResult<u8>,
) -> ExitCode {
    match run(args) {
        Ok(code) => ExitCode::from(code),
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            let mut msg = format!("{name}: error: {}", e.message);
            if let Some(r) = &e.remedy {
                msg.push_str(&format!("\n  hint: {r}"));
            }
            printer::eprintln_raw(&msg);
            ExitCode::from(e.code)
        }
    }
}

/// Sets up logging to stderr: `-q` errors only, default warnings, `-v` info, `-vv` debug, `-vvv` trace;
/// `ESCONNECT_LOG` (EnvFilter syntax) overrides.
pub fn init_logging(verbose: u8, quiet: bool) {
    use tracing_subscriber::EnvFilter;
    let level = if quiet {
        "error"
    } else {
        match verbose {
            0 => "warn",
            1 => "info",
            2 => "debug",
            _ => "trace",
        }
    };
    let filter = esconnect_core::env::ESCONNECT_LOG
        .get()
        .and_then(|f| EnvFilter::try_new(f).ok())
        .unwrap_or_else(|| {
            EnvFilter::new(format!(
                "{level},hyper=warn,hyper_util=warn,reqwest=warn,rustls=warn,h2=warn"
            ))
        });
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(printer::stderr_color())
        .with_target(verbose >= 3)
        .without_time()
        .try_init();
}

/// A current-thread tokio runtime for a binary's async work.
#[cfg(feature = "http")]
pub fn runtime() -> CliResult<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::failure(format!("cannot start the async runtime: {e}")))
}
