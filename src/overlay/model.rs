//! Overlays as read from `curricula/<course>/overlays/<region>/` (SPEC section 4): lesson
//! overlays made of operations, whole regional lessons and modules, and the regional
//! course.yaml.

use crate::source::attrs::Attrs;
use crate::source::directives::Directive;
use crate::source::model::{Behaviour, LessonFront, ModuleMeta, Schedule};
use crate::source::sections::Section;
use serde::Deserialize;
use std::collections::BTreeMap;

pub const LESSON_OVERLAY_SCHEMA: &[(&str, &[&str])] =
    &[("", &["title", "duration", "objectives", "draft", "lang", "based_on", "after"])];

pub const MODULE_OVERLAY_SCHEMA: &[(&str, &[&str])] = &[("", &["title", "summary", "objectives", "lessons", "after"])];

pub const COURSE_OVERLAY_SCHEMA: &[(&str, &[&str])] = &[
    ("", &["schedule", "kpis", "behaviours", "reaction_questions", "exclude"]),
    ("kpis", &["id", "baseline", "target"]),
    ("behaviours", &["id", "text", "objectives"]),
    ("schedule", &["start", "break", "lunch", "sessions"]),
    ("break", &["every", "minutes"]),
    ("lunch", &["after", "minutes"]),
    ("sessions", &["title", "modules", "target_minutes"]),
];

/// An overlay file's front matter. `title` and `duration` override the core lesson's
/// for the region; a new regional lesson needs them, and `after`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct OverlayFront {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub duration: Option<u32>,
    #[serde(default)]
    pub objectives: Option<Vec<String>>,
    #[serde(default)]
    pub draft: bool,
    #[serde(default)]
    pub lang: Option<String>,
    /// Pinned hashes of the core sections the overlay touches or stands beside.
    #[serde(default)]
    pub based_on: BTreeMap<String, String>,
    #[serde(default)]
    pub after: Option<String>,
}

impl OverlayFront {
    /// The front matter of a new regional lesson.
    pub fn as_lesson(&self) -> Option<LessonFront> {
        Some(LessonFront {
            title: self.title.clone()?,
            duration: self.duration?,
            objectives: self.objectives.clone().unwrap_or_default(),
            draft: self.draft,
            fallback: Default::default(),
        })
    }
}

/// What an operation does to its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpKind {
    Replace,
    Remove,
    Append,
    InsertAfter,
    InsertBefore,
}

impl OpKind {
    pub fn name(self) -> &'static str {
        match self {
            OpKind::Replace => "replace",
            OpKind::Remove => "remove",
            OpKind::Append => "append",
            OpKind::InsertAfter => "after",
            OpKind::InsertBefore => "before",
        }
    }

    /// Reads the operation from attributes: `.replace`, `.remove`, `.append`,
    /// `after=id` or `before=id`, with the target id. `Err` names what is wrong.
    pub fn from_attrs(attrs: &Attrs) -> Result<(OpKind, String), String> {
        let mut found: Vec<(OpKind, Option<String>)> = Vec::new();
        for class in &attrs.classes {
            match class.as_str() {
                "replace" => found.push((OpKind::Replace, attrs.id.clone())),
                "remove" => found.push((OpKind::Remove, attrs.id.clone())),
                "append" => found.push((OpKind::Append, attrs.id.clone())),
                _ => {}
            }
        }
        for (key, value) in &attrs.pairs {
            match key.as_str() {
                "after" => found.push((OpKind::InsertAfter, Some(value.clone()))),
                "before" => found.push((OpKind::InsertBefore, Some(value.clone()))),
                _ => {}
            }
        }
        match found.as_slice() {
            [(kind, Some(target))] => Ok((*kind, target.clone())),
            [(kind, None)] => Err(format!(
                "`.{}` needs the id of its target, such as `{{#case-study .{}}}`",
                kind.name(),
                kind.name()
            )),
            [] => match attrs.bare.iter().find(|w| matches!(w.as_str(), "replace" | "remove" | "append")) {
                Some(w) => Err(format!("the operation `{w}` is written without its dot: write `.{w}`")),
                None => Err(
                    "this heading says no operation: add `.replace`, `.remove`, `.append`, `after=id` or `before=id`"
                        .into(),
                ),
            },
            _ => {
                Err("an operation does one thing: use one of `.replace`, `.remove`, `.append`, `after=`, `before=`"
                    .into())
            }
        }
    }
}

/// The content an operation brings: a section (heading operations) or a directive.
#[derive(Debug, Clone)]
pub enum OpContent {
    Section(Section),
    Directive(Directive),
}

#[derive(Debug, Clone)]
pub struct Operation {
    pub kind: OpKind,
    pub target: String,
    pub line: usize,
    /// Column of the target id in its attribute block.
    pub column: usize,
    pub content: OpContent,
}

impl Operation {
    /// Where the operation's content comes from (its overlay file, line and key).
    pub fn content_origin(&self) -> crate::source::origin::Origin {
        match &self.content {
            OpContent::Section(s) => s.origin.clone(),
            OpContent::Directive(d) => d.origin.clone(),
        }
    }
}

/// One overlay lesson file.
#[derive(Debug, Clone)]
pub struct LessonOverlay {
    pub region: String,
    pub module: String,
    pub lesson: String,
    pub file: String,
    pub front: OverlayFront,
    /// Line of the first front-matter line, where `based_on` is written.
    pub front_line: usize,
    pub operations: Vec<Operation>,
    /// The parsed body, for a file that is a whole regional lesson.
    pub root: Section,
    pub body: arcstr::Substr,
}

/// `overlays/<region>/<module>/module.yaml`: a regional module placed `after` a module.
#[derive(Debug, Clone, Deserialize)]
pub struct ModuleOverlayMeta {
    #[serde(deserialize_with = "crate::source::model::title")]
    pub title: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub objectives: Vec<String>,
    #[serde(default)]
    pub lessons: Option<Vec<String>>,
    pub after: String,
}

impl ModuleOverlayMeta {
    pub fn module_meta(&self) -> ModuleMeta {
        ModuleMeta {
            title: self.title.clone(),
            summary: self.summary.clone(),
            objectives: self.objectives.clone(),
            lessons: self.lessons.clone(),
            fallback: Default::default(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct ModuleOverlay {
    pub module: String,
    pub file: String,
    pub meta: ModuleMeta,
    pub after: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct KpiOverride {
    pub id: String,
    #[serde(default)]
    pub baseline: Option<f64>,
    #[serde(default)]
    pub target: Option<f64>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct CourseOverlayMeta {
    #[serde(default)]
    pub schedule: Option<Schedule>,
    #[serde(default)]
    pub kpis: Vec<KpiOverride>,
    #[serde(default)]
    pub behaviours: Vec<Behaviour>,
    /// The region's own questions; plain text is numbered after the core's.
    #[serde(default, deserialize_with = "crate::source::model::reaction_questions")]
    pub reaction_questions: Vec<crate::source::model::Objective>,
    /// Core lessons the region leaves out, as `module/lesson`.
    #[serde(default)]
    pub exclude: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct CourseOverlay {
    pub file: String,
    pub meta: CourseOverlayMeta,
}

/// Everything a region overlays on one course.
#[derive(Debug, Clone, Default)]
pub struct RegionOverlays {
    pub lessons: Vec<LessonOverlay>,
    pub modules: Vec<ModuleOverlay>,
    pub course: Option<CourseOverlay>,
}
