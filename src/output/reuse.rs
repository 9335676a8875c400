//! Incremental builds across runs. A build cache records, per course, a content hash of
//! everything its targets are made from (its folder under `curricula/`, every shared
//! source, the options and the glocal binary) and what its targets left: the files,
//! with their size and time, the translation coverage, the warnings and each region's
//! adaptation share. The next build takes a course whose hash is the same and whose
//! files are untouched as it is, without reading its translations or rendering it, and
//! takes its shares without counting them. Sources are hashed again only when their
//! size or time changed, as git's index does. Each file is keyed by its stamp before
//! the build read anything; a course rendered from a source that changed or appeared
//! since is left out of the cache the build leaves, and a shared source that did
//! leaves none. The cache is binary (postcard) after a line that names it.
//!
//! The cache names source files and coverage, which are staff matters, so it is kept
//! in the kits or LMS folder beside the site, never in the published site; a build
//! that writes neither renders everything.

use super::fingerprint;
use super::stamps::{Before, stamp};
use crate::diagnostics::{Diagnostic, Location, Severity};
use crate::l10n::coverage::Coverage;
use crate::overlay::share::{Known, Share};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// The cache's name in its folder.
pub const FILE: &str = ".glocal-cache";
/// Where builds before the binary cache kept theirs: removed with the cache.
const LEGACY: &str = ".glocal-cache.json";
/// What a cache file starts with: a file without it is not one.
const MAGIC: &[u8] = b"glocal build cache\n";
/// Bumped whenever what the cache holds changes meaning.
const FORMAT: u32 = 3;

/// The output folders a build writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Folder {
    Site,
    Kits,
    Lms,
}

/// One file a course's targets produced, as it stood after the build that wrote it.
/// Kept as a plain array: a large academy has a hundred thousand.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "(Folder, String, u64, u128)", into = "(Folder, String, u64, u128)")]
pub struct Output {
    pub folder: Folder,
    pub path: String,
    pub len: u64,
    pub modified: u128,
}

/// Where a build's folders are, for finding its files once it is done.
pub struct Locator {
    pub site: Option<PathBuf>,
    pub kits: Option<PathBuf>,
    pub lms: Option<PathBuf>,
}

impl Locator {
    /// A file of `folder` on disk; none for a folder the build did not write or a path
    /// that would leave it.
    pub fn locate(&self, folder: Folder, rel: &str) -> Option<PathBuf> {
        let dir = match folder {
            Folder::Site => &self.site,
            Folder::Kits => &self.kits,
            Folder::Lms => &self.lms,
        };
        dir.as_ref().filter(|_| super::guard::is_safe(rel)).map(|d| d.join(rel))
    }
}

impl From<(Folder, String, u64, u128)> for Output {
    fn from((folder, path, len, modified): (Folder, String, u64, u128)) -> Self {
        Output { folder, path, len, modified }
    }
}

impl From<Output> for (Folder, String, u64, u128) {
    fn from(o: Output) -> Self {
        (o.folder, o.path, o.len, o.modified)
    }
}

impl From<(u64, u128, String)> for Stamp {
    fn from((len, modified, sha256): (u64, u128, String)) -> Self {
        Stamp { len, modified, sha256 }
    }
}

impl From<Stamp> for (u64, u128, String) {
    fn from(s: Stamp) -> Self {
        (s.len, s.modified, s.sha256)
    }
}

/// What rendering one course left, kept to be replayed when it is taken as it is.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CourseRecord {
    pub key: String,
    pub outputs: Vec<Output>,
    pub coverage: Vec<Coverage>,
    pub warnings: Vec<KeptDiagnostic>,
    /// The adaptation share of each region but `global`.
    pub shares: BTreeMap<String, Share>,
}

/// A source file's stamp and the hash of its bytes, kept as a plain array.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "(u64, u128, String)", into = "(u64, u128, String)")]
struct Stamp {
    len: u64,
    modified: u128,
    sha256: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Cache {
    format: u32,
    /// The glocal version and binary, the options and the git commit.
    build: String,
    /// The workspace the cache was made for.
    root: String,
    sources: BTreeMap<String, Stamp>,
    courses: BTreeMap<String, CourseRecord>,
}

/// The content hashes of this build's inputs.
pub struct Inputs {
    build: String,
    root: String,
    /// The workspace folder, to stamp the sources again once they are read.
    dir: PathBuf,
    sources: BTreeMap<String, Stamp>,
    /// Per course folder, the hash of everything its targets are made from.
    keys: BTreeMap<String, String>,
}

/// What this build may take from the last one.
#[derive(Default)]
pub struct Reuse {
    /// The last build's records of courses whose inputs are the same, not yet checked
    /// against their files.
    same: BTreeMap<String, CourseRecord>,
    inputs: Option<Inputs>,
}

impl Reuse {
    /// Reads the cache in `dir` (if any) and hashes the inputs of a build of `root`
    /// described by `options`. A cache that cannot be read, or was made for another
    /// workspace, is ignored with a warning (returned), never trusted; one of another
    /// format (an older glocal's) is ignored without a word.
    pub fn open(dir: &Path, root: &Path, options: &str, before: &Before) -> (Reuse, Option<String>) {
        let path = dir.join(FILE);
        let root_name = std::fs::canonicalize(root)
            .or_else(|_| std::path::absolute(root))
            .unwrap_or_else(|_| root.to_path_buf())
            .display()
            .to_string();
        let (last, warning) = match std::fs::read(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (None, None),
            Err(e) => (None, Some(format!("{}: {e}", path.display()))),
            Ok(bytes) => match decode(&bytes) {
                Err(e) => (None, Some(format!("{} is not a glocal build cache ({e})", path.display()))),
                Ok(None) => (None, None),
                Ok(Some(c)) if c.root != root_name => {
                    (None, Some(format!("{} was made for another workspace ({})", path.display(), c.root)))
                }
                Ok(Some(c)) => (Some(c), None),
            },
        };
        let warning = warning.map(|w| format!("ignoring the build cache: {w}; this build renders every course"));
        let inputs = hash_inputs(root, &root_name, options, last.as_ref(), before);
        // Only the records of courses whose inputs are the same are worth keeping.
        let same = last
            .filter(|l| l.build == inputs.build)
            .map(|l| l.courses.into_iter().filter(|(c, r)| inputs.keys.get(c) == Some(&r.key)).collect())
            .unwrap_or_default();
        (Reuse { same, inputs: Some(inputs) }, warning)
    }

    /// The shares counted by the last build for each course whose inputs are the same.
    pub fn known(&self) -> Known {
        self.same.iter().map(|(course, r)| (course.clone(), r.shares.clone())).collect()
    }

    /// The record of a course that can be taken as the last build left it: same inputs,
    /// and every file still as written.
    pub fn reusable(&self, course: &str, at: &Locator) -> Option<&CourseRecord> {
        let record = self.same.get(course)?;
        record
            .outputs
            .par_iter()
            .all(|o| at.locate(o.folder, &o.path).is_some_and(|p| untouched(&p, o)))
            .then_some(record)
    }

    /// The cache this build leaves: `courses` as rendered or taken, each file stamped
    /// as it now stands in its folder.
    ///
    /// `read` is every source the build read, with its stamp as read. A course rendered
    /// from a source that is not as it was when the build keyed it (changed, or created
    /// since) is left out, so that the next build renders it again; when a shared
    /// source is, nothing is recorded.
    pub fn finish(self, courses: Vec<Made>, at: &Locator, read: &[(String, (u64, u128))]) -> Option<Cache> {
        let inputs = self.inputs?;
        let rendered: HashSet<&str> = courses.iter().filter(|c| !c.taken).map(|c| c.course.as_str()).collect();
        let mut changed = changed_while_read(&inputs, &rendered);
        changed.extend(read_since(read, |rel| inputs.sources.get(rel).map(|s| (s.len, s.modified))));
        if changed.contains(&None) {
            // A shared source changed under the build: nothing it made is vouched for.
            return None;
        }
        let mut last = self.same;
        let courses = courses
            .into_iter()
            .filter(|c| !changed.contains(&Some(c.course.clone())))
            .filter_map(|c| {
                let key = inputs.keys.get(&c.course)?.clone();
                // A course taken as it was keeps its files' stamps, checked when taken.
                if let Some(record) = last.remove(&c.course).filter(|r| c.taken && r.key == key) {
                    return Some((c.course, record));
                }
                let outputs = c
                    .outputs
                    .into_par_iter()
                    .map(|(folder, path)| {
                        let (len, modified) = at.locate(folder, &path).and_then(|p| stamp(&p)).unwrap_or_default();
                        Output { folder, path, len, modified }
                    })
                    .collect();
                let warnings = c.warnings.iter().map(KeptDiagnostic::from).collect();
                Some((c.course, CourseRecord { key, outputs, coverage: c.coverage, warnings, shares: c.shares }))
            })
            .collect();
        Some(Cache { format: FORMAT, build: inputs.build, root: inputs.root, sources: inputs.sources, courses })
    }
}

/// One course as this build made or took it.
pub struct Made {
    pub course: String,
    /// Taken from the last build as it was, not rendered.
    pub taken: bool,
    pub outputs: Vec<(Folder, String)>,
    pub coverage: Vec<Coverage>,
    pub warnings: Vec<Diagnostic>,
    /// The adaptation share of each region but `global`.
    pub shares: BTreeMap<String, Share>,
}

/// Writes `cache` into `dir` whole (aside, then renamed).
pub fn save(dir: &Path, cache: &Cache) -> std::io::Result<()> {
    let mut bytes = MAGIC.to_vec();
    bytes.extend(postcard::to_stdvec(cache).map_err(std::io::Error::other)?);
    super::writer::replace_own_file(dir, FILE, &bytes)
}

/// A cache as [`save`] wrote it; `None` for one of another format, which a new glocal
/// ignores without a word.
fn decode(bytes: &[u8]) -> Result<Option<Cache>, String> {
    let body = bytes.strip_prefix(MAGIC).ok_or("it does not begin as one")?;
    // The format comes first, so that a cache laid out otherwise is told apart before
    // it is read as this one.
    match postcard::take_from_bytes::<u32>(body) {
        Ok((format, _)) if format != FORMAT => Ok(None),
        _ => postcard::from_bytes(body).map(Some).map_err(|e| e.to_string()),
    }
}

/// Removes the cache from `dir` before a build moves files there: a build killed
/// while moving leaves no cache to trust, and the next renders everything.
pub fn forget(dir: &Path) {
    let _ = std::fs::remove_file(dir.join(FILE));
    let _ = std::fs::remove_file(dir.join(LEGACY));
}

/// Whether a file is as the build that wrote it left it (a link in its place is not).
fn untouched(path: &Path, o: &Output) -> bool {
    let Ok(m) = std::fs::symlink_metadata(path) else { return false };
    m.is_file() && super::stamps::of(&m) == Some((o.len, o.modified))
}

/// The courses with a source whose stamp is no longer the one taken before the build
/// read it (`None` for a shared source): what `read_since` cannot see of the files read
/// outside the source map (theme files, assets). Only the sources of `rendered` courses
/// and the shared ones are stamped again: the pages of a course taken as it was come from the
/// build that made them, under the key its files had then; a change to its files is
/// the next build's to find.
fn changed_while_read(inputs: &Inputs, rendered: &HashSet<&str>) -> HashSet<Option<String>> {
    inputs
        .sources
        .par_iter()
        .filter(|(rel, _)| course_of(rel).is_none_or(|c| rendered.contains(c)))
        .filter(|(rel, s)| stamp(&inputs.dir.join(rel)) != Some((s.len, s.modified)))
        .map(|(rel, _)| course_of(rel).map(String::from))
        .collect()
}

/// The courses (`None` for the shared sources) with a file in `read` whose stamp as
/// read is not its stamp `before` the build, or that `before` does not know: it was
/// created, or changed, after the build keyed its sources.
pub fn read_since(
    read: &[(String, (u64, u128))],
    before: impl Fn(&str) -> Option<(u64, u128)>,
) -> HashSet<Option<String>> {
    read.iter()
        .filter(|(rel, stamp)| before(rel) != Some(*stamp))
        .map(|(rel, _)| course_of(rel).map(String::from))
        .collect()
}

/// Hashes every source file, reusing the last hash of a file whose size and time are
/// unchanged, and derives each course's key. Each file keeps the stamp taken before the
/// build read it: one that changes while the build reads it is found when the build
/// ends (`changed_while_read`, `read_since`), and one that cannot be read gets a stamp
/// and a hash no file has, so that its course is rendered again next time.
fn hash_inputs(root: &Path, root_name: &str, options: &str, last: Option<&Cache>, before: &Before) -> Inputs {
    let commit = crate::kit::git_commit_at(root).unwrap_or_default();
    let build = format!("{FORMAT} {} {commit} {options}", fingerprint::of_build(root));
    // The files as listed before the build read them: one created since and read is
    // found when the build ends (`read_since`), and the next build lists it.
    let files: Vec<(&String, &(u64, u128))> = before.stamps().collect();
    let sources: BTreeMap<String, Stamp> = files
        .par_iter()
        .map(|&(rel, &(len, modified))| {
            let known = last.and_then(|c| c.sources.get(rel)).filter(|s| s.len == len && s.modified == modified);
            let sha256 = match known {
                Some(s) => s.sha256.clone(),
                None => match std::fs::read(root.join(rel)) {
                    Ok(bytes) => hex(&Sha256::digest(bytes)),
                    Err(_) => {
                        let unreadable = Stamp { len: 0, modified: 0, sha256: "unreadable".into() };
                        return (rel.to_string(), unreadable);
                    }
                },
            };
            (rel.to_string(), Stamp { len, modified, sha256 })
        })
        .collect();
    let mut shared = Sha256::new();
    shared.update(build.as_bytes());
    let mut courses: BTreeMap<&str, Sha256> = BTreeMap::new();
    for (rel, s) in &sources {
        let h = match course_of(rel) {
            Some(c) => courses.entry(c).or_default(),
            None => &mut shared,
        };
        h.update(rel.as_bytes());
        h.update([0]);
        h.update(s.sha256.as_bytes());
    }
    let shared = hex(&shared.finalize());
    let keys = courses
        .into_iter()
        .map(|(c, mut h)| {
            h.update(shared.as_bytes());
            (c.to_string(), hex(&h.finalize()))
        })
        .collect();
    Inputs { build, root: root_name.to_string(), dir: root.to_path_buf(), sources, keys }
}

/// The course folder a source file is in, if any.
fn course_of(rel: &str) -> Option<&str> {
    rel.strip_prefix("curricula/").and_then(|r| r.split_once('/')).map(|(c, _)| c)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A warning as the cache keeps it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KeptDiagnostic {
    code: String,
    message: String,
    file: String,
    line: usize,
    column: usize,
    len: usize,
    help: Option<String>,
}

impl From<&Diagnostic> for KeptDiagnostic {
    fn from(d: &Diagnostic) -> Self {
        KeptDiagnostic {
            code: d.code.to_string(),
            message: d.message.clone(),
            file: d.location.file.clone(),
            line: d.location.line,
            column: d.location.column,
            len: d.location.len,
            help: d.help.clone(),
        }
    }
}

impl KeptDiagnostic {
    /// The warning again, as the build that rendered the course reported it.
    pub fn warning(&self) -> Diagnostic {
        let location = Location::new(&self.file, self.line, self.column).with_len(self.len);
        let mut d = Diagnostic::warning(intern(&self.code), location, &self.message);
        d.severity = Severity::Warning;
        d.help = self.help.clone();
        d
    }
}

/// Diagnostic codes are `&'static str`: a code read back from the cache is kept once
/// per run (there are a few dozen).
fn intern(code: &str) -> &'static str {
    static CODES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut codes = CODES.get_or_init(Default::default).lock().expect("not poisoned");
    if let Some(c) = codes.get(code) {
        return c;
    }
    let leaked: &'static str = Box::leak(code.to_string().into_boxed_str());
    codes.insert(leaked);
    leaked
}

#[cfg(test)]
mod tests;
