//! Elasticsearch version numbers.

use std::fmt;

/// A `major.minor.patch` version; qualifiers like `-SNAPSHOT` are kept for display but not compared.
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

    /// Parses `8.17.0`, `8.17`, `9.1.3-SNAPSHOT`.
    pub fn parse(s: &str) -> Option<Self> {
        let core = s.trim().split(['-', '+']).next()?;
        let mut parts = core.split('.');
        let major = parts.next()?.parse().ok()?;
        let minor = parts.next().map_or(Some(0), |p| p.parse().ok())?;
        let patch = parts.next().map_or(Some(0), |p| p.parse().ok())?;
        if parts.next().is_some() {
            return None;
        }
        Some(Self {
            major,
            minor,
            patch,
        })
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
    fn parses_and_orders() {
        assert_eq!(
            Version::parse("9.1.3-SNAPSHOT"),
            Some(Version::new(9, 1, 3))
        );
        assert_eq!(Version::parse("8.17"), Some(Version::new(8, 17, 0)));
        assert!(Version::parse("7.16.3").unwrap() < Version::new(7, 17, 0));
        assert!(Version::parse("7.17.0").unwrap() >= Version::new(7, 17, 0));
        assert!(Version::parse("10.0.0").unwrap() > Version::new(9, 99, 99));
        assert_eq!(Version::parse("x.y"), None);
        assert_eq!(Version::parse("1.2.3.4"), None);
    }
}
