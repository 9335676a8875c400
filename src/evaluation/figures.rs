//! The figures of SPEC 9 from the tallies, per cohort, per region and per course, with
//! every figure from fewer than `evaluation.min_group` people withheld, and a second
//! one withheld wherever a hidden figure could be worked out from a shown total.

use super::behaviour::{Behaviours, DAYS};
use super::knowledge::{Knowledge, letter};
use super::reaction::Reaction;
use super::stats::{Shown, round};
use super::{CohortResults, Results, Version};
use crate::overlay::Adaptation;
use crate::workspace::Workspace;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct Report {
    pub min_group: u32,
    pub flag_below: f64,
    pub quarter: Option<String>,
    pub courses: Vec<CourseFigures>,
}

#[derive(Debug, Serialize)]
pub struct CourseFigures {
    pub course: String,
    pub title: String,
    /// Every region's cohorts together.
    pub overall: Figures,
    pub regions: Vec<RegionFigures>,
}

#[derive(Debug, Serialize)]
pub struct RegionFigures {
    pub region: String,
    pub name: String,
    pub cohorts: Vec<CohortFigures>,
    pub figures: Figures,
    pub kpis: Vec<KpiFigures>,
}

/// A cohort's headline figures.
#[derive(Debug, Serialize)]
pub struct CohortFigures {
    pub cohort: String,
    pub locale: String,
    pub last_session: Option<String>,
    pub participants: Option<u32>,
    /// The most respondents any module's survey had.
    pub respondents: u32,
    pub response_rate: Option<f64>,
    pub reaction: Shown,
    pub pre: Shown,
    pub post: Shown,
}

#[derive(Debug, Serialize, Default)]
pub struct Figures {
    pub cohorts: usize,
    /// The reaction mean below which a module is flagged (`evaluation.flag_below`).
    #[serde(skip)]
    pub flag_below: f64,
    pub reaction: Shown,
    pub modules: Vec<ModuleFigure>,
    pub pre: Shown,
    pub post: Shown,
    pub gain: Shown,
    pub questions: Vec<QuestionFigure>,
    pub behaviours: Vec<BehaviourFigure>,
    pub behaviour_days: Vec<DayFigure>,
}

#[derive(Debug, Serialize)]
pub struct ModuleFigure {
    pub module: String,
    pub title: String,
    pub mean: Shown,
    pub flagged: bool,
    pub questions: Vec<(String, Shown)>,
}

#[derive(Debug, Serialize)]
pub struct QuestionFigure {
    pub question: String,
    pub module: String,
    pub lesson: String,
    /// The share who answered it rightly after the course.
    pub right: Shown,
    pub flagged: bool,
    /// The wrong option chosen most often after the course, and by what share.
    pub most_chosen_wrong: Option<(char, f64)>,
}

#[derive(Debug, Serialize)]
pub struct BehaviourFigure {
    pub behaviour: String,
    /// Share rated 4 or 5, at 30, 60 and 90 days.
    pub days: Vec<DayFigure>,
}

#[derive(Debug, Serialize)]
pub struct DayFigure {
    pub day: u32,
    pub share: Shown,
}

#[derive(Debug, Serialize)]
pub struct KpiFigures {
    pub kpi: String,
    pub text: String,
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
    pub periods: Vec<KpiPeriod>,
}

#[derive(Debug, Serialize)]
pub struct KpiPeriod {
    pub period: String,
    pub value: f64,
    /// How far from baseline to target: 0 at the baseline, 1 at the target.
    pub progress: Option<f64>,
}

/// What a report covers.
#[derive(Debug, Default, Clone)]
pub struct Selection {
    pub course: Option<String>,
    pub region: Option<String>,
    /// `2027-Q2`: cohorts whose last session falls in it, KPI periods in it.
    pub quarter: Option<String>,
}

/// The tallies of several cohorts added together.
#[derive(Default)]
struct Pooled {
    reaction: Reaction,
    knowledge: Knowledge,
    behaviour: Behaviours,
    cohorts: usize,
}

impl Pooled {
    fn add(&mut self, c: &CohortResults) {
        self.cohorts += 1;
        if let Some(r) = &c.reaction {
            self.reaction.merge(r);
        }
        if let Some(k) = &c.knowledge {
            self.knowledge.merge(k);
        }
        if let Some(b) = &c.behaviour {
            self.behaviour.merge(b);
        }
    }
}

pub fn quarter_of_date(d: jiff::civil::Date) -> String {
    format!("{}-Q{}", d.year(), (d.month() - 1) / 3 + 1)
}

pub fn report(ws: &Workspace, adaptations: &[Adaptation], results: &Results, sel: &Selection) -> Report {
    let eval = ws.config.evaluation;
    let min = eval.min_group;
    let mut courses = Vec::new();
    for course in ws.courses.iter().filter(|c| sel.course.as_ref().is_none_or(|x| x == &c.id)) {
        // Always every region and every cohort: a narrowed view must not show what the
        // whole would withhold.
        let Some(mut full) = course_figures(ws, course, adaptations, results, None) else { continue };
        protect_course(&mut full, min);
        let shown = match &sel.quarter {
            None => Some(full),
            Some(q) => quarter_figures(ws, course, adaptations, results, &full, q, min),
        };
        let Some(mut shown) = shown else { continue };
        if let Some(r) = &sel.region {
            shown.regions.retain(|x| &x.region == r);
        }
        if !shown.regions.is_empty() {
            courses.push(shown);
        }
    }
    Report { min_group: eval.min_group, flag_below: eval.flag_below, quarter: sel.quarter.clone(), courses }
}

/// One quarter's figures, protected together with every other quarter's against the
/// figures of all time, so no quarter can be subtracted from the whole.
fn quarter_figures(
    ws: &Workspace,
    course: &crate::source::model::Course,
    adaptations: &[Adaptation],
    results: &Results,
    full: &CourseFigures,
    wanted: &str,
    min: u32,
) -> Option<CourseFigures> {
    let mut quarters: std::collections::BTreeSet<String> = results
        .cohorts
        .iter()
        .filter(|c| c.course == course.id)
        .filter_map(|c| c.last_session.map(quarter_of_date))
        .collect();
    quarters.insert(wanted.to_string());
    let mut all: Vec<(String, CourseFigures)> = quarters
        .into_iter()
        .filter_map(|q| Some((q.clone(), course_figures(ws, course, adaptations, results, Some(&q))?)))
        .collect();
    for (_, c) in &mut all {
        protect_course(c, min);
    }
    for region in &full.regions {
        let mut parts: Vec<&mut Figures> = all
            .iter_mut()
            .flat_map(|(_, c)| c.regions.iter_mut())
            .filter(|r| r.region == region.region)
            .map(|r| &mut r.figures)
            .collect();
        super::privacy::across(&mut parts, &region.figures, min);
    }
    let mut overall: Vec<&mut Figures> = all.iter_mut().map(|(_, c)| &mut c.overall).collect();
    super::privacy::across(&mut overall, &full.overall, min);
    for (_, c) in &mut all {
        for r in &mut c.regions {
            // A cohort withheld in the whole stays withheld in its quarter.
            let whole = full.regions.iter().find(|x| x.region == r.region);
            for row in &mut r.cohorts {
                if let Some(w) = whole.and_then(|w| w.cohorts.iter().find(|x| x.cohort == row.cohort)) {
                    for (mine, theirs) in
                        [(&mut row.reaction, w.reaction), (&mut row.pre, w.pre), (&mut row.post, w.post)]
                    {
                        if theirs.value.is_none() {
                            mine.hide();
                        }
                    }
                }
            }
            rows_follow(r, min);
        }
    }
    all.into_iter().find(|(q, _)| q == wanted).map(|(_, c)| c)
}

/// A course's figures for all time or one quarter, before any protection.
fn course_figures(
    ws: &Workspace,
    course: &crate::source::model::Course,
    adaptations: &[Adaptation],
    results: &Results,
    quarter: Option<&str>,
) -> Option<CourseFigures> {
    let eval = ws.config.evaluation;
    let in_quarter =
        |c: &CohortResults| quarter.is_none_or(|q| c.last_session.is_some_and(|d| quarter_of_date(d) == q));
    let mut regions = Vec::new();
    let mut all = Pooled::default();
    for a in adaptations.iter().filter(|a| a.course.id == course.id) {
        let Some(region) = ws.region(&a.region) else { continue };
        let cohorts: Vec<&CohortResults> =
            results.cohorts.iter().filter(|c| c.course == course.id && c.region == a.region && in_quarter(c)).collect();
        let kpis = kpi_figures(a, results, quarter);
        if cohorts.is_empty() && kpis.is_empty() {
            continue;
        }
        let mut pooled = Pooled::default();
        for c in &cohorts {
            pooled.add(c);
            all.add(c);
        }
        let figures = figures(&pooled, &Version::of(&a.course, region), eval);
        let cohort_rows: Vec<CohortFigures> = cohorts.iter().map(|c| cohort_figures(c, eval.min_group)).collect();
        let name = crate::render::region_name(ws.catalog_of(&course.id), &ws.chain(&ws.config.source_locale), region);
        regions.push(RegionFigures { region: a.region.clone(), name, cohorts: cohort_rows, figures, kpis });
    }
    if regions.is_empty() {
        return None;
    }
    let global = ws.region("global").expect("global always exists");
    let mut overall = figures(&all, &Version::of(course, global), eval);
    // Regions may order a question's options differently: pooled letters mean nothing.
    overall.questions.iter_mut().for_each(|q| q.most_chosen_wrong = None);
    Some(CourseFigures { course: course.id.clone(), title: course.meta.title.clone(), overall, regions })
}

/// Within each region, across regions, and the cohort rows beside their region.
fn protect_course(c: &mut CourseFigures, min: u32) {
    for r in &mut c.regions {
        super::privacy::settle(&mut r.figures, min);
    }
    super::privacy::settle(&mut c.overall, min);
    let mut parts: Vec<&mut Figures> = c.regions.iter_mut().map(|r| &mut r.figures).collect();
    super::privacy::across(&mut parts, &c.overall, min);
    for r in &mut c.regions {
        rows_follow(r, min);
    }
}

/// Cohort rows beside their region's figures: protected as parts of a shown total, and
/// hidden where the region's figure is (they would add up to it).
fn rows_follow(r: &mut RegionFigures, min: u32) {
    let totals = [r.figures.reaction, r.figures.pre, r.figures.post];
    let getters: [fn(&mut CohortFigures) -> &mut Shown; 3] = [|c| &mut c.reaction, |c| &mut c.pre, |c| &mut c.post];
    for (total, get) in totals.iter().zip(getters) {
        if total.value.is_some() {
            super::privacy::protect(&mut r.cohorts.iter_mut().map(get).collect::<Vec<_>>(), min);
        } else if total.suppressed {
            r.cohorts.iter_mut().for_each(|c| get(c).hide());
        }
    }
}

fn cohort_figures(c: &CohortResults, min: u32) -> CohortFigures {
    let r = c.reaction.clone().unwrap_or_default();
    let respondents = r.respondents.values().copied().max().unwrap_or(0);
    let all = r.scores.values().fold(super::stats::Sum::default(), |mut a, s| {
        a.merge(*s);
        a
    });
    let k = c.knowledge.clone().unwrap_or_default();
    CohortFigures {
        cohort: c.cohort.clone(),
        locale: c.locale.clone(),
        last_session: c.last_session.map(|d| d.to_string()),
        participants: c.participants,
        respondents,
        response_rate: c.participants.filter(|p| *p > 0).map(|p| round(f64::from(respondents) / f64::from(p), 3)),
        reaction: Shown::new(all.mean().map(|m| round(m, 2)), respondents, min),
        pre: Shown::new(k.pre.scores.mean().map(|m| round(m, 3)), k.pre.scores.n, min),
        post: Shown::new(k.post.scores.mean().map(|m| round(m, 3)), k.post.scores.n, min),
    }
}

fn figures(p: &Pooled, v: &Version, eval: crate::workspace::config::Evaluation) -> Figures {
    let min = eval.min_group;
    let respondents = p.reaction.respondents.values().copied().max().unwrap_or(0);
    let all = p.reaction.scores.values().fold(super::stats::Sum::default(), |mut a, s| {
        a.merge(*s);
        a
    });
    let modules = v
        .course
        .modules
        .iter()
        .filter(|m| p.reaction.respondents.contains_key(&m.id))
        .map(|m| {
            let people = p.reaction.respondents.get(&m.id).copied().unwrap_or(0);
            let mean = Shown::new(p.reaction.module(&m.id).mean().map(|x| round(x, 2)), people, min);
            let questions = v
                .reaction
                .iter()
                .filter_map(|q| {
                    let s = p.reaction.scores.get(&(m.id.clone(), q.clone()))?;
                    Some((q.clone(), Shown::new(s.mean().map(|x| round(x, 2)), s.n, min)))
                })
                .collect();
            ModuleFigure {
                module: m.id.clone(),
                title: m.meta.title.clone(),
                flagged: mean.value.is_some_and(|x| x < eval.flag_below),
                mean,
                questions,
            }
        })
        .collect();
    let k = &p.knowledge;
    let pre = Shown::new(k.pre.scores.mean().map(|x| round(x, 3)), k.pre.scores.n, min);
    let post = Shown::new(k.post.scores.mean().map(|x| round(x, 3)), k.post.scores.n, min);
    let gain = match (k.pre.scores.mean(), k.post.scores.mean()) {
        (Some(a), Some(b)) => Shown::new(Some(round(b - a, 3)), pre.n.min(post.n), min),
        _ => Shown::new(None, pre.n.min(post.n), min),
    };
    let questions = v
        .questions
        .iter()
        .filter_map(|q| {
            let item = k.post.items.get(&q.id)?;
            let right = Shown::new(item.right.ratio().map(|x| round(x, 3)), item.right.n, min);
            let wrong = item
                .most_chosen_wrong()
                .filter(|_| right.value.is_some())
                .map(|(o, n)| (letter(o), round(f64::from(n) / f64::from(item.right.n.max(1)), 3)));
            Some(QuestionFigure {
                question: q.id.clone(),
                module: q.module.clone(),
                lesson: q.lesson.clone(),
                flagged: right.value.is_some_and(|x| x < 0.5),
                right,
                most_chosen_wrong: wrong,
            })
        })
        .collect();
    let behaviours = v
        .behaviours
        .iter()
        .filter(|b| p.behaviour.ratings.keys().any(|(x, _)| x == *b))
        .map(|b| BehaviourFigure {
            behaviour: b.clone(),
            days: DAYS
                .iter()
                .map(|d| {
                    let s = p.behaviour.ratings.get(&(b.clone(), *d)).copied().unwrap_or_default();
                    DayFigure { day: *d, share: Shown::new(s.ratio().map(|x| round(x, 3)), s.n, min) }
                })
                .collect(),
        })
        .collect();
    let behaviour_days = DAYS
        .iter()
        .map(|d| {
            let s = p.behaviour.day(*d);
            let people = p.behaviour.observed.get(d).copied().unwrap_or(0);
            DayFigure { day: *d, share: Shown::new(s.ratio().map(|x| round(x, 3)), people, min) }
        })
        .collect();
    Figures {
        cohorts: p.cohorts,
        flag_below: eval.flag_below,
        reaction: Shown::new(all.mean().map(|x| round(x, 2)), respondents, min),
        modules,
        pre,
        post,
        gain,
        questions,
        behaviours,
        behaviour_days,
    }
}

fn kpi_figures(a: &Adaptation, results: &Results, quarter: Option<&str>) -> Vec<KpiFigures> {
    let Some(series) = results.kpis.iter().find(|s| s.course == a.course.id && s.region == a.region) else {
        return Vec::new();
    };
    a.course
        .meta
        .kpis
        .iter()
        .filter_map(|k| {
            let values = series.values.get(&k.id)?;
            let periods: Vec<KpiPeriod> = values
                .iter()
                .filter(|(p, _)| quarter.is_none_or(|q| super::kpi::quarter_of(p).as_deref() == Some(q)))
                .map(|(p, v)| KpiPeriod {
                    period: p.clone(),
                    value: *v,
                    progress: (k.target != k.baseline).then(|| round((v - k.baseline) / (k.target - k.baseline), 3)),
                })
                .collect();
            (!periods.is_empty()).then(|| KpiFigures {
                kpi: k.id.clone(),
                text: k.text.clone(),
                unit: k.unit.clone(),
                baseline: k.baseline,
                target: k.target,
                periods,
            })
        })
        .collect()
}
