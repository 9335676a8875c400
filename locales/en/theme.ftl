# Strings of the built-in theme. Every locale under locales/ defines these same ids.

language-name = English
skip-to-content = Skip to content
footer-built-with = Built with glocal. Works offline: open this folder in any browser.
portal-intro = Choose a course, a region and a language.

## Course pages

course-contents = Course contents
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
question-select-one = Choose one answer.
question-select-all = Choose every correct answer.
answer-correct = Correct
answer-wrong = Not quite: look at the explanation and try again.

## Agenda

agenda-time = Time
agenda-item = Item
agenda-minutes = Minutes
# $minutes (number): the session's target length
agenda-target = target { $minutes } min
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
# $kind (text): replace, remove, append, after or before; $target (text): a section id
adaptation-operation = { $kind ->
    [replace] Replaces { $target }
    [remove] Removes { $target }
    [append] Adds to { $target }
    [after] Adds a section after { $target }
   *[before] Adds a section before { $target }
}
adaptation-stale = stale: the core changed since this was reviewed
adaptation-core = Core
adaptation-regional = Regional
kpi = KPI
kpi-baseline = Baseline
kpi-target = Target

## Languages and regions

# $language (text): the name of the language the part is shown in
not-translated = This part is not translated yet, so it is shown in { $language }.
translation-stale = The original of this part changed after it was translated: the translation may be out of date.
switch-language = Language
switch-region = Region
# $region (text): a region's name
region-name = { $region }

## Status dashboard

status = Status
status-title = Adaptation and translation status
status-intro = How far each region has adapted the global core, and how much of each language is translated.
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
