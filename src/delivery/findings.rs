//! What `glocal status` says of deliveries on a given day (the only output that may
//! depend on the date): certifications about to expire, cohorts without a certified
//! lead, and region languages no certified trainer can deliver in.

use super::{Cohort, Deliveries};
use crate::workspace::Workspace;
use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;

/// How far ahead an expiring certification is worth a warning.
pub const HORIZON_DAYS: i64 = 90;

#[derive(Debug, Serialize, PartialEq)]
pub struct Findings {
    pub today: String,
    pub expiring: Vec<Expiring>,
    pub without_certified_lead: Vec<CohortRef>,
    pub uncovered: Vec<Uncovered>,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Expiring {
    pub trainer: String,
    pub course: String,
    /// The last day it is valid.
    pub until: String,
    pub days_left: i64,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct CohortRef {
    pub cohort: String,
    pub region: String,
    pub course: String,
    pub first_session: Option<String>,
}

/// A language a region lists with no trainer certified for the course on `today`.
#[derive(Debug, Serialize, PartialEq)]
pub struct Uncovered {
    pub course: String,
    pub region: String,
    pub locale: String,
}

pub fn findings(ws: &Workspace, today: Date) -> Findings {
    let d = &ws.deliveries;
    let horizon = today.checked_add(HORIZON_DAYS.days()).unwrap_or(today);
    let mut expiring: Vec<Expiring> = d
        .trainers
        .iter()
        .flat_map(|t| t.certifications.iter().map(move |c| (t, c)))
        .filter(|(_, c)| c.until >= today && c.until <= horizon)
        // A renewal that takes over the day after is not an expiry.
        .filter(|(t, c)| c.until.tomorrow().map_or(true, |next| t.certified_on(&c.course, next).is_none()))
        .map(|(t, c)| Expiring {
            trainer: t.id.clone(),
            course: c.course.clone(),
            until: c.until.to_string(),
            days_left: (c.until - today).get_days().into(),
        })
        .collect();
    expiring.sort_by(|a, b| (&a.until, &a.trainer).cmp(&(&b.until, &b.trainer)));
    let without_certified_lead = d
        .cohorts
        .iter()
        .filter(|c| !has_certified_lead(d, c))
        .map(|c| CohortRef {
            cohort: c.id.clone(),
            region: c.region.clone(),
            course: c.course.clone(),
            first_session: c.first_date().map(|x| x.to_string()),
        })
        .collect();
    Findings { today: today.to_string(), expiring, without_certified_lead, uncovered: uncovered(ws, today) }
}

/// Whether some lead of the cohort is certified on every one of its dates.
pub fn has_certified_lead(d: &Deliveries, cohort: &Cohort) -> bool {
    !cohort.sessions.is_empty()
        && cohort
            .leads()
            .filter_map(|id| d.trainer(id))
            .any(|t| cohort.sessions.iter().all(|s| t.certified_on(&cohort.course, s.date).is_some()))
}

/// Region languages without a certified trainer. `global` is the core for reference
/// and counts only when cohorts deliver it.
fn uncovered(ws: &Workspace, today: Date) -> Vec<Uncovered> {
    let d = &ws.deliveries;
    let mut out = Vec::new();
    for course in &ws.courses {
        for region in &ws.regions {
            if region.id == "global" && !d.cohorts.iter().any(|c| c.region == "global") {
                continue;
            }
            for locale in &region.locales {
                let covered = d.trainers.iter().any(|t| {
                    // A trainer who lists no regions may deliver in any, as `check` allows.
                    let serves = t.regions.is_empty() || t.regions.contains(&region.id);
                    serves && t.speaks(locale) && t.certified_on(&course.id, today).is_some()
                });
                if !covered {
                    out.push(Uncovered {
                        course: course.id.clone(),
                        region: region.id.clone(),
                        locale: locale.clone(),
                    });
                }
            }
        }
    }
    out
}
