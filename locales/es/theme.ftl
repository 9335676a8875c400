# Strings of the built-in theme. Every locale under locales/ defines these same ids.

language-name = Español
skip-to-content = Saltar al contenido
footer-built-with = Creado con glocal. Funciona sin conexión: abre esta carpeta en cualquier navegador.
portal-intro = Elige un curso, una región y un idioma.

## Course pages

course-contents = Contenido del curso
course-menu = Menú del curso
on-this-page = En esta página
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
question-reveal = Mostrar la respuesta
question-select-one = Elige una respuesta.
question-select-all = Elige todas las respuestas correctas.
answer-correct = Correcto
answer-wrong = No exactamente. Vuelve a intentarlo o muestra la respuesta.
answer-shown = La respuesta correcta está marcada arriba. Esta es la explicación:
answer-right-option = respuesta correcta

## Agenda

agenda-time = Hora
agenda-item = Contenido
agenda-minutes = Minutos
# $hours, $minutes (numbers): a length of time split in hours and minutes
duration-hm = { $hours ->
    [0] { $minutes } min
   *[other] { $hours } h { $minutes } min
}
# $duration, $target (text): two lengths of time written with duration-hm
agenda-against-target = { $duration } de { $target } previstos
# $minutes (number): how much shorter than its target the session is
agenda-under-target = { $minutes ->
    [one] Esta sesión dura { $minutes } minuto menos de lo previsto.
   *[other] Esta sesión dura { $minutes } minutos menos de lo previsto.
}
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
# $kind (text): replace, remove, append, after or before; $target (text): the title of a section or activity
adaptation-operation = { $kind ->
    [replace] Reemplaza «{ $target }»
    [remove] Elimina «{ $target }»
    [append] Agrega contenido a «{ $target }»
    [after] Agrega una sección después de «{ $target }»
   *[before] Agrega una sección antes de «{ $target }»
}
adaptation-stale = desactualizado: el núcleo cambió desde la última revisión
adaptation-core = Núcleo
adaptation-regional = Regional
# $target (text): the title of a section or activity
adaptation-compare = «{ $target }»: el texto del núcleo junto al de la región, con las palabras modificadas marcadas
adaptation-variant = Variante de la actividad
kpi = KPI
kpi-baseline = Valor de referencia
kpi-target = Meta

## Languages and regions

# $language (text): the name of the language the part is shown in
not-translated = Esta parte aún no está traducida, por lo que se muestra en otro idioma ({ $language }).
translation-stale = El original de esta parte cambió después de traducirse: es posible que la traducción no esté actualizada.
switch-language = Idioma
switch-region = Región
switch-region-language = en { $language }
# $region (text): a region's name
region-name = { $region }

## Status dashboard

status = Estado
status-title = Estado de la adaptación y la traducción
status-intro = Cuánto ha adaptado cada región el núcleo global y qué parte de cada idioma está traducida.
status-introduction = introducción
status-over-budget = por encima del presupuesto
status-kits = Kits de formación de formadores
status-kits-intro = Un kit por curso, región e idioma, solo para formadores certificados: cada uno contiene la guía del facilitador y las claves de respuestas, por eso no está en el sitio público.
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

## Train-the-trainer kit

kit = Kit de formación de formadores
# $region (text): a region's name
kit-regional = Adaptado para la región { $region }
kit-index-title = Kit de formación de formadores
kit-index-intro = Todo lo que un facilitador certificado necesita para impartir este curso sin conexión: abre cualquier archivo en un navegador o imprímelo.
kit-index-for = Para los facilitadores que imparten el curso en esta región y en este idioma.
kit-index-how = Cómo impartir el programa
kit-index-how-1 = Antes del curso, estudia la guía del facilitador y la agenda, y prepara los materiales de la lista de verificación.
kit-index-how-2 = Imprime un cuaderno del participante para cada participante.
kit-index-how-3 = Después de cada módulo, entrega la encuesta de reacción correspondiente; al final de cada día, aplica la evaluación de conocimientos y guarda la clave de respuestas para ti.
kit-index-how-4 = Usa la lista de verificación de comportamientos a los 30, 60 y 90 días y el tablero de KPI para hacer el seguimiento con el jefe directo de cada participante.
kit-index-files = Archivos de este kit
kit-facilitator-guide = Guía del facilitador
kit-participant-workbook = Cuaderno del participante
kit-agenda = Agenda
kit-agenda-csv = Agenda (hoja de cálculo)
kit-materials-checklist = Lista de verificación de materiales
kit-l1 = Nivel 1: encuesta de reacción
kit-l2 = Nivel 2: evaluación de conocimientos
kit-l2-key = Nivel 2: clave de respuestas
kit-l3 = Nivel 3: lista de verificación de comportamientos
kit-l4 = Nivel 4: tablero de KPI
kit-l4-csv = Nivel 4: tablero de KPI (hoja de cálculo)
kit-certification = Lista de verificación para la certificación de facilitadores
kit-manifest = Manifiesto (lista de archivos y hashes)
kit-contents = Índice
kit-cover-region = Región
kit-cover-language = Idioma
kit-cover-timezone = Zona horaria
kit-cover-length = Duración
# $count (number): how many sessions (days or half-days) the course is delivered in
kit-cover-sessions = { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
}
kit-cover-audience = Dirigido a
kit-guide-how-title = Cómo usar esta guía
kit-guide-how = Cada sesión empieza con su programa detallado: los horarios, qué se hace, cómo y con qué materiales. Cada lección empieza con un recuadro de resumen para leer la noche anterior; dentro de la lección, cada actividad indica su hora de inicio, sus pasos y su puesta en común, en la variante elegida para esta región, y las notas para el facilitador aparecen junto al contenido al que se refieren. Las respuestas correctas de las preguntas de comprobación están marcadas.
kit-run-of-show = Programa detallado
kit-what = Contenido
kit-method = Metodología
kit-method-input = Exposición y discusión
kit-method-input-check = Exposición, discusión y pregunta de comprobación
kit-method-exercise = Ejercicio
kit-at-a-glance = De un vistazo
kit-purpose = Propósito
kit-timing = Tiempos
kit-key-messages = Mensajes clave
kit-preparation = Preparación
kit-no-preparation = No hay que preparar nada más que esta guía y la sala.
# $region (text): a region's name
kit-variant = Así se realiza en la región { $region }:
kit-workbook-intro = Este cuaderno es tuyo. Contiene los ejercicios, las listas de verificación y las preguntas que trabajarás en las sesiones, con espacio para escribir. Consérvalo: entre una sesión y otra volverás a tus notas y a tu plan de acción.
kit-workbook-team = Equipo
kit-workbook-trainer = Facilitador
kit-workbook-goals = En esta lección aprenderás a
kit-workbook-notes = Mis notas y plan de acción
kit-workbook-notes-prompt = ¿Qué vas a probar con tu equipo antes de la próxima sesión?
kit-name = Nombre
kit-date = Fecha
kit-signature = Firma
kit-comments = Comentarios
kit-module = Módulo
kit-lesson = Lección
kit-item = Elemento
kit-ready = Listo
kit-question = Pregunta
kit-answer = Respuesta
kit-explanation = Explicación
kit-l1-intro = Califica cada afirmación del 1 (totalmente en desacuerdo) al 5 (totalmente de acuerdo).
reaction-relevance = El contenido fue relevante para mi trabajo.
reaction-confidence = Me siento capaz de aplicar lo que aprendí.
reaction-trainer = El facilitador explicó los temas con claridad.
reaction-recommend = Recomendaría este módulo a un compañero o una compañera.
kit-l2-intro = Elige la respuesta correcta. Algunas preguntas tienen más de una respuesta correcta.
kit-l3-intro = Observa al participante en su puesto de trabajo y califica cada comportamiento del 1 (nunca) al 5 (siempre).
kit-l3-participant = Código del participante
kit-l3-observer = Observador (responsable directo o compañero)
kit-l3-behaviour = Comportamiento
kit-l3-objectives = Objetivos
kit-l3-day = { $days } días
kit-l4-intro = Registra los resultados del equipo en cada revisión y compáralos con el valor de referencia y la meta de la región.
kit-l4-kpi = KPI
kit-l4-unit = Unidad
kit-l4-baseline = Valor de referencia
kit-l4-target = Meta
kit-l4-month = Mes { $month }
kit-cert-intro = Un facilitador puede impartir este curso por su cuenta cuando cumple todos los criterios y un formador de formadores ha observado su práctica de facilitación.
kit-cert-criteria = Criterios
kit-cert-met = Cumplido
kit-cert-rubric = Observación de la práctica de facilitación
kit-cert-rubric-1 = Explica con claridad el propósito y los objetivos del módulo.
kit-cert-rubric-2 = Realiza la actividad en la variante de la región y respeta los tiempos.
kit-cert-rubric-3 = Hace preguntas abiertas y maneja las respuestas y las objeciones con respeto.
kit-cert-rubric-4 = Relaciona el contenido con el trabajo de los participantes y las normas locales.
kit-cert-rubric-5 = Comprueba la comprensión con la evaluación de conocimientos y cierra con próximos pasos claros.
kit-cert-score = Puntuación (de 1 a 4)
kit-cert-trainer = Facilitador
kit-cert-observer = Formador de formadores
kit-total = Total
# $kib (number): a file's size in kibibytes
download-size = { $kib } KB
download-source-hash = Hash de los archivos fuente

## Cohorts: one delivery of a course on real dates (learner pages)
cohorts = Fechas y sedes
cohorts-intro = Cada grupo es una edición de este curso, con sus propias fechas y a cargo de facilitadores certificados.
# $count (number): how many sessions (days) the cohort meets
cohort-sessions-count = { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
}
delivery-in-person = Presencial
delivery-virtual = En línea
delivery-hybrid = Presencial y en línea
cohort-dates = Fechas
cohort-where = Lugar
cohort-join = Cómo participar
cohort-join-link = Unirse a la sesión en línea
cohort-trainers = Facilitadores
role-lead = facilitador principal
role-co-trainer = cofacilitador
cohort-calendar = Agregar todas las sesiones a tu calendario (.ics)
cohort-calendar-help = para Outlook, Google Calendar o Apple Calendar, con la hora, el lugar y la zona horaria de cada sesión.
# $timezone (text): an IANA time zone name, such as Europe/Berlin
cohort-timezone = Todos los horarios están en hora local de { $timezone }.
# $zone (text): the reader's own time zone, such as America/New_York, filled in by the page's script
cohort-your-zone = Entre paréntesis, los mismos horarios en tu zona horaria ({ $zone }).
cohort-your-time = tu hora
# $number (number): the session's position in the cohort
cohort-session = Sesión { $number }
# $course (text), $region (text): the course title and the region's name
cohort-default-title = { $course }, { $region }
cohort-full-agenda = La agenda con todas las actividades
# $count (number): people taking part
cohort-participants = { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
}

## Staff page: cohorts and the trainer network
status-deliveries = Grupos y red de facilitadores
status-deliveries-intro = Todos los grupos por región, con sus fechas y facilitadores, y todos los facilitadores con sus certificaciones. Ejecuta `glocal status` para ver las certificaciones que vencen pronto.
status-cohorts = Grupos
status-cohort = Grupo
status-delivery = Modalidad
status-dates = Fechas
status-lead = Facilitador principal
status-co-trainers = Cofacilitadores
status-participants = Participantes
status-trainers = Red de facilitadores
status-trainer = Facilitador
status-trainer-regions = Regiones
status-trainer-languages = Idiomas
status-certifications = Certificaciones
# $from (text), $until (text): dates; the certification is valid from the first through the second
status-certified-range = del { $from } al { $until }
status-leads = Facilitador principal en
status-none = ninguno

## Kit: results templates (SPEC 9)
kit-results = Plantillas de resultados
kit-results-intro = Al finalizar cada grupo, registra en estos archivos lo que recogieron los instrumentos de evaluación, sin borrar sus filas de encabezado, y guárdalos en el espacio de trabajo como results/<cohort id>/reaction.csv, knowledge.csv y behaviour.csv. glocal los verifica y los convierte en las páginas de impacto y las revisiones trimestrales.
kit-results-codes = Asigna a cada participante un código seudónimo, como p07, y usa el mismo código en todos los archivos. Nunca escribas un nombre ni una dirección de correo electrónico.
kit-results-reaction = una fila por participante y módulo (deja el módulo vacío para el curso en su conjunto), con cada pregunta calificada del 1 al 5. Una celda vacía significa que no hubo respuesta. Los comentarios se quedan en el archivo y nunca se publican.
kit-results-knowledge = una fila por participante antes del curso (fase pre) y otra después (fase post), con las letras elegidas en cada pregunta tal como aparecen en la evaluación de conocimientos; si son varias, en la forma a;c.
kit-results-behaviour = una fila por participante, comportamiento y día de observación (30, 60 o 90 días después de la última sesión), con la calificación del 1 (nunca) al 5 (siempre) y el rol del observador.
# $course (text), $region (text): ids that name the file's place in the workspace
kit-results-kpi = las cifras de negocio de la región, una fila por KPI y periodo (un trimestre como 2027-Q1 o un mes como 2027-03), guardadas como results/kpi/{ $course }/{ $region }.csv.
kit-results-check = Ejecuta glocal check después de guardar: cada error se indica con su archivo, línea y columna.

## Staff pages: impact and quarterly reviews (SPEC 9)
impact = Impacto
# $min (number): the smallest group a figure is shown for
impact-intro = Lo que recogieron las evaluaciones de los grupos, en los niveles 1 a 4 de Kirkpatrick. No se muestra ninguna cifra basada en menos de { $min } personas, ni ninguna que permita deducirla.
impact-adaptation = Proporción adaptada
impact-coverage = Proporción traducida
impact-cohorts = Grupos
impact-cohort = Grupo
impact-last-session = Última sesión
impact-respondents = Personas que respondieron
impact-withheld = reservado
impact-none = Aún no hay resultados para esta región.
impact-l1 = Nivel 1: reacción
impact-l1-chart = Reacción media por módulo
# $threshold (text): the flag threshold, such as 3.5
impact-l1-desc = Media de todas las calificaciones del 1 al 5 de cada módulo. La línea discontinua marca el umbral de { $threshold }: los módulos que quedan por debajo se señalan.
impact-module = Módulo
impact-mean = Media (del 1 al 5)
impact-flagged = señalado
impact-l2 = Nivel 2: conocimientos
impact-l2-chart = Evaluación de conocimientos antes y después del curso
impact-l2-desc = Proporción media de preguntas respondidas correctamente antes y después del curso.
impact-pre = Antes
impact-post = Después
impact-gain = Mejora
impact-question = Pregunta
impact-right = Aciertos después del curso
impact-wrong-option = Opción incorrecta más elegida
impact-l2-flagged = Se señala toda pregunta que menos de la mitad de los participantes respondió correctamente después del curso: conviene revisar su lección.
impact-l3 = Nivel 3: comportamiento
impact-l3-chart = Comportamientos calificados con 4 o 5
impact-l3-desc = Proporción de comportamientos observados calificados con 4 (a menudo) o 5 (siempre), a los 30, 60 y 90 días de la última sesión.
impact-behaviour = Comportamiento
# $day (number): days after the cohort's last session
impact-day = Día { $day }
impact-l4 = Nivel 4: resultados
impact-kpi = KPI
impact-baseline = Valor de referencia
impact-target = Meta
impact-period = Periodo
impact-value = Valor
impact-progress = Avance hacia la meta
impact-course = Impacto por región
impact-course-intro = Los resultados de cada región junto a cuánto adaptó el núcleo y qué parte está traducida: ¿funciona mejor la versión adaptada?
impact-region = Región
impact-details = Detalles
impact-reviews = Revisiones trimestrales
# $quarter (text): a quarter such as 2027-Q2
review-title = Revisión trimestral { $quarter }
review-intro = Los grupos cuya última sesión fue en { $quarter } y las cifras de negocio de ese trimestre, región por región.
review-print = Imprimir esta revisión

## Staff page: LMS packages (SPEC 10)
status-lms = Paquetes para el LMS
status-lms-intro = Un paquete SCORM 1.2 por curso, región e idioma, que se genera en la carpeta lms junto al sitio (nunca dentro de él). Sube cada uno al LMS como curso SCORM 1.2; el paquete comunica al LMS el avance de cada participante y el punto en el que se quedó.

## LMS package: the assessed knowledge check (SPEC 10)
assessment-title = Evaluación de conocimientos
# $count (number): how many questions; $score (number): the percentage needed to pass
assessment-intro = { $count ->
    [one] Una pregunta. Necesitas un { $score } % para aprobar. Tus respuestas se registran una sola vez, cuando las envías.
   *[other] { $count } preguntas. Necesitas un { $score } % para aprobar. Tus respuestas se registran una sola vez, cuando las envías.
}
assessment-submit = Enviar mis respuestas
# $score (number): the learner's score in percent
assessment-score = Tu puntuación: { $score } %.
assessment-passed = Aprobado.
assessment-failed = Esta vez no aprobaste: habla con tu facilitador sobre las lecciones que debes repasar.
assessment-unavailable = Aquí no se pueden calificar tus respuestas: abre el curso desde tu plataforma de aprendizaje.
