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
help-save = الاشتراكات: حفظ العنصر لوقت لاحق (مرة أخرى: إلغاء الحفظ)
help-refresh = الاشتراكات: تحديث كل الخلاصات في الخلفية
help-focus-next = التركيز على اللوحة التالية (النص، الاقتباسات، اقرأ أيضًا، المكتبة)
help-focus-prev = التركيز على اللوحة السابقة
help-next-link = التركيز على الرابط التالي (النص ثم «اقرأ أيضًا»، مع الدوران)
help-prev-link = التركيز على الرابط السابق
help-activate = فتح الرابط / الانتقال إلى الاقتباس / فتح المقال
help-follow-1 = فتح رابط «اقرأ أيضًا» من 1 إلى 9
help-back = العودة إلى المقال السابق حيث توقفت
help-forward = التقدم من جديد
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
update-failed = فشلت: { $error }
note-empty-headline = لا عناصر بعد
note-empty-body = { $feeds ->
    [zero] لا اشتراكات
    [one] اشتراك واحد
    [two] اشتراكان
    [few] { $feeds } اشتراكات
    [many] { $feeds } اشتراكًا
   *[other] { $feeds } اشتراك
}، ولا عناصر بعد. اضغط { $key } لجلبها (أو شغّل khabar update).
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
