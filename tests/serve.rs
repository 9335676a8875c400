//! `glocal serve` end to end on a free loopback port: a lesson edit shows over HTTP
//! and re-renders only that lesson's pages; a broken save keeps the old site served
//! with the errors reported; the next good save clears them. The server is stopped at
//! the end, pass or fail.

mod common;

use common::fixture;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Kills the server when the test ends, however it ends.
struct Server {
    child: Child,
    address: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(root: &std::path::Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_glocal"))
        .args(["serve", "--port", "0", "--root"])
        .arg(root)
        .env("NO_COLOR", "1")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let mut lines = BufReader::new(stderr).lines();
    let address = loop {
        let line = lines.next().expect("serve printed its address").unwrap();
        if let Some(rest) = line.strip_prefix("serving http://") {
            break rest.split('/').next().unwrap().to_string();
        }
    };
    std::thread::spawn(move || lines.for_each(drop));
    Server { child, address }
}

fn get(address: &str, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = response.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}

/// Polls until `done` holds, for at most ten seconds.
fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if done() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("timed out waiting for {what}");
}

const PAGE: &str = "/onboarding/global/en/01-basics/01-welcome/";

#[test]
fn an_edit_shows_at_once_a_broken_save_keeps_the_old_site_and_a_fix_clears_it() {
    let (_tmp, root) = fixture("minimal");
    let server = start(&root);
    let a = server.address.as_str();
    let (status, page) = get(a, PAGE);
    assert_eq!(status, 200);
    assert!(page.contains("<script src=\"/__glocal/live.js\"></script>"), "pages get the live-reload script");

    let lesson = root.join("curricula/onboarding/01-basics/01-welcome.md");
    let original = std::fs::read_to_string(&lesson).unwrap();
    std::fs::write(&lesson, original.replace("Walk the floor in pairs.", "Walk the floor in threes.")).unwrap();
    wait_for("the edit over HTTP", || get(a, PAGE).1.contains("Walk the floor in threes."));
    let state: serde_json::Value = serde_json::from_str(&get(a, "/__glocal/state").1).unwrap();
    let report = &state["report"];
    if report["kind"] == "lessons" {
        let rendered: Vec<&str> = report["rendered"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
        assert!(
            !rendered.is_empty() && rendered.iter().all(|p| p.ends_with("01-basics/01-welcome/index.html")),
            "{rendered:?}"
        );
    }

    std::fs::write(&lesson, original.replace("duration: 30", "duration: [thirty")).unwrap();
    wait_for("the error", || {
        let state: serde_json::Value = serde_json::from_str(&get(a, "/__glocal/state").1).unwrap();
        state["errors"].as_array().is_some_and(|e| !e.is_empty())
    });
    let state: serde_json::Value = serde_json::from_str(&get(a, "/__glocal/state").1).unwrap();
    assert_eq!(state["errors"][0]["file"], "curricula/onboarding/01-basics/01-welcome.md");
    assert_eq!(state["errors"][0]["line"], 3);
    assert!(get(a, PAGE).1.contains("Walk the floor in threes."), "the last good site is still served");

    std::fs::write(&lesson, &original).unwrap();
    wait_for("the fix", || {
        let state: serde_json::Value = serde_json::from_str(&get(a, "/__glocal/state").1).unwrap();
        state["errors"].as_array().is_some_and(|e| e.is_empty()) && get(a, PAGE).1.contains("Walk the floor in pairs.")
    });

    // Without glocal.yaml nothing can build: the page says so instead of going quiet.
    let config = root.join("glocal.yaml");
    let kept = std::fs::read_to_string(&config).unwrap();
    std::fs::remove_file(&config).unwrap();
    wait_for("the missing workspace", || {
        let state: serde_json::Value = serde_json::from_str(&get(a, "/__glocal/state").1).unwrap();
        state["errors"][0]["code"] == "no-workspace"
    });
    assert!(get(a, PAGE).1.contains("Walk the floor in pairs."), "the last good site is still served");
    std::fs::write(&config, kept).unwrap();
    wait_for("the workspace back", || {
        let state: serde_json::Value = serde_json::from_str(&get(a, "/__glocal/state").1).unwrap();
        state["errors"].as_array().is_some_and(|e| e.is_empty())
    });
}

#[test]
fn a_lesson_edit_re_renders_only_that_lessons_pages() {
    let (_tmp, root) = fixture("regions");
    let server = start(&root);
    let a = server.address.as_str();
    let lesson = root.join("curricula/onboarding/01-basics/02-safety-walk.md");
    let text = std::fs::read_to_string(&lesson).unwrap();
    std::fs::write(&lesson, text.replace("The safety walk takes", "Every day, the safety walk takes")).unwrap();
    wait_for("a lesson rebuild", || {
        let state: serde_json::Value = serde_json::from_str(&get(a, "/__glocal/state").1).unwrap();
        state["report"]["kind"] == "lessons"
    });
    let state: serde_json::Value = serde_json::from_str(&get(a, "/__glocal/state").1).unwrap();
    let rendered: Vec<&str> =
        state["report"]["rendered"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
    assert_eq!(
        rendered,
        [
            "onboarding/emea/en/01-basics/02-safety-walk/index.html",
            "onboarding/global/en/01-basics/02-safety-walk/index.html",
            "onboarding/sea/en/01-basics/02-safety-walk/index.html",
            "onboarding/sea/vi/01-basics/02-safety-walk/index.html"
        ]
    );
    assert!(get(a, "/onboarding/sea/vi/01-basics/02-safety-walk/").1.contains("Every day, the safety walk takes"));
    let (status, _) = get(a, "/__glocal/live.js");
    assert_eq!(status, 200);
}
