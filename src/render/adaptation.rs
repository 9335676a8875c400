//! The adaptation page of a region's site (`<course>/<region>/<locale>/adaptation/`),
//! for core authors and L&D managers: the share against the budget, and each overlay
//! operation as text beside the core section it changes, the changed words marked,
//! sections named by their titles, numbers written the page's way.

use super::changes::{self, Naming, Row};
use super::pages::Target;
use crate::l10n::numbers::NumberFormat;
use crate::overlay::model::{OpContent, OpKind, Operation, RegionOverlays};
use crate::overlay::pin;
use crate::source::messages::{self, Arg};
use crate::source::model::Lesson;
use crate::workspace::Workspace;
use serde::Serialize;

#[derive(Serialize)]
pub struct OperationView {
    pub kind: &'static str,
    /// The section's or activity's title, as the core names it.
    pub title: String,
    pub target: String,
    pub source: String,
    pub rows: Vec<Row>,
    pub stale: bool,
}

#[derive(Serialize)]
pub struct LessonView {
    pub title: String,
    pub url: String,
    pub file: String,
    /// A whole regional lesson rather than changes to a core one.
    pub added: bool,
    pub operations: Vec<OperationView>,
}

#[derive(Serialize)]
pub struct AdaptationView {
    pub percent: f64,
    pub core_percent: f64,
    pub budget: f64,
    pub over_budget: bool,
    pub words_delivered: String,
    pub words_regional: String,
    pub words_removed: String,
    pub lessons: Vec<LessonView>,
    pub kpis: Vec<serde_json::Value>,
    pub excluded: Vec<String>,
}

/// The view of a region's changes, `None` for `global`.
pub fn view(ws: &Workspace, target: &Target) -> Option<AdaptationView> {
    let share = target.adaptation.share.as_ref()?;
    let empty = RegionOverlays::default();
    let overlays = ws.overlays.get(&target.core.id).and_then(|r| r.get(&target.region.id)).unwrap_or(&empty);
    let percent = crate::overlay::share::round1(share.percent);
    let catalog = ws.catalog_of(&target.course.id);
    let t = |id: &str| catalog.format(&target.chain, id, None).unwrap_or_else(|| id.to_string());
    let directive = |name: &str| match name {
        "trainer" => t("trainer-note"),
        "activity" | "materials" | "question" | "variant" => {
            t(if name == "variant" { "adaptation-variant" } else { name })
        }
        other => other.to_string(),
    };
    let message = |id: &str, args: &[(String, Arg)]| {
        catalog.format(&target.chain, id, Some(&messages::fluent_args(args))).unwrap_or_else(|| id.to_string())
    };
    let naming = Naming { directive: &directive, message: &message };
    let lessons = overlays
        .lessons
        .iter()
        .map(|ov| {
            let core = target.core.lesson(&ov.module, &ov.lesson);
            let adapted = target.course.lesson(&ov.module, &ov.lesson);
            let title = adapted.map_or(ov.lesson.clone(), |l| l.front.title.clone());
            let operations = ov
                .operations
                .iter()
                .map(|op| {
                    let stale = target.adaptation.stale.iter().any(|s| s.file == ov.file && s.section == op.target);
                    let at = format!("{}:{}", ov.file, op.line);
                    operation(op, [core, adapted], &naming, at, stale)
                })
                .collect();
            LessonView {
                title,
                url: format!("{}/{}/", ov.module, ov.lesson),
                file: ov.file.clone(),
                added: core.is_none(),
                operations,
            }
        })
        .collect();
    let numbers = NumberFormat::for_locale(&target.locale);
    let number = |n: f64| numbers.format(&n.to_string());
    let course_meta = overlays.course.as_ref().map(|c| &c.meta);
    let kpis = course_meta
        .map(|m| {
            m.kpis
                .iter()
                .filter_map(|k| {
                    let core = target.core.meta.kpis.iter().find(|x| x.id == k.id)?;
                    let adapted = target.course.meta.kpis.iter().find(|x| x.id == k.id)?;
                    Some(serde_json::json!({
                        "text": adapted.text, "unit": adapted.unit,
                        "core_baseline": number(core.baseline), "core_target": number(core.target),
                        "baseline": number(adapted.baseline), "target": number(adapted.target),
                    }))
                })
                .collect()
        })
        .unwrap_or_default();
    Some(AdaptationView {
        percent,
        core_percent: crate::overlay::share::round1(100.0 - percent),
        budget: target.adaptation.budget,
        over_budget: share.percent > target.adaptation.budget,
        words_delivered: number(share.delivered as f64),
        words_regional: number(share.regional as f64),
        words_removed: number(share.removed as f64),
        lessons,
        kpis,
        excluded: course_meta.map(|m| m.exclude.clone()).unwrap_or_default(),
    })
}

/// One overlay operation as the page shows it: `lessons` are the core lesson and the
/// adapted one, either of which may be missing.
fn operation(
    op: &Operation,
    lessons: [Option<&Lesson>; 2],
    naming: &Naming,
    source: String,
    stale: bool,
) -> OperationView {
    let [core, adapted] = lessons;
    let core_text = core.and_then(|c| pin::source_of(c, &op.target)).unwrap_or_default();
    let core_blocks = changes::blocks(core_text, naming);
    let own = || changes::blocks(&pin::op_text(&op.content), naming);
    let (before, regional) = match op.kind {
        OpKind::Remove => (core_blocks, Vec::new()),
        // An addition to a section keeps the section as it was before it.
        OpKind::Append => (core_blocks.clone(), [core_blocks, own()].concat()),
        OpKind::InsertAfter | OpKind::InsertBefore => (Vec::new(), own()),
        OpKind::Replace => {
            let mut regional = own();
            // `## {#x .replace}` with no title keeps the core's heading (SPEC 4).
            let untitled = matches!(&op.content, OpContent::Section(s) if s.heading.as_ref().is_some_and(|h| h.title.trim().is_empty()));
            if untitled && let Some(h) = core_blocks.first().filter(|b| b.kind == changes::Kind::Heading) {
                regional.insert(0, h.clone());
            }
            (core_blocks, regional)
        }
    };
    // A section the region keeps (to add beside) is named in the page's language; one it
    // replaces or removes, as the core names it.
    let order = if matches!(op.kind, OpKind::Replace | OpKind::Remove) { [core, adapted] } else { [adapted, core] };
    OperationView {
        kind: op.kind.name(),
        title: order
            .into_iter()
            .flatten()
            .find_map(|l| title_of(l, &op.target, naming.directive))
            .unwrap_or_else(|| op.target.clone()),
        target: op.target.clone(),
        source,
        rows: changes::compare(&before, &regional),
        stale,
    }
}

/// The title the core gives the section or directive `id`: a heading's text, an
/// activity's `title`, or the directive's kind.
fn title_of(lesson: &Lesson, id: &str, directive: &dyn Fn(&str) -> String) -> Option<String> {
    lesson.root.walk().into_iter().find_map(|s| {
        if s.id() == Some(id) {
            return s.heading.as_ref().map(|h| plain(&h.title));
        }
        crate::source::validate::directives_in(&s.body)
            .into_iter()
            .find(|d| d.attrs.id.as_deref() == Some(id))
            .map(|d| d.attrs.get("title").map(str::to_string).unwrap_or_else(|| directive(d.kind.name())))
    })
}

/// A heading's inline Markdown as plain text.
fn plain(md: &str) -> String {
    let none = |_: &str| String::new();
    let message = |id: &str, _: &[(String, Arg)]| id.to_string();
    changes::blocks(md, &Naming { directive: &none, message: &message })
        .into_iter()
        .map(|b| b.text)
        .collect::<Vec<_>>()
        .join(" ")
}
