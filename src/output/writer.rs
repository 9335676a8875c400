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
use std::io::{self, Write};
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

/// An output folder locked for this build, with what glocal wrote there before.
pub struct Session {
    out: PathBuf,
    previous: BTreeSet<String>,
    journal: Mutex<File>,
    staged: AtomicUsize,
    _lock: File,
}

impl Session {
    /// Locks `out` (waiting for another build there to finish, after `waiting` is
    /// called once), and takes over the journal a killed build left.
    pub fn open(out: &Path, waiting: impl FnOnce()) -> Result<Session, WriteError> {
        guard::no_link_at(out, out)?;
        std::fs::create_dir_all(out).map_err(io_at(out))?;
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
        }
        std::fs::create_dir(&staging).map_err(io_at(&staging))?;
        let journal = File::create(&journal_path).map_err(io_at(&journal_path))?;
        Ok(Session {
            out: out.to_path_buf(),
            previous,
            journal: Mutex::new(journal),
            staged: AtomicUsize::new(0),
            _lock: lock,
        })
    }

    /// Refuses, before anything is written, files glocal did not write and links.
    pub fn preflight(&self, files: &[OutputFile]) -> Result<(), WriteError> {
        let mut dirs: BTreeSet<&str> = BTreeSet::new();
        for f in files {
            let mut at = f.path.as_str();
            while let Some((parent, _)) = at.rsplit_once('/') {
                if !dirs.insert(parent) {
                    break;
                }
                at = parent;
            }
        }
        // Sorted, so a folder is checked before anything below it.
        for dir in &dirs {
            guard::no_link_at(&self.out, &self.out.join(dir))?;
        }
        let foreign: Vec<String> = files
            .par_iter()
            .filter(|f| !self.previous.contains(&f.path))
            .filter(|f| is_foreign(&self.out.join(&f.path), &f.bytes))
            .map(|f| f.path.clone())
            .collect();
        if foreign.is_empty() { Ok(()) } else { Err(WriteError::Foreign { out: self.out.clone(), paths: foreign }) }
    }

    /// Writes one file unless it already holds these bytes; true when it wrote.
    pub fn write(&self, file: &OutputFile) -> Result<bool, WriteError> {
        let path = self.out.join(&file.path);
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file() && m.len() == file.bytes.len() as u64)
            && std::fs::read(&path).is_ok_and(|old| old == file.bytes)
        {
            return Ok(false);
        }
        {
            let mut journal = self.journal.lock().expect("not poisoned");
            writeln!(journal, "{}", file.path).map_err(io_at(&self.out.join(JOURNAL)))?;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io_at(parent))?;
        }
        let n = self.staged.fetch_add(1, Ordering::Relaxed);
        let staged = self.out.join(STAGING).join(n.to_string());
        let written = std::fs::write(&staged, &file.bytes).and_then(|()| std::fs::rename(&staged, &path));
        if let Err(e) = written {
            let _ = std::fs::remove_file(&staged);
            return Err(WriteError::Io { path, source: e });
        }
        Ok(true)
    }

    /// Deletes what glocal wrote before and `current` no longer holds (with `prune`),
    /// records `current`, and releases the folder.
    pub fn finish(self, current: BTreeSet<String>, prune: bool) -> Result<usize, WriteError> {
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
pub fn write_waiting(
    out: &Path,
    files: &[OutputFile],
    prune: bool,
    waiting: impl FnOnce(),
) -> Result<WriteReport, WriteError> {
    let session = Session::open(out, waiting)?;
    session.preflight(files)?;
    // Files are independent, so they are compared and written in parallel.
    let changed: Vec<bool> = files.par_iter().map(|f| session.write(f)).collect::<Result<_, _>>()?;
    let written = changed.iter().filter(|c| **c).count();
    let current = files.iter().map(|f| f.path.clone()).collect();
    let deleted = session.finish(current, prune)?;
    Ok(WriteReport { written, unchanged: changed.len() - written, deleted })
}

/// A file is foreign when something is at its path that glocal did not write and
/// that differs from what it would write (identical bytes lose nothing).
fn is_foreign(path: &Path, bytes: &[u8]) -> bool {
    match std::fs::symlink_metadata(path) {
        Err(_) => false,
        Ok(m) if m.is_file() => m.len() != bytes.len() as u64 || std::fs::read(path).map_or(true, |old| old != bytes),
        Ok(_) => true,
    }
}

/// The paths of a record or journal; a line is only trusted inside the folder.
fn read_list(path: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(path)
        .map(|t| t.lines().filter(|l| guard::is_safe(l)).map(String::from).collect())
        .unwrap_or_default()
}

/// Replaces the record whole: written aside, then renamed.
fn write_record(out: &Path, paths: &BTreeSet<String>) -> Result<(), WriteError> {
    let record: String = paths.iter().map(|p| format!("{p}\n")).collect();
    let aside = out.join(format!("{RECORD}.new"));
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
