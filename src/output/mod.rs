//! What a build produces: files as bytes, the search index, and the writer that puts
//! them in the output folder without losing anything.

pub mod guard;
pub mod search;
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
