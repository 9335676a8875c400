//! `glocal pin [--region R]`: accept the current core under a region's overlays by
//! writing `based_on` hashes into their front matter, changing nothing else.

use super::prepare;
use crate::overlay::pin;
use crate::pipeline;
use std::process::ExitCode;

pub fn run(root: std::path::PathBuf, region: Option<String>) -> ExitCode {
    let options = pipeline::Options { drafts: true, region: region.clone(), ..pipeline::Options::reporting(root) };
    let (ws, _prepared) = match prepare(&options) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let (mut pinned, mut unchanged) = (0, 0);
    for course in &ws.courses {
        let Some(regions) = ws.overlays.get(&course.id) else { continue };
        for (id, overlays) in regions {
            if region.as_ref().is_some_and(|r| r != id) {
                continue;
            }
            for ov in &overlays.lessons {
                let Some(core) = course.lesson(&ov.module, &ov.lesson) else { continue };
                let hashes = pin::current_hashes(core, ov);
                let path = ws.root.join(&ov.file);
                let Ok(text) = std::fs::read_to_string(&path) else { continue };
                match crate::sources::edit_keeping_bom(&text, |t| pin::pin_text(t, &hashes)) {
                    Some(new) => {
                        if let Err(e) = std::fs::write(&path, new) {
                            eprintln!("error: could not write {}: {e}", ov.file);
                            return ExitCode::from(1);
                        }
                        eprintln!("pinned {}", ov.file);
                        pinned += 1;
                    }
                    None => unchanged += 1,
                }
            }
        }
    }
    eprintln!("{pinned} overlay{} pinned, {unchanged} already current", if pinned == 1 { "" } else { "s" });
    ExitCode::SUCCESS
}
