//! `glocal l10n stamp FILE...`: accept the current source under translations by writing
//! `source_hashes` (the hash of each source section a translation repeats) into their
//! front matter, changing nothing else in the file.

use super::prepare;
use crate::hashing::hash;
use crate::l10n::localize::section_source;
use crate::naming::translation_locale;
use crate::overlay::model::OpContent;
use crate::overlay::pin::set_front_matter_key;
use crate::pipeline;
use crate::source::sections::Section;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn stamp(root: PathBuf, files: Vec<PathBuf>) -> ExitCode {
    let options = pipeline::Options { drafts: true, ..pipeline::Options::reporting(root) };
    let (ws, _prepared) = match prepare(&options) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let base = ws.root.canonicalize().unwrap_or_else(|_| ws.root.clone());
    let mut worst = 0;
    for file in &files {
        match stamp_one(&ws, &base, file) {
            Ok(true) => eprintln!("stamped {}", file.display()),
            Ok(false) => eprintln!("{} is already current", file.display()),
            Err(Failure(code, e)) => {
                eprintln!("error: {}: {e}", file.display());
                worst = worst.max(code);
            }
        }
    }
    ExitCode::from(worst)
}

/// Why a file was not stamped, with its exit code: 2 when the file named is not a
/// translation of this workspace (a usage error), 1 when it could not be read or written.
struct Failure(u8, String);

fn usage(message: impl Into<String>) -> Failure {
    Failure(2, message.into())
}

fn io(e: std::io::Error) -> Failure {
    Failure(1, e.to_string())
}

fn stamp_one(ws: &crate::workspace::Workspace, base: &Path, file: &Path) -> Result<bool, Failure> {
    // `check` names files from the workspace folder: accept that form from anywhere.
    let abs = file.canonicalize().or_else(|e| base.join(file).canonicalize().map_err(|_| usage(e.to_string())))?;
    let rel = abs.strip_prefix(base).map_err(|_| usage("not a file of this workspace"))?;
    let rel = rel.to_string_lossy().replace('\\', "/");
    let stem = rel.strip_suffix(".md").ok_or_else(|| usage("only Markdown translations carry source hashes"))?;
    let (source_stem, locale) = translation_locale(stem)
        .ok_or_else(|| usage("not a translation: its name has no locale, as in `lesson.vi.md`"))?;
    let source = format!("{source_stem}.md");
    let (translations, sections) = sources_of(ws, &source)
        .ok_or_else(|| usage(format!("its source `{source}` is not a lesson or overlay of this workspace")))?;
    let tr = translations
        .lesson(&source, locale)
        .ok_or_else(|| Failure(1, "the translation could not be read; run `glocal check`".into()))?;
    let mut hashes = Vec::new();
    for key in
        std::iter::once("_root".to_string()).chain(tr.root.walk().into_iter().filter_map(|s| s.id().map(String::from)))
    {
        if let Some((section, body)) = sections.iter().find(|(k, _, _)| *k == key).map(|(_, s, b)| (s, b)) {
            hashes.push((key.clone(), hash(&section_source(section, &key, body))));
        }
    }
    let mut block = String::from("source_hashes:\n");
    for (id, h) in &hashes {
        block.push_str(&format!("  {id}: \"{h}\"\n"));
    }
    let text = std::fs::read_to_string(&abs).map_err(io)?;
    let new = crate::sources::edit_keeping_bom(&text, |t| Some(set_front_matter_key(t, "source_hashes", &block)))
        .unwrap_or_else(|| text.clone());
    if new == text {
        return Ok(false);
    }
    std::fs::write(&abs, new).map_err(io)?;
    Ok(true)
}

type Keyed<'a> = Vec<(String, &'a Section, &'a str)>;

/// The translations of the course holding `source`, and the source's sections by key.
fn sources_of<'w>(
    ws: &'w crate::workspace::Workspace,
    source: &str,
) -> Option<(&'w crate::l10n::translations::Translations, Keyed<'w>)> {
    for course in &ws.courses {
        let translations = ws.translations.get(&course.id)?;
        if let Some((_, lesson)) = course.lessons().find(|(_, l)| l.file == source) {
            let mut keyed: Keyed = vec![("_root".into(), &lesson.root, lesson.body.as_str())];
            keyed.extend(
                lesson.root.walk().into_iter().filter_map(|s| Some((s.id()?.to_string(), s, lesson.body.as_str()))),
            );
            return Some((translations, keyed));
        }
        let overlays = ws.overlays.get(&course.id).into_iter().flat_map(|r| r.values()).flat_map(|r| &r.lessons);
        let mut overlays = overlays;
        if let Some(ov) = overlays.find(|o| o.file == source) {
            let mut keyed: Keyed = vec![("_root".into(), &ov.root, ov.body.as_str())];
            keyed.extend(ov.root.walk().into_iter().filter_map(|s| Some((s.id()?.to_string(), s, ov.body.as_str()))));
            for op in &ov.operations {
                if let (OpContent::Section(s), crate::source::origin::Origin::Overlay(p)) =
                    (&op.content, &op.content_origin())
                {
                    keyed.push((p.key.clone().unwrap_or_else(|| op.target.clone()), s, ov.body.as_str()));
                }
            }
            return Some((translations, keyed));
        }
    }
    None
}
