//! Rendering: Markdown bodies to HTML, directives, links, the theme, and the pages of
//! a build target.

pub mod adaptation;
pub mod cache;
pub mod directives;
pub mod links;
pub mod markdown;
pub mod pages;
pub mod portal;
mod provenance;
pub mod switch;
pub mod theme;

/// Text made safe to place in HTML content or a quoted attribute.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    pulldown_cmark_escape::escape_html(&mut out, text).expect("writing to a String cannot fail");
    out
}
