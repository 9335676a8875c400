//! Attribute blocks `{#id .class key=value key="quoted value"}` as written after
//! headings and directive names, with the problems that would make them misparse.

/// A parsed attribute block.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attrs {
    pub id: Option<String>,
    pub classes: Vec<String>,
    pub pairs: Vec<(String, String)>,
    /// Bare words (`replace` without its dot), kept so that overlays can name the
    /// operation the author meant.
    pub bare: Vec<String>,
}

/// Something in an attribute block that an author almost certainly did not mean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttrProblem {
    /// A bare word such as `replace` where `.replace` was meant.
    BareWord(String),
    /// A second `#id`; only one id is kept.
    SecondId(String),
    /// An opening quote with no closing one.
    UnclosedQuote,
    /// An id outside the safe alphabet (or empty): ids reach HTML attributes and URLs.
    BadId(String),
}

/// Whether `id` is in the one alphabet ids are written in: letters and digits of any
/// script, `-` and `_`. Nothing else can reach an HTML attribute or a URL from an id.
pub fn is_safe_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// The closest safe id to `id`: accents folded, anything else made `-`.
pub fn safe_id_for(id: &str) -> String {
    let folded = deunicode::deunicode(id).to_lowercase();
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "section".into() } else { out }
}

impl Attrs {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    pub fn has_class(&self, class: &str) -> bool {
        self.classes.iter().any(|c| c == class)
    }

    /// Parses the inside of `{...}` (without the braces).
    pub fn parse(inner: &str) -> (Attrs, Vec<AttrProblem>) {
        let mut attrs = Attrs::default();
        let mut problems = Vec::new();
        for token in tokens(inner, &mut problems) {
            if let Some(id) = token.strip_prefix('#') {
                if !is_safe_id(id) {
                    problems.push(AttrProblem::BadId(id.to_string()));
                } else if attrs.id.is_some() {
                    problems.push(AttrProblem::SecondId(id.to_string()));
                } else {
                    attrs.id = Some(id.to_string());
                }
            } else if let Some(class) = token.strip_prefix('.') {
                attrs.classes.push(class.to_string());
            } else if let Some((k, v)) = token.split_once('=') {
                let v = v.trim_matches('"').to_string();
                attrs.pairs.push((k.to_string(), v));
            } else {
                attrs.bare.push(token.clone());
                problems.push(AttrProblem::BareWord(token));
            }
        }
        (attrs, problems)
    }
}

/// Splits on whitespace, keeping `key="two words"` together.
fn tokens(inner: &str, problems: &mut Vec<AttrProblem>) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in inner.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                cur.push(c);
            }
            c if c.is_whitespace() && !quoted => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if quoted {
        problems.push(AttrProblem::UnclosedQuote);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Splits a trailing `{...}` from a line: (text before, inside of the braces, byte
/// offset of `{`). Text after the closing brace means there is no attribute block.
pub fn split_trailing(line: &str) -> Option<(&str, &str, usize)> {
    let trimmed = line.trim_end();
    if !trimmed.ends_with('}') {
        return None;
    }
    let open = trimmed.rfind('{')?;
    Some((&trimmed[..open], &trimmed[open + 1..trimmed.len() - 1], open))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_id_classes_and_pairs_with_quotes() {
        let (a, p) = Attrs::parse(r#"#icebreaker .locked minutes=20 title="Stand up and argue""#);
        assert!(p.is_empty());
        assert_eq!(a.id.as_deref(), Some("icebreaker"));
        assert!(a.has_class("locked"));
        assert_eq!(a.get("minutes"), Some("20"));
        assert_eq!(a.get("title"), Some("Stand up and argue"));
    }

    #[test]
    fn a_bare_word_and_a_second_id_are_problems() {
        let (a, p) = Attrs::parse("#x replace #y");
        assert_eq!(a.id.as_deref(), Some("x"));
        assert_eq!(p, vec![AttrProblem::BareWord("replace".into()), AttrProblem::SecondId("y".into())]);
    }

    #[test]
    fn an_id_outside_the_safe_alphabet_is_a_problem_and_is_not_kept() {
        for bad in [r#"q2"onclick="alert(1)"#, "", "a<b", "a&b", "a'b", "a`b", "a.b"] {
            let (a, p) = Attrs::parse(&format!("#{bad}"));
            assert_eq!(a.id, None, "{bad}");
            assert!(matches!(p.first(), Some(AttrProblem::BadId(_))), "{bad}: {p:?}");
        }
        let (a, p) = Attrs::parse("#ñandú-2_b");
        assert_eq!((a.id.as_deref(), p.len()), (Some("ñandú-2_b"), 0));
        assert_eq!(safe_id_for(r#"q2"onclick="x"#), "q2-onclick-x");
    }

    #[test]
    fn split_trailing_needs_the_block_at_the_end_of_the_line() {
        assert_eq!(split_trailing("Case {#case}"), Some(("Case ", "#case", 5)));
        assert_eq!(split_trailing("Case {#case} more"), None);
    }
}
