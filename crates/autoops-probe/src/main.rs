fn main() -> std::process::ExitCode {
    esconnect_cli::main_with("autoops-probe", autoops_probe::run)
}
