//! The share arithmetic: regional words, removed core words, variants and `only`.

use super::*;
use crate::overlay::apply::apply_lesson;
use crate::overlay::load::parse;
use crate::source::load::parse_lesson;
use std::collections::BTreeMap;

fn region(id: &str, style: Option<&str>) -> Region {
    let profile: BTreeMap<String, String> =
        style.map(|s| ("activity_style".to_string(), s.to_string())).into_iter().collect();
    Region { id: id.into(), name: id.into(), locales: vec![], timezone: None, profile, budget: None }
}

fn lesson(text: &str) -> Lesson {
    let mut out = Vec::new();
    parse_lesson("c/m/l.md", "l", text, &mut out).unwrap()
}

#[test]
fn words_follow_unicode_boundaries_and_skip_markup() {
    assert_eq!(words("**Hello**, [world](x.md) and `code`"), 4);
    assert_eq!(words("Xin chào các bạn"), 4);
    assert_eq!(words("変化を導く"), 5);
}

#[test]
fn a_replaced_section_counts_its_new_words_as_regional_and_the_old_as_removed() {
    let core = lesson(
        "---\ntitle: T\nduration: 5\n---\n## A {#a}\n\none two three four five six seven eight\n\n## B {#b}\n\nnine ten\n",
    );
    let global = region("global", None);
    let sea = region("sea", None);
    let mut adapted = core.clone();
    let mut out = Vec::new();
    let ov =
        parse("c/overlays/sea/m/l.md", "sea", "m", "l", "## {#b .replace}\n\nuno dos tres\n", true, &mut out).unwrap();
    apply_lesson(&mut adapted, &ov, &mut out);
    let (core_t, _) = lesson_tally(&core, &global, &global);
    let (t, contributions) = lesson_tally(&adapted, &sea, &global);
    // core: title (1) + "A" + 8 + "B" + 2 = 13; the region keeps "B" (the kept title) as regional.
    assert_eq!(core_t, Tally { core: 13, regional: 0 });
    assert_eq!(t, Tally { core: 10, regional: 4 });
    assert_eq!(contributions[0].words, 4);
}

#[test]
fn a_variant_other_than_globals_and_an_only_block_global_lacks_are_regional() {
    let core = lesson(
        "---\ntitle: T\nduration: 5\n---\nbase words\n\n:::: activity {#a minutes=5}\n::: variant {activity_style=debate}\nargue hard\n:::\n::: variant {activity_style=consensus}\nagree together now\n:::\n::::\n\n::: only {region=sea}\nmonsoon drains\n:::\n",
    );
    let global = region("global", None);
    let sea = region("sea", Some("consensus"));
    let (g, _) = lesson_tally(&core, &global, &global);
    let (s, c) = lesson_tally(&core, &sea, &global);
    assert_eq!(g, Tally { core: 5, regional: 0 });
    assert_eq!(s, Tally { core: 3, regional: 5 });
    assert_eq!(c.len(), 2);
}
