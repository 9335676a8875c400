//! The courses a build shows, one per (course, region, locale): the core localized once
//! per language and shared by every region in it, then the region's localized
//! overlays applied on top.

use super::localize::Localizer;
use super::translations::Translations;
use crate::diagnostics::Diagnostic;
use crate::overlay::{Adaptation, apply};
use crate::source::model::Course;
use crate::workspace::Workspace;
use rayon::prelude::*;
use std::sync::Arc;

/// One build target's course, in its language.
pub struct Localized {
    pub course: Course,
    pub region: String,
    pub locale: String,
    /// Index of the region's adaptation (share, stale marks) in the build's list.
    pub adaptation: usize,
}

/// A build target before it is localized: which adaptation, in which language.
#[derive(Debug, Clone)]
pub struct Planned {
    pub adaptation: usize,
    pub locale: String,
}

/// Every selected adaptation in each of its region's languages, in build order.
pub fn plan(ws: &Workspace, adaptations: &[Adaptation], locale_filter: Option<&str>) -> Vec<Planned> {
    adaptations
        .iter()
        .enumerate()
        .flat_map(|(i, a)| {
            let region = ws.region(&a.region).expect("adapted for a known region");
            region
                .locales
                .iter()
                .filter(|l| locale_filter.is_none_or(|f| f == l.as_str()))
                .map(move |l| Planned { adaptation: i, locale: l.clone() })
        })
        .collect()
}

/// The planned targets by course and language, each group in build order: a group's
/// targets share the core localized once, so a group is the unit that is localized,
/// rendered and let go.
pub fn groups(plans: &[Planned], adaptations: &[Adaptation]) -> Vec<Vec<usize>> {
    let mut groups: Vec<((&str, &str), Vec<usize>)> = Vec::new();
    for (i, p) in plans.iter().enumerate() {
        let key = (adaptations[p.adaptation].course.id.as_str(), p.locale.as_str());
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, members)) => members.push(i),
            None => groups.push((key, vec![i])),
        }
    }
    groups.into_iter().map(|(_, members)| members).collect()
}

/// Localizes one group of planned targets (one course, one language): the core once,
/// then each region's localized overlays on top of it.
pub fn localize_group(
    ws: &Workspace,
    translations: &Translations,
    adaptations: &[Adaptation],
    members: &[&Planned],
) -> Vec<Localized> {
    let Some(first) = members.first() else { return Vec::new() };
    let course = &adaptations[first.adaptation].course.id;
    let locale = &first.locale;
    let core = ws.courses.iter().find(|c| &c.id == course).expect("a loaded course");
    let core = core_for(ws, translations, core, locale);
    members
        .par_iter()
        .map(|p| {
            let a = &adaptations[p.adaptation];
            let course = if a.region == "global" {
                core.clone()
            } else {
                adapted_for(ws, translations, &core, &a.region, locale)
            };
            Localized { course, region: a.region.clone(), locale: locale.clone(), adaptation: p.adaptation }
        })
        .collect()
}

/// Localizes every selected adaptation into each of its region's languages, in build
/// order, all held at once: for commands that read every target together.
pub fn localize_all(ws: &Workspace, adaptations: &[Adaptation], locale_filter: Option<&str>) -> Vec<Localized> {
    let plans = plan(ws, adaptations, locale_filter);
    let empty = Translations::default();
    let done: Vec<Vec<(usize, Localized)>> = groups(&plans, adaptations)
        .par_iter()
        .map(|members| {
            let planned: Vec<&Planned> = members.iter().map(|&i| &plans[i]).collect();
            let course = &adaptations[planned[0].adaptation].course.id;
            let translations = ws.translations.get(course).unwrap_or(&empty);
            members.iter().copied().zip(localize_group(ws, translations, adaptations, &planned)).collect()
        })
        .collect();
    let mut all: Vec<(usize, Localized)> = done.into_iter().flatten().collect();
    all.sort_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, l)| l).collect()
}

/// The core course in `locale`. Lessons with nothing to translate in a page of their
/// own language are shared as they are.
fn core_for(ws: &Workspace, translations: &Translations, core: &Course, locale: &str) -> Course {
    let chain = ws.chain(locale);
    let loc = Localizer { translations, chain: &chain };
    let source = &ws.config.source_locale;
    let mut out = core.clone();
    out.meta = loc.course_meta(&core.file, &core.meta);
    for m in &mut out.modules {
        m.meta = loc.module_meta(&m.file, &m.meta);
        for l in &mut m.lessons {
            if locale != source || translations.lessons.contains_key(&l.file) {
                *l = Arc::new(loc.lesson(l, source));
            }
        }
    }
    out
}

fn adapted_for(ws: &Workspace, translations: &Translations, core: &Course, region: &str, locale: &str) -> Course {
    let chain = ws.chain(locale);
    let loc = Localizer { translations, chain: &chain };
    let Some(overlays) = ws.overlays.get(&core.id).and_then(|r| r.get(region)) else {
        return core.clone();
    };
    let localized = loc.overlays(overlays, &ws.config.source_locale);
    // The source-language adaptation already reported every overlay problem.
    let mut seen: Vec<Diagnostic> = Vec::new();
    let mut course = apply::adapt(core, &localized, &mut seen);
    for m in &mut course.modules {
        for l in &mut m.lessons {
            if l.file.contains("/overlays/") {
                let own = overlays.lessons.iter().find(|o| o.file == l.file).and_then(|o| o.front.lang.clone());
                let own = own.unwrap_or_else(|| ws.config.source_locale.clone());
                *l = Arc::new(loc.lesson(l, &own));
            }
        }
    }
    course
}
