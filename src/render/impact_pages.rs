//! The staff pages of results across regions (SPEC 9), in the workspace's language:
//! `<course>/impact/`, each region's figures beside its adaptation share and
//! translation coverage, and `<course>/reviews/<YYYY-Qn>/`, the quarterly review of
//! the cohorts that ended in that quarter, printable on A4 and Letter.

use super::charts::{self, Bar, Frame};
use super::impact::{Words, region_view};
use super::portal::{locale_name, workspace_page};
use super::theme::Theme;
use crate::diagnostics::Diagnostic;
use crate::evaluation::figures::{self, CourseFigures, Report, Selection};
use crate::evaluation::{Results, kpi::quarter_of};
use crate::l10n::coverage::Coverage;
use crate::output::OutputFile;
use crate::overlay::Adaptation;
use crate::workspace::Workspace;
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// What the pages across regions need.
pub struct Inputs<'a> {
    pub ws: &'a Workspace,
    pub theme: &'a Theme,
    pub adaptations: &'a [Adaptation],
    pub coverage: &'a [Coverage],
    pub results: &'a Results,
    pub report: &'a Report,
}

/// Every course's impact page and quarterly reviews.
pub fn render(i: &Inputs) -> Vec<Result<OutputFile, Diagnostic>> {
    let mut out = Vec::new();
    for course in &i.report.courses {
        let quarters = quarters(i, &course.course);
        out.push(course_page(i, course, &quarters));
        for q in &quarters {
            out.push(review_page(i, &course.course, q));
        }
    }
    out
}

/// The quarters with something to review: a cohort's last session or a KPI period.
fn quarters(i: &Inputs, course: &str) -> Vec<String> {
    let mut set: BTreeSet<String> = i
        .results
        .cohorts
        .iter()
        .filter(|c| c.course == course)
        .filter_map(|c| c.last_session.map(figures::quarter_of_date))
        .collect();
    for series in i.results.kpis.iter().filter(|s| s.course == course) {
        set.extend(series.values.values().flat_map(|v| v.keys()).filter_map(|p| quarter_of(p)));
    }
    set.into_iter().collect()
}

fn words<'a>(i: &'a Inputs, course: &str, chain: &'a [String]) -> Words<'a> {
    Words { catalog: i.ws.catalog_of(course), chain, lang: &i.ws.config.source_locale }
}

fn course_page(i: &Inputs, c: &CourseFigures, quarters: &[String]) -> Result<OutputFile, Diagnostic> {
    let ws = i.ws;
    let chain = ws.chain(&ws.config.source_locale);
    let w = words(i, &c.course, &chain);
    let rows: Vec<Value> = c
        .regions
        .iter()
        .map(|r| {
            let share = i
                .adaptations
                .iter()
                .find(|a| a.course.id == c.course && a.region == r.region)
                .and_then(|a| a.share.as_ref())
                .map(|s| w.percent(s.percent / 100.0));
            let languages: Vec<String> = i
                .coverage
                .iter()
                .filter(|x| x.course == c.course && x.region == r.region)
                .map(|x| format!("{} {}", locale_name(ws, &x.locale), w.percent(x.percent / 100.0)))
                .collect();
            let first = ws.region(&r.region).and_then(|x| x.locales.first()).cloned().unwrap_or_default();
            let day90 = r.figures.behaviour_days.iter().find(|d| d.day == 90).map(|d| w.shown(&d.share, true));
            json!({
                "name": r.name,
                "url": format!("../{}/{first}/impact/index.html", r.region),
                "share": share,
                "coverage": languages.join(", "),
                "cohorts": r.cohorts.len(),
                "reaction": w.shown(&r.figures.reaction, false),
                "post": w.shown(&r.figures.post, true),
                "gain": w.shown(&r.figures.gain, true),
                "day90": day90,
            })
        })
        .collect();
    let title = w.t("impact-l1-chart");
    let desc = w.t("impact-course-intro");
    let bars: Vec<Bar> = c
        .regions
        .iter()
        .map(|r| Bar {
            label: r.name.clone(),
            value: r.figures.reaction.value,
            text: w.shown(&r.figures.reaction, false),
            marked: false,
        })
        .collect();
    let frame = Frame {
        id: "regions-l1",
        title: &title,
        desc: &desc,
        max: 5.0,
        line: Some((i.report.flag_below, &w.num(i.report.flag_below, 1))),
    };
    let page_title = format!("{}: {}", w.t("impact-course"), c.title);
    let path = format!("{}/impact/", c.course);
    let mut ctx = workspace_page(ws, &path, &page_title);
    ctx.insert("noindex", &true);
    ctx.insert("course_title", &c.title);
    ctx.insert("rows", &rows);
    ctx.insert("chart", &charts::bars(&frame, &bars));
    ctx.insert("min_group", &i.report.min_group);
    ctx.insert(
        "quarters",
        &quarters
            .iter()
            .map(|q| json!({ "quarter": q, "url": format!("../reviews/{q}/index.html") }))
            .collect::<Vec<_>>(),
    );
    Ok(OutputFile::new(format!("{path}index.html"), i.theme.render("course-impact.html", &ctx)?))
}

fn review_page(i: &Inputs, course: &str, quarter: &str) -> Result<OutputFile, Diagnostic> {
    let ws = i.ws;
    let chain = ws.chain(&ws.config.source_locale);
    let w = words(i, course, &chain);
    let selection = Selection { course: Some(course.to_string()), region: None, quarter: Some(quarter.to_string()) };
    let report = figures::report(ws, i.adaptations, i.results, &selection);
    let core = ws.courses.iter().find(|c| c.id == course).expect("a reported course exists");
    let regions: Vec<Value> = report
        .courses
        .iter()
        .flat_map(|c| c.regions.iter())
        .map(|r| {
            let locale = ws.region(&r.region).and_then(|x| x.locales.first()).cloned().unwrap_or_default();
            let url = move |m: &str, l: &str| format!("../../{}/{locale}/{m}/{l}/index.html", r.region);
            // The region's own version names its added behaviours and KPIs.
            let adapted = i.adaptations.iter().find(|a| a.course.id == course && a.region == r.region);
            region_view(&w, r, adapted.map_or(core, |a| &a.course), &url, &format!("review-{}", r.region))
        })
        .collect();
    let title = format!("{}: {}", w.t_with("review-title", "quarter", quarter.to_string()), core.meta.title);
    let path = format!("{course}/reviews/{quarter}/");
    let mut ctx = workspace_page(ws, &path, &title);
    ctx.insert("noindex", &true);
    ctx.insert("quarter", quarter);
    ctx.insert("course_title", &core.meta.title);
    ctx.insert("regions", &regions);
    ctx.insert("min_group", &report.min_group);
    Ok(OutputFile::new(format!("{path}index.html"), i.theme.render("review.html", &ctx)?))
}
