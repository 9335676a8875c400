# Strings of the built-in theme. Every locale under locales/ defines these same ids.

language-name = 日本語
skip-to-content = 本文へスキップ
footer-built-with = glocal で作成。オフラインでも使えます。このフォルダーを任意のブラウザーで開いてください。
portal-intro = コース、地域、言語を選択してください。

## Course pages

course-contents = コースの目次
course-home = コースのトップ
agenda = スケジュール
print-version = 印刷用ページ
downloads = ダウンロード
pager = 前後のレッスン
audience = 対象者
objectives = 学習目標
modules = モジュール
print-now = 印刷または PDF として保存

# $minutes (number): a lesson's or activity's length
duration-minutes = { $minutes ->
   *[other] { $minutes }分
}
# $hours, $minutes (numbers): a total time split in hours and minutes
duration-total = { $hours ->
    [0] 合計{ $minutes }分
   *[other] 合計{ $hours }時間{ $minutes }分
}

## Search

search = 検索
search-placeholder = このコース内を検索
search-no-results = 該当する結果はありません

## Directives

activity = アクティビティ
materials = 教材
trainer-note = 講師用メモ
question = 理解度チェック
question-check = 解答を確認
question-select-one = 答えを 1 つ選んでください。
question-select-all = 正しい答えをすべて選んでください。
answer-correct = 正解です
answer-wrong = 惜しい！解説を読んで、もう一度挑戦してください。

## Agenda

agenda-time = 時刻
agenda-item = 内容
agenda-minutes = 所要時間（分）
# $minutes (number): the session's target length
agenda-target = 目標{ $minutes }分
# $minutes (number): how far the session runs past its target
agenda-over-target = このセッションは目標時間を{ $minutes }分超過しています。
# $timezone (text): an IANA time zone such as Europe/Berlin
agenda-timezone = 時刻は現地時間（{ $timezone }）です。
break = 休憩
lunch = 昼休憩

## Downloads

download-print-help = コース全体を 1 ページにまとめたものです。印刷や PDF 保存に使えます。
download-agenda-csv = スケジュール（CSV）
download-agenda-csv-help = 時刻入りの詳細な進行表です。表計算ソフトで開けます。

## Adaptation

adaptation = この地域での変更点
# $region (text): the region's name
adaptation-title = 地域「{ $region }」でのコースの調整
# $core, $adapted (numbers): percentages that add up to 100; $region (text)
adaptation-summary = グローバル共通コア { $core }%、{ $region } 向けの調整 { $adapted }%
# $adapted, $budget (numbers): percentages
adaptation-share = 調整率：{ $adapted }%（上限{ $budget }%）
adaptation-words-delivered = 最終版の語数
adaptation-words-regional = 地域独自の語数
adaptation-words-removed = 削除された共通コアの語数
adaptation-kpis = 地域別 KPI の基準値と目標値
adaptation-excluded = 除外された共通コアのレッスン
adaptation-added-lesson = 地域独自のレッスン
# $kind (text): replace, remove, append, after or before; $target (text): a section id
adaptation-operation = { $kind ->
    [replace] { $target } を置き換え
    [remove] { $target } を削除
    [append] { $target } に追記
    [after] { $target } の後にセクションを追加
   *[before] { $target } の前にセクションを追加
}
adaptation-stale = 要確認：レビュー後に共通コアが変更されました
adaptation-core = 共通コア
adaptation-regional = 地域版
kpi = KPI
kpi-baseline = 基準値
kpi-target = 目標値

## Languages and regions

# $language (text): the name of the language the part is shown in
not-translated = この部分はまだ翻訳されていないため、別の言語（{ $language }）で表示しています。
translation-stale = 翻訳後にこの部分の原文が変更されました。翻訳が最新でない可能性があります。
switch-language = 言語
switch-region = 地域
# $region (text): a region's name
region-name = { $region }

## Status dashboard

status = ステータス
status-title = 調整と翻訳の状況
status-intro = 各地域がグローバル共通コアをどの程度調整したか、各言語がどの程度翻訳されているかを示します。
status-adaptation = 地域別の調整状況
status-translation = 言語別の翻訳状況
status-course = コース
status-region = 地域
status-language = 言語
status-share = 調整率
status-budget = 上限
status-stale-overlays = 要更新のオーバーレイ
status-translated = 翻訳済み
status-stale = 要更新
status-missing = 未翻訳
status-words-missing = 未翻訳の語数
status-messages-missing = 未翻訳のメッセージ
status-core = 共通コア
# $percent (number)
status-percent = { $percent }%
