fn main() -> std::process::ExitCode {
    esconnect_cli::main_with("es-role", es_role::run)
}
