//! What the participant workbook keeps of a lesson (SPEC 7: "the learner's own
//! exercises, worksheets and room to write; no trainer notes, logistics or answers"):
//! activities, questions to answer, and checklists, under their section titles. The
//! reading is on the site; the workbook is what a participant writes in.

use crate::overlay::profile::applies;
use crate::source::directives::{Directive, DirectiveKind, Node};
use crate::source::sections::Section;
use crate::workspace::Region;

/// The nodes of a section body a participant works through, in order. An `only` block
/// the region gets is kept with just such nodes inside it.
pub fn nodes(body: &[Node], region: &Region) -> Vec<Node> {
    body.iter()
        .filter_map(|node| match node {
            Node::Text(t) => is_checklist(&t.src).then(|| node.clone()),
            Node::Directive(d) => directive(d, region).map(|d| Node::Directive(Box::new(d))),
        })
        .collect()
}

/// Whether a section below `s` keeps something to do, so that its heading stays and
/// the workbook's heading levels do not skip.
pub fn below(s: &Section, region: &Region) -> bool {
    s.children.iter().any(|c| !nodes(&c.body, region).is_empty() || below(c, region))
}

fn directive(d: &Directive, region: &Region) -> Option<Directive> {
    match d.kind {
        DirectiveKind::Activity => Some(d.clone()),
        DirectiveKind::Question if !d.is_assessed() => Some(d.clone()),
        DirectiveKind::Only if applies(&d.attrs, region) => {
            let children = nodes(&d.children, region);
            (!children.is_empty()).then(|| Directive { children, ..d.clone() })
        }
        // Trainer notes and materials are the trainer's; an assessed question is the
        // test's; a variant outside its activity has nothing to choose from.
        _ => None,
    }
}

/// Whether Markdown text holds a task list (`- [ ] ...`): a checklist the participant
/// ticks is a worksheet, with the sentence that introduces it.
fn is_checklist(md: &str) -> bool {
    md.lines().any(|line| {
        let line = line.trim_start();
        let item = line.strip_prefix(['-', '*', '+']).or_else(|| {
            line.split_once(['.', ')'])
                .filter(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                .map(|x| x.1)
        });
        item.filter(|rest| rest.starts_with([' ', '\t'])).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.starts_with("[ ]") || rest.starts_with("[x]") || rest.starts_with("[X]")
        })
    })
}

#[cfg(test)]
mod tests {
    use super::is_checklist;

    #[test]
    fn a_task_list_in_any_list_form_is_a_checklist() {
        assert!(is_checklist("Use this list:\n\n- [ ] I have talked to my team."));
        assert!(is_checklist("* [x] done\n"));
        assert!(is_checklist("  1. [ ] first step"));
        assert!(is_checklist("3) [X] third"));
    }

    #[test]
    fn prose_lists_and_links_are_not_checklists() {
        assert!(!is_checklist("- a plain item\n- [a link](x.md) at the start"));
        assert!(!is_checklist("Text with [ ] brackets in the middle."));
        assert!(!is_checklist("-[ ] needs a space after the marker"));
    }
}
