//! Raw HTML written by regional partners: what of it reaches a page. Blocks are cleaned
//! by ammonia (no script, event handler, `javascript:` link or file from another host),
//! inline tags are kept only when they are harmless phrasing elements, and nesting past
//! a bound is refused before the sanitiser would spend long on it.

use super::links;

/// How deep a partner's raw HTML may nest: sanitising takes longer with every open
/// element, and no page needs more.
pub(super) const MAX_HTML_DEPTH: usize = 256;

/// Elements that have no end tag.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

/// Whether `html` opens elements more than `limit` deep (a close tag ends one).
pub(super) fn nests_deeper(html: &str, limit: usize) -> bool {
    let mut depth = 0usize;
    for (i, _) in html.match_indices('<') {
        match html.as_bytes().get(i + 1) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let end = html[i..].find('>').map_or(html.len(), |e| i + e);
                let name_end =
                    html[i + 1..].find(|c: char| !c.is_ascii_alphanumeric()).map_or(html.len(), |n| i + 1 + n);
                let void = VOID.contains(&html[i + 1..name_end].to_ascii_lowercase().as_str());
                if !void && !html[..end].ends_with('/') {
                    depth += 1;
                    if depth > limit {
                        return true;
                    }
                }
            }
            _ => {}
        }
    }
    false
}

/// One inline tag from an overlay: kept as written when ammonia would keep it
/// unchanged (`<em>`, `</strong>`), else dropped. Tags arrive one at a time, so
/// cleaning each alone would turn `<em>` into `<em></em>`.
pub(super) fn sanitize_tag(tag: &str) -> String {
    let name: String = tag.trim_start_matches(['<', '/']).chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
    // Inside a paragraph only phrasing elements belong; a stray `</div>` would close
    // glocal's own wrappers (the regional mark, a language's `dir`).
    if !PHRASING.contains(&name.to_ascii_lowercase().as_str()) {
        return String::new();
    }
    let probe = if tag.starts_with("</") { format!("<{name}></{name}>") } else { format!("{tag}</{name}>") };
    let clean = |html: &str| partner_html().clean(html).to_string();
    if !name.is_empty() && clean(&probe) == probe { tag.to_string() } else { clean(tag) }
}

/// The elements a partner may write inside running text.
const PHRASING: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "del", "dfn", "em", "i", "img", "ins", "kbd", "mark", "q",
    "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
];

/// Ammonia's safe HTML, also without anything that would load from another host.
pub(super) fn partner_html() -> &'static ammonia::Builder<'static> {
    static BUILDER: std::sync::OnceLock<ammonia::Builder<'static>> = std::sync::OnceLock::new();
    BUILDER.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.attribute_filter(|_, attribute, value| match attribute {
            "src" | "srcset" | "poster" if links::is_external(value) => None,
            _ => Some(value.into()),
        });
        b
    })
}

/// Raw HTML with a `src` on another host (an image, frame or script).
pub(super) fn loads_elsewhere(html: &str) -> bool {
    let lower = html.to_ascii_lowercase();
    ["src=\"http", "src='http", "src=http", "src=\"//", "src='//", "srcset=\"http"].iter().any(|p| lower.contains(p))
}
