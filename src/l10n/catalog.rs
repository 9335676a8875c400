//! Fluent messages: `.ftl` files parsed once, stacked in layers (built-in, workspace,
//! course) where a later layer overrides an earlier one, and formatted along a chain.

use crate::diagnostics::{Diagnostic, Location};
use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// One parsed `.ftl` file.
#[derive(Clone)]
pub struct FtlFile {
    pub path: String,
    pub locale: String,
    pub resource: Arc<FluentResource>,
}

impl FtlFile {
    /// Parses a file; syntax errors are reported at their line and column, and the
    /// entries that did parse are kept.
    pub fn parse(path: &str, locale: &str, text: &str, out: &mut Vec<Diagnostic>) -> FtlFile {
        // Fluent's parser and resolver recurse once per nested placeable: a file nested
        // deeper than any message needs is refused before it can exhaust the stack.
        let text = match too_deep(text) {
            Some(at) => {
                let (line, column) = line_col(text, at);
                out.push(
                    Diagnostic::error(
                        "too-deep",
                        Location::new(path, line, column),
                        format!("placeables nest more than {MAX_PLACEABLE_DEPTH} deep here; the file is not read"),
                    )
                    .help("write the nested text out in separate messages"),
                );
                ""
            }
            None => text,
        };
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let (line, column) = line_col(text, e.pos.start);
                    out.push(Diagnostic::error(
                        "fluent-syntax",
                        Location::new(path, line, column).with_len(e.pos.len()),
                        format!("Fluent syntax error: {}", e.kind),
                    ));
                }
                r
            }
        };
        FtlFile { path: path.to_string(), locale: locale.to_string(), resource: Arc::new(resource) }
    }

    /// The message ids this file defines, with the byte offset of each.
    pub fn ids(&self) -> Vec<(&str, usize)> {
        let src = self.resource.source();
        // Entries come in file order, so each is searched for from the one before.
        let mut from = 0;
        let mut ids = Vec::new();
        for entry in self.resource.entries() {
            let id = match entry {
                ast::Entry::Message(m) => m.id.name,
                ast::Entry::Term(t) => {
                    from = after(src, entry_start(src, &format!("-{}", t.id.name), from));
                    continue;
                }
                _ => continue,
            };
            let at = entry_start(src, id, from);
            ids.push((id, at));
            from = after(src, at);
        }
        ids
    }
}

/// The char boundary after byte `at`: where the search for the next entry starts.
fn after(src: &str, at: usize) -> usize {
    src[at..].chars().next().map_or(src.len(), |c| at + c.len_utf8())
}

/// Where the entry `id` is defined, searching on from `from` (entries come in order):
/// at a line start, followed by `=`.
pub fn entry_start(src: &str, id: &str, from: usize) -> usize {
    src[from..]
        .match_indices(id)
        .map(|(i, _)| from + i)
        .find(|&i| {
            let at_line_start = i == 0 || src.as_bytes()[i - 1] == b'\n';
            at_line_start && src[i + id.len()..].trim_start_matches([' ', '\t']).starts_with('=')
        })
        .unwrap_or(from)
}

/// How deep `{ ... }` placeables may nest in a Fluent file.
pub const MAX_PLACEABLE_DEPTH: usize = 32;

/// The byte where placeables first nest past [`MAX_PLACEABLE_DEPTH`], if they do;
/// braces inside a placeable's string literals do not count.
fn too_deep(text: &str) -> Option<usize> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, c) in text.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' | '\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '{' => {
                depth += 1;
                if depth > MAX_PLACEABLE_DEPTH {
                    return Some(i);
                }
            }
            '}' => depth = depth.saturating_sub(1),
            '"' if depth > 0 => in_string = true,
            _ => {}
        }
    }
    None
}

pub fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// The `.ftl` files of one layer (built-in, workspace or course).
#[derive(Clone, Default)]
pub struct Layer {
    pub files: Vec<FtlFile>,
}

impl Layer {
    /// A duplicate id within one layer (and one locale) is an error.
    pub fn check_duplicates(&self, out: &mut Vec<Diagnostic>) {
        let mut seen: BTreeMap<(&str, &str), &str> = BTreeMap::new();
        for f in &self.files {
            for (id, offset) in f.ids() {
                if let Some(first) = seen.insert((f.locale.as_str(), id), f.path.as_str()) {
                    let (line, column) = line_col(f.resource.source(), offset);
                    out.push(
                        Diagnostic::error(
                            "duplicate-message",
                            Location::new(&f.path, line, column).with_len(id.len()),
                            format!("the message `{id}` is defined twice"),
                        )
                        .help(format!("it is also defined in {first}; within one layer an id is defined once")),
                    );
                }
            }
        }
    }
}

/// The messages a page can use: one bundle per locale, layers stacked in order.
pub struct Catalog {
    bundles: BTreeMap<String, FluentBundle<Arc<FluentResource>>>,
    /// Message ids per locale, for the closest id to a misspelt one.
    ids: BTreeMap<String, BTreeSet<String>>,
}

impl Catalog {
    pub fn new(layers: &[&Layer]) -> Catalog {
        let locales: BTreeSet<&str> = layers.iter().flat_map(|l| l.files.iter().map(|f| f.locale.as_str())).collect();
        let mut bundles = BTreeMap::new();
        let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for locale in locales {
            let lang = locale.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![lang]);
            // Isolation marks are invisible characters that break copy-paste and
            // search in HTML, where `dir` attributes already isolate text.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(super::numbers::formatter));
            for layer in layers {
                for f in layer.files.iter().filter(|f| f.locale == locale) {
                    bundle.add_resource_overriding(f.resource.clone());
                    ids.entry(locale.to_string())
                        .or_default()
                        .extend(f.ids().into_iter().map(|(id, _)| id.to_string()));
                }
            }
            bundles.insert(locale.to_string(), bundle);
        }
        Catalog { bundles, ids }
    }

    /// Every message id of the locales of `chain`.
    pub fn ids<'c>(&'c self, chain: &'c [String]) -> impl Iterator<Item = &'c str> + Clone {
        chain.iter().filter_map(|l| self.ids.get(l)).flatten().map(String::as_str)
    }

    /// The first locale of `chain` that has message `id`.
    pub fn locale_of<'c>(&self, chain: &'c [String], id: &str) -> Option<&'c str> {
        chain
            .iter()
            .find(|l| self.bundles.get(l.as_str()).is_some_and(|b| b.get_message(id).and_then(|m| m.value()).is_some()))
            .map(String::as_str)
    }

    /// Formats message `id` in the first locale of `chain` that has it.
    pub fn format(&self, chain: &[String], id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let locale = self.locale_of(chain, id)?;
        let bundle = &self.bundles[locale];
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layer(files: &[(&str, &str, &str)]) -> (Layer, Vec<Diagnostic>) {
        let mut out = Vec::new();
        let files = files.iter().map(|(p, l, t)| FtlFile::parse(p, l, t, &mut out)).collect();
        (Layer { files }, out)
    }

    #[test]
    fn placeables_nested_twenty_thousand_deep_are_one_error_not_a_crash() {
        let deep = format!("ok = fine\ndeep = {}x{}\n", "{ ".repeat(20_000), " }".repeat(20_000));
        let (_, out) = layer(&[("w/en.ftl", "en", &deep)]);
        assert_eq!(out.iter().map(|d| d.code).collect::<Vec<_>>(), vec!["too-deep"]);
        assert_eq!(out[0].location.line, 2);
        let (_, fine) = layer(&[("w/en.ftl", "en", "q = { \"{{{{\" } and { $n }\n")]);
        assert!(fine.is_empty(), "{fine:?}");
    }

    #[test]
    fn a_later_layer_overrides_and_lookups_fall_back_along_the_chain() {
        let (base, _) =
            layer(&[("b/en.ftl", "en", "hello = Hello\nbye = Bye\n"), ("b/vi.ftl", "vi", "hello = Xin chào\n")]);
        let (top, _) = layer(&[("w/en.ftl", "en", "hello = Hi there\n")]);
        let c = Catalog::new(&[&base, &top]);
        let vi = vec!["vi".to_string(), "en".to_string()];
        assert_eq!(c.format(&vi, "hello", None).as_deref(), Some("Xin chào"));
        assert_eq!(c.format(&vi, "bye", None).as_deref(), Some("Bye"));
        assert_eq!(c.format(&["en".to_string()], "hello", None).as_deref(), Some("Hi there"));
        assert_eq!(c.format(&vi, "missing", None), None);
    }

    #[test]
    fn plurals_use_the_locale_rules_without_isolation_marks() {
        let (l, _) =
            layer(&[("en.ftl", "en", "n = { $count ->\n    [one] one person\n   *[other] { $count } people\n}\n")]);
        let c = Catalog::new(&[&l]);
        let mut args = FluentArgs::new();
        args.set("count", 12);
        assert_eq!(c.format(&["en".into()], "n", Some(&args)).as_deref(), Some("12 people"));
    }

    #[test]
    fn arabic_has_six_plural_forms_and_vietnamese_one() {
        let ar = "n = { $count ->\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] other\n}\n";
        let vi = "n = { $count ->\n   *[other] { $count } người\n}\n";
        let (l, _) = layer(&[("ar.ftl", "ar", ar), ("vi.ftl", "vi", vi)]);
        let c = Catalog::new(&[&l]);
        let say = |locale: &str, n: i64| {
            let mut args = FluentArgs::new();
            args.set("count", n);
            c.format(&[locale.to_string()], "n", Some(&args)).unwrap()
        };
        let forms: Vec<String> = [0, 1, 2, 3, 11, 100].iter().map(|n| say("ar", *n)).collect();
        assert_eq!(forms, ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!(say("vi", 1), "1 người");
        assert_eq!(say("vi", 1500), "1.500 người", "numbers are formatted for the language");
    }

    #[test]
    fn a_syntax_error_is_reported_at_its_line_and_a_duplicate_id_in_one_layer_too() {
        let (l, errs) =
            layer(&[("a.ftl", "en", "ok = fine\nbroken { $x }\n"), ("b.ftl", "en", "ok = again\nok = thrice\n")]);
        assert_eq!(errs[0].code, "fluent-syntax");
        assert_eq!(errs[0].location.line, 2);
        let mut dup = Vec::new();
        l.check_duplicates(&mut dup);
        assert_eq!(dup[0].code, "duplicate-message");
        assert_eq!(dup[0].location.file, "b.ftl");
        assert_eq!(
            (dup[1].location.file.as_str(), dup[1].location.line),
            ("b.ftl", 2),
            "the second definition in one file"
        );
    }
}

#[cfg(test)]
mod builtin_tests {
    use super::*;

    #[test]
    fn every_built_in_locale_has_exactly_the_message_ids_of_english() {
        let mut out = Vec::new();
        let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (path, bytes) in crate::embedded::files("locales/") {
            let locale = path.split('/').nth(1).unwrap().to_string();
            let f = FtlFile::parse(path, &locale, &String::from_utf8_lossy(bytes), &mut out);
            ids.entry(locale).or_default().extend(f.ids().into_iter().map(|(id, _)| id.to_string()));
        }
        assert!(out.is_empty(), "{out:?}");
        let en = ids["en"].clone();
        let locales: Vec<&str> = ids.keys().map(String::as_str).collect();
        assert_eq!(locales, ["ar", "de", "en", "es", "fr", "ja", "pt-BR", "vi", "zh-CN"]);
        for (locale, set) in &ids {
            assert_eq!(
                set,
                &en,
                "{locale} differs from en: missing {:?}, extra {:?}",
                en.difference(set).collect::<Vec<_>>(),
                set.difference(&en).collect::<Vec<_>>()
            );
        }
    }
}
