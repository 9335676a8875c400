//! A lesson body to HTML: the section tree is assembled into one Markdown document per
//! level (directives become slots filled with their own HTML), messages are filled in,
//! links are rewritten for the page, and every problem maps back to file:line:column.

use super::directives as directive_html;
use super::links::{self, Resolved};
use super::partner_html::{MAX_HTML_DEPTH, loads_elsewhere, nests_deeper, partner_html, sanitize_tag};
use super::provenance::{self, Source};
use super::worksheet;
use crate::diagnostics::{Diagnostic, Location};
use crate::l10n::Catalog;
use crate::source::directives::Node;
use crate::source::messages::{self, Arg};
use crate::source::model::{Course, Lesson};
use crate::source::sections::{Section, markdown_options};
use crate::workspace::Region;
use fluent::FluentArgs;
use pulldown_cmark::{CowStr, Event, Parser, Tag, TagEnd, html};
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt::Write;
use std::rc::Rc;

/// Who the rendering is for: what it shows of trainer notes and answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// The course website: no trainer notes; questions as a self-check.
    Site,
    /// The facilitator guide: trainer notes and answers shown.
    Facilitator,
    /// On paper for a learner (the site's print page): the whole text, no notes, no
    /// answers, room to write.
    Workbook,
    /// The kit's participant workbook: only what a participant does (exercises,
    /// checklists, questions to answer) under their section titles, room to write.
    Worksheets,
}

impl View {
    /// Whether the rendering is a learner's paper: no answers, boxes to tick.
    pub fn is_paper(self) -> bool {
        matches!(self, View::Workbook | View::Worksheets)
    }
}

/// Where the rendered body sits: a lesson's own page, or inside the one-page print view.
#[derive(Debug, Clone)]
pub enum Placement {
    /// `root` leads from the page to the build target's root, such as `../../`.
    LessonPage { root: String },
    /// Ids are prefixed per lesson and links between lessons become anchors. Files are
    /// linked from [`ONE_PAGE_ROOT`], which [`on_one_page`] turns into the page's path
    /// to the target root, so one rendering serves the print page and the kit alike.
    OnePage,
}

/// Stands for the path to the target root in bodies rendered for one-page documents.
pub const ONE_PAGE_ROOT: &str = "glocal-one-page-root--/";

/// A one-page body with its links made relative to where the document sits.
pub fn on_one_page(html: &str, root: &str) -> String {
    html.replace(ONE_PAGE_ROOT, root)
}

pub struct BodyContext<'a> {
    pub course: &'a Course,
    pub module: &'a str,
    pub lesson: &'a Lesson,
    pub view: View,
    pub region: &'a Region,
    pub chain: &'a [String],
    pub catalog: &'a Catalog,
    pub placement: Placement,
    /// Added to every heading level (the one-page view nests lessons deeper).
    pub heading_shift: u8,
    /// `trust_overlay_html` in glocal.yaml: overlay raw HTML is kept as written.
    pub trust_overlay_html: bool,
}

#[derive(Debug, Default)]
pub struct Rendered {
    pub html: String,
    pub assets: BTreeSet<String>,
    pub diagnostics: Vec<Diagnostic>,
    /// Every lesson (and anchor) the body links to, so a reuse can be checked.
    pub lesson_links: Vec<(String, String, Option<String>)>,
    /// The search entries of the body as JSON, made once however many targets share it.
    pub search: std::sync::OnceLock<String>,
}

/// Renders the lesson's section tree.
pub fn render_lesson(ctx: &BodyContext) -> Rendered {
    let r = Renderer::new(ctx);
    let mut doc = Doc::default();
    r.section(&mut doc, &ctx.lesson.root);
    let html = r.finish(doc);
    Rendered {
        html,
        assets: r.assets.into_inner(),
        diagnostics: r.diagnostics.into_inner(),
        lesson_links: r.lesson_links.into_inner(),
        search: Default::default(),
    }
}

/// A Markdown document under assembly, with the source place of every piece.
#[derive(Default)]
struct Doc {
    md: String,
    /// (offset in `md`, file line, column, source) where each piece starts.
    places: Vec<(usize, usize, usize, Rc<Source>)>,
    /// Offsets where glocal's own markup starts (true) and where lesson text starts
    /// again (false): its markup is never sanitised, whatever surrounds it.
    ours: Vec<(usize, bool)>,
    slots: Vec<String>,
}

impl Doc {
    fn push(&mut self, text: &str, line: usize, column: usize, source: &Rc<Source>) {
        self.places.push((self.md.len(), line, column, source.clone()));
        self.mark(false);
        self.md.push_str(text);
    }

    /// Markup glocal itself adds: trusted, whatever content surrounds it.
    fn raw(&mut self, text: &str) {
        self.places.push((self.md.len(), 1, 1, Rc::default()));
        self.mark(true);
        self.md.push_str(text);
    }

    fn slot(&mut self, html: String) {
        self.places.push((self.md.len(), 1, 1, Rc::default()));
        self.mark(true);
        write!(self.md, "\n\n<!--glocal-slot-{}-->\n\n", self.slots.len()).expect("string write");
        self.slots.push(html);
    }

    fn mark(&mut self, ours: bool) {
        if self.ours.last().is_none_or(|(_, o)| *o != ours) {
            self.ours.push((self.md.len(), ours));
        }
    }

    /// Whether byte `at` of the document is glocal's own markup.
    fn is_ours(&self, at: usize) -> bool {
        let i = self.ours.partition_point(|p| p.0 <= at);
        i > 0 && self.ours[i - 1].1
    }

    /// Where the text at byte `at` of the document came from.
    fn source_at(&self, at: usize) -> Option<&Rc<Source>> {
        let i = self.places.partition_point(|p| p.0 <= at).checked_sub(1)?;
        Some(&self.places[i].3)
    }

    /// The file line and column of byte `at` of the document, and where it came from.
    fn place(&self, at: usize) -> (usize, usize, Rc<Source>) {
        let i = self.places.partition_point(|p| p.0 <= at).saturating_sub(1);
        let Some((start, line, column, origin)) = self.places.get(i) else {
            return (1, 1, Rc::default());
        };
        let (start, line, column) = (*start, *line, *column);
        let between = &self.md[start..at.max(start)];
        match between.rfind('\n') {
            Some(nl) => (line + between.matches('\n').count(), between[nl + 1..].chars().count() + 1, origin.clone()),
            None => (line, column + between.chars().count(), origin.clone()),
        }
    }
}

pub(super) struct Renderer<'a, 'c> {
    pub(super) ctx: &'a BodyContext<'c>,
    assets: RefCell<BTreeSet<String>>,
    diagnostics: RefCell<Vec<Diagnostic>>,
    /// The source of the content being assembled: core or overlay, and its language.
    current: RefCell<Rc<Source>>,
    lesson_links: RefCell<Vec<(String, String, Option<String>)>>,
    /// How many directives (other than `only`) enclose what is being rendered.
    pub(super) nesting: std::cell::Cell<u32>,
}

impl<'a, 'c> Renderer<'a, 'c> {
    fn new(ctx: &'a BodyContext<'c>) -> Self {
        Renderer {
            ctx,
            assets: RefCell::default(),
            diagnostics: RefCell::default(),
            current: RefCell::default(),
            lesson_links: RefCell::default(),
            nesting: std::cell::Cell::new(0),
        }
    }
}

/// A directive's children (a `materials` list) as HTML, for documents built from pieces.
pub fn fragment_html(ctx: &BodyContext, nodes: &[Node]) -> String {
    Renderer::new(ctx).fragment(nodes)
}

/// A short Markdown text (a question's prompt or option) as inline HTML.
pub fn inline_html(ctx: &BodyContext, md: &str, line: usize) -> String {
    Renderer::new(ctx).inline(md, line)
}

impl Renderer<'_, '_> {
    fn section(&self, doc: &mut Doc, s: &Section) {
        let parent = self.current.borrow().clone();
        let next = parent.entering(&s.origin, &s.shown);
        let m = provenance::marks(&parent, &next, &s.shown, self);
        if !m.open.is_empty() {
            doc.raw(&format!("\n\n{}\n\n", m.open));
        }
        self.current.replace(next);
        self.section_content(doc, s);
        self.current.replace(parent);
        if !m.close.is_empty() {
            doc.raw(&format!("\n\n{}\n\n", m.close));
        }
    }

    fn section_content(&self, doc: &mut Doc, s: &Section) {
        // The participant workbook keeps of a section only what the participant works
        // through, and its heading only when something to do follows.
        let worksheets = self.ctx.view == View::Worksheets;
        let kept = if worksheets { worksheet::nodes(&s.body, self.ctx.region) } else { Vec::new() };
        let body = if worksheets { &kept[..] } else { &s.body[..] };
        let shown = !worksheets || !body.is_empty() || worksheet::below(s, self.ctx.region);
        if let Some(h) = s.heading.as_ref().filter(|_| shown) {
            let level = (h.level + self.ctx.heading_shift).min(6) as usize;
            doc.raw(&format!("\n\n{} ", "#".repeat(level)));
            self.text(doc, &h.title, h.line, level + 2);
            match s.id() {
                Some(id) => doc.raw(&format!(" {{#{}}}\n\n", self.element_id(id))),
                None => doc.raw("\n\n"),
            }
        }
        self.nodes(doc, body);
        for child in &s.children {
            self.section(doc, child);
        }
    }

    fn nodes(&self, doc: &mut Doc, nodes: &[Node]) {
        for node in nodes {
            match node {
                Node::Text(t) => {
                    doc.raw("\n");
                    self.text(doc, &t.src, t.line, 1);
                    doc.raw("\n");
                }
                Node::Directive(d) => {
                    let parent = self.current.borrow().clone();
                    let next = parent.entering(&d.origin, &d.shown);
                    let m = provenance::marks(&parent, &next, &d.shown, self);
                    self.current.replace(next);
                    if let Some(html) = directive_html::render(self, d) {
                        doc.slot(format!("{}{html}{}", m.open, m.close));
                    }
                    self.current.replace(parent);
                }
            }
        }
    }

    /// Renders nodes (a directive's children) as a document of their own.
    pub(super) fn fragment(&self, nodes: &[Node]) -> String {
        let mut doc = Doc::default();
        self.nodes(&mut doc, nodes);
        self.finish(doc)
    }

    /// Renders a short Markdown text (a question option) without its paragraph.
    pub(super) fn inline(&self, md: &str, line: usize) -> String {
        let mut doc = Doc::default();
        self.text(&mut doc, md, line, 1);
        let html = self.finish(doc);
        let html = html.trim();
        html.strip_prefix("<p>").and_then(|h| h.strip_suffix("</p>")).unwrap_or(html).to_string()
    }

    /// Appends source text, with `{{ message }}` references filled in.
    fn text(&self, doc: &mut Doc, src: &str, line: usize, column: usize) {
        let origin = self.current.borrow().clone();
        let file = origin.file(&self.ctx.lesson.file).to_string();
        // The place after each reference is known from the reference itself, so no
        // text is counted twice however many references a lesson holds.
        let (mut cursor, mut at_line, mut at_column) = (0, line, column);
        for r in messages::find(src) {
            let (l, c) = (line + r.line, if r.line == 0 { column + r.column - 1 } else { r.column });
            doc.push(&src[cursor..r.range.start], at_line, at_column, &origin);
            let written = src[r.range.clone()].chars().count();
            let value = self.message(&r.id, &r.args, Location::new(&file, l, c).with_len(written));
            doc.push(&escape_markdown(&value), l, c, &origin);
            (cursor, at_line, at_column) = (r.range.end, l, c + written);
        }
        doc.push(&src[cursor..], at_line, at_column, &origin);
    }

    fn message(&self, id: &str, args: &[(String, Arg)], at: Location) -> String {
        let fluent_args = messages::fluent_args(args);
        match self.ctx.catalog.format(self.ctx.chain, id, Some(&fluent_args)) {
            Some(text) => text,
            None => {
                self.diagnostics.borrow_mut().push(
                    Diagnostic::error(
                        "missing-message",
                        at,
                        format!("no Fluent message `{id}` in {}", self.ctx.chain.join(", ")),
                    )
                    .suggest(id, self.ctx.catalog.ids(self.ctx.chain))
                    .help_if_none(
                        "define it in the course's locales/<locale>/*.ftl or the workspace's locales/".into(),
                    ),
                );
                id.to_string()
            }
        }
    }

    /// A theme string for the page's locale.
    pub(super) fn t(&self, id: &str) -> String {
        self.ctx.catalog.format(self.ctx.chain, id, None).unwrap_or_else(|| id.to_string())
    }

    pub(super) fn t_args(&self, id: &str, args: &FluentArgs) -> String {
        self.ctx.catalog.format(self.ctx.chain, id, Some(args)).unwrap_or_else(|| id.to_string())
    }

    /// The HTML id of an element: prefixed per lesson on the one-page view.
    pub(super) fn element_id(&self, id: &str) -> String {
        match &self.ctx.placement {
            Placement::LessonPage { .. } => id.to_string(),
            Placement::OnePage => {
                format!("{}--{}--{id}", self.ctx.module, self.ctx.lesson.id)
            }
        }
    }

    fn finish(&self, doc: Doc) -> String {
        let mut footnotes: Vec<String> = Vec::new();
        let parser = Parser::new_ext(&doc.md, markdown_options()).into_offset_iter();
        let events = parser.map(|(event, range)| self.event(event, range.start, &doc, &mut footnotes));
        let mut out = String::with_capacity(doc.md.len() * 3 / 2);
        html::push_html(&mut out, events);
        if doc.slots.is_empty() {
            return out;
        }
        fill_slots(&out, &doc.slots)
    }

    fn event<'e>(&self, event: Event<'e>, at: usize, doc: &Doc, footnotes: &mut Vec<String>) -> Event<'e> {
        match event {
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let dest_url = self.link(dest_url, at, doc, false);
                Event::Start(Tag::Link { link_type, dest_url, title, id })
            }
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                let dest_url = self.link(dest_url, at, doc, true);
                Event::Start(Tag::Image { link_type, dest_url, title, id })
            }
            // A heading keeps only the id glocal itself wrote after it: attributes written
            // in a lesson (`{onclick=...}`, classes) never reach the page.
            Event::Start(Tag::Heading { level, id, .. }) => {
                Event::Start(Tag::Heading { level, id, classes: Vec::new(), attrs: Vec::new() })
            }
            // Footnotes are named by their number: a label is free text and never
            // reaches an attribute.
            Event::FootnoteReference(label) => {
                let n = note_number(footnotes, &label);
                let id = super::escape_html(&self.element_id(&format!("fn-{n}")));
                Event::Html(format!("<sup class=\"footnote-reference\"><a href=\"#{id}\">{n}</a></sup>").into())
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                let n = note_number(footnotes, &label);
                let id = super::escape_html(&self.element_id(&format!("fn-{n}")));
                Event::Html(format!("<div class=\"footnote-definition\" id=\"{id}\"><sup class=\"footnote-definition-label\">{n}</sup>").into())
            }
            Event::End(TagEnd::FootnoteDefinition) => Event::Html("</div>\n".into()),
            Event::Html(html) | Event::InlineHtml(html) if loads_elsewhere(&html) => {
                let (line, column, source) = doc.place(at);
                self.diagnostics.borrow_mut().push(
                    Diagnostic::error(
                        "remote-content",
                        Location::new(source.file(&self.ctx.lesson.file), line, column),
                        "this HTML loads something from another host",
                    )
                    .help("pages load nothing from other hosts: copy the file into the course and link to it"),
                );
                Event::Html("".into())
            }
            Event::Html(html) if self.untrusted(at, doc) && nests_deeper(&html, MAX_HTML_DEPTH) => {
                let (line, column, source) = doc.place(at);
                self.diagnostics.borrow_mut().push(
                    Diagnostic::error(
                        "too-deep",
                        Location::new(source.file(&self.ctx.lesson.file), line, column),
                        format!("this HTML nests elements more than {MAX_HTML_DEPTH} deep"),
                    )
                    .help("write it with fewer nested elements, or in Markdown"),
                );
                Event::Html("".into())
            }
            Event::Html(html) if self.untrusted(at, doc) => Event::Html(partner_html().clean(&html).to_string().into()),
            Event::InlineHtml(html) if self.untrusted(at, doc) => Event::InlineHtml(sanitize_tag(&html).into()),
            other => other,
        }
    }

    fn link<'e>(&self, dest: CowStr<'e>, at: usize, doc: &Doc, image: bool) -> CowStr<'e> {
        let ctx = self.ctx;
        let report = |message: String, help: Option<String>| {
            let (line, column, source) = doc.place(at);
            let mut d =
                Diagnostic::error("broken-link", Location::new(source.file(&ctx.lesson.file), line, column), message);
            d.help = help;
            self.diagnostics.borrow_mut().push(d);
        };
        match links::resolve(ctx.course, ctx.module, ctx.lesson, &dest) {
            Ok(Resolved::External) => {
                if image && links::is_external(&dest) {
                    report(
                        format!("the image `{dest}` would load from another host"),
                        Some("copy the image into the module's assets/ folder".into()),
                    );
                }
                if !links::safe_scheme(&dest) {
                    report(
                        format!("`{dest}` is not a link a page may hold"),
                        Some("link to http:, https:, mailto: or tel: addresses, or to files of the course".into()),
                    );
                    return "#".into();
                }
                dest
            }
            Ok(Resolved::Anchor(a)) => format!("#{}", self.element_id(&a)).into(),
            Ok(Resolved::Lesson { module, lesson, anchor }) => {
                self.lesson_url(&module, &lesson, anchor.as_deref()).into()
            }
            Ok(Resolved::Asset(path)) => {
                let path = links::localized_asset(&ctx.course.files, &path, ctx.chain);
                let url = format!("{}{}", self.root(), path);
                self.assets.borrow_mut().insert(path);
                url.into()
            }
            // The lesson's own errors are reported where they are.
            Err(links::LinkError::Unloaded) => dest,
            Err(e) => {
                let (message, help) = e.message(&dest);
                report(message, help);
                dest
            }
        }
    }

    /// Raw HTML from a regional partner's overlay is sanitised unless the workspace
    /// trusts overlay HTML.
    /// Every piece of a lesson a partner's overlay touched counts as theirs: text
    /// appended into a core directive, a translation of their section, a question
    /// rendered alone for a kit.
    fn untrusted(&self, at: usize, doc: &Doc) -> bool {
        !self.ctx.trust_overlay_html
            && !doc.is_ours(at)
            && (self.ctx.lesson.partner || doc.source_at(at).is_some_and(|s| s.origin.is_overlay()))
    }

    fn root(&self) -> &str {
        match &self.ctx.placement {
            Placement::LessonPage { root } => root,
            Placement::OnePage => ONE_PAGE_ROOT,
        }
    }

    fn lesson_url(&self, module: &str, lesson: &str, anchor: Option<&str>) -> String {
        match (&self.ctx.placement, anchor) {
            (Placement::LessonPage { root }, Some(a)) => {
                format!("{root}{module}/{lesson}/index.html#{a}")
            }
            (Placement::LessonPage { root }, None) => format!("{root}{module}/{lesson}/index.html"),
            (Placement::OnePage, Some(a)) => format!("#{module}--{lesson}--{a}"),
            (Placement::OnePage, None) => format!("#{module}--{lesson}"),
        }
    }
}

/// Replaces each `<!--glocal-slot-N-->` with `slots[N]`, in one pass: how large HTML
/// joins a document without passing through a template engine.
pub fn fill_slots(html: &str, slots: &[String]) -> String {
    const OPEN: &str = "<!--glocal-slot-";
    let mut out = String::with_capacity(html.len() + slots.iter().map(String::len).sum::<usize>());
    let mut rest = html;
    while let Some(at) = rest.find(OPEN) {
        out.push_str(&rest[..at]);
        let after = &rest[at + OPEN.len()..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        match (after[..digits].parse::<usize>().ok().and_then(|n| slots.get(n)), after[digits..].strip_prefix("-->")) {
            (Some(slot), Some(tail)) => {
                out.push_str(slot);
                rest = tail;
            }
            _ => {
                out.push_str(OPEN);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

impl provenance::Wording for Renderer<'_, '_> {
    fn page_lang(&self) -> &str {
        self.ctx.chain.first().map_or("", String::as_str)
    }

    fn not_translated(&self, lang: &str) -> String {
        let name =
            self.ctx.catalog.format(&[lang.to_string()], "language-name", None).unwrap_or_else(|| lang.to_string());
        let mut args = FluentArgs::new();
        args.set("language", name);
        self.t_args("not-translated", &args)
    }

    fn stale(&self) -> String {
        self.t("translation-stale")
    }

    fn regional_label(&self) -> Option<String> {
        (self.ctx.view == View::Facilitator).then(|| {
            let mut args = FluentArgs::new();
            args.set("region", super::region_name(self.ctx.catalog, self.ctx.chain, self.ctx.region));
            self.t_args("kit-regional", &args)
        })
    }
}

fn note_number(notes: &mut Vec<String>, label: &str) -> usize {
    match notes.iter().position(|l| l == label) {
        Some(i) => i + 1,
        None => {
            notes.push(label.to_string());
            notes.len()
        }
    }
}

/// Backslash-escapes the ASCII punctuation Markdown gives meaning to, so a message's
/// text stays text.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_{}[]<>()#+-.!|~&".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests;
