//! Reads a course folder from disk into the model: course.yaml, modules, lessons and
//! the list of files assets may come from. Problems are collected, never fatal.

use super::directives::{self, Body};
use super::frontmatter;
use super::model::*;
use super::sections;
use super::validate;
use super::yaml::{self, YamlSource};
use crate::diagnostics::{Diagnostic, Location, Severity};
use crate::sources::SourceMap;
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::path::Path;

/// What loading a course needs to know about the workspace.
pub struct LoadContext<'a> {
    pub root: &'a Path,
    pub known_locales: &'a BTreeSet<String>,
    pub drafts: bool,
    pub sources: &'a SourceMap,
}

/// Loads `curricula/<id>`; `None` when course.yaml cannot be read.
pub fn course(ctx: &LoadContext, id: &str, out: &mut Vec<Diagnostic>) -> Option<Course> {
    let dir = format!("curricula/{id}");
    let (files, refused) = list_files(ctx, &dir);
    let file = format!("{dir}/course.yaml");
    let Some(text) = ctx.sources.read(ctx.root, &file) else {
        // One that exists but cannot be read is reported by the source map.
        if !ctx.sources.failed().contains(&file) {
            out.push(Diagnostic::error(
                "missing-file",
                Location::file(&dir),
                format!("course `{id}` has no course.yaml"),
            ));
        }
        return None;
    };
    // A course.yaml that cannot be read is reported; the lessons are still read, so that
    // one run reports their problems too.
    let parsed: Option<CourseMeta> =
        yaml::parse(&YamlSource { file: &file, text: &text, line_offset: 0, schema: COURSE_SCHEMA }, out);
    let meta_read = parsed.is_some();
    if let Some(score) = parsed.as_ref().and_then(|m| m.mastery_score).filter(|s| *s > 100) {
        let (line, column) = yaml::locate_path(&text, "mastery_score");
        out.push(
            Diagnostic::error(
                "mastery-score",
                Location::new(&file, line, column),
                format!("`mastery_score: {score}` is above 100"),
            )
            .help("the score an LMS learner needs to pass, from 0 to 100: 80 when unset"),
        );
    }
    let meta =
        parsed.unwrap_or_else(|| yaml_serde::from_str(&format!("title: {id}\n")).expect("a title alone is a course"));
    let found: Vec<String> = files
        .iter()
        .filter_map(|f| f.strip_suffix("/module.yaml"))
        .filter(|m| !m.contains('/'))
        .map(String::from)
        .collect();
    let mut found = found;
    found.retain(|m| super::listing::names_are_safe(&format!("{dir}/{m}/module.yaml"), &[m], out));
    let order = ordered(&file, &text, "modules", meta.modules.as_deref(), &found, out);
    let results: Vec<(Option<Module>, Vec<Diagnostic>)> = order
        .par_iter()
        .map(|m| {
            let mut diags = Vec::new();
            (module(ctx, &dir, m, &files, &mut diags), diags)
        })
        .collect();
    let mut modules = Vec::new();
    // Lessons that could not be read or parsed: links to them are not reported again.
    let mut failed: BTreeSet<String> = ctx.sources.failed();
    for (m, diags) in results {
        failed.extend(diags.iter().filter(|d| d.severity == Severity::Error).map(|d| d.location.file.clone()));
        out.extend(diags);
        modules.extend(m);
    }
    let unloaded = files
        .iter()
        .filter(|f| f.ends_with(".md") && failed.contains(&format!("{dir}/{f}")))
        .filter(|f| {
            let (m, l) = f.trim_end_matches(".md").split_once('/').unwrap_or(("", f));
            !modules.iter().any(|module| module.id == m && module.lessons.iter().any(|x| x.id == l))
        })
        .cloned()
        .chain(refused)
        .collect();
    let mut unloaded: BTreeSet<String> = unloaded;
    if !meta_read {
        // Its own error says why; what lessons say of its objectives is not checked again.
        unloaded.insert("course.yaml".into());
    }
    let course = Course { id: id.to_string(), dir, file, meta, modules, files, unloaded };
    validate::course(&course, &text, ctx.sources, out);
    Some(course)
}

/// The order of `found` items: the `listed` order when given (reporting listed items
/// that are missing and found items left out), else sorted.
fn ordered(
    file: &str,
    text: &str,
    key: &str,
    listed: Option<&[String]>,
    found: &[String],
    out: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let Some(listed) = listed else {
        let mut all = found.to_vec();
        all.sort();
        return all;
    };
    let mut order: Vec<String> = Vec::new();
    for item in listed {
        if order.contains(item) {
            // The second mention, which find_line alone would not reach.
            let place = text.match_indices(item.as_str()).nth(1).map(|(at, _)| at).unwrap_or(0);
            let line = text[..place].matches('\n').count() + 1;
            let column = text[..place].rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            out.push(
                Diagnostic::error(
                    "duplicate-item",
                    Location::new(file, line, column).with_len(item.chars().count()),
                    format!("`{item}` is listed twice in `{key}`"),
                )
                .help(format!("remove the second `{item}`: each appears once")),
            );
        } else if found.contains(item) {
            order.push(item.clone());
        } else {
            let (line, column) = yaml::find_line(text, item);
            out.push(
                Diagnostic::error(
                    "missing-item",
                    Location::new(file, line, column).with_len(item.chars().count()),
                    format!("`{item}` is listed in `{key}` but does not exist"),
                )
                .suggest(item, found.iter().map(String::as_str)),
            );
        }
    }
    for item in found.iter().filter(|f| !listed.contains(f)) {
        let (line, column) = yaml::find_line(text, &format!("{key}:"));
        out.push(Diagnostic::warning(
            "unlisted-item",
            Location::new(file, line, column),
            format!("`{item}` exists but is not listed in `{key}`, so it is left out"),
        ));
    }
    order
}

fn module(
    ctx: &LoadContext,
    dir: &str,
    id: &str,
    files: &BTreeSet<String>,
    out: &mut Vec<Diagnostic>,
) -> Option<Module> {
    let file = format!("{dir}/{id}/module.yaml");
    let text = ctx.sources.read(ctx.root, &file)?;
    let meta: ModuleMeta =
        yaml::parse(&YamlSource { file: &file, text: &text, line_offset: 0, schema: MODULE_SCHEMA }, out).unwrap_or(
            ModuleMeta {
                title: id.to_string(),
                summary: String::new(),
                objectives: Vec::new(),
                lessons: None,
                fallback: Default::default(),
            },
        );
    let prefix = format!("{id}/");
    let found: Vec<String> = files
        .iter()
        .filter_map(|f| f.strip_prefix(&prefix)?.strip_suffix(".md"))
        .filter(|stem| !stem.contains('/') && !is_translation(stem, ctx.known_locales))
        .map(String::from)
        .collect();
    let mut found = found;
    found.retain(|l| super::listing::names_are_safe(&format!("{dir}/{id}/{l}.md"), &[l], out));
    let order = ordered(&file, &text, "lessons", meta.lessons.as_deref(), &found, out);
    let parsed: Vec<(Option<Lesson>, Vec<Diagnostic>)> = order
        .par_iter()
        .map(|stem| {
            let mut diags = Vec::new();
            (lesson(ctx, &format!("{dir}/{id}/{stem}.md"), stem, &mut diags), diags)
        })
        .collect();
    let mut lessons = Vec::new();
    for (l, diags) in parsed {
        out.extend(diags);
        lessons.extend(l.filter(|l| ctx.drafts || !l.front.draft).map(std::sync::Arc::new));
    }
    Some(Module { id: id.to_string(), file, meta, lessons })
}

use crate::naming::is_translation;

/// Parses one lesson file: front matter, directives, sections, and its own rules.
pub fn lesson(ctx: &LoadContext, file: &str, stem: &str, out: &mut Vec<Diagnostic>) -> Option<Lesson> {
    let text = ctx.sources.read(ctx.root, file)?;
    parse_lesson(file, stem, &text, out)
}

/// The pure half of [`lesson`], for tests and for sources already in memory.
pub fn parse_lesson(file: &str, stem: &str, text: &str, out: &mut Vec<Diagnostic>) -> Option<Lesson> {
    let split = frontmatter::split(text);
    if split.yaml.is_empty() && split.body_line == 1 {
        out.push(
            Diagnostic::error("front-matter", Location::file(file), "a lesson starts with YAML front matter")
                .help("begin the file with `---`, `title:` and `duration:` lines, then `---`"),
        );
        return None;
    }
    let src = YamlSource { file, text: split.yaml, line_offset: split.yaml_line - 1, schema: LESSON_SCHEMA };
    let front: LessonFront = yaml::parse(&src, out)?;
    let body = arcstr::Substr::from(split.body);
    let nodes = directives::parse(&Body { file, text: &body, first_line: split.body_line }, out);
    let root = sections::build(file, body.len(), nodes, out);
    let lesson = Lesson { id: stem.to_string(), file: file.to_string(), front, root, body, partner: false };
    validate::lesson(&lesson, out);
    Some(lesson)
}

/// The course's files, course-relative, and the links refused (they lead outside the
/// workspace: overlays come from partners, and a build must never publish a file of
/// the machine it runs on).
fn list_files(ctx: &LoadContext, dir: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let listing = super::listing::list(ctx.root, dir, ctx.sources);
    (listing.files, listing.refused)
}
