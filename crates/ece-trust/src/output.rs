//! Files the commands write: atomically, and left alone (with a message) when they already hold exactly
//! what would be written, so re-running a command changes nothing.

use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::fs::{FileMode, write_atomic};
use std::path::Path;

/// Writes `contents` to `path` unless it already holds them; says which on stderr.
pub fn write_file(printer: &Printer, path: &Path, contents: &str, what: &str) -> CliResult<()> {
    if std::fs::read(path).is_ok_and(|old| old == contents.as_bytes()) {
        printer.status(&format!("{} is unchanged ({what})", path.display()));
        return Ok(());
    }
    write_atomic(path, contents.as_bytes(), FileMode::Public).map_err(|e| {
        CliError::failure(format!("cannot write {}: {e}", path.display()))
            .with_remedy("Check that the directory exists and is writable.")
    })?;
    printer.status(&format!("wrote {} ({what})", path.display()));
    Ok(())
}

/// Refuses an --out path that cannot be written as a file (a directory), before anything else happens.
pub fn check_out(path: &Path) -> CliResult<()> {
    if path.is_dir() {
        return Err(crate::usage(
            format!("--out {} is a directory", path.display()),
            "Give the path of the file to write.",
        ));
    }
    Ok(())
}
