//! Hex SHA-256, the one hash glocal writes: of a section's source (SPEC section 4, for
//! pins and translation stamps) and of files (kit manifests).

use sha2::{Digest, Sha256};

/// Hex SHA-256 of bytes.
pub fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Hex SHA-256 of a section's source text with LF line endings.
pub fn hash(text: &str) -> String {
    sha256(text.replace("\r\n", "\n").as_bytes())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_section_hash_does_not_depend_on_line_endings() {
        assert_eq!(super::hash("a\r\nb\n"), super::hash("a\nb\n"));
        assert_eq!(super::sha256(b""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
