//! Rendering: Markdown bodies to HTML, directives, links, the theme, and the pages of
//! a build target.

pub mod adaptation;
pub mod assessment;
pub mod cache;
pub mod changes;
pub mod charts;
pub mod cohorts;
pub mod directives;
pub mod impact;
pub mod impact_pages;
pub mod links;
pub mod markdown;
pub mod network;
pub mod pages;
mod partner_html;
pub mod portal;
mod provenance;
pub mod switch;
pub mod theme;
pub mod worksheet;

/// A region's name in a page's language: the Fluent message `region-<id>` where a
/// workspace or course defines one, else its name in glocal.yaml.
pub fn region_name(catalog: &crate::l10n::Catalog, chain: &[String], region: &crate::workspace::Region) -> String {
    catalog.format(chain, &format!("region-{}", region.id), None).unwrap_or_else(|| region.name.clone())
}

/// Text made safe to place in HTML content or a quoted attribute.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    pulldown_cmark_escape::escape_html(&mut out, text).expect("writing to a String cannot fail");
    out
}

/// ` lang="…" dir="…"` for a field shown in another language than the page's (from
/// the `fallback` marks of localized metadata), else nothing: text that fell back keeps
/// its own language and direction, so an English title reads left to right on an
/// Arabic page.
pub fn lang_attrs(fallback: &crate::source::model::Fallback, field: &str) -> String {
    fallback.get(field).map_or(String::new(), |lang| lang_dir(lang))
}

/// ` lang="…" dir="…"` for text in `lang`, escaped.
pub fn lang_dir(lang: &str) -> String {
    format!(" lang=\"{}\" dir=\"{}\"", escape_html(lang), crate::workspace::locale::direction(lang))
}
