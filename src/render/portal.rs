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

/// The context of a page outside any course, in the source locale; `path` is its
/// folder in the site (`""` or `"status/"`).
pub(super) fn workspace_page(ws: &Workspace, path: &str, title: &str) -> Context {
    let lang = &ws.config.source_locale;
    let root = "../".repeat(path.matches('/').count());
    let mut c = Context::new();
    c.insert("lang", lang);
    c.insert("dir", locale::direction(lang));
    c.insert("chain", &ws.chain(lang));
    c.insert("course_id", "");
    c.insert("site_title", &ws.config.title);
    c.insert("site_root", &root);
    c.insert("root", &root);
    c.insert("page_url", path);
    c.insert("page_title", title);
    c.insert("noindex", &false);
    c.insert("canonical", &format!("{}{path}", base_url(&ws.config.base_url)));
    c.insert("alternates", &Vec::<String>::new());
    c
}

/// The name of a language in that language, from the theme's `language-name` message.
pub fn locale_name(ws: &Workspace, locale: &str) -> String {
    let declared = ws.config.locales.iter().find(|l| l.id == locale).and_then(|l| l.name.clone());
    declared
        .or_else(|| ws.catalog.format(&[locale.to_string()], "language-name", None))
        .unwrap_or_else(|| locale.to_string())
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
                    region_name: super::region_name(ws.catalog_of(&t.course.id), &t.chain, t.region),
                    locale: t.locale.clone(),
                    locale_name: locale_name(ws, &t.locale),
                    url: t.dir(),
                })
                .collect(),
        })
        .collect();
    let mut c = workspace_page(ws, "", &ws.config.title);
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
        let loc = format!("{base}{}", crate::output::url_path(dir));
        xml.push_str(&format!("  <url><loc>{}</loc></url>\n", crate::render::escape_html(&loc)));
    }
    xml.push_str("</urlset>\n");
    OutputFile::new("sitemap.xml", xml)
}

/// One target's row of the status page's translation table. Serialized once, into the
/// page's context: the lists of a large academy's untranslated sections are long.
#[derive(serde::Serialize)]
struct LanguageRow<'a> {
    course: &'a str,
    region: &'a str,
    locale: &'a str,
    locale_name: String,
    url: String,
    coverage: &'a crate::l10n::coverage::Coverage,
}

/// The dashboard at `status/index.html`: adaptation per region, translation per locale.
pub fn render_status(
    ws: &Workspace,
    theme: &Theme,
    adaptations: &[crate::overlay::Adaptation],
    coverage: &[crate::l10n::coverage::Coverage],
    kits_in_site: Option<bool>,
    report: &crate::evaluation::figures::Report,
    lms: bool,
) -> Result<OutputFile, Diagnostic> {
    // The LMS packages a build wrote beside the site, named for staff to upload.
    let packages: Vec<String> = if lms {
        coverage
            .iter()
            .flat_map(|c| {
                ws.config
                    .lms
                    .formats
                    .iter()
                    .map(move |f| format!("{}-{}-{}-{}.zip", c.course, c.region, c.locale, f.id()))
            })
            .collect()
    } else {
        Vec::new()
    };
    // Each course with results links its impact page across regions.
    let impact: Vec<serde_json::Value> = report
        .courses
        .iter()
        .map(|c| serde_json::json!({ "title": c.title, "url": format!("../{}/impact/index.html", c.course) }))
        .collect();
    // Where trainers get each target's kit: linked when the site holds them
    // (`kits_public`), else named in the kits folder beside the site.
    let kits: Vec<serde_json::Value> = match kits_in_site {
        None => Vec::new(),
        Some(in_site) => coverage
            .iter()
            .map(|c| {
                let name = format!("{}-{}-{}.zip", c.course, c.region, c.locale);
                serde_json::json!({ "url": in_site.then(|| format!("../kits/{name}")), "name": name })
            })
            .collect(),
    };
    let regions: Vec<serde_json::Value> = adaptations
        .iter()
        .map(|a| {
            serde_json::json!({
                "course": a.course.meta.title,
                "region": ws.region(&a.region).map_or(a.region.clone(), |r| r.name.clone()),
                "share": a.share.as_ref().map(|s| crate::overlay::share::round1(s.percent)),
                "budget": a.budget,
                "over": a.share.as_ref().is_some_and(|s| s.percent > a.budget),
                "stale": a.stale.len(),
                "url": (a.region != "global").then(|| {
                    let locale = ws.region(&a.region).and_then(|r| r.locales.first()).cloned().unwrap_or_default();
                    format!("../{}/{}/{locale}/adaptation/index.html", a.course.id, a.region)
                }),
            })
        })
        .collect();
    let languages: Vec<LanguageRow> = coverage
        .iter()
        .map(|c| LanguageRow {
            course: ws.courses.iter().find(|x| x.id == c.course).map_or(&c.course, |x| &x.meta.title),
            region: ws.region(&c.region).map_or(&c.region, |r| &r.name),
            locale: &c.locale,
            locale_name: locale_name(ws, &c.locale),
            url: format!("../{}/{}/{}/index.html", c.course, c.region, c.locale),
            coverage: c,
        })
        .collect();
    let title = ws.catalog.format(&ws.chain(&ws.config.source_locale), "status-title", None).unwrap_or_default();
    let mut c = workspace_page(ws, "status/", &title);
    c.insert("adaptation", &regions);
    c.insert("translation", &languages);
    c.insert("kits", &kits);
    let d = &ws.deliveries;
    let deliveries = !d.trainers.is_empty() || !d.cohorts.is_empty();
    c.insert("deliveries_url", &deliveries.then_some("deliveries/index.html"));
    c.insert("impact", &impact);
    c.insert("packages", &packages);
    // Staff pages are reached from here, not from course navigation, and not indexed.
    c.insert("noindex", &true);
    Ok(OutputFile::new("status/index.html", theme.render("status.html", &c)?))
}

#[cfg(test)]
mod tests {
    #[test]
    fn sitemap_paths_are_percent_encoded() {
        assert_eq!(crate::output::url_path("khoá học/a b/"), "kho%C3%A1%20h%E1%BB%8Dc/a%20b/");
    }
}
