//! The line-based directive pass that runs before Markdown parsing: colon fences
//! (`::: name {attrs}` ... `:::`) become a tree of `Node`s; code blocks are left alone.

use super::attrs::{AttrProblem, Attrs};
use super::origin::{Origin, Shown};
use crate::diagnostics::{Diagnostic, Location};
use arcstr::Substr;
use std::collections::HashMap;
use std::ops::Range;

/// The directives SPEC section 2 defines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DirectiveKind {
    Trainer,
    Activity,
    Variant,
    Question,
    Materials,
    Only,
}

pub const DIRECTIVE_NAMES: &[&str] = &["trainer", "activity", "variant", "question", "materials", "only"];

impl DirectiveKind {
    fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "trainer" => Self::Trainer,
            "activity" => Self::Activity,
            "variant" => Self::Variant,
            "question" => Self::Question,
            "materials" => Self::Materials,
            "only" => Self::Only,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        DIRECTIVE_NAMES[self as usize]
    }
}

/// A piece of Markdown source between directive fences.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// A slice of the body it came from, which every piece of that body shares: a
    /// large curriculum is held once, not once per piece.
    pub src: Substr,
    /// 1-based line in the file of the first line of `src`.
    pub line: usize,
    /// Byte offset of `src` in the body it came from.
    pub offset: usize,
    words: Words,
}

impl Text {
    pub fn new(src: Substr, line: usize, offset: usize) -> Text {
        Text { src, line, offset, words: Words::default() }
    }

    /// Its words as [`crate::source::sections::words`] counts them, counted once: the
    /// adaptation share asks per region and coverage per language, of the same piece.
    pub fn words(&self) -> usize {
        *self.words.0.get_or_init(|| super::sections::words(&self.src))
    }

    /// The piece with its words already counted (`words` of its source).
    pub fn counted(self, words: usize) -> Text {
        let _ = self.words.0.set(words);
        self
    }

    #[cfg(test)]
    pub fn is_counted(&self) -> bool {
        self.words.0.get().is_some()
    }

    /// Replaces the source, and with it the count of its words.
    pub fn set_src(&mut self, src: Substr) {
        *self = Text::new(src, self.line, self.offset);
    }
}

/// A memo of a piece's word count; it is derived from the source, so it never makes
/// two pieces differ.
#[derive(Debug, Clone, Default)]
struct Words(std::sync::OnceLock<usize>);

impl PartialEq for Words {
    fn eq(&self, _: &Words) -> bool {
        true
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Directive {
    pub kind: DirectiveKind,
    pub attrs: Attrs,
    pub children: Vec<Node>,
    /// 1-based file line of the opening fence.
    pub line: usize,
    pub fence: usize,
    /// Bytes of the body from the opening fence to the end of the closing fence.
    pub span: Range<usize>,
    pub origin: Origin,
    pub shown: Shown,
}

/// The word that marks a question as part of the assessed knowledge check.
pub const ASSESSMENT: &str = "assessment";

impl Directive {
    /// A question of the assessed knowledge check (`{#id assessment}`): only in the
    /// kit's level-2 test and answer key, never on the site or in the workbook.
    pub fn is_assessed(&self) -> bool {
        self.kind == DirectiveKind::Question && self.attrs.bare.iter().any(|w| w == ASSESSMENT)
    }

    /// The `variant` children of an activity, in order.
    pub fn variants(&self) -> Vec<&Directive> {
        self.children
            .iter()
            .filter_map(|n| match n {
                Node::Directive(v) if v.kind == DirectiveKind::Variant => Some(&**v),
                _ => None,
            })
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Text(Text),
    /// Boxed: most nodes are text, and a directive is several times a text's size.
    Directive(Box<Directive>),
}

/// The body to split, with where it sits in its file.
pub struct Body<'a> {
    pub file: &'a str,
    pub text: &'a Substr,
    pub first_line: usize,
}

/// Splits `body` into text and directives; every problem is pushed to `out`.
pub fn parse(body: &Body, out: &mut Vec<Diagnostic>) -> Vec<Node> {
    let mut p = Pass {
        body,
        root: Vec::new(),
        stack: Vec::new(),
        text_start: None,
        code_fence: None,
        unknown: HashMap::new(),
        too_deep: 0,
    };
    let mut offset = 0;
    for (i, raw) in body.text.split_inclusive('\n').enumerate() {
        let line_no = body.first_line + i;
        let line = raw.trim_end_matches(['\n', '\r']);
        p.line(line, line_no, offset..offset + raw.len(), out);
        offset += raw.len();
    }
    p.flush_text(offset);
    while let Some(open) = p.stack.pop() {
        out.push(p.unclosed(&open));
        p.attach(Node::Directive(Box::new(Directive { span: open.span.start..offset, ..open })));
    }
    p.root
}

struct Pass<'a, 'b> {
    body: &'a Body<'b>,
    root: Vec<Node>,
    stack: Vec<Directive>,
    text_start: Option<(usize, usize)>,
    code_fence: Option<(char, usize)>,
    /// Names as written of the unknown directives, by line: they parse as `only` so
    /// their content is still checked, but messages must name what the author wrote.
    unknown: HashMap<usize, String>,
    /// Opening fences past [`MAX_DEPTH`] read as text, so their closing fences are too.
    too_deep: usize,
}

/// How deep directives may nest: an activity with variants holding a question is four.
pub const MAX_DEPTH: usize = 16;

impl Pass<'_, '_> {
    fn unclosed(&self, d: &Directive) -> Diagnostic {
        let name = self.unknown.get(&d.line).map_or(d.kind.name(), String::as_str);
        Diagnostic::error(
            "unclosed-directive",
            Location::new(self.body.file, d.line, 1).with_len(d.fence),
            format!("the `{name}` directive opened here is never closed"),
        )
        .help(format!("close it with a line of {} colons", d.fence))
    }

    fn line(&mut self, line: &str, line_no: usize, bytes: Range<usize>, out: &mut Vec<Diagnostic>) {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let content = &line[indent..];
        if let Some(fence) = self.code_fence {
            if closes_code(content, fence) && indent < 4 {
                self.code_fence = None;
            }
            return self.text_line(line_no, bytes.start);
        }
        if indent < 4 {
            if let Some(fence) = opens_code(content) {
                self.code_fence = Some(fence);
                return self.text_line(line_no, bytes.start);
            }
            let colons = content.chars().take_while(|&c| c == ':').count();
            if colons >= 3 {
                let rest = content[colons..].trim();
                if rest.is_empty() {
                    if self.too_deep > 0 {
                        self.too_deep -= 1;
                        return self.text_line(line_no, bytes.start);
                    }
                    return self.close(colons, line_no, bytes, out);
                }
                let ws = content[colons..].len() - content[colons..].trim_start().len();
                let col = indent + colons + ws + 1;
                if self.stack.len() >= MAX_DEPTH {
                    // Deeper nesting is no lesson's; refusing it keeps every later pass's
                    // recursion shallow, whatever a file holds.
                    if self.too_deep == 0 {
                        out.push(
                            Diagnostic::error(
                                "too-deep",
                                Location::new(self.body.file, line_no, col),
                                format!("directives nest more than {MAX_DEPTH} deep here"),
                            )
                            .help("close some of the directives above before opening another"),
                        );
                    }
                    self.too_deep += 1;
                    return self.text_line(line_no, bytes.start);
                }
                if let Some(d) = self.open(rest, colons, col, line_no, bytes.start, out) {
                    self.flush_text(bytes.start);
                    self.stack.push(d);
                    return;
                }
            }
        }
        self.text_line(line_no, bytes.start)
    }

    fn text_line(&mut self, line_no: usize, start: usize) {
        if self.text_start.is_none() {
            self.text_start = Some((line_no, start));
        }
    }

    fn flush_text(&mut self, end: usize) {
        if let Some((line, start)) = self.text_start.take() {
            let src = self.body.text.substr(start..end);
            self.attach(Node::Text(Text::new(src, line, start)));
        }
    }

    fn attach(&mut self, mut node: Node) {
        // Closed: what its list of children grew beyond them is given back.
        if let Node::Directive(d) = &mut node {
            d.children.shrink_to_fit();
        }
        match self.stack.last_mut() {
            Some(d) => d.children.push(node),
            None => self.root.push(node),
        }
    }

    /// Reads `name {attrs}` after an opening fence. An unknown name is reported and the
    /// fence is read as a directive anyway, so its closing fence still pairs up.
    fn open(
        &mut self,
        rest: &str,
        fence: usize,
        col: usize,
        line_no: usize,
        start: usize,
        out: &mut Vec<Diagnostic>,
    ) -> Option<Directive> {
        let name_len = rest.find(|c: char| c.is_whitespace() || c == '{').unwrap_or(rest.len());
        let (name, after) = rest.split_at(name_len);
        let file = self.body.file;
        let kind = match DirectiveKind::from_name(name) {
            Some(kind) => kind,
            None => {
                out.push(
                    Diagnostic::error(
                        "unknown-directive",
                        Location::new(file, line_no, col).with_len(name.chars().count()),
                        format!("unknown directive `{name}`"),
                    )
                    .suggest(name, DIRECTIVE_NAMES.iter().copied())
                    .help_if_none(format!("directives are: {}", DIRECTIVE_NAMES.join(", "))),
                );
                self.unknown.insert(line_no, name.to_string());
                DirectiveKind::Only
            }
        };
        let after = after.trim();
        let attrs = if after.is_empty() {
            Attrs::default()
        } else if let Some(inner) = after.strip_prefix('{').and_then(|a| a.strip_suffix('}')) {
            let (attrs, problems) = Attrs::parse(inner);
            // `assessment` is the one bare word a question takes (SPEC 2).
            let allowed =
                |p: &AttrProblem| kind == DirectiveKind::Question && *p == AttrProblem::BareWord(ASSESSMENT.into());
            for p in problems.iter().filter(|p| !allowed(p)) {
                out.push(attr_problem(file, line_no, col, p));
            }
            attrs
        } else {
            out.push(Diagnostic::error(
                "directive-attributes",
                Location::new(file, line_no, col + name.len() + 1),
                format!("text after the directive name `{name}` must be an attribute block `{{...}}`"),
            ));
            Attrs::default()
        };
        let d = Directive {
            kind,
            attrs,
            children: Vec::new(),
            line: line_no,
            fence,
            span: start..start,
            origin: Origin::Core,
            shown: Default::default(),
        };
        let known = !self.unknown.contains_key(&line_no);
        if known && kind == DirectiveKind::Only && d.attrs.pairs.is_empty() {
            out.push(
                Diagnostic::error(
                    "only-condition",
                    Location::new(file, line_no, col).with_len(4),
                    "an `only` block needs a condition; without one every region would see it",
                )
                .help("write `::: only {region=sea}`, `{not_region=global}` or a profile value such as `{activity_style=consensus}`"),
            );
        }
        if let Some(level) = d.attrs.get("level").filter(|l| kind == DirectiveKind::Question && *l != "2") {
            out.push(
                Diagnostic::error(
                    "question-level",
                    Location::new(file, line_no, col),
                    format!("`level={level}`: a question is a Kirkpatrick level-2 knowledge check"),
                )
                .help("write `level=2`, or leave `level` out"),
            );
        }
        if kind == DirectiveKind::Variant && self.stack.last().map(|p| p.kind) != Some(DirectiveKind::Activity) {
            out.push(Diagnostic::error(
                "misplaced-variant",
                Location::new(file, line_no, col).with_len(7),
                "a `variant` must sit directly inside an `activity`",
            ));
        }
        Some(d)
    }

    fn close(&mut self, colons: usize, line_no: usize, bytes: Range<usize>, out: &mut Vec<Diagnostic>) {
        let Some(pos) = self.stack.iter().rposition(|d| d.fence <= colons) else {
            out.push(
                Diagnostic::error(
                    "stray-fence",
                    Location::new(self.body.file, line_no, 1).with_len(colons),
                    "this closing fence has no open directive to close",
                )
                .help("a closing fence closes the innermost open directive whose fence is no longer than it"),
            );
            return self.text_line(line_no, bytes.start);
        };
        self.flush_text(bytes.start);
        while self.stack.len() > pos + 1 {
            let inner = self.stack.pop().expect("deeper than pos");
            out.push(self.unclosed(&inner));
            self.attach(Node::Directive(Box::new(Directive { span: inner.span.start..bytes.start, ..inner })));
        }
        let done = self.stack.pop().expect("pos is in the stack");
        self.attach(Node::Directive(Box::new(Directive { span: done.span.start..bytes.end, ..done })));
    }
}

fn attr_problem(file: &str, line: usize, col: usize, p: &AttrProblem) -> Diagnostic {
    let at = Location::new(file, line, col);
    match p {
        AttrProblem::BareWord(w) => Diagnostic::error(
            "attribute-misparse",
            at,
            format!("`{w}` in an attribute block is neither `#id`, `.class` nor `key=value`"),
        )
        .help(format!("write `.{w}` for a class")),
        AttrProblem::SecondId(id) => {
            Diagnostic::error("attribute-misparse", at, format!("a second id `#{id}`; a directive has one id"))
        }
        AttrProblem::UnclosedQuote => {
            Diagnostic::error("attribute-misparse", at, "an attribute value's quote is never closed")
        }
        AttrProblem::BadId(id) => bad_id(at, id),
    }
}

/// An id outside the safe alphabet, with the closest one that is inside it.
pub fn bad_id(at: Location, id: &str) -> Diagnostic {
    let message = if id.is_empty() {
        "an empty id `#`".to_string()
    } else {
        format!("`#{id}` is not an id: ids are letters, digits, `-` and `_`")
    };
    Diagnostic::error("id-characters", at, message).help(format!("write `#{}`", super::attrs::safe_id_for(id)))
}

/// A code fence opening: three or more backticks or tildes.
pub fn opens_code(content: &str) -> Option<(char, usize)> {
    let c = content.chars().next()?;
    if c != '`' && c != '~' {
        return None;
    }
    let n = content.chars().take_while(|&x| x == c).count();
    let info = &content[n..];
    (n >= 3 && !(c == '`' && info.contains('`'))).then_some((c, n))
}

pub fn closes_code(content: &str, (c, n): (char, usize)) -> bool {
    let run = content.chars().take_while(|&x| x == c).count();
    run >= n && content[run..].trim().is_empty()
}

#[cfg(test)]
mod tests;
