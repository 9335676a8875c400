# Strings of the built-in theme. Every locale under locales/ defines these same ids.

language-name = English
skip-to-content = Skip to content
footer-built-with = Built with glocal. Works offline: open this folder in any browser.
portal-intro = Choose a course, a region and a language.

## Course pages

course-contents = Course contents
course-menu = Course menu
on-this-page = On this page
course-home = Course home
agenda = Agenda
print-version = Printable course
downloads = Downloads
pager = Previous and next lesson
audience = Audience
objectives = Learning objectives
modules = Modules
print-now = Print or save as PDF

# $minutes (number): a lesson's or activity's length
duration-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
# $hours, $minutes (numbers): a total time split in hours and minutes
duration-total = { $hours ->
    [0] { $minutes } min in total
   *[other] { $hours } h { $minutes } min in total
}

## Search

search = Search
search-placeholder = Search this course
search-no-results = No results

## Directives

activity = Activity
materials = Materials
trainer-note = Trainer note
question = Check your understanding
question-check = Check answer
question-reveal = Show the answer
question-select-one = Choose one answer.
question-select-all = Choose every correct answer.
answer-correct = Correct
answer-wrong = Not quite. Try again, or show the answer.
answer-shown = The right answer is marked above. Here is why:
answer-right-option = right answer

## Agenda

agenda-time = Time
agenda-item = Item
agenda-minutes = Minutes
# $hours, $minutes (numbers): a length of time split in hours and minutes
duration-hm = { $hours ->
    [0] { $minutes } min
   *[other] { $hours } h { $minutes } min
}
# $duration, $target (text): two lengths of time written with duration-hm
agenda-against-target = { $duration } of a planned { $target }
# $minutes (number): how much shorter than its target the session is
agenda-under-target = { $minutes ->
    [one] { $minutes } minute to spare.
   *[other] { $minutes } minutes to spare.
}
# $minutes (number): how far the session runs past its target
agenda-over-target = This session runs { $minutes } minutes past its target.
# $timezone (text): an IANA time zone such as Europe/Berlin
agenda-timezone = Times are local ({ $timezone }).
break = Break
lunch = Lunch

## Downloads

download-print-help = the whole course on one page, ready to print or save as PDF.
download-agenda-csv = Agenda (CSV)
download-agenda-csv-help = the timed run of show, for a spreadsheet.

## Adaptation

adaptation = What this region changed
# $region (text): the region's name
adaptation-title = How { $region } adapts the course
# $core, $adapted (numbers): percentages that add up to 100; $region (text)
adaptation-summary = { $core }% global core, { $adapted }% adapted for { $region }
# $adapted, $budget (numbers): percentages
adaptation-share = Adaptation share: { $adapted }% of a { $budget }% budget.
adaptation-words-delivered = Words delivered
adaptation-words-regional = Regional words
adaptation-words-removed = Core words removed
adaptation-kpis = Regional KPI baselines and targets
adaptation-excluded = Core lessons left out
adaptation-added-lesson = a regional lesson
# $kind (text): replace, remove, append, after or before; $target (text): the title of a section or activity
adaptation-operation = { $kind ->
    [replace] Replaces “{ $target }”
    [remove] Removes “{ $target }”
    [append] Adds to “{ $target }”
    [after] Adds a section after “{ $target }”
   *[before] Adds a section before “{ $target }”
}
adaptation-stale = stale: the core changed since this was reviewed
adaptation-core = Core
adaptation-regional = Regional
# $target (text): the title of a section or activity
adaptation-compare = “{ $target }”: the core text beside the region's, changed words marked
adaptation-variant = Activity variant
kpi = KPI
kpi-baseline = Baseline
kpi-target = Target

## Languages and regions

# $language (text): the name of the language the part is shown in
not-translated = This part is not translated yet, so it is shown in { $language }.
translation-stale = The original of this part changed after it was translated: the translation may be out of date.
switch-language = Language
switch-region = Region
switch-region-language = in { $language }
# $region (text): a region's name
region-name = { $region }

## Status dashboard

status = Status
status-title = Adaptation and translation status
status-intro = How far each region has adapted the global core, and how much of each language is translated.
status-introduction = introduction
status-over-budget = over budget
status-kits = Train-the-trainer kits
status-kits-intro = One kit per course, region and language, for certified trainers only: each holds the facilitator guide and the answer keys, so it is kept off the public site.
status-adaptation = Adaptation by region
status-translation = Translation by language
status-course = Course
status-region = Region
status-language = Language
status-share = Adaptation share
status-budget = Budget
status-stale-overlays = Stale overlays
status-translated = Translated
status-stale = Stale
status-missing = Missing
status-words-missing = Words to translate
status-messages-missing = Missing messages
status-core = core
# $percent (number)
status-percent = { $percent }%

## Train-the-trainer kit

kit = Train-the-trainer kit
# $region (text): a region's name
kit-regional = Adapted for { $region }
kit-index-title = Train-the-trainer kit
kit-index-intro = Everything a certified trainer needs to run this course offline: open any file in a browser, or print it.
kit-index-for = For trainers delivering the course to this region, in this language.
kit-index-how = How to run the programme
kit-index-how-1 = Before the course, work through the facilitator guide and the agenda, and prepare the materials on the checklist.
kit-index-how-2 = Print one participant workbook per participant.
kit-index-how-3 = After each module, hand out its reaction survey; at the end of each day, run the knowledge check and keep the answer key to yourself.
kit-index-how-4 = Use the behaviour checklist at 30, 60 and 90 days and the KPI scorecard to follow up with each participant's manager.
kit-index-files = Files in this kit
kit-facilitator-guide = Facilitator guide
kit-participant-workbook = Participant workbook
kit-agenda = Agenda
kit-agenda-csv = Agenda (spreadsheet)
kit-materials-checklist = Materials checklist
kit-l1 = Level 1: reaction survey
kit-l2 = Level 2: knowledge check
kit-l2-key = Level 2: answer key
kit-l3 = Level 3: behaviour checklist
kit-l4 = Level 4: KPI scorecard
kit-l4-csv = Level 4: KPI scorecard (spreadsheet)
kit-certification = Trainer certification checklist
kit-manifest = Manifest (file list and hashes)
kit-contents = Contents
kit-cover-region = Region
kit-cover-language = Language
kit-cover-timezone = Time zone
kit-cover-length = Length
# $count (number): how many sessions (days or half-days) the course is delivered in
kit-cover-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
kit-cover-audience = Audience
kit-guide-how-title = How to use this guide
kit-guide-how = Each session opens with its run of show: the clock times, what happens, how and with which materials. Each lesson opens with an at-a-glance box to read the night before; in the lesson, every activity shows its start time, steps and debrief, in the variant chosen for this region, and trainer notes sit beside the content they are about. Right answers to the check questions are marked.
kit-run-of-show = Run of show
kit-what = What
kit-method = Method
kit-method-input = Input and discussion
kit-method-input-check = Input, discussion and check question
kit-method-exercise = Exercise
kit-at-a-glance = At a glance
kit-purpose = Purpose
kit-timing = Timing
kit-key-messages = Key messages
kit-preparation = Preparation
kit-no-preparation = Nothing to prepare beyond this guide and the room.
# $region (text): a region's name
kit-variant = As run in { $region }:
kit-workbook-intro = This workbook is yours. It holds the exercises, checklists and questions you will work on in the sessions, with room to write. Keep it: you will come back to your notes and actions between the sessions.
kit-workbook-team = Team
kit-workbook-trainer = Trainer
kit-workbook-goals = In this lesson you will learn to
kit-workbook-notes = My notes and actions
kit-workbook-notes-prompt = What will you try with your team before the next session?
kit-name = Name
kit-date = Date
kit-signature = Signature
kit-comments = Comments
kit-module = Module
kit-lesson = Lesson
kit-item = Item
kit-ready = Ready
kit-question = Question
kit-answer = Answer
kit-explanation = Explanation
kit-l1-intro = Please rate each statement from 1 (strongly disagree) to 5 (strongly agree).
# The standard reaction questions (SPEC 9); results name them by the id after `reaction-`.
reaction-relevance = The content was relevant to my job.
reaction-confidence = I feel confident applying what I learned.
reaction-trainer = The trainer explained things clearly.
reaction-recommend = I would recommend this module to a colleague.
kit-l2-intro = Choose the correct answer. Some questions have more than one correct answer.
kit-l3-intro = Observe the participant on the job and rate each behaviour from 1 (never) to 5 (always).
kit-l3-participant = Participant code
kit-l3-observer = Observer (line manager or peer)
kit-l3-behaviour = Behaviour
kit-l3-objectives = Objectives
kit-l3-day = { $days } days
kit-l4-intro = Record the team's results at each review and compare them with the region's baseline and target.
kit-l4-kpi = KPI
kit-l4-unit = Unit
kit-l4-baseline = Baseline
kit-l4-target = Target
kit-l4-month = Month { $month }
kit-cert-intro = A trainer may deliver this course alone when every criterion is met and a master trainer has observed a teach-back.
kit-cert-criteria = Criteria
kit-cert-met = Met
kit-cert-rubric = Teach-back observation
kit-cert-rubric-1 = Explains the purpose and objectives of the module clearly.
kit-cert-rubric-2 = Runs the activity in the region's variant and keeps to time.
kit-cert-rubric-3 = Asks open questions and handles answers and pushback respectfully.
kit-cert-rubric-4 = Links the content to participants' own work and local rules.
kit-cert-rubric-5 = Checks understanding with the knowledge check and closes with clear next steps.
kit-cert-score = Score (1 to 4)
kit-cert-trainer = Trainer
kit-cert-observer = Master trainer
kit-total = Total
# $kib (number): a file's size in kibibytes
download-size = { $kib } KB
download-source-hash = Hash of the sources

## Cohorts: one delivery of a course on real dates (learner pages)
cohorts = Dates and places
cohorts-intro = Each cohort is one delivery of this course, on its own dates, led by certified trainers.
# $count (number): how many sessions (days) the cohort meets
cohort-sessions-count = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
delivery-in-person = In person
delivery-virtual = Online
delivery-hybrid = In person and online
cohort-dates = Dates
cohort-where = Where
cohort-join = How to join
cohort-join-link = Join the online session
cohort-trainers = Trainers
role-lead = lead trainer
role-co-trainer = co-trainer
cohort-calendar = Add every session to your calendar (.ics)
cohort-calendar-help = for Outlook, Google Calendar or Apple Calendar, with each session's time, place and time zone.
# $timezone (text): an IANA time zone name, such as Europe/Berlin
cohort-timezone = All times are local times in { $timezone }.
# $zone (text): the reader's own time zone, such as America/New_York, filled in by the page's script
cohort-your-zone = In brackets, the same times in your time zone ({ $zone }).
cohort-your-time = your time
# $number (number): the session's position in the cohort
cohort-session = Session { $number }
# $course (text), $region (text): the course title and the region's name
cohort-default-title = { $course }, { $region }
cohort-full-agenda = The agenda with every activity
# $count (number): people taking part
cohort-participants = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}

## Staff page: cohorts and the trainer network
status-deliveries = Cohorts and trainer network
status-deliveries-intro = Every cohort by region with its dates and trainers, and every trainer with their certifications. Run `glocal status` to see certifications that expire soon.
status-cohorts = Cohorts
status-cohort = Cohort
status-delivery = Delivery
status-dates = Dates
status-lead = Lead trainer
status-co-trainers = Co-trainers
status-participants = Participants
status-trainers = Trainer network
status-trainer = Trainer
status-trainer-regions = Regions
status-trainer-languages = Languages
status-certifications = Certifications
# $from (text), $until (text): dates; the certification is valid from the first through the second
status-certified-range = { $from } to { $until }
status-leads = Leads
status-none = none

## Kit: results templates (SPEC 9)
kit-results = Results templates
kit-results-intro = After each cohort, type what the evaluation instruments collected into these files, keeping their header rows, and save them in the workspace as results/<cohort id>/reaction.csv, knowledge.csv and behaviour.csv. glocal checks them and turns them into the impact pages and the quarterly reviews.
kit-results-codes = Give each participant a pseudonymous code, such as p07, and use the same code in every file. Never write a name or an e-mail address.
kit-results-reaction = one row per participant and module (leave the module empty for the course as a whole), each question scored from 1 to 5. An empty cell means no answer. Comments stay in the file and are never published.
kit-results-knowledge = one row per participant before the course (phase pre) and one after it (phase post), with the letters chosen for each question as the knowledge check prints them, several as a;c.
kit-results-behaviour = one row per participant, behaviour and observation day (30, 60 or 90 days after the last session), with the rating from 1 (never) to 5 (always) and the observer's role.
# $course (text), $region (text): ids that name the file's place in the workspace
kit-results-kpi = the region's business figures, one row per KPI and period (a quarter such as 2027-Q1, or a month such as 2027-03), saved as results/kpi/{ $course }/{ $region }.csv.
kit-results-check = Run glocal check after saving: every mistake is reported with its file, line and column.

## Staff pages: impact and quarterly reviews (SPEC 9)
impact = Impact
# $min (number): the smallest group a figure is shown for
impact-intro = What the cohorts' evaluations collected, at Kirkpatrick levels 1 to 4. No figure from fewer than { $min } people is shown, nor one that would reveal such a figure.
impact-adaptation = Adaptation share
impact-coverage = Translation coverage
impact-cohorts = Cohorts
impact-cohort = Cohort
impact-last-session = Last session
impact-respondents = Respondents
impact-withheld = withheld
impact-none = No results yet for this region.
impact-l1 = Level 1: reaction
impact-l1-chart = Mean reaction by module
# $threshold (text): the flag threshold, such as 3.5
impact-l1-desc = Mean of all scores from 1 to 5 for each module. The dashed line is the threshold of { $threshold }: modules below it are flagged.
impact-module = Module
impact-mean = Mean (1 to 5)
impact-flagged = flagged
impact-l2 = Level 2: knowledge
impact-l2-chart = Knowledge check before and after the course
impact-l2-desc = Average share of questions answered rightly before and after the course.
impact-pre = Before
impact-post = After
impact-gain = Gain
impact-question = Question
impact-right = Right after the course
impact-wrong-option = Most chosen wrong option
impact-l2-flagged = A question fewer than half answered rightly after the course is flagged: its lesson may need another look.
impact-l3 = Level 3: behaviour
impact-l3-chart = Behaviours rated 4 or 5
impact-l3-desc = Share of observed behaviours rated 4 (often) or 5 (always), 30, 60 and 90 days after the last session.
impact-behaviour = Behaviour
# $day (number): days after the cohort's last session
impact-day = Day { $day }
impact-l4 = Level 4: results
impact-kpi = KPI
impact-baseline = Baseline
impact-target = Target
impact-period = Period
impact-value = Value
impact-progress = Progress to target
impact-course = Impact across regions
impact-course-intro = Each region's results beside how far it adapted the core and how much of it is translated: does the adapted version do better?
impact-region = Region
impact-details = Details
impact-reviews = Quarterly reviews
# $quarter (text): a quarter such as 2027-Q2
review-title = Quarterly review { $quarter }
review-intro = The cohorts whose last session fell in { $quarter }, and the business figures of that quarter, region by region.
review-print = Print this review

## Staff page: LMS packages (SPEC 10)
status-lms = LMS packages
status-lms-intro = One SCORM 1.2 package per course, region and language, written to the lms folder beside the site (never into it). Upload each into the LMS as a SCORM 1.2 course; it reports each learner's progress and where they left off.

## LMS package: the assessed knowledge check (SPEC 10)
assessment-title = Knowledge check
# $count (number): how many questions; $score (number): the percentage needed to pass
assessment-intro = { $count ->
    [one] One question. You need { $score }% to pass. Your answers are recorded once, when you submit them.
   *[other] { $count } questions. You need { $score }% to pass. Your answers are recorded once, when you submit them.
}
assessment-submit = Submit my answers
# $score (number): the learner's score in percent
assessment-score = Your score: { $score }%.
assessment-passed = Passed.
assessment-failed = Not passed this time: talk to your trainer about the lessons to review.
assessment-unavailable = Your answers cannot be scored here: open the course from your learning platform.
