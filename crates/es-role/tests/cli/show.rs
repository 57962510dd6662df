//! `show`, `--help`, `--generate`: offline.

use crate::harness::{es_role, seed_api_key_box, seed_role};

#[test]
fn show_prints_seed_000s_role_offline() {
    // No URL, no credentials, no cluster: nothing is needed and nothing is sent.
    let r = es_role(&["autoops", "show"], &[], None);
    r.code(0);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&r.stdout).unwrap(),
        seed_role()
    );
    assert_eq!(r.stderr, "");
    insta::assert_snapshot!("show_role", r.stdout);
}

#[test]
fn show_for_api_key_is_the_flyout_box() {
    let r = es_role(&["autoops", "show", "--for", "api-key"], &[], None);
    r.code(0);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&r.stdout).unwrap(),
        seed_api_key_box()
    );
    insta::assert_snapshot!("show_api_key", r.stdout);
}

#[test]
fn show_in_yaml_and_as_a_console_request() {
    let r = es_role(
        &["autoops", "show", "--for", "api-key", "-o", "yaml"],
        &[],
        None,
    );
    r.code(0);
    insta::assert_snapshot!("show_api_key_yaml", r.stdout);
    let r = es_role(&["autoops", "show", "--for", "console"], &[], None);
    r.code(0);
    let (first, body) = r.stdout.split_once('\n').unwrap();
    assert_eq!(first, "POST /_security/role/autoops");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(body).unwrap(),
        seed_role()
    );
    // JSON output is the descriptor itself, whatever the form.
    let r = es_role(
        &["autoops", "show", "--for", "console", "-o", "json"],
        &[],
        None,
    );
    assert_eq!(r.json(), seed_role());
}

#[test]
fn help_is_stable() {
    let r = es_role(&["--help"], &[], None);
    r.code(0);
    insta::assert_snapshot!("help", r.stdout);
    let r = es_role(&["autoops", "api-key", "--help"], &[], None);
    r.code(0);
    insta::assert_snapshot!("help_api_key", r.stdout);
}

#[test]
fn no_command_is_usage_and_generate_prints_a_man_page() {
    let r = es_role(&[], &[], None);
    r.code(2);
    assert!(r.stderr.contains("autoops"), "{}", r.stderr);
    let r = es_role(&["--generate", "man"], &[], None);
    r.code(0);
    // clap_mangen puts a two-line roff preamble (`.ie`/`.el`, the apostrophe string) before `.TH`.
    let first = r
        .stdout
        .lines()
        .find(|l| !l.starts_with(".ie ") && !l.starts_with(".el "))
        .unwrap();
    assert!(first.starts_with(".TH es-role 1"), "{first}");
    assert!(r.stdout.contains("autoops"));
    let r = es_role(&["--generate", "bash"], &[], None);
    r.code(0);
    assert!(r.stdout.contains("es-role") && r.stdout.contains("api-key"));
}

#[test]
fn options_without_a_command_are_usage_naming_what_to_try() {
    // With an option (so clap does not just print the help), the missing command is the tool's error.
    es_role(&["-q"], &[], None)
        .code(2)
        .stderr_has("no command given: try `es-role autoops --help`");
}

#[test]
fn a_closed_stdout_is_not_an_error() {
    // The reading end is closed before the binary starts, so its first write meets EPIPE (as with
    // `es-role autoops show | head -0`): that is success, not an error.
    for args in [&["autoops", "show"][..], &["--generate", "man"][..]] {
        let r = test_support::run::with_closed_stdout(
            std::process::Command::new(env!("CARGO_BIN_EXE_es-role")).args(args),
        );
        r.code(0);
        assert!(r.stderr.is_empty(), "{args:?}: {}", r.stderr);
    }
}
