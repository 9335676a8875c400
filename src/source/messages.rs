//! `{{ message-id name=value }}` references inside running text (SPEC section 2):
//! found once, outside code, and replaced by the Fluent message of the page's locale.

use super::directives::{closes_code, opens_code};
use std::ops::Range;

/// An argument value as written: a number, or text (quoted or a bare word).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Number(f64),
    Text(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct MessageRef {
    /// Bytes of `{{ ... }}` in the text it was found in.
    pub range: Range<usize>,
    pub id: String,
    pub args: Vec<(String, Arg)>,
    /// 0-based line within the text, and 1-based column.
    pub line: usize,
    pub column: usize,
}

/// Every message reference in `src`, skipping fenced and indented code and code spans.
/// `\{{` is a literal `{{`.
/// A reference's arguments as Fluent takes them.
pub fn fluent_args(args: &[(String, Arg)]) -> fluent::FluentArgs<'static> {
    let mut out = fluent::FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Number(n) => out.set(k.clone(), *n),
            Arg::Text(t) => out.set(k.clone(), t.clone()),
        }
    }
    out
}

pub fn find(src: &str) -> Vec<MessageRef> {
    if !src.contains("{{") {
        return Vec::new();
    }
    let mut refs = Vec::new();
    let mut fence = None;
    let mut offset = 0;
    for (line_no, raw) in src.split_inclusive('\n').enumerate() {
        let line = raw.trim_end_matches('\n');
        let content = line.trim_start();
        match fence {
            Some(f) => {
                if closes_code(content, f) {
                    fence = None;
                }
            }
            None => {
                if let Some(f) = opens_code(content) {
                    fence = Some(f);
                } else if !line.starts_with("    ") && !line.starts_with('\t') {
                    scan_line(line, offset, line_no, &mut refs);
                }
            }
        }
        offset += raw.len();
    }
    refs
}

fn scan_line(line: &str, offset: usize, line_no: usize, refs: &mut Vec<MessageRef>) {
    let bytes = line.as_bytes();
    let mut i = 0;
    // Characters before byte `counted`, carried along so columns cost one pass.
    let (mut counted, mut chars) = (0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'`' => {
                let run = bytes[i..].iter().take_while(|&&b| b == b'`').count();
                let fence = &line[i..i + run];
                i = match line[i + run..].find(fence) {
                    Some(end) => i + run + end + run,
                    None => i + run,
                };
            }
            b'\\' => i += 2,
            b'{' if bytes.get(i + 1) == Some(&b'{') => {
                let Some(end) = line[i..].find("}}") else {
                    return;
                };
                if let Some((id, args)) = parse_inner(&line[i + 2..i + end]) {
                    chars += line[counted..i].chars().count();
                    counted = i;
                    let column = chars + 1;
                    refs.push(MessageRef { range: offset + i..offset + i + end + 2, id, args, line: line_no, column });
                }
                i += end + 2;
            }
            _ => i += 1,
        }
    }
}

fn parse_inner(inner: &str) -> Option<(String, Vec<(String, Arg)>)> {
    let mut words = split_words(inner.trim()).into_iter();
    let id = words.next()?;
    // Fluent ids are ASCII; an id with another letter (`café-name`) is still read as a
    // reference, so that it is reported with the closest id instead of printed as is.
    if !id.chars().next()?.is_alphabetic() || !id.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_') {
        return None;
    }
    let mut args = Vec::new();
    for w in words {
        let (k, v) = w.split_once('=')?;
        let arg = if v.starts_with('"') {
            Arg::Text(v.trim_matches('"').to_string())
        } else {
            v.parse::<f64>().map_or_else(|_| Arg::Text(v.to_string()), Arg::Number)
        };
        args.push((k.to_string(), arg));
    }
    Some((id, args))
}

fn split_words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in s.chars() {
        if c == '"' {
            quoted = !quoted;
        }
        if c.is_whitespace() && !quoted {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_references_with_number_and_text_arguments() {
        let r = find("Hello {{ team-size count=12 }} and {{ greet name=\"Lan Anh\" }}.\n");
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].id, "team-size");
        assert_eq!(r[0].args, vec![("count".to_string(), Arg::Number(12.0))]);
        assert_eq!(r[0].column, 7);
        assert_eq!(r[1].args, vec![("name".to_string(), Arg::Text("Lan Anh".into()))]);
    }

    #[test]
    fn code_and_escaped_braces_are_left_alone() {
        let src = "`{{ a }}` and \\{{ b }}\n```\n{{ c }}\n```\n    {{ d }}\n\n{{ e }}\n";
        let ids: Vec<_> = find(src).into_iter().map(|r| r.id).collect();
        assert_eq!(ids, ["e"]);
    }

    #[test]
    fn an_id_with_a_letter_fluent_does_not_allow_is_still_a_reference() {
        let ids: Vec<_> =
            find("Meet at {{ café-name }}, not {{ 1abc }} or {{ a.b }}.\n").into_iter().map(|r| r.id).collect();
        assert_eq!(ids, ["café-name"]);
    }

    #[test]
    fn the_range_covers_the_braces_and_the_line_is_counted() {
        let src = "first\nsay {{ hi }}\n";
        let r = &find(src)[0];
        assert_eq!(&src[r.range.clone()], "{{ hi }}");
        assert_eq!(r.line, 1);
    }
}
