//! The offline search index of a build target: a script file that sets a global, so
//! search works from a folder opened in the browser (file://), where fetching a JSON
//! file is blocked. Text is kept as written; the page folds accents when it searches.

use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SearchDoc {
    /// Page title (the lesson).
    pub t: String,
    /// Section heading, empty for the lesson's introduction.
    pub s: String,
    /// URL relative to the build target's root, with the section's anchor.
    pub u: String,
    /// Plain text of the section.
    pub x: String,
}

/// Plain text of rendered HTML, split at headings that carry an id: one entry per
/// addressable section, so a result leads to the right place in the page. The HTML is
/// glocal's own (well formed), so a scan of tags and text is enough.
pub fn docs_from_html(title: &str, url: &str, html: &str) -> Vec<SearchDoc> {
    let mut docs = vec![SearchDoc { t: title.into(), s: String::new(), u: url.into(), x: String::new() }];
    let mut in_heading = false;
    let mut rest = html;
    while !rest.is_empty() {
        let (text, after) = match rest.find('<') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        let doc = docs.last_mut().expect("one doc");
        push_words(if in_heading { &mut doc.s } else { &mut doc.x }, text);
        if after.is_empty() {
            break;
        }
        let end = after.find('>').map_or(after.len(), |e| e + 1);
        let tag = &after[..end];
        if !is_inline(tag) {
            let doc = docs.last_mut().expect("one doc");
            let target = if in_heading { &mut doc.s } else { &mut doc.x };
            if !target.is_empty() && !target.ends_with(' ') {
                target.push(' ');
            }
        }
        if let Some(id) = heading_id(tag) {
            docs.push(SearchDoc { t: title.into(), s: String::new(), u: format!("{url}#{id}"), x: String::new() });
            in_heading = true;
        } else if tag.starts_with("</h") && tag[3..].starts_with(|c: char| c.is_ascii_digit()) {
            in_heading = false;
        }
        rest = &after[end..];
    }
    for d in &mut docs {
        d.s.truncate(d.s.trim_end().len());
        d.x.truncate(d.x.trim_end().len());
    }
    docs.retain(|d| !d.x.is_empty() || !d.s.is_empty());
    docs
}

/// Inline tags join the words around them; every other tag separates words.
fn is_inline(tag: &str) -> bool {
    let name: String = tag.trim_start_matches(['<', '/']).chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
    matches!(
        name.as_str(),
        "a" | "em" | "strong" | "code" | "span" | "sup" | "sub" | "del" | "s" | "b" | "i" | "mark" | "abbr"
    )
}

fn heading_id(tag: &str) -> Option<&str> {
    let rest = tag.strip_prefix("<h")?;
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let start = rest.find("id=\"")? + 4;
    let end = rest[start..].find('"')?;
    Some(&rest[start..start + end])
}

fn push_words(target: &mut String, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    let text = decode_entities(text);
    let glued = !target.is_empty() && !target.ends_with(' ') && !text.starts_with(char::is_whitespace);
    for (i, word) in text.split_whitespace().enumerate() {
        if !target.is_empty() && !target.ends_with(' ') && (i != 0 || !glued) {
            target.push(' ');
        }
        target.push_str(word);
    }
    if text.ends_with(char::is_whitespace) {
        target.push(' ');
    }
}

fn decode_entities(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('&') {
        return text.into();
    }
    text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .into()
}

/// The JSON of some entries, comma-separated, with `</` escaped so the text cannot
/// end the script. Made once per rendered body and joined per target.
pub fn entries_json(docs: &[SearchDoc]) -> String {
    let json = serde_json::to_string(docs).expect("search docs serialize");
    let inner = &json[1..json.len() - 1];
    let mut out = String::with_capacity(inner.len());
    // Only `</` can end a script early; look for `<` with memchr before rewriting.
    let mut rest = inner;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..=at]);
        if rest[at + 1..].starts_with('/') {
            out.push('\\');
        }
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    out
}

/// `window.glocalSearch = [...]` from the entries of every page of a target.
pub fn index_script<'a>(fragments: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::from("window.glocalSearch = [");
    let mut first = true;
    for f in fragments.into_iter().filter(|f| !f.is_empty()) {
        if !first {
            out.push(',');
        }
        out.push_str(f);
        first = false;
    }
    out.push_str("];\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_split_at_headings_with_ids_into_plain_text_entries() {
        let html = "<p>Intro &amp; more</p>\n<h2 id=\"case\">The <em>case</em></h2>\n<p>Đà Nẵng depot</p><table><tr><td>A</td><td>B</td></tr></table>";
        let docs = docs_from_html("Lesson", "m/l/", html);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].x, "Intro & more");
        assert_eq!(docs[1].u, "m/l/#case");
        assert_eq!(docs[1].s, "The case");
        assert_eq!(docs[1].x, "Đà Nẵng depot A B");
    }

    #[test]
    fn the_script_cannot_be_closed_by_indexed_text() {
        let docs = vec![SearchDoc { t: "</script>".into(), s: String::new(), u: String::new(), x: String::new() }];
        let json = entries_json(&docs);
        let script = index_script([json.as_str(), "", json.as_str()]);
        assert!(!script.contains("</script>"));
        assert!(script.starts_with("window.glocalSearch = [{\"t\":\"<\\/script>\""), "{script}");
        assert_eq!(script.matches("},{").count(), 1, "entries are joined with one comma");
    }
}
