//! Translated siblings (SPEC section 5): `X.<locale>.md` and `X.<locale>.yaml` next to a
//! source file, read into lesson, course and module translations, with the checks
//! that keep them matched to their source.

use crate::diagnostics::{Diagnostic, Location};
use crate::source::directives::{self, Body};
use crate::source::frontmatter;
use crate::source::sections::{self, Section};
use crate::source::yaml::{self, YamlSource};
use crate::sources::SourceMap;
use rayon::prelude::*;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const LESSON_SCHEMA: &[(&str, &[&str])] =
    &[("", &["title", "duration", "objectives", "draft", "lang", "source_hashes", "based_on", "after"])];
const COURSE_SCHEMA: &[(&str, &[&str])] = &[
    (
        "",
        &[
            "title",
            "summary",
            "audience",
            "objectives",
            "reaction_questions",
            "behaviours",
            "kpis",
            "certification",
            "schedule",
            "source_hashes",
        ],
    ),
    ("objectives", &["id", "text"]),
    ("schedule", &["sessions"]),
    ("sessions", &["title"]),
    ("behaviours", &["id", "text"]),
    ("kpis", &["id", "text", "unit"]),
    ("certification", &["id", "text"]),
];
const MODULE_SCHEMA: &[(&str, &[&str])] = &[("", &["title", "summary", "source_hashes"])];

use crate::naming::translation_locale;

/// A translation's front matter. It may repeat the source's keys (`duration`,
/// `objectives`, `draft`, `lang`, `after`, `based_on`): they are accepted, and what
/// they say always comes from the source.
#[derive(Debug, Clone, Default, Deserialize)]
#[allow(dead_code)]
pub struct TranslationFront {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub duration: Option<u32>,
    #[serde(default)]
    pub objectives: Option<Vec<String>>,
    #[serde(default)]
    pub draft: Option<bool>,
    #[serde(default)]
    pub lang: Option<String>,
    /// Hashes of the source sections when the translation was last stamped.
    #[serde(default)]
    pub source_hashes: BTreeMap<String, String>,
    #[serde(default)]
    pub based_on: Option<yaml_serde::Value>,
    #[serde(default)]
    pub after: Option<String>,
}

#[derive(Debug, Clone)]
pub struct LessonTranslation {
    pub locale: String,
    pub file: String,
    pub front: TranslationFront,
    pub front_line: usize,
    pub root: Section,
}

impl LessonTranslation {
    /// The translated section with `key` (`_root` for the root).
    pub fn section(&self, key: &str) -> Option<&Section> {
        if key == "_root" {
            return Some(&self.root);
        }
        self.root.walk().into_iter().find(|s| s.id() == Some(key))
    }

    /// A top-level directive with `id`: how a directive operation is translated.
    pub fn directive(&self, id: &str) -> Option<&crate::source::directives::Directive> {
        self.root
            .walk()
            .into_iter()
            .flat_map(|s| crate::source::validate::directives_in(&s.body))
            .find(|d| d.attrs.id.as_deref() == Some(id))
    }
}

/// An item of a list with ids, as a translation repeats it.
#[derive(Debug, Clone, Deserialize)]
pub struct ItemText {
    pub id: String,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub unit: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct CourseTranslation {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub audience: Option<String>,
    #[serde(default)]
    pub objectives: Vec<ItemText>,
    /// By id, or plain text by position (`reaction-<n>`).
    #[serde(default, deserialize_with = "reaction_questions")]
    pub reaction_questions: Vec<ItemText>,
    #[serde(default)]
    pub behaviours: Vec<ItemText>,
    #[serde(default)]
    pub kpis: Vec<ItemText>,
    #[serde(default, deserialize_with = "criteria")]
    pub certification: Vec<ItemText>,
    /// The schedule's session titles, in the source's order.
    #[serde(default)]
    pub schedule: Option<ScheduleTranslation>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct ScheduleTranslation {
    #[serde(default)]
    pub sessions: Vec<SessionTitle>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct SessionTitle {
    #[serde(default)]
    pub title: Option<String>,
}

fn reaction_questions<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<ItemText>, D::Error> {
    numbered(d, "reaction-")
}

/// Translated criteria, written as the source writes them: plain strings match the
/// source's by position (`certification-<n>`).
fn criteria<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<ItemText>, D::Error> {
    numbered(d, "certification-")
}

fn numbered<'de, D: serde::Deserializer<'de>>(d: D, prefix: &str) -> Result<Vec<ItemText>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Item {
        Text(String),
        Full(ItemText),
    }
    let items = Vec::<Item>::deserialize(d)?;
    Ok(items
        .into_iter()
        .enumerate()
        .map(|(i, item)| match item {
            Item::Text(text) => ItemText { id: format!("{prefix}{}", i + 1), text: Some(text), unit: None },
            Item::Full(t) => t,
        })
        .collect())
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct ModuleTranslation {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub summary: Option<String>,
}

/// A YAML translation with where it comes from.
#[derive(Debug, Clone)]
pub struct Translated<T> {
    pub locale: String,
    pub file: String,
    pub value: T,
}

/// Every translation of a course, by the workspace path of the source file.
#[derive(Debug, Clone, Default)]
pub struct Translations {
    pub lessons: BTreeMap<String, Vec<LessonTranslation>>,
    pub courses: BTreeMap<String, Vec<Translated<CourseTranslation>>>,
    pub modules: BTreeMap<String, Vec<Translated<ModuleTranslation>>>,
}

impl Translations {
    pub fn lesson(&self, source: &str, locale: &str) -> Option<&LessonTranslation> {
        self.lessons.get(source)?.iter().find(|t| t.locale == locale)
    }
}

/// Reads every translation among a course's files. `built` are the locales some
/// target builds; a sibling for another locale is a warning.
pub fn load(
    root: &Path,
    course_dir: &str,
    files: &BTreeSet<String>,
    built: &BTreeSet<String>,
    sources: &SourceMap,
    out: &mut Vec<Diagnostic>,
) -> Translations {
    let mut t = Translations::default();
    let mut found: Vec<(String, &str, String, &str)> = Vec::new();
    for rel in files {
        let Some((stem, ext)) = rel.rsplit_once('.').filter(|(_, e)| matches!(*e, "md" | "yaml")) else { continue };
        let Some((base, locale)) = translation_locale(stem) else { continue };
        let file = format!("{course_dir}/{rel}");
        let source_rel = format!("{base}.{ext}");
        if !files.contains(&source_rel) {
            let same_kind: Vec<&str> = files
                .iter()
                .filter(|f| f.ends_with(ext) && translation_locale(f.trim_end_matches(&format!(".{ext}"))).is_none())
                .map(String::as_str)
                .collect();
            out.push(
                Diagnostic::error(
                    "orphan-translation",
                    Location::file(&file),
                    format!("a translation of `{source_rel}`, which does not exist"),
                )
                .suggest(&source_rel, same_kind.iter().copied()),
            );
            continue;
        }
        if !built.contains(locale) {
            out.push(
                Diagnostic::warning(
                    "unbuilt-locale",
                    Location::file(&file),
                    format!("no build target uses `{locale}`, so this translation is never shown"),
                )
                .help(format!("add `{locale}` to a region's `locales` in glocal.yaml")),
            );
        }
        found.push((file, locale, format!("{course_dir}/{source_rel}"), ext));
    }
    // Parsed in parallel (a course may have thousands), kept in file order.
    let parsed: Vec<(Parsed, Vec<Diagnostic>)> = found
        .par_iter()
        .map(|(file, locale, source, ext)| {
            let mut diags = Vec::new();
            let name = source.rsplit('/').next().unwrap_or("");
            let parsed = match sources.read(root, file) {
                Some(text) => parse_one((file, name), locale, ext, &text, &mut diags),
                None => Parsed::Nothing,
            };
            (parsed, diags)
        })
        .collect();
    for ((file, locale, source, _), (parsed, diags)) in found.into_iter().zip(parsed) {
        out.extend(diags);
        match parsed {
            Parsed::Lesson(lt) => t.lessons.entry(source).or_default().push(*lt),
            Parsed::Course(value) => {
                t.courses.entry(source).or_default().push(Translated { locale: locale.into(), file, value: *value })
            }
            Parsed::Module(value) => {
                t.modules.entry(source).or_default().push(Translated { locale: locale.into(), file, value })
            }
            Parsed::Nothing => {}
        }
    }
    t
}

/// One translated sibling, read.
enum Parsed {
    Lesson(Box<LessonTranslation>),
    Course(Box<CourseTranslation>),
    Module(ModuleTranslation),
    Nothing,
}

/// Parses the sibling `file` of the source file named `name` (`course.yaml`, say).
fn parse_one((file, name): (&str, &str), locale: &str, ext: &str, text: &str, out: &mut Vec<Diagnostic>) -> Parsed {
    if ext == "md" {
        return lesson(file, locale, text, out).map_or(Parsed::Nothing, |l| Parsed::Lesson(Box::new(l)));
    }
    if name == "course.yaml" {
        let src = YamlSource { file, text, line_offset: 0, schema: COURSE_SCHEMA };
        return yaml::parse::<CourseTranslation>(&src, out).map_or(Parsed::Nothing, |v| Parsed::Course(Box::new(v)));
    }
    if name == "module.yaml" {
        let src = YamlSource { file, text, line_offset: 0, schema: MODULE_SCHEMA };
        return yaml::parse::<ModuleTranslation>(&src, out).map_or(Parsed::Nothing, Parsed::Module);
    }
    Parsed::Nothing
}

fn lesson(file: &str, locale: &str, text: &str, out: &mut Vec<Diagnostic>) -> Option<LessonTranslation> {
    let split = frontmatter::split(text);
    let src = YamlSource { file, text: split.yaml, line_offset: split.yaml_line - 1, schema: LESSON_SCHEMA };
    let front: TranslationFront =
        if split.yaml.is_empty() { TranslationFront::default() } else { yaml::parse(&src, out)? };
    let body = arcstr::Substr::from(split.body);
    let nodes = directives::parse(&Body { file, text: &body, first_line: split.body_line }, out);
    let root = sections::build(file, body.len(), nodes, out);
    Some(LessonTranslation { locale: locale.into(), file: file.into(), front, front_line: split.yaml_line, root })
}
