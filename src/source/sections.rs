//! Sections (SPEC section 2): a heading opens a section that runs to the next heading of
//! the same or a higher level; a heading with an explicit id makes it addressable.

use super::attrs::{self, AttrProblem, Attrs};
use super::directives::{Node, Text};
use super::origin::{Origin, Shown};
use crate::diagnostics::{Diagnostic, Location};
use crate::sources::LineCounter;
use pulldown_cmark::{Event, Options, Parser, Tag};
use std::ops::Range;

/// The Markdown extensions glocal enables everywhere (SPEC section 2).
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Words of Markdown text by Unicode word boundaries (UAX #29), markup left out; each
/// Han, kana or similar ideographic character counts as one.
pub fn words(markdown: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    Parser::new_ext(markdown, markdown_options())
        .map(|e| match e {
            Event::Text(t) | Event::Code(t) => t.unicode_words().count(),
            _ => 0,
        })
        .sum()
}

#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    pub level: u8,
    /// The heading's inline Markdown, without `#`s and attribute block.
    pub title: String,
    pub attrs: Attrs,
    /// 1-based file line of the heading.
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// `None` for the lesson's root, which holds the text before the first heading.
    pub heading: Option<Heading>,
    pub body: Vec<Node>,
    pub children: Vec<Section>,
    /// Bytes of the lesson body from the heading to the section's end, children included.
    pub span: Range<usize>,
    pub origin: Origin,
    pub shown: Shown,
}

impl Section {
    pub fn id(&self) -> Option<&str> {
        self.heading.as_ref()?.attrs.id.as_deref()
    }

    pub fn locked(&self) -> bool {
        self.heading.as_ref().is_some_and(|h| h.attrs.has_class("locked"))
    }

    pub fn level(&self) -> u8 {
        self.heading.as_ref().map_or(0, |h| h.level)
    }

    /// This section and all below it, depth first in document order.
    pub fn walk(&self) -> Vec<&Section> {
        let mut out = vec![self];
        for c in &self.children {
            out.extend(c.walk());
        }
        out
    }
}

/// A heading found in a text piece: where it is and what it says.
struct Found {
    range: Range<usize>,
    heading: Heading,
}

/// Builds the section tree of a lesson body from its top-level directive-pass nodes.
pub fn build(file: &str, body_len: usize, nodes: Vec<Node>, out: &mut Vec<Diagnostic>) -> Section {
    let mut stack = vec![Section {
        heading: None,
        body: Vec::new(),
        children: Vec::new(),
        span: 0..body_len,
        origin: Origin::Core,
        shown: Default::default(),
    }];
    for node in nodes {
        let text = match node {
            Node::Text(t) => t,
            directive => {
                stack.last_mut().expect("root").body.push(directive);
                continue;
            }
        };
        let mut cursor = 0;
        let mut lines = LineCounter::new(&text.src, text.line);
        let (found_all, counts) = headings(file, &text, out);
        for found in found_all {
            let words = counts.within(cursor..found.range.start);
            push_text(&mut stack, &text, cursor..found.range.start, words, &mut lines);
            let start = text.offset + found.range.start;
            while stack.len() > 1 && stack.last().expect("len > 1").level() >= found.heading.level {
                close(&mut stack, start);
            }
            stack.push(Section {
                heading: Some(found.heading),
                body: Vec::new(),
                children: Vec::new(),
                span: start..start,
                origin: Origin::Core,
                shown: Default::default(),
            });
            cursor = found.range.end;
        }
        let words = counts.within(cursor..text.src.len());
        push_text(&mut stack, &text, cursor..text.src.len(), words, &mut lines);
    }
    while stack.len() > 1 {
        close(&mut stack, body_len);
    }
    let mut root = stack.pop().expect("root");
    fit(&mut root);
    root
}

fn close(stack: &mut Vec<Section>, end: usize) {
    let mut done = stack.pop().expect("a section to close");
    done.span.end = end;
    fit(&mut done);
    stack.last_mut().expect("a parent").children.push(done);
}

/// Gives back what a finished section's lists grew beyond their length: a curriculum
/// is held for the whole build, and half-empty lists would be a third of it.
fn fit(s: &mut Section) {
    s.body.shrink_to_fit();
    s.children.shrink_to_fit();
}

fn push_text(stack: &mut [Section], text: &Text, range: Range<usize>, words: Option<usize>, lines: &mut LineCounter) {
    if text.src[range.clone()].trim().is_empty() {
        return;
    }
    let line = lines.line_at(range.start);
    let piece = Text::new(text.src.substr(range.clone()), line, text.offset + range.start);
    let piece = match words {
        Some(n) => piece.counted(n),
        None => piece,
    };
    stack.last_mut().expect("root").body.push(Node::Text(piece));
}

/// The words of the text between a piece's headings, by where each run of text starts,
/// counted in the parse that finds the headings. `None` when a piece parsed alone could
/// read differently from the whole (a link or footnote definition, or a footnote
/// reference): then each piece counts its own words when asked.
struct Counts(Option<Vec<(usize, usize)>>);

impl Counts {
    /// The words of the text in `range`, as [`words`] would count that text alone.
    fn within(&self, range: Range<usize>) -> Option<usize> {
        let runs = self.0.as_ref()?;
        let from = runs.partition_point(|(at, _)| *at < range.start);
        Some(runs[from..].iter().take_while(|(at, _)| *at < range.end).map(|(_, n)| n).sum())
    }
}

/// Headings at the top level of a text piece (not in lists, quotes or code), and the
/// words of the text outside them.
fn headings(file: &str, text: &Text, out: &mut Vec<Diagnostic>) -> (Vec<Found>, Counts) {
    use unicode_segmentation::UnicodeSegmentation;
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut in_heading = false;
    let exact = !text.src.contains("]:") && !text.src.contains("[^");
    let mut runs = Vec::new();
    let mut lines = LineCounter::new(&text.src, text.line);
    for (event, range) in Parser::new_ext(&text.src, markdown_options()).into_offset_iter() {
        match event {
            Event::Text(t) | Event::Code(t) if exact && !in_heading => {
                runs.push((range.start, t.unicode_words().count()))
            }
            Event::Start(Tag::Heading { level, .. }) if depth == 0 => {
                in_heading = true;
                let line = lines.line_at(range.start);
                let heading = read_heading(file, &text.src[range.clone()], level as u8, line, out);
                // The heading's range may or may not hold its line end; the text after
                // it starts on the next line either way.
                let end = if text.src[..range.end].ends_with('\n') {
                    range.end
                } else {
                    text.src[range.end..].find('\n').map_or(text.src.len(), |n| range.end + n + 1)
                };
                found.push(Found { range: range.start..end, heading });
                depth += 1;
            }
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                in_heading &= depth > 0;
            }
            _ => {}
        }
    }
    (found, Counts(exact.then_some(runs)))
}

/// Reads an ATX or setext heading's title and attribute block, warning where the
/// attributes would silently misparse.
fn read_heading(file: &str, raw: &str, level: u8, line: usize, out: &mut Vec<Diagnostic>) -> Heading {
    let first = raw.lines().next().unwrap_or("");
    let content = match first.trim_start().strip_prefix(|c| c == '#') {
        Some(_) => first.trim_start().trim_start_matches('#').trim(),
        None => first.trim(),
    };
    // `content` is a slice of `first`: its offset gives the column of what it holds.
    let lead = content.as_ptr() as usize - first.as_ptr() as usize;
    let column = |byte: usize| first[..byte].chars().count() + 1;
    let (title, attrs) = match attrs::split_trailing(content) {
        Some((before, inner, open)) => {
            let (attrs, problems) = Attrs::parse(inner);
            let col = column(lead + open);
            for p in problems {
                out.push(heading_problem(file, line, col, inner, &p));
            }
            (before.trim_end().trim_end_matches('#').trim_end().to_string(), attrs)
        }
        None => {
            if let Some(pos) = content.find("{#").or_else(|| content.find("{.")) {
                out.push(
                    Diagnostic::warning(
                        "attribute-misparse",
                        Location::new(file, line, column(lead + pos)),
                        "text after the attribute block: these braces are read as heading text",
                    )
                    .help("put the `{...}` block at the very end of the heading line"),
                );
            }
            (content.trim_end_matches('#').trim_end().to_string(), Attrs::default())
        }
    };
    Heading { level, title, attrs, line }
}

fn heading_problem(file: &str, line: usize, col: usize, inner: &str, p: &AttrProblem) -> Diagnostic {
    let at = Location::new(file, line, col).with_len(inner.chars().count() + 2);
    match p {
        AttrProblem::BareWord(w) => Diagnostic::warning(
            "attribute-misparse",
            at,
            format!("`{w}` in `{{{inner}}}` is read as an attribute named `{w}`, not as a class"),
        )
        .help(format!("write `.{w}`")),
        AttrProblem::SecondId(id) => Diagnostic::warning(
            "attribute-misparse",
            at,
            format!("a second id `#{id}` in `{{{inner}}}`; only the first is kept"),
        ),
        AttrProblem::UnclosedQuote => {
            Diagnostic::warning("attribute-misparse", at, "an attribute value's quote is never closed")
        }
        AttrProblem::BadId(id) => super::directives::bad_id(at, id),
    }
}

#[cfg(test)]
mod tests;
