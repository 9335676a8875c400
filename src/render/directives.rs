//! The HTML of each directive (SPEC section 2) for a view: trainer notes only for the
//! facilitator, the region's activity variant, questions as a self-check, an answer
//! sheet or a blank form, materials boxes, and `only` blocks decided by the region.

use super::escape_html;
use super::markdown::{Renderer, View};
use crate::overlay::profile::{applies, choose_variant};
use crate::source::directives::{Directive, DirectiveKind, Node};
use crate::source::question;
use fluent::FluentArgs;

/// The directive's HTML, or `None` when it shows nothing in this view.
pub(super) fn render(r: &Renderer, d: &Directive) -> Option<String> {
    // The agenda times only activities at section level (or in an `only` block): an
    // activity inside a note, a variant or another activity has no start of its own.
    let depth = r.nesting.get();
    r.nesting.set(depth + u32::from(d.kind != DirectiveKind::Only));
    let html = render_kind(r, d, depth == 0);
    r.nesting.set(depth);
    html
}

fn render_kind(r: &Renderer, d: &Directive, timed: bool) -> Option<String> {
    match d.kind {
        DirectiveKind::Trainer => (r.ctx.view == View::Facilitator).then(|| {
            format!(
                "<aside class=\"trainer-note\"><p class=\"box-label\">{}</p>\n{}</aside>\n",
                escape_html(&r.t("trainer-note")),
                r.fragment(&d.children)
            )
        }),
        DirectiveKind::Activity => Some(activity(r, d, timed)),
        DirectiveKind::Variant => Some(r.fragment(&d.children)),
        // Learners never see an assessed question, nor its answer, before the test.
        DirectiveKind::Question if d.is_assessed() && r.ctx.view != View::Facilitator => None,
        DirectiveKind::Question => Some(question_html(r, d)),
        // What a trainer brings is no part of the participant's own workbook.
        DirectiveKind::Materials if r.ctx.view == View::Worksheets => None,
        DirectiveKind::Materials => Some(format!(
            "<aside class=\"materials\"><p class=\"box-label\">{}</p>\n{}</aside>\n",
            escape_html(&r.t("materials")),
            r.fragment(&d.children)
        )),
        DirectiveKind::Only => applies(&d.attrs, r.ctx.region).then(|| r.fragment(&d.children)),
    }
}

fn activity(r: &Renderer, d: &Directive, timed: bool) -> String {
    let variants = d.variants();
    let chosen = choose_variant(&variants, r.ctx.region);
    // Steps first, then the region's variant, then the trainer's notes: the debrief
    // comes after the activity however the author ordered it.
    let is = |n: &Node, kind| matches!(n, Node::Directive(v) if v.kind == kind);
    let common: Vec<Node> = d
        .children
        .iter()
        .filter(|n| !is(n, DirectiveKind::Variant) && !is(n, DirectiveKind::Trainer))
        .cloned()
        .collect();
    let notes: Vec<Node> = d.children.iter().filter(|n| is(n, DirectiveKind::Trainer)).cloned().collect();
    let mut args = FluentArgs::new();
    let minutes: u32 = d.attrs.get("minutes").and_then(|m| m.parse().ok()).unwrap_or(0);
    args.set("minutes", minutes);
    let title = d.attrs.get("title").map(escape_html).unwrap_or_default();
    let id = d.attrs.id.as_deref().map(|i| format!(" id=\"{}\"", escape_html(&r.element_id(i)))).unwrap_or_default();
    // The guide's activities carry their start, which depends on the region's schedule
    // while the body is shared: the kit fills the mark in per target.
    let start = if r.ctx.view == View::Facilitator && timed { START_MARK } else { "" };
    let mut html = format!(
        "<div class=\"activity\"{id}><p class=\"box-label\">{} {start}<span class=\"minutes\">{}</span></p>\n",
        escape_html(&r.t("activity")),
        escape_html(&r.t_args("duration-minutes", &args)),
    );
    if !title.is_empty() {
        html.push_str(&format!("<p class=\"activity-title\"><strong>{title}</strong></p>\n"));
    }
    html.push_str(&r.fragment(&common));
    if let Some(v) = chosen {
        // Regions that choose the same variant share this body: the kit names its own.
        if r.ctx.view == View::Facilitator && variants.len() > 1 {
            html.push_str(&format!("<p class=\"variant-label\">{VARIANT_MARK}</p>\n"));
        }
        html.push_str(&r.fragment(&v.children));
    }
    if !notes.is_empty() {
        html.push_str(&r.fragment(&notes));
    }
    if r.ctx.view.is_paper() {
        html.push_str(WRITE_SPACE);
    }
    html.push_str("</div>\n");
    html
}

/// Where the facilitator guide writes an activity's start time.
pub const START_MARK: &str = "<!--glocal-activity-start-->";

/// Where the facilitator guide names the region whose variant an activity shows.
pub const VARIANT_MARK: &str = "<!--glocal-variant-region-->";

/// Lined room to write in a printed workbook.
const WRITE_SPACE: &str = "<div class=\"write-space\" aria-hidden=\"true\"></div>\n";

fn question_html(r: &Renderer, d: &Directive) -> String {
    let q = question::parts(d);
    let raw_id = d.attrs.id.clone().unwrap_or_else(|| format!("q-line-{}", d.line));
    let id = escape_html(&r.element_id(&raw_id));
    let kind = if q.multi_select() { "checkbox" } else { "radio" };
    let prompt = r.inline(&q.prompt, d.line + 1);
    let hint = if q.multi_select() { r.t("question-select-all") } else { r.t("question-select-one") };
    // On the site a question is a form to answer; on paper it is a block to read.
    let (open, close) = match r.ctx.view {
        View::Site => {
            (format!("<form class=\"self-check\" id=\"{id}\" data-view=\"site\"><fieldset><legend>"), "</legend>")
        }
        _ => (
            format!(
                "<div class=\"question\" id=\"{id}\" data-view=\"{}\"><p class=\"box-label\">",
                view_name(r.ctx.view)
            ),
            "</p>",
        ),
    };
    let mut html = format!(
        "{open}{}{close}\n<div class=\"prompt\">{prompt}</div>\n<p class=\"hint\">{}</p>\n",
        escape_html(&r.t("question")),
        escape_html(&hint),
    );
    for (i, option) in q.options.iter().enumerate() {
        let text = r.inline(&option.text, d.line);
        let line = match r.ctx.view {
            View::Site => format!(
                "<label><input type=\"{kind}\" name=\"{id}\" value=\"{i}\"{}> {text}</label>\n",
                if option.correct { " data-correct" } else { "" }
            ),
            View::Facilitator => format!(
                "<p class=\"option{}\"><span class=\"mark\" aria-hidden=\"true\">{}</span> {text}{}</p>\n",
                if option.correct { " correct" } else { "" },
                if option.correct { "☑" } else { "☐" },
                if option.correct {
                    format!(" <strong>({})</strong>", escape_html(&r.t("answer-correct")))
                } else {
                    String::new()
                },
            ),
            View::Workbook | View::Worksheets => {
                format!("<p class=\"option\"><span class=\"mark\" aria-hidden=\"true\">☐</span> {text}</p>\n")
            }
        };
        html.push_str(&line);
    }
    if r.ctx.view == View::Site {
        html.push_str("</fieldset>\n");
    }
    let explanation = if q.explanation.is_empty() { String::new() } else { r.inline(&q.explanation, d.line) };
    match r.ctx.view {
        // The explanation and the marked answer come after the learner commits to a
        // right answer or asks for it: a wrong try is only told to try again.
        View::Site => html.push_str(&format!(
            "<p class=\"actions\"><button type=\"submit\">{}</button> <button type=\"button\" class=\"reveal\" hidden>{}</button></p>\n<p class=\"feedback\" role=\"status\" hidden></p>\n<div class=\"explanation\" hidden>{explanation}</div>\n",
            escape_html(&r.t("question-check")),
            escape_html(&r.t("question-reveal")),
        )),
        View::Facilitator if !explanation.is_empty() => {
            html.push_str(&format!("<div class=\"explanation\">{explanation}</div>\n"))
        }
        View::Workbook | View::Worksheets => html.push_str(WRITE_SPACE),
        _ => {}
    }
    html.push_str(if r.ctx.view == View::Site { "</form>\n" } else { "</div>\n" });
    html
}

fn view_name(view: View) -> &'static str {
    match view {
        View::Site => "site",
        View::Facilitator => "facilitator",
        View::Workbook | View::Worksheets => "workbook",
    }
}
