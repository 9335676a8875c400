//! Hashes, the `based_on` block written without touching other bytes, staleness.

use super::*;
use crate::overlay::load::parse;
use crate::source::load::parse_lesson;

#[test]
fn the_hash_is_sha256_of_the_text_with_lf_endings() {
    assert_eq!(hash("a\r\nb\n"), hash("a\nb\n"));
    assert_eq!(hash(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

#[test]
fn pinning_changes_only_the_based_on_key_and_keeps_comments_and_order() {
    let text = "---\n# regional manager: Lan\ntitle: Local # why\nbased_on:\n  old: \"x\"\nduration: 40\n---\nBody {{ x }}\r\n";
    let pinned = pin_text(text, &[("case".into(), "abc".into())]).unwrap();
    assert_eq!(
        pinned,
        "---\n# regional manager: Lan\ntitle: Local # why\nbased_on:\n  case: \"abc\"\nduration: 40\n---\nBody {{ x }}\r\n"
    );
    assert_eq!(pin_text(&pinned, &[("case".into(), "abc".into())]), None, "pinning twice changes nothing");
    let fresh = pin_text("---\ntitle: T\n---\nBody\n", &[("a".into(), "1".into())]).unwrap();
    assert_eq!(fresh, "---\ntitle: T\nbased_on:\n  a: \"1\"\n---\nBody\n");
    assert_eq!(pin_text("Body\n", &[("a".into(), "1".into())]).unwrap(), "---\nbased_on:\n  a: \"1\"\n---\nBody\n");
}

#[test]
fn a_changed_core_section_makes_a_pinned_overlay_stale_and_an_unpinned_one_warns() {
    let mut out = Vec::new();
    let core =
        parse_lesson("c/m/l.md", "l", "---\ntitle: T\nduration: 5\n---\n## Case {#case}\n\nOld text.\n", &mut out)
            .unwrap();
    let ov_text = "## {#case .append}\n\nMore.\n";
    let ov = parse("o.md", "sea", "m", "l", ov_text, true, &mut out).unwrap();
    let hashes = current_hashes(&core, &ov);
    assert_eq!(hashes[0].1, hash("## Case {#case}\n\nOld text.\n"));
    check(&core, &ov, &mut out);
    assert_eq!(out[0].code, "overlay-unpinned");
    let pinned = parse("o.md", "sea", "m", "l", &pin_text(ov_text, &hashes).unwrap(), true, &mut Vec::new()).unwrap();
    assert!(check(&core, &pinned, &mut Vec::new()).is_empty());
    let changed =
        parse_lesson("c/m/l.md", "l", "---\ntitle: T\nduration: 5\n---\n## Case {#case}\n\nNew text.\n", &mut out)
            .unwrap();
    let stale = check(&changed, &pinned, &mut Vec::new());
    assert_eq!(stale.len(), 1);
    assert_eq!(stale[0].section, "case");
}

#[test]
fn a_crlf_file_keeps_its_front_matter_and_line_endings() {
    let text = "---\r\ntitle: Local\r\nduration: 35\r\n---\r\nBody\r\n";
    let pinned = pin_text(text, &[("case".into(), "abc".into())]).unwrap();
    assert_eq!(pinned, "---\r\ntitle: Local\r\nduration: 35\r\nbased_on:\r\n  case: \"abc\"\r\n---\r\nBody\r\n");
    assert_eq!(pin_text(&pinned, &[("case".into(), "abc".into())]), None);
}

#[test]
fn a_pin_for_a_section_the_overlay_does_not_touch_warns_with_the_closest_id() {
    let mut out = Vec::new();
    let core =
        parse_lesson("c/m/l.md", "l", "---\ntitle: T\nduration: 5\n---\n## Case {#case-study}\n\nText.\n", &mut out)
            .unwrap();
    let ov_text = "---\nbased_on:\n  case-stdy: \"abc\"\n---\n## {#case-study .append}\n\nMore.\n";
    let ov = parse("o.md", "sea", "m", "l", ov_text, true, &mut out).unwrap();
    check(&core, &ov, &mut out);
    crate::diagnostics::place(&mut out, |_| Some(ov_text.into()));
    let unused = out.iter().find(|d| d.code == "overlay-pin-unused").expect("the stray pin is reported");
    assert_eq!(unused.help.as_deref(), Some("did you mean `case-study`?"));
    assert_eq!((unused.location.line, unused.location.column), (3, 3), "at the key");
    assert!(out.iter().any(|d| d.code == "overlay-unpinned"), "the real section is still unpinned");
}
