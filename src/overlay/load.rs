//! Reads the overlays of a course: every file under `overlays/<region>/`, parsed into
//! operations, regional lessons and modules, and the regional course.yaml.

use super::model::*;
use crate::diagnostics::{Diagnostic, Location};
use crate::naming::is_translation;
use crate::source::directives::{self, Body, Node};
use crate::source::frontmatter;
use crate::source::load::LoadContext;
use crate::source::model::Course;
use crate::source::origin::Origin;
use crate::source::sections::{self, Section};
use crate::source::yaml::{self, YamlSource};
use crate::workspace::Region;
use std::collections::BTreeMap;

/// Every region's overlays of `course`, by region id.
pub fn course_overlays(
    ctx: &LoadContext,
    course: &Course,
    regions: &[Region],
    out: &mut Vec<Diagnostic>,
) -> BTreeMap<String, RegionOverlays> {
    let mut by_region: BTreeMap<String, RegionOverlays> = BTreeMap::new();
    let mut reported = std::collections::BTreeSet::new();
    for rel in course.files.iter().filter_map(|f| f.strip_prefix("overlays/")) {
        let file = format!("{}/overlays/{rel}", course.dir);
        let Some((region, path)) = rel.split_once('/') else { continue };
        if !regions.iter().any(|r| r.id == region && r.id != "global") {
            if !reported.insert(region.to_string()) {
                continue;
            }
            let known: Vec<&str> = regions.iter().map(|r| r.id.as_str()).filter(|r| *r != "global").collect();
            out.push(
                Diagnostic::error(
                    "unknown-region",
                    Location::file(&file),
                    format!("overlays for `{region}`, which glocal.yaml does not declare"),
                )
                .suggest(region, known.iter().copied())
                .help_if_none(format!(
                    "declared regions: {}; `global` is the core and takes no overlays",
                    known.join(", ")
                )),
            );
            continue;
        }
        let parts: Vec<&str> = path.split('/').collect();
        if !crate::source::listing::names_are_safe(&file, &parts, out) {
            continue;
        }
        let entry = by_region.entry(region.to_string()).or_default();
        match parts.as_slice() {
            ["course.yaml"] => entry.course = course_overlay(ctx, &file, out),
            [module, "module.yaml"] => entry.modules.extend(module_overlay(ctx, &file, module, out)),
            [module, name] if name.ends_with(".md") => {
                let stem = &name[..name.len() - 3];
                if !is_translation(stem, ctx.known_locales) {
                    entry.lessons.extend(lesson_overlay(ctx, &file, region, module, stem, course, out));
                }
            }
            _ => {}
        }
    }
    by_region
}

fn course_overlay(ctx: &LoadContext, file: &str, out: &mut Vec<Diagnostic>) -> Option<CourseOverlay> {
    let text = ctx.sources.read(ctx.root, file)?;
    let src = YamlSource { file, text: &text, line_offset: 0, schema: COURSE_OVERLAY_SCHEMA };
    let meta: CourseOverlayMeta = yaml::parse(&src, out)?;
    Some(CourseOverlay { file: file.to_string(), meta })
}

fn module_overlay(ctx: &LoadContext, file: &str, module: &str, out: &mut Vec<Diagnostic>) -> Option<ModuleOverlay> {
    let text = ctx.sources.read(ctx.root, file)?;
    let src = YamlSource { file, text: &text, line_offset: 0, schema: MODULE_OVERLAY_SCHEMA };
    let meta: ModuleOverlayMeta = yaml::parse(&src, out)?;
    Some(ModuleOverlay { module: module.into(), file: file.into(), meta: meta.module_meta(), after: meta.after })
}

/// Parses an overlay lesson. When the core has a lesson at the same path its body is
/// a list of operations; otherwise it is a whole regional lesson.
fn lesson_overlay(
    ctx: &LoadContext,
    file: &str,
    region: &str,
    module: &str,
    stem: &str,
    course: &Course,
    out: &mut Vec<Diagnostic>,
) -> Option<LessonOverlay> {
    let text = ctx.sources.read(ctx.root, file)?;
    let adapts_core = course.lesson(module, stem).is_some();
    // The core lesson is there but could not be read: its own error says why, and the
    // overlay is not taken for a regional lesson of its own.
    if !adapts_core && course.unloaded.contains(&format!("{module}/{stem}.md")) {
        return None;
    }
    let ov = parse(file, region, module, stem, &text, adapts_core, out)?;
    if !adapts_core {
        regional_lesson_checks(file, &ov.front, ov.front_line, module, stem, course, out);
    }
    Some(ov)
}

/// Parses an overlay file's text: operations when it `adapts_core`, else a whole
/// regional lesson.
pub fn parse(
    file: &str,
    region: &str,
    module: &str,
    stem: &str,
    text: &str,
    adapts_core: bool,
    out: &mut Vec<Diagnostic>,
) -> Option<LessonOverlay> {
    let split = frontmatter::split(text);
    let src = YamlSource { file, text: split.yaml, line_offset: split.yaml_line - 1, schema: LESSON_OVERLAY_SCHEMA };
    let mut front: OverlayFront = if split.yaml.is_empty() { OverlayFront::default() } else { yaml::parse(&src, out)? };
    if let Some(lang) = front.lang.take() {
        // `lang` reaches a `lang` attribute on every page that shows the overlay.
        if crate::workspace::locale::is_language_tag(&lang) {
            front.lang = Some(lang);
        } else {
            let (line, column) = yaml::find_line(text, "lang:");
            out.push(
                Diagnostic::error(
                    "locale-id",
                    Location::new(file, line, column),
                    format!("`lang: {lang}` is not a BCP 47 language tag"),
                )
                .help("write a tag such as `vi`, `pt-BR` or `zh-Hant`"),
            );
        }
    }
    let body = arcstr::Substr::from(split.body);
    let nodes = directives::parse(&Body { file, text: &body, first_line: split.body_line }, out);
    let mut root = sections::build(file, body.len(), nodes, out);
    mark_overlay(&mut root, region, file);
    let operations = if adapts_core {
        if front.after.is_some() {
            out.push(
                Diagnostic::error(
                    "overlay-after",
                    Location::new(file, split.yaml_line, 1),
                    "`after:` places a new regional lesson, but the core has a lesson at this path",
                )
                .help("remove `after:`, or give the regional lesson a file name of its own"),
            );
        }
        let mut ops = operations(file, &root, out);
        for op in &mut ops {
            op.column = target_column(text, op.line, &op.target);
        }
        ops
    } else {
        Vec::new()
    };
    Some(LessonOverlay {
        region: region.into(),
        module: module.into(),
        lesson: stem.into(),
        file: file.into(),
        front,
        front_line: split.yaml_line,
        operations,
        root,
        body,
    })
}

fn regional_lesson_checks(
    file: &str,
    front: &OverlayFront,
    line: usize,
    module: &str,
    stem: &str,
    course: &Course,
    out: &mut Vec<Diagnostic>,
) {
    if front.after.is_none() {
        let lessons: Vec<String> = course.lessons().map(|(m, l)| format!("{}/{}", m.id, l.id)).collect();
        out.push(
            Diagnostic::error(
                "overlay-target",
                Location::new(file, line, 1),
                format!("the core has no lesson `{module}/{stem}` to adapt"),
            )
            .suggest(&format!("{module}/{stem}"), lessons.iter().map(String::as_str))
            .help_if_none(
                "a whole regional lesson needs `after: <lesson>` (or `after: _start`) in its front matter".into(),
            ),
        );
    }
    if front.as_lesson().is_none() && front.after.is_some() {
        out.push(Diagnostic::error(
            "front-matter",
            Location::new(file, line, 1),
            "a regional lesson needs `title` and `duration`",
        ));
    }
}

/// Marks every section and directive of an overlay file with its provenance.
pub fn mark_overlay(section: &mut Section, region: &str, file: &str) {
    let line = section.heading.as_ref().map_or(1, |h| h.line);
    section.origin = Origin::overlay(region, file, line);
    mark_nodes(&mut section.body, region, file);
    for child in &mut section.children {
        mark_overlay(child, region, file);
    }
}

fn mark_nodes(nodes: &mut [Node], region: &str, file: &str) {
    for node in nodes {
        if let Node::Directive(d) = node {
            d.origin = Origin::overlay(region, file, d.line);
            mark_nodes(&mut d.children, region, file);
        }
    }
}

/// The column of `target` in the attribute block of file line `line`, so an error
/// about the target points at the id itself rather than at the heading.
fn target_column(text: &str, line: usize, target: &str) -> usize {
    let Some(l) = text.lines().nth(line.saturating_sub(1)) else { return 1 };
    let block = &l[l.rfind('{').unwrap_or(0)..];
    let at = ["after=", "before=", "#"].iter().find_map(|p| {
        block.match_indices(&format!("{p}{target}")).map(|(i, _)| i + p.len()).find(|&end| {
            // A whole id: `#case` must not match inside `#case-study`.
            !block[end + target.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '_')
        })
    });
    at.map_or(1, |i| l[..l.len() - block.len() + i].chars().count() + 1)
}

/// Only sections, activities and questions are what overlays replace, remove or
/// insert: a trainer note standing in for an activity would silently drop it.
fn operable(kind: crate::source::directives::DirectiveKind) -> bool {
    use crate::source::directives::DirectiveKind;
    matches!(kind, DirectiveKind::Activity | DirectiveKind::Question)
}

fn not_operable(file: &str, d: &crate::source::directives::Directive) -> Diagnostic {
    Diagnostic::error(
        "overlay-operation",
        Location::new(file, d.line, 1),
        format!(
            "a `{}` directive cannot be an overlay operation; operations are headings, activities and questions",
            d.kind.name()
        ),
    )
    .help(format!("put the `{}` block inside a section operation such as `## {{#section-id .append}}`", d.kind.name()))
}

/// The operations of an overlay body: top-level headings, and directives whose
/// attributes name an operation (wherever they stand at the top of an operation).
fn operations(file: &str, root: &Section, out: &mut Vec<Diagnostic>) -> Vec<Operation> {
    let mut ops = Vec::new();
    for node in &root.body {
        match node {
            Node::Directive(d) if !operable(d.kind) => out.push(not_operable(file, d)),
            Node::Directive(d) => match OpKind::from_attrs(&d.attrs) {
                Ok((kind, target)) => {
                    let mut d = (**d).clone();
                    d.origin = d.origin.with_key(d.attrs.id.as_deref().unwrap_or(&target));
                    ops.push(Operation { kind, target, line: d.line, column: 1, content: OpContent::Directive(d) })
                }
                Err(why) => out.push(Diagnostic::error("overlay-operation", Location::new(file, d.line, 1), why)),
            },
            Node::Text(t) => out.push(
                Diagnostic::error(
                    "overlay-text",
                    Location::new(file, t.line, 1),
                    "text outside any operation: an overlay is a list of operations",
                )
                .help("put it under a heading such as `## {#section-id .append}`"),
            ),
        }
    }
    for section in &root.children {
        let heading = section.heading.as_ref().expect("child sections have headings");
        let mut content = section.clone();
        content.body.retain(|n| match n {
            Node::Directive(d) if !operable(d.kind) && OpKind::from_attrs(&d.attrs).is_ok() => {
                out.push(not_operable(file, d));
                false
            }
            Node::Directive(d) if OpKind::from_attrs(&d.attrs).is_ok() => {
                let (kind, target) = OpKind::from_attrs(&d.attrs).expect("checked");
                let mut d = (**d).clone();
                d.origin = d.origin.with_key(d.attrs.id.as_deref().unwrap_or(&target));
                ops.push(Operation { kind, target, line: d.line, column: 1, content: OpContent::Directive(d) });
                false
            }
            _ => true,
        });
        match OpKind::from_attrs(&heading.attrs) {
            Ok((kind, target)) => {
                let key = heading.attrs.id.clone().unwrap_or_else(|| target.clone());
                content.origin = content.origin.with_key(&key);
                ops.push(Operation {
                    kind,
                    target,
                    line: heading.line,
                    column: 1,
                    content: OpContent::Section(content),
                })
            }
            Err(why) => out.push(Diagnostic::error("overlay-operation", Location::new(file, heading.line, 1), why)),
        }
    }
    ops.sort_by_key(|op| op.line);
    ops
}

#[cfg(test)]
mod tests;
