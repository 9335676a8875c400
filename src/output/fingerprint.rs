//! Whether a build can be skipped: a fingerprint of everything a build reads (the
//! sources glocal reads, by path, size and modification time; the options; the glocal
//! binary; the git commit the manifests name) kept in each output folder after a good
//! build. When it matches, nothing was killed midway and every recorded file is still
//! there, the folders already hold what a build would write.

use super::stamps::Before;
use super::writer;
use sha2::{Digest, Sha256};
use std::path::Path;

/// Kept in each output folder after a good build.
pub const FILE: &str = ".glocal-fingerprint";

/// The fingerprint of a build of `root` with `options` (the command line as given),
/// whose source files had the stamps `sources` before it read any.
pub fn of(root: &Path, options: &str, sources: &Before) -> String {
    let mut hash = Sha256::new();
    hash.update(of_build(root).as_bytes());
    hash.update(options.as_bytes());
    for (rel, (len, modified)) in sources.stamps() {
        hash.update(rel.as_bytes());
        hash.update([0]);
        hash.update(len.to_le_bytes());
        hash.update(modified.to_le_bytes());
    }
    for mark in sources.marks() {
        hash.update(mark.as_bytes());
        hash.update([0]);
    }
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// What a build depends on besides its sources and options: the glocal version and
/// binary, and the git commit its manifests name.
pub fn of_build(root: &Path) -> String {
    let mut hash = Sha256::new();
    hash.update(env!("CARGO_PKG_VERSION").as_bytes());
    if let Ok(exe) = std::env::current_exe() {
        stamp(&mut hash, "glocal", &exe);
    }
    for git in [".git/HEAD", ".git/packed-refs"] {
        stamp(&mut hash, git, &root.join(git));
    }
    if let Ok(head) = std::fs::read_to_string(root.join(".git/HEAD"))
        && let Some(reference) = head.trim().strip_prefix("ref: ")
    {
        stamp(&mut hash, reference, &root.join(".git").join(reference));
    }
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn stamp(hash: &mut Sha256, name: &str, path: &Path) {
    hash.update(name.as_bytes());
    hash.update([0]);
    // Through a link to the file it names: editing a linked lesson changes the build.
    let m = std::fs::metadata(path).or_else(|_| std::fs::symlink_metadata(path));
    if let Some((len, modified)) = m.ok().as_ref().and_then(super::stamps::of) {
        hash.update(len.to_le_bytes());
        hash.update(modified.to_le_bytes());
    }
    hash.update([0xff]);
}

/// What a good build left in its site folder.
#[derive(Debug, PartialEq)]
pub struct Last {
    pub fingerprint: String,
    pub warnings: usize,
    /// The kits folder beside the site it wrote, if any.
    pub kits: Option<std::path::PathBuf>,
}

/// Whether the last good build into `site` had `fingerprint`, and its folders are
/// still as it left them: then a build would write nothing new.
pub fn unchanged_since(site: &Path, fingerprint: &str) -> Option<Last> {
    // The fingerprints first: checking that a folder is settled looks at every file.
    let last = read(site).filter(|l| l.fingerprint == fingerprint)?;
    let kits_settled = last.kits.as_ref().is_none_or(|k| settled_with(k, fingerprint));
    (kits_settled && writer::is_settled(site)).then_some(last)
}

/// Whether a folder the build also writes (the LMS packages) was last left by a good
/// build with this fingerprint, and is as it left it.
pub fn settled_with(dir: &Path, fingerprint: &str) -> bool {
    read(dir).is_some_and(|l| l.fingerprint == fingerprint) && writer::is_settled(dir)
}

/// The fingerprint file of a folder, settled or not.
fn read(out: &Path) -> Option<Last> {
    let text = std::fs::read_to_string(out.join(FILE)).ok()?;
    let mut parts = text.trim_end_matches('\n').splitn(3, ' ');
    let fingerprint = parts.next()?.to_string();
    let warnings = parts.next()?.parse().ok()?;
    let kits = parts.next().filter(|k| !k.is_empty()).map(std::path::PathBuf::from);
    Some(Last { fingerprint, warnings, kits })
}

/// Records a good build's fingerprint in `out` (and, for the site, where its kits went).
pub fn record(out: &Path, last: &Last) -> std::io::Result<()> {
    let kits = last.kits.as_ref().map_or(String::new(), |k| k.display().to_string());
    writer::replace_own_file(out, FILE, format!("{} {} {kits}\n", last.fingerprint, last.warnings).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A workspace with one course folder.
    fn workspace() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("curricula/c")).unwrap();
        std::fs::write(dir.path().join("glocal.yaml"), "title: T\n").unwrap();
        std::fs::write(dir.path().join("curricula/c/course.yaml"), "title: C\n").unwrap();
        dir
    }

    #[test]
    fn a_changed_source_or_option_changes_the_fingerprint_and_nothing_else_does() {
        let dir = workspace();
        let root = dir.path();
        let of = |options: &str| of(root, options, &Before::take(root));
        let first = of("build");
        std::fs::create_dir_all(root.join("public")).unwrap();
        std::fs::write(root.join("public/index.html"), "output").unwrap();
        assert_eq!(of("build"), first, "the output is not an input");
        assert_ne!(of("build --no-kits"), first);
        std::fs::write(root.join("curricula/c/course.yaml"), "title: Changed\n").unwrap();
        assert_ne!(of("build"), first);
        let edited = of("build");
        std::fs::write(root.join("curricula/c/new.md"), "").unwrap();
        assert_ne!(of("build"), edited, "a new file counts");
    }

    #[test]
    fn a_new_folder_or_a_broken_link_changes_the_fingerprint() {
        let dir = workspace();
        let root = dir.path();
        let of = || of(root, "build", &Before::take(root));
        let first = of();
        // A course folder without course.yaml is an error a build must report.
        std::fs::create_dir(root.join("curricula/empty")).unwrap();
        let with_folder = of();
        assert_ne!(with_folder, first, "a new folder counts");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("missing.md", root.join("curricula/c/x.md")).unwrap();
            assert_ne!(of(), with_folder, "a broken link counts");
        }
    }
}
