//! Kubernetes naming rules shared by the tools that write manifests.

/// Checks an RFC 1123 label (Kubernetes names and namespaces) of at most `max` characters.
pub fn dns_label(s: &str, max: usize) -> Result<(), String> {
    if s.is_empty() || s.len() > max {
        return Err(format!("must be 1 to {max} characters"));
    }
    let ok_chars = s
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !ok_chars || s.starts_with('-') || s.ends_with('-') {
        return Err("must be lower-case letters, digits and `-`, starting and ending with a letter or digit".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::dns_label;

    #[test]
    fn labels() {
        assert!(dns_label("autoops", 49).is_ok());
        assert!(dns_label("autoops-prod-1", 49).is_ok());
        for bad in ["", "-a", "a-", "A", "a_b", "a.b", &"a".repeat(50)] {
            assert!(dns_label(bad, 49).is_err(), "{bad}");
        }
    }
}
