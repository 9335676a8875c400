//! `build`'s sink: each file is staged in its output folder as soon as it is rendered
//! (memory holds only the targets in flight), and the folders change only when the
//! whole build is known to be good. The site and the kits folders each have their
//! own session and record; kits go inside the site only with `kits_public`.

use super::OutputFile;
use super::reuse::{Folder, Locator};
use super::sink::Sink;
use super::writer::{Session, WriteError, WriteReport};
use crate::render::pages::KitMode;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// Where a build writes, as the command line says.
pub struct Folders {
    pub root: PathBuf,
    pub site: PathBuf,
    /// `--kits-out`, when given.
    pub kits_out: Option<PathBuf>,
    pub kits_only: bool,
    /// Where LMS packages go (`lms/` in the workspace, or `--lms-out`); none with `--no-lms`.
    pub lms: Option<PathBuf>,
}

pub struct Staging {
    folders: Folders,
    site: OnceLock<Session>,
    kits: OnceLock<Session>,
    lms: OnceLock<Session>,
    /// Where kits went, once `begin` decided.
    plan: OnceLock<KitMode>,
    /// The first failure to stage a file; the build reports it and writes nothing.
    failed: Mutex<Option<WriteError>>,
    kit_count: AtomicUsize,
}

impl Staging {
    pub fn new(folders: Folders) -> Staging {
        Staging {
            folders,
            site: OnceLock::new(),
            kits: OnceLock::new(),
            lms: OnceLock::new(),
            plan: OnceLock::new(),
            failed: Mutex::new(None),
            kit_count: AtomicUsize::new(0),
        }
    }

    /// The kits folder beside the site, when the build writes one.
    pub fn kits_beside(&self) -> Option<PathBuf> {
        (self.plan.get() == Some(&KitMode::Elsewhere)).then(|| self.kits_dir())
    }

    /// How many kits the build made.
    pub fn kit_count(&self) -> usize {
        self.kit_count.load(Ordering::Relaxed)
    }

    /// The kits folder this build writes to.
    pub fn kits_dir(&self) -> PathBuf {
        match (&self.folders.kits_out, self.plan.get()) {
            (Some(dir), _) => dir.clone(),
            (None, Some(KitMode::Site)) => self.folders.site.join("kits"),
            (None, _) => self.folders.root.join("kits"),
        }
    }

    fn open(&self, dir: &Path, cell: &OnceLock<Session>) {
        let waiting = || eprintln!("waiting for the other glocal build writing to {} to finish", dir.display());
        match Session::open(dir, waiting) {
            Ok(session) => {
                let _ = cell.set(session);
            }
            Err(e) => self.fail(e),
        }
    }

    fn fail(&self, e: WriteError) {
        self.failed.lock().expect("not poisoned").get_or_insert(e);
    }

    fn stage(&self, cell: &OnceLock<Session>, file: &OutputFile) {
        if self.failed.lock().expect("not poisoned").is_some() {
            return;
        }
        if let Some(session) = cell.get()
            && let Err(e) = session.stage(file)
        {
            self.fail(e);
        }
    }

    /// The session a folder's files go to, and the prefix they take there (kits in
    /// the site go under `kits/`).
    fn place(&self, folder: Folder) -> Option<(&Session, &'static str)> {
        match (folder, self.plan.get()) {
            (Folder::Site, _) if !self.folders.kits_only => Some((self.site.get()?, "")),
            (Folder::Kits, Some(KitMode::Site)) => Some((self.site.get()?, "kits/")),
            (Folder::Kits, Some(KitMode::Elsewhere)) => Some((self.kits.get()?, "")),
            (Folder::Lms, _) => Some((self.lms.get()?, "")),
            _ => None,
        }
    }

    /// Drops everything staged: the folders are as they were.
    pub fn abandon(self) {
        for cell in [self.site, self.kits, self.lms] {
            if let Some(session) = cell.into_inner() {
                session.abandon();
            }
        }
    }

    /// Moves what was staged into place; `narrowed` builds delete nothing.
    /// Both folders are checked before either changes: a file in the way in one
    /// leaves the other untouched too.
    pub fn commit(self, narrowed: bool) -> Result<WriteReport, WriteError> {
        // Kits staged into the site alone (`--kits-only`) leave its pages where they are.
        let whole_site = !(self.folders.kits_only && self.plan.get() == Some(&KitMode::Site));
        let failed = self.failed.into_inner().expect("not poisoned");
        let sessions: Vec<(Session, bool)> =
            [(self.site.into_inner(), whole_site), (self.kits.into_inner(), true), (self.lms.into_inner(), true)]
                .into_iter()
                .filter_map(|(s, whole)| Some((s?, whole)))
                .collect();
        let problem = failed.map(Err).unwrap_or(Ok(())).and_then(|()| sessions.iter().try_for_each(|(s, _)| s.ready()));
        if let Err(e) = problem {
            sessions.into_iter().for_each(|(s, _)| s.abandon());
            return Err(e);
        }
        let mut report = WriteReport::default();
        let mut left = sessions.into_iter();
        while let Some((session, whole)) = left.next() {
            match session.commit(whole && !narrowed) {
                Ok(r) => report.add(&r),
                Err(e) => {
                    left.for_each(|(s, _)| s.abandon());
                    return Err(e);
                }
            }
        }
        Ok(report)
    }
}

impl Sink for Staging {
    fn begin(&self, kits: KitMode) -> Result<(), String> {
        let f = &self.folders;
        // `Default` never arrives here (the pipeline resolves it), but reads as beside.
        let plan = if kits == KitMode::Default { KitMode::Elsewhere } else { kits };
        let _ = self.plan.set(plan);
        if plan == KitMode::Elsewhere {
            let kits = self.kits_dir();
            super::guard::check_out_dir(&f.root, &kits)?;
            // Even with `--kits-only`: the kits' record must never be the site's.
            super::guard::check_apart(("the site folder", &f.site), ("the kits folder", &kits))?;
            self.open(&kits, &self.kits);
        }
        if !f.kits_only || plan == KitMode::Site {
            self.open(&f.site, &self.site);
        }
        if let Some(lms) = f.lms.as_ref().filter(|_| !f.kits_only) {
            super::guard::check_out_dir(&f.root, lms)?;
            super::guard::check_apart(("the site folder", &f.site), ("the LMS folder", lms))?;
            if plan == KitMode::Elsewhere {
                super::guard::check_apart(("the kits folder", &self.kits_dir()), ("the LMS folder", lms))?;
            }
            self.open(lms, &self.lms);
        }
        Ok(())
    }

    fn site(&self, files: Vec<OutputFile>) {
        if self.folders.kits_only {
            return;
        }
        for file in &files {
            self.stage(&self.site, file);
        }
    }

    fn kit(&self, kit: OutputFile) {
        self.kit_count.fetch_add(1, Ordering::Relaxed);
        match self.plan.get() {
            Some(KitMode::Site) => self.stage(&self.site, &OutputFile::new(format!("kits/{}", kit.path), kit.bytes)),
            Some(KitMode::Elsewhere) => self.stage(&self.kits, &kit),
            _ => {}
        }
    }

    fn lms(&self, package: OutputFile) {
        self.stage(&self.lms, &package);
    }

    fn keep(&self, outputs: &[(Folder, &str)]) -> bool {
        let placed: Option<Vec<(&Session, String)>> = outputs
            .iter()
            .map(|(folder, path)| self.place(*folder).map(|(session, prefix)| (session, format!("{prefix}{path}"))))
            .collect();
        let Some(placed) = placed.filter(|p| p.iter().all(|(s, path)| s.recorded(path))) else { return false };
        // Per folder at once: each takes its record's lock once per course.
        for cell in [&self.site, &self.kits, &self.lms] {
            if let Some(session) = cell.get() {
                session.keep(placed.iter().filter(|(s, _)| std::ptr::eq(*s, session)).map(|(_, p)| p.as_str()));
            }
        }
        true
    }

    fn locator(&self) -> Option<Locator> {
        let dir = |folder| self.place(folder).map(|(s, prefix)| s.dir().join(prefix));
        Some(Locator { site: dir(Folder::Site), kits: dir(Folder::Kits), lms: dir(Folder::Lms) })
    }

    fn cache_dir(&self, kits: KitMode) -> Option<PathBuf> {
        let f = &self.folders;
        match kits {
            KitMode::Elsewhere | KitMode::Default => Some(f.kits_out.clone().unwrap_or_else(|| f.root.join("kits"))),
            _ => f.lms.clone().filter(|_| !f.kits_only),
        }
    }

    fn scratch(&self) -> Option<PathBuf> {
        let cell = if self.plan.get() == Some(&KitMode::Site) { &self.site } else { &self.kits };
        cell.get().map(Session::scratch)
    }
}
