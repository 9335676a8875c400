//! YAML documents (glocal.yaml, course.yaml, module.yaml, front matter) read into typed
//! structs, with every unknown key and the first syntax or type error reported at its
//! line in the file, not in the front-matter block.

use crate::diagnostics::{Diagnostic, Location};
use serde::de::DeserializeOwned;

/// Where a YAML document sits in its file, and which keys each mapping may hold.
pub struct YamlSource<'a> {
    pub file: &'a str,
    pub text: &'a str,
    /// Lines of the file before the document (the `---` of front matter).
    pub line_offset: usize,
    /// Valid keys by the name of the key that holds the mapping ("" for the top).
    pub schema: &'a [(&'a str, &'a [&'a str])],
}

/// Parses `src` into `T`; unknown keys are errors with the closest valid key as hint.
/// Returns `None` when the document cannot be read at all.
pub fn parse<T: DeserializeOwned>(src: &YamlSource, out: &mut Vec<Diagnostic>) -> Option<T> {
    let text = if src.text.trim().is_empty() { "{}" } else { src.text };
    let mut unknown: Vec<Vec<Segment>> = Vec::new();
    let de = yaml_serde::Deserializer::from_str(text);
    let result: Result<T, _> = serde_ignored::deserialize(de, |path| unknown.push(segments(&path)));
    match result {
        Ok(value) => {
            for path in &unknown {
                out.push(unknown_key(src, path));
            }
            Some(value)
        }
        Err(err) => {
            let (line, column) = err.location().map_or((1, 1), |l| (l.line(), l.column()));
            let message = err.to_string();
            let message = plain(message.split(" at line ").next().unwrap_or(&message));
            let (line, column) = found_value(text, line, &message).unwrap_or((line, column));
            out.push(Diagnostic::error("yaml", Location::new(src.file, line + src.line_offset, column), message));
            None
        }
    }
}

/// The parser's message in an author's words: "expected u32" is "a whole number",
/// "sequence" is "a list". The key the message starts with (`duration: ...`) is kept,
/// and minutes are named as such.
fn plain(message: &str) -> String {
    let (key, rest) = match message.split_once(": ") {
        Some((k, r)) if !k.contains(' ') => (Some(k), r),
        _ => (None, message),
    };
    let Some((found, wanted)) = rest
        .strip_prefix("invalid type: ")
        .or_else(|| rest.strip_prefix("invalid value: "))
        .and_then(|r| r.split_once(", expected "))
    else {
        if let Some(field) = rest.strip_prefix("missing field ") {
            return format!("{}{field} is missing", key.map_or(String::new(), |k| format!("{k}: ")));
        }
        return message.to_string();
    };
    let minutes =
        key.is_some_and(|k| k.ends_with("duration") || k.ends_with("minutes") || k.ends_with("target_minutes"));
    let wanted = match wanted {
        "u8" | "u16" | "u32" | "u64" | "usize" | "i32" | "i64" if minutes => "a whole number of minutes",
        "u8" | "u16" | "u32" | "u64" | "usize" | "i32" | "i64" => "a whole number",
        "f32" | "f64" => "a number",
        "a string" | "a borrowed string" => "text",
        "a sequence" => "a list",
        "a boolean" => "`true` or `false`",
        w if w.starts_with("struct ") || w == "a map" => "keys with values (`key: value` lines)",
        w => w,
    };
    let found = if let Some(text) = found.strip_prefix("string ") {
        format!("the text {text}")
    } else if let Some(n) = found.strip_prefix("integer ").or_else(|| found.strip_prefix("floating point ")) {
        format!("the number {}", n.trim_matches('`'))
    } else {
        match found {
            "sequence" => "a list".to_string(),
            "map" => "keys with values".to_string(),
            "unit value" => "nothing".to_string(),
            other => other.replace("boolean ", ""),
        }
    };
    let key = key.map_or(String::new(), |k| format!("`{k}` needs "));
    if key.is_empty() { format!("expected {wanted}, found {found}") } else { format!("{key}{wanted}, not {found}") }
}

/// A value our own checks refuse ("found `lots`") is reported by the parser at the start
/// of its mapping; the value itself, on that line or after, is the better place.
fn found_value(text: &str, from_line: usize, message: &str) -> Option<(usize, usize)> {
    let value = message.split("found `").nth(1)?.split('`').next()?;
    if value.is_empty() {
        return None;
    }
    text.lines().enumerate().skip(from_line.saturating_sub(1)).find_map(|(i, line)| {
        let at = line.find(&format!(": {value}")).map(|at| at + 2).or_else(|| line.find(value))?;
        Some((i + 1, line[..at].chars().count() + 1))
    })
}

#[derive(Debug, Clone, PartialEq)]
enum Segment {
    Key(String),
    Index(usize),
}

fn segments(path: &serde_ignored::Path) -> Vec<Segment> {
    use serde_ignored::Path;
    let mut out = match path {
        Path::Root => return Vec::new(),
        Path::Seq { parent, index } => {
            let mut v = segments(parent);
            v.push(Segment::Index(*index));
            return v;
        }
        Path::Map { parent, key } => {
            let mut v = segments(parent);
            v.push(Segment::Key(key.clone()));
            return v;
        }
        Path::Some { parent } | Path::NewtypeStruct { parent } | Path::NewtypeVariant { parent } => segments(parent),
    };
    out.shrink_to_fit();
    out
}

fn unknown_key(src: &YamlSource, path: &[Segment]) -> Diagnostic {
    let Some(Segment::Key(key)) = path.last() else {
        return Diagnostic::error("unknown-key", Location::file(src.file), "unexpected value");
    };
    let parent = path[..path.len() - 1]
        .iter()
        .rev()
        .find_map(|s| match s {
            Segment::Key(k) => Some(k.as_str()),
            Segment::Index(_) => None,
        })
        .unwrap_or("");
    let valid: &[&str] = src.schema.iter().find(|(p, _)| *p == parent).map_or(&[], |(_, keys)| keys);
    let (line, column) = locate(src.text, path);
    let mut d = Diagnostic::error(
        "unknown-key",
        Location::new(src.file, line + src.line_offset, column).with_len(key.chars().count()),
        format!("unknown key `{key}`"),
    );
    d = match crate::diagnostics::closest(key, valid.iter().copied()) {
        Some(best) => d.help(format!("did you mean `{best}`?")),
        None if !valid.is_empty() => d.help(format!("expected one of: {}", valid.join(", "))),
        None => d,
    };
    d
}

/// Finds the 1-based line and column of a key path by walking the text: good enough for
/// block and flow mappings as authors write them.
fn locate(text: &str, path: &[Segment]) -> (usize, usize) {
    let lines: Vec<&str> = text.lines().collect();
    let mut cur = 0usize;
    let mut found = (1, 1);
    let mut located = false;
    for seg in path {
        match seg {
            Segment::Key(key) => {
                for (i, line) in lines.iter().enumerate().skip(cur) {
                    if line.trim_start().starts_with('#') {
                        continue;
                    }
                    if let Some(col) = key_column(line, key) {
                        cur = i;
                        located = true;
                        found = (i + 1, col + 1);
                        break;
                    }
                }
            }
            Segment::Index(n) => {
                // A top-level list starts at the first line; a nested one after its key.
                let from = if located { cur + 1 } else { 0 };
                let items: Vec<usize> = (from..lines.len())
                    .filter(|&i| {
                        let line = lines[i].trim_start();
                        line.starts_with("- ") || line == "-"
                    })
                    .collect();
                let indent = items.first().map(|&i| indent_of(lines[i]));
                let same: Vec<usize> = items.into_iter().filter(|&i| Some(indent_of(lines[i])) == indent).collect();
                if let Some(&i) = same.get(*n) {
                    cur = i;
                    located = true;
                    found = (i + 1, indent_of(lines[i]) + 1);
                }
            }
        }
    }
    found
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// The byte column where `key:` starts as a mapping key in `line`, if it does.
fn key_column(line: &str, key: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(pos) = line[from..].find(key) {
        let start = from + pos;
        let before = line[..start].chars().last();
        let after = line[start + key.len()..].trim_start_matches(['"', '\'']);
        let boundary = matches!(before, None | Some(' ' | '{' | ',' | '-' | '"' | '\''));
        if boundary && after.trim_start().starts_with(':') {
            return Some(line[..start].chars().count());
        }
        from = start + key.len();
    }
    None
}

/// The 1-based line and column of a value by its key path, dotted with list
/// positions: `sessions.1.date` is the `date` of the second session.
pub fn locate_path(text: &str, path: &str) -> (usize, usize) {
    let segments: Vec<Segment> =
        path.split('.').map(|s| s.parse().map_or_else(|_| Segment::Key(s.to_string()), Segment::Index)).collect();
    let (line, column) = locate(text, &segments);
    // Past the key, at its value, when the key is written there on the same line.
    let Some(Segment::Key(key)) = segments.last() else { return (line, column) };
    let row = text.lines().nth(line - 1).unwrap_or("");
    let from = row.char_indices().nth(column - 1).map_or(row.len(), |(i, _)| i);
    let Some(rest) = row.get(from..).and_then(|r| r.strip_prefix(key.as_str())) else { return (line, column) };
    let value = rest.trim_start_matches(['"', '\'', ':', ' ']);
    if value.is_empty() || !rest.trim_start_matches(['"', '\'']).starts_with(':') {
        return (line, column);
    }
    (line, row[..row.len() - value.len()].chars().count() + 1)
}

/// The 1-based line and column where `needle` is written (as a key or whole word when
/// it can be), or the file's start: places list items such as a module name.
pub fn find_line(text: &str, needle: &str) -> (usize, usize) {
    crate::diagnostics::find_place(text, needle).unwrap_or((1, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_located_by_its_key_path_in_block_and_flow_lists() {
        let text = "course: x\nsessions:\n  - { date: 2027-03-02 }\n  - date: 2027-06-08\n    start: \"08:30\"\n";
        assert_eq!(locate_path(text, "course"), (1, 9));
        assert_eq!(locate_path(text, "sessions.0.date"), (3, 13));
        assert_eq!(locate_path(text, "sessions.1.date"), (4, 11));
        assert_eq!(locate_path(text, "sessions.1.start"), (5, 13));
    }

    #[test]
    fn a_missing_key_is_placed_without_slicing_inside_a_character_and_comments_are_skipped() {
        let text = "title: Đà Nẵng\n# trainers: none yet\nsessions: []\n";
        assert_eq!(locate_path(text, "trainers"), (1, 1));
        assert_eq!(locate_path(text, "sessions"), (3, 11));
    }

    #[test]
    fn a_type_error_is_said_in_an_authors_words() {
        assert_eq!(
            plain("duration: invalid type: string \"half an hour\", expected u32"),
            "`duration` needs a whole number of minutes, not the text \"half an hour\""
        );
        assert_eq!(
            plain("objectives: invalid type: string \"x\", expected a sequence"),
            "`objectives` needs a list, not the text \"x\""
        );
        assert_eq!(
            plain("draft: invalid type: integer `3`, expected a boolean"),
            "`draft` needs `true` or `false`, not the number 3"
        );
        assert_eq!(plain("missing field `title`"), "`title` is missing");
    }
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    struct Item {
        #[allow(dead_code)]
        id: String,
    }
    #[derive(Deserialize, Debug)]
    struct Doc {
        #[allow(dead_code)]
        title: String,
        #[serde(default)]
        #[allow(dead_code)]
        items: Vec<Item>,
    }
    const SCHEMA: &[(&str, &[&str])] = &[("", &["title", "items"]), ("items", &["id"])];

    fn run(text: &str, offset: usize) -> (Option<Doc>, Vec<Diagnostic>) {
        let mut out = Vec::new();
        let src = YamlSource { file: "f.md", text, line_offset: offset, schema: SCHEMA };
        (parse::<Doc>(&src, &mut out), out)
    }

    #[test]
    fn unknown_keys_are_all_reported_at_their_line_with_the_closest_key() {
        let (doc, d) = run("title: x\ntitel: y\nitems:\n  - id: a\n  - id: b\n    idd: c\n", 1);
        assert!(doc.is_some());
        assert_eq!(d.len(), 2, "{d:?}");
        assert_eq!((d[0].location.line, d[0].location.column), (3, 1));
        assert_eq!(d[0].help.as_deref(), Some("did you mean `title`?"));
        assert_eq!((d[1].location.line, d[1].location.column), (7, 5));
        assert_eq!(d[1].help.as_deref(), Some("did you mean `id`?"));
    }

    #[test]
    fn a_refused_value_is_placed_at_the_value_not_at_its_mapping() {
        let text = "regions:\n  - id: lots\n    locales: [en]\n    budget: lots\n";
        let message = "regions[0]: expected a percentage like `20%`, found `lots`";
        assert_eq!(found_value(text, 2, message), Some((2, 9)), "the first `: lots` from the mapping on");
        assert_eq!(found_value(text, 3, message), Some((4, 13)));
        assert_eq!(found_value(text, 1, "invalid type: integer"), None);
    }

    #[test]
    fn a_type_error_points_at_the_file_line_after_the_front_matter_offset() {
        let (doc, d) = run("title: x\nitems: 3\n", 1);
        assert!(doc.is_none());
        assert_eq!(d[0].code, "yaml");
        assert_eq!(d[0].location.line, 3, "{d:?}");
    }

    #[test]
    fn a_syntax_error_is_reported_with_its_line() {
        let (doc, d) = run("title: x\n- y\n", 0);
        assert!(doc.is_none());
        assert_eq!(d[0].location.line, 2, "{d:?}");
    }
}
