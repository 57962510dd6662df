//! End-to-end tests: the built `ece-trust` binary on certificates made by rcgen (with and without
//! otherName SANs, expired, CA and node, PKCS#12 with a password), in-test TLS endpoints and the simulator.
//! Every run through `harness::Fx::run` asserts that no private key or password appears in its output.

mod cert;
mod config;
mod harness;
mod instances;
mod restrictions;
