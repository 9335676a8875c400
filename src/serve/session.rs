//! What `serve` keeps between rebuilds: the last good build and the files it serves,
//! the current errors, and the two ways to rebuild: everything, or only the pages of
//! the lessons whose text changed.

use crate::diagnostics::{Diagnostic, Severity};
use crate::l10n::localize::Localizer;
use crate::overlay::apply::apply_lesson;
use crate::overlay::model::RegionOverlays;
use crate::pipeline::{self, Built, Options};
use crate::render::cache::BodyCache;
use crate::render::pages;
use crate::render::switch::Switchboard;
use crate::source::load::parse_lesson;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::Instant;

/// What a rebuild did, for the terminal, the browser and tests.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Report {
    /// `full`, `lessons` or `errors`.
    pub kind: &'static str,
    pub millis: u128,
    /// Site paths of every page rendered again.
    pub rendered: Vec<String>,
}

pub struct Session {
    options: Options,
    built: Option<Built>,
    /// The site as served, by path.
    pub files: BTreeMap<String, Arc<Vec<u8>>>,
    pub errors: Vec<Diagnostic>,
    pub report: Report,
    /// Print pages, search indexes and kits are older than the last lesson rebuild.
    pub extras_stale: bool,
    /// Counts the changes applied, so that a refresh built from older files is dropped.
    pub generation: u64,
}

impl Session {
    pub fn new(options: Options) -> Session {
        Session {
            options,
            built: None,
            files: BTreeMap::new(),
            errors: Vec::new(),
            report: Report::default(),
            extras_stale: false,
            generation: 0,
        }
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    pub fn workspace(&self) -> Option<&crate::workspace::Workspace> {
        self.built.as_ref()?.outcome.workspace.as_ref()
    }

    /// Builds everything. On errors the last good site stays served.
    pub fn full(&mut self) -> Result<&Report, pipeline::UsageError> {
        let clock = Instant::now();
        let built = pipeline::build_all(&self.options)?;
        self.generation += 1;
        Ok(self.install(built, clock))
    }

    /// A rebuild that could not start (glocal.yaml gone, say) is shown like content
    /// errors, so the page says why it stopped updating; the last good site stays.
    pub fn cannot_build(&mut self, e: pipeline::UsageError) -> &Report {
        let file = crate::workspace::config::FILE;
        self.errors = vec![Diagnostic::error("no-workspace", crate::diagnostics::Location::file(file), e.0)];
        self.report = Report { kind: "errors", millis: 0, rendered: Vec::new() };
        &self.report
    }

    /// Puts a build in place (or its errors, keeping the last good site).
    pub fn install(&mut self, built: Built, clock: Instant) -> &Report {
        let errors: Vec<Diagnostic> =
            built.outcome.diagnostics.iter().filter(|d| d.severity == Severity::Error).cloned().collect();
        if !errors.is_empty() {
            self.errors = errors;
            self.report = Report { kind: "errors", millis: clock.elapsed().as_millis(), rendered: Vec::new() };
            return &self.report;
        }
        let mut files = BTreeMap::new();
        for f in &built.outcome.files {
            files.insert(f.path.clone(), Arc::new(f.bytes.clone()));
        }
        for k in &built.outcome.kits {
            files.insert(format!("kits/{}", k.path), Arc::new(k.bytes.clone()));
        }
        let rendered = files.keys().filter(|p| p.ends_with(".html")).cloned().collect();
        self.files = files;
        self.built = Some(built);
        self.errors.clear();
        self.extras_stale = false;
        self.report = Report { kind: "full", millis: clock.elapsed().as_millis(), rendered };
        &self.report
    }

    /// Re-parses changed core lessons and re-renders their pages in every target that
    /// shows them. `None` when the change needs more (a new lesson, a changed title or
    /// duration, which other pages list): the caller then rebuilds everything.
    pub fn lessons(&mut self, paths: &BTreeSet<String>) -> Option<&Report> {
        let clock = Instant::now();
        self.generation += 1;
        let mut changed = Vec::new();
        let mut errors = Vec::new();
        for path in paths {
            match self.reparse(path, &mut errors)? {
                Some(c) => changed.push(c),
                None => continue,
            }
        }
        if !errors.is_empty() {
            self.errors = errors;
            self.report = Report { kind: "errors", millis: clock.elapsed().as_millis(), rendered: Vec::new() };
            return Some(&self.report);
        }
        self.relocalize(&changed);
        let rendered = self.render(&changed)?;
        self.errors.clear();
        self.extras_stale = true;
        self.report = Report { kind: "lessons", millis: clock.elapsed().as_millis(), rendered };
        Some(&self.report)
    }

    /// Reads a core lesson again; `Some(None)` when its text is unchanged.
    fn reparse(&mut self, path: &str, errors: &mut Vec<Diagnostic>) -> Option<Option<(String, String, String)>> {
        let ws = self.built.as_mut()?.outcome.workspace.as_mut()?;
        let text = std::fs::read_to_string(ws.root.join(path)).ok()?.replace("\r\n", "\n");
        let (ci, mi, li) = ws.courses.iter().enumerate().find_map(|(ci, c)| {
            c.modules
                .iter()
                .enumerate()
                .find_map(|(mi, m)| m.lessons.iter().position(|l| l.file == path).map(|li| (ci, mi, li)))
        })?;
        if ws.sources.get(path).as_deref() == Some(text.as_str()) {
            return Some(None);
        }
        let old = ws.courses[ci].modules[mi].lessons[li].clone();
        let mut diags = Vec::new();
        let new = parse_lesson(path, &old.id, &text, &mut diags);
        ws.sources.set(path, text.into());
        errors.extend(diags.into_iter().filter(|d| d.severity == Severity::Error));
        // A lesson that does not parse (or a file caught half-written) is an error to
        // show, not a reason to rebuild everything.
        let Some(new) = new else { return Some(None) };
        let same_listing = new.front.title == old.front.title
            && new.front.duration == old.front.duration
            && new.front.objectives == old.front.objectives
            && new.front.draft == old.front.draft;
        if !same_listing {
            return None;
        }
        let course = &mut ws.courses[ci];
        course.modules[mi].lessons[li] = Arc::new(new);
        Some(Some((course.id.clone(), course.modules[mi].id.clone(), old.id.clone())))
    }

    /// Puts the new core lessons into every target's course, localized and adapted as
    /// the full pipeline does: core localized first, then the region's localized overlay.
    fn relocalize(&mut self, changed: &[(String, String, String)]) {
        let Some(built) = self.built.as_mut() else { return };
        let Some(ws) = built.outcome.workspace.as_ref() else { return };
        let source = ws.config.source_locale.clone();
        let empty = Default::default();
        for target in built.localized.iter_mut() {
            for (course, module, lesson) in changed.iter().filter(|(c, _, _)| *c == target.course.id) {
                let Some(core) = ws.courses.iter().find(|c| &c.id == course) else { continue };
                let Some(new) = core
                    .modules
                    .iter()
                    .find(|m| &m.id == module)
                    .and_then(|m| m.lessons.iter().find(|l| &l.id == lesson))
                else {
                    continue;
                };
                let translations = ws.translations.get(course).unwrap_or(&empty);
                let chain = ws.chain(&target.locale);
                let loc = Localizer { translations, chain: &chain };
                let mut shown = if target.locale != source || translations.lessons.contains_key(&new.file) {
                    loc.lesson(new, &source)
                } else {
                    (**new).clone()
                };
                let overlay = ws.overlays.get(course).and_then(|r| r.get(&target.region)).and_then(|r| {
                    r.lessons.iter().find(|o| &o.module == module && &o.lesson == lesson && !o.operations.is_empty())
                });
                if let Some(ov) = overlay {
                    let single = RegionOverlays { lessons: vec![ov.clone()], ..Default::default() };
                    let localized = loc.overlays(&single, &source);
                    apply_lesson(&mut shown, &localized.lessons[0], &mut Vec::new());
                }
                if let Some(slot) = target
                    .course
                    .modules
                    .iter_mut()
                    .find(|m| &m.id == module)
                    .and_then(|m| m.lessons.iter_mut().find(|l| &l.id == lesson))
                {
                    *slot = Arc::new(shown);
                }
            }
        }
    }

    fn render(&mut self, changed: &[(String, String, String)]) -> Option<Vec<String>> {
        let built = self.built.as_ref()?;
        let ws = built.outcome.workspace.as_ref()?;
        let theme = built.theme.as_ref()?;
        let targets = pipeline::targets(ws, &built.adaptations, &built.localized);
        let cache = BodyCache::default();
        let switchboard = Switchboard::new(ws, &targets, None);
        let build = pages::Build { ws, theme, cache: &cache, switchboard: &switchboard, evaluation: None };
        let mut rendered = Vec::new();
        let mut outputs = Vec::new();
        for t in &targets {
            let wanted: Vec<(String, String)> =
                changed.iter().filter(|(c, _, _)| *c == t.course.id).map(|(_, m, l)| (m.clone(), l.clone())).collect();
            if wanted.is_empty() {
                continue;
            }
            let out = pages::render_lessons(&build, t, &wanted);
            if out.diagnostics.iter().any(|d| d.severity == Severity::Error) {
                return None;
            }
            outputs.extend(out.files);
        }
        for f in outputs {
            if f.path.ends_with(".html") {
                rendered.push(f.path.clone());
            }
            self.files.insert(f.path, Arc::new(f.bytes));
        }
        rendered.sort();
        Some(rendered)
    }
}
