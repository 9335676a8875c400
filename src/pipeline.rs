//! One run of the pipeline: load the workspace, choose the build targets, render every
//! target in parallel, and add the pages outside targets. Nothing here touches the
//! output folder: `build` writes what this returns, `check` only reports.

mod render;

use crate::diagnostics::{Diagnostic, Diagnostics, closest};
use crate::l10n::coverage::{self, Coverage};
use crate::l10n::targets::{Localized, Planned, plan};
use crate::output::OutputFile;
use crate::output::reuse::{Locator, Reuse};
use crate::output::sink::{Collect, Discard, Sink};
use crate::output::stamps::Before;
use crate::overlay::share::{CoreWords, Known, Share};
use crate::overlay::{self, Adaptation};
use crate::render::pages::{KitMode, Target};
use crate::render::theme;
use crate::source::model::Course;
use crate::stages::Stage;
use crate::workspace::{self, LoadOptions, Region, Workspace};
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::Instant;

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
    /// Whether every course's translations are read with the workspace and kept there:
    /// `serve` re-localizes edited lessons from them and `status` counts them all. A
    /// one-shot build reads each course's as it renders that course and lets them go,
    /// for they are most of what a large workspace holds.
    pub keep_translations: bool,
    /// The build as its command line describes it and its sources' stamps before it
    /// read them, to key the build cache by: a build given them takes unchanged courses
    /// from the last build's output. `None` renders everything and leaves the cache alone.
    pub cache: Option<Keyed>,
}

/// What the build cache is keyed by besides the sources' contents.
#[derive(Clone)]
pub struct Keyed {
    pub described: String,
    pub before: std::sync::Arc<Before>,
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
            cache: None,
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
    /// Courses taken as the last build left them (the build cache), and courses in all.
    pub taken: (usize, usize),
    pub timings: Vec<Stage>,
}

impl Outcome {
    fn empty(workspace: Option<Workspace>, diagnostics: Vec<Diagnostic>, timings: Vec<Stage>) -> Outcome {
        Outcome {
            workspace,
            kits: Vec::new(),
            files: Vec::new(),
            diagnostics,
            targets: 0,
            pages: 0,
            taken: (0, 0),
            timings,
        }
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
    pub timings: Vec<Stage>,
}

pub fn prepare(options: &Options) -> Result<Prepared, UsageError> {
    prepare_knowing(options, Known::default)
}

/// [`prepare`], given the shares an earlier build counted from the same sources, asked
/// for once the workspace is loaded.
fn prepare_knowing(options: &Options, known: impl FnOnce() -> Known) -> Result<Prepared, UsageError> {
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
    let ws = workspace::load(
        &options.root,
        &LoadOptions { drafts: options.drafts, translations: options.keep_translations },
        &mut diagnostics,
    );
    timings.push(Stage::since("load", clock));
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
    // Any wait for the cache, read beside loading, counts as adapting.
    let clock = Instant::now();
    let known = settled(known(), &ws, options);
    let adaptations = adaptations(&ws, options, &known, &mut diagnostics);
    crate::diagnostics::place(&mut diagnostics, |file| ws.sources.get(file));
    timings.push(Stage::since("adapt", clock));
    let clock = Instant::now();
    let results = crate::evaluation::load(&ws, &adaptations, &mut diagnostics);
    timings.push(Stage::since("results", clock));
    Ok(Prepared { workspace: Some(ws), adaptations, results, diagnostics, timings })
}

/// A whole build, with what `serve` keeps to rebuild a lesson alone.
pub struct Built {
    pub outcome: Outcome,
    pub adaptations: Vec<Adaptation>,
    pub localized: Vec<Localized>,
    pub theme: Option<theme::Theme>,
    /// The build cache this build read, and what it leaves for the next.
    pub cache: Option<Cached>,
}

/// A build's use of the build cache (`Options::cache`).
pub struct Cached {
    pub reuse: (Reuse, Locator),
    /// Each course as rendered or taken, to record once the build is written.
    pub courses: Vec<crate::output::reuse::Made>,
    /// Why the cache there was ignored.
    pub warning: Option<String>,
    /// The folder the cache is kept in.
    pub dir: PathBuf,
    /// Every source the build read, with its stamp as read.
    pub read: Vec<(String, (u64, u128))>,
}

/// The last build's cache as read beside loading the workspace, before the output
/// folders are opened.
struct Opened {
    reuse: Reuse,
    warning: Option<String>,
    dir: PathBuf,
    /// Where kits go by the configuration as read for finding the cache.
    kits: KitMode,
    stage: Stage,
}

impl Opened {
    /// Reads the cache in the folder the sink would keep it in, when the build keeps
    /// one. Which folder that is depends on `kits_public`, so the configuration is read
    /// here too; a configuration that cannot be read leaves the cache unread (loading
    /// the workspace reports why).
    fn read(options: &Options, sink: &dyn Sink) -> Option<Opened> {
        let keyed = options.cache.as_ref()?;
        let clock = Instant::now();
        let text = std::fs::read_to_string(options.root.join(workspace::config::FILE)).ok()?;
        let config = workspace::config::parse(&text, &mut Vec::new())?;
        let kits = options.kits.resolve(config.kits_public);
        let dir = sink.cache_dir(kits)?;
        let (reuse, warning) = Reuse::open(&dir, &options.root, &keyed.described, &keyed.before);
        Some(Opened { reuse, warning, dir, kits, stage: Stage::since("cache", clock) })
    }

    /// The cache in use once the sink has begun with `kits`, as the loaded workspace
    /// decides; none when the sink keeps no files or the kits go elsewhere after all.
    fn begun(self, kits: KitMode, sink: &dyn Sink) -> Option<Cached> {
        let at = sink.locator().filter(|_| kits == self.kits)?;
        let (warning, dir) = (self.warning, self.dir);
        Some(Cached { reuse: (self.reuse, at), courses: Vec::new(), warning, dir, read: Vec::new() })
    }
}

impl Cached {
    /// Writes the cache for the next build, once this one's files are in place.
    pub fn record(self) -> std::io::Result<()> {
        let (reuse, at) = self.reuse;
        match reuse.finish(self.courses, &at, &self.read) {
            Some(cache) => crate::output::reuse::save(&self.dir, &cache),
            None => Ok(()),
        }
    }
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
    // The last build's cache is read beside loading the workspace, which needs none of
    // it; its shares are wanted only once the workspace is loaded.
    let (prepared, opened) = std::thread::scope(|scope| {
        let reading = scope.spawn(|| Opened::read(options, sink));
        let mut opened = None;
        let prepared = prepare_knowing(options, || {
            opened = reading.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            opened.as_ref().map(|o| o.reuse.known()).unwrap_or_default()
        });
        (prepared, opened)
    });
    let Prepared { workspace, adaptations, results, diagnostics, mut timings } = prepared?;
    let Some(ws) = workspace else {
        let outcome = Outcome::empty(None, diagnostics, timings);
        return Ok(Built { outcome, adaptations: Vec::new(), localized: Vec::new(), theme: None, cache: None });
    };
    if let Some(o) = &opened {
        timings.insert(1.min(timings.len()), o.stage.clone());
    }
    if !options.keep_translations {
        // Lessons are parsed and every problem found in them placed: their text is not
        // read again (a diagnostic's snippet rereads the file).
        ws.sources.release(|path| path.starts_with("curricula/") && path.ends_with(".md"));
    }
    let mut all = Diagnostics::default();
    all.extend(diagnostics);
    let kit_mode = options.kits.resolve(ws.config.kits_public);
    let clock = Instant::now();
    let mut theme_diags = Vec::new();
    let theme = theme::load(&ws, &mut theme_diags);
    all.extend(theme_diags);
    timings.push(Stage::since("theme", clock));
    let plans = plan(&ws, &adaptations, options.locale.as_deref());
    // Sources with errors are still rendered, so that one run reports every problem,
    // but nothing of theirs is kept.
    let sink: &dyn Sink = if all.has_errors() { &Discard } else { sink };
    // Reading what the last build left in its folders: their records.
    let clock = Instant::now();
    sink.begin(kit_mode).map_err(UsageError)?;
    let mut cache = opened.and_then(|o| o.begun(kit_mode, sink));
    if cache.is_some() {
        timings.push(Stage::since("records", clock));
    }
    let clock = Instant::now();
    let mut outcome = Outcome::empty(None, Vec::new(), Vec::new());
    let mut localized = Vec::new();
    if let Some(theme) = &theme {
        let shells = shells(&ws, &adaptations, &plans);
        // A build narrowed to one region still withholds figures as the whole course's
        // protection decides: the other regions are adapted and read for that alone.
        let wider = options.region.as_ref().map(|_| {
            let all = Options { region: None, ..options.clone() };
            let a = self::adaptations(&ws, &all, &Known::default(), &mut Vec::new());
            let r = crate::evaluation::load(&ws, &a, &mut Vec::new());
            (a, r)
        });
        let (eval_adaptations, eval_results) =
            wider.as_ref().map_or((&adaptations[..], &results), |(a, r)| (&a[..], r));
        let report = crate::evaluation::figures::report(&ws, eval_adaptations, eval_results, &Default::default());
        let render = render::Render {
            report: &report,
            results: &results,
            ws: &ws,
            theme,
            adaptations: &adaptations,
            plans: &plans,
            shells: &shells,
            options,
            kit_mode,
            sink,
            done: Default::default(),
            reuse: cache.as_ref().map(|c| &c.reuse),
        };
        let made = render.all();
        outcome.taken = (made.courses.iter().filter(|c| c.taken).count(), made.courses.len());
        if let Some(c) = cache.as_mut() {
            c.courses = made.courses;
            for course in &mut c.courses {
                course.shares = shares_of(&adaptations, &course.course);
            }
            c.read = ws.sources.stamps();
        }
        all.extend(made.diagnostics);
        (outcome.targets, outcome.pages) = (plans.len(), made.pages);
        localized = made.localized;
    } else if !options.keep_translations {
        all.extend(check_translations(&ws, &adaptations));
    }
    timings.push(Stage::since("render", clock));
    outcome.workspace = Some(ws);
    outcome.diagnostics = all.into_sorted();
    outcome.timings = timings;
    Ok(Built { outcome, adaptations, localized, theme, cache })
}

/// The shares of a course's regional adaptations, for the build cache.
fn shares_of(adaptations: &[Adaptation], course: &str) -> std::collections::BTreeMap<String, Share> {
    adaptations
        .iter()
        .filter(|a| a.course.id == course)
        .filter_map(|a| Some((a.region.clone(), a.share.clone()?)))
        .collect()
}

/// Nothing renders without a theme, but every selected course's translations are
/// still read and checked, as rendering would have.
fn check_translations(ws: &Workspace, adaptations: &[Adaptation]) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for course in ws.courses.iter().filter(|c| adaptations.iter().any(|a| a.course.id == c.id)) {
        drop(ws.read_translations(course, &mut found));
        ws.release_translations(course);
    }
    found
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

/// The shares in `known` whose course was read as the build keyed it: a course with a
/// source changed (or created) between the stamps the cache was keyed by and its
/// reading is counted from what was read. A shared source changed drops them all.
fn settled(mut known: Known, ws: &Workspace, options: &Options) -> Known {
    let Some(keyed) = options.cache.as_ref().filter(|_| !known.is_empty()) else { return known };
    let changed = crate::output::reuse::read_since(&ws.sources.stamps(), |rel| keyed.before.stamp_of(rel));
    if changed.contains(&None) {
        return Known::default();
    }
    known.retain(|course, _| !changed.contains(&Some(course.clone())));
    known
}

/// Every (course, region) the options select, adapted in parallel. A share in `known`
/// is taken as counted; the core words of a course are counted only for the shares
/// that are not.
fn adaptations(ws: &Workspace, options: &Options, known: &Known, out: &mut Vec<Diagnostic>) -> Vec<Adaptation> {
    let pairs: Vec<(&Course, &Region)> = ws
        .courses
        .iter()
        .filter(|c| options.course.as_ref().is_none_or(|x| x == &c.id))
        .flat_map(|c| ws.regions.iter().map(move |r| (c, r)))
        .filter(|(_, r)| options.region.as_ref().is_none_or(|x| x == &r.id))
        .collect();
    let global = ws.region("global").expect("global always exists");
    let known_share = |c: &Course, r: &Region| known.get(&c.id).and_then(|k| k.get(&r.id));
    let counted: Vec<(&str, CoreWords)> = ws
        .courses
        .iter()
        .filter(|c| pairs.iter().any(|(x, r)| x.id == c.id && r.id != "global" && known_share(x, r).is_none()))
        .map(|c| (c.id.as_str(), CoreWords::count(c, global)))
        .collect();
    let empty = CoreWords::none();
    let done: Vec<(Adaptation, Vec<Diagnostic>)> = pairs
        .par_iter()
        .map(|(c, r)| {
            let mut diags = Vec::new();
            let words = counted.iter().find(|(id, _)| *id == c.id).map_or(&empty, |(_, w)| w);
            (overlay::adapt_region(ws, c, words, r, known_share(c, r), &mut diags), diags)
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
    localized.iter().map(|l| target_of(ws, adaptations, l)).collect()
}

/// The target that shows one localized course.
fn target_of<'w>(ws: &'w Workspace, adaptations: &'w [Adaptation], l: &'w Localized) -> Target<'w> {
    Target {
        course: &l.course,
        core: ws.courses.iter().find(|c| c.id == l.course.id).expect("adapted from a core course"),
        region: ws.region(&l.region).expect("adapted for a known region"),
        adaptation: &adaptations[l.adaptation],
        locale: l.locale.clone(),
        chain: ws.chain(&l.locale),
    }
}

/// Every planned target on its adapted course, before localizing: the same pages and
/// ids as the localized target, which is all the portal and the switchers read.
fn shells<'w>(ws: &'w Workspace, adaptations: &'w [Adaptation], plans: &[Planned]) -> Vec<Target<'w>> {
    plans
        .iter()
        .map(|p| {
            let a = &adaptations[p.adaptation];
            Target {
                course: &a.course,
                core: ws.courses.iter().find(|c| c.id == a.course.id).expect("adapted from a core course"),
                region: ws.region(&a.region).expect("adapted for a known region"),
                adaptation: a,
                locale: p.locale.clone(),
                chain: ws.chain(&p.locale),
            }
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

#[cfg(test)]
mod tests;
