//! The text of every source file a run reads, by workspace-relative path: read once,
//! with a byte-order mark dropped and CRLF made LF. A file that exists but cannot be
//! read (not UTF-8, no permission, a folder) is an error naming it, never a skip.

use crate::diagnostics::{Diagnostic, Location};
use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::Path;
use std::sync::{Arc, Mutex};

const BOM: char = '\u{feff}';

/// Source files read during a run.
#[derive(Default)]
pub struct SourceMap {
    files: Mutex<BTreeMap<String, Arc<str>>>,
    /// The SHA-256 of every file read, kept when its text is let go.
    digests: Mutex<BTreeMap<String, [u8; 32]>>,
    /// Why files that exist could not be read, reported once each.
    failures: Mutex<BTreeMap<String, Diagnostic>>,
    /// The size and time of every file as it was read (from the open file, so they
    /// are those of the text read), kept when its text is let go: the build cache
    /// holds them against the stamps it keyed the build by.
    stamps: Mutex<BTreeMap<String, (u64, u128)>>,
}

impl SourceMap {
    /// The file's text; `None` when it does not exist (quietly: callers look for
    /// optional files) or cannot be read (an error kept for [`SourceMap::take_failures`]).
    pub fn read(&self, root: &Path, rel: &str) -> Option<Arc<str>> {
        if let Some(text) = self.get(rel) {
            return Some(text);
        }
        match read_stamped(&root.join(rel)).and_then(|(t, stamp)| Ok((within_limits(rel, t)?, stamp))) {
            Ok((text, stamp)) => {
                if let Some(stamp) = stamp {
                    self.stamps.lock().expect("not poisoned").insert(rel.to_string(), stamp);
                }
                let text: Arc<str> = text.into();
                self.files.lock().expect("not poisoned").insert(rel.to_string(), text.clone());
                Some(text)
            }
            Err(Unreadable::Missing) => None,
            Err(problem) => {
                self.fail(problem.diagnostic(rel));
                None
            }
        }
    }

    /// The size and time of every file read so far, as it was read.
    pub fn stamps(&self) -> Vec<(String, (u64, u128))> {
        self.stamps.lock().expect("not poisoned").iter().map(|(k, v)| (k.clone(), *v)).collect()
    }

    /// Keeps a problem with a file found while listing folders.
    pub fn fail(&self, d: Diagnostic) {
        self.failures.lock().expect("not poisoned").entry(d.location.file.clone()).or_insert(d);
    }

    /// The read failures so far, each once, sorted by file.
    pub fn take_failures(&self) -> Vec<Diagnostic> {
        std::mem::take(&mut *self.failures.lock().expect("not poisoned")).into_values().collect()
    }

    /// The files that could not be read, so that their absence is not reported again.
    pub fn failed(&self) -> BTreeSet<String> {
        self.failures.lock().expect("not poisoned").keys().cloned().collect()
    }

    /// Replaces a file's text after it changed on disk (`serve`).
    pub fn set(&self, rel: &str, text: Arc<str>) {
        self.digests.lock().expect("not poisoned").remove(rel);
        self.files.lock().expect("not poisoned").insert(rel.to_string(), text);
    }

    /// Forgets the text of every file `which` names (keeping its digest); reading it
    /// again reads the disk.
    pub fn release(&self, which: impl Fn(&str) -> bool) {
        self.digest_all();
        self.files.lock().expect("not poisoned").retain(|path, _| !which(path));
    }

    /// Every file read that `which` names, by path in order, with the SHA-256 of its text.
    pub fn digests(&self, which: impl Fn(&str) -> bool) -> Vec<(String, [u8; 32])> {
        self.digest_all();
        let digests = self.digests.lock().expect("not poisoned");
        digests.iter().filter(|(k, _)| which(k)).map(|(k, v)| (k.clone(), *v)).collect()
    }

    /// Hashes the texts not hashed yet, once each.
    fn digest_all(&self) {
        let todo: Vec<(String, Arc<str>)> = {
            let known = self.digests.lock().expect("not poisoned");
            let files = self.files.lock().expect("not poisoned");
            files.iter().filter(|(k, _)| !known.contains_key(*k)).map(|(k, v)| (k.clone(), v.clone())).collect()
        };
        use rayon::prelude::*;
        let done: Vec<(String, [u8; 32])> = todo
            .into_par_iter()
            .map(|(k, v)| (k, <sha2::Sha256 as sha2::Digest>::digest(v.as_bytes()).into()))
            .collect();
        self.digests.lock().expect("not poisoned").extend(done);
    }

    pub fn get(&self, rel: &str) -> Option<Arc<str>> {
        self.files.lock().expect("not poisoned").get(rel).cloned()
    }

    /// The text to show under a diagnostic: a file read already, or read now unless it
    /// is a symbolic link (which may lead outside the workspace: never print it).
    pub fn for_snippet(&self, root: &Path, rel: &str) -> Option<String> {
        if let Some(text) = self.get(rel) {
            return Some(text.to_string());
        }
        let path = root.join(rel);
        let is_link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
        if is_link { None } else { read_text(&path).ok() }
    }
}

/// The largest Markdown source glocal reads: a lesson is read whole and parsed by
/// several passes, so a size bound is a memory bound. A whole course on one page of
/// Markdown rarely reaches a tenth of either.
pub const MAX_MARKDOWN_BYTES: usize = 1 << 20;
pub const MAX_MARKDOWN_LINES: usize = 100_000;

fn within_limits(rel: &str, text: String) -> Result<String, Unreadable> {
    let lines = text.bytes().filter(|&b| b == b'\n').count();
    if rel.ends_with(".md") && (text.len() > MAX_MARKDOWN_BYTES || lines > MAX_MARKDOWN_LINES) {
        return Err(Unreadable::TooLarge { bytes: text.len(), lines });
    }
    Ok(text)
}

/// Why a source file's text could not be had.
#[derive(Debug)]
pub enum Unreadable {
    Missing,
    Folder,
    TooLarge {
        bytes: usize,
        lines: usize,
    },
    /// Not UTF-8: the 1-based line and column (in characters) of the first bad byte.
    NotUtf8 {
        line: usize,
        column: usize,
    },
    Io(io::Error),
}

impl Unreadable {
    pub fn diagnostic(&self, rel: &str) -> Diagnostic {
        match self {
            Unreadable::Missing => Diagnostic::error("unreadable", Location::file(rel), "this file does not exist"),
            Unreadable::Folder => {
                Diagnostic::error("unreadable", Location::file(rel), "this is a folder where a file is expected")
                    .help("rename the folder, or move its contents into a file of that name")
            }
            Unreadable::NotUtf8 { line, column } => Diagnostic::error(
                "not-utf8",
                Location::new(rel, *line, *column),
                "this file is not UTF-8 text: the byte here is not valid UTF-8",
            )
            .help(
                "save the file as UTF-8 (editors call it \"UTF-8\" or \"Unicode\"; Latin-1 and Windows-1252 are not)",
            ),
            Unreadable::TooLarge { bytes, lines } => Diagnostic::error(
                "too-large",
                Location::file(rel),
                format!(
                    "this file is too large to be a lesson: {} KiB in {lines} lines (at most {} KiB and {MAX_MARKDOWN_LINES} lines)",
                    bytes / 1024,
                    MAX_MARKDOWN_BYTES / 1024
                ),
            )
            .help("split it into several lessons"),
            Unreadable::Io(e) => {
                Diagnostic::error("unreadable", Location::file(rel), format!("this file cannot be read: {e}"))
                    .help("check the file's permissions")
            }
        }
    }
}

/// Reads a source file as text: UTF-8 checked (with the place of the first bad byte),
/// a leading byte-order mark dropped, CRLF line endings made LF.
pub fn read_text(path: &Path) -> Result<String, Unreadable> {
    read_stamped(path).map(|(text, _)| text)
}

/// [`read_text`], with the file's size and modification time (nanoseconds since the
/// epoch) as it stood when opened.
fn read_stamped(path: &Path) -> Result<(String, Option<(u64, u128)>), Unreadable> {
    use std::io::Read;
    let unreadable = |e: io::Error| match e.kind() {
        io::ErrorKind::NotFound => Unreadable::Missing,
        io::ErrorKind::IsADirectory => Unreadable::Folder,
        _ if path.is_dir() => Unreadable::Folder,
        _ => Unreadable::Io(e),
    };
    let mut file = std::fs::File::open(path).map_err(unreadable)?;
    let meta = file.metadata().ok();
    let mut bytes = Vec::with_capacity(meta.as_ref().map_or(0, |m| m.len() as usize));
    file.read_to_end(&mut bytes).map_err(unreadable)?;
    Ok((text_of(bytes)?, meta.as_ref().and_then(crate::output::stamps::of)))
}

/// [`read_text`] on bytes already read.
pub fn text_of(bytes: Vec<u8>) -> Result<String, Unreadable> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
        Unreadable::NotUtf8 { line, column }
    })?;
    let text = match text.strip_prefix(BOM) {
        Some(rest) => rest.to_string(),
        None => text,
    };
    // A lone CR ends a line too (CommonMark), as old Mac editors write them.
    Ok(if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text })
}

/// Lines of a text at byte offsets asked for in increasing order, counted once: a
/// lesson with thousands of headings or references costs one pass, not one per item.
pub struct LineCounter<'a> {
    text: &'a str,
    at: usize,
    line: usize,
    first: usize,
}

impl<'a> LineCounter<'a> {
    /// Counts lines of `text`, whose first line is line `first` of its file.
    pub fn new(text: &'a str, first: usize) -> Self {
        LineCounter { text, at: 0, line: first, first }
    }

    /// The file line of byte `at`; an offset before the last one asked for starts over.
    pub fn line_at(&mut self, at: usize) -> usize {
        if at < self.at {
            (self.at, self.line) = (0, self.first);
        }
        self.line += self.text.as_bytes()[self.at..at].iter().filter(|&&b| b == b'\n').count();
        self.at = at;
        self.line
    }
}

/// Applies `edit` to a file's text as written, keeping a leading byte-order mark: for
/// commands that write into source files (`pin`, `l10n stamp`).
pub fn edit_keeping_bom(text: &str, edit: impl FnOnce(&str) -> Option<String>) -> Option<String> {
    match text.strip_prefix(BOM) {
        Some(rest) => edit(rest).map(|new| format!("{BOM}{new}")),
        None => edit(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_carriage_return_ends_a_line() {
        assert_eq!(text_of(b"# A\r# B\r\nbody\r".to_vec()).unwrap(), "# A\n# B\nbody\n");
    }

    #[test]
    fn a_byte_order_mark_is_dropped_and_crlf_made_lf() {
        let text = text_of(b"\xEF\xBB\xBFtitle: A\r\nsummary: B\r\n".to_vec()).unwrap();
        assert_eq!(text, "title: A\nsummary: B\n");
    }

    #[test]
    fn a_latin1_byte_is_placed_at_its_line_and_column() {
        match text_of(b"---\ntitle: Caf\xE9\n---\n".to_vec()) {
            Err(Unreadable::NotUtf8 { line, column }) => assert_eq!((line, column), (2, 11)),
            other => panic!("expected NotUtf8, got {other:?}"),
        }
    }

    #[test]
    fn a_missing_file_is_quiet_and_an_unreadable_one_is_reported_once() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("x.md")).unwrap();
        std::fs::write(dir.path().join("bad.md"), b"\xFF").unwrap();
        let map = SourceMap::default();
        assert!(map.read(dir.path(), "none.md").is_none());
        assert!(map.read(dir.path(), "x.md").is_none());
        assert!(map.read(dir.path(), "bad.md").is_none());
        assert!(map.read(dir.path(), "bad.md").is_none());
        let failures = map.take_failures();
        let codes: Vec<(&str, &str)> = failures.iter().map(|d| (d.location.file.as_str(), d.code)).collect();
        assert_eq!(codes, vec![("bad.md", "not-utf8"), ("x.md", "unreadable")]);
    }

    #[test]
    fn lines_are_counted_forward_and_from_the_start_when_asked_for_an_earlier_byte() {
        let mut lines = LineCounter::new("a\nb\nc\n", 10);
        assert_eq!((lines.line_at(0), lines.line_at(2), lines.line_at(5), lines.line_at(3)), (10, 11, 12, 11));
    }

    #[test]
    fn a_markdown_file_past_the_limits_is_refused_and_other_files_are_not() {
        let lines = "a\n".repeat(MAX_MARKDOWN_LINES + 1);
        assert!(matches!(within_limits("c/m/l.md", lines.clone()), Err(Unreadable::TooLarge { .. })));
        assert!(within_limits("c/locales/en/x.ftl", lines).is_ok());
        assert!(within_limits("c/m/l.md", "a\n".repeat(1000)).is_ok());
    }

    #[test]
    fn an_edit_keeps_the_byte_order_mark() {
        let edited = edit_keeping_bom("\u{feff}---\na: 1\n---\n", |t| {
            assert!(t.starts_with("---"));
            Some(t.replace("a: 1", "a: 2"))
        });
        assert_eq!(edited.as_deref(), Some("\u{feff}---\na: 2\n---\n"));
    }
}
