//! `glocal status`: per course and region, the adaptation share against the budget,
//! stale and never-pinned overlays, and attempts to change locked sections.

use super::{exit_code, prepare};
use crate::cli::Format;
use crate::diagnostics::Diagnostic;
use crate::overlay::Adaptation;
use crate::overlay::pin::Stale;
use crate::pipeline;
use serde::Serialize;
use std::process::ExitCode;

#[derive(Serialize)]
pub struct RegionStatus {
    pub course: String,
    pub region: String,
    /// Percent, `None` for `global`.
    pub share: Option<f64>,
    pub budget: f64,
    pub over_budget: bool,
    pub words_delivered: usize,
    pub words_regional: usize,
    pub words_removed: usize,
    pub stale: Vec<Stale>,
    pub unpinned: usize,
    pub locked_violations: usize,
}

/// The status of one adaptation, from the diagnostics the run produced.
pub fn region_status(a: &Adaptation, diagnostics: &[Diagnostic]) -> RegionStatus {
    let prefix = format!("curricula/{}/overlays/{}/", a.course.id, a.region);
    let count =
        |code: &str| diagnostics.iter().filter(|d| d.code == code && d.location.file.starts_with(&prefix)).count();
    let share = a.share.as_ref();
    RegionStatus {
        course: a.course.id.clone(),
        region: a.region.clone(),
        share: share.map(|s| crate::overlay::share::round1(s.percent)),
        budget: a.budget,
        over_budget: share.is_some_and(|s| s.percent > a.budget),
        words_delivered: share.map_or(0, |s| s.delivered),
        words_regional: share.map_or(0, |s| s.regional),
        words_removed: share.map_or(0, |s| s.removed),
        stale: a.stale.clone(),
        unpinned: count("overlay-unpinned"),
        locked_violations: count("locked-section"),
    }
}

pub fn run(root: std::path::PathBuf, format: Format, today: Option<jiff::civil::Date>) -> ExitCode {
    let options = pipeline::Options::reporting(root);
    let (ws, prepared) = match prepare(&options) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let rows: Vec<RegionStatus> =
        prepared.adaptations.iter().map(|a| region_status(a, &prepared.diagnostics)).collect();
    let localized = crate::l10n::targets::localize_all(&ws, &prepared.adaptations, None);
    let coverage = pipeline::coverages(&ws, &localized);
    // The one output that may read the clock (SPEC 8): `--today` makes it repeatable.
    let today = today.unwrap_or_else(|| jiff::tz::TimeZone::UTC.to_datetime(jiff::Timestamp::now()).date());
    let deliveries = crate::delivery::findings::findings(&ws, today);
    let report = crate::evaluation::figures::report(&ws, &prepared.adaptations, &prepared.results, &Default::default());
    let flagged = flagged(&report);
    match format {
        Format::Json => {
            let doc = serde_json::json!({ "regions": rows, "translations": coverage, "deliveries": deliveries, "flagged": flagged });
            println!("{}", serde_json::to_string_pretty(&doc).expect("serializes"))
        }
        Format::Text => print!(
            "{}\n{}\n{}\n{}",
            table(&rows),
            translation_table(&coverage),
            deliveries_table(&deliveries, !ws.deliveries.trainers.is_empty()),
            flagged_table(&flagged, report.flag_below)
        ),
    }
    exit_code(&prepared.diagnostics)
}

fn table(rows: &[RegionStatus]) -> String {
    let mut out = String::new();
    let mut course = "";
    for r in rows {
        if r.course != course {
            course = &r.course;
            out.push_str(&format!(
                "{course}\n  {:<10} {:>8} {:>8} {:>7} {:>9} {:>7}\n",
                "region", "share", "budget", "stale", "unpinned", "locked"
            ));
        }
        let share = r.share.map_or("core".to_string(), |s| format!("{s:.1}%"));
        let flag = if r.over_budget { "  over budget" } else { "" };
        out.push_str(&format!(
            "  {:<10} {:>8} {:>7}% {:>7} {:>9} {:>7}{flag}\n",
            r.region,
            share,
            r.budget,
            r.stale.len(),
            r.unpinned,
            r.locked_violations
        ));
    }
    out
}

fn translation_table(rows: &[crate::l10n::coverage::Coverage]) -> String {
    let mut out = String::new();
    let mut course = "";
    for r in rows {
        if r.course != course {
            course = &r.course;
            out.push_str(&format!(
                "{course} translations\n  {:<10} {:<7} {:>10} {:>6} {:>8} {:>14} {:>9}\n",
                "region", "locale", "translated", "stale", "missing", "words missing", "messages"
            ));
        }
        out.push_str(&format!(
            "  {:<10} {:<7} {:>9.1}% {:>6} {:>8} {:>14} {:>9}\n",
            r.region,
            r.locale,
            r.percent,
            r.sections_stale,
            r.sections_missing,
            r.words_missing,
            r.messages_missing.len()
        ));
    }
    out
}

fn deliveries_table(f: &crate::delivery::findings::Findings, has_network: bool) -> String {
    let mut out = format!("deliveries on {}\n", f.today);
    if !has_network {
        out.push_str("  no trainers.yaml: add the trainer network to check certifications\n");
    }
    let days = crate::delivery::findings::HORIZON_DAYS;
    if f.expiring.is_empty() {
        out.push_str(&format!("  certifications expiring within {days} days: none\n"));
    } else {
        out.push_str(&format!("  certifications expiring within {days} days:\n"));
        for e in &f.expiring {
            let left = if e.days_left == 1 { "1 day".to_string() } else { format!("{} days", e.days_left) };
            out.push_str(&format!("    {:<20} {:<28} last valid {} ({left})\n", e.trainer, e.course, e.until));
        }
    }
    if f.without_certified_lead.is_empty() {
        out.push_str("  cohorts without a certified lead: none\n");
    } else {
        out.push_str("  cohorts without a certified lead:\n");
        for c in &f.without_certified_lead {
            let first = c.first_session.as_deref().unwrap_or("no sessions");
            out.push_str(&format!("    {:<20} {:<10} {:<28} from {first}\n", c.cohort, c.region, c.course));
        }
    }
    if f.uncovered.is_empty() {
        out.push_str("  region languages without a certified trainer: none\n");
    } else {
        out.push_str("  region languages without a certified trainer:\n");
        for u in &f.uncovered {
            out.push_str(&format!("    {:<10} {:<7} {}\n", u.region, u.locale, u.course));
        }
    }
    out
}

/// What the results send authors back to, per course and region.
#[derive(Serialize)]
pub struct Flagged {
    pub course: String,
    pub region: String,
    /// Modules whose reaction mean is below `evaluation.flag_below`: (module, mean).
    pub modules: Vec<(String, f64)>,
    /// Questions fewer than half answered rightly after the course: (question, module,
    /// lesson, share right).
    pub questions: Vec<(String, String, String, f64)>,
}

fn flagged(report: &crate::evaluation::figures::Report) -> Vec<Flagged> {
    let mut out = Vec::new();
    for c in &report.courses {
        for r in &c.regions {
            let f = &r.figures;
            let modules: Vec<(String, f64)> = f
                .modules
                .iter()
                .filter(|m| m.flagged)
                .filter_map(|m| Some((m.module.clone(), m.mean.value?)))
                .collect();
            let questions: Vec<(String, String, String, f64)> = f
                .questions
                .iter()
                .filter(|q| q.flagged)
                .filter_map(|q| Some((q.question.clone(), q.module.clone(), q.lesson.clone(), q.right.value?)))
                .collect();
            if !modules.is_empty() || !questions.is_empty() {
                out.push(Flagged { course: c.course.clone(), region: r.region.clone(), modules, questions });
            }
        }
    }
    out
}

fn flagged_table(list: &[Flagged], flag_below: f64) -> String {
    let mut out = String::from("flagged by results\n");
    if list.is_empty() {
        out.push_str("  nothing: no module below its reaction threshold, no question most got wrong\n");
    }
    for f in list {
        out.push_str(&format!("  {} {}\n", f.course, f.region));
        for (m, mean) in &f.modules {
            out.push_str(&format!("    module {m}: reaction {mean:.2}, below {flag_below}\n"));
        }
        for (q, m, l, right) in &f.questions {
            out.push_str(&format!("    question {q} ({m}/{l}): {:.0}% right after the course\n", right * 100.0));
        }
    }
    out
}
