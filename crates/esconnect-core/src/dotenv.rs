//! Reading and writing env files (`KEY=value` per line), as `docker run --env-file`, compose `env_file`
//! and systemd `EnvironmentFile` read them.
//!
//! Writing: values are written bare when they need no quoting, which is the only form all three readers
//! agree on (`docker --env-file` takes quotes literally). A value that would need quotes is written
//! double-quoted and flagged by [`needs_quotes`] so callers can warn. Reading accepts bare, single- and
//! double-quoted values, `export ` prefixes, comments and blank lines.

use std::collections::BTreeMap;

/// A parse error with its 1-based line number. The line's content is not echoed (it may hold a secret).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct DotenvError {
    pub line: usize,
    pub reason: String,
}

/// Parses an env file into ordered `(key, value)` pairs. A key given twice keeps the last value, as the
/// readers above do.
pub fn parse(text: &str) -> Result<Vec<(String, String)>, DotenvError> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line);
        let Some((key, value)) = line.split_once('=') else {
            return Err(DotenvError {
                line: line_no,
                reason: "expected KEY=value".into(),
            });
        };
        let key = key.trim();
        if key.is_empty()
            || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            || key.starts_with(|c: char| c.is_ascii_digit())
        {
            return Err(DotenvError {
                line: line_no,
                reason: "the variable name must be letters, digits and _".into(),
            });
        }
        let value = unquote(value.trim()).map_err(|reason| DotenvError {
            line: line_no,
            reason,
        })?;
        out.retain(|(k, _)| k != key);
        out.push((key.to_string(), value));
    }
    Ok(out)
}

/// As [`parse`], into a map.
pub fn parse_map(text: &str) -> Result<BTreeMap<String, String>, DotenvError> {
    Ok(parse(text)?.into_iter().collect())
}

fn unquote(v: &str) -> Result<String, String> {
    if let Some(rest) = v.strip_prefix('"') {
        let Some(end) = rest.rfind('"') else {
            return Err("unterminated double quote".into());
        };
        let (inner, after) = rest.split_at(end);
        check_trailing(&after[1..])?;
        let mut out = String::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('"') => out.push('"'),
                    Some('\\') => out.push('\\'),
                    Some('$') => out.push('$'),
                    Some(o) => {
                        out.push('\\');
                        out.push(o);
                    }
                    None => out.push('\\'),
                }
            } else {
                out.push(c);
            }
        }
        Ok(out)
    } else if let Some(rest) = v.strip_prefix('\'') {
        let Some(end) = rest.rfind('\'') else {
            return Err("unterminated single quote".into());
        };
        check_trailing(&rest[end + 1..])?;
        Ok(rest[..end].to_string())
    } else {
        // A bare value ends at an inline comment preceded by whitespace.
        let v = match v.find(" #") {
            Some(i) => &v[..i],
            None => v,
        };
        Ok(v.trim_end().to_string())
    }
}

fn check_trailing(after: &str) -> Result<(), String> {
    let t = after.trim();
    if t.is_empty() || t.starts_with('#') {
        Ok(())
    } else {
        Err("text after the closing quote".into())
    }
}

/// True when a value cannot be written bare (whitespace, quotes, `#`, `$`, backslash, or empty).
pub fn needs_quotes(value: &str) -> bool {
    value.is_empty()
        || value
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '"' | '\'' | '#' | '$' | '\\' | '`'))
}

/// Renders one `KEY=value` line (with newline).
pub fn render_line(key: &str, value: &str) -> String {
    if needs_quotes(value) {
        let escaped = value
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n")
            .replace('$', "\\$");
        format!("{key}=\"{escaped}\"\n")
    } else {
        format!("{key}={value}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_forms_people_write() {
        let text = "# comment\n\nA=1\nexport B=two words # trailing\nC=\"q \\\"x\\\" \\$HOME\"\nD='lit $x'\nA=override\n";
        let got = parse(text).unwrap();
        assert_eq!(
            got,
            vec![
                ("B".into(), "two words".into()),
                ("C".into(), "q \"x\" $HOME".into()),
                ("D".into(), "lit $x".into()),
                ("A".into(), "override".into()),
            ]
        );
    }

    #[test]
    fn errors_name_the_line_not_the_content() {
        let e = parse("A=1\nsecretvalue-without-equals\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(!e.to_string().contains("secretvalue"));
        assert_eq!(parse("A=\"open\n").unwrap_err().line, 1);
        assert_eq!(parse("1A=x\n").unwrap_err().line, 1);
    }

    #[test]
    fn render_round_trips() {
        for v in [
            "https://es:9200",
            "id:key",
            "with space",
            "quote\"d",
            "dollar$x",
            "back\\slash",
            "",
        ] {
            let line = render_line("K", v);
            assert_eq!(
                parse(&line).unwrap(),
                vec![("K".to_string(), v.to_string())],
                "{line}"
            );
        }
        assert_eq!(render_line("K", "id:key"), "K=id:key\n");
    }
}
