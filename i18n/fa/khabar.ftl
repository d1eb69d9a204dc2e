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
bidi-places = — در { $places }
list-separator = {"، "}
spoof-headline = تیتر
spoof-byline = سطر منبع
spoof-paragraph = بند { $n }
spoof-quote = نقل‌قول { $n }
spoof-link = پیوند { $n }
spoof-footer = پانویس
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
help-save = ذخیرهٔ مطلب برای بعد (دوباره: لغو ذخیره)؛ هر مقالهٔ دیگر: نگه‌داشتن آن در انبار
help-refresh = اشتراک‌ها: به‌روزرسانی همهٔ خوراک‌ها در پس‌زمینه
help-add-feed = اشتراک در یک نشانی (یک خوراک، یا صفحه‌ای که خوراکش را نام می‌برد)
help-focus-next = رفتن به قاب بعدی (متن، نقل‌قول‌ها، بیشتر بخوانید، کتابخانه)
help-focus-prev = رفتن به قاب قبلی
help-next-link = رفتن به پیوند بعدی (متن، سپس بیشتر بخوانید؛ چرخشی)
help-prev-link = رفتن به پیوند قبلی
help-activate = باز کردن پیوند / رفتن به نقل‌قول / باز کردن مطلب
help-follow-1 = باز کردن پیوند ۱ تا ۹ «بیشتر بخوانید»
help-back = بازگشت به مطلب قبلی، همان‌جا که بودید
help-forward = دوباره جلو
help-right = بازگشت، مانند Backspace
help-left = دنبال کردن پیوند / باز کردن، مانند Enter
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
help-help-page-down = یک صفحه پایین در راهنما
help-help-page-up = یک صفحه بالا در راهنما
help-help-top = رفتن به ابتدای راهنما
help-help-bottom = رفتن به انتهای راهنما
help-help-search = جست‌وجو در راهنما (یکسان‌سازی‌شده؛ Enter نگه می‌دارد، Esc لغو می‌کند)
help-help-search-next = مورد بعدی در راهنما (چرخشی)
help-help-search-prev = مورد قبلی در راهنما
help-find = جست‌وجو: { $query } · { $result }
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
# پیام‌های نوار وضعیت خواننده (src/app): کاری که یک کلید کرد، یا چرا نتوانست.
status-opening = در حال باز کردن { $url }
status-opened = { $url } با { $program } باز شد
status-not-opened = باز نشد: { $why }
status-open-no-browser = باز نشد: مرورگری پیدا نشد ($BROWSER را تنظیم کنید)
status-open-cannot-run = باز نشد: اجرای { $program } ممکن نشد: { $error }
status-open-exited = باز نشد: { $program } با وضعیت { $code } پایان یافت
status-open-exited-said = باز نشد: { $program } با وضعیت { $code } پایان یافت: { $stderr }
status-open-signal = باز نشد: { $program } با یک سیگنال متوقف شد
status-open-signal-said = باز نشد: { $program } با یک سیگنال متوقف شد: { $stderr }
copy-what-quote = نقل‌قول
copy-what-link = نشانی پیوند
copy-what-article = نشانی مقاله
copy-whole = { $what } ({ $count -> 
    [one] { $count } نویسه
   *[other] { $count } نویسه
})
copy-cut = { $count } کیلوبایت نخست { $what } (حد کلیپ‌بورد)
status-copied = { $what } با OSC 52 کپی شد
status-not-copied = کپی نشد: { $why }
status-no-quote = هیچ نقل‌قولی انتخاب نشده
status-nothing-to-copy = چیزی برای کپی نیست: روی یک پیوند ({ $tab }) یا یک نقل‌قول ({ $pane }) تمرکز کنید
status-no-link-no-address = هیچ پیوندی در تمرکز نیست و مقاله نشانی ندارد ({ $tab } روی یک پیوند تمرکز می‌کند)
status-link-no-address = این پیوند نشانی ندارد
status-a-file = { $name } یک پرونده است، نه نشانی وب
status-no-earlier = مقاله‌ی قبلی‌ای نیست
status-no-later = مقاله‌ی بعدی‌ای نیست
status-no-links = این مقاله پیوندی ندارد
status-links-wrapped = پیوندها از نو آغاز شد
status-link-here = این پیوند به همین مقاله می‌رسد
status-not-followed = دنبال نشد: { $why }
status-full-not-loaded = مقاله‌ی کامل بارگیری نشد: { $why }
status-full-loaded = مقاله‌ی کامل، بارگیری‌شده از نشانی‌اش
status-closest = در کتابخانه نیست؛ نزدیک‌ترین تیتر: { $headline }
status-no-title = هیچ مقاله‌ای در کتابخانه با «{ $title }» جور نیست
status-no-article-in = هیچ مقاله‌ای در { $what } نیست
status-no-read-also = این مقاله پیوند «بیشتر بخوانید» ندارد
status-no-read-also-n = پیوند «بیشتر بخوانید» شماره‌ی { $n } نیست: { $count -> 
    [one] { $count } پیوند هست
   *[other] { $count } پیوند هست
}
status-cancelled = بارگیری { $what } لغو شد
status-no-link-focused = هیچ پیوندی در تمرکز نیست ({ $tab } روی پیوند بعدی تمرکز می‌کند)
first-run-headline = هنوز اشتراکی نیست
first-run-body = این انبار ({ $file }) هنوز اشتراکی ندارد. برای افزودن خوراک، { $add } را بزنید و نشانی‌اش را بنویسید؛ نشانی صفحه‌ای که خوراکش را نام می‌برد هم کافی است.
first-run-commands = از پوسته: khabar add URL در یک خوراک مشترک می‌شود، و khabar import FILE.opml اشتراک‌های خوانندهٔ دیگری را می‌آورد.
first-run-try = تا آن زمان، مقاله‌های همراه برای آزمودن پس از این یادداشت آمده‌اند: { $next } بعدی را باز می‌کند.
no-items-headline = هنوز مطلبی نیست
no-items-body = { $count -> 
    [one] { $count } اشتراک
   *[other] { $count } اشتراک
}، هنوز مطلبی نیست. برای گرفتنشان { $key } را بزنید (یا khabar update را اجرا کنید).
prompt-add-title = اشتراک در: نشانی یک خوراک، یا یک صفحه
status-subscribing = در حال اشتراک در { $url }…
status-subscribed = در { $feed } مشترک شدید: { $count -> 
    [one] { $count } مطلب
   *[other] { $count } مطلب
}
status-not-subscribed = اشتراک انجام نشد: { $why }
status-keeping = در حال نگه‌داشتن مقاله در انبار…
status-kept = در انبار نگه داشته و ذخیره شد
status-not-kept = نگه داشته نشد: { $why }
status-no-store = انباری برای نوشتن نیست (پوشه‌اش معلوم نیست: --db FILE را به کار ببرید)

## The library pane: filter, order, headings, bulk marks, search of everything.
mode-filter = پالایش
mode-question = پرسش
hint-filter = پالایش
hint-unread = خوانده‌نشده
hint-sort = مرتب‌سازی
hint-yes = بله
hint-no = نه
help-library-search-all = کتابخانه: جست‌وجو در همهٔ مطلب‌ها (Enter مطلب را در جای یافته باز می‌کند)
help-library-library-filter = کتابخانه: پالایش هم‌زمان با نوشتن (عنوان، خوراک، نویسنده)
help-library-unread-only = کتابخانه: فقط خوانده‌نشده‌ها یا همه (مانند `l` در newsboat)
help-library-sort-next = کتابخانه: مرتب‌سازی بر پایهٔ تاریخ، خوراک، عنوان، اول خوانده‌نشده‌ها
help-library-toggle-groups = کتابخانه: مطلب‌ها زیر سرخط خوراکشان، یا یک فهرست
help-library-mark-feed-read = کتابخانه: علامت خوانده برای خوراک انتخاب‌شده (پس از پرسش)
help-library-mark-all-read = کتابخانه: علامت خوانده برای همهٔ مطلب‌ها (پس از پرسش)
help-filter-search-confirm = اعلان کتابخانه: نگه‌داشتن پالایش / جست‌وجو
help-filter-search-cancel = اعلان کتابخانه: کنار گذاشتن
help-filter-delete-back = اعلان کتابخانه: پاک کردن یک نویسه
help-filter-clear-query = اعلان کتابخانه: پاک کردن همه
help-confirm-confirm = پرسش: بله
help-confirm-close = پرسش: نه
sort-date = تازه‌ترین اول
sort-feed = بر پایهٔ خوراک
sort-title = بر پایهٔ عنوان
sort-unread-first = اول خوانده‌نشده‌ها
note-sorted = مرتب‌سازی: { $order }
note-nothing-unread = مطلب خوانده‌نشده‌ای نیست
note-marked-none = چیزی علامت نخورد
note-marked-all-read = { $count } مطلب خوانده شد
ask-mark-feed-read = { $count } مطلب خوانده‌نشدهٔ { $feed } خوانده شود؟ { $yes }/{ $no }
ask-mark-all-read = { $count } مطلب خوانده‌نشده خوانده شود؟ { $yes }/{ $no }
library-filter = پالایش
library-search = جست‌وجو در همه
library-searching = در حال جست‌وجوی { $query }…
library-indexing = در حال نمایه‌سازی { $count } مطلب، سپس جست‌وجوی { $query }…
library-found = { $count } مطلب با { $query }
library-unread-only = فقط خوانده‌نشده‌ها
library-articles = { $count } مطلب
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
update-disk-full = { $file }: دیسکی که انبار روی آن است پر است: خوراک‌هایی که ناموفق بودند نوشته نشدند؛ انبار همان را دارد که پیش از آن‌ها داشت
cli-import-skipped = { $file }: از { $address } گذشتیم: { $reason }
opml-title = اشتراک‌های khabar
update-failed = ناموفق: { $error }
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
problems-more = { $first } (و { $count } پروندهٔ دیگر که باز نشد)
cli-not-a-terminal = خواننده روی پایانه می‌کشد و خروجی استاندارد پایانه نیست (بسته یا هدایت‌شده)؛ فرمان khabar dump FILE مطلب را به‌صورت متن چاپ می‌کند
term-fix-mlterm-multiplexer = mlterm درون tmux: در آن use_ctl=false و bidi="explicit" بگذارید
term-fix-forced-terminal = در { $terminal } متن با bidi="runs" درست خوانده می‌شود، نه "terminal"

## Error reasons (src/i18n/errors.rs): what an error says, inside the sentences above.
reason-in-file = { $file }: { $reason }
reason-not-found = چنین پرونده یا پوشه‌ای نیست
reason-permission-denied = اجازهٔ دسترسی نیست
reason-is-folder = این یک پوشه است
reason-io = { $error }
reason-empty-file = پرونده خالی است
reason-binary = داده‌های دودویی، نه مطلب
reason-file-too-large = اندازهٔ پرونده { $size } بایت است؛ khabar مطلب‌هایی تا { $max } بایت را می‌خواند
reason-line-too-long = سطر { $line } { $len } بایت است؛ khabar سطرهایی تا { $max } بایت را می‌خواند
reason-json = مطلب JSON نامعتبر: { $error }
reason-unsupported = { $what } هنوز پشتیبانی نمی‌شود
reason-no-articles = در این پوشه مطلبی نیست
reason-too-deep = عنصرها بیش از { $max } لایه تو در تو هستند؛ khabar چنین HTMLی را نمی‌پذیرد
reason-no-text = در این پروندهٔ { $what } متن مطلبی پیدا نشد
reason-not-a-feed = این خوراک نیست: این { $what } است
reason-names-feed = { $reason }؛ این صفحه خوراکی را نام می‌برد: { $address }
reason-feed-empty = خوراک هیچ موردی ندارد
reason-feed = خوراک نامعتبر: { $error }
reason-parser-failed = تجزیه‌گر { $what } روی این ورودی شکست خورد ({ $error })
reason-not-http = khabar فقط نشانی‌های http و https را دنبال می‌کند، نه { $scheme }
reason-address-spaces = نشانی فاصله یا نویسهٔ کنترلی دارد
reason-address-no-host = نشانی میزبان ندارد
reason-address-invalid = این نشانی معتبر نیست ({ $error })
reason-refused = نشانی رد شد: { $error }
reason-status = سرور با کد { $status } پاسخ داد
reason-timeout = در { $seconds } ثانیه پاسخی نیامد
reason-page-too-large = صفحه بزرگ‌تر از { $bytes } بایت است
reason-redirects = بیش از { $count } تغییر مسیر
reason-host-not-found = میزبانی با این نام نیست
reason-connection-refused = سرور اتصال را نپذیرفت
reason-network = اتصال ناموفق بود: { $error }
reason-db = خطای پایگاه داده: { $error }
reason-disk-full = دیسکی که انبار روی آن است پر است؛ چیزی از آن نوشته نشد
reason-store-newer = این انبار را khabar تازه‌تری نوشته است (طرح‌وارهٔ { $found }؛ این نسخه { $known } را می‌شناسد)؛ دست‌نخورده ماند
reason-not-store = این انبار khabar نیست (پایگاه دادهٔ SQLite‌ای که khabar نمی‌تواند بخواند)؛ دست‌نخورده ماند
reason-not-store-file = این انبار khabar نیست (پایگاه دادهٔ SQLite هم نیست)؛ دست‌نخورده ماند
reason-not-store-program = این انبار khabar نیست (پایگاه دادهٔ SQLite برنامه‌ای دیگر، با شناسهٔ { $id })؛ دست‌نخورده ماند
reason-not-store-tables = این انبار khabar نیست (پایگاه دادهٔ SQLite با جدول‌های دیگر)؛ دست‌نخورده ماند
reason-exists = از پیش مشترک هستید: { $address }
reason-no-match = هیچ اشتراکی با { $name } جور نیست (khabar feeds را ببینید)
reason-ambiguous = { $name } با { $count } اشتراک جور است؛ یکی را با نشانی یا شماره‌اش نام ببرید
reason-no-item = چنین موردی نیست: { $id }
reason-query = این جست‌وجو به کار نمی‌آید: { $error }
reason-damaged = مورد { $id } آسیب‌دیده ذخیره شده است: { $error }
# The config file's problems (src/config.rs, ConfigError).
reason-config-at = { $file }، سطر { $line }: { $reason }
reason-config-toml = TOML معتبر نیست: { $error }
reason-config-bidi = bidi: «{ $value }» حالت نیست (auto، explicit، terminal یا runs؛ on و off هم کار می‌کنند)
reason-config-language = language: برای «{ $value }» فهرست پیامی نیست (شناخته‌شده‌ها: { $known })
reason-config-quote-style = theme.quote_style: «{ $value }» سبک نیست (شناخته‌شده‌ها: { $known })
reason-config-colour-name = theme.{ $name }: چنین تنظیم رنگی نیست (شناخته‌شده‌ها: { $known })
reason-config-colour = theme.{ $name }: رنگ «{ $value }» خوانده نشد (نامی مثل yellow، یا { "#rrggbb" })
reason-config-key = { $key }: { $error }
cli-no-config-folder = (این سیستم پوشهٔ تنظیمات ندارد)

## Warnings of the loader (issue 16): `khabar: warning: FILE: …`
report-warning = هشدار
reason-warn-invalid-utf8 = UTF-8 نامعتبر در بایت { $at }: با نویسه‌های جایگزین رمزگشایی شد
reason-warn-read-also = { $count } پیوند «بیشتر بخوانید»؛ { $max } پیوند نخست نگه داشته شد
reason-warn-inline-links = { $count } پیوند در متن؛ تنها { $max } پیوند نخست پیوند می‌مانند
reason-warn-items-dropped = { $total } مورد در خوراک؛ { $max } مورد نخست نگه داشته شد
reason-warn-malformed = خوراک خراب است ({ $error })؛ پس از این ترمیم بار شد: { $repair }
reason-repair-utf8 = با وجود رمزگذاری اعلام‌شده‌اش، UTF-8 خوانده شد
reason-repair-ampersands = نویسه‌های «&» سرگردان گریزانده شدند
reason-repair-cdata = بخش CDATA ناتمام بسته شد
reason-repair-declarations = اعلان‌های XML درون سند حذف شدند
reason-warn-untitled-one = مورد { $item } عنوان ندارد؛ نخستین واژه‌هایش جای آن را می‌گیرند
reason-warn-untitled-many = { $count } مورد عنوان ندارند (نخستین آن‌ها مورد { $first } است)؛ نخستین واژه‌هایشان جای عنوان را می‌گیرند
reason-warn-left-out-one = مورد { $item }: محتوایش کنار گذاشته شد ({ $reason })
reason-warn-left-out-many = مورد { $item }: محتوایش کنار گذاشته شد ({ $reason })؛ محتوای { $others } مورد دیگر نیز
reason-warn-names-feed = این صفحه خوراک { $feed } را نام می‌برد: فرمان { $command } آن را مشترک می‌شود
reason-opml-xml = سطر { $line }: { $error }
reason-not-opml = این OPML نیست: سند { $element } است، نه <opml>
reason-opml-no-element = این OPML نیست: هیچ عنصری ندارد
reason-opml-too-large = بزرگ‌تر از { $max } بایت؛ khabar پرونده‌های OPML را تا این اندازه می‌خواند
reason-since = --since «{ $value }»: تاریخی به شکل YYYY-MM-DD یا شمار روزهای گذشته به شکل Nd (7d) بدهید
reason-names-feed-add = { $reason }؛ { $offer }
