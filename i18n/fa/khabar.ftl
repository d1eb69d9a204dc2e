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
# پنجرهٔ راهنما: یک پیام برای هر ردیف جدول کلیدها.
help-down = یک خط پایین / مورد بعدی
help-up = یک خط بالا / مورد قبلی
help-page-down = یک صفحه پایین
help-page-up = یک صفحه بالا
help-half-down = نیم صفحه پایین
help-half-up = نیم صفحه بالا
help-top = رفتن به ابتدا
help-bottom = رفتن به انتها
help-next-article = مطلب بعدی کتابخانه (پس از آخری، اولی)
help-prev-article = مطلب قبلی کتابخانه
help-library = نمایش یا پنهان کردن قاب کتابخانه
help-side = نمایش یا پنهان کردن ستون نقل‌قول‌ها و «بیشتر بخوانید»
help-bidi = ترتیب دیداری یا منطقی (ترفندهای نویسه‌های کنترل جهت را آشکار می‌کند)
help-toggle-read = اشتراک‌ها: علامت خوانده یا خوانده‌نشده
help-save = اشتراک‌ها: ذخیرهٔ مطلب برای بعد (دوباره: لغو ذخیره)
help-refresh = اشتراک‌ها: به‌روزرسانی همهٔ خوراک‌ها در پس‌زمینه
help-focus-next = رفتن به قاب بعدی (متن، نقل‌قول‌ها، بیشتر بخوانید، کتابخانه)
help-focus-prev = رفتن به قاب قبلی
help-next-link = رفتن به پیوند بعدی (متن، سپس بیشتر بخوانید؛ چرخشی)
help-prev-link = رفتن به پیوند قبلی
help-activate = باز کردن پیوند / رفتن به نقل‌قول / باز کردن مطلب
help-follow-1 = باز کردن پیوند ۱ تا ۹ «بیشتر بخوانید»
help-back = بازگشت به مطلب قبلی، همان‌جا که بودید
help-forward = دوباره جلو
help-links = فهرست همهٔ پیوندها (برای فیلتر بنویسید، Enter باز می‌کند)
help-open = باز کردن پیوند انتخاب‌شده (یا مطلب) در مرورگر
help-copy = رونوشت نشانی پیوند یا نقل‌قول انتخاب‌شده (OSC 52)
help-search = جست‌وجو هم‌زمان با نوشتن (re: برای عبارت باقاعده)
help-search-next = مورد بعدی (چرخشی)
help-search-prev = مورد قبلی
help-help = نمایش این راهنما
help-close = بستن قاب کتابخانه / پاک کردن جست‌وجو
help-quit = خروج
help-suspend = تعلیق و بازگشت به پوسته (fg ادامه می‌دهد)
help-redraw = بازکشیدن صفحه
help-search-search-confirm = جست‌وجو: نگه‌داشتن عبارت
help-search-search-cancel = جست‌وجو: لغو و بازگشت به جای قبلی
help-search-search-mode = جست‌وجو: حالت یکسان‌سازی (یکسان‌شده، آزاد، دقیق)
help-search-history-prev = جست‌وجو: عبارت قبلی این نشست
help-search-history-next = جست‌وجو: عبارت بعدی این نشست
help-search-delete-back = جست‌وجو: پاک کردن یک نویسه
help-search-clear-query = جست‌وجو: پاک کردن عبارت
help-links-down = پیوندها: مورد بعدی
help-links-up = پیوندها: مورد قبلی
help-links-page-down = پیوندها: یک صفحه پایین
help-links-page-up = پیوندها: یک صفحه بالا
help-links-activate = پیوندها: باز کردن پیوند انتخاب‌شده
help-links-close = پیوندها: بستن فهرست
help-links-delete-back = پیوندها: پاک کردن یک نویسه از فیلتر
help-links-clear-query = پیوندها: پاک کردن فیلتر
help-help-down = پیمایش راهنما به پایین
help-help-up = پیمایش راهنما به بالا
help-help-close = بستن راهنما
note-not-subscribed = { $m }، { $s } و { $r } برای اشتراک‌ها هستند (khabar add URL)
note-updating = در حال به‌روزرسانی…
note-not-stored = این مطلب در انبار نیست
note-marked-read = خوانده علامت خورد
note-marked-unread = خوانده‌نشده علامت خورد
note-saved = برای بعد ذخیره شد
note-unsaved = از ذخیره‌شده‌ها برداشته شد
note-read-only = انبار اینجا فقط‌خواندنی است: علامت‌ها تا بسته‌شدن khabar می‌مانند
note-marks-busy = { $count } علامت در انتظار است: khabar دیگری در انبار می‌نویسد؛ وقتی آزاد شد نوشته می‌شوند
note-marks-failed = علامت‌ها در انتظارند: { $error }
note-already-updating = به‌روزرسانی در جریان است
note-update-progress = در حال به‌روزرسانی { $progress }…
note-update-failed = به‌روزرسانی ناموفق بود: { $error }
# خروجی فرمان‌ها (src/feeds_cli.rs و src/subscribe/progress.rs) و یادداشتی که وقتی انبار مطلبی ندارد دیده می‌شود.
cli-subscribed = مشترک { $name } شدید با شمارهٔ { $id }؛ فرمان khabar update آن را می‌گیرد
cli-unsubscribed = اشتراک { $name } لغو شد ({ $url })
cli-no-feeds = هنوز اشتراکی ندارید: khabar add URL، یا khabar import FILE.opml
cli-no-feeds-to-update = اشتراکی برای به‌روزرسانی نیست: khabar add URL، یا khabar import FILE.opml
cli-feed-unread = { $pos } خوانده‌نشده
cli-not-fetched = هنوز گرفته نشده
cli-last-failed = آخرین به‌روزرسانی ناموفق بود: { $error }
cli-imported = { $added } خوراک وارد شد (از پیش مشترک: { $known }، کنار گذاشته: { $skipped })؛ فرمان khabar update آن‌ها را می‌گیرد
update-summary = { $feeds } خوراک: { $new } مطلب تازه، تغییرکرده: { $changed }، بی‌تغییر: { $unmodified }، ناموفق: { $failed }
update-new = { $new } تازه
update-new-changed = { $new } تازه، { $changed } تغییرکرده
update-not-modified = بی‌تغییر
update-failed = ناموفق: { $error }
note-empty-headline = هنوز مطلبی نیست
note-empty-body = { $feeds } اشتراک دارید و هنوز مطلبی نیست. برای گرفتنشان { $key } را بزنید (یا khabar update را اجرا کنید).
note-update-stopped = به‌روزرسانی پیش از پایان متوقف شد
cli-no-date = بی‌تاریخ
cli-unread = خوانده‌نشده
cli-search-none = هیچ مطلب ذخیره‌شده‌ای منطبق نیست
cli-vacuumed = { $dropped } مطلب حذف شد؛ انبار { $file } فشرده شد
dump-matches = { $count } مورد منطبق
cli-paths-and-subcommand = { $paths } پیش از زیرفرمان: پرونده‌ها را یا به خواننده بدهید یا به زیرفرمان، نه هر دو
cli-already-subscribed = از پیش مشترک هستید: { $url }
cli-no-match = هیچ اشتراکی با «{ $what }» جور نیست (khabar feeds را ببینید)
cli-ambiguous = «{ $what }» با { $count } اشتراک جور است؛ یکی را با نشانی یا شماره‌اش نام ببرید
