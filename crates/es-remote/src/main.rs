fn main() -> std::process::ExitCode {
    esconnect_cli::main_with("es-remote", es_remote::run)
}
