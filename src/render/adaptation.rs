//! The adaptation page of a region's site (`<course>/<region>/<locale>/adaptation/`),
//! for core authors and trainers: the share against the budget, and each overlay
//! operation beside the core section it changes, with stale marks.

use super::pages::Target;
use crate::overlay::model::{OpKind, RegionOverlays};
use crate::overlay::pin;
use crate::workspace::Workspace;
use serde::Serialize;

#[derive(Serialize)]
pub struct OperationView {
    pub kind: &'static str,
    pub target: String,
    pub source: String,
    pub core: String,
    pub regional: String,
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
    pub words_delivered: usize,
    pub words_regional: usize,
    pub words_removed: usize,
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
    let lessons = overlays
        .lessons
        .iter()
        .map(|ov| {
            let core = target.core.lesson(&ov.module, &ov.lesson);
            let title =
                target.course.lesson(&ov.module, &ov.lesson).map_or(ov.lesson.clone(), |l| l.front.title.clone());
            let operations = ov
                .operations
                .iter()
                .map(|op| OperationView {
                    kind: op.kind.name(),
                    target: op.target.clone(),
                    source: format!("{}:{}", ov.file, op.line),
                    core: core.and_then(|c| pin::source_of(c, &op.target)).unwrap_or_default().trim_end().to_string(),
                    regional: match op.kind {
                        OpKind::Remove => String::new(),
                        _ => pin::op_text(&op.content).trim_end().to_string(),
                    },
                    stale: target.adaptation.stale.iter().any(|s| s.file == ov.file && s.section == op.target),
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
    let course_meta = overlays.course.as_ref().map(|c| &c.meta);
    let kpis = course_meta
        .map(|m| {
            m.kpis
                .iter()
                .filter_map(|k| {
                    let core = target.core.meta.kpis.iter().find(|x| x.id == k.id)?;
                    let adapted = target.course.meta.kpis.iter().find(|x| x.id == k.id)?;
                    Some(serde_json::json!({
                        "text": core.text, "unit": core.unit,
                        "core_baseline": core.baseline, "core_target": core.target,
                        "baseline": adapted.baseline, "target": adapted.target,
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
        words_delivered: share.delivered,
        words_regional: share.regional,
        words_removed: share.removed,
        lessons,
        kpis,
        excluded: course_meta.map(|m| m.exclude.clone()).unwrap_or_default(),
    })
}
