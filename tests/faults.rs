//! Faults while writing: a build killed at any point leaves every file old or new and
//! a record from which the next build finishes the job (no torn page, no orphan); two
//! builds into one folder do not interleave; a full disk names the file it could not
//! write and leaves the previous site whole.

mod common;

use common::{fixture, glocal, snapshot};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_glocal"))
}

fn build_cmd(root: &Path, out: &Path) -> Command {
    let mut cmd = Command::new(binary());
    cmd.args(["build", "--quiet", "--no-kits", "--root"]).arg(root).arg("--out").arg(out);
    cmd.stdout(Stdio::null()).stderr(Stdio::null());
    cmd
}

/// Two versions of the sources: B edits a lesson and adds one, so a build of each
/// writes and deletes pages.
fn set_version(root: &Path, b: bool) {
    let module = root.join("curricula/onboarding/01-basics");
    let welcome = module.join("01-welcome.md");
    let text = std::fs::read_to_string(&welcome).unwrap();
    let text = text.replace(" (version B)", "");
    let text = if b { text.replacen("\n## ", " (version B)\n\n## ", 1) } else { text };
    std::fs::write(&welcome, text).unwrap();
    let extra = module.join("09-extra.md");
    if b {
        std::fs::write(&extra, "---\ntitle: Extra\nduration: 5\n---\nAn extra lesson.\n").unwrap();
    } else if extra.exists() {
        std::fs::remove_file(&extra).unwrap();
    }
}

/// The site as a reader sees it: every file but glocal's own bookkeeping.
fn site(out: &Path) -> Vec<(String, Vec<u8>)> {
    snapshot(out).into_iter().filter(|(p, _)| !p.starts_with(".glocal")).collect()
}

fn assert_no_torn_page(out: &Path) {
    for (path, bytes) in site(out) {
        if path.ends_with(".html") {
            let text = String::from_utf8_lossy(&bytes);
            assert!(text.trim_end().ends_with("</html>"), "{path} is torn: {} bytes", bytes.len());
        }
    }
}

#[test]
fn a_build_killed_at_any_point_leaves_no_torn_file_and_the_next_build_leaves_no_orphan() {
    let (tmp, root) = fixture("languages");
    let out = tmp.path().join("site");
    assert!(build_cmd(&root, &out).status().unwrap().success());
    // Delays spread over a whole build (about 0.3 s here), the same on every run.
    let delays = [5u64, 40, 80, 110, 140, 170, 200, 230, 260, 290, 320, 25, 95, 155, 215, 275];
    let mut midway = 0;
    for (i, delay) in delays.iter().enumerate() {
        set_version(&root, i % 2 == 0);
        let mut child = build_cmd(&root, &out).spawn().unwrap();
        if i % 2 == 0 {
            std::thread::sleep(Duration::from_millis(*delay));
        } else {
            // Aim at the moment files move into place: once the journal names them.
            let started = std::time::Instant::now();
            while !out.join(".glocal-journal").exists() && started.elapsed() < Duration::from_secs(5) {
                std::thread::sleep(Duration::from_micros(200));
            }
            std::thread::sleep(Duration::from_micros(*delay));
        }
        let _ = child.kill();
        let _ = child.wait();
        assert_no_torn_page(&out);
        midway += usize::from(out.join(".glocal-journal").exists());
    }
    eprintln!("{midway} of {} kills landed while files were being written", delays.len());
    assert!(midway > 0, "the test kills builds while they write");
    set_version(&root, false);
    assert!(build_cmd(&root, &out).status().unwrap().success());
    let clean = tmp.path().join("clean");
    assert!(build_cmd(&root, &clean).status().unwrap().success());
    let (got, want) = (site(&out), site(&clean));
    let names = |s: &[(String, Vec<u8>)]| s.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(names(&got), names(&want), "no orphan and nothing missing after the kills");
    assert!(got == want, "every file is as a clean build writes it");
    assert!(!out.join(".glocal-staging").exists() && !out.join(".glocal-journal").exists());
}

#[test]
fn two_builds_into_one_folder_at_once_both_finish_and_do_not_interleave() {
    let (tmp, root) = fixture("languages");
    let out = tmp.path().join("site");
    let children: Vec<_> = (0..2).map(|_| build_cmd(&root, &out).spawn().unwrap()).collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    let clean = tmp.path().join("clean");
    assert!(build_cmd(&root, &clean).status().unwrap().success());
    assert!(site(&out) == site(&clean));
}

#[test]
fn a_full_disk_names_the_file_and_leaves_the_previous_site_whole() {
    let is_root = Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout == b"0\n");
    if !is_root {
        eprintln!("skipped: mounting a small tmpfs needs root");
        return;
    }
    let (tmp, root) = fixture("languages");
    let disk = tmp.path().join("disk");
    std::fs::create_dir_all(&disk).unwrap();
    let mounted = Command::new("mount").args(["-t", "tmpfs", "-o", "size=400k", "tmpfs"]).arg(&disk).status();
    if !mounted.is_ok_and(|s| s.success()) {
        eprintln!("skipped: this machine does not let tests mount a tmpfs");
        return;
    }
    let out = disk.join("site");
    let result = std::panic::catch_unwind(|| {
        assert!(build_cmd(&root, &out).status().unwrap().success(), "the site fits at first");
        let before = site(&out);
        // A large asset that no longer fits.
        let big: String = (0..1_500_000u32).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
        let module = root.join("curricula/onboarding/01-basics");
        std::fs::write(module.join("assets/big.txt"), &big).unwrap();
        let welcome = module.join("01-welcome.md");
        let text = std::fs::read_to_string(&welcome).unwrap();
        std::fs::write(&welcome, format!("{text}\n[the big file](assets/big.txt)\n")).unwrap();
        let failed =
            glocal().args(["build", "--no-kits", "--root"]).arg(&root).arg("--out").arg(&out).output().unwrap();
        let stderr = String::from_utf8_lossy(&failed.stderr);
        assert_eq!(failed.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains("could not write") && stderr.contains("big.txt"), "names the file: {stderr}");
        assert_no_torn_page(&out);
        let after = site(&out);
        for (path, _) in &before {
            assert!(after.iter().any(|(p, _)| p == path), "{path} is still there");
        }
    });
    let _ = Command::new("umount").arg(&disk).status();
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
}
