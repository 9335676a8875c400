//! A generator of large synthetic workspaces for benchmarks (`glocal
//! generate-benchmark DIR --lessons N`): lessons shaped like real ones, 600 to 1,200
//! words with headings, lists, a table, code, links and every directive, so that
//! builds of thousands of lessons can be timed. Deterministic: same N, same files.

use std::fmt::Write;
use std::io;
use std::path::Path;

const LESSONS_PER_MODULE: usize = 20;
const MODULES_PER_COURSE: usize = 50;

const WORDS: &[&str] = &[
    "team",
    "shift",
    "leader",
    "safety",
    "feedback",
    "coaching",
    "goal",
    "briefing",
    "warehouse",
    "depot",
    "customer",
    "dispatch",
    "accuracy",
    "listen",
    "question",
    "agree",
    "plan",
    "review",
    "change",
    "conflict",
    "trust",
    "clear",
    "expectation",
    "standard",
    "practice",
    "example",
    "colleague",
    "handover",
    "schedule",
    "priority",
    "decision",
    "recognise",
    "delegate",
    "support",
    "observe",
    "improve",
    "measure",
    "target",
    "progress",
    "habit",
    "meeting",
    "conversation",
    "respect",
    "fair",
    "early",
    "specific",
    "behaviour",
    "impact",
    "situation",
    "result",
    "learn",
];

/// A small deterministic pseudo-random sequence (no dependency, stable across builds).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }

    fn sentence(&mut self, words: usize) -> String {
        let mut s = String::new();
        for i in 0..words {
            let w = WORDS[self.next() % WORDS.len()];
            if i == 0 {
                let mut c = w.chars();
                s.extend(c.next().map(|c| c.to_ascii_uppercase()));
                s.push_str(c.as_str());
            } else {
                s.push(' ');
                s.push_str(w);
            }
        }
        s.push('.');
        s
    }

    fn paragraph(&mut self, sentences: usize) -> String {
        (0..sentences)
            .map(|_| {
                let n = 8 + self.next() % 10;
                self.sentence(n)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Writes `lessons` lessons dealt into `courses` courses (one per 1,000 lessons unless
/// told), each lesson translated into six languages but one in five.
pub fn generate(dir: &Path, lessons: usize, courses: Option<usize>) -> io::Result<()> {
    if dir.join("glocal.yaml").exists() || dir.join("curricula").exists() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!("{} already holds a workspace", dir.display()),
        ));
    }
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("glocal.yaml"), CONFIG)?;
    let mut rng = Rng(42);
    for (c, course_lessons) in deal(lessons, courses).into_iter().enumerate() {
        write_course(dir, c, course_lessons, &mut rng)?;
    }
    Ok(())
}

/// How many lessons each course gets: as even as whole lessons allow, the first
/// courses taking one more when they do not divide.
fn deal(lessons: usize, courses: Option<usize>) -> Vec<usize> {
    let courses = courses.unwrap_or(lessons.div_ceil(LESSONS_PER_MODULE * MODULES_PER_COURSE)).clamp(1, lessons.max(1));
    (0..courses).map(|c| lessons / courses + usize::from(c < lessons % courses)).collect()
}

const CONFIG: &str = "title: Benchmark Academy\nbase_url: https://bench.example.com/\nsource_locale: en\nregions:\n  - id: emea\n    locales: [en, de, fr]\n    profile: { activity_style: debate }\n  - id: sea\n    locales: [vi, en, ja]\n    profile: { activity_style: consensus }\n  - id: latam\n    locales: [pt-BR, es, en]\n    profile: { activity_style: consensus }\n";

/// The languages lessons are translated into; one lesson in five is left untranslated,
/// so pages mix translated and fallback sections as real ones do.
const TRANSLATED: &[&str] = &["de", "fr", "vi", "ja", "pt-BR", "es"];

fn write_course(dir: &Path, c: usize, lessons: usize, rng: &mut Rng) -> io::Result<()> {
    let course = dir.join(format!("curricula/course-{c:02}"));
    let modules = lessons.div_ceil(LESSONS_PER_MODULE);
    let mut yaml =
        format!("title: Benchmark course {c}\nsummary: {}\naudience: Team leads\nobjectives:\n", rng.sentence(14));
    for o in 0..5 {
        writeln!(yaml, "  - id: objective-{o}\n    text: {}", rng.sentence(10)).expect("string write");
    }
    yaml.push_str("schedule:\n  start: \"09:00\"\n  break: { every: 90, minutes: 15 }\n  lunch: { after: \"12:00\", minutes: 60 }\n  sessions:\n");
    for day in 0..modules.div_ceil(2) {
        let ms: Vec<String> = (day * 2..(day * 2 + 2).min(modules)).map(module_id).collect();
        writeln!(yaml, "    - {{ title: Day {}, modules: [{}], target_minutes: 3000 }}", day + 1, ms.join(", "))
            .expect("string write");
    }
    std::fs::create_dir_all(course.join("locales/en"))?;
    std::fs::write(course.join("course.yaml"), yaml)?;
    std::fs::write(
        course.join("locales/en/course.ftl"),
        "company-name = Northwind Logistics\nteam-size = { $count ->\n    [one] a team of one\n   *[other] a team of { $count } people\n}\n",
    )?;
    for m in 0..modules {
        let mdir = course.join(module_id(m));
        std::fs::create_dir_all(mdir.join("assets"))?;
        std::fs::write(
            mdir.join("module.yaml"),
            format!("title: Module {m}\nsummary: {}\nobjectives: [objective-{}]\n", rng.sentence(12), m % 5),
        )?;
        std::fs::write(mdir.join("assets/diagram.svg"), SVG)?;
        let count = (lessons - m * LESSONS_PER_MODULE).min(LESSONS_PER_MODULE);
        for l in 0..count {
            let text = lesson(m, l, count, rng);
            std::fs::write(mdir.join(format!("{}.md", lesson_id(l))), &text)?;
            if l % 5 != 4 {
                let body = &text[text.find("\n---\n").map_or(0, |i| i + 5)..];
                for locale in TRANSLATED {
                    let translated = format!("---\ntitle: Lesson {m}.{l} ({locale})\n---\n{body}");
                    std::fs::write(mdir.join(format!("{}.{locale}.md", lesson_id(l))), translated)?;
                }
            }
            write_overlays(&course, m, l, rng)?;
        }
    }
    Ok(())
}

/// Every region overlays one lesson in ten (a different tenth each): a replaced
/// section, an inserted one and an appended paragraph, as regional partners write them.
fn write_overlays(course: &Path, m: usize, l: usize, rng: &mut Rng) -> io::Result<()> {
    for (i, region) in ["emea", "sea", "latam"].iter().enumerate() {
        if (m * LESSONS_PER_MODULE + l) % 10 != i * 3 {
            continue;
        }
        let dir = course.join(format!("overlays/{region}/{}", module_id(m)));
        std::fs::create_dir_all(&dir)?;
        let text = format!(
            "## Local practice {{#section-1 .replace}}\n\n{}\n\n## Local rules {{#local-rules after=section-2}}\n\n{}\n\n## {{#section-3 .append}}\n\n{}\n",
            rng.paragraph(6),
            rng.paragraph(4),
            rng.paragraph(2)
        );
        std::fs::write(dir.join(format!("{}.md", lesson_id(l))), text)?;
    }
    Ok(())
}

const SVG: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 40\"><title>Diagram</title><rect width=\"100\" height=\"40\" fill=\"#e8f1fb\"/></svg>\n";

fn module_id(m: usize) -> String {
    format!("{m:02}-module")
}

fn lesson_id(l: usize) -> String {
    format!("{l:02}-lesson")
}

fn lesson(m: usize, l: usize, count: usize, rng: &mut Rng) -> String {
    let mut s = format!("---\ntitle: Lesson {m}.{l}\nduration: 60\nobjectives: [objective-{}]\n---\n\n", m % 5);
    let n = 4 + rng.next() % 3;
    s.push_str(&rng.paragraph(n));
    s.push_str(" Work with {{ team-size count=12 }} at {{ company-name }}.\n\n");
    for sec in 0..4 {
        writeln!(s, "## Section {sec} {{#section-{sec}}}\n").expect("string write");
        let n = 5 + rng.next() % 4;
        s.push_str(&rng.paragraph(n));
        s.push_str("\n\n");
        writeln!(s, "### Detail {sec} {{#detail-{sec}}}\n").expect("string write");
        for _ in 0..3 {
            writeln!(s, "- {}", rng.sentence(9)).expect("string write");
        }
        s.push('\n');
        let n = 3 + rng.next() % 3;
        s.push_str(&rng.paragraph(n));
        s.push_str("\n\n");
    }
    s.push_str(
        "| Measure | Baseline | Target |\n|---|---|---|\n| Accuracy | 98.1% | 99.5% |\n| On time | 91% | 96% |\n\n",
    );
    s.push_str("```text\nSBI: situation -> behaviour -> impact\n```\n\n");
    let other = (l + 1) % count;
    writeln!(s, "See [the next lesson]({}.md#section-1) and ![a diagram](assets/diagram.svg).\n", lesson_id(other))
        .expect("string write");
    let note = rng.paragraph(2);
    let common = rng.paragraph(2);
    let debate = rng.paragraph(2);
    let consensus = rng.paragraph(2);
    let prompt = rng.sentence(10);
    writeln!(
        s,
        "::: trainer\n{note}\n:::\n\n:::: activity {{#activity-1 minutes=20 title=\"Practice\"}}\n{common}\n\n::: variant {{activity_style=debate}}\n{debate}\n:::\n\n::: variant {{activity_style=consensus}}\n{consensus}\n:::\n::::\n\n::: question {{#q-{m}-{l} level=2}}\n{prompt}\n\n- [ ] {}\n- [x] {}\n- [ ] {}\n\n{}\n:::\n\n::: materials\n- Flip chart\n- Markers\n:::\n\n::: only {{not_region=global}}\n{}\n:::",
        rng.sentence(5),
        rng.sentence(5),
        rng.sentence(5),
        rng.sentence(12),
        rng.paragraph(2)
    )
    .expect("string write");
    s
}

#[cfg(test)]
mod tests {
    use super::deal;

    #[test]
    fn lessons_are_dealt_evenly_into_the_courses_asked_for() {
        assert_eq!(deal(10_000, Some(50)), vec![200; 50]);
        assert_eq!(deal(100, Some(3)), vec![34, 33, 33]);
        assert_eq!(deal(2, Some(5)), vec![1, 1], "never an empty course");
    }

    #[test]
    fn without_a_count_a_course_holds_up_to_a_thousand_lessons() {
        assert_eq!(deal(2_000, None), vec![1_000, 1_000]);
        assert_eq!(deal(2_500, None), vec![834, 833, 833]);
        assert_eq!(deal(60, None), vec![60]);
    }
}
