//! End-to-end tests: the built `es-remote` against simulated clusters over real TLS.

mod cloud;
mod harness;
mod offline;
mod pair;
mod settings;
mod status;
