//! The adaptation share (SPEC section 3): how much of what a region delivers is its own,
//! and how much of the core it removed; the larger of the two, against its budget.

use super::profile::{applies, choices, choose_variant};
use crate::source::directives::{Directive, DirectiveKind, Node};
use crate::source::model::{Course, Lesson};
use crate::source::origin::Origin;
use crate::source::sections::Section;
use crate::workspace::Region;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use unicode_segmentation::UnicodeSegmentation;

use crate::source::sections::words;

/// Words a region delivers, split by where they come from.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// Core content the region delivers as global does.
    pub core: usize,
    /// Overlay content, `only` blocks global does not get, and variants other than global's.
    pub regional: usize,
}

impl Tally {
    fn add(&mut self, other: Tally) {
        self.core += other.core;
        self.regional += other.regional;
    }

    pub fn delivered(&self) -> usize {
        self.core + self.regional
    }
}

/// A piece of regional content, for the "largest contributions" of an over-budget error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contribution {
    pub file: String,
    pub line: usize,
    pub words: usize,
}

struct Counter<'a> {
    region: &'a Region,
    global: &'a Region,
    file: &'a str,
    contributions: Vec<Contribution>,
}

impl Counter<'_> {
    /// `inherited`: the section sits inside regional content already counted as such.
    fn section(&mut self, s: &Section, inherited: bool) -> Tally {
        let regional = inherited || s.origin.is_overlay();
        let mut t = Tally::default();
        if let Some(h) = &s.heading {
            t.add(split(words(&h.title), regional));
        }
        t.add(self.nodes(&s.body, regional));
        for c in &s.children {
            t.add(self.section(c, regional));
        }
        if let (false, Origin::Overlay(p)) = (inherited, &s.origin) {
            self.contributions.push(Contribution { file: p.file.clone(), line: p.line, words: t.delivered() });
        }
        t
    }

    fn nodes(&mut self, nodes: &[Node], regional: bool) -> Tally {
        let mut t = Tally::default();
        for n in nodes {
            match n {
                Node::Text(text) => t.add(split(text.words(), regional)),
                Node::Directive(d) => t.add(self.directive(d, regional)),
            }
        }
        t
    }

    fn directive(&mut self, d: &Directive, inherited: bool) -> Tally {
        let t = self.directive_words(d, inherited);
        if let (false, Origin::Overlay(p)) = (inherited, &d.origin) {
            self.contributions.push(Contribution { file: p.file.clone(), line: p.line, words: t.delivered() });
        }
        t
    }

    fn directive_words(&mut self, d: &Directive, inherited: bool) -> Tally {
        let own = inherited || d.origin.is_overlay();
        match d.kind {
            DirectiveKind::Only => {
                if !applies(&d.attrs, self.region) {
                    return Tally::default();
                }
                let regional_only = own || !applies(&d.attrs, self.global);
                let t = self.nodes(&d.children, regional_only);
                if regional_only && !own {
                    self.contributions.push(Contribution {
                        file: self.file.to_string(),
                        line: d.line,
                        words: t.delivered(),
                    });
                }
                t
            }
            DirectiveKind::Activity => {
                let variants = d.variants();
                let mine = choose_variant(&variants, self.region);
                let globals = choose_variant(&variants, self.global);
                let mut t = Tally::default();
                for n in &d.children {
                    match n {
                        Node::Directive(v) if v.kind == DirectiveKind::Variant => {
                            if mine.is_some_and(|m| std::ptr::eq(m, &**v)) {
                                let swapped = !globals.is_some_and(|g| std::ptr::eq(g, &**v));
                                let vt = self.nodes(&v.children, own || swapped);
                                if swapped && !own {
                                    self.contributions.push(Contribution {
                                        file: self.file.to_string(),
                                        line: v.line,
                                        words: vt.delivered(),
                                    });
                                }
                                t.add(vt);
                            }
                        }
                        other => t.add(self.nodes(std::slice::from_ref(other), own)),
                    }
                }
                t.add(split(d.attrs.get("title").map_or(0, |t| t.unicode_words().count()), own));
                t
            }
            _ => self.nodes(&d.children, own),
        }
    }
}

fn split(n: usize, regional: bool) -> Tally {
    if regional { Tally { core: 0, regional: n } } else { Tally { core: n, regional: 0 } }
}

/// The words of a lesson as `region` gets it.
pub fn lesson_tally(lesson: &Lesson, region: &Region, global: &Region) -> (Tally, Vec<Contribution>) {
    let mut c = Counter { region, global, file: &lesson.file, contributions: Vec::new() };
    let regional_lesson = lesson.file.contains("/overlays/");
    let mut t = c.section(&lesson.root, regional_lesson);
    t.add(split(words(&lesson.front.title), regional_lesson));
    if regional_lesson {
        c.contributions = vec![Contribution { file: lesson.file.clone(), line: 1, words: t.delivered() }];
    }
    (t, c.contributions)
}

/// The words `global` delivers of a course, per lesson (by the shared lesson's
/// address) and in all: counted once per build, whatever the number of regions.
pub struct CoreWords {
    pub per_lesson: HashMap<usize, usize>,
    pub total: usize,
    /// Tallies of shared lessons by how their variants and `only` blocks fall: regions
    /// with the same profile count each lesson once.
    tallies: Mutex<HashMap<TallyKey, (Tally, Vec<Contribution>)>>,
}

/// A shared lesson's address and how its variants and `only` blocks fall.
type TallyKey = (usize, Vec<u8>);

impl CoreWords {
    pub fn count(core: &Course, global: &Region) -> CoreWords {
        let per_lesson: HashMap<usize, usize> = core
            .modules
            .par_iter()
            .flat_map(|m| m.lessons.par_iter())
            .map(|l| (Arc::as_ptr(l) as usize, lesson_tally(l, global, global).0.delivered()))
            .collect();
        let total = per_lesson.values().sum();
        CoreWords { per_lesson, total, tallies: Mutex::default() }
    }

    /// No core lesson: a course no region adapts.
    pub fn none() -> CoreWords {
        CoreWords { per_lesson: HashMap::new(), total: 0, tallies: Mutex::default() }
    }
}

/// A percentage to one decimal, the same wherever it is shown.
pub fn round1(percent: f64) -> f64 {
    (percent * 10.0).round() / 10.0
}

/// A region's adaptation of one course. The build cache keeps it, so that a course whose
/// sources did not change is not counted again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Share {
    pub delivered: usize,
    pub regional: usize,
    pub core_words: usize,
    pub removed: usize,
    /// The larger of regional / delivered and removed / core, in percent.
    pub percent: f64,
    pub contributions: Vec<Contribution>,
}

/// Shares counted by an earlier build whose inputs were the same, by course and region.
pub type Known = std::collections::BTreeMap<String, std::collections::BTreeMap<String, Share>>;

/// Compares what `region` delivers of `adapted` with what `global` delivers of `core`.
pub fn share(core: &CoreWords, adapted: &Course, region: &Region, global: &Region) -> Share {
    let core_words = core.total;
    let mut total = Tally::default();
    let mut contributions = Vec::new();
    for l in adapted.modules.iter().flat_map(|m| &m.lessons) {
        // A core lesson the region leaves as is, whose variants and `only` blocks fall
        // as for global, is all core: no need to count it again.
        let address = Arc::as_ptr(l) as usize;
        let (t, c) = match core.per_lesson.get(&address) {
            Some(&words) => {
                let mine = choices(l, region);
                if mine == choices(l, global) {
                    total.add(Tally { core: words, regional: 0 });
                    continue;
                }
                let key = (address, mine);
                let known = core.tallies.lock().expect("not poisoned").get(&key).cloned();
                known.unwrap_or_else(|| {
                    let counted = lesson_tally(l, region, global);
                    core.tallies.lock().expect("not poisoned").insert(key, counted.clone());
                    counted
                })
            }
            None => lesson_tally(l, region, global),
        };
        total.add(t);
        contributions.extend(c);
    }
    let removed = core_words.saturating_sub(total.core);
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 * 100.0 / b as f64 };
    let percent = ratio(total.regional, total.delivered()).max(ratio(removed, core_words));
    contributions.sort_by(|a, b| b.words.cmp(&a.words).then_with(|| (&a.file, a.line).cmp(&(&b.file, b.line))));
    Share { delivered: total.delivered(), regional: total.regional, core_words, removed, percent, contributions }
}

#[cfg(test)]
mod tests;
