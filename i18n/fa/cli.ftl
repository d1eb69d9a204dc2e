# خط فرمان khabar به فارسی: ‎--help‎ و خطاهای کاربردی که clap می‌گیرد (src/cli/lang.rs).
cli-about = خبرخوانی برای پایانه که عربی، فارسی و عبری را از راست به چپ نشان می‌دهد
cli-long-about =
    با khabar (یعنی «خبر») مطلب‌ها را در پایانه می‌خوانید و متن راست‌به‌چپ با ترتیب دیداری درست نشان داده می‌شود.

    بدون PATH اشتراک‌هایتان را باز می‌کند (khabar add URL)، و اگر اشتراکی نباشد، مطلب‌های همراه برنامه را.
cli-arg-add-name = نامی که به جای عنوان خود خوراک نشان داده شود
cli-arg-add-url = نشانی خوراک (http یا https)
cli-arg-bidi = متن راست‌به‌چپ چگونه نوشته شود: `explicit` (ترتیب دیداری؛ از پایانه خواسته می‌شود که ترتیب را عوض نکند)، `terminal` (ترتیب منطقی در هر سطرِ جاگذاشته، برای پایانه‌هایی که خودشان ترتیب را عوض می‌کنند)، `runs` (ترتیب دیداری تکه‌ها و هر تکهٔ راست‌به‌چپ با ترتیب منطقی، برای پایانه‌هایی که با جهت پایهٔ چپ‌به‌راست ترتیب را عوض می‌کنند: Konsole)، `auto` (خواننده خودش تشخیص می‌دهد؛ `khabar doctor` نشان می‌دهد چه یافته است). `on` یعنی explicit و `off` یعنی terminal [پیش‌فرض: auto برای خواننده، explicit برای خروجی]
cli-arg-completions-shell = پوسته
cli-arg-config = پروندهٔ پیکربندی که به جای پروندهٔ پیش‌فرض خوانده شود (نگاه کنید به `khabar config`)
cli-arg-config-print = چاپ پیکربندی مؤثر (پیش‌فرض‌ها با اعمال پرونده) به‌صورت TOML
cli-arg-db = پایگاه دادهٔ اشتراک‌ها، مدخل‌ها و مطلب‌های ذخیره‌شده [پیش‌فرض: khabar.db در پوشهٔ داده‌ها؛ `khabar feeds --where` جای آن را چاپ می‌کند]
cli-arg-dump-exact = جست‌وجو بدون یکسان‌سازی (اعراب، شکل حروف، رقم‌ها و بزرگی و کوچکی حروف باید یکی باشند)
cli-arg-dump-json = چاپ مدل مطلب به‌صورت JSON (یک شیء برای یک مطلب، یک آرایه برای چند مطلب)
cli-arg-dump-loose = جست‌وجو با یکسان‌سازی پایه‌های همزه هم (ؤ ← و، ئ ← ي)
cli-arg-dump-paths = پرونده‌ها یا پوشه‌های مطلب، مطلب‌های `bundled:` یا نشانی‌های وب
cli-arg-dump-search = چاپ شمار یافته‌ها، سپس هر سطرِ چیده‌شده‌ای که یافته‌ای در آن است، با نشانهٔ `^` زیر آن (`re:` یک عبارت باقاعده را آغاز می‌کند)
cli-arg-dump-width = پهنای متن بر حسب ستون
cli-arg-export-file = نوشتن در این پرونده به جای خروجی استاندارد
cli-arg-feeds-where = فقط چاپ جای پایگاه داده
cli-arg-import-file = پروندهٔ OPML
cli-arg-layout-file = پروندهٔ ورودی؛ `-` یا هیچ، از ورودی استاندارد می‌خواند
cli-arg-layout-isolate-addresses = چیدن نشانی‌های وب و رایانامه به‌صورت یک واحد چپ‌به‌راست که فقط پس از `/ ? & .` شکسته می‌شود (مانند خواننده و `dump`)؛ بدون آن: UAX #9 ساده، قابل مقایسه با FriBidi
cli-arg-layout-no-pad = سطرهای راست‌چین را با فاصله در آغازشان پر نکن
cli-arg-layout-width = پهنای سطر بر حسب ستون
cli-arg-paths = پرونده‌ها یا پوشه‌های مطلب برای باز کردن (هر پرونده پوشه‌اش را هم به‌عنوان کتابخانه می‌آورد)، نشانی‌های وب (http، https: صفحهٔ یک مطلب یا یک خوراک)، `bundled:` (مطلب‌های همراه) یا `bundled:NAME`
cli-arg-remove-feed = خوراک: شماره‌اش در `khabar feeds`، نشانی‌اش یا نامش
cli-arg-search-exact = جست‌وجو بدون یکسان‌سازی (اعراب، شکل حروف، رقم‌ها و بزرگی و کوچکی حروف باید یکی باشند)
cli-arg-search-feed = فقط همین خوراک (شماره، نشانی یا نام)
cli-arg-search-json = چاپ نتیجه‌ها به‌صورت JSON
cli-arg-search-limit = حداکثر این شمار نتیجه (0: همه)
cli-arg-search-loose = جست‌وجو با یکسان‌سازی پایه‌های همزه و حروف پایانی عبری هم
cli-arg-search-query = آنچه باید یافت (`re:` یک عبارت باقاعده را آغاز می‌کند)
cli-arg-search-rank = ترتیب نتیجه‌ها
cli-arg-search-rank-date = تازه‌ترین‌ها نخست
cli-arg-search-rank-relevance = بهترین تطابق نخست (bm25 در FTS5)
cli-arg-search-since = فقط مدخل‌های از این تاریخ (YYYY-MM-DD) یا از این شمار روز پیش (7d)
cli-arg-search-unread = فقط مدخل‌های خوانده‌نشده
cli-arg-shape = شکل‌دهی حروف عربی به صورت‌های نمایشی، برای پایانه‌هایی که خودشان شکل نمی‌دهند [پیش‌فرض: on]
cli-arg-update-feeds = فقط این خوراک‌ها (شماره، نشانی یا نام)؛ به‌طور پیش‌فرض همه
cli-arg-update-jobs = شمار خوراک‌هایی که هم‌زمان گرفته می‌شوند
cli-arg-update-timeout = مهلت هر خوراک بر حسب ثانیه (اتصال، پاسخ و بدنهٔ آن)
cli-arg-vacuum-include-unread = مدخل‌های خوانده‌نشده هم بروند (ذخیره‌شده‌ها همیشه می‌مانند)
cli-arg-vacuum-keep-days = نگه داشتن مدخل‌های تازه‌تر از این شمار روز [پیش‌فرض: `[store] keep_days`]
cli-arg-vacuum-keep-items = نگه داشتن حداکثر این شمار مدخل برای هر خوراک [پیش‌فرض: `[store] keep_items`]
cli-cmd-add = مشترک شدن در یک خوراک (RSS، Atom یا JSON Feed)؛ فرمان `khabar update` آن را می‌گیرد
cli-cmd-completions = چاپ تکمیل‌های پوسته برای khabar در SHELL (bash، zsh، fish، elvish، powershell)
cli-cmd-config = نشان دادن جایی که پروندهٔ پیکربندی از آن خوانده می‌شود؛ `--print` پیکربندی مؤثر را چاپ می‌کند
cli-cmd-doctor = این پایانه با متن راست‌به‌چپ چه می‌کند، کدام حالت جهت برگزیده شد و چرا
cli-cmd-dump = چاپ مطلب‌ها به‌صورت متن ساده (چیده‌شده) یا JSON
cli-cmd-export = چاپ اشتراک‌ها به‌صورت OPML 2.0 (یا نوشتن آن‌ها در FILE)
cli-cmd-feeds = فهرست اشتراک‌ها: شماره، نام، مدخل‌های خوانده‌نشده و ذخیره‌شده، نشانی، آخرین مشکل
cli-cmd-help = چاپ همین راهنما یا راهنمای زیرفرمان نام‌برده
cli-cmd-import = مشترک شدن در همهٔ خوراک‌های یک پروندهٔ OPML (`-` از ورودی استاندارد می‌خواند)
cli-cmd-layout = چیدن متن: هر سطر ورودی یک بند است که به‌صورت سطرهای صفحه چاپ می‌شود
cli-cmd-man = چاپ صفحهٔ راهنمای khabar (roff، برای `man -l -`)
cli-cmd-remove = لغو اشتراک یک خوراک؛ مدخل‌هایش هم می‌روند، جز ذخیره‌شده‌ها
cli-cmd-search = جست‌وجو در همهٔ مطلب‌های ذخیره‌شده (با یکسان‌سازی، مانند `/`): عنوان، خوراک، تاریخ، سطر منطبق
cli-cmd-update = گرفتن همهٔ اشتراک‌ها (یا آن‌هایی که نام برده شده‌اند) و ذخیرهٔ مدخل‌های تازه
cli-cmd-vacuum = حذف مدخل‌هایی که سیاست نگهداری نگه نمی‌دارد (`[store]` در پیکربندی)، سپس فشرده‌سازی
cli-examples =
    نمونه‌ها:
      khabar                                  اشتراک‌ها، یا مطلب‌های همراه
      khabar article.html notes/ https://example.org/news/1
                                              باز کردن پرونده‌ها، پوشه‌ها و صفحه‌های وب
      khabar bundled:                         مطلب‌های همراه khabar
      khabar dump --width 60 article.txt      چاپ یک مطلب چیده‌شده، به‌صورت متن
      khabar dump --search 'الصين' notes/     شمردن و نشان دادن یافته‌ها در هر پرونده
      khabar layout --width 60 < text.txt     چیدن هر سطر یک متن
      khabar config --print                   چاپ پیکربندی مؤثر
      khabar doctor                           این پایانه متن راست‌به‌چپ را چگونه نشان می‌دهد، و حالت برگزیده
      khabar add https://example.org/feed.xml  مشترک شدن در یک خوراک
      khabar update                           گرفتن همهٔ اشتراک‌ها
      khabar feeds                            فهرست اشتراک‌ها
      khabar remove 3                         لغو اشتراک خوراک شمارهٔ 3
      khabar import feeds.opml                مشترک شدن در همهٔ خوراک‌های یک پروندهٔ OPML
      khabar export feeds.opml                نوشتن اشتراک‌ها به‌صورت OPML
      khabar search 'الزلزال' --since 30d     جست‌وجو در همهٔ مطلب‌های ذخیره‌شده
      khabar vacuum --keep-days 90            حذف مدخل‌های خوانده‌شدهٔ کهنه و فشرده‌سازی انبار
      khabar completions bash > ~/.local/share/bash-completion/completions/khabar
      khabar man > khabar.1                   صفحهٔ راهنما

    وضعیت خروج: 0 انجام شد، 1 خطا (پرونده یا نشانی‌ای که خوانده نشد، گرفتنی که شکست خورد)،
    2 خطای کاربرد (گزینهٔ ناشناخته، پروندهٔ --config نادرست یا ناموجود).
cli-flag-help = چاپ راهنما
cli-flag-help-more = چاپ راهنما (جزئیات بیشتر با '--help')
cli-flag-help-summary = چاپ راهنما (خلاصه با '-h')
cli-flag-version = چاپ نسخه
cli-heading-usage = استفاده:
cli-heading-commands = فرمان‌ها:
cli-heading-arguments = آرگومان‌ها:
cli-heading-options = گزینه‌ها:
cli-default = [پیش‌فرض: { $value }]
cli-possible = [مقدارهای ممکن: { $values }]
cli-value-with-help = { $value } ({ $help })
cli-error-unknown-argument = خطا: آرگومان «{ $arg }» ناشناخته است
cli-error-unknown-subcommand = خطا: زیرفرمانی به نام «{ $arg }» نیست
cli-error-invalid-value = خطا: مقدار «{ $value }» برای «{ $arg }» معتبر نیست
cli-error-invalid-value-why = خطا: مقدار «{ $value }» برای «{ $arg }» معتبر نیست: { $reason }
cli-error-out-of-range = خطا: مقدار «{ $value }» برای «{ $arg }» معتبر نیست: عددی از { $low } تا { $high } لازم است
cli-error-not-a-number = خطا: مقدار «{ $value }» برای «{ $arg }» معتبر نیست: یک عدد صحیح لازم است
cli-error-missing = خطا: این آرگومان‌های لازم داده نشده‌اند:
cli-error-missing-subcommand = خطا: «{ $arg }» یک زیرفرمان لازم دارد
cli-error-conflict = خطا: «{ $arg }» را نمی‌توان با «{ $prior }» به کار برد
cli-error-repeated = خطا: «{ $arg }» را نمی‌توان بیش از یک بار داد
cli-error-too-many = خطا: مقدار ناخواستهٔ «{ $value }» برای «{ $arg }»؛ مقدار دیگری انتظار نمی‌رفت
cli-error-values-count = خطا: آرگومان «{ $arg }» شمار دیگری از مقدارها می‌گیرد
cli-error-no-equals = خطا: برای دادن مقدار به «{ $arg }» نشانهٔ مساوی لازم است
cli-error-utf8 = خطا: یکی از آرگومان‌ها UTF-8 معتبر نیست
cli-error-other = خطا: { $reason }
cli-tip-subcommand = نکته: زیرفرمان مشابهی هست: «{ $arg }»
cli-tip-argument = نکته: آرگومان مشابهی هست: «{ $arg }»
cli-tip-value = نکته: مقدار مشابهی هست: «{ $arg }»
cli-tip-dash = نکته: برای دادن «{ $arg }» به‌عنوان مقدار، بنویسید «{ $escaped }»
cli-error-usage = استفاده: { $usage }
cli-error-help = برای آگاهی بیشتر، «{ $help }» را بیازمایید.
