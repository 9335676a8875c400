//! Where a build's files go as they are rendered: into memory (`serve`, tests) or,
//! for `build`, staged beside the output folder's files at once, so that memory holds
//! only the targets being rendered, never the whole site.

use super::OutputFile;
use super::reuse::Folder;
use crate::render::pages::KitMode;
use std::sync::Mutex;

/// Takes a build's files as they are made, from any thread.
pub trait Sink: Sync {
    /// Called once before the first file, with where the kits go; an error (folders
    /// that overlap, say) stops the build as a usage error.
    fn begin(&self, kits: KitMode) -> Result<(), String>;
    /// Files of the site, in any order.
    fn site(&self, files: Vec<OutputFile>);
    /// A kit zip, by path relative to the kits folder.
    fn kit(&self, kit: OutputFile);
    /// An LMS package, by path relative to the LMS folder.
    fn lms(&self, package: OutputFile);
    /// A folder for a kit's work files (the pages Chromium prints for `--pdf`), inside
    /// the kits' output folder and gone when the build ends; none when kits are not
    /// written to a folder.
    fn scratch(&self) -> Option<std::path::PathBuf> {
        None
    }
    /// Files the last build wrote that this one takes as they are (a course whose
    /// inputs did not change): still this build's output, neither read nor written.
    /// Keeps none and says no unless every one is on its folder's record.
    fn keep(&self, _outputs: &[(Folder, &str)]) -> bool {
        false
    }
    /// Where each folder's files are on disk, when the sink writes to disk.
    fn locator(&self) -> Option<super::reuse::Locator> {
        None
    }
    /// The folder the build cache is kept in, when the sink writes one beside the site
    /// and kits go as `kits` says: known before `begin`, so that the cache can be read
    /// while the workspace loads.
    fn cache_dir(&self, _kits: KitMode) -> Option<std::path::PathBuf> {
        None
    }
}

/// Keeps every file in memory, sorted when taken.
#[derive(Default)]
pub struct Collect {
    files: Mutex<Vec<OutputFile>>,
    kits: Mutex<Vec<OutputFile>>,
    lms: Mutex<Vec<OutputFile>>,
}

impl Collect {
    /// The site's files and the kits, each sorted by path.
    pub fn take(self) -> (Vec<OutputFile>, Vec<OutputFile>) {
        let mut files = self.files.into_inner().expect("not poisoned");
        let mut kits = self.kits.into_inner().expect("not poisoned");
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files.dedup_by(|a, b| a.path == b.path);
        kits.sort_by(|a, b| a.path.cmp(&b.path));
        (files, kits)
    }
}

impl Sink for Collect {
    fn begin(&self, _: KitMode) -> Result<(), String> {
        Ok(())
    }

    fn site(&self, files: Vec<OutputFile>) {
        self.files.lock().expect("not poisoned").extend(files);
    }

    fn kit(&self, kit: OutputFile) {
        self.kits.lock().expect("not poisoned").push(kit);
    }

    fn lms(&self, package: OutputFile) {
        self.lms.lock().expect("not poisoned").push(package);
    }
}

/// Takes nothing: for a build whose sources already have errors, which renders only
/// to report every problem at once.
pub struct Discard;

impl Sink for Discard {
    fn begin(&self, _: KitMode) -> Result<(), String> {
        Ok(())
    }

    fn site(&self, _: Vec<OutputFile>) {}

    fn kit(&self, _: OutputFile) {}

    fn lms(&self, _: OutputFile) {}
}
