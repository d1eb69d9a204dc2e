# سطر أوامر khabar بالعربية: ‎--help‎ وأخطاء الاستخدام التي يكتشفها clap (src/cli/lang.rs).
cli-about = قارئ أخبار للطرفية يعرض العربية والفارسية والعبرية من اليمين إلى اليسار
cli-long-about =
    يقرأ khabar (أي «خبر») المقالات في الطرفية، ويعرض النص المكتوب من اليمين إلى اليسار بترتيبه المرئي الصحيح.

    من دون PATH يفتح اشتراكاتك (khabar add URL)، وإن لم تكن لك اشتراكات فالمقالات المرفقة به.
cli-arg-add-name = اسم يُعرض بدلًا من عنوان الخلاصة نفسها
cli-arg-add-url = عنوان الخلاصة (http أو https)
cli-arg-bidi = كيف يُكتب النص من اليمين إلى اليسار: `explicit` (ترتيب مرئي، ويُطلب من الطرفية ألّا تعيد الترتيب)، `terminal` (ترتيب منطقي في كل سطر موضوع، للطرفيات التي تعيد الترتيب بنفسها)، `runs` (ترتيب مرئي للمقاطع، وكل مقطع من اليمين إلى اليسار بترتيب منطقي، للطرفيات التي تعيد الترتيب باتجاه أساسي من اليسار إلى اليمين: Konsole)، `auto` (يكتشف القارئ ذلك بنفسه، والأمر `khabar doctor` يبيّن ما وجده). `on` تعني explicit و`off` تعني terminal [الافتراضي: auto في القارئ، وexplicit في المخرجات]
cli-arg-completions-shell = الصدفة
cli-arg-config = ملف إعدادات يُقرأ بدلًا من الملف الافتراضي (انظر `khabar config`)
cli-arg-config-print = طباعة الإعدادات الفعلية (القيم الافتراضية بعد تطبيق الملف) بصيغة TOML
cli-arg-db = قاعدة بيانات الاشتراكات والعناصر والمقالات المحفوظة [الافتراضي: khabar.db في مجلد البيانات، والأمر `khabar feeds --where` يطبع مكانها]
cli-arg-dump-exact = بحث دون طيّ (يجب أن تتطابق الحركات وأشكال الحروف والأرقام وحالة الأحرف)
cli-arg-dump-json = طباعة نموذج المقالة بصيغة JSON (كائن لمقالة واحدة، ومصفوفة لعدة مقالات)
cli-arg-dump-loose = بحث يطوي أيضًا كراسي الهمزة (ؤ ← و، ئ ← ي)
cli-arg-dump-paths = ملفات مقالات أو مجلدات، أو مقالات `bundled:`، أو عناوين ويب
cli-arg-dump-search = طباعة عدد المطابقات، ثم كل سطر منسّق فيه مطابقة، وتحتها علامة `^` (`re:` تبدأ تعبيرًا نمطيًّا)
cli-arg-dump-width = عرض النص بالأعمدة
cli-arg-export-file = الكتابة إلى هذا الملف بدلًا من المخرج القياسي
cli-arg-feeds-where = طباعة مكان قاعدة البيانات فقط
cli-arg-import-file = ملف OPML
cli-arg-layout-file = ملف الإدخال؛ `-` أو لا شيء يعني القراءة من الإدخال القياسي
cli-arg-layout-isolate-addresses = تنسيق عناوين الويب والبريد الإلكتروني وحدةً واحدة من اليسار إلى اليمين لا تنكسر إلا بعد `/ ? & .` (كما في القارئ و`dump`)؛ ومن دونه: UAX #9 المجرد، القابل للمقارنة مع FriBidi
cli-arg-layout-no-pad = عدم ملء الأسطر المحاذاة إلى اليمين بمسافات في أولها
cli-arg-layout-width = عرض السطر بالأعمدة
cli-arg-paths = ملفات مقالات أو مجلدات تُفتح (الملف يجلب معه مجلده مكتبةً)، أو عناوين ويب (http أو https: صفحة مقالة أو خلاصة)، أو `bundled:` (المقالات المرفقة) أو `bundled:NAME`
cli-arg-remove-feed = الخلاصة: رقمها في `khabar feeds` أو عنوانها أو اسمها
cli-arg-search-exact = بحث دون طيّ (يجب أن تتطابق الحركات وأشكال الحروف والأرقام وحالة الأحرف)
cli-arg-search-feed = في هذه الخلاصة وحدها (رقمها أو عنوانها أو اسمها)
cli-arg-search-json = طباعة النتائج بصيغة JSON
cli-arg-search-limit = هذا العدد من النتائج على الأكثر (0: كلها)
cli-arg-search-loose = بحث يطوي أيضًا كراسي الهمزة والحروف العبرية النهائية
cli-arg-search-query = ما يُبحث عنه (`re:` تبدأ تعبيرًا نمطيًّا)
cli-arg-search-rank = ترتيب النتائج
cli-arg-search-rank-date = الأحدث أولًا
cli-arg-search-rank-relevance = الأفضل مطابقةً أولًا (bm25 من FTS5)
cli-arg-search-since = العناصر منذ هذا التاريخ (YYYY-MM-DD) أو منذ هذا العدد من الأيام (7d) فقط
cli-arg-search-unread = العناصر غير المقروءة فقط
cli-arg-shape = تشكيل الحروف العربية في صور العرض، للطرفيات التي لا تشكّلها [الافتراضي: on]
cli-arg-update-feeds = هذه الخلاصات فقط (رقمها أو عنوانها أو اسمها)؛ وكلها إن لم تُذكر
cli-arg-update-jobs = عدد الخلاصات التي تُجلب في وقت واحد
cli-arg-update-timeout = المهلة المتاحة لخلاصة واحدة بالثواني (الاتصال والرد ومحتواه)
cli-arg-vacuum-include-unread = حذف العناصر غير المقروءة أيضًا (المحفوظة تبقى دائمًا)
cli-arg-vacuum-keep-days = إبقاء العناصر الأحدث من هذا العدد من الأيام [الافتراضي: `[store] keep_days`]
cli-arg-vacuum-keep-items = إبقاء هذا العدد من العناصر على الأكثر لكل خلاصة [الافتراضي: `[store] keep_items`]
cli-cmd-add = الاشتراك في خلاصة (RSS أو Atom أو JSON Feed)؛ والأمر `khabar update` يجلبها
cli-cmd-completions = طباعة إكمالات الصدفة لـ khabar من أجل SHELL (bash وzsh وfish وelvish وpowershell)
cli-cmd-config = عرض المكان الذي يُقرأ منه ملف الإعدادات؛ و`--print` يطبع الإعدادات الفعلية
cli-cmd-doctor = كيف تتعامل هذه الطرفية مع النص من اليمين إلى اليسار، ووضع الاتجاه المختار وسببه
cli-cmd-dump = طباعة المقالات نصًّا عاديًّا (منسّقًا) أو بصيغة JSON
cli-cmd-export = طباعة الاشتراكات بصيغة OPML 2.0 (أو كتابتها في FILE)
cli-cmd-feeds = قائمة الاشتراكات: الرقم والاسم والعناصر غير المقروءة والمخزنة والعنوان وآخر مشكلة
cli-cmd-help = طباعة هذه المساعدة أو مساعدة الأمر الفرعي المذكور
cli-cmd-import = الاشتراك في كل خلاصات ملف OPML (`-` يقرأ الإدخال القياسي)
cli-cmd-layout = تنسيق نص: كل سطر من الإدخال فقرة تُطبع أسطرًا على الشاشة
cli-cmd-man = طباعة صفحة دليل khabar (بصيغة roff، من أجل `man -l -`)
cli-cmd-remove = إلغاء الاشتراك في خلاصة؛ وتُحذف عناصرها معها إلا المحفوظة
cli-cmd-search = البحث في كل المقالات المخزنة (مع الطيّ كما في `/`): العنوان والخلاصة والتاريخ والسطر المطابق
cli-cmd-update = جلب كل الاشتراكات (أو المذكورة منها) وتخزين العناصر الجديدة
cli-cmd-vacuum = حذف العناصر التي لا تبقيها سياسة الحفظ (`[store]` في الإعدادات)، ثم ضغط المخزن
cli-examples =
    أمثلة:
      khabar                                  الاشتراكات، أو المقالات المرفقة
      khabar article.html notes/ https://example.org/news/1
                                              فتح ملفات ومجلدات وصفحات ويب
      khabar bundled:                         المقالات المرفقة مع khabar
      khabar dump --width 60 article.txt      طباعة مقالة منسّقة نصًّا
      khabar dump --search 'الصين' notes/     عدّ المطابقات في كل ملف وعرضها
      khabar layout --width 60 < text.txt     تنسيق كل سطر من نص
      khabar config --print                   طباعة الإعدادات الفعلية
      khabar doctor                           كيف تعرض هذه الطرفية النص من اليمين إلى اليسار، والوضع المختار
      khabar add https://example.org/feed.xml  الاشتراك في خلاصة
      khabar update                           جلب كل الاشتراكات
      khabar feeds                            قائمة الاشتراكات
      khabar remove 3                         إلغاء الاشتراك في الخلاصة رقم 3
      khabar import feeds.opml                الاشتراك في كل خلاصات ملف OPML
      khabar export feeds.opml                كتابة الاشتراكات بصيغة OPML
      khabar search 'الزلزال' --since 30d     البحث في كل المقالات المخزنة
      khabar vacuum --keep-days 90            حذف العناصر المقروءة القديمة وضغط المخزن
      khabar completions bash > ~/.local/share/bash-completion/completions/khabar
      khabar man > khabar.1                   صفحة الدليل

    حالة الخروج: 0 تمّ، 1 خطأ (ملف أو عنوان تعذّرت قراءته، أو جلب فشل)،
    2 خطأ في الاستخدام (خيار غير معروف، أو ملف --config معيب أو مفقود).
cli-flag-help = طباعة المساعدة
cli-flag-help-more = طباعة المساعدة (التفاصيل مع '--help')
cli-flag-help-summary = طباعة المساعدة (الملخص مع '-h')
cli-flag-version = طباعة الإصدار
cli-heading-usage = الاستخدام:
cli-heading-commands = الأوامر:
cli-heading-arguments = الوسائط:
cli-heading-options = الخيارات:
cli-default = [الافتراضي: { $value }]
cli-possible = [القيم الممكنة: { $values }]
cli-value-with-help = { $value } ({ $help })
cli-error-unknown-argument = خطأ: الوسيط «{ $arg }» غير معروف
cli-error-unknown-subcommand = خطأ: لا أمر فرعيًّا باسم «{ $arg }»
cli-error-invalid-value = خطأ: القيمة «{ $value }» غير صالحة لـ«{ $arg }»
cli-error-invalid-value-why = خطأ: القيمة «{ $value }» غير صالحة لـ«{ $arg }»: { $reason }
cli-error-out-of-range = خطأ: القيمة «{ $value }» غير صالحة لـ«{ $arg }»: يلزم عدد من { $low } إلى { $high }
cli-error-not-a-number = خطأ: القيمة «{ $value }» غير صالحة لـ«{ $arg }»: يلزم عدد صحيح
cli-error-missing = خطأ: لم تُعطَ هذه الوسائط المطلوبة:
cli-error-missing-subcommand = خطأ: «{ $arg }» يحتاج إلى أمر فرعي
cli-error-conflict = خطأ: لا يمكن استعمال «{ $arg }» مع «{ $prior }»
cli-error-repeated = خطأ: لا يمكن إعطاء «{ $arg }» أكثر من مرة
cli-error-too-many = خطأ: قيمة غير متوقعة «{ $value }» لـ«{ $arg }»؛ لم يكن يُنتظر مزيد من القيم
cli-error-values-count = خطأ: الوسيط «{ $arg }» يأخذ عددًا آخر من القيم
cli-error-no-equals = خطأ: تلزم علامة المساواة لإعطاء قيمة لـ«{ $arg }»
cli-error-utf8 = خطأ: أحد الوسائط ليس UTF-8 صالحًا
cli-error-other = خطأ: { $reason }
cli-tip-subcommand = تلميح: يوجد أمر فرعي مشابه: «{ $arg }»
cli-tip-argument = تلميح: يوجد وسيط مشابه: «{ $arg }»
cli-tip-value = تلميح: توجد قيمة مشابهة: «{ $arg }»
cli-tip-dash = تلميح: لتمرير «{ $arg }» قيمةً، اكتب «{ $escaped }»
cli-error-usage = الاستخدام: { $usage }
cli-error-help = لمزيد من المعلومات، جرّب «{ $help }».
