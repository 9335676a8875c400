//! Pages outside any build target: the portal that lets a visitor choose a course,
//! region and language, and the sitemap.

use super::pages::{Target, base_url};
use super::theme::Theme;
use crate::diagnostics::Diagnostic;
use crate::output::OutputFile;
use crate::workspace::{Workspace, locale};
use serde::Serialize;
use tera::Context;

#[derive(Serialize)]
struct PortalTarget {
    region: String,
    region_name: String,
    locale: String,
    locale_name: String,
    url: String,
}

#[derive(Serialize)]
struct PortalCourse {
    id: String,
    title: String,
    summary: String,
    targets: Vec<PortalTarget>,
}

/// The name of a language in that language, from the theme's `language-name` message.
pub fn locale_name(ws: &Workspace, locale: &str) -> String {
    ws.catalog.format(&[locale.to_string()], "language-name", None).unwrap_or_else(|| locale.to_string())
}

pub fn render_portal(ws: &Workspace, theme: &Theme, targets: &[Target]) -> Result<OutputFile, Diagnostic> {
    let courses: Vec<PortalCourse> = ws
        .courses
        .iter()
        .filter(|c| targets.iter().any(|t| t.course.id == c.id))
        .map(|c| PortalCourse {
            id: c.id.clone(),
            title: c.meta.title.clone(),
            summary: c.meta.summary.clone(),
            targets: targets
                .iter()
                .filter(|t| t.course.id == c.id)
                .map(|t| PortalTarget {
                    region: t.region.id.clone(),
                    region_name: t.region.name.clone(),
                    locale: t.locale.clone(),
                    locale_name: locale_name(ws, &t.locale),
                    url: t.dir(),
                })
                .collect(),
        })
        .collect();
    let lang = &ws.config.source_locale;
    let mut c = Context::new();
    c.insert("lang", lang);
    c.insert("dir", locale::direction(lang));
    c.insert("chain", &ws.chain(lang));
    c.insert("course_id", "");
    c.insert("site_title", &ws.config.title);
    c.insert("site_root", "");
    c.insert("root", "");
    c.insert("page_url", "");
    c.insert("page_title", &ws.config.title);
    c.insert("canonical", &base_url(&ws.config.base_url));
    c.insert("courses", &courses);
    Ok(OutputFile::new("index.html", theme.render("portal.html", &c)?))
}

/// `sitemap.xml` with the absolute address of every page, from `base_url`.
pub fn sitemap(ws: &Workspace, pages: &[&str]) -> OutputFile {
    let base = base_url(&ws.config.base_url);
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in pages {
        let dir = page.strip_suffix("index.html").unwrap_or(page);
        xml.push_str(&format!("  <url><loc>{}</loc></url>\n", crate::render::escape_html(&format!("{base}{dir}"))));
    }
    xml.push_str("</urlset>\n");
    OutputFile::new("sitemap.xml", xml)
}
