# رابط کاربری خبر به فارسی (با نیم‌فاصله، U+200C، هر جا که لازم است).
pane-library = کتابخانه ({ $count })
pane-feeds = خوراک‌ها
feeds-saved = ذخیره‌شده‌ها
feeds-unread = { $count -> 
    [one] { $count } مطلب خوانده‌نشده
   *[other] { $count } مطلب خوانده‌نشده
}
pane-quotes = نقل‌قول‌ها ({ $count })
pane-read-also = بیشتر بخوانید
pane-links = پیوندها ({ $pos })
pane-help = راهنما: کلیدها
mode-help = راهنما
mode-links = پیوندها
mode-search = جست‌وجو
mode-body = متن
mode-quotes = نقل‌قول‌ها
mode-read-also = بیشتر بخوانید
mode-library = کتابخانه
order-logical = ترتیب منطقی
bidi-warning = ⚠ { $count -> 
    [one] { $count } نویسهٔ کنترل جهت
   *[other] { $count } نویسهٔ کنترل جهت
}، { $key }: { $order -> 
    [logical] ترتیب منطقی
   *[visual] ترتیب دیداری
}
summary-only = فقط خلاصه
summary-only-key = فقط خلاصه، { $key }: متن کامل
history = تاریخچه { $pos }
jobs = { $count -> 
    [one] { $count } کار
   *[other] { $count } کار
}
loading = در حال بارگیری { $what } … { $secs } ثانیه ({ $key } لغو می‌کند)
link-target = پیوند { $pos } ← { $target }
link-unresolved = پیوند { $pos }: { $text } (در کتابخانه نیست)
search-none = موردی پیدا نشد
search-match = مورد { $pos }
search-wrapped = جست‌وجو از ابتدا ادامه یافت
search-mode-folded = یکسان‌شده
search-mode-loose = آزاد
search-mode-exact = دقیق
too-small = پایانه خیلی کوچک است
links-none = هیچ پیوندی با فیلتر جور نیست
links-hints = برای فیلتر بنویسید · { $move } جابه‌جایی · { $follow } باز کردن · { $close } بستن
links-filter = فیلتر:
hint-scroll = پیمایش
hint-page = صفحه
hint-article = مطلب
hint-library = کتابخانه
hint-pane = قاب
hint-link = پیوند
hint-back = بازگشت
hint-links = پیوندها
hint-search = جست‌وجو
hint-help = راهنما
hint-quit = خروج
hint-keep = نگه‌داشتن
hint-cancel = لغو
hint-mode = حالت
hint-history = تاریخچه
hint-move = جابه‌جایی
hint-follow = باز کردن
hint-close = بستن
