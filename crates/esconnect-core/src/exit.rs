//! Exit codes shared by every binary (documented in docs/exit-codes.md).

/// Success.
pub const SUCCESS: u8 = 0;
/// A check failed, or an operation was refused or failed on the remote side.
pub const FAILURE: u8 = 1;
/// Bad usage or bad input: nothing was sent and nothing was written.
pub const USAGE: u8 = 2;
/// The target could not be reached or the transport failed (DNS, refused, timeout, TLS, proxy).
pub const UNREACHABLE: u8 = 3;
/// Authentication or authorization failed (HTTP 401/403).
pub const AUTH: u8 = 4;

/// Every code with its meaning, for docs and tests.
pub const ALL: &[(u8, &str)] = &[
    (SUCCESS, "success"),
    (
        FAILURE,
        "a check failed, or an operation failed or was refused by the server",
    ),
    (
        USAGE,
        "bad usage or bad input: nothing was sent and nothing was written",
    ),
    (
        UNREACHABLE,
        "the endpoint could not be reached: DNS, connection, timeout, TLS or proxy failure",
    ),
    (
        AUTH,
        "authentication or authorization failed (HTTP 401 or 403)",
    ),
];
