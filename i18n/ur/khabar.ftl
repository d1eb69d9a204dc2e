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
bidi-places = — { $places } میں
list-separator = {"، "}
spoof-headline = سرخی
spoof-byline = ماخذ کی سطر
spoof-paragraph = پیراگراف { $n }
spoof-quote = اقتباس { $n }
spoof-link = ربط { $n }
spoof-footer = ذیلی حصہ
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
help-save = اندراج بعد کے لیے محفوظ کریں (دوبارہ: محفوظ ختم)؛ کوئی اور مضمون: اسے ذخیرے میں رکھیں
help-refresh = سبسکرپشنز: پس منظر میں ہر فیڈ تازہ کریں
help-add-feed = کسی پتے کو سبسکرائب کریں (فیڈ، یا ایسا صفحہ جو اپنی فیڈ بتائے)
help-focus-next = اگلے خانے پر جائیں (متن، اقتباسات، یہ بھی پڑھیں، کتب خانہ)
help-focus-prev = پچھلے خانے پر جائیں
help-next-link = اگلے ربط پر جائیں (متن، پھر یہ بھی پڑھیں؛ گھوم کر)
help-prev-link = پچھلے ربط پر جائیں
help-activate = ربط کھولیں / اقتباس پر جائیں / مضمون کھولیں
help-follow-1 = «یہ بھی پڑھیں» کا ربط 1 تا 9 کھولیں
help-back = پچھلے مضمون پر واپس، وہیں جہاں چھوڑا تھا
help-forward = دوبارہ آگے
help-right = واپس، جیسے Backspace
help-left = ربط پر جائیں / کھولیں، جیسے Enter
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
help-help-page-down = مدد میں ایک صفحہ نیچے
help-help-page-up = مدد میں ایک صفحہ اوپر
help-help-top = مدد کے شروع پر جائیں
help-help-bottom = مدد کے آخر پر جائیں
help-help-search = مدد میں تلاش (یکساں کر کے؛ Enter رکھتا ہے، Esc منسوخ کرتا ہے)
help-help-search-next = مدد میں اگلا نتیجہ (گھوم کر)
help-help-search-prev = مدد میں پچھلا نتیجہ
help-find = تلاش: { $query } · { $result }
note-not-subscribed = { $m }، { $s } اور { $r } سبسکرپشنز پر کام کرتے ہیں (khabar add URL)
note-updating = تازہ ہو رہا ہے…
note-not-stored = یہ اسٹور کا اندراج نہیں
note-marked-read = پڑھا ہوا نشان زد
note-marked-unread = بغیر پڑھا نشان زد
note-saved = بعد کے لیے محفوظ کیا
note-unsaved = اب محفوظ نہیں
note-read-only = یہاں اسٹور صرف پڑھنے کے لیے ہے: نشانات khabar بند ہونے تک رہیں گے
note-marks-busy = { $count ->
    [one] ایک نشان منتظر ہے
   *[other] { $count } نشانات منتظر ہیں
}: ایک اور khabar اسٹور میں لکھ رہا ہے؛ فارغ ہوتے ہی لکھے جائیں گے
note-marks-failed = نشانات منتظر ہیں: { $error }
note-already-updating = تازہ کاری پہلے سے جاری ہے
note-update-progress = تازہ ہو رہا ہے { $progress }…
note-update-failed = تازہ کاری ناکام: { $error }
note-list-failed = آئٹمز کی فہرست نہیں بن سکی: { $error }
note-body-failed = یہ آئٹم ذخیرے سے پڑھا نہیں جا سکا: { $error }
# قاری کی اسٹیٹس لائن کے پیغامات (src/app): کسی کلید نے کیا کیا، یا کیوں نہ کر سکی۔
status-opening = { $url } کھولا جا رہا ہے
status-opened = { $url } کو { $program } سے کھولا گیا
status-not-opened = نہیں کھلا: { $why }
status-open-no-browser = نہیں کھلا: کوئی براؤزر نہیں ملا ($BROWSER مقرر کریں)
status-open-cannot-run = نہیں کھلا: { $program } نہیں چل سکا: { $error }
status-open-exited = نہیں کھلا: { $program } اسٹیٹس { $code } کے ساتھ ختم ہوا
status-open-exited-said = نہیں کھلا: { $program } اسٹیٹس { $code } کے ساتھ ختم ہوا: { $stderr }
status-open-signal = نہیں کھلا: { $program } کو سگنل سے روک دیا گیا
status-open-signal-said = نہیں کھلا: { $program } کو سگنل سے روک دیا گیا: { $stderr }
copy-what-quote = اقتباس
copy-what-link = ربط کا پتا
copy-what-article = مضمون کا پتا
copy-whole = { $what } ({ $count -> 
    [one] { $count } حرف
   *[other] { $count } حروف
})
copy-cut = { $what } کے پہلے { $count } KB (کلپ بورڈ کی حد)
status-copied = { $what } OSC 52 کے ذریعے نقل ہوا
status-not-copied = نقل نہیں ہوا: { $why }
status-no-quote = کوئی اقتباس منتخب نہیں
status-nothing-to-copy = نقل کرنے کو کچھ نہیں: کسی ربط ({ $tab }) یا اقتباس ({ $pane }) پر توجہ کریں
status-no-link-no-address = کسی ربط پر توجہ نہیں، اور مضمون کا کوئی پتا نہیں ({ $tab } کسی ربط پر توجہ کرتا ہے)
status-link-no-address = اس ربط کا کوئی پتا نہیں
status-a-file = { $name } ایک فائل ہے، ویب پتا نہیں
status-no-earlier = اس سے پہلے کوئی مضمون نہیں
status-no-later = اس کے بعد کوئی مضمون نہیں
status-no-links = اس مضمون میں کوئی ربط نہیں
status-links-wrapped = ربط دوبارہ شروع سے
status-link-here = یہ ربط اسی مضمون کی طرف جاتا ہے
status-not-followed = نہیں کھولا گیا: { $why }
status-full-not-loaded = مکمل مضمون لوڈ نہیں ہوا: { $why }
status-full-loaded = مکمل مضمون، اس کے پتے سے لوڈ کیا گیا
status-closest = کتب خانے میں نہیں؛ قریب ترین سرخی: { $headline }
status-no-title = کتب خانے کا کوئی مضمون «{ $title }» سے نہیں ملتا
status-no-article-in = { $what } میں کوئی مضمون نہیں
status-no-read-also = اس مضمون میں «یہ بھی پڑھیں» کا کوئی ربط نہیں
status-no-read-also-n = «یہ بھی پڑھیں» کا ربط { $n } نہیں: { $count -> 
    [one] صرف { $count } ربط ہے
   *[other] صرف { $count } ربط ہیں
}
status-cancelled = { $what } کی لوڈنگ منسوخ ہوئی
status-no-link-focused = کسی ربط پر توجہ نہیں ({ $tab } اگلے ربط پر توجہ کرتا ہے)
first-run-headline = ابھی کوئی سبسکرپشن نہیں
first-run-body = اس ذخیرے ({ $file }) میں ابھی کوئی سبسکرپشن نہیں۔ فیڈ شامل کرنے کے لیے { $add } دبائیں اور اس کا پتا لکھیں؛ ایسے ویب صفحے کا پتا بھی چلے گا جو اپنی فیڈ بتاتا ہو۔
first-run-commands = شیل سے: khabar add URL کسی فیڈ کو سبسکرائب کرتا ہے، اور khabar import FILE.opml کسی اور ریڈر کی سبسکرپشنز لاتا ہے۔
first-run-try = تب تک، آزمانے کے لیے ساتھ آئے مضامین اس نوٹ کے بعد ہیں: { $next } اگلا کھولتا ہے۔
no-items-headline = ابھی کوئی اندراج نہیں
no-items-body = { $count -> 
    [one] { $count } سبسکرپشن
   *[other] { $count } سبسکرپشنز
}، ابھی کوئی اندراج نہیں۔ انہیں لانے کے لیے { $key } دبائیں (یا khabar update چلائیں)۔
prompt-add-title = سبسکرائب کریں: فیڈ کا پتا، یا کسی صفحے کا
status-subscribing = { $url } کو سبسکرائب کیا جا رہا ہے…
status-subscribed = { $feed } کو سبسکرائب کر لیا: { $count -> 
    [one] { $count } اندراج
   *[other] { $count } اندراجات
}
status-not-subscribed = سبسکرائب نہیں ہوا: { $why }
status-keeping = مضمون ذخیرے میں رکھا جا رہا ہے…
status-kept = ذخیرے میں رکھ لیا، محفوظ
status-not-kept = نہیں رکھا گیا: { $why }
status-no-store = لکھنے کو کوئی ذخیرہ نہیں (اس کا فولڈر معلوم نہیں: { $option } استعمال کریں)

## The library pane: filter, order, headings, bulk marks, search of everything.
mode-filter = چھانٹی
mode-question = سوال
mode-address = پتا
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
note-marked-all-read = { $count -> 
    [one] { $count } اندراج پڑھا ہوا نشان زد ہوا
   *[other] { $count } اندراجات پڑھے ہوئے نشان زد ہوئے
}
ask-mark-feed-read = { $feed } کے { $count } بغیر پڑھے اندراجات پڑھے ہوئے نشان زد کریں؟ { $yes }/{ $no }
ask-mark-all-read = { $count } بغیر پڑھے اندراجات پڑھے ہوئے نشان زد کریں؟ { $yes }/{ $no }
library-filter = چھانٹی
library-filter-waits = فہرست سازی جاری…
library-search = سب میں تلاش
library-searching = { $query } کی تلاش جاری…
library-indexing = { $count } مضامین کی فہرست سازی جاری، پھر { $query } کی تلاش…
library-found = { $query } والے { $count } مضامین
library-unread-only = صرف بغیر پڑھے
library-articles = { $count ->
    [one] { $count } مضمون
   *[other] { $count } مضامین
}
# کمانڈز کا آؤٹ پٹ (src/feeds_cli.rs، src/subscribe/progress.rs) اور وہ نوٹ جو سبسکرپشنز ہوں مگر اندراج نہ ہوں۔
cli-subscribed = { $name } کی سبسکرپشن نمبر { $id } پر لے لی گئی؛ khabar update کمانڈ اسے لائے گی
cli-unsubscribed = { $name } کی سبسکرپشن ختم کر دی گئی ({ $url })
cli-no-feeds = ابھی کوئی سبسکرپشن نہیں: khabar add URL، یا khabar import FILE.opml
cli-no-feeds-to-update = تازہ کرنے کو کوئی سبسکرپشن نہیں: khabar add URL، یا khabar import FILE.opml
cli-feed-unread = { $pos } بغیر پڑھے
cli-not-fetched = ابھی لائی نہیں گئی
cli-last-failed = پچھلی بار تازہ کرنا ناکام رہا: { $error }
cli-imported = { $added ->
    [one] ایک فیڈ درآمد ہوئی
   *[other] { $added } فیڈز درآمد ہوئیں
} (پہلے سے سبسکرائب: { $known }، چھوڑی گئیں: { $skipped })؛ khabar update کمانڈ انہیں لائے گی
update-summary = { $feeds ->
    [one] ایک فیڈ
   *[other] { $feeds } فیڈز
}: { $new ->
    [one] ایک نیا اندراج
   *[other] { $new } نئے اندراج
}، بدلے: { $changed }، بغیر تبدیلی: { $unmodified }، ناکام: { $failed }
update-new = { $new } نئے
update-new-changed = { $new } نئے، { $changed } بدلے
update-not-modified = کوئی تبدیلی نہیں
update-disk-full = { $file }: جس ڈسک پر ذخیرہ ہے وہ بھری ہوئی ہے: ناکام فیڈز نہیں لکھی گئیں؛ ذخیرے میں وہی ہے جو ان سے پہلے تھا
cli-import-skipped = { $file }: { $address } چھوڑ دیا گیا: { $reason }
opml-title = khabar کی سبسکرپشنز
update-failed = ناکام: { $error }
note-update-stopped = تازہ کاری مکمل ہونے سے پہلے رک گئی
cli-no-date = بغیر تاریخ
cli-unread = بغیر پڑھا
cli-search-none = کوئی محفوظ اندراج مطابق نہیں
cli-vacuumed = { $dropped ->
    [one] ایک اندراج حذف کیا گیا
   *[other] { $dropped } اندراج حذف کیے گئے
}؛ اسٹور { $file } کو سکیڑ دیا گیا
dump-matches = { $count ->
    [one] ایک مطابقت
   *[other] { $count } مطابقتیں
}
cli-paths-and-subcommand = { $paths } ذیلی کمانڈ سے پہلے: فائلیں یا تو ریڈر کو دیں یا ذیلی کمانڈ کو، دونوں کو نہیں
cli-already-subscribed = پہلے سے سبسکرائب ہے: { $url }
cli-no-match = کوئی سبسکرپشن "{ $what }" سے مطابق نہیں (khabar feeds دیکھیں)
cli-ambiguous = "{ $what }" { $count } سبسکرپشنز سے مطابق ہے؛ کسی ایک کو اس کے URL یا نمبر سے بتائیں
problems-more = { $first } ({ $count ->
    [one] اور ایک اور جو کھل نہ سکی
   *[other] اور { $count } اور جو کھل نہ سکیں
})
cli-not-a-terminal = ریڈر ٹرمینل پر بناتا ہے، اور stdout ٹرمینل نہیں (بند یا کہیں اور بھیجا گیا)؛ khabar dump FILE کمانڈ مضمون کو متن کی صورت میں چھاپتی ہے
term-fix-mlterm-multiplexer = tmux میں mlterm: اس میں use_ctl=false اور bidi="explicit" رکھیں
term-fix-forced-terminal = { $terminal } میں bidi="runs" سے متن درست پڑھا جاتا ہے، "terminal" سے نہیں
# khabar doctor: its explanations (the test lines themselves are not translated), and why a bidi mode was chosen.
doctor-terminal = ٹرمینل: { $name }
doctor-terminal-unknown = ٹرمینل: پہچانا نہیں گیا
doctor-environment = ماحول: { $vars }
doctor-not-asked = ٹرمینل سے نہیں پوچھا گیا (stdin یا stdout ٹرمینل نہیں)
doctor-answer = { $query } کا جواب: { $answer }
doctor-no-answer = کوئی جواب نہیں
doctor-bdsm-unknown = اسے نہیں پہچانتا
doctor-bdsm-known = اسے پہچانتا ہے (حالت { $state })
doctor-mode-explicit = موڈ { $name }: khabar بصری ترتیب میں لکھتا ہے؛ ٹرمینل کو ترتیب نہیں بدلنی چاہیے
doctor-mode-terminal = موڈ { $name }: khabar ہر سطر منطقی ترتیب میں لکھتا ہے؛ ٹرمینل ترتیب بدلتا ہے
doctor-mode-runs = موڈ { $name }: khabar اپنے ٹکڑے بصری ترتیب میں لکھتا ہے، اور دائیں سے بائیں ہر ٹکڑا منطقی ترتیب میں؛ ٹرمینل ہر ایسا ٹکڑا الٹ دیتا ہے
doctor-detected = پہچان: { $why }
doctor-forced = { $setting } سے لازمی کیا گیا (ترتیبات کی فائل میں یا { $option } سے)
doctor-mlterm-off = ریڈر چلتے وقت mlterm کا اپنا bidi بند کر دیتا ہے ({ $sequence })، اس لیے وہ سطر A کی ترتیب میں لکھتا ہے اور mlterm اسے جوں کا توں دکھاتا ہے؛ یہاں mlterm ہر سطر کی ترتیب بدلتا ہے۔
doctor-if-a = اگر یہ جملہ اور سطر A درست پڑھے جاتے ہیں تو khabar کو { $setting } چاہیے۔
doctor-if-b = اگر یہ جملہ اور سطر B درست پڑھے جاتے ہیں تو khabar کو { $setting } چاہیے۔
doctor-if-c = اگر یہ جملہ اور سطر C درست پڑھے جاتے ہیں تو khabar کو { $setting } چاہیے۔
doctor-orders = ان تینوں جملوں میں سے ہر ایک اپنی سطر کی ترتیب میں لکھا گیا ہے: صرف وہی درست پڑھا جاتا ہے جو اس ٹرمینل کے مطابق ہو۔
doctor-force = اسے ترتیبات کی فائل میں ({ $command } بتاتا ہے کہاں) ایک سطر سے طے کریں، مثلاً { $example }، یا ایک بار { $option } سے۔
term-why-unknown = کوئی ٹرمینل پہچانا نہیں گیا: فرض ہے کہ یہ ترتیب نہیں بدلتا
term-why-mux-mlterm = ایک ملٹی پلیکسر کے اندر، mlterm میں، جو ترتیب بدلتا ہے: اس کا کنفیگریشن پروٹوکول آگے نہیں جاتا
term-why-mux-konsole = ایک ملٹی پلیکسر کے اندر، Konsole میں، جو بائیں سے دائیں بنیاد کے ساتھ ترتیب بدلتا ہے
term-why-mux-vte = ایک ملٹی پلیکسر کے اندر، VTE ٹرمینل میں: BDSM آگے نہیں جاتا، اس لیے VTE ترتیب بدلتا ہے
term-why-mux-unknown = ایک ملٹی پلیکسر کے اندر، باہر کا ٹرمینل نامعلوم: فرض ہے کہ یہ ترتیب نہیں بدلتا
term-why-bdsm = ٹرمینل BDSM (موڈ 8) کو پہچانتا ہے: khabar اس کی ترتیب بدلنا بند کر دیتا ہے
term-why-bdsm-set = ٹرمینل ترتیب بدلتا ہے اور بتاتا ہے کہ BDSM مستقل طور پر آن ہے
term-why-konsole = جب Konsole کی BiDi رینڈرنگ آن ہو (جو طے شدہ ہے) تو وہ بائیں سے دائیں بنیاد کے ساتھ ترتیب بدلتا ہے
term-why-apple = ٹرمینل Terminal.app بائیں سے دائیں بنیاد کے ساتھ ترتیب بدلتا ہے، اور اسے روکا نہیں جا سکتا
term-why-leaves = یہ ٹرمینل ترتیب نہیں بدلتا
term-why-konsole-env = { $variable } مقرر ہے: Konsole اپنی BiDi رینڈرنگ آن ہونے پر (جو طے شدہ ہے) بائیں سے دائیں بنیاد کے ساتھ ترتیب بدلتا ہے
term-why-vte-env = { $variable } مقرر ہے: VTE اس BDSM کو مانتا ہے جو khabar بھیجتا ہے
term-why-wt-env = { $variable } مقرر ہے: یہ ترتیب نہیں بدلتا
term-why-mlterm-named = { $variable } میں mlterm کا نام ہے
term-why-mlterm-set = { $variable } مقرر ہے
term-why-mlterm-off = { $how }، اور اس کا bidi بند ہے ({ $setting }): یہ ترتیب نہیں بدلتا
term-why-mlterm = { $how }: چونکہ mlterm BDSM کو نظرانداز کرتا ہے، اس لیے khabar اس کے کنفیگریشن پروٹوکول ({ $sequence }) سے سیشن بھر کے لیے اس کا bidi بند کرتا ہے اور نکلتے وقت پھر آن کر دیتا ہے

## Error reasons (src/i18n/errors.rs): what an error says, inside the sentences above.
reason-in-file = { $file }: { $reason }
reason-not-found = ایسی کوئی فائل یا فولڈر نہیں
reason-permission-denied = اجازت نہیں
reason-is-folder = یہ فولڈر ہے
reason-io = سسٹم نے ایک خرابی بتائی ({ $error })
reason-empty-file = فائل خالی ہے
reason-binary = بائنری ڈیٹا، مضمون نہیں
reason-file-too-large = فائل { $size } بائٹ کی ہے؛ khabar زیادہ سے زیادہ { $max } بائٹ کے مضامین پڑھتا ہے
reason-line-too-long = سطر { $line } { $len } بائٹ لمبی ہے؛ khabar زیادہ سے زیادہ { $max } بائٹ کی سطریں پڑھتا ہے
reason-json = غلط JSON مضمون: { $error }
reason-json-broken = اس کا JSON سطر { $line }، کالم { $column } پر ٹوٹا ہوا ہے
reason-json-data = سطر { $line }، کالم { $column } پر یہ JSON khabar کے مضمون کی ساخت سے میل نہیں کھاتا ({ $error })
reason-json-no-article = فہرست میں کوئی مضمون نہیں
reason-json-article = مضمون { $number }: { $reason }
reason-json-no-headline = { $field } خالی ہے
reason-json-block = بلاک { $field } میں: { $reason }
reason-json-text-and-content = { $text } یا { $content } دیں، دونوں نہیں
reason-json-no-text = ہر بلاک کو { $text } یا { $content } چاہیے
reason-json-level = { $level } صرف فہرست کے اجزا کے لیے ہے ({ $item })
reason-unsupported = { $what } ابھی دستیاب نہیں
reason-no-articles = اس فولڈر میں کوئی مضمون نہیں
reason-no-bundled = اس نام کا کوئی ساتھ آیا مضمون نہیں (ساتھ آئے مضامین: { $names })
reason-view-damaged = کتب خانے کا محفوظ منظر پڑھا نہیں جا سکتا ({ $error })؛ طے شدہ منظر استعمال ہو رہا ہے
reason-marks-not-kept = محفوظ نہ ہو سکنے والے نشانات کی تعداد { $count }: { $reason }
reason-too-deep = عناصر { $max } سے زیادہ درجوں تک ایک دوسرے کے اندر ہیں؛ khabar ایسا HTML نہیں لیتا
reason-no-text = اس { $what } فائل میں مضمون کا متن نہیں ملا
reason-not-a-feed = یہ فیڈ نہیں: یہ { $what } ہے
reason-names-feed = { $reason }؛ یہ صفحہ ایک فیڈ بتاتا ہے: { $address }
reason-feed-empty = فیڈ میں کوئی آئٹم نہیں
reason-feed = فیڈ پڑھی نہیں جا سکتی ({ $error })
reason-parser-failed = { $what } پارسر اس ان پٹ پر ناکام رہا ({ $error })
reason-not-http = khabar صرف http اور https پتے کھولتا ہے، { $scheme } نہیں
reason-address-spaces = پتے میں خالی جگہ یا کنٹرول حروف ہیں
reason-address-no-host = پتے میں ہوسٹ نہیں
reason-address-invalid = یہ درست پتا نہیں ({ $error })
reason-refused = پتا رد کر دیا گیا: { $error }
reason-status = سرور نے { $status } جواب دیا
reason-timeout = { $seconds ->
    [one] ایک سیکنڈ میں کوئی جواب نہیں آیا
   *[other] { $seconds } سیکنڈ میں کوئی جواب نہیں آیا
}
reason-page-too-large = صفحہ { $bytes } بائٹ سے بڑا ہے
reason-redirects = { $count } سے زیادہ ری ڈائریکٹ
reason-host-not-found = اس نام کا کوئی ہوسٹ نہیں
reason-connection-refused = سرور نے کنکشن سے انکار کر دیا
reason-network = کنکشن ناکام رہا ({ $error })
reason-db = ذخیرے کے ڈیٹا بیس میں خرابی (SQLite: { $error })
reason-disk-full = جس ڈسک پر ذخیرہ ہے وہ بھری ہوئی ہے؛ اس میں کچھ نہیں لکھا گیا
reason-store-newer = یہ ذخیرہ khabar کے نئے ورژن نے لکھا ہے (اسکیما { $found }؛ یہ ورژن { $known } تک جانتا ہے)؛ اسے جوں کا توں چھوڑ دیا گیا
reason-not-store = یہ khabar کا ذخیرہ نہیں (ایسا SQLite ڈیٹا بیس جسے khabar پڑھ نہیں سکتا)؛ اسے جوں کا توں چھوڑ دیا گیا
reason-not-store-file = یہ khabar کا ذخیرہ نہیں (SQLite ڈیٹا بیس بھی نہیں)؛ اسے جوں کا توں چھوڑ دیا گیا
reason-not-store-program = یہ khabar کا ذخیرہ نہیں (کسی اور پروگرام کا SQLite ڈیٹا بیس، شناخت { $id })؛ اسے جوں کا توں چھوڑ دیا گیا
reason-not-store-tables = یہ khabar کا ذخیرہ نہیں (دوسری ٹیبلز والا SQLite ڈیٹا بیس)؛ اسے جوں کا توں چھوڑ دیا گیا
reason-exists = پہلے سے سبسکرائب ہے: { $address }
reason-no-match = کوئی سبسکرپشن { $name } سے مطابق نہیں (khabar feeds دیکھیں)
reason-no-data-folder = اس نظام میں ڈیٹا فولڈر نہیں؛ { $option } سے ذخیرہ بتائیں
reason-ambiguous = { $name } { $count } سبسکرپشنز سے مطابق ہے؛ پتے یا نمبر سے ایک بتائیں
reason-no-item = ایسا کوئی آئٹم نہیں: { $id }
reason-query = یہ تلاش استعمال نہیں ہو سکتی: { $error }
reason-regex = درست ریگولر ایکسپریشن نہیں ({ $error })
reason-search-not-started = تلاش شروع نہ ہو سکی: { $error }
reason-damaged = آئٹم { $id } خراب حالت میں محفوظ ہے: { $error }
# The config file's problems (src/config.rs, ConfigError).
reason-config-at = { $file }، سطر { $line }: { $reason }
reason-config-toml = درست TOML نہیں: { $error }
reason-config-bidi = bidi: ”{ $value }“ کوئی موڈ نہیں (auto، explicit، terminal یا runs؛ on اور off بھی چلتے ہیں)
reason-config-language = language: ”{ $value }“ کے لیے پیغامات کی فہرست نہیں (معلوم: { $known })
reason-config-quote-style = theme.quote_style: ”{ $value }“ کوئی انداز نہیں (معلوم: { $known })
reason-config-colour-name = theme.{ $name }: ایسی کوئی رنگ کی ترتیب نہیں (معلوم: { $known })
reason-config-colour = theme.{ $name }: رنگ ”{ $value }“ پڑھا نہ جا سکا (yellow جیسا نام، یا { "#rrggbb" })
reason-config-key = { $key }: { $error }
cli-no-config-folder = (اس نظام پر ترتیبات کا کوئی فولڈر نہیں)

## Warnings of the loader (issue 16): `khabar: warning: FILE: …`
report-warning = انتباہ
reason-warn-invalid-utf8 = بائٹ { $at } پر غلط UTF-8: متبادل حروف کے ساتھ پڑھا گیا
reason-warn-read-also = «یہ بھی پڑھیں» کے { $count } ربط؛ پہلے { $max } رکھے گئے
reason-warn-inline-links = متن میں { $count } ربط؛ صرف پہلے { $max } ربط کے طور پر رکھے گئے
reason-warn-items-dropped = فیڈ میں { $total } آئٹم؛ پہلے { $max } رکھے گئے
reason-warn-malformed = فیڈ خراب ہے ({ $error })؛ اس مرمت کے بعد پڑھی گئی: { $repair }
reason-repair-utf8 = اعلان کردہ انکوڈنگ کے باوجود UTF-8 کے طور پر پڑھی گئی
reason-repair-ampersands = بھٹکے ہوئے «&» حروف کو اینٹٹی بنایا گیا
reason-repair-cdata = ایک نامکمل CDATA حصہ بند کیا گیا
reason-repair-declarations = دستاویز کے اندر XML اعلانات ہٹائے گئے
reason-warn-untitled-one = آئٹم { $item } کا کوئی عنوان نہیں؛ اس کے پہلے الفاظ عنوان کی جگہ ہیں
reason-warn-untitled-many = { $count } آئٹموں کا کوئی عنوان نہیں (پہلا آئٹم { $first } ہے)؛ ان کے پہلے الفاظ عنوان کی جگہ ہیں
reason-warn-left-out-one = آئٹم { $item }: اس کا مواد چھوڑ دیا گیا ({ $reason })
reason-warn-left-out-many = آئٹم { $item }: اس کا مواد چھوڑ دیا گیا ({ $reason })؛ { $others ->
    [one] ایک اور آئٹم
   *[other] { $others } اور آئٹموں
} کا بھی
reason-warn-names-feed = یہ صفحہ فیڈ { $feed } بتاتا ہے: کمانڈ { $command } اس کی رکنیت لیتی ہے
reason-opml-xml = اس فائل کا XML سطر { $line }، کالم { $column } پر ٹوٹا ہوا ہے
reason-not-opml = یہ OPML نہیں: دستاویز { $element } ہے، <opml> نہیں
reason-opml-no-element = یہ OPML نہیں: اس میں کوئی عنصر نہیں
reason-opml-too-large = { $max } بائٹ سے بڑی؛ khabar اتنے سائز تک کی OPML فائلیں پڑھتا ہے
reason-since = { $option } «{ $value }»: تاریخ YYYY-MM-DD کی شکل میں یا پچھلے دنوں کی تعداد Nd (7d) کی شکل میں دیں
reason-names-feed-add = { $reason }؛ { $offer }
# The words of third-party errors (SQLite, the feed parser, HTTP, the system) said by their kind.
reason-not-folder = راستے کا ایک حصہ فولڈر نہیں
reason-invalid-data = ڈیٹا درست نہیں
reason-read-only-fs = فائل سسٹم صرف پڑھنے کے لیے ہے
reason-storage-full = ڈسک پر جگہ باقی نہیں رہی
reason-quota = ڈسک کا کوٹا ختم ہو گیا
reason-already-exists = یہ پہلے سے موجود ہے
reason-unexpected-eof = یہ اپنے اختتام سے پہلے ہی ختم ہو گیا
reason-timed-out = وقت پر کوئی جواب نہیں آیا
reason-connection-reset = کنکشن ٹوٹ گیا
reason-unreachable = نیٹ ورک تک رسائی نہیں
reason-invalid-file-name = فائل کا نام درست نہیں
reason-db-busy = کوئی اور پروگرام اس وقت ذخیرے میں لکھ رہا ہے؛ تھوڑی دیر بعد دوبارہ کوشش کریں
reason-db-corrupt = ذخیرہ خراب ہے اور SQLite اسے پڑھ نہیں سکتا؛ اسے جوں کا توں چھوڑ دیا گیا
reason-db-read-only = ذخیرے میں لکھا نہیں جا سکتا (یہ صرف پڑھنے کے لیے ہے)
reason-db-cannot-open = ذخیرہ کھل نہیں سکا (اس کا فولڈر موجود نہیں یا اس میں لکھا نہیں جا سکتا)
reason-db-io = ذخیرہ پڑھتے یا لکھتے وقت ڈسک ناکام ہو گئی
reason-connection-failed = سرور سے کنکشن نہیں ہو سکا
reason-tls = محفوظ کنکشن (TLS) ناکام رہا ({ $error })
reason-protocol = سرور کا جواب درست HTTP نہیں ({ $error })
reason-status-not-found = سرور پر اس پتے کا کوئی صفحہ نہیں (HTTP { $status })
reason-status-forbidden = سرور اس پتے تک رسائی سے انکار کرتا ہے (HTTP { $status })
reason-status-too-many = سرور بہت زیادہ درخواستیں رد کر رہا ہے؛ بعد میں دوبارہ کوشش کریں (HTTP { $status })
reason-status-server = سرور جواب دینے میں ناکام رہا (HTTP { $status })
reason-feed-no-root = یہ فیڈ نہیں: اس میں <rss>، <feed> یا <rdf:RDF> عنصر نہیں
reason-feed-xml = فیڈ کا XML سطر { $line }، کالم { $column } پر ٹوٹا ہوا ہے
reason-feed-xml-broken = فیڈ کا XML ٹوٹا ہوا ہے
reason-feed-json = اس JSON Feed کی ساخت سطر { $line }، کالم { $column } پر ٹوٹی ہوئی ہے
reason-feed-json-version = ورژن { $version } والی JSON Feed معاون نہیں
reason-warn-repaired = { $error }؛ اس مرمت کے بعد پڑھی گئی: { $repair }
