//! One run of the pipeline: load the workspace, choose the build targets, render every
//! target in parallel, and add the pages outside targets. Nothing here touches the
//! output folder: `build` writes what this returns, `check` only reports.

use crate::diagnostics::{Diagnostic, Diagnostics, closest};
use crate::kit::Provenance;
use crate::l10n::coverage::{self, Coverage};
use crate::l10n::targets::{Localized, localize_all};
use crate::output::OutputFile;
use crate::output::sink::{Collect, Discard, Sink};
use crate::overlay::share::CoreWords;
use crate::overlay::{self, Adaptation};
use crate::render::cache::BodyCache;
use crate::render::pages::{self, KitMode, Target};
use crate::render::switch::Switchboard;
use crate::render::{portal, theme};
use crate::source::model::Course;
use crate::workspace::{self, LoadOptions, Region, Workspace};
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(Clone)]
pub struct Options {
    pub root: PathBuf,
    pub drafts: bool,
    pub course: Option<String>,
    pub region: Option<String>,
    pub locale: Option<String>,
    pub kits: KitMode,
    /// Show how many targets are rendered, on a terminal.
    pub progress: bool,
    /// Whether each target also becomes an LMS package (SPEC 10).
    pub lms: bool,
    /// `--pdf`: the Chromium that prints each kit's documents.
    pub pdf: Option<PathBuf>,
    /// Whether the parsed translations stay in the workspace once every target is
    /// localized: `serve` re-localizes edited lessons from them; a one-shot build has
    /// no use for them, and they are most of what loading holds.
    pub keep_translations: bool,
}

impl Options {
    /// Every course, region and language of the workspace at `root`, with kits.
    pub fn new(root: PathBuf) -> Options {
        Options {
            root,
            drafts: false,
            course: None,
            region: None,
            locale: None,
            kits: KitMode::Default,
            progress: false,
            lms: false,
            pdf: None,
            keep_translations: true,
        }
    }

    /// For commands that read the adapted workspace and render nothing.
    pub fn reporting(root: PathBuf) -> Options {
        Options { kits: KitMode::Off, ..Options::new(root) }
    }
}

pub struct Outcome {
    pub workspace: Option<Workspace>,
    /// Kit zips, by path relative to the kits folder (empty when streamed to a sink).
    pub kits: Vec<OutputFile>,
    /// The site's files (empty when streamed to a sink).
    pub files: Vec<OutputFile>,
    pub diagnostics: Vec<Diagnostic>,
    pub targets: usize,
    /// HTML pages made.
    pub pages: usize,
    pub timings: Vec<(&'static str, Duration)>,
}

impl Outcome {
    fn empty(
        workspace: Option<Workspace>,
        diagnostics: Vec<Diagnostic>,
        timings: Vec<(&'static str, Duration)>,
    ) -> Outcome {
        Outcome { workspace, kits: Vec::new(), files: Vec::new(), diagnostics, targets: 0, pages: 0, timings }
    }
}

/// A filter that names nothing there is: a usage error (exit 2), not a content error.
#[derive(Debug)]
pub struct UsageError(pub String);

/// The workspace loaded and every selected (course, region) adapted: what `status`,
/// `diff` and `pin` need, and the first half of a build.
pub struct Prepared {
    pub workspace: Option<Workspace>,
    pub adaptations: Vec<Adaptation>,
    /// What the cohorts' evaluations collected, checked and tallied (SPEC 9).
    pub results: crate::evaluation::Results,
    pub diagnostics: Vec<Diagnostic>,
    pub timings: Vec<(&'static str, Duration)>,
}

pub fn prepare(options: &Options) -> Result<Prepared, UsageError> {
    if !options.root.is_dir() {
        return Err(UsageError(format!("--root {}: no such folder", options.root.display())));
    }
    // Pointing at the wrong folder is a usage mistake, not a content error.
    if !options.root.join(workspace::config::FILE).is_file() {
        return Err(UsageError(format!(
            "no glocal.yaml in {}: pass --root with a workspace folder, or create one with `glocal new workspace DIR`",
            options.root.display()
        )));
    }
    let mut timings = Vec::new();
    let mut diagnostics = Vec::new();
    let clock = Instant::now();
    let ws = workspace::load(&options.root, &LoadOptions { drafts: options.drafts }, &mut diagnostics);
    timings.push(("load", clock.elapsed()));
    let Some(ws) = ws else {
        return Ok(Prepared {
            workspace: None,
            adaptations: Vec::new(),
            results: Default::default(),
            diagnostics,
            timings,
        });
    };
    check_filters(&ws, options)?;
    let clock = Instant::now();
    let adaptations = adaptations(&ws, options, &mut diagnostics);
    crate::diagnostics::place(&mut diagnostics, |file| ws.sources.get(file));
    timings.push(("adapt", clock.elapsed()));
    let clock = Instant::now();
    let results = crate::evaluation::load(&ws, &adaptations, &mut diagnostics);
    timings.push(("results", clock.elapsed()));
    Ok(Prepared { workspace: Some(ws), adaptations, results, diagnostics, timings })
}

/// A whole build, with what `serve` keeps to rebuild a lesson alone.
pub struct Built {
    pub outcome: Outcome,
    pub adaptations: Vec<Adaptation>,
    pub localized: Vec<Localized>,
    pub theme: Option<theme::Theme>,
}

/// A build held in memory: what `serve` serves and tests read.
pub fn build_all(options: &Options) -> Result<Built, UsageError> {
    let sink = Collect::default();
    let mut built = build_into(options, &sink)?;
    let (files, kits) = sink.take();
    built.outcome.files = files;
    built.outcome.kits = kits;
    Ok(built)
}

/// A build whose files go to `sink` as each target is rendered; the outcome then holds
/// no files, only what was found and counted.
pub fn build_into(options: &Options, sink: &dyn Sink) -> Result<Built, UsageError> {
    let Prepared { workspace, adaptations, results, diagnostics, mut timings } = prepare(options)?;
    let Some(mut ws) = workspace else {
        let outcome = Outcome::empty(None, diagnostics, timings);
        return Ok(Built { outcome, adaptations: Vec::new(), localized: Vec::new(), theme: None });
    };
    let mut all = Diagnostics::default();
    all.extend(diagnostics);
    let kit_mode = options.kits.resolve(ws.config.kits_public);
    let clock = Instant::now();
    let mut theme_diags = Vec::new();
    let theme = theme::load(&ws, &mut theme_diags);
    all.extend(theme_diags);
    timings.push(("theme", clock.elapsed()));
    let clock = Instant::now();
    let localized = localize_all(&ws, &adaptations, options.locale.as_deref());
    if !options.keep_translations {
        // Every target now holds its own copy of what it shows; freeing the rest
        // happens beside the rendering.
        let parsed = std::mem::take(&mut ws.translations);
        std::thread::spawn(move || drop(parsed));
    }
    timings.push(("localize", clock.elapsed()));
    // Sources with errors are still rendered, so that one run reports every problem,
    // but nothing of theirs is kept.
    let sink: &dyn Sink = if all.has_errors() { &Discard } else { sink };
    sink.begin(kit_mode).map_err(UsageError)?;
    let clock = Instant::now();
    let mut outcome = Outcome::empty(None, Vec::new(), Vec::new());
    if let Some(theme) = &theme {
        let targets = targets(&ws, &adaptations, &localized);
        let coverage = coverages(&ws, &localized);
        // A build narrowed to one region still withholds figures as the whole course's
        // protection decides: the other regions are adapted and read for that alone.
        let wider = options.region.as_ref().map(|_| {
            let all = Options { region: None, ..options.clone() };
            let a = self::adaptations(&ws, &all, &mut Vec::new());
            let r = crate::evaluation::load(&ws, &a, &mut Vec::new());
            (a, r)
        });
        let (eval_adaptations, eval_results) =
            wider.as_ref().map_or((&adaptations[..], &results), |(a, r)| (&a[..], r));
        let report = crate::evaluation::figures::report(&ws, eval_adaptations, eval_results, &Default::default());
        let render = Render {
            report: &report,
            results: &results,
            ws: &ws,
            theme,
            targets: &targets,
            coverage: &coverage,
            options,
            kit_mode,
            sink,
            done: Default::default(),
        };
        let made = render.all(&adaptations);
        all.extend(made.diagnostics);
        (outcome.targets, outcome.pages) = (targets.len(), made.pages);
    }
    timings.push(("render", clock.elapsed()));
    outcome.workspace = Some(ws);
    outcome.diagnostics = all.into_sorted();
    outcome.timings = timings;
    Ok(Built { outcome, adaptations, localized, theme })
}

/// What rendering found: problems, and how many pages it made.
struct Made {
    diagnostics: Vec<Diagnostic>,
    pages: usize,
}

/// One build's rendering: every target, handed to the sink as soon as it is made.
struct Render<'a> {
    ws: &'a Workspace,
    report: &'a crate::evaluation::figures::Report,
    results: &'a crate::evaluation::Results,
    theme: &'a theme::Theme,
    targets: &'a [Target<'a>],
    coverage: &'a [Coverage],
    options: &'a Options,
    kit_mode: KitMode,
    sink: &'a dyn Sink,
    done: std::sync::atomic::AtomicUsize,
}

/// What one target leaves behind once its files are handed on: problems and pages.
type Left = (Vec<Diagnostic>, Vec<String>);

impl Render<'_> {
    /// Renders every target in parallel, then the pages outside targets and the sitemap.
    fn all(&self, adaptations: &[Adaptation]) -> Made {
        let (ws, theme) = (self.ws, self.theme);
        let switchboard = Switchboard::new(ws, self.targets, Some(self.report));
        let provenance = Provenance::of(ws);
        let mut left: Vec<Left> = Vec::new();
        // As many groups at once as there are threads: every core stays busy while
        // memory holds that many groups' bodies.
        let groups = self.groups();
        for wave in groups.chunks(rayon::current_num_threads().max(1)) {
            let rendered: Vec<Vec<Left>> =
                wave.par_iter().map(|members| self.group(members, &switchboard, &provenance)).collect();
            left.extend(rendered.into_iter().flatten());
        }
        if self.options.progress {
            eprint!("\r\x1b[2K");
        }
        let (mut diagnostics, mut pages): (Vec<Diagnostic>, Vec<String>) = (Vec::new(), Vec::new());
        for (d, p) in left {
            diagnostics.extend(d);
            pages.extend(p);
        }
        let mut files: Vec<OutputFile> = theme
            .static_files
            .iter()
            .map(|(path, bytes)| OutputFile::new(format!("static/{path}"), bytes.clone()))
            .collect();
        // The portal, the status page and the sitemap speak of every target: a build
        // narrowed to some leaves the ones there as they are.
        let o = self.options;
        if o.course.is_some() || o.region.is_some() || o.locale.is_some() {
            self.sink.site(files);
            return Made { diagnostics, pages: pages.len() };
        }
        let mut outside = vec![
            portal::render_portal(ws, theme, self.targets),
            portal::render_status(ws, theme, adaptations, self.coverage, self.kits_in_site(), self.report, o.lms),
        ];
        if !ws.deliveries.trainers.is_empty() || !ws.deliveries.cohorts.is_empty() {
            outside.push(crate::render::network::render(ws, theme));
        }
        let inputs = crate::render::impact_pages::Inputs {
            ws,
            theme,
            adaptations,
            coverage: self.coverage,
            results: self.results,
            report: self.report,
        };
        outside.extend(crate::render::impact_pages::render(&inputs));
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
        Made { diagnostics, pages: pages.len() }
    }

    /// Whether the kits are in the site (`Some(true)`), beside it, or not built.
    fn kits_in_site(&self) -> Option<bool> {
        (self.kit_mode != KitMode::Off).then_some(self.kit_mode == KitMode::Site)
    }

    /// Targets by course and language: bodies are shared only within such a group, so
    /// each group has a cache of its own, dropped once the group is written.
    fn groups(&self) -> Vec<Vec<usize>> {
        let mut groups: Vec<((&str, &str), Vec<usize>)> = Vec::new();
        for (i, t) in self.targets.iter().enumerate() {
            let key = (t.course.id.as_str(), t.locale.as_str());
            match groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, members)) => members.push(i),
                None => groups.push((key, vec![i])),
            }
        }
        groups.into_iter().map(|(_, members)| members).collect()
    }

    fn group(&self, members: &[usize], switchboard: &Switchboard, provenance: &Provenance) -> Vec<Left> {
        let cache = BodyCache::default();
        let build =
            pages::Build { ws: self.ws, theme: self.theme, cache: &cache, switchboard, evaluation: Some(self.report) };
        // With `--pdf`, each kit is printed in the kits folder's own scratch space.
        let printer =
            self.options.pdf.clone().zip(self.sink.scratch()).map(|(c, dir)| crate::kit::pdf::Printer::new(c, dir));
        let kits_of = KitBuild {
            build: &build,
            provenance,
            mode: self.kit_mode,
            lms: self.options.lms,
            printer: printer.as_ref(),
        };
        members.par_iter().map(|&i| self.one(&kits_of, i)).collect()
    }

    fn one(&self, kits_of: &KitBuild, i: usize) -> Left {
        let r = kits_of.target(&self.targets[i], self.coverage[i].percent);
        let pages = r.files.iter().map(|f| f.path.clone()).filter(|p| p.ends_with("index.html")).collect();
        self.sink.site(r.files);
        if let Some(kit) = r.kit {
            self.sink.kit(kit);
        }
        for package in r.lms {
            self.sink.lms(package);
        }
        if self.options.progress {
            let n = self.done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            eprint!("\rrendered {n}/{} targets", self.targets.len());
        }
        (r.diagnostics, pages)
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

/// The translation coverage of every localized target.
pub fn coverages(ws: &Workspace, localized: &[Localized]) -> Vec<Coverage> {
    localized
        .par_iter()
        .map(|l| coverage::coverage(&l.course, &l.region, &l.locale, ws.catalog_of(&l.course.id), &ws.chain(&l.locale)))
        .collect()
}

fn check_filters(ws: &Workspace, options: &Options) -> Result<(), UsageError> {
    if let Some(c) = &options.course
        && !ws.courses.iter().any(|x| &x.id == c)
    {
        return Err(unknown("course", c, ws.courses.iter().map(|x| x.id.as_str())));
    }
    if let Some(r) = &options.region
        && ws.region(r).is_none()
    {
        return Err(unknown("region", r, ws.regions.iter().map(|x| x.id.as_str())));
    }
    if let Some(l) = &options.locale
        && !ws.known_locales.contains(l)
    {
        return Err(unknown("locale", l, ws.known_locales.iter().map(String::as_str)));
    }
    Ok(())
}

/// Every (course, region) the options select, adapted in parallel.
fn adaptations(ws: &Workspace, options: &Options, out: &mut Vec<Diagnostic>) -> Vec<Adaptation> {
    let pairs: Vec<(&Course, &Region)> = ws
        .courses
        .iter()
        .filter(|c| options.course.as_ref().is_none_or(|x| x == &c.id))
        .flat_map(|c| ws.regions.iter().map(move |r| (c, r)))
        .filter(|(_, r)| options.region.as_ref().is_none_or(|x| x == &r.id))
        .collect();
    let global = ws.region("global").expect("global always exists");
    let counted: Vec<(&str, CoreWords)> = ws
        .courses
        .iter()
        .filter(|c| pairs.iter().any(|(x, r)| x.id == c.id && r.id != "global"))
        .map(|c| (c.id.as_str(), CoreWords::count(c, global)))
        .collect();
    let empty = CoreWords::none();
    let done: Vec<(Adaptation, Vec<Diagnostic>)> = pairs
        .par_iter()
        .map(|(c, r)| {
            let mut diags = Vec::new();
            let words = counted.iter().find(|(id, _)| *id == c.id).map_or(&empty, |(_, w)| w);
            (overlay::adapt_region(ws, c, words, r, &mut diags), diags)
        })
        .collect();
    done.into_iter()
        .map(|(a, d)| {
            out.extend(d);
            a
        })
        .collect()
}

/// The build targets: every adapted course in each of its region's languages.
pub fn targets<'w>(ws: &'w Workspace, adaptations: &'w [Adaptation], localized: &'w [Localized]) -> Vec<Target<'w>> {
    localized
        .iter()
        .map(|l| Target {
            course: &l.course,
            core: ws.courses.iter().find(|c| c.id == l.course.id).expect("adapted from a core course"),
            region: ws.region(&l.region).expect("adapted for a known region"),
            adaptation: &adaptations[l.adaptation],
            locale: l.locale.clone(),
            chain: ws.chain(&l.locale),
        })
        .collect()
}

fn unknown<'a>(what: &str, wrong: &str, known: impl Iterator<Item = &'a str> + Clone) -> UsageError {
    let list: Vec<&str> = known.clone().collect();
    let hint = match closest(wrong, known) {
        Some(c) => format!("did you mean `{c}`?"),
        None => format!("known: {}", list.join(", ")),
    };
    UsageError(format!("no {what} `{wrong}` in this workspace; {hint}"))
}
