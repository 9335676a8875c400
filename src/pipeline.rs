//! One run of the pipeline: load the workspace, choose the build targets, render every
//! target in parallel, and add the pages outside targets. Nothing here touches the
//! output folder: `build` writes what this returns, `check` only reports.

use crate::diagnostics::{Diagnostic, Diagnostics, closest};
use crate::kit::Provenance;
use crate::l10n::coverage::{self, Coverage};
use crate::l10n::targets::{Localized, localize_all};
use crate::output::OutputFile;
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
        }
    }

    /// For commands that read the adapted workspace and render nothing.
    pub fn reporting(root: PathBuf) -> Options {
        Options { kits: KitMode::Off, ..Options::new(root) }
    }
}

pub struct Outcome {
    pub workspace: Option<Workspace>,
    /// Kit zips, by path relative to the kits folder.
    pub kits: Vec<OutputFile>,
    pub files: Vec<OutputFile>,
    pub diagnostics: Vec<Diagnostic>,
    pub targets: usize,
    /// Where the kits go, as the options and glocal.yaml decided.
    pub kit_mode: KitMode,
    pub timings: Vec<(&'static str, Duration)>,
}

/// A filter that names nothing there is: a usage error (exit 2), not a content error.
#[derive(Debug)]
pub struct UsageError(pub String);

/// The workspace loaded and every selected (course, region) adapted: what `status`,
/// `diff` and `pin` need, and the first half of a build.
pub struct Prepared {
    pub workspace: Option<Workspace>,
    pub adaptations: Vec<Adaptation>,
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
        return Ok(Prepared { workspace: None, adaptations: Vec::new(), diagnostics, timings });
    };
    check_filters(&ws, options)?;
    let clock = Instant::now();
    let adaptations = adaptations(&ws, options, &mut diagnostics);
    crate::diagnostics::place(&mut diagnostics, |file| ws.sources.get(file));
    timings.push(("adapt", clock.elapsed()));
    Ok(Prepared { workspace: Some(ws), adaptations, diagnostics, timings })
}

/// A whole build, with what `serve` keeps to rebuild a lesson alone.
pub struct Built {
    pub outcome: Outcome,
    pub adaptations: Vec<Adaptation>,
    pub localized: Vec<Localized>,
    pub theme: Option<theme::Theme>,
}

pub fn run(options: &Options) -> Result<Outcome, UsageError> {
    build_all(options).map(|b| b.outcome)
}

pub fn build_all(options: &Options) -> Result<Built, UsageError> {
    let Prepared { workspace, adaptations, diagnostics, mut timings } = prepare(options)?;
    let Some(ws) = workspace else {
        let outcome = Outcome {
            workspace: None,
            kits: Vec::new(),
            files: Vec::new(),
            diagnostics,
            targets: 0,
            kit_mode: options.kits,
            timings,
        };
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
    timings.push(("localize", clock.elapsed()));
    let targets = targets(&ws, &adaptations, &localized);
    let coverage = coverages(&ws, &localized);
    let clock = Instant::now();
    let mut files = Vec::new();
    let mut kits = Vec::new();
    if let Some(theme) = &theme {
        let cache = BodyCache::default();
        let switchboard = Switchboard::new(&ws, &targets);
        let provenance = Provenance::of(&ws);
        let build = pages::Build { ws: &ws, theme, cache: &cache, switchboard: &switchboard };
        let kits_of = KitBuild { build: &build, provenance: &provenance, mode: kit_mode };
        let done = std::sync::atomic::AtomicUsize::new(0);
        let rendered: Vec<pages::RenderedTarget> = targets
            .par_iter()
            .zip(coverage.par_iter())
            .map(|(t, c)| {
                let r = kits_of.target(t, c.percent);
                if options.progress {
                    let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                    eprint!("\rrendered {n}/{} targets", targets.len());
                }
                r
            })
            .collect();
        if options.progress {
            eprint!("\r\x1b[2K");
        }
        for r in rendered {
            files.extend(r.files);
            kits.extend(r.kit);
            all.extend(r.diagnostics);
        }
        match portal::render_portal(&ws, theme, &targets) {
            Ok(f) => files.push(f),
            Err(d) => all.push(d),
        }
        match portal::render_status(&ws, theme, &adaptations, &coverage) {
            Ok(f) => files.push(f),
            Err(d) => all.push(d),
        }
        for (path, bytes) in &theme.static_files {
            files.push(OutputFile::new(format!("static/{path}"), bytes.clone()));
        }
    }
    timings.push(("render", clock.elapsed()));
    let clock = Instant::now();
    let pages: Vec<&str> = files.iter().map(|f| f.path.as_str()).filter(|p| p.ends_with("index.html")).collect();
    let sitemap = portal::sitemap(&ws, &pages);
    files.push(sitemap);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files.dedup_by(|a, b| a.path == b.path);
    timings.push(("assemble", clock.elapsed()));
    let count = targets.len();
    drop(targets);
    kits.sort_by(|a, b| a.path.cmp(&b.path));
    let outcome =
        Outcome { workspace: Some(ws), kits, files, diagnostics: all.into_sorted(), targets: count, kit_mode, timings };
    Ok(Built { outcome, adaptations, localized, theme })
}

/// A target's kit, then its pages: the downloads page tells of the kit.
struct KitBuild<'a> {
    build: &'a pages::Build<'a>,
    provenance: &'a Provenance,
    mode: KitMode,
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
            };
            crate::kit::build(&input).map_err(|d| diagnostics.extend(d)).ok()
        });
        let kit = kit.flatten();
        let summary = kit.as_ref().map(|k| pages::KitSummary {
            name: format!("{}.zip", k.name),
            url: (self.mode == KitMode::Site).then(|| format!("../../../../kits/{}.zip", k.name)),
            kib: k.zip.len().div_ceil(1024),
            sha256: k.sha256.clone(),
            source_hash: k.source_hash.clone(),
        });
        let mut rendered = pages::render_target(b, target, summary.as_ref());
        rendered.diagnostics.extend(diagnostics);
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
