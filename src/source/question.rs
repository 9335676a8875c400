//! The parts of a `question` directive (SPEC section 2): the prompt, the options with
//! their `[x]` marks, and the explanation after the list.

use super::directives::{Directive, Node};

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionOption {
    pub text: String,
    pub correct: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionParts {
    pub prompt: String,
    pub options: Vec<QuestionOption>,
    pub explanation: String,
}

impl QuestionParts {
    pub fn multi_select(&self) -> bool {
        self.options.iter().filter(|o| o.correct).count() > 1
    }
}

/// Splits the question's Markdown at its task list.
pub fn parts(d: &Directive) -> QuestionParts {
    let text: String = d
        .children
        .iter()
        .filter_map(|n| match n {
            Node::Text(t) => Some(t.src.as_str()),
            Node::Directive(_) => None,
        })
        .collect();
    let mut prompt = String::new();
    let mut options: Vec<QuestionOption> = Vec::new();
    let mut explanation = String::new();
    for line in text.lines() {
        if let Some(option) = option_line(line)
            && explanation.trim().is_empty()
        {
            options.push(option);
            continue;
        }
        let target = if options.is_empty() { &mut prompt } else { &mut explanation };
        target.push_str(line);
        target.push('\n');
    }
    QuestionParts { prompt: prompt.trim().to_string(), options, explanation: explanation.trim().to_string() }
}

fn option_line(line: &str) -> Option<QuestionOption> {
    let rest = line.trim_start().strip_prefix(['-', '*', '+'])?.strip_prefix(' ')?.trim_start();
    let (mark, text) = (rest.get(..3)?, rest.get(3..)?);
    let correct = match mark {
        "[ ]" => false,
        "[x]" | "[X]" => true,
        _ => return None,
    };
    Some(QuestionOption { text: text.trim().to_string(), correct })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::directives::{Body, parse};

    fn question(src: &str) -> QuestionParts {
        let mut out = Vec::new();
        let nodes = parse(&Body { file: "q.md", text: &src.into(), first_line: 1 }, &mut out);
        match &nodes[0] {
            Node::Directive(d) => parts(d),
            _ => panic!("not a directive"),
        }
    }

    #[test]
    fn splits_prompt_options_and_explanation() {
        let q = question("::: question {#q level=2}\nWhat first?\n\n- [ ] Coalition\n- [x] Urgency\n\nBecause.\n:::\n");
        assert_eq!(q.prompt, "What first?");
        assert_eq!(q.options.len(), 2);
        assert!(q.options[1].correct && !q.options[0].correct);
        assert_eq!(q.explanation, "Because.");
        assert!(!q.multi_select());
    }

    #[test]
    fn two_marks_make_a_multi_select() {
        let q = question("::: question {#q}\nPick two\n- [x] A\n- [X] B\n- [ ] C\n:::\n");
        assert!(q.multi_select());
        assert_eq!(q.explanation, "");
    }
}
