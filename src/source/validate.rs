//! The rules a course must keep beyond its syntax: unique ids, activities with minutes
//! that fit their lesson, questions with a right answer, objectives that exist.

use super::directives::{Directive, DirectiveKind, Node};
use super::model::{Course, Lesson};
use super::question;
use super::sections::Section;
use super::yaml;
use crate::diagnostics::{Diagnostic, Location};
use crate::sources::SourceMap;
use std::collections::BTreeMap;

/// Every directive in a list of nodes, depth first.
pub fn directives_in(nodes: &[Node]) -> Vec<&Directive> {
    let mut out = Vec::new();
    for n in nodes {
        if let Node::Directive(d) = n {
            out.push(&**d);
            out.extend(directives_in(&d.children));
        }
    }
    out
}

/// A lesson's own rules.
pub fn lesson(lesson: &Lesson, out: &mut Vec<Diagnostic>) {
    let file = lesson.file.as_str();
    let sections = lesson.root.walk();
    let mut ids: BTreeMap<String, usize> = BTreeMap::new();
    let mut note_id = |id: &str, line: usize, out: &mut Vec<Diagnostic>| {
        if let Some(first) = ids.insert(id.to_string(), line) {
            out.push(
                Diagnostic::error(
                    "duplicate-id",
                    Location::new(file, line, 1),
                    format!("the id `{id}` is used twice in this lesson"),
                )
                .help(format!("it was first used on line {first}; ids must be unique within a lesson")),
            );
        }
    };
    let mut activity_minutes = 0;
    for s in &sections {
        if let (Some(id), Some(h)) = (s.id(), &s.heading) {
            note_id(id, h.line, out);
        }
        for d in directives_in(&s.body) {
            if let Some(id) = &d.attrs.id {
                note_id(id, d.line, out);
            }
            match d.kind {
                DirectiveKind::Activity => activity_minutes += activity(file, d, out),
                DirectiveKind::Question => check_question(file, d, out),
                _ => {}
            }
        }
    }
    if activity_minutes > lesson.front.duration {
        out.push(Diagnostic::warning(
            "activities-too-long",
            Location::new(file, 3, 1),
            format!(
                "the activities take {activity_minutes} minutes, more than the lesson's duration of {} minutes",
                lesson.front.duration
            ),
        ));
    }
    untitled_top_sections(file, &lesson.root, !ids.is_empty(), out);
}

fn untitled_top_sections(file: &str, root: &Section, has_ids: bool, out: &mut Vec<Diagnostic>) {
    if !has_ids {
        return;
    }
    for s in root.children.iter().filter(|s| s.id().is_none()) {
        let h = s.heading.as_ref().expect("children have headings");
        out.push(
            Diagnostic::warning(
                "heading-without-id",
                Location::new(file, h.line, 1),
                format!("the heading `{}` has no id, so overlays and translations cannot address it", h.title),
            )
            .help("add an id at the end of the heading, such as `{#my-section}`"),
        );
    }
}

/// Checks an activity's `minutes` and returns them.
fn activity(file: &str, d: &Directive, out: &mut Vec<Diagnostic>) -> u32 {
    match d.attrs.get("minutes").map(str::parse::<u32>) {
        Some(Ok(m)) => m,
        Some(Err(_)) | None => {
            out.push(
                Diagnostic::error("activity-minutes", Location::new(file, d.line, 1), "an activity needs `minutes=N`")
                    .help("write `::: activity {#id minutes=20}`"),
            );
            0
        }
    }
}

fn check_question(file: &str, d: &Directive, out: &mut Vec<Diagnostic>) {
    let q = question::parts(d);
    let at = Location::new(file, d.line, 1);
    if q.options.is_empty() {
        out.push(
            Diagnostic::error("question-options", at, "a question needs answer options as a task list")
                .help("write options as `- [ ] wrong` and `- [x] right`"),
        );
    } else if !q.options.iter().any(|o| o.correct) {
        out.push(
            Diagnostic::error("question-answer", at, "no option of this question is marked correct")
                .help("mark each correct option `[x]`"),
        );
    }
}

/// A course's rules across its files.
pub fn course(course: &Course, text: &str, sources: &SourceMap, out: &mut Vec<Diagnostic>) {
    let file = course.file.as_str();
    let objectives: Vec<&str> = course.meta.objectives.iter().map(|o| o.id.as_str()).collect();
    let lists: [(&str, Vec<&str>); 4] = [
        ("objectives", objectives.clone()),
        ("behaviours", course.meta.behaviours.iter().map(|b| b.id.as_str()).collect()),
        ("kpis", course.meta.kpis.iter().map(|k| k.id.as_str()).collect()),
        ("certification", course.meta.certification.iter().map(|c| c.id.as_str()).collect()),
    ];
    for (key, ids) in &lists {
        for (i, id) in ids.iter().enumerate() {
            if ids[..i].contains(id) {
                let (line, column) = yaml::find_line(text, &format!("id: {id}"));
                out.push(Diagnostic::error(
                    "duplicate-id",
                    Location::new(file, line, column),
                    format!("`{id}` appears twice in `{key}`"),
                ));
            }
        }
    }
    for b in &course.meta.behaviours {
        for o in &b.objectives {
            unknown_objective(file, text, o, &objectives, out);
        }
    }
    // A course.yaml that could not be read knows no objective: its error is enough.
    let modules = if course.unloaded.contains("course.yaml") { &[][..] } else { &course.modules[..] };
    for m in modules {
        for o in &m.meta.objectives {
            unknown_objective(&m.file, &sources.get(&m.file).unwrap_or_default(), o, &objectives, out);
        }
        for l in &m.lessons {
            for o in &l.front.objectives {
                unknown_objective(&l.file, &sources.get(&l.file).unwrap_or_default(), o, &objectives, out);
            }
        }
    }
    schedule(course, text, sources, out);
}

fn unknown_objective(file: &str, text: &str, id: &str, known: &[&str], out: &mut Vec<Diagnostic>) {
    if known.contains(&id) {
        return;
    }
    let (line, column) = yaml::find_line(text, id);
    out.push(
        Diagnostic::error(
            "unknown-objective",
            Location::new(file, line, column),
            format!("no course objective has the id `{id}`"),
        )
        .suggest(id, known.iter().copied()),
    );
}

fn schedule(course: &Course, text: &str, sources: &SourceMap, out: &mut Vec<Diagnostic>) {
    let Some(schedule) = &course.meta.schedule else {
        return;
    };
    // A module whose module.yaml could not be read is reported as such, not again here.
    let unread = sources.failed();
    let unread =
        unread.iter().filter_map(|f| f.strip_prefix(&format!("{}/", course.dir))?.strip_suffix("/module.yaml"));
    let modules: Vec<&str> = course.modules.iter().map(|m| m.id.as_str()).chain(unread).collect();
    let mut scheduled = Vec::new();
    for session in &schedule.sessions {
        for m in &session.modules {
            if !modules.contains(&m.as_str()) {
                let (line, column) = yaml::find_line(text, m);
                out.push(
                    Diagnostic::error(
                        "unknown-module",
                        Location::new(&course.file, line, column),
                        format!("the schedule names module `{m}`, which the course does not have"),
                    )
                    .suggest(m, modules.iter().copied()),
                );
            }
            scheduled.push(m.as_str());
        }
    }
    for m in modules.iter().filter(|m| !scheduled.contains(m)) {
        let (line, column) = yaml::find_line(text, "sessions:");
        out.push(Diagnostic::warning(
            "unscheduled-module",
            Location::new(&course.file, line, column),
            format!("module `{m}` is in no session of the schedule"),
        ));
    }
}

/// What `only` and `variant` attributes may name: the workspace's regions and the keys
/// of their profiles.
pub struct Conditions<'a> {
    pub regions: Vec<&'a str>,
    pub profile_keys: Vec<&'a str>,
    /// Every `(key, value)` some region's profile has.
    pub profile_values: Vec<(&'a str, &'a str)>,
}

/// A profile value no region has: a typo, or content written ahead of any region that
/// uses it. An `only` block with it is shown to nobody, which the author should know; a
/// variant for a style no region uses yet is normal, so only a near miss is reported.
fn unmatched_values(
    d: &Directive,
    key: &str,
    values: &str,
    known: &Conditions,
    at: Location,
    out: &mut Vec<Diagnostic>,
) {
    let held: Vec<&str> = known.profile_values.iter().filter(|(k, _)| *k == key).map(|(_, v)| *v).collect();
    let typo = |v: &str| crate::diagnostics::closest(v, held.iter().copied()).is_some();
    // A variant matches its whole value; only `only` reads a comma list.
    let listed: Vec<&str> =
        if d.kind == DirectiveKind::Variant { vec![values.trim()] } else { values.split(',').map(str::trim).collect() };
    for v in listed.into_iter().filter(|v| !held.contains(v)) {
        if d.kind == DirectiveKind::Variant && !typo(v) && !v.contains(',') {
            continue;
        }
        out.push(
            Diagnostic::warning(
                "unmatched-condition",
                at.clone(),
                format!("no region's profile has `{key}: {v}`, so no region sees this"),
            )
            .suggest(v, held.iter().copied())
            .help_if_none(format!("values of `{key}` in glocal.yaml: {}", held.join(", "))),
        );
    }
}

/// Checks every `only` and `variant` attribute of a lesson (or overlay) body: a
/// misspelt region or key would silently hide content from every region.
pub fn conditions(file: &str, root: &Section, known: &Conditions, out: &mut Vec<Diagnostic>) {
    for s in root.walk() {
        for d in directives_in(&s.body) {
            if !matches!(d.kind, DirectiveKind::Only | DirectiveKind::Variant) {
                continue;
            }
            for (key, values) in &d.attrs.pairs {
                let at = Location::new(file, d.line, 1);
                let region_key = d.kind == DirectiveKind::Only && (key == "region" || key == "not_region");
                if region_key {
                    for v in values.split(',').map(str::trim).filter(|v| !known.regions.contains(v)) {
                        out.push(
                            Diagnostic::error(
                                "unknown-region",
                                at.clone(),
                                format!("`{key}={values}` names `{v}`, which is not a region"),
                            )
                            .suggest(v, known.regions.iter().copied())
                            .help_if_none(format!("regions: {}", known.regions.join(", "))),
                        );
                    }
                } else if !known.profile_keys.contains(&key.as_str()) {
                    let mut names = known.profile_keys.clone();
                    if d.kind == DirectiveKind::Only {
                        names.extend(["region", "not_region"]);
                    }
                    out.push(
                        Diagnostic::error(
                            "unknown-condition",
                            at,
                            format!("`{key}` is neither a region condition nor a key of any region's profile"),
                        )
                        .suggest(key, names.iter().copied())
                        .help_if_none(format!("profile keys in glocal.yaml: {}", known.profile_keys.join(", "))),
                    );
                } else {
                    unmatched_values(d, key, values, known, at, out);
                }
            }
        }
    }
}
