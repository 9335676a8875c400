# Strings of the built-in theme. Every locale under locales/ defines these same ids.

language-name = Deutsch
skip-to-content = Zum Inhalt springen
footer-built-with = Erstellt mit glocal. Funktioniert offline: Öffnen Sie diesen Ordner in einem beliebigen Browser.
portal-intro = Wählen Sie einen Kurs, eine Region und eine Sprache.

## Course pages

course-contents = Kursinhalt
course-menu = Kursmenü
on-this-page = Auf dieser Seite
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
question-reveal = Lösung zeigen
question-select-one = Wählen Sie eine Antwort.
question-select-all = Wählen Sie alle richtigen Antworten.
answer-correct = Richtig
answer-wrong = Nicht ganz. Versuchen Sie es noch einmal oder lassen Sie sich die Lösung zeigen.
answer-shown = Die richtige Antwort ist oben markiert. Die Begründung:
answer-right-option = richtige Antwort

## Agenda

agenda-time = Uhrzeit
agenda-item = Programmpunkt
agenda-minutes = Minuten
# $hours, $minutes (numbers): a length of time split in hours and minutes
duration-hm = { $hours ->
    [0] { $minutes } Min.
   *[other] { $hours } Std. { $minutes } Min.
}
# $duration, $target (text): two lengths of time written with duration-hm
agenda-against-target = { $duration } von geplanten { $target }
# $minutes (number): how much shorter than its target the session is
agenda-under-target = { $minutes ->
    [one] Diese Einheit bleibt { $minutes } Minute unter ihrer Zielzeit.
   *[other] Diese Einheit bleibt { $minutes } Minuten unter ihrer Zielzeit.
}
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
# $kind (text): replace, remove, append, after or before; $target (text): the title of a section or activity
adaptation-operation = { $kind ->
    [replace] Ersetzt „{ $target }“
    [remove] Entfernt „{ $target }“
    [append] Ergänzt „{ $target }“
    [after] Fügt nach „{ $target }“ einen Abschnitt ein
   *[before] Fügt vor „{ $target }“ einen Abschnitt ein
}
adaptation-stale = veraltet: Der Kern wurde seit der Prüfung geändert
adaptation-core = Kern
adaptation-regional = Regional
# $target (text): the title of a section or activity
adaptation-compare = „{ $target }“: Kerntext neben der Fassung der Region, geänderte Wörter markiert
adaptation-variant = Variante der Aktivität
kpi = KPI
kpi-baseline = Ausgangswert
kpi-target = Zielwert

## Languages and regions

# $language (text): the name of the language the part is shown in
not-translated = Dieser Teil ist noch nicht übersetzt und wird daher in einer anderen Sprache angezeigt ({ $language }).
translation-stale = Das Original dieses Teils wurde nach der Übersetzung geändert: Die Übersetzung ist möglicherweise nicht mehr aktuell.
switch-language = Sprache
switch-region = Region
switch-region-language = auf { $language }
# $region (text): a region's name
region-name = { $region }

## Status dashboard

status = Status
status-title = Stand von Anpassung und Übersetzung
status-intro = Wie weit jede Region den globalen Kern angepasst hat und wie viel in jeder Sprache übersetzt ist.
status-introduction = Einleitung
status-over-budget = über dem Budget
status-kits = Train-the-Trainer-Kits
status-kits-intro = Ein Kit pro Kurs, Region und Sprache, nur für zertifizierte Trainerinnen und Trainer: Jedes enthält den Leitfaden für die Moderation und die Lösungen und liegt deshalb nicht auf der öffentlichen Website.
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

## Train-the-trainer kit

kit = Train-the-Trainer-Kit
# $region (text): a region's name
kit-regional = Angepasst für { $region }
kit-index-title = Train-the-Trainer-Kit
kit-index-intro = Alles, was zertifizierte Trainer brauchen, um diesen Kurs offline durchzuführen: Öffnen Sie eine beliebige Datei im Browser oder drucken Sie sie aus.
kit-index-for = Für Trainer, die den Kurs in dieser Region und in dieser Sprache durchführen.
kit-index-how = So führen Sie das Programm durch
kit-index-how-1 = Arbeiten Sie vor dem Kurs den Trainerleitfaden und die Agenda durch und bereiten Sie die Materialien laut Checkliste vor.
kit-index-how-2 = Drucken Sie für jeden Teilnehmer ein Exemplar der Teilnehmerunterlagen aus.
kit-index-how-3 = Teilen Sie nach jedem Modul den zugehörigen Feedbackbogen aus; führen Sie am Ende jedes Tages den Wissenstest durch und behalten Sie den Lösungsschlüssel für sich.
kit-index-how-4 = Nutzen Sie die Verhaltenscheckliste nach 30, 60 und 90 Tagen sowie die KPI-Scorecard, um mit der Führungskraft jedes Teilnehmers nachzufassen.
kit-index-files = Dateien in diesem Kit
kit-facilitator-guide = Trainerleitfaden
kit-participant-workbook = Teilnehmerunterlagen
kit-agenda = Agenda
kit-agenda-csv = Agenda (Tabelle)
kit-materials-checklist = Materialcheckliste
kit-l1 = Ebene 1: Feedbackbogen (Reaktion)
kit-l2 = Ebene 2: Wissenstest
kit-l2-key = Ebene 2: Lösungsschlüssel
kit-l3 = Ebene 3: Verhaltenscheckliste
kit-l4 = Ebene 4: KPI-Scorecard
kit-l4-csv = Ebene 4: KPI-Scorecard (Tabelle)
kit-certification = Checkliste zur Trainerzertifizierung
kit-manifest = Manifest (Dateiliste und Hashwerte)
kit-contents = Inhalt
kit-cover-region = Region
kit-cover-language = Sprache
kit-cover-timezone = Zeitzone
kit-cover-length = Dauer
# $count (number): how many sessions (days or half-days) the course is delivered in
kit-cover-sessions = { $count ->
    [one] { $count } Einheit
   *[other] { $count } Einheiten
}
kit-cover-audience = Zielgruppe
kit-guide-how-title = So nutzen Sie diesen Leitfaden
kit-guide-how = Jede Einheit beginnt mit ihrem Ablaufplan: Uhrzeit, Inhalt, Methode und Materialien jedes Programmpunkts. Jede Lektion beginnt mit einem Kasten „Auf einen Blick“, den Sie am Vorabend lesen; in der Lektion zeigt jede Aktivität ihren Beginn, ihre Schritte und ihre Auswertung in der für diese Region gewählten Variante, und die Hinweise für Trainer stehen direkt neben den Inhalten, auf die sie sich beziehen. Bei den Wissenschecks sind die richtigen Antworten markiert.
kit-run-of-show = Ablaufplan
kit-what = Programmpunkt
kit-method = Methode
kit-method-input = Input und Diskussion
kit-method-input-check = Input, Diskussion und Wissenscheck
kit-method-exercise = Übung
kit-at-a-glance = Auf einen Blick
kit-purpose = Zweck
kit-timing = Zeitplan
kit-key-messages = Kernbotschaften
kit-preparation = Vorbereitung
kit-no-preparation = Außer diesem Leitfaden und dem Raum ist nichts vorzubereiten.
# $region (text): a region's name
kit-variant = Durchführung in der Region { $region }:
kit-workbook-intro = Diese Unterlagen gehören Ihnen. Sie enthalten die Übungen, Checklisten und Fragen, die Sie in den Einheiten bearbeiten, und bieten Platz für Ihre Notizen. Bewahren Sie sie auf: Zwischen den Einheiten werden Sie auf Ihre Notizen und Vorhaben zurückkommen.
kit-workbook-team = Team
kit-workbook-trainer = Trainer
kit-workbook-goals = In dieser Lektion lernen Sie
kit-workbook-notes = Meine Notizen und Vorhaben
kit-workbook-notes-prompt = Was werden Sie vor der nächsten Einheit mit Ihrem Team ausprobieren?
kit-name = Name
kit-date = Datum
kit-signature = Unterschrift
kit-comments = Anmerkungen
kit-module = Modul
kit-lesson = Lektion
kit-item = Punkt
kit-ready = Bereit
kit-question = Frage
kit-answer = Antwort
kit-explanation = Erklärung
kit-l1-intro = Bitte bewerten Sie jede Aussage von 1 (stimme überhaupt nicht zu) bis 5 (stimme voll und ganz zu).
reaction-relevance = Die Inhalte waren für meine Arbeit relevant.
reaction-confidence = Ich traue mir zu, das Gelernte in der Praxis anzuwenden.
reaction-trainer = Der Trainer hat die Inhalte verständlich erklärt.
reaction-recommend = Ich würde dieses Modul einer Kollegin oder einem Kollegen empfehlen.
kit-l2-intro = Wählen Sie die richtige Antwort. Bei manchen Fragen ist mehr als eine Antwort richtig.
kit-l3-intro = Beobachten Sie die teilnehmende Person bei der Arbeit und bewerten Sie jedes Verhalten von 1 (nie) bis 5 (immer).
kit-l3-participant = Teilnehmercode
kit-l3-observer = Beobachter/in (Führungskraft oder Kollege/Kollegin)
kit-l3-behaviour = Verhalten
kit-l3-objectives = Lernziele
kit-l3-day = { $days } Tage
kit-l4-intro = Erfassen Sie bei jeder Überprüfung die Ergebnisse des Teams und vergleichen Sie sie mit dem Ausgangswert und dem Zielwert der Region.
kit-l4-kpi = KPI
kit-l4-unit = Maßeinheit
kit-l4-baseline = Ausgangswert
kit-l4-target = Zielwert
kit-l4-month = Monat { $month }
kit-cert-intro = Ein Trainer darf diesen Kurs eigenständig durchführen, wenn alle Kriterien erfüllt sind und ein Mastertrainer eine Lehrprobe beobachtet hat.
kit-cert-criteria = Kriterien
kit-cert-met = Erfüllt
kit-cert-rubric = Beobachtung der Lehrprobe
kit-cert-rubric-1 = Erklärt Zweck und Lernziele des Moduls verständlich.
kit-cert-rubric-2 = Führt die Aktivität in der Variante der Region durch und hält die Zeit ein.
kit-cert-rubric-3 = Stellt offene Fragen und geht respektvoll mit Antworten und Einwänden um.
kit-cert-rubric-4 = Verknüpft die Inhalte mit der eigenen Arbeit der Teilnehmer und den örtlichen Vorschriften.
kit-cert-rubric-5 = Überprüft das Verständnis mit dem Wissenstest und schließt mit klaren nächsten Schritten ab.
kit-cert-score = Bewertung (1 bis 4)
kit-cert-trainer = Trainer
kit-cert-observer = Mastertrainer
kit-total = Gesamt
# $kib (number): a file's size in kibibytes
download-size = { $kib } KB
download-source-hash = Hashwert der Quelldateien

## Cohorts: one delivery of a course on real dates (learner pages)
cohorts = Termine und Orte
cohorts-intro = Jeder Durchgang ist eine Durchführung dieses Kurses mit eigenen Terminen, geleitet von zertifizierten Trainerinnen und Trainern.
# $count (number): how many sessions (days) the cohort meets
cohort-sessions-count = { $count ->
    [one] { $count } Einheit
   *[other] { $count } Einheiten
}
delivery-in-person = Präsenz
delivery-virtual = Online
delivery-hybrid = Präsenz und online
cohort-dates = Termine
cohort-where = Ort
cohort-join = Teilnahme
cohort-join-link = An der Online-Einheit teilnehmen
cohort-trainers = Trainer
role-lead = Haupttrainer
role-co-trainer = Co-Trainer
cohort-calendar = Alle Einheiten in Ihren Kalender übernehmen (.ics)
cohort-calendar-help = für Outlook, Google Kalender oder Apple Kalender, mit Uhrzeit, Ort und Zeitzone jeder Einheit.
# $timezone (text): an IANA time zone name, such as Europe/Berlin
cohort-timezone = Alle Zeiten sind Ortszeiten der Zeitzone { $timezone }.
# $zone (text): the reader's own time zone, such as America/New_York, filled in by the page's script
cohort-your-zone = In Klammern dieselben Zeiten in Ihrer Zeitzone ({ $zone }).
cohort-your-time = Ihre Ortszeit
# $number (number): the session's position in the cohort
cohort-session = Einheit { $number }
# $course (text), $region (text): the course title and the region's name
cohort-default-title = { $course }, { $region }
cohort-full-agenda = Die Agenda mit allen Aktivitäten
# $count (number): people taking part
cohort-participants = { $count ->
    [one] { $count } Teilnehmer
   *[other] { $count } Teilnehmer
}

## Staff page: cohorts and the trainer network
status-deliveries = Durchgänge und Trainernetzwerk
status-deliveries-intro = Alle Durchgänge nach Region mit ihren Terminen und Trainern sowie alle Trainer mit ihren Zertifizierungen. Führen Sie `glocal status` aus, um bald ablaufende Zertifizierungen zu sehen.
status-cohorts = Durchgänge
status-cohort = Durchgang
status-delivery = Format
status-dates = Termine
status-lead = Haupttrainer
status-co-trainers = Co-Trainer
status-participants = Teilnehmer
status-trainers = Trainernetzwerk
status-trainer = Trainer
status-trainer-regions = Regionen
status-trainer-languages = Sprachen
status-certifications = Zertifizierungen
# $from (text), $until (text): dates; the certification is valid from the first through the second
status-certified-range = { $from } bis { $until }
status-leads = Leitet
status-none = keine

## Kit: results templates (SPEC 9)
kit-results = Ergebnisvorlagen
kit-results-intro = Tragen Sie nach jedem Durchgang die mit den Evaluationsinstrumenten erhobenen Daten in diese Dateien ein, behalten Sie dabei die Kopfzeilen bei und speichern Sie die Dateien im Arbeitsbereich als results/<cohort id>/reaction.csv, knowledge.csv und behaviour.csv. glocal prüft sie und erstellt daraus die Wirkungsseiten und die Quartalsauswertungen.
kit-results-codes = Geben Sie jedem Teilnehmer einen pseudonymen Code, zum Beispiel p07, und verwenden Sie in allen Dateien denselben Code. Tragen Sie niemals Namen oder E-Mail-Adressen ein.
kit-results-reaction = eine Zeile pro Teilnehmer und Modul (lassen Sie das Modul leer, wenn die Bewertung für den gesamten Kurs gilt), jede Frage bewertet von 1 bis 5. Eine leere Zelle bedeutet: keine Antwort. Anmerkungen bleiben in der Datei und werden nie veröffentlicht.
kit-results-knowledge = eine Zeile pro Teilnehmer vor dem Kurs (Phase pre) und eine nach dem Kurs (Phase post), mit den bei jeder Frage gewählten Buchstaben, wie sie im Wissenstest stehen; mehrere Buchstaben als a;c.
kit-results-behaviour = eine Zeile pro Teilnehmer, Verhalten und Beobachtungstag (30, 60 oder 90 Tage nach der letzten Einheit), mit der Bewertung von 1 (nie) bis 5 (immer) und der Rolle der beobachtenden Person.
# $course (text), $region (text): ids that name the file's place in the workspace
kit-results-kpi = die Geschäftszahlen der Region, eine Zeile pro KPI und Zeitraum (ein Quartal wie 2027-Q1 oder ein Monat wie 2027-03), gespeichert als results/kpi/{ $course }/{ $region }.csv.
kit-results-check = Führen Sie nach dem Speichern glocal check aus: Jeder Fehler wird mit Datei, Zeile und Spalte gemeldet.

## Staff pages: impact and quarterly reviews (SPEC 9)
impact = Wirkung
# $min (number): the smallest group a figure is shown for
impact-intro = Was die Evaluationen der Durchgänge erhoben haben, auf den Kirkpatrick-Ebenen 1 bis 4. Zahlen, die auf weniger als { $min } Personen beruhen, werden nicht angezeigt, ebenso wenig Zahlen, aus denen sich solche Werte ableiten ließen.
impact-adaptation = Anpassungsanteil
impact-coverage = Übersetzter Anteil
impact-cohorts = Durchgänge
impact-cohort = Durchgang
impact-last-session = Letzte Einheit
impact-respondents = Befragte
impact-withheld = nicht ausgewiesen
impact-none = Für diese Region liegen noch keine Ergebnisse vor.
impact-l1 = Ebene 1: Reaktion
impact-l1-chart = Durchschnittliche Reaktion nach Modul
# $threshold (text): the flag threshold, such as 3.5
impact-l1-desc = Mittelwert aller Bewertungen von 1 bis 5 je Modul. Die gestrichelte Linie zeigt den Schwellenwert von { $threshold }: Module darunter gelten als auffällig.
impact-module = Modul
impact-mean = Mittelwert (1 bis 5)
impact-flagged = auffällig
impact-l2 = Ebene 2: Wissen
impact-l2-chart = Wissenstest vor und nach dem Kurs
impact-l2-desc = Durchschnittlicher Anteil der richtig beantworteten Fragen vor und nach dem Kurs.
impact-pre = Vorher
impact-post = Nachher
impact-gain = Zuwachs
impact-question = Frage
impact-right = Richtig nach dem Kurs
impact-wrong-option = Am häufigsten gewählte falsche Antwort
impact-l2-flagged = Eine Frage, die nach dem Kurs weniger als die Hälfte der Teilnehmer richtig beantwortet hat, gilt als auffällig: Die zugehörige Lektion sollte noch einmal geprüft werden.
impact-l3 = Ebene 3: Verhalten
impact-l3-chart = Mit 4 oder 5 bewertete Verhaltensweisen
impact-l3-desc = Anteil der beobachteten Verhaltensweisen, die 30, 60 und 90 Tage nach der letzten Einheit mit 4 (oft) oder 5 (immer) bewertet wurden.
impact-behaviour = Verhalten
# $day (number): days after the cohort's last session
impact-day = Tag { $day }
impact-l4 = Ebene 4: Ergebnisse
impact-kpi = KPI
impact-baseline = Ausgangswert
impact-target = Zielwert
impact-period = Zeitraum
impact-value = Wert
impact-progress = Fortschritt zum Zielwert
impact-course = Wirkung im Regionenvergleich
impact-course-intro = Die Ergebnisse jeder Region im Vergleich dazu, wie stark sie den Kern angepasst hat und wie viel davon übersetzt ist: Schneidet die angepasste Fassung besser ab?
impact-region = Region
impact-details = Details
impact-reviews = Quartalsauswertungen
# $quarter (text): a quarter such as 2027-Q2
review-title = Quartalsauswertung { $quarter }
review-intro = Die Durchgänge, deren letzte Einheit in das Quartal { $quarter } fiel, und die Geschäftszahlen dieses Quartals, Region für Region.
review-print = Diese Auswertung drucken

## Staff page: LMS packages (SPEC 10)
status-lms = LMS-Pakete
status-lms-intro = Ein Paket im Format SCORM 1.2 pro Kurs, Region und Sprache, abgelegt im Ordner lms neben der Website (nie innerhalb der Website). Laden Sie jedes Paket als Kurs im Format SCORM 1.2 in das LMS hoch; es meldet den Lernfortschritt jedes Teilnehmers sowie die Stelle, an der zuletzt unterbrochen wurde.

## LMS package: the assessed knowledge check (SPEC 10)
assessment-title = Wissenstest
# $count (number): how many questions; $score (number): the percentage needed to pass
assessment-intro = { $count ->
    [one] Eine Frage. Zum Bestehen benötigen Sie { $score } %. Ihre Antworten werden einmalig erfasst, wenn Sie sie absenden.
   *[other] { $count } Fragen. Zum Bestehen benötigen Sie { $score } %. Ihre Antworten werden einmalig erfasst, wenn Sie sie absenden.
}
assessment-submit = Meine Antworten absenden
# $score (number): the learner's score in percent
assessment-score = Ihr Ergebnis: { $score } %.
assessment-passed = Bestanden.
assessment-failed = Diesmal nicht bestanden: Sprechen Sie mit Ihrem Trainer darüber, welche Lektionen Sie wiederholen sollten.
assessment-unavailable = Ihre Antworten können hier nicht ausgewertet werden: Öffnen Sie den Kurs über Ihre Lernplattform.
