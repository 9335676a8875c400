//! What a build produces: files as bytes, the search index, and the writer that puts
//! them in the output folder without losing anything.

pub mod fingerprint;
pub mod guard;
pub mod reuse;
pub mod search;
pub mod sink;
pub mod staging;
pub mod stamps;
pub mod writer;

/// One output file, by `/`-separated path relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl OutputFile {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        OutputFile { path: path.into(), bytes: bytes.into() }
    }
}

/// A text cell for a CSV file a spreadsheet opens: text starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return would run as a formula there, so it gets a leading
/// `'`, which spreadsheets show as text (OWASP's advice for CSV injection).
/// A path as a URI reference: every byte but unreserved ones percent-encoded, so paths
/// in any script (or with spaces) resolve in sitemaps and LMS manifests alike.
pub fn url_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub fn spreadsheet_text(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}").into() } else { text.into() }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_cell_that_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() {
        assert_eq!(super::spreadsheet_text("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
        assert_eq!(super::spreadsheet_text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(super::spreadsheet_text("Coaching in practice"), "Coaching in practice");
    }
}
