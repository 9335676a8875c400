# Strings of the built-in theme. Every locale under locales/ defines these same ids.

language-name = 简体中文
skip-to-content = 跳到主要内容
footer-built-with = 使用 glocal 构建。支持离线使用：用任意浏览器打开此文件夹即可。
portal-intro = 请选择课程、地区和语言。

## Course pages

course-contents = 课程目录
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
question-select-one = 请选择一个答案。
question-select-all = 请选择所有正确答案。
answer-correct = 回答正确
answer-wrong = 不太对：请阅读解析后再试一次。

## Agenda

agenda-time = 时间
agenda-item = 内容
agenda-minutes = 分钟
# $minutes (number): the session's target length
agenda-target = 目标 { $minutes } 分钟
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
# $kind (text): replace, remove, append, after or before; $target (text): a section id
adaptation-operation = { $kind ->
    [replace] 替换 { $target }
    [remove] 删除 { $target }
    [append] 在 { $target } 末尾追加内容
    [after] 在 { $target } 之后添加一节
   *[before] 在 { $target } 之前添加一节
}
adaptation-stale = 已过时：审核后核心内容已有变更
adaptation-core = 核心内容
adaptation-regional = 地区版本
kpi = KPI
kpi-baseline = 基准值
kpi-target = 目标值

## Languages and regions

# $language (text): the name of the language the part is shown in
not-translated = 此部分尚未翻译，因此以其他语言（{ $language }）显示。
translation-stale = 此部分的原文在翻译后已有改动：译文可能已过时。
switch-language = 语言
switch-region = 地区
# $region (text): a region's name
region-name = { $region }

## Status dashboard

status = 状态
status-title = 调整与翻译状态
status-intro = 各地区对全球核心内容的调整程度，以及各语言的翻译完成度。
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
