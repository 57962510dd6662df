//! Plain serde types for what the tools send and read. Strict (`deny_unknown_fields` where we parse our own
//! input files) for what we produce, tolerant of unknown fields for what Elasticsearch and Elastic return.
//! Models do no I/O.

pub mod ec;
pub mod es;
pub mod remote;
pub mod remote_cluster;
pub mod version;
