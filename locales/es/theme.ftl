# Strings of the built-in theme. Every locale under locales/ defines these same ids.

language-name = Español
skip-to-content = Saltar al contenido
footer-built-with = Creado con glocal. Funciona sin conexión: abre esta carpeta en cualquier navegador.
portal-intro = Elige un curso, una región y un idioma.

## Course pages

course-contents = Contenido del curso
course-home = Inicio del curso
agenda = Agenda
print-version = Versión para imprimir
downloads = Descargas
pager = Lección anterior y siguiente
audience = Dirigido a
objectives = Objetivos de aprendizaje
modules = Módulos
print-now = Imprimir o guardar como PDF

# $minutes (number): a lesson's or activity's length
duration-minutes = { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } de minutos
   *[other] { $minutes } minutos
}
# $hours, $minutes (numbers): a total time split in hours and minutes
duration-total = { $hours ->
    [0] { $minutes } min en total
   *[other] { $hours } h { $minutes } min en total
}

## Search

search = Buscar
search-placeholder = Buscar en este curso
search-no-results = No hay resultados

## Directives

activity = Actividad
materials = Materiales
trainer-note = Nota para el facilitador
question = Comprueba lo que aprendiste
question-check = Comprobar respuesta
question-select-one = Elige una respuesta.
question-select-all = Elige todas las respuestas correctas.
answer-correct = Correcto
answer-wrong = No exactamente: lee la explicación y vuelve a intentarlo.

## Agenda

agenda-time = Hora
agenda-item = Contenido
agenda-minutes = Minutos
# $minutes (number): the session's target length
agenda-target = objetivo: { $minutes } min
# $minutes (number): how far the session runs past its target
agenda-over-target = { $minutes ->
    [one] Esta sesión supera en { $minutes } minuto su duración prevista.
    [many] Esta sesión supera en { $minutes } de minutos su duración prevista.
   *[other] Esta sesión supera en { $minutes } minutos su duración prevista.
}
# $timezone (text): an IANA time zone such as Europe/Berlin
agenda-timezone = Los horarios están en hora local ({ $timezone }).
break = Descanso
lunch = Almuerzo

## Downloads

download-print-help = todo el curso en una sola página, listo para imprimir o guardar como PDF.
download-agenda-csv = Agenda (CSV)
download-agenda-csv-help = el programa detallado con horarios, para una hoja de cálculo.

## Adaptation

adaptation = Cambios de esta región
# $region (text): the region's name
adaptation-title = Cómo adapta el curso la región { $region }
# $core, $adapted (numbers): percentages that add up to 100; $region (text)
adaptation-summary = { $core } % núcleo global, { $adapted } % adaptado para la región { $region }
# $adapted, $budget (numbers): percentages
adaptation-share = Proporción adaptada: { $adapted } % de un límite del { $budget } %.
adaptation-words-delivered = Palabras de la versión final
adaptation-words-regional = Palabras regionales
adaptation-words-removed = Palabras del núcleo eliminadas
adaptation-kpis = Valores de referencia y metas de los KPI regionales
adaptation-excluded = Lecciones del núcleo omitidas
adaptation-added-lesson = una lección regional
# $kind (text): replace, remove, append, after or before; $target (text): a section id
adaptation-operation = { $kind ->
    [replace] Reemplaza { $target }
    [remove] Elimina { $target }
    [append] Agrega contenido a { $target }
    [after] Agrega una sección después de { $target }
   *[before] Agrega una sección antes de { $target }
}
adaptation-stale = desactualizado: el núcleo cambió desde la última revisión
adaptation-core = Núcleo
adaptation-regional = Regional
kpi = KPI
kpi-baseline = Valor de referencia
kpi-target = Meta

## Languages and regions

# $language (text): the name of the language the part is shown in
not-translated = Esta parte aún no está traducida, por lo que se muestra en otro idioma ({ $language }).
translation-stale = El original de esta parte cambió después de traducirse: es posible que la traducción no esté actualizada.
switch-language = Idioma
switch-region = Región
# $region (text): a region's name
region-name = { $region }

## Status dashboard

status = Estado
status-title = Estado de la adaptación y la traducción
status-intro = Cuánto ha adaptado cada región el núcleo global y qué parte de cada idioma está traducida.
status-adaptation = Adaptación por región
status-translation = Traducción por idioma
status-course = Curso
status-region = Región
status-language = Idioma
status-share = Proporción adaptada
status-budget = Límite
status-stale-overlays = Adaptaciones desactualizadas
status-translated = Traducido
status-stale = Desactualizado
status-missing = Pendiente
status-words-missing = Palabras por traducir
status-messages-missing = Mensajes pendientes
status-core = núcleo
# $percent (number)
status-percent = { $percent } %
