//! Pinning (SPEC section 4): the hash of each core section an overlay touches or stands
//! beside, written into the overlay's front matter as `based_on`, and compared later
//! to report stale overlays with what changed in the core.

use super::model::{LessonOverlay, OpContent};
use crate::diagnostics::{Diagnostic, Location};
use crate::hashing::hash;
use crate::source::directives::Node;
use crate::source::model::Lesson;
use crate::source::sections::Section;
use std::collections::BTreeMap;

/// The source text of the section or directive with `id` in a core lesson.
pub fn source_of<'l>(lesson: &'l Lesson, id: &str) -> Option<&'l str> {
    let span = span_of(&lesson.root, id)?;
    lesson.body.get(span)
}

fn span_of(s: &Section, id: &str) -> Option<std::ops::Range<usize>> {
    if s.id() == Some(id) {
        return Some(s.span.clone());
    }
    if let Some(d) =
        crate::source::validate::directives_in(&s.body).into_iter().find(|d| d.attrs.id.as_deref() == Some(id))
    {
        return Some(d.span.clone());
    }
    s.children.iter().find_map(|c| span_of(c, id))
}

/// The current hashes of the core sections an overlay's operations touch or stand
/// beside, in operation order.
pub fn current_hashes(core: &Lesson, ov: &LessonOverlay) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for op in &ov.operations {
        if out.iter().any(|(id, _)| id == &op.target) {
            continue;
        }
        if let Some(text) = source_of(core, &op.target) {
            out.push((op.target.clone(), hash(text)));
        }
    }
    out
}

/// A pinned section whose core text changed since.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Stale {
    pub file: String,
    pub section: String,
    pub pinned: String,
    pub current: String,
}

/// Compares an overlay's pins with the core: stale and never-pinned overlays are
/// warnings (the build still uses them).
pub fn check(core: &Lesson, ov: &LessonOverlay, out: &mut Vec<Diagnostic>) -> Vec<Stale> {
    let current = current_hashes(core, ov);
    let at = Location::new(&ov.file, ov.front_line, 1);
    if ov.front.based_on.is_empty() {
        if !current.is_empty() {
            out.push(
                Diagnostic::warning("overlay-unpinned", at, "this overlay was never pinned to the core it adapts")
                    .help(format!("run `glocal pin --region {}` once the overlay has been reviewed", ov.region)),
            );
        }
        return Vec::new();
    }
    let mut stale = Vec::new();
    for (id, hash) in &current {
        match ov.front.based_on.get(id) {
            Some(pinned) if pinned == hash => {}
            Some(pinned) => stale.push(Stale {
                file: ov.file.clone(),
                section: id.clone(),
                pinned: pinned.clone(),
                current: hash.clone(),
            }),
            None => out.push(
                Diagnostic::warning("overlay-unpinned", at.clone(), format!("`{id}` is not pinned in `based_on`"))
                    .help(format!("run `glocal pin --region {}`", ov.region)),
            ),
        }
    }
    // A misspelt pin would otherwise sit there unread while its section shows unpinned.
    for id in ov.front.based_on.keys().filter(|id| !current.iter().any(|(c, _)| c == *id)) {
        out.push(
            Diagnostic::warning(
                "overlay-pin-unused",
                // Placed at its `key:` line once sources are at hand.
                Location::near(&ov.file, format!("{id}:")),
                format!("`based_on` pins `{id}`, a section this overlay does not touch or stand beside"),
            )
            .suggest(id, current.iter().map(|(c, _)| c.as_str()))
            .help_if_none(format!("remove it, or run `glocal pin --region {}`", ov.region)),
        );
    }
    stale
}

/// Writes `based_on` into an overlay file's front matter and leaves every other byte as
/// it was. Returns the new text, or `None` when nothing changes.
pub fn pin_text(text: &str, hashes: &[(String, String)]) -> Option<String> {
    let mut block = String::from("based_on:\n");
    for (id, h) in hashes {
        block.push_str(&format!("  {id}: \"{h}\"\n"));
    }
    let new = set_front_matter_key(text, "based_on", &block);
    (new != text).then_some(new)
}

/// Replaces a top-level key (its line and the indented lines under it) in a file's
/// YAML front matter, or adds it before the closing `---`; creates the front matter
/// when there is none. `block` is the key's full text, ending in a newline.
pub fn set_front_matter_key(text: &str, key: &str, block: &str) -> String {
    // Files keep their own line endings: a CRLF file gets a CRLF block.
    let nl = if text.starts_with("---\r\n") || (!text.starts_with("---\n") && text.contains("\r\n")) {
        "\r\n"
    } else {
        "\n"
    };
    let block: String = block.lines().map(|l| format!("{l}{nl}")).collect();
    let Some(rest) = text.strip_prefix(&format!("---{nl}")) else {
        return format!("---{nl}{block}---{nl}{text}");
    };
    let lines: Vec<&str> = rest.split_inclusive('\n').collect();
    let Some(end) = lines.iter().position(|l| matches!(l.trim_end(), "---" | "...")) else {
        return format!("---{nl}{block}---{nl}{text}");
    };
    let start = lines[..end].iter().position(|l| l.starts_with(&format!("{key}:")));
    let mut out = format!("---{nl}");
    match start {
        Some(s) => {
            let stop = (s + 1..end)
                .find(|&i| !(lines[i].starts_with(' ') || lines[i].starts_with('\t') || lines[i].trim().is_empty()))
                .unwrap_or(end);
            lines[..s].iter().for_each(|l| out.push_str(l));
            out.push_str(&block);
            lines[stop..].iter().for_each(|l| out.push_str(l));
        }
        None => {
            lines[..end].iter().for_each(|l| out.push_str(l));
            if !out.ends_with('\n') {
                out.push_str(nl);
            }
            out.push_str(&block);
            lines[end..].iter().for_each(|l| out.push_str(l));
        }
    }
    out
}

/// What changed in a stale section: a unified diff against the pinned version when git
/// history holds it, else the two hashes.
pub fn describe_change(root: &std::path::Path, core: &Lesson, stale: &Stale) -> String {
    let current = source_of(core, &stale.section).unwrap_or_default();
    match pinned_from_git(root, core, &stale.section, &stale.pinned) {
        Some(old) => similar::TextDiff::from_lines(old.as_str(), current)
            .unified_diff()
            .context_radius(2)
            .header(&format!("{} (pinned)", core.file), &format!("{} (now)", core.file))
            .to_string(),
        // Without the pinned text in git history, the hashes are all there is to show.
        None => format!(
            "the pinned text is not in this folder's git history, so only its hash is known\npinned {}\n   now {}\n",
            &stale.pinned, &stale.current
        ),
    }
}

/// The section's text in the newest commit where its hash was `pinned`.
fn pinned_from_git(root: &std::path::Path, core: &Lesson, id: &str, pinned: &str) -> Option<String> {
    let run = |args: &[&str]| -> Option<String> {
        let out = std::process::Command::new("git").arg("-C").arg(root).args(args).output().ok()?;
        out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let log = run(&["log", "--format=%H", "-n", "50", "--", &core.file])?;
    for commit in log.lines() {
        let text = run(&["show", &format!("{commit}:{}", core.file)])?;
        let mut diags = Vec::new();
        let old = crate::source::load::parse_lesson(&core.file, &core.id, &text.replace("\r\n", "\n"), &mut diags)?;
        if let Some(section) = source_of(&old, id)
            && hash(section) == pinned
        {
            return Some(section.to_string());
        }
    }
    None
}

/// The ids an overlay's operations target, with where each is written.
pub fn targets(ov: &LessonOverlay) -> BTreeMap<&str, usize> {
    ov.operations.iter().map(|op| (op.target.as_str(), op.line)).collect()
}

/// Words of an operation's own content, for reports.
pub fn op_text(content: &OpContent) -> String {
    match content {
        OpContent::Section(s) => section_text(s),
        OpContent::Directive(d) => node_text(&Node::Directive(Box::new(d.clone()))),
    }
}

fn section_text(s: &Section) -> String {
    let mut out = String::new();
    if let Some(h) = s.heading.as_ref().filter(|h| !h.title.trim().is_empty()) {
        out.push_str(&format!("{} {}\n\n", "#".repeat(h.level as usize), h.title));
    }
    out.extend(s.body.iter().map(node_text));
    for c in &s.children {
        out.push_str(&section_text(c));
    }
    out
}

fn node_text(n: &Node) -> String {
    match n {
        Node::Text(t) => t.src.to_string(),
        Node::Directive(d) => {
            let inner: String = d.children.iter().map(node_text).collect();
            let title = d.attrs.get("title").map(|t| format!(" \"{t}\"")).unwrap_or_default();
            format!("{} {}{title}\n{inner}{}\n", ":".repeat(d.fence), d.kind.name(), ":".repeat(d.fence))
        }
    }
}

#[cfg(test)]
mod tests;
