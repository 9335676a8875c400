//! Agenda arithmetic: breaks, lunch, session restarts, activity placement, targets.

use super::*;
use crate::source::model::{BreakRule, Lunch, Session};

fn lesson(module: &str, id: &str, duration: u32, activities: &[u32]) -> LessonTiming {
    LessonTiming {
        module: module.into(),
        lesson: id.into(),
        title: id.into(),
        duration,
        activities: activities.iter().map(|m| (format!("a{m}"), *m)).collect(),
    }
}

fn schedule(sessions: Vec<Session>) -> Schedule {
    Schedule {
        start: ClockTime(9 * 60),
        break_rule: Some(BreakRule { every: 90, minutes: 15 }),
        lunch: Some(Lunch { after: ClockTime(12 * 60), minutes: 60 }),
        sessions,
    }
}

fn session(modules: &[&str], target: u32) -> Session {
    Session {
        title: "Day".into(),
        modules: modules.iter().map(|m| m.to_string()).collect(),
        target_minutes: Some(target),
    }
}

fn kinds_and_starts(s: &AgendaSession) -> Vec<(&str, &str)> {
    s.items.iter().filter(|i| i.kind != "activity").map(|i| (i.kind, i.start.as_str())).collect()
}

#[test]
fn a_break_falls_at_the_first_boundary_after_ninety_minutes_and_lunch_after_noon() {
    let lessons: Vec<_> = (0..6).map(|i| lesson("m1", &format!("l{i}"), 50, &[])).collect();
    let agenda = lay_out(Some(&schedule(vec![session(&["m1"], 420)])), &lessons);
    let s = &agenda.sessions[0];
    assert_eq!(
        kinds_and_starts(s),
        [
            ("lesson", "09:00"),
            ("lesson", "09:50"),
            ("break", "10:40"),
            ("lesson", "10:55"),
            ("lesson", "11:45"),
            ("lunch", "12:35"),
            ("lesson", "13:35"),
            ("lesson", "14:25"),
        ]
    );
    assert_eq!(s.end, "15:15");
    assert_eq!(s.minutes, 375);
    assert!(!s.over);
}

#[test]
fn each_session_restarts_at_the_start_time_and_overruns_are_flagged() {
    let lessons = vec![lesson("m1", "a", 200, &[]), lesson("m2", "b", 60, &[]), lesson("m2", "c", 60, &[])];
    let agenda = lay_out(Some(&schedule(vec![session(&["m1"], 420), session(&["m2"], 100)])), &lessons);
    assert_eq!(agenda.sessions[1].items[0].start, "09:00");
    assert_eq!(agenda.sessions[1].minutes, 120);
    assert!(agenda.sessions[1].over);
    assert!(!agenda.sessions[0].over);
    assert_eq!(agenda.total_minutes, 320);
}

#[test]
fn activities_sit_between_equal_shares_of_the_lesson_time() {
    let lessons = vec![lesson("m1", "a", 60, &[20, 10])];
    let agenda = lay_out(Some(&schedule(vec![session(&["m1"], 420)])), &lessons);
    let acts: Vec<_> = agenda.sessions[0]
        .items
        .iter()
        .filter(|i| i.kind == "activity")
        .map(|i| (i.start.as_str(), i.end.as_str()))
        .collect();
    assert_eq!(acts, [("09:10", "09:30"), ("09:40", "09:50")]);
}

#[test]
fn without_a_schedule_the_course_is_one_session_from_nine() {
    let lessons = vec![lesson("m1", "a", 30, &[]), lesson("m2", "b", 30, &[])];
    let agenda = lay_out(None, &lessons);
    assert_eq!(agenda.sessions.len(), 1);
    assert_eq!(agenda.sessions[0].end, "10:00");
}
