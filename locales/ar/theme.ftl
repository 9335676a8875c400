# Strings of the built-in theme. Every locale under locales/ defines these same ids.

language-name = العربية
skip-to-content = الانتقال إلى المحتوى
footer-built-with = أُنشئ باستخدام glocal. يعمل دون اتصال بالإنترنت: افتح هذا المجلد في أي متصفح.
portal-intro = اختر دورة ومنطقة ولغة.

## Course pages

course-contents = محتويات الدورة
course-menu = قائمة الدورة
on-this-page = في هذه الصفحة
course-home = الصفحة الرئيسية للدورة
agenda = البرنامج الزمني
print-version = نسخة الدورة للطباعة
downloads = التنزيلات
pager = الدرس السابق والدرس التالي
audience = الفئة المستهدفة
objectives = أهداف التعلّم
modules = الوحدات
print-now = اطبع أو احفظ بصيغة PDF

# $minutes (number): a lesson's or activity's length
duration-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
# $hours, $minutes (numbers): a total time split in hours and minutes
duration-total = { $hours ->
    [0] المدة الإجمالية: { $minutes } د
   *[other] المدة الإجمالية: { $hours } س و{ $minutes } د
}

## Search

search = بحث
search-placeholder = ابحث في هذه الدورة
search-no-results = لا توجد نتائج

## Directives

activity = نشاط
materials = المواد اللازمة
trainer-note = ملاحظة للمدرّب
question = تحقّق من فهمك
question-check = تحقّق من الإجابة
question-reveal = اعرض الإجابة
question-select-one = اختر إجابة واحدة.
question-select-all = اختر كل الإجابات الصحيحة.
answer-correct = إجابة صحيحة
answer-wrong = ليس تمامًا. حاول مرة أخرى، أو اعرض الإجابة.
answer-shown = الإجابة الصحيحة مميّزة أعلاه. والسبب:
answer-right-option = الإجابة الصحيحة

## Agenda

agenda-time = الوقت
agenda-item = البند
agenda-minutes = الدقائق
# $hours, $minutes (numbers): a length of time split in hours and minutes
duration-hm = { $hours ->
    [0] { $minutes } د
   *[other] { $hours } س و{ $minutes } د
}
# $duration, $target (text): two lengths of time written with duration-hm
agenda-against-target = { $duration } من مدة مخططة قدرها { $target }
# $minutes (number): how much shorter than its target the session is
agenda-under-target = { $minutes ->
    [zero] تقل هذه الجلسة عن مدتها المستهدفة بـ{ $minutes } دقيقة.
    [one] تقل هذه الجلسة عن مدتها المستهدفة بدقيقة واحدة.
    [two] تقل هذه الجلسة عن مدتها المستهدفة بدقيقتين.
    [few] تقل هذه الجلسة عن مدتها المستهدفة بـ{ $minutes } دقائق.
    [many] تقل هذه الجلسة عن مدتها المستهدفة بـ{ $minutes } دقيقة.
   *[other] تقل هذه الجلسة عن مدتها المستهدفة بـ{ $minutes } دقيقة.
}
# $minutes (number): how far the session runs past its target
agenda-over-target = { $minutes ->
    [zero] تتجاوز هذه الجلسة مدتها المستهدفة بـ{ $minutes } دقيقة.
    [one] تتجاوز هذه الجلسة مدتها المستهدفة بدقيقة واحدة.
    [two] تتجاوز هذه الجلسة مدتها المستهدفة بدقيقتين.
    [few] تتجاوز هذه الجلسة مدتها المستهدفة بـ{ $minutes } دقائق.
    [many] تتجاوز هذه الجلسة مدتها المستهدفة بـ{ $minutes } دقيقة.
   *[other] تتجاوز هذه الجلسة مدتها المستهدفة بـ{ $minutes } دقيقة.
}
# $timezone (text): an IANA time zone such as Europe/Berlin
agenda-timezone = الأوقات بالتوقيت المحلي ({ $timezone }).
break = استراحة
lunch = استراحة الغداء

## Downloads

download-print-help = الدورة كاملة في صفحة واحدة، جاهزة للطباعة أو للحفظ بصيغة PDF.
download-agenda-csv = البرنامج الزمني (CSV)
download-agenda-csv-help = التسلسل الزمني المفصّل للجلسات، لفتحه في جدول بيانات.

## Adaptation

adaptation = ما غيّرته هذه المنطقة
# $region (text): the region's name
adaptation-title = كيف تكيّف منطقة { $region } الدورة
# $core, $adapted (numbers): percentages that add up to 100; $region (text)
adaptation-summary = { $core }% من المحتوى الأساسي العالمي، و{ $adapted }% مكيَّف لمنطقة { $region }
# $adapted, $budget (numbers): percentages
adaptation-share = نسبة التكييف: { $adapted }% من حدّ أقصى قدره { $budget }%.
adaptation-words-delivered = عدد كلمات النسخة النهائية
adaptation-words-regional = عدد الكلمات الإقليمية
adaptation-words-removed = الكلمات المحذوفة من المحتوى الأساسي
adaptation-kpis = القيم الأساسية والمستهدفة الإقليمية لمؤشرات الأداء الرئيسية
adaptation-excluded = دروس أساسية مستبعدة
adaptation-added-lesson = درس إقليمي
# $kind (text): replace, remove, append, after or before; $target (text): the title of a section or activity
adaptation-operation = { $kind ->
    [replace] استبدال «{ $target }»
    [remove] حذف «{ $target }»
    [append] إضافة إلى «{ $target }»
    [after] إضافة قسم بعد «{ $target }»
   *[before] إضافة قسم قبل «{ $target }»
}
adaptation-stale = بحاجة إلى مراجعة: تغيّر المحتوى الأساسي منذ آخر مراجعة
adaptation-core = المحتوى الأساسي
adaptation-regional = النسخة الإقليمية
# $target (text): the title of a section or activity
adaptation-compare = «{ $target }»: نص المحتوى الأساسي إلى جانب نسخة المنطقة، مع تمييز الكلمات التي تغيّرت
adaptation-variant = نسخة النشاط
kpi = مؤشر الأداء
kpi-baseline = القيمة الأساسية
kpi-target = القيمة المستهدفة

## Languages and regions

# $language (text): the name of the language the part is shown in
not-translated = لم يُترجَم هذا الجزء بعد، لذا يُعرض بلغة أخرى ({ $language }).
translation-stale = تغيّر النص الأصلي لهذا الجزء بعد ترجمته، لذا قد تكون الترجمة غير محدّثة.
switch-language = اللغة
switch-region = المنطقة
switch-region-language = باللغة: { $language }
# $region (text): a region's name
region-name = { $region }

## Status dashboard

status = الحالة
status-title = حالة التكييف والترجمة
status-intro = مدى تكييف كل منطقة للمحتوى الأساسي العالمي، ونسبة ما تُرجم من كل لغة.
status-introduction = المقدمة
status-over-budget = تجاوز الميزانية
status-kits = حقائب تدريب المدربين
status-kits-intro = حقيبة واحدة لكل دورة ومنطقة ولغة، للمدربين المعتمدين فقط: تضم كل حقيبة دليل الميسّر ومفاتيح الإجابات، ولذلك لا تُنشر على الموقع العام.
status-adaptation = التكييف حسب المنطقة
status-translation = الترجمة حسب اللغة
status-course = الدورة
status-region = المنطقة
status-language = اللغة
status-share = نسبة التكييف
status-budget = الحد الأقصى
status-stale-overlays = تعديلات إقليمية قديمة
status-translated = مُترجَم
status-stale = قديم
status-missing = ناقص
status-words-missing = كلمات تحتاج إلى ترجمة
status-messages-missing = نصوص ناقصة
status-core = أساسي
# $percent (number)
status-percent = { $percent }%

## Train-the-trainer kit

kit = حقيبة تدريب المدرّبين
# $region (text): a region's name
kit-regional = مكيَّف لمنطقة { $region }
kit-index-title = حقيبة تدريب المدرّبين
kit-index-intro = كل ما يحتاج إليه المدرّب المعتمد لتقديم هذه الدورة دون اتصال بالإنترنت: افتح أي ملف في المتصفح أو اطبعه.
kit-index-for = للمدرّبين الذين يقدّمون الدورة في هذه المنطقة وبهذه اللغة.
kit-index-how = كيفية تنفيذ البرنامج
kit-index-how-1 = قبل الدورة، ادرس دليل الميسّر والبرنامج الزمني جيدًا، وجهّز المواد الواردة في قائمة التحقق.
kit-index-how-2 = اطبع نسخة من كراسة المشارك لكل مشارك.
kit-index-how-3 = بعد كل وحدة، وزّع استبيان ردّ الفعل الخاص بها؛ وفي نهاية كل يوم، أجرِ اختبار المعرفة واحتفظ بمفتاح الإجابات لنفسك.
kit-index-how-4 = استخدم قائمة التحقق من السلوك بعد ٣٠ و٦٠ و٩٠ يومًا، وبطاقة مؤشرات الأداء، للمتابعة مع مدير كل مشارك.
kit-index-files = ملفات هذه الحقيبة
kit-facilitator-guide = دليل الميسّر
kit-participant-workbook = كراسة المشارك
kit-agenda = البرنامج الزمني
kit-agenda-csv = البرنامج الزمني (جدول بيانات)
kit-materials-checklist = قائمة التحقق من المواد
kit-l1 = المستوى ١: استبيان ردّ الفعل
kit-l2 = المستوى ٢: اختبار المعرفة
kit-l2-key = المستوى ٢: مفتاح الإجابات
kit-l3 = المستوى ٣: قائمة التحقق من السلوك
kit-l4 = المستوى ٤: بطاقة مؤشرات الأداء
kit-l4-csv = المستوى ٤: بطاقة مؤشرات الأداء (جدول بيانات)
kit-certification = قائمة التحقق لاعتماد المدرّبين
kit-manifest = ملف البيان (قائمة الملفات وقيم التجزئة)
kit-contents = المحتويات
kit-cover-region = المنطقة
kit-cover-language = اللغة
kit-cover-timezone = المنطقة الزمنية
kit-cover-length = المدة
# $count (number): how many sessions (days or half-days) the course is delivered in
kit-cover-sessions = { $count ->
    [zero] { $count } جلسة
    [one] جلسة واحدة
    [two] جلستان
    [few] { $count } جلسات
    [many] { $count } جلسة
   *[other] { $count } جلسة
}
kit-cover-audience = الفئة المستهدفة
kit-guide-how-title = كيفية استخدام هذا الدليل
kit-guide-how = تبدأ كل جلسة بتسلسلها الزمني المفصّل: المواعيد، وما يجري، وكيف، وبأي مواد. ويبدأ كل درس بإطار «لمحة سريعة» تقرؤه في الليلة السابقة؛ وفي الدرس يعرض كل نشاط وقت بدايته وخطواته ونقاشه الختامي، وفق النسخة المختارة لهذه المنطقة، وتأتي ملاحظات المدرّب بجانب المحتوى الذي تتعلّق به. والإجابات الصحيحة عن أسئلة التحقّق من الفهم مميّزة.
kit-run-of-show = التسلسل الزمني المفصّل
kit-what = المحتوى
kit-method = الأسلوب
kit-method-input = شرح ونقاش
kit-method-input-check = شرح ونقاش وسؤال للتحقّق من الفهم
kit-method-exercise = تمرين
kit-at-a-glance = لمحة سريعة
kit-purpose = الغرض
kit-timing = توزيع الوقت
kit-key-messages = الرسائل الرئيسية
kit-preparation = التحضير
kit-no-preparation = لا يلزم تحضير أي شيء غير هذا الدليل والقاعة.
# $region (text): a region's name
kit-variant = طريقة التنفيذ في منطقة { $region }:
kit-workbook-intro = هذه الكراسة لك. تضم التمارين وقوائم التحقق والأسئلة التي ستعمل عليها في الجلسات، مع مساحة للكتابة. احتفظ بها: فستعود إلى ملاحظاتك وخطة عملك بين الجلسات.
kit-workbook-team = الفريق
kit-workbook-trainer = المدرّب
kit-workbook-goals = ستتعلّم في هذا الدرس
kit-workbook-notes = ملاحظاتي وخطة عملي
kit-workbook-notes-prompt = ماذا ستجرّب مع فريقك قبل الجلسة القادمة؟
kit-name = الاسم
kit-date = التاريخ
kit-signature = التوقيع
kit-comments = ملاحظات
kit-module = الوحدة
kit-lesson = الدرس
kit-item = البند
kit-ready = جاهز
kit-question = السؤال
kit-answer = الإجابة
kit-explanation = الشرح
kit-l1-intro = يُرجى تقييم كل عبارة من ١ (لا أوافق إطلاقًا) إلى ٥ (أوافق بشدة).
reaction-relevance = كان المحتوى وثيق الصلة بعملي.
reaction-confidence = أشعر بالثقة في تطبيق ما تعلّمته.
reaction-trainer = قدّم المدرّب شرحًا واضحًا.
reaction-recommend = سأوصي زملائي بهذه الوحدة.
kit-l2-intro = اختر الإجابة الصحيحة. لبعض الأسئلة أكثر من إجابة صحيحة.
kit-l3-intro = لاحظ المشارك في أثناء عمله، وقيّم كل سلوك من ١ (أبدًا) إلى ٥ (دائمًا).
kit-l3-participant = رمز المشارك
kit-l3-observer = المراقِب (المدير المباشر أو زميل)
kit-l3-behaviour = السلوك
kit-l3-objectives = الأهداف
kit-l3-day = { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
kit-l4-intro = سجّل نتائج الفريق في كل مراجعة، وقارنها بالقيمة الأساسية والقيمة المستهدفة للمنطقة.
kit-l4-kpi = مؤشر الأداء
kit-l4-unit = وحدة القياس
kit-l4-baseline = القيمة الأساسية
kit-l4-target = القيمة المستهدفة
kit-l4-month = الشهر { $month }
kit-cert-intro = يجوز للمدرّب تقديم هذه الدورة منفردًا متى استوفى جميع المعايير وحضر كبير المدرّبين جلسة تدريب تجريبية يقدّمها.
kit-cert-criteria = المعايير
kit-cert-met = مستوفى
kit-cert-rubric = ملاحظة الجلسة التدريبية التجريبية
kit-cert-rubric-1 = يشرح غرض الوحدة وأهدافها بوضوح.
kit-cert-rubric-2 = ينفّذ النشاط وفق نسخة المنطقة ويلتزم بالوقت المحدد.
kit-cert-rubric-3 = يطرح أسئلة مفتوحة ويتعامل مع الإجابات والاعتراضات باحترام.
kit-cert-rubric-4 = يربط المحتوى بعمل المشاركين أنفسهم وبالأنظمة المحلية.
kit-cert-rubric-5 = يتحقّق من الفهم باختبار المعرفة ويختتم بخطوات تالية واضحة.
kit-cert-score = الدرجة (من ١ إلى ٤)
kit-cert-trainer = المدرّب
kit-cert-observer = كبير المدرّبين
kit-total = المجموع
# $kib (number): a file's size in kibibytes
download-size = { $kib } كيلوبايت
download-source-hash = قيمة التجزئة للملفات المصدر

## Cohorts: one delivery of a course on real dates (learner pages)
cohorts = المواعيد والأماكن
cohorts-intro = كل دفعة هي تنفيذ واحد لهذه الدورة في مواعيد خاصة بها، ويقدّمها مدرّبون معتمدون.
# $count (number): how many sessions (days) the cohort meets
cohort-sessions-count = { $count ->
    [zero] { $count } جلسة
    [one] جلسة واحدة
    [two] جلستان
    [few] { $count } جلسات
    [many] { $count } جلسة
   *[other] { $count } جلسة
}
delivery-in-person = حضوري
delivery-virtual = عبر الإنترنت
delivery-hybrid = حضوري وعبر الإنترنت
cohort-dates = التواريخ
cohort-where = المكان
cohort-join = طريقة الانضمام
cohort-join-link = انضم إلى الجلسة عبر الإنترنت
cohort-trainers = المدرّبون
role-lead = المدرّب الرئيسي
role-co-trainer = المدرّب المشارك
cohort-calendar = أضف جميع الجلسات إلى تقويمك (.ics)
cohort-calendar-help = لبرنامج Outlook أو تقويم Google أو تقويم Apple، مع وقت كل جلسة ومكانها ومنطقتها الزمنية.
# $timezone (text): an IANA time zone name, such as Europe/Berlin
cohort-timezone = جميع الأوقات بالتوقيت المحلي للمنطقة الزمنية { $timezone }.
# $zone (text): the reader's own time zone, such as America/New_York, filled in by the page's script
cohort-your-zone = بين القوسين: الأوقات نفسها بحسب منطقتك الزمنية ({ $zone }).
cohort-your-time = بتوقيتك
# $number (number): the session's position in the cohort
cohort-session = الجلسة { $number }
# $course (text), $region (text): the course title and the region's name
cohort-default-title = { $course }، { $region }
cohort-full-agenda = البرنامج الزمني بجميع أنشطته
# $count (number): people taking part
cohort-participants = { $count ->
    [zero] { $count } مشارك
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}

## Staff page: cohorts and the trainer network
status-deliveries = الدفعات وشبكة المدرّبين
status-deliveries-intro = جميع الدفعات حسب المنطقة مع تواريخها ومدرّبيها، وجميع المدرّبين مع اعتماداتهم. شغّل `glocal status` لمعرفة الاعتمادات التي تنتهي صلاحيتها قريبًا.
status-cohorts = الدفعات
status-cohort = الدفعة
status-delivery = طريقة التقديم
status-dates = التواريخ
status-lead = المدرّب الرئيسي
status-co-trainers = المدرّبون المشاركون
status-participants = المشاركون
status-trainers = شبكة المدرّبين
status-trainer = المدرّب
status-trainer-regions = المناطق
status-trainer-languages = اللغات
status-certifications = الاعتمادات
# $from (text), $until (text): dates; the certification is valid from the first through the second
status-certified-range = من { $from } إلى { $until }
status-leads = مدرّب رئيسي في
status-none = لا يوجد

## Kit: results templates (SPEC 9)
kit-results = قوالب النتائج
kit-results-intro = بعد كل دفعة، أدخِل ما جمعته أدوات التقييم في هذه الملفات مع الإبقاء على صفوف العناوين، واحفظها في مساحة العمل باسم results/<cohort id>/reaction.csv وknowledge.csv وbehaviour.csv. يتحقّق glocal منها ويحوّلها إلى صفحات قياس الأثر والمراجعات ربع السنوية.
kit-results-codes = امنح كل مشارك رمزًا مستعارًا، مثل p07، واستخدم الرمز نفسه في جميع الملفات. لا تكتب أبدًا اسمًا أو عنوان بريد إلكتروني.
kit-results-reaction = صف واحد لكل مشارك ووحدة (اترك خانة الوحدة فارغة عند تقييم الدورة ككل)، مع تقييم كل سؤال من 1 إلى 5. تعني الخلية الفارغة عدم وجود إجابة. تبقى الملاحظات في الملف ولا تُنشر أبدًا.
kit-results-knowledge = صف واحد لكل مشارك قبل الدورة (المرحلة pre) وصف آخر بعدها (المرحلة post)، مع الحروف المختارة لكل سؤال كما تظهر في اختبار المعرفة، وتُكتب الحروف المتعددة بالشكل a;c.
kit-results-behaviour = صف واحد لكل مشارك وسلوك ويوم ملاحظة (بعد 30 أو 60 أو 90 يومًا من آخر جلسة)، مع التقييم من 1 (أبدًا) إلى 5 (دائمًا) ودور المراقِب.
# $course (text), $region (text): ids that name the file's place in the workspace
kit-results-kpi = أرقام الأعمال الخاصة بالمنطقة، صف واحد لكل مؤشر أداء وفترة (ربع سنة مثل 2027-Q1، أو شهر مثل 2027-03)، وتُحفظ باسم results/kpi/{ $course }/{ $region }.csv.
kit-results-check = شغّل glocal check بعد الحفظ: يُبلَّغ عن كل خطأ مع ذكر الملف والسطر والعمود.

## Staff pages: impact and quarterly reviews (SPEC 9)
impact = قياس الأثر
# $min (number): the smallest group a figure is shown for
impact-intro = ما جمعته تقييمات الدفعات على مستويات Kirkpatrick من ١ إلى ٤. لا يُعرض أي رقم مستمد من مجموعة يقل عدد أفرادها عن { $min }، ولا أي رقم قد يكشف مثل هذا الرقم.
impact-adaptation = نسبة التكييف
impact-coverage = نسبة ما تُرجم
impact-cohorts = الدفعات
impact-cohort = الدفعة
impact-last-session = آخر جلسة
impact-respondents = عدد المستجيبين
impact-withheld = محجوب
impact-none = لا توجد نتائج لهذه المنطقة بعد.
impact-l1 = المستوى ١: ردّ الفعل
impact-l1-chart = متوسط ردّ الفعل حسب الوحدة
# $threshold (text): the flag threshold, such as 3.5
impact-l1-desc = متوسط جميع الدرجات من ١ إلى ٥ لكل وحدة. يمثّل الخط المتقطع الحدّ البالغ { $threshold }: وتُميَّز الوحدات التي تقل عنه بتنبيه.
impact-module = الوحدة
impact-mean = المتوسط (من ١ إلى ٥)
impact-flagged = تنبيه
impact-l2 = المستوى ٢: المعرفة
impact-l2-chart = اختبار المعرفة قبل الدورة وبعدها
impact-l2-desc = متوسط نسبة الأسئلة التي أُجيب عنها إجابةً صحيحة قبل الدورة وبعدها.
impact-pre = قبل
impact-post = بعد
impact-gain = التحسّن
impact-question = السؤال
impact-right = الإجابات الصحيحة بعد الدورة
impact-wrong-option = الخيار الخاطئ الأكثر اختيارًا
impact-l2-flagged = يُميَّز بتنبيه كل سؤال أجاب عنه إجابةً صحيحة أقلُّ من نصف المشاركين بعد الدورة: فقد يحتاج الدرس المرتبط به إلى مراجعة.
impact-l3 = المستوى ٣: السلوك
impact-l3-chart = السلوكيات المقيَّمة بـ ٤ أو ٥
impact-l3-desc = نسبة السلوكيات الملاحَظة التي قُيّمت بـ ٤ (غالبًا) أو ٥ (دائمًا)، بعد ٣٠ و٦٠ و٩٠ يومًا من آخر جلسة.
impact-behaviour = السلوك
# $day (number): days after the cohort's last session
impact-day = اليوم { $day }
impact-l4 = المستوى ٤: النتائج
impact-kpi = مؤشر الأداء
impact-baseline = القيمة الأساسية
impact-target = القيمة المستهدفة
impact-period = الفترة
impact-value = القيمة
impact-progress = التقدّم نحو القيمة المستهدفة
impact-course = الأثر عبر المناطق
impact-course-intro = نتائج كل منطقة إلى جانب مدى تكييفها للمحتوى الأساسي ونسبة ما تُرجم منه: هل تحقّق النسخة المكيَّفة نتائج أفضل؟
impact-region = المنطقة
impact-details = التفاصيل
impact-reviews = المراجعات ربع السنوية
# $quarter (text): a quarter such as 2027-Q2
review-title = المراجعة ربع السنوية { $quarter }
review-intro = الدفعات التي عُقدت جلستها الأخيرة في الربع { $quarter }، وأرقام الأعمال لذلك الربع، منطقةً تلو الأخرى.
review-print = اطبع هذه المراجعة

## Staff page: LMS packages (SPEC 10)
status-lms = حزم LMS
status-lms-intro = حزمة SCORM 1.2 واحدة لكل دورة ومنطقة ولغة، تُكتب في المجلد lms بجانب الموقع (ولا تُكتب داخله أبدًا). ارفع كل حزمة إلى نظام إدارة التعلّم (LMS) بوصفها دورة SCORM 1.2؛ وستُبلغ النظام بتقدّم كل مشارك وبالموضع الذي توقّف عنده.

## LMS package: the assessed knowledge check (SPEC 10)
assessment-title = اختبار المعرفة
# $count (number): how many questions; $score (number): the percentage needed to pass
assessment-intro = { $count ->
    [zero] { $count } سؤال. تحتاج إلى { $score }% للنجاح. تُسجَّل إجاباتك مرة واحدة فقط، عند إرسالها.
    [one] سؤال واحد. تحتاج إلى { $score }% للنجاح. تُسجَّل إجاباتك مرة واحدة فقط، عند إرسالها.
    [two] سؤالان. تحتاج إلى { $score }% للنجاح. تُسجَّل إجاباتك مرة واحدة فقط، عند إرسالها.
    [few] { $count } أسئلة. تحتاج إلى { $score }% للنجاح. تُسجَّل إجاباتك مرة واحدة فقط، عند إرسالها.
    [many] { $count } سؤالًا. تحتاج إلى { $score }% للنجاح. تُسجَّل إجاباتك مرة واحدة فقط، عند إرسالها.
   *[other] { $count } سؤال. تحتاج إلى { $score }% للنجاح. تُسجَّل إجاباتك مرة واحدة فقط، عند إرسالها.
}
assessment-submit = أرسل إجاباتي
# $score (number): the learner's score in percent
assessment-score = نتيجتك: { $score }%.
assessment-passed = اجتزت الاختبار.
assessment-failed = لم تجتز الاختبار هذه المرة: تحدّث مع مدرّبك عن الدروس التي ينبغي مراجعتها.
assessment-unavailable = لا يمكن تصحيح إجاباتك هنا: افتح الدورة من منصة التعلّم الخاصة بك.
