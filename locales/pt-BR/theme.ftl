# Strings of the built-in theme. Every locale under locales/ defines these same ids.

language-name = Português (Brasil)
skip-to-content = Pular para o conteúdo
footer-built-with = Criado com glocal. Funciona off-line: abra esta pasta em qualquer navegador.
portal-intro = Escolha um curso, uma região e um idioma.

## Course pages

course-contents = Conteúdo do curso
course-home = Página inicial do curso
agenda = Agenda
print-version = Versão para impressão
downloads = Downloads
pager = Aula anterior e próxima aula
audience = Público-alvo
objectives = Objetivos de aprendizagem
modules = Módulos
print-now = Imprimir ou salvar como PDF

# $minutes (number): a lesson's or activity's length
duration-minutes = { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } de minutos
   *[other] { $minutes } minutos
}
# $hours, $minutes (numbers): a total time split in hours and minutes
duration-total = { $hours ->
    [0] { $minutes } min no total
   *[other] { $hours } h { $minutes } min no total
}

## Search

search = Pesquisar
search-placeholder = Pesquisar neste curso
search-no-results = Nenhum resultado

## Directives

activity = Atividade
materials = Materiais
trainer-note = Nota para o facilitador
question = Teste seus conhecimentos
question-check = Verificar resposta
question-select-one = Escolha uma resposta.
question-select-all = Escolha todas as respostas corretas.
answer-correct = Correto
answer-wrong = Ainda não: leia a explicação e tente novamente.

## Agenda

agenda-time = Horário
agenda-item = Conteúdo
agenda-minutes = Minutos
# $minutes (number): the session's target length
agenda-target = meta: { $minutes } min
# $minutes (number): how far the session runs past its target
agenda-over-target = { $minutes ->
    [one] Esta sessão ultrapassa a duração prevista em { $minutes } minuto.
    [many] Esta sessão ultrapassa a duração prevista em { $minutes } de minutos.
   *[other] Esta sessão ultrapassa a duração prevista em { $minutes } minutos.
}
# $timezone (text): an IANA time zone such as Europe/Berlin
agenda-timezone = Os horários seguem o horário local ({ $timezone }).
break = Intervalo
lunch = Almoço

## Downloads

download-print-help = o curso inteiro em uma única página, pronto para imprimir ou salvar como PDF.
download-agenda-csv = Agenda (CSV)
download-agenda-csv-help = o roteiro com todos os horários, para abrir em uma planilha.

## Adaptation

adaptation = Alterações desta região
# $region (text): the region's name
adaptation-title = Como a região { $region } adapta o curso
# $core, $adapted (numbers): percentages that add up to 100; $region (text)
adaptation-summary = { $core }% núcleo global, { $adapted }% adaptado para a região { $region }
# $adapted, $budget (numbers): percentages
adaptation-share = Parcela adaptada: { $adapted }% de um limite de { $budget }%.
adaptation-words-delivered = Palavras na versão final
adaptation-words-regional = Palavras regionais
adaptation-words-removed = Palavras do núcleo removidas
adaptation-kpis = Valores de referência e metas dos KPIs regionais
adaptation-excluded = Aulas do núcleo omitidas
adaptation-added-lesson = uma aula regional
# $kind (text): replace, remove, append, after or before; $target (text): a section id
adaptation-operation = { $kind ->
    [replace] Substitui { $target }
    [remove] Remove { $target }
    [append] Acrescenta conteúdo a { $target }
    [after] Adiciona uma seção depois de { $target }
   *[before] Adiciona uma seção antes de { $target }
}
adaptation-stale = desatualizado: o núcleo mudou desde a última revisão
adaptation-core = Núcleo
adaptation-regional = Regional
kpi = KPI
kpi-baseline = Valor de referência
kpi-target = Meta

## Languages and regions

# $language (text): the name of the language the part is shown in
not-translated = Esta parte ainda não foi traduzida, por isso é exibida em outro idioma ({ $language }).
translation-stale = O original desta parte mudou depois da tradução: a tradução pode estar desatualizada.
switch-language = Idioma
switch-region = Região
# $region (text): a region's name
region-name = { $region }

## Status dashboard

status = Status
status-title = Status da adaptação e da tradução
status-intro = Quanto cada região adaptou o núcleo global e quanto de cada idioma já foi traduzido.
status-adaptation = Adaptação por região
status-translation = Tradução por idioma
status-course = Curso
status-region = Região
status-language = Idioma
status-share = Parcela adaptada
status-budget = Limite
status-stale-overlays = Adaptações desatualizadas
status-translated = Traduzido
status-stale = Desatualizado
status-missing = Pendente
status-words-missing = Palavras a traduzir
status-messages-missing = Mensagens pendentes
status-core = núcleo
# $percent (number)
status-percent = { $percent }%
