//! Rendered lesson bodies shared between build targets: a core lesson that a region
//! leaves unchanged, and whose variants and `only` blocks fall the same way, is
//! rendered once and reused by every target in the same language that shows it.

use super::links;
use super::markdown::{self, BodyContext, Placement, Rendered};
use crate::overlay::profile::choices;

use crate::source::model::{Course, Lesson};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct BodyKey {
    /// The shared lesson's address: unchanged lessons are the same allocation in every
    /// adapted course.
    lesson: usize,
    locale: String,
    one_page: bool,
    view: u8,
    /// How each `only` block and activity variant falls for the region.
    choices: Vec<u8>,
}

#[derive(Default)]
pub struct BodyCache {
    map: Mutex<HashMap<BodyKey, Arc<Rendered>>>,
    /// Pieces of kit documents (a question, a materials list) by the address of the
    /// directive they render and the language, shared by every kit that shows them.
    pieces: Mutex<HashMap<(usize, String), serde_json::Value>>,
}

impl BodyCache {
    /// The rendered body for `ctx`, reused when an equal rendering exists and every
    /// lesson it links to is still there in this target's course.
    pub fn render(&self, lesson: &Arc<Lesson>, ctx: &BodyContext) -> Arc<Rendered> {
        let key = BodyKey {
            lesson: Arc::as_ptr(lesson) as usize,
            locale: ctx.chain.first().cloned().unwrap_or_default(),
            one_page: matches!(ctx.placement, Placement::OnePage),
            view: ctx.view as u8,
            choices: choices(lesson, ctx.region),
        };
        if let Some(hit) = self.map.lock().expect("not poisoned").get(&key).cloned()
            && links_hold(&hit, ctx.course)
        {
            return hit;
        }
        let rendered = Arc::new(markdown::render_lesson(ctx));
        self.map.lock().expect("not poisoned").insert(key, rendered.clone());
        rendered
    }
}

impl BodyCache {
    /// A rendered piece of a document, made once per directive and language.
    pub fn piece(
        &self,
        directive: &crate::source::directives::Directive,
        locale: &str,
        make: impl FnOnce() -> serde_json::Value,
    ) -> serde_json::Value {
        let key = (directive as *const _ as usize, locale.to_string());
        if let Some(hit) = self.pieces.lock().expect("not poisoned").get(&key) {
            return hit.clone();
        }
        let value = make();
        self.pieces.lock().expect("not poisoned").insert(key, value.clone());
        value
    }
}

fn links_hold(r: &Rendered, course: &Course) -> bool {
    r.lesson_links.iter().all(|(m, l, anchor)| match course.lesson(m, l) {
        Some(target) => anchor.as_ref().is_none_or(|a| links::anchors(target).contains(a.as_str())),
        None => false,
    })
}
