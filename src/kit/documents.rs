//! The documents of a kit, each rendered from a `kit/*.html` template of the theme
//! with inline CSS, in the target's language, with the region's adaptations.

use super::KitInput;
use super::collect::{Found, Gathered};
use super::guide;
use crate::diagnostics::Diagnostic;
use crate::render::directives::VARIANT_MARK;
use crate::render::lang_attrs;
use crate::render::markdown::{BodyContext, Placement, View, fill_slots, fragment_html, inline_html, on_one_page};
use crate::render::portal::locale_name;
use crate::source::question;
use crate::workspace::locale::direction;
use serde_json::{Value, json};
use std::collections::BTreeSet;
use tera::Context;

type Files = Vec<(String, Vec<u8>)>;

/// Every file of the kit but the manifest.
pub fn all(input: &KitInput) -> Result<Files, Vec<Diagnostic>> {
    let mut files = Files::new();
    let mut problems = Vec::new();
    let mut assets = BTreeSet::new();
    // Lesson bodies are large: templates get a slot for each, filled in after.
    let (mut guide_bodies, mut workbook_bodies) = (Vec::new(), Vec::new());
    let found = Gathered::of(input);
    let guide = lessons(input, &found, View::Facilitator, &mut guide_bodies, &mut assets, &mut problems);
    let workbook = lessons(input, &found, View::Worksheets, &mut workbook_bodies, &mut assets, &mut problems);
    let (sessions, questions) = (session_list(input, &found), question_list(input, &found.questions));
    let docs: Vec<(&str, &str, Context)> = vec![
        ("index.html", "kit/index.html", with("pdf", &input.printed, Context::new())),
        (
            "facilitator-guide.html",
            "kit/facilitator-guide.html",
            with("modules", &guide, with("sessions", &sessions, Context::new())),
        ),
        ("participant-workbook.html", "kit/participant-workbook.html", with("modules", &workbook, Context::new())),
        ("agenda.html", "kit/agenda.html", Context::new()),
        ("materials-checklist.html", "kit/materials-checklist.html", with("sessions", &sessions, Context::new())),
        ("assessments/level-1-reaction-survey.html", "kit/level-1-reaction-survey.html", Context::new()),
        (
            "assessments/level-2-knowledge-check.html",
            "kit/level-2-knowledge-check.html",
            with("questions", &questions, Context::new()),
        ),
        (
            "assessments/level-2-answer-key.html",
            "kit/level-2-answer-key.html",
            with("questions", &questions, Context::new()),
        ),
        (
            "assessments/level-3-behaviour-checklist.html",
            "kit/level-3-behaviour-checklist.html",
            with("behaviours", &behaviours(input), Context::new()),
        ),
        ("assessments/level-4-kpi-scorecard.html", "kit/level-4-kpi-scorecard.html", Context::new()),
        (
            "results-templates/index.html",
            "kit/results-guide.html",
            with("kpis", &input.target.course.meta.kpis, Context::new()),
        ),
        (
            "certification/trainer-certification-checklist.html",
            "kit/trainer-certification-checklist.html",
            Context::new(),
        ),
    ];
    // Built once: twelve documents share it and only the depth differs.
    let shared = common(input);
    for (path, template, extra) in docs {
        let mut c = shared.clone();
        c.insert("root", &"../".repeat(path.matches('/').count()));
        c.extend(extra);
        match input.theme.render(template, &c) {
            Ok(html) => {
                let html = match path {
                    "facilitator-guide.html" => fill_slots(&html, &guide_bodies),
                    "participant-workbook.html" => fill_slots(&html, &workbook_bodies),
                    _ => html,
                };
                files.push((path.to_string(), html.into_bytes()))
            }
            Err(d) => problems.push(d),
        }
    }
    files.push(("agenda.csv".into(), crate::agenda::to_csv(input.agenda)));
    files.push(("assessments/level-4-kpi-scorecard.csv".into(), kpi_csv(input)));
    for asset in assets {
        if let Ok(bytes) = std::fs::read(input.ws.root.join(&input.target.course.dir).join(&asset)) {
            files.push((asset, bytes));
        }
    }
    if problems.is_empty() { Ok(files) } else { Err(problems) }
}

/// Keeps a body aside and returns the slot that stands for it in the template.
fn slot(bodies: &mut Vec<String>, html: String) -> String {
    bodies.push(html);
    format!("<!--glocal-slot-{}-->", bodies.len() - 1)
}

fn with<T: serde::Serialize + ?Sized>(key: &'static str, value: &T, mut c: Context) -> Context {
    c.insert(key, value);
    c
}

/// Text as the inside of a CSS string in a `<style>` element: every character that
/// could end the string or the element (`"`, `\\`, `<`, `>`, `&`) as a CSS hex escape.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter(|c| !c.is_control()) {
        match c {
            '"' | '\\' | '<' | '>' | '&' | '\'' => out.push_str(&format!("\\{:X} ", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// The KPIs with their baseline and target written as the kit's language writes
/// numbers (`65`, `12,5` in German, `١٢٫٥` in Arabic).
fn kpis(t: &crate::render::pages::Target) -> Vec<serde_json::Value> {
    let numbers = crate::l10n::numbers::NumberFormat::for_locale(&t.locale);
    t.course
        .meta
        .kpis
        .iter()
        .map(|k| {
            json!({
                "id": k.id, "text": k.text, "unit": k.unit,
                "baseline": numbers.format(&k.baseline.to_string()),
                "target": numbers.format(&k.target.to_string()),
            })
        })
        .collect()
}

/// What every document shows: the running head, the course, region and language.
fn common(input: &KitInput) -> Context {
    let t = input.target;
    let locale = locale_name(input.ws, &t.locale);
    let mut c = Context::new();
    c.insert("lang", &t.locale);
    c.insert("dir", direction(&t.locale));
    c.insert("chain", &t.chain);
    c.insert("course_id", &t.course.id);
    let region_name = crate::render::region_name(input.ws.catalog_of(&t.course.id), &t.chain, t.region);
    let head = format!("{} · {} · {}", t.course.meta.title, region_name, locale);
    let css = css_string(&head);
    c.insert("head_css", &css);
    c.insert("head", &head);
    c.insert(
        "course",
        &json!({
            "title": t.course.meta.title, "summary": t.course.meta.summary, "audience": t.course.meta.audience,
            "objectives": objectives_with_attrs(&t.course.meta, t.course.meta.objectives.iter().map(|o| o.id.as_str())),
            "reaction_questions": t.course.meta.reaction_questions,
            "kpis": kpis(t), "certification": t.course.meta.certification,
        }),
    );
    c.insert("region", &json!({ "id": t.region.id, "name": region_name, "timezone": t.region.timezone }));
    c.insert("locale_name", &locale);
    c.insert("agenda", input.agenda);
    c.insert(
        "modules_list",
        &t.course.modules.iter().map(|m| json!({ "id": m.id, "title": m.meta.title })).collect::<Vec<_>>(),
    );
    c
}

fn body_context<'a>(
    input: &'a KitInput,
    m: &'a crate::source::model::Module,
    l: &'a crate::source::model::Lesson,
    view: View,
) -> BodyContext<'a> {
    BodyContext {
        course: input.target.course,
        module: &m.id,
        lesson: l,
        view,
        region: input.target.region,
        chain: &input.target.chain,
        catalog: input.ws.catalog_of(&input.target.course.id),
        placement: Placement::OnePage,
        // The guide nests lessons under sessions and modules, one level deeper.
        heading_shift: if view == View::Facilitator { 3 } else { 2 },
        trust_overlay_html: input.ws.config.trust_overlay_html,
    }
}

/// A materials list rendered once per language and shared by every kit that shows it.
fn materials_piece(input: &KitInput, f: &Found) -> Value {
    input.cache.piece(f.directive, &input.target.locale, || {
        let html = fragment_html(&body_context(input, f.module, f.lesson, View::Facilitator), &f.directive.children);
        json!({ "module": f.module.meta.title, "lesson": f.lesson.front.title, "html": html })
    })
}

/// Every module and lesson rendered for a view (the guide or the workbook). The
/// guide's lessons also get their at-a-glance box and their activities' start times.
fn lessons(
    input: &KitInput,
    found: &Gathered,
    view: View,
    bodies: &mut Vec<String>,
    assets: &mut BTreeSet<String>,
    problems: &mut Vec<Diagnostic>,
) -> Vec<Value> {
    let materials = &found.materials;
    let digits = digits_of(&input.target.locale);
    let variant_label = {
        let t = input.target;
        let mut args = fluent::FluentArgs::new();
        args.set("region", crate::render::region_name(input.ws.catalog_of(&t.course.id), &t.chain, t.region));
        let label = input.ws.catalog_of(&t.course.id).format(&t.chain, "kit-variant", Some(&args)).unwrap_or_default();
        crate::render::escape_html(&label)
    };
    let objectives_of = |l: &crate::source::model::Lesson| {
        objectives_with_attrs(&input.target.course.meta, l.front.objectives.iter().map(String::as_str))
    };
    let mut modules = Vec::new();
    for m in &input.target.course.modules {
        let mut lessons = Vec::new();
        for l in &m.lessons {
            let ctx = body_context(input, m, l, view);
            let body = input.cache.render(l, &ctx);
            problems.extend(body.diagnostics.iter().cloned());
            assets.extend(body.assets.iter().cloned());
            let items = guide::items_of(&input.agenda.sessions, &m.id, &l.id);
            let mut html = on_one_page(&body.html, "");
            let mut lesson = json!({
                "anchor": format!("{}--{}", m.id, l.id), "title": l.front.title, "minutes": l.front.duration,
                "title_attrs": lang_attrs(&l.front.fallback, "title"),
                "start": items.first().map(|i| &i.start), "end": items.first().map(|i| &i.end), "objectives": objectives_of(l),
            });
            if view == View::Facilitator {
                html = guide::fill_starts(&html, &items, &digits).replace(VARIANT_MARK, &variant_label);
                let here: Vec<Value> = materials
                    .iter()
                    .filter(|f| std::ptr::eq(f.lesson, &**l))
                    .map(|f| materials_piece(input, f))
                    .collect();
                lesson["glance"] = guide::glance(&ctx, l, &items, here);
            }
            lesson["body"] = json!(slot(bodies, html));
            lessons.push(lesson);
        }
        modules.push(json!({
            "id": m.id, "title": m.meta.title, "summary": m.meta.summary, "lessons": lessons,
            "title_attrs": lang_attrs(&m.meta.fallback, "title"), "summary_attrs": lang_attrs(&m.meta.fallback, "summary"),
        }));
    }
    modules
}

/// Objectives by id, each with the `lang` and `dir` of a text that fell back to
/// another language (an English objective reads left to right in an Arabic kit).
fn objectives_with_attrs<'a>(
    meta: &crate::source::model::CourseMeta,
    ids: impl Iterator<Item = &'a str>,
) -> Vec<Value> {
    ids.filter_map(|id| meta.objectives.iter().find(|o| o.id == id))
        .map(|o| json!({ "text": o.text, "attrs": lang_attrs(&meta.fallback, &format!("objective:{}", o.id)) }))
        .collect()
}

/// Numbers in the kit language's digits (Arabic-Indic on Arabic kits).
fn digits_of(locale: &str) -> impl Fn(&str) -> String {
    let numbers = crate::l10n::numbers::NumberFormat::for_locale(locale);
    move |text: &str| numbers.native_digits(text)
}

/// The agenda's sessions with the materials each needs and its run of show.
fn session_list(input: &KitInput, gathered: &Gathered) -> Vec<Value> {
    let t = input.target;
    let found = &gathered.materials;
    let modules_of = |title: &str| -> Vec<String> {
        t.course
            .meta
            .schedule
            .as_ref()
            .and_then(|s| s.sessions.iter().find(|x| x.title == title))
            .map_or_else(|| t.course.modules.iter().map(|m| m.id.clone()).collect(), |s| s.modules.clone())
    };
    let piece = |f: &Found| materials_piece(input, f);
    input
        .agenda
        .sessions
        .iter()
        .map(|s| {
            let modules = modules_of(&s.title);
            let materials: Vec<Value> = found.iter().filter(|f| modules.contains(&f.module.id)).map(piece).collect();
            let rows = guide::run_of_show(input, s, gathered, &piece);
            json!({ "title": s.title, "start": s.start, "end": s.end, "minutes": s.minutes, "target_minutes": s.target_minutes, "over": s.over, "modules": modules, "materials": materials, "rows": rows })
        })
        .collect()
}

/// Every question the region delivers, numbered, with lettered options and answers.
fn question_list(input: &KitInput, delivered: &[Found]) -> Vec<Value> {
    let t = input.target;
    delivered
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let mut value = input.cache.piece(f.directive, &t.locale, || question_piece(input, f));
            value["number"] = json!(i + 1);
            value
        })
        .collect()
}

/// A question rendered for the knowledge check and its key (numbered by the caller).
fn question_piece(input: &KitInput, f: &Found) -> Value {
    let ctx = body_context(input, f.module, f.lesson, View::Workbook);
    let q = question::parts(f.directive);
    let options: Vec<Value> = q
        .options
        .iter()
        .enumerate()
        .map(|(n, o)| json!({ "letter": letter(n), "html": inline_html(&ctx, &o.text, f.directive.line), "correct": o.correct }))
        .collect();
    let answer: Vec<String> = q.options.iter().enumerate().filter(|(_, o)| o.correct).map(|(n, _)| letter(n)).collect();
    json!({
        "module": f.module.meta.title, "lesson": f.lesson.front.title,
        "prompt": inline_html(&ctx, &q.prompt, f.directive.line), "options": options, "multi": q.multi_select(),
        "answer": answer.join(", "), "explanation": inline_html(&ctx, &q.explanation, f.directive.line),
    })
}

fn letter(n: usize) -> String {
    char::from(b'A' + (n % 26) as u8).to_string()
}

fn behaviours(input: &KitInput) -> Vec<Value> {
    let meta = &input.target.course.meta;
    meta.behaviours
        .iter()
        .map(|b| {
            let objectives: Vec<&str> = b
                .objectives
                .iter()
                .filter_map(|id| meta.objectives.iter().find(|o| &o.id == id).map(|o| o.text.as_str()))
                .collect();
            json!({ "id": b.id, "text": b.text, "objectives": objectives })
        })
        .collect()
}

fn kpi_csv(input: &KitInput) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["id", "kpi", "unit", "baseline", "target", "month 3", "month 6", "month 9"])
        .expect("in-memory csv");
    for k in &input.target.course.meta.kpis {
        let text = crate::output::spreadsheet_text;
        let (baseline, target) = (k.baseline.to_string(), k.target.to_string());
        w.write_record([k.id.as_str(), &text(&k.text), &text(&k.unit), &baseline, &target, "", "", ""])
            .expect("in-memory csv");
    }
    w.into_inner().expect("in-memory csv")
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_running_head_cannot_end_its_css_string_or_its_style_element() {
        let css = super::css_string("A \"b\" </style><script>x</script> \\ & 'c'");
        assert!(!css.contains('<') && !css.contains('"') && !css.contains('>'), "{css}");
        assert!(css.contains("\\3C /style\\3E "), "{css}");
    }
}
