fn main() -> std::process::ExitCode {
    esconnect::main()
}
