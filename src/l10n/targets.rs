//! The courses a build shows, one per (course, region, locale): the core localized once
//! per language and shared by every region in it, then the region's localized
//! overlays applied on top.

use super::localize::Localizer;
use crate::diagnostics::Diagnostic;
use crate::overlay::{Adaptation, apply};
use crate::source::model::Course;
use crate::workspace::Workspace;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// One build target's course, in its language.
pub struct Localized {
    pub course: Course,
    pub region: String,
    pub locale: String,
    /// Index of the region's adaptation (share, stale marks) in the build's list.
    pub adaptation: usize,
}

/// Localizes every selected adaptation into each of its region's languages.
pub fn localize_all(ws: &Workspace, adaptations: &[Adaptation], locale_filter: Option<&str>) -> Vec<Localized> {
    let wanted: Vec<(usize, String)> = adaptations
        .iter()
        .enumerate()
        .flat_map(|(i, a)| {
            let region = ws.region(&a.region).expect("adapted for a known region");
            region.locales.iter().filter(|l| locale_filter.is_none_or(|f| f == l.as_str())).map(move |l| (i, l.clone()))
        })
        .collect();
    let mut pairs: Vec<(&str, &str)> =
        wanted.iter().map(|(i, l)| (adaptations[*i].course.id.as_str(), l.as_str())).collect();
    pairs.sort();
    pairs.dedup();
    let cores: BTreeMap<(&str, &str), Course> = pairs
        .par_iter()
        .map(|&(course, locale)| {
            let core = ws.courses.iter().find(|c| c.id == course).expect("a loaded course");
            ((course, locale), core_for(ws, core, locale))
        })
        .collect();
    wanted
        .par_iter()
        .map(|(i, locale)| {
            let a = &adaptations[*i];
            let core = &cores[&(a.course.id.as_str(), locale.as_str())];
            let course = if a.region == "global" { core.clone() } else { adapted_for(ws, core, &a.region, locale) };
            Localized { course, region: a.region.clone(), locale: locale.clone(), adaptation: *i }
        })
        .collect()
}

/// The core course in `locale`. Lessons with nothing to translate in a page of their
/// own language are shared as they are.
fn core_for(ws: &Workspace, core: &Course, locale: &str) -> Course {
    let empty = Default::default();
    let translations = ws.translations.get(&core.id).unwrap_or(&empty);
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

fn adapted_for(ws: &Workspace, core: &Course, region: &str, locale: &str) -> Course {
    let empty = Default::default();
    let translations = ws.translations.get(&core.id).unwrap_or(&empty);
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
