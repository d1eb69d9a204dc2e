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
# مدد کی کھڑکی: کلیدوں کی جدول کی ہر قطار کے لیے ایک پیغام۔
help-down = ایک سطر نیچے / اگلا اندراج
help-up = ایک سطر اوپر / پچھلا اندراج
help-page-down = ایک صفحہ نیچے
help-page-up = ایک صفحہ اوپر
help-half-down = آدھا صفحہ نیچے
help-half-up = آدھا صفحہ اوپر
help-top = شروع پر جائیں
help-bottom = آخر پر جائیں
help-next-article = کتب خانے کا اگلا مضمون (آخری کے بعد پہلا)
help-prev-article = کتب خانے کا پچھلا مضمون
help-library = کتب خانے کا خانہ دکھائیں یا چھپائیں
help-side = اقتباسات اور «یہ بھی پڑھیں» کا کالم دکھائیں یا چھپائیں
help-bidi = بصری یا منطقی ترتیب (سمت کنٹرول حروف کی چالیں ظاہر کرتی ہے)
help-toggle-read = سبسکرپشنز: اندراج کو پڑھا ہوا یا بغیر پڑھا نشان زد کریں
help-save = سبسکرپشنز: اندراج بعد کے لیے محفوظ کریں (دوبارہ: محفوظ ختم)
help-refresh = سبسکرپشنز: پس منظر میں ہر فیڈ تازہ کریں
help-focus-next = اگلے خانے پر جائیں (متن، اقتباسات، یہ بھی پڑھیں، کتب خانہ)
help-focus-prev = پچھلے خانے پر جائیں
help-next-link = اگلے ربط پر جائیں (متن، پھر یہ بھی پڑھیں؛ گھوم کر)
help-prev-link = پچھلے ربط پر جائیں
help-activate = ربط کھولیں / اقتباس پر جائیں / مضمون کھولیں
help-follow-1 = «یہ بھی پڑھیں» کا ربط 1 تا 9 کھولیں
help-back = پچھلے مضمون پر واپس، وہیں جہاں چھوڑا تھا
help-forward = دوبارہ آگے
help-links = تمام روابط کی فہرست (فلٹر کے لیے لکھیں، Enter کھولتا ہے)
help-open = منتخب ربط (یا مضمون) براؤزر میں کھولیں
help-copy = منتخب ربط کا پتا یا اقتباس نقل کریں (OSC 52)
help-search = لکھتے ہی تلاش (re: ریگولر ایکسپریشن کے لیے)
help-search-next = اگلا نتیجہ (گھوم کر)
help-search-prev = پچھلا نتیجہ
help-help = یہ مدد دکھائیں
help-close = کتب خانے کا خانہ بند کریں / تلاش صاف کریں
help-quit = باہر نکلیں
help-suspend = شیل میں معطل کریں (fg سے دوبارہ)
help-redraw = اسکرین دوبارہ بنائیں
help-search-search-confirm = تلاش: سوال رکھیں
help-search-search-cancel = تلاش: منسوخ، جہاں تھے وہیں واپس
help-search-search-mode = تلاش: یکسانیت کا طرز (یکساں، ڈھیلی، ہوبہو)
help-search-history-prev = تلاش: اس نشست کا پچھلا سوال
help-search-history-next = تلاش: اس نشست کا اگلا سوال
help-search-delete-back = تلاش: ایک حرف مٹائیں
help-search-clear-query = تلاش: سوال صاف کریں
help-links-down = روابط: اگلا اندراج
help-links-up = روابط: پچھلا اندراج
help-links-page-down = روابط: ایک صفحہ نیچے
help-links-page-up = روابط: ایک صفحہ اوپر
help-links-activate = روابط: منتخب ربط کھولیں
help-links-close = روابط: فہرست بند کریں
help-links-delete-back = روابط: فلٹر کا ایک حرف مٹائیں
help-links-clear-query = روابط: فلٹر صاف کریں
help-help-down = مدد نیچے اسکرول کریں
help-help-up = مدد اوپر اسکرول کریں
help-help-close = مدد بند کریں
note-not-subscribed = { $m }، { $s } اور { $r } سبسکرپشنز پر کام کرتے ہیں (khabar add URL)
note-updating = تازہ ہو رہا ہے…

## The library pane: filter, order, headings, bulk marks, search of everything.
mode-filter = چھانٹی
mode-question = سوال
hint-filter = چھانٹی
hint-unread = بغیر پڑھے
hint-sort = ترتیب
hint-yes = ہاں
hint-no = نہیں
help-library-search-all = لائبریری: ہر مضمون میں تلاش (Enter مضمون کو ملنے کی جگہ پر کھولتا ہے)
help-library-library-filter = لائبریری: لکھتے ہی چھانٹی (سرخی، فیڈ، مصنف)
help-library-unread-only = لائبریری: صرف بغیر پڑھے یا سب (newsboat کے `l` کی طرح)
help-library-sort-next = لائبریری: تاریخ، فیڈ، سرخی، پہلے بغیر پڑھے کے لحاظ سے ترتیب
help-library-toggle-groups = لائبریری: اندراجات اپنی فیڈ کی سرخی کے نیچے، یا ایک فہرست
help-library-mark-feed-read = لائبریری: منتخب فیڈ کو پڑھا ہوا نشان زد کریں (پوچھ کر)
help-library-mark-all-read = لائبریری: ہر اندراج کو پڑھا ہوا نشان زد کریں (پوچھ کر)
help-filter-search-confirm = لائبریری کا پرامپٹ: چھانٹی / تلاش رکھیں
help-filter-search-cancel = لائبریری کا پرامپٹ: چھوڑ دیں
help-filter-delete-back = لائبریری کا پرامپٹ: ایک حرف مٹائیں
help-filter-clear-query = لائبریری کا پرامپٹ: صاف کریں
help-confirm-confirm = سوال: ہاں
help-confirm-close = سوال: نہیں
sort-date = نئے پہلے
sort-feed = فیڈ کے لحاظ سے
sort-title = سرخی کے لحاظ سے
sort-unread-first = بغیر پڑھے پہلے
note-sorted = ترتیب: { $order }
note-nothing-unread = نشان زد کرنے کو کچھ بغیر پڑھا نہیں
note-marked-none = کچھ نشان زد نہیں ہوا
note-marked-read = { $count -> 
    [one] { $count } اندراج پڑھا ہوا نشان زد ہوا
   *[other] { $count } اندراجات پڑھے ہوئے نشان زد ہوئے
}
ask-mark-feed-read = { $feed } کے { $count } بغیر پڑھے اندراجات پڑھے ہوئے نشان زد کریں؟ { $yes }/{ $no }
ask-mark-all-read = { $count } بغیر پڑھے اندراجات پڑھے ہوئے نشان زد کریں؟ { $yes }/{ $no }
library-filter = چھانٹی
library-search = سب میں تلاش
library-searching = { $query } کی تلاش جاری…
library-found = { $query } والے { $count } مضامین
library-unread-only = صرف بغیر پڑھے
library-articles = { $count ->
    [one] { $count } مضمون
   *[other] { $count } مضامین
}
