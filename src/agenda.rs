//! The timed run of show (SPEC section 2, `schedule`): lessons and their activities
//! laid out on the clock, with breaks and lunch at lesson boundaries, each session
//! restarting at `start`, and sessions over their `target_minutes` flagged.

use crate::overlay::profile::applies;
use crate::source::directives::{DirectiveKind, Node};
use crate::source::model::{ClockTime, Course, Lesson, Schedule};
use crate::workspace::Region;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Agenda {
    pub sessions: Vec<AgendaSession>,
    pub total_minutes: u32,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AgendaSession {
    pub title: String,
    pub start: String,
    pub end: String,
    /// From `start` to the end of the last lesson, breaks included.
    pub minutes: u32,
    pub target_minutes: Option<u32>,
    pub over: bool,
    pub items: Vec<AgendaItem>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AgendaItem {
    /// `lesson`, `activity`, `break` or `lunch`.
    pub kind: &'static str,
    pub start: String,
    pub end: String,
    pub minutes: u32,
    pub title: String,
    pub module: String,
    pub lesson: String,
}

/// A lesson as the clock sees it: its minutes and its activities' minutes in order.
#[derive(Debug, Clone, PartialEq)]
pub struct LessonTiming {
    pub module: String,
    pub lesson: String,
    pub title: String,
    pub duration: u32,
    pub activities: Vec<(String, u32)>,
}

/// The timings of every lesson of the course as `region` delivers it (an activity in
/// an `only` block the region does not get takes no time).
/// The region's run of show of its version of the course.
pub fn of(course: &Course, region: &Region) -> Agenda {
    lay_out(course.meta.schedule.as_ref(), &timings(course, region))
}

pub fn timings(course: &Course, region: &Region) -> Vec<LessonTiming> {
    course
        .lessons()
        .map(|(m, l)| LessonTiming {
            module: m.id.clone(),
            lesson: l.id.clone(),
            title: l.front.title.clone(),
            duration: l.front.duration,
            activities: activities(l, region),
        })
        .collect()
}

fn activities(lesson: &Lesson, region: &Region) -> Vec<(String, u32)> {
    let mut out = Vec::new();
    for s in lesson.root.walk() {
        collect_activities(&s.body, region, &mut out);
    }
    out
}

fn collect_activities(nodes: &[Node], region: &Region, out: &mut Vec<(String, u32)>) {
    for n in nodes {
        let Node::Directive(d) = n else { continue };
        match d.kind {
            DirectiveKind::Activity => {
                let minutes = d.attrs.get("minutes").and_then(|m| m.parse().ok()).unwrap_or(0);
                let title = d.attrs.get("title").or(d.attrs.id.as_deref()).unwrap_or("").to_string();
                out.push((title, minutes));
            }
            DirectiveKind::Only if applies(&d.attrs, region) => collect_activities(&d.children, region, out),
            DirectiveKind::Only => {}
            _ => {}
        }
    }
}

/// Lays the lessons out on the clock. Without a schedule, the course is one session
/// from 09:00 with no breaks.
pub fn lay_out(schedule: Option<&Schedule>, lessons: &[LessonTiming]) -> Agenda {
    let default;
    let schedule = match schedule {
        Some(s) if !s.sessions.is_empty() => s,
        _ => {
            let mut modules: Vec<String> = lessons.iter().map(|l| l.module.clone()).collect();
            modules.dedup();
            let start = schedule.map_or(ClockTime(9 * 60), |s| s.start);
            default = Schedule {
                start,
                break_rule: None,
                lunch: None,
                sessions: vec![crate::source::model::Session { title: String::new(), modules, target_minutes: None }],
            };
            &default
        }
    };
    let sessions: Vec<AgendaSession> = schedule
        .sessions
        .iter()
        .map(|session| {
            let in_session: Vec<&LessonTiming> =
                session.modules.iter().flat_map(|m| lessons.iter().filter(move |l| &l.module == m)).collect();
            lay_out_session(schedule, &session.title, session.target_minutes, &in_session)
        })
        .collect();
    let total_minutes = lessons.iter().map(|l| l.duration).sum();
    Agenda { sessions, total_minutes }
}

fn lay_out_session(schedule: &Schedule, title: &str, target: Option<u32>, lessons: &[&LessonTiming]) -> AgendaSession {
    let mut clock = schedule.start.0;
    let mut since_break = 0;
    let mut lunch_done = schedule.lunch.is_none();
    let mut items = Vec::new();
    for (i, lesson) in lessons.iter().enumerate() {
        if i > 0 {
            match (schedule.lunch, schedule.break_rule) {
                (Some(lunch), _) if !lunch_done && clock >= lunch.after.0 => {
                    items.push(pause("lunch", clock, lunch.minutes));
                    clock += lunch.minutes;
                    since_break = 0;
                    lunch_done = true;
                }
                (_, Some(rule)) if since_break >= rule.every => {
                    items.push(pause("break", clock, rule.minutes));
                    clock += rule.minutes;
                    since_break = 0;
                }
                _ => {}
            }
        }
        items.push(item("lesson", clock, lesson.duration, &lesson.title, lesson));
        items.extend(activity_items(clock, lesson));
        clock += lesson.duration;
        since_break += lesson.duration;
    }
    let minutes = clock - schedule.start.0;
    AgendaSession {
        title: title.to_string(),
        start: ClockTime(schedule.start.0).to_string(),
        end: ClockTime(clock).to_string(),
        minutes,
        target_minutes: target,
        over: target.is_some_and(|t| minutes > t),
        items,
    }
}

/// Activities in document order, with the lesson's other minutes shared equally
/// between the gaps before, between and after them (input, activity, input, ...).
fn activity_items(lesson_start: u32, lesson: &LessonTiming) -> Vec<AgendaItem> {
    let used: u32 = lesson.activities.iter().map(|a| a.1).sum();
    let free = lesson.duration.saturating_sub(used);
    let gap = free / (lesson.activities.len() as u32 + 1);
    let mut clock = lesson_start;
    lesson
        .activities
        .iter()
        .map(|(title, minutes)| {
            clock += gap;
            let it = item("activity", clock, *minutes, title, lesson);
            clock += minutes;
            it
        })
        .collect()
}

fn item(kind: &'static str, start: u32, minutes: u32, title: &str, lesson: &LessonTiming) -> AgendaItem {
    AgendaItem {
        kind,
        start: ClockTime(start).to_string(),
        end: ClockTime(start + minutes).to_string(),
        minutes,
        title: title.to_string(),
        module: lesson.module.clone(),
        lesson: lesson.lesson.clone(),
    }
}

fn pause(kind: &'static str, start: u32, minutes: u32) -> AgendaItem {
    AgendaItem {
        kind,
        start: ClockTime(start).to_string(),
        end: ClockTime(start + minutes).to_string(),
        minutes,
        title: String::new(),
        module: String::new(),
        lesson: String::new(),
    }
}

/// The run of show as CSV, for a spreadsheet.
pub fn to_csv(agenda: &Agenda) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["session", "start", "end", "minutes", "kind", "module", "lesson", "title"]).expect("in-memory csv");
    for s in &agenda.sessions {
        for i in &s.items {
            let minutes = i.minutes.to_string();
            let text = crate::output::spreadsheet_text;
            let record = [&text(&s.title), &*i.start, &i.end, &minutes, i.kind, &i.module, &i.lesson, &text(&i.title)];
            w.write_record(record).expect("in-memory csv");
        }
    }
    w.into_inner().expect("in-memory csv")
}

#[cfg(test)]
mod tests;
