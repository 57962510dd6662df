//! The parse-and-run preamble every tool's `run` shares: clap parsing (usage errors exit 2 with clap's
//! message, `--help` and `--version` exit 0), `--generate`, the printer, and the "no command given" error.

use crate::generate::{self, Generate};
use crate::{CliResult, OutputFormat, Printer};
use clap::{CommandFactory, FromArgMatches};
use std::ffi::OsString;

/// What a tool's top-level `Cli` type exposes to [`parse`].
pub trait ToolCli: CommandFactory + FromArgMatches + Sized {
    /// `--generate WHAT`, when given: the man page or completions are printed and nothing else is done.
    fn generate(&self) -> Option<Generate>;
    /// The printer for the run (and the logging set up with it).
    fn printer(&self) -> Printer;
    /// The clap definition the tool runs with: its derive, unless the tool rewords it (as autoops-env
    /// does with the shared agent flags), in which case it must be the same as the tool's `command()`.
    fn tool_command() -> clap::Command {
        Self::command()
    }
}

/// `impl ToolCli for $cli` for the usual shape: a `generate: Option<Generate>` field and an `output:
/// OutputArgs` flattened into the command line.
#[macro_export]
macro_rules! tool_cli {
    ($cli:ty) => {
        impl $crate::ToolCli for $cli {
            fn generate(&self) -> Option<$crate::generate::Generate> {
                self.generate
            }
            fn printer(&self) -> $crate::Printer {
                self.output.printer()
            }
        }
    };
}

/// Parses `args` (the first is the program name) into the tool's `Cli`. Returns `None` when there is
/// nothing more to do (`--generate` printed what was asked for: exit 0), else the parsed command line
/// and its printer. Clap's own errors, `--help` and `--version` exit the process as clap does.
pub fn parse<C: ToolCli>(args: Vec<OsString>) -> CliResult<Option<(C, Printer)>> {
    let matches = C::tool_command()
        .try_get_matches_from(args)
        .unwrap_or_else(|e| e.exit());
    let cli = C::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    if let Some(what) = cli.generate() {
        // Raw output ignores the format and verbosity: no logging is set up for it.
        Printer::new(OutputFormat::Text, true, 0)
            .raw(&generate::render(C::tool_command(), what))?;
        return Ok(None);
    }
    let printer = cli.printer();
    Ok(Some((cli, printer)))
}

/// The subcommand, or clap's "missing subcommand" usage error (exit 2) saying what to try, e.g.
/// `es-remote --help`.
pub fn required<C: CommandFactory, S>(command: Option<S>, try_this: &str) -> S {
    command.unwrap_or_else(|| {
        C::command()
            .error(
                clap::error::ErrorKind::MissingSubcommand,
                format!("no command given: try `{try_this}`"),
            )
            .exit()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Parser, Subcommand};

    #[derive(Debug, Parser)]
    #[command(name = "t")]
    struct Cli {
        #[arg(long, value_enum)]
        generate: Option<Generate>,
        #[arg(long)]
        quiet: bool,
        #[command(subcommand)]
        command: Option<Cmd>,
    }

    #[derive(Debug, Subcommand, PartialEq)]
    enum Cmd {
        Go,
    }

    impl ToolCli for Cli {
        fn generate(&self) -> Option<Generate> {
            self.generate
        }
        fn printer(&self) -> Printer {
            Printer::new(OutputFormat::Json, self.quiet, 0)
        }
    }

    #[test]
    fn parses_and_builds_the_printer() {
        let (cli, printer) = parse::<Cli>(vec!["t".into(), "--quiet".into(), "go".into()])
            .unwrap()
            .expect("no --generate: there is a command to run");
        assert!(cli.quiet);
        assert!(printer.quiet);
        assert_eq!(printer.format, OutputFormat::Json);
        assert_eq!(required::<Cli, _>(cli.command, "t --help"), Cmd::Go);
    }
}
