# Strings of the built-in theme. Every locale under locales/ defines these same ids.

language-name = Français
skip-to-content = Aller au contenu
footer-built-with = Créé avec glocal. Fonctionne hors ligne : ouvrez ce dossier dans n’importe quel navigateur.
portal-intro = Choisissez une formation, une région et une langue.

## Course pages

course-contents = Sommaire de la formation
course-menu = Menu du cours
on-this-page = Sur cette page
course-home = Accueil de la formation
agenda = Programme
print-version = Version imprimable
downloads = Téléchargements
pager = Leçon précédente et suivante
audience = Public visé
objectives = Objectifs pédagogiques
modules = Modules
print-now = Imprimer ou enregistrer en PDF

# $minutes (number): a lesson's or activity's length
duration-minutes = { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } de minutes
   *[other] { $minutes } minutes
}
# $hours, $minutes (numbers): a total time split in hours and minutes
duration-total = { $hours ->
    [0] Durée totale : { $minutes } min
   *[other] Durée totale : { $hours } h { $minutes } min
}

## Search

search = Rechercher
search-placeholder = Rechercher dans cette formation
search-no-results = Aucun résultat

## Directives

activity = Activité
materials = Matériel
trainer-note = Note pour le formateur
question = Testez votre compréhension
question-check = Vérifier la réponse
question-reveal = Afficher la réponse
question-select-one = Choisissez une réponse.
question-select-all = Choisissez toutes les bonnes réponses.
answer-correct = Bonne réponse
answer-wrong = Pas tout à fait. Réessayez, ou affichez la réponse.
answer-shown = La bonne réponse est indiquée ci-dessus. Voici pourquoi :
answer-right-option = bonne réponse

## Agenda

agenda-time = Horaire
agenda-item = Intitulé
agenda-minutes = Durée (min)
# $hours, $minutes (numbers): a length of time split in hours and minutes
duration-hm = { $hours ->
    [0] { $minutes } min
   *[other] { $hours } h { $minutes } min
}
# $duration, $target (text): two lengths of time written with duration-hm
agenda-against-target = { $duration } sur { $target } prévues
# $minutes (number): how much shorter than its target the session is
agenda-under-target = { $minutes ->
    [one] Cette séance laisse { $minutes } minute de marge sur la durée prévue.
   *[other] Cette séance laisse { $minutes } minutes de marge sur la durée prévue.
}
# $minutes (number): how far the session runs past its target
agenda-over-target = { $minutes ->
    [one] Cette séance dépasse de { $minutes } minute la durée prévue.
    [many] Cette séance dépasse de { $minutes } de minutes la durée prévue.
   *[other] Cette séance dépasse de { $minutes } minutes la durée prévue.
}
# $timezone (text): an IANA time zone such as Europe/Berlin
agenda-timezone = Les horaires sont indiqués en heure locale ({ $timezone }).
break = Pause
lunch = Déjeuner

## Downloads

download-print-help = toute la formation sur une seule page, prête à imprimer ou à enregistrer en PDF.
download-agenda-csv = Programme (CSV)
download-agenda-csv-help = le déroulé minuté, à ouvrir dans un tableur.

## Adaptation

adaptation = Modifications de cette région
# $region (text): the region's name
adaptation-title = Comment la région { $region } adapte la formation
# $core, $adapted (numbers): percentages that add up to 100; $region (text)
adaptation-summary = Tronc commun mondial : { $core } %, adaptation pour la région { $region } : { $adapted } %
# $adapted, $budget (numbers): percentages
adaptation-share = Part adaptée : { $adapted } % pour un budget de { $budget } %.
adaptation-words-delivered = Mots de la version finale
adaptation-words-regional = Mots régionaux
adaptation-words-removed = Mots du tronc commun supprimés
adaptation-kpis = Valeurs de référence et cibles des KPI régionaux
adaptation-excluded = Leçons du tronc commun non retenues
adaptation-added-lesson = une leçon régionale
# $kind (text): replace, remove, append, after or before; $target (text): the title of a section or activity
adaptation-operation = { $kind ->
    [replace] Remplace « { $target } »
    [remove] Supprime « { $target } »
    [append] Complète « { $target } »
    [after] Ajoute une section après « { $target } »
   *[before] Ajoute une section avant « { $target } »
}
adaptation-stale = obsolète : le tronc commun a changé depuis la dernière relecture
adaptation-core = Tronc commun
adaptation-regional = Version régionale
# $target (text): the title of a section or activity
adaptation-compare = « { $target } » : le texte du tronc commun en regard de celui de la région, avec les mots modifiés mis en évidence
adaptation-variant = Variante de l’activité
kpi = KPI
kpi-baseline = Valeur de référence
kpi-target = Cible

## Languages and regions

# $language (text): the name of the language the part is shown in
not-translated = Cette partie n’est pas encore traduite et s’affiche donc dans une autre langue ({ $language }).
translation-stale = L’original de cette partie a changé depuis sa traduction : la traduction n’est peut-être plus à jour.
switch-language = Langue
switch-region = Région
switch-region-language = en { $language }
# $region (text): a region's name
region-name = { $region }

## Status dashboard

status = État
status-title = État de l’adaptation et de la traduction
status-intro = Dans quelle mesure chaque région a adapté le tronc commun mondial, et quelle part de chaque langue est traduite.
status-introduction = introduction
status-over-budget = au-delà du budget
status-kits = Kits de formation des formateurs
status-kits-intro = Un kit par cours, région et langue, réservé aux formateurs certifiés : chacun contient le guide d’animation et les corrigés, c’est pourquoi il n’est pas sur le site public.
status-adaptation = Adaptation par région
status-translation = Traduction par langue
status-course = Formation
status-region = Région
status-language = Langue
status-share = Part adaptée
status-budget = Budget
status-stale-overlays = Adaptations obsolètes
status-translated = Traduit
status-stale = Obsolète
status-missing = Manquant
status-words-missing = Mots à traduire
status-messages-missing = Messages manquants
status-core = tronc commun
# $percent (number)
status-percent = { $percent } %

## Train-the-trainer kit

kit = Kit de formation de formateurs
# $region (text): a region's name
kit-regional = Adapté pour la région { $region }
kit-index-title = Kit de formation de formateurs
kit-index-intro = Tout ce dont un formateur certifié a besoin pour animer cette formation hors ligne : ouvrez n’importe quel fichier dans un navigateur, ou imprimez-le.
kit-index-for = Pour les formateurs qui animent cette formation dans cette région et dans cette langue.
kit-index-how = Comment animer la formation
kit-index-how-1 = Avant la formation, étudiez le guide de l’animateur et le programme, et préparez le matériel indiqué dans la liste de contrôle.
kit-index-how-2 = Imprimez un cahier du participant pour chaque participant.
kit-index-how-3 = À l’issue de chaque module, distribuez le questionnaire de satisfaction correspondant ; à la fin de chaque journée, faites passer le test de connaissances et gardez le corrigé pour vous.
kit-index-how-4 = Utilisez la grille d’observation des comportements à 30, 60 et 90 jours ainsi que le tableau de bord des KPI pour assurer le suivi avec le responsable de chaque participant.
kit-index-files = Fichiers de ce kit
kit-facilitator-guide = Guide de l’animateur
kit-participant-workbook = Cahier du participant
kit-agenda = Programme
kit-agenda-csv = Programme (tableur)
kit-materials-checklist = Liste de contrôle du matériel
kit-l1 = Niveau 1 : questionnaire de satisfaction
kit-l2 = Niveau 2 : test de connaissances
kit-l2-key = Niveau 2 : corrigé
kit-l3 = Niveau 3 : grille d’observation des comportements
kit-l4 = Niveau 4 : tableau de bord des KPI
kit-l4-csv = Niveau 4 : tableau de bord des KPI (tableur)
kit-certification = Liste de contrôle pour la certification des formateurs
kit-manifest = Manifeste (liste des fichiers et empreintes)
kit-contents = Sommaire
kit-cover-region = Région
kit-cover-language = Langue
kit-cover-timezone = Fuseau horaire
kit-cover-length = Durée
# $count (number): how many sessions (days or half-days) the course is delivered in
kit-cover-sessions = { $count ->
    [one] { $count } séance
   *[other] { $count } séances
}
kit-cover-audience = Public visé
kit-guide-how-title = Comment utiliser ce guide
kit-guide-how = Chaque séance commence par son déroulé minuté : les horaires, ce qui se passe, comment et avec quel matériel. Chaque leçon s’ouvre sur un encadré de synthèse à lire la veille ; dans la leçon, chaque activité indique son heure de début, ses étapes et son débriefing, dans la variante retenue pour cette région, et les notes pour le formateur figurent à côté du contenu qu’elles concernent. Les bonnes réponses aux questions de compréhension sont indiquées.
kit-run-of-show = Déroulé minuté
kit-what = Contenu
kit-method = Méthode
kit-method-input = Apports et échanges
kit-method-input-check = Apports, échanges et question de compréhension
kit-method-exercise = Exercice
kit-at-a-glance = Vue d’ensemble
kit-purpose = Finalité
kit-timing = Minutage
kit-key-messages = Messages clés
kit-preparation = Préparation
kit-no-preparation = Rien à préparer en dehors de ce guide et de la salle.
# $region (text): a region's name
kit-variant = Déroulement dans la région { $region } :
kit-workbook-intro = Ce cahier est le vôtre. Il rassemble les exercices, les listes de contrôle et les questions sur lesquels vous travaillerez pendant les séances, avec de la place pour écrire. Conservez-le : entre les séances, vous reviendrez à vos notes et à votre plan d’action.
kit-workbook-team = Équipe
kit-workbook-trainer = Formateur
kit-workbook-goals = Dans cette leçon, vous apprendrez à
kit-workbook-notes = Mes notes et mon plan d’action
kit-workbook-notes-prompt = Qu’allez-vous essayer avec votre équipe avant la prochaine séance ?
kit-name = Nom
kit-date = Date
kit-signature = Signature
kit-comments = Commentaires
kit-module = Module
kit-lesson = Leçon
kit-item = Élément
kit-ready = Prêt
kit-question = Question
kit-answer = Réponse
kit-explanation = Explication
kit-l1-intro = Veuillez évaluer chaque affirmation de 1 (pas du tout d’accord) à 5 (tout à fait d’accord).
reaction-relevance = Le contenu était pertinent pour mon travail.
reaction-confidence = Je me sens capable d’appliquer ce que j’ai appris.
reaction-trainer = Le formateur a donné des explications claires.
reaction-recommend = Je recommanderais ce module à un ou une collègue.
kit-l2-intro = Choisissez la bonne réponse. Certaines questions ont plus d’une bonne réponse.
kit-l3-intro = Observez le participant en situation de travail et évaluez chaque comportement de 1 (jamais) à 5 (toujours).
kit-l3-participant = Code du participant
kit-l3-observer = Observateur (responsable direct ou pair)
kit-l3-behaviour = Comportement
kit-l3-objectives = Objectifs
kit-l3-day = { $days } jours
kit-l4-intro = Notez les résultats de l’équipe à chaque point d’étape et comparez-les à la valeur de référence et à la cible de la région.
kit-l4-kpi = KPI
kit-l4-unit = Unité
kit-l4-baseline = Valeur de référence
kit-l4-target = Cible
kit-l4-month = Mois { $month }
kit-cert-intro = Un formateur peut animer seul cette formation lorsque tous les critères sont remplis et qu’un formateur référent a observé une mise en situation d’animation.
kit-cert-criteria = Critères
kit-cert-met = Acquis
kit-cert-rubric = Observation de la mise en situation
kit-cert-rubric-1 = Explique clairement la finalité et les objectifs du module.
kit-cert-rubric-2 = Anime l’activité dans la variante de la région et respecte le temps imparti.
kit-cert-rubric-3 = Pose des questions ouvertes et accueille les réponses et les objections avec respect.
kit-cert-rubric-4 = Relie le contenu au travail des participants et aux règles locales.
kit-cert-rubric-5 = Vérifie la compréhension à l’aide du test de connaissances et conclut en indiquant clairement les prochaines étapes.
kit-cert-score = Note (de 1 à 4)
kit-cert-trainer = Formateur
kit-cert-observer = Formateur référent
kit-total = Total
# $kib (number): a file's size in kibibytes
download-size = { $kib } Ko
download-source-hash = Empreinte des sources

## Cohorts: one delivery of a course on real dates (learner pages)
cohorts = Dates et lieux
cohorts-intro = Chaque session est une édition de cette formation, à ses propres dates, animée par des formateurs certifiés.
# $count (number): how many sessions (days) the cohort meets
cohort-sessions-count = { $count ->
    [one] { $count } séance
   *[other] { $count } séances
}
delivery-in-person = En présentiel
delivery-virtual = En ligne
delivery-hybrid = En présentiel et en ligne
cohort-dates = Dates
cohort-where = Lieu
cohort-join = Comment se connecter
cohort-join-link = Rejoindre la séance en ligne
cohort-trainers = Formateurs
role-lead = formateur principal
role-co-trainer = co-formateur
cohort-calendar = Ajouter toutes les séances à votre calendrier (.ics)
cohort-calendar-help = pour Outlook, Google Agenda ou Calendrier d’Apple, avec l’horaire, le lieu et le fuseau horaire de chaque séance.
# $timezone (text): an IANA time zone name, such as Europe/Berlin
cohort-timezone = Tous les horaires sont indiqués en heure locale, fuseau { $timezone }.
# $zone (text): the reader's own time zone, such as America/New_York, filled in by the page's script
cohort-your-zone = Entre parenthèses, les mêmes horaires dans votre fuseau horaire ({ $zone }).
cohort-your-time = heure chez vous
# $number (number): the session's position in the cohort
cohort-session = Séance { $number }
# $course (text), $region (text): the course title and the region's name
cohort-default-title = { $course }, { $region }
cohort-full-agenda = Le programme détaillé avec toutes les activités
# $count (number): people taking part
cohort-participants = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}

## Staff page: cohorts and the trainer network
status-deliveries = Sessions et réseau de formateurs
status-deliveries-intro = Chaque session par région avec ses dates et ses formateurs, et chaque formateur avec ses certifications. Exécutez `glocal status` pour voir les certifications qui arrivent bientôt à échéance.
status-cohorts = Sessions
status-cohort = Session
status-delivery = Modalité
status-dates = Dates
status-lead = Formateur principal
status-co-trainers = Co-formateurs
status-participants = Participants
status-trainers = Réseau de formateurs
status-trainer = Formateur
status-trainer-regions = Régions
status-trainer-languages = Langues
status-certifications = Certifications
# $from (text), $until (text): dates; the certification is valid from the first through the second
status-certified-range = du { $from } au { $until }
status-leads = Formateur principal de
status-none = aucune

## Kit: results templates (SPEC 9)
kit-results = Modèles de résultats
kit-results-intro = Après chaque session, saisissez dans ces fichiers les données recueillies par les instruments d’évaluation, en conservant leur ligne d’en-tête, puis enregistrez-les dans l’espace de travail sous results/<cohort id>/reaction.csv, knowledge.csv et behaviour.csv. glocal les vérifie et en tire les pages d’impact et les bilans trimestriels.
kit-results-codes = Attribuez à chaque participant un code pseudonyme, par exemple p07, et utilisez le même code dans tous les fichiers. N’inscrivez jamais de nom ni d’adresse e-mail.
kit-results-reaction = une ligne par participant et par module (laissez le module vide pour la formation dans son ensemble), chaque question étant notée de 1 à 5. Une cellule vide correspond à une absence de réponse. Les commentaires restent dans le fichier et ne sont jamais publiés.
kit-results-knowledge = une ligne par participant avant la formation (phase pre) et une après (phase post), avec les lettres choisies pour chaque question telles qu’elles figurent dans le test de connaissances ; s’il y en a plusieurs, sous la forme a;c.
kit-results-behaviour = une ligne par participant, par comportement et par jour d’observation (30, 60 ou 90 jours après la dernière séance), avec la note de 1 (jamais) à 5 (toujours) et le rôle de l’observateur.
# $course (text), $region (text): ids that name the file's place in the workspace
kit-results-kpi = les chiffres d’activité de la région, une ligne par KPI et par période (un trimestre comme 2027-Q1 ou un mois comme 2027-03), enregistrés sous results/kpi/{ $course }/{ $region }.csv.
kit-results-check = Exécutez glocal check après l’enregistrement : chaque erreur est signalée avec son fichier, sa ligne et sa colonne.

## Staff pages: impact and quarterly reviews (SPEC 9)
impact = Impact
# $min (number): the smallest group a figure is shown for
impact-intro = Ce qu’ont recueilli les évaluations des sessions, aux niveaux 1 à 4 du modèle de Kirkpatrick. Aucun chiffre portant sur moins de { $min } personnes n’est affiché, ni aucun chiffre qui permettrait d’en déduire un.
impact-adaptation = Part adaptée
impact-coverage = Part traduite
impact-cohorts = Sessions
impact-cohort = Session
impact-last-session = Dernière séance
impact-respondents = Répondants
impact-withheld = masqué
impact-none = Aucun résultat pour cette région pour le moment.
impact-l1 = Niveau 1 : réaction
impact-l1-chart = Réaction moyenne par module
# $threshold (text): the flag threshold, such as 3.5
impact-l1-desc = Moyenne de toutes les notes de 1 à 5 pour chaque module. La ligne en pointillés indique le seuil de { $threshold } : les modules situés en dessous sont signalés.
impact-module = Module
impact-mean = Moyenne (de 1 à 5)
impact-flagged = signalé
impact-l2 = Niveau 2 : connaissances
impact-l2-chart = Test de connaissances avant et après la formation
impact-l2-desc = Part moyenne des questions ayant reçu une bonne réponse avant et après la formation.
impact-pre = Avant
impact-post = Après
impact-gain = Gain
impact-question = Question
impact-right = Bonnes réponses après la formation
impact-wrong-option = Mauvaise réponse la plus choisie
impact-l2-flagged = Une question à laquelle moins de la moitié des participants a bien répondu après la formation est signalée : la leçon correspondante mérite peut-être d’être revue.
impact-l3 = Niveau 3 : comportement
impact-l3-chart = Comportements notés 4 ou 5
impact-l3-desc = Part des comportements observés notés 4 (souvent) ou 5 (toujours), 30, 60 et 90 jours après la dernière séance.
impact-behaviour = Comportement
# $day (number): days after the cohort's last session
impact-day = Jour { $day }
impact-l4 = Niveau 4 : résultats
impact-kpi = KPI
impact-baseline = Valeur de référence
impact-target = Cible
impact-period = Période
impact-value = Valeur
impact-progress = Progression vers la cible
impact-course = Impact selon les régions
impact-course-intro = Les résultats de chaque région, mis en regard de son degré d’adaptation du tronc commun et de la part traduite : la version adaptée obtient-elle de meilleurs résultats ?
impact-region = Région
impact-details = Détails
impact-reviews = Bilans trimestriels
# $quarter (text): a quarter such as 2027-Q2
review-title = Bilan trimestriel { $quarter }
review-intro = Les sessions dont la dernière séance a eu lieu au trimestre { $quarter }, et les chiffres d’activité de ce trimestre, région par région.
review-print = Imprimer ce bilan

## Staff page: LMS packages (SPEC 10)
status-lms = Paquets LMS
status-lms-intro = Un paquet SCORM 1.2 par cours, région et langue, généré dans le dossier lms à côté du site (jamais à l’intérieur). Importez chacun dans le LMS comme cours SCORM 1.2 ; il transmet la progression de chaque participant et l’endroit où il s’est arrêté.

## LMS package: the assessed knowledge check (SPEC 10)
assessment-title = Test de connaissances
# $count (number): how many questions; $score (number): the percentage needed to pass
assessment-intro = { $count ->
    [one] Une question. Il vous faut { $score } % pour réussir. Vos réponses sont enregistrées une seule fois, lorsque vous les envoyez.
   *[other] { $count } questions. Il vous faut { $score } % pour réussir. Vos réponses sont enregistrées une seule fois, lorsque vous les envoyez.
}
assessment-submit = Envoyer mes réponses
# $score (number): the learner's score in percent
assessment-score = Votre résultat : { $score } %.
assessment-passed = Réussi.
assessment-failed = Non réussi cette fois-ci : parlez à votre formateur des leçons à revoir.
assessment-unavailable = Vos réponses ne peuvent pas être notées ici : ouvrez la formation depuis votre plateforme d’apprentissage.
