//! What the kit's documents gather from the delivered course: every question and every
//! materials list a region's participants meet, in course order, with where each is.

use crate::overlay::profile::{applies, choose_variant};
use crate::source::directives::{Directive, DirectiveKind, Node};
use crate::source::model::{Course, Lesson, Module};
use crate::workspace::Region;

/// A directive and the lesson it is in.
pub struct Found<'c> {
    pub module: &'c Module,
    pub lesson: &'c Lesson,
    pub directive: &'c Directive,
}

/// The materials lists and questions a target delivers, gathered once per kit.
pub struct Gathered<'c> {
    pub materials: Vec<Found<'c>>,
    pub questions: Vec<Found<'c>>,
}

impl<'c> Gathered<'c> {
    /// What every kit document draws on, in course order.
    pub fn of(input: &super::KitInput<'c>) -> Gathered<'c> {
        let (course, region) = (input.target.course, input.target.region);
        Gathered {
            materials: delivered(course, region, DirectiveKind::Materials),
            questions: delivered(course, region, DirectiveKind::Question),
        }
    }
}

/// Every directive of `kind` the region delivers, in course order.
pub fn delivered<'c>(course: &'c Course, region: &Region, kind: DirectiveKind) -> Vec<Found<'c>> {
    course.modules.iter().flat_map(|m| m.lessons.iter().flat_map(move |l| delivered_in(m, l, region, kind))).collect()
}

/// Every directive of `kind` the region delivers in one lesson, in order.
fn delivered_in<'c>(module: &'c Module, lesson: &'c Lesson, region: &Region, kind: DirectiveKind) -> Vec<Found<'c>> {
    let mut out = Vec::new();
    for s in lesson.root.walk() {
        walk(&s.body, region, kind, &mut |directive| out.push(Found { module, lesson, directive }));
    }
    out
}

fn walk<'c>(nodes: &'c [Node], region: &Region, kind: DirectiveKind, push: &mut dyn FnMut(&'c Directive)) {
    for n in nodes {
        let Node::Directive(d) = n else { continue };
        if d.kind == kind {
            push(d);
            continue;
        }
        match d.kind {
            DirectiveKind::Only if !applies(&d.attrs, region) => {}
            DirectiveKind::Activity => {
                let variants = d.variants();
                let chosen = choose_variant(&variants, region);
                for c in &d.children {
                    match c {
                        Node::Directive(v) if v.kind == DirectiveKind::Variant => {
                            if chosen.is_some_and(|x| std::ptr::eq(x, &**v)) {
                                walk(&v.children, region, kind, push);
                            }
                        }
                        other => walk(std::slice::from_ref(other), region, kind, push),
                    }
                }
            }
            _ => walk(&d.children, region, kind, push),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::load::parse_lesson;
    use std::collections::BTreeMap;
    use std::sync::Arc;

    #[test]
    fn only_what_the_region_delivers_is_gathered() {
        let text = "---\ntitle: T\nduration: 30\n---\n::: materials\n- Pens\n:::\n\n::: only {region=sea}\n::: materials\n- Umbrellas\n:::\n:::\n\n:::: activity {#a minutes=5}\n::: variant {activity_style=debate}\n::: materials\n- Timer\n:::\n:::\n::::\n";
        let mut out = Vec::new();
        let lesson = parse_lesson("c/m/l.md", "l", text, &mut out).unwrap();
        let meta = yaml_serde::from_str("title: C\n").unwrap();
        let module = Module {
            id: "m".into(),
            file: String::new(),
            meta: yaml_serde::from_str("title: M\n").unwrap(),
            lessons: vec![Arc::new(lesson)],
        };
        let course = Course {
            id: "c".into(),
            dir: String::new(),
            file: String::new(),
            meta,
            modules: vec![module],
            files: Default::default(),
            unloaded: Default::default(),
        };
        let region = |id: &str, style: &str| Region {
            id: id.into(),
            name: id.into(),
            locales: vec![],
            timezone: None,
            profile: BTreeMap::from([("activity_style".to_string(), style.to_string())]),
            budget: None,
        };
        // emea: the pens and its debate variant's timer; not sea's umbrellas.
        assert_eq!(delivered(&course, &region("emea", "debate"), DirectiveKind::Materials).len(), 2);
        // sea: the umbrellas too, and with no consensus variant it gets the first one.
        assert_eq!(delivered(&course, &region("sea", "consensus"), DirectiveKind::Materials).len(), 3);
    }
}
