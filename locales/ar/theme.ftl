# Strings of the built-in theme. Every locale under locales/ defines these same ids.

language-name = العربية
skip-to-content = الانتقال إلى المحتوى
footer-built-with = أُنشئ باستخدام glocal. يعمل دون اتصال بالإنترنت: افتح هذا المجلد في أي متصفح.
portal-intro = اختر دورة ومنطقة ولغة.

## Course pages

course-contents = محتويات الدورة
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
question-select-one = اختر إجابة واحدة.
question-select-all = اختر كل الإجابات الصحيحة.
answer-correct = إجابة صحيحة
answer-wrong = ليس تمامًا: اطّلع على الشرح وحاول مرة أخرى.

## Agenda

agenda-time = الوقت
agenda-item = البند
agenda-minutes = الدقائق
# $minutes (number): the session's target length
agenda-target = { $minutes ->
    [zero] المدة المستهدفة: { $minutes } دقيقة
    [one] المدة المستهدفة: دقيقة واحدة
    [two] المدة المستهدفة: دقيقتان
    [few] المدة المستهدفة: { $minutes } دقائق
    [many] المدة المستهدفة: { $minutes } دقيقة
   *[other] المدة المستهدفة: { $minutes } دقيقة
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
# $kind (text): replace, remove, append, after or before; $target (text): a section id
adaptation-operation = { $kind ->
    [replace] استبدال { $target }
    [remove] حذف { $target }
    [append] إضافة إلى { $target }
    [after] إضافة قسم بعد { $target }
   *[before] إضافة قسم قبل { $target }
}
adaptation-stale = بحاجة إلى مراجعة: تغيّر المحتوى الأساسي منذ آخر مراجعة
adaptation-core = المحتوى الأساسي
adaptation-regional = النسخة الإقليمية
kpi = مؤشر الأداء
kpi-baseline = القيمة الأساسية
kpi-target = القيمة المستهدفة

## Languages and regions

# $language (text): the name of the language the part is shown in
not-translated = لم يُترجَم هذا الجزء بعد، لذا يُعرض بلغة أخرى ({ $language }).
translation-stale = تغيّر النص الأصلي لهذا الجزء بعد ترجمته، لذا قد تكون الترجمة غير محدّثة.
switch-language = اللغة
switch-region = المنطقة
# $region (text): a region's name
region-name = { $region }

## Status dashboard

status = الحالة
status-title = حالة التكييف والترجمة
status-intro = مدى تكييف كل منطقة للمحتوى الأساسي العالمي، ونسبة ما تُرجم من كل لغة.
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
