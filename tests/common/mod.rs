//! Helpers shared by the integration tests: copy a fixture workspace to a temporary
//! folder, run the built `glocal` binary, and read what it wrote.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// A copy of `tests/fixtures/<name>` in a fresh temporary folder (kept alive by the guard).
pub fn fixture(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join(name);
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name), &root);
    (dir, root)
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

pub fn glocal() -> Command {
    let mut cmd = Command::cargo_bin("glocal").unwrap();
    cmd.env("NO_COLOR", "1");
    cmd
}

pub fn build(root: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    glocal().arg("build").arg("--root").arg(root).arg("--out").arg(out).args(extra).output().unwrap()
}

/// Builds and fails the test with glocal's messages when the build fails.
pub fn build_ok(root: &Path, out: &Path) {
    let result = build(root, out, &[]);
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
}

/// Every file under `dir` with its bytes, sorted by relative path.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walk(dir)
        .into_iter()
        .map(|p| (p.strip_prefix(dir).unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    files.sort();
    files
}

pub fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() { out.extend(walk(&p)) } else { out.push(p) }
    }
    out
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Writes a file into a fixture copy, making its folders.
pub fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// `check --format json`: every diagnostic as the JSON object glocal printed.
pub fn check_json(root: &Path) -> Vec<serde_json::Value> {
    let out = glocal().args(["check", "--format", "json", "--root"]).arg(root).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    report["diagnostics"].as_array().unwrap().clone()
}

/// Each diagnostic's code, file, line, column, and its message and help together.
pub fn diagnostics(root: &Path) -> Vec<(String, String, u64, u64, String)> {
    check_json(root)
        .iter()
        .map(|d| {
            let text = format!("{} {}", d["message"].as_str().unwrap(), d["help"].as_str().unwrap_or(""));
            let (code, file, line, column) = place(d);
            (code, file, line, column, text.trim().to_string())
        })
        .collect()
}

/// A diagnostic's code, file, line and column.
pub fn place(d: &serde_json::Value) -> (String, String, u64, u64) {
    (
        d["code"].as_str().unwrap().into(),
        d["file"].as_str().unwrap().into(),
        d["line"].as_u64().unwrap(),
        d["column"].as_u64().unwrap(),
    )
}
