//! Tree edits: each operation, levels, titles, locked sections and unknown targets.

use super::*;
use crate::overlay::load::parse;
use crate::source::load::parse_lesson;

const CORE: &str = "---\ntitle: Core\nduration: 30\n---\nIntro.\n\n## Case {#case}\n\nCore case.\n\n### Detail {#detail}\n\nCore detail.\n\n## Safety {#safety .locked}\n\n### Inside {#inside}\n\nRules.\n\n## Wrap {#wrap}\n\n:::: activity {#ice minutes=10}\nCore activity.\n::::\n";

fn adapted(overlay: &str) -> (Lesson, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let mut lesson = parse_lesson("c/m/l.md", "l", CORE, &mut out).unwrap();
    let ov = parse("c/overlays/sea/m/l.md", "sea", "m", "l", overlay, true, &mut out).unwrap();
    assert!(out.is_empty(), "{out:?}");
    apply_lesson(&mut lesson, &ov, &mut out);
    (lesson, out)
}

fn ids(l: &Lesson) -> Vec<String> {
    l.root.walk().iter().map(|s| s.id().unwrap_or("·").to_string()).collect()
}

#[test]
fn replace_keeps_the_core_level_and_id_and_an_empty_title_keeps_the_core_title() {
    let (l, d) = adapted("# {#case .replace}\n\nRegional case.\n\n## Local detail {#local}\n\nMore.\n");
    assert!(d.is_empty(), "{d:?}");
    let case = &l.root.children[0];
    let h = case.heading.as_ref().unwrap();
    assert_eq!((h.title.as_str(), h.level, case.id()), ("Case", 2, Some("case")));
    assert!(case.origin.is_overlay());
    assert_eq!(case.children[0].heading.as_ref().unwrap().level, 3, "children shift with the operation");
    assert_eq!(ids(&l), ["·", "case", "local", "safety", "inside", "wrap"]);
}

#[test]
fn remove_and_insert_after_and_before() {
    let (l, d) = adapted(
        "## {#detail .remove}\n\n## Local rules {#rules after=safety}\n\nText.\n\n## First {#first before=case}\n\nText.\n",
    );
    assert!(d.is_empty(), "{d:?}");
    assert_eq!(ids(&l), ["·", "first", "case", "safety", "inside", "rules", "wrap"]);
    assert_eq!(l.root.children[3].heading.as_ref().unwrap().level, 2);
}

#[test]
fn append_adds_after_the_children_of_its_target() {
    let (l, d) = adapted("## {#case .append}\n\nAppended text.\n");
    assert!(d.is_empty(), "{d:?}");
    let case = &l.root.children[0];
    assert_eq!(case.children.len(), 2);
    assert!(case.children[1].heading.is_none() && case.children[1].origin.is_overlay());
}

#[test]
fn a_locked_section_and_anything_inside_it_cannot_be_changed() {
    let (_, d) = adapted(
        "## {#safety .append}\n\nNo.\n\n## {#inside .replace}\n\nNo.\n\n## Extra {#extra after=inside}\n\nNo.\n\n## Beside {#beside after=safety}\n\nYes.\n",
    );
    let found: Vec<_> = d.iter().map(|d| (d.code, d.location.line)).collect();
    assert_eq!(found, [("locked-section", 1), ("locked-section", 5), ("locked-section", 9)]);
}

#[test]
fn an_unknown_target_names_the_closest_id() {
    let (_, d) = adapted("## {#cas .replace}\n\nText.\n");
    assert_eq!(d[0].code, "overlay-target");
    assert_eq!(d[0].location.column, 6, "the column of the id, not of the heading");
    assert!(d[0].help.as_deref().unwrap().starts_with("did you mean `case`?"), "{:?}", d[0].help);
}

#[test]
fn two_operations_on_one_target_are_an_error() {
    let (_, d) = adapted("## {#case .append}\n\nOne.\n\n## {#case .append}\n\nTwo.\n");
    assert_eq!(d[0].code, "overlay-twice");
}

#[test]
fn a_directive_is_replaced_in_place_and_keeps_its_id() {
    let (l, d) = adapted(":::: activity {#ice .replace minutes=15}\nRegional activity.\n::::\n");
    assert!(d.is_empty(), "{d:?}");
    let wrap = &l.root.children[2];
    let Node::Directive(act) = &wrap.body[0] else { panic!("the activity") };
    assert_eq!((act.attrs.id.as_deref(), act.attrs.get("minutes")), (Some("ice"), Some("15")));
    assert!(act.origin.is_overlay() && act.attrs.classes.is_empty());
}

#[test]
fn front_matter_overrides_title_and_duration() {
    let (l, _) = adapted("---\ntitle: Regional title\nduration: 40\n---\n## {#case .append}\n\nx\n");
    assert_eq!((l.front.title.as_str(), l.front.duration), ("Regional title", 40));
}

#[test]
fn a_regional_id_that_the_core_uses_already_and_activities_too_long_are_reported() {
    let (_, d) = adapted(
        "## Copy {#copy after=case}\n\nText.\n\n### Inner {#detail}\n\nAgain.\n\n:::: activity {#ice .replace minutes=45}\nLong.\n::::\n",
    );
    let found: Vec<_> = d.iter().map(|d| (d.code, d.location.line)).collect();
    assert!(found.contains(&("duplicate-id", 5)), "{found:?}");
    assert!(found.iter().any(|f| f.0 == "activities-too-long"), "{found:?}");
}

#[test]
fn a_placement_error_points_at_the_after_id_even_when_the_new_id_shares_its_start() {
    let (_, d) = adapted("## Local {#cas-local after=cas}\n\nText.\n");
    assert_eq!(d[0].code, "overlay-target");
    assert_eq!(d[0].location.column, 28);
}

#[test]
fn a_section_placed_beside_a_target_does_not_count_as_a_change_to_it() {
    let (_, d) = adapted("## Next {#next after=case}\n\nText.\n\n## {#case .append}\n\nMore.\n");
    assert!(d.iter().all(|d| d.code != "overlay-twice"), "{d:?}");
}

#[test]
fn placing_a_section_beside_one_the_overlay_removes_is_an_error_in_either_order() {
    for text in [
        "## {#case .remove}\n\n## Next {#next after=case}\n\nText.\n",
        "## Next {#next before=case}\n\nText.\n\n## {#case .remove}\n",
    ] {
        let (_, d) = adapted(text);
        assert!(d.iter().any(|d| d.code == "overlay-twice" && d.message.contains("removed")), "{text}: {d:?}");
    }
}
