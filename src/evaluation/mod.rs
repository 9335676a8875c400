//! Evaluation (SPEC 9): what trainers collected with the kit's Kirkpatrick instruments
//! comes back as CSV under `results/`, is checked like any source against the version
//! of the course its cohort was given (its region's modules, questions with their
//! option order, behaviours and KPIs), and is tallied as it is read, so memory holds
//! sums and counts, never rows.

pub mod behaviour;
pub mod figures;
pub mod knowledge;
pub mod kpi;
pub mod privacy;
pub mod reaction;
pub mod stats;
pub mod table;

use crate::delivery::Cohort;
use crate::diagnostics::{Diagnostic, Location};
use crate::overlay::Adaptation;
use crate::source::directives::DirectiveKind;
use crate::source::model::Course;
use crate::workspace::Workspace;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

pub const RESULTS_DIR: &str = "results";

/// The standard reaction questions every survey asks (messages `reaction-<id>`).
pub const STANDARD_REACTION: [&str; 4] = ["relevance", "confidence", "trainer", "recommend"];

/// What one cohort's results are checked and scored against.
pub struct Version<'a> {
    pub course: &'a Course,
    pub reaction: Vec<String>,
    pub questions: Vec<Question>,
    pub behaviours: Vec<String>,
}

/// A question of the knowledge check as the region's kit printed it.
#[derive(Debug, Clone)]
pub struct Question {
    pub id: String,
    pub module: String,
    pub lesson: String,
    pub options: usize,
    pub correct: BTreeSet<usize>,
}

impl<'a> Version<'a> {
    pub fn of(adapted: &'a Course, region: &crate::workspace::Region) -> Version<'a> {
        let mut reaction: Vec<String> = STANDARD_REACTION.iter().map(|s| s.to_string()).collect();
        reaction.extend(adapted.meta.reaction_questions.iter().map(|q| q.id.clone()));
        let questions = crate::kit::collect::delivered(adapted, region, DirectiveKind::Question)
            .into_iter()
            .filter_map(|f| {
                let id = f.directive.attrs.id.clone()?;
                let parts = crate::source::question::parts(f.directive);
                Some(Question {
                    id,
                    module: f.module.id.clone(),
                    lesson: f.lesson.id.clone(),
                    options: parts.options.len(),
                    correct: parts.options.iter().enumerate().filter(|(_, o)| o.correct).map(|(i, _)| i).collect(),
                })
            })
            .collect();
        let behaviours = adapted.meta.behaviours.iter().map(|b| b.id.clone()).collect();
        Version { course: adapted, reaction, questions, behaviours }
    }

    pub fn module_ids(&self) -> impl Iterator<Item = &str> + Clone {
        self.course.modules.iter().map(|m| m.id.as_str())
    }
}

/// Everything the results folder says, tallied.
#[derive(Debug, Default)]
pub struct Results {
    pub cohorts: Vec<CohortResults>,
    pub kpis: Vec<kpi::KpiSeries>,
}

/// One cohort's tallies, with what the figures need to know of the cohort.
#[derive(Debug, Clone)]
pub struct CohortResults {
    pub cohort: String,
    pub course: String,
    pub region: String,
    pub locale: String,
    pub participants: Option<u32>,
    pub last_session: Option<jiff::civil::Date>,
    pub reaction: Option<reaction::Reaction>,
    pub knowledge: Option<knowledge::Knowledge>,
    pub behaviour: Option<behaviour::Behaviours>,
}

/// A respondent code must be pseudonymous: not an e-mail address, not a name.
pub fn check_respondent(row: &table::Row, column: usize, out: &mut Vec<Diagnostic>) -> bool {
    let code = row.get(column);
    let problem = if code.is_empty() {
        Some("a row without a respondent code")
    } else if code.contains('@') {
        Some("this respondent code looks like an e-mail address")
    } else if code.contains(char::is_whitespace) {
        Some("this respondent code looks like a person's name (it has a space)")
    } else {
        None
    };
    if let Some(message) = problem {
        out.push(
            Diagnostic::error("respondent", row.at(column), message)
                .help("use pseudonymous codes such as `p07`: results never hold names or e-mail addresses"),
        );
    }
    problem.is_none()
}

/// The columns a file must have, each reported once at the header when missing.
pub fn require(t: &table::Table, names: &[&str], out: &mut Vec<Diagnostic>) -> Option<Vec<usize>> {
    let mut found = Vec::new();
    let mut ok = true;
    for name in names {
        match t.column(name) {
            Some(i) => found.push(i),
            None => {
                ok = false;
                out.push(
                    Diagnostic::error("csv-column", Location::new(&t.file, 1, 1), format!("no `{name}` column"))
                        .suggest(name, t.columns.iter().map(String::as_str))
                        .help_if_none(format!("the header needs: {}", names.join(", "))),
                );
            }
        }
    }
    ok.then_some(found)
}

/// Reads every results file of the cohorts and regions this run adapted.
pub fn load(ws: &Workspace, adaptations: &[Adaptation], out: &mut Vec<Diagnostic>) -> Results {
    let root = &ws.root;
    let listing = crate::source::listing::list(root, RESULTS_DIR, &ws.sources);
    out.extend(ws.sources.take_failures());
    let mut results = Results::default();
    let mut cohort_dirs: BTreeSet<&str> = BTreeSet::new();
    for rel in &listing.files {
        let file = format!("{RESULTS_DIR}/{rel}");
        let parts: Vec<&str> = rel.split('/').collect();
        match parts.as_slice() {
            ["kpi", course, name] if name.ends_with(".csv") => {
                let region = name.trim_end_matches(".csv");
                if let Some(series) = kpi::load(ws, adaptations, course, region, &file, out) {
                    results.kpis.push(series);
                }
            }
            [cohort, name] if *cohort != "kpi" && name.ends_with(".csv") => {
                cohort_dirs.insert(cohort);
                let _ = name;
            }
            _ => out.push(Diagnostic::warning(
                "results-file",
                Location::file(&file),
                "not read: results are `results/<cohort>/<instrument>.csv` or `results/kpi/<course>/<region>.csv`",
            )),
        }
    }
    let cohorts: BTreeMap<&str, &Cohort> = ws.deliveries.cohorts.iter().map(|c| (c.id.as_str(), c)).collect();
    // One version per (course, region): the questions and ids every cohort there shares.
    let mut versions: BTreeMap<(&str, &str), Version> = BTreeMap::new();
    let mut work: Vec<(&Cohort, (&str, &str))> = Vec::new();
    for id in cohort_dirs {
        let Some(cohort) = cohorts.get(id) else {
            let first = listing.files.iter().find(|f| f.starts_with(&format!("{id}/"))).cloned().unwrap_or_default();
            out.push(
                Diagnostic::error(
                    "unknown-cohort",
                    Location::file(format!("{RESULTS_DIR}/{first}")),
                    format!("no cohort `{id}` under cohorts/"),
                )
                .suggest(id, ws.deliveries.cohorts.iter().map(|c| c.id.as_str())),
            );
            continue;
        };
        let Some(adapted) = adaptations.iter().find(|a| a.course.id == cohort.course && a.region == cohort.region)
        else {
            continue;
        };
        let key = (adapted.course.id.as_str(), adapted.region.as_str());
        versions.entry(key).or_insert_with(|| {
            let region = ws.region(&cohort.region).expect("a cohort's region is known");
            Version::of(&adapted.course, region)
        });
        work.push((cohort, key));
    }
    // Cohorts are read in parallel, each file row by row.
    let read: Vec<(CohortResults, Vec<Diagnostic>)> = work
        .par_iter()
        .map(|(cohort, key)| {
            let mut diags = Vec::new();
            let prefix = format!("{}/", cohort.id);
            let names: Vec<&str> =
                listing.files.range(prefix.clone()..).map_while(|f| f.strip_prefix(&prefix)).collect();
            (cohort_results(ws, cohort, &versions[key], &names, &mut diags), diags)
        })
        .collect();
    for (r, diags) in read {
        out.extend(diags);
        results.cohorts.push(r);
    }
    results.cohorts.sort_by(|a, b| (a.last_session, &a.cohort).cmp(&(b.last_session, &b.cohort)));
    results
}

fn cohort_results(
    ws: &Workspace,
    cohort: &Cohort,
    version: &Version,
    names: &[&str],
    out: &mut Vec<Diagnostic>,
) -> CohortResults {
    let mut r = CohortResults {
        cohort: cohort.id.clone(),
        course: cohort.course.clone(),
        region: cohort.region.clone(),
        locale: cohort.locale.clone(),
        participants: cohort.participants,
        last_session: cohort.last_date(),
        reaction: None,
        knowledge: None,
        behaviour: None,
    };
    for name in names {
        let rel = format!("{RESULTS_DIR}/{}/{name}", cohort.id);
        let Some(t) = table::Table::read(&ws.root, &rel, out) else { continue };
        match *name {
            "reaction.csv" => r.reaction = reaction::read(&t, version, out),
            "knowledge.csv" => r.knowledge = knowledge::read(&t, version, out),
            "behaviour.csv" => r.behaviour = behaviour::read(&t, version, out),
            other => out.push(
                Diagnostic::warning(
                    "results-file",
                    Location::file(&rel),
                    format!("`{other}` is not an instrument glocal reads"),
                )
                .suggest(other, ["reaction.csv", "knowledge.csv", "behaviour.csv"])
                .help_if_none("a cohort's results are reaction.csv, knowledge.csv and behaviour.csv".into()),
            ),
        }
    }
    r
}
