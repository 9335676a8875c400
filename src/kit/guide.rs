//! The facilitator guide's working parts (SPEC 7), what a trainer looks up at the front
//! of the room: per session a run of show with clock times, methods and materials; per
//! lesson an at-a-glance box (purpose, objectives, timing, key messages, preparation);
//! and every activity's start time written into the lesson text.

use super::KitInput;
use super::collect::{Found, Gathered};
use crate::agenda::{AgendaItem, AgendaSession};
use crate::render::directives::START_MARK;
use crate::render::markdown::{BodyContext, inline_html};
use crate::source::directives::Node;
use crate::source::model::Lesson;
use serde_json::{Value, json};

/// The agenda's items for one lesson: the lesson itself, then its activities, from
/// the first session that holds it (a module a schedule lists twice is timed twice).
pub fn items_of<'a>(sessions: &'a [AgendaSession], module: &str, lesson: &str) -> Vec<&'a AgendaItem> {
    let here = |i: &&AgendaItem| i.module == module && i.lesson == lesson;
    sessions
        .iter()
        .find(|s| s.items.iter().any(|i| here(&i)))
        .map_or_else(Vec::new, |s| s.items.iter().filter(here).collect())
}

/// A lesson body rendered for the guide, with each activity's start in place, in
/// document order (the order the agenda timed them in).
pub fn fill_starts(html: &str, items: &[&AgendaItem], digits: impl Fn(&str) -> String) -> String {
    let mut starts = items.iter().filter(|i| i.kind == "activity");
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(at) = rest.find(START_MARK) {
        out.push_str(&rest[..at]);
        if let Some(i) = starts.next() {
            let time = digits(&format!("{}–{}", i.start, i.end));
            out.push_str(&format!("· <span class=\"start\">{time}</span> · "));
        }
        rest = &rest[at + START_MARK.len()..];
    }
    out.push_str(rest);
    out
}

/// What the lesson's at-a-glance box shows. `materials` are the region's materials
/// lists in this lesson, already rendered.
pub fn glance(ctx: &BodyContext, lesson: &Lesson, items: &[&AgendaItem], materials: Vec<Value>) -> Value {
    let activities: Vec<Value> = items
        .iter()
        .filter(|i| i.kind == "activity")
        .map(|i| json!({ "title": i.title, "start": i.start, "end": i.end, "minutes": i.minutes }))
        .collect();
    let in_activities: u32 = items.iter().filter(|i| i.kind == "activity").map(|i| i.minutes).sum();
    let key_messages: Vec<String> = lesson
        .root
        .children
        .iter()
        .filter_map(|s| s.heading.as_ref())
        .map(|h| inline_html(ctx, &h.title, h.line))
        .collect();
    json!({
        "purpose": purpose(ctx, lesson),
        "input_minutes": lesson.front.duration.saturating_sub(in_activities),
        "activities": activities,
        "key_messages": key_messages,
        "preparation": materials,
    })
}

/// The lesson's opening paragraph, which says what it is for, as inline HTML.
fn purpose(ctx: &BodyContext, lesson: &Lesson) -> Option<String> {
    let Some(Node::Text(text)) =
        lesson.root.body.iter().find(|n| matches!(n, Node::Text(t) if !t.src.trim().is_empty()))
    else {
        return None;
    };
    let leading = text.src.len() - text.src.trim_start().len();
    let line = text.line + text.src[..leading].matches('\n').count();
    let paragraph = text.src.trim_start().split("\n\n").next().unwrap_or_default();
    // A lesson that opens with a list, a quote or a table has no sentence to lift.
    let first = paragraph.trim_start().chars().next().unwrap_or('-');
    (!"-*+>|#<!:`0123456789".contains(first)).then(|| inline_html(ctx, paragraph, line))
}

/// A session's run of show: each lesson with its method and materials, its
/// activities, breaks and lunch, on the clock.
pub fn run_of_show(
    input: &KitInput,
    session: &AgendaSession,
    found: &Gathered,
    html: &dyn Fn(&Found) -> Value,
) -> Vec<Value> {
    let in_lesson = |f: &&Found, i: &AgendaItem| f.module.id == i.module && f.lesson.id == i.lesson;
    session
        .items
        .iter()
        .map(|i| {
            let mut row =
                json!({ "kind": i.kind, "start": i.start, "end": i.end, "minutes": i.minutes, "title": i.title });
            if i.kind == "lesson" {
                row["anchor"] = json!(format!("{}--{}", i.module, i.lesson));
                let lesson = input.target.course.lesson(&i.module, &i.lesson);
                row["title_attrs"] =
                    json!(lesson.map(|l| crate::render::lang_attrs(&l.front.fallback, "title")).unwrap_or_default());
                row["materials"] = found.materials.iter().filter(|f| in_lesson(f, i)).map(html).collect();
                // A lesson with a self-check question ends a part with a question to discuss.
                row["checks"] = json!(found.questions.iter().any(|f| in_lesson(&f, i) && !f.directive.is_assessed()));
            }
            row
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(kind: &'static str, start: &str, end: &str) -> AgendaItem {
        AgendaItem {
            kind,
            start: start.into(),
            end: end.into(),
            minutes: 10,
            title: "x".into(),
            module: "m".into(),
            lesson: "l".into(),
        }
    }

    #[test]
    fn each_activity_gets_its_own_start_in_document_order() {
        let html = format!("<p>a {START_MARK}10 min</p><p>b {START_MARK}20 min</p>");
        let (l, a, b) =
            (item("lesson", "09:00", "10:00"), item("activity", "09:10", "09:20"), item("activity", "09:40", "10:00"));
        let out = fill_starts(&html, &[&l, &a, &b], |s| s.to_string());
        assert_eq!(
            out,
            "<p>a · <span class=\"start\">09:10–09:20</span> · 10 min</p><p>b · <span class=\"start\">09:40–10:00</span> · 20 min</p>"
        );
    }

    #[test]
    fn an_activity_the_agenda_did_not_time_gets_no_start_and_no_stray_mark() {
        let html = format!("<p>{START_MARK}10 min</p>");
        let out = fill_starts(&html, &[], |s| s.to_string());
        assert_eq!(out, "<p>10 min</p>");
    }

    #[test]
    fn starts_take_the_language_digits() {
        let html = format!("<p>{START_MARK}</p>");
        let a = item("activity", "09:10", "09:20");
        let out = fill_starts(&html, &[&a], |s| s.replace('0', "٠"));
        assert!(out.contains("٠9:1٠–٠9:2٠"), "{out}");
    }
}
