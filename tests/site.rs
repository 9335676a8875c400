//! What a build writes: fixture workspaces built into a temporary folder, and the pages
//! checked for their promises (SPEC section 7) and snapshotted as HTML fragments.

mod common;

use common::{build, build_ok, fixture, read, walk};
use std::path::Path;

const TARGET: &str = "onboarding/global/en";

fn built() -> (tempfile::TempDir, std::path::PathBuf) {
    let (tmp, root) = fixture("minimal");
    let out = tmp.path().join("site");
    build_ok(&root, &out);
    (tmp, out)
}

/// The `<main>` element of a page: what the theme wraps around it is tested elsewhere.
fn main_of(html: &str) -> &str {
    let start = html.find("<main").expect("a main landmark");
    let end = html.find("</main>").expect("main closes") + "</main>".len();
    &html[start..end]
}

fn pages(out: &Path) -> Vec<(String, String)> {
    walk(out)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .map(|p| (p.strip_prefix(out).unwrap().to_string_lossy().into_owned(), read(&p)))
        .collect()
}

#[test]
fn every_page_has_lang_dir_landmarks_and_a_skip_link() {
    let (_tmp, out) = built();
    let pages = pages(&out);
    assert_eq!(pages.len(), 22, "{:?}", pages.iter().map(|p| &p.0).collect::<Vec<_>>());
    for (path, html) in &pages {
        let lang = path.split('/').nth(2).filter(|_| path.matches('/').count() >= 3).unwrap_or("en");
        assert!(html.contains(&format!("<html lang=\"{lang}\" dir=\"ltr\">")), "{path}");
        assert!(html.contains("<main id=\"main\""), "{path}");
        assert!(html.contains("<header class=\"site-header\">"), "{path}");
        assert!(html.contains("class=\"skip-link\" href=\"#main\""), "{path}");
    }
}

#[test]
fn no_page_loads_anything_from_another_host() {
    let (_tmp, out) = built();
    for (path, html) in pages(&out) {
        for attr in ["src=\"http", "src=\"//", "<link rel=\"stylesheet\" href=\"http", "@import"] {
            assert!(!html.contains(attr), "{path} loads from another host: {attr}");
        }
    }
}

#[test]
fn links_between_pages_are_relative_and_lead_to_files_that_exist() {
    let (_tmp, out) = built();
    for (path, html) in pages(&out) {
        let dir = out.join(&path).parent().unwrap().to_path_buf();
        for part in html.split("href=\"").skip(1) {
            let href = &part[..part.find('"').unwrap()];
            if href.starts_with("http") || href.starts_with('#') {
                continue;
            }
            let file = href.split('#').next().unwrap();
            assert!(dir.join(file).is_file(), "{path}: {href} leads nowhere");
        }
    }
}

#[test]
fn participant_pages_never_show_trainer_notes() {
    let (_tmp, out) = built();
    for (path, html) in pages(&out) {
        assert!(!html.contains("Ask who has worked in a depot before"), "{path}");
    }
}

#[test]
fn global_gets_no_regional_only_blocks_and_the_first_variant_without_a_match() {
    let (_tmp, out) = built();
    let walk_page = read(&out.join(TARGET).join("01-basics/02-safety-walk/index.html"));
    assert!(!walk_page.contains("monsoon drains"));
    let welcome = read(&out.join(TARGET).join("01-basics/01-welcome/index.html"));
    assert!(welcome.contains("Argue which area is busiest") && !welcome.contains("Agree together"));
}

#[test]
fn used_assets_are_copied_into_the_target_and_the_search_index_holds_the_text() {
    let (_tmp, out) = built();
    assert!(out.join(TARGET).join("01-basics/assets/map.svg").is_file());
    let index = read(&out.join(TARGET).join("search-index.js"));
    assert!(index.starts_with("window.glocalSearch = ["));
    assert!(index.contains("crème brûlée"));
    assert!(index.contains("\"u\":\"01-basics/02-safety-walk/index.html#route\""));
}

#[test]
fn the_print_page_holds_every_lesson_with_unique_ids() {
    let (_tmp, out) = built();
    let html = read(&out.join(TARGET).join("print/index.html"));
    assert!(html.contains("id=\"01-basics--01-welcome--site-map\""));
    assert!(html.contains("href=\"#01-basics--02-safety-walk--route\""));
    let mut ids: Vec<&str> = html.split(" id=\"").skip(1).map(|p| &p[..p.find('"').unwrap()]).collect();
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count, "duplicate ids on the print page");
}

#[test]
fn the_portal_and_sitemap_list_every_target_with_the_base_url() {
    let (_tmp, out) = built();
    let portal = read(&out.join("index.html"));
    assert!(portal.contains("href=\"onboarding/global/en/index.html\""));
    let sitemap = read(&out.join("sitemap.xml"));
    assert!(sitemap.contains("<loc>https://fixture.example/onboarding/global/en/01-basics/01-welcome/</loc>"));
}

#[test]
fn the_agenda_csv_has_the_run_of_show() {
    let (_tmp, out) = built();
    let csv = read(&out.join(TARGET).join("agenda/agenda.csv"));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "session,start,end,minutes,kind,module,lesson,title");
    assert_eq!(lines[1], "Morning,08:30,09:00,30,lesson,01-basics,01-welcome,Welcome");
    assert_eq!(lines[3], "Morning,09:00,09:40,40,lesson,01-basics,02-safety-walk,Safety walk");
}

#[test]
fn a_workspace_theme_file_replaces_its_built_in_namesake() {
    let (tmp, root) = fixture("minimal");
    let templates = root.join("themes/default/templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("portal.html"),
        "{% extends \"base.html\" %}{% block main %}<h1>Our own portal</h1>{% endblock main %}",
    )
    .unwrap();
    std::fs::create_dir_all(root.join("themes/default/static")).unwrap();
    std::fs::write(root.join("themes/default/static/glocal.css"), "body { color: black; }\n").unwrap();
    let out = tmp.path().join("site");
    build_ok(&root, &out);
    assert!(read(&out.join("index.html")).contains("<h1>Our own portal</h1>"));
    assert_eq!(read(&out.join("static/glocal.css")), "body { color: black; }\n");
    assert!(
        read(&out.join(TARGET).join("index.html")).contains("class=\"course-nav\""),
        "other templates stay built in"
    );
}

#[test]
fn a_template_error_is_reported_at_the_template_line() {
    let (tmp, root) = fixture("minimal");
    let templates = root.join("themes/default/templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("portal.html"),
        "{% extends \"base.html\" %}\n{% block main %}\n{{ t(id='no-such-string') }}\n{% endblock main %}",
    )
    .unwrap();
    let result = build(&root, &tmp.path().join("site"), &[]);
    assert_eq!(result.status.code(), Some(1));
    let err = String::from_utf8_lossy(&result.stderr);
    assert!(err.contains("themes/default/templates/portal.html:3:"), "{err}");
    assert!(err.contains("no-such-string"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_leading_outside_the_workspace_is_refused() {
    let (tmp, root) = fixture("minimal");
    let secret = tmp.path().join("secret.txt");
    std::fs::write(&secret, "not for publishing").unwrap();
    std::os::unix::fs::symlink(&secret, root.join("curricula/onboarding/01-basics/assets/secret.txt")).unwrap();
    let result = build(&root, &tmp.path().join("site"), &[]);
    assert_eq!(result.status.code(), Some(1));
    let err = String::from_utf8_lossy(&result.stderr);
    assert!(err.contains("leads outside the workspace"));
    assert!(!err.contains("not for publishing"), "the diagnostic never prints the file it leads to: {err}");
}

#[cfg(unix)]
#[test]
fn a_link_to_a_refused_symbolic_link_is_not_reported_again_as_a_missing_file() {
    let (tmp, root) = fixture("minimal");
    let secret = tmp.path().join("secret.txt");
    std::fs::write(&secret, "not for publishing").unwrap();
    let basics = root.join("curricula/onboarding/01-basics");
    std::os::unix::fs::symlink(&secret, basics.join("assets/secret.txt")).unwrap();
    let lesson = basics.join("01-welcome.md");
    std::fs::write(&lesson, format!("{}\nSee [the notes](assets/secret.txt).\n", read(&lesson))).unwrap();
    let err = String::from_utf8_lossy(&build(&root, &tmp.path().join("site"), &[]).stderr).into_owned();
    assert!(err.contains("symlink-outside"), "{err}");
    assert!(!err.contains("broken-link"), "{err}");
}

#[test]
fn lesson_page_main_snapshot() {
    let (_tmp, out) = built();
    let html = read(&out.join(TARGET).join("01-basics/01-welcome/index.html"));
    insta::assert_snapshot!("lesson_main", main_of(&html));
}

#[test]
fn agenda_page_main_snapshot() {
    let (_tmp, out) = built();
    let html = read(&out.join(TARGET).join("agenda/index.html"));
    insta::assert_snapshot!("agenda_main", main_of(&html));
}

#[test]
fn course_home_main_snapshot() {
    let (_tmp, out) = built();
    let html = read(&out.join(TARGET).join("index.html"));
    insta::assert_snapshot!("course_main", main_of(&html));
}

#[test]
fn no_learner_page_shows_a_share_a_hash_a_kit_or_a_link_to_staff_pages() {
    let (tmp, root) = common::fixture("regions");
    let out = tmp.path().join("site");
    common::build_ok(&root, &out);
    let mut learner_pages = 0;
    for path in common::walk(&out).into_iter().filter(|p| p.extension().is_some_and(|e| e == "html")) {
        let rel = path.strip_prefix(&out).unwrap().to_string_lossy().replace('\\', "/");
        let html = std::fs::read_to_string(&path).unwrap();
        let staff = rel.starts_with("status/") || rel.contains("/adaptation/");
        assert_eq!(html.contains("<meta name=\"robots\" content=\"noindex\">"), staff, "{rel}");
        if staff || rel == "index.html" {
            continue;
        }
        learner_pages += 1;
        for leak in
            ["adaptation/index.html", "status/index.html", ".zip", "SHA-256", "% adapted", "curricula/", "data-source="]
        {
            assert!(!html.contains(leak), "{rel} shows `{leak}`");
        }
    }
    assert!(learner_pages > 20, "{learner_pages}");
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert!(!sitemap.contains("status/") && !sitemap.contains("/adaptation/"), "staff pages are not in the sitemap");
    let portal = std::fs::read_to_string(out.join("index.html")).unwrap();
    let narrowed = common::build(&root, &out, &["--region", "sea"]);
    assert!(narrowed.status.success());
    assert_eq!(
        std::fs::read_to_string(out.join("index.html")).unwrap(),
        portal,
        "a narrowed build keeps the portal whole"
    );
    assert_eq!(std::fs::read_to_string(out.join("sitemap.xml")).unwrap(), sitemap);
}

#[test]
fn a_long_lesson_lists_its_sections_on_the_page_and_a_short_one_does_not() {
    let (tmp, root) = common::fixture("minimal");
    let lesson = root.join("curricula/onboarding/01-basics/01-welcome.md");
    let extra = "\n## Parking {#parking}\n\nUse the east car park.\n\n## Canteen {#canteen}\n\nOpen from six.\n";
    std::fs::write(&lesson, std::fs::read_to_string(&lesson).unwrap() + extra).unwrap();
    let out = tmp.path().join("site");
    common::build_ok(&root, &out);
    let page = std::fs::read_to_string(out.join("onboarding/global/en/01-basics/01-welcome/index.html")).unwrap();
    let list = &page[page.find("class=\"on-this-page\"").expect("a list of sections")..];
    let list = &list[..list.find("</nav>").unwrap()];
    for id in ["parking", "canteen"] {
        assert!(list.contains(&format!("href=\"#{id}\"")), "{list}");
        assert!(page.contains(&format!("id=\"{id}\"")), "the link leads to the section");
    }
    let short = std::fs::read_to_string(out.join("onboarding/global/en/01-basics/02-safety-walk/index.html")).unwrap();
    assert!(!short.contains("on-this-page"));
}
