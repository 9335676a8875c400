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
