//! Lesson bodies to HTML: views, links, messages, footnotes and one-page ids.

use super::*;
use crate::l10n::{FtlFile, Layer};
use crate::source::load::parse_lesson;
use crate::source::model::{CourseMeta, Module, ModuleMeta};
use std::collections::BTreeMap;

fn course(lessons: &[(&str, &str, &str)]) -> Course {
    let mut modules: Vec<Module> = Vec::new();
    for (module, stem, text) in lessons {
        let mut out = Vec::new();
        let lesson =
            parse_lesson(&format!("curricula/c/{module}/{stem}.md"), stem, text, &mut out).expect("lesson parses");
        assert!(out.is_empty(), "{out:?}");
        match modules.iter_mut().find(|m| m.id == *module) {
            Some(m) => m.lessons.push(std::sync::Arc::new(lesson)),
            None => modules.push(Module {
                id: module.to_string(),
                file: String::new(),
                meta: ModuleMeta {
                    title: module.to_string(),
                    summary: String::new(),
                    objectives: vec![],
                    lessons: None,
                    fallback: Default::default(),
                },
                lessons: vec![std::sync::Arc::new(lesson)],
            }),
        }
    }
    let meta: CourseMeta = yaml_serde::from_str("title: C\n").unwrap();
    let files = ["01/assets/kotter.png".to_string()].into_iter().collect();
    Course {
        id: "c".into(),
        dir: "curricula/c".into(),
        file: "curricula/c/course.yaml".into(),
        meta,
        modules,
        files,
        unloaded: Default::default(),
    }
}

fn catalog() -> Catalog {
    let mut out = Vec::new();
    let text = "activity = Activity\nmaterials = Materials\ntrainer-note = Trainer note\nquestion = Check\nquestion-check = Check answer\nquestion-select-one = Choose one.\nquestion-select-all = Choose all.\nanswer-correct = Correct\nduration-minutes = { $minutes } minutes\ncompany = Northwind *Logistics*\nteam = { $count ->\n    [one] one person\n   *[other] { $count } people\n}\n";
    let layer = Layer { files: vec![FtlFile::parse("en.ftl", "en", text, &mut out)] };
    Catalog::new(&[&layer])
}

fn global() -> Region {
    Region {
        id: "global".into(),
        name: "Global".into(),
        locales: vec!["en".into()],
        timezone: None,
        profile: BTreeMap::new(),
        budget: None,
    }
}

fn render(course: &Course, view: View, placement: Placement) -> Rendered {
    let catalog = catalog();
    let region = global();
    let chain = vec!["en".to_string()];
    let module = &course.modules[0];
    let ctx = BodyContext {
        course,
        module: &module.id,
        lesson: &module.lessons[0],
        view,
        region: &region,
        chain: &chain,
        catalog: &catalog,
        placement,
        heading_shift: 0,
        trust_overlay_html: false,
    };
    render_lesson(&ctx)
}

fn page() -> Placement {
    Placement::LessonPage { root: "../../".into() }
}

const LESSON: &str = "---\ntitle: Why change fails\nduration: 45\n---\nIntro with {{ company }} and {{ team count=12 }}.\n\n## Case {#case}\n\nSee [the other](02-b.md#goal), [here](#case) and ![steps](assets/kotter.png).[^1]\n\n[^1]: A note.\n\n::: trainer\nWatch the clock.\n:::\n\n:::: activity {#ice minutes=10 title=\"Warm up\"}\nTogether.\n::: variant {activity_style=debate}\nArgue.\n:::\n::: variant\nTalk it through.\n:::\n::::\n\n::: question {#q1}\nWhich?\n\n- [ ] A\n- [x] B\n\nBecause B.\n:::\n";
const OTHER: &str = "---\ntitle: B\nduration: 30\n---\n## Goal {#goal}\n\nText.\n";

#[test]
fn the_site_view_hides_trainer_notes_and_keeps_answers_for_the_self_check() {
    let c = course(&[("01", "01-a", LESSON), ("01", "02-b", OTHER)]);
    let r = render(&c, View::Site, page());
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    assert!(!r.html.contains("Watch the clock"));
    assert!(r.html.contains("<input type=\"radio\" name=\"q1\" value=\"1\" data-correct>"), "{}", r.html);
    assert!(r.html.contains("class=\"explanation\" hidden>Because B."));
}

#[test]
fn the_facilitator_view_shows_notes_and_marks_answers() {
    let c = course(&[("01", "01-a", LESSON), ("01", "02-b", OTHER)]);
    let r = render(&c, View::Facilitator, page());
    assert!(r.html.contains("Watch the clock"));
    assert!(r.html.contains("class=\"option correct\""));
}

#[test]
fn the_global_region_gets_the_variant_without_attributes() {
    let c = course(&[("01", "01-a", LESSON), ("01", "02-b", OTHER)]);
    let html = render(&c, View::Site, page()).html;
    assert!(html.contains("Talk it through") && !html.contains("Argue"));
    assert!(html.contains("<strong>Warm up</strong>"));
    assert!(html.contains("10 minutes"));
}

#[test]
fn messages_are_formatted_with_plurals_and_their_markdown_stays_text() {
    let c = course(&[("01", "01-a", LESSON), ("01", "02-b", OTHER)]);
    let html = render(&c, View::Site, page()).html;
    assert!(html.contains("Intro with Northwind *Logistics* and 12 people."), "{html}");
}

#[test]
fn links_point_at_built_pages_and_assets_are_collected() {
    let c = course(&[("01", "01-a", LESSON), ("01", "02-b", OTHER)]);
    let r = render(&c, View::Site, page());
    assert!(r.html.contains("href=\"../../01/02-b/index.html#goal\""), "{}", r.html);
    assert!(r.html.contains("href=\"#case\""));
    assert!(r.html.contains("src=\"../../01/assets/kotter.png\""));
    assert_eq!(r.assets.iter().collect::<Vec<_>>(), ["01/assets/kotter.png"]);
}

#[test]
fn the_one_page_view_prefixes_ids_and_turns_lesson_links_into_anchors() {
    let c = course(&[("01", "01-a", LESSON), ("01", "02-b", OTHER)]);
    let html = on_one_page(&render(&c, View::Site, Placement::OnePage).html, "../");
    assert!(html.contains("id=\"01--01-a--case\""), "{html}");
    assert!(html.contains("href=\"#01--02-b--goal\""));
    assert!(html.contains("id=\"01--01-a--fn-1\""));
    assert!(html.contains("src=\"../01/assets/kotter.png\""), "files are linked from the page's place");
}

#[test]
fn broken_links_and_missing_messages_are_reported_at_their_file_line_and_column() {
    let text = "---\ntitle: A\nduration: 5\n---\nFirst line.\n\nGo [there](02-c.md) or [up](../../../etc/passwd) and {{ nope }}.\n";
    let c = course(&[("01", "01-a", text), ("01", "02-b", OTHER)]);
    let r = render(&c, View::Site, page());
    let found: Vec<_> = r.diagnostics.iter().map(|d| (d.code, d.location.line, d.location.column)).collect();
    assert_eq!(found, [("missing-message", 7, 54), ("broken-link", 7, 4), ("broken-link", 7, 24)]);
    assert_eq!(r.diagnostics[1].help.as_deref(), Some("did you mean `01/02-b.md`?"));
    assert!(r.diagnostics[2].message.contains("outside the course"));
}

#[test]
fn html_nested_past_the_limit_is_found_and_void_elements_do_not_count() {
    let deep = "<div>".repeat(300) + &"</div>".repeat(300);
    assert!(nests_deeper(&deep, MAX_HTML_DEPTH));
    assert!(!nests_deeper(&"<p>a<br>b<img src=x></p>".repeat(400), MAX_HTML_DEPTH));
    assert!(!nests_deeper(&"<span>x</span>".repeat(1000), MAX_HTML_DEPTH));
}
