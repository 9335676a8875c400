//! Reading overlay files: operations, their kinds and targets, and misspelled ones.

use super::*;

fn ops(text: &str) -> (Vec<(OpKind, String, usize)>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let ov = parse("o.md", "sea", "m", "l", text, true, &mut out).unwrap();
    (ov.operations.iter().map(|o| (o.kind, o.target.clone(), o.line)).collect(), out)
}

#[test]
fn headings_and_directives_become_operations_in_file_order() {
    let text = "---\ntitle: Local\n---\n:::: activity {#ice .replace minutes=10}\nNew.\n::::\n\n## {#case .replace}\n\nNew case.\n\n## Rules {#rules after=safety}\n\nText.\n\n## {#old .remove}\n\n## {#wrap .append}\n\nMore.\n";
    let (ops, d) = ops(text);
    assert!(d.is_empty(), "{d:?}");
    assert_eq!(
        ops,
        [
            (OpKind::Replace, "ice".into(), 4),
            (OpKind::Replace, "case".into(), 8),
            (OpKind::InsertAfter, "safety".into(), 12),
            (OpKind::Remove, "old".into(), 16),
            (OpKind::Append, "wrap".into(), 18),
        ]
    );
}

#[test]
fn an_operation_without_its_dot_is_an_error_that_says_so() {
    let (_, d) = ops("## {#case replace}\n\nText.\n");
    let op = d.iter().find(|d| d.code == "overlay-operation").expect("an operation error");
    assert!(op.message.contains("without its dot: write `.replace`"), "{}", op.message);
    assert_eq!(op.location.line, 1);
}

#[test]
fn text_outside_an_operation_and_a_heading_without_one_are_errors() {
    let (_, d) = ops("Stray text.\n\n## Just a heading {#x}\n");
    let codes: Vec<_> = d.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["overlay-text", "overlay-operation"]);
}

#[test]
fn every_piece_of_an_overlay_carries_its_file_and_line() {
    let mut out = Vec::new();
    let ov =
        parse("o.md", "sea", "m", "l", "## {#case .replace}\n\n::: trainer\nNote.\n:::\n", true, &mut out).unwrap();
    let OpContent::Section(s) = &ov.operations[0].content else { panic!("a section operation") };
    match &s.origin {
        crate::source::origin::Origin::Overlay(p) => {
            assert_eq!((p.file.as_str(), p.line, p.region.as_str()), ("o.md", 1, "sea"))
        }
        other => panic!("{other:?}"),
    }
}
