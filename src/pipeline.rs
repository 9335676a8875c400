//! One run of the pipeline: load the workspace, choose the build targets, render every
//! target in parallel, and add the pages outside targets. Nothing here touches the
//! output folder: `build` writes what this returns, `check` only reports.

use crate::diagnostics::{Diagnostic, Diagnostics, closest};
use crate::output::OutputFile;
use crate::render::pages::{self, Target};
use crate::render::{portal, theme};
use crate::workspace::{self, LoadOptions, Workspace};
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::{Duration, Instant};

pub struct Options {
    pub root: PathBuf,
    pub drafts: bool,
    pub course: Option<String>,
    pub region: Option<String>,
    pub locale: Option<String>,
}

pub struct Outcome {
    pub workspace: Option<Workspace>,
    pub files: Vec<OutputFile>,
    pub diagnostics: Vec<Diagnostic>,
    pub targets: usize,
    pub timings: Vec<(&'static str, Duration)>,
}

/// A filter that names nothing there is: a usage error (exit 2), not a content error.
#[derive(Debug)]
pub struct UsageError(pub String);

pub fn run(options: &Options) -> Result<Outcome, UsageError> {
    let mut timings = Vec::new();
    let mut diags = Vec::new();
    let clock = Instant::now();
    let ws = workspace::load(&options.root, &LoadOptions { drafts: options.drafts }, &mut diags);
    timings.push(("load", clock.elapsed()));
    let Some(ws) = ws else {
        return Ok(Outcome { workspace: None, files: Vec::new(), diagnostics: diags, targets: 0, timings });
    };
    let clock = Instant::now();
    let theme = theme::load(&ws, &mut diags);
    timings.push(("theme", clock.elapsed()));
    let targets = targets(&ws, options)?;
    let clock = Instant::now();
    let mut files = Vec::new();
    let mut all = Diagnostics::default();
    all.extend(diags);
    if let Some(theme) = &theme {
        let rendered: Vec<pages::RenderedTarget> =
            targets.par_iter().map(|t| pages::render_target(&ws, theme, t)).collect();
        for r in rendered {
            files.extend(r.files);
            all.extend(r.diagnostics);
        }
        match portal::render_portal(&ws, theme, &targets) {
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
    Ok(Outcome { workspace: Some(ws), files, diagnostics: all.into_sorted(), targets: count, timings })
}

/// The build targets: every course for the `global` region in the source locale,
/// narrowed by `--course`, `--region` and `--locale`.
fn targets<'w>(ws: &'w Workspace, options: &Options) -> Result<Vec<Target<'w>>, UsageError> {
    if let Some(c) = &options.course {
        if !ws.courses.iter().any(|x| &x.id == c) {
            return Err(unknown("course", c, ws.courses.iter().map(|x| x.id.as_str())));
        }
    }
    if let Some(r) = &options.region {
        if ws.region(r).is_none() {
            return Err(unknown("region", r, ws.regions.iter().map(|x| x.id.as_str())));
        }
    }
    if let Some(l) = &options.locale {
        if !ws.known_locales.contains(l) {
            return Err(unknown("locale", l, ws.known_locales.iter().map(String::as_str)));
        }
    }
    let global = ws.region("global").expect("global always exists");
    let locale = ws.config.source_locale.clone();
    Ok(ws
        .courses
        .iter()
        .filter(|c| options.course.as_ref().is_none_or(|x| x == &c.id))
        .filter(|_| options.region.as_ref().is_none_or(|r| r == "global"))
        .filter(|_| options.locale.as_ref().is_none_or(|l| l == &locale))
        .map(|course| Target { course, region: global, locale: locale.clone(), chain: ws.chain(&locale) })
        .collect())
}

fn unknown<'a>(what: &str, wrong: &str, known: impl Iterator<Item = &'a str> + Clone) -> UsageError {
    let list: Vec<&str> = known.clone().collect();
    let hint = match closest(wrong, known) {
        Some(c) => format!("did you mean `{c}`?"),
        None => format!("known: {}", list.join(", ")),
    };
    UsageError(format!("no {what} `{wrong}` in this workspace; {hint}"))
}
