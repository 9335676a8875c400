//! The assessed knowledge check of an LMS package (SPEC 2 and 10): the questions marked
//! `assessment`, which the learner site never shows, as a form the learner submits
//! once. The page carries no answer: each question's right set of letters is present
//! only as a SHA-256 key salted with the package, which the page compares with the
//! key of what the learner chose.

use super::markdown::{BodyContext, inline_html};
use crate::source::directives::Directive;
use crate::source::question;
use serde_json::{Value, json};

/// The key of a set of letters (`a;c`) for question `id` in the package `salt`.
pub fn key(salt: &str, id: &str, letters: &[char]) -> String {
    let mut sorted: Vec<char> = letters.to_vec();
    sorted.sort_unstable();
    let letters: Vec<String> = sorted.iter().map(char::to_string).collect();
    crate::hashing::sha256(format!("{salt}:{id}:{}", letters.join(";")).as_bytes())
}

/// One question as the form shows it: prompt and options (rendered as the lesson would),
/// radio buttons or boxes, and the key of its right answer. No explanation: it would
/// give the answer away.
pub fn question(ctx: &BodyContext, d: &Directive, salt: &str) -> Value {
    let parts = question::parts(d);
    let id = d.attrs.id.clone().unwrap_or_default();
    let letter = |i: usize| char::from(b'a' + (i % 26) as u8);
    let right: Vec<char> =
        parts.options.iter().enumerate().filter(|(_, o)| o.correct).map(|(i, _)| letter(i)).collect();
    let options: Vec<Value> = parts
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| json!({ "letter": letter(i).to_string(), "html": inline_html(ctx, &o.text, d.line) }))
        .collect();
    json!({
        "id": id,
        "prompt": inline_html(ctx, &parts.prompt, d.line),
        "multi": parts.multi_select(),
        "options": options,
        "key": key(salt, &id, &right),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_depends_on_the_set_of_letters_not_their_order_and_on_the_package() {
        assert_eq!(key("p", "q1", &['c', 'a']), key("p", "q1", &['a', 'c']));
        assert_ne!(key("p", "q1", &['a']), key("p", "q1", &['a', 'c']));
        assert_ne!(key("p", "q1", &['a']), key("other", "q1", &['a']));
        assert_eq!(key("p", "q1", &['a']), crate::hashing::sha256(b"p:q1:a"));
    }
}
