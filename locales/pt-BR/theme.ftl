# Strings of the built-in theme. Every locale under locales/ defines these same ids.

language-name = Português (Brasil)
skip-to-content = Pular para o conteúdo
footer-built-with = Criado com glocal. Funciona off-line: abra esta pasta em qualquer navegador.
portal-intro = Escolha um curso, uma região e um idioma.

## Course pages

course-contents = Conteúdo do curso
course-menu = Menu do curso
on-this-page = Nesta página
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
question-reveal = Ver a resposta
question-select-one = Escolha uma resposta.
question-select-all = Escolha todas as respostas corretas.
answer-correct = Correto
answer-wrong = Ainda não. Tente novamente ou veja a resposta.
answer-shown = A resposta certa está marcada acima. Veja por quê:
answer-right-option = resposta certa

## Agenda

agenda-time = Horário
agenda-item = Conteúdo
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
    [one] Esta sessão fica { $minutes } minuto abaixo da duração prevista.
   *[other] Esta sessão fica { $minutes } minutos abaixo da duração prevista.
}
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
# $kind (text): replace, remove, append, after or before; $target (text): the title of a section or activity
adaptation-operation = { $kind ->
    [replace] Substitui “{ $target }”
    [remove] Remove “{ $target }”
    [append] Acrescenta conteúdo a “{ $target }”
    [after] Adiciona uma seção depois de “{ $target }”
   *[before] Adiciona uma seção antes de “{ $target }”
}
adaptation-stale = desatualizado: o núcleo mudou desde a última revisão
adaptation-core = Núcleo
adaptation-regional = Regional
# $target (text): the title of a section or activity
adaptation-compare = “{ $target }”: o texto do núcleo ao lado da versão da região, com as palavras alteradas marcadas
adaptation-variant = Variante da atividade
kpi = KPI
kpi-baseline = Valor de referência
kpi-target = Meta

## Languages and regions

# $language (text): the name of the language the part is shown in
not-translated = Esta parte ainda não foi traduzida, por isso é exibida em outro idioma ({ $language }).
translation-stale = O original desta parte mudou depois da tradução: a tradução pode estar desatualizada.
switch-language = Idioma
switch-region = Região
switch-region-language = em { $language }
# $region (text): a region's name
region-name = { $region }

## Status dashboard

status = Status
status-title = Status da adaptação e da tradução
status-intro = Quanto cada região adaptou o núcleo global e quanto de cada idioma já foi traduzido.
status-introduction = introdução
status-over-budget = acima do orçamento
status-kits = Kits de formação de instrutores
status-kits-intro = Um kit por curso, região e idioma, somente para instrutores certificados: cada um traz o guia do facilitador e os gabaritos, por isso fica fora do site público.
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

## Train-the-trainer kit

kit = Kit de formação de facilitadores
# $region (text): a region's name
kit-regional = Adaptado para a região { $region }
kit-index-title = Kit de formação de facilitadores
kit-index-intro = Tudo o que um facilitador certificado precisa para conduzir este curso off-line: abra qualquer arquivo em um navegador ou imprima-o.
kit-index-for = Para facilitadores que conduzem o curso nesta região e neste idioma.
kit-index-how = Como conduzir o programa
kit-index-how-1 = Antes do curso, estude o guia do facilitador e a agenda e prepare os materiais da lista de verificação.
kit-index-how-2 = Imprima um caderno do participante para cada participante.
kit-index-how-3 = Após cada módulo, distribua a avaliação de reação correspondente; ao final de cada dia, aplique a avaliação de conhecimentos e guarde o gabarito só para você.
kit-index-how-4 = Use a lista de verificação de comportamentos aos 30, 60 e 90 dias e o painel de KPIs para fazer o acompanhamento com o gestor de cada participante.
kit-index-files = Arquivos deste kit
kit-facilitator-guide = Guia do facilitador
kit-participant-workbook = Caderno do participante
kit-agenda = Agenda
kit-agenda-csv = Agenda (planilha)
kit-materials-checklist = Lista de verificação de materiais
kit-l1 = Nível 1: avaliação de reação
kit-l2 = Nível 2: avaliação de conhecimentos
kit-l2-key = Nível 2: gabarito
kit-l3 = Nível 3: lista de verificação de comportamentos
kit-l4 = Nível 4: painel de KPIs
kit-l4-csv = Nível 4: painel de KPIs (planilha)
kit-certification = Lista de verificação para certificação de facilitadores
kit-manifest = Manifesto (lista de arquivos e hashes)
kit-contents = Sumário
kit-cover-region = Região
kit-cover-language = Idioma
kit-cover-timezone = Fuso horário
kit-cover-length = Carga horária
# $count (number): how many sessions (days or half-days) the course is delivered in
kit-cover-sessions = { $count ->
    [one] { $count } sessão
   *[other] { $count } sessões
}
kit-cover-audience = Público-alvo
kit-guide-how-title = Como usar este guia
kit-guide-how = Cada sessão começa com o seu roteiro: os horários, o que acontece, como e com quais materiais. Cada aula começa com um quadro-resumo para ler na noite anterior; dentro da aula, cada atividade mostra o horário de início, as etapas e o debriefing, na variante escolhida para esta região, e as notas para o facilitador ficam ao lado do conteúdo a que se referem. As respostas certas das perguntas de verificação estão marcadas.
kit-run-of-show = Roteiro da sessão
kit-what = Conteúdo
kit-method = Metodologia
kit-method-input = Exposição e discussão
kit-method-input-check = Exposição, discussão e pergunta de verificação
kit-method-exercise = Exercício
kit-at-a-glance = Visão geral
kit-purpose = Propósito
kit-timing = Distribuição do tempo
kit-key-messages = Mensagens-chave
kit-preparation = Preparação
kit-no-preparation = Nada a preparar além deste guia e da sala.
# $region (text): a region's name
kit-variant = Como é conduzida na região { $region }:
kit-workbook-intro = Este caderno é seu. Ele reúne os exercícios, as listas de verificação e as perguntas que você vai trabalhar nas sessões, com espaço para escrever. Guarde-o: entre uma sessão e outra, você vai voltar às suas anotações e ao seu plano de ação.
kit-workbook-team = Equipe
kit-workbook-trainer = Facilitador
kit-workbook-goals = Nesta aula, você vai aprender a
kit-workbook-notes = Minhas anotações e plano de ação
kit-workbook-notes-prompt = O que você vai experimentar com sua equipe antes da próxima sessão?
kit-name = Nome
kit-date = Data
kit-signature = Assinatura
kit-comments = Comentários
kit-module = Módulo
kit-lesson = Aula
kit-item = Item
kit-ready = Pronto
kit-question = Pergunta
kit-answer = Resposta
kit-explanation = Explicação
kit-l1-intro = Avalie cada afirmação de 1 (discordo totalmente) a 5 (concordo totalmente).
reaction-relevance = O conteúdo foi relevante para o meu trabalho.
reaction-confidence = Sinto confiança para aplicar o que aprendi.
reaction-trainer = O facilitador explicou os conteúdos com clareza.
reaction-recommend = Eu recomendaria este módulo a um colega.
kit-l2-intro = Escolha a resposta correta. Algumas perguntas têm mais de uma resposta correta.
kit-l3-intro = Observe o participante no trabalho e avalie cada comportamento de 1 (nunca) a 5 (sempre).
kit-l3-participant = Código do participante
kit-l3-observer = Observador (gestor direto ou colega)
kit-l3-behaviour = Comportamento
kit-l3-objectives = Objetivos
kit-l3-day = { $days } dias
kit-l4-intro = Registre os resultados da equipe em cada revisão e compare-os com o valor de referência e a meta da região.
kit-l4-kpi = KPI
kit-l4-unit = Unidade
kit-l4-baseline = Valor de referência
kit-l4-target = Meta
kit-l4-month = Mês { $month }
kit-cert-intro = Um facilitador pode conduzir este curso sozinho quando todos os critérios forem atendidos e um facilitador master tiver observado uma prática de facilitação.
kit-cert-criteria = Critérios
kit-cert-met = Atendido
kit-cert-rubric = Observação da prática de facilitação
kit-cert-rubric-1 = Explica com clareza o propósito e os objetivos do módulo.
kit-cert-rubric-2 = Conduz a atividade na variante da região e cumpre o tempo previsto.
kit-cert-rubric-3 = Faz perguntas abertas e lida com respostas e objeções com respeito.
kit-cert-rubric-4 = Relaciona o conteúdo ao trabalho dos próprios participantes e às regras locais.
kit-cert-rubric-5 = Verifica a compreensão com a avaliação de conhecimentos e encerra com próximos passos claros.
kit-cert-score = Pontuação (de 1 a 4)
kit-cert-trainer = Facilitador
kit-cert-observer = Facilitador master
kit-total = Total
# $kib (number): a file's size in kibibytes
download-size = { $kib } KB
download-source-hash = Hash dos arquivos-fonte

## Cohorts: one delivery of a course on real dates (learner pages)
cohorts = Datas e locais
cohorts-intro = Cada turma é uma edição deste curso, com datas próprias, conduzida por facilitadores certificados.
# $count (number): how many sessions (days) the cohort meets
cohort-sessions-count = { $count ->
    [one] { $count } sessão
   *[other] { $count } sessões
}
delivery-in-person = Presencial
delivery-virtual = On-line
delivery-hybrid = Presencial e on-line
cohort-dates = Datas
cohort-where = Local
cohort-join = Como participar
cohort-join-link = Entrar na sessão on-line
cohort-trainers = Facilitadores
role-lead = facilitador principal
role-co-trainer = cofacilitador
cohort-calendar = Adicionar todas as sessões ao seu calendário (.ics)
cohort-calendar-help = para Outlook, Google Agenda ou Calendário da Apple, com o horário, o local e o fuso horário de cada sessão.
# $timezone (text): an IANA time zone name, such as Europe/Berlin
cohort-timezone = Todos os horários seguem o horário local de { $timezone }.
# $zone (text): the reader's own time zone, such as America/New_York, filled in by the page's script
cohort-your-zone = Entre parênteses, os mesmos horários no seu fuso horário ({ $zone }).
cohort-your-time = seu horário
# $number (number): the session's position in the cohort
cohort-session = Sessão { $number }
# $course (text), $region (text): the course title and the region's name
cohort-default-title = { $course }, { $region }
cohort-full-agenda = A agenda com todas as atividades
# $count (number): people taking part
cohort-participants = { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
}

## Staff page: cohorts and the trainer network
status-deliveries = Turmas e rede de facilitadores
status-deliveries-intro = Todas as turmas por região, com suas datas e facilitadores, e todos os facilitadores com suas certificações. Execute `glocal status` para ver as certificações que vencem em breve.
status-cohorts = Turmas
status-cohort = Turma
status-delivery = Modalidade
status-dates = Datas
status-lead = Facilitador principal
status-co-trainers = Cofacilitadores
status-participants = Participantes
status-trainers = Rede de facilitadores
status-trainer = Facilitador
status-trainer-regions = Regiões
status-trainer-languages = Idiomas
status-certifications = Certificações
# $from (text), $until (text): dates; the certification is valid from the first through the second
status-certified-range = de { $from } a { $until }
status-leads = Facilitador principal em
status-none = nenhuma

## Kit: results templates (SPEC 9)
kit-results = Modelos de resultados
kit-results-intro = Após cada turma, registre nestes arquivos o que os instrumentos de avaliação coletaram, mantendo as linhas de cabeçalho, e salve-os no espaço de trabalho como results/<cohort id>/reaction.csv, knowledge.csv e behaviour.csv. glocal verifica os arquivos e os transforma nas páginas de impacto e nas revisões trimestrais.
kit-results-codes = Atribua a cada participante um código pseudônimo, como p07, e use o mesmo código em todos os arquivos. Nunca escreva nomes nem endereços de e-mail.
kit-results-reaction = uma linha por participante e módulo (deixe o módulo em branco para o curso como um todo), com cada pergunta avaliada de 1 a 5. Uma célula vazia indica ausência de resposta. Os comentários ficam no arquivo e nunca são publicados.
kit-results-knowledge = uma linha por participante antes do curso (fase pre) e outra depois (fase post), com as letras escolhidas em cada pergunta conforme aparecem na avaliação de conhecimentos; se houver mais de uma, no formato a;c.
kit-results-behaviour = uma linha por participante, comportamento e dia de observação (30, 60 ou 90 dias após a última sessão), com a nota de 1 (nunca) a 5 (sempre) e o papel do observador.
# $course (text), $region (text): ids that name the file's place in the workspace
kit-results-kpi = os resultados de negócio da região, uma linha por KPI e período (um trimestre como 2027-Q1 ou um mês como 2027-03), salvos como results/kpi/{ $course }/{ $region }.csv.
kit-results-check = Execute glocal check depois de salvar: cada erro é indicado com o arquivo, a linha e a coluna em que ocorre.

## Staff pages: impact and quarterly reviews (SPEC 9)
impact = Impacto
# $min (number): the smallest group a figure is shown for
impact-intro = O que as avaliações das turmas coletaram, nos níveis 1 a 4 de Kirkpatrick. Nenhum número baseado em menos de { $min } pessoas é exibido, nem qualquer número que permita deduzi-lo.
impact-adaptation = Parcela adaptada
impact-coverage = Parcela traduzida
impact-cohorts = Turmas
impact-cohort = Turma
impact-last-session = Última sessão
impact-respondents = Respondentes
impact-withheld = omitido
impact-none = Ainda não há resultados para esta região.
impact-l1 = Nível 1: reação
impact-l1-chart = Reação média por módulo
# $threshold (text): the flag threshold, such as 3.5
impact-l1-desc = Média de todas as notas de 1 a 5 de cada módulo. A linha tracejada indica o limite de { $threshold }: os módulos abaixo dele são sinalizados.
impact-module = Módulo
impact-mean = Média (de 1 a 5)
impact-flagged = sinalizado
impact-l2 = Nível 2: conhecimentos
impact-l2-chart = Avaliação de conhecimentos antes e depois do curso
impact-l2-desc = Parcela média de perguntas respondidas corretamente antes e depois do curso.
impact-pre = Antes
impact-post = Depois
impact-gain = Ganho
impact-question = Pergunta
impact-right = Acertos depois do curso
impact-wrong-option = Opção incorreta mais escolhida
impact-l2-flagged = Uma pergunta que menos da metade dos participantes respondeu corretamente depois do curso é sinalizada: talvez a aula correspondente precise ser revista.
impact-l3 = Nível 3: comportamento
impact-l3-chart = Comportamentos avaliados com 4 ou 5
impact-l3-desc = Parcela dos comportamentos observados avaliados com 4 (frequentemente) ou 5 (sempre), 30, 60 e 90 dias após a última sessão.
impact-behaviour = Comportamento
# $day (number): days after the cohort's last session
impact-day = Dia { $day }
impact-l4 = Nível 4: resultados
impact-kpi = KPI
impact-baseline = Valor de referência
impact-target = Meta
impact-period = Período
impact-value = Valor
impact-progress = Progresso em relação à meta
impact-course = Impacto por região
impact-course-intro = Os resultados de cada região ao lado de quanto ela adaptou o núcleo e de quanto dele está traduzido: a versão adaptada tem desempenho melhor?
impact-region = Região
impact-details = Detalhes
impact-reviews = Revisões trimestrais
# $quarter (text): a quarter such as 2027-Q2
review-title = Revisão trimestral { $quarter }
review-intro = As turmas cuja última sessão ocorreu em { $quarter } e os resultados de negócio desse trimestre, região por região.
review-print = Imprimir esta revisão

## Staff page: LMS packages (SPEC 10)
status-lms = Pacotes para o LMS
status-lms-intro = Um pacote SCORM 1.2 por curso, região e idioma, gerado na pasta lms ao lado do site (nunca dentro dele). Envie cada um para o LMS como curso SCORM 1.2; o pacote informa o progresso de cada participante e o ponto em que parou.

## LMS package: the assessed knowledge check (SPEC 10)
assessment-title = Avaliação de conhecimentos
# $count (number): how many questions; $score (number): the percentage needed to pass
assessment-intro = { $count ->
    [one] Uma pergunta. A nota mínima para aprovação é { $score }%. Suas respostas são registradas uma única vez, quando você as envia.
   *[other] { $count } perguntas. A nota mínima para aprovação é { $score }%. Suas respostas são registradas uma única vez, quando você as envia.
}
assessment-submit = Enviar minhas respostas
# $score (number): the learner's score in percent
assessment-score = Sua nota: { $score }%.
assessment-passed = Aprovado.
assessment-failed = Não foi desta vez: converse com seu facilitador sobre as aulas que você deve revisar.
assessment-unavailable = Não é possível avaliar suas respostas aqui: abra o curso pela sua plataforma de aprendizagem.
