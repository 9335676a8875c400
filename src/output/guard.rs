//! Where a build may write: output folders that hold no sources and do not overlap,
//! recorded paths that stay inside their folder, and no symbolic link followed out of it.

use super::writer::WriteError;
use std::path::{Component, Path, PathBuf};

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
    for sources in ["curricula", "locales", "themes", "cohorts", "results"] {
        if out.starts_with(root.join(sources)) {
            return Err(format!("the output folder {} is inside the workspace's {sources}/ folder", out.display()));
        }
    }
    Ok(())
}

/// Refuses two output folders of which one holds the other: each keeps its own record
/// of what glocal wrote, and one build's clean-up must never delete the other's files.
pub fn check_apart(first: (&str, &Path), second: (&str, &Path)) -> Result<(), String> {
    let (a, b) = (absolute(first.1), absolute(second.1));
    if a.starts_with(&b) || b.starts_with(&a) {
        return Err(format!(
            "{} {} and {} {} overlap; give them folders side by side (kits go inside the site only with `kits_public: true` in glocal.yaml)",
            first.0,
            first.1.display(),
            second.0,
            second.1.display()
        ));
    }
    Ok(())
}

/// An absolute, `..`-free path, resolving symbolic links of the part that exists.
pub fn absolute(path: &Path) -> PathBuf {
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
        match name.to_str() {
            Some("..") => {
                resolved.pop();
            }
            Some(".") => {}
            _ => resolved.push(name),
        }
    }
    resolved
}

/// A recorded path is only trusted when it stays inside the output folder.
pub fn is_safe(rel: &str) -> bool {
    !rel.is_empty()
        && !rel.starts_with('/')
        && !rel.split('/').any(|p| p == ".." || p == "." || p.is_empty())
        && !rel.contains('\\')
        && Path::new(rel).components().all(|c| matches!(c, Component::Normal(_)))
}

/// Refuses a symbolic link at `path` or at any folder between `out` and it: writing
/// through one would put glocal's files (or delete them) outside the output folder.
/// The output folder itself may be a link: the user chose it.
pub fn no_link_at(out: &Path, path: &Path) -> Result<(), WriteError> {
    let Ok(rel) = path.strip_prefix(out) else { return Ok(()) };
    let mut at = out.to_path_buf();
    for part in rel.components() {
        at.push(part);
        match std::fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => return Err(WriteError::Link(at)),
            Ok(_) => {}
            Err(_) => break,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tampered_record_cannot_name_a_path_outside_the_output_folder() {
        assert!(!is_safe("../etc/passwd"));
        assert!(!is_safe("/etc/passwd"));
        assert!(!is_safe("a/./b"));
        assert!(!is_safe("a\\..\\b"));
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

    #[test]
    fn folders_of_which_one_holds_the_other_overlap() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("public");
        assert!(check_apart(("--out", &site), ("--kits-out", &site)).is_err());
        assert!(check_apart(("--out", &site), ("--kits-out", &site.join("kits"))).is_err());
        assert!(check_apart(("--out", &site.join("x/..")), ("--kits-out", &site)).is_err());
        assert!(check_apart(("--out", &site), ("--kits-out", &dir.path().join("kits"))).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_inside_the_output_folder_is_refused_but_the_folder_itself_may_be_one() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir_all(&out).unwrap();
        std::os::unix::fs::symlink(dir.path(), out.join("escape")).unwrap();
        assert!(matches!(no_link_at(&out, &out.join("escape/x/index.html")), Err(WriteError::Link(_))));
        assert!(no_link_at(&out, &out.join("course/index.html")).is_ok());
        let linked = dir.path().join("linked-out");
        std::os::unix::fs::symlink(&out, &linked).unwrap();
        assert!(no_link_at(&linked, &linked.join("course/index.html")).is_ok());
    }
}
