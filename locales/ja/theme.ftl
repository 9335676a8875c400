# Strings of the built-in theme. Every locale under locales/ defines these same ids.

language-name = 日本語
skip-to-content = 本文へスキップ
footer-built-with = glocal で作成。オフラインでも使えます。このフォルダーを任意のブラウザーで開いてください。
portal-intro = コース、地域、言語を選択してください。

## Course pages

course-contents = コースの目次
course-menu = コースメニュー
on-this-page = このページの内容
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
question-reveal = 答えを表示
question-select-one = 答えを 1 つ選んでください。
question-select-all = 正しい答えをすべて選んでください。
answer-correct = 正解です
answer-wrong = 惜しい！もう一度挑戦するか、答えを表示してください。
answer-shown = 正解を上に示しました。理由は次のとおりです。
answer-right-option = 正解

## Agenda

agenda-time = 時刻
agenda-item = 内容
agenda-minutes = 所要時間（分）
# $hours, $minutes (numbers): a length of time split in hours and minutes
duration-hm = { $hours ->
    [0] { $minutes }分
   *[other] { $hours }時間{ $minutes }分
}
# $duration, $target (text): two lengths of time written with duration-hm
agenda-against-target = 予定{ $target }のうち{ $duration }
# $minutes (number): how much shorter than its target the session is
agenda-under-target = { $minutes ->
   *[other] このセッションは目標時間まで{ $minutes }分の余裕があります。
}
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
# $kind (text): replace, remove, append, after or before; $target (text): the title of a section or activity
adaptation-operation = { $kind ->
    [replace] 「{ $target }」を置き換え
    [remove] 「{ $target }」を削除
    [append] 「{ $target }」に追記
    [after] 「{ $target }」の後にセクションを追加
   *[before] 「{ $target }」の前にセクションを追加
}
adaptation-stale = 要確認：レビュー後に共通コアが変更されました
adaptation-core = 共通コア
adaptation-regional = 地域版
# $target (text): the title of a section or activity
adaptation-compare = 「{ $target }」：共通コアの本文と地域版の本文を並べて比較（変更された語句に印を付けています）
adaptation-variant = アクティビティのバリエーション
kpi = KPI
kpi-baseline = 基準値
kpi-target = 目標値

## Languages and regions

# $language (text): the name of the language the part is shown in
not-translated = この部分はまだ翻訳されていないため、別の言語（{ $language }）で表示しています。
translation-stale = 翻訳後にこの部分の原文が変更されました。翻訳が最新でない可能性があります。
switch-language = 言語
switch-region = 地域
switch-region-language = { $language }版
# $region (text): a region's name
region-name = { $region }

## Status dashboard

status = ステータス
status-title = 調整と翻訳の状況
status-intro = 各地域がグローバル共通コアをどの程度調整したか、各言語がどの程度翻訳されているかを示します。
status-introduction = 導入
status-over-budget = 予算超過
status-kits = 講師養成キット
status-kits-intro = コース・地域・言語ごとに1つ、認定講師専用のキットです。ファシリテーター・ガイドと解答が含まれるため、公開サイトには置いていません。
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

## Train-the-trainer kit

kit = 講師養成キット
# $region (text): a region's name
kit-regional = { $region } 向けに調整
kit-index-title = 講師養成キット
kit-index-intro = 認定講師がこのコースをオフラインで実施するために必要なものがすべてそろっています。各ファイルはブラウザーで開くか、印刷して使ってください。
kit-index-for = この地域で、この言語でコースを実施する講師向けです。
kit-index-how = プログラムの進め方
kit-index-how-1 = コースの前に、ファシリテーターガイドとスケジュールに目を通し、チェックリストに記載された教材を準備してください。
kit-index-how-2 = 受講者ワークブックを受講者 1 人につき 1 部印刷してください。
kit-index-how-3 = 各モジュールの終了後に、そのモジュールの受講者アンケートを配布してください。各日の終わりには理解度テストを実施し、解答は受講者に配らず講師の手元で保管してください。
kit-index-how-4 = 30 日後、60 日後、90 日後の行動チェックリストと KPI スコアカードを使って、各受講者の上司とフォローアップを行ってください。
kit-index-files = このキットのファイル
kit-facilitator-guide = ファシリテーターガイド
kit-participant-workbook = 受講者ワークブック
kit-agenda = スケジュール
kit-agenda-csv = スケジュール（表計算用）
kit-materials-checklist = 教材チェックリスト
kit-l1 = レベル 1：受講者アンケート（反応）
kit-l2 = レベル 2：理解度テスト
kit-l2-key = レベル 2：解答
kit-l3 = レベル 3：行動チェックリスト
kit-l4 = レベル 4：KPI スコアカード
kit-l4-csv = レベル 4：KPI スコアカード（表計算用）
kit-certification = 講師認定チェックリスト
kit-manifest = マニフェスト（ファイル一覧とハッシュ値）
kit-contents = 目次
kit-cover-region = 地域
kit-cover-language = 言語
kit-cover-timezone = タイムゾーン
kit-cover-length = 所要時間
# $count (number): how many sessions (days or half-days) the course is delivered in
kit-cover-sessions = { $count ->
   *[other] 全{ $count }回
}
kit-cover-audience = 対象者
kit-guide-how-title = このガイドの使い方
kit-guide-how = 各セッションの冒頭には進行表があり、時刻、内容、手法、使用する教材を示しています。各レッスンの冒頭には、前日の夜に読んでおく「概要」欄があります。レッスン内の各アクティビティには、この地域向けに選んだ版で、開始時刻、手順、振り返りを記載しています。講師用メモは、関係する内容のすぐ横にあります。理解度チェックの正解には印を付けています。
kit-run-of-show = 進行表
kit-what = 内容
kit-method = 手法
kit-method-input = 講義とディスカッション
kit-method-input-check = 講義、ディスカッション、理解度チェック
kit-method-exercise = 演習
kit-at-a-glance = 概要
kit-purpose = 目的
kit-timing = 時間配分
kit-key-messages = キーメッセージ
kit-preparation = 準備
kit-no-preparation = このガイドと会場のほかに準備するものはありません。
# $region (text): a region's name
kit-variant = { $region } での進め方：
kit-workbook-intro = このワークブックは、あなた自身のためのものです。各セッションで取り組む演習、チェックリスト、問いを収録し、書き込み欄を設けています。セッションの合間にメモや行動計画を見返せるよう、大切に保管してください。
kit-workbook-team = チーム
kit-workbook-trainer = 講師
kit-workbook-goals = このレッスンで学ぶこと
kit-workbook-notes = メモと行動計画
kit-workbook-notes-prompt = 次のセッションまでに、チームで何を試してみますか？
kit-name = 氏名
kit-date = 日付
kit-signature = 署名
kit-comments = コメント
kit-module = モジュール
kit-lesson = レッスン
kit-item = 項目
kit-ready = 準備済み
kit-question = 設問
kit-answer = 解答
kit-explanation = 解説
kit-l1-intro = 各項目について、1（まったくそう思わない）から 5（とてもそう思う）の 5 段階で評価してください。
reaction-relevance = 内容は自分の業務に関連していた。
reaction-confidence = 学んだことを自信を持って実践できる。
reaction-trainer = 講師の説明はわかりやすかった。
reaction-recommend = このモジュールを同僚に勧めたい。
kit-l2-intro = 正しい答えを選んでください。正解が複数ある設問もあります。
kit-l3-intro = 職場で受講者を観察し、各行動を 1（まったくない）から 5（常にある）の 5 段階で評価してください。
kit-l3-participant = 受講者コード
kit-l3-observer = 観察者（直属の上司または同僚）
kit-l3-behaviour = 行動
kit-l3-objectives = 学習目標
kit-l3-day = { $days } 日後
kit-l4-intro = レビューのたびにチームの実績を記録し、地域の基準値および目標値と比較してください。
kit-l4-kpi = KPI
kit-l4-unit = 単位
kit-l4-baseline = 基準値
kit-l4-target = 目標値
kit-l4-month = { $month } か月目
kit-cert-intro = すべての基準を満たし、マスタートレーナーによる模擬講義の観察を受けた講師は、このコースを単独で実施できます。
kit-cert-criteria = 基準
kit-cert-met = 達成
kit-cert-rubric = 模擬講義の観察
kit-cert-rubric-1 = モジュールの目的と目標を明確に説明している。
kit-cert-rubric-2 = 地域版のアクティビティを実施し、時間どおりに進行している。
kit-cert-rubric-3 = オープンクエスチョンを用い、回答や反論に敬意をもって対応している。
kit-cert-rubric-4 = 内容を受講者自身の業務や現地のルールと結びつけている。
kit-cert-rubric-5 = 理解度テストで理解を確認し、明確な次のステップを示して締めくくっている。
kit-cert-score = 評価（1～4）
kit-cert-trainer = 講師
kit-cert-observer = マスタートレーナー
kit-total = 合計
# $kib (number): a file's size in kibibytes
download-size = { $kib } KB
download-source-hash = ソースのハッシュ値

## Cohorts: one delivery of a course on real dates (learner pages)
cohorts = 開催日程と会場
cohorts-intro = 各開催回は、このコースをそれぞれの日程で 1 回実施するもので、認定講師が担当します。
# $count (number): how many sessions (days) the cohort meets
cohort-sessions-count = { $count ->
   *[other] 全{ $count }回
}
delivery-in-person = 対面
delivery-virtual = オンライン
delivery-hybrid = 対面・オンライン併用
cohort-dates = 日程
cohort-where = 会場
cohort-join = 参加方法
cohort-join-link = オンラインセッションに参加
cohort-trainers = 講師
role-lead = メイン講師
role-co-trainer = サブ講師
cohort-calendar = すべてのセッションをカレンダーに追加（.ics）
cohort-calendar-help = Outlook、Google カレンダー、Apple カレンダーで使えます。各セッションの時刻、場所、タイムゾーンが含まれます。
# $timezone (text): an IANA time zone name, such as Europe/Berlin
cohort-timezone = 時刻はすべて現地時間（{ $timezone }）です。
# $zone (text): the reader's own time zone, such as America/New_York, filled in by the page's script
cohort-your-zone = 括弧内は、お使いのタイムゾーン（{ $zone }）での時刻です。
cohort-your-time = お手元の時刻
# $number (number): the session's position in the cohort
cohort-session = 第{ $number }回
# $course (text), $region (text): the course title and the region's name
cohort-default-title = { $course }（{ $region }）
cohort-full-agenda = すべてのアクティビティを記載したスケジュール
# $count (number): people taking part
cohort-participants = { $count ->
   *[other] { $count }名
}

## Staff page: cohorts and the trainer network
status-deliveries = 開催回と講師ネットワーク
status-deliveries-intro = 地域別のすべての開催回とその日程・講師、およびすべての講師とその認定資格を示します。まもなく期限が切れる認定資格を確認するには、`glocal status` を実行してください。
status-cohorts = 開催回
status-cohort = 開催回
status-delivery = 実施形式
status-dates = 日程
status-lead = メイン講師
status-co-trainers = サブ講師
status-participants = 受講者数
status-trainers = 講師ネットワーク
status-trainer = 講師
status-trainer-regions = 担当地域
status-trainer-languages = 対応言語
status-certifications = 認定資格
# $from (text), $until (text): dates; the certification is valid from the first through the second
status-certified-range = { $from }～{ $until }
status-leads = メイン講師を担当
status-none = なし

## Kit: results templates (SPEC 9)
kit-results = 結果入力テンプレート
kit-results-intro = 各開催回の終了後、評価ツールで収集した内容をこれらのファイルに入力し、見出し行は残したまま、ワークスペースに results/<cohort id>/reaction.csv、knowledge.csv、behaviour.csv として保存してください。glocal がこれらのファイルをチェックし、効果測定ページと四半期レビューを作成します。
kit-results-codes = 各受講者には、実名の代わりに p07 のような受講者コードを割り当て、すべてのファイルで同じコードを使ってください。氏名やメールアドレスは絶対に記入しないでください。
kit-results-reaction = 受講者とモジュールごとに 1 行（コース全体についての評価ではモジュールを空欄にします）。各設問を 1～5 で評価します。空欄のセルは無回答を意味します。コメントはファイル内にのみ残り、公開されることはありません。
kit-results-knowledge = 受講者ごとに、コース前（フェーズ pre）に 1 行、コース後（フェーズ post）に 1 行。各設問で選んだ選択肢の文字を理解度テストの表記どおりに記入し、複数ある場合は a;c のように記入します。
kit-results-behaviour = 受講者・行動・観察日（最終セッションの 30 日後、60 日後、90 日後）ごとに 1 行。1（まったくない）から 5（常にある）までの評価と、観察者の役割を記入します。
# $course (text), $region (text): ids that name the file's place in the workspace
kit-results-kpi = 地域の業績データ。KPI と期間（2027-Q1 のような四半期、または 2027-03 のような月）ごとに 1 行で、results/kpi/{ $course }/{ $region }.csv として保存します。
kit-results-check = 保存後に glocal check を実行してください。誤りはすべて、ファイル名、行番号、列番号とともに報告されます。

## Staff pages: impact and quarterly reviews (SPEC 9)
impact = 効果測定
# $min (number): the smallest group a figure is shown for
impact-intro = 各開催回の評価で収集した結果を、Kirkpatrick モデルのレベル 1～4 で示します。{ $min } 人未満の集団に基づく数値は表示せず、そうした数値を割り出せてしまう数値も表示しません。
impact-adaptation = 調整率
impact-coverage = 翻訳率
impact-cohorts = 開催回
impact-cohort = 開催回
impact-last-session = 最終セッション
impact-respondents = 回答者数
impact-withheld = 非表示
impact-none = この地域の結果はまだありません。
impact-l1 = レベル 1：反応
impact-l1-chart = モジュール別の反応の平均
# $threshold (text): the flag threshold, such as 3.5
impact-l1-desc = 各モジュールについて、1～5 のすべての評価の平均値です。破線はしきい値 { $threshold } を示し、これを下回るモジュールには「要確認」が付きます。
impact-module = モジュール
impact-mean = 平均（1～5）
impact-flagged = 要確認
impact-l2 = レベル 2：知識
impact-l2-chart = 受講前後の理解度テスト
impact-l2-desc = 受講前と受講後に正しく回答された設問の平均割合です。
impact-pre = 受講前
impact-post = 受講後
impact-gain = 伸び
impact-question = 設問
impact-right = 受講後の正答率
impact-wrong-option = 最も多く選ばれた誤答
impact-l2-flagged = 受講後に正しく回答した受講者が半数に満たない設問には「要確認」が付きます。該当するレッスンの見直しが必要な可能性があります。
impact-l3 = レベル 3：行動
impact-l3-chart = 4 または 5 と評価された行動
impact-l3-desc = 最終セッションの 30 日後、60 日後、90 日後に観察した行動のうち、4（よくある）または 5（常にある）と評価されたものの割合です。
impact-behaviour = 行動
# $day (number): days after the cohort's last session
impact-day = { $day } 日後
impact-l4 = レベル 4：成果
impact-kpi = KPI
impact-baseline = 基準値
impact-target = 目標値
impact-period = 期間
impact-value = 実績値
impact-progress = 目標値に対する進捗
impact-course = 地域別の効果比較
impact-course-intro = 各地域の結果を、共通コアの調整の度合いや翻訳の進み具合と並べて示します。調整版のほうが良い結果を出しているでしょうか。
impact-region = 地域
impact-details = 詳細
impact-reviews = 四半期レビュー
# $quarter (text): a quarter such as 2027-Q2
review-title = 四半期レビュー { $quarter }
review-intro = 最終セッションが { $quarter } に行われた開催回と、その四半期の業績データを地域別に示します。
review-print = このレビューを印刷

## Staff page: LMS packages (SPEC 10)
status-lms = LMS パッケージ
status-lms-intro = コース・地域・言語ごとに1つの SCORM 1.2 パッケージを、サイトの隣にある lms フォルダーに出力します（サイトの中には出力しません）。各パッケージを SCORM 1.2 コースとして LMS にアップロードしてください。受講者ごとの進捗状況と、学習を中断した位置が LMS に報告されます。

## LMS package: the assessed knowledge check (SPEC 10)
assessment-title = 理解度テスト
# $count (number): how many questions; $score (number): the percentage needed to pass
assessment-intro = { $count ->
   *[other] 全{ $count }問。合格するには{ $score }%以上の正答が必要です。回答は送信したときに一度だけ記録されます。
}
assessment-submit = 回答を送信
# $score (number): the learner's score in percent
assessment-score = 得点は{ $score }%です。
assessment-passed = 合格です。
assessment-failed = 今回は不合格でした。復習すべきレッスンについて講師に相談してください。
assessment-unavailable = ここでは回答を採点できません。学習プラットフォームからコースを開いてください。
