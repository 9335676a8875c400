//! The core curriculum as read from disk: courses, modules and lessons, with the YAML
//! each is described by (SPEC section 2).

use super::sections::Section;
use crate::workspace::config::Percent;
use serde::{Deserialize, Deserializer};

pub const COURSE_SCHEMA: &[(&str, &[&str])] = &[
    (
        "",
        &[
            "title",
            "summary",
            "audience",
            "objectives",
            "modules",
            "reaction_questions",
            "behaviours",
            "kpis",
            "certification",
            "certification_valid_months",
            "mastery_score",
            "schedule",
            "adaptation_budget",
        ],
    ),
    ("objectives", &["id", "text"]),
    ("reaction_questions", &["id", "text"]),
    ("behaviours", &["id", "text", "objectives"]),
    ("kpis", &["id", "text", "unit", "baseline", "target"]),
    ("certification", &["id", "text"]),
    ("schedule", &["start", "break", "lunch", "sessions"]),
    ("break", &["every", "minutes"]),
    ("lunch", &["after", "minutes"]),
    ("sessions", &["title", "modules", "target_minutes"]),
];

pub const MODULE_SCHEMA: &[(&str, &[&str])] = &[("", &["title", "summary", "objectives", "lessons"])];

pub const LESSON_SCHEMA: &[(&str, &[&str])] = &[("", &["title", "duration", "objectives", "draft"])];

/// The language of each field (`title`, `summary`) that a page shows from another
/// language than its own, so that the page marks it with `lang` and `dir`.
pub type Fallback = std::collections::BTreeMap<String, String>;

/// A title: text, never YAML's null (`~`, `null` or nothing after the key) nor blank,
/// which would print as `~` or as an empty heading.
pub fn title<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    match Option::<String>::deserialize(d)? {
        Some(t) if !t.trim().is_empty() && t != "~" => Ok(t),
        Some(t) if t == "~" => Err(serde::de::Error::custom(NULL_TITLE)),
        Some(_) => Err(serde::de::Error::custom("a title needs text; this one is blank")),
        None => Err(serde::de::Error::custom(NULL_TITLE)),
    }
}

const NULL_TITLE: &str = "a title needs text; `~`, `null` or nothing is YAML's empty value: write the title (quote \"~\" to mean the character)";

#[derive(Debug, Clone, Deserialize)]
pub struct CourseMeta {
    #[serde(deserialize_with = "title")]
    pub title: String,
    #[serde(skip)]
    pub fallback: Fallback,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub audience: String,
    #[serde(default)]
    pub objectives: Vec<Objective>,
    #[serde(default)]
    pub modules: Option<Vec<String>>,
    #[serde(default, deserialize_with = "reaction_questions")]
    pub reaction_questions: Vec<Objective>,
    #[serde(default)]
    pub behaviours: Vec<Behaviour>,
    #[serde(default)]
    pub kpis: Vec<Kpi>,
    #[serde(default)]
    #[serde(deserialize_with = "criteria")]
    pub certification: Vec<Objective>,
    /// How long a trainer's certification lasts (SPEC 8); 12 months when unset.
    #[serde(default)]
    pub certification_valid_months: Option<u32>,
    /// The score (0-100) an LMS package's learner needs to pass (SPEC 10); 80 when unset.
    #[serde(default)]
    pub mastery_score: Option<u8>,
    #[serde(default)]
    pub schedule: Option<Schedule>,
    #[serde(default)]
    pub adaptation_budget: Option<Percent>,
}

/// Certification criteria: `{ id, text }` items, or plain strings that take the id
/// `certification-<n>` by position, as reaction questions do.
fn criteria<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Objective>, D::Error> {
    numbered(d, "certification-", "each criterion is a line of text, or `{ id: ..., text: ... }`")
}

/// Reaction questions (SPEC 9): `{ id, text }`, or plain strings that take the id
/// `reaction-<n>` by position. Results name them by id.
pub fn reaction_questions<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Objective>, D::Error> {
    numbered(d, "reaction-", "each reaction question is a line of text, or `{ id: ..., text: ... }`")
}

/// Items written as `{ id, text }` or as plain text, which is numbered `<prefix><n>`.
fn numbered<'de, D: Deserializer<'de>>(d: D, prefix: &str, wrong: &str) -> Result<Vec<Objective>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Item {
        Text(String),
        Full(Objective),
    }
    let items = Vec::<Item>::deserialize(d).map_err(|_| serde::de::Error::custom(wrong))?;
    Ok(items
        .into_iter()
        .enumerate()
        .map(|(i, item)| match item {
            Item::Text(text) => Objective { id: format!("{prefix}{}", i + 1), text },
            Item::Full(o) => o,
        })
        .collect())
}

/// An item with an id and a text: objectives and certification criteria.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq)]
pub struct Objective {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq)]
pub struct Behaviour {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub objectives: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq)]
pub struct Kpi {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Schedule {
    pub start: ClockTime,
    #[serde(default, rename = "break")]
    pub break_rule: Option<BreakRule>,
    #[serde(default)]
    pub lunch: Option<Lunch>,
    #[serde(default)]
    pub sessions: Vec<Session>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
pub struct BreakRule {
    pub every: u32,
    pub minutes: u32,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
pub struct Lunch {
    pub after: ClockTime,
    pub minutes: u32,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Session {
    #[serde(deserialize_with = "title")]
    pub title: String,
    pub modules: Vec<String>,
    #[serde(default)]
    pub target_minutes: Option<u32>,
}

/// A local time of day, written `"09:00"`, as minutes since midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClockTime(pub u32);

impl ClockTime {
    pub fn parse(s: &str) -> Option<Self> {
        let (h, m) = s.trim().split_once(':')?;
        let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
        (h < 24 && m < 60 && s.trim().len() == 5).then_some(ClockTime(h * 60 + m))
    }
}

impl std::fmt::Display for ClockTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", (self.0 / 60) % 24, self.0 % 60)
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        ClockTime::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("expected a time of day like \"09:00\", found `{s}`")))
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct ModuleMeta {
    #[serde(deserialize_with = "title")]
    pub title: String,
    #[serde(skip)]
    pub fallback: Fallback,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub objectives: Vec<String>,
    #[serde(default)]
    pub lessons: Option<Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LessonFront {
    #[serde(deserialize_with = "title")]
    pub title: String,
    /// Fields shown in another language than the page's, by field: see [`Fallback`].
    #[serde(skip)]
    pub fallback: Fallback,
    pub duration: u32,
    #[serde(default)]
    pub objectives: Vec<String>,
    #[serde(default)]
    pub draft: bool,
}

#[derive(Debug, Clone)]
pub struct Lesson {
    /// The file stem, which is also the page's folder name.
    pub id: String,
    /// Workspace-relative path with `/` separators.
    pub file: String,
    pub front: LessonFront,
    pub root: Section,
    /// The body's source, which section spans index into and text pieces share.
    pub body: arcstr::Substr,
    /// A regional partner wrote or changed some of it (an overlay applied, or a whole
    /// regional lesson): its raw HTML is sanitised wherever it is rendered.
    pub partner: bool,
}

#[derive(Debug, Clone)]
pub struct Module {
    pub id: String,
    pub file: String,
    pub meta: ModuleMeta,
    /// Shared, so that a region's adapted course reuses every lesson it leaves as is.
    pub lessons: Vec<std::sync::Arc<Lesson>>,
}

#[derive(Debug, Clone)]
pub struct Course {
    pub id: String,
    /// Workspace-relative folder, `curricula/<id>`.
    pub dir: String,
    pub file: String,
    pub meta: CourseMeta,
    pub modules: Vec<Module>,
    /// Every file of the course, course-relative, sorted: the assets links may use.
    pub files: std::collections::BTreeSet<String>,
    /// Files (course-relative) that could not be read, lessons with errors or refused
    /// symbolic links: their own errors say why, so links to them are not reported again.
    pub unloaded: std::collections::BTreeSet<String>,
}

impl Course {
    pub fn lessons(&self) -> impl Iterator<Item = (&Module, &Lesson)> {
        self.modules.iter().flat_map(|m| m.lessons.iter().map(move |l| (m, l.as_ref())))
    }

    pub fn lesson(&self, module: &str, lesson: &str) -> Option<&Lesson> {
        self.modules.iter().find(|m| m.id == module)?.lessons.iter().find(|l| l.id == lesson).map(|l| l.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_times_need_two_digit_hours_and_minutes() {
        assert_eq!(ClockTime::parse("09:30"), Some(ClockTime(570)));
        assert_eq!(ClockTime::parse("9:30"), None);
        assert_eq!(ClockTime::parse("24:00"), None);
        assert_eq!(ClockTime(13 * 60 + 5).to_string(), "13:05");
    }
}
