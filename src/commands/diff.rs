//! `glocal diff --region R`: what a region changes, section by section, against the core.

use super::prepare;
use crate::overlay::model::{LessonOverlay, OpKind, RegionOverlays};
use crate::overlay::pin;
use crate::pipeline;
use crate::source::model::Course;
use std::fmt::Write;
use std::process::ExitCode;

pub fn run(root: std::path::PathBuf, region: String, course: Option<String>) -> ExitCode {
    let options = pipeline::Options {
        course: course.clone(),
        region: Some(region.clone()),
        ..pipeline::Options::reporting(root)
    };
    let (ws, prepared) = match prepare(&options) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let mut out = String::new();
    for a in &prepared.adaptations {
        let core = ws.courses.iter().find(|c| c.id == a.course.id).expect("adapted from a core course");
        let empty = RegionOverlays::default();
        let overlays = ws.overlays.get(&core.id).and_then(|r| r.get(&region)).unwrap_or(&empty);
        if let Some(share) = &a.share {
            writeln!(
                out,
                "# {} for {region}: {}% adapted (budget {}%)\n",
                core.id,
                crate::overlay::share::round1(share.percent),
                a.budget
            )
            .expect("string");
        }
        describe(&mut out, core, overlays);
        if let Some(share) = &a.share {
            // Core content only this region gets: `only` blocks and its own variants.
            let conditional: Vec<_> = share.contributions.iter().filter(|c| !c.file.contains("/overlays/")).collect();
            if !conditional.is_empty() {
                writeln!(out, "## core content chosen for {region} (`only` blocks and activity variants)")
                    .expect("string");
                for c in conditional {
                    writeln!(out, "  {}:{} ({} words)", c.file, c.line, c.words).expect("string");
                }
                out.push('\n');
            }
        }
    }
    if out.is_empty() {
        out.push_str("no regional changes\n");
    }
    print!("{out}");
    ExitCode::SUCCESS
}

/// The text of a region's changes to one course.
pub fn describe(out: &mut String, core: &Course, overlays: &RegionOverlays) {
    if let Some(co) = &overlays.course {
        writeln!(out, "## {}", co.file).expect("string");
        for k in &co.meta.kpis {
            let base = core.meta.kpis.iter().find(|x| x.id == k.id);
            let was = base.map_or(String::new(), |b| format!(" (core: baseline {}, target {})", b.baseline, b.target));
            let value = |v: Option<f64>| v.map_or("as in the core".to_string(), |v| v.to_string());
            writeln!(out, "  KPI {}: baseline {}, target {}{was}", k.id, value(k.baseline), value(k.target))
                .expect("string");
        }
        for e in &co.meta.exclude {
            writeln!(out, "  - excludes lesson {e}").expect("string");
        }
        for b in &co.meta.behaviours {
            writeln!(out, "  + behaviour {}: {}", b.id, b.text).expect("string");
        }
        if co.meta.schedule.is_some() {
            writeln!(out, "  ~ replaces the schedule").expect("string");
        }
        out.push('\n');
    }
    for m in &overlays.modules {
        writeln!(out, "## + module {} after {} ({})\n", m.module, m.after, m.file).expect("string");
    }
    for ov in &overlays.lessons {
        lesson(out, core, ov);
    }
}

fn lesson(out: &mut String, core: &Course, ov: &LessonOverlay) {
    let Some(core_lesson) = core.lesson(&ov.module, &ov.lesson) else {
        let after = ov.front.after.as_deref().unwrap_or("?");
        writeln!(out, "## + lesson {}/{} after {after} ({})\n", ov.module, ov.lesson, ov.file).expect("string");
        return;
    };
    writeln!(out, "## {}/{} ({})", ov.module, ov.lesson, ov.file).expect("string");
    for op in &ov.operations {
        let core_text = pin::source_of(core_lesson, &op.target).unwrap_or("");
        let new_text = pin::op_text(&op.content);
        writeln!(out, "\n### {} `{}` (line {})", op.kind.name(), op.target, op.line).expect("string");
        let (old, new) = match op.kind {
            OpKind::Replace => (core_text, new_text.as_str()),
            OpKind::Remove => (core_text, ""),
            OpKind::Append | OpKind::InsertAfter | OpKind::InsertBefore => ("", new_text.as_str()),
        };
        let diff = similar::TextDiff::from_lines(old, new);
        for change in diff.iter_all_changes() {
            let sign = match change.tag() {
                similar::ChangeTag::Delete => '-',
                similar::ChangeTag::Insert => '+',
                similar::ChangeTag::Equal => ' ',
            };
            write!(out, "{sign} {change}").expect("string");
            if change.missing_newline() {
                out.push('\n');
            }
        }
    }
    out.push('\n');
}
