//! Plumbing every tool that changes a cluster repeats: credentials required, wire failures named after
//! what was being done, and the printing of a dry run's plan.

use crate::args::ConnectionArgs;
use crate::{CliError, CliResult, Printer};
use esconnect_core::failure::FailureKind;
use esconnect_core::http::{PlannedRequest, Request, WireError};
use esconnect_core::settings::Connection;

/// Resolves the connection and requires credentials (the security and settings APIs need them), except
/// where `optional` (a dry run that reads nothing).
pub fn connect_with_credentials(
    printer: &Printer,
    args: &ConnectionArgs,
    optional: bool,
) -> CliResult<Connection> {
    let c = args.connect(printer)?;
    if c.auth.is_none() && !optional {
        return Err(CliError::usage(
            "no credentials were given to connect to Elasticsearch",
        )
        .with_remedy(format!(
            "give --api-key-file FILE (or ${}), or --username with --password-file FILE (or ${} and ${})",
            esconnect_core::env::ELASTICSEARCH_API_KEY.name,
            esconnect_core::env::ELASTICSEARCH_USERNAME.name,
            esconnect_core::env::ELASTICSEARCH_PASSWORD.name
        )));
    }
    Ok(c)
}

/// A failure from the wire as one line naming what was being done; a 403 gets `remedy_forbidden`.
pub fn wire_failure(e: WireError, doing: &str, remedy_forbidden: &str) -> CliError {
    let forbidden = e.kind == FailureKind::Forbidden;
    let message = format!("{doing}: {e}").replace(['\n', '\r'], " ");
    let mut err = CliError::from(e);
    err.message = message;
    if forbidden {
        err.remedy = Some(remedy_forbidden.to_string());
    }
    err
}

/// Prints what a dry run would send (secrets redacted) on stdout, and a note on stderr saying that
/// nothing was changed (the reads the plan depends on were made).
pub fn print_plan(
    printer: &Printer,
    base: &url::Url,
    requests: &[Request],
    note: &str,
) -> CliResult<()> {
    print_planned(
        printer,
        base,
        requests,
        &format!("dry run: nothing was changed. {note}"),
    )
}

/// [`print_plan`] for a dry run that sent nothing at all, not even a read; the status code is 0.
pub fn print_plan_unsent(
    printer: &Printer,
    base: &url::Url,
    requests: &[Request],
    note: &str,
) -> CliResult<u8> {
    print_planned(
        printer,
        base,
        requests,
        &format!("dry run: nothing was sent. {note}"),
    )?;
    Ok(0)
}

fn print_planned(
    printer: &Printer,
    base: &url::Url,
    requests: &[Request],
    status: &str,
) -> CliResult<()> {
    let planned: Vec<PlannedRequest> = requests.iter().map(|r| r.planned(base)).collect();
    printer.data(&planned, |_| {
        planned
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n\n")
    })?;
    printer.status(status);
    Ok(())
}
