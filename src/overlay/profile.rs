//! What a region's profile selects in a lesson (SPEC section 2): whether an `only`
//! block applies, and which variant of an activity it gets. The adaptation share and
//! every rendering ask the same functions, so they never disagree.

use crate::source::attrs::Attrs;
use crate::source::directives::{Directive, DirectiveKind, Node};
use crate::source::model::Lesson;
use crate::workspace::Region;

/// Whether an `only` block applies to a region: `region=a,b`, `not_region=a,b`, and
/// profile attributes must all match.
pub fn applies(attrs: &Attrs, region: &Region) -> bool {
    attrs.pairs.iter().all(|(key, values)| {
        let mut values = values.split(',').map(str::trim);
        match key.as_str() {
            "region" => values.any(|v| v == region.id),
            "not_region" => !values.any(|v| v == region.id),
            _ => region.profile.get(key).is_some_and(|p| values.any(|v| v == p)),
        }
    })
}

/// The variant a region gets: the first whose attributes all match its profile; else
/// the one without attributes; else the first.
pub fn choose_variant<'d>(variants: &[&'d Directive], region: &Region) -> Option<&'d Directive> {
    variants
        .iter()
        .find(|v| !v.attrs.pairs.is_empty() && v.attrs.pairs.iter().all(|(k, val)| region.profile.get(k) == Some(val)))
        .or_else(|| variants.iter().find(|v| v.attrs.pairs.is_empty()))
        .or_else(|| variants.first())
        .copied()
}

/// How each `only` block and activity variant of a lesson falls for a region.
pub fn choices(lesson: &Lesson, region: &Region) -> Vec<u8> {
    let mut out = Vec::new();
    for s in lesson.root.walk() {
        walk(&s.body, region, &mut out);
    }
    out
}

fn walk(nodes: &[Node], region: &Region, out: &mut Vec<u8>) {
    for n in nodes {
        let Node::Directive(d) = n else { continue };
        match d.kind {
            DirectiveKind::Only => out.push(applies(&d.attrs, region) as u8),
            DirectiveKind::Activity => {
                let variants = d.variants();
                let chosen = choose_variant(&variants, region);
                out.push(variants.iter().position(|v| chosen.is_some_and(|c| std::ptr::eq(*v, c))).unwrap_or(0) as u8);
            }
            _ => {}
        }
        walk(&d.children, region, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn region(id: &str, style: Option<&str>) -> Region {
        let profile: BTreeMap<String, String> =
            style.map(|s| ("activity_style".to_string(), s.to_string())).into_iter().collect();
        Region { id: id.into(), name: id.into(), locales: vec!["en".into()], timezone: None, profile, budget: None }
    }

    fn attrs(pairs: &[(&str, &str)]) -> Attrs {
        Attrs { pairs: pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(), ..Default::default() }
    }

    fn variant(pairs: &[(&str, &str)]) -> Directive {
        Directive {
            kind: DirectiveKind::Variant,
            attrs: attrs(pairs),
            children: vec![],
            line: 1,
            fence: 3,
            span: 0..0,
            origin: Default::default(),
            shown: Default::default(),
        }
    }

    #[test]
    fn only_blocks_match_regions_negations_and_profiles() {
        let sea = region("sea", Some("consensus"));
        assert!(applies(&attrs(&[("region", "sea,emea")]), &sea));
        assert!(!applies(&attrs(&[("not_region", "sea")]), &sea));
        assert!(applies(&attrs(&[("not_region", "global")]), &sea));
        assert!(applies(&attrs(&[("activity_style", "consensus")]), &sea));
        assert!(!applies(&attrs(&[("activity_style", "consensus")]), &region("global", None)));
    }

    #[test]
    fn the_variant_is_the_first_match_else_the_plain_one_else_the_first() {
        let debate = variant(&[("activity_style", "debate")]);
        let consensus = variant(&[("activity_style", "consensus")]);
        let plain = variant(&[]);
        let all = [&debate, &consensus, &plain];
        assert!(std::ptr::eq(choose_variant(&all, &region("sea", Some("consensus"))).unwrap(), &consensus));
        assert!(std::ptr::eq(choose_variant(&all, &region("global", None)).unwrap(), &plain));
        assert!(std::ptr::eq(choose_variant(&[&debate, &consensus], &region("global", None)).unwrap(), &debate));
    }
}
