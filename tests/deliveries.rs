//! Deliveries (SPEC 8) as users meet them: every cohort and trainer error at its line
//! with the closest id, cohort pages whose every time carries its offset, calendars,
//! the staff list of the network, `status` on a given day, and `new cohort`.

mod common;

use common::{build, diagnostics, fixture, glocal, write};

#[test]
fn the_fixture_checks_clean() {
    let (_tmp, root) = fixture("deliveries");
    assert_eq!(diagnostics(&root), vec![]);
}

#[test]
fn every_cohort_error_of_spec_8_is_reported_at_its_line_with_the_closest_id() {
    let (_tmp, root) = fixture("deliveries");
    write(
        &root,
        "cohorts/sea/bad.yaml",
        "course: inductoin\nlocale: vi\ndelivery: virtual\njoin_url: http://meet.example/x\ntrainers: []\nsessions: []\n",
    );
    write(
        &root,
        "cohorts/emea/worse.yaml",
        "course: induction\n\
         locale: fr\n\
         timezone: Europe/Berln\n\
         delivery: hybrid\n\
         location: Room 1\n\
         join_url: https://meet.example/y\n\
         trainers:\n  - { id: lenna, role: lead }\n  - { id: binh, role: co-trainer }\n\
         sessions:\n  - { date: 2027-03-02 }\n",
    );
    write(
        &root,
        "cohorts/sea/late.yaml",
        "course: induction\n\
         locale: vi\n\
         delivery: in-person\n\
         location: Kho 2\n\
         trainers:\n  - { id: binh, role: lead }\n  - { id: lena, role: co-trainer }\n\
         sessions:\n  - { date: 2027-06-08 }\n  - { date: 2027-06-01 }\n",
    );
    let found = diagnostics(&root);
    let codes: Vec<(&str, &str, u64, u64)> =
        found.iter().map(|(c, f, l, k, _)| (c.as_str(), f.as_str(), *l, *k)).collect();
    assert_eq!(
        codes,
        [
            ("cohort-locale", "cohorts/emea/worse.yaml", 2, 9),
            ("unknown-timezone", "cohorts/emea/worse.yaml", 3, 11),
            ("unknown-trainer", "cohorts/emea/worse.yaml", 8, 11),
            ("trainer-language", "cohorts/emea/worse.yaml", 9, 11),
            ("trainer-region", "cohorts/emea/worse.yaml", 9, 11),
            ("session-count", "cohorts/emea/worse.yaml", 10, 1),
            ("unknown-course", "cohorts/sea/bad.yaml", 1, 9),
            ("join-url", "cohorts/sea/bad.yaml", 4, 11),
            ("no-lead", "cohorts/sea/bad.yaml", 5, 11),
            ("lead-not-certified", "cohorts/sea/late.yaml", 6, 11),
            ("trainer-language", "cohorts/sea/late.yaml", 7, 11),
            ("trainer-region", "cohorts/sea/late.yaml", 7, 11),
            ("session-order", "cohorts/sea/late.yaml", 10, 13),
        ]
        .iter()
        .map(|(c, f, l, k)| (*c, *f, *l, *k))
        .collect::<Vec<_>>(),
        "{found:#?}"
    );
    let message = |code: &str| found.iter().find(|d| d.0 == code).unwrap().4.clone();
    assert!(message("unknown-course").contains("did you mean `induction`?"));
    assert!(message("unknown-timezone").contains("did you mean `Europe/Berlin`?"));
    assert!(message("unknown-trainer").contains("did you mean `lena`?"));
    assert!(message("cohort-locale").contains("region `emea` lists: en, de"));
    assert!(message("session-count").contains("scheduled in 2 sessions; this cohort lists 1"));
    assert!(message("lead-not-certified").contains("has no certification for `induction`"));
}

#[test]
fn a_join_url_with_a_line_break_cannot_forge_calendar_lines() {
    let (_tmp, root) = fixture("deliveries");
    write(
        &root,
        "cohorts/sea/online.yaml",
        "course: induction\nlocale: en\ndelivery: virtual\njoin_url: \"https://meet.example/x\\r\\nATTENDEE:evil\"\n\
         trainers:\n  - { id: an, role: lead }\nsessions:\n  - { date: 2027-05-04 }\n  - { date: 2027-05-05 }\n",
    );
    let found = diagnostics(&root);
    assert_eq!(found.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(), ["join-url"], "{found:#?}");
}

#[test]
fn a_join_url_that_is_not_https_is_an_error_once_the_course_is_known() {
    let (_tmp, root) = fixture("deliveries");
    write(
        &root,
        "cohorts/sea/online.yaml",
        "course: induction\nlocale: en\ndelivery: virtual\njoin_url: http://meet.example/x\n\
         trainers:\n  - { id: an, role: lead }\nsessions:\n  - { date: 2027-05-04 }\n  - { date: 2027-05-05 }\n",
    );
    let found = diagnostics(&root);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!((found[0].0.as_str(), found[0].2, found[0].3), ("join-url", 4, 11));
}

#[test]
fn a_lead_whose_certification_lapses_before_a_session_is_an_error_naming_the_dates() {
    let (_tmp, root) = fixture("deliveries");
    // Lena's certification (2027-01-10, six months by the course) ends 2027-07-09.
    write(
        &root,
        "cohorts/emea/autumn.yaml",
        "course: induction\nlocale: en\ndelivery: in-person\nlocation: Room 2\n\
         trainers:\n  - { id: lena, role: lead }\nsessions:\n  - { date: 2027-07-09 }\n  - { date: 2027-07-10 }\n",
    );
    let found = diagnostics(&root);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!((found[0].0.as_str(), found[0].2), ("lead-not-certified", 6));
    assert!(found[0].4.contains("was certified until 2027-07-09, so is not certified on 2027-07-10"), "{}", found[0].4);
}

#[test]
fn a_start_in_the_hour_the_clocks_skip_is_an_error_naming_the_gap() {
    let (_tmp, root) = fixture("deliveries");
    write(
        &root,
        "cohorts/emea/night.yaml",
        "course: induction\nlocale: en\ndelivery: in-person\nlocation: Room 3\n\
         trainers:\n  - { id: lena, role: lead }\nsessions:\n  - { date: 2027-03-27 }\n  - { date: 2027-03-28, start: \"02:30\" }\n",
    );
    let found = diagnostics(&root);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!((found[0].0.as_str(), found[0].2, found[0].3), ("time-gap", 9, 33));
    assert!(found[0].4.contains("2027-03-28 02:30 does not exist in Europe/Berlin: the clocks go from 02:00 to 03:00"));
}

#[test]
fn trainer_errors_are_reported_at_their_line_with_the_closest_id() {
    let (_tmp, root) = fixture("deliveries");
    let mut text = std::fs::read_to_string(root.join("trainers.yaml")).unwrap();
    text.push_str(
        "- id: lena\n  name: Lena again\n  languages: [de]\n\
         - id: mia\n  name: Mia\n  regions: [emia]\n  languages: [en_GB]\n  certified:\n    - { course: inducton, date: 2027-01-01 }\n    - { course: induction, date: 2027-13-01 }\n    - { course: induction, date: 2027-02-01, expires: 2027-01-01 }\n",
    );
    std::fs::write(root.join("trainers.yaml"), text).unwrap();
    let found = diagnostics(&root);
    let codes: Vec<(&str, u64, u64)> = found.iter().map(|(c, _, l, k, _)| (c.as_str(), *l, *k)).collect();
    assert_eq!(
        codes,
        [
            ("duplicate-trainer", 17, 7),
            ("unknown-region", 22, 13),
            ("locale-id", 23, 15),
            ("unknown-course", 25, 17),
            ("date", 26, 34),
            ("expires-before-date", 27, 55),
        ],
        "{found:#?}"
    );
    assert!(found[1].4.contains("did you mean `emea`?"));
    assert!(found[3].4.contains("did you mean `induction`?"));
}

#[test]
fn cohort_pages_give_every_time_with_its_offset_across_the_daylight_saving_change() {
    let (_tmp, root) = fixture("deliveries");
    let out = root.parent().unwrap().join("public");
    assert!(build(&root, &out, &[]).status.success());
    let page = std::fs::read_to_string(out.join("induction/emea/de/cohorts/berlin-spring/index.html")).unwrap();
    assert!(page.contains("<html lang=\"de\" dir=\"ltr\">"));
    assert!(page.contains("<time datetime=\"2027-03-27T09:00:00+01:00\" data-local>09:00</time>"), "{page}");
    assert!(page.contains("<time datetime=\"2027-03-28T10:00:00+02:00\" data-local>10:00</time>"));
    assert!(page.contains("Samstag, 27. März 2027"), "the date as German writes it");
    assert!(page.contains("data-local-times data-zone=\"Europe/Berlin\""), "a hybrid cohort shows readers their time");
    assert!(page.contains("Lena Hoffmann"));
    assert!(page.contains("href=\"https://meet.example/berlin\""));
    let home = std::fs::read_to_string(out.join("induction/emea/de/index.html")).unwrap();
    assert!(home.contains("<a href=\"cohorts/berlin-spring/index.html\">Berlin, Frühjahr 2027</a>"), "{home}");
    let other = std::fs::read_to_string(out.join("induction/emea/en/index.html")).unwrap();
    assert!(!other.contains("berlin-spring"), "a cohort belongs to the target of its language");
    let in_person = std::fs::read_to_string(out.join("induction/sea/vi/cohorts/hcm-may/index.html")).unwrap();
    assert!(!in_person.contains("data-local-times"), "an in-person cohort meets in one zone");
    assert!(in_person.contains("<time datetime=\"2027-05-11T08:30:00+07:00\" data-local>08:30</time>"));
}

#[test]
fn the_calendar_has_one_event_per_session_in_the_cohorts_zone_and_a_vtimezone_with_each_change() {
    let (_tmp, root) = fixture("deliveries");
    let out = root.parent().unwrap().join("public");
    assert!(build(&root, &out, &[]).status.success());
    let ics = std::fs::read_to_string(out.join("induction/emea/de/cohorts/berlin-spring/cohort.ics")).unwrap();
    assert!(ics.lines().all(|l| l.len() <= 75), "folded at 75 octets");
    assert!(ics.split("\r\n").filter(|l| !l.is_empty()).count() == ics.lines().count(), "CRLF line ends");
    let unfolded = ics.replace("\r\n ", "");
    assert_eq!(unfolded.matches("BEGIN:VEVENT").count(), 2);
    assert!(unfolded.contains("DTSTART;TZID=Europe/Berlin:20270327T090000\r\n"));
    assert!(unfolded.contains("DTEND;TZID=Europe/Berlin:20270327T103000\r\n"), "{unfolded}");
    assert!(unfolded.contains("DTSTART;TZID=Europe/Berlin:20270328T100000\r\n"));
    assert!(unfolded.contains("UID:induction/emea/berlin-spring/session-2@deliveries.example\r\n"));
    assert!(
        unfolded.contains("BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n")
    );
    assert!(unfolded.contains("LOCATION:Lager Berlin-Spandau\\, Raum 1\r\n"));
    assert!(!unfolded.contains("DTSTAMP:2"), "no value from the clock");
}

#[test]
fn builds_of_the_same_cohorts_are_byte_identical() {
    let (_tmp, root) = fixture("deliveries");
    let (a, b) = (root.parent().unwrap().join("a"), root.parent().unwrap().join("b"));
    assert!(build(&root, &a, &["--no-kits"]).status.success());
    assert!(build(&root, &b, &["--no-kits"]).status.success());
    let strip = |files: Vec<(String, Vec<u8>)>| -> Vec<(String, Vec<u8>)> {
        files.into_iter().filter(|(p, _)| !p.starts_with(".glocal")).collect()
    };
    assert_eq!(strip(common::snapshot(&a)), strip(common::snapshot(&b)));
}

#[test]
fn the_staff_page_lists_cohorts_by_region_and_each_trainers_certifications_and_learner_pages_do_not_link_it() {
    let (_tmp, root) = fixture("deliveries");
    let out = root.parent().unwrap().join("public");
    assert!(build(&root, &out, &[]).status.success());
    let staff = std::fs::read_to_string(out.join("status/deliveries/index.html")).unwrap();
    assert!(staff.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(staff.contains("Nguyễn Thị An"));
    assert!(staff.contains("Site induction: Jan 10, 2027 to Jul 9, 2027"), "six months by the course");
    assert!(staff.contains("Dec 1, 2026 to Dec 31, 2027"), "an explicit expiry");
    assert!(staff.contains("href=\"../../induction/emea/de/cohorts/berlin-spring/index.html\""));
    let status = std::fs::read_to_string(out.join("status/index.html")).unwrap();
    assert!(status.contains("href=\"deliveries/index.html\""));
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert!(!sitemap.contains("status/deliveries"));
    assert!(sitemap.contains("cohorts/berlin-spring/"), "cohort pages are learner pages");
    for p in common::walk(&out).into_iter().filter(|p| p.starts_with(out.join("induction"))) {
        let text = std::fs::read_to_string(&p).unwrap_or_default();
        assert!(!text.contains("status/deliveries"), "{} links a staff page", p.display());
    }
}

#[test]
fn status_on_a_given_day_lists_expiring_certifications_leads_and_uncovered_languages() {
    let (_tmp, root) = fixture("deliveries");
    let run = |day: &str| {
        let out = glocal().args(["status", "--format", "json", "--today", day, "--root"]).arg(&root).output().unwrap();
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        doc["deliveries"].clone()
    };
    let may = run("2027-05-01");
    assert_eq!(may["expiring"][0]["trainer"], "lena");
    assert_eq!(may["expiring"][0]["until"], "2027-07-09");
    assert_eq!(may["expiring"][0]["days_left"], 69);
    assert_eq!(may["without_certified_lead"], serde_json::json!([]));
    assert_eq!(may["uncovered"], serde_json::json!([]));
    let august = run("2027-08-01");
    let uncovered: Vec<String> = august["uncovered"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| format!("{}/{}", u["region"].as_str().unwrap(), u["locale"].as_str().unwrap()))
        .collect();
    assert_eq!(uncovered, ["emea/en", "emea/de"], "Lena's six months are over");
    let text = glocal().args(["status", "--today", "2027-05-01", "--root"]).arg(&root).output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("certifications expiring within 90 days:\n    lena"), "{text}");
    glocal().args(["status", "--today", "1 May", "--root"]).arg(&root).assert().code(2);
}

#[test]
fn a_cohort_without_a_certified_lead_is_listed_by_status() {
    let (_tmp, root) = fixture("deliveries");
    write(
        &root,
        "cohorts/sea/no-lead.yaml",
        "course: induction\nlocale: vi\ndelivery: in-person\nlocation: Kho 3\n\
         trainers:\n  - { id: binh, role: co-trainer }\nsessions:\n  - { date: 2027-08-03 }\n  - { date: 2027-08-04 }\n",
    );
    let warnings = diagnostics(&root);
    assert_eq!(warnings.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(), ["no-lead"]);
    let out =
        glocal().args(["status", "--format", "json", "--today", "2027-06-01", "--root"]).arg(&root).output().unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["deliveries"]["without_certified_lead"][0]["cohort"], "no-lead");
}

#[test]
fn new_cohort_writes_one_line_per_scheduled_session_and_refuses_what_does_not_exist() {
    let (_tmp, root) = fixture("deliveries");
    glocal()
        .args(["new", "cohort", "sea", "hcm-june", "--course", "induction", "--locale", "vi", "--root"])
        .arg(&root)
        .assert()
        .success();
    let text = std::fs::read_to_string(root.join("cohorts/sea/hcm-june.yaml")).unwrap();
    assert_eq!(text.matches("- { date: YYYY-MM-DD }").count(), 2, "{text}");
    assert!(text.contains("# Day 1: Arriving: starts 09:00 (Asia/Ho_Chi_Minh)"));
    assert!(text.contains("- { id: an, role: lead }"), "the region's certified trainer who speaks vi");
    let found = diagnostics(&root);
    assert_eq!(found.iter().filter(|d| d.0 == "date").count(), 2, "the dates are left to fill in: {found:#?}");
    let refused = |args: &[&str]| {
        let out = glocal().args(["new", "cohort"]).args(args).arg("--root").arg(&root).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        String::from_utf8(out.stderr).unwrap()
    };
    assert!(refused(&["sea", "hcm-june", "--course", "induction", "--locale", "vi"]).contains("already exists"));
    assert!(refused(&["seaa", "x", "--course", "induction", "--locale", "vi"]).contains("did you mean `sea`?"));
    assert!(refused(&["sea", "x", "--course", "induction", "--locale", "de"]).contains("not delivered in `de`"));
    assert!(refused(&["emea", "hcm-may", "--course", "induction", "--locale", "de"]).contains("is taken by"));
}

#[test]
fn cohort_page_main_snapshot() {
    let (_tmp, root) = fixture("deliveries");
    let out = root.parent().unwrap().join("public");
    assert!(build(&root, &out, &["--no-kits"]).status.success());
    let html = std::fs::read_to_string(out.join("induction/sea/vi/cohorts/hcm-may/index.html")).unwrap();
    let main = &html[html.find("<main").unwrap()..html.find("</main>").unwrap() + "</main>".len()];
    insta::assert_snapshot!("cohort_main", main);
}
