//! Writes a build into the output folder without losing anything (SPEC section 6):
//! only files whose bytes changed are written, each whole or not at all (written
//! aside, then renamed); only files glocal wrote before and no longer produces are
//! deleted; everything else there (a CNAME, a .git, a user's own page) is kept, and a
//! file glocal did not write is never overwritten. A lock keeps two builds from
//! interleaving, and a journal of every path about to be written lets the next build
//! finish the job of one that was killed.

use super::OutputFile;
use super::guard;
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use super::guard::check_out_dir;

/// The record of what glocal wrote, kept in the output folder.
pub const RECORD: &str = ".glocal-written";
/// Paths a build is writing, appended before each write: what a killed build leaves.
const JOURNAL: &str = ".glocal-journal";
/// Held while a build writes, so that a second build waits instead of interleaving.
const LOCK: &str = ".glocal-lock";
/// Where files are written before they are renamed into place.
const STAGING: &str = ".glocal-staging";
/// The record being replaced, before it is renamed over the old one.
const RECORD_ASIDE: &str = ".glocal-written.new";

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

/// Why nothing, or not everything, could be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// Files in the output folder that glocal did not write: a usage problem.
    #[error(
        "{} holds {} that glocal did not write and would overwrite: {}{}\n  move {} away, or choose another --out",
        .out.display(),
        if .paths.len() == 1 { "a file" } else { "files" },
        .paths.iter().take(5).cloned().collect::<Vec<_>>().join(", "),
        if .paths.len() > 5 { format!(" and {} more", .paths.len() - 5) } else { String::new() },
        if .paths.len() == 1 { "it" } else { "them" }
    )]
    Foreign { out: PathBuf, paths: Vec<String> },
    /// A symbolic link inside the output folder where glocal would write through it.
    #[error("{} is a symbolic link; glocal never writes through a link in its output folder: remove it", .0.display())]
    Link(PathBuf),
    /// An input/output failure, with the file it happened to.
    #[error("could not write {}: {source}", .path.display())]
    Io { path: PathBuf, source: io::Error },
}

impl WriteError {
    /// Foreign files and links are the user's to move (exit 2); a failed write exits 1.
    pub fn is_usage(&self) -> bool {
        !matches!(self, WriteError::Io { .. })
    }
}

fn io_at(path: &Path) -> impl FnOnce(io::Error) -> WriteError + '_ {
    move |source| WriteError::Io { path: path.to_path_buf(), source }
}

/// An output folder locked for this build, with what glocal wrote there before. Files
/// are staged aside as they are rendered ([`Session::stage`]), then moved into place
/// together ([`Session::commit`]) or dropped ([`Session::abandon`]).
pub struct Session {
    out: PathBuf,
    /// Whether this session made the folder, so that abandoning it leaves none behind.
    created: bool,
    previous: BTreeSet<String>,
    staged: Mutex<Staged>,
    counter: AtomicUsize,
    _lock: File,
}

/// What staging found so far.
#[derive(Default)]
struct Staged {
    /// Every path this build produces, changed or not.
    produced: BTreeSet<String>,
    /// Changed files: their path and their name in the staging folder.
    moves: Vec<(String, usize)>,
    unchanged: usize,
    /// Files in the way that glocal did not write.
    foreign: Vec<String>,
    /// Folders found to be real folders, not links.
    checked: std::collections::HashSet<String>,
    /// Files glocal wrote before that stand where this build needs a folder.
    blocking: BTreeSet<String>,
}

impl Session {
    /// Locks `out` (waiting for another build there to finish, after `waiting` is
    /// called once), and takes over the journal a killed build left.
    pub fn open(out: &Path, waiting: impl FnOnce()) -> Result<Session, WriteError> {
        guard::no_link_at(out, out)?;
        let created = !out.exists();
        std::fs::create_dir_all(out).map_err(io_at(out))?;
        // glocal's own files are never reached through a link someone put in their place.
        for own in [LOCK, RECORD, JOURNAL, STAGING, RECORD_ASIDE] {
            let path = out.join(own);
            if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
                std::fs::remove_file(&path).map_err(io_at(&path))?;
            }
        }
        let lock_path = out.join(LOCK);
        let lock =
            File::options().create(true).truncate(false).write(true).open(&lock_path).map_err(io_at(&lock_path))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                waiting();
                lock.lock().map_err(io_at(&lock_path))?;
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(io_at(&lock_path)(e)),
        }
        let staging = out.join(STAGING);
        if std::fs::symlink_metadata(&staging).is_ok() {
            remove_any(&staging).map_err(io_at(&staging))?;
        }
        let mut previous = read_list(&out.join(RECORD));
        let journal_path = out.join(JOURNAL);
        let left = read_list(&journal_path);
        if !left.is_empty() {
            previous.extend(left);
            write_record(out, &previous)?;
            let _ = std::fs::remove_file(&journal_path);
        }
        std::fs::create_dir(&staging).map_err(io_at(&staging))?;
        Ok(Session {
            out: out.to_path_buf(),
            created,
            previous,
            staged: Mutex::default(),
            counter: AtomicUsize::new(0),
            _lock: lock,
        })
    }

    /// Stages one file unless its path already holds these bytes. Nothing in the
    /// folder changes until [`Session::commit`].
    pub fn stage(&self, file: &OutputFile) -> Result<(), WriteError> {
        self.no_link_above(&file.path)?;
        let path = self.out.join(&file.path);
        if same_bytes(&path, &file.bytes) {
            let mut staged = self.staged.lock().expect("not poisoned");
            // A file of the user's that happens to hold these bytes stays theirs.
            if self.previous.contains(&file.path) {
                staged.produced.insert(file.path.clone());
            }
            staged.unchanged += 1;
            return Ok(());
        }
        if !self.previous.contains(&file.path) && std::fs::symlink_metadata(&path).is_ok() {
            let mut staged = self.staged.lock().expect("not poisoned");
            staged.foreign.push(file.path.clone());
            return Ok(());
        }
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let aside = self.out.join(STAGING).join(n.to_string());
        if let Err(e) = std::fs::write(&aside, &file.bytes) {
            let _ = std::fs::remove_file(&aside);
            return Err(WriteError::Io { path, source: e });
        }
        let mut staged = self.staged.lock().expect("not poisoned");
        staged.produced.insert(file.path.clone());
        staged.moves.push((file.path.clone(), n));
        Ok(())
    }

    /// Whether the last build recorded writing `path`.
    pub fn recorded(&self, path: &str) -> bool {
        self.previous.contains(path)
    }

    /// Takes files the last build wrote as this build's output, untouched: they stay on
    /// the record and are neither read nor written.
    pub fn keep<'p>(&self, paths: impl IntoIterator<Item = &'p str>) {
        let mut staged = self.staged.lock().expect("not poisoned");
        for path in paths.into_iter().filter(|p| self.previous.contains(*p)) {
            staged.produced.insert(path.to_string());
            staged.unchanged += 1;
        }
    }

    /// The output folder.
    pub fn dir(&self) -> &Path {
        &self.out
    }

    /// Refuses a link at any folder between the output folder and `rel`; each folder
    /// is looked at once per build.
    fn no_link_above(&self, rel: &str) -> Result<(), WriteError> {
        let mut parents: Vec<&str> = Vec::new();
        let mut at = rel;
        while let Some((parent, _)) = at.rsplit_once('/') {
            parents.push(parent);
            at = parent;
        }
        for parent in parents.into_iter().rev() {
            if self.staged.lock().expect("not poisoned").checked.contains(parent) {
                continue;
            }
            guard::no_link_at(&self.out, &self.out.join(parent))?;
            // A file where a folder is needed: glocal's own (a page that became a
            // folder) is removed before the files move; anyone else's stops the build.
            if std::fs::symlink_metadata(self.out.join(parent)).is_ok_and(|m| !m.is_dir()) {
                let mut staged = self.staged.lock().expect("not poisoned");
                if self.previous.contains(parent) {
                    staged.blocking.insert(parent.to_string());
                } else {
                    staged.foreign.push(parent.to_string());
                }
            }
            self.staged.lock().expect("not poisoned").checked.insert(parent.to_string());
        }
        Ok(())
    }

    /// Moves every staged file into place, deletes what glocal wrote before and this
    /// build no longer produces (with `prune`), records what is there, and releases the
    /// folder. A kill midway leaves the journal from which the next build finishes.
    pub fn commit(self, prune: bool) -> Result<WriteReport, WriteError> {
        if let Err(e) = self.ready() {
            self.abandon();
            return Err(e);
        }
        let staged = std::mem::take(&mut *self.staged.lock().expect("not poisoned"));
        for blocking in &staged.blocking {
            let path = self.out.join(blocking);
            std::fs::remove_file(&path).map_err(io_at(&path))?;
        }
        let journal_path = self.out.join(JOURNAL);
        let journal: String = staged.moves.iter().map(|(p, _)| format!("{p}\n")).collect();
        std::fs::write(&journal_path, journal).map_err(io_at(&journal_path))?;
        let staging = self.out.join(STAGING);
        staged.moves.par_iter().try_for_each(|(rel, n)| {
            let path = self.out.join(rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(io_at(parent))?;
            }
            std::fs::rename(staging.join(n.to_string()), &path).map_err(io_at(&path))
        })?;
        let written = staged.moves.len();
        let deleted = self.finish(staged.produced, prune)?;
        Ok(WriteReport { written, unchanged: staged.unchanged, deleted })
    }

    /// Whether everything staged can move into place: no file of anyone else's is in
    /// the way. Nothing changes in the folder either way.
    pub fn ready(&self) -> Result<(), WriteError> {
        let staged = self.staged.lock().expect("not poisoned");
        if staged.foreign.is_empty() {
            return Ok(());
        }
        let mut paths = staged.foreign.clone();
        paths.sort();
        paths.dedup();
        Err(WriteError::Foreign { out: self.out.clone(), paths })
    }

    /// A folder for work files inside the staging folder, removed with it.
    pub fn scratch(&self) -> PathBuf {
        self.out.join(STAGING).join("scratch")
    }

    /// Drops everything staged; the folder is as it was (and gone, if this made it).
    pub fn abandon(self) {
        let _ = std::fs::remove_dir_all(self.out.join(STAGING));
        if self.created && std::fs::read_dir(&self.out).is_ok_and(|d| d.count() == 1) {
            let _ = std::fs::remove_file(self.out.join(LOCK));
            let _ = std::fs::remove_dir(&self.out);
        }
    }

    /// Deletes what glocal wrote before and `current` no longer holds (with `prune`),
    /// records `current`, and releases the folder.
    fn finish(&self, current: BTreeSet<String>, prune: bool) -> Result<usize, WriteError> {
        let mut current = current;
        let mut deleted = 0;
        let stale: Vec<&String> = self.previous.iter().filter(|p| !current.contains(*p)).collect();
        for stale in stale {
            let path = self.out.join(stale);
            let is_file = std::fs::symlink_metadata(&path).is_ok_and(|m| !m.is_dir());
            if !prune {
                if is_file {
                    current.insert(stale.clone());
                }
                continue;
            }
            if is_file && guard::no_link_at(&self.out, path.parent().unwrap_or(&self.out)).is_ok() {
                std::fs::remove_file(&path).map_err(io_at(&path))?;
                deleted += 1;
                remove_empty_parents(&self.out, &path);
            }
        }
        write_record(&self.out, &current)?;
        let _ = std::fs::remove_file(self.out.join(JOURNAL));
        let _ = std::fs::remove_dir_all(self.out.join(STAGING));
        Ok(deleted)
    }
}

/// Writes `files` into `out`; with `prune: false` (a build narrowed to some targets)
/// nothing is deleted and the files of the targets not built stay on the record.
#[cfg(test)]
pub fn write_with(out: &Path, files: &[OutputFile], prune: bool) -> Result<WriteReport, WriteError> {
    write_waiting(out, files, prune, || {})
}

/// [`write_with`], calling `waiting` if another build holds the folder.
#[cfg(test)]
pub fn write_waiting(
    out: &Path,
    files: &[OutputFile],
    prune: bool,
    waiting: impl FnOnce(),
) -> Result<WriteReport, WriteError> {
    let session = Session::open(out, waiting)?;
    let staged: Result<(), WriteError> = files.par_iter().try_for_each(|f| session.stage(f));
    match staged {
        Ok(()) => session.commit(prune),
        Err(e) => {
            session.abandon();
            Err(e)
        }
    }
}

/// Whether the file at `path` (not a link) holds exactly `bytes`.
fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        && std::fs::read(path).is_ok_and(|old| old == bytes)
}

/// The paths of a record or journal; a line is only trusted inside the folder.
fn read_list(path: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(path)
        .map(|t| t.lines().filter(|l| guard::is_safe(l)).map(String::from).collect())
        .unwrap_or_default()
}

/// Whether the folder is as the last build left it: no build killed midway (no
/// journal, no staging) and every file on the record still there.
pub fn is_settled(out: &Path) -> bool {
    if out.join(JOURNAL).exists() || out.join(STAGING).exists() {
        return false;
    }
    let Ok(record) = std::fs::read_to_string(out.join(RECORD)) else { return false };
    let files: Vec<&str> = record.lines().filter(|l| guard::is_safe(l)).collect();
    files.par_iter().all(|p| std::fs::symlink_metadata(out.join(p)).is_ok_and(|m| m.is_file()))
}

/// Replaces one of glocal's own files in `out` whole (aside, then renamed), never
/// through a link put in its place.
pub fn replace_own_file(out: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let path = out.join(name);
    let aside = out.join(format!("{name}.new"));
    for p in [&path, &aside] {
        if std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink()) {
            std::fs::remove_file(p)?;
        }
    }
    std::fs::write(&aside, bytes)?;
    std::fs::rename(&aside, &path)
}

/// Replaces the record whole: written aside, then renamed.
fn write_record(out: &Path, paths: &BTreeSet<String>) -> Result<(), WriteError> {
    let record: String = paths.iter().map(|p| format!("{p}\n")).collect();
    let aside = out.join(RECORD_ASIDE);
    let path = out.join(RECORD);
    std::fs::write(&aside, record).and_then(|()| std::fs::rename(&aside, &path)).map_err(io_at(&path))
}

fn remove_any(path: &Path) -> io::Result<()> {
    if std::fs::symlink_metadata(path)?.is_dir() { std::fs::remove_dir_all(path) } else { std::fs::remove_file(path) }
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
mod tests;
