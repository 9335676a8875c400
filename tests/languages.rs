//! Languages end to end: per-section fallback with lang marks and notices, translated
//! overlays, stamps and staleness, translation errors, RTL, switchers and alternates.

mod common;

use common::{build_ok, fixture, glocal, read, walk};
use std::path::Path;

const VI: &str = "onboarding/sea/vi/01-basics/01-welcome/index.html";

fn check_json(root: &Path) -> serde_json::Value {
    let out = glocal().args(["check", "--format", "json", "--root"]).arg(root).output().unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

fn diagnostics<'a>(report: &'a serde_json::Value, code: &str) -> Vec<&'a serde_json::Value> {
    report["diagnostics"].as_array().unwrap().iter().filter(|d| d["code"] == code).collect()
}

#[test]
fn a_page_shows_each_section_in_the_first_language_of_its_chain_and_marks_fallbacks() {
    let (tmp, root) = fixture("languages");
    let out = tmp.path().join("site");
    build_ok(&root, &out);
    let page = read(&out.join(VI));
    assert!(page.contains("<html lang=\"vi\" dir=\"ltr\">"));
    assert!(page.contains("<h1>Chào mừng đến trung tâm Jurong</h1>"), "the overlay's translated title");
    assert!(
        page.contains("Chào mừng bạn đến kho Riverside, một đội 1.200 người."),
        "messages and numbers in Vietnamese"
    );
    assert!(page.contains("<h2 id=\"site-map\">Sơ đồ kho</h2>"));
    assert!(page.contains("<h2 id=\"local-rules\">Quy định địa phương</h2>"), "the overlay's own translation");
    let fallback = "<p class=\"l10n-notice\">Phần này chưa được dịch nên đang hiển thị bằng ngôn ngữ khác (English).</p><div class=\"l10n-lang\" lang=\"en\" dir=\"ltr\">";
    assert!(page.contains(fallback), "the appended overlay text has no Vietnamese: {page}");
    let tour = page.find("id=\"tour\"").unwrap();
    assert!(
        page[tour..].contains("Walk the floor with a buddy"),
        "the regional activity, untranslated, replaces the core's"
    );
}

#[test]
fn what_always_comes_from_the_source_does_and_check_warns_where_a_translation_differs() {
    let (tmp, root) = fixture("languages");
    let tr = root.join("curricula/onboarding/01-basics/01-welcome.vi.md");
    std::fs::write(&tr, read(&tr).replace("- [x] Cửa bắc\n- [ ] Bến", "- [ ] Cửa bắc\n- [x] Bến")).unwrap();
    let report = check_json(&root);
    let differs = diagnostics(&report, "translation-differs");
    assert_eq!(differs.len(), 1, "{report}");
    assert!(differs[0]["message"].as_str().unwrap().contains("`[x]` marks"));
    let out = tmp.path().join("site");
    build_ok(&root, &out);
    let page = read(&out.join("onboarding/sea/vi/01-basics/01-welcome/index.html"));
    assert!(page.contains("value=\"0\" data-correct> Cửa bắc"), "the source's marks are used");
}

#[test]
fn translation_mistakes_are_reported_with_the_closest_alternative() {
    let (_tmp, root) = fixture("languages");
    let dir = root.join("curricula/onboarding/01-basics");
    std::fs::write(dir.join("02-safety-walk.vi.md"), "## Lộ trình {#rout}\n\nĐi.\n").unwrap();
    std::fs::write(dir.join("09-gone.vi.md"), "Xin chào.\n").unwrap();
    std::fs::write(dir.join("02-safety-walk.fr.md"), "## Itinéraire {#route}\n\nAllez.\n").unwrap();
    let report = check_json(&root);
    let id = &diagnostics(&report, "translation-id")[0];
    assert_eq!(
        (id["file"].as_str().unwrap(), id["line"].as_u64().unwrap()),
        ("curricula/onboarding/01-basics/02-safety-walk.vi.md", 1)
    );
    assert_eq!(id["help"], "did you mean `route`?");
    assert_eq!(diagnostics(&report, "orphan-translation")[0]["file"], "curricula/onboarding/01-basics/09-gone.vi.md");
    assert_eq!(diagnostics(&report, "unbuilt-locale")[0]["severity"], "warning");
}

#[test]
fn stamp_round_trip_stamp_change_the_source_see_it_stale_stamp_again() {
    let (tmp, root) = fixture("languages");
    let tr = root.join("curricula/onboarding/01-basics/01-welcome.vi.md");
    let body_before = read(&tr);
    glocal().arg("l10n").arg("stamp").arg("--root").arg(&root).arg(&tr).assert().success();
    let stamped = read(&tr);
    assert!(stamped.starts_with("---\ntitle: Chào mừng\nsource_hashes:\n  _root: \""), "{stamped}");
    assert!(
        stamped.ends_with(&body_before[body_before.find("\n---\n").unwrap() + 5..]),
        "the body is kept byte for byte"
    );
    assert!(diagnostics(&check_json(&root), "translation-stale").is_empty());

    let source = root.join("curricula/onboarding/01-basics/01-welcome.md");
    std::fs::write(&source, read(&source).replace("| Inbound | Ana |", "| Inbound | Ana |\n| Outbound | Bao |"))
        .unwrap();
    let report = check_json(&root);
    let stale = diagnostics(&report, "translation-stale");
    assert_eq!(stale.len(), 1, "{report}");
    assert!(stale[0]["message"].as_str().unwrap().contains("`site-map`"));
    let status = glocal().args(["status", "--format", "json", "--root"]).arg(&root).output().unwrap();
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    let vi = status["translations"].as_array().unwrap().iter().find(|t| t["locale"] == "vi").unwrap();
    assert_eq!(vi["sections_stale"], 1);
    let out = tmp.path().join("site");
    build_ok(&root, &out);
    assert!(read(&out.join(VI)).contains("class=\"l10n-notice stale\""));

    glocal().arg("l10n").arg("stamp").arg("--root").arg(&root).arg(&tr).assert().success();
    assert!(diagnostics(&check_json(&root), "translation-stale").is_empty());
}

#[test]
fn a_right_to_left_locale_gets_rtl_pages() {
    let (tmp, root) = fixture("languages");
    let out = tmp.path().join("site");
    build_ok(&root, &out);
    let page = read(&out.join("onboarding/mena/ar/01-basics/01-welcome/index.html"));
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(page.contains("<div class=\"l10n-lang\" lang=\"en\" dir=\"ltr\">"), "English fallback keeps its direction");
}

#[test]
fn switchers_and_alternates_lead_to_pages_that_exist() {
    let (tmp, root) = fixture("languages");
    let out = tmp.path().join("site");
    build_ok(&root, &out);
    let page = read(&out.join(VI));
    assert!(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://fixture.example/onboarding/sea/en/01-basics/01-welcome/\">"));
    assert!(page.contains(
        "href=\"../../../../sea/en/01-basics/01-welcome/index.html\" lang=\"en\" hreflang=\"en\">English</a>"
    ));
    for file in walk(&out).into_iter().filter(|p| p.extension().is_some_and(|e| e == "html")) {
        let html = read(&file);
        for part in html.split("class=\"switch").skip(1) {
            let block = &part[..part.find("</details>").unwrap()];
            for href in block.split("href=\"").skip(1).map(|h| &h[..h.find('"').unwrap()]) {
                assert!(file.parent().unwrap().join(href).is_file(), "{}: {href}", file.display());
            }
        }
    }
    let heat = read(&out.join("onboarding/sea/en/01-basics/04-heat-stress/index.html"));
    assert!(
        heat.contains("href=\"../../../../global/en/index.html\""),
        "a page the other region lacks leads to its home"
    );
}

#[test]
fn the_dashboard_shows_adaptation_and_translation_per_target() {
    let (tmp, root) = fixture("languages");
    let out = tmp.path().join("site");
    build_ok(&root, &out);
    let page = read(&out.join("status/index.html"));
    assert!(page.contains("Adaptation and translation status"));
    assert!(page.contains("<a href=\"../onboarding/sea/vi/index.html\" lang=\"vi\">Tiếng Việt</a>"));
    assert!(
        page.contains("curricula/onboarding/overlays/sea/01-basics/01-welcome.md#site-map"),
        "what is left to translate"
    );
    assert!(page.contains("<li>Safety walk: Route <code class=\"source\">"), "named by lesson and section title");
    assert!(page.contains("<progress max=\"100\" value=\""), "a bar beside each share, with its number");
}

#[test]
fn stamp_takes_the_workspace_relative_path_that_check_prints_from_any_folder() {
    let (tmp, root) = fixture("languages");
    glocal()
        .current_dir(tmp.path())
        .args(["l10n", "stamp", "--root"])
        .arg(&root)
        .arg("curricula/onboarding/01-basics/01-welcome.vi.md")
        .assert()
        .success();
    assert!(read(&root.join("curricula/onboarding/01-basics/01-welcome.vi.md")).contains("source_hashes:"));
}

#[test]
fn stamping_a_file_that_is_not_a_translation_is_a_usage_error() {
    let (_tmp, root) = fixture("languages");
    let source = root.join("curricula/onboarding/01-basics/01-welcome.md");
    let before = read(&source);
    glocal().args(["l10n", "stamp", "--root"]).arg(&root).arg(&source).assert().code(2);
    glocal().args(["l10n", "stamp", "--root"]).arg(&root).arg("no/such/file.vi.md").assert().code(2);
    assert_eq!(read(&source), before, "nothing written");
}

#[test]
fn the_region_switcher_lists_each_region_once_named_in_the_page_language() {
    let (tmp, root) = fixture("languages");
    // A region named differently in each language once listed itself twice.
    let vi = root.join("curricula/onboarding/locales/vi");
    std::fs::create_dir_all(&vi).unwrap();
    std::fs::write(vi.join("regions.ftl"), "region-sea = Đông Nam Á\n").unwrap();
    let out = tmp.path().join("site");
    build_ok(&root, &out);
    let en = read(&out.join("onboarding/sea/en/index.html"));
    assert!(!en.contains("Đông Nam Á"), "an English page names regions in English");
    assert!(read(&out.join(VI)).contains(">Đông Nam Á</a>"));
    for file in walk(&out).into_iter().filter(|p| p.extension().is_some_and(|e| e == "html")) {
        let html = read(&file);
        let Some(start) = html.find("class=\"switch switch-region\"") else { continue };
        let block = &html[start..start + html[start..].find("</details>").unwrap()];
        let links: Vec<&str> = block.split("<li>").skip(1).collect();
        let urls: Vec<&str> = links.iter().map(|l| l.split('"').nth(1).unwrap()).collect();
        let regions: std::collections::BTreeSet<&str> =
            urls.iter().map(|u| u.trim_start_matches("../").split('/').next().unwrap()).collect();
        assert_eq!(regions.len(), links.len(), "{}: a region listed twice: {urls:?}", file.display());
        assert_eq!(block.matches("aria-current").count(), 1, "{}", file.display());
    }
}

#[test]
fn course_and_module_text_that_fell_back_keeps_its_language_and_direction_on_a_right_to_left_page() {
    let (tmp, root) = fixture("languages");
    let out = tmp.path().join("site");
    build_ok(&root, &out);
    let home = read(&out.join("onboarding/mena/ar/index.html"));
    assert!(home.contains("<h1 lang=\"en\" dir=\"ltr\">Onboarding</h1>"), "{home}");
    assert!(home.contains("<p class=\"summary\" lang=\"en\" dir=\"ltr\">"));
    assert!(home.contains("lang=\"en\" dir=\"ltr\">The basics</a>"));
    assert!(home.contains("<li id=\"objective-know-the-site\" lang=\"en\" dir=\"ltr\">"), "objectives too");
    let en = read(&out.join("onboarding/global/en/index.html"));
    assert!(en.contains("<h1>Onboarding</h1>"), "text in the page's own language carries no mark");
}

#[test]
fn an_arabic_agenda_writes_times_and_minutes_in_one_numbering_system() {
    let (tmp, root) = fixture("languages");
    let out = tmp.path().join("site");
    build_ok(&root, &out);
    let agenda = read(&out.join("onboarding/mena/ar/agenda/index.html"));
    let rows = &agenda[agenda.find("<tbody>").unwrap()..];
    assert!(rows.contains("٠٨:٣٠–"), "{rows}");
    let text: String = rows.split('<').map(|part| part.split_once('>').map_or(part, |(_, t)| t)).collect();
    assert!(!text.chars().any(|c| c.is_ascii_digit()), "no Latin digit in the run of show: {text}");
    let csv = std::fs::read_to_string(out.join("onboarding/mena/ar/agenda/agenda.csv")).unwrap();
    assert!(csv.contains(",08:30,"), "the CSV stays machine-readable");
}

#[test]
fn a_translated_item_with_a_wrong_id_is_reported_at_its_line_with_the_closest_id() {
    let (_tmp, root) = fixture("minimal");
    let tr = "title: Hội nhập\nobjectives:\n  - id: know-the-sight\n    text: Biết đường đi\n";
    std::fs::write(root.join("curricula/onboarding/course.vi.yaml"), tr).unwrap();
    let out = glocal().args(["check", "--format", "json", "--root"]).arg(&root).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let d = report["diagnostics"].as_array().unwrap().iter().find(|d| d["code"] == "translation-id").unwrap();
    assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(3), Some(9)), "{d}");
    assert_eq!(d["help"], "did you mean `know-the-site`?");
}
