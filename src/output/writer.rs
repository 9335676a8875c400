//! Writes a build into the output folder without losing anything (SPEC section 6):
//! only files whose bytes changed are written, only files glocal wrote before and no
//! longer produces are deleted, and everything else there (a CNAME, a .git) is kept.

use super::OutputFile;
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};

/// The record of what glocal wrote, kept in the output folder.
pub const RECORD: &str = ".glocal-written";

#[derive(Debug, Default, PartialEq, Eq)]
pub struct WriteReport {
    pub written: usize,
    pub unchanged: usize,
    pub deleted: usize,
}

impl WriteReport {
    pub fn add(&mut self, other: &WriteReport) {
        self.written += other.written;
        self.unchanged += other.unchanged;
        self.deleted += other.deleted;
    }
}

/// Refuses an output folder that is the workspace, holds it, or lies inside its sources.
pub fn check_out_dir(root: &Path, out: &Path) -> Result<(), String> {
    let root = absolute(root);
    let out = absolute(out);
    if root.starts_with(&out) {
        return Err(format!(
            "the output folder {} holds the workspace's sources; choose a folder such as {}",
            out.display(),
            root.join("public").display()
        ));
    }
    for sources in ["curricula", "locales", "themes"] {
        if out.starts_with(root.join(sources)) {
            return Err(format!("the output folder {} is inside the workspace's {sources}/ folder", out.display()));
        }
    }
    Ok(())
}

/// An absolute, `..`-free path, resolving symbolic links of the part that exists.
fn absolute(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = abs.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name().map(|n| n.to_os_string()), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut resolved = existing.canonicalize().unwrap_or(existing);
    for name in rest.into_iter().rev() {
        resolved.push(name);
    }
    resolved
}

/// Writes `files`; with `prune: false` (a build narrowed to some targets) nothing is
/// deleted and the files of the targets not built stay on the record.
pub fn write_with(out: &Path, files: &[OutputFile], prune: bool) -> io::Result<WriteReport> {
    let previous: BTreeSet<String> = std::fs::read_to_string(out.join(RECORD))
        .map(|t| t.lines().filter(|l| is_safe(l)).map(String::from).collect())
        .unwrap_or_default();
    let mut report = WriteReport::default();
    // Files are independent, so they are compared and written in parallel.
    let changed: Vec<bool> = files.par_iter().map(|file| write_if_changed(out, file)).collect::<io::Result<_>>()?;
    report.written = changed.iter().filter(|c| **c).count();
    report.unchanged = changed.len() - report.written;
    let mut current: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    if !prune {
        current.extend(previous.iter().map(String::as_str).filter(|p| out.join(p).is_file()));
    }
    for stale in previous.iter().filter(|p| !current.contains(p.as_str())) {
        let path = out.join(stale);
        if path.is_file() {
            std::fs::remove_file(&path)?;
            report.deleted += 1;
            remove_empty_parents(out, &path);
        }
    }
    let record: String = current.iter().map(|p| format!("{p}\n")).collect();
    std::fs::write(out.join(RECORD), record)?;
    Ok(report)
}

/// Writes one file unless it already holds these bytes; true when it wrote.
fn write_if_changed(out: &Path, file: &OutputFile) -> io::Result<bool> {
    let path = out.join(&file.path);
    if std::fs::metadata(&path).is_ok_and(|m| m.len() == file.bytes.len() as u64)
        && std::fs::read(&path).is_ok_and(|old| old == file.bytes)
    {
        return Ok(false);
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&path, &file.bytes)?;
    Ok(true)
}

/// A recorded path is only trusted when it stays inside the output folder.
fn is_safe(rel: &str) -> bool {
    !rel.is_empty()
        && !rel.starts_with('/')
        && !rel.split('/').any(|p| p == ".." || p.is_empty())
        && !rel.contains('\\')
}

fn remove_empty_parents(out: &Path, file: &Path) {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d == out || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(out: &Path, files: &[OutputFile]) -> io::Result<WriteReport> {
        write_with(out, files, true)
    }

    fn files(list: &[(&str, &str)]) -> Vec<OutputFile> {
        list.iter().map(|(p, b)| OutputFile::new(*p, b.as_bytes())).collect()
    }

    #[test]
    fn unchanged_files_are_not_rewritten_and_stale_ones_are_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        std::fs::write(out.join("CNAME"), "academy.example.com").unwrap();
        let first = write(out, &files(&[("a/index.html", "A"), ("b/index.html", "B")])).unwrap();
        assert_eq!(first, WriteReport { written: 2, unchanged: 0, deleted: 0 });
        let second = write(out, &files(&[("a/index.html", "A2")])).unwrap();
        assert_eq!(second, WriteReport { written: 1, unchanged: 0, deleted: 1 });
        assert!(!out.join("b").exists(), "the emptied folder is removed");
        assert_eq!(std::fs::read_to_string(out.join("CNAME")).unwrap(), "academy.example.com");
        let third = write(out, &files(&[("a/index.html", "A2")])).unwrap();
        assert_eq!(third, WriteReport { written: 0, unchanged: 1, deleted: 0 });
    }

    #[test]
    fn a_narrowed_build_deletes_nothing_and_keeps_the_others_on_record() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        write(out, &files(&[("sea/index.html", "S"), ("emea/index.html", "E")])).unwrap();
        let report = write_with(out, &files(&[("sea/index.html", "S2")]), false).unwrap();
        assert_eq!(report.deleted, 0);
        assert!(out.join("emea/index.html").is_file());
        let full = write(out, &files(&[("sea/index.html", "S2")])).unwrap();
        assert_eq!(full.deleted, 1, "a full build still removes what it no longer makes");
    }

    #[test]
    fn a_tampered_record_cannot_delete_outside_the_output_folder() {
        assert!(!is_safe("../etc/passwd"));
        assert!(!is_safe("/etc/passwd"));
        assert!(is_safe("course/global/en/index.html"));
    }

    #[test]
    fn an_output_folder_holding_the_sources_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("ws");
        std::fs::create_dir_all(root.join("curricula")).unwrap();
        assert!(check_out_dir(&root, &root).is_err());
        assert!(check_out_dir(&root, dir.path()).is_err());
        assert!(check_out_dir(&root, &root.join("curricula/x")).is_err());
        assert!(check_out_dir(&root, &root.join("public")).is_ok());
    }
}
