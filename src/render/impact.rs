//! Impact views (SPEC 9), for staff pages: a region's Kirkpatrick figures as the page
//! shows them: numbers in the page's language, withheld figures said in words, each
//! level a chart (inline SVG) beside a table of the same numbers, and flagged
//! questions linked to the lesson they come from.

use super::charts::{self, Bar, Frame};
use crate::evaluation::figures::{Figures, RegionFigures};
use crate::evaluation::stats::Shown;
use crate::l10n::Catalog;
use crate::l10n::numbers::NumberFormat;
use crate::source::model::Course;
use fluent::FluentArgs;
use serde_json::{Value, json};

/// Messages and numbers in one language.
pub struct Words<'a> {
    pub catalog: &'a Catalog,
    pub chain: &'a [String],
    pub lang: &'a str,
}

impl Words<'_> {
    pub fn t(&self, id: &str) -> String {
        self.catalog.format(self.chain, id, None).unwrap_or_else(|| id.to_string())
    }

    pub fn t_with(&self, id: &str, key: &str, value: impl Into<fluent::FluentValue<'static>>) -> String {
        let mut args = FluentArgs::new();
        args.set(key.to_string(), value);
        self.catalog.format(self.chain, id, Some(&args)).unwrap_or_else(|| id.to_string())
    }

    /// A number with `places` decimals, as the language writes it.
    pub fn num(&self, value: f64, places: usize) -> String {
        let primary = self.lang.split('-').next().unwrap_or("");
        NumberFormat::for_language(primary).format(&format!("{value:.places$}"))
    }

    /// A share (0 to 1) as a percentage with one decimal, through `status-percent`.
    pub fn percent(&self, share: f64) -> String {
        let value = (share * 1000.0).round() / 10.0;
        self.t_with("status-percent", "percent", value)
    }

    /// A figure as shown: its value, "withheld", or a dash when there is nothing.
    pub fn shown(&self, s: &Shown, percent: bool) -> String {
        match s.value {
            Some(v) if percent => self.percent(v),
            Some(v) => self.num(v, 2),
            None if s.suppressed => self.t("impact-withheld"),
            None => "–".to_string(),
        }
    }
}

/// Where a flagged question's lesson is, from the page showing it.
pub type LessonUrl<'a> = dyn Fn(&str, &str) -> String + 'a;

/// Everything the impact templates show of one region; `course` names modules,
/// behaviours and KPIs in the page's language, `id` keeps chart ids apart.
pub fn region_view(w: &Words, r: &RegionFigures, course: &Course, lesson_url: &LessonUrl, id: &str) -> Value {
    let f = &r.figures;
    let cohorts: Vec<Value> = r
        .cohorts
        .iter()
        .map(|c| {
            let last = c.last_session.as_deref().and_then(crate::delivery::parse_date);
            json!({
                "cohort": c.cohort,
                "last_session": last.map(|d| crate::l10n::dates::medium(w.lang, d)),
                "respondents": match c.participants {
                    Some(p) => format!("{} / {}", w.num(f64::from(c.respondents), 0), w.num(f64::from(p), 0)),
                    None => w.num(f64::from(c.respondents), 0),
                },
                "reaction": w.shown(&c.reaction, false),
                "pre": w.shown(&c.pre, true),
                "post": w.shown(&c.post, true),
            })
        })
        .collect();
    json!({
        "region": r.region,
        "name": r.name,
        "cohorts": cohorts,
        "l1": reaction(w, f, course, lesson_url, id),
        "l2": knowledge(w, f, course, lesson_url, id),
        "l3": behaviour(w, f, course, id),
        "l4": kpis(w, r, course),
        "empty": r.cohorts.is_empty() && r.kpis.is_empty(),
    })
}

fn module_title(course: &Course, id: &str) -> String {
    course.modules.iter().find(|m| m.id == id).map_or_else(|| id.to_string(), |m| m.meta.title.clone())
}

fn reaction(w: &Words, f: &Figures, course: &Course, lesson_url: &LessonUrl, id: &str) -> Value {
    let threshold = w.num(w_flag(f), 1);
    let bars: Vec<Bar> = f
        .modules
        .iter()
        .map(|m| Bar {
            label: module_title(course, &m.module),
            value: m.mean.value,
            text: w.shown(&m.mean, false),
            marked: m.flagged,
        })
        .collect();
    let rows: Vec<Value> = f
        .modules
        .iter()
        .map(|m| {
            // A module opens at its first lesson: where an author starts revising.
            let first = course.modules.iter().find(|x| x.id == m.module).and_then(|x| x.lessons.first());
            json!({
                "title": module_title(course, &m.module),
                "url": first.map(|l| lesson_url(&m.module, &l.id)),
                "mean": w.shown(&m.mean, false),
                "n": m.mean.n,
                "flagged": m.flagged,
            })
        })
        .collect();
    let title = w.t("impact-l1-chart");
    let desc = w.t_with("impact-l1-desc", "threshold", threshold.clone());
    let frame =
        Frame { id: &format!("{id}-l1"), title: &title, desc: &desc, max: 5.0, line: Some((w_flag(f), &threshold)) };
    json!({ "overall": w.shown(&f.reaction, false), "n": f.reaction.n, "chart": (!bars.is_empty()).then(|| charts::bars(&frame, &bars)), "rows": rows })
}

/// The flag threshold the figures were judged by (kept on each module as `flagged`;
/// the report carries the number).
fn w_flag(f: &Figures) -> f64 {
    f.flag_below
}

fn knowledge(w: &Words, f: &Figures, course: &Course, lesson_url: &LessonUrl, id: &str) -> Value {
    let title = w.t("impact-l2-chart");
    let desc = w.t("impact-l2-desc");
    let bars = [
        Bar { label: w.t("impact-pre"), value: f.pre.value, text: w.shown(&f.pre, true), marked: false },
        Bar { label: w.t("impact-post"), value: f.post.value, text: w.shown(&f.post, true), marked: true },
    ];
    let frame = Frame { id: &format!("{id}-l2"), title: &title, desc: &desc, max: 1.0, line: None };
    let questions: Vec<Value> = f
        .questions
        .iter()
        .map(|q| {
            let lesson = course
                .modules
                .iter()
                .find(|m| m.id == q.module)
                .and_then(|m| m.lessons.iter().find(|l| l.id == q.lesson))
                .map_or_else(|| q.lesson.clone(), |l| l.front.title.clone());
            json!({
                "id": q.question,
                "lesson": lesson,
                "url": lesson_url(&q.module, &q.lesson),
                "right": w.shown(&q.right, true),
                "flagged": q.flagged,
                "wrong": q.most_chosen_wrong.map(|(letter, share)| format!("{} ({})", letter.to_ascii_uppercase(), w.percent(share))),
            })
        })
        .collect();
    let any = f.pre.n > 0 || f.post.n > 0;
    json!({
        "chart": any.then(|| charts::bars(&frame, &bars)),
        "pre": w.shown(&f.pre, true),
        "post": w.shown(&f.post, true),
        "gain": w.shown(&f.gain, true),
        "questions": questions,
    })
}

fn behaviour(w: &Words, f: &Figures, course: &Course, id: &str) -> Value {
    let title = w.t("impact-l3-chart");
    let desc = w.t("impact-l3-desc");
    let bars: Vec<Bar> = f
        .behaviour_days
        .iter()
        .map(|d| Bar {
            label: w.t_with("impact-day", "day", d.day),
            value: d.share.value,
            text: w.shown(&d.share, true),
            marked: d.day == 90,
        })
        .collect();
    let frame = Frame { id: &format!("{id}-l3"), title: &title, desc: &desc, max: 1.0, line: None };
    let rows: Vec<Value> = f
        .behaviours
        .iter()
        .map(|b| {
            let text = course
                .meta
                .behaviours
                .iter()
                .find(|x| x.id == b.behaviour)
                .map_or_else(|| b.behaviour.clone(), |x| x.text.clone());
            json!({ "text": text, "days": b.days.iter().map(|d| w.shown(&d.share, true)).collect::<Vec<_>>() })
        })
        .collect();
    let days: Vec<String> = f.behaviour_days.iter().map(|d| w.t_with("impact-day", "day", d.day)).collect();
    let any = f.behaviour_days.iter().any(|d| d.share.n > 0);
    json!({ "chart": any.then(|| charts::bars(&frame, &bars)), "rows": rows, "days": days })
}

fn kpis(w: &Words, r: &RegionFigures, course: &Course) -> Vec<Value> {
    r.kpis
        .iter()
        .map(|k| {
            let meta = course.meta.kpis.iter().find(|x| x.id == k.kpi);
            json!({
                "text": meta.map_or(k.text.as_str(), |m| m.text.as_str()),
                "unit": meta.map_or(k.unit.as_str(), |m| m.unit.as_str()),
                "baseline": w.num(k.baseline, decimals(k.baseline)),
                "target": w.num(k.target, decimals(k.target)),
                "periods": k.periods.iter().map(|p| json!({
                    "period": p.period,
                    "value": w.num(p.value, decimals(p.value)),
                    "progress": p.progress.map(|x| w.percent(x)),
                })).collect::<Vec<_>>(),
            })
        })
        .collect()
}

/// As many decimals as the value needs, up to two (62, 99.4, 1.85).
fn decimals(v: f64) -> usize {
    (0..=2).find(|d| ((v * 10f64.powi(*d as i32)).round() - v * 10f64.powi(*d as i32)).abs() < 1e-9).unwrap_or(2)
}
