# Strings of the built-in theme. Every locale under locales/ defines these same ids.

language-name = Deutsch
skip-to-content = Zum Inhalt springen
footer-built-with = Erstellt mit glocal. Funktioniert offline: Öffnen Sie diesen Ordner in einem beliebigen Browser.
portal-intro = Wählen Sie einen Kurs, eine Region und eine Sprache.

## Course pages

course-contents = Kursinhalt
course-home = Kursstartseite
agenda = Agenda
print-version = Druckversion
downloads = Downloads
pager = Vorherige und nächste Lektion
audience = Zielgruppe
objectives = Lernziele
modules = Module
print-now = Drucken oder als PDF speichern

# $minutes (number): a lesson's or activity's length
duration-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
# $hours, $minutes (numbers): a total time split in hours and minutes
duration-total = { $hours ->
    [0] Insgesamt { $minutes } Min.
   *[other] Insgesamt { $hours } Std. { $minutes } Min.
}

## Search

search = Suche
search-placeholder = Diesen Kurs durchsuchen
search-no-results = Keine Ergebnisse

## Directives

activity = Aktivität
materials = Materialien
trainer-note = Hinweis für Trainer
question = Wissenscheck
question-check = Antwort prüfen
question-select-one = Wählen Sie eine Antwort.
question-select-all = Wählen Sie alle richtigen Antworten.
answer-correct = Richtig
answer-wrong = Nicht ganz: Lesen Sie die Erklärung und versuchen Sie es noch einmal.

## Agenda

agenda-time = Uhrzeit
agenda-item = Programmpunkt
agenda-minutes = Minuten
# $minutes (number): the session's target length
agenda-target = Ziel: { $minutes } Min.
# $minutes (number): how far the session runs past its target
agenda-over-target = { $minutes ->
    [one] Diese Einheit überschreitet ihre Zielzeit um { $minutes } Minute.
   *[other] Diese Einheit überschreitet ihre Zielzeit um { $minutes } Minuten.
}
# $timezone (text): an IANA time zone such as Europe/Berlin
agenda-timezone = Alle Zeiten in Ortszeit ({ $timezone }).
break = Pause
lunch = Mittagspause

## Downloads

download-print-help = der ganze Kurs auf einer Seite, bereit zum Drucken oder Speichern als PDF.
download-agenda-csv = Agenda (CSV)
download-agenda-csv-help = der Ablaufplan mit allen Zeiten, für eine Tabellenkalkulation.

## Adaptation

adaptation = Änderungen dieser Region
# $region (text): the region's name
adaptation-title = Wie die Region { $region } den Kurs anpasst
# $core, $adapted (numbers): percentages that add up to 100; $region (text)
adaptation-summary = { $core } % globaler Kern, { $adapted } % angepasst für { $region }
# $adapted, $budget (numbers): percentages
adaptation-share = Anpassungsanteil: { $adapted } % bei einem Budget von { $budget } %.
adaptation-words-delivered = Wörter in der Endfassung
adaptation-words-regional = Regionale Wörter
adaptation-words-removed = Entfernte Wörter aus dem Kern
adaptation-kpis = Regionale KPI-Ausgangswerte und -Zielwerte
adaptation-excluded = Ausgelassene Kernlektionen
adaptation-added-lesson = eine regionale Lektion
# $kind (text): replace, remove, append, after or before; $target (text): a section id
adaptation-operation = { $kind ->
    [replace] Ersetzt { $target }
    [remove] Entfernt { $target }
    [append] Ergänzt { $target }
    [after] Fügt nach { $target } einen Abschnitt ein
   *[before] Fügt vor { $target } einen Abschnitt ein
}
adaptation-stale = veraltet: Der Kern wurde seit der Prüfung geändert
adaptation-core = Kern
adaptation-regional = Regional
kpi = KPI
kpi-baseline = Ausgangswert
kpi-target = Zielwert

## Languages and regions

# $language (text): the name of the language the part is shown in
not-translated = Dieser Teil ist noch nicht übersetzt und wird daher in einer anderen Sprache angezeigt ({ $language }).
translation-stale = Das Original dieses Teils wurde nach der Übersetzung geändert: Die Übersetzung ist möglicherweise nicht mehr aktuell.
switch-language = Sprache
switch-region = Region
# $region (text): a region's name
region-name = { $region }

## Status dashboard

status = Status
status-title = Stand von Anpassung und Übersetzung
status-intro = Wie weit jede Region den globalen Kern angepasst hat und wie viel in jeder Sprache übersetzt ist.
status-adaptation = Anpassung nach Region
status-translation = Übersetzung nach Sprache
status-course = Kurs
status-region = Region
status-language = Sprache
status-share = Anpassungsanteil
status-budget = Budget
status-stale-overlays = Veraltete Anpassungen
status-translated = Übersetzt
status-stale = Veraltet
status-missing = Fehlend
status-words-missing = Zu übersetzende Wörter
status-messages-missing = Fehlende Texte
status-core = Kern
# $percent (number)
status-percent = { $percent } %
