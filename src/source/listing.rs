//! Lists the files of a workspace folder for loading: sorted, hidden files left out,
//! and nothing skipped in silence: a folder that cannot be read, a folder named like a
//! source file, and a symbolic link that leaves the workspace are each an error.

use crate::diagnostics::{Diagnostic, Location};
use crate::sources::{SourceMap, Unreadable};
use std::collections::BTreeSet;
use std::path::Path;

/// The files under a folder, relative to it, and the links refused.
#[derive(Debug, Default)]
pub struct Listing {
    pub files: BTreeSet<String>,
    /// Symbolic links that lead outside the workspace: never read.
    pub refused: BTreeSet<String>,
}

/// Source files are named by these extensions; a folder so named is a mistake.
const SOURCE_EXTENSIONS: &[&str] = &["md", "yaml", "yml", "ftl"];

/// Lists `dir` (workspace-relative) under `root`; problems go to `sources`' failures.
pub fn list(root: &Path, dir: &str, sources: &SourceMap) -> Listing {
    let base = root.join(dir);
    let mut listing = Listing::default();
    // A folder that is not there has nothing to list (a workspace without `locales/`).
    if std::fs::symlink_metadata(&base).is_err() {
        return listing;
    }
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    // The folder itself may be a link (a course shared between workspaces) only when
    // it stays inside the workspace.
    if !base.canonicalize().is_ok_and(|b| b.starts_with(&canonical_root)) {
        sources.fail(
            Diagnostic::error("symlink-outside", Location::file(dir), "this folder leads outside the workspace")
                .help("copy its files into the workspace instead"),
        );
        return listing;
    }
    for entry in walkdir::WalkDir::new(&base).sort_by_file_name() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let at = e.path().map_or_else(|| dir.to_string(), |p| relative(root, p));
                let reason = e.io_error().map_or_else(|| e.to_string(), |io| io.to_string());
                sources.fail(
                    Diagnostic::error(
                        "unreadable",
                        Location::file(at),
                        format!("this folder cannot be read: {reason}"),
                    )
                    .help("check its permissions"),
                );
                continue;
            }
        };
        let rel = relative(&base, entry.path());
        if rel.is_empty() || rel.split('/').any(|part| part.starts_with('.')) {
            continue;
        }
        let in_workspace = format!("{dir}/{rel}");
        if entry.path_is_symlink() {
            if !entry.path().canonicalize().is_ok_and(|t| t.starts_with(&canonical_root)) {
                sources.fail(
                    Diagnostic::error(
                        "symlink-outside",
                        Location::file(in_workspace),
                        "this symbolic link leads outside the workspace",
                    )
                    .help("copy the file into the workspace instead"),
                );
                listing.refused.insert(rel);
                continue;
            }
            if entry.path().is_file() {
                listing.files.insert(rel);
            }
        } else if entry.file_type().is_file() {
            listing.files.insert(rel);
        } else if entry.file_type().is_dir()
            && entry.path().extension().is_some_and(|x| SOURCE_EXTENSIONS.iter().any(|e| x == *e))
        {
            sources.fail(Unreadable::Folder.diagnostic(&in_workspace));
        }
    }
    listing
}

/// Whether the folder and file names of a course path (module folders, lesson stems)
/// may become page addresses and element ids; each one that may not is an error.
pub fn names_are_safe(file: &str, parts: &[&str], out: &mut Vec<Diagnostic>) -> bool {
    let mut safe = true;
    for part in parts {
        let name = part.strip_suffix(".md").or_else(|| part.strip_suffix(".yaml")).unwrap_or(part);
        let name = name.split('.').next().unwrap_or(name);
        if !crate::source::attrs::is_safe_id(name) {
            out.push(
                Diagnostic::error(
                    "file-name",
                    Location::file(file),
                    format!("`{part}` cannot name a page: module folders and lessons are named with letters, digits, `-` and `_`"),
                )
                .help(format!("rename it `{}`", part.replacen(name, &crate::source::attrs::safe_id_for(name), 1))),
            );
            safe = false;
        }
    }
    safe
}

/// `path` relative to `base`, with `/` separators.
pub fn relative(base: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_files_are_left_out_and_a_folder_named_like_a_lesson_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let course = dir.path().join("curricula/c");
        std::fs::create_dir_all(course.join("m/x.md")).unwrap();
        std::fs::create_dir_all(course.join(".git")).unwrap();
        std::fs::write(course.join(".git/HEAD"), "x").unwrap();
        std::fs::write(course.join("m/a.md"), "x").unwrap();
        let sources = SourceMap::default();
        let listing = list(dir.path(), "curricula/c", &sources);
        assert_eq!(listing.files.into_iter().collect::<Vec<_>>(), vec!["m/a.md"]);
        let failures = sources.take_failures();
        assert_eq!(failures.len(), 1);
        assert_eq!(failures[0].location.file, "curricula/c/m/x.md");
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_that_is_a_link_out_of_the_workspace_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let ws = dir.path().join("ws");
        std::fs::create_dir_all(ws.join("curricula")).unwrap();
        std::fs::create_dir_all(dir.path().join("elsewhere")).unwrap();
        std::fs::write(dir.path().join("elsewhere/course.yaml"), "title: X\n").unwrap();
        std::os::unix::fs::symlink(dir.path().join("elsewhere"), ws.join("curricula/c")).unwrap();
        let sources = SourceMap::default();
        assert!(list(&ws, "curricula/c", &sources).files.is_empty());
        assert_eq!(sources.take_failures()[0].code, "symlink-outside");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_workspace_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let ws = dir.path().join("ws");
        std::fs::create_dir_all(ws.join("curricula/c")).unwrap();
        std::fs::write(dir.path().join("secret.md"), "x").unwrap();
        std::os::unix::fs::symlink(dir.path().join("secret.md"), ws.join("curricula/c/s.md")).unwrap();
        let sources = SourceMap::default();
        let listing = list(&ws, "curricula/c", &sources);
        assert!(listing.files.is_empty());
        assert!(listing.refused.contains("s.md"));
        assert_eq!(sources.take_failures()[0].code, "symlink-outside");
    }
}
