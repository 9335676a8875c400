//! The kit as a deterministic zip: one top-level folder named after the kit, entries
//! sorted, fixed timestamps and permissions, no absolute or parent paths; and the
//! manifest that lists every file with its SHA-256.

use serde::Serialize;
use std::io::Write;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::hashing::sha256;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ManifestFile {
    pub path: String,
    pub bytes: usize,
    pub sha256: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Manifest {
    pub course: String,
    pub region: String,
    pub locale: String,
    pub glocal_version: &'static str,
    /// SHA-256 over every source file of the workspace, path and bytes, in path order.
    pub source_hash: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub git_commit: Option<String>,
    /// The region's adaptation share in percent; `None` for `global`.
    pub adaptation_share: Option<f64>,
    /// Share of the words shown in the kit's language, in percent.
    pub translation_coverage: f64,
    pub files: Vec<ManifestFile>,
}

impl Manifest {
    pub fn list(files: &[(String, Vec<u8>)]) -> Vec<ManifestFile> {
        files
            .iter()
            .map(|(path, bytes)| ManifestFile { path: path.clone(), bytes: bytes.len(), sha256: sha256(bytes) })
            .collect()
    }
}

/// Zips `files` (paths relative to the kit folder) under `folder/`, sorted by path; an
/// empty `folder` puts them at the zip's root (an LMS package's manifest must be there).
pub fn zip(folder: &str, files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut sorted: Vec<&(String, Vec<u8>)> = files.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let mut writer = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        // The fastest level: kits are mostly HTML, which compresses well at any level.
        .compression_level(Some(1))
        .last_modified_time(DateTime::DEFAULT)
        .unix_permissions(0o644);
    for (path, bytes) in sorted {
        debug_assert!(!path.starts_with('/') && !path.split('/').any(|p| p == ".."));
        let name = if folder.is_empty() { path.clone() } else { format!("{folder}/{path}") };
        writer.start_file(name, options).expect("writing a zip in memory");
        writer.write_all(bytes).expect("writing a zip in memory");
    }
    writer.finish().expect("writing a zip in memory").into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn files() -> Vec<(String, Vec<u8>)> {
        vec![("b/two.txt".into(), b"two".to_vec()), ("a.txt".into(), b"one".to_vec())]
    }

    #[test]
    fn a_zip_is_byte_identical_however_its_files_are_ordered() {
        let mut reversed = files();
        reversed.reverse();
        assert_eq!(zip("kit", &files()), zip("kit", &reversed));
    }

    #[test]
    fn entries_are_sorted_under_one_folder_with_fixed_times_and_permissions() {
        let bytes = zip("kit", &files());
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let names: Vec<String> =
            (0..archive.len()).map(|i| archive.by_index(i).unwrap().name().unwrap().to_string()).collect();
        assert_eq!(names, ["kit/a.txt", "kit/b/two.txt"]);
        let mut entry = archive.by_index(1).unwrap();
        assert_eq!(entry.unix_mode(), Some(0o100644));
        assert_eq!(entry.last_modified(), Some(DateTime::DEFAULT));
        let mut text = String::new();
        entry.read_to_string(&mut text).unwrap();
        assert_eq!(text, "two");
    }
}
