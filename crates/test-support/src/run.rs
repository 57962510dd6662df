//! One finished run of a tool's binary, with the assertions every end-to-end test makes on it.

/// Exit code, stdout and stderr of a run.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// From a finished process (killed processes are a test failure: they have no exit code).
    pub fn from_output(out: std::process::Output) -> Self {
        Self {
            code: out.status.code().expect("exited, not killed"),
            stdout: String::from_utf8(out.stdout).expect("UTF-8 stdout"),
            stderr: String::from_utf8(out.stderr).expect("UTF-8 stderr"),
        }
    }
    #[track_caller]
    pub fn code(&self, expected: i32) -> &Self {
        assert_eq!(
            self.code, expected,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }
    #[track_caller]
    pub fn stderr_has(&self, needle: &str) -> &Self {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.stderr
        );
        self
    }
    #[track_caller]
    pub fn stdout_has(&self, needle: &str) -> &Self {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}:\n{}",
            self.stdout
        );
        self
    }
    /// Stdout as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
    /// Neither stream holds any of `secrets`.
    #[track_caller]
    pub fn no_secret<S: AsRef<str>>(&self, secrets: &[S]) -> &Self {
        crate::assert_no_secret(&self.stdout, secrets);
        crate::assert_no_secret(&self.stderr, secrets);
        self
    }
}

/// Runs `cmd` with its stdout a pipe whose reading end is already closed, so the first write meets EPIPE
/// (as with `tool ... | head -0`). Every tool treats that as success, not as an error.
pub fn with_closed_stdout(cmd: &mut std::process::Command) -> Run {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let out = cmd
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .expect("the binary runs");
    Run::from_output(out)
}

#[cfg(test)]
mod tests {
    use super::Run;

    fn run(code: i32, out: &str, err: &str) -> Run {
        Run {
            code,
            stdout: out.into(),
            stderr: err.into(),
        }
    }

    #[test]
    fn assertions_pass_and_fail() {
        let r = run(1, "{\"a\": 1}", "warning: x");
        r.code(1).stdout_has("\"a\"").stderr_has("warning");
        assert_eq!(r.json()["a"], 1);
        assert!(
            std::panic::catch_unwind(|| {
                run(0, "", "").code(1);
            })
            .is_err()
        );
        assert!(
            std::panic::catch_unwind(|| {
                run(0, "x", "").stdout_has("y");
            })
            .is_err()
        );
        assert!(
            std::panic::catch_unwind(|| {
                run(0, "s3cret", "").no_secret(&["s3cret"]);
            })
            .is_err()
        );
    }
}
