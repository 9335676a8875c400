# Strings of the built-in theme. Every locale under locales/ defines these same ids.

language-name = Français
skip-to-content = Aller au contenu
footer-built-with = Créé avec glocal. Fonctionne hors ligne : ouvrez ce dossier dans n’importe quel navigateur.
portal-intro = Choisissez une formation, une région et une langue.

## Course pages

course-contents = Sommaire de la formation
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
question-select-one = Choisissez une réponse.
question-select-all = Choisissez toutes les bonnes réponses.
answer-correct = Bonne réponse
answer-wrong = Pas tout à fait : lisez l’explication et réessayez.

## Agenda

agenda-time = Horaire
agenda-item = Intitulé
agenda-minutes = Durée (min)
# $minutes (number): the session's target length
agenda-target = objectif : { $minutes } min
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
# $kind (text): replace, remove, append, after or before; $target (text): a section id
adaptation-operation = { $kind ->
    [replace] Remplace { $target }
    [remove] Supprime { $target }
    [append] Complète { $target }
    [after] Ajoute une section après { $target }
   *[before] Ajoute une section avant { $target }
}
adaptation-stale = obsolète : le tronc commun a changé depuis la dernière relecture
adaptation-core = Tronc commun
adaptation-regional = Version régionale
kpi = KPI
kpi-baseline = Valeur de référence
kpi-target = Cible

## Languages and regions

# $language (text): the name of the language the part is shown in
not-translated = Cette partie n’est pas encore traduite et s’affiche donc dans une autre langue ({ $language }).
translation-stale = L’original de cette partie a changé depuis sa traduction : la traduction n’est peut-être plus à jour.
switch-language = Langue
switch-region = Région
# $region (text): a region's name
region-name = { $region }

## Status dashboard

status = État
status-title = État de l’adaptation et de la traduction
status-intro = Dans quelle mesure chaque région a adapté le tronc commun mondial, et quelle part de chaque langue est traduite.
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
