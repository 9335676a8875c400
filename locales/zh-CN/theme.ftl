# Strings of the built-in theme. Every locale under locales/ defines these same ids.

language-name = 简体中文
skip-to-content = 跳到主要内容
footer-built-with = 使用 glocal 构建。支持离线使用：用任意浏览器打开此文件夹即可。
portal-intro = 请选择课程、地区和语言。

## Course pages

course-contents = 课程目录
course-menu = 课程目录
on-this-page = 本页内容
course-home = 课程首页
agenda = 日程安排
print-version = 打印版课程
downloads = 下载
pager = 上一课和下一课
audience = 适用对象
objectives = 学习目标
modules = 模块
print-now = 打印或另存为 PDF

# $minutes (number): a lesson's or activity's length
duration-minutes = { $minutes ->
   *[other] { $minutes } 分钟
}
# $hours, $minutes (numbers): a total time split in hours and minutes
duration-total = { $hours ->
    [0] 共 { $minutes } 分钟
   *[other] 共 { $hours } 小时 { $minutes } 分钟
}

## Search

search = 搜索
search-placeholder = 搜索本课程
search-no-results = 未找到结果

## Directives

activity = 活动
materials = 所需材料
trainer-note = 讲师提示
question = 知识检查
question-check = 核对答案
question-reveal = 查看答案
question-select-one = 请选择一个答案。
question-select-all = 请选择所有正确答案。
answer-correct = 回答正确
answer-wrong = 不太对。请再试一次，或查看答案。
answer-shown = 正确答案已在上方标出。原因如下：
answer-right-option = 正确答案

## Agenda

agenda-time = 时间
agenda-item = 内容
agenda-minutes = 分钟
# $hours, $minutes (numbers): a length of time split in hours and minutes
duration-hm = { $hours ->
    [0] { $minutes } 分钟
   *[other] { $hours } 小时 { $minutes } 分钟
}
# $duration, $target (text): two lengths of time written with duration-hm
agenda-against-target = { $duration }，计划时长 { $target }
# $minutes (number): how much shorter than its target the session is
agenda-under-target = { $minutes ->
   *[other] 本时段距目标时长尚余 { $minutes } 分钟。
}
# $minutes (number): how far the session runs past its target
agenda-over-target = 本时段超出目标时长 { $minutes } 分钟。
# $timezone (text): an IANA time zone such as Europe/Berlin
agenda-timezone = 以上均为当地时间（{ $timezone }）。
break = 休息
lunch = 午餐

## Downloads

download-print-help = 整门课程集中在一个页面上，可直接打印或另存为 PDF。
download-agenda-csv = 日程安排（CSV）
download-agenda-csv-help = 带时间的详细流程，可用电子表格打开。

## Adaptation

adaptation = 本地区的调整内容
# $region (text): the region's name
adaptation-title = { $region } 地区如何调整本课程
# $core, $adapted (numbers): percentages that add up to 100; $region (text)
adaptation-summary = 全球核心内容 { $core }%，针对 { $region } 的调整 { $adapted }%
# $adapted, $budget (numbers): percentages
adaptation-share = 调整占比：{ $adapted }%（上限 { $budget }%）。
adaptation-words-delivered = 最终版字数
adaptation-words-regional = 地区内容字数
adaptation-words-removed = 删除的核心内容字数
adaptation-kpis = 地区 KPI 基准值与目标值
adaptation-excluded = 未采用的核心课程
adaptation-added-lesson = 地区专属课程
# $kind (text): replace, remove, append, after or before; $target (text): the title of a section or activity
adaptation-operation = { $kind ->
    [replace] 替换“{ $target }”
    [remove] 删除“{ $target }”
    [append] 在“{ $target }”末尾追加内容
    [after] 在“{ $target }”之后添加一节
   *[before] 在“{ $target }”之前添加一节
}
adaptation-stale = 已过时：审核后核心内容已有变更
adaptation-core = 核心内容
adaptation-regional = 地区版本
# $target (text): the title of a section or activity
adaptation-compare = “{ $target }”：核心内容与地区版本的文本对照，改动的字词已标出
adaptation-variant = 活动版本
kpi = KPI
kpi-baseline = 基准值
kpi-target = 目标值

## Languages and regions

# $language (text): the name of the language the part is shown in
not-translated = 此部分尚未翻译，因此以其他语言（{ $language }）显示。
translation-stale = 此部分的原文在翻译后已有改动：译文可能已过时。
switch-language = 语言
switch-region = 地区
switch-region-language = { $language }版
# $region (text): a region's name
region-name = { $region }

## Status dashboard

status = 状态
status-title = 调整与翻译状态
status-intro = 各地区对全球核心内容的调整程度，以及各语言的翻译完成度。
status-introduction = 引言
status-over-budget = 超出预算
status-kits = 培训师培训工具包
status-kits-intro = 每门课程、每个地区、每种语言各一个，仅供认证培训师使用：其中包含引导者指南和答案，因此不放在公开网站上。
status-adaptation = 各地区调整情况
status-translation = 各语言翻译情况
status-course = 课程
status-region = 地区
status-language = 语言
status-share = 调整占比
status-budget = 上限
status-stale-overlays = 过时的覆盖层
status-translated = 已翻译
status-stale = 已过时
status-missing = 缺失
status-words-missing = 待翻译字数
status-messages-missing = 缺失的消息
status-core = 核心
# $percent (number)
status-percent = { $percent }%

## Train-the-trainer kit

kit = 培训师培训工具包
# $region (text): a region's name
kit-regional = 已针对 { $region } 调整
kit-index-title = 培训师培训工具包
kit-index-intro = 认证培训师离线开展本课程所需的全部资料：用浏览器打开任意文件，或直接打印。
kit-index-for = 供在本地区以本语言授课的培训师使用。
kit-index-how = 如何实施本培训
kit-index-how-1 = 开课前，请通读培训师指南和日程安排，并按清单准备好所需材料。
kit-index-how-2 = 为每位学员打印一份学员手册。
kit-index-how-3 = 每个模块结束后，发放该模块的反应评估问卷；每天结束时，进行知识测验，答案由培训师自行保管。
kit-index-how-4 = 在第 30、60 和 90 天使用行为检查表，并结合 KPI 计分卡，与每位学员的上级进行跟进。
kit-index-files = 本工具包中的文件
kit-facilitator-guide = 培训师指南
kit-participant-workbook = 学员手册
kit-agenda = 日程安排
kit-agenda-csv = 日程安排（电子表格）
kit-materials-checklist = 材料清单
kit-l1 = 一级评估：反应评估问卷
kit-l2 = 二级评估：知识测验
kit-l2-key = 二级评估：答案
kit-l3 = 三级评估：行为检查表
kit-l4 = 四级评估：KPI 计分卡
kit-l4-csv = 四级评估：KPI 计分卡（电子表格）
kit-certification = 培训师认证检查表
kit-manifest = 文件清单（文件列表和哈希值）
kit-contents = 目录
kit-cover-region = 地区
kit-cover-language = 语言
kit-cover-timezone = 时区
kit-cover-length = 时长
# $count (number): how many sessions (days or half-days) the course is delivered in
kit-cover-sessions = { $count ->
   *[other] 共 { $count } 次课
}
kit-cover-audience = 适用对象
kit-guide-how-title = 如何使用本指南
kit-guide-how = 每次课开头都有详细流程，列出时间、内容、方法和所需材料。每一课开头都有一个概览框，供您在前一晚阅读；课中的每个活动都按为本地区选定的版本，注明开始时间、步骤和复盘要点；讲师提示紧挨着相关内容。知识检查的正确答案均已标出。
kit-run-of-show = 详细流程
kit-what = 内容
kit-method = 方法
kit-method-input = 讲授与讨论
kit-method-input-check = 讲授、讨论与知识检查
kit-method-exercise = 练习
kit-at-a-glance = 概览
kit-purpose = 目的
kit-timing = 时间安排
kit-key-messages = 关键信息
kit-preparation = 准备工作
kit-no-preparation = 除本指南和培训场地外，无需其他准备。
# $region (text): a region's name
kit-variant = 在 { $region } 的开展方式：
kit-workbook-intro = 这本学员手册归您所有。其中收录了您将在各次课中完成的练习、检查表和问题，并留有书写空间。请妥善保存：在两次课之间，您还会回顾自己的笔记和行动计划。
kit-workbook-team = 团队
kit-workbook-trainer = 培训师
kit-workbook-goals = 通过本课，您将学会
kit-workbook-notes = 我的笔记与行动计划
kit-workbook-notes-prompt = 下次课之前，您打算和团队一起尝试什么？
kit-name = 姓名
kit-date = 日期
kit-signature = 签名
kit-comments = 备注
kit-module = 模块
kit-lesson = 课
kit-item = 项目
kit-ready = 已就绪
kit-question = 题目
kit-answer = 答案
kit-explanation = 解析
kit-l1-intro = 请为每项陈述打分，从 1（非常不同意）到 5（非常同意）。
reaction-relevance = 课程内容与我的工作相关。
reaction-confidence = 我有信心运用所学内容。
reaction-trainer = 培训师讲解清晰。
reaction-recommend = 我会向同事推荐这个模块。
kit-l2-intro = 请选择正确答案。部分题目有多个正确答案。
kit-l3-intro = 请在工作中观察学员，并为每项行为打分，从 1（从不）到 5（总是）。
kit-l3-participant = 学员编号
kit-l3-observer = 观察者（直属上级或同事）
kit-l3-behaviour = 行为
kit-l3-objectives = 学习目标
kit-l3-day = 第 { $days } 天
kit-l4-intro = 每次评估时记录团队的结果，并与本地区的基准值和目标值进行比较。
kit-l4-kpi = KPI
kit-l4-unit = 单位
kit-l4-baseline = 基准值
kit-l4-target = 目标值
kit-l4-month = 第 { $month } 个月
kit-cert-intro = 培训师须满足所有标准，并由资深培训师观察一次试讲，方可独立讲授本课程。
kit-cert-criteria = 标准
kit-cert-met = 达标
kit-cert-rubric = 试讲观察
kit-cert-rubric-1 = 清晰说明本模块的目的和目标。
kit-cert-rubric-2 = 按本地区版本开展活动，并控制好时间。
kit-cert-rubric-3 = 提出开放式问题，并以尊重的态度回应学员的回答和质疑。
kit-cert-rubric-4 = 将内容与学员自身的工作和当地规定联系起来。
kit-cert-rubric-5 = 通过知识测验检查学员的理解，并以明确的后续行动收尾。
kit-cert-score = 评分（1–4）
kit-cert-trainer = 培训师
kit-cert-observer = 资深培训师
kit-total = 总计
# $kib (number): a file's size in kibibytes
download-size = { $kib } KB
download-source-hash = 源文件哈希值

## Cohorts: one delivery of a course on real dates (learner pages)
cohorts = 开班日期与地点
cohorts-intro = 每个班次都是本课程的一次开班，有各自的日期安排，由认证培训师授课。
# $count (number): how many sessions (days) the cohort meets
cohort-sessions-count = { $count ->
   *[other] 共 { $count } 次课
}
delivery-in-person = 线下面授
delivery-virtual = 线上
delivery-hybrid = 线下面授与线上结合
cohort-dates = 日期
cohort-where = 地点
cohort-join = 参加方式
cohort-join-link = 进入线上课堂
cohort-trainers = 培训师
role-lead = 主讲培训师
role-co-trainer = 协讲培训师
cohort-calendar = 将所有课次添加到日历（.ics）
cohort-calendar-help = 适用于 Outlook、Google 日历或 Apple 日历，包含每次课的时间、地点和时区。
# $timezone (text): an IANA time zone name, such as Europe/Berlin
cohort-timezone = 所有时间均为当地时间（{ $timezone }）。
# $zone (text): the reader's own time zone, such as America/New_York, filled in by the page's script
cohort-your-zone = 括号内为您所在时区（{ $zone }）的对应时间。
cohort-your-time = 您的当地时间
# $number (number): the session's position in the cohort
cohort-session = 第 { $number } 次课
# $course (text), $region (text): the course title and the region's name
cohort-default-title = { $course }（{ $region }）
cohort-full-agenda = 包含全部活动的日程安排
# $count (number): people taking part
cohort-participants = { $count ->
   *[other] { $count } 名学员
}

## Staff page: cohorts and the trainer network
status-deliveries = 班次与培训师网络
status-deliveries-intro = 按地区列出所有班次及其日期和培训师，以及所有培训师及其认证。运行 `glocal status` 可查看即将到期的认证。
status-cohorts = 班次
status-cohort = 班次
status-delivery = 授课方式
status-dates = 日期
status-lead = 主讲培训师
status-co-trainers = 协讲培训师
status-participants = 学员人数
status-trainers = 培训师网络
status-trainer = 培训师
status-trainer-regions = 地区
status-trainer-languages = 授课语言
status-certifications = 认证
# $from (text), $until (text): dates; the certification is valid from the first through the second
status-certified-range = { $from } 至 { $until }
status-leads = 主讲班次
status-none = 无

## Kit: results templates (SPEC 9)
kit-results = 结果记录模板
kit-results-intro = 每个班次结束后，请将评估工具收集到的数据录入这些文件，保留表头行，并以 results/<cohort id>/reaction.csv、knowledge.csv 和 behaviour.csv 的路径保存在工作区中。glocal 会检查这些文件，并据此生成成效页面和季度回顾。
kit-results-codes = 为每位学员分配一个化名编号（例如 p07），并在所有文件中使用同一编号。切勿填写姓名或电子邮件地址。
kit-results-reaction = 每位学员每个模块一行（如针对整门课程评价，模块一栏留空），每道题按 1 到 5 打分。空白单元格表示未作答。备注仅保留在文件中，绝不会公开。
kit-results-knowledge = 每位学员在课程前（阶段 pre）一行、课程后（阶段 post）一行，按知识测验上印出的字母填写每道题所选的选项，多选时写作 a;c。
kit-results-behaviour = 每位学员、每项行为、每个观察日一行（最后一次课后第 30、60 或 90 天），填写从 1（从不）到 5（总是）的评分以及观察者的角色。
# $course (text), $region (text): ids that name the file's place in the workspace
kit-results-kpi = 本地区的业务数据，每个 KPI 每个周期一行（季度如 2027-Q1，或月份如 2027-03），保存为 results/kpi/{ $course }/{ $region }.csv。
kit-results-check = 保存后请运行 glocal check：每个错误都会注明所在的文件、行和列。

## Staff pages: impact and quarterly reviews (SPEC 9)
impact = 成效
# $min (number): the smallest group a figure is shown for
impact-intro = 各班次评估所收集的数据，涵盖 Kirkpatrick 模型的第 1 至第 4 级。不显示基于少于 { $min } 人的任何数据，也不显示可能据此推算出此类数据的任何数字。
impact-adaptation = 调整占比
impact-coverage = 翻译完成度
impact-cohorts = 班次
impact-cohort = 班次
impact-last-session = 最后一次课
impact-respondents = 作答人数
impact-withheld = 已隐藏
impact-none = 本地区暂无结果。
impact-l1 = 一级评估：反应
impact-l1-chart = 各模块反应平均分
# $threshold (text): the flag threshold, such as 3.5
impact-l1-desc = 每个模块所有 1 到 5 分评分的平均值。虚线表示阈值 { $threshold }：低于该阈值的模块会被标记为需关注。
impact-module = 模块
impact-mean = 平均分（1–5）
impact-flagged = 需关注
impact-l2 = 二级评估：知识
impact-l2-chart = 课程前后的知识测验
impact-l2-desc = 课程前后答对题目的平均比例。
impact-pre = 课前
impact-post = 课后
impact-gain = 提升
impact-question = 题目
impact-right = 课后答对率
impact-wrong-option = 最常选的错误选项
impact-l2-flagged = 课后答对人数不到一半的题目会被标记为需关注：对应的课可能需要重新审视。
impact-l3 = 三级评估：行为
impact-l3-chart = 评分为 4 或 5 的行为
impact-l3-desc = 在最后一次课后第 30、60 和 90 天，所观察的行为中评分为 4（经常）或 5（总是）的比例。
impact-behaviour = 行为
# $day (number): days after the cohort's last session
impact-day = 第 { $day } 天
impact-l4 = 四级评估：结果
impact-kpi = KPI
impact-baseline = 基准值
impact-target = 目标值
impact-period = 周期
impact-value = 数值
impact-progress = 目标达成进度
impact-course = 各地区成效对比
impact-course-intro = 并列展示各地区的结果、对核心内容的调整程度以及翻译完成度：调整后的版本效果是否更好？
impact-region = 地区
impact-details = 详情
impact-reviews = 季度回顾
# $quarter (text): a quarter such as 2027-Q2
review-title = { $quarter } 季度回顾
review-intro = 最后一次课在 { $quarter } 的班次，以及该季度的业务数据，按地区列出。
review-print = 打印本季度回顾

## Staff page: LMS packages (SPEC 10)
status-lms = LMS 课件包
status-lms-intro = 每门课程、每个地区、每种语言各生成一个 SCORM 1.2 课件包，写入网站旁边的 lms 文件夹（绝不写入网站内部）。请将每个课件包作为 SCORM 1.2 课程上传到 LMS；课件包会向 LMS 报告每位学员的学习进度以及上次学习中断的位置。

## LMS package: the assessed knowledge check (SPEC 10)
assessment-title = 知识测验
# $count (number): how many questions; $score (number): the percentage needed to pass
assessment-intro = { $count ->
   *[other] 共 { $count } 道题。得分达到 { $score }% 即可通过。您的答案仅在提交时记录一次。
}
assessment-submit = 提交答案
# $score (number): the learner's score in percent
assessment-score = 您的得分：{ $score }%。
assessment-passed = 已通过。
assessment-failed = 本次未通过：请与培训师商量需要复习哪几课。
assessment-unavailable = 无法在此处为您的答案评分：请从您的学习平台打开本课程。
