//! The rendering half of a build: targets are localized, rendered and handed to the
//! sink one group (one course in one language) at a time, so that memory holds the
//! groups in flight and never the whole output; then the pages outside targets.

use super::Options;
use crate::diagnostics::Diagnostic;
use crate::kit::Provenance;
use crate::l10n::coverage::{self, Coverage};
use crate::l10n::targets::{self, Localized, Planned};
use crate::l10n::translations::Translations;
use crate::output::OutputFile;
use crate::output::reuse::{self, Folder};
use crate::output::sink::Sink;
use crate::overlay::Adaptation;
use crate::render::cache::BodyCache;
use crate::render::pages::{self, KitMode, Target};
use crate::render::switch::Switchboard;
use crate::render::{portal, theme};
use crate::source::model::Course;
use crate::workspace::Workspace;
use rayon::prelude::*;

/// What rendering found: problems, pages made, every target's translation coverage
/// and, when asked to keep them, the localized courses.
pub struct Made {
    pub diagnostics: Vec<Diagnostic>,
    pub pages: usize,
    pub localized: Vec<Localized>,
    /// Each course as rendered or taken from the last build, for the build cache.
    pub courses: Vec<reuse::Made>,
}

/// One build's rendering: every target, handed to the sink as soon as it is made.
pub struct Render<'a> {
    pub ws: &'a Workspace,
    pub report: &'a crate::evaluation::figures::Report,
    pub results: &'a crate::evaluation::Results,
    pub theme: &'a theme::Theme,
    pub adaptations: &'a [Adaptation],
    pub plans: &'a [Planned],
    /// Every target on its adapted course, not yet localized: what the switchers and
    /// the portal need to know of targets other than the one being rendered.
    pub shells: &'a [Target<'a>],
    pub options: &'a Options,
    pub kit_mode: KitMode,
    pub sink: &'a dyn Sink,
    pub done: std::sync::atomic::AtomicUsize,
    /// What may be taken from the last build, and where its files are.
    pub reuse: Option<&'a (reuse::Reuse, reuse::Locator)>,
}

/// What one target leaves behind once its files are handed on.
struct Left {
    index: usize,
    diagnostics: Vec<Diagnostic>,
    pages: Vec<String>,
    coverage: Coverage,
    localized: Option<Localized>,
    /// Every file the target made, by folder.
    outputs: Vec<(Folder, String)>,
}

impl Left {
    fn taken(index: usize, coverage: Coverage) -> Left {
        Left { index, diagnostics: Vec::new(), pages: Vec::new(), coverage, localized: None, outputs: Vec::new() }
    }
}

/// What the build cache keeps of one course: its targets' files and warnings (its
/// coverage is filled in once every course is done, so as not to hold it twice, and
/// its shares by the pipeline, which holds the adaptations).
fn course_made(course: &str, read: &[Diagnostic], left: &[Left]) -> reuse::Made {
    let mut outputs: Vec<(Folder, String)> = left.iter().flat_map(|l| l.outputs.iter().cloned()).collect();
    outputs.sort();
    let warnings = read.iter().chain(left.iter().flat_map(|l| &l.diagnostics)).cloned().collect();
    let shares = Default::default();
    reuse::Made { course: course.to_string(), taken: false, outputs, coverage: Vec::new(), warnings, shares }
}

/// What a group's targets share while they render.
struct Shared<'a> {
    switchboard: &'a Switchboard,
    provenance: &'a Provenance,
    translations: &'a Translations,
}

impl Render<'_> {
    /// Renders every target, a wave of groups at a time, then the pages outside targets
    /// and the sitemap.
    pub fn all(&self) -> Made {
        let switchboard = Switchboard::new(self.ws, self.shells, Some(self.report));
        let git_commit = crate::kit::git_commit_at(&self.ws.root);
        let mut left: Vec<Left> = Vec::new();
        let mut courses = Vec::new();
        let groups = targets::groups(self.plans, self.adaptations);
        // Groups come course by course: each course's translations are read before its
        // first group and let go after its last.
        for course_groups in groups.chunk_by(|a, b| self.course_of(a).id == self.course_of(b).id) {
            let core = self.course_of(&course_groups[0]);
            let members: Vec<usize> = course_groups.iter().flatten().copied().collect();
            if let Some(taken) = self.take(core, &members) {
                courses.push(taken.0);
                left.extend(taken.1);
                continue;
            }
            let mut diagnostics = Vec::new();
            let (read, empty);
            let translations = match self.options.keep_translations {
                true => self.ws.translations.get(&core.id).unwrap_or({
                    empty = Translations::default();
                    &empty
                }),
                false => {
                    read = self.ws.read_translations(core, &mut diagnostics);
                    &read
                }
            };
            let provenance = Provenance::of(self.ws, &core.id, git_commit.clone());
            let shared = Shared { switchboard: &switchboard, provenance: &provenance, translations };
            let mut rendered: Vec<Left> = Vec::new();
            // As many groups at once as there are threads: every core stays busy while
            // memory holds only that many localized courses and their bodies.
            for wave in course_groups.chunks(rayon::current_num_threads().max(1)) {
                let done: Vec<Vec<Left>> = wave.par_iter().map(|members| self.group(members, &shared)).collect();
                rendered.extend(done.into_iter().flatten());
            }
            if !self.options.keep_translations {
                self.ws.release_translations(core);
            }
            if self.reuse.is_some() {
                courses.push(course_made(&core.id, &diagnostics, &rendered));
            }
            if let Some(first) = rendered.first_mut() {
                first.diagnostics.extend(diagnostics);
            }
            left.extend(rendered);
        }
        if self.options.progress {
            eprint!("\r\x1b[2K");
        }
        left.sort_by_key(|l| l.index);
        let mut made = Made { diagnostics: Vec::new(), pages: 0, localized: Vec::new(), courses };
        let mut pages = Vec::new();
        let mut coverage = Vec::new();
        for l in left {
            made.diagnostics.extend(l.diagnostics);
            pages.extend(l.pages);
            coverage.push(l.coverage);
            made.localized.extend(l.localized);
        }
        made.pages = self.outside(&coverage, &mut pages, &mut made.diagnostics);
        if self.reuse.is_some() {
            for course in &mut made.courses {
                course.coverage = coverage.iter().filter(|c| c.course == course.course).cloned().collect();
            }
        }
        made
    }

    /// A course the last build left as this one would make it, taken as it is: its
    /// files stay on the record untouched, and its coverage and warnings are replayed.
    fn take(&self, core: &Course, members: &[usize]) -> Option<(reuse::Made, Vec<Left>)> {
        let (reuse, at) = self.reuse?;
        let record = reuse.reusable(&core.id, at)?;
        let mut left = Vec::new();
        for &index in members {
            let p = &self.plans[index];
            let region = &self.adaptations[p.adaptation].region;
            let coverage = record.coverage.iter().find(|c| &c.region == region && c.locale == p.locale)?;
            left.push(Left::taken(index, coverage.clone()));
        }
        let outputs: Vec<(Folder, &str)> = record.outputs.iter().map(|o| (o.folder, o.path.as_str())).collect();
        // Files missing from a folder's record (the record deleted by hand, say) would
        // be left off it: then the course is rendered instead.
        if !self.sink.keep(&outputs) {
            return None;
        }
        let first = left.first_mut()?;
        first.diagnostics = record.warnings.iter().map(reuse::KeptDiagnostic::warning).collect();
        first.pages = record
            .outputs
            .iter()
            .filter(|o| o.folder == Folder::Site && o.path.ends_with("index.html"))
            .map(|o| o.path.clone())
            .collect();
        first.outputs = record.outputs.iter().map(|o| (o.folder, o.path.clone())).collect();
        let made = reuse::Made { taken: true, ..course_made(&core.id, &[], &left) };
        Some((made, left))
    }

    /// The theme's static files and the pages that speak of every target: the portal,
    /// the status page, the network, impact and reviews, and the sitemap. Returns how
    /// many pages the build made.
    fn outside(&self, coverage: &[Coverage], pages: &mut Vec<String>, diagnostics: &mut Vec<Diagnostic>) -> usize {
        let (ws, theme, o) = (self.ws, self.theme, self.options);
        let mut files: Vec<OutputFile> = theme
            .static_files
            .iter()
            .map(|(path, bytes)| OutputFile::new(format!("static/{path}"), bytes.clone()))
            .collect();
        // A build narrowed to some targets leaves the pages about all of them as they are.
        if o.course.is_some() || o.region.is_some() || o.locale.is_some() {
            self.sink.site(files);
            return pages.len();
        }
        let kits_in_site = (self.kit_mode != KitMode::Off).then_some(self.kit_mode == KitMode::Site);
        let inputs = crate::render::impact_pages::Inputs {
            ws,
            theme,
            adaptations: self.adaptations,
            coverage,
            results: self.results,
            report: self.report,
        };
        // The status page lists every untranslated section of every target: the
        // longest page of a large academy, made while the others are.
        let (status, rest) = rayon::join(
            || portal::render_status(ws, theme, self.adaptations, coverage, kits_in_site, self.report, o.lms),
            || {
                let mut rest = Vec::new();
                if !ws.deliveries.trainers.is_empty() || !ws.deliveries.cohorts.is_empty() {
                    rest.push(crate::render::network::render(ws, theme));
                }
                rest.extend(crate::render::impact_pages::render(&inputs));
                rest
            },
        );
        let mut outside = vec![portal::render_portal(ws, theme, self.shells), status];
        outside.extend(rest);
        for page in outside {
            match page {
                Ok(f) => {
                    pages.push(f.path.clone());
                    files.push(f);
                }
                Err(d) => diagnostics.push(d),
            }
        }
        pages.sort();
        // Staff pages are not for search engines (they carry noindex): not in the sitemap.
        let public: Vec<&str> = pages
            .iter()
            .map(String::as_str)
            .filter(|p| {
                !p.starts_with("status/")
                    && !p.contains("/adaptation/")
                    && !p.contains("impact/")
                    && !p.contains("/reviews/")
            })
            .collect();
        files.push(portal::sitemap(ws, &public));
        self.sink.site(files);
        pages.len()
    }

    /// Localizes one group's targets, renders them with a body cache of their own, and
    /// lets the courses and the cache go unless the build keeps them.
    fn group(&self, members: &[usize], shared: &Shared) -> Vec<Left> {
        let planned: Vec<&Planned> = members.iter().map(|&i| &self.plans[i]).collect();
        let localized = targets::localize_group(self.ws, shared.translations, self.adaptations, &planned);
        let cache = BodyCache::default();
        let build = pages::Build {
            ws: self.ws,
            theme: self.theme,
            cache: &cache,
            switchboard: shared.switchboard,
            evaluation: Some(self.report),
        };
        // With `--pdf`, each kit is printed in the kits folder's own scratch space.
        let printer =
            self.options.pdf.clone().zip(self.sink.scratch()).map(|(c, dir)| crate::kit::pdf::Printer::new(c, dir));
        let kits_of = KitBuild {
            build: &build,
            provenance: shared.provenance,
            mode: self.kit_mode,
            lms: self.options.lms,
            printer: printer.as_ref(),
        };
        let mut left: Vec<Left> = members
            .par_iter()
            .zip(&localized)
            .map(|(&index, l)| {
                let target = super::target_of(self.ws, self.adaptations, l);
                self.one(&kits_of, index, &target)
            })
            .collect();
        if self.options.keep_translations {
            for (l, course) in left.iter_mut().zip(localized) {
                l.localized = Some(course);
            }
        }
        left
    }

    /// The core course a group of targets shows.
    fn course_of(&self, members: &[usize]) -> &Course {
        let id = &self.adaptations[self.plans[members[0]].adaptation].course.id;
        self.ws.courses.iter().find(|c| &c.id == id).expect("adapted from a loaded course")
    }

    fn one(&self, kits_of: &KitBuild, index: usize, target: &Target) -> Left {
        let ws = self.ws;
        let catalog = ws.catalog_of(&target.course.id);
        let coverage = coverage::coverage(target.course, &target.region.id, &target.locale, catalog, &target.chain);
        let r = kits_of.target(target, coverage.percent);
        let pages = r.files.iter().map(|f| f.path.clone()).filter(|p| p.ends_with("index.html")).collect();
        let mut outputs: Vec<(Folder, String)> = r.files.iter().map(|f| (Folder::Site, f.path.clone())).collect();
        outputs.extend(r.kit.iter().map(|k| (Folder::Kits, k.path.clone())));
        outputs.extend(r.lms.iter().map(|p| (Folder::Lms, p.path.clone())));
        self.sink.site(r.files);
        if let Some(kit) = r.kit {
            self.sink.kit(kit);
        }
        for package in r.lms {
            self.sink.lms(package);
        }
        if self.options.progress {
            let n = self.done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            eprint!("\rrendered {n}/{} targets", self.plans.len());
        }
        Left { index, diagnostics: r.diagnostics, pages, coverage, localized: None, outputs }
    }
}

/// A target's kit, then its pages: the downloads page tells of the kit.
struct KitBuild<'a> {
    build: &'a pages::Build<'a>,
    provenance: &'a Provenance,
    mode: KitMode,
    /// Whether to package the target for an LMS.
    lms: bool,
    printer: Option<&'a crate::kit::pdf::Printer>,
}

impl KitBuild<'_> {
    fn target(&self, target: &Target, coverage: f64) -> pages::RenderedTarget {
        let b = self.build;
        let mut diagnostics = Vec::new();
        let kit = (self.mode != KitMode::Off).then(|| {
            let agenda = crate::agenda::of(target.course, target.region);
            let input = crate::kit::KitInput {
                ws: b.ws,
                theme: b.theme,
                target,
                agenda: &agenda,
                cache: b.cache,
                provenance: self.provenance,
                coverage,
                printed: self.printer.is_some(),
            };
            crate::kit::build(&input, self.printer).map_err(|d| diagnostics.extend(d)).ok()
        });
        let kit = kit.flatten();
        let mut rendered = pages::render_target(b, target, coverage);
        rendered.diagnostics.extend(diagnostics);
        if self.lms {
            let salt = crate::lms::identifier(target);
            let test = match pages::assessment_page(b, target, &salt) {
                Some(Ok(page)) => Some(page),
                Some(Err(d)) => {
                    rendered.diagnostics.push(d);
                    None
                }
                None => None,
            };
            let catalog = b.ws.catalog_of(&target.course.id);
            let label = catalog.format(&target.chain, "assessment-title", None).unwrap_or_default();
            for format in &b.ws.config.lms.formats {
                let parts = crate::lms::Parts {
                    statics: &b.theme.static_files,
                    test: test.as_ref(),
                    test_label: &label,
                    format: *format,
                };
                rendered.lms.push(crate::lms::package(target, &rendered.files, &parts));
            }
        }
        rendered.kit = kit.map(|k| OutputFile::new(format!("{}.zip", k.name), k.zip));
        rendered
    }
}
