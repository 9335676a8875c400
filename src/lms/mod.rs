//! LMS packages (SPEC 10): each target's learner site as one SCORM 1.2 (and, when asked,
//! SCORM 2004 3rd edition) SCO, zipped
//! deterministically like kits. The package opens at `index.html`, a launch page that
//! holds the one LMS session while the course's own pages play in a frame: it finds the
//! LMS's API, restores the learner's place and visited lessons, and reports progress,
//! commits on every page and when the learner leaves. Outside an LMS it simply shows
//! the course.

pub mod manifest;

use crate::output::OutputFile;
use crate::render::pages::Target;
use crate::workspace::config::LmsFormat;
use serde_json::json;

/// The runtime the launch page loads (in the package only, never on the site).
const RUNTIME: &str = include_str!("runtime.js");

/// Where packages go: `lms/` beside the site, or `--lms-out`.
pub const DIR: &str = "lms";

/// The package of a target, from its rendered site files (staff pages are left out)
/// and the theme's static files.
/// The package's salt for answer keys, and its manifest identifier.
pub fn identifier(target: &Target) -> String {
    manifest::xml_id(&format!("{}-{}-{}", target.course.id, target.region.id, target.locale))
}

/// What a package is made of besides the target's site files.
pub struct Parts<'a> {
    /// The theme's static files, by path under `static/`.
    pub statics: &'a std::collections::BTreeMap<String, Vec<u8>>,
    pub test: Option<&'a OutputFile>,
    pub test_label: &'a str,
    pub format: LmsFormat,
}

pub fn package(target: &Target, site: &[OutputFile], parts: &Parts) -> OutputFile {
    let (statics, test, test_label, format) = (parts.statics, parts.test, parts.test_label, parts.format);
    let dir = target.dir();
    let mut files: Vec<(String, Vec<u8>)> = site
        .iter()
        .filter(|f| f.path.starts_with(&dir) && !is_staff(&f.path[dir.len()..]))
        .map(|f| (f.path.clone(), f.bytes.to_vec()))
        .collect();
    files.extend(statics.iter().map(|(p, b)| (format!("static/{p}"), b.clone())));
    let test_path = test.as_ref().map(|t| t.path.clone());
    files.extend(test.map(|t| (t.path.clone(), t.bytes.to_vec())));
    let lessons: Vec<String> =
        target.course.lessons().map(|(m, l)| format!("{dir}{}/{}/index.html", m.id, l.id)).collect();
    let title = format!("{} ({}, {})", target.course.meta.title, target.region.name, target.locale);
    let launch = launch_page(target, &title, &lessons, test_path.as_deref(), test_label, format);
    files.push(("index.html".into(), launch.into_bytes()));
    files.push(("glocal-scorm.js".into(), RUNTIME.as_bytes().to_vec()));
    let mut listed: Vec<String> = files.iter().map(|(p, _)| p.clone()).collect();
    listed.sort();
    let identifier = identifier(target);
    let package = manifest::Package {
        identifier: &identifier,
        title: &title,
        launch: "index.html",
        mastery_score: target.course.meta.mastery_score.unwrap_or(80).min(100),
        files: &listed,
    };
    let manifest = match format {
        LmsFormat::Scorm12 => manifest::scorm12(&package),
        LmsFormat::Scorm2004 => manifest::scorm2004(&package, test_path.is_some()),
    };
    files.push(("imsmanifest.xml".into(), manifest));
    let name = format!("{}-{}-{}-{}.zip", target.course.id, target.region.id, target.locale, format.id());
    OutputFile::new(name, crate::kit::archive::zip("", &files))
}

/// Pages for staff, which a learner's package never holds.
fn is_staff(path: &str) -> bool {
    path.starts_with("adaptation/") || path.starts_with("impact/")
}

/// The launch page: a frame for the course and what the runtime needs to know.
fn launch_page(
    target: &Target,
    title: &str,
    lessons: &[String],
    test: Option<&str>,
    test_label: &str,
    format: LmsFormat,
) -> String {
    let assessed = crate::kit::collect::delivered(
        target.course,
        target.region,
        crate::source::directives::DirectiveKind::Question,
    )
    .iter()
    .filter(|f| f.directive.is_assessed())
    .count();
    let start = format!("{}index.html", target.dir());
    let mastery = target.course.meta.mastery_score.unwrap_or(80).min(100);
    // Visited lessons are kept as bits by position: the list's hash says which list,
    // so a package republished with lessons reordered starts afresh instead of lying.
    let list = crate::hashing::sha256(lessons.join("\n").as_bytes());
    let config = json!({
        "version": if format == LmsFormat::Scorm2004 { "2004" } else { "1.2" },
        "start": start,
        "lessons": lessons,
        "assessed": assessed,
        "test": test,
        "test_label": test_label,
        "mastery": mastery,
        "list": &list[..8],
    });
    // `</` cannot end the script early: JSON escapes it.
    let config = serde_json::to_string(&config).expect("serializes").replace("</", "<\\/");
    let lang = crate::render::escape_html(&target.locale);
    let dir = crate::workspace::locale::direction(&target.locale);
    let title = crate::render::escape_html(title);
    let src = crate::render::escape_html(&manifest::href(&start));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n\
         <style>html, body, iframe {{ margin: 0; border: 0; width: 100%; height: 100%; }} iframe {{ display: block; }}</style>\n\
         <script type=\"application/json\" id=\"glocal-scorm\">{config}</script>\n\
         <script src=\"glocal-scorm.js\" defer></script>\n</head>\n<body>\n\
         <iframe id=\"glocal-course\" title=\"{title}\" src=\"{src}\"></iframe>\n</body>\n</html>\n"
    )
}
