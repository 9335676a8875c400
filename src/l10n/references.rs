//! References between Fluent messages: `{ other-message }` and `{ -term }` must name an
//! entry of the same language. Fluent resolves them only inside one bundle, and at
//! format time a dangling one turns silently into `{other-message}` on the page.

use super::catalog::{Layer, entry_start, line_col};
use crate::diagnostics::{Diagnostic, Location};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

/// Reports every reference in `own` to a message or term that no layer in `known`
/// defines in the same locale.
pub fn check(own: &Layer, known: &[&Layer], out: &mut Vec<Diagnostic>) {
    // A language has several files; its ids are gathered once.
    let mut by_locale: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for f in &own.files {
        let defined = by_locale.entry(f.locale.as_str()).or_insert_with(|| defined_in(known, &f.locale));
        let src = f.resource.source();
        let mut from = 0;
        for entry in f.resource.entries() {
            let (patterns, entry_id) = match entry {
                Entry::Message(m) => (patterns(m.value.as_ref(), &m.attributes), m.id.name.to_string()),
                Entry::Term(t) => (patterns(Some(&t.value), &t.attributes), format!("-{}", t.id.name)),
                _ => continue,
            };
            from = entry_start(src, &entry_id, from);
            let mut refs = Vec::new();
            for p in patterns {
                in_pattern(p, &mut refs);
            }
            let mut after = from;
            for r in refs.into_iter().filter(|r| !defined.contains(r.as_str())) {
                let at = placeable_at(src, after, &r).unwrap_or(from);
                after = at + r.len();
                let (line, column) = line_col(src, at);
                out.push(
                    Diagnostic::error(
                        "fluent-reference",
                        Location::new(&f.path, line, column).with_len(r.chars().count()),
                        format!("`{entry_id}` refers to `{r}`, which is not defined in {}", f.locale),
                    )
                    .suggest(
                        &r,
                        defined.iter().map(String::as_str).filter(|d| d.starts_with('-') == r.starts_with('-')),
                    )
                    .help_if_none(format!("define `{r}` in a {} .ftl file, or remove the reference", f.locale)),
                );
            }
        }
    }
}

/// Reports every loop of references that passes through an entry of `own`, once, at
/// that entry: Fluent would print `{id}` where the loop closes.
pub fn check_loops(own: &Layer, known: &[&Layer], out: &mut Vec<Diagnostic>) {
    let locales: BTreeSet<&str> = own.files.iter().map(|f| f.locale.as_str()).collect();
    for locale in locales {
        // A later layer's entry replaces an earlier one of the same id.
        let mut graph: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for f in known.iter().flat_map(|l| &l.files).filter(|f| f.locale == locale) {
            for entry in f.resource.entries() {
                let (id, patterns) = match entry {
                    Entry::Message(m) => (m.id.name.to_string(), patterns(m.value.as_ref(), &m.attributes)),
                    Entry::Term(t) => (format!("-{}", t.id.name), patterns(Some(&t.value), &t.attributes)),
                    _ => continue,
                };
                let mut refs = Vec::new();
                for p in patterns {
                    in_pattern(p, &mut refs);
                }
                graph.insert(id, refs);
            }
        }
        let graph: Vec<(String, Vec<String>)> = graph.into_iter().collect();
        for cycle in super::cycles::loops(&graph) {
            let own_file = own.files.iter().filter(|f| f.locale == locale).find_map(|f| {
                let src = f.resource.source();
                cycle.iter().find_map(|id| {
                    let at = entry_start(src, id.trim_start_matches('-'), 0);
                    let defined = src[at..].starts_with(id.trim_start_matches('-'))
                        && (at == 0 || src.as_bytes()[at - 1] == b'\n' || id.starts_with('-'));
                    defined.then_some((f, at, id))
                })
            });
            let Some((f, at, id)) = own_file else { continue };
            let (line, column) = line_col(f.resource.source(), at.saturating_sub(usize::from(id.starts_with('-'))));
            let path: Vec<&str> = cycle.iter().map(String::as_str).chain(std::iter::once(id.as_str())).collect();
            out.push(
                Diagnostic::error(
                    "fluent-cycle",
                    Location::new(&f.path, line, column).with_len(id.chars().count()),
                    format!("`{id}` refers back to itself: {}", path.join(" → ")),
                )
                .help("a message cannot include itself; write the text out in one of them"),
            );
        }
    }
}

/// Where `{ id` is written from byte `from` on, as a whole id.
fn placeable_at(src: &str, from: usize, id: &str) -> Option<usize> {
    src[from..].match_indices(id).map(|(i, _)| from + i).find(|&i| {
        let opens = src[..i].trim_end_matches([' ', '\t', '\n']).ends_with('{');
        let whole = !src[i + id.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '_');
        opens && whole
    })
}

/// Message ids and `-term` ids of `locale` across the layers.
fn defined_in(layers: &[&Layer], locale: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for f in layers.iter().flat_map(|l| &l.files).filter(|f| f.locale == locale) {
        for entry in f.resource.entries() {
            match entry {
                Entry::Message(m) => ids.insert(m.id.name.to_string()),
                Entry::Term(t) => ids.insert(format!("-{}", t.id.name)),
                _ => false,
            };
        }
    }
    ids
}

fn patterns<'a>(
    value: Option<&'a Pattern<&'a str>>,
    attributes: &'a [fluent_syntax::ast::Attribute<&'a str>],
) -> Vec<&'a Pattern<&'a str>> {
    value.into_iter().chain(attributes.iter().map(|a| &a.value)).collect()
}

/// Collects references as written: `-name` for a term, `name` for a message.
fn in_pattern(p: &Pattern<&str>, refs: &mut Vec<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            in_expression(expression, refs);
        }
    }
}

fn in_expression(e: &Expression<&str>, refs: &mut Vec<String>) {
    match e {
        Expression::Inline(i) => in_inline(i, refs),
        Expression::Select { selector, variants } => {
            in_inline(selector, refs);
            for v in variants {
                in_pattern(&v.value, refs);
            }
        }
    }
}

fn in_inline(i: &InlineExpression<&str>, refs: &mut Vec<String>) {
    match i {
        InlineExpression::MessageReference { id, .. } => refs.push(id.name.to_string()),
        InlineExpression::TermReference { id, arguments, .. } => {
            refs.push(format!("-{}", id.name));
            for a in arguments.iter().flat_map(|a| a.positional.iter().chain(a.named.iter().map(|n| &n.value))) {
                in_inline(a, refs);
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)) {
                in_inline(a, refs);
            }
        }
        InlineExpression::Placeable { expression } => in_expression(expression, refs),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::FtlFile;

    fn layer(files: &[(&str, &str, &str)]) -> Layer {
        let files = files.iter().map(|(p, l, t)| FtlFile::parse(p, l, t, &mut Vec::new())).collect();
        Layer { files }
    }

    #[test]
    fn a_reference_to_a_missing_message_is_an_error_at_the_reference_with_the_closest_id() {
        let own = layer(&[("c.ftl", "de", "team = Team\ngreeting = Hallo { teem }!\n")]);
        let mut out = Vec::new();
        check(&own, &[&own], &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].code, "fluent-reference");
        assert_eq!((out[0].location.line, out[0].location.column), (2, 20));
        assert_eq!(out[0].help.as_deref(), Some("did you mean `team`?"));
    }

    #[test]
    fn a_reference_is_placed_at_its_placeable_not_at_an_id_that_contains_it() {
        let own = layer(&[("c.ftl", "de", "team-intro = Das Team: { team }\n")]);
        let mut out = Vec::new();
        check(&own, &[&own], &mut out);
        assert_eq!((out[0].location.line, out[0].location.column), (1, 26));
    }

    #[test]
    fn references_resolve_within_the_same_locale_across_layers_only() {
        let base = layer(&[("b.ftl", "en", "-brand = Northwind\n"), ("b.ftl", "de", "-brand = Northwind\n")]);
        let own = layer(&[
            ("c.ftl", "de", "a = { -brand } { $n ->\n    [one] { b }\n   *[other] { -brand(case: \"x\") }\n}\nb = B\n"),
            ("c.ftl", "vi", "a = { -brand }\n"),
        ]);
        let mut out = Vec::new();
        check(&own, &[&base, &own], &mut out);
        assert_eq!(out.len(), 1, "{out:?}");
        assert!(out[0].message.contains("`-brand`") && out[0].message.contains("vi"), "{}", out[0].message);
    }

    #[test]
    fn a_loop_of_references_is_one_error_at_an_entry_of_the_layer_checked() {
        let base = layer(&[("b.ftl", "en", "brand = Northwind\n")]);
        let own = layer(&[("c.ftl", "en", "intro = Hi\na = A { b }\nb = B { a }\nme = { me }\nok = { brand }\n")]);
        let mut out = Vec::new();
        check_loops(&own, &[&base, &own], &mut out);
        let found: Vec<(&str, usize, &str)> =
            out.iter().map(|d| (d.code, d.location.line, d.message.as_str())).collect();
        assert_eq!(
            found,
            vec![
                ("fluent-cycle", 2, "`a` refers back to itself: a → b → a"),
                ("fluent-cycle", 4, "`me` refers back to itself: me → me"),
            ]
        );
    }

    #[test]
    fn the_built_in_messages_refer_only_to_messages_they_define() {
        let builtin = crate::workspace::builtin_layer(&mut Vec::new());
        let mut out = Vec::new();
        check(&builtin, &[&builtin], &mut out);
        assert!(out.is_empty(), "{out:?}");
    }
}
