//! Per-section fallback, what always comes from the source, staleness, YAML merging.

use super::*;
use crate::hashing::hash;
use crate::l10n::translations::{self, CourseTranslation};
use crate::source::load::parse_lesson;
use std::collections::BTreeSet;

const SOURCE: &str = "---\ntitle: Why change fails\nduration: 45\n---\nIntro.\n\n## Case {#case}\n\nThe case.\n\n:::: activity {#ice minutes=10 title=\"Warm up\"}\nTalk.\n::::\n\n## Urgency {#urgency}\n\nWhy now.\n\n::: question {#q}\nFirst step?\n\n- [ ] Coalition\n- [x] Urgency\n:::\n";

fn translations(files: &[(&str, &str)]) -> Translations {
    let dir = tempfile::tempdir().unwrap();
    let mut set = BTreeSet::new();
    for (rel, text) in files {
        let path = dir.path().join("curricula/c").join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        set.insert(rel.to_string());
    }
    set.insert("m/l.md".into());
    std::fs::write(dir.path().join("curricula/c/m/l.md"), SOURCE).unwrap();
    let built: BTreeSet<String> = ["vi".to_string(), "de".to_string()].into();
    let mut out = Vec::new();
    let t = translations::load(dir.path(), "curricula/c", &set, &built, &Default::default(), &mut out);
    assert!(out.is_empty(), "{out:?}");
    t
}

fn source() -> Lesson {
    parse_lesson("curricula/c/m/l.md", "l", SOURCE, &mut Vec::new()).unwrap()
}

fn shown(s: &Section) -> (Option<&str>, Option<&str>, bool) {
    (s.id(), s.shown.lang.as_deref(), s.shown.stale)
}

#[test]
fn each_section_comes_from_the_first_language_of_the_chain_that_has_it() {
    let vi = "---\ntitle: Vì sao thay đổi thất bại\n---\nGiới thiệu.\n\n## Tình huống {#case}\n\nTình huống.\n\n:::: activity {#ice minutes=99 title=\"Khởi động\"}\nNói.\n::::\n";
    let t = translations(&[("m/l.vi.md", vi)]);
    let chain = vec!["vi".to_string(), "en".to_string()];
    let l = Localizer { translations: &t, chain: &chain }.lesson(&source(), "en");
    assert_eq!(l.front.title, "Vì sao thay đổi thất bại");
    let sections: Vec<_> = l.root.walk().into_iter().map(shown).collect();
    assert_eq!(
        sections,
        [(None, Some("vi"), false), (Some("case"), Some("vi"), false), (Some("urgency"), Some("en"), false)]
    );
    let case = &l.root.children[0];
    assert_eq!(case.heading.as_ref().unwrap().title, "Tình huống");
    let Node::Directive(act) = &case.body[1] else { panic!("the activity") };
    assert_eq!(act.attrs.get("minutes"), Some("10"), "minutes come from the source");
    assert_eq!(act.attrs.get("title"), Some("Khởi động"), "the title is translated");
}

#[test]
fn the_marks_of_a_question_come_from_the_source() {
    let de = "## Dringlichkeit {#urgency}\n\nWarum jetzt.\n\n::: question {#q}\nErster Schritt?\n\n- [x] Koalition\n- [ ] Dringlichkeit\n:::\n";
    let t = translations(&[("m/l.de.md", de)]);
    let chain = vec!["de".to_string(), "en".to_string()];
    let l = Localizer { translations: &t, chain: &chain }.lesson(&source(), "en");
    let Node::Directive(q) = &l.root.children[1].body[1] else { panic!("the question") };
    let parts = crate::source::question::parts(q);
    assert_eq!(
        parts.options.iter().map(|o| (o.text.as_str(), o.correct)).collect::<Vec<_>>(),
        [("Koalition", false), ("Dringlichkeit", true)]
    );
}

#[test]
fn a_translation_stamped_against_older_source_text_is_stale() {
    let src = source();
    let current = hash(&src.body[src.root.children[0].span.clone()]);
    let vi_fresh = format!("---\nsource_hashes:\n  case: \"{current}\"\n---\n## Tình huống {{#case}}\n\nx\n");
    let vi_old = "---\nsource_hashes:\n  case: \"0000\"\n---\n## Tình huống {#case}\n\nx\n";
    let chain = vec!["vi".to_string(), "en".to_string()];
    for (text, stale) in [(vi_fresh.as_str(), false), (vi_old, true)] {
        let t = translations(&[("m/l.vi.md", text)]);
        let l = Localizer { translations: &t, chain: &chain }.lesson(&src, "en");
        assert_eq!(l.root.children[0].shown.stale, stale);
    }
}

#[test]
fn course_yaml_falls_back_key_by_key_and_merges_lists_by_id() {
    let meta: crate::source::model::CourseMeta = yaml_serde::from_str(
        "title: Leading\nsummary: S\nobjectives:\n  - { id: a, text: Lead }\n  - { id: b, text: Coach }\n",
    )
    .unwrap();
    let vi = CourseTranslation {
        title: Some("Lãnh đạo".into()),
        objectives: vec![translations::ItemText { id: "b".into(), text: Some("Huấn luyện".into()), unit: None }],
        ..Default::default()
    };
    let mut t = Translations::default();
    t.courses.insert(
        "c/course.yaml".into(),
        vec![Translated { locale: "vi".into(), file: "c/course.vi.yaml".into(), value: vi }],
    );
    let chain = vec!["vi".to_string(), "en".to_string()];
    let out = Localizer { translations: &t, chain: &chain }.course_meta("c/course.yaml", &meta);
    assert_eq!((out.title.as_str(), out.summary.as_str()), ("Lãnh đạo", "S"));
    assert_eq!(out.objectives[0].text, "Lead");
    assert_eq!(out.objectives[1].text, "Huấn luyện");
}
