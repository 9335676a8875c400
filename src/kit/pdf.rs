//! `build --pdf` (SPEC 6): each kit also carries PDFs of its guide, workbook, agenda
//! and forms, printed by headless Chromium, the engine the kit's print styles are
//! written and tested for. Chromium tags the PDF (structure, the page's language) and,
//! asked to, writes a document outline from the headings.
//!
//! The kit's files are laid out in a scratch folder inside the kits' own staging
//! folder, so nothing is written outside the output folder, and Chromium is kept off
//! the network and out of the user's profile. Chromium stamps each PDF with the time
//! and with DOM node numbers that vary between runs; both are rewritten in place, at
//! the same length, so the same kit prints to the same bytes.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The kit documents that are printed: everything a trainer hands out or reads.
pub const PRINTED: &[&str] = &[
    "facilitator-guide.html",
    "participant-workbook.html",
    "agenda.html",
    "materials-checklist.html",
    "assessments/level-1-reaction-survey.html",
    "assessments/level-2-knowledge-check.html",
    "assessments/level-2-answer-key.html",
    "assessments/level-3-behaviour-checklist.html",
    "assessments/level-4-kpi-scorecard.html",
    "certification/trainer-certification-checklist.html",
];

/// A browser long gone quiet is stopped rather than waited for.
const PATIENCE: Duration = Duration::from_secs(180);

const NAMES: &[&str] = &["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

/// Finds Chromium: `GLOCAL_CHROMIUM`, else the usual names on `PATH`. The error says
/// what to install.
pub fn find_chromium() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("GLOCAL_CHROMIUM").filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        return if path.is_file() {
            Ok(path)
        } else {
            Err(format!("GLOCAL_CHROMIUM is set to {}, which is not a file", path.display()))
        };
    }
    let dirs: Vec<PathBuf> = std::env::var_os("PATH").map(|p| std::env::split_paths(&p).collect()).unwrap_or_default();
    NAMES.iter().flat_map(|name| dirs.iter().map(move |d| d.join(name))).find(|p| p.is_file()).ok_or_else(|| {
        format!(
            "--pdf prints the kits with headless Chromium, and none was found on PATH (looked for {}). \
             Install it (Debian and Ubuntu: `sudo apt install chromium`; Fedora: `sudo dnf install chromium`; \
             macOS: `brew install --cask chromium`), or set GLOCAL_CHROMIUM to the browser's path; \
             or build without --pdf",
            NAMES.join(", ")
        )
    })
}

/// Prints kit documents with one Chromium binary, in a scratch folder.
pub struct Printer {
    chromium: PathBuf,
    scratch: PathBuf,
}

impl Printer {
    pub fn new(chromium: PathBuf, scratch: PathBuf) -> Printer {
        Printer { chromium, scratch }
    }

    /// The PDFs of a kit's printed documents, by their path in the kit.
    pub fn print(&self, kit: &str, files: &[(String, Vec<u8>)]) -> Result<Vec<(String, Vec<u8>)>, String> {
        let dir = self.scratch.join(kit);
        let result = self.print_in(&dir, files);
        let _ = std::fs::remove_dir_all(&dir);
        result
    }

    fn print_in(&self, dir: &Path, files: &[(String, Vec<u8>)]) -> Result<Vec<(String, Vec<u8>)>, String> {
        let site = dir.join("kit");
        for (path, bytes) in files {
            let to = site.join(path);
            if let Some(parent) = to.parent() {
                std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
            }
            let printed = if path.ends_with(".html") { for_paper(bytes) } else { bytes.clone() };
            std::fs::write(&to, printed).map_err(|e| format!("{}: {e}", to.display()))?;
        }
        let mut out = Vec::new();
        for (n, doc) in PRINTED.iter().filter(|d| files.iter().any(|(p, _)| p == *d)).enumerate() {
            let pdf_path = dir.join(format!("printed-{n}.pdf"));
            self.run(dir, &site.join(doc), &pdf_path)?;
            let bytes = std::fs::read(&pdf_path).map_err(|e| format!("Chromium wrote no PDF of {doc}: {e}"))?;
            out.push((format!("{}.pdf", doc.trim_end_matches(".html")), settle(bytes)));
        }
        Ok(out)
    }

    fn run(&self, dir: &Path, page: &Path, pdf: &Path) -> Result<(), String> {
        let page = std::path::absolute(page).map_err(|e| e.to_string())?;
        let mut command = Command::new(&self.chromium);
        command
            .arg("--headless")
            .arg(format!("--user-data-dir={}", dir.join("profile").display()))
            .args(["--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions"])
            .args(["--disable-background-networking", "--disable-component-update", "--disable-sync"])
            // The kit opens offline; nothing it holds may reach another host.
            .arg("--host-resolver-rules=MAP * ~NOTFOUND")
            .args(["--no-pdf-header-footer", "--generate-pdf-document-outline"])
            .arg(format!("--print-to-pdf={}", pdf.display()))
            .arg(url_of(&page))
            .stdin(Stdio::null())
            .stdout(Stdio::null());
        // Chromium's log goes to a file: a pipe nobody reads while it prints could fill.
        let log = dir.join("chromium.log");
        command.stderr(std::fs::File::create(&log).map_err(|e| format!("{}: {e}", log.display()))?);
        // Chromium refuses to start its sandbox as root (a container, a CI runner).
        if is_root() {
            command.arg("--no-sandbox");
        }
        let mut child = command.spawn().map_err(|e| format!("could not start {}: {e}", self.chromium.display()))?;
        let started = Instant::now();
        loop {
            let state = child.try_wait().inspect_err(|_| {
                let _ = child.kill();
            });
            match state.map_err(|e| e.to_string())? {
                Some(status) if status.success() && pdf.is_file() => return Ok(()),
                Some(status) => {
                    let err = std::fs::read_to_string(&log).unwrap_or_default();
                    let last = err.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("no message").to_string();
                    return Err(format!("Chromium could not print {} ({status}): {last}", page.display()));
                }
                None if started.elapsed() > PATIENCE => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(format!(
                        "Chromium took over {} s to print {}; stopped",
                        PATIENCE.as_secs(),
                        page.display()
                    ));
                }
                None => std::thread::sleep(Duration::from_millis(40)),
            }
        }
    }
}

/// A kit page as it is printed: links to other files of the kit lose their target
/// (Chromium would write them as `file:` links into the scratch folder, which does not
/// outlast the build); links within the page and to the web stay. Kit pages have no
/// script of glocal's; one in trusted raw HTML becomes an inert template, so that a
/// dialog it opens cannot stall the print (Chromium cannot print with scripts off).
fn for_paper(html: &[u8]) -> Vec<u8> {
    let text =
        String::from_utf8_lossy(html).replace("<script", "<template data-script").replace("</script", "</template");
    let mut out = String::with_capacity(text.len());
    let mut rest: &str = &text;
    while let Some(at) = rest.find("<a href=\"") {
        let value_at = at + "<a href=\"".len();
        let value = &rest[value_at..];
        let keep = value.starts_with('#')
            || value.starts_with("https:")
            || value.starts_with("http:")
            || value.starts_with("mailto:");
        out.push_str(&rest[..at]);
        out.push_str(if keep { "<a href=\"" } else { "<a data-href=\"" });
        rest = value;
    }
    out.push_str(rest);
    out.into_bytes()
}

/// A `file:` URL for an absolute path, each byte outside the unreserved set escaped.
fn url_of(path: &Path) -> String {
    format!("file://{}", crate::output::url_path(&path.to_string_lossy()))
}

fn is_root() -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
    }
    #[cfg(not(unix))]
    {
        false
    }
}

/// Rewrites what Chromium varies from run to run, in place and at the same length (so
/// the cross-reference table stays right): every date becomes the epoch, and the
/// structure tree's node names are renumbered by rank.
pub fn settle(mut pdf: Vec<u8>) -> Vec<u8> {
    const DATE: &[u8] = b"D:";
    let mut i = 0;
    while let Some(at) = find(&pdf[i..], DATE).map(|a| a + i) {
        let digits = pdf[at + 2..].iter().take(14).take_while(|b| b.is_ascii_digit()).count();
        // A date string opens with `(`; an escaped `\(` is text that only looks like one.
        if digits == 14 && at > 0 && pdf[at - 1] == b'(' && (at < 2 || pdf[at - 2] != b'\\') {
            pdf[at + 2..at + 16].copy_from_slice(b"19700101000000");
        }
        i = at + 2;
    }
    // Node names are renumbered by rank, so their order (which the structure tree's
    // ID lookup keeps sorted) stays as Chromium wrote it.
    const NODE: &[u8] = b"(node";
    let mut places = Vec::new();
    let mut i = 0;
    while let Some(at) = find(&pdf[i..], NODE).map(|a| a + i) {
        let start = at + NODE.len();
        let len = pdf[start..].iter().take_while(|b| b.is_ascii_digit()).count();
        if len > 0 && pdf.get(start + len) == Some(&b')') {
            places.push((start, len));
        }
        i = start;
    }
    let number = |pdf: &[u8], (start, len): (usize, usize)| -> u128 {
        std::str::from_utf8(&pdf[start..start + len]).ok().and_then(|t| t.parse().ok()).unwrap_or(u128::MAX)
    };
    let mut ranks: Vec<u128> = places.iter().map(|p| number(&pdf, *p)).collect();
    ranks.sort_unstable();
    ranks.dedup();
    for (start, len) in places {
        let rank = ranks.binary_search(&number(&pdf, (start, len))).unwrap_or(0);
        let text = format!("{rank:0len$}");
        if text.len() == len {
            pdf[start..start + len].copy_from_slice(text.as_bytes());
        }
    }
    pdf
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_node_names_settle_to_the_same_bytes_at_the_same_length() {
        let a =
            b"/CreationDate (D:20261130133439+00'00')\n/ID (node00000078)>> /Headers [(node00000078)] (node00000079)"
                .to_vec();
        let b =
            b"/CreationDate (D:20261130133444+00'00')\n/ID (node00000075)>> /Headers [(node00000075)] (node00000076)"
                .to_vec();
        let (sa, sb) = (settle(a.clone()), settle(b));
        assert_eq!(sa, sb);
        assert_eq!(sa.len(), a.len());
        assert_eq!(
            String::from_utf8(sa).unwrap(),
            "/CreationDate (D:19700101000000+00'00')\n/ID (node00000000)>> /Headers [(node00000000)] (node00000001)"
        );
    }

    #[test]
    fn node_names_keep_their_order_whatever_order_they_appear_in() {
        let a = settle(b"(node00000090) (node00000075) (node00000090)".to_vec());
        assert_eq!(a, b"(node00000001) (node00000000) (node00000001)".to_vec());
    }

    #[test]
    fn a_script_in_trusted_html_is_inert_on_paper() {
        let out = String::from_utf8(for_paper(b"<p>a</p><script>alert(1)</script>")).unwrap();
        assert_eq!(out, "<p>a</p><template data-script>alert(1)</template>");
    }

    #[test]
    fn printed_pages_keep_links_within_the_page_and_to_the_web_only() {
        let html =
            br##"<a href="#x">a</a><a href="01-basics/assets/map.svg">b</a><a href="https://example.org/">c</a>"##;
        let out = String::from_utf8(for_paper(html)).unwrap();
        assert_eq!(
            out,
            r##"<a href="#x">a</a><a data-href="01-basics/assets/map.svg">b</a><a href="https://example.org/">c</a>"##
        );
    }

    #[test]
    fn text_that_only_looks_like_a_date_or_a_node_is_left_alone() {
        let text = b"(see D:2026 and node12 and (nodeX) and \\(D:20261130133439)".to_vec();
        assert_eq!(settle(text.clone()), text);
    }

    #[test]
    fn a_missing_browser_is_named_with_what_to_install() {
        // SAFETY: tests that read GLOCAL_CHROMIUM run in this one test only.
        unsafe { std::env::set_var("GLOCAL_CHROMIUM", "/nonexistent/chromium") };
        let e = find_chromium().unwrap_err();
        unsafe { std::env::remove_var("GLOCAL_CHROMIUM") };
        assert!(e.contains("GLOCAL_CHROMIUM") && e.contains("/nonexistent/chromium"), "{e}");
    }
}
