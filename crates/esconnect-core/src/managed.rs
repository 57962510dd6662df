//! The mark esconnect puts on what it creates (API keys, roles, users), so a later run can tell its own
//! objects from the user's.

/// Metadata key marking keys and roles made by esconnect.
pub const MANAGED_BY_KEY: &str = "managed_by";
/// The value of [`MANAGED_BY_KEY`].
pub const MANAGED_BY_VALUE: &str = "esconnect";
