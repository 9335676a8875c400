//! The files `glocal new` writes: a small real course on shift handovers that shows
//! every part of the format (a trainer note, an activity with two variants, a question,
//! a region overlay, a translation and a Fluent message with a plural).

/// The files of a new workspace, by path. `{{PIN}}` stands for the overlay's pin.
pub fn workspace() -> Vec<(String, String)> {
    let files = [
        ("glocal.yaml", GLOCAL),
        ("curricula/shift-handover/course.yaml", COURSE),
        ("curricula/shift-handover/01-handover/module.yaml", MODULE),
        ("curricula/shift-handover/01-handover/01-handover-basics.md", LESSON),
        ("curricula/shift-handover/01-handover/01-handover-basics.vi.md", LESSON_VI),
        ("curricula/shift-handover/overlays/sea/01-handover/01-handover-basics.md", OVERLAY),
        ("curricula/shift-handover/locales/en/course.ftl", FTL_EN),
        ("curricula/shift-handover/locales/vi/course.ftl", FTL_VI),
    ];
    files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect()
}

/// The files of a new course `id`, relative to its folder.
pub fn course(id: &str) -> Vec<(String, String)> {
    let title = id.split('-').map(|w| {
        let mut c = w.chars();
        c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
    });
    let title: Vec<String> = title.collect();
    vec![
        (
            "course.yaml".into(),
            format!("title: {}\nsummary: What participants will be able to do after this course.\naudience: Who the course is for.\nobjectives:\n  - id: first-objective\n    text: Describe the first thing participants will be able to do.\n", title.join(" ")),
        ),
        ("01-introduction/module.yaml".into(), "title: Introduction\nsummary: Why this course matters.\nobjectives: [first-objective]\n".into()),
        (
            "01-introduction/01-welcome.md".into(),
            "---\ntitle: Welcome\nduration: 20\nobjectives: [first-objective]\n---\nOpen with why this course matters to the people in the room.\n\n## What you will learn {#what-you-will-learn}\n\nList the objectives in the participants' own words.\n\n::: trainer\nAsk each participant what they want to take away, and note it on a flip chart.\n:::\n".into(),
        ),
    ]
}

const GLOCAL: &str = "# A glocal workspace: one core course, adapted per region, in every language.
title: Handover Academy
base_url: https://academy.example.com/
source_locale: en
adaptation_budget: 20%
regions:
  - id: sea
    name: Southeast Asia
    locales: [en, vi]
    timezone: Asia/Ho_Chi_Minh
    profile: { activity_style: consensus }
";

const COURSE: &str = "title: Shift handover
summary: A short course for team leads on handing a shift over so that nothing is lost between teams.
audience: Team leads and shift supervisors.
objectives:
  - id: run-handover
    text: Run a five-minute shift handover that covers safety, open work and people.
reaction_questions:
  - I will use the handover checklist on my next shift.
behaviours:
  - id: uses-checklist
    text: Uses the handover checklist at every shift change.
    objectives: [run-handover]
kpis:
  - id: missed-items
    text: Open items missed at handover
    unit: per week
    baseline: 6
    target: 2
certification:
  - id: co-delivered
    text: Has co-delivered the course once with a certified trainer.
schedule:
  start: \"09:00\"
  sessions:
    - { title: Morning, modules: [01-handover], target_minutes: 60 }
";

const MODULE: &str = "title: The handover
summary: What a good handover covers, and how to run it.
objectives: [run-handover]
";

const LESSON: &str = "---
title: Handover basics
duration: 40
objectives: [run-handover]
---
A shift handover is five minutes that decide how the next eight hours go. This lesson gives you a simple structure for it.

## The three things to hand over {#three-things}

Every handover covers **safety** first, then **open work**, then **people**: who is absent, who is new, who needs support. With {{ team-size count=6 }} on the next shift, say each point once, clearly.

::: trainer
Ask the group what went wrong at the last handover they remember. Most answers are about open work nobody mentioned.
:::

## An example {#example}

The night lead says: \"Safety: bay 4 is closed, the racking is being repaired. Open work: 12 pallets for the 6:00 truck are picked but not wrapped. People: Minh starts today; pair him with Lan.\"

:::: activity {#practice minutes=15 title=\"Practise a handover\"}
In pairs, one person hands over their real shift from yesterday in under three minutes.

::: variant {activity_style=debate}
The listener challenges every vague point until it is specific.
:::

::: variant {activity_style=consensus}
The pair agrees together on one thing that made the handover clearer.
:::
::::

::: question {#q-first level=2}
What comes first in a handover?

- [x] Safety
- [ ] Open work
- [ ] People

Safety first: a closed bay or a broken machine affects everything else.
:::

::: materials
- One printed handover checklist per participant
:::
";

const LESSON_VI: &str = "---
title: Những điều cơ bản khi giao ca
---
Giao ca là năm phút quyết định tám giờ tiếp theo diễn ra thế nào. Bài học này đưa ra một cấu trúc đơn giản cho việc đó.

## Ba điều cần bàn giao {#three-things}

Mỗi lần giao ca đều gồm **an toàn** trước, rồi **việc còn dở**, rồi **con người**: ai vắng, ai mới, ai cần hỗ trợ. Với {{ team-size count=6 }} ở ca sau, hãy nói mỗi ý một lần, thật rõ.

::: trainer
Hỏi cả nhóm điều gì đã sai trong lần giao ca gần nhất mà họ nhớ. Phần lớn câu trả lời là về việc còn dở mà không ai nhắc tới.
:::

## Một ví dụ {#example}

Trưởng ca đêm nói: \"An toàn: khoang 4 đóng cửa, giá kệ đang được sửa. Việc còn dở: 12 pallet cho chuyến xe 6 giờ đã soạn nhưng chưa quấn màng. Con người: Minh bắt đầu làm hôm nay; hãy ghép cậu ấy với Lan.\"

:::: activity {#practice minutes=15 title=\"Thực hành giao ca\"}
Theo cặp, một người bàn giao ca làm việc thật của mình hôm qua trong vòng ba phút.

::: variant {activity_style=debate}
Người nghe chất vấn mọi điểm còn mơ hồ cho đến khi nó cụ thể.
:::

::: variant {activity_style=consensus}
Cả hai cùng thống nhất một điều đã giúp việc giao ca rõ ràng hơn.
:::
::::

::: question {#q-first level=2}
Điều gì được nói trước tiên khi giao ca?

- [x] An toàn
- [ ] Việc còn dở
- [ ] Con người

An toàn trước: một khoang bị đóng hay một máy hỏng ảnh hưởng đến mọi thứ khác.
:::

::: materials
- Mỗi học viên một bản in danh sách kiểm tra giao ca
:::
";

const OVERLAY: &str = "---
based_on:
  example: \"{{PIN}}\"
---
## {#example .append}

In Vietnam, hand over in the language the next shift speaks best, and repeat the safety point in both languages when the team is mixed.
";

const FTL_EN: &str = "team-size = { $count ->
    [one] one person
   *[other] { $count } people
}
";

const FTL_VI: &str = "team-size = { $count ->
   *[other] { $count } người
}
";
