//! Course x region -> the region's adapted course (SPEC section 4): operations applied
//! as tree edits on the core lessons, regional lessons and modules placed, and the
//! regional course.yaml merged. Every piece keeps its provenance.

use super::model::*;
use crate::diagnostics::{Diagnostic, Location, closest};
use crate::source::directives::{Directive, Node};
use crate::source::model::{Course, Lesson, Module};
use crate::source::sections::Section;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Applies a region's overlays to the core course. Problems are pushed to `out`; the
/// operations that can be applied are.
pub fn adapt(core: &Course, overlays: &RegionOverlays, out: &mut Vec<Diagnostic>) -> Course {
    let mut course = core.clone();
    if let Some(co) = &overlays.course {
        course_overlay(&mut course, co, out);
    }
    for m in &overlays.modules {
        place_module(&mut course, m, overlays, out);
    }
    for ov in &overlays.lessons {
        match course.modules.iter_mut().find(|m| m.id == ov.module) {
            Some(module) => match module.lessons.iter().position(|l| l.id == ov.lesson) {
                Some(i) => {
                    let lesson = Arc::make_mut(&mut module.lessons[i]);
                    apply_lesson(lesson, ov, out);
                }
                None if core_module(core, &ov.module) => place_lesson(module, ov, out),
                None => {}
            },
            None => {
                let modules: Vec<&str> = core.modules.iter().map(|m| m.id.as_str()).collect();
                out.push(
                    Diagnostic::error(
                        "overlay-target",
                        Location::file(&ov.file),
                        format!("there is no module `{}` to adapt", ov.module),
                    )
                    .suggest(&ov.module, modules.iter().copied())
                    .help_if_none(
                        "a regional module needs overlays/<region>/<module>/module.yaml with `after:`".into(),
                    ),
                );
            }
        }
    }
    course
}

fn core_module(core: &Course, id: &str) -> bool {
    core.modules.iter().any(|m| m.id == id)
}

/// The region of an overlay file: `curricula/<course>/overlays/<region>/...`.
fn region_of(file: &str) -> &str {
    file.split('/').skip_while(|p| *p != "overlays").nth(1).unwrap_or("regional")
}

fn course_overlay(course: &mut Course, co: &CourseOverlay, out: &mut Vec<Diagnostic>) {
    let meta = &co.meta;
    if let Some(schedule) = &meta.schedule {
        course.meta.schedule = Some(schedule.clone());
    }
    for k in &meta.kpis {
        match course.meta.kpis.iter_mut().find(|x| x.id == k.id) {
            Some(kpi) => {
                kpi.baseline = k.baseline.unwrap_or(kpi.baseline);
                kpi.target = k.target.unwrap_or(kpi.target);
            }
            None => {
                let ids: Vec<String> = course.meta.kpis.iter().map(|x| x.id.clone()).collect();
                out.push(unknown_id(&co.file, "KPI", &k.id, &ids));
            }
        }
    }
    for b in &meta.behaviours {
        if course.meta.behaviours.iter().any(|x| x.id == b.id) {
            out.push(
                Diagnostic::error(
                    "duplicate-id",
                    Location::near(&co.file, format!("id: {}", b.id)),
                    format!(
                        "behaviour `{}` is already in the course; a region adds behaviours, it cannot repeat one",
                        b.id
                    ),
                )
                .help(format!("give it an id of its own, such as `{}-{}`", b.id, region_of(&co.file))),
            );
        } else {
            course.meta.behaviours.push(b.clone());
        }
    }
    // A region's plain questions continue the core's numbering: `reaction-4` after three.
    let core = course.meta.reaction_questions.len();
    for (i, q) in meta.reaction_questions.iter().enumerate() {
        let mut q = q.clone();
        if q.id == format!("reaction-{}", i + 1) {
            q.id = format!("reaction-{}", core + i + 1);
        }
        course.meta.reaction_questions.push(q);
    }
    for item in &meta.exclude {
        let found = item.split_once('/').and_then(|(m, l)| {
            let module = course.modules.iter_mut().find(|x| x.id == m)?;
            let i = module.lessons.iter().position(|x| x.id == l)?;
            module.lessons.remove(i);
            Some(())
        });
        if found.is_none() {
            let all: Vec<String> = course.lessons().map(|(m, l)| format!("{}/{}", m.id, l.id)).collect();
            out.push(unknown_id(&co.file, "lesson", item, &all));
        }
    }
}

fn unknown_id(file: &str, what: &str, id: &str, known: &[String]) -> Diagnostic {
    Diagnostic::error(
        "overlay-target",
        Location::near(file, id),
        format!("there is no {what} `{id}` in the core course"),
    )
    .suggest(id, known.iter().map(String::as_str))
}

/// Places a regional module after the module it names (or first for `_start`), with
/// the regional lessons in its folder.
fn place_module(course: &mut Course, m: &ModuleOverlay, overlays: &RegionOverlays, out: &mut Vec<Diagnostic>) {
    let index = match m.after.as_str() {
        "_start" => Some(0),
        after => course.modules.iter().position(|x| x.id == after).map(|i| i + 1),
    };
    let Some(index) = index else {
        let ids: Vec<&str> = course.modules.iter().map(|x| x.id.as_str()).collect();
        out.push(
            Diagnostic::error(
                "overlay-after",
                Location::near(&m.file, "after:"),
                format!("`after: {}` names no module", m.after),
            )
            .suggest(&m.after, ids.iter().copied()),
        );
        return;
    };
    let mut lessons: Vec<&LessonOverlay> = overlays.lessons.iter().filter(|l| l.module == m.module).collect();
    if let Some(order) = &m.meta.lessons {
        lessons.sort_by_key(|l| order.iter().position(|o| o == &l.lesson).unwrap_or(usize::MAX));
    }
    let lessons = lessons.into_iter().filter_map(|l| regional_lesson(l).map(Arc::new)).collect();
    course.modules.insert(index, Module { id: m.module.clone(), file: m.file.clone(), meta: m.meta.clone(), lessons });
}

fn regional_lesson(ov: &LessonOverlay) -> Option<Lesson> {
    Some(Lesson {
        id: ov.lesson.clone(),
        file: ov.file.clone(),
        front: ov.front.as_lesson()?,
        root: ov.root.clone(),
        body: ov.body.clone(),
        partner: true,
    })
}

/// Places a whole regional lesson in a core module, `after` a lesson or at `_start`;
/// ties go by file name, which is the order overlays are read in.
fn place_lesson(module: &mut Module, ov: &LessonOverlay, out: &mut Vec<Diagnostic>) {
    let Some(after) = ov.front.after.as_deref() else { return };
    let Some(lesson) = regional_lesson(ov) else { return };
    let index = match after {
        "_start" => Some(module.lessons.iter().take_while(|l| l.file.contains("/overlays/")).count()),
        after => module.lessons.iter().position(|l| l.id == after).map(|i| {
            let mut i = i + 1;
            while module.lessons.get(i).is_some_and(|l| l.file.contains("/overlays/") && l.id < ov.lesson) {
                i += 1;
            }
            i
        }),
    };
    match index {
        Some(i) => module.lessons.insert(i, Arc::new(lesson)),
        None => {
            let ids: Vec<&str> = module.lessons.iter().map(|l| l.id.as_str()).collect();
            out.push(
                Diagnostic::error(
                    "overlay-after",
                    Location::near(&ov.file, "after:"),
                    format!("`after: {after}` names no lesson of module `{}`", module.id),
                )
                .suggest(after, ids.iter().copied()),
            );
        }
    }
}

/// Applies a lesson overlay's operations and front matter to a copy of the core lesson.
pub fn apply_lesson(lesson: &mut Lesson, ov: &LessonOverlay, out: &mut Vec<Diagnostic>) {
    lesson.partner = true;
    if let Some(title) = &ov.front.title {
        lesson.front.title = title.clone();
    }
    if let Some(duration) = ov.front.duration {
        lesson.front.duration = duration;
    }
    let mut seen = BTreeSet::new();
    let removed: BTreeSet<&str> =
        ov.operations.iter().filter(|op| op.kind == OpKind::Remove).map(|op| op.target.as_str()).collect();
    for op in &ov.operations {
        let at = Location::new(&ov.file, op.line, op.column).with_len(op.target.chars().count());
        // Placing new sections beside a target leaves it free to be changed once.
        let changes = matches!(op.kind, OpKind::Replace | OpKind::Remove | OpKind::Append);
        if !changes && removed.contains(op.target.as_str()) {
            out.push(
                Diagnostic::error("overlay-twice", at, format!("`{}` is removed by this overlay", op.target))
                    .help("place the new section beside a section the region keeps"),
            );
            continue;
        }
        if changes && !seen.insert(op.target.as_str()) {
            out.push(
                Diagnostic::error("overlay-twice", at, format!("a second operation on `{}`", op.target))
                    .help("merge the two into one operation"),
            );
            continue;
        }
        if let Err(d) = apply_op(&mut lesson.root, op, at) {
            out.push(d);
        }
    }
    check_adapted(lesson, ov, out);
}

/// The lesson rules, again on the region's version: ids stay unique, and activities
/// still fit the (possibly regional) duration.
fn check_adapted(lesson: &Lesson, ov: &LessonOverlay, out: &mut Vec<Diagnostic>) {
    let mut seen = BTreeSet::new();
    let mut minutes = 0;
    for s in lesson.root.walk() {
        let ids = s.id().map(|id| (id, &s.origin)).into_iter();
        let directives = crate::source::validate::directives_in(&s.body);
        for d in &directives {
            if d.kind == crate::source::directives::DirectiveKind::Activity {
                minutes += d.attrs.get("minutes").and_then(|m| m.parse::<u32>().ok()).unwrap_or(0);
            }
        }
        for (id, origin) in ids.chain(directives.iter().filter_map(|d| Some((d.attrs.id.as_deref()?, &d.origin)))) {
            if !seen.insert(id)
                && let crate::source::origin::Origin::Overlay(p) = origin
            {
                out.push(
                    Diagnostic::error(
                        "duplicate-id",
                        Location::new(&p.file, p.line, 1),
                        format!("the id `{id}` is already used in the lesson this overlay adapts"),
                    )
                    .help("give the regional section or directive an id of its own"),
                );
            }
        }
    }
    if minutes > lesson.front.duration {
        out.push(Diagnostic::warning(
            "activities-too-long",
            Location::new(&ov.file, ov.front_line, 1),
            format!(
                "for this region the activities take {minutes} minutes, more than the lesson's {} minutes",
                lesson.front.duration
            ),
        ));
    }
}

fn apply_op(root: &mut Section, op: &Operation, at: Location) -> Result<(), Diagnostic> {
    match &op.content {
        OpContent::Section(s) => apply_section_op(root, op, s, at),
        OpContent::Directive(d) => apply_directive_op(root, op, d, at),
    }
}

/// The child-index path to the section with `id`, and whether it or an ancestor is locked.
/// Where a section sits and what is locked about it.
struct Found {
    /// Child indices from the root.
    path: Vec<usize>,
    /// The section itself is locked.
    locked: bool,
    /// A section around it is locked: nothing may be added beside it either.
    inside_locked: bool,
}

fn find_section(s: &Section, id: &str) -> Option<Found> {
    for (i, c) in s.children.iter().enumerate() {
        if c.id() == Some(id) {
            return Some(Found { path: vec![i], locked: c.locked(), inside_locked: s.locked() });
        }
        if let Some(mut found) = find_section(c, id) {
            found.path.insert(0, i);
            found.inside_locked |= s.locked();
            return Some(found);
        }
    }
    None
}

fn at_path<'s>(root: &'s mut Section, path: &[usize]) -> &'s mut Section {
    path.iter().fold(root, |s, &i| &mut s.children[i])
}

fn all_ids(root: &Section) -> Vec<String> {
    let mut ids: Vec<String> = root.walk().iter().filter_map(|s| s.id().map(String::from)).collect();
    for s in root.walk() {
        ids.extend(crate::source::validate::directives_in(&s.body).iter().filter_map(|d| d.attrs.id.clone()));
    }
    ids
}

fn no_target(root: &Section, op: &Operation, at: Location) -> Diagnostic {
    let ids = all_ids(root);
    let near: Vec<&str> = ids.iter().map(String::as_str).collect();
    let d = Diagnostic::error("overlay-target", at, format!("`{}` is not an id in the core lesson", op.target));
    match closest(&op.target, near.iter().copied()) {
        Some(c) => d.help(format!("did you mean `{c}`? ids here: {}", near.join(", "))),
        None => d.help(format!("ids here: {}", near.join(", "))),
    }
}

fn locked(op: &Operation, at: Location) -> Diagnostic {
    Diagnostic::error(
        "locked-section",
        at,
        format!("`{}` is locked (compliance or safety content): no overlay may change it", op.target),
    )
    .help("add regional content beside it with `after=` instead, or ask the core authors")
}

fn apply_section_op(root: &mut Section, op: &Operation, s: &Section, at: Location) -> Result<(), Diagnostic> {
    let Some(Found { path, locked: target_locked, inside_locked }) = find_section(root, &op.target) else {
        return Err(no_target(root, op, at));
    };
    let is_locked = target_locked || inside_locked;
    let (index, parent_path) = path.split_last().expect("a found path is not empty");
    let target_level = at_path(root, &path).level();
    let mut new = s.clone();
    shift_levels(&mut new, target_level as i16 - s.level() as i16);
    match op.kind {
        OpKind::Replace | OpKind::Remove | OpKind::Append if is_locked => return Err(locked(op, at)),
        // Beside a locked section is fine; inside one is not.
        OpKind::InsertAfter | OpKind::InsertBefore if inside_locked => return Err(locked(op, at)),
        OpKind::Replace => {
            let target = at_path(root, &path);
            let heading = new.heading.as_mut().expect("operations are headings");
            if heading.title.trim().is_empty() {
                heading.title = target.heading.as_ref().map(|h| h.title.clone()).unwrap_or_default();
            }
            heading.attrs = target.heading.as_ref().map(|h| h.attrs.clone()).unwrap_or_default();
            *target = new;
        }
        OpKind::Remove => {
            at_path(root, parent_path).children.remove(*index);
        }
        OpKind::Append => {
            let target = at_path(root, &path);
            let mut appended = new;
            appended.heading = None;
            target.children.push(appended);
        }
        OpKind::InsertAfter | OpKind::InsertBefore => {
            let heading = new.heading.as_mut().expect("operations are headings");
            heading.attrs.pairs.retain(|(k, _)| k != "after" && k != "before");
            let i = if op.kind == OpKind::InsertAfter { index + 1 } else { *index };
            at_path(root, parent_path).children.insert(i, new);
        }
    }
    Ok(())
}

/// Moves every heading of a section by `delta` levels, within h1..h6.
fn shift_levels(s: &mut Section, delta: i16) {
    if let Some(h) = &mut s.heading {
        h.level = (h.level as i16 + delta).clamp(1, 6) as u8;
    }
    for c in &mut s.children {
        shift_levels(c, delta);
    }
}

fn apply_directive_op(root: &mut Section, op: &Operation, d: &Directive, at: Location) -> Result<(), Diagnostic> {
    let mut new = d.clone();
    new.attrs.classes.retain(|c| !matches!(c.as_str(), "replace" | "remove" | "append"));
    new.attrs.pairs.retain(|(k, _)| k != "after" && k != "before");
    let mut result = None;
    edit_directive(root, &op.target, false, &mut |nodes, i, is_locked| {
        result = Some(if is_locked {
            Err(locked(op, at.clone()))
        } else {
            let _: () = match op.kind {
                OpKind::Replace => {
                    if let Node::Directive(old) = &nodes[i] {
                        new.attrs.id = old.attrs.id.clone();
                    }
                    nodes[i] = Node::Directive(Box::new(new.clone()));
                }
                OpKind::Remove => {
                    nodes.remove(i);
                }
                OpKind::Append => {
                    if let Node::Directive(old) = &mut nodes[i] {
                        old.children.extend(new.children.iter().cloned());
                    }
                }
                OpKind::InsertAfter => nodes.insert(i + 1, Node::Directive(Box::new(new.clone()))),
                OpKind::InsertBefore => nodes.insert(i, Node::Directive(Box::new(new.clone()))),
            };
            Ok(())
        });
    });
    result.unwrap_or_else(|| Err(no_target(root, op, at)))
}

/// Finds the directive with `id` anywhere in the tree and hands its containing list,
/// index, and whether it sits in a locked section, to `edit`.
fn edit_directive(s: &mut Section, id: &str, locked: bool, edit: &mut dyn FnMut(&mut Vec<Node>, usize, bool)) -> bool {
    let locked = locked || s.locked();
    if edit_in_nodes(&mut s.body, id, locked, edit) {
        return true;
    }
    s.children.iter_mut().any(|c| edit_directive(c, id, locked, edit))
}

fn edit_in_nodes(
    nodes: &mut Vec<Node>,
    id: &str,
    locked: bool,
    edit: &mut dyn FnMut(&mut Vec<Node>, usize, bool),
) -> bool {
    if let Some(i) = nodes.iter().position(|n| matches!(n, Node::Directive(d) if d.attrs.id.as_deref() == Some(id))) {
        edit(nodes, i, locked);
        return true;
    }
    nodes.iter_mut().any(|n| match n {
        Node::Directive(d) => edit_in_nodes(&mut d.children, id, locked, edit),
        Node::Text(_) => false,
    })
}

#[cfg(test)]
mod tests;
