//! Partner content never runs as script: every position an overlay (or its translation)
//! can write is fed hostile payloads, and every output document (site pages and every
//! HTML file in every kit) is tokenized by html5ever to prove that no script element,
//! event handler or script URL survives. Payloads that would reach an attribute or a
//! file name are refused by `check` instead, at their file and line.

mod common;

use common::{fixture, glocal, walk};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts};
use std::cell::RefCell;
use std::io::Read;
use std::path::Path;

/// Raw HTML that must come out inert wherever a partner writes it.
const RAW: &str = r#"<script>alert(7331)</script><img src="x" onerror="alert(7331)"><a href="javascript:alert(7331)">a</a><svg onload="alert(7331)"></svg><iframe src="javascript:alert(7331)"></iframe><a href="  jAvAsCrIpT&colon;alert(7331)">b</a><div style="x" onmouseover="alert(7331)">c</div>"#;

fn overlay() -> String {
    format!(
        r#"---
title: Welcome to the Jurong hub
---
:::: activity {{#tour .replace minutes=10 title="Walk {RAW}"}}
Walk the floor. {RAW}

Note[^a" onmouseover="alert(7331)]

[^a" onmouseover="alert(7331)]: A footnote {RAW}
::::

::: question {{#q-exits .append}}
{RAW}
:::

## {{#site-map .append}}

{RAW}

> ### Quoted {{onclick=alert(7331)}}

### Sub {{onclick=alert(7331)}}{{}}

::: materials
- Gloves {RAW}
:::

## Local rules {{#local-rules after=site-map}}

Singapore rules. {RAW}

::: question {{#q-local after=q-exits}}
Which rule? {RAW}

- [x] This one {RAW}
- [ ] Not this

Because {RAW}
:::
"#
    )
}

fn translation() -> String {
    format!(
        "---\ntitle: Chào mừng {RAW}\n---\n## Quy định {{#local-rules}}\n\nQuy định địa phương. {RAW}\n\n### Con {{onclick=alert(7331)}}\n"
    )
}

#[derive(Default)]
struct Findings {
    problems: RefCell<Vec<String>>,
    in_script: RefCell<bool>,
}

impl TokenSink for Findings {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut problems = self.problems.borrow_mut();
        match token {
            Token::TagToken(tag) if tag.kind == TagKind::StartTag => {
                let name = tag.name.to_string();
                for attr in &tag.attrs {
                    let (key, value) = (attr.name.local.to_string(), attr.value.to_string());
                    let url = value.trim().to_ascii_lowercase();
                    if key.starts_with("on") {
                        problems.push(format!("<{name} {key}=\"{value}\">"));
                    }
                    let is_url = matches!(key.as_str(), "href" | "src" | "action" | "formaction" | "xlink:href");
                    if is_url && ["javascript:", "vbscript:", "data:text"].iter().any(|s| url.starts_with(s)) {
                        problems.push(format!("<{name} {key}=\"{value}\">"));
                    }
                    if value.contains("7331") {
                        problems.push(format!("a payload in an attribute: <{name} {key}=\"{value}\">"));
                    }
                }
                match name.as_str() {
                    "script" => {
                        let src = tag.attrs.iter().find(|a| &*a.name.local == "src").map(|a| a.value.to_string());
                        if !src.is_some_and(|s| s.ends_with("static/glocal.js") || s.ends_with("search-index.js")) {
                            problems.push("a script that is not glocal's own".into());
                        }
                        *self.in_script.borrow_mut() = true;
                        return TokenSinkResult::RawData(RawKind::ScriptData);
                    }
                    "style" => return TokenSinkResult::RawData(RawKind::Rawtext),
                    "iframe" | "object" | "embed" => problems.push(format!("<{name}>")),
                    _ => {}
                }
            }
            Token::TagToken(tag) if &*tag.name == "script" => *self.in_script.borrow_mut() = false,
            Token::CharacterTokens(text) if *self.in_script.borrow() && !text.trim().is_empty() => {
                problems.push(format!("script text: {text}"));
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

fn problems_in(html: &str) -> Vec<String> {
    let tokenizer = Tokenizer::new(Findings::default(), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.problems.take()
}

fn every_document(site: &Path, kits: &Path) -> Vec<(String, String)> {
    let mut docs = Vec::new();
    for path in walk(site).into_iter().filter(|p| p.extension().is_some_and(|e| e == "html")) {
        docs.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
    }
    for path in walk(kits).into_iter().filter(|p| p.extension().is_some_and(|e| e == "zip")) {
        let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
        for i in 0..zip.len() {
            let mut entry = zip.by_index(i).unwrap();
            let name = entry.name().unwrap().to_string();
            if name.ends_with(".html") {
                let mut text = String::new();
                entry.read_to_string(&mut text).unwrap();
                docs.push((format!("{}!{name}", path.display()), text));
            }
        }
    }
    docs
}

#[test]
fn the_tokenizer_check_catches_what_it_looks_for() {
    assert_eq!(problems_in("<p>fine</p><script src=\"../static/glocal.js\"></script>"), Vec::<String>::new());
    assert_eq!(problems_in("<img src=x onerror=\"alert(1)\">").len(), 1);
    assert_eq!(problems_in("<a href=\" JAVASCRIPT:x\">").len(), 1);
    assert_eq!(problems_in("<script>alert(1)</script>").len(), 2);
}

#[test]
fn no_partner_payload_runs_as_script_in_any_page_or_kit_document() {
    let (tmp, root) = fixture("regions");
    let dir = root.join("curricula/onboarding/overlays/sea/01-basics");
    std::fs::write(dir.join("01-welcome.md"), overlay()).unwrap();
    std::fs::write(dir.join("01-welcome.vi.md"), translation()).unwrap();
    let (site, kits) = (tmp.path().join("site"), tmp.path().join("kits"));
    let out = glocal()
        .args(["build", "--root"])
        .arg(&root)
        .arg("--out")
        .arg(&site)
        .arg("--kits-out")
        .arg(&kits)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let docs = every_document(&site, &kits);
    assert!(docs.iter().filter(|(n, _)| n.contains('!')).count() >= 20, "the kits were read too");
    let sea = docs.iter().find(|(n, _)| n.ends_with("sea/en/01-basics/01-welcome/index.html")).unwrap();
    assert!(sea.1.contains("Singapore rules.") && sea.1.contains("Gloves"), "the partner's text is shown");
    let guide = docs.iter().find(|(n, _)| n.contains("sea-en.zip!") && n.ends_with("answer-key.html")).unwrap();
    assert!(guide.1.contains("Because"), "the partner's explanation is in the answer key");
    let mut found = Vec::new();
    for (name, html) in &docs {
        found.extend(problems_in(html).into_iter().map(|p| format!("{name}: {p}")));
    }
    assert!(found.is_empty(), "{} problems:\n{}", found.len(), found.join("\n"));
}

#[test]
fn a_payload_aimed_at_an_attribute_or_a_file_name_is_refused_by_check_at_its_line() {
    let (_tmp, root) = fixture("regions");
    let dir = root.join("curricula/onboarding/overlays/sea/01-basics");
    let welcome = std::fs::read_to_string(dir.join("01-welcome.md")).unwrap();
    let hostile = welcome
        .replace("title: Welcome to the Jurong hub", "title: Welcome\nlang: 'vi\" onmouseover=\"alert(1)'")
        + "\n::: question {#q2\"onclick=\"alert(1) after=q-exits}\nWhy?\n\n- [x] Yes\n:::\n";
    std::fs::write(dir.join("01-welcome.md"), hostile).unwrap();
    std::fs::write(
        dir.join("z\" onmouseover=\"alert(1).md"),
        "---\ntitle: Z\nduration: 5\nafter: 01-welcome\n---\nZ\n",
    )
    .unwrap();
    let out = glocal().args(["check", "--format", "json", "--root"]).arg(&root).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let at = |code: &str| -> Vec<(String, u64)> {
        report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == code)
            .map(|d| (d["file"].as_str().unwrap().to_string(), d["line"].as_u64().unwrap()))
            .collect()
    };
    let file = "curricula/onboarding/overlays/sea/01-basics/01-welcome.md".to_string();
    assert!(at("locale-id").contains(&(file.clone(), 3)), "{report}");
    assert!(at("id-characters").iter().any(|(f, l)| f == &file && *l > 10), "{report}");
    assert_eq!(at("file-name").len(), 1, "{report}");
    let help = report["diagnostics"].as_array().unwrap().iter().find(|d| d["code"] == "id-characters").unwrap();
    assert!(help["help"].as_str().unwrap().contains("#q2-onclick-alert-1"), "{help}");
}
