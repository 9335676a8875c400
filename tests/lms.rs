//! LMS packages (SPEC 10) as a build writes them: one SCORM 1.2 zip per target beside
//! the site, its manifest at the root listing every file, learner pages only, the same
//! bytes from the same sources, and `--no-lms` and `--lms-out` honoured.

mod common;

use common::{build, fixture};
use std::io::Read;

fn entries(zip: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes).unwrap();
            (file.name().unwrap().to_string(), bytes)
        })
        .collect()
}

#[test]
fn each_target_gets_a_package_whose_manifest_lists_every_file_and_no_staff_page() {
    let (tmp, root) = fixture("deliveries");
    let (site, lms) = (tmp.path().join("site"), tmp.path().join("lms"));
    let out = build(&root, &site, &["--no-kits", "--lms-out", lms.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut zips: Vec<String> = std::fs::read_dir(&lms)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".zip"))
        .collect();
    zips.sort();
    assert_eq!(
        zips,
        [
            "induction-emea-de-scorm12.zip",
            "induction-emea-en-scorm12.zip",
            "induction-global-en-scorm12.zip",
            "induction-sea-en-scorm12.zip",
            "induction-sea-vi-scorm12.zip"
        ]
    );
    let files = entries(&std::fs::read(lms.join("induction-emea-de-scorm12.zip")).unwrap());
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.contains(&"imsmanifest.xml") && names.contains(&"index.html") && names.contains(&"glocal-scorm.js"));
    assert!(names.contains(&"induction/emea/de/01-arrive/01-welcome/index.html"));
    assert!(names.contains(&"static/glocal.css"));
    assert!(!names.iter().any(|n| n.contains("/impact/") || n.contains("/adaptation/")), "no staff page: {names:?}");
    assert!(!names.iter().any(|n| n.starts_with("induction/sea/")), "one target's pages only");
    let manifest = String::from_utf8(files.iter().find(|(n, _)| n == "imsmanifest.xml").unwrap().1.clone()).unwrap();
    for name in names.iter().filter(|n| **n != "imsmanifest.xml") {
        assert!(manifest.contains(&format!("<file href=\"{name}\"/>")), "{name} is not listed");
    }
    assert!(manifest.contains("<adlcp:masteryscore>80</adlcp:masteryscore>"));
    let launch = String::from_utf8(files.iter().find(|(n, _)| n == "index.html").unwrap().1.clone()).unwrap();
    assert!(launch.contains("\"start\":\"induction/emea/de/index.html\""));
    assert!(launch.contains("\"assessed\":0"), "the fixture has no assessed question");
    let list = launch.split("\"list\":\"").nth(1).and_then(|r| r.get(..8)).unwrap();
    assert!(list.chars().all(|c| c.is_ascii_hexdigit()), "visited lessons are tied to the lesson list: {list}");
    assert!(launch.contains("<html lang=\"de\" dir=\"ltr\">"));
    let status = std::fs::read_to_string(site.join("status/index.html")).unwrap();
    assert!(status.contains("<code>induction-emea-de-scorm12.zip</code>"), "staff see the packages");
    for page in common::walk(&site).into_iter().filter(|p| !p.starts_with(site.join("status"))) {
        let text = std::fs::read_to_string(&page).unwrap_or_default();
        assert!(!text.contains("scorm12"), "{} names a package", page.display());
    }
}

#[test]
fn packages_are_byte_identical_across_builds_and_no_lms_writes_none() {
    let (tmp, root) = fixture("deliveries");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    for out in [&a, &b] {
        let lms = out.join("packages");
        let built = build(&root, &out.join("site"), &["--no-kits", "--lms-out", lms.to_str().unwrap()]);
        assert!(built.status.success());
    }
    let zip = "packages/induction-sea-vi-scorm12.zip";
    assert_eq!(std::fs::read(a.join(zip)).unwrap(), std::fs::read(b.join(zip)).unwrap());
    let site = tmp.path().join("c");
    assert!(build(&root, &site, &["--no-kits", "--no-lms"]).status.success());
    assert!(!root.join("lms").exists(), "--no-lms writes no packages");
}

#[test]
fn an_lms_folder_inside_the_site_is_refused() {
    let (tmp, root) = fixture("deliveries");
    let site = tmp.path().join("site");
    let out = build(&root, &site, &["--no-kits", "--lms-out", site.join("lms").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_mastery_score_above_100_is_an_error_at_its_line() {
    let (_tmp, root) = fixture("deliveries");
    let path = root.join("curricula/induction/course.yaml");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("certification_valid_months: 6\n", "certification_valid_months: 6\nmastery_score: 180\n");
    std::fs::write(&path, text).unwrap();
    let found = common::diagnostics(&root);
    assert_eq!(
        found.iter().map(|(c, f, l, k, _)| (c.as_str(), f.as_str(), *l, *k)).collect::<Vec<_>>(),
        [("mastery-score", "curricula/induction/course.yaml", 4, 16)],
        "{found:#?}"
    );
}

#[test]
fn an_assessed_question_is_in_the_packages_test_with_a_key_and_never_its_answer_or_on_the_site() {
    let (tmp, root) = fixture("deliveries");
    let lesson = root.join("curricula/induction/01-arrive/01-welcome.md");
    let text = std::fs::read_to_string(&lesson).unwrap().replace("{#q-exit}", "{#q-exit assessment}");
    std::fs::write(&lesson, text).unwrap();
    let (site, lms) = (tmp.path().join("site"), tmp.path().join("lms"));
    assert!(build(&root, &site, &["--no-kits", "--lms-out", lms.to_str().unwrap()]).status.success());
    let files = entries(&std::fs::read(lms.join("induction-emea-en-scorm12.zip")).unwrap());
    let page =
        files.iter().find(|(n, _)| n == "induction/emea/en/assessment/index.html").expect("the test is in the package");
    let page = String::from_utf8(page.1.clone()).unwrap();
    assert!(page.contains("Where do you go when the fire alarm sounds?"));
    assert!(page.contains("data-key=\"") && page.contains("type=\"radio\" name=\"q-exit\" value=\"b\""));
    assert!(!page.contains("roll call"), "no explanation: it would give the answer away");
    assert!(!page.contains("[x]") && !page.contains("data-correct"), "no mark of the right option");
    let launch = String::from_utf8(files.iter().find(|(n, _)| n == "index.html").unwrap().1.clone()).unwrap();
    assert!(
        launch.contains("\"assessed\":1") && launch.contains("\"test\":\"induction/emea/en/assessment/index.html\"")
    );
    assert!(!site.join("induction/emea/en/assessment").exists(), "the site never has the test");
    let lesson_page = std::fs::read_to_string(site.join("induction/emea/en/01-arrive/01-welcome/index.html")).unwrap();
    assert!(!lesson_page.contains("fire alarm"), "an assessed question is not a self-check");
}

#[test]
fn scorm_2004_packages_are_written_when_glocal_yaml_asks_and_an_unknown_format_is_an_error() {
    let (tmp, root) = fixture("deliveries");
    let config = std::fs::read_to_string(root.join("glocal.yaml")).unwrap();
    std::fs::write(root.join("glocal.yaml"), format!("{config}lms: {{ formats: [scorm12, scorm2004] }}\n")).unwrap();
    let (site, lms) = (tmp.path().join("site"), tmp.path().join("lms"));
    assert!(build(&root, &site, &["--no-kits", "--lms-out", lms.to_str().unwrap()]).status.success());
    let files = entries(&std::fs::read(lms.join("induction-sea-vi-scorm2004.zip")).unwrap());
    let manifest = String::from_utf8(files.iter().find(|(n, _)| n == "imsmanifest.xml").unwrap().1.clone()).unwrap();
    assert!(manifest.contains("<schemaversion>2004 3rd Edition</schemaversion>"));
    assert!(manifest.contains("adlcp:scormType=\"sco\""));
    assert!(!manifest.contains("imsss:sequencing"), "no mastery objective without an assessed question");
    let launch = String::from_utf8(files.iter().find(|(n, _)| n == "index.html").unwrap().1.clone()).unwrap();
    assert!(launch.contains("\"version\":\"2004\""));
    assert!(lms.join("induction-sea-vi-scorm12.zip").exists());
    std::fs::write(root.join("glocal.yaml"), format!("{config}lms: {{ formats: [scorm3] }}\n")).unwrap();
    let found = common::diagnostics(&root);
    assert_eq!(
        found.iter().map(|d| (d.0.as_str(), d.1.as_str())).collect::<Vec<_>>(),
        [("yaml", "glocal.yaml")],
        "{found:#?}"
    );
    assert!(found[0].4.contains("scorm3"), "{}", found[0].4);
}
