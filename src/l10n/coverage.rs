//! Translation coverage of a build target: its addressable sections translated, stale
//! or missing (with their words), and the Fluent messages it uses that its language
//! lacks. Read off the localized course, so it counts what pages really show.

use super::Catalog;
use crate::source::directives::Node;
use crate::source::messages;
use crate::source::model::Course;
use crate::source::sections::Section;
use crate::source::sections::words;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Coverage {
    pub course: String,
    pub region: String,
    pub locale: String,
    pub sections_translated: usize,
    pub sections_stale: usize,
    pub sections_missing: usize,
    pub words_translated: usize,
    pub words_missing: usize,
    /// Share of words shown in the target's language, in percent.
    pub percent: f64,
    pub messages_missing: Vec<String>,
    /// Every section shown in another language, as `file#id` (`#_root` for a lesson's
    /// introduction): what is still to translate.
    pub untranslated: Vec<String>,
    /// The same, named as authors know them: lesson title and section title (empty for
    /// a lesson's introduction).
    pub missing: Vec<Missing>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Missing {
    pub lesson: String,
    pub section: String,
    /// Where to translate it: `file#id`.
    pub source: String,
}

pub fn coverage(course: &Course, region: &str, locale: &str, catalog: &Catalog, chain: &[String]) -> Coverage {
    let mut c =
        Coverage { course: course.id.clone(), region: region.into(), locale: locale.into(), ..Default::default() };
    let mut used = BTreeSet::new();
    for (_, l) in course.lessons() {
        let lesson = Place { file: &l.file, title: &l.front.title, locale };
        count(&l.root, &lesson, &mut c, &mut used);
    }
    let total = c.words_translated + c.words_missing;
    c.percent = if total == 0 { 100.0 } else { (c.words_translated as f64 * 1000.0 / total as f64).round() / 10.0 };
    c.messages_missing = used.into_iter().filter(|id| catalog.locale_of(chain, id) != Some(locale)).collect();
    c
}

/// Counts a section's own text (heading, body, children without ids) and recurses
/// into the children that have their own translation.
/// The lesson being counted: its file, its title in the page language, the language.
struct Place<'a> {
    file: &'a str,
    title: &'a str,
    locale: &'a str,
}

fn count(s: &Section, place: &Place, c: &mut Coverage, used: &mut BTreeSet<String>) {
    let (file, locale) = (place.file, place.locale);
    let mut own = 0;
    own_words(s, &mut own, used);
    let lang = s.shown.lang.as_deref().unwrap_or(locale);
    if own > 0 || s.heading.is_some() {
        if lang == locale {
            c.sections_translated += 1;
            c.words_translated += own;
            c.sections_stale += s.shown.stale as usize;
        } else {
            c.sections_missing += 1;
            c.words_missing += own;
            let key = match &s.origin {
                crate::source::origin::Origin::Overlay(p) => p.key.clone().or(s.id().map(String::from)),
                crate::source::origin::Origin::Core => s.id().map(String::from),
            };
            let source = format!("{}#{}", s.origin.file(file), key.as_deref().unwrap_or("_root"));
            // A heading without a title (an overlay's `## {#id .append}`) goes by its id.
            let section = match &s.heading {
                Some(h) if h.title.is_empty() => key.clone().unwrap_or_default(),
                Some(h) => h.title.clone(),
                None => String::new(),
            };
            c.missing.push(Missing { lesson: place.title.to_string(), section, source: source.clone() });
            c.untranslated.push(source);
        }
    }
    for child in s.children.iter().filter(|x| x.id().is_some() || x.origin.is_overlay()) {
        count(child, place, c, used);
    }
}

fn own_words(s: &Section, n: &mut usize, used: &mut BTreeSet<String>) {
    if let Some(h) = &s.heading {
        *n += words(&h.title);
    }
    nodes(&s.body, n, used);
    for child in s.children.iter().filter(|x| x.id().is_none() && !x.origin.is_overlay()) {
        own_words(child, n, used);
    }
}

fn nodes(list: &[Node], n: &mut usize, used: &mut BTreeSet<String>) {
    for node in list {
        match node {
            Node::Text(t) => {
                *n += t.words();
                used.extend(messages::find(&t.src).into_iter().map(|r| r.id));
            }
            Node::Directive(d) => nodes(&d.children, n, used),
        }
    }
}
