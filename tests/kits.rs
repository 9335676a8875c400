//! Train-the-trainer kits: what each holds, what it leaves out, its manifest, the
//! same bytes on every build, and where `--kits-out`, `--no-kits` and `--kits-only` put it.

mod common;

use common::{build, build_ok, fixture, read};
use std::io::Read;
use std::path::Path;

const KIT: &str = "kits/onboarding-global-en.zip";

fn entries(zip_path: &Path) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(zip_path).unwrap()).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut e = archive.by_index(i).unwrap();
            let mut bytes = Vec::new();
            e.read_to_end(&mut bytes).unwrap();
            (e.name().unwrap().to_string(), bytes)
        })
        .collect()
}

fn text(entries: &[(String, Vec<u8>)], name: &str) -> String {
    let (_, bytes) = entries.iter().find(|(n, _)| n.ends_with(name)).unwrap_or_else(|| panic!("no {name}"));
    String::from_utf8(bytes.clone()).unwrap()
}

fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn a_kit_holds_every_document_under_one_folder() {
    let (tmp, root) = fixture("minimal");
    let out = tmp.path().join("site");
    build_ok(&root, &out);
    let names: Vec<String> = entries(&root.join(KIT)).into_iter().map(|(n, _)| n).collect();
    insta::assert_snapshot!("kit_entries", names.join("\n"));
}

#[test]
fn the_manifest_lists_every_file_with_its_sha256_and_the_build_facts() {
    let (tmp, root) = fixture("regions");
    let out = tmp.path().join("site");
    build_ok(&root, &out);
    let files = entries(&root.join("kits/onboarding-sea-en.zip"));
    let manifest: serde_json::Value = serde_json::from_str(&text(&files, "manifest.json")).unwrap();
    assert_eq!(
        (manifest["course"].as_str(), manifest["region"].as_str(), manifest["locale"].as_str()),
        (Some("onboarding"), Some("sea"), Some("en"))
    );
    assert_eq!(manifest["glocal_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(manifest["adaptation_share"], 41.5);
    assert_eq!(manifest["source_hash"].as_str().unwrap().len(), 64);
    let listed = manifest["files"].as_array().unwrap();
    assert_eq!(listed.len(), files.len() - 1, "every file but the manifest itself");
    for entry in listed {
        let path = entry["path"].as_str().unwrap();
        let (_, bytes) = files.iter().find(|(n, _)| n == &format!("onboarding-sea-en/{path}")).unwrap();
        assert_eq!(entry["sha256"].as_str().unwrap(), sha256(bytes), "{path}");
    }
}

#[test]
fn the_workbook_has_no_trainer_notes_or_answers_and_only_the_guide_and_key_have_answers() {
    let (tmp, root) = fixture("minimal");
    let out = tmp.path().join("site");
    build_ok(&root, &out);
    let files = entries(&root.join(KIT));
    let workbook = text(&files, "participant-workbook.html");
    let guide = text(&files, "facilitator-guide.html");
    let check = text(&files, "level-2-knowledge-check.html");
    let key = text(&files, "level-2-answer-key.html");
    assert!(
        !workbook.contains("Ask who has worked in a depot before")
            && guide.contains("Ask who has worked in a depot before")
    );
    for (name, doc) in [("workbook", &workbook), ("knowledge check", &check)] {
        assert!(!doc.contains("Both doors with green signs"), "{name} holds an explanation");
        assert!(!doc.contains("class=\"option correct\"") && !doc.contains("data-correct"), "{name} marks answers");
    }
    assert!(guide.contains("class=\"option correct\""));
    assert!(key.contains("<strong>A, C</strong>") && key.contains("Both doors with green signs"));
    assert!(workbook.contains("class=\"write-space\""), "room to write");
}

#[test]
fn kit_documents_are_self_contained_and_carry_the_regions_choices() {
    let (tmp, root) = fixture("regions");
    let out = tmp.path().join("site");
    build_ok(&root, &out);
    let files = entries(&root.join("kits/onboarding-sea-en.zip"));
    for (name, bytes) in files.iter().filter(|(n, _)| n.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        assert!(
            html.contains("<style>") && !html.contains("<script") && !html.contains("<link rel=\"stylesheet\""),
            "{name}"
        );
    }
    let guide = text(&files, "facilitator-guide.html");
    assert!(guide.contains("Walk the floor with a buddy"), "the region's replaced activity");
    assert!(guide.contains("<p class=\"regional-label\">Adapted for Southeast Asia</p>"));
    assert!(guide.contains("monsoon drains"));
    let agenda = text(&files, "agenda.csv");
    assert!(agenda.lines().nth(1).unwrap().starts_with("Morning,08:00,"), "the region's schedule: {agenda}");
}

#[test]
fn kits_are_byte_identical_across_builds_and_go_beside_the_site_not_into_it() {
    let (tmp, root) = fixture("minimal");
    let site = tmp.path().join("site");
    build_ok(&root, &site);
    let zip = std::fs::read(root.join(KIT)).unwrap();
    assert!(!site.join("kits").exists(), "kits hold answer keys: never in the public site by default");
    std::fs::remove_dir_all(root.join("kits")).unwrap();
    build_ok(&root, &tmp.path().join("again"));
    assert_eq!(zip, std::fs::read(root.join(KIT)).unwrap());
}

#[test]
fn kits_public_puts_kits_into_the_site_under_one_record_and_links_them() {
    let (tmp, root) = fixture("minimal");
    let config = read(&root.join("glocal.yaml"));
    std::fs::write(root.join("glocal.yaml"), format!("{config}kits_public: true\n")).unwrap();
    let site = tmp.path().join("site");
    build_ok(&root, &site);
    assert!(!root.join("kits").exists());
    assert!(site.join(KIT).is_file());
    let downloads = read(&site.join("onboarding/global/en/downloads/index.html"));
    assert!(!downloads.contains(".zip"), "learners are never offered a kit: {downloads}");
    let status = read(&site.join("status/index.html"));
    assert!(status.contains("href=\"../kits/onboarding-global-en.zip\""), "staff find the kits on the status page");
    assert!(read(&site.join(".glocal-written")).contains(KIT), "the kits are on the site's record");
    let only = build(&root, &site, &["--kits-only"]);
    assert!(only.status.success(), "{}", String::from_utf8_lossy(&only.stderr));
    assert!(site.join("index.html").is_file(), "--kits-only into the site keeps its pages");
}

#[test]
fn a_kits_folder_overlapping_the_site_is_refused_and_nothing_is_deleted() {
    let (tmp, root) = fixture("minimal");
    let site = tmp.path().join("site");
    build_ok(&root, &site);
    let holding_both = tmp.path().to_path_buf();
    for (kits, why) in [(site.clone(), "overlap"), (site.join("kits"), "overlap"), (holding_both, "sources")] {
        let out = build(&root, &site, &["--kits-out", kits.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(why), "{stderr}");
        assert!(site.join("index.html").is_file(), "the site is untouched");
    }
}

#[test]
fn kits_out_keeps_kits_off_the_site_and_no_kits_and_kits_only_do_what_they_say() {
    let (tmp, root) = fixture("minimal");
    let (site, private) = (tmp.path().join("site"), tmp.path().join("private"));
    let out = build(&root, &site, &["--kits-out", private.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(private.join("onboarding-global-en.zip").is_file());
    assert!(!site.join("kits").exists());
    let downloads = read(&site.join("onboarding/global/en/downloads/index.html"));
    assert!(!downloads.contains(".zip"));
    let status = read(&site.join("status/index.html"));
    assert!(status.contains("<code>onboarding-global-en.zip</code>") && !status.contains(".zip\" download"));

    let plain = tmp.path().join("plain");
    assert!(build(&root, &plain, &["--no-kits"]).status.success());
    assert!(!plain.join("kits").exists() && plain.join("index.html").is_file());

    let only = tmp.path().join("only");
    assert!(build(&root, &only, &["--kits-only"]).status.success());
    assert!(root.join(KIT).is_file() && !only.join("index.html").exists());
}

#[test]
fn an_assessed_question_is_only_in_the_level_2_test_and_answer_key_never_on_the_site_or_in_the_workbook() {
    let (tmp, root) = fixture("minimal");
    let lesson = root.join("curricula/onboarding/01-basics/01-welcome.md");
    let assessed = "\n::: question {#q-final assessment}\nWhich door is the muster point?\n\n- [ ] The loading bay\n- [x] The north gate\n\nThe north gate is the muster point.\n:::\n";
    std::fs::write(&lesson, read(&lesson) + assessed).unwrap();
    let site = tmp.path().join("site");
    build_ok(&root, &site);
    for (path, bytes) in common::snapshot(&site) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("muster point") && !text.contains("q-final"), "{path} shows the assessed question");
    }
    let files = entries(&root.join(KIT));
    for doc in ["level-2-knowledge-check.html", "level-2-answer-key.html"] {
        assert!(text(&files, doc).contains("Which door is the muster point?"), "{doc}");
    }
    assert!(text(&files, "level-2-answer-key.html").contains("The north gate is the muster point."));
    assert!(!text(&files, "participant-workbook.html").contains("muster point"));
}

#[test]
fn a_kpi_scorecard_writes_numbers_the_way_its_language_does() {
    let (tmp, root) = fixture("minimal");
    let course = root.join("curricula/onboarding/course.yaml");
    let kpis =
        "kpis:\n  - { id: errors, text: Picking errors per 1000 lines, unit: errors, baseline: 12.5, target: 65 }\n";
    std::fs::write(&course, read(&course) + kpis).unwrap();
    build_ok(&root, &tmp.path().join("site"));
    let vi = text(&entries(&root.join("kits/onboarding-sea-vi.zip")), "level-4-kpi-scorecard.html");
    assert!(vi.contains("<td>12,5</td><td>65</td>"), "{vi}");
    let en = text(&entries(&root.join("kits/onboarding-sea-en.zip")), "level-4-kpi-scorecard.html");
    assert!(en.contains("<td>12.5</td><td>65</td>"), "{en}");
}

#[test]
fn kits_only_into_the_site_folder_is_refused_and_the_site_is_kept() {
    let (tmp, root) = fixture("minimal");
    let site = tmp.path().join("site");
    build_ok(&root, &site);
    let before = common::snapshot(&site);
    let out = build(&root, &site, &["--kits-only", "--kits-out", site.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(common::snapshot(&site) == before, "not one file of the site changed");
}

#[test]
fn a_users_file_in_the_kits_folder_stops_the_build_before_the_site_changes() {
    let (tmp, root) = fixture("minimal");
    let site = tmp.path().join("site");
    build_ok(&root, &site);
    let lesson = root.join("curricula/onboarding/01-basics/01-welcome.md");
    std::fs::write(&lesson, read(&lesson) + "\nA new line.\n").unwrap();
    std::fs::remove_file(root.join(KIT)).unwrap();
    std::fs::remove_file(root.join("kits/.glocal-written")).unwrap();
    std::fs::write(root.join(KIT), "a trainer's own file").unwrap();
    let before = common::snapshot(&site);
    let out = build(&root, &site, &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("onboarding-global-en.zip"), "{stderr}");
    assert!(common::snapshot(&site) == before, "the site is checked with the kits and left as it was");
    assert!(!root.join("kits/.glocal-staging").exists());
}

#[test]
fn certification_criteria_may_be_plain_lines_and_translations_match_them_by_position() {
    let (tmp, root) = fixture("minimal");
    let course = root.join("curricula/onboarding/course.yaml");
    let criteria =
        "certification:\n  - Runs the site walk without notes\n  - Answers a safety question with the rule\n";
    std::fs::write(&course, read(&course) + criteria).unwrap();
    let vi = "certification:\n  - Dẫn buổi đi quanh khu vực mà không cần ghi chú\n  - Trả lời câu hỏi an toàn bằng đúng quy định\n";
    std::fs::write(root.join("curricula/onboarding/course.vi.yaml"), format!("title: Hội nhập\n{vi}")).unwrap();
    build_ok(&root, &tmp.path().join("site"));
    let en = text(&entries(&root.join("kits/onboarding-sea-en.zip")), "trainer-certification-checklist.html");
    assert!(en.contains("Runs the site walk without notes"), "{en}");
    let vi = text(&entries(&root.join("kits/onboarding-sea-vi.zip")), "trainer-certification-checklist.html");
    assert!(vi.contains("Trả lời câu hỏi an toàn bằng đúng quy định"), "{vi}");

    std::fs::write(&course, read(&course).replace("  - Runs the site walk without notes", "  - 42: [x]")).unwrap();
    let out = common::glocal().args(["check", "--root"]).arg(&root).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("each criterion is a line of text"), "{stderr}");
}

/// The part of `html` from the element whose opening tag starts with `open` up to
/// the next one of its kind: enough to look inside one section of a document.
fn part<'a>(html: &'a str, open: &str, next: &str) -> &'a str {
    let start = html.find(open).unwrap_or_else(|| panic!("no {open}"));
    let end = html[start + open.len()..].find(next).map_or(html.len(), |e| start + open.len() + e);
    &html[start..end]
}

#[test]
fn the_guide_opens_with_a_cover_then_contents_listing_every_session_and_lesson_with_its_start() {
    let (tmp, root) = fixture("minimal");
    build_ok(&root, &tmp.path().join("site"));
    let guide = text(&entries(&root.join(KIT)), "facilitator-guide.html");
    let order: Vec<usize> =
        ["class=\"cover\"", "class=\"contents\"", "class=\"session\""].iter().map(|c| guide.find(c).unwrap()).collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "cover, contents, then sessions: {order:?}");
    let cover = part(&guide, "<section class=\"cover\"", "</section>");
    assert!(
        cover.contains("<h1 id=\"cover-title\">Onboarding</h1>") && cover.contains("1 h 10 min · 1 session"),
        "{cover}"
    );
    let contents = part(&guide, "<nav class=\"contents\"", "</nav>");
    assert!(
        contents.contains("<a href=\"#session-1\">Morning</a> <span class=\"toc-time\">08:30–09:40</span>"),
        "{contents}"
    );
    // The starts are the agenda's, as the region's schedule lays the lessons out.
    for (anchor, title, start) in
        [("01-basics--01-welcome", "Welcome", "08:30"), ("01-basics--02-safety-walk", "Safety walk", "09:00")]
    {
        let entry = format!("<a href=\"#{anchor}\">{title}</a> <span class=\"toc-time\">{start}</span>");
        assert!(contents.contains(&entry), "{entry} in {contents}");
        assert!(guide.contains(&format!("<h4 id=\"{anchor}\">{title}</h4>")), "every entry leads to its lesson");
    }
}

#[test]
fn each_session_has_a_run_of_show_with_clock_times_methods_and_materials_and_each_activity_its_start() {
    let (tmp, root) = fixture("minimal");
    build_ok(&root, &tmp.path().join("site"));
    let guide = text(&entries(&root.join(KIT)), "facilitator-guide.html");
    let table = part(&guide, "<table class=\"run-of-show\">", "</table>");
    let rows: Vec<&str> = table.split("<tr class=").skip(1).collect();
    assert_eq!(rows.len(), 3, "two lessons and the activity nested between them: {table}");
    assert!(
        rows[0].starts_with("\"row-lesson\"><td class=\"time\">08:30–09:00</td>")
            && rows[0].contains("Site map printout")
    );
    assert!(rows[0].contains("Input, discussion and check question"), "the lesson asks a question: {}", rows[0]);
    assert!(rows[1].starts_with(
        "\"row-activity\"><td class=\"time\">08:37–08:52</td><td class=\"nested\" dir=\"auto\">Walk the floor</td><td>Exercise</td>"
    ));
    assert!(rows[2].contains("09:00–09:40") && rows[2].contains("Input and discussion"));
    assert!(
        guide.contains("<p class=\"box-label\">Activity · <span class=\"start\">08:37–08:52</span> · <span class=\"minutes\">15 minutes</span></p>"),
        "the activity in the lesson text carries the start the run of show gives it"
    );
    let glance = part(&guide, "<div class=\"glance\">", "</dl>");
    for shown in [
        "<dt>Purpose</dt><dd dir=\"auto\">Welcome to the Riverside depot",
        "<li>Find your way around the site.</li>",
        "08:30–09:00 · 30 minutes",
        "<li>Input and discussion: 15 minutes</li><li><span class=\"time\">08:37</span> <bdi>Walk the floor</bdi>: 15 minutes</li>",
        "<dt>Key messages</dt><dd><ol><li dir=\"auto\">The site map</li></ol>",
        "<li>Site map printout</li>",
    ] {
        assert!(glance.contains(shown), "{shown} in {glance}");
    }
}

#[test]
fn the_workbook_holds_what_participants_do_not_the_reading_or_the_trainers_logistics() {
    let (tmp, root) = fixture("minimal");
    build_ok(&root, &tmp.path().join("site"));
    let workbook = text(&entries(&root.join(KIT)), "participant-workbook.html");
    assert!(workbook.contains("Walk the floor in pairs.") && workbook.contains("Which exits are fire exits?"));
    assert!(workbook.contains("In this lesson you will learn to") && workbook.contains("My notes and actions"));
    for absent in ["Site map printout", "Ask who has worked in a depot", "<td>Inbound</td>", "the same route every day"]
    {
        assert!(!workbook.contains(absent), "{absent} is the trainer's or the site's");
    }
}

#[test]
fn a_right_to_left_guide_writes_every_clock_time_in_its_own_digits() {
    let (tmp, root) = fixture("languages");
    build_ok(&root, &tmp.path().join("site"));
    let guide = text(&entries(&root.join("kits/onboarding-mena-ar.zip")), "facilitator-guide.html");
    let times: Vec<&str> = guide.split("<td class=\"time\">").skip(1).map(|t| &t[..t.find('<').unwrap()]).collect();
    assert!(!times.is_empty());
    for t in times {
        assert!(!t.bytes().any(|b| b.is_ascii_digit()) && t.contains('٠'), "{t}");
    }
    assert!(guide.contains("<html lang=\"ar\" dir=\"rtl\">"));
    // English text an Arabic kit falls back to reads left to right wherever it shows.
    for fallback in [
        "<a href=\"#01-basics--01-welcome\" lang=\"en\" dir=\"ltr\">",
        "<h4 id=\"01-basics--01-welcome\" lang=\"en\" dir=\"ltr\">Welcome</h4>",
        "<li lang=\"en\" dir=\"ltr\">Find your way around the site.</li>",
    ] {
        assert!(guide.contains(fallback), "{fallback}");
    }
}

#[test]
fn pdf_without_chromium_stops_before_writing_and_says_what_to_install() {
    let (tmp, root) = fixture("minimal");
    let out = tmp.path().join("site");
    let empty = tmp.path().join("no-browsers-here");
    std::fs::create_dir(&empty).unwrap();
    let run = common::glocal()
        .args(["build", "--quiet", "--no-lms", "--pdf", "--root"])
        .arg(&root)
        .arg("--out")
        .arg(&out)
        .env("PATH", &empty)
        .env_remove("GLOCAL_CHROMIUM")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("headless Chromium")
            && stderr.contains("apt install chromium")
            && stderr.contains("GLOCAL_CHROMIUM"),
        "{stderr}"
    );
    assert!(!out.exists() && !root.join("kits").exists(), "nothing is written");
}

#[test]
fn regions_that_choose_the_same_variant_each_name_their_own_and_a_nested_activity_takes_no_start() {
    let (tmp, root) = fixture("regions");
    // An activity inside a trainer note is not on the agenda, so it has no start time.
    let lesson = root.join("curricula/onboarding/01-basics/01-welcome.md");
    let edited = read(&lesson).replace(
        "::: trainer\nAsk who has worked in a depot before.\n:::",
        ":::: trainer\nAsk who has worked in a depot before.\n::: activity {minutes=5 title=\"Warm-up\"}\nName a depot.\n:::\n::::",
    );
    assert!(edited.contains("Warm-up"));
    std::fs::write(&lesson, edited).unwrap();
    // Europe keeps the section (its overlay would remove it) and so shares the body.
    std::fs::remove_file(root.join("curricula/onboarding/overlays/emea/01-basics/01-welcome.md")).unwrap();
    build_ok(&root, &tmp.path().join("site"));
    let emea = text(&entries(&root.join("kits/onboarding-emea-en.zip")), "facilitator-guide.html");
    let global = text(&entries(&root.join("kits/onboarding-global-en.zip")), "facilitator-guide.html");
    // Both take the debate variant, so both share one rendered body.
    assert!(emea.contains("<p class=\"variant-label\">As run in Europe:</p>"), "{emea}");
    assert!(global.contains("<p class=\"variant-label\">As run in Global:</p>"));
    let warm_up = part(&global, "<div class=\"activity\"><p class=\"box-label\">", "</p>");
    assert!(!warm_up.contains("class=\"start\""), "the nested activity: {warm_up}");
    let tour = part(&global, "<div class=\"activity\" id=\"01-basics--01-welcome--tour\">", "</p>");
    let timed = global.split("class=\"row-activity\"><td class=\"time\">").nth(1).unwrap();
    let time = &timed[..timed.find('<').unwrap()];
    assert!(tour.contains(&format!("<span class=\"start\">{time}</span>")), "{tour} has the agenda's {time}");
}
