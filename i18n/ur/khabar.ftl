# خبر کا انٹرفیس اردو میں۔
pane-library = کتب خانہ ({ $count })
pane-feeds = فیڈز
feeds-saved = محفوظ شدہ
feeds-unread = { $count -> 
    [one] { $count } بغیر پڑھا
   *[other] { $count } بغیر پڑھے
}
pane-quotes = اقتباسات ({ $count })
pane-read-also = یہ بھی پڑھیں
pane-links = روابط ({ $pos })
pane-help = مدد: کلیدیں
mode-help = مدد
mode-links = روابط
mode-search = تلاش
mode-body = متن
mode-quotes = اقتباسات
mode-read-also = یہ بھی پڑھیں
mode-library = کتب خانہ
order-logical = منطقی ترتیب
bidi-warning = ⚠ { $count -> 
    [one] { $count } سمت کنٹرول حرف
   *[other] { $count } سمت کنٹرول حروف
}، { $key }: { $order -> 
    [logical] منطقی ترتیب
   *[visual] بصری ترتیب
}
summary-only = صرف خلاصہ
summary-only-key = صرف خلاصہ، { $key }: پورا مضمون
history = تاریخچہ { $pos }
jobs = { $count -> 
    [one] { $count } کام
   *[other] { $count } کام
}
loading = { $what } لوڈ ہو رہا ہے … { $secs } سیکنڈ ({ $key } سے منسوخ)
link-target = ربط { $pos } ← { $target }
link-unresolved = ربط { $pos }: { $text } (کتب خانے میں نہیں)
search-none = کوئی نتیجہ نہیں
search-match = نتیجہ { $pos }
search-wrapped = تلاش شروع سے دوبارہ
search-mode-folded = یکساں
search-mode-loose = ڈھیلی
search-mode-exact = ہوبہو
too-small = ٹرمینل بہت چھوٹا ہے
links-none = کوئی ربط فلٹر سے نہیں ملتا
links-hints = فلٹر کے لیے لکھیں · { $move } حرکت · { $follow } کھولیں · { $close } بند کریں
links-filter = فلٹر:
hint-scroll = اسکرول
hint-page = صفحہ
hint-article = مضمون
hint-library = کتب خانہ
hint-pane = خانہ
hint-link = ربط
hint-back = واپس
hint-links = روابط
hint-search = تلاش
hint-help = مدد
hint-quit = باہر
hint-keep = رکھیں
hint-cancel = منسوخ
hint-mode = طرز
hint-history = تاریخچہ
hint-move = حرکت
hint-follow = کھولیں
hint-close = بند
