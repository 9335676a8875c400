//! Charts for staff pages, as inline SVG that glocal writes itself: each has a title
//! and a description for screen readers (`role="img"`), labels in the page's language
//! and digits, and fills told apart by pattern as well as shade, so a greyscale
//! printout still reads. Every chart stands beside a table of the same numbers.

use super::escape_html;

/// One bar: its label, and its value (none when withheld: drawn as a gap, labelled).
pub struct Bar {
    pub label: String,
    pub value: Option<f64>,
    /// The value as the page writes it (`3,83`, `٨٥٪`).
    pub text: String,
    /// Drawn with the second pattern (a flagged module, the post-test).
    pub marked: bool,
}

/// What a chart says of itself and how its axis runs.
pub struct Frame<'a> {
    /// Unique on the page: ids of the title, description and patterns start with it.
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
    pub max: f64,
    /// A reference line (the flag threshold), with its label.
    pub line: Option<(f64, &'a str)>,
}

const ROW: f64 = 28.0;
const LABEL_W: f64 = 230.0;
const PLOT_W: f64 = 330.0;
const VALUE_W: f64 = 70.0;

/// Horizontal bars, one row each: long labels read without rotation, in any script.
/// Laid out left to right on every page (`direction="ltr"`): on a right-to-left page
/// the labels would otherwise anchor off the chart; each label still runs in its
/// own script's direction.
pub fn bars(frame: &Frame, bars: &[Bar]) -> String {
    let width = LABEL_W + PLOT_W + VALUE_W;
    let height = ROW * bars.len() as f64 + 24.0;
    let id = escape_html(frame.id);
    let mut svg = format!(
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" direction=\"ltr\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>{}",
        escape_html(frame.title),
        escape_html(frame.desc),
        patterns(&id)
    );
    for (i, bar) in bars.iter().enumerate() {
        let y = ROW * i as f64 + 4.0;
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"chart-label\">{}</text>",
            LABEL_W - 8.0,
            y + 15.0,
            escape_html(&shorten(&bar.label, 36))
        ));
        if let Some(v) = bar.value {
            let w = (v / frame.max).clamp(0.0, 1.0) * PLOT_W;
            let fill = if bar.marked { "marked" } else { "plain" };
            svg.push_str(&format!(
                "<rect x=\"{LABEL_W}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"url(#{id}-{fill})\" stroke=\"#1d2430\" stroke-width=\"1\"/>",
                ROW - 8.0
            ));
        }
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" class=\"chart-value\">{}</text>",
            LABEL_W + PLOT_W + 6.0,
            y + 15.0,
            escape_html(&bar.text)
        ));
    }
    let axis_y = ROW * bars.len() as f64 + 4.0;
    svg.push_str(&format!("<line x1=\"{LABEL_W}\" y1=\"0\" x2=\"{LABEL_W}\" y2=\"{axis_y}\" stroke=\"#1d2430\"/>"));
    if let Some((at, label)) = frame.line {
        let x = LABEL_W + (at / frame.max).clamp(0.0, 1.0) * PLOT_W;
        svg.push_str(&format!(
            "<line x1=\"{x:.1}\" y1=\"0\" x2=\"{x:.1}\" y2=\"{axis_y}\" stroke=\"#1d2430\" stroke-dasharray=\"4 3\" stroke-width=\"1.5\"/>\
             <text x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\" class=\"chart-note\">{}</text>",
            axis_y + 16.0,
            escape_html(label)
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// A light dotted fill and a dark hatched one: apart in colour and in greyscale.
fn patterns(id: &str) -> String {
    format!(
        "<defs><pattern id=\"{id}-plain\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">\
         <rect width=\"6\" height=\"6\" fill=\"#c9d9ee\"/><circle cx=\"3\" cy=\"3\" r=\"1\" fill=\"#0b5cad\"/></pattern>\
         <pattern id=\"{id}-marked\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
         <rect width=\"6\" height=\"6\" fill=\"#5a6475\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#1d2430\" stroke-width=\"3\"/></pattern></defs>"
    )
}

fn shorten(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        return label.to_string();
    }
    let cut: String = label.chars().take(max - 1).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame() -> Frame<'static> {
        Frame { id: "l1", title: "Reaction by module", desc: "Mean of 1-5 scores", max: 5.0, line: Some((3.5, "3.5")) }
    }

    #[test]
    fn a_chart_names_itself_for_screen_readers_and_escapes_its_labels() {
        let svg = bars(
            &frame(),
            &[Bar { label: "<Safety> & \"change\"".into(), value: Some(4.0), text: "4.00".into(), marked: false }],
        );
        assert!(svg.starts_with("<svg class=\"chart\" role=\"img\" aria-labelledby=\"l1-title l1-desc\""));
        assert!(svg.contains("<title id=\"l1-title\">Reaction by module</title>"));
        assert!(svg.contains("&lt;Safety&gt; &amp; &quot;change&quot;"));
        assert!(svg.contains("width=\"264.0\""), "4 of 5 is 80% of the plot: {svg}");
    }

    #[test]
    fn a_withheld_value_draws_no_bar_but_keeps_its_label_and_text() {
        let svg =
            bars(&frame(), &[Bar { label: "Module 2".into(), value: None, text: "withheld".into(), marked: false }]);
        assert!(!svg.contains("<rect x=\"230\""));
        assert!(svg.contains(">withheld</text>"));
    }

    #[test]
    fn long_labels_are_shortened_with_an_ellipsis() {
        assert_eq!(shorten("Safety, performance and change in the shift", 20), "Safety, performance…");
        assert_eq!(shorten("Short", 20), "Short");
    }
}
