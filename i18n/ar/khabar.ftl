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
