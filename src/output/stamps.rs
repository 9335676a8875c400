//! The sources as they stand before a build reads them: every file a build may read,
//! with its size and modification time, and what else the listing found. The no-op
//! fingerprint and the build cache are both keyed by this one listing.

use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::UNIX_EPOCH;

/// The folders and files of a workspace that a build reads.
const SOURCES: &[&str] = &["glocal.yaml", "curricula", "locales", "themes", "trainers.yaml", "cohorts", "results"];

/// What a listing of the sources found: the files a build may read (workspace-relative
/// with `/`), and what else is there (folders, entries that could not be listed) as
/// marks, which the fingerprint counts: a new course folder or a broken link changes
/// what a build says even when no file changed.
#[derive(Default)]
struct Listing {
    files: Vec<String>,
    marks: Vec<String>,
}

/// Every source a build may read, files and the rest, in name order.
fn source_files(root: &Path) -> Listing {
    // Each course folder is listed on its own, in parallel: they hold most files.
    let courses = |source: &&str| -> Vec<std::path::PathBuf> {
        let dir = root.join(source);
        let mut inside: Vec<_> = match (*source == "curricula", std::fs::read_dir(&dir)) {
            (true, Ok(entries)) => entries.filter_map(Result::ok).map(|e| e.path()).collect(),
            _ => return vec![dir],
        };
        inside.sort();
        inside
    };
    let tops: Vec<std::path::PathBuf> = SOURCES.iter().flat_map(courses).collect();
    let relative = |path: &Path| {
        let rel = path.strip_prefix(root).unwrap_or(path);
        rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
    };
    let found: Vec<(bool, String)> = tops
        .par_iter()
        // Through linked folders, as the loader reads them (walkdir stops at a loop).
        .flat_map_iter(|top| walkdir::WalkDir::new(top).follow_links(true).sort_by_file_name())
        .map(|entry| match entry {
            Ok(e) if !e.file_type().is_dir() => (true, relative(e.path())),
            Ok(e) => (false, format!("folder {} {:?}", relative(e.path()), stamp(e.path()))),
            Err(e) => (false, format!("unlisted {e}")),
        })
        .collect();
    let mut listing = Listing::default();
    for (file, name) in found {
        if file { listing.files.push(name) } else { listing.marks.push(name) }
    }
    listing
}

/// A file's size and modification time in nanoseconds, through links.
pub fn stamp(path: &Path) -> Option<(u64, u128)> {
    of(&std::fs::metadata(path).ok()?)
}

/// The stamp of a file whose metadata is at hand (an open file's, say).
pub fn of(m: &std::fs::Metadata) -> Option<(u64, u128)> {
    Some((m.len(), m.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_nanos()))
}

/// The stamps of every source file before a build reads any: a file whose stamp
/// differs once the build is done changed while it was read.
pub struct Before {
    files: BTreeMap<String, (u64, u128)>,
    /// Folders, entries that could not be listed and files that could not be stamped
    /// (a broken link): not inputs to key, but the fingerprint counts them.
    marks: Vec<String>,
}

impl Before {
    pub fn take(root: &Path) -> Before {
        let listing = source_files(root);
        let stamped: Vec<(String, Option<(u64, u128)>)> =
            listing.files.into_par_iter().map(|rel| (rel.clone(), stamp(&root.join(&rel)))).collect();
        let mut before = Before { files: BTreeMap::new(), marks: listing.marks };
        for (rel, stamp) in stamped {
            match stamp {
                Some(s) => _ = before.files.insert(rel, s),
                None => before.marks.push(format!("unstamped {rel}")),
            }
        }
        before
    }

    /// Each file, workspace-relative, with its size and modification time, by name.
    pub fn stamps(&self) -> impl Iterator<Item = (&String, &(u64, u128))> {
        self.files.iter()
    }

    /// One file's stamp, if it was listed and stamped.
    pub fn stamp_of(&self, rel: &str) -> Option<(u64, u128)> {
        self.files.get(rel).copied()
    }

    /// What else the listing found, in the order found.
    pub fn marks(&self) -> impl Iterator<Item = &String> {
        self.marks.iter()
    }
}
