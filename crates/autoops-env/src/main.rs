fn main() -> std::process::ExitCode {
    esconnect_cli::main_with("autoops-env", autoops_env::run)
}
