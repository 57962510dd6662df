//! Elasticsearch version numbers and what depends on them.

use std::fmt;

/// A parsed `major.minor.patch` version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version {
    pub major: u32,
    pub minor: u32,
    pub patch: u32,
}

impl Version {
    pub const fn new(major: u32, minor: u32, patch: u32) -> Self {
        Self {
            major,
            minor,
            patch,
        }
    }

    /// Parse `7.17.3`, `8.14`, `9.0.0-SNAPSHOT` (a qualifier after `-` is ignored).
    pub fn parse(s: &str) -> Option<Self> {
        let core = s.trim().split(['-', '+']).next()?;
        let mut it = core.split('.');
        let major = it.next()?.parse().ok()?;
        let minor = it.next().map_or(Some(0), |m| m.parse().ok())?;
        let patch = it.next().map_or(Some(0), |p| p.parse().ok())?;
        if it.next().is_some() {
            return None;
        }
        Some(Self::new(major, minor, patch))
    }

    pub fn at_least(self, major: u32, minor: u32) -> bool {
        (self.major, self.minor) >= (major, minor)
    }

    /// A plausible Lucene version for this Elasticsearch version.
    pub fn lucene(self) -> &'static str {
        match (self.major, self.minor) {
            (7, 16) => "8.10.1",
            (7, _) => "8.11.3",
            (8, 0 | 1) => "9.0.0",
            (8, 2) => "9.1.0",
            (8, 3) => "9.2.0",
            (8, 4) => "9.3.0",
            (8, 5) => "9.4.1",
            (8, 6) => "9.4.2",
            (8, 7) => "9.5.0",
            (8, 8) => "9.6.0",
            (8, 9 | 10) => "9.7.0",
            (8, 11) => "9.8.0",
            (8, 12) => "9.9.2",
            (8, 13 | 14) => "9.10.0",
            (8, 15) => "9.11.1",
            (8, 16 | 17) => "9.12.0",
            (8, 18) => "9.12.1",
            (8, _) => "9.12.2",
            (9, 0) => "10.1.0",
            (9, 1) => "10.2.2",
            (9, 2) => "10.3.1",
            (9, 3) => "10.3.2",
            (9, _) => "10.4.0",
            _ => "10.4.0",
        }
    }

    /// `minimum_wire_compatibility_version` of `GET /`.
    pub fn min_wire(self) -> String {
        match self.major {
            7 => "6.8.0".into(),
            8 => "7.17.0".into(),
            9 if self.minor == 0 => "8.18.0".into(),
            m => format!("{}.19.0", m - 1),
        }
    }

    /// `minimum_index_compatibility_version` of `GET /`.
    pub fn min_index(self) -> String {
        match self.major {
            7 => "6.0.0-beta1".into(),
            m => format!("{}.0.0", m - 1),
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_order() {
        assert_eq!(Version::parse("8.14.0"), Some(Version::new(8, 14, 0)));
        assert_eq!(Version::parse("9.0"), Some(Version::new(9, 0, 0)));
        assert_eq!(
            Version::parse("9.1.0-SNAPSHOT"),
            Some(Version::new(9, 1, 0))
        );
        assert!(Version::parse("x").is_none());
        assert!(Version::new(8, 13, 4) < Version::new(8, 14, 0));
        assert!(Version::new(8, 14, 0).at_least(8, 14));
        assert!(!Version::new(8, 13, 9).at_least(8, 14));
    }
}
