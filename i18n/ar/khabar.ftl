# واجهة خبر بالعربية الفصحى. الأعداد بصيغ الجمع الست (CLDR): zero, one, two, few, many, other.
pane-library = المكتبة ({ $count })
pane-feeds = الخلاصات
feeds-saved = المحفوظات
feeds-unread = { $count -> 
    [zero] لا مقالات غير مقروءة
    [one] مقال واحد غير مقروء
    [two] مقالان غير مقروءين
    [few] { $count } مقالات غير مقروءة
    [many] { $count } مقالًا غير مقروء
   *[other] { $count } مقال غير مقروء
}
pane-quotes = اقتباسات ({ $count })
pane-read-also = اقرأ أيضًا
pane-links = الروابط ({ $pos })
pane-help = مساعدة: المفاتيح
mode-help = مساعدة
mode-links = روابط
mode-search = بحث
mode-body = النص
mode-quotes = اقتباسات
mode-read-also = اقرأ أيضًا
mode-library = المكتبة
order-logical = الترتيب المنطقي
bidi-warning = ⚠ { $count -> 
    [zero] لا رموز تحكم اتجاهية
    [one] رمز تحكم اتجاهي واحد
    [two] رمزا تحكم اتجاهيان
    [few] { $count } رموز تحكم اتجاهية
    [many] { $count } رمز تحكم اتجاهيًا
   *[other] { $count } رمز تحكم اتجاهي
}، { $key }: { $order -> 
    [logical] الترتيب المنطقي
   *[visual] الترتيب المرئي
}
bidi-places = — في { $places }
list-separator = {"، "}
spoof-headline = العنوان
spoof-byline = سطر المصدر
spoof-paragraph = الفقرة { $n }
spoof-quote = الاقتباس { $n }
spoof-link = الرابط { $n }
spoof-footer = التذييل
summary-only = ملخص فقط
summary-only-key = ملخص فقط، { $key }: المقال كاملًا
history = السجل { $pos }
jobs = { $count -> 
    [zero] لا مهام
    [one] مهمة واحدة
    [two] مهمتان
    [few] { $count } مهام
    [many] { $count } مهمة
   *[other] { $count } مهمة
}
loading = جارٍ تحميل { $what } … { $secs } ث ({ $key } للإلغاء)
link-target = رابط { $pos } ← { $target }
link-unresolved = رابط { $pos }: { $text } (ليس في المكتبة)
search-none = لا نتائج
search-match = نتيجة { $pos }
search-wrapped = عاد البحث إلى البداية
search-mode-folded = موحَّد
search-mode-loose = واسع
search-mode-exact = مطابق
too-small = الطرفية صغيرة جدًا
links-none = لا رابط يطابق التصفية
links-hints = اكتب للتصفية · { $move } تنقّل · { $follow } فتح · { $close } إغلاق
links-filter = تصفية:
hint-scroll = تمرير
hint-page = صفحة
hint-article = مقال
hint-library = المكتبة
hint-pane = لوحة
hint-link = رابط
hint-back = رجوع
hint-links = الروابط
hint-search = بحث
hint-help = مساعدة
hint-quit = خروج
hint-keep = إبقاء
hint-cancel = إلغاء
hint-mode = الوضع
hint-history = السجل
hint-move = تنقّل
hint-follow = فتح
hint-close = إغلاق
# نافذة المساعدة: رسالة لكل صف من جدول المفاتيح.
help-down = تمرير سطر إلى الأسفل / العنصر التالي
help-up = تمرير سطر إلى الأعلى / العنصر السابق
help-page-down = صفحة إلى الأسفل
help-page-up = صفحة إلى الأعلى
help-half-down = نصف صفحة إلى الأسفل
help-half-up = نصف صفحة إلى الأعلى
help-top = الانتقال إلى البداية
help-bottom = الانتقال إلى النهاية
help-next-article = المقال التالي في المكتبة (مع العودة إلى الأول)
help-prev-article = المقال السابق في المكتبة
help-library = إظهار لوحة المكتبة أو إخفاؤها
help-side = إظهار عمود الاقتباسات و«اقرأ أيضًا» أو إخفاؤه
help-bidi = الترتيب المرئي أو المنطقي (يكشف خدع رموز التحكم الاتجاهية)
help-toggle-read = الاشتراكات: تعليم العنصر مقروءًا أو غير مقروء
help-save = حفظ العنصر لوقت لاحق (مرة أخرى: إلغاء الحفظ)؛ أي مقال آخر: الاحتفاظ به في المخزن
help-refresh = الاشتراكات: تحديث كل الخلاصات في الخلفية
help-add-feed = الاشتراك في عنوان (خلاصة، أو صفحة تذكر خلاصتها)
help-focus-next = التركيز على اللوحة التالية (النص، الاقتباسات، اقرأ أيضًا، المكتبة)
help-focus-prev = التركيز على اللوحة السابقة
help-next-link = التركيز على الرابط التالي (النص ثم «اقرأ أيضًا»، مع الدوران)
help-prev-link = التركيز على الرابط السابق
help-activate = فتح الرابط / الانتقال إلى الاقتباس / فتح المقال
help-follow-1 = فتح رابط «اقرأ أيضًا» من 1 إلى 9
help-back = العودة إلى المقال السابق حيث توقفت
help-forward = التقدم من جديد
help-right = رجوع، مثل Backspace
help-left = اتباع الرابط / الفتح، مثل Enter
help-links = عرض كل الروابط (اكتب للتصفية، Enter للفتح)
help-open = فتح الرابط المحدد (أو المقال) في المتصفح
help-copy = نسخ عنوان الرابط المحدد أو الاقتباس (OSC 52)
help-search = البحث أثناء الكتابة (re: لتعبير نمطي)
help-search-next = النتيجة التالية (مع الدوران)
help-search-prev = النتيجة السابقة
help-help = عرض هذه المساعدة
help-close = إغلاق لوحة المكتبة / مسح البحث
help-quit = خروج
help-suspend = التعليق والعودة إلى الصدفة (fg للاستئناف)
help-redraw = إعادة رسم الشاشة
help-search-search-confirm = البحث: إبقاء الاستعلام
help-search-search-cancel = البحث: إلغاء والعودة إلى حيث كنت
help-search-search-mode = البحث: وضع التوحيد (موحَّد، واسع، مطابق)
help-search-history-prev = البحث: الاستعلام السابق في الجلسة
help-search-history-next = البحث: الاستعلام التالي في الجلسة
help-search-delete-back = البحث: حذف حرف
help-search-clear-query = البحث: مسح الاستعلام
help-links-down = الروابط: العنصر التالي
help-links-up = الروابط: العنصر السابق
help-links-page-down = الروابط: صفحة إلى الأسفل
help-links-page-up = الروابط: صفحة إلى الأعلى
help-links-activate = الروابط: فتح الرابط المحدد
help-links-close = الروابط: إغلاق القائمة
help-links-delete-back = الروابط: حذف حرف من التصفية
help-links-clear-query = الروابط: مسح التصفية
help-help-down = تمرير المساعدة إلى الأسفل
help-help-up = تمرير المساعدة إلى الأعلى
help-help-close = إغلاق المساعدة
help-help-page-down = صفحة من المساعدة إلى الأسفل
help-help-page-up = صفحة من المساعدة إلى الأعلى
help-help-top = الانتقال إلى بداية المساعدة
help-help-bottom = الانتقال إلى نهاية المساعدة
help-help-search = البحث في المساعدة (مع التطبيع؛ Enter يُبقيه، Esc يلغيه)
help-help-search-next = النتيجة التالية في المساعدة (مع الدوران)
help-help-search-prev = النتيجة السابقة في المساعدة
help-find = بحث: { $query } · { $result }
note-not-subscribed = { $m } و{ $s } و{ $r } تعمل على الاشتراكات (khabar add URL)
note-updating = جارٍ التحديث…
note-not-stored = ليس عنصرًا من المخزن
note-marked-read = عُلِّم مقروءًا
note-marked-unread = عُلِّم غير مقروء
note-saved = حُفظ لوقت لاحق
note-unsaved = أُلغي الحفظ
note-read-only = المخزن هنا للقراءة فقط: تبقى العلامات حتى يُغلَق khabar
note-marks-busy = { $count ->
    [one] علامة واحدة تنتظر
    [two] علامتان تنتظران
    [few] { $count } علامات تنتظر
    [many] { $count } علامةً تنتظر
   *[other] { $count } علامة تنتظر
}: نسخة أخرى من khabar تكتب في المخزن، وستُكتب حين يفرغ
note-marks-failed = العلامات تنتظر: { $error }
note-already-updating = التحديث جارٍ بالفعل
note-update-progress = جارٍ التحديث { $progress }…
note-update-failed = فشل التحديث: { $error }
note-list-failed = تعذّر سرد العناصر: { $error }
note-body-failed = تعذّرت قراءة هذا العنصر من المخزن: { $error }
# رسائل سطر الحالة في القارئ (src/app): ما فعله مفتاح، أو لماذا لم يستطع.
status-opening = جارٍ فتح { $url }
status-opened = فُتح { $url } بواسطة { $program }
status-not-opened = لم يُفتح: { $why }
status-open-no-browser = لم يُفتح: لا متصفح (اضبط $BROWSER)
status-open-cannot-run = لم يُفتح: تعذّر تشغيل { $program }: { $error }
status-open-exited = لم يُفتح: انتهى { $program } بالحالة { $code }
status-open-exited-said = لم يُفتح: انتهى { $program } بالحالة { $code }: { $stderr }
status-open-signal = لم يُفتح: أُنهي { $program } بإشارة
status-open-signal-said = لم يُفتح: أُنهي { $program } بإشارة: { $stderr }
copy-what-quote = الاقتباس
copy-what-link = عنوان الرابط
copy-what-article = عنوان المقال
copy-whole = { $what } ({ $count -> 
    [zero] لا أحرف
    [one] حرف واحد
    [two] حرفان
    [few] { $count } أحرف
    [many] { $count } حرفًا
   *[other] { $count } حرف
})
copy-cut = أول { $count } ك.ب من { $what } (حدّ الحافظة)
status-copied = نُسخ { $what } عبر OSC 52
status-not-copied = لم يُنسخ: { $why }
status-no-quote = لا اقتباس محدد
status-nothing-to-copy = لا شيء لنسخه: حدّد رابطًا ({ $tab }) أو اقتباسًا ({ $pane })
status-no-link-no-address = لا رابط محدد، وليس للمقال عنوان ({ $tab } يحدد رابطًا)
status-link-no-address = ليس لهذا الرابط عنوان
status-a-file = { $name } ملف، لا عنوان ويب
status-no-earlier = لا مقال قبله
status-no-later = لا مقال بعده
status-no-links = لا روابط في هذا المقال
status-links-wrapped = عادت الروابط إلى البداية
status-link-here = هذا الرابط يقود إلى هذا المقال نفسه
status-not-followed = لم يُتبع: { $why }
status-full-not-loaded = لم يُحمَّل المقال كاملًا: { $why }
status-full-loaded = المقال كاملًا، محمّلًا من عنوانه
status-closest = ليس في المكتبة؛ أقرب عنوان: { $headline }
status-no-title = لا مقال في المكتبة يطابق «{ $title }»
status-no-article-in = لا مقال في { $what }
status-no-read-also = لا روابط «اقرأ أيضًا» في هذا المقال
status-no-read-also-n = لا رابط «اقرأ أيضًا» رقم { $n }: { $count -> 
    [zero] لا روابط
    [one] يوجد رابط واحد
    [two] يوجد رابطان
    [few] توجد { $count } روابط
    [many] يوجد { $count } رابطًا
   *[other] يوجد { $count } رابط
}
status-cancelled = أُلغي تحميل { $what }
status-no-link-focused = لا رابط محدد ({ $tab } يحدد الرابط التالي)
first-run-headline = لا اشتراكات بعد
first-run-body = لا اشتراكات في هذا المخزن ({ $file }) بعد. لإضافة خلاصة اضغط { $add } واكتب عنوانها؛ ويكفي عنوان صفحة ويب تذكر خلاصتها.
first-run-commands = من سطر الأوامر: khabar add URL يشترك في خلاصة، وkhabar import FILE.opml يجلب اشتراكات قارئ آخر.
first-run-try = وإلى ذلك الحين، تلي هذه الملاحظةَ المقالاتُ المرفقة للتجربة: { $next } يفتح التالي منها.
no-items-headline = لا عناصر بعد
no-items-body = { $count -> 
    [zero] لا اشتراكات
    [one] اشتراك واحد
    [two] اشتراكان
    [few] { $count } اشتراكات
    [many] { $count } اشتراكًا
   *[other] { $count } اشتراك
}، ولا عناصر بعد. اضغط { $key } لجلبها (أو شغّل khabar update).
prompt-add-title = الاشتراك في: عنوان خلاصة، أو عنوان صفحة
status-subscribing = جارٍ الاشتراك في { $url }…
status-subscribed = تم الاشتراك في { $feed }: { $count -> 
    [zero] لا عناصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}
status-not-subscribed = لم يتم الاشتراك: { $why }
status-keeping = جارٍ الاحتفاظ بالمقال في المخزن…
status-kept = احتُفظ به في المخزن، محفوظًا
status-not-kept = لم يُحتفظ به: { $why }
status-no-store = لا مخزن للكتابة فيه (مجلده غير معروف: استخدم { $option })

## The library pane: filter, order, headings, bulk marks, search of everything.
mode-filter = تصفية
mode-question = سؤال
mode-address = عنوان
hint-filter = تصفية
hint-unread = غير المقروء
hint-sort = ترتيب
hint-yes = نعم
hint-no = لا
help-library-search-all = المكتبة: البحث في كل المقالات (Enter يفتح المقال عند النتيجة)
help-library-library-filter = المكتبة: التصفية أثناء الكتابة (العنوان، الخلاصة، الكاتب)
help-library-unread-only = المكتبة: غير المقروء وحده أو الكل (مثل `l` في newsboat)
help-library-sort-next = المكتبة: الترتيب بالتاريخ، بالخلاصة، بالعنوان، غير المقروء أولًا
help-library-toggle-groups = المكتبة: العناصر تحت عنوان خلاصتها، أو قائمة واحدة
help-library-mark-feed-read = المكتبة: تعليم الخلاصة المحددة مقروءة (بعد السؤال)
help-library-mark-all-read = المكتبة: تعليم كل العناصر مقروءة (بعد السؤال)
help-filter-search-confirm = موجّه المكتبة: إبقاء التصفية / البحث
help-filter-search-cancel = موجّه المكتبة: التخلي عنه
help-filter-delete-back = موجّه المكتبة: حذف حرف
help-filter-clear-query = موجّه المكتبة: مسحه
help-confirm-confirm = سؤال: نعم
help-confirm-close = سؤال: لا
sort-date = الأحدث أولًا
sort-feed = بالخلاصة
sort-title = بالعنوان
sort-unread-first = غير المقروء أولًا
note-sorted = الترتيب: { $order }
note-nothing-unread = لا شيء غير مقروء لتعليمه
note-marked-none = لم يُعلَّم شيء
note-marked-all-read = { $count -> 
    [zero] لم يُعلَّم أي عنصر مقروءًا
    [one] عُلِّم عنصر واحد مقروءًا
    [two] عُلِّم عنصران مقروءين
    [few] عُلِّمت { $count } عناصر مقروءة
    [many] عُلِّم { $count } عنصرًا مقروءًا
   *[other] عُلِّم { $count } عنصر مقروءًا
}
ask-mark-feed-read = { $count -> 
    [zero] لا عناصر غير مقروءة
    [one] تعليم العنصر غير المقروء الوحيد
    [two] تعليم العنصرين غير المقروءين
    [few] تعليم { $count } عناصر غير مقروءة
    [many] تعليم { $count } عنصرًا غير مقروء
   *[other] تعليم { $count } عنصر غير مقروء
} من { $feed } مقروءًا؟ { $yes }/{ $no }
ask-mark-all-read = { $count -> 
    [zero] لا عناصر غير مقروءة
    [one] تعليم العنصر غير المقروء الوحيد
    [two] تعليم العنصرين غير المقروءين
    [few] تعليم { $count } عناصر غير مقروءة
    [many] تعليم { $count } عنصرًا غير مقروء
   *[other] تعليم { $count } عنصر غير مقروء
} مقروءًا؟ { $yes }/{ $no }
library-filter = تصفية
library-filter-waits = جارٍ الفهرسة…
library-search = البحث في الكل
library-searching = جارٍ البحث عن { $query }…
library-indexing = { $count ->
    [zero] لا مقالات للفهرسة، ثم البحث عن { $query }…
    [one] جارٍ فهرسة مقال واحد، ثم البحث عن { $query }…
    [two] جارٍ فهرسة مقالين، ثم البحث عن { $query }…
    [few] جارٍ فهرسة { $count } مقالات، ثم البحث عن { $query }…
    [many] جارٍ فهرسة { $count } مقالًا، ثم البحث عن { $query }…
   *[other] جارٍ فهرسة { $count } مقال، ثم البحث عن { $query }…
}
library-found = { $count -> 
    [zero] لا مقالات فيها { $query }
    [one] مقال واحد فيه { $query }
    [two] مقالان فيهما { $query }
    [few] { $count } مقالات فيها { $query }
    [many] { $count } مقالًا فيها { $query }
   *[other] { $count } مقال فيها { $query }
}
library-unread-only = غير المقروء وحده
library-articles = { $count ->
    [zero] لا مقالات
    [one] مقال واحد
    [two] مقالان
    [few] { $count } مقالات
    [many] { $count } مقالًا
   *[other] { $count } مقال
}
# مخرجات الأوامر (src/feeds_cli.rs و src/subscribe/progress.rs) والملاحظة حين لا عناصر في المخزن.
cli-subscribed = اشتركت في { $name } برقم { $id }؛ الأمر khabar update يجلبها
cli-unsubscribed = أُلغي الاشتراك في { $name } ({ $url })
cli-no-feeds = لا اشتراكات بعد: khabar add URL، أو khabar import FILE.opml
cli-no-feeds-to-update = لا اشتراكات لتحديثها: khabar add URL، أو khabar import FILE.opml
cli-feed-unread = { $pos } غير مقروءة
cli-not-fetched = لم تُجلب بعد
cli-last-failed = فشل آخر تحديث: { $error }
cli-imported = { $added ->
    [zero] لم تُستورد أي خلاصة
    [one] استُوردت خلاصة واحدة
    [two] استُوردت خلاصتان
    [few] استُوردت { $added } خلاصات
    [many] استُوردت { $added } خلاصةً
   *[other] استُوردت { $added } خلاصة
} (مشترك فيها من قبل: { $known }، متروكة: { $skipped })؛ الأمر khabar update يجلبها
update-summary = { $feeds ->
    [zero] لا خلاصات
    [one] خلاصة واحدة
    [two] خلاصتان
    [few] { $feeds } خلاصات
    [many] { $feeds } خلاصةً
   *[other] { $feeds } خلاصة
}: { $new ->
    [zero] لا عناصر جديدة
    [one] عنصر جديد واحد
    [two] عنصران جديدان
    [few] { $new } عناصر جديدة
    [many] { $new } عنصرًا جديدًا
   *[other] { $new } عنصر جديد
}، تغيّرت: { $changed }، بلا تعديل: { $unmodified }، فشلت: { $failed }
update-new = { $new ->
    [zero] لا جديد
    [one] عنصر جديد واحد
    [two] عنصران جديدان
    [few] { $new } عناصر جديدة
    [many] { $new } عنصرًا جديدًا
   *[other] { $new } عنصر جديد
}
update-new-changed = جديدة: { $new }، تغيّرت: { $changed }
update-not-modified = بلا تعديل
update-disk-full = { $file }: القرص الذي يحمل المخزن ممتلئ: لم تُكتب الخلاصات التي فشلت، والمخزن يحوي ما كان يحويه قبلها
cli-import-skipped = { $file }: تُخطّي { $address }: { $reason }
opml-title = اشتراكات khabar
update-failed = فشلت: { $error }
note-update-stopped = توقّف التحديث قبل أن يكتمل
cli-no-date = بلا تاريخ
cli-unread = غير مقروء
cli-search-none = لا عنصر مخزَّن يطابق
cli-vacuumed = { $dropped ->
    [zero] لم يُحذف أي عنصر
    [one] حُذف عنصر واحد
    [two] حُذف عنصران
    [few] حُذفت { $dropped } عناصر
    [many] حُذف { $dropped } عنصرًا
   *[other] حُذف { $dropped } عنصر
}؛ وضُغط المخزن { $file }
dump-matches = { $count ->
    [zero] لا تطابقات
    [one] تطابق واحد
    [two] تطابقان
    [few] { $count } تطابقات
    [many] { $count } تطابقًا
   *[other] { $count } تطابق
}
cli-paths-and-subcommand = { $paths } قبل أمر فرعي: أعطِ الملفات للقارئ أو لأمر فرعي، لا لكليهما
cli-already-subscribed = مشترك من قبل: { $url }
cli-no-match = لا اشتراك يطابق «{ $what }» (انظر khabar feeds)
cli-ambiguous = «{ $what }» يطابق عدة اشتراكات ({ $count })؛ سمِّ واحدًا بعنوانه أو رقمه
problems-more = { $first } ({ $count ->
    [zero] ولا غيره
    [one] وملف آخر تعذّر فتحه
    [two] وملفان آخران تعذّر فتحهما
    [few] و{ $count } ملفات أخرى تعذّر فتحها
    [many] و{ $count } ملفًا آخر تعذّر فتحها
   *[other] و{ $count } ملف آخر تعذّر فتحها
})
cli-not-a-terminal = القارئ يرسم على طرفية، والمخرج القياسي ليس طرفية (مغلق أو محوَّل)؛ الأمر khabar dump FILE يطبع المقال نصًّا
term-fix-mlterm-multiplexer = mlterm داخل tmux: اضبط فيه use_ctl=false، و bidi="explicit"
term-fix-forced-terminal = في { $terminal } يُقرأ النص صحيحًا مع bidi="runs"، لا "terminal"
# khabar doctor: its explanations (the test lines themselves are not translated), and why a bidi mode was chosen.
doctor-terminal = الطرفية: { $name }
doctor-terminal-unknown = الطرفية: لم تُعرف
doctor-environment = البيئة: { $vars }
doctor-not-asked = لم تُسأل الطرفية (الدخل القياسي أو المخرج القياسي ليس طرفية)
doctor-answer = الجواب عن { $query }: { $answer }
doctor-no-answer = لا جواب
doctor-bdsm-unknown = لا تعرفه
doctor-bdsm-known = تعرفه (الحالة { $state })
doctor-mode-explicit = الوضع { $name }: يكتب khabar بالترتيب المرئي؛ ويجب ألا تعيد الطرفية الترتيب
doctor-mode-terminal = الوضع { $name }: يكتب khabar كل سطر بالترتيب المنطقي؛ والطرفية تعيد الترتيب
doctor-mode-runs = الوضع { $name }: يكتب khabar مقاطعه بالترتيب المرئي، وكل مقطع من اليمين إلى اليسار بالترتيب المنطقي؛ والطرفية تقلب كل مقطع كهذا
doctor-detected = بحسب ما اكتُشف: { $why }
doctor-forced = مفروض بـ{ $setting } (في ملف الإعدادات أو بـ{ $option })
doctor-mlterm-off = يطفئ القارئ ثنائية الاتجاه الخاصة بـmlterm ما دام يعمل ({ $sequence })، فيكتب بترتيب السطر A ويعرضه mlterm كما هو؛ أما هنا فيعيد mlterm ترتيب كل سطر.
doctor-if-a = إن قُرئت هذه الجملة والسطر A صحيحين، فإن khabar يحتاج إلى { $setting }.
doctor-if-b = إن قُرئت هذه الجملة والسطر B صحيحين، فإن khabar يحتاج إلى { $setting }.
doctor-if-c = إن قُرئت هذه الجملة والسطر C صحيحين، فإن khabar يحتاج إلى { $setting }.
doctor-orders = كُتبت كل جملة من هذه الجمل الثلاث بترتيب سطرها: فلا تُقرأ صحيحة إلا التي تناسب هذه الطرفية.
doctor-force = اضبطه في ملف الإعدادات ({ $command } يدلّ على مكانه) بسطر واحد، مثل { $example }، أو لمرة واحدة بـ{ $option }.
term-why-unknown = لم تُعرف الطرفية: يُفترض أنها لا تعيد الترتيب
term-why-mux-mlterm = داخل مُضاعِف في mlterm الذي يعيد الترتيب: بروتوكول إعداداته لا يمر
term-why-mux-konsole = داخل مُضاعِف في Konsole الذي يعيد الترتيب باتجاه أساسي من اليسار إلى اليمين
term-why-mux-vte = داخل مُضاعِف في طرفية VTE: لا يمر BDSM، فتعيد VTE الترتيب
term-why-mux-unknown = داخل مُضاعِف، والطرفية الخارجية مجهولة: يُفترض أنها لا تعيد الترتيب
term-why-bdsm = الطرفية تعرف BDSM (الوضع 8): يطفئ khabar إعادة ترتيبها
term-why-bdsm-set = الطرفية تعيد الترتيب وتُبلغ أن BDSM مفعّل على الدوام
term-why-konsole = يعيد Konsole الترتيب حين يكون عرض BiDi فيه مفعّلًا (وهو الافتراضي)، باتجاه أساسي من اليسار إلى اليمين
term-why-apple = يعيد Terminal.app الترتيب باتجاه أساسي من اليسار إلى اليمين، ولا يمكن منعه
term-why-leaves = هذه الطرفية لا تعيد الترتيب
term-why-konsole-env = { $variable } معرَّف: يعيد Konsole الترتيب حين يكون عرض BiDi فيه مفعّلًا (وهو الافتراضي)، باتجاه أساسي من اليسار إلى اليمين
term-why-vte-env = { $variable } معرَّف: تلتزم VTE بـBDSM الذي يرسله khabar
term-why-wt-env = { $variable } معرَّف: لا تعيد الترتيب
term-why-mlterm-named = { $variable } يسمّي mlterm
term-why-mlterm-set = { $variable } معرَّف
term-why-mlterm-off = { $how }، وثنائية الاتجاه فيه مطفأة ({ $setting }): لا يعيد الترتيب
term-why-mlterm = { $how }: يتجاهل mlterm BDSM، لذا يطفئ khabar ثنائية الاتجاه فيه طوال الجلسة عبر بروتوكول إعداداته ({ $sequence }) ويعيدها عند الخروج

## Error reasons (src/i18n/errors.rs): what an error says, inside the sentences above.
reason-in-file = { $file }: { $reason }
reason-not-found = لا ملف ولا مجلد بهذا الاسم
reason-permission-denied = لا إذن بالوصول
reason-is-folder = هذا مجلد
reason-io = أبلغ النظام عن خطأ ({ $error })
reason-empty-file = الملف فارغ
reason-binary = بيانات ثنائية، لا مقال
reason-file-too-large = حجم الملف { $size ->
    [zero] { $size } بايت
    [one] بايت واحد
    [two] بايتان
    [few] { $size } بايتات
    [many] { $size } بايتًا
   *[other] { $size } بايت
}، ويقرأ khabar مقالات لا يتجاوز حجمها { $max ->
    [zero] { $max } بايت
    [one] بايتًا واحدًا
    [two] بايتين
    [few] { $max } بايتات
    [many] { $max } بايتًا
   *[other] { $max } بايت
}
reason-line-too-long = طول السطر { $line } { $len ->
    [zero] { $len } بايت
    [one] بايت واحد
    [two] بايتان
    [few] { $len } بايتات
    [many] { $len } بايتًا
   *[other] { $len } بايت
}، ويقرأ khabar أسطرًا لا يتجاوز طولها { $max ->
    [zero] { $max } بايت
    [one] بايتًا واحدًا
    [two] بايتين
    [few] { $max } بايتات
    [many] { $max } بايتًا
   *[other] { $max } بايت
}
reason-json = مقال JSON غير صالح: { $error }
reason-json-broken = بنية JSON معطوبة في السطر { $line }، العمود { $column }
reason-json-data = في السطر { $line }، العمود { $column } لا يوافق JSON صيغة مقالات khabar ({ $error })
reason-json-no-article = المصفوفة لا تحوي أي مقال
reason-json-article = المقال { $number }: { $reason }
reason-json-no-headline = { $field } فارغ
reason-json-block = في الكتلة { $field }: { $reason }
reason-json-text-and-content = أعطِ { $text } أو { $content }، لا كليهما
reason-json-no-text = كل كتلة تحتاج إلى { $text } أو { $content }
reason-json-level = { $level } لعناصر القوائم فقط ({ $item })
reason-unsupported = { $what } غير مدعوم بعد
reason-no-articles = لا مقالات في هذا المجلد
reason-no-bundled = لا مقال مرفق بهذا الاسم (المرفقة: { $names })
reason-view-damaged = تعذّرت قراءة العرض المحفوظ للمكتبة ({ $error })؛ يُستعمل العرض الافتراضي
reason-marks-not-kept = تعذّر حفظ { $count ->
    [zero] أي علامة
    [one] علامة واحدة
    [two] علامتين
    [few] { $count } علامات
    [many] { $count } علامةً
   *[other] { $count } علامة
}: { $reason }
reason-too-deep = العناصر متداخلة بأكثر من { $max ->
    [zero] { $max } مستوى
    [one] مستوى واحد
    [two] مستويين
    [few] { $max } مستويات
    [many] { $max } مستوًى
   *[other] { $max } مستوى
}؛ يرفض khabar صفحات HTML كهذه
reason-no-text = لم يُعثر على نص مقال في ملف { $what } هذا
reason-not-a-feed = ليست هذه خلاصة: هذا { $what }
reason-names-feed = { $reason }؛ والصفحة تذكر خلاصة: { $address }
reason-feed-empty = الخلاصة لا تحوي عناصر
reason-feed = تعذّرت قراءة الخلاصة ({ $error })
reason-parser-failed = فشل محلّل { $what } في هذا المدخل ({ $error })
reason-not-http = لا يتبع khabar إلا عناوين http و https، لا { $scheme }
reason-address-spaces = في العنوان مسافات أو محارف تحكّم
reason-address-no-host = لا خادم في العنوان
reason-address-invalid = ليس هذا عنوانًا صالحًا ({ $error })
reason-refused = رُفض العنوان: { $error }
reason-status = أجاب الخادم بالرمز { $status }
reason-timeout = لا جواب خلال { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}
reason-page-too-large = الصفحة أكبر من { $bytes ->
    [zero] { $bytes } بايت
    [one] بايت واحد
    [two] بايتين
    [few] { $bytes } بايتات
    [many] { $bytes } بايتًا
   *[other] { $bytes } بايت
}
reason-redirects = أكثر من { $count ->
    [zero] { $count } إعادة توجيه
    [one] إعادة توجيه واحدة
    [two] إعادتَي توجيه
    [few] { $count } إعادات توجيه
    [many] { $count } إعادةَ توجيه
   *[other] { $count } إعادة توجيه
}
reason-host-not-found = لا خادم بهذا الاسم
reason-connection-refused = رفض الخادم الاتصال
reason-network = فشل الاتصال ({ $error })
reason-db = فشلت قاعدة بيانات المخزن (SQLite: { $error })
reason-disk-full = القرص الذي يحمل المخزن ممتلئ؛ لم يُكتب فيه شيء
reason-store-newer = كتب هذا المخزنَ إصدارٌ أحدث من khabar (المخطط { $found }، وهذا الإصدار يعرف { $known })؛ تُرك كما هو
reason-not-store = ليس هذا مخزن khabar (قاعدة بيانات SQLite لا يستطيع khabar قراءتها)؛ تُرك كما هو
reason-not-store-file = ليس هذا مخزن khabar (ولا هو قاعدة بيانات SQLite)؛ تُرك كما هو
reason-not-store-program = ليس هذا مخزن khabar (قاعدة بيانات SQLite لبرنامج آخر، معرّفها { $id })؛ تُرك كما هو
reason-not-store-tables = ليس هذا مخزن khabar (قاعدة بيانات SQLite بجداول أخرى)؛ تُرك كما هو
reason-exists = الاشتراك موجود من قبل: { $address }
reason-no-match = لا اشتراك يطابق { $name } (انظر khabar feeds)
reason-no-data-folder = لا مجلد بيانات على هذا النظام؛ سمِّ مخزنًا بـ{ $option }
reason-ambiguous = { $name } يطابق { $count ->
    [zero] { $count } اشتراك
    [one] اشتراكًا واحدًا
    [two] اشتراكين
    [few] { $count } اشتراكات
    [many] { $count } اشتراكًا
   *[other] { $count } اشتراك
}؛ سمِّ واحدًا بعنوانه أو رقمه
reason-no-item = لا عنصر بهذا الرقم: { $id }
reason-query = لا يمكن استعمال هذا البحث: { $error }
reason-regex = ليس تعبيرًا نمطيًا صالحًا ({ $error })
reason-search-not-started = تعذّر بدء البحث: { $error }
reason-damaged = العنصر { $id } مخزَّن تالفًا: { $error }
# The config file's problems (src/config.rs, ConfigError).
reason-config-at = { $file }، السطر { $line }: { $reason }
reason-config-toml = ليس TOML صالحًا: { $error }
reason-config-bidi = bidi: «{ $value }» ليس وضعًا (auto أو explicit أو terminal أو runs؛ ويصلح on وoff أيضًا)
reason-config-language = language: لا فهرس رسائل لـ«{ $value }» (المعروفة: { $known })
reason-config-quote-style = theme.quote_style: «{ $value }» ليس نمطًا (المعروفة: { $known })
reason-config-colour-name = theme.{ $name }: لا إعداد لون بهذا الاسم (المعروفة: { $known })
reason-config-colour = theme.{ $name }: تعذّرت قراءة اللون «{ $value }» (اسم مثل yellow، أو { "#rrggbb" })
reason-config-key = { $key }: { $error }
cli-no-config-folder = (لا مجلد إعدادات على هذا النظام)

## Warnings of the loader (issue 16): `khabar: warning: FILE: …`
report-warning = تحذير
reason-warn-invalid-utf8 = ترميز UTF-8 غير صالح عند البايت { $at }: فُكّ بمحارف بديلة
reason-warn-read-also = { $count ->
    [zero] لا روابط «اقرأ أيضًا»
    [one] رابط «اقرأ أيضًا» واحد
    [two] رابطا «اقرأ أيضًا»
    [few] { $count } روابط «اقرأ أيضًا»
    [many] { $count } رابطًا «اقرأ أيضًا»
   *[other] { $count } رابط «اقرأ أيضًا»
}؛ أُبقي أول { $max } منها
reason-warn-inline-links = { $count ->
    [zero] لا روابط في النص
    [one] رابط واحد في النص
    [two] رابطان في النص
    [few] { $count } روابط في النص
    [many] { $count } رابطًا في النص
   *[other] { $count } رابط في النص
}؛ أُبقي أول { $max } منها روابطَ
reason-warn-items-dropped = في الخلاصة { $total ->
    [zero] لا بنود
    [one] بند واحد
    [two] بندان
    [few] { $total } بنود
    [many] { $total } بندًا
   *[other] { $total } بند
}؛ أُبقي أول { $max } منها
reason-warn-malformed = الخلاصة معيبة ({ $error })؛ حُمّلت بعد إصلاح: { $repair }
reason-repair-utf8 = قُرئت بترميز UTF-8 رغم الترميز المعلن فيها
reason-repair-ampersands = هُرّبت محارف «&» شاردة
reason-repair-cdata = أُغلق مقطع CDATA لم يُغلق
reason-repair-declarations = حُذفت تصريحات XML داخل المستند
reason-warn-untitled-one = البند { $item } بلا عنوان؛ تقوم كلماته الأولى مقامه
reason-warn-untitled-many = { $count ->
    [zero] لا بنود
    [one] بند واحد
    [two] بندان
    [few] { $count } بنود
    [many] { $count } بندًا
   *[other] { $count } بند
} بلا عنوان (أولها البند { $first })؛ تقوم كلماتها الأولى مقام العنوان
reason-warn-left-out-one = البند { $item }: تُرك محتواه ({ $reason })
reason-warn-left-out-many = البند { $item }: تُرك محتواه ({ $reason })؛ وكذلك محتوى { $others ->
    [zero] لا بنود أخرى
    [one] بند آخر
    [two] بندين آخرين
    [few] { $others } بنود أخرى
    [many] { $others } بندًا آخر
   *[other] { $others } بند آخر
}
reason-warn-names-feed = الصفحة تذكر الخلاصة { $feed }: الأمر { $command } يشترك فيها
reason-opml-xml = بنية XML معطوبة في السطر { $line }، العمود { $column }
reason-not-opml = ليس هذا OPML: المستند { $element } لا <opml>
reason-opml-no-element = ليس هذا OPML: لا عنصر فيه
reason-opml-too-large = أكبر من { $max ->
    [zero] { $max } بايت
    [one] بايت واحد
    [two] بايتين
    [few] { $max } بايتات
    [many] { $max } بايتًا
   *[other] { $max } بايت
}، ويقرأ khabar ملفات OPML لا يتجاوز حجمها ذلك
reason-since = { $option } «{ $value }»: أعطِ تاريخًا بالصيغة YYYY-MM-DD أو عدد الأيام الماضية بالصيغة Nd (7d)
reason-names-feed-add = { $reason }؛ { $offer }
# The words of third-party errors (SQLite, the feed parser, HTTP, the system) said by their kind.
reason-not-folder = جزء من المسار ليس مجلدًا
reason-invalid-data = البيانات غير صالحة
reason-read-only-fs = نظام الملفات للقراءة فقط
reason-storage-full = لم تبقَ مساحة على القرص
reason-quota = استُنفدت حصة القرص
reason-already-exists = موجود من قبل
reason-unexpected-eof = انقطع قبل نهايته
reason-timed-out = لم يصل جواب في الوقت
reason-connection-reset = انقطع الاتصال
reason-unreachable = تعذّر الوصول إلى الشبكة
reason-invalid-file-name = اسم الملف غير صالح
reason-db-busy = برنامج آخر يكتب في المخزن الآن؛ أعد المحاولة بعد لحظة
reason-db-corrupt = المخزن تالف ولا يستطيع SQLite قراءته؛ تُرك كما هو
reason-db-read-only = لا يمكن الكتابة في المخزن (هو للقراءة فقط)
reason-db-cannot-open = تعذّر فتح المخزن (مجلده غير موجود أو لا تمكن الكتابة فيه)
reason-db-io = فشل القرص في قراءة المخزن أو الكتابة فيه
reason-connection-failed = تعذّر الاتصال بالخادم
reason-tls = فشل الاتصال الآمن (TLS) ({ $error })
reason-protocol = جواب الخادم ليس HTTP صالحًا ({ $error })
reason-status-not-found = لا صفحة على الخادم بهذا العنوان (HTTP { $status })
reason-status-forbidden = يرفض الخادم الوصول إلى هذا العنوان (HTTP { $status })
reason-status-too-many = يردّ الخادم الطلبات الكثيرة؛ أعد المحاولة لاحقًا (HTTP { $status })
reason-status-server = أخفق الخادم في الجواب (HTTP { $status })
reason-feed-no-root = ليست هذه خلاصة: لا عنصر <rss> ولا <feed> ولا <rdf:RDF>
reason-feed-xml = بنية XML في الخلاصة معطوبة في السطر { $line }، العمود { $column }
reason-feed-xml-broken = بنية XML في الخلاصة معطوبة
reason-feed-json = بنية JSON Feed معطوبة في السطر { $line }، العمود { $column }
reason-feed-json-version = الإصدار { $version } من JSON Feed غير مدعوم
reason-warn-repaired = { $error }؛ حُمّلت بعد إصلاح: { $repair }
