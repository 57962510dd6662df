//! End-to-end tests: the built `es-role` binary against the Elasticsearch simulator over HTTPS.
//! Every run through `harness::T::run` asserts that no secret given to the tool appears in its output.

mod api_key;
mod check;
mod cross_cluster;
mod errors;
mod harness;
mod remote_role;
mod role;
mod show;
mod user;
