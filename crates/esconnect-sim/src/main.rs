//! `esconnect-sim`: see [`esconnect_sim::cli`].

fn main() -> std::process::ExitCode {
    esconnect_sim::cli::main()
}
