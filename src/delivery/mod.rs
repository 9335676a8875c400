//! Deliveries (SPEC section 8): the trainer network (`trainers.yaml`) and the cohorts
//! that deliver a course in a region, in one language, on real dates
//! (`cohorts/<region>/<cohort>.yaml`). Loaded and checked with everything else; the
//! site's cohort pages, calendars and staff lists are made from what is here.

pub mod calendar;
pub mod cohorts;
pub mod dated;
pub mod findings;
pub mod trainers;
pub mod zone;

use jiff::civil::Date;
use serde::Serialize;

pub const TRAINERS_FILE: &str = "trainers.yaml";
pub const COHORTS_DIR: &str = "cohorts";

/// The trainer network and every cohort, as far as they could be read.
#[derive(Debug, Default)]
pub struct Deliveries {
    pub trainers: Vec<Trainer>,
    pub cohorts: Vec<Cohort>,
}

impl Deliveries {
    pub fn trainer(&self, id: &str) -> Option<&Trainer> {
        self.trainers.iter().find(|t| t.id == id)
    }

    /// The cohorts of one build target, in order of their first session.
    pub fn of_target<'a>(
        &'a self,
        course: &'a str,
        region: &'a str,
        locale: &'a str,
    ) -> impl Iterator<Item = &'a Cohort> {
        self.cohorts.iter().filter(move |c| c.course == course && c.region == region && c.locale == locale)
    }
}

#[derive(Debug, Clone)]
pub struct Trainer {
    pub id: String,
    pub name: String,
    pub regions: Vec<String>,
    pub languages: Vec<String>,
    pub certifications: Vec<Certification>,
}

/// A certification to deliver a course, valid from `date` through `until`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certification {
    pub course: String,
    pub date: Date,
    /// The last day it is valid: `expires`, or the day before `date` plus the course's
    /// `certification_valid_months`.
    pub until: Date,
}

impl Certification {
    pub fn valid_on(&self, day: Date) -> bool {
        self.date <= day && day <= self.until
    }
}

impl Trainer {
    /// The certification for `course` that covers `day`, if any.
    pub fn certified_on(&self, course: &str, day: Date) -> Option<&Certification> {
        self.certifications.iter().find(|c| c.course == course && c.valid_on(day))
    }

    /// Whether the trainer speaks the cohort's language: the same tag, or one is the
    /// other's parent (`pt` teaches a `pt-BR` cohort).
    pub fn speaks(&self, locale: &str) -> bool {
        self.languages.iter().any(|l| same_language(l, locale))
    }
}

pub fn same_language(a: &str, b: &str) -> bool {
    let parent = |long: &str, short: &str| long.strip_prefix(short).is_some_and(|rest| rest.starts_with('-'));
    a.eq_ignore_ascii_case(b) || parent(a, b) || parent(b, a)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Delivery {
    InPerson,
    Virtual,
    Hybrid,
}

impl Delivery {
    pub fn id(self) -> &'static str {
        match self {
            Delivery::InPerson => "in-person",
            Delivery::Virtual => "virtual",
            Delivery::Hybrid => "hybrid",
        }
    }

    /// Whether some participants join from elsewhere, so times are shown in theirs.
    pub fn remote(self) -> bool {
        self != Delivery::InPerson
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Lead,
    CoTrainer,
}

/// One delivery of a course.
#[derive(Debug, Clone)]
pub struct Cohort {
    pub id: String,
    pub region: String,
    pub file: String,
    pub course: String,
    pub locale: String,
    pub title: Option<String>,
    pub timezone: String,
    pub delivery: Delivery,
    pub location: Option<String>,
    pub join_url: Option<String>,
    pub trainers: Vec<(String, Role)>,
    pub participants: Option<u32>,
    pub sessions: Vec<CohortSession>,
}

impl Cohort {
    pub fn leads(&self) -> impl Iterator<Item = &str> {
        self.trainers.iter().filter(|(_, r)| *r == Role::Lead).map(|(id, _)| id.as_str())
    }

    pub fn first_date(&self) -> Option<Date> {
        self.sessions.first().map(|s| s.date)
    }

    pub fn last_date(&self) -> Option<Date> {
        self.sessions.last().map(|s| s.date)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CohortSession {
    pub date: Date,
    /// Its own start, when it moves the schedule's.
    pub start: Option<crate::source::model::ClockTime>,
}

/// Reads `trainers.yaml` and every cohort file; problems go to `out`.
pub fn load(ctx: &Context, out: &mut Vec<crate::diagnostics::Diagnostic>) -> Deliveries {
    let trainers = trainers::load(ctx, out);
    let cohorts = cohorts::load(ctx, &trainers, out);
    Deliveries { trainers, cohorts }
}

/// What loading deliveries needs of the workspace.
pub struct Context<'a> {
    pub root: &'a std::path::Path,
    pub sources: &'a crate::sources::SourceMap,
    pub courses: &'a [crate::source::model::Course],
    pub regions: &'a [crate::workspace::Region],
    /// Per course, per region: a region may change the schedule its cohorts follow.
    pub overlays: &'a std::collections::BTreeMap<
        String,
        std::collections::BTreeMap<String, crate::overlay::model::RegionOverlays>,
    >,
}

impl Context<'_> {
    /// The schedule a region delivers a course by: its overlay's, else the core's.
    pub fn schedule(
        &self,
        course: &crate::source::model::Course,
        region: &str,
    ) -> Option<crate::source::model::Schedule> {
        let regional = self.overlays.get(&course.id).and_then(|r| r.get(region)).and_then(|o| o.course.as_ref());
        regional.and_then(|o| o.meta.schedule.clone()).or_else(|| course.meta.schedule.clone())
    }
}

/// A date written `2027-03-02`.
pub fn parse_date(text: &str) -> Option<Date> {
    let t = text.trim();
    let shape = t.len() == 10 && t.as_bytes()[4] == b'-' && t.as_bytes()[7] == b'-';
    shape.then(|| t.parse::<Date>().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_language_matches_its_regional_variants_both_ways() {
        assert!(same_language("pt", "pt-BR"));
        assert!(same_language("pt-BR", "pt"));
        assert!(same_language("en", "EN"));
        assert!(!same_language("pt-BR", "pt-PT"));
        assert!(!same_language("e", "en"));
    }

    #[test]
    fn a_certification_is_valid_from_its_date_through_its_last_day() {
        let c = Certification { course: "x".into(), date: date(2026, 10, 15), until: date(2027, 10, 14) };
        assert!(!c.valid_on(date(2026, 10, 14)));
        assert!(c.valid_on(date(2026, 10, 15)));
        assert!(c.valid_on(date(2027, 10, 14)));
        assert!(!c.valid_on(date(2027, 10, 15)));
    }
}
