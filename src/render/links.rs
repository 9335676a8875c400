//! Links and asset references in a lesson (SPEC section 2): relative paths to `.md`
//! files become the built pages, files become copied assets, anchors must exist, and
//! nothing may lead outside the course folder.

use crate::source::directives::Node;
use crate::source::model::{Course, Lesson};
use crate::source::validate::directives_in;
use std::collections::BTreeSet;

/// Where a link leads once resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// Left as written: another host, `mailto:`, and the like.
    External,
    /// A lesson of the course, with an optional anchor.
    Lesson { module: String, lesson: String, anchor: Option<String> },
    /// An anchor in the current lesson.
    Anchor(String),
    /// A file of the course, by course-relative path.
    Asset(String),
}

/// Why a link cannot be resolved, with the closest valid alternative when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    Outside,
    /// `/etc/passwd` or `C:\x`: a path of the author's machine, not of the course.
    Absolute,
    MissingLesson {
        path: String,
        closest: Option<String>,
    },
    /// A lesson with errors of its own, or a refused symbolic link: reported there.
    Unloaded,
    /// The lesson exists but this build leaves it out (a draft, unlisted or excluded).
    LeftOut {
        path: String,
    },
    MissingAnchor {
        anchor: String,
        closest: Option<String>,
        known: Vec<String>,
    },
    MissingFile {
        path: String,
        closest: Option<String>,
    },
}

impl LinkError {
    pub fn message(&self, dest: &str) -> (String, Option<String>) {
        let hint = |c: &Option<String>| c.as_ref().map(|c| format!("did you mean `{c}`?"));
        match self {
            LinkError::Absolute => (
                format!("`{dest}` is an absolute path"),
                Some(
                    "write links relative to the lesson, such as `assets/map.svg` or `../02-module/01-lesson.md`"
                        .into(),
                ),
            ),
            LinkError::Outside => (
                format!("`{dest}` leads outside the course folder"),
                Some("link only to files inside the course".into()),
            ),
            LinkError::Unloaded => (
                format!("`{dest}` links to a lesson that could not be read"),
                Some("fix that lesson's errors first".into()),
            ),
            LinkError::LeftOut { path } => (
                format!("`{path}` is not part of this build: it is a draft, not listed in its module, or excluded"),
                Some("build with --drafts, list it in module.yaml, or link to another lesson".into()),
            ),
            LinkError::MissingLesson { path, closest } => {
                (format!("broken link: no lesson `{path}` in this course"), hint(closest))
            }
            LinkError::MissingAnchor { anchor, closest, known } => {
                let listed = (!known.is_empty()).then(|| format!("ids there: {}", known.join(", ")));
                (format!("broken link: no id `{anchor}` in the linked lesson"), hint(closest).or(listed))
            }
            LinkError::MissingFile { path, closest } => {
                (format!("broken link: no file `{path}` in this course"), hint(closest))
            }
        }
    }
}

/// Every explicit id of a lesson: sections and directives.
pub fn anchors(lesson: &Lesson) -> BTreeSet<&str> {
    let mut ids = BTreeSet::new();
    for s in lesson.root.walk() {
        ids.extend(s.id());
        ids.extend(directive_ids(&s.body));
    }
    ids
}

fn directive_ids(nodes: &[Node]) -> Vec<&str> {
    directives_in(nodes).into_iter().filter_map(|d| d.attrs.id.as_deref()).collect()
}

/// Resolves `dest` as written in lesson `module/lesson` of `course`.
pub fn resolve(course: &Course, module: &str, lesson: &Lesson, dest: &str) -> Result<Resolved, LinkError> {
    // `C:\x` looks like a URL scheme; it is a path on the author's machine.
    if dest.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) && matches!(dest.get(1..3), Some(":\\" | ":/")) {
        return Err(LinkError::Absolute);
    }
    if dest.is_empty() || is_external(dest) {
        return Ok(Resolved::External);
    }
    let (path, anchor) = match dest.split_once('#') {
        Some((p, a)) => (p, Some(a.to_string())),
        None => (dest, None),
    };
    if path.is_empty() {
        let anchor = anchor.unwrap_or_default();
        return check_anchor(lesson, &anchor).map(|()| Resolved::Anchor(anchor));
    }
    let path = percent_decode(path);
    if path.starts_with('/') || path.starts_with('\\') {
        return Err(LinkError::Absolute);
    }
    let joined = normalize(&format!("{module}/{path}")).ok_or(LinkError::Outside)?;
    if let Some(stem_path) = joined.strip_suffix(".md") {
        let (m, l) = stem_path.split_once('/').filter(|(_, l)| !l.contains('/')).unwrap_or(("", stem_path));
        let Some(target) = course.lesson(m, l) else {
            if course.unloaded.contains(&joined) {
                return Err(LinkError::Unloaded);
            }
            if course.files.contains(&joined) {
                return Err(LinkError::LeftOut { path: joined });
            }
            let all: Vec<String> = course.lessons().map(|(m, l)| format!("{}/{}.md", m.id, l.id)).collect();
            let closest = closest_path(&joined, all.iter().map(String::as_str));
            return Err(LinkError::MissingLesson { path: joined, closest });
        };
        if let Some(a) = &anchor {
            check_anchor(target, a)?;
        }
        return Ok(Resolved::Lesson { module: m.to_string(), lesson: l.to_string(), anchor });
    }
    if course.unloaded.contains(&joined) {
        return Err(LinkError::Unloaded);
    }
    if course.files.contains(&joined) {
        Ok(Resolved::Asset(joined))
    } else {
        let closest = closest_path(&joined, course.files.iter().map(String::as_str));
        Err(LinkError::MissingFile { path: joined, closest })
    }
}

/// The path most likely meant: paths share long folder prefixes, which would make any
/// file of the same folder look close, so the differing parts are compared.
fn closest_path<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let candidates: Vec<&str> = candidates.into_iter().collect();
    let tails: Vec<(&str, &str)> = candidates
        .iter()
        .map(|c| {
            let shared: usize =
                wrong.chars().zip(c.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a.len_utf8()).sum();
            // Back up to the start of the folder or name where they part.
            let cut = wrong[..shared].rfind('/').map_or(0, |i| i + 1);
            (&c[cut..], *c)
        })
        .collect();
    let best = tails
        .iter()
        .filter_map(|(tail, c)| {
            let cut = c.len() - tail.len();
            crate::diagnostics::closest(&wrong[cut..], [*tail]).map(|_| (strsim::jaro_winkler(&wrong[cut..], tail), *c))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))?;
    Some(best.1.to_string())
}

fn check_anchor(lesson: &Lesson, anchor: &str) -> Result<(), LinkError> {
    let ids = anchors(lesson);
    if ids.contains(anchor) {
        Ok(())
    } else {
        let closest = crate::diagnostics::closest(anchor, ids.iter().copied()).map(String::from);
        let known = ids.iter().take(12).map(|s| s.to_string()).collect();
        Err(LinkError::MissingAnchor { anchor: anchor.to_string(), closest, known })
    }
}

/// The asset in the page's language: the first `name.<locale>.ext` along the chain
/// that the course has, else the asset itself (SPEC section 5).
pub fn localized_asset(files: &BTreeSet<String>, path: &str, chain: &[String]) -> String {
    let (stem, ext) = match path.rsplit_once('.') {
        Some((stem, ext)) if !ext.contains('/') => (stem, Some(ext)),
        _ => (path, None),
    };
    for locale in chain {
        let candidate = match ext {
            Some(ext) => format!("{stem}.{locale}.{ext}"),
            None => format!("{stem}.{locale}"),
        };
        if files.contains(&candidate) {
            return candidate;
        }
    }
    path.to_string()
}

/// Whether an external link's scheme is one a page may hold (not `javascript:`).
pub fn safe_scheme(dest: &str) -> bool {
    match dest.split_once(':') {
        Some((scheme, _)) if !dest.starts_with("//") => {
            matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https" | "mailto" | "tel")
        }
        _ => true,
    }
}

pub fn is_external(dest: &str) -> bool {
    dest.starts_with("//")
        || dest.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        })
}

/// Resolves `.` and `..`; `None` when the path climbs above its start.
pub fn normalize(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_refuses_to_climb_out_of_the_course() {
        assert_eq!(normalize("02/../01/a.md").as_deref(), Some("01/a.md"));
        assert_eq!(normalize("01/../../secret"), None);
    }

    #[test]
    fn schemes_and_protocol_relative_links_are_external() {
        assert!(is_external("https://example.com"));
        assert!(is_external("mailto:a@b.c"));
        assert!(is_external("//cdn.example.com/x.js"));
        assert!(!is_external("../02/a.md#x"));
    }

    #[test]
    fn an_asset_is_localized_along_the_chain() {
        let files: BTreeSet<String> =
            ["m/assets/d.png", "m/assets/d.vi.png", "m/assets/d.pt.png"].iter().map(|s| s.to_string()).collect();
        let chain = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(localized_asset(&files, "m/assets/d.png", &chain(&["vi", "en"])), "m/assets/d.vi.png");
        assert_eq!(localized_asset(&files, "m/assets/d.png", &chain(&["pt-BR", "pt", "en"])), "m/assets/d.pt.png");
        assert_eq!(localized_asset(&files, "m/assets/d.png", &chain(&["de", "en"])), "m/assets/d.png");
    }

    #[test]
    fn only_web_mail_and_phone_schemes_are_safe() {
        assert!(safe_scheme("https://example.com") && safe_scheme("mailto:a@b.c") && safe_scheme("../a.md"));
        assert!(
            !safe_scheme("javascript:alert(1)")
                && !safe_scheme("JavaScript:alert(1)")
                && !safe_scheme("data:text/html,x")
        );
    }

    #[test]
    fn an_absolute_path_is_refused_as_such_not_looked_up_in_the_course() {
        let lesson = crate::source::load::parse_lesson(
            "c/m/l.md",
            "l",
            "---\ntitle: L\nduration: 5\n---\nText.\n",
            &mut Vec::new(),
        )
        .unwrap();
        let course = Course {
            id: "c".into(),
            dir: "curricula/c".into(),
            file: "curricula/c/course.yaml".into(),
            meta: yaml_serde::from_str("title: C\n").unwrap(),
            modules: Vec::new(),
            files: BTreeSet::new(),
            unloaded: BTreeSet::new(),
        };
        for dest in ["/etc/passwd", "%2Fetc/passwd", "C:\\Users\\x.png", "c:/x.png", "\\\\server\\share"] {
            assert_eq!(resolve(&course, "m", &lesson, dest), Err(LinkError::Absolute), "{dest}");
        }
        assert!(matches!(resolve(&course, "m", &lesson, "assets/x.png"), Err(LinkError::MissingFile { .. })));
    }

    #[test]
    fn a_path_suggestion_needs_a_close_name_not_just_the_same_folder() {
        let files = ["01-basics/01-welcome.md", "01-basics/02-safety-walk.md", "01-basics/assets/map.svg"];
        assert_eq!(closest_path("01-basics/nope-one.md", files), None);
        assert_eq!(closest_path("01-basics/01-welcom.md", files).as_deref(), Some("01-basics/01-welcome.md"));
        assert_eq!(closest_path("01-basics/asset/map.svg", files).as_deref(), Some("01-basics/assets/map.svg"));
        assert_eq!(closest_path("01-basics/é.md", ["01-basics/è.md"]).as_deref(), Some("01-basics/è.md"));
    }

    #[test]
    fn percent_escapes_are_decoded() {
        assert_eq!(percent_decode("a%20b.png"), "a b.png");
    }
}
