//! End-to-end tests: the built `es-remote` against simulated clusters over real TLS.

mod harness;
mod offline;
mod settings;
mod status;
