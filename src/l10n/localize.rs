//! Localizing sources for one page language (SPEC section 5): every addressable section
//! comes from the first file along the chain that has it, directives keep the source's
//! attributes and `[x]` marks, YAML keys fall back one by one and lists merge by id.
//! Core lessons and overlays are localized apart, then the overlays are applied.

use super::translations::{CourseTranslation, ItemText, LessonTranslation, Translated, Translations};
use crate::hashing::hash;
use crate::overlay::model::{OpContent, RegionOverlays};
use crate::source::directives::{Directive, DirectiveKind, Node};
use crate::source::model::{CourseMeta, Fallback, Lesson, ModuleMeta};
use crate::source::origin::Shown;
use crate::source::sections::Section;

/// What localizing needs: the translations and the page's locale chain.
pub struct Localizer<'a> {
    pub translations: &'a Translations,
    /// The page's chain; the source file's own language is tried last.
    pub chain: &'a [String],
}

impl Localizer<'_> {
    fn chain_for(&self, own: &str) -> Vec<String> {
        let mut chain = self.chain.to_vec();
        if !chain.iter().any(|l| l == own) {
            chain.push(own.to_string());
        }
        chain
    }

    /// A lesson (core or whole regional) for the page language. `own` is the language
    /// its source is written in.
    pub fn lesson(&self, lesson: &Lesson, own: &str) -> Lesson {
        let chain = self.chain_for(own);
        let found = |l: &str| self.translations.lesson(&lesson.file, l);
        let mut out = lesson.clone();
        let title = chain.iter().take_while(|l| *l != own).find_map(|l| Some((found(l)?.front.title.clone()?, l)));
        if let Some((title, _)) = &title {
            out.front.title = title.clone();
        }
        self.mark(&mut out.front.fallback, "title", title.map_or(own, |(_, l)| l.as_str()));
        out.root = self.section(&lesson.root, "_root", &lesson.file, &lesson.body, own);
        out
    }

    /// A section and what it holds. `key` is what translations repeat: its id, `_root`,
    /// or an overlay operation's id.
    pub fn section(&self, s: &Section, key: &str, file: &str, body: &str, own: &str) -> Section {
        let chain = self.chain_for(own);
        let mut out = s.clone();
        let mut from: Option<&Section> = None;
        let mut shown = Shown { lang: Some(own.to_string()), stale: false, file: None };
        for locale in &chain {
            if locale == own {
                break;
            }
            let Some(tr) = self.translations.lesson(file, locale) else { continue };
            if let Some(t) = tr.section(key) {
                shown = Shown {
                    lang: Some(locale.clone()),
                    stale: is_stale(tr, key, s, body),
                    file: Some(tr.file.clone()),
                };
                from = Some(t);
                break;
            }
        }
        if let (Some(t), Some(h)) = (from, out.heading.as_mut())
            && let Some(th) = &t.heading
            && !th.title.trim().is_empty()
        {
            h.title = th.title.clone();
        }
        if let Some(t) = from {
            out.body = fix_nodes(&t.body, &s.body);
        }
        let mut plain = from.map(|t| t.children.iter().filter(|c| c.id().is_none()));
        out.children = s
            .children
            .iter()
            .map(|c| match c.id() {
                Some(id) => self.section(c, id, file, body, own),
                None => match plain.as_mut().and_then(|p| p.next()) {
                    Some(tc) => translated_plain(c, tc),
                    None => c.clone(),
                },
            })
            .collect();
        out.shown = shown;
        out
    }

    /// A region's overlays with their content in the page language.
    pub fn overlays(&self, overlays: &RegionOverlays, source_locale: &str) -> RegionOverlays {
        let mut out = overlays.clone();
        for ov in &mut out.lessons {
            let own = ov.front.lang.clone().unwrap_or_else(|| source_locale.to_string());
            let chain = self.chain_for(&own);
            if let Some(title) = chain
                .iter()
                .take_while(|l| **l != own)
                .find_map(|l| self.translations.lesson(&ov.file, l)?.front.title.clone())
            {
                ov.front.title = Some(title);
            }
            ov.root = self.section(&ov.root, "_root", &ov.file, &ov.body, &own);
            for op in &mut ov.operations {
                let key = match &op.content {
                    OpContent::Section(s) => overlay_key(&s.origin).unwrap_or_else(|| op.target.clone()),
                    OpContent::Directive(d) => overlay_key(&d.origin).unwrap_or_else(|| op.target.clone()),
                };
                op.content = match &op.content {
                    OpContent::Section(s) => OpContent::Section(self.section(s, &key, &ov.file, &ov.body, &own)),
                    OpContent::Directive(d) => OpContent::Directive(self.directive(d, &key, &ov.file, &own)),
                };
            }
        }
        for m in &mut out.modules {
            m.meta = self.module_meta(&m.file, &m.meta);
        }
        if let Some(co) = &mut out.course {
            let tr = self.ordered(self.translations.courses.get(&co.file));
            for b in &mut co.meta.behaviours {
                if let Some(t) = tr
                    .iter()
                    .find_map(|t| t.value.behaviours.iter().find(|i| i.id == b.id).and_then(|i| i.text.clone()))
                {
                    b.text = t;
                }
            }
            for q in &mut co.meta.reaction_questions {
                if let Some(t) = tr
                    .iter()
                    .find_map(|t| t.value.reaction_questions.iter().find(|i| i.id == q.id).and_then(|i| i.text.clone()))
                {
                    q.text = t;
                }
            }
        }
        out
    }

    /// A directive operation, translated as a directive with the same id.
    fn directive(&self, d: &Directive, key: &str, file: &str, own: &str) -> Directive {
        let mut out = d.clone();
        out.shown = Shown { lang: Some(own.to_string()), stale: false, file: None };
        for locale in self.chain_for(own) {
            if locale == own {
                break;
            }
            if let Some(tr) = self.translations.lesson(file, &locale)
                && let Some(t) = tr.directive(key)
            {
                out = fix_directive(t, d);
                out.shown = Shown { lang: Some(locale.clone()), stale: false, file: Some(tr.file.clone()) };
                break;
            }
        }
        out
    }

    pub fn module_meta(&self, file: &str, meta: &ModuleMeta) -> ModuleMeta {
        let mut out = meta.clone();
        let tr = self.ordered(self.translations.modules.get(file));
        let title = tr.iter().find_map(|t| Some((t.value.title.clone()?, t.locale.as_str())));
        let summary = tr.iter().find_map(|t| Some((t.value.summary.clone()?, t.locale.as_str())));
        self.pick(&mut out.title, &mut out.fallback, "title", title);
        self.pick(&mut out.summary, &mut out.fallback, "summary", summary);
        out
    }

    /// Course metadata key by key, lists with ids merged by id. `file` is a course.yaml
    /// (the core's, or a region's for the behaviours and questions it adds).
    pub fn course_meta(&self, file: &str, meta: &CourseMeta) -> CourseMeta {
        let mut out = meta.clone();
        let tr = self.ordered(self.translations.courses.get(file));
        let title = tr.iter().find_map(|t| Some((t.value.title.clone()?, t.locale.as_str())));
        let summary = tr.iter().find_map(|t| Some((t.value.summary.clone()?, t.locale.as_str())));
        self.pick(&mut out.title, &mut out.fallback, "title", title);
        self.pick(&mut out.summary, &mut out.fallback, "summary", summary);
        if let Some(v) = tr.iter().find_map(|t| t.value.audience.clone()) {
            out.audience = v;
        }
        let text = |pick: fn(&CourseTranslation) -> &Vec<ItemText>, id: &str| {
            tr.iter().find_map(|t| pick(&t.value).iter().find(|i| i.id == id).and_then(|i| i.text.clone()))
        };
        let source = self.chain.last().cloned().unwrap_or_default();
        for o in &mut out.objectives {
            let found = tr.iter().find_map(|t| {
                let item = t.value.objectives.iter().find(|i| i.id == o.id)?;
                Some((item.text.clone()?, t.locale.as_str()))
            });
            let lang = found.as_ref().map_or(source.as_str(), |(_, l)| l).to_string();
            if let Some((text, _)) = found {
                o.text = text;
            }
            self.mark(&mut out.fallback, &format!("objective:{}", o.id), &lang);
        }
        for c in &mut out.certification {
            c.text = text(|t| &t.certification, &c.id).unwrap_or(c.text.clone());
        }
        for b in &mut out.behaviours {
            b.text = text(|t| &t.behaviours, &b.id).unwrap_or(b.text.clone());
        }
        for k in &mut out.kpis {
            k.text = text(|t| &t.kpis, &k.id).unwrap_or(k.text.clone());
            if let Some(unit) =
                tr.iter().find_map(|t| t.value.kpis.iter().find(|i| i.id == k.id).and_then(|i| i.unit.clone()))
            {
                k.unit = unit;
            }
        }
        if let Some(schedule) = &mut out.schedule {
            for (i, session) in schedule.sessions.iter_mut().enumerate() {
                let title = tr.iter().find_map(|t| t.value.schedule.as_ref()?.sessions.get(i)?.title.clone());
                if let Some(title) = title.filter(|t| !t.trim().is_empty()) {
                    session.title = title;
                }
            }
        }
        for q in &mut out.reaction_questions {
            q.text = text(|t| &t.reaction_questions, &q.id).unwrap_or(q.text.clone());
        }
        out
    }

    /// Takes a translated field's text where there is one, and marks the field when
    /// its text is in another language than the page's. YAML sources are written in the
    /// workspace's source language, the last of every chain.
    fn pick(&self, field: &mut String, fallback: &mut Fallback, name: &str, found: Option<(String, &str)>) {
        let source = self.chain.last().map_or("", String::as_str);
        let lang = match found {
            Some((text, lang)) => {
                *field = text;
                lang.to_string()
            }
            None => source.to_string(),
        };
        if !field.is_empty() {
            self.mark(fallback, name, &lang);
        }
    }

    fn mark(&self, fallback: &mut Fallback, name: &str, lang: &str) {
        fallback.remove(name);
        if self.chain.first().is_some_and(|page| page != lang) {
            fallback.insert(name.to_string(), lang.to_string());
        }
    }

    /// Translations of a file in chain order.
    fn ordered<'t, T>(&self, list: Option<&'t Vec<Translated<T>>>) -> Vec<&'t Translated<T>> {
        let Some(list) = list else { return Vec::new() };
        self.chain.iter().filter_map(|l| list.iter().find(|t| &t.locale == l)).collect()
    }
}

fn overlay_key(origin: &crate::source::origin::Origin) -> Option<String> {
    match origin {
        crate::source::origin::Origin::Overlay(p) => p.key.clone(),
        crate::source::origin::Origin::Core => None,
    }
}

/// A section without an id, translated in place: its text from the translation, its
/// structure from the source.
fn translated_plain(source: &Section, tr: &Section) -> Section {
    let mut out = source.clone();
    if let (Some(h), Some(th)) = (out.heading.as_mut(), &tr.heading) {
        h.title = th.title.clone();
    }
    out.body = fix_nodes(&tr.body, &source.body);
    out
}

/// Whether the translation of `key` was stamped against a different source text.
fn is_stale(tr: &LessonTranslation, key: &str, s: &Section, body: &str) -> bool {
    let Some(stamped) = tr.front.source_hashes.get(key) else { return false };
    stamped != &hash(&section_source(s, key, body))
}

/// The source text a translation of `key` is stamped against: the section with its
/// children, or for `_root` the text before the first heading.
pub fn section_source(s: &Section, key: &str, body: &str) -> String {
    let range =
        if key == "_root" { 0..s.children.first().map_or(body.len(), |c| c.span.start) } else { s.span.clone() };
    body.get(range).unwrap_or_default().to_string()
}

/// Translated nodes with what always comes from the source: each directive's
/// attributes (but a translated `title`), and the `[x]` marks of questions.
fn fix_nodes(translated: &[Node], source: &[Node]) -> Vec<Node> {
    let mut sources = source.iter().filter_map(|n| match n {
        Node::Directive(d) => Some(d),
        Node::Text(_) => None,
    });
    translated
        .iter()
        .map(|n| match n {
            Node::Directive(t) => match sources.next() {
                Some(s) if s.kind == t.kind => Node::Directive(Box::new(fix_directive(t, s))),
                _ => n.clone(),
            },
            Node::Text(_) => n.clone(),
        })
        .collect()
}

fn fix_directive(t: &Directive, s: &Directive) -> Directive {
    let mut out = t.clone();
    let title = t.attrs.get("title").map(String::from);
    out.attrs = s.attrs.clone();
    if let Some(title) = title {
        out.attrs.pairs.retain(|(k, _)| k != "title");
        out.attrs.pairs.push(("title".into(), title));
    }
    out.origin = s.origin.clone();
    out.children = fix_nodes(&t.children, &s.children);
    if s.kind == DirectiveKind::Question {
        copy_marks(&mut out, s);
    }
    out
}

/// Rewrites the option marks of a translated question to the source's, by position.
fn copy_marks(t: &mut Directive, s: &Directive) {
    let marks: Vec<bool> = crate::source::question::parts(s).options.iter().map(|o| o.correct).collect();
    let mut i = 0;
    for node in &mut t.children {
        let Node::Text(text) = node else { continue };
        let mut src = String::with_capacity(text.src.len());
        for line in text.src.split_inclusive('\n') {
            let trimmed = line.trim_start();
            let is_option =
                ["- [ ]", "- [x]", "- [X]", "* [ ]", "* [x]", "+ [ ]", "+ [x]"].iter().any(|p| trimmed.starts_with(p));
            if is_option && i < marks.len() {
                let indent = &line[..line.len() - trimmed.len()];
                let mark = if marks[i] { "[x]" } else { "[ ]" };
                src.push_str(&format!("{indent}{} {mark}{}", &trimmed[..1], &trimmed[5..]));
                i += 1;
            } else {
                src.push_str(line);
            }
        }
        text.set_src(src.into());
    }
}

#[cfg(test)]
mod tests;
