//! A cohort's run of show on the calendar: each session of the region's agenda placed
//! on the cohort's date for it, at its start (the schedule's, or the session's own),
//! in the cohort's time zone, so each lesson and break has its real instant.

use super::Cohort;
use super::zone::{self, Placed};
use crate::agenda::{Agenda, AgendaItem};
use crate::source::model::ClockTime;
use jiff::civil::Date;

#[derive(Debug, Clone)]
pub struct DatedSession {
    pub number: usize,
    pub title: String,
    pub date: Date,
    pub start: Placed,
    pub end: Placed,
    pub items: Vec<DatedItem>,
}

#[derive(Debug, Clone)]
pub struct DatedItem {
    pub item: AgendaItem,
    pub start: Placed,
    pub end: Placed,
}

/// The cohort's sessions on their dates; sessions whose start the clocks skip (an
/// error `check` reports) are left out.
pub fn sessions(cohort: &Cohort, agenda: &Agenda) -> Vec<DatedSession> {
    let Some(tz) = zone::get(&cohort.timezone) else { return Vec::new() };
    // One date per session of the region's run of show (`check` says when it is not).
    if cohort.sessions.len() != agenda.sessions.len() {
        return Vec::new();
    }
    cohort
        .sessions
        .iter()
        .zip(&agenda.sessions)
        .enumerate()
        .filter_map(|(i, (dated, planned))| {
            let planned_start = ClockTime::parse(&planned.start)?;
            let start = dated.start.unwrap_or(planned_start);
            let begin = dated.date.at((start.0 / 60) as i8, (start.0 % 60) as i8, 0, 0);
            let (start_placed, _) = zone::place(&tz, begin).ok()?;
            // Items keep their place in the session: minutes after its start.
            let after = |clock: &str| {
                let t = ClockTime::parse(clock).map_or(0, |c| c.0);
                (t + 24 * 60 - planned_start.0) % (24 * 60)
            };
            let items = planned
                .items
                .iter()
                .filter_map(|item| {
                    let from = after(&item.start);
                    Some(DatedItem {
                        item: item.clone(),
                        start: zone::after(&tz, &start_placed, from)?,
                        end: zone::after(&tz, &start_placed, from + item.minutes)?,
                    })
                })
                .collect();
            Some(DatedSession {
                number: i + 1,
                title: planned.title.clone(),
                date: dated.date,
                start: start_placed,
                end: zone::after(&tz, &start_placed, planned.minutes)?,
                items,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agenda::{LessonTiming, lay_out};
    use crate::delivery::{CohortSession, Delivery};
    use crate::source::model::{Schedule, Session};
    use jiff::civil::date;

    fn agenda() -> Agenda {
        let lesson = |m: &str, l: &str, d| LessonTiming {
            module: m.into(),
            lesson: l.into(),
            title: l.into(),
            duration: d,
            activities: vec![],
        };
        let schedule = Schedule {
            start: ClockTime(9 * 60),
            break_rule: None,
            lunch: None,
            sessions: vec![
                Session { title: "Day 1".into(), modules: vec!["a".into()], target_minutes: None },
                Session { title: "Day 2".into(), modules: vec!["b".into()], target_minutes: None },
            ],
        };
        lay_out(Some(&schedule), &[lesson("a", "one", 60), lesson("a", "two", 30), lesson("b", "three", 120)])
    }

    fn cohort(sessions: Vec<CohortSession>) -> Cohort {
        Cohort {
            id: "c".into(),
            region: "emea".into(),
            file: "cohorts/emea/c.yaml".into(),
            course: "x".into(),
            locale: "en".into(),
            title: None,
            timezone: "Europe/Berlin".into(),
            delivery: Delivery::InPerson,
            location: None,
            join_url: None,
            trainers: vec![],
            participants: None,
            sessions,
        }
    }

    #[test]
    fn each_session_lands_on_its_date_with_the_offset_of_that_day() {
        let c = cohort(vec![
            CohortSession { date: date(2027, 3, 27), start: None },
            CohortSession { date: date(2027, 3, 29), start: Some(ClockTime(8 * 60 + 30)) },
        ]);
        let dated = sessions(&c, &agenda());
        assert_eq!(dated.len(), 2);
        assert_eq!(dated[0].start.rfc3339(), "2027-03-27T09:00:00+01:00");
        assert_eq!(dated[0].end.rfc3339(), "2027-03-27T10:30:00+01:00");
        assert_eq!(dated[1].start.rfc3339(), "2027-03-29T08:30:00+02:00", "a moved start, summer time");
        assert_eq!(dated[1].end.rfc3339(), "2027-03-29T10:30:00+02:00");
        let second_lesson = &dated[0].items[1];
        assert_eq!(second_lesson.start.rfc3339(), "2027-03-27T10:00:00+01:00");
    }

    #[test]
    fn a_session_starting_in_a_skipped_hour_is_left_out() {
        let c = cohort(vec![
            CohortSession { date: date(2027, 3, 28), start: Some(ClockTime(2 * 60 + 30)) },
            CohortSession { date: date(2027, 3, 29), start: None },
        ]);
        let dated = sessions(&c, &agenda());
        assert_eq!(dated.iter().map(|s| s.number).collect::<Vec<_>>(), [2]);
    }

    #[test]
    fn sessions_past_midnight_keep_their_place_after_the_start() {
        let c = cohort(vec![
            CohortSession { date: date(2027, 5, 3), start: Some(ClockTime(23 * 60)) },
            CohortSession { date: date(2027, 5, 4), start: None },
        ]);
        let dated = sessions(&c, &agenda());
        assert_eq!(dated[0].end.rfc3339(), "2027-05-04T00:30:00+02:00");
        assert_eq!(dated[0].items[1].start.rfc3339(), "2027-05-04T00:00:00+02:00");
    }
}
