//! Rules of section splitting: nesting, spans, `_root`, attribute warnings.

use super::*;
use crate::source::directives::{self, Body};

fn run(text: &str) -> (Section, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let nodes = directives::parse(&Body { file: "l.md", text: &text.into(), first_line: 1 }, &mut out);
    (build("l.md", text.len(), nodes, &mut out), out)
}

#[test]
fn a_section_runs_to_the_next_heading_of_the_same_or_higher_level() {
    let text = "Intro.\n\n## A {#a}\n\nx\n\n### A1 {#a1}\n\ny\n\n## B {#b}\n\nz\n";
    let (root, d) = run(text);
    assert!(d.is_empty(), "{d:?}");
    assert_eq!(root.body.len(), 1);
    let ids: Vec<_> = root.children.iter().map(|s| s.id().unwrap()).collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(root.children[0].children[0].id(), Some("a1"));
    assert_eq!(&text[root.children[0].span.clone()], "## A {#a}\n\nx\n\n### A1 {#a1}\n\ny\n\n");
    assert_eq!(root.children[0].heading.as_ref().unwrap().line, 3);
}

#[test]
fn directives_stay_in_the_section_they_appear_in_and_headings_inside_code_do_not_split() {
    let text = "## A {#a}\n\n::: trainer\nnote\n:::\n\n```\n## not a heading\n```\n";
    let (root, _) = run(text);
    assert_eq!(root.children.len(), 1);
    let a = &root.children[0];
    assert!(matches!(a.body[0], Node::Directive(_)));
    assert!(a.children.is_empty());
}

#[test]
fn locked_class_and_title_without_attributes() {
    let (root, _) = run("## Safety rules {#safety .locked}\n\ntext\n");
    let s = &root.children[0];
    assert!(s.locked());
    assert_eq!(s.heading.as_ref().unwrap().title, "Safety rules");
}

#[test]
fn a_bare_word_or_text_after_the_braces_warns() {
    let (_, d) = run("## Case {#case replace}\n\n## Other {#o} extra\n");
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d[0].help.as_deref(), Some("write `.replace`"));
    assert_eq!((d[0].location.line, d[0].location.column), (1, 9));
    assert_eq!(d[1].location.line, 3);
    assert_eq!(d[1].location.column, 10);
}

#[test]
fn headings_inside_list_items_do_not_open_sections() {
    let (root, _) = run("- item\n\n  ## inside\n");
    assert!(root.children.is_empty());
}

#[test]
fn text_right_under_a_heading_and_two_headings_in_a_row_are_kept() {
    let (root, d) =
        run("## Route {#route}\nWear boots.\nAnd gloves.\n### Before {#before}\nText\n\nSetext\n------\nMore\n");
    assert!(d.is_empty(), "{d:?}");
    let route = &root.children[0];
    assert!(matches!(&route.body[0], Node::Text(t) if t.src == "Wear boots.\nAnd gloves.\n"), "{:?}", route.body);
    let before = &route.children[0];
    assert_eq!(before.id(), Some("before"));
    assert!(matches!(&before.body[0], Node::Text(t) if t.src.starts_with("Text")));
    assert_eq!(root.children[1].heading.as_ref().unwrap().title, "Setext", "a setext h2 closes the h2 before it");
}

#[test]
fn text_pieces_share_the_body_they_were_cut_from_instead_of_copying_it() {
    let body: arcstr::Substr = "Intro.\n\n## A {#a}\n\nx\n\n::: trainer\nnote\n:::\n\n## B {#b}\n\nz\n".into();
    let mut out = Vec::new();
    let nodes = directives::parse(&Body { file: "l.md", text: &body, first_line: 1 }, &mut out);
    let root = build("l.md", body.len(), nodes, &mut out);
    let mut pieces = Vec::new();
    fn collect<'a>(nodes: &'a [Node], into: &mut Vec<&'a Text>) {
        for n in nodes {
            match n {
                Node::Text(t) => into.push(t),
                Node::Directive(d) => collect(&d.children, into),
            }
        }
    }
    for s in root.walk() {
        collect(&s.body, &mut pieces);
    }
    assert_eq!(pieces.len(), 4, "{pieces:?}");
    for t in pieces {
        assert!(arcstr::ArcStr::ptr_eq(t.src.parent(), body.parent()), "{:?} is a copy", t.src);
        assert_eq!(&body[t.offset..t.offset + t.src.len()], t.src.as_str());
    }
}

/// Every text piece of a section tree, directives' included.
fn pieces(root: &Section) -> Vec<Text> {
    fn collect(nodes: &[Node], into: &mut Vec<Text>) {
        for n in nodes {
            match n {
                Node::Text(t) => into.push(t.clone()),
                Node::Directive(d) => collect(&d.children, into),
            }
        }
    }
    let mut all = Vec::new();
    for s in root.walk() {
        collect(&s.body, &mut all);
    }
    all
}

#[test]
fn words_counted_while_finding_headings_are_those_of_each_piece_read_alone() {
    let samples = [
        "Intro with `code` and **bold**.\n\n## A {#a}\n\n- one item\n- two *items*\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n### A1\n\n```\nlet x = 1;\n```\n",
        "Setext\n======\n\nBody text.\n\nSub\n---\n\n> quoted words\n> go on\n\n<div>html block</div>\n\nend",
        "Tôi là người Việt.\n\n## Phần {#p}\n\n変化を導く 3.14 and 1,000 can't e.g.\n",
    ];
    for text in samples {
        let (root, _) = run(text);
        for t in pieces(&root) {
            assert!(t.is_counted(), "{:?} was not counted with the headings", t.src);
            assert_eq!(t.words(), words(&t.src), "{:?}", t.src);
        }
    }
    // A definition elsewhere could change how a piece reads: each counts itself.
    let (root, _) = run("See [the guide][g].\n\n## A {#a}\n\nMore[^1].\n\n[g]: guide.md\n[^1]: A note.\n");
    for t in pieces(&root) {
        assert!(!t.is_counted());
        assert_eq!(t.words(), words(&t.src));
    }
}

#[test]
fn every_example_lesson_counts_the_same_words_either_way() {
    let mut checked = 0;
    for entry in walkdir::WalkDir::new("curricula").into_iter().filter_map(Result::ok) {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        let body = crate::source::frontmatter::split(&text).body.to_string();
        let (root, _) = run(&body);
        for t in pieces(&root) {
            assert_eq!(t.words(), words(&t.src), "{}: {:?}", path.display(), t.src);
            checked += 1;
        }
    }
    assert!(checked > 500, "only {checked} pieces: were the example curricula found?");
}
