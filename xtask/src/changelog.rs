//! `CHANGELOG.md` in Keep a Changelog form: a `## [Unreleased]` section on top of `## [X.Y.Z] - YYYY-MM-DD`
//! ones. A release moves what is under Unreleased into a new version section and leaves Unreleased empty.

use anyhow::{Result, bail};

const UNRELEASED: &str = "## [Unreleased]";

/// The changelog with the Unreleased entries moved under `## [version] - date`. Refuses when Unreleased is
/// missing or empty (a release with nothing to say is a mistake) or the version is already there.
pub fn release(text: &str, version: &str, date: &str) -> Result<String> {
    let Some(start) = text.find(&format!("{UNRELEASED}\n")) else {
        bail!(
            "CHANGELOG.md has no `{UNRELEASED}` section: add one with the changes of this release"
        );
    };
    if text.contains(&format!("## [{version}]")) {
        bail!("CHANGELOG.md already has a section for {version}");
    }
    let body_start = start + UNRELEASED.len() + 1;
    let body_end = text[body_start..]
        .find("\n## ")
        .map(|i| body_start + i + 1)
        .unwrap_or(text.len());
    let body = text[body_start..body_end].trim();
    // Link reference definitions at the end of the file are not entries.
    let entries: Vec<&str> = body
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('['))
        .collect();
    if !entries.iter().any(|l| l.trim_start().starts_with("- ")) {
        bail!(
            "the `{UNRELEASED}` section of CHANGELOG.md lists no change: write what this release changes first"
        );
    }
    Ok(format!(
        "{}{UNRELEASED}\n\n## [{version}] - {date}\n\n{}\n\n{}",
        &text[..start],
        body,
        &text[body_end..]
    )
    .replace("\n\n\n", "\n\n")
    .trim_end()
    .to_string()
        + "\n")
}

/// Today's date (UTC) as YYYY-MM-DD.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOG: &str = "# Changelog\n\nIntro.\n\n## [Unreleased]\n\n### Added\n\n- `thing`\n\n## [0.1.0] - 2026-11-30\n\n### Added\n\n- first\n";

    #[test]
    fn unreleased_moves_under_the_version() {
        let out = release(LOG, "0.2.0", "2026-12-06").unwrap();
        assert_eq!(
            out,
            "# Changelog\n\nIntro.\n\n## [Unreleased]\n\n## [0.2.0] - 2026-12-06\n\n### Added\n\n- `thing`\n\n## [0.1.0] - 2026-11-30\n\n### Added\n\n- first\n"
        );
        // Nothing more to release until something is written under Unreleased again.
        assert!(release(&out, "0.3.0", "2026-12-07").is_err());
    }

    #[test]
    fn last_section_and_refusals() {
        let first = "# Changelog\n\n## [Unreleased]\n\n- a\n";
        assert_eq!(
            release(first, "0.1.0", "2026-01-02").unwrap(),
            "# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-01-02\n\n- a\n"
        );
        assert!(
            release("# Changelog\n", "0.1.0", "d")
                .unwrap_err()
                .to_string()
                .contains("no `## [Unreleased]`")
        );
        assert!(
            release(LOG, "0.1.0", "d")
                .unwrap_err()
                .to_string()
                .contains("already")
        );
    }

    #[test]
    fn dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(20_428), (2025, 12, 6));
        assert_eq!(today().len(), 10);
    }
}
