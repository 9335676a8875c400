//! The adaptation page's comparison: Markdown read as blocks of text, blocks lined up,
//! changed words marked, rewrites shown whole, partner text escaped.

use super::*;

fn read(md: &str) -> Vec<Block> {
    let directive = |name: &str| format!("<{name}>");
    let message = |id: &str, _: &[(String, Arg)]| format!("[{id}]");
    blocks(md, &Naming { directive: &directive, message: &message })
}

fn texts(blocks: &[Block]) -> Vec<(Kind, &str)> {
    blocks.iter().map(|b| (b.kind, b.text.as_str())).collect()
}

#[test]
fn markdown_becomes_the_text_a_reader_sees_block_by_block() {
    let md = "## Route {#route .locked}\n\nStart at the **gate**, end at\nthe `canteen`.\n\n- [ ] one\n- two\n\n| A | B |\n|---|---|\n| x | y |\n";
    assert_eq!(
        texts(&read(md)),
        vec![
            (Kind::Heading, "Route"),
            (Kind::Paragraph, "Start at the gate, end at the canteen."),
            (Kind::Item, "☐ one"),
            (Kind::Item, "two"),
            (Kind::Item, "A | B"),
            (Kind::Item, "x | y"),
        ]
    );
}

#[test]
fn directives_are_named_by_kind_and_title_and_messages_by_their_text() {
    let md = ":::: activity {#sort minutes=10 title=\"Where is the line?\"}\nSort the cards at {{ company-name }}.\n::: variant {activity_style=debate}\nArgue.\n:::\n::::\n::: only {region=sea}\nMonsoon drains.\n:::\n";
    assert_eq!(
        texts(&read(md)),
        vec![
            (Kind::Label, "<activity>: Where is the line?"),
            (Kind::Paragraph, "Sort the cards at [company-name]."),
            (Kind::Label, "<variant>"),
            (Kind::Paragraph, "Argue."),
            (Kind::Paragraph, "Monsoon drains."),
        ]
    );
}

#[test]
fn an_edited_paragraph_marks_only_the_words_that_changed() {
    let core = read("Start at the gate, end at the canteen.\n");
    let regional = read("Start at the north gate, end at the canteen.\n");
    let rows = compare(&core, &regional);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].change, "changed");
    assert_eq!(rows[0].core, "Start at the gate, end at the canteen.");
    assert_eq!(rows[0].regional, "Start at the <ins>north </ins>gate, end at the canteen.");
}

#[test]
fn neighbouring_changed_words_are_marked_as_one_run() {
    let (core, regional) =
        words("Walk the floor in pairs.", "Walk the floor with a buddy from another shift.").unwrap();
    assert_eq!(core, "Walk the floor <del>in pairs</del>.");
    assert_eq!(regional, "Walk the floor <ins>with a buddy from another shift</ins>.");
}

#[test]
fn a_directive_written_back_from_an_overlay_keeps_its_quoted_title() {
    assert_eq!(
        texts(&read(":::: activity \"Walk with a buddy\"\nGo.\n::::\n"))[0],
        (Kind::Label, "<activity>: Walk with a buddy")
    );
}

#[test]
fn unchanged_blocks_stay_paired_around_added_and_removed_ones() {
    let core = read("## Route\n\nOne.\n\nTwo.\n");
    let regional = read("## Route\n\nOne.\n\nNew paragraph here.\n\nTwo.\n");
    let changes: Vec<&str> = compare(&core, &regional).iter().map(|r| r.change).collect();
    assert_eq!(changes, ["same", "same", "added", "same"]);
    let gone = compare(&read("A.\n\nB.\n"), &[]);
    assert_eq!(gone.iter().map(|r| r.core.as_str()).collect::<Vec<_>>(), ["<del>A.</del>", "<del>B.</del>"]);
}

#[test]
fn a_rewrite_is_marked_whole_rather_than_word_by_word() {
    assert_eq!(words("The quick brown fox jumps over it.", "Completely different sentence written anew today."), None);
    let rows = compare(
        &read("The quick brown fox jumps over it.\n"),
        &read("Completely different sentence written anew today.\n"),
    );
    assert_eq!(rows[0].change, "rewritten");
    assert_eq!(rows[0].core, "<del>The quick brown fox jumps over it.</del>");
}

#[test]
fn text_without_spaces_compares_by_character() {
    let (_, regional) = words("安全第一です。", "安全が第一です。").unwrap();
    assert_eq!(regional, "安全<ins>が</ins>第一です。");
}

#[test]
fn text_from_partners_is_escaped_in_every_row() {
    let rows = compare(&read("a <b>\n"), &read("a <script>x</script> & more\n"));
    for r in rows {
        assert!(!r.core.contains("<b>") && !r.regional.contains("<script>"), "{r:?}");
    }
}

#[test]
fn an_assessed_question_shows_its_label_but_never_its_prompt_or_answers() {
    let md = "Before.\n\n::: question {#q-final assessment}\nWhich is right?\n\n- [x] This one\n- [ ] That one\n:::\n\nAfter.\n";
    assert_eq!(
        texts(&read(md)),
        vec![(Kind::Paragraph, "Before."), (Kind::Label, "<question>"), (Kind::Paragraph, "After.")]
    );
}
