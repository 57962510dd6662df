fn main() -> std::process::ExitCode {
    esconnect_cli::main_with("ece-trust", ece_trust::run)
}
