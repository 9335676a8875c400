//! Regions (SPEC sections 3 and 4): overlays read and applied to the core as tree edits,
//! the adaptation share against the budget, and pinning with stale detection.

pub mod apply;
pub mod load;
pub mod model;
pub mod pin;
pub mod profile;
pub mod share;

use crate::diagnostics::{Diagnostic, Location};
use crate::source::model::Course;
use crate::workspace::{Region, Workspace};
use model::RegionOverlays;

/// One region's adaptation of one course: the adapted course and what it costs.
pub struct Adaptation {
    pub course: Course,
    pub region: String,
    /// `None` for `global`, which is the core.
    pub share: Option<share::Share>,
    pub budget: f64,
    pub stale: Vec<pin::Stale>,
}

/// The budget that applies: the region's, else the course's, else the workspace's,
/// else 20%.
pub fn budget(ws: &Workspace, course: &Course, region: &Region) -> f64 {
    region.budget.or(course.meta.adaptation_budget).or(ws.config.adaptation_budget).map_or(20.0, |p| p.0)
}

/// Adapts `core` for `region`, checking pins and the budget. `known` is the share an
/// earlier build counted from the same sources; without it the share is counted from
/// `core_words`.
pub fn adapt_region(
    ws: &Workspace,
    core: &Course,
    core_words: &share::CoreWords,
    region: &Region,
    known: Option<&share::Share>,
    out: &mut Vec<Diagnostic>,
) -> Adaptation {
    let budget = budget(ws, core, region);
    if region.id == "global" {
        return Adaptation { course: core.clone(), region: region.id.clone(), share: None, budget, stale: Vec::new() };
    }
    let empty = RegionOverlays::default();
    let overlays = ws.overlays.get(&core.id).and_then(|r| r.get(&region.id)).unwrap_or(&empty);
    let course = apply::adapt(core, overlays, out);
    let mut stale = Vec::new();
    for ov in &overlays.lessons {
        if let Some(core_lesson) = core.lesson(&ov.module, &ov.lesson) {
            for s in pin::check(core_lesson, ov, out) {
                out.push(
                    Diagnostic::warning(
                        "overlay-stale",
                        Location::new(&ov.file, pin::targets(ov).get(s.section.as_str()).copied().unwrap_or(1), 1),
                        format!(
                            "stale: the core section {} changed since this overlay was pinned",
                            named(core_lesson, &s.section)
                        ),
                    )
                    .help(format!(
                        "review the change, then run `glocal pin --region {}`\n{}",
                        region.id,
                        pin::describe_change(&ws.root, core_lesson, &s)
                    )),
                );
                stale.push(s);
            }
        }
    }
    let global = ws.region("global").expect("global always exists");
    let share = known.cloned().unwrap_or_else(|| share::share(core_words, &course, region, global));
    if share.percent > budget + 1e-9 {
        out.push(over_budget(ws, core, region, &share, budget));
    }
    Adaptation { course, region: region.id.clone(), share: Some(share), budget, stale }
}

/// A section as an author knows it: its title, then its id (`“Case study” (case-study)`).
fn named(lesson: &crate::source::model::Lesson, id: &str) -> String {
    let title = lesson
        .root
        .walk()
        .into_iter()
        .find(|s| s.id() == Some(id))
        .and_then(|s| s.heading.as_ref())
        .map(|h| h.title.clone());
    match title.filter(|t| !t.is_empty()) {
        Some(t) => format!("“{t}” (`{id}`)"),
        None => format!("`{id}`"),
    }
}

fn over_budget(ws: &Workspace, core: &Course, region: &Region, share: &share::Share, budget: f64) -> Diagnostic {
    let at = share.contributions.first().map(|c| Location::new(&c.file, c.line, 1)).unwrap_or_else(|| {
        let text = ws.sources.get(crate::workspace::config::FILE).unwrap_or_default();
        let (line, column) = crate::source::yaml::find_line(&text, &format!("id: {}", region.id));
        Location::new(crate::workspace::config::FILE, line, column)
    });
    let largest: Vec<String> =
        share.contributions.iter().take(3).map(|c| format!("{}:{} ({} words)", c.file, c.line, c.words)).collect();
    Diagnostic::error(
        "over-budget",
        at,
        format!(
            "region `{}` adapts {}% of `{}`, over its budget of {budget}%",
            region.id,
            share::round1(share.percent),
            core.id
        ),
    )
    .help(format!(
        "largest contributions: {}",
        if largest.is_empty() { "removed core content".to_string() } else { largest.join(", ") }
    ))
}
