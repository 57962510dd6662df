//! One printer for every binary: data on stdout in the chosen format, messages on stderr, `-q`/`-v`,
//! colour only on a terminal and never with `NO_COLOR`.

use crate::{CliError, CliResult};
use serde::Serialize;
use std::io::{IsTerminal, Write};

/// The `--output` formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum OutputFormat {
    /// Human-readable text.
    #[default]
    Text,
    /// One JSON document.
    Json,
    /// One YAML document.
    Yaml,
    /// JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)
    Jsonl,
}

fn no_color() -> bool {
    esconnect_core::env::NO_COLOR.get().is_some()
        || std::env::var_os(esconnect_core::env::NO_COLOR.name).is_some()
}

/// Whether stderr gets colour.
pub fn stderr_color() -> bool {
    !no_color() && std::io::stderr().is_terminal()
}

/// Writes a line to stderr, ignoring errors (stderr closed is not worth dying for).
pub fn eprintln_raw(s: &str) {
    let mut e = std::io::stderr().lock();
    let _ = writeln!(e, "{s}");
}

/// ANSI styles that collapse to plain text when colour is off.
#[derive(Debug, Clone, Copy)]
pub struct Styles {
    pub on: bool,
}

impl Styles {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    pub fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }
    pub fn green(&self, s: &str) -> String {
        self.wrap("32", s)
    }
    pub fn red(&self, s: &str) -> String {
        self.wrap("31", s)
    }
    pub fn yellow(&self, s: &str) -> String {
        self.wrap("33", s)
    }
    pub fn dim(&self, s: &str) -> String {
        self.wrap("2", s)
    }
}

#[derive(Debug, Clone)]
pub struct Printer {
    pub format: OutputFormat,
    pub quiet: bool,
    pub verbose: u8,
    stdout_color: bool,
    stderr_color: bool,
}

fn pipe(e: std::io::Error) -> CliError {
    CliError::from(e)
}

impl Printer {
    pub fn new(format: OutputFormat, quiet: bool, verbose: u8) -> Self {
        Self {
            format,
            quiet,
            verbose,
            stdout_color: !no_color() && std::io::stdout().is_terminal(),
            stderr_color: stderr_color(),
        }
    }

    /// Styles for text on stdout.
    pub fn styles(&self) -> Styles {
        Styles {
            on: self.stdout_color,
        }
    }
    fn err_styles(&self) -> Styles {
        Styles {
            on: self.stderr_color,
        }
    }

    /// Prints a result: as JSON or YAML when asked, else the text the closure renders.
    pub fn data<T: Serialize>(
        &self,
        value: &T,
        text: impl FnOnce(Styles) -> String,
    ) -> CliResult<()> {
        let out = match self.format {
            OutputFormat::Json => {
                let mut s = serde_json::to_string_pretty(value)
                    .map_err(|e| CliError::failure(format!("cannot render JSON: {e}")))?;
                s.push('\n');
                s
            }
            OutputFormat::Yaml => render_yaml(value)?,
            OutputFormat::Jsonl => self.json_line(value)?,
            OutputFormat::Text => {
                let mut s = text(self.styles());
                if !s.is_empty() && !s.ends_with('\n') {
                    s.push('\n');
                }
                s
            }
        };
        self.raw(&out)
    }

    /// One value as a compact JSON line (with its newline).
    pub fn json_line<T: Serialize>(&self, value: &T) -> CliResult<String> {
        let mut s = serde_json::to_string(value)
            .map_err(|e| CliError::failure(format!("cannot render JSON: {e}")))?;
        s.push('\n');
        Ok(s)
    }

    /// Writes text to stdout as is.
    pub fn raw(&self, s: &str) -> CliResult<()> {
        let mut out = std::io::stdout().lock();
        out.write_all(s.as_bytes()).map_err(pipe)?;
        out.flush().map_err(pipe)
    }

    /// A progress or status message on stderr (hidden by `-q`).
    pub fn status(&self, msg: &str) {
        if !self.quiet {
            eprintln_raw(msg);
        }
    }

    /// A message shown with `-v`.
    pub fn verbose(&self, msg: &str) {
        if self.verbose > 0 && !self.quiet {
            eprintln_raw(&self.err_styles().dim(msg));
        }
    }

    /// A warning on stderr. Shown even with `-q`: warnings are about safety.
    pub fn warn(&self, msg: &str) {
        eprintln_raw(&format!("{}: {msg}", self.err_styles().yellow("warning")));
    }

    /// The warning `--insecure` earns.
    pub fn warn_insecure(&self) {
        let s = self.err_styles();
        eprintln_raw(&format!(
            "{}: {}",
            s.red("WARNING"),
            s.bold("--insecure: TLS certificate verification is OFF. Anyone on the path can read and change this traffic, credentials included. Use --ca-cert or --ca-fingerprint instead.")
        ));
    }
}

/// YAML through serde-saphyr.
pub fn render_yaml<T: Serialize>(value: &T) -> CliResult<String> {
    serde_saphyr::to_string(value)
        .map_err(|e| CliError::failure(format!("cannot render YAML: {e}")))
}

/// A plain left-aligned table with a header row.
pub fn table(headers: &[&str], rows: &[Vec<String>], styles: Styles) -> String {
    let cols = headers.len();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate().take(cols) {
            widths[i] = widths[i].max(visible_len(c));
        }
    }
    let mut out = String::new();
    let line = |cells: Vec<String>, out: &mut String| {
        let mut l = String::new();
        for (i, c) in cells.iter().enumerate() {
            l.push_str(c);
            if i + 1 < cells.len() {
                l.push_str(&" ".repeat(widths[i] - visible_len(c) + 2));
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(headers.iter().map(|h| styles.bold(h)).collect(), &mut out);
    for r in rows {
        line(r.clone(), &mut out);
    }
    out
}

/// Length without ANSI escapes.
pub fn visible_len(s: &str) -> usize {
    let mut n = 0;
    let mut in_esc = false;
    for c in s.chars() {
        if in_esc {
            if c == 'm' {
                in_esc = false;
            }
        } else if c == '\x1b' {
            in_esc = true;
        } else {
            n += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_aligns_and_ignores_escapes() {
        let s = Styles { on: true };
        let t = table(
            &["A", "BB"],
            &[
                vec![s.green("pass"), "x".into()],
                vec!["failing".into(), "y".into()],
            ],
            Styles { on: false },
        );
        assert_eq!(
            t,
            "A        BB\n\u{1b}[32mpass\u{1b}[0m     x\nfailing  y\n"
        );
    }
}
