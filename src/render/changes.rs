//! What a region changed, as a reader recognises it: the core section and the
//! region's version reduced to their text (headings, paragraphs, list items, table
//! rows, directive labels; no Markdown syntax), lined up block by block, with the
//! words that differ marked. The adaptation page (SPEC 7, for staff) shows these.

use super::escape_html;
use crate::source::messages::{self, Arg};
use crate::source::sections::markdown_options;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde::Serialize;
use similar::{Algorithm, DiffOp, capture_diff_slices};
use unicode_segmentation::UnicodeSegmentation;

/// One block of text as a reader sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: Kind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Heading,
    Paragraph,
    Item,
    /// A directive's opening (an activity, a trainer note), named in the page's language.
    Label,
}

/// Fills in a `{{ message }}` reference: its id and arguments.
pub type MessageText<'a> = &'a dyn Fn(&str, &[(String, Arg)]) -> String;

/// How the page names things the text itself does not say.
pub struct Naming<'a> {
    /// A directive's name (`activity`) as a label in the page's language.
    pub directive: &'a dyn Fn(&str) -> String,
    /// A `{{ message }}` reference as the text it stands for.
    pub message: MessageText<'a>,
}

/// The blocks of Markdown source, in order.
pub fn blocks(md: &str, naming: &Naming) -> Vec<Block> {
    let mut out = Vec::new();
    let mut text = String::new();
    // An assessed question is the test's: its prompt and answers never reach a page
    // under the site (SPEC 7), this staff page included. Its label stays.
    let mut hidden: Option<usize> = None;
    for line in md.lines() {
        if let Some(fence) = hidden {
            let colons = line.trim_start().len() - line.trim_start().trim_start_matches(':').len();
            if colons >= fence && line.trim_start()[colons..].trim().is_empty() {
                hidden = None;
            }
            continue;
        }
        if is_assessed_question(line) {
            hidden = Some(line.trim_start().len() - line.trim_start().trim_start_matches(':').len());
        }
        match directive_line(line) {
            Some(opening) => {
                out.extend(markdown_blocks(&with_messages(&text, naming)));
                text.clear();
                if let Some((name, title)) = opening {
                    let label = (naming.directive)(&name);
                    let text = match title {
                        Some(t) => format!("{label}: {t}"),
                        None => label,
                    };
                    out.push(Block { kind: Kind::Label, text });
                }
            }
            None => {
                text.push_str(line);
                text.push('\n');
            }
        }
    }
    out.extend(markdown_blocks(&with_messages(&text, naming)));
    out
}

/// Whether the line opens `::: question {... assessment}`.
fn is_assessed_question(line: &str) -> bool {
    let rest = line.trim_start().trim_start_matches(':').trim_start();
    line.trim_start().starts_with(":::")
        && rest.starts_with("question")
        && rest.split_once('{').is_some_and(|(_, attrs)| attrs.split([' ', '}']).any(|a| a == "assessment"))
}

/// A directive fence: `Some(Some((name, title)))` opens one, `Some(None)` closes one
/// (or opens an `only` or `variant`, which only decide what shows).
fn directive_line(line: &str) -> Option<Option<(String, Option<String>)>> {
    let rest = line.trim_start();
    let colons = rest.len() - rest.trim_start_matches(':').len();
    if colons < 3 {
        return None;
    }
    let rest = rest[colons..].trim();
    let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_').collect();
    if name.is_empty() || name == "only" {
        return Some(None);
    }
    // `title="..."` in an attribute block, or a quoted title after the name.
    let after = rest[name.len()..].trim_start();
    let quoted = |t: &str| t.split_once('"').map(|(t, _)| t.to_string());
    let title = match after.split_once("title=\"") {
        Some((_, t)) => quoted(t),
        None => after.strip_prefix('"').and_then(quoted),
    };
    Some(Some((name, title)))
}

fn with_messages(md: &str, naming: &Naming) -> String {
    let mut out = String::with_capacity(md.len());
    let mut at = 0;
    for r in messages::find(md) {
        out.push_str(&md[at..r.range.start]);
        out.push_str(&(naming.message)(&r.id, &r.args));
        at = r.range.end;
    }
    out.push_str(&md[at..]);
    out
}

fn markdown_blocks(md: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current: Option<Block> = None;
    let flush = |current: &mut Option<Block>, out: &mut Vec<Block>| {
        if let Some(mut b) = current.take() {
            b.text = b.text.split_whitespace().collect::<Vec<_>>().join(" ");
            if !b.text.is_empty() {
                out.push(b);
            }
        }
    };
    for event in Parser::new_ext(md, markdown_options()) {
        let start = |kind| Some(Block { kind, text: String::new() });
        match event {
            Event::Start(Tag::Heading { .. }) => {
                flush(&mut current, &mut out);
                current = start(Kind::Heading);
            }
            Event::Start(Tag::Item) | Event::Start(Tag::TableRow) | Event::Start(Tag::TableHead) => {
                flush(&mut current, &mut out);
                current = start(Kind::Item);
            }
            Event::Start(Tag::Paragraph) | Event::Start(Tag::CodeBlock(_)) if current.is_none() => {
                current = start(Kind::Paragraph)
            }
            Event::End(TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableRow | TagEnd::TableHead)
            | Event::End(TagEnd::Paragraph | TagEnd::CodeBlock) => flush(&mut current, &mut out),
            Event::End(TagEnd::TableCell) => push(&mut current, " | "),
            Event::Text(t) | Event::Code(t) => push(&mut current, &t),
            Event::SoftBreak | Event::HardBreak => push(&mut current, " "),
            Event::TaskListMarker(done) => push(&mut current, if done { "☑ " } else { "☐ " }),
            _ => {}
        }
    }
    flush(&mut current, &mut out);
    for b in &mut out {
        if let Some(t) = b.text.strip_suffix(" |") {
            b.text = t.to_string();
        }
    }
    out
}

fn push(current: &mut Option<Block>, text: &str) {
    current.get_or_insert(Block { kind: Kind::Paragraph, text: String::new() }).text.push_str(text);
}

/// One line of the comparison: the core's block and the region's, as HTML.
#[derive(Debug, Serialize, PartialEq)]
pub struct Row {
    /// `same`, `changed` (words marked), `rewritten` (too different to mark words),
    /// `removed` or `added`.
    pub change: &'static str,
    pub kind: &'static str,
    pub core: String,
    pub regional: String,
}

/// The two versions lined up block by block, with changed words marked `<del>` in the
/// core and `<ins>` in the region's text.
pub fn compare(core: &[Block], regional: &[Block]) -> Vec<Row> {
    let texts = |b: &[Block]| b.iter().map(|b| b.text.clone()).collect::<Vec<_>>();
    let (old, new) = (texts(core), texts(regional));
    let mut rows = Vec::new();
    for op in capture_diff_slices(Algorithm::Patience, &old, &new) {
        match op {
            DiffOp::Equal { old_index, len, .. } => rows.extend(
                core[old_index..old_index + len]
                    .iter()
                    .map(|b| row("same", b, escape_html(&b.text), escape_html(&b.text))),
            ),
            DiffOp::Delete { old_index, old_len, .. } => rows.extend(
                core[old_index..old_index + old_len]
                    .iter()
                    .map(|b| row("removed", b, mark(&b.text, "del"), String::new())),
            ),
            DiffOp::Insert { new_index, new_len, .. } => rows.extend(
                regional[new_index..new_index + new_len]
                    .iter()
                    .map(|b| row("added", b, String::new(), mark(&b.text, "ins"))),
            ),
            DiffOp::Replace { old_index, old_len, new_index, new_len } => {
                let (a, b) = (&core[old_index..old_index + old_len], &regional[new_index..new_index + new_len]);
                for i in 0..old_len.max(new_len) {
                    rows.push(match (a.get(i), b.get(i)) {
                        (Some(x), Some(y)) => match words(&x.text, &y.text) {
                            Some((c, r)) => row("changed", y, c, r),
                            None => row("rewritten", y, mark(&x.text, "del"), mark(&y.text, "ins")),
                        },
                        (Some(x), None) => row("removed", x, mark(&x.text, "del"), String::new()),
                        (None, Some(y)) => row("added", y, String::new(), mark(&y.text, "ins")),
                        (None, None) => unreachable!("i is below one of the lengths"),
                    });
                }
            }
        }
    }
    rows
}

fn row(change: &'static str, b: &Block, core: String, regional: String) -> Row {
    let kind = match b.kind {
        Kind::Heading => "heading",
        Kind::Paragraph => "paragraph",
        Kind::Item => "item",
        Kind::Label => "label",
    };
    Row { change, kind, core, regional }
}

fn mark(text: &str, tag: &str) -> String {
    format!("<{tag}>{}</{tag}>", escape_html(text))
}

/// Two texts with the words that differ marked, split at Unicode word boundaries (so
/// a Japanese or Chinese sentence compares character by character). `None` for texts
/// that share less than a quarter of their words: a rewrite, not an edit.
fn words(old: &str, new: &str) -> Option<(String, String)> {
    let (a, b): (Vec<&str>, Vec<&str>) = (old.split_word_bounds().collect(), new.split_word_bounds().collect());
    let ops = capture_diff_slices(Algorithm::Myers, &a, &b);
    let solid = |w: &&&str| !w.trim().is_empty();
    let kept: usize = ops
        .iter()
        .filter(|op| matches!(op, DiffOp::Equal { .. }))
        .map(|op| a[op.old_range()].iter().filter(solid).count())
        .sum();
    let longest = a.iter().filter(solid).count().max(b.iter().filter(solid).count());
    if kept * 4 < longest {
        return None;
    }
    // Runs of changed words separated only by spaces are marked as one.
    let mut runs: Vec<(bool, String, String)> = Vec::new();
    for op in ops {
        let (x, y) = (a[op.old_range()].concat(), b[op.new_range()].concat());
        let changed = !matches!(op, DiffOp::Equal { .. });
        match runs.last_mut() {
            Some(last) if last.0 == changed => {
                last.1.push_str(&x);
                last.2.push_str(&y);
            }
            _ => runs.push((changed, x, y)),
        }
    }
    for i in 1..runs.len().saturating_sub(1) {
        if !runs[i].0 && runs[i].1.trim().is_empty() && runs[i - 1].0 && runs[i + 1].0 {
            runs[i].0 = true;
        }
    }
    let (mut core, mut regional) = (String::new(), String::new());
    let mut i = 0;
    while i < runs.len() {
        let (changed, mut x, mut y) = runs[i].clone();
        while changed && i + 1 < runs.len() && runs[i + 1].0 {
            i += 1;
            x.push_str(&runs[i].1);
            y.push_str(&runs[i].2);
        }
        if !changed {
            core.push_str(&escape_html(&x));
            regional.push_str(&escape_html(&y));
        } else {
            if !x.is_empty() {
                core.push_str(&mark(&x, "del"));
            }
            if !y.is_empty() {
                regional.push_str(&mark(&y, "ins"));
            }
        }
        i += 1;
    }
    Some((core, regional))
}

#[cfg(test)]
mod tests;
