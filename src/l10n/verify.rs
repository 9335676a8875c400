//! The checks that keep translations matched to their sources (SPEC section 5): ids a
//! source does not have are errors; what always comes from the source (heading levels,
//! minutes, durations, objectives, `[x]` marks) is a warning where a translation differs.

use super::localize::section_source;
use super::translations::{LessonTranslation, Translations};
use crate::diagnostics::{Diagnostic, Location, closest};
use crate::hashing::hash;
use crate::overlay::model::{OpContent, RegionOverlays};
use crate::source::directives::{Directive, DirectiveKind, Node};
use crate::source::model::Course;
use crate::source::question;
use crate::source::sections::Section;
use std::collections::BTreeMap;

/// What a translated file may hold: the source's sections by key, and its front matter.
struct SourceShape<'a> {
    sections: BTreeMap<String, &'a Section>,
    body: &'a str,
    /// An overlay of operations, whose root holds operations rather than text.
    operations: bool,
    duration: Option<u32>,
    objectives: Option<&'a [String]>,
}

fn lesson_shape(root: &Section) -> BTreeMap<String, &Section> {
    let mut map: BTreeMap<String, &Section> =
        root.walk().into_iter().filter_map(|s| Some((s.id()?.to_string(), s))).collect();
    map.insert("_root".into(), root);
    map
}

/// Checks every lesson and YAML translation of a course against its source.
pub fn check(
    course: &Course,
    overlays: Option<&BTreeMap<String, RegionOverlays>>,
    translations: &Translations,
    out: &mut Vec<Diagnostic>,
) {
    let mut shapes: BTreeMap<&str, SourceShape> = BTreeMap::new();
    for (_, l) in course.lessons() {
        let sections = lesson_shape(&l.root);
        shapes.insert(
            &l.file,
            SourceShape {
                sections,
                body: &l.body,
                operations: false,
                duration: Some(l.front.duration),
                objectives: Some(&l.front.objectives),
            },
        );
    }
    for ov in overlays.into_iter().flat_map(|r| r.values()).flat_map(|r| &r.lessons) {
        let mut sections = lesson_shape(&ov.root);
        for op in &ov.operations {
            if let OpContent::Section(s) = &op.content {
                let key = match &s.origin {
                    crate::source::origin::Origin::Overlay(p) => p.key.clone().unwrap_or_else(|| op.target.clone()),
                    crate::source::origin::Origin::Core => op.target.clone(),
                };
                sections.insert(key, s);
            }
        }
        shapes.insert(
            &ov.file,
            SourceShape {
                sections,
                body: &ov.body,
                operations: !ov.operations.is_empty(),
                duration: ov.front.duration,
                objectives: ov.front.objectives.as_deref(),
            },
        );
    }
    for (source, list) in &translations.lessons {
        let Some(shape) = shapes.get(source.as_str()) else { continue };
        for t in list {
            lesson(t, shape, out);
        }
    }
    yaml_ids(course, translations, out);
}

fn lesson(t: &LessonTranslation, shape: &SourceShape, out: &mut Vec<Diagnostic>) {
    let at = |line: usize| Location::new(&t.file, line, 1);
    if let (Some(d), Some(src)) = (t.front.duration, shape.duration)
        && d != src
    {
        out.push(Diagnostic::warning(
            "translation-differs",
            Location::near(&t.file, "duration:"),
            format!("`duration: {d}` differs from the source's {src}; the source's is used"),
        ));
    }
    if let (Some(o), Some(src)) = (&t.front.objectives, shape.objectives)
        && o.as_slice() != src
    {
        out.push(Diagnostic::warning(
            "translation-differs",
            Location::near(&t.file, "objectives:"),
            "`objectives` differ from the source's; the source's are used",
        ));
    }
    for s in t.root.walk() {
        let Some(h) = &s.heading else { continue };
        let Some(id) = s.id() else { continue };
        match shape.sections.get(id) {
            None => {
                let ids: Vec<&str> = shape.sections.keys().map(String::as_str).filter(|k| *k != "_root").collect();
                let d = Diagnostic::error(
                    "translation-id",
                    at(h.line),
                    format!("the source has no section `{id}` to translate"),
                );
                out.push(match closest(id, ids.iter().copied()) {
                    Some(c) => d.help(format!("did you mean `{c}`?")),
                    None => d.help(format!("ids in the source: {}", ids.join(", "))),
                });
            }
            Some(src) => {
                if let Some(sh) = &src.heading
                    && sh.level != h.level
                    && src.origin == crate::source::origin::Origin::Core
                {
                    out.push(Diagnostic::warning(
                        "translation-differs",
                        at(h.line),
                        format!(
                            "`{id}` is a level-{} heading here but level {} in the source; the source's level is used",
                            h.level, sh.level
                        ),
                    ));
                }
                directives(t, &s.body, &src.body, out);
            }
        }
    }
    if let Some(src) = shape.sections.get("_root").filter(|_| !shape.operations) {
        directives(t, &t.root.body, &src.body, out);
    }
    for (key, stamped) in &t.front.source_hashes {
        let Some(src) = shape.sections.get(key.as_str()) else { continue };
        if hash(&section_source(src, key, shape.body)) != *stamped {
            out.push(
                Diagnostic::warning(
                    "translation-stale",
                    at(t.root
                        .walk()
                        .iter()
                        .find(|s| s.id() == Some(key))
                        .and_then(|s| s.heading.as_ref())
                        .map_or(t.front_line, |h| h.line)),
                    format!("stale: the source of `{key}` changed since this translation was stamped"),
                )
                .help(format!("update the translation, then run `glocal l10n stamp {}`", t.file)),
            );
        }
    }
}

fn own_directives(nodes: &[Node]) -> Vec<&Directive> {
    nodes
        .iter()
        .filter_map(|n| match n {
            Node::Directive(d) => Some(&**d),
            Node::Text(_) => None,
        })
        .collect()
}

fn directives(t: &LessonTranslation, translated: &[Node], source: &[Node], out: &mut Vec<Diagnostic>) {
    let (tr, src) = (own_directives(translated), own_directives(source));
    for (a, b) in tr.iter().zip(&src) {
        let at = Location::new(&t.file, a.line, 1);
        if a.kind != b.kind {
            out.push(Diagnostic::warning(
                "translation-differs",
                at,
                format!("a `{}` directive where the source has `{}`", a.kind.name(), b.kind.name()),
            ));
            continue;
        }
        if let (Some(x), Some(y)) = (a.attrs.get("minutes"), b.attrs.get("minutes"))
            && x != y
        {
            out.push(Diagnostic::warning(
                "translation-differs",
                at.clone(),
                format!("`minutes={x}` differs from the source's {y}; the source's is used"),
            ));
        }
        if a.kind == DirectiveKind::Question {
            let marks = |d: &Directive| question::parts(d).options.iter().map(|o| o.correct).collect::<Vec<_>>();
            if marks(a) != marks(b) {
                out.push(Diagnostic::warning(
                    "translation-differs",
                    at.clone(),
                    "the `[x]` marks differ from the source's; the source's are used",
                ));
            }
        }
        directives(t, &a.children, &b.children, out);
    }
    if tr.len() != src.len() {
        let line = tr.first().map_or(1, |d| d.line);
        out.push(Diagnostic::warning(
            "translation-differs",
            Location::new(&t.file, line, 1),
            format!("{} directives here but {} in the source section", tr.len(), src.len()),
        ));
    }
}

fn yaml_ids(course: &Course, translations: &Translations, out: &mut Vec<Diagnostic>) {
    let meta = &course.meta;
    let lists: [(&str, Vec<&str>); 4] = [
        ("objectives", meta.objectives.iter().map(|o| o.id.as_str()).collect()),
        ("behaviours", meta.behaviours.iter().map(|o| o.id.as_str()).collect()),
        ("kpis", meta.kpis.iter().map(|o| o.id.as_str()).collect()),
        ("certification", meta.certification.iter().map(|o| o.id.as_str()).collect()),
    ];
    for t in translations.courses.get(&course.file).into_iter().flatten() {
        let v = &t.value;
        for ((key, ids), items) in lists.iter().zip([&v.objectives, &v.behaviours, &v.kpis, &v.certification]) {
            for item in items.iter().filter(|i| !ids.contains(&i.id.as_str())) {
                out.push(
                    Diagnostic::error(
                        "translation-id",
                        // Placed at the item once sources are at hand.
                        Location::near(&t.file, item.id.clone()),
                        format!("`{}` in `{key}` is not an id of the source", item.id),
                    )
                    .suggest(&item.id, ids.iter().copied()),
                );
            }
        }
    }
}
