//! Property tests over generated input: the loaders never panic, whatever a lesson,
//! an overlay or a Fluent file holds, and what they promise holds for every input
//! (spans inside the body, ids unique once reported, overlays applied or refused).
//! `PROPTEST_CASES=20000 cargo test properties` runs the longer search (not in CI).

use crate::diagnostics::Diagnostic;
use crate::l10n::{FtlFile, Layer};
use crate::source::directives::{self, Body, Node};
use proptest::prelude::*;

/// Lines a lesson is made of: headings with attribute blocks, fences of every length,
/// directive names (known or not), code fences, messages, footnotes, raw HTML, BOMs.
fn lesson_line() -> impl Strategy<Value = String> {
    prop_oneof![
        "#{1,7} [a-zA-Zé ]{0,12}( \\{[#.a-z0-9=\" -]{0,12}\\})?",
        ":{3,6} (activity|variant|question|only|trainer|materials|trainr)( \\{[#.a-z0-9=,\" -]{0,16}\\})?",
        Just(":::".to_string()),
        Just("::::".to_string()),
        "(```|~~~)[a-z]{0,3}",
        "- \\[[ x]\\] [a-z ]{0,10}",
        "[a-zA-Z ]{0,20}\\{\\{ ?[a-zé-]{0,8}( [a-z]+=[0-9]+)? ?\\}\\}[a-z ]{0,5}",
        "[a-z]{0,5}\\[\\^[a-z\" =]{0,8}\\][a-z]{0,5}",
        "<(div|script|img|a)[ a-z=\"]{0,12}>",
        "\u{feff}?[a-zA-Z0-9 .,|-]{0,30}",
        Just(String::new()),
    ]
}

fn lesson_text() -> impl Strategy<Value = String> {
    prop::collection::vec(lesson_line(), 0..40).prop_map(|lines| lines.join("\n"))
}

fn ftl_text() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        "[a-z]{1,6} = [a-zA-Z ]{0,10}(\\{ ?-?[a-z]{1,6} ?\\})?[a-z ]{0,5}",
        "-[a-z]{1,6} = [a-zA-Z]{0,8}",
        "[a-z]{1,6} = \\{ \\$[a-z]{1,4} ->",
        "    \\*?\\[[a-z]{1,5}\\] [a-z{} ]{0,12}",
        Just("}".to_string()),
        "[{} \"a-z=#.-]{0,20}",
    ];
    prop::collection::vec(line, 0..30).prop_map(|lines| lines.join("\n") + "\n")
}

/// 256 cases in the test suite; `PROPTEST_CASES` for a longer run.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256)
}

fn spans_inside(nodes: &[Node], len: usize) -> bool {
    nodes.iter().all(|n| match n {
        Node::Text(t) => t.offset + t.src.len() <= len,
        Node::Directive(d) => d.span.start <= d.span.end && d.span.end <= len && spans_inside(&d.children, len),
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_lesson_of_any_lines_loads_without_panic_and_its_spans_stay_in_the_body(body in lesson_text()) {
        let mut out: Vec<Diagnostic> = Vec::new();
        let nodes = directives::parse(&Body { file: "l.md", text: &body.as_str().into(), first_line: 1 }, &mut out);
        prop_assert!(spans_inside(&nodes, body.len()));
        let root = crate::source::sections::build("l.md", body.len(), nodes, &mut out);
        for s in root.walk() {
            prop_assert!(s.span.end <= body.len());
        }
        let text = format!("---\ntitle: T\nduration: 5\n---\n{body}");
        let _ = crate::source::load::parse_lesson("c/m/l.md", "l", &text, &mut out);
        let _ = crate::source::messages::find(&body);
        for d in &out {
            prop_assert!(d.location.line >= 1 && d.location.column >= 1);
        }
    }

    #[test]
    fn an_overlay_of_any_lines_is_applied_or_refused_and_never_duplicates_an_id_unseen(core in lesson_text(), overlay in lesson_text()) {
        let mut out = Vec::new();
        let core_text = format!("---\ntitle: T\nduration: 30\n---\n{core}");
        let Some(mut lesson) = crate::source::load::parse_lesson("c/m/l.md", "l", &core_text, &mut out) else {
            return Ok(());
        };
        let file = "c/overlays/sea/m/l.md";
        if let Some(ov) = crate::overlay::load::parse(file, "sea", "m", "l", &overlay, true, &mut out) {
            crate::overlay::apply::apply_lesson(&mut lesson, &ov, &mut out);
            let _ = crate::overlay::pin::current_hashes(&crate::source::load::parse_lesson("c/m/l.md", "l", &core_text, &mut Vec::new()).unwrap(), &ov);
        }
        let mut ids: Vec<&str> = lesson.root.walk().into_iter().filter_map(|s| s.id()).collect();
        let all = ids.len();
        ids.sort_unstable();
        ids.dedup();
        let reported = out.iter().any(|d| d.severity == crate::diagnostics::Severity::Error);
        prop_assert!(ids.len() == all || reported, "a duplicate id in the adapted lesson went unreported");
    }

    #[test]
    fn a_fluent_file_of_any_lines_parses_and_is_checked_without_panic(text in ftl_text()) {
        let mut out = Vec::new();
        let layer = Layer { files: vec![FtlFile::parse("c/en.ftl", "en", &text, &mut out)] };
        crate::l10n::references::check(&layer, &[&layer], &mut out);
        crate::l10n::references::check_loops(&layer, &[&layer], &mut out);
        layer.check_duplicates(&mut out);
        let catalog = crate::l10n::Catalog::new(&[&layer]);
        for (id, _) in layer.files[0].ids() {
            let _ = catalog.format(&["en".to_string()], id, None);
        }
    }

    #[test]
    fn front_matter_of_any_text_is_split_or_left_as_body(text in "(---\n)?[a-z: \n-]{0,60}(---\n)?[a-z\n]{0,20}") {
        let split = crate::source::frontmatter::split(&text);
        prop_assert!(split.yaml.len() + split.body.len() <= text.len());
        prop_assert!(split.body_line >= 1);
    }
}
