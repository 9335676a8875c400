//! Rules of the directive pass: nesting, the closing rule, code blocks, errors.

use super::*;

fn run(text: &str) -> (Vec<Node>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let nodes = parse(&Body { file: "l.md", text: &text.into(), first_line: 5 }, &mut out);
    (nodes, out)
}

fn directive(n: &Node) -> &Directive {
    match n {
        Node::Directive(d) => d,
        Node::Text(t) => panic!("expected a directive, got text {:?}", t.src),
    }
}

#[test]
fn nested_directives_close_by_the_innermost_fence_no_longer_than_the_closer() {
    let text = "intro\n\n:::: activity {#ice minutes=20}\ncommon\n::: variant {activity_style=debate}\nargue\n:::\n::::\nafter\n";
    let (nodes, d) = run(text);
    assert!(d.is_empty(), "{d:?}");
    assert_eq!(nodes.len(), 3);
    let act = directive(&nodes[1]);
    assert_eq!(act.kind, DirectiveKind::Activity);
    assert_eq!(act.attrs.get("minutes"), Some("20"));
    assert_eq!(act.line, 7);
    assert_eq!(act.children.len(), 2);
    let variant = directive(&act.children[1]);
    assert_eq!(variant.attrs.get("activity_style"), Some("debate"));
    assert_eq!(
        &text[act.span.clone()],
        ":::: activity {#ice minutes=20}\ncommon\n::: variant {activity_style=debate}\nargue\n:::\n::::\n"
    );
}

#[test]
fn colons_inside_a_code_block_are_text() {
    let (nodes, d) = run("```md\n::: trainer\n:::\n```\n");
    assert!(d.is_empty(), "{d:?}");
    assert_eq!(nodes.len(), 1);
    assert!(matches!(&nodes[0], Node::Text(t) if t.src.contains("::: trainer")));
}

#[test]
fn an_unknown_directive_is_an_error_with_the_closest_name() {
    let (_, d) = run("::: trainr\nnote\n:::\n");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].code, "unknown-directive");
    assert_eq!((d[0].location.line, d[0].location.column), (5, 5));
    assert_eq!(d[0].help.as_deref(), Some("did you mean `trainer`?"));
}

#[test]
fn an_unclosed_fence_is_an_error_at_its_opening_line() {
    let (nodes, d) = run("text\n::: trainer\nnote\n");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].code, "unclosed-directive");
    assert_eq!(d[0].location.line, 6);
    assert_eq!(nodes.len(), 2);
}

#[test]
fn an_unclosed_unknown_directive_is_named_as_written() {
    let (_, d) = run("::: triner\nnote\n");
    let unclosed = d.iter().find(|d| d.code == "unclosed-directive").expect("reported unclosed");
    assert_eq!(unclosed.message, "the `triner` directive opened here is never closed");
}

#[test]
fn a_short_closer_skips_a_longer_inner_fence_and_reports_it_unclosed() {
    let (_, d) = run("::: only {region=sea}\n::::: trainer\nx\n:::\n");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].code, "unclosed-directive");
    assert_eq!(d[0].location.line, 6);
}

#[test]
fn a_stray_closing_fence_and_a_variant_outside_an_activity_are_errors() {
    let (_, d) = run(":::\n::: variant\n:::\n");
    let codes: Vec<_> = d.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["stray-fence", "misplaced-variant"]);
}

#[test]
fn a_bare_word_in_attributes_is_reported() {
    let (_, d) = run("::: activity {#x replace}\n:::\n");
    assert_eq!(d[0].code, "attribute-misparse");
    assert_eq!(d[0].help.as_deref(), Some("write `.replace` for a class"));
}

#[test]
fn nesting_past_the_limit_is_one_error_and_no_deep_tree() {
    let depth = 2000;
    let mut text = String::new();
    for i in 0..depth {
        text.push_str(&format!("{} only {{region=sea}}\n", ":".repeat(3 + depth - i)));
    }
    for i in (0..depth).rev() {
        text.push_str(&format!("{}\n", ":".repeat(3 + depth - i)));
    }
    let (nodes, d) = run(&text);
    let codes: Vec<&str> = d.iter().map(|d| d.code).collect();
    assert_eq!(codes, vec!["too-deep"], "{d:?}");
    let mut depth_seen = 0;
    let mut at = &nodes;
    while let Some(Node::Directive(inner)) = at.iter().find(|n| matches!(n, Node::Directive(_))) {
        depth_seen += 1;
        at = &inner.children;
    }
    assert_eq!(depth_seen, MAX_DEPTH);
}

#[test]
fn an_only_block_without_a_condition_and_a_question_level_other_than_2_are_errors() {
    let (_, d) = run("::: only {}\nx\n:::\n\n::: question {#q level=99}\nWhy?\n\n- [x] Yes\n:::\n");
    let codes: Vec<&str> = d.iter().map(|d| d.code).collect();
    assert_eq!(codes, vec!["only-condition", "question-level"]);
    assert_eq!((d[0].location.line, d[1].location.line), (5, 9));
    let (_, fine) = run("::: only {region=sea}\nx\n:::\n\n::: question {#q level=2}\nWhy?\n\n- [x] Yes\n:::\n");
    assert!(fine.is_empty(), "{fine:?}");
}

#[test]
fn a_pieces_word_count_is_counted_once_and_follows_a_new_source() {
    let mut t = Text::new("Two **words**".into(), 1, 0);
    assert_eq!(t.words(), 2);
    assert_eq!(t.words(), 2);
    t.set_src("Now [three](x.md) words".into());
    assert_eq!(t.words(), 3);
    assert_eq!(t, Text::new("Now [three](x.md) words".into(), 1, 0), "a count never makes two pieces differ");
}
